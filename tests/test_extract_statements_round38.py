"""Statements, round 38 of issue #12: an accused side's own account that recasts
what it is accused of, read as a denial: the dead said to have died by accident
or "killed by X, not by Y", and a cargo named harmless under "his"/"her"
("his barges had carried fuel and cement"). Fictional sentences and controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_SESHEKE = ("LIVINGSTONE, Zambia, May 14 (Wire) - Soldiers of the Zambia Army shot dead five fishermen near Sesheke "
            "on Sunday, the Barotse Rights Forum said. ")


# ------------------------------------------- 1. the dead said to have died by accident, or by another hand
@pytest.mark.parametrize("words", [
    'A Zambia Army spokesman, Major Chanda Mwansa, wrote to us on Monday that the five men had died "in a fall '
    'from a boat".',
    "The Zambia Army said the fishermen had drowned when they died in an accident on the river.",
    "In a statement on Monday, the Zambia Army said the five men had died in a road crash near Sesheke.",
    'A Zambia Army spokesman, Major Chanda Mwansa, told reporters that the men had been "killed by smugglers, not '
    'by our soldiers".',
    "The Zambia Army said the five fishermen were killed by a rival gang, not by the army.",
])
def test_the_dead_said_to_have_died_by_accident_or_another_hand_deny(extract, words):
    doc = extract(_SESHEKE + words)
    found = _holding(doc, words[:25])
    assert [s["stance"] for s in found] == ["denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Barotse Rights Forum said two children had died in a fall while fleeing the soldiers.",
    "The Zambia Army said the five fishermen were killed by its soldiers near Sesheke.",
    "The Barotse Rights Forum said the men were killed by soldiers, not by smugglers.",
])
def test_accidents_told_by_others_or_own_deeds_deny_nothing(extract, words):
    doc = extract(_SESHEKE + words)
    assert not [s for s in _holding(doc, words[:25]) if s["stance"] == "denies"], doc["statements"]


# ------------------------------------------- 2. "his barges had carried fuel": a cargo named harmless denies
_BARGES = ("The Panel has established that Kivara Shipping carried 80 rifles to the Karst Liberation Army on its "
           "barges in May. ")


@pytest.mark.parametrize("words", [
    'The company\'s owner, Piet Lindqvist, told the Panel on 3 June that his barges had carried "timber and '
    'cement, as the papers show".',
    "The company's owner, Piet Lindqvist, said his trucks carried only maize flour.",
    "The company's director, Anna Lindqvist, told the Panel that her boats had carried dried fish and salt.",
])
def test_a_cargo_named_harmless_under_his_or_her_denies(extract, words):
    doc = extract(_BARGES + words)
    assert [s["stance"] for s in _holding(doc, words[:25])] == ["denies"], doc["statements"]


def test_his_barges_carrying_rifles_is_no_denial(extract):
    # control: the owner names arms in his barges' cargo
    words = "The company's owner, Piet Lindqvist, told the Panel that his barges had carried rifles."
    doc = extract(_BARGES + words)
    assert not [s for s in _holding(doc, words[:25]) if s["stance"] == "denies"], doc["statements"]
