"""Round 39, trade area (arms transfers and sanctions), tuned on heldout41.

1. "All transfers of arms to X remain prohibited by the embargo", "the embargo bars the supply of weapons to X":
   a transfer that a ban forbids is a rule, no delivery (eventchecks.py ``_prohibited``, verbs.yaml
   ``prohibiting``).
"""
from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401

FRONT = "FICTIONAL TEST DOCUMENT.\n\n"


def _recipients(doc) -> set:
    return {r for c in claims(doc, "ArmsTransfer") for r in ([c.get("recipient")] if isinstance(
        c.get("recipient"), str) else c.get("recipient") or [])}


# ---------------------------------------------------------------- 1. a transfer a ban forbids
@pytest.mark.parametrize("text", [
    FRONT + "The Velmor Front is active in the hills of Kessia. All transfers of arms to the Velmor Front without "
    "the Committee's approval remain prohibited by the embargo imposed in resolution 4410 (2029).",
    FRONT + "The Velmor Front is active in the hills of Kessia. Deliveries of weapons to the Velmor Front are "
    "banned under the regional agreement.",
    FRONT + "The Velmor Front is active in the hills of Kessia. The resolution prohibits the supply of rifles to "
    "the Velmor Front.",
])
def test_a_transfer_a_ban_forbids_is_no_transfer(extract, text):
    doc = extract(text)
    assert "velmor-front" not in _recipients(doc), claims(doc, "ArmsTransfer")


def test_a_delivery_in_breach_of_a_ban_is_a_transfer(extract):
    doc = extract(FRONT + "The Velmor Front is active in the hills of Kessia. In March a trucking firm delivered "
                  "forty assault rifles to the Velmor Front.")
    assert "velmor-front" in _recipients(doc), claims(doc, "ArmsTransfer")
