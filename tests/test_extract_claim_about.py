"""Regression (new-user trial, 2 December 2026): a free-text claim was "about"
the dateline's city ("told reporters in Nairobi") although that city, named
only in passing, was never proposed, so `kb review accept --source` failed on
an unknown id. Every id a candidate refers to is a known or proposed entity."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture

_LEAD = ("Ostland designates Kora Hills Front as terrorist group\n\nVARNA, March 3, 2028 - Ostland's government on "
         "Friday designated the Kora Hills Front (KHF) as a terrorist organisation after an attack on a market.\n\n")


@pytest.mark.parametrize("words", [
    '"The Kora Hills Front has turned into a criminal enterprise that preys on traders," Interior Minister Daniel '
    'Mutua told reporters in Varna.',
    'Speaking in Varna, Interior Minister Daniel Mutua said the Kora Hills Front "has turned into a criminal '
    'enterprise that preys on traders".',
    '"The KHF has become a gang of extortionists," the interior minister, Daniel Mutua, said at a news conference in '
    'Varna.',
])
def test_a_claim_is_about_no_id_left_unproposed(extract, words):
    doc = extract(_LEAD + words)
    proposed = {e["id"] for e in doc["entities"]}
    about = [c for c in doc["claims"] if c["type"] == "Claim"]
    assert about, doc["claims"]
    for claim in about:
        assert "kora-hills-front" in claim["about"], claim
        assert all(i in proposed or i in ("ostland",) for i in claim["about"]), (claim["about"], proposed)
