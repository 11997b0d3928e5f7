"""Round 40, trade area (arms transfers and sanctions), tuned on heldout42.

1. "grenades have also reached it from across the border, police say": a pronoun read as the body that reports
   the clause in a saying verb written after it (by name or by a word of its name) is no recipient
   (eventchecks.py ``_misread_pronoun``, verbs.yaml ``trailing_sayers``).
2. "was trucked into Nigeria from Cameroon", "smuggled into Niger": a state or place after "into" is the cargo's
   route, no recipient (verbs.yaml ArmsTransfer ``slot_not_class`` on ``prep:into``).
"""
from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401

FRONT = "FICTIONAL TEST DOCUMENT.\n\n"


def _recipients(doc) -> set:
    return {r for c in claims(doc, "ArmsTransfer") for r in ([c.get("recipient")] if isinstance(
        c.get("recipient"), str) else c.get("recipient") or [])}


# ---------------------------------------------------------------- 1. "it" is not the body that says so
@pytest.mark.parametrize("text,reporter", [
    (FRONT + "The spokesman of the Kessian National Police (KNP), Aro Venn, said on Monday that the rifles had been "
     "meant for Los Tarselos, a smuggling clan in Varno. Police intelligence indicates that the clan is headed by "
     "Pim Oster; mortars have also reached it from across the river, police say.", "kessian-national-police"),
    (FRONT + "The Varno Border Guard intercepted a lorry near Tarsel on Friday, its commander, Hal Deren, said. "
     "Officers believe the gang is run by Joss Amber, and machine guns have reached it through the forest, the "
     "Varno Border Guard said.", "varno-border-guard"),
    (FRONT + "The Ostrel Customs Service searched a barge at Pell on Sunday. Customs officers say the gang runs the "
     "docks; pistols have also reached it by boat, customs officers say.", "ostrel-customs-service"),
])
def test_it_is_not_the_reporter_that_says_so_after_the_clause(extract, text, reporter):
    doc = extract(text)
    assert reporter not in _recipients(doc), claims(doc, "ArmsTransfer")


def test_a_group_the_text_names_receives_arms(extract):
    doc = extract(FRONT + "The Kessian National Police (KNP) seized forty rifles in Varno on Monday. Mortars have "
                  "also reached the Red Hand Brigade from across the river, police say.")
    assert "red-hand-brigade" in _recipients(doc), claims(doc, "ArmsTransfer")


# ---------------------------------------------------------------- 2. a state the cargo enters is its route
@pytest.mark.parametrize("text,state", [
    (FRONT + "The cargo of 300 rifles left the port of Pell declared as sporting goods and was trucked into Chad "
     "from Cameroon.", "chad"),
    (FRONT + "The rifles were smuggled into Niger by river in May, the report says.", "niger"),
    (FRONT + "Two hundred pistols were flown into Mali from Varno in March, according to the Panel.", "mali"),
])
def test_a_state_the_cargo_enters_is_no_recipient(extract, text, state):
    doc = extract(text)
    assert state not in _recipients(doc), claims(doc, "ArmsTransfer")


def test_a_group_sent_arms_into_a_state_still_receives_them(extract):
    doc = extract(FRONT + "The Velmor Front is active in the hills of Kessia. A trucking firm delivered forty "
                  "assault rifles to the Velmor Front in March.")
    assert "velmor-front" in _recipients(doc), claims(doc, "ArmsTransfer")
