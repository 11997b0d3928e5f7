"""Statements, round 22 of issue #12: classes of wrong and missed statements
seen on the twenty-second and twenty-third held-out sets, each with new
fictional sentences (not the documents' own), in several wordings, and
negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture

_KARUMA = "KARUMA, Uganda, June 9 (Wire) - "
_TAVIRA = _KARUMA + "Gunmen killed 14 villagers in Tavira on Friday. "


def _by(doc, speaker: str) -> list:
    return [s for s in doc["statements"] if s["speaker"] == speaker]


def _holding(doc, words: str) -> list:
    return [s for s in doc["statements"] if any(words in e for e in
                                                (s["evidence"] if isinstance(s["evidence"], list) else [s["evidence"]]))]


# ------------------------------------------- 1. "a report by X", "the same report said": the report's author
@pytest.mark.parametrize("words", [
    "The Red Hill Front has held the town of Lira since March, according to a report by the Great Lakes Peace "
    "Institute seen by Wire. The Uganda People's Defence Forces say it has about 200 fighters. The same report said "
    "a Kampala-based firm, Lakeside Haulage Ltd, had sold fuel to the group.",
    "A study by the Great Lakes Peace Institute found that the Red Hill Front has held the town of Lira since March. "
    "The Uganda People's Defence Forces say it has about 200 fighters. The same study said a Kampala-based firm, "
    "Lakeside Haulage Ltd, had sold fuel to the group.",
    "The Red Hill Front has held the town of Lira since March, the Great Lakes Peace Institute said in a report. "
    "The Uganda People's Defence Forces say it has about 200 fighters. The same report said a Kampala-based firm, "
    "Lakeside Haulage Ltd, had sold fuel to the group.",
])
def test_the_same_report_is_its_author_not_the_last_body_that_spoke(extract, words):
    doc = extract(_TAVIRA + words)
    assert {s["speaker"] for s in _holding(doc, "Lakeside Haulage")} == {"great-lakes-peace-institute"}, \
        doc["statements"]
    assert {s["speaker"] for s in _holding(doc, "held the town")} == {"great-lakes-peace-institute"}


def test_the_same_report_with_no_report_named_before_is_no_one(extract):
    doc = extract(_TAVIRA + "The Great Lakes Peace Institute said the Red Hill Front has held the town of Lira since "
                  "March. The Uganda People's Defence Forces say it has about 200 fighters. The same report said the "
                  "group had recruited children.")
    assert not _holding(doc, "recruited children"), doc["statements"]  # never the army that spoke last


def test_a_report_by_a_mission_of_the_un_is_not_the_un(extract):
    doc = extract(_TAVIRA + "The Red Hill Front has held the town of Lira since March, according to a report by the "
                  "United Nations peacekeeping mission in Uganda seen by Wire. The group is led by a former officer, "
                  "Paul Ocen Lakwo, the report said.")
    assert not _by(doc, "united-nations"), doc["statements"]


# ------------------------------------------- 2. a body's own case or arrests: no statement
_BLAMED = _TAVIRA + "The Uganda Police Force blamed the Red Hill Front. "


@pytest.mark.parametrize("words", [
    "The Uganda Police Force said it had registered cases in all three incidents.",
    "Police said they had filed a case against two suspects.",
    "The police said they had booked a case of murder on Saturday.",
])
def test_a_bodys_own_case_or_arrests_are_no_statement(extract, words):
    doc = extract(_BLAMED + words)
    assert not _holding(doc, words[-30:]), doc["statements"]


@pytest.mark.parametrize("words", [
    "The Uganda People's Defence Forces said on Monday that it had sent a battalion to Tavira. Its spokesman for the "
    "region, Captain Peter Okello Mugisha, said troops had arrested three suspects, whom he did not name.",
    "The Uganda People's Defence Forces said soldiers had detained four men near Tavira.",
])
def test_a_state_forces_own_arrests_are_no_statement(extract, words):
    doc = extract(_TAVIRA + words)
    assert not _holding(doc, "suspects" if "suspects" in words else "four men"), doc["statements"]


def test_what_another_side_registered_is_still_said(extract):
    doc = extract(_BLAMED + "The Uganda Police Force said the Red Hill Front had registered its fighters with a "
                  "church in Lira.")
    assert _holding(doc, "registered its fighters"), doc["statements"]


# ------------------------------------------- 3. "it will follow", "intends to do the same": a plan, no statement
_LISTED = _KARUMA + "The Council of the European Union added the Red Hill Front to its terrorist list on Monday. "


@pytest.mark.parametrize("words", [
    "Canada has said it will follow.",
    "Norway said it would follow suit.",
    "Canada has said it intends to do the same.",
    "Canada's foreign minister said the government plans to follow the EU's lead.",
])
def test_a_word_that_a_side_will_follow_is_no_statement(extract, words):
    doc = extract(_LISTED + words)
    assert not _holding(doc, words[-12:]), doc["statements"]


@pytest.mark.parametrize("words", [
    "Canada said the Red Hill Front will follow the orders of its exiled leader.",
    "Canada said the Red Hill Front would follow.",
])
def test_what_another_side_will_follow_is_still_said(extract, words):
    doc = extract(_LISTED + words)
    assert _holding(doc, words[-12:]), doc["statements"]


def test_a_body_announcing_its_states_measure_is_the_measure_itself(extract):
    doc = extract(_LISTED + "The Norwegian Ministry of Foreign Affairs announced on Tuesday that Norway will adopt "
                  "the EU's new listings, and expects to do so within two weeks.")
    assert not _holding(doc, "will adopt"), doc["statements"]


# ------------------------------------------- 4. "X Ltd's lawyer said the company had no knowledge": X denies
_SCOPES = _KARUMA + "Norway froze the assets of the Red Hill Front and of Lakeside Trading BV on Monday. According " \
    "to the police, Lakeside Trading exported rifle scopes to a front company in Gulu, and the equipment was " \
    "delivered to the Red Hill Front. "


@pytest.mark.parametrize("words", [
    "Lakeside Trading BV's lawyer said the company had sold optics to a retailer in Kenya and had no knowledge of "
    "any armed group.",
    "In a letter to Wire, Lakeside Trading BV's lawyers said the company had never had any dealings with an armed "
    "group.",
    "Lakeside Trading BV's lawyer said the firm had no knowledge of any armed group.",
])
def test_the_company_named_by_its_counsel_denies(extract, words):
    doc = extract(_SCOPES + words)
    said = _holding(doc, words[-20:])
    assert [s["stance"] for s in said] == ["denies"], doc["statements"]


def test_the_company_in_another_bodys_words_is_not_a_denial(extract):
    doc = extract(_SCOPES + "The Uganda Police Force said the company had no knowledge of the rifles.")
    assert not any(s["stance"] == "denies" for s in _holding(doc, "no knowledge")), doc["statements"]
