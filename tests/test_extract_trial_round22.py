"""What a new user met on their own fictional wire report (round 22, issue #12), each a class of phrasing with
sentences of its own and a negative control: a place put in a compass part of a state ("a town in western X", "in
the east of X", never "east of X") lies in the state; a lake, delta, basin or gulf named after a state is no mention
of the state (no fact placed in it, no "within" it); soldiers killed in an attack blamed on a group are no count of
the group's own dead; an estimate "according to a report published by X" is X's, and never the publisher's nor a
placeholder when the report's author is unnamed; "Niger's customs directorate said" speaks as the directorate, a
body of the state; "under Decree No. 2024-117" or "under Regulation (EU) 2024/123" gives a sanctions measure its
legal basis; a free-text claim says what is claimed, without "X said in a statement that" or "according to X";
re-running `kb extract` after `kb review accept` proposes no post already curated (a curated role's name is no
proper name cutting the post short)."""

from __future__ import annotations

import pytest

from .cli_project import candidates, kb, project_copy
from .extract_cases import DATE, claims, entity, entity_ids, extract, measures  # noqa: F401 - extract is a fixture

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


# ---------------------------------------------------------------- 4. the group blamed for a killing lost no one in it
@pytest.mark.parametrize("text", [
    "19 soldiers were killed in an ambush that the army blamed on the Kessel Brigade.",
    "Nine troops died on Sunday when their convoy hit a mine the government blamed on the Kessel Brigade.",
    "Twelve soldiers were killed in an attack claimed by the Kessel Brigade near the border.",
])
def test_soldiers_killed_in_an_attack_blamed_on_a_group_are_not_its_fighters(extract, text):
    doc = extract(text)
    assert not [c for c in claims(doc, "Estimate") if c["of"] == "kessel-brigade"], claims(doc, "Estimate")


def test_the_group_s_own_dead_still_count_as_its_fighters_killed(extract):
    # negative control: the fighters are the group's own, and the group is named by no word of blame
    doc = extract("The army said the 14 fighters of the Kessel Brigade killed near Maroudi on Monday had "
                  "attacked a convoy.")
    assert {(c["of"], c["measure"], c["value"]) for c in claims(doc, "Estimate")} == \
        {("kessel-brigade", "fighters-killed", 14)}, claims(doc, "Estimate")


# ---------------------------------------------------------------- 3. a report's estimate is its author's
WIRE = "Report counts the Kessel Brigade's fighters\n\nMAROUDI, June 9 (Lakeside Wire) - "


@pytest.fixture(scope="module")
def by_wire(project):
    """Extraction of one text published by a wire agency (the document's author)."""
    from kb.extract import fact_files, run
    from kb.extract.candidates import records
    from kb.extract.document import Document
    facts = fact_files(project)
    return lambda text: records(run(project, Document("case", WIRE + text, DATE, "lakeside-wire", []), facts),
                                "case", set())


def _estimators(doc) -> set:
    return {c.get("estimated_by") for c in claims(doc, "Estimate") if c["measure"] == "force-size"}


@pytest.mark.parametrize("text", [
    "According to a report released on Monday by the Dorvan Conflict Observatory, the Kessel Brigade has some "
    "2,000 fighters.",
    "The Kessel Brigade has about 2,000 fighters, according to a report compiled by the Dorvan Conflict Observatory.",
    "The Kessel Brigade has some 2,000 fighters, according to a study published last week by the Dorvan Conflict "
    "Observatory.",
])
def test_an_estimate_in_a_report_published_by_a_body_is_the_body_s(by_wire, text):
    doc = by_wire(text)
    assert _estimators(doc) == {"dorvan-conflict-observatory"}, claims(doc, "Estimate")
    assert {s["speaker"] for s in doc["statements"]} == {"dorvan-conflict-observatory"}, doc["statements"]


@pytest.mark.parametrize("text", [
    "The Kessel Brigade has about 2,000 fighters, according to a report published on Monday.",
    "The Kessel Brigade has about 2,000 fighters, according to a confidential report seen by reporters.",
    "According to a security report seen by the Dorvan Conflict Observatory, the Kessel Brigade has 2,000 fighters.",
    "According to a report made public on Monday, the Kessel Brigade has some 2,000 fighters.",
])
def test_an_estimate_in_a_report_by_no_one_named_is_no_one_s(by_wire, text):
    # negative control: no author named, the estimate is neither the publisher's nor a placeholder's
    doc = by_wire(text)
    assert _estimators(doc) == {None}, claims(doc, "Estimate")


def test_an_estimate_the_publisher_gives_itself_is_still_the_publisher_s(by_wire):
    doc = by_wire("The Kessel Brigade has about 2,000 fighters.")
    assert _estimators(doc) == {"lakeside-wire"}, claims(doc, "Estimate")


# ---------------------------------------------------------------- 5. a state's body named in lower case speaks
@pytest.mark.parametrize("text, body, state", [
    ("Niger's customs directorate said it had seized 40 rifles bound for the Kessel Brigade.",
     "customs-directorate-of-niger", "niger"),
    ("Chad's revenue authority confirmed that the Kessel Brigade had imported 40 rifles through Maroudi.",
     "revenue-authority-of-chad", "chad"),
    ("According to Mali's intelligence service, the Kessel Brigade received 40 rifles from abroad.",
     "intelligence-service-of-mali", "mali"),
])
def test_a_state_s_body_named_in_lower_case_speaks_as_the_body(extract, text, body, state):
    doc = extract(text)
    assert {s["speaker"] for s in doc["statements"]} == {body}, doc["statements"]
    assert (entity(doc, body)["type"], entity(doc, body).get("part_of")) == ("GovernmentBody", state)


@pytest.mark.parametrize("text", [
    "Niger's security services said the rifles were bound for the Kessel Brigade.",
    "Niger's new agency said the rifles were bound for the Kessel Brigade.",
])
def test_a_possessive_before_words_that_name_no_body_proposes_none(extract, text):
    # negative control: "security services", "new agency" are no body's name
    doc = extract(text)
    assert not [e for e in doc["entities"] if e["type"] == "GovernmentBody"], doc["entities"]


# ---------------------------------------------------------------- 8. an instrument by kind and number is the basis
@pytest.mark.parametrize("text, basis, target", [
    ("Chad froze the assets of the Kessel Brigade under Decree No. 2024-117.", "decree-no-2024-117",
     "kessel-brigade"),
    ("The European Union imposed sanctions on the Kessel Brigade under Regulation (EU) 2024/123.",
     "regulation-eu-2024-123", "kessel-brigade"),
    ("Under Ordinance No. 17/2023, Mali froze the funds of Maroudi Trading Ltd.", "ordinance-no-17-2023",
     "maroudi-trading-ltd"),
])
def test_an_instrument_named_by_kind_and_number_is_the_measure_s_legal_basis(extract, text, basis, target):
    doc = extract(text)
    assert [(m.get("legal_basis"), m["targets"]) for m in measures(doc)] == [([basis], [target])], measures(doc)
    assert entity(doc, basis)["type"] == "LegalInstrument"


def test_a_measure_citing_no_instrument_has_no_basis(extract):
    # negative control: a number that is a date or a count is no instrument
    doc = extract("Chad froze the assets of the Kessel Brigade on 3 March 2024, its decree said, and seized No. 4 "
                  "warehouse.")
    assert [m.get("legal_basis") for m in measures(doc)] == [None], measures(doc)
    assert not [e for e in doc["entities"] if e["type"] == "LegalInstrument"], doc["entities"]


def test_a_number_in_brackets_after_a_named_instrument_is_no_instrument_of_its_own(extract):
    # (merge) "the Sanctions Act (Act No. 228 of 1949)": the bracket gives the named act's number, an alias
    doc = extract("Chad froze the assets of the Kessel Brigade under the Foreign Trade Act (Act No. 228 of 1949). "
                  "Mali froze the funds of Maroudi Trading Ltd under the Sanctions Act (Act No. 41).")
    assert not [e for e in doc["entities"] if e["type"] == "LegalInstrument" and "No." in e["label"]], \
        doc["entities"]


# ---------------------------------------------------------------- 6. a free-text claim without its attribution
@pytest.mark.parametrize("text", [
    "Chad's defence ministry said in a statement that the Kessel Brigade had been weakened by desertions.",
    "In a statement on Monday, Chad's defence ministry said the Kessel Brigade had been weakened by desertions.",
    "According to Chad's defence ministry, the Kessel Brigade had been weakened by desertions.",
    "The Kessel Brigade had been weakened by desertions, Chad's defence ministry said in a statement on Monday.",
])
def test_a_free_text_claim_says_what_is_claimed_without_the_frame(extract, text):
    doc = extract(text)
    says = {c["says"] for c in claims(doc, "Claim")}
    assert says == {"The Kessel Brigade had been weakened by desertions."}, says
    assert len(doc["statements"]) == 1, doc["statements"]  # the attribution is the statement's


def test_a_quoted_claim_still_says_the_quote(extract):
    # negative control: a quote is what was said, word for word
    doc = extract('"The Kessel Brigade has been weakened by desertions," Chad\'s defence ministry said on Monday.')
    says = {c["says"] for c in claims(doc, "Claim")}
    assert says == {"The Kessel Brigade has been weakened by desertions,"} or \
        says == {"The Kessel Brigade has been weakened by desertions"}, says
