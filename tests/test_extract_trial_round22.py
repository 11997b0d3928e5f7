"""What a new user met on their own fictional wire report (round 22, issue #12), each a class of phrasing with
sentences of its own and a negative control: re-running `kb extract` after `kb review accept` proposes no post
already curated (a curated role's name is no proper name cutting the post short)."""

from __future__ import annotations

import pytest

from .cli_project import candidates, kb, project_copy
from .extract_cases import claims, entity, entity_ids, extract  # noqa: F401 - extract is a fixture

OPTIONS = ["--date", "2027-03-03", "--publisher", "harbourline", "-q"]


# ---------------------------------------------------------------- 7. a curated post is not proposed again
# Three wordings of a post (the owner's title before the name, a commander's title with two modifiers, the title
# after the name): once accepted, the roles are known entities whose names the text matches, and the post must
# keep its whole title ("chief financier", not "financier") to be known for the one already curated.
POSTS = """Korvan front names new treasurer

DORVAL, March 3 (Harbourline) - The Korvan Liberation Front's chief financier, Idris Malek Tavane, met traders in \
Dorval in March, a spokesman for the group, Omar Selk, said on Tuesday.

Selk said the Front's deputy field commander, Amadou Keita Runde, had also travelled to the town. Lina Marsh Okoro, \
the group's senior recruiter, was arrested there last year.
"""


@pytest.fixture()
def posts_root(tmp_path):
    return project_copy(tmp_path, "korvan.txt", POSTS)


def test_again_after_accepting_proposes_no_post_already_curated(posts_root):
    root = posts_root
    assert kb(root, "extract", str(root / "korvan.txt"), *OPTIONS).exit_code == 0
    first = candidates(root)
    roles = {c["member"]: c["role"] for c in first["claims"] if c["type"] == "Membership"}
    assert roles.get("idris-malek-tavane") == "chief-financier", roles
    assert kb(root, "review", "accept", "--source", first["source"]).exit_code == 0
    again = kb(root, "extract", str(root / "korvan.txt"), *OPTIONS, "--again")
    assert again.exit_code == 0, again.output
    left = candidates(root)
    assert left["claims"] == [] and left["statements"] == [], left
    assert kb(root, "review", "list").stdout == ""  # no "financier" post, no new role


# ---------------------------------------------------------------- 2. a feature named after a state is not the state
def _ids_named(record: dict) -> set:
    return {v for value in record.values() for v in (value if isinstance(value, list) else [value])
            if isinstance(v, str)}


def _mentions_state(doc, state: str) -> bool:
    return state in entity_ids(doc) or any(state in _ids_named(r) for r in doc["claims"] + doc["statements"])


@pytest.mark.parametrize("text, state, feature", [
    ("The Dorvan Patriotic Front has been active around Lake Chad since 2021, and holds several islands in the "
     "Lake Chad basin.", "chad", "lake-chad"),
    ("Gunmen of the Dorvan Patriotic Front raided fishing camps in the Niger Delta on Friday, the navy said.",
     "niger", "niger-delta"),
    ("The Dorvan Patriotic Front moved its camps from the Chad Basin to the hills last year.", "chad", "chad-basin"),
    ("Pirates of the Dorvan Patriotic Front seized a tanker in the Gulf of Guinea on Monday, the navy said.",
     "guinea", None),
    ("Boats carrying fuel for the Dorvan Patriotic Front crossed the Congo River at night.", "congo", "congo-river"),
])
def test_a_feature_named_after_a_state_is_no_mention_of_the_state(extract, text, state, feature):
    doc = extract(text)
    assert not _mentions_state(doc, state), (doc["claims"], entity_ids(doc))
    if feature:
        assert entity(doc, feature)["type"] in ("Place", "Region")
        assert "within" not in entity(doc, feature)  # the Niger Delta is not in Niger


def test_a_place_qualified_by_the_feature_still_places_a_fact_in_it(extract):
    doc = extract("The Dorvan Patriotic Front has been active around Lake Chad since 2021.")
    assert {tuple(c["location"]) for c in claims(doc, "Operation")} == {("lake-chad",)}, doc["claims"]


def test_the_state_named_on_its_own_is_still_the_state(extract):
    # negative control: "in Chad", "Chad's army" beside "Lake Fitri"
    doc = extract("The Dorvan Patriotic Front attacked an army post in Chad on Monday, the army said.")
    assert {tuple(c["location"]) for c in claims(doc, "Operation")} == {("chad",)}, doc["claims"]
    doc = extract("Chad's army said the Dorvan Patriotic Front had attacked a post near Lake Fitri.")
    assert "chad" in entity_ids(doc) and "lake-fitri" in entity_ids(doc)


# ---------------------------------------------------------------- 1. a compass part of a state is the state
@pytest.mark.parametrize("text", [
    "Fighters of the Dorvan Patriotic Front killed 12 villagers in Maroudi, a town in western Chad, on Sunday.",
    "Fighters of the Dorvan Patriotic Front killed 12 villagers in Maroudi, in the east of Chad, on Sunday.",
    "Fighters of the Dorvan Patriotic Front killed 12 villagers in Maroudi, in northern Chad, on Sunday.",
    "Gunmen of the Dorvan Patriotic Front burned Maroudi, a village of the far north of Chad, in a raid last week, "
    "the governor said.",
])
def test_a_place_in_a_compass_part_of_a_state_lies_in_the_state(extract, text):
    doc = extract(text)
    assert entity(doc, "maroudi").get("within") == "chad", entity(doc, "maroudi")


def test_a_place_beside_a_state_does_not_lie_in_it(extract):
    # negative control: "east of Chad" (no "the") is outside Chad
    doc = extract("Fighters of the Dorvan Patriotic Front killed 12 villagers in Maroudi, a town east of Chad, on "
                  "Sunday.")
    assert entity(doc, "maroudi").get("within") is None, entity(doc, "maroudi")


@pytest.mark.parametrize("text, state", [
    ("The Dorvan Patriotic Front operates in the east of Mali, the report said.", "mali"),
    ("Dorvan Patriotic Front fighters have been fighting in south-western Niger since 2022.", "niger"),
    ("The Dorvan Patriotic Front is active in the far north of Cameroon.", "cameroon"),
])
def test_an_operation_in_a_compass_part_of_a_state_is_in_the_state(extract, text, state):
    doc = extract(text)
    assert {tuple(c["location"]) for c in claims(doc, "Operation")} == {(state,)}, doc["claims"]
