"""Typed relations, round 7 of issue #12 (/work/wt/notes/ROUND3.md): classes of
phrasing heldout6 missed (a leader named in a participle clause, "led by X" on
a noun apposed to the group or fronted before the clause, a common noun given
its name by "known as"/"named"; a commissioner's post), with fictional
sentences worded unlike those documents and negative controls. A document
dated Tuesday 2025-06-10."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, claims as _claims  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. leaders in participle clauses
@pytest.mark.parametrize("text", [
    "Headed by Amani Tolo Baraka, the Kemba Brigade has fought in the north since 2019.",
    "Police blamed the Kemba Brigade, a militia commanded by a former officer named Amani Tolo Baraka.",
    "Residents fled the Kemba Brigade, an armed band led by a trader known as Amani Tolo Baraka.",
])
def test_a_leader_named_in_a_participle_clause_controls_the_group(extract, text):
    doc = extract(text)
    one(_claims(doc, "Control"), controller="amani-tolo-baraka", controlled="kemba-brigade")


def test_a_fronted_participle_is_passive_on_the_clause_subject(extract):
    doc = extract("Sanctioned by the European Union in 2022, the Kemba Brigade has fought in the north since 2019.")
    one(_claims(doc, "SanctionsMeasure"), authority="european-union", targets=["kemba-brigade"])


def test_a_fronted_participle_without_a_leader_controls_nothing(extract):
    doc = extract("Led by example, the Kemba Brigade fought in the town of Kalemba.")
    assert _claims(doc, "Control") == []


def test_a_person_known_by_a_name_but_no_leader_controls_nothing(extract):
    doc = extract("The Kemba Brigade, a militia, shot a trader known as Amani Tolo Baraka in Kalemba.")
    assert _claims(doc, "Control") == []


# ---------------------------------------------------------------- 2. a commissioner holds a post
@pytest.mark.parametrize("text", [
    "A National Human Rights Commission commissioner, Amani Tolo Baraka, visited Kalemba on Monday.",
    "Amani Tolo Baraka, a commissioner of the National Human Rights Commission, visited Kalemba on Monday.",
])
def test_a_commissioner_holds_a_post(extract, text):
    doc = extract(text)
    post = one(_claims(doc, "Membership"), member="amani-tolo-baraka")
    assert post["organisation"] == "national-human-rights-commission" and post["role"] == "commissioner"


# ---------------------------------------------------------------- dates written day first
@pytest.mark.parametrize("text, date", [
    ("The Council of the European Union sanctioned the Kemba Brigade on 30 September 2024.", "2024-09-30"),
    ("On 4 March 2025, the Council of the European Union sanctioned the Kemba Brigade.", "2025-03-04"),
    ("The Council of the European Union sanctioned the Kemba Brigade on May 2, 2025.", "2025-05-02"),
])
def test_a_date_written_day_first_keeps_its_day(extract, text, date):
    """British, UN and EU texts write "30 September 2024"; that used to give
    no date (or only the month, from "September 2024"). The source date is
    2025-06-10."""
    doc = extract(text)
    assert one(_claims(doc, "SanctionsMeasure"), targets=["kemba-brigade"])["date"] == date
