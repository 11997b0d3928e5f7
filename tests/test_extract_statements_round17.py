"""Statements, round 17 of issue #12: error classes seen on the sixteenth
held-out set, each with new fictional sentences (not the documents' own), in
several wordings, and negative controls. A document dated Tuesday 2025-06-10;
the knowledge base's own entities plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, stances  # noqa: F401 - extract is a fixture


def _said_by(doc, speaker):
    return [s for s in doc["statements"] if s["speaker"] == speaker]


_KILLED = "Soldiers killed three {} in Varna on Friday, residents said. "


# ---------------------------------------------------------------- 1. the dead recast as combatants deny the killing
@pytest.mark.parametrize("victims, words", [
    ("men", "The army spokesman, Colonel Pavel Drosk, told reporters on Monday that the three men were "
            "\"bandits killed while fleeing arrest\"."),
    ("men", "The Ostland Army said the dead were members of the Red Hand Brigade."),
    ("villagers", "In a statement, the Ostland Army said the victims had been insurgents armed with rifles."),
    ("farmers", "According to the Ostland Army, which issued a statement on Sunday, the dead were militants and "
                "terrorists."),
])
def test_calling_the_dead_combatants_denies_the_killing(extract, victims, words):
    doc = extract(_KILLED.format(victims) + words)
    denials = [s for s in doc["statements"] if s["stance"] == "denies"]
    assert denials and any(r.startswith("killings-in-varna") for r in denials[0]["regarding"]), doc["statements"]


@pytest.mark.parametrize("words", [
    "The Ostland Army said the attackers were fighters of the Red Hand Brigade.",  # the killers, not the dead
    "The Ostland Army said the victims were not fighters.",  # negated: no recasting
])
def test_naming_the_attackers_or_clearing_the_dead_does_not_deny(extract, words):
    doc = extract(_KILLED.format("villagers") + words)
    assert not [s for s in doc["statements"] if s["stance"] == "denies"], doc["statements"]


def test_men_arrested_called_members_deny_nothing(extract):
    doc = extract("The Ostland Army arrested three men in Varna on Friday. Police said the men were members of the "
                  "Red Hand Brigade.")
    assert not [s for s in doc["statements"] if s["stance"] == "denies"], doc["statements"]
