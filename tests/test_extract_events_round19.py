"""Classes of missed and wrong operation and killing proposals from heldout18 (round 19, issue #12), each with
new fictional sentences of its own and a negative control: regions named together before a plural noun of a
local unit ("the Mabu and Kelo townships"); a report's section heading that names a place and its region; roads
named by the places they join; "gathered the men ... and shot them"; an attack that is the killing is no
operation; "documented 23 civilians killed" after an attack; "the killings at A and B" told before; a bare
blame dated or told in a message; victims named by what they pick or gather."""

from __future__ import annotations

import pytest

from .extract_cases import claims, entity, extract  # noqa: F401 - extract is a fixture


def _operations(doc) -> set:
    return {(c["actor"], c["location"][0]) for c in claims(doc, "Operation")}


# ---------------------------------------------------------------- 1. "the A and B townships": a region each
@pytest.mark.parametrize("text, places", [
    ("The Korlo Defence Army operates in the Mabu and Kelo townships of the Shan hills.", ("mabu", "kelo")),
    ("Since 2026 the Ravel Front has been active in the Dara and Siko sub-prefectures.", ("dara", "siko")),
    ("Fighters of the Ravel Front, a militia that operates in the Tanko and Beri communes, crossed the river.",
     ("tanko", "beri")),
    ("The army said the Korlo Defence Army had deployed fighters in the Ulbo and Ramsa chiefdoms.",
     ("ulbo", "ramsa")),
])
def test_names_before_a_plural_local_unit_are_regions_the_group_operates_in(extract, text, places):
    doc = extract(text)
    for place in places:
        assert entity(doc, place)["type"] == "Region"
    assert {p for _, p in _operations(doc)} >= set(places), _operations(doc)


def test_the_unit_noun_names_each_region(extract):
    doc = extract("The Korlo Defence Army operates in the Mabu and Kelo townships of the Shan hills.")
    assert "Mabu Township" in entity(doc, "mabu").get("aliases", [])


def test_a_plural_local_unit_after_no_names_makes_no_region(extract):
    doc = extract("The Korlo Defence Army operates in several townships near the border.")
    assert not _operations(doc), _operations(doc)


def _killings(doc) -> set:
    return {c["location"][0] for c in claims(doc, "Atrocity")}


# ---------------------------------------------------------------- 2. a report's section heading names the place
@pytest.mark.parametrize("text, place", [
    ("Dorbani, Kalo province (4 March)\n\nOn 4 March, gunmen of the Ravel Front entered Dorbani and shot dead eleven "
     "farmers.", "dorbani"),
    ("Malemba market, Lusi cercle (12 May)\n\nSoldiers surrounded the crowd at Malemba in the morning and executed "
     "nine traders, witnesses said.", "malemba"),
    ("Kitari, Ngoma county (May 2)\n\nThe Ravel Front attacked Kitari at dawn, killing seven herders.", "kitari"),
])
def test_a_section_heading_names_the_place_its_killings_happened(extract, text, place):
    doc = extract(text)
    assert place in _killings(doc), _killings(doc)
    assert entity(doc, place)["type"] == "Settlement"


def test_a_heading_names_the_region_with_its_noun(extract):
    doc = extract("Dorbani, Kalo province (4 March)\n\nOn 4 March, gunmen entered Dorbani and shot dead eleven "
                  "farmers. The Ravel Front has been active in Kalo since 2024.")
    region = entity(doc, "kalo")
    assert region["type"] == "Region" and "Kalo province" in region.get("aliases", []), region


def test_a_heading_with_no_date_in_brackets_names_no_place(extract):
    doc = extract("Dorbani, Kalo and the hills\n\nThe council met on Monday to discuss the budget.")
    assert "dorbani" not in {e["id"] for e in doc["entities"]}


# ---------------------------------------------------------------- 3. roads named by the places they join
@pytest.mark.parametrize("text, road", [
    ("Gunmen of the Ravel Front killed six truck drivers at a false checkpoint on the Dorbani-Kitari highway on "
     "3 May.", "dorbani-kitari-highway"),
    ("On 6 March a roadside bomb hit a minibus on the road between Dorbani and Kitari, killing seven passengers.",
     "dorbani-kitari-road"),
    ("Gunmen killed nine traders on the road linking Malemba and Kitari on Sunday, police said.",
     "malemba-kitari-road"),
])
def test_a_killing_on_a_road_between_two_places_is_at_the_road(extract, text, road):
    doc = extract(text)
    assert _killings(doc) == {road}, _killings(doc)
    assert entity(doc, road)["type"] == "Place"


def test_a_patrol_on_a_road_between_two_places_operates_on_the_road(extract):
    doc = extract("The Ravel Front has patrolled the road between Dorbani and Kitari since November.")
    assert ("ravel-front", "dorbani-kitari-road") in _operations(doc), _operations(doc)


def test_a_road_between_two_states_is_no_road_of_its_own(extract):
    doc = extract("The Ravel Front has patrolled the Kenya-Uganda road since November.")
    assert not any(e["id"].endswith("-road") for e in doc["entities"])


def test_a_road_no_fact_is_told_at_is_not_proposed(extract):
    doc = extract("The contractor said it had suspended work on the road between Dorbani and Kitari.")
    assert "dorbani-kitari-road" not in {e["id"] for e in doc["entities"]}


# ---------------------------------------------------------------- 4. "gathered the men ... and shot them"
@pytest.mark.parametrize("text", [
    "Fighters of the Ravel Front entered the village of Dorbani, gathered the men near the mosque and shot them.",
    "On 4 May soldiers deployed in the area since March detained six men at the market of Dorbani, drove them to "
    "the river and executed them.",
    "Gunmen rounded up the villagers in the town of Dorbani, marched them to a field and killed them.",
])
def test_them_after_an_earlier_object_are_the_victims(extract, text):
    assert _killings(extract(text)) == {"dorbani"}, _killings(extract(text))


def test_them_after_no_people_is_no_killing(extract):
    doc = extract("Fighters of the Ravel Front entered the village of Dorbani, seized the trucks and burned them.")
    assert not _killings(doc), _killings(doc)


def test_a_road_named_with_a_prefix_is_no_road_between_two_places(extract):
    doc = extract("Police said Ravel Front fighters shot dead nine workers on the Trans-Kalo highway in the town of "
                  "Dorbani in February.")
    assert "trans-kalo-highway" not in {e["id"] for e in doc["entities"]}


# ---------------------------------------------------------------- 5. an attack that is the killing is no operation
@pytest.mark.parametrize("text", [
    "On 14 November, Ravel Front fighters attacked the weekly market in the village of Dorbani. The Ministry of "
    "the Interior said 32 civilians were killed.",
    "Ravel Front fighters raided the cattle market in the town of Malemba on Sunday. Police said nine herders were "
    "killed.",
    "On 2 May the Korlo Defence Army attacked a wedding party in the village of Kitari, killing eleven guests.",
    "Fighters of the Korlo Defence Army ambushed a bus near the town of Kitari on Monday, killing seven passengers.",
])
def test_an_attack_told_with_its_killing_is_no_operation(extract, text):
    doc = extract(text)
    assert _killings(doc) and not _operations(doc), (_killings(doc), _operations(doc))


def test_an_attack_with_no_killing_is_still_an_operation(extract):
    doc = extract("On 14 November, Ravel Front fighters attacked an army post in the village of Dorbani.")
    assert ("ravel-front", "dorbani") in _operations(doc), _operations(doc)


def test_an_operation_told_apart_from_the_attack_stays(extract):
    doc = extract("The Ravel Front has operated around the village of Dorbani since 2024. On 14 November, Ravel "
                  "Front fighters attacked the weekly market in the village of Dorbani. The ministry said 32 "
                  "civilians were killed.")
    assert ("ravel-front", "dorbani") in _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 6. "documented 23 civilians killed" after an attack
@pytest.mark.parametrize("text, place", [
    ("On 9 October fighters of the Ravel Front attacked the gold camp at the village of Dorbani. The mission "
     "documented 23 civilians killed.", "dorbani"),
    ("The Ravel Front has held the mining site of Malemba since 2024. In April its fighters raided diggers' huts at "
     "Malemba over unpaid levies. The mission counted 17 miners killed.", "malemba"),
    ("On 27 February, soldiers surrounded the weekly market at the village of Kitari and took the men to a dry "
     "riverbed, where they were shot. We documented 11 men killed.", "kitari"),
])
def test_people_a_participle_says_were_killed_are_the_toll_of_the_attack_before(extract, text, place):
    doc = extract(text)
    assert _killings(doc) == {place}, _killings(doc)
    assert any(c["measure"].endswith("-killed") for c in claims(doc, "Estimate")), claims(doc, "Estimate")


def test_people_a_participle_describes_as_wounded_are_no_killing(extract):
    doc = extract("On 9 October fighters of the Ravel Front attacked the gold camp at the village of Dorbani. The "
                  "mission documented 23 civilians wounded.")
    assert not _killings(doc), _killings(doc)


def test_a_participle_of_killing_with_no_attack_before_places_nothing(extract):
    doc = extract("The council met in the village of Dorbani on Monday. The mission documented 23 civilians killed "
                  "in the region last year.")
    assert "dorbani" not in _killings(doc), _killings(doc)


def test_a_river_attacked_along_is_no_site_of_the_toll(extract):
    doc = extract("Fighters of the Ravel Front attacked fishing boats on the Kalo River near the village of Dorbani. "
                  "The mission documented 12 fishermen killed.")
    assert "kalo-river" not in _killings(doc), _killings(doc)


# ---------------------------------------------------------------- 7. "the killings at A and B": those told before
_TWO = ("Gunmen of the Ravel Front killed nine farmers in the village of Dorbani on 2 May. On 9 May soldiers shot "
        "dead six herders in the village of Kitari.\n\nThe Panel met officials in the capital in June.\n\n")


@pytest.mark.parametrize("recap", [
    "The Panel recommends that the Committee designate the group's leader. It recommends that the Government "
    "investigate the killings at Dorbani and Kitari.",
    "The mission said the killings at Dorbani and Kitari had not been investigated.",
    "The mission urged the authorities to investigate the killings at Dorbani and Kitari.",
])
def test_a_noun_of_killing_over_two_places_already_told_is_no_joint_killing(extract, recap):
    doc = extract(_TWO + recap)
    places = [tuple(c["location"]) for c in claims(doc, "Atrocity")]
    assert sorted(places) == [("dorbani",), ("kitari",)], places


def test_a_noun_of_killing_at_one_place_told_before_is_that_killing(extract):
    doc = extract(_TWO + "The mission urged the authorities to investigate the killings at Dorbani.")
    assert _killings(doc) == {"dorbani", "kitari"}, _killings(doc)


# ---------------------------------------------------------------- 8. "blamed X on the same day": a bare blame
@pytest.mark.parametrize("text", [
    "The Ravel Front is an armed group. On 6 March, a roadside bomb hit a minibus near the village of Dorbani, "
    "killing seven passengers. The governor of the region, Colonel Amadou Sane, blamed the Ravel Front on the same "
    "day.",
    "The Ravel Front is an armed group. On 6 March, gunmen shot dead seven traders in the village of Dorbani. The "
    "police blamed the Ravel Front in a statement on Monday.",
    "The Ravel Front is an armed group. On 6 March, gunmen shot dead seven traders in the village of Dorbani. On "
    "Tuesday the minister blamed the Ravel Front in an interview with state radio.",
])
def test_a_bare_blame_dated_or_told_in_a_message_accuses_of_the_killing(extract, text):
    doc = extract(text)
    assert ("ravel-front", "killings-in-dorbani") in {(c["actor"], c["event"]) for c in claims(doc, "Participation")}


def test_a_blame_for_something_else_is_no_accusation_of_the_killing(extract):
    doc = extract("The Ravel Front is an armed group. On 6 March, gunmen shot dead seven traders in the village of "
                  "Dorbani. The minister blamed the Ravel Front for the crisis in the region.")
    assert not claims(doc, "Participation"), claims(doc, "Participation")


# ---------------------------------------------------------------- 9. victims named by what they pick or gather
@pytest.mark.parametrize("text, value", [
    ("The Ravel Front is an armed group. The mission documented the deaths of 11 amber pickers near the village of "
     "Dorbani in March, who were shot by guards of the Ravel Front.", 11),
    ("Gunmen of the Ravel Front shot dead six firewood collectors near the village of Dorbani on Monday.", 6),
    ("Soldiers killed nine rubber tappers in the village of Dorbani in May, the mission said.", 9),
])
def test_people_named_by_what_they_gather_are_victims(extract, text, value):
    doc = extract(text)
    assert _killings(doc) == {"dorbani"}, _killings(doc)
    assert value in {c["value"] for c in claims(doc, "Estimate")}


def test_collectors_of_a_group_are_no_victims(extract):
    doc = extract("The Ravel Front's tax collectors levied fees on traders in the village of Dorbani in May.")
    assert not _killings(doc), _killings(doc)
