"""Speakers of round 37 (issue #12): a state's body named after the state's
possessive ("Chad's Ministry of Foreign Affairs welcomed ...") when a shorter
name inside it ("the Ministry", another state's ministry of the same name) is
already known: the state's own body speaks, not the known one."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _speakers(doc):
    return {(s["speaker"], s["stance"]) for s in doc["statements"]}


def _release(masthead: str, body: str) -> str:
    return f"{masthead}\n\nPress release\n\nVaresk, 3 June 2025\n\nAssets of armed group frozen\n\n{body}"


@pytest.mark.parametrize("masthead, body, speaker", [
    ("Ministry of Foreign and European Affairs of the Slovak Republic",
     "Kestria froze the assets of the Dorvane Front on Monday. According to the Ministry, the group bought 40 "
     "machine guns from a broker in Osterby. Chad's Ministry of Foreign Affairs welcomed the decision in a "
     "statement.", "ministry-of-foreign-affairs-of-chad"),
    ("Ministry of Foreign Affairs of the Slovak Republic",
     "Kestria froze the assets of the Dorvane Front on Monday. Mali's Ministry of Foreign Affairs welcomed the "
     "decision in a note verbale delivered through its embassy in Varesk.", "ministry-of-foreign-affairs-of-mali"),
    ("Ministry of Foreign Affairs of the Republic of Estonia",
     "Kestria froze the assets of the Dorvane Front on Monday. Niger's Ministry of Foreign Affairs said it shared "
     "Kestria's findings on the supply route.", "ministry-of-foreign-affairs-of-niger"),
    ("Ministry of Foreign Affairs of the Kingdom of Norway",
     "Norway listed the Dorvane Front on Monday. Nigeria's Ministry of Foreign Affairs told reporters in Abuja that "
     "it supported the listing.", "ministry-of-foreign-affairs-of-nigeria"),
])
def test_a_states_possessed_body_speaks_over_a_known_shorter_name(extract, masthead, body, speaker):
    doc = extract(_release(masthead, body))
    assert speaker in {s for s, _ in _speakers(doc)}, (_speakers(doc), [e["id"] for e in doc["entities"]])


def test_the_states_own_known_body_is_not_doubled(extract):
    # negative control: the body already known as the state's own stays the one entity
    doc = extract(_release("Ministry of Foreign Affairs of Chad", "Chad froze the assets of the Dorvane Front on "
                           "Monday. Chad's Ministry of Foreign Affairs said the group had 500 fighters."))
    assert not any(e["id"] == "ministry-of-foreign-affairs-of-chad" and e["id"] != s for e in doc["entities"]
                   for s, _ in _speakers(doc)), (_speakers(doc), [e["id"] for e in doc["entities"]])
