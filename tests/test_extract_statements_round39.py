"""Statements, round 39 of issue #12: a bare rejection told on by "Its <post>, Y," whose own version codes no
fact is one denial by Y (also "denied any knowledge of the weapons"), and a finding "consistent with the police
account" or that "supported our findings" concurs. Fictional sentences and controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_LEAD = ("KORVAN, Feb 3 (Wire) - Customs officers in Korvan seized 40 rifles hidden in a shipment of frozen fish "
         "consigned to Pesquera Lindoral S.A., a wholesaler in the port, police said. ")


# ------------------------------------------- 1. a bare rejection and the voice's own version: one denial
@pytest.mark.parametrize("words", [
    'Pesquera Lindoral denied any knowledge of the rifles. Its general manager, Ottavio Brenn Salcedo, said in a '
    'written statement on Monday that the company "bought fish, paid for fish and received fish".',
    'Pesquera Lindoral rejected the accusation. Its director, Colonel Ottavio Brenn Salcedo, wrote to the police on '
    'Monday that the crates had held "nothing but frozen hake".',
    'Pesquera Lindoral denied the allegations. Its owner, Ottavio Brenn Salcedo, told reporters on Monday that the '
    'firm "trades in fish and nothing else".',
])
def test_a_bare_rejection_told_on_by_its_voice_is_one_denial(extract, words):
    doc = extract(_LEAD + words)
    found = _holding(doc, "Ottavio Brenn Salcedo")
    assert [s["stance"] for s in found] == ["denies"], doc["statements"]
    assert found[0]["speaker"] == "ottavio-brenn-salcedo", found
    assert not [s for s in doc["statements"] if s["speaker"].startswith("pesquera") and s["stance"] == "denies"]


def test_a_voice_after_an_assertion_asserts(extract):
    words = ('Pesquera Lindoral said it had bought the fish in good faith. Its general manager, Ottavio Brenn '
             'Salcedo, said in a written statement on Monday that the company "bought fish, paid for fish and '
             'received fish".')
    doc = extract(_LEAD + words)
    assert not [s for s in _holding(doc, "Ottavio Brenn Salcedo") if s["stance"] == "denies"], doc["statements"]


# ------------------------------------------- 2. a finding consistent with another's account concurs
_MARSH = ("TALVEN, Mar 9 (Wire) - Gunmen of the Sable Hand militia killed six fishermen near the village of Orrick "
          "on Sunday, the provincial police said. ")


@pytest.mark.parametrize("words", [
    "The Talven Rights Commission said on Monday that what its investigators had found there was consistent with "
    "the police account of the attack.",
    "The Talven Rights Commission told us on Monday that its own inquiry supported our findings.",
    "The Talven Rights Commission said on Monday that its findings were broadly consistent with the police account.",
])
def test_a_finding_consistent_with_another_account_concurs(extract, words):
    doc = extract(_MARSH + words)
    assert [s["stance"] for s in _holding(doc, words[:30])] == ["concurs"], doc["statements"]


def test_a_finding_not_consistent_does_not_concur(extract):
    words = ("The Talven Rights Commission said on Monday that what it had found was not consistent with the "
             "police account of the attack.")
    doc = extract(_MARSH + words)
    assert not [s for s in _holding(doc, words[:30]) if s["stance"] == "concurs"], doc["statements"]
