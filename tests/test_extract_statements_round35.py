"""Statements, round 35 of issue #12: classes of missed denials seen on
heldout37, each with new fictional sentences (not the documents' own), in
several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_RAID = ("HALDEN, May 2 (Wire) - Soldiers of the Varnish Army shot dead three herders on a track near Kolby on "
         "Sunday, residents said. ")


# ------------------------------------------- 1. the dead "killed in combat" / "the three" as the dead: denies
@pytest.mark.parametrize("words", [
    "The army's spokesman, Colonel Petr Ulvin, told reporters on Monday that the three had been \"rebel scouts "
    "killed in combat\".",
    "The army's spokesman, Colonel Petr Ulvin, said the herders had died in battle.",
    "The army's spokesman, Colonel Petr Ulvin, said on Monday that the men were killed in fighting with troops.",
])
def test_dead_killed_in_combat_denies(extract, words):
    doc = extract(_RAID + words)
    assert any(s["speaker"] == "petr-ulvin" and s["stance"] == "denies" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_own_dead_in_combat_is_no_denial(extract):
    # control: a side telling of its own men killed in combat denies nothing
    words = "The army's spokesman, Colonel Petr Ulvin, said two of its soldiers had been killed in combat."
    doc = extract(_RAID + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 2. "Writing to X, the spokesman insisted that ...": the main verb reports
_MASSACRE = ("HALDEN, May 2 (Wire) - Fighters of the Kessel Brigade, an armed group led by Jon Marsk, killed nine "
             "traders at a market in Varno on Sunday, residents said. ")


@pytest.mark.parametrize("words", [
    "Writing to the commission, the Kessel Brigade's spokesman, Petr Ulvin, maintained that the traders had died at "
    "the hands of \"bandits from across the river\".",
    "Speaking to reporters in Halden, the Kessel Brigade's spokesman, Petr Ulvin, insisted that the traders had been "
    "killed by smugglers.",
    "Replying to the inquiry, the Kessel Brigade's spokesman, Petr Ulvin, maintained that road bandits had killed "
    "the traders.",
])
def test_participle_frame_rebuttal_denies(extract, words):
    doc = extract(_MASSACRE + words)
    assert any(s["speaker"] == "petr-ulvin" and s["stance"] == "denies" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_participle_frame_plain_report_is_no_denial(extract):
    # control: a monitor framed the same way that only reports the killing denies nothing
    words = "Writing to the commission, the Varno Human Rights League said that Kessel Brigade fighters had killed " \
            "the traders."
    doc = extract(_MASSACRE + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 3. "X did nothing wrong, his lawyer, Y, told a court": the lawyer speaks
_CHARGE = ("HALDEN, May 2 (Wire) - Police charged a Varno trader, Emil Drosk, with selling rifles to the Kessel "
           "Brigade, an armed group, in 2029. ")


@pytest.mark.parametrize("words", [
    "The trader, Emil Drosk, sold nothing but tractors and seed, his lawyer, Maja Fenn, told a court in Halden on "
    "Tuesday.",
    "Drosk had never handled a rifle, his lawyer, Maja Fenn, told reporters on Tuesday.",
    "The trader, Emil Drosk, has never sold a weapon, his lawyer, Maja Fenn, said.",
])
def test_trailing_counsel_speaks(extract, words):
    doc = extract(_CHARGE + words)
    mine = _holding(doc, words[:20])
    assert any(s["speaker"] == "maja-fenn" and s["stance"] == "denies" for s in mine) and \
        not any(s["speaker"] == "emil-drosk" for s in mine), doc["statements"]


def test_trailing_witness_report_is_no_denial(extract):
    # control: a witness who tells what the trader sold, in the same inverted form, denies nothing
    words = "The trader, Emil Drosk, sold rifles and grenades, his neighbour, Maja Fenn, told a court in Halden."
    doc = extract(_CHARGE + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 4. the charge said to exist only in someone's imagination: denies
@pytest.mark.parametrize("words", [
    "His lawyer, Maja Fenn, told reporters the rifles \"exist only in a police informant's imagination\".",
    "His lawyer, Maja Fenn, said the sales were \"a figment of the prosecutor's imagination\".",
    "His lawyer, Maja Fenn, said on Tuesday that the rifles existed only in the minds of the police.",
])
def test_charge_only_imagined_denies(extract, words):
    doc = extract(_CHARGE + words)
    assert any(s["speaker"] == "maja-fenn" and s["stance"] == "denies" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_existing_only_somewhere_is_no_denial(extract):
    # control: a place where something exists only is no claim made up
    words = "His lawyer, Maja Fenn, said such rifles exist only in the northern depots of the army."
    doc = extract(_CHARGE + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 5. "accused of informing": the deed charged is no act of saying
@pytest.mark.parametrize("words", [
    "Varno, Halden, 12 April. At dawn, about a dozen gunmen of the Kessel Brigade (KB), a dissident faction commanded "
    "by Jon Marsk, alias \"Tero\", entered the fishing hamlet of Varno and shot five men they accused of informing "
    "for the army.",
    "Varno, 12 April. About a dozen gunmen of the Kessel Brigade (KB), a faction commanded by Jon Marsk, alias "
    "\"Tero\", entered Varno and killed three men they accused of informing for the police.",
    "Varno, 12 April. About a dozen gunmen of the Kessel Brigade (KB), a faction commanded by Jon Marsk, alias "
    "\"Tero\", entered Varno and killed two boatmen they suspected of informing for the navy.",
])
def test_accused_of_informing_is_no_statement(extract, words):
    doc = extract(words)
    assert not any(s["speaker"] == "kessel-brigade" for s in doc["statements"]), doc["statements"]


def test_informing_said_is_a_statement(extract):
    # control: a body that informs (says) something still speaks
    words = "HALDEN, May 2 (Wire) - The Kessel Brigade, an armed group, informed the UN mission on Monday that its " \
            "fighters had left Varno."
    doc = extract(words)
    assert any(s["speaker"] == "kessel-brigade" for s in doc["statements"]), doc["statements"]
