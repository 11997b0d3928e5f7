"""Statements, round 7 of issue #12: the error classes seen on the sixth
held-out set, each with new fictional sentences (not the documents' own):
a party's professed ignorance ("had no idea", "has no clue") denies what it is
accused of, while the same words from a bystander or about another's deed do
not. A document dated Tuesday 2025-06-10; the knowledge base's own entities
plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one  # noqa: F401 - extract is a fixture

TRANSFER = "Kestrel Trading sold rifles to the Ravel Front in May. "


# ---------------------------------------------------------------- 1. professed ignorance of one's own deed
@pytest.mark.parametrize("text, speaker", [
    (TRANSFER + "Kestrel Trading told investigators that it had no idea what its lorries had been hauling.",
     "kestrel-trading"),
    (TRANSFER + "Kestrel Trading said it has no clue who loaded the crates onto its barge.", "kestrel-trading"),
    (TRANSFER + "Kestrel Trading insisted that it had no notion of any cargo bound for the Ravel Front.",
     "kestrel-trading"),
])
def test_professed_ignorance_of_own_deed_denies(extract, text, speaker):
    statement = one(extract(text)["statements"], speaker=speaker)
    assert statement["stance"] == "denies"


def test_an_idea_that_is_had_is_no_denial(extract):
    doc = extract(TRANSFER + "Kestrel Trading said it had an idea who had bought the rifles.")
    assert one(doc["statements"], speaker="kestrel-trading")["stance"] == "asserts"


def test_a_bystanders_ignorance_is_no_denial(extract):
    doc = extract(TRANSFER + "The Treasury Department said it had no idea who had paid for the rifles.")
    assert one(doc["statements"], speaker="treasury-department")["stance"] == "asserts"
