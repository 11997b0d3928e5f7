"""Statements and sanctions measures, round 12 of issue #12: error classes seen
on the eleventh held-out set, each with new fictional sentences (not the
documents' own) and negative controls. A document dated Tuesday 2025-06-10;
the knowledge base's own entities plus every state."""

from __future__ import annotations

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _measures(doc):
    return [c for c in doc["claims"] if c["type"] == "SanctionsMeasure"]


def _stances(doc):
    return {(s["speaker"], s["stance"]) for s in doc["statements"]}


def _by(doc):
    return {(m.get("authority"), frozenset(m.get("targets") or []), m.get("status")) for m in _measures(doc)}


# ---------------------------------------------------------------- 1. "shares X's assessment", "confirming X's finding"
def test_sharing_another_party_s_assessment_concurs(extract):
    doc = extract('The Minister of Security, Ana Petri, said the government "welcomes and shares the Council\'s '
                  'assessment" of the group.')
    assert ("ana-petri", "concurs") in _stances(doc), doc["statements"]


def test_a_participle_confirming_a_finding_concurs(extract):
    doc = extract("The regional governor, Lena Dorsi, said the port had been held by the group for a year, "
                  "confirming the Council's finding.")
    assert ("lena-dorsi", "concurs") in _stances(doc), doc["statements"]


def test_not_sharing_an_assessment_does_not_concur(extract):
    # control: the negated verb is no concurrence
    doc = extract("The Minister of Security, Ana Petri, said that the government does not share the Council's "
                  "assessment of the group.")
    assert ("ana-petri", "concurs") not in _stances(doc), doc["statements"]
