"""Typed relations, round 8 of issue #12 (/work/wt/notes/ROUND3.md): classes of
phrasing heldout7 missed (a possessive strength after the sentence naming the
group, control "in control of" a town and by a verb coordinated with a passive,
operations by crossing into a region or by crimes committed there, items bought
and then used, a killing of "eleven of them", a place that only locates
another, "held responsible for these deaths"), with fictional sentences worded
unlike those documents and negative controls. A document dated Tuesday
2025-06-10."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, claims as _claims  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. "its strength" after the group's sentence
@pytest.mark.parametrize("text", [
    "Raiders of the Marsabit Defence Front burned a school on Friday. Kenyan officials put its strength at "
    "between 700 and 900 fighters.",
    "The Marsabit Defence Front has raided cattle camps since 2021. Kenyan army commanders estimate its ranks at "
    "between 700 and 900 men.",
])
def test_a_possessive_strength_is_the_group_named_before(extract, text):
    doc = extract(text)
    size = one(_claims(doc, "Estimate"), measure="force-size")
    assert size["of"] == "marsabit-defence-front"
    assert (size["value"], size["qualifier"], size["maximum"]) == (700, "at-least", 900)


def test_a_strength_named_later_in_the_text_is_not_its_referent(extract):
    """The group the sentence refers back to is one named BEFORE it, never one the text names later."""
    doc = extract("Kenyan officials put its strength at between 700 and 900 fighters. "
                  "The Marsabit Defence Front burned a school on Friday.")
    assert not [e for e in _claims(doc, "Estimate") if e["of"] == "marsabit-defence-front"]


# ---------------------------------------------------------------- 2. control of a town, and a leader
@pytest.mark.parametrize("text", [
    "Fighters of the Marsabit Defence Front were still in control of the town of Sololo on Friday.",
    "Gunmen of the Marsabit Defence Front remain in control of the village of Sololo.",
    "The Marsabit Defence Front is led by Halake Dido Jarso and has held the town of Sololo since April.",
])
def test_an_armed_group_in_control_of_a_town_controls_it(extract, text):
    doc = extract(text)
    one(_claims(doc, "Control"), controller="marsabit-defence-front", controlled="sololo")


def test_a_group_led_by_a_person_who_holds_a_town_is_led_by_him(extract):
    doc = extract("The Marsabit Defence Front is led by Halake Dido Jarso and has held the town of Sololo since April.")
    one(_claims(doc, "Control"), controller="halake-dido-jarso", controlled="marsabit-defence-front")


def test_a_town_under_discussion_is_not_controlled(extract):
    doc = extract("Officials of the Marsabit Defence Front were in talks about the town of Sololo on Friday.")
    assert [c for c in _claims(doc, "Control") if c["controlled"] == "sololo"] == []


# ---------------------------------------------------------------- 3. operations
@pytest.mark.parametrize("text, place", [
    ("The Marsabit Defence Front has been active in Kenya's Moyale district since 2021 and also crosses into "
     "Ethiopia's Borana zone.", "borana"),
    ("The Marsabit Defence Front has kidnapped traders in the Borana zone since 2022.", "borana"),
])
def test_crossing_into_a_region_or_raiding_there_is_an_operation(extract, text, place):
    doc = extract(text)
    ops = [c for c in _claims(doc, "Operation") if c["actor"] == "marsabit-defence-front"]
    assert [place] in [op["location"] for op in ops], ops


def test_a_state_crossing_into_a_region_is_no_armed_groups_operation(extract):
    doc = extract("Ethiopia's trade minister crossed into the Borana zone on Friday.")
    assert _claims(doc, "Operation") == []


# ---------------------------------------------------------------- 4. items bought, then used
@pytest.mark.parametrize("text", [
    "The Marsabit Defence Front had been using mortars bought from Sabaki Trading, a firm based in Mombasa.",
    "Police said the Marsabit Defence Front fired rockets purchased from Sabaki Trading.",
])
def test_items_bought_from_a_supplier_and_used_are_a_transfer(extract, text):
    doc = extract(text)
    one(_claims(doc, "ArmsTransfer"), supplier="sabaki-trading", recipient="marsabit-defence-front")


def test_items_recovered_are_not_bought_by_whoever_recovered_them(extract):
    doc = extract("The Kenyan army recovered mortars bought from Sabaki Trading near Sololo.")
    assert [c for c in _claims(doc, "ArmsTransfer") if c.get("recipient") != "marsabit-defence-front"
            and c.get("supplier") == "sabaki-trading"] == []


# ---------------------------------------------------------------- 5. killings
@pytest.mark.parametrize("text, value", [
    ("On Sunday, raiders stopped villagers near Dabel, a hamlet on the road east of Sololo, and shot eleven of "
     "them dead.", 11),
    ("Gunmen seized residents near Dabel, a hamlet south of Sololo, and executed four of them.", 4),
])
def test_a_killing_of_some_of_them_counts_the_first_verbs_object_and_sits_where_it_happened(extract, text, value):
    doc = extract(text)
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["dabel"]
    count = one(_claims(doc, "Estimate"), of=event["id"])
    assert (count["measure"], count["value"]) == ("civilians-killed", value)


def test_a_place_named_as_the_road_it_lies_on_is_kept_when_the_killing_is_there(extract):
    doc = extract("Raiders shot dead six traders in Dabel and in Sololo on Sunday.")
    assert one(_claims(doc, "Atrocity"))["location"] == ["dabel", "sololo"]


@pytest.mark.parametrize("text", [
    "Raiders shot dead six traders in Dabel on Sunday. Witnesses hold the Marsabit Defence Front responsible "
    "for these deaths.",
    "Raiders shot dead six traders in Dabel on Sunday. Elders held the Marsabit Defence Front responsible for "
    "the deaths of the six.",
])
def test_held_responsible_for_deaths_is_an_accused_participant(extract, text):
    doc = extract(text)
    event = one(_claims(doc, "Atrocity"))
    one(_claims(doc, "Participation"), actor="marsabit-defence-front", event=event["id"])


def test_held_responsible_for_a_budget_is_no_participation(extract):
    doc = extract("Raiders shot dead six traders in Dabel on Sunday. Elders held the Marsabit Defence Front "
                  "responsible for the school budget.")
    assert _claims(doc, "Participation") == []


@pytest.mark.parametrize("text, value, maximum", [
    ("The Marsabit Defence Front burned a school. Kenyan officials put its strength at between three hundred and "
     "four hundred fighters.", 300, 400),
    ("The Marsabit Defence Front burned a school. Kenyan officials put its strength at a hundred and fifty "
     "fighters.", 150, None),
])
def test_a_range_in_words_is_two_numbers_and_a_hundred_and_fifty_one(extract, text, value, maximum):
    size = one(_claims(extract(text), "Estimate"), measure="force-size")
    assert (size["value"], size.get("maximum")) == (value, maximum)
