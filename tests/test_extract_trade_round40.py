"""Round 40, trade area (arms transfers and sanctions), tuned on heldout42.

(A rule on "..., police say" was tried and withdrawn: it cost correct transfers on heldout22-34.)
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
