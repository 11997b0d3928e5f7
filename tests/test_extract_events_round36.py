"""Classes of event errors from heldout38 (round 36, issue #12), each with fictional sentences of its own and a
negative control."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _places(doc):
    return [c.get("location") for c in claims(doc, "Atrocity")]


# ---------------------------------------------------------------- 1. "shot two men on the X river near Y"
@pytest.mark.parametrize("text,town", [
    ("Soldiers of the Varno Army shot dead two fishermen in a canoe on the Telva river near the town of Kassoro.",
     "kassoro"),
    ("Gunmen of the Corvana Brotherhood killed four traders on the Ombara River near the village of Tessumbe on "
     "2 May.", "tessumbe"),
    ("On 9 June fighters of the Corvana Brotherhood shot dead six herders on Lake Dalvo near the town of Brindoa.",
     "brindoa"),
])
def test_a_water_near_a_town_places_the_killing_at_the_town(extract, text, town):
    doc = extract(text)
    assert [town] in _places(doc), claims(doc, "Atrocity")


def test_a_killing_on_a_river_named_alone_stays_on_the_river(extract):
    # negative control: no "near" settlement, the river is the place
    doc = extract("Soldiers of the Varno Army shot dead two fishermen in a canoe on the Telva river.")
    assert ["telva-river"] in _places(doc), claims(doc, "Atrocity")


# ---------------------------------------------------------------- 2. "killed 27 herders at the wells of X"
def _types(doc):
    return {e["id"]: e["type"] for e in doc["entities"]}


@pytest.mark.parametrize("text,site", [
    ("The Varno Rights Watch documented the killing of at least 19 herders by Corvana Brotherhood fighters at the "
     "wells of Garsoor on 4 May.", "garsoor"),
    ("Fighters of the Corvana Brotherhood shot dead eleven herders at the water point of Dhabaley on 2 March.",
     "dhabaley"),
    ("On 7 April gunmen of the Corvana Brotherhood killed six nomads at the borehole of Qardho Dheer.",
     "qardho-dheer"),
])
def test_a_water_site_of_a_name_is_a_place_a_killing_is_at(extract, text, site):
    doc = extract(text)
    assert _types(doc).get(site) == "Place", doc["entities"]
    assert [site] in _places(doc), claims(doc, "Atrocity")


def test_a_body_named_beside_wells_stays_a_body(extract):
    # negative control: "wells" with no "of <Name>" makes no place of the body that speaks of them
    doc = extract("The Garsoor Water Authority said the wells near the town had run dry in March.")
    assert _types(doc).get("garsoor-water-authority") != "Place", doc["entities"]


# ---------------------------------------------------------------- 3. "ammunition packed in A was used to kill ..."
@pytest.mark.parametrize("text,origin", [
    ('"Ammunition packed in Trevna has been used to kill herders at a well in Hodra," the minister said.', "trevna"),
    ("Rifles assembled in Trevna were used to kill eleven villagers in the Hodra region, the monitor said.",
     "trevna"),
    ("Grenades bought in Trevna were employed to kill six traders in the Hodra region in May.", "trevna"),
])
def test_where_the_means_came_from_places_no_killing(extract, text, origin):
    doc = extract(text)
    assert [origin] not in _places(doc), claims(doc, "Atrocity")


def test_a_place_in_the_killing_words_still_places_it(extract):
    # negative control: the place in the killing's own words, with the means named before it
    doc = extract("Rifles from abroad were used to kill eleven villagers in the town of Trevna on 3 May.")
    assert ["trevna"] in _places(doc), claims(doc, "Atrocity")


# ---------------------------------------------------------------- 4. "denied the killings and accused Y of carrying them out"
_KILLING = "Fighters of the Corvana Brotherhood killed at least 19 herders at the wells of Garsoor on 2 April. "


def _accused(doc):
    return {c["actor"] for c in claims(doc, "Participation")}


@pytest.mark.parametrize("text", [
    "In a statement, the Corvana Brotherhood denied the killings and accused the Varno Army of carrying them out.",
    "The Corvana Brotherhood rejected responsibility for the massacre and accused the Varno Army of committing it.",
    "A spokesman for the Corvana Brotherhood denied the attack and accused the Varno Army of perpetrating it.",
])
def test_a_pronoun_for_the_killing_names_what_the_accused_did(extract, text):
    doc = extract(_KILLING + text)
    assert "varno-army" in _accused(doc), claims(doc, "Participation")


def test_a_pronoun_for_no_harm_accuses_of_nothing(extract):
    # negative control: "them" stands for charges, no killing
    doc = extract(_KILLING + "The Corvana Brotherhood denied the charges and accused the Varno Army of carrying them out.")
    assert "varno-army" not in _accused(doc), claims(doc, "Participation")


# ---------------------------------------------------------------- 5. "killed 14 civilians at the mission station of X"
@pytest.mark.parametrize("text,site", [
    ("The Panel confirmed that Corvana Brotherhood combatants killed 14 civilians at the mission station of "
     "Ngazi-Tambwe on 9 February.", "ngazi-tambwe"),
    ("Fighters of the Corvana Brotherhood shot dead nine villagers at the trading post of Bolumbi on 3 March.",
     "bolumbi"),
    ("On 4 May Corvana Brotherhood gunmen killed six civilians near the mission station of Kabemba-Nord.",
     "kabemba-nord"),
])
def test_a_mission_station_or_trading_post_of_a_name_is_a_settlement(extract, text, site):
    doc = extract(text)
    assert _types(doc).get(site) == "Settlement", doc["entities"]
    assert [site] in _places(doc), claims(doc, "Atrocity")


def test_a_body_with_a_mission_is_no_settlement(extract):
    # negative control: a body's mission and a station, no "mission station of <Name>"
    doc = extract("The head of the Tessaro Relief Committee's mission said the station at Kabemba had been looted.")
    assert _types(doc).get("tessaro-relief-committee") != "Settlement", doc["entities"]


# ---------------------------------------------------------------- 6. "the execution by soldiers of X of three men"
def _forces(doc):
    return [(c["of"], c["value"]) for c in claims(doc, "Estimate") if c.get("measure") == "force-size"]


@pytest.mark.parametrize("text", [
    "The Panel also documented the execution by soldiers of the Varno Army of three men accused of being "
    "informants in the town of Kassoro on 7 March.",
    "Monitors documented the killing by fighters of the Corvana Brotherhood of eleven herders in the town of "
    "Kassoro in May.",
    "The report describes the abduction by members of the Corvana Brotherhood of 40 schoolgirls from the town of "
    "Kassoro.",
])
def test_the_people_an_act_by_a_doer_was_done_to_are_no_force(extract, text):
    doc = extract(text)
    assert not _forces(doc), claims(doc, "Estimate")


def test_a_strength_given_with_by_still_counts(extract):
    # negative control: a strength estimated by someone, no act before "by"
    doc = extract("A report published by the Panel puts the strength of the Corvana Brotherhood at 400 fighters.")
    assert ("corvana-brotherhood", 400) in _forces(doc), claims(doc, "Estimate")
