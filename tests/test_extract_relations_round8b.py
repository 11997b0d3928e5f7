"""Typed relations, round 8b of issue #12 (/work/wt/notes/ROUND3.md): classes of
phrasing heldout6 and heldout7 still missed or read wrongly ("it"/"its" read as
the state whose region an armed group crosses into, a place named only to
locate a hamlet by its bearing, a date of one clause given to the clause
coordinated with it), with fictional sentences worded unlike those documents
and negative controls. A document dated Tuesday 2025-06-10."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one  # noqa: F401 - extract is a fixture


def _claims(doc, kind):
    return [c for c in doc["claims"] if c["type"] == kind]


# ---------------------------------------------------------------- 1. "it"/"its" whose verb or noun fits an armed group
@pytest.mark.parametrize("text, place", [
    ("The Kerio Valley Front, which is headed by a former teacher, has been active in Kenya's Turkana county since "
     "2023 and also crosses into Uganda's Moroto district, where it has burned police posts.", "moroto"),
    ("The Kerio Valley Front raided cattle camps in Kenya's Turkana county last year. In Uganda's Moroto district "
     "it has kidnapped traders since March.", "moroto"),
])
def test_a_pronoun_acting_as_an_armed_group_is_the_group_not_the_state(extract, text, place):
    doc = extract(text)
    ops = _claims(doc, "Operation")
    assert [c for c in ops if c["actor"] == "uganda"] == []
    one(ops, actor="kerio-valley-front", location=[place])


@pytest.mark.parametrize("text", [
    "The Kerio Valley Front raided cattle camps in Kenya's Turkana county. Uganda says its fighters now number "
    "about 600.",
    "The Kerio Valley Front raided cattle camps in Kenya's Turkana county. Officials in Uganda estimate its ranks at "
    "about 600 men.",
])
def test_a_possessive_of_fighters_is_the_group_not_the_state_that_counts_them(extract, text):
    doc = extract(text)
    size = one(_claims(doc, "Estimate"), measure="force-size")
    assert (size["of"], size["value"]) == ("kerio-valley-front", 600)


def test_a_pronoun_whose_verb_fits_a_state_stays_with_the_state(extract):
    """Negative control: "it had deployed troops" after a state is said is no group's operation."""
    doc = extract("The Kerio Valley Front raided cattle camps near the town of Lodwar. Kenya said it had sent "
                  "troops to the border on Monday.")
    assert [c for c in _claims(doc, "Operation") if c["actor"] == "kerio-valley-front" and
            c["location"] != ["lodwar"]] == []


def test_a_company_named_since_the_group_keeps_its_pronoun(extract):
    """Negative control: an organisation of another kind named after the group ends the search."""
    doc = extract("The Kerio Valley Front raided cattle camps in Kenya's Turkana county. Sabaki Trading, a firm "
                  "based in Mombasa, said its leader had never met the group.")
    assert [c for c in _claims(doc, "Control") if c["controlled"] == "kerio-valley-front"] == []


# ---------------------------------------------------------------- 2. a place after a bearing locates another place
@pytest.mark.parametrize("text", [
    "On Sunday, gunmen ambushed villagers returning from the market near Dabelé, a hamlet on the road north of "
    "Sololo, and shot eleven of them dead.",
    "Raiders shot dead eleven herders near Dabelé, a settlement south-west of Sololo, on Sunday.",
])
def test_a_place_after_a_bearing_is_no_site_of_the_killing(extract, text):
    doc = extract(text)
    assert one(_claims(doc, "Atrocity"))["location"] == ["dabele"]


def test_a_place_after_a_bearing_is_the_site_when_no_other_is_named(extract):
    """Negative control: "a village north of X" names no other place, so X locates the killing."""
    doc = extract("Gunmen shot dead nine traders in a village 20 km north of Sololo on Sunday.")
    assert one(_claims(doc, "Atrocity"))["location"] == ["sololo"]


# ---------------------------------------------------------------- 3. a date of one clause only
@pytest.mark.parametrize("text", [
    "The Kerio Valley Front is commanded by Daudi Lokai and has held the town of Lodwar since April.",
    "The Kerio Valley Front, led by Daudi Lokai, has held the town of Lodwar since April.",
    "The Kerio Valley Front is run by Daudi Lokai and has occupied the town of Lodwar since April.",
])
def test_a_date_of_the_coordinated_clause_does_not_date_the_command(extract, text):
    doc = extract(text)
    command = one(_claims(doc, "Control"), controller="daudi-lokai", controlled="kerio-valley-front")
    assert "date" not in command
    held = one(_claims(doc, "Control"), controller="kerio-valley-front", controlled="lodwar")
    assert held["date"] == "2025-04"


def test_a_date_of_the_commanding_clause_dates_the_command(extract):
    """Negative control: the date stands in the command's own clause."""
    doc = extract("The Kerio Valley Front has been commanded by Daudi Lokai since April.")
    command = one(_claims(doc, "Control"), controller="daudi-lokai", controlled="kerio-valley-front")
    assert command["date"] == "2025-04"
