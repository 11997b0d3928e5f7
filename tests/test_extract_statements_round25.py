"""Statements, round 25 of issue #12: classes of wrong statements seen at
first sight on the held-out sets, each with new fictional sentences (not the
documents' own), in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_KILIFI = ("MALINDI, Kenya, May 14 (Wire) - Rangers of the Kenya Wildlife Service shot dead two charcoal burners "
           "near Gede on Sunday, the Tana Coast Observatory said. ")


# ------------------------------------------- 1. a side that says it acted in self-defence denies the killing
@pytest.mark.parametrize("words", [
    'The Kenya Wildlife Service said in a statement that its rangers "acted in legitimate defence" at the gate.',
    "The Kenya Wildlife Service told the Observatory that the rangers had fired in self-defence after an ambush.",
    "In a letter dated 20 May, the Kenya Wildlife Service said its officers had responded in lawful self-defence.",
    "The Kenya Wildlife Service said the two men were shot in self-defence.",
])
def test_self_defence_after_the_verb_of_saying_denies(extract, words):
    doc = extract(_KILIFI + words)
    found = _holding(doc, words[:25])
    assert [s["stance"] for s in found] == ["denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Kenya Wildlife Service said a self-defence militia from Gede had attacked its rangers twice this year.",
    "A self-defence committee in Gede said the rangers had shot the two men without warning.",
])
def test_a_self_defence_group_named_is_no_denial(extract, words):
    doc = extract(_KILIFI + words)
    assert not [s for s in _holding(doc, words[:25]) if s["stance"] == "denies"], doc["statements"]


# ------------------------------------------- 2. "said X's account was correct": a concurrence
@pytest.mark.parametrize("words", [
    "The chief of Gede location, Kahindi Mwero Baya, said the Observatory's account was correct.",
    "A Malindi county official, Rehema Chai Tsuma, told reporters that the Observatory's figures were accurate.",
    "The Kilifi County Assembly said on Tuesday that the Observatory's version of events was entirely true.",
])
def test_an_account_called_correct_is_a_concurrence(extract, words):
    doc = extract(_KILIFI + words)
    found = _holding(doc, words[:25])
    assert [s["stance"] for s in found] == ["concurs"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The chief of Gede location, Kahindi Mwero Baya, said the Observatory's account was not correct.",
    "The Kenya Wildlife Service said its own figures were accurate.",
])
def test_an_account_called_wrong_or_ones_own_is_no_concurrence(extract, words):
    doc = extract(_KILIFI + words)
    assert not [s for s in _holding(doc, words[:25]) if s["stance"] == "concurs"], doc["statements"]


# ------------------------------------------- 3. "had no presence / no bases in X": a side's absence denies
_TANA = ("GARISSA, Kenya, May 14 (Wire) - Fighters of the Boni Forest Brigade burned eleven homes in Bodhei on "
         "Sunday and killed four herders, the Kenya Police Service said. ")


@pytest.mark.parametrize("words", [
    'The Boni Forest Brigade said on its website that it had "no presence" in Bodhei that week.',
    "The Boni Forest Brigade told reporters it has no bases anywhere near Bodhei.",
    "In a video, the Boni Forest Brigade said that it had no camps in the area.",
])
def test_a_sides_absence_from_the_place_denies(extract, words):
    doc = extract(_TANA + words)
    found = _holding(doc, words[:25])
    assert [s["stance"] for s in found] == ["denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Kenya Police Service said the state had no presence in Bodhei before the attack.",
    "The Kenya Police Service said the Boni Forest Brigade has three bases near Bodhei.",
])
def test_anothers_absence_or_a_presence_is_no_denial(extract, words):
    doc = extract(_TANA + words)
    assert not [s for s in _holding(doc, words[:25]) if s["stance"] == "denies"], doc["statements"]


# ------------------------------------------- 4. a lawyer who says the client, by name, never did it denies
_NAKURU = ("NAKURU, Kenya, May 14 (Wire) - Police arrested a livestock trader, Kiprono Arap Sang, on Friday, "
           "accusing him of selling rifles to the Molo Raiders. ")


@pytest.mark.parametrize("words", [
    'His lawyer, Wanjiru Mumbi Kariuki, said Sang "has never owned a gun in his life".',
    "Sang's lawyer, Wanjiru Mumbi Kariuki, told reporters that Sang had never met anyone from the Molo Raiders.",
    'His advocate, Wanjiru Mumbi Kariuki, said on Saturday that Sang "never sold a single rifle".',
])
def test_a_lawyer_on_the_named_clients_deeds_denies(extract, words):
    doc = extract(_NAKURU + words)
    found = _holding(doc, words[:25])
    assert [s["stance"] for s in found] == ["denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "His lawyer, Wanjiru Mumbi Kariuki, said the police had never questioned the buyers.",
    "His lawyer, Wanjiru Mumbi Kariuki, said Sang had sold cattle in Molo for twenty years.",
])
def test_a_lawyer_on_others_or_without_negation_does_not_deny(extract, words):
    doc = extract(_NAKURU + words)
    assert not [s for s in _holding(doc, words[:25]) if s["stance"] == "denies"], doc["statements"]


# ------------------------------------------- 5. "no civilians were harmed", "no rifles were missing": negated events
_LAMU = ("LAMU, Kenya, May 14 (Wire) - The Kenya Defence Forces shelled a market in Witu on Sunday and killed "
         "nine civilians, the Lamu Rights Forum said. ")


@pytest.mark.parametrize("words", [
    "The Kenya Defence Forces said the shells had struck a militia post and that no civilians had been harmed.",
    "The Kenya Defence Forces told the Forum that no civilian was injured in the operation in Witu.",
    "In a statement, the Kenya Defence Forces said no lives were lost at the Witu market.",
])
def test_a_negated_harm_to_the_victims_denies(extract, words):
    doc = extract(_LAMU + words)
    found = _holding(doc, words[28:60])  # not the lead's words
    assert [s["stance"] for s in found] == ["denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Kenya Red Cross said two of the wounded had been harmed by shrapnel in Witu.",
    "The Kenya Red Cross said nine civilians were injured in the shelling of the Witu market.",
])
def test_harm_reported_is_no_denial(extract, words):
    doc = extract(_LAMU + words)
    assert not [s for s in _holding(doc, words[:25]) if s["stance"] == "denies"], doc["statements"]
