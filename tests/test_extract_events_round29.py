"""Classes of events and estimates (round 29, issue #12), each with new fictional sentences of its own and a
negative control: "killed N at a <site> in X" places the killing in X, not in a place another clause of the
sentence names; "The army said its troops had been deployed to X" with no force of the state named is no
operation of the armed group named before; a bare toll ("put the toll at N") given right after another source's
toll counts what that toll counts, not the civilians the report counted first."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def killing_places(doc) -> set:
    """The location lists of every candidate killing."""
    return {tuple(c.get("location") or []) for c in claims(doc, "Atrocity")}


# ---------------------------------------------------------------- 1. "at a <site> in X"
@pytest.mark.parametrize("text, place", [
    ("The press release says the Kessa Front has operated in the Dorvale and Lenka districts since 2025 and took "
     "control of the town of Rima in January, and that its fighters killed at least 52 civilians at a cattle market "
     "in Marko on 17 March.", "marko"),
    ("The report says the Tano Brigade seized the town of Sefa in May and that its gunmen shot dead eleven traders "
     "at a fuel depot in Kalo on 3 June.", "kalo"),
    ("Officials said the Red Hand captured the village of Dorvale last year, and that its men executed nine herders "
     "at a water point in Lenka in April.", "lenka"),
])
def test_killing_at_a_site_in_a_place(extract, text, place):
    doc = extract(text)
    assert killing_places(doc) == {(place,)}, claims(doc, "Atrocity")


def test_killing_at_a_site_of_a_place_keeps_it(extract):
    # negative control: "at a water point of X" names X itself
    doc = extract("The Red Hand captured the village of Dorvale last year. Its men executed nine herders at a water "
                  "point of Dorvale in April.")
    assert killing_places(doc) == {("dorvale",)}, claims(doc, "Atrocity")


# ---------------------------------------------------------------- 2. "The army said its troops"
def operations(doc) -> set:
    """(actor, location) of every candidate operation."""
    return {(c["actor"], loc) for c in claims(doc, "Operation") for loc in c["location"]}


@pytest.mark.parametrize("text", [
    "The Kessa Front (KF) is a rebel movement active in the Dorma district. The army said its troops had been "
    "deployed to Lenka and Marko on Sunday and had retaken Sabe on Tuesday.",
    "The Kessa Front (KF) is a rebel movement active in the Dorma district. The military said its soldiers were "
    "deployed in Lenka on Sunday.",
    "The ministry said the attackers belonged to the Kessa Front (KF), a rebel movement active in the Dorma "
    "district. The army said its troops had been deployed to Lenka and Marko on Sunday.",
])
def test_its_troops_after_the_army_said_are_no_group(extract, text):
    doc = extract(text)
    assert not {p for a, p in operations(doc) if p in ("lenka", "marko")}, claims(doc, "Operation")


def test_its_fighters_after_the_group_said_stay_the_group(extract):
    # negative control: "the group" said it: the group's own fighters
    doc = extract("The Kessa Front (KF) is a rebel movement active in the Dorma district. The group said its "
                  "fighters had been deployed to Lenka on Sunday.")
    assert ("kessa-front", "lenka") in operations(doc), claims(doc, "Operation")


# ---------------------------------------------------------------- 3. a bare toll after another source's toll
def tolls(doc) -> set:
    """(measure, value) of every candidate toll."""
    return {(c["measure"], c["value"]) for c in claims(doc, "Estimate") if c["measure"].endswith("-killed")}


@pytest.mark.parametrize("text, value", [
    ("Soldiers of the Kessa Brigade entered the village of Dorvale at dawn. We documented the killing of 17 "
     "civilians. A local administrator said 23 people died; the Dorvale People's Council put the toll at 29.", 29),
    ("Soldiers of the Kessa Brigade entered the village of Dorvale at dawn. We documented the killing of 17 "
     "civilians. A local administrator said 23 people died. The Dorvale People's Council put the toll at 29.", 29),
    ("Fighters of the Tano Brigade entered the village of Lenka on Monday. We documented the killing of twelve "
     "villagers. A nurse said 15 people died; the Lenka Elders' Council put the toll at 18.", 18),
])
def test_bare_toll_counts_what_the_toll_before_counts(extract, text, value):
    doc = extract(text)
    assert ("people-killed", value) in tolls(doc) and ("civilians-killed", value) not in tolls(doc), \
        claims(doc, "Estimate")


def test_bare_toll_alone_counts_people(extract):
    # (round 32) no other toll between: still people, the manual's round-29 reading (a toll naming no victims)
    doc = extract("Soldiers of the Kessa Brigade entered the village of Dorvale at dawn. We documented the killing "
                  "of 17 civilians. The Dorvale People's Council put the toll at 29.")
    assert ("people-killed", 29) in tolls(doc), claims(doc, "Estimate")


# ---------------------------------------------------------------- 4. "an attack on the village of X, near Y, in which"
@pytest.mark.parametrize("text, place", [
    ("The Panel documented an attack on 11 June on the village of Lenka, near Marko, in which gunmen shot dead 27 "
     "men.", "lenka"),
    ("The Panel documented an attack on 11 June on the village of Lenka, near Marko, in which gunmen separated men "
     "from women and shot 27 men, most of them farmers.", "lenka"),
    ("Witnesses described a raid on the village of Dorvale, near Kalo, in which militiamen burned houses and shot "
     "eleven herders.", "dorvale"),
])
def test_killing_in_which_is_placed_where_the_attack_struck(extract, text, place):
    doc = extract(text)
    assert killing_places(doc) == {(place,)}, claims(doc, "Atrocity")


def test_killing_in_which_near_a_place_alone_keeps_it(extract):
    # negative control: "a camp near X in which": X is the only place named
    doc = extract("Monitors documented an attack on a camp near Tolo in which gunmen killed twelve herders.")
    assert killing_places(doc) == {("tolo",)}, claims(doc, "Atrocity")


def test_bare_toll_after_the_killings_own_tolls_counts_the_first(extract):
    # negative control: the tolls of the sentence that told the killing are the first toll, whatever part they name
    doc = extract("On 7 May soldiers entered the village of Dorvale and shot dead nine men, among them a pastor and "
                  "two students, according to our count. The village council put the toll at 12.")
    assert ("people-killed", 12) in tolls(doc), claims(doc, "Estimate")


# ---------------------------------------------------------------- 5. "the village's teacher" of another paragraph
def tolls_of(doc, event: str) -> set:
    """The values of every candidate toll of ``event``."""
    return {c["value"] for c in claims(doc, "Estimate") if c.get("of") == event}


@pytest.mark.parametrize("text, event, value", [
    ("Dorvale, 2 July. Members of the Red Hand abducted seven men from a tea shop in Dorvale and executed them in a "
     "ravine. We confirmed the seven deaths.\n\nSabe Chaung, 19 August. Fighters of the Marko Front shot dead four "
     "villagers accused of informing for the army, including the village's schoolteacher.", "killings-in-dorvale", 4),
    ("Gunmen of the Tano Brigade attacked the village of Lenka on 3 May and killed nine herders. We confirmed the "
     "nine deaths.\n\nHpa Lu Gon, 12 June. Soldiers of the Kessa Army executed five farmers, including the "
     "village's headman.", "killings-in-lenka", 5),
    ("Members of the Red Hand raided the village of Marko in March and shot dead six traders.\n\nYwa Thit, 4 April. "
     "Militiamen of the Sefa Guard shot three villagers, including the village's nurse, at a checkpoint.",
     "killings-in-marko", 3),
])
def test_the_village_of_another_paragraph_places_no_killing(extract, text, event, value):
    doc = extract(text)
    assert value not in tolls_of(doc, event), claims(doc, "Estimate")


def test_the_village_of_this_paragraph_places_the_killing(extract):
    # negative control: the village the paragraph named
    doc = extract("Fighters of the Marko Front entered the village of Dorvale on Monday. They shot dead four "
                  "villagers accused of informing for the army, including the village's schoolteacher.")
    assert 4 in tolls_of(doc, "killings-in-dorvale"), claims(doc, "Estimate")


def test_bare_toll_after_a_single_later_toll_keeps_its_reading(extract):
    # negative control: one toll only, told after the killing's sentence: no second source to answer (people)
    doc = extract("On 9 May gunmen attacked the farming village of Dorvale at dawn. \"They shot my husband in front of "
                  "our house,\" a woman said. We documented the deaths of 19 civilians. The sub-prefect put the toll "
                  "at 12.")
    assert ("civilians-killed", 12) not in tolls(doc), claims(doc, "Estimate")


# ---------------------------------------------------------------- 6. "the gunmen identified themselves as X fighters"
def accused(doc) -> set:
    """(actor, event) of every candidate accusation."""
    return {(c["actor"], c["event"]) for c in claims(doc, "Participation")}


@pytest.mark.parametrize("text, pair", [
    ("The Kessa Front (KF) is an armed group. The Panel documented an attack on the village of Lenka in which "
     "gunmen killed 27 men. Survivors told the Panel that the gunmen identified themselves as KF fighters.",
     ("kessa-front", "killings-in-lenka")),
    ("The Red Hand is a militia. Gunmen shot dead nine traders at the market of Dorvale on Sunday. Witnesses said "
     "the attackers introduced themselves as members of the Red Hand.", ("red-hand", "killings-in-dorvale")),
    ("The Tano Brigade is an armed group. Armed men killed twelve herders near the village of Sabe on 3 May. A "
     "survivor said the men identified themselves as Tano Brigade fighters before they opened fire.",
     ("tano-brigade", "killings-in-sabe")),
])
def test_killers_who_identified_themselves_are_accused(extract, text, pair):
    doc = extract(text)
    assert pair in accused(doc), claims(doc, "Participation")


def test_visitors_who_identified_themselves_accuse_no_one(extract):
    # negative control: no killing told
    doc = extract("The Tano Brigade is an armed group. The Panel met officials in Sabe on 3 May. Two visitors "
                  "identified themselves as Tano Brigade members.")
    assert not accused(doc), claims(doc, "Participation")


# ---------------------------------------------------------------- 7. "blamed a militia of ..., which he called X"
@pytest.mark.parametrize("text, pair", [
    ("Gunmen shot dead nine traders at the market of Dorvale on Sunday. The Kessa Front rejected the accusation. "
     "Its spokesman said the group's fighters were far away and blamed a militia of herders loyal to a local "
     "sultan, which he called the Sabe Self-Defence Group.", ("sabe-self-defence-group", "killings-in-dorvale")),
    ("Gunmen killed eleven farmers in the village of Lenka on Friday. The governor blamed a militia of cattle "
     "raiders loyal to a local chief, which he called the Tolo Defence Committee.",
     ("tolo-defence-committee", "killings-in-lenka")),
    ("Armed men shot dead seven fishermen at the landing of Marko on Monday. The army blamed a band of smugglers "
     "loyal to a former officer, which residents call the Kalo Brigade.", ("kalo-brigade", "killings-in-marko")),
])
def test_militia_a_naming_clause_names_is_accused(extract, text, pair):
    doc = extract(text)
    assert pair in accused(doc), claims(doc, "Participation")


def test_person_a_naming_clause_names_is_not_accused(extract):
    # negative control: "whom he called Sultan X": the sultan, no militia
    doc = extract("Gunmen shot dead nine traders at the market of Dorvale on Sunday. The Kessa Front blamed a "
                  "militia of herders loyal to a local sultan, whom he called Sultan Abakar.")
    assert not {a for a, _ in accused(doc)} - {"kessa-front"}, claims(doc, "Participation")


# ---------------------------------------------------------------- 8. "rejected the accusation. ... blamed Y"
@pytest.mark.parametrize("text, pair", [
    ("Gunmen on motorcycles opened fire on the market of Dorvale on Saturday, killing nine traders, residents said. "
     "The prefect said 12 people had died. A nurse said her ward received 14 bodies. The ministry said the "
     "attackers belonged to the Kessa Front. Researchers estimated its strength at 600 fighters.\n\nThe Kessa Front "
     "rejected the accusation. Its spokesman blamed the Tolo Brigade, a militia of herders.",
     ("tolo-brigade", "killings-in-dorvale")),
    ("Gunmen killed eleven farmers in the village of Lenka on Friday, officials said. The mayor put the toll at 13. "
     "A hospital said it received 15 bodies. The police said the attackers belonged to the Red Hand. Analysts put "
     "its strength at 400 fighters.\n\nThe Red Hand denied the allegations. Its leader blamed the Sefa Guard, a "
     "militia.", ("sefa-guard", "killings-in-lenka")),
    ("Armed men shot dead seven fishermen at the landing of Marko on Monday, witnesses said. The governor said nine "
     "had died. A clinic said it treated ten wounded. The army said the attackers belonged to the Kalo Brigade. "
     "Experts estimated its strength at 300 men.\n\nThe Kalo Brigade rejected the accusations. A spokesman blamed "
     "the Tano Front, an armed group.", ("tano-front", "killings-in-marko")),
])
def test_blame_after_rejecting_the_accusation_reaches_the_killing(extract, text, pair):
    doc = extract(text)
    assert pair in accused(doc), claims(doc, "Participation")


def test_blame_far_from_a_killing_without_an_accusation_rejected(extract):
    # negative control: no accusation rejected: a blame six sentences on is of no killing
    doc = extract("Gunmen killed eleven farmers in the village of Lenka on Friday, officials said. The mayor put the "
                  "toll at 13. A hospital said it received 15 bodies. The police said the attackers belonged to the "
                  "Red Hand. Analysts put its strength at 400 fighters.\n\nThe Red Hand opened an office. Its leader "
                  "blamed the Sefa Guard, a militia.")
    assert ("sefa-guard", "killings-in-lenka") not in accused(doc), claims(doc, "Participation")


# ---------------------------------------------------------------- 9. "accused a militia allied with Y, the Z, of ..."
@pytest.mark.parametrize("text, pair, ally", [
    ("The Panel documented an attack on the village of Lenka in which gunmen killed 27 men. The Kessa Front denied "
     "responsibility and accused a clan militia allied with the Varesk National Army, the Tolo Defence Force, of "
     "carrying out the killings.", ("tolo-defence-force", "killings-in-lenka"), "varesk-national-army"),
    ("Gunmen shot dead nine traders at the market of Dorvale on Sunday. The Red Hand accused a militia loyal to the "
     "Sefa Police, the Kalo Guard, of committing the massacre.", ("kalo-guard", "killings-in-dorvale"), "sefa-police"),
    ("Armed men killed seven fishermen at the landing of Marko on Monday. The Tano Front accused a gang linked to "
     "the Varesk National Army, the Sabe Guard, of carrying out the attack.", ("sabe-guard", "killings-in-marko"),
     "varesk-national-army"),
])
def test_militia_apposed_after_its_ally_is_accused_not_the_ally(extract, text, pair, ally):
    doc = extract(text)
    found = accused(doc)
    assert pair in found and (ally, pair[1]) not in found, claims(doc, "Participation")


def test_accused_list_of_three_stays_a_list(extract):
    # negative control: a plain list of three accused
    doc = extract("Armed men killed seven fishermen at the landing of Marko on Monday. The Tano Front accused the "
                  "Varesk National Army, the Tolo Defence Force and the Sefa Guard of carrying out the killings.")
    assert {a for a, _ in accused(doc)} >= {"varesk-national-army", "tolo-defence-force", "sefa-guard"}, \
        claims(doc, "Participation")


def test_the_towns_site_of_another_paragraph_still_places_the_killing(extract):
    # negative control (heldout6's shape): "on the town's jetty" is a site of the town told before
    doc = extract("Gunmen of the Red Hand entered the town of Dorvale on Monday and burned the market.\n\n"
                  "Seven fishermen were shot dead on the town's jetty the same evening by Red Hand gunmen.")
    assert 7 in tolls_of(doc, "killings-in-dorvale"), claims(doc, "Estimate")
