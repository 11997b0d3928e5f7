"""Classes of events (round 25, issue #12), each with new fictional sentences of its own and a negative control:
people an inquiry heard ("the Commission interviewed 58 people", "investigators spoke to some 40 former fighters",
"talks with 30 residents") are witnesses, no force's strength of the forces or groups the text names (but "the
group has some 300 fighters", told by those it heard, still is)."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. people an inquiry heard: no force's strength
@pytest.mark.parametrize("text", [
    "Between May and July the Commission interviewed 58 people in Varsel and Molin, including former members of the "
    "Tessa Defence Force and officers of the Dornish army.",
    "Investigators of the mission spoke to some 40 former fighters of the Varo Front in camps near Korvi.",
    "The monitors questioned 35 soldiers of the Dornish army at the barracks of Lissa in August.",
    "The report draws on talks with 30 militiamen of the Tessa Defence Force held in Belko.",
])
def test_people_an_inquiry_heard_are_no_force(extract, text):
    doc = extract(text)
    sizes = [c for c in claims(doc, "Estimate") if c["measure"] == "force-size"]
    assert sizes == [], sizes


def test_a_strength_told_to_an_inquiry_still_counts(extract):
    # negative control: the figure the witnesses give is the group's strength
    doc = extract("The Commission interviewed residents of Varsel, who said the Varo Front has some 300 fighters.")
    assert [c["value"] for c in claims(doc, "Estimate") if c["measure"] == "force-size"] == [300], \
        claims(doc, "Estimate")

