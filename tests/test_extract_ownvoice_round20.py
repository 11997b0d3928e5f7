"""Statements, round 20 of issue #12: a monitor's explicit findings in its own
voice are its statements (the reading of heldout15-19, adopted for every gold
file in round 20), in wordings of our own with invented names, and negative
controls: a press release's "we", a quoted person's "we", plain narration."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture

_REPORT = """{masthead}
Field report No. 2/2026 | Pellam, 14 March 2026

Killings in the Sorrel hills

On 3 March, fighters of the Black Reed Front entered the village of Tessel, gathered the men at the well and \
shot them. {tessel}

On 6 March, soldiers of the Vardenian army opened fire on traders at the market in Brakka, killing seven \
people. {brakka}
"""
_MONITOR = "Sorrel Hills Rights Watch (SHRW)"


def _monitor_statements(doc) -> list:
    monitor = [e for e in doc["entities"] if e["label"] == "Sorrel Hills Rights Watch"]
    assert monitor and monitor[0]["type"] == "Organisation", doc["entities"]
    return [s for s in doc["statements"] if s["speaker"] == monitor[0]["id"]]


@pytest.mark.parametrize("tessel, brakka", [
    ("SHRW has verified the names of 11 civilians who died there.",
     "We therefore believe that soldiers of the Vardenian army took part."),
    ("Burial records seen by our team show that 11 civilians were killed.",
     "On the evidence we gathered, the soldiers at the market bear responsibility for these deaths."),
    ("We attribute the killings to the Black Reed Front.",
     "Hospital registers reviewed by SHRW show that all seven people killed in Brakka were unarmed."),
    # a finding that names nothing is about the killing just narrated
    ("We confirmed eleven deaths.", "We found no evidence that the traders were armed."),
])
def test_a_monitor_s_findings_in_its_own_voice_are_its_statements(extract, tessel, brakka):
    mine = _monitor_statements(extract(_REPORT.format(masthead=_MONITOR, tessel=tessel, brakka=brakka)))
    assert len(mine) == 2 and all(s["stance"] == "asserts" for s in mine), mine
    assert any("tessel" in r for r in mine[0]["regarding"]) and any("brakka" in r for r in mine[1]["regarding"]), mine


def test_a_hyphenated_masthead_names_the_monitor(extract):
    doc = extract(_REPORT.format(masthead="Council for Civil Liberties - Sorrel Region (CCL-SR)",
                                 tessel="We documented the deaths of 11 civilians.", brakka=""))
    monitor = [e for e in doc["entities"] if e["label"].startswith("Council for Civil Liberties")]
    assert monitor and any(s["speaker"] == monitor[0]["id"] for s in doc["statements"]), doc["statements"]


@pytest.mark.parametrize("masthead, tessel, brakka", [
    # a government's press release narrates in its own voice
    ("Vardenian Ministry of the Interior", "We have verified the names of 11 civilians who died there.",
     "We therefore believe that the traders were armed."),
    # a quoted person's "we" is that person's, not the monitor's
    (_MONITOR, '"We found eleven bodies by the well," a farmer told SHRW.',
     '"We saw no weapons," said Ilsa Morrow, a nurse at the Brakka clinic.'),
    # plain narration, methods and doubts make no statement
    (_MONITOR, "Eleven civilians were killed.", "We interviewed 14 witnesses and could not establish who fired first."),
    # a total over several incidents is about no one event
    (_MONITOR, "Eleven civilians were killed.", "We count at least 18 people killed across the two attacks."),
])
def test_no_monitor_statement_for_a_release_a_quote_or_narration(extract, masthead, tessel, brakka):
    doc = extract(_REPORT.format(masthead=masthead, tessel=tessel, brakka=brakka))
    ours = {"sorrel-hills-rights-watch", "shrw", "vardenian-ministry-of-the-interior"}
    assert not [s for s in doc["statements"] if s["speaker"] in ours], doc["statements"]


def test_a_monitor_s_finding_has_a_channel_of_the_vocabulary(extract):
    """Regression (review): the finding carried channel 'report', which no channel of the ontology is, so
    `kb review accept` refused it."""
    mine = _monitor_statements(extract(_REPORT.format(masthead=_MONITOR, tessel="We confirmed eleven deaths.",
                                                      brakka="")))
    assert mine and {s["channel"] for s in mine} == {"written-statement"}, mine
