"""Statements, round 23 of issue #12: classes of wrong and missed statements
seen on the twenty-fourth and twenty-fifth held-out sets, each with new
fictional sentences (not the documents' own), in several wordings, and
negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_TAMALE = ("TAMALE, Ghana, June 9 (Wire) - A report by the Sahel Monitoring Group said a trader, Kwame Asante "
           "Boateng, had sold rifles to the Black Ridge Militia in May. ")
_SALE = "kwame-asante-boateng-arms-transfer-to-black-ridge-militia"


# ------------------------------------------- 1. the accused called someone who never did it: a denial
@pytest.mark.parametrize("words", [
    "His lawyer, Ruth Mensah, said her client was a cattle trader who had never seen a rifle.",
    "A lawyer for Boateng said he was a shopkeeper with no link to the Black Ridge Militia.",
    "Boateng's lawyer told reporters that Mr Boateng is a farmer who has not handled a weapon in his life.",
    'In a statement, his lawyer said her client was "a businessman with no ties to any armed group".',
])
def test_the_accused_described_as_one_who_never_did_it_denies(extract, words):
    doc = extract(_TAMALE + words)
    found = _holding(doc, "lawyer")
    assert [s["stance"] for s in found] == ["denies"], doc["statements"]
    assert found[0]["regarding"] == [_SALE]


@pytest.mark.parametrize("words", [
    "His lawyer, Ruth Mensah, said the main witness was a man who had never met her client.",
    "His lawyer, Ruth Mensah, said her client was a trader who had handled fertiliser in the region for years.",
    "His lawyer, Ruth Mensah, said her client was a trader with a licence to sell fertiliser.",
])
def test_a_description_with_no_negation_of_the_accused_denies_nothing(extract, words):
    doc = extract(_TAMALE + words)
    assert all(s["stance"] != "denies" for s in _holding(doc, "lawyer")), doc["statements"]


def test_a_suspect_described_by_the_police_is_no_denial(extract):
    doc = extract(_TAMALE + "The police said the suspect was a trader who had never registered his business.")
    assert not any(s["stance"] == "denies" for s in doc["statements"]), doc["statements"]


# ------------------------------------------- 2. '"...," said a farmer who ...': no one the relative clause names
_DARKO = ("BOLE, Ghana, June 9 (Wire) - Last year a local trader, Yaw Darko Mensah, sold the Black Ridge Militia 40 "
          "rifles. Darko has denied the accusation through his lawyer. Residents said shops had closed. ")


@pytest.mark.parametrize("text", [
    _DARKO + '"We are afraid to sleep in our homes," said a farmer who had walked with his family to the town.',
    "BOLE, Ghana, June 9 (Wire) - The Black Ridge Militia attacked Bole on Sunday, killing nine people. Residents "
    'said shops had closed. "Nobody protects us," said a woman whose husband was shot by the Black Ridge Militia.',
    _DARKO + '"We cannot go back," said a teacher who fled after Darko\'s customers burned the school.',
])
def test_an_unnamed_speaker_is_not_whom_the_relative_clause_names(extract, text):
    doc = extract(text)
    assert not [s for s in doc["statements"] if s["stance"] == "asserts"], doc["statements"]


@pytest.mark.parametrize("words, speaker", [
    ('"I never sold a single rifle to the militia," said Darko, who runs a shop in Bole.', "yaw-darko-mensah"),
    ('"My client never sold a single rifle to the militia," said his lawyer, Ama Owusu.', "ama-owusu"),
])
def test_a_speaker_named_before_the_relative_clause_still_speaks(extract, words, speaker):
    doc = extract(_DARKO.replace("Darko has denied the accusation through his lawyer. ", "") + words)
    assert [s["speaker"] for s in doc["statements"] if s["stance"] == "denies"] == [speaker], doc["statements"]


# ------------------------------------------- 3. a bare quote goes on only the quote of the sentence just before
@pytest.mark.parametrize("between", [
    '"Nobody protects us," said a woman whose husband was shot by the Black Ridge Militia. ',
    '"We ran to the river," a farmer who lost his brother told Wire. ',
    'Residents of Bole said the road had been closed since Monday and that shops had not opened. ',
])
def test_a_bare_quote_after_another_sentence_is_not_the_earlier_speakers(extract, between):
    doc = extract("BOLE, Ghana, June 9 (Wire) - The Black Ridge Militia attacked Bole on Sunday, killing nine people. "
                  '"They came at dawn," said the district chief, Kofi Amankwah. ' + between + '"Not the army, not the '
                  'police."')
    assert not [s for s in doc["statements"] if "Not the army" in str(s.get("quote"))], doc["statements"]


def test_a_bare_quote_right_after_goes_on_the_same_quote(extract):
    doc = extract("BOLE, Ghana, June 9 (Wire) - The Black Ridge Militia attacked Bole on Sunday, killing nine people. "
                  '"They came at dawn," said the district chief, Kofi Amankwah. "They burned the market and the '
                  'school."')
    assert [s["speaker"] for s in doc["statements"] if "burned the market" in str(s.get("quote"))] == ["kofi-amankwah"]
