"""Statements, round 31 of issue #12: classes of missed or wrong statements
seen on heldout33, each with new fictional sentences (not the documents'
own), in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _holding(doc, words: str) -> list:
    return [s for s in doc["statements"] if any(words in e for e in
                                                (s["evidence"] if isinstance(s["evidence"], list) else [s["evidence"]]))]


# ------------------------------------------- 1. "denied ... and blamed the killings on Y": Y hung on the object
_RAID = ("KALDERA, June 3 (Wire) - Gunmen of the Orsk Defence Front (ODF) killed fourteen villagers in Varno "
         "on Saturday, residents said. ")


@pytest.mark.parametrize("words", [
    "The ODF's spokesman, Marten Vahl, denied on Monday that its fighters had harmed \"any civilian\" and blamed the "
    "killings on the Kessel Brigade, a rival militia.",
    "Marten Vahl, a spokesman for the ODF, denied that the group had attacked Varno and blamed the massacre on the "
    "Kessel Brigade.",
    "The ODF denied that its men had entered Varno and attributed the killings to the Kessel Brigade.",
])
def test_a_denial_that_blames_the_killings_on_a_named_group_asserts_too(extract, words):
    doc = extract(_RAID + words)
    said = _holding(doc, words[:20])
    assert any(s["stance"] == "denies" for s in said), doc["statements"]
    assert any(s["stance"] == "asserts" and any("kessel" in r for r in s.get("regarding", [])) for s in said), \
        doc["statements"]


def test_blaming_the_killings_on_an_unnamed_group_is_one_denial(extract):
    words = "The ODF's spokesman, Marten Vahl, denied that its fighters had harmed anyone and blamed the killings " \
        "on bandits."
    doc = extract(_RAID + words)
    said = _holding(doc, words[:20])
    assert said and all(s["stance"] == "denies" for s in said), doc["statements"]
