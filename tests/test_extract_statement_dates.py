"""A statement's date belongs to its verb of saying: with none ("according to
X"), the dates of the sentence are what X reports, not when X said it (found by
a new-user trial: "have fled since January, according to the UN refugee
agency" was dated January)."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture

_KILLED = "Gunmen of the Red Hand Brigade killed nine villagers in Varna on Friday. "


@pytest.mark.parametrize("text", [
    # (round 26) a count of people who fled is no statement: a toll instead
    _KILLED + "The group killed more than 40 people in Varna in January, according to the United Nations.",
    "According to the United Nations, the Red Hand Brigade killed nine villagers in Varna on Friday.",
    "The Red Hand Brigade, according to the United Nations, killed nine villagers in Varna in May.",
])
def test_no_date_for_a_statement_without_a_verb_of_saying(extract, text):
    said = [s for s in extract(text)["statements"] if s["speaker"] == "united-nations"]
    assert said and all("date" not in s for s in said), said


@pytest.mark.parametrize("text", [
    "The United Nations said on Saturday that the Red Hand Brigade killed nine villagers in Varna on Friday.",
    "Gunmen of the Red Hand Brigade killed nine villagers in Varna on Friday, the United Nations said on Saturday.",
])
def test_the_date_of_the_verb_of_saying_stays(extract, text):
    said = [s for s in extract(text)["statements"] if s["speaker"] == "united-nations"]
    assert said and {s.get("date") for s in said} == {"2025-06-07"}, said
