"""Classes of events and estimates (round 33, issue #12), each with new fictional sentences of its own and a
negative control."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def killing_places(doc) -> list:
    """The location of every candidate killing."""
    return [c["location"] for c in claims(doc, "Atrocity")]


# ---------------------------------------------------------------- 1. where the reporting body is based is no site
@pytest.mark.parametrize("text, site, seat", [
    ("According to the Vela Rights Watch, a monitoring group based in the town of Tarsk, Koro Front gunmen shot dead "
     "at least 9 villagers who were hiding in a church at the village of Lemba on 3 May.", "lemba", "tarsk"),
    ("According to the Dalo Human Rights Network, an association headquartered in the city of Pira, Mano Militia "
     "fighters killed 12 farmers who were resting in a school at the hamlet of Kesso on 8 June.", "kesso", "pira"),
    ("According to Halo Watch, a network registered in the town of Brask, Tura Defence Force gunmen killed at least "
     "5 civilians who were sleeping in a clinic at the village of Semo on 9 May.", "semo", "brask"),
    ("According to the Pelu Rights Centre, a group headquartered in the town of Arvo, Kesh Militia fighters shot dead "
     "8 villagers who were sheltering in a chapel at the hamlet of Tindo on 2 March.", "tindo", "arvo"),
])
def test_seat_of_a_body_is_no_killing_site(extract, text, site, seat):
    places = killing_places(extract(text))
    assert [site] in places and not any(seat in p for p in places), places


def test_site_deep_in_the_clause_still_places_the_killing(extract):
    # negative control: no body's seat, the site the victims' clause names stays
    places = killing_places(extract("Koro Front gunmen shot dead at least 9 villagers who were hiding in a church at "
                                    "the village of Lemba on 3 May."))
    assert ["lemba"] in places, places


# ---------------------------------------------------------------- 2. a time of day is no count of a force
def force_sizes(doc) -> set:
    """(of, value) of every candidate force size."""
    return {(c["of"], c["value"]) for c in claims(doc, "Estimate") if c.get("measure") == "force-size"}


@pytest.mark.parametrize("text", [
    "At about four in the morning, gunmen of the Koro Front entered the hamlet of Lemba and set fire to houses.",
    "At around three in the morning, fighters of the Kesh Militia entered the village of Tindo and burned houses.",
    "Shortly after five in the afternoon, gunmen of the Koro Front stormed the hamlet of Lemba.",
    "At about nine in the evening, militiamen of the Sarn Brigade surrounded the village of Dumo.",
])
def test_time_of_day_is_no_force_size(extract, text):
    assert not force_sizes(extract(text)), claims(extract(text), "Estimate")


def test_strength_beside_a_time_word_still_counts(extract):
    # negative control: a strength, "morning" only later in the sentence
    doc = extract("The Sarn Brigade has about 400 fighters in the morning hills of the Dumo district.")
    assert ("sarn-brigade", 400) in force_sizes(doc), claims(doc, "Estimate")


# ---------------------------------------------------------------- 3. who blames a killing is not accused of it
def accused(doc) -> set:
    """The actors of every candidate accused participation."""
    return {c["actor"] for c in claims(doc, "Participation")}


@pytest.mark.parametrize("text, blamer, blamed", [
    ("The Tarsk Gendarmerie blamed the Koro Front for the attack on a sawmill in the village of Lemba on 3 May, "
     "in which gunmen killed nine workers.", "tarsk-gendarmerie", "koro-front"),
    ("The Veln Army holds the Kesh Militia responsible for the raid on a market in the town of Arvo on 2 March, "
     "in which gunmen shot dead seven traders.", "veln-army", "kesh-militia"),
    ("The Pira Police Service accused the Mano Militia of the ambush on a bus near the village of Kesso on 8 June, "
     "in which gunmen killed eleven passengers.", "pira-police-service", "mano-militia"),
])
def test_who_blames_is_not_accused(extract, text, blamer, blamed):
    found = accused(extract(text))
    assert blamed in found and blamer not in found, found


def test_doer_of_the_attack_still_accused(extract):
    # negative control: the subject attacked, it did not blame
    found = accused(extract("Fighters of the Dalo Army attacked the hamlet of Dumo on 4 April, in which they killed "
                            "six villagers."))
    assert "dalo-army" in found, found


# ---------------------------------------------------------------- 4. the state a named part lies "in" is no operation
def op_places(doc) -> set:
    """(actor, location) of every candidate operation."""
    return {(c["actor"], c["location"][0]) for c in claims(doc, "Operation")}


@pytest.mark.parametrize("text, actor, state", [
    ("Fighters of the Tura Defence Force have operated in Semo province in southern Kenya since 2018.",
     "tura-defence-force", "kenya"),
    ("The Mano Militia has been fighting in the region of Kesso in western Ghana for a decade.", "mano-militia", "ghana"),
    ("The Mano Militia has been operating in the hills of Kesso in western Kenya since 2020.", "mano-militia", "kenya"),
    ("The Koro Front has been operating in the valley of Lemba in northern Tanzania since 2019.", "koro-front",
     "tanzania"),
])
def test_state_containing_a_named_part_is_no_operation(extract, text, actor, state):
    found = op_places(extract(text))
    assert (actor, state) not in found, found


def test_state_named_on_its_own_still_an_operation(extract):
    # negative control: the state is a place of its own
    found = op_places(extract("The Sarn Brigade has been operating in the Dumo region and in Kenya since 2020."))
    assert ("sarn-brigade", "kenya") in found, found


# ---------------------------------------------------------------- 5. "still hold it" after a seizure holds no state
@pytest.mark.parametrize("text, actor, state", [
    ("The Kesh Militia is an armed group in Uganda's Arvo district. In May its fighters seized the village of Tindo "
     "and they still hold it.", "kesh-militia", "uganda"),
    ("The Koro Front is a militia in Kenya's Lemba county. Last year its gunmen overran the town of Dumo, and they "
     "still control it.", "koro-front", "kenya"),
    ("The Mano Militia is a rebel group in Ghana's Kesso region. In March its fighters took the hamlet of Semo, and "
     "they still occupy it.", "mano-militia", "ghana"),
])
def test_pronoun_held_after_a_seizure_is_no_state(extract, text, actor, state):
    found = op_places(extract(text))
    assert (actor, state) not in found, found


def test_state_controlled_by_name_still_an_operation(extract):
    # negative control: the state is named, no pronoun
    found = op_places(extract("The Sarn Brigade is an armed group in Kenya. Its fighters control much of Kenya, the "
                              "army says."))
    assert ("sarn-brigade", "kenya") in found, found


# ---------------------------------------------------------------- 6. "the katiba numbered ..." counts the group
@pytest.mark.parametrize("text, group, value", [
    ("The Katiba Tiéma Kolo is an armed group operating in the Banamba cercle of Mali. A spokesman for the Malian "
     "Armed Forces, Lieutenant Colonel Amadou Sissoko, said on Monday that the katiba numbered \"around a hundred "
     "and fifty men\".", "katiba-tiema-kolo", 150),
    ("The rifles were bound for the Katiba Sira Kolo, an armed group operating in the Nara cercle of Mali. A "
     "spokesman for the Malian Armed Forces said on Monday that the katiba numbered about 300 fighters.",
     "katiba-sira-kolo", 300),
    ("Fighters of the Katiba Doro Fala attacked the village of Kesso in Mali. An officer of the Malian Armed Forces "
     "said that the katiba counted some 200 men.", "katiba-doro-fala", 200),
    ("The Katiba Nema Soro has raided farms in the Segou region of Mali. A spokesman for the Malian Armed Forces "
     "said the katiba had around 120 fighters.", "katiba-nema-soro", 120),
])
def test_katiba_numbered_is_the_groups_strength(extract, text, group, value):
    found = force_sizes(extract(text))
    assert (group, value) in found and not any(o == "malian-armed-forces" for o, _ in found), found


def test_strength_of_a_unit_is_not_the_katibas(extract):
    # negative control: "the unit" is no group noun; the katiba named before is not what it counts
    found = force_sizes(extract("The Katiba Sira Kolo has raided farms in the Nara cercle of Mali. A spokesman for "
                                "the Malian Armed Forces said the army unit in Nara numbered about 300 soldiers."))
    assert not any(o == "katiba-sira-kolo" for o, _ in found), found


def test_fighters_who_held_a_town_and_killed_are_accused(extract):
    # negative control: "held" the town, no "responsible": the holders are the killers
    found = accused(extract("In March, Koro Front fighters briefly held the coastal town of Lemba and killed around "
                            "50 civilians there."))
    assert "koro-front" in found, found
