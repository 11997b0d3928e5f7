"""Statements, round 18 of issue #12: classes of wrong statements seen on the
seventeenth held-out set, each with new fictional sentences (not the
documents' own), in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture

_KILLED = "Gunmen of the Red Hand Brigade killed villagers in Varna on Friday, residents said. "


# ---------------------------------------------------------------- 1. a count of one's own confirmed asserts
@pytest.mark.parametrize("words", [
    "The Ostland Human Rights Commission confirmed eleven deaths; the mayor reported sixteen.",
    "The Ostland Human Rights Commission has confirmed at least nine killings in the village.",
    "The Ostland Human Rights Commission, which sent investigators to Varna, confirmed twelve deaths on Saturday.",
])
def test_confirming_a_bare_count_is_an_assertion(extract, words):
    doc = extract(_KILLED + words)
    mine = [s for s in doc["statements"] if s["speaker"] == "ostland-human-rights-commission"]
    assert mine and all(s["stance"] == "asserts" for s in mine), doc["statements"]


@pytest.mark.parametrize("words", [
    "The Ostland Human Rights Commission confirmed that nine people had been killed in Varna.",
    "The Ostland Human Rights Commission confirmed the nine deaths.",
])
def test_confirming_what_was_reported_still_concurs(extract, words):
    doc = extract("Gunmen of the Red Hand Brigade killed nine villagers in Varna on Friday, the mayor said. " + words)
    mine = [s for s in doc["statements"] if s["speaker"] == "ostland-human-rights-commission"]
    assert mine and mine[0]["stance"] == "concurs", doc["statements"]


# ---------------------------------------------------------------- 2. a verb of saying still to come
@pytest.mark.parametrize("words", [
    "Ostland will report the seizure to the Security Council Committee established pursuant to resolution 2291.",
    "The Ostland Ministry of Defence will inform the committee of the seizure next week.",
    "The Ostland Ministry of Defence may tell the Council about the rifles.",
])
def test_a_verb_of_saying_under_will_or_may_is_no_statement(extract, words):
    doc = extract("Customs officers in Varna seized forty rifles bound for the Red Hand Brigade on Friday. " + words)
    assert not [s for s in doc["statements"] if s["speaker"] in ("ostland", "ministry-of-defence-of-ostland",
                                                                  "ostland-ministry-of-defence")], doc["statements"]


def test_a_verb_of_saying_already_spoken_still_speaks(extract):
    doc = extract("Customs officers in Varna seized forty rifles on Friday. The Ostland Ministry of Defence said "
                  "the rifles were bound for the Red Hand Brigade.")
    assert doc["statements"], doc["statements"]


# ---------------------------------------------------------------- 3. "A spokesman for X, NAME," speaks as NAME
_RAID = "Gunmen of the Ravel Front killed nine villagers in Varna on Friday, residents said. "


@pytest.mark.parametrize("words, person", [
    ("A spokesman for the Ravel Front, Xaafid Cabdi Dheere, told a radio station that the group's fighters "
     "\"were not in Varna\".", "xaafid-cabdi-dheere"),
    ("A Ravel Front spokeswoman, Nkechi Obafemi Daro, said on Saturday that the group had not been in Varna.",
     "nkechi-obafemi-daro"),  # the NER calls this name an organisation
    ("In a voice message, a spokesman of the Ravel Front, Ulugbek Qodir Toshev, denied that its men had killed "
     "anyone.", "ulugbek-qodir-toshev"),
])
def test_a_named_spokesman_after_an_indefinite_post_speaks_himself(extract, words, person):
    doc = extract(_RAID + words)
    mine = [s for s in doc["statements"] if s["speaker"] == person]
    assert mine and mine[0].get("on_behalf_of") == "ravel-front", doc["statements"]


def test_an_unnamed_spokesman_is_still_his_group(extract):
    doc = extract(_RAID + "A spokesman for the Ravel Front, speaking on condition of anonymity, said the group's "
                          "fighters were not in Varna.")
    assert [s for s in doc["statements"] if s["speaker"] == "ravel-front"], doc["statements"]


# ---------------------------------------------------------------- 4. "said it confirmed the X's finding" concurs
_SEIZED = "Customs officers seized forty rifles bound for the Ravel Front in Varna on Saturday. "


@pytest.mark.parametrize("words", [
    "The Governor of Kestria, Amadou Dembele Toure, welcomed the seizure and said it confirmed the provincial "
    "intelligence services' finding that the group received arms through Varna.",
    "The Ostland Ministry of Defence said the seizure corroborated the Panel's account of the smuggling route to "
    "the Ravel Front.",
    "The Ostland Ministry of Defence said on Monday that the seizure confirms the monitors' assessment that the "
    "Ravel Front is armed from abroad.",
])
def test_saying_something_confirmed_anothers_finding_concurs(extract, words):
    doc = extract(_SEIZED + words)
    assert [s for s in doc["statements"] if s["stance"] == "concurs"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Ostland Ministry of Defence said on Monday that the seizure did not confirm the monitors' assessment "
    "that the Ravel Front is armed from abroad.",
    "The Ostland Ministry of Defence said on Monday that the seizure had never confirmed the monitors' assessment "
    "that the Ravel Front is armed from abroad.",
    "The Ostland Ministry of Defence said on Monday that the rifles were bound for the Ravel Front.",
])
def test_a_finding_not_confirmed_does_not_concur(extract, words):
    doc = extract(_SEIZED + words)
    assert doc["statements"] and not [s for s in doc["statements"] if s["stance"] == "concurs"], doc["statements"]
