"""Statements, round 34 of issue #12: classes of missed denials seen on
heldout36, each with new fictional sentences (not the documents' own), in
several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_RAID = ("HALDEN, May 2 (Wire) - Gunmen of the Kessel Brigade, an armed group led by Jon Marsk, killed nine traders "
         "at a market in Varno on Sunday, residents said. ")


# ------------------------------------------- 1. the dead recast as enemy agents or outlaws: denies the killing
@pytest.mark.parametrize("words", [
    "The Kessel Brigade's spokesman, Petr Ulvin, said that those killed had been \"armed infiltrators from the "
    "hills\".",
    "The Kessel Brigade's spokesman, Petr Ulvin, told reporters that the victims had been gangsters from the port.",
    "The Kessel Brigade's spokesman, Petr Ulvin, said on Monday that the men were \"arms smugglers who fired "
    "first\".",
    "The Kessel Brigade's spokesman, Petr Ulvin, said the dead were kidnappers from the coast.",
])
def test_dead_recast_as_agents_or_outlaws_denies(extract, words):
    doc = extract(_RAID + words)
    assert any(s["speaker"] == "petr-ulvin" and s["stance"] == "denies" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_dead_called_spies_by_their_killers_is_no_denial(extract):
    # control: the side that names the dead spies claims their execution, it does not deny it
    words = "The Kessel Brigade's spokesman, Petr Ulvin, said the men were \"spies who received their judgement\"."
    doc = extract(_RAID + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


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


# ------------------------------------------- 3. a panel's "confirmed" in its own report (named in a heading): asserts
_PANEL_HEAD = ("United Nations Security Council\n\nPanel of Experts on Ostland: summary of the final report on Varno "
               "district\n\nNew York, 2 May 2030\n\nThe Panel of Experts on Ostland presented its final report to "
               "the Committee on 20 April. ")


@pytest.mark.parametrize("words", [
    "The Panel confirmed that Kessel Brigade fighters killed at least 12 traders when they attacked the market of "
    "Varno on 3 March.",
    "The Panel confirmed that Kessel Brigade militiamen killed at least seven herders, most of them boys, when they "
    "raided the cattle camp of Orla on 5 April.",
    "The Panel confirmed that Kessel Brigade gunmen killed at least 14 miners, most of them teenagers, when they "
    "overran the gold pit of Sallow on 2 May.",
    "The Panel has confirmed that Kessel Brigade fighters killed at least 30 villagers, among them two teachers, when "
    "they stormed the village of Dunmere in June.",
])
def test_panel_confirming_in_its_own_report_asserts(extract, words):
    doc = extract(_PANEL_HEAD + words)
    found = _holding(doc, words[:25])
    assert found and all(s["stance"] == "asserts" for s in found), doc["statements"]


def test_panel_confirming_in_a_wire_report_concurs(extract):
    # control: a panel that is no heading of the document confirms what was reported before: a concurrence
    words = "The Panel of Experts on Ostland confirmed to reporters that the Kessel Brigade had attacked the market."
    doc = extract(_RAID + words)
    assert any(s["stance"] == "concurs" for s in _holding(doc, words[:25])), doc["statements"]
