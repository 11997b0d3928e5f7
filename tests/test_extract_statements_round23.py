"""Statements, round 23 of issue #12: classes of wrong and missed statements
seen on the twenty-fourth and twenty-fifth held-out sets, each with new
fictional sentences (not the documents' own), in several wordings, and
negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture

_TAMALE = ("TAMALE, Ghana, June 9 (Wire) - A report by the Sahel Monitoring Group said a trader, Kwame Asante "
           "Boateng, had sold rifles to the Black Ridge Militia in May. ")
_SALE = "kwame-asante-boateng-arms-transfer-to-black-ridge-militia"


def _holding(doc, words: str) -> list:
    return [s for s in doc["statements"] if any(words in e for e in
                                                (s["evidence"] if isinstance(s["evidence"], list) else [s["evidence"]]))]


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

