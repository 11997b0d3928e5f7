"""Statements, round 34 of issue #12: classes of missed denials seen on
heldout36, each with new fictional sentences (not the documents' own), in
several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture

_RAID = ("HALDEN, May 2 (Wire) - Gunmen of the Kessel Brigade, an armed group led by Jon Marsk, killed nine traders "
         "at a market in Varno on Sunday, residents said. ")


def _holding(doc, words: str) -> list:
    return [s for s in doc["statements"] if any(words in e for e in
                                                (s["evidence"] if isinstance(s["evidence"], list) else [s["evidence"]]))]


# ------------------------------------------- 1. the dead recast as enemy agents or outlaws: denies the killing
@pytest.mark.parametrize("words", [
    "The Kessel Brigade's spokesman, Petr Ulvin, said that those killed had been \"armed infiltrators from the "
    "hills\".",
    "The Kessel Brigade's spokesman, Petr Ulvin, told reporters that the victims had been army informers.",
    "The Kessel Brigade's spokesman, Petr Ulvin, said on Monday that the men were \"arms smugglers who fired "
    "first\".",
    "The Kessel Brigade's spokesman, Petr Ulvin, said the dead were spies of the army.",
])
def test_dead_recast_as_agents_or_outlaws_denies(extract, words):
    doc = extract(_RAID + words)
    assert any(s["speaker"] == "petr-ulvin" and s["stance"] == "denies" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_others_called_smugglers_is_no_denial(extract):
    # control: the speaker's words name smugglers who are not the dead
    words = "The Kessel Brigade's spokesman, Petr Ulvin, said the market had been full of smugglers."
    doc = extract(_RAID + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 2. the charge said to rest on an informer's word: denies
@pytest.mark.parametrize("words", [
    "Jon Marsk's lawyer, Ida Fenn, said the charge rested on \"the word of a paid informant\".",
    "Jon Marsk's lawyer, Ida Fenn, said the case against him relied on the testimony of a single informer.",
    "Jon Marsk's lawyer, Ida Fenn, told the court the accusation was based on the say-so of an informant.",
])
def test_charge_resting_on_an_informers_word_denies(extract, words):
    doc = extract(_RAID + words)
    assert any(s["speaker"] == "ida-fenn" and s["stance"] == "denies" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_an_informer_named_as_a_source_is_no_denial(extract):
    # control: a case built with an informer's help, told without the words of a basis, is no denial
    words = "Jon Marsk's lawyer, Ida Fenn, said the police had paid an informant in Varno."
    doc = extract(_RAID + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]
