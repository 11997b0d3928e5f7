"""Classes of events and estimates (round 30, issue #12), each with new fictional sentences of its own and a
negative control: a killing whose sentence names no place is at the place its paragraph opens with ("X, Y
district, 12 August. Gunmen ... killed nine passengers."); "on the X road" names where the road leads, not
where a killing on it happened; "stopped a group of herders ... and killed eight of them" counts the herders."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def killing_places(doc) -> set:
    """The location lists of every candidate killing."""
    return {tuple(c.get("location") or []) for c in claims(doc, "Atrocity")}


def accused(doc) -> set:
    """(actor, event) of every candidate accusation."""
    return {(c["actor"], c["event"]) for c in claims(doc, "Participation")}


# ---------------------------------------------------------------- 1. the paragraph's opener places the killing
@pytest.mark.parametrize("text, place, actor", [
    ("Our researchers recorded two incidents.\n\nTamberi, Lusso district, 12 August. Members of the Red Hand, an "
     "armed group, stopped a bus at dawn and killed nine passengers.", "tamberi", "red-hand"),
    ("Our researchers recorded two incidents.\n\nOsseli, Varo county, 3 May 2029. Fighters of the Kessa Front "
     "dragged men from their houses and shot eleven farmers.", "osseli", "kessa-front"),
    ("Our researchers recorded two incidents.\n\nDorvale town, Varo county, 4 October. Soldiers of the Tano Army "
     "opened fire on traders near a bridge, killing five men.", "dorvale", "tano-army"),
])
def test_killing_is_placed_at_its_paragraphs_opener(extract, text, place, actor):
    doc = extract(text)
    assert killing_places(doc) == {(place,)}, claims(doc, "Atrocity")
    assert (actor, f"killings-in-{place}") in accused(doc), claims(doc, "Participation")


def test_opener_of_another_paragraph_places_no_killing(extract):
    # negative control: the opener of the paragraph before says nothing of this one's killing
    doc = extract("Tamberi, Lusso district, 12 August. Residents described a quiet week.\n\nMembers of the Red "
                  "Hand, an armed group, stopped a bus at dawn and killed nine passengers.")
    assert ("tamberi",) not in killing_places(doc), claims(doc, "Atrocity")


# ---------------------------------------------------------------- 2. "on the X road"
@pytest.mark.parametrize("text, road", [
    ("Osseli, Varo county, 2 October. Soldiers of the Tano Army opened fire on traders at a roadblock on the "
     "Tamberi road, killing four men.", "tamberi"),
    ("Osseli, Varo county, 2 October. Gunmen of the Kessa Front ambushed a minibus on the Lenka highway and shot "
     "dead six passengers.", "lenka"),
    ("Osseli, Varo county, 2 October. Militiamen of the Red Hand killed seven herders at a well beside the "
     "Dorvale road.", "dorvale"),
])
def test_the_place_a_road_leads_to_is_no_place_of_a_killing(extract, text, road):
    doc = extract(text)
    assert not any(road in places for places in killing_places(doc)), claims(doc, "Atrocity")
    assert killing_places(doc) == {("osseli",)}, claims(doc, "Atrocity")


def test_killing_in_a_named_town_on_a_road_keeps_the_town(extract):
    # negative control: the town the killing was in, though a road runs there
    doc = extract("Soldiers of the Tano Army opened fire on traders in the town of Osseli, on the Tamberi road, "
                  "killing four men.")
    assert killing_places(doc) == {("osseli",)}, claims(doc, "Atrocity")


# ---------------------------------------------------------------- 3. "a group of herders ... eight of them"
def tolls(doc) -> set:
    """(measure, value) of every candidate toll."""
    return {(c["measure"], c["value"]) for c in claims(doc, "Estimate")}


@pytest.mark.parametrize("text, value", [
    ("Members of the Red Hand stopped a group of traders in the village of Tamberi on 4 May and killed eight of "
     "them.", 8),
    ("Fighters of the Kessa Front stopped a party of herders in the village of Osseli on 4 May, accused them of "
     "spying and shot six of them.", 6),
    ("Gunmen of the Tano Army seized a crowd of mourners in the village of Lenka on 4 May, accused them of hiding "
     "rebels and killed seven of them.", 7),
])
def test_n_of_them_counts_the_people_a_group_names(extract, text, value):
    doc = extract(text)
    assert ("people-killed", value) in tolls(doc), claims(doc, "Estimate")
    assert len(claims(doc, "Atrocity")) == 1, claims(doc, "Atrocity")


def test_n_of_them_counts_no_group_of_things(extract):
    # negative control: "a convoy of trucks ... two of them": no people counted, no killing
    doc = extract("Members of the Red Hand stopped a convoy of trucks in the village of Tamberi on 4 May and burned "
                  "two of them.")
    assert not claims(doc, "Atrocity"), claims(doc, "Atrocity")


# ---------------------------------------------------------------- 4. "Fighters of X" accuses X, an armed group
@pytest.mark.parametrize("text, actor, place", [
    ("Fighters of the Alliance pour le Progrès du Lusso (APL) killed nine villagers in the village of Osseli on "
     "3 May.", "alliance-pour-le-progres-du-lusso", "osseli"),
    ("Gunmen from the Collectif des Jeunes du Varo (CJV) shot dead six traders at the market of Tamberi on 9 June.",
     "collectif-des-jeunes-du-varo", "tamberi"),
    ("Fighters of the Union pour la Paix du Varo (UPV) surrounded the farming village of Dorvale shortly after "
     "midnight and dragged people from their huts. We documented the killing of 12 civilians.",
     "union-pour-la-paix-du-varo", "dorvale"),
])
def test_fighters_of_a_body_accuse_it(extract, text, actor, place):
    doc = extract(text)
    assert (actor, f"killings-in-{place}") in accused(doc), claims(doc, "Participation")
    assert any(e["id"] == actor and e["type"] == "ArmedGroup" for e in doc.get("entities") or []), doc.get("entities")


def test_doctors_of_a_body_accuse_no_one(extract):
    # negative control: "doctors of X" are no fighters: X is no armed group accused of the killing they counted
    doc = extract("Doctors of the Association Médicale du Varo (AMV) counted nine villagers killed in the village of "
                  "Osseli on 3 May.")
    assert not accused(doc), claims(doc, "Participation")
    assert not any(e["type"] == "ArmedGroup" for e in doc.get("entities") or []), doc.get("entities")


# ---------------------------------------------------------------- 5. "killed 60 villagers in X" after another place
@pytest.mark.parametrize("text, place", [
    ("According to the Treasury, the Kessa Front has controlled the market town of Dorvale since March and its "
     "fighters killed at least 60 villagers in Osseli on 2 August.", "osseli"),
    ("The report says the Red Hand has held the mining town of Lenka since May and its gunmen killed eleven "
     "herders in Tamberi on 5 June.", "tamberi"),
    ("Officials said the Tano Brigade has held the river port of Sefa since January and its gunmen killed at "
     "least nine fishermen in Marko on 3 April.", "marko"),
])
def test_killing_in_a_place_hung_on_its_victims(extract, text, place):
    doc = extract(text)
    assert killing_places(doc) == {(place,)}, claims(doc, "Atrocity")


def test_victims_from_a_place_keep_the_killings_place(extract):
    # negative control: "residents of X" say where the victims lived; the killing's own "at Y" places it
    doc = extract("Fighters of the Kessa Front killed nine residents of Dorvale at the market of Osseli on 2 August.")
    assert killing_places(doc) == {("osseli",)}, claims(doc, "Atrocity")


# ---------------------------------------------------------------- 6. "the health centre registered 15 bodies"
@pytest.mark.parametrize("text, value", [
    ("Gunmen of the Kessa Front shot dead nine villagers in the village of Dorvale on 3 May. The Dorvale health "
     "centre registered 15 bodies.", 15),
    ("Gunmen of the Kessa Front shot dead nine villagers in the village of Dorvale on 3 May. The district morgue "
     "recorded 13 bodies.", 13),
    ("Gunmen of the Kessa Front shot dead nine villagers in the village of Dorvale on 3 May. The mission hospital "
     "logged eleven bodies that week.", 11),
])
def test_bodies_a_clinic_registered_are_a_toll(extract, text, value):
    doc = extract(text)
    assert ("people-killed", value) in tolls(doc), claims(doc, "Estimate")


def test_patients_a_clinic_registered_are_no_toll(extract):
    # negative control: the wounded a clinic registered count no dead
    doc = extract("Gunmen of the Kessa Front shot dead nine villagers in the village of Dorvale on 3 May. The Dorvale "
                  "health centre registered 15 wounded patients.")
    assert not any(v == 15 for _, v in tolls(doc)), claims(doc, "Estimate")


def test_fighters_of_the_group_named_back_accuse_no_body_by_anaphora(extract):
    # negative control: "fighters of the group" name no body: the parse's guess is never made an armed group
    doc = extract("The Cercle des Amis du Varo, a cultural association, held a festival in Osseli in May. In March, "
                  "fighters of the group killed six farmers in an ambush near the village of Tamberi.")
    assert not any(a == "cercle-des-amis-du-varo" for a, _ in accused(doc)), claims(doc, "Participation")
