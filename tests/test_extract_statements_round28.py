"""Statements, round 28 of issue #12: classes of wrong or missed statements
seen on heldout30, each with new fictional sentences (not the documents'
own), in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _holding(doc, words: str) -> list:
    return [s for s in doc["statements"] if any(words in e for e in
                                                (s["evidence"] if isinstance(s["evidence"], list) else [s["evidence"]]))]


# ------------------------------------------- 1. a release whose masthead names the body "of <its state>": own voice
_BODY = "The Torva Liberation Front (TLF) has held the town of Orsk in Kessel province since March. "


@pytest.mark.parametrize("masthead, words", [
    ("Ministry of Foreign Affairs of the Republic of Estonia", "According to the Ministry, the TLF has some 900 fighters."),
    ("Ministry of Defence of Latvia", "The Ministry said the TLF has some 900 fighters."),
    ("Ministry of Finance of the Lithuanian Republic", "The Ministry puts the TLF's strength at some 900 fighters."),
])
def test_a_ministry_of_its_state_in_its_own_masthead_narrates(extract, masthead, words):
    doc = extract(f"{masthead}\n\nPress release\n\nTallinn, 3 June 2025\n\nGovernment freezes TLF assets\n\n"
                  + _BODY + words)
    assert not _holding(doc, words[:20]), doc["statements"]


def test_another_ministry_in_a_masthead_body_still_speaks(extract):
    words = "The Ministry of Defence said the TLF has some 900 fighters."
    doc = extract("Ministry of Foreign Affairs of the Republic of Estonia\n\nPress release\n\nTallinn, 3 June 2025\n\n"
                  "Government freezes TLF assets\n\n" + _BODY + words)
    assert _holding(doc, words[:20]), doc["statements"]
