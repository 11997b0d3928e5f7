"""Classes of events and estimates (round 31, issue #12), each with new fictional sentences of its own and a
negative control: "between one and two thousand fighters" gives the scale word to both numbers (1,000 to
2,000, not exactly 2,000 nor 2 to 2,000)."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def force_sizes(doc) -> set:
    """(value, qualifier, maximum) of every candidate force size."""
    return {(c["value"], c.get("qualifier"), c.get("maximum")) for c in claims(doc, "Estimate")
            if c.get("measure") == "force-size"}


# ---------------------------------------------------------------- 1. a scale word shared by a range
@pytest.mark.parametrize("text, want", [
    ("According to the Interior Ministry of Velda, the Tarsa Front fields between one and two thousand fighters.",
     (1000, "at-least", 2000)),
    ("Officials in Morr say the Kaleb Brigade has between two and three thousand armed men.",
     (2000, "at-least", 3000)),
    ("The Dunmore Militia can field between five and six hundred fighters, a Velda police report says.",
     (500, "at-least", 600)),
])
def test_scale_word_shared_by_a_range(extract, text, want):
    doc = extract(text)
    assert force_sizes(doc) == {want}, claims(doc, "Estimate")


def test_range_with_its_own_scale_words_unchanged(extract):
    # negative control: each number has its own scale word
    doc = extract("Officials in Morr say the Kaleb Brigade has between three hundred and four hundred armed men.")
    assert force_sizes(doc) == {(300, "at-least", 400)}, claims(doc, "Estimate")
