"""Statements and sanctions measures, round 14 of issue #12: error classes
seen on the thirteenth held-out set, each with new fictional sentences (not
the documents' own) and negative controls. A document dated Tuesday
2025-06-10; the knowledge base's own entities plus every state."""

from __future__ import annotations

from .extract_cases import extract, stances as _stances  # noqa: F401 - extract is a fixture


def _said_by(doc, speaker):
    return [s for s in doc["statements"] if s["speaker"] == speaker]


# ---------------------------------------------------------------- 1. a body's own step of procedure is no statement
def test_a_ministry_opening_an_inspection_makes_no_statement(extract):
    doc = extract("Kovar Trading sold rifles to the Red Hand Brigade, the police said. "
                  "Ostland's Ministry of Trade said it had opened an inspection of the firm's export permits.")
    assert not [s for s in doc["statements"] if "trade" in s["speaker"]], doc["statements"]


def test_a_ministry_examining_records_makes_no_statement(extract):
    doc = extract("Kovar Trading sold rifles to the Red Hand Brigade, the police said. "
                  "Ostland's Ministry of Trade has informed the police that it is examining the firm's records.")
    assert not [s for s in doc["statements"] if "trade" in s["speaker"]], doc["statements"]


def test_a_ministry_saying_what_it_found_still_speaks(extract):
    # control: a finding about a fact, not a step of procedure
    doc = extract("Kovar Trading sold rifles to the Red Hand Brigade, the police said. "
                  "Ostland's Ministry of Trade said it had never licensed the firm to export weapons.")
    assert [s for s in doc["statements"] if "trade" in s["speaker"]], doc["statements"]


# ---------------------------------------------------------------- 2. an inquiry that failed, about no claim coded
def test_a_panel_unable_to_identify_who_sent_nothing_coded_makes_no_statement(extract):
    doc = extract("UN Panel of Experts on Ostland\n\nThe experts examined crates of mortar bombs at Valdor. "
                  "The Panel has not been able to identify who packed the crates.")
    assert not [s for s in doc["statements"] if "packed" in str(s.get("evidence"))], doc["statements"]
