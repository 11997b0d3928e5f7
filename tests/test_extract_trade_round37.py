"""Round 37, trade area (arms transfers), tuned on heldout39.

1. "declared as transit cargo for Chad", "consignments of rifles for Mali": a state after "for" on a transfer noun
   is where the cargo goes, not its recipient (verbs.yaml, the transfer nouns' ``slot_not_class``); "a delivery of
   rifles to Zambia" still has the state for recipient.
"""
from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401

FRONT = "FICTIONAL TEST DOCUMENT.\n\n"


def _recipients(doc) -> set:
    return {c["recipient"] for c in claims(doc, "ArmsTransfer")}


# ---------------------------------------------------------------- 1. a state after "for": a destination
@pytest.mark.parametrize("text,state", [
    (FRONT + "Officers at the port of Varnel found 40 assault rifles sewn into sacks of maize. The sacks had been "
     "declared as transit cargo for Niger.", "niger"),
    (FRONT + "Customs officers seized 12 machine guns hidden in a container of tiles. The container was unloaded on "
     "3 May as a transit consignment for Mali.", "mali"),
    (FRONT + "Inspectors found 300 hand grenades in crates of tractor parts at the Kesto dry port. The crates were "
     "declared as transit freight cargo for Zambia.", "zambia"),
])
def test_a_state_after_for_is_a_destination(extract, text, state):
    assert state not in _recipients(extract(text)), _recipients(extract(text))


def test_a_state_after_to_is_still_a_recipient(extract):
    doc = extract(FRONT + "The Panel documented the delivery of 40 assault rifles to Zambia by Harlow Arms Ltd in May.")
    assert "zambia" in _recipients(doc), _recipients(doc)
