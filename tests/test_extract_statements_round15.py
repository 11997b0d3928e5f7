"""Statements, round 15 of issue #12: error classes seen on the fourteenth
held-out set, each with new fictional sentences (not the documents' own) and
negative controls. A document dated Tuesday 2025-06-10; the knowledge base's
own entities plus every state."""

from __future__ import annotations

from .extract_cases import extract, stances  # noqa: F401 - extract is a fixture


def _said_by(doc, speaker):
    return [s for s in doc["statements"] if s["speaker"] == speaker]


# ---------------------------------------------------------------- 1. the issuer of a two-part masthead narrates
def test_a_body_named_in_the_second_part_of_a_masthead_line_narrates(extract):
    doc = extract("REPUBLIC OF OSTLAND\nMINISTRY OF DEFENCE - NAVAL POLICE\n\nPress release 12/2025\n\n"
                  "The Naval Police announces that its launches stopped a fishing boat carrying rifles for the "
                  "Red Hand Brigade off Valdor on Sunday.")
    assert not [s for s in doc["statements"] if "naval-police" in s["speaker"]], doc["statements"]


def test_a_body_the_masthead_does_not_name_still_speaks(extract):
    # control: the masthead names another body
    doc = extract("REPUBLIC OF OSTLAND\nMINISTRY OF DEFENCE - PRESS OFFICE\n\nPress release 12/2025\n\n"
                  "The Naval Police said that a fishing boat had carried rifles for the Red Hand Brigade.")
    assert [s for s in doc["statements"] if "naval-police" in s["speaker"]], doc["statements"]
