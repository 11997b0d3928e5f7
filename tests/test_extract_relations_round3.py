"""Typed relations, round 3 of issue #12 (/work/wt/notes/ROUND3.md): each class
of phrasing the held-out documents missed, with fictional sentences worded
unlike those documents. A document dated Tuesday 2025-06-10; the knowledge
base's own entities plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one  # noqa: F401 - extract is a fixture


def _claims(doc, kind):
    return [c for c in doc["claims"] if c["type"] == kind]


# ---------------------------------------------------------------- 1. arms transfers
@pytest.mark.parametrize("text", [
    "The mortars were handed to the Ravel Front by Orlan Shipping in April.",  # "by" hung on the recipient
    "Orlan Shipping's consignments of mortars reached the Ravel Front in April.",  # possessive shipper
    "The Ravel Front bought mortars from Orlan Shipping in April.",
    "The Ravel Front procured mortars from Orlan Shipping in April.",  # a verb parsed as the items' modifier
])
def test_company_supplier_in_varied_phrasing(extract, text):
    doc = extract(text)
    transfer = one(_claims(doc, "ArmsTransfer"), recipient="ravel-front")
    assert transfer["supplier"] == "orlan-shipping" and transfer["items"] == ["mortars"]
    assert transfer["date"] == "2025-04"


def test_a_shipper_named_before_the_destination_supplies_it(extract):
    doc = extract("The bill of lading lists Orlan Shipping as the consignor. Customs officers said the mortars "
                  "were destined for the Ravel Front.")
    transfer = one(_claims(doc, "ArmsTransfer"), recipient="ravel-front")
    assert transfer["supplier"] == "orlan-shipping"


# ---------------------------------------------------------------- 2. sanctions
@pytest.mark.parametrize("text, state", [
    ("The Australian Government imposed sanctions on Orlan Shipping.", "australia"),
    ("The Government of Canada sanctioned Orlan Shipping on Monday.", "canada"),
])
def test_a_governments_measure_is_the_states(extract, text, state):
    doc = extract(text)
    measure = one(_claims(doc, "SanctionsMeasure"), authority=state)
    assert measure["targets"] == ["orlan-shipping"] and measure["status"] == "imposed"


def test_un_sanctions_are_the_security_councils(extract):
    doc = extract("The Ravel Front has been under UN sanctions since 2023.")
    measure = one(_claims(doc, "SanctionsMeasure"), targets=["ravel-front"])
    assert measure["authority"] == "un-security-council"


@pytest.mark.parametrize("text", [
    "The Department of State revoked the designation of the Ravel Front on Monday.",
    "The European Union delisted the Ravel Front on Monday.",
])
def test_revocations_lift(extract, text):
    doc = extract(text)
    assert one(_claims(doc, "SanctionsMeasure"), targets=["ravel-front"])["status"] == "lifted"


# ---------------------------------------------------------------- 3. operations
@pytest.mark.parametrize("text, places", [
    ("The Ravel Front has fighters in Niger and Chad.", {"niger", "chad"}),
    ("The Ravel Front keeps two battalions across Mali.", {"mali"}),
    ("The Ravel Front has also sent gunmen east to Chad.", {"chad"}),
    ("The Ravel Front has pushed north into Algeria since March.", {"algeria"}),
])
def test_operations_from_presence_and_movement(extract, text, places):
    doc = extract(text)
    operations = _claims(doc, "Operation")
    assert {o["actor"] for o in operations} == {"ravel-front"}
    assert {loc for o in operations for loc in o["location"]} == places
    assert all(len(o["location"]) == 1 for o in operations)  # one operation per place, as gold files do


@pytest.mark.parametrize("text", [
    "The Ravel Front has no presence in Niger.",
    "The Ravel Front, which has repeatedly denied having fighters in Niger, did not comment.",
])
def test_no_operation_when_denied_or_negated(extract, text):
    assert _claims(extract(text), "Operation") == []


# ---------------------------------------------------------------- 5. atrocities
def test_a_town_in_its_state_is_one_place(extract):
    doc = extract("The killing of 14 people at a clinic in Sorra, Zamfara State, in December shocked the country.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["sorra"]
    estimate = one(_claims(doc, "Estimate"), of=event["id"])
    assert (estimate["measure"], estimate["value"]) == ("people-killed", 14)


@pytest.mark.parametrize("text, value, measure", [
    ("Ravel Front gunmen fired on a crowd in the town of Sorra on Monday, killing nine protesters.", 9, "people-killed"),
    ("Ravel Front fighters opened fire on a market in the village of Sorra on Monday, killing twelve traders.", 12,
     "people-killed"),
    ("On Monday Ravel Front fighters raided the village of Sorra, killing at least 40 villagers.", 40,
     "civilians-killed"),
])
def test_killings_without_the_word_massacre(extract, text, value, measure):
    doc = extract(text)
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["sorra"] and event["date"] == "2025-06-09"
    one(_claims(doc, "Participation"), actor="ravel-front", event=event["id"], role="accused-participant")
    estimate = one(_claims(doc, "Estimate"), of=event["id"])
    assert (estimate["measure"], estimate["value"]) == (measure, value)


# ---------------------------------------------------------------- 6. estimates
def test_the_body_giving_a_figure_is_not_what_it_counts(extract):
    doc = extract("Malian troops put the Ravel Front's strength at no more than 1,200 fighters.")
    estimate = one(_claims(doc, "Estimate"), measure="force-size")
    assert (estimate["of"], estimate["value"], estimate["qualifier"]) == ("ravel-front", 1200, "at-most")


def test_its_strength_is_the_group_named_before(extract):
    doc = extract("The Ravel Front is a jihadist faction. The Malian army estimates its strength at 900 fighters.")
    estimate = one(_claims(doc, "Estimate"), measure="force-size")
    assert (estimate["of"], estimate["value"]) == ("ravel-front", 900)


def test_a_range_of_fighters(extract):
    doc = extract("The Ravel Front is believed to have between 700 and 950 fighters.")
    estimate = one(_claims(doc, "Estimate"), measure="force-size")
    assert (estimate["of"], estimate["value"], estimate["qualifier"], estimate["maximum"]) == \
        ("ravel-front", 700, "at-least", 950)


# ---------------------------------------------------------------- 7. posts from titles
@pytest.mark.parametrize("text, member, organisation, role", [
    ("Minister for Foreign Affairs Jane Doe said Australia had sanctioned Orlan Shipping.", "jane-doe", "australia",
     "minister-for-foreign-affairs"),
    ("Canada sanctioned Orlan Shipping, the Minister of Foreign Affairs, Senator Marie Roy, said.", "marie-roy",
     "canada", "minister-of-foreign-affairs"),
    ("The United States sanctioned the Ravel Front, said Coordinator for Counterterrorism John Tillman.",
     "john-tillman", "department-of-state", "coordinator-for-counterterrorism"),
])
def test_posts_from_titles(extract, text, member, organisation, role):
    doc = extract(text)
    post = one(_claims(doc, "Membership"), member=member)
    assert (post["organisation"], post["role"]) == (organisation, role)
