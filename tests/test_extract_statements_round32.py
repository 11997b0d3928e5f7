"""Statements, round 32 of issue #12: classes of wrong or missed statements
seen on heldout34, each with new fictional sentences (not the documents'
own), in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_RAID = "HALDEN, May 2 (Wire) - Gunmen killed nine traders at a market in Varno on Sunday, residents said. "
_CARGO = _RAID + "Monitors said a haulage firm, Varno Freight, had carried rifles to the Kessel Brigade. "


# ------------------------------------------- 1. "The army, the FAOR, accused the KB of ...": the accused is no speaker
@pytest.mark.parametrize("words", [
    "The national army, the FAOR, accused the Kessel Brigade (KB), an armed group led by a former teacher, Jon Marsk, "
    "of carrying out the raid.",
    "The farmers' union, the UFV, accused the Kessel Brigade of the killings.",
    "A local official, the deputy mayor, accused the Kessel Brigade of the killings.",
])
def test_the_accused_after_an_unnamed_subject_is_no_speaker(extract, words):
    doc = extract(_RAID + words)
    assert not any(s["speaker"] == "kessel-brigade" for s in _holding(doc, words[:20])), doc["statements"]


def test_an_inverted_speaker_after_the_verb_still_speaks(extract):
    # control: "..., said the KB": the name after the verb is its speaker
    words = "Its fighters had not entered Varno, said the Kessel Brigade."
    doc = extract(_RAID + words)
    assert any(s["speaker"] == "kessel-brigade" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 2. an accusation called a base motive denies it
@pytest.mark.parametrize("words", [
    "The firm's director, Piet Ossel, called the accusation \"envy from rival hauliers\" and said his trucks had been "
    "searched.",
    "Piet Ossel, the firm's owner, called the charge \"the work of jealous competitors\".",
    "Piet Ossel, the firm's owner, described the allegations as a vendetta by a former partner.",
])
def test_an_accusation_called_a_base_motive_is_denied(extract, words):
    doc = extract(_CARGO + words)
    assert any(s["speaker"] == "piet-ossel" and s["stance"] == "denies" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_a_deed_called_revenge_is_no_denial(extract):
    # control: the raid called revenge is a judgement of the raid, not a denial of an accusation
    words = "Piet Ossel, the firm's owner, called the raid \"revenge for the arrests of last month\"."
    doc = extract(_CARGO + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 3. "the government spokeswoman said the government shares ...": concurs
@pytest.mark.parametrize("words", [
    "The government spokesman, Piet Ossel, said the government fully shares the monitors' account of the killings.",
    "In Halden, the government spokeswoman, Anke Ossel, said the government \"fully shares\" the monitors' account of "
    "the killings and would send a judge.",
    "A police spokesman, Piet Ossel, said the police shared the monitors' assessment of the killings.",
])
def test_the_body_a_spokesman_post_names_concurs(extract, words):
    doc = extract(_RAID + words)
    assert any(s["stance"] == "concurs" for s in _holding(doc, words[:20])), doc["statements"]


def test_a_bystander_on_the_government_does_not_concur(extract):
    # control: a farmer's word on what the government thinks is no concurrence of his
    words = "Piet Ossel, a local farmer, said the government \"fully shares\" the monitors' account of the killings."
    doc = extract(_RAID + words)
    assert not any(s["stance"] == "concurs" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 5. "no member of his unit was there": the speaker's own men
_GUARDS = _RAID + "Witnesses said the gunmen wore the uniforms of the Varno Home Guards. "


@pytest.mark.parametrize("words", [
    "The Guards' commander, Piet Ossel Marsk, said that no member of his unit had been at the market that day.",
    "\"No soldier of our battalion was at the market,\" the Guards' commander, Piet Ossel Marsk, said.",
    "The Guards' commander, Piet Ossel Marsk, said no members of his unit were near the market that day.",
])
def test_no_member_of_the_speakers_unit_there_denies(extract, words):
    doc = extract(_GUARDS + words)
    assert any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


def test_no_member_of_another_body_is_no_denial(extract):
    # control: a bystander on another body's men denies nothing of his own
    words = "A local farmer, Piet Ossel Marsk, said that no member of the Guards had been at the market that day."
    doc = extract(_GUARDS + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 6. "He said" after a person the text names but no mention covers
_PORT = ("HALDEN, May 2 (Wire) - Police found rifles hidden in three used cars at the port of Varno on Thursday. "
         "The owner of the importing firm, Piet Ossel, said by telephone that his company had ordered the cars "
         "\"in good faith\" and knew nothing of any weapons. ")
_NEXT = "said investigators believe the weapons were to be handed over to the Kessel Brigade."


@pytest.mark.parametrize("words", [
    "\"These rifles were not meant for hunting,\" the Commissioner General of Customs, Josué Mabjáia Nhantumbo, "
    "told journalists. She " + _NEXT,
    "\"These rifles were not meant for hunting,\" the Commissioner General of Customs, Josué Mabjáia Nhantumbo, "
    "told journalists. He " + _NEXT,
    "\"Nobody hunts with these,\" the port's Director General, Anselmo Chivambo Mucavele, told reporters yesterday. "
    "He " + _NEXT,
])
def test_he_after_an_unlisted_named_speaker_is_not_the_speaker_before(extract, words):
    doc = extract(_PORT + words)
    assert not any(s["speaker"] == "piet-ossel" for s in _holding(doc, "investigators believe")), doc["statements"]


def test_he_after_unnamed_officers_is_the_speaker_before(extract):
    # control: no person named in between: "he" is still the owner who spoke
    words = "\"These rifles were not meant for hunting,\" customs officers told journalists. He " + _NEXT
    doc = extract(_PORT + words)
    assert any(s["speaker"] == "piet-ossel" for s in _holding(doc, "investigators believe")), doc["statements"]
