"""Statements, round 24 of issue #12: classes of wrong statements seen at
first sight on the held-out sets, each with new fictional sentences (not the
documents' own), in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_VANGA = ("MOMBASA, Kenya, June 9 (Wire) - The Coast Defence Front killed six fishermen near Vanga on Sunday, "
          "the Kenya Navy said. ")


# ------------------------------------------- 1. the pronoun subject of a reported clause is the reporter
@pytest.mark.parametrize("words", [
    "The regional commissioner's office told reporters it endorsed the navy's findings.",
    "A fishermen's association in Shimoni said on Monday that it agreed with the navy's account.",
    "Local elders said they backed the navy's assessment of the attack.",
    "The district health office said it shared the navy's concern about the group.",
])
def test_the_pronoun_of_a_reported_clause_is_not_the_last_speaker(extract, words):
    doc = extract(_VANGA + words)
    assert not [s for s in _holding(doc, words[:20]) if s["speaker"] == "kenya-navy"], doc["statements"]
    assert not [s for s in _holding(doc, words[:20]) if s["speaker"] == "coast-defence-front"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Kenya Coast Guard Service said it shared the navy's concern about the group.",
    "The Kenya Coast Guard Service later said that it agreed with the navy.",
])
def test_a_named_reporter_still_concurs(extract, words):
    doc = extract(_VANGA + words)
    found = _holding(doc, words[:20])
    assert [(s["speaker"], s["stance"]) for s in found] == [("kenya-coast-guard-service", "concurs")], doc["statements"]


# ------------------------------------------- 2. a state body's own work or plan on a matter: no statement
@pytest.mark.parametrize("words", [
    'The Ministry of Fisheries said on Wednesday it was "studying the request".',
    "The Ministry of Fisheries told reporters it was monitoring the situation.",
    "The county government said the killings were under investigation.",
    "The county government said it would distribute food to about 300 families next week.",
    "The Ministry of Fisheries said it will compensate the families of the dead.",
])
def test_a_bodys_own_work_or_plan_is_no_statement(extract, words):
    doc = extract(_VANGA + words)
    assert not _holding(doc, words[:20]), doc["statements"]


@pytest.mark.parametrize("words", [
    "The county government said the Coast Defence Front would strike again before the rains.",
    'The Ministry of Fisheries said it was "cooperating fully" with the inquiry and that the Coast Defence Front '
    "had stolen the boats.",
    "The Ministry of Fisheries said it had verified that the Coast Defence Front killed the fishermen.",
])
def test_what_others_did_or_will_do_stays_a_statement(extract, words):
    doc = extract(_VANGA + words)
    assert len(_holding(doc, words[:20])) == 1, doc["statements"]


# ------------------------------------------- 3. "one of them" speaks for no body "them" might stand for
_JETTY = _VANGA + "At the jetty, women were mending nets under the guard of two sailors. "


@pytest.mark.parametrize("words", [
    '"We used to go out at night," said one of them, who gave only her first name, Amina.',
    "One of them told reporters that the boats had been burned.",
    "Several of them said the navy had arrived two hours after the attack.",
])
def test_one_of_them_is_no_speaker(extract, words):
    doc = extract(_JETTY + words)
    assert not _holding(doc, words[-30:]), doc["statements"]


def test_one_of_them_named_in_apposition_speaks(extract):
    words = ("The Kenya Navy sent two officers to the jetty. One of them, Commander Jane Wambui Otieno, said the group "
             "had fled north.")
    doc = extract(_VANGA + words)
    assert [s["speaker"] for s in _holding(doc, "Jane Wambui")] == ["jane-wambui-otieno"], doc["statements"]


def test_a_clause_the_parser_hangs_before_the_verb_is_not_reported_by_it(extract):
    # the parser makes "He added" a clause of "identified": "He" is still the commander who spoke before
    doc = extract("MOMBASA, Kenya, June 9 (Wire) - Commodore Peter Ochieng Wafula of the Kenya Navy said the Coast "
                  "Defence Front had about 200 armed men. He added that a second cargo of rifles reached the Coast "
                  "Defence Front in May aboard a dhow; the Kenya Navy has not identified who sent it.")
    found = _holding(doc, "He added")
    assert [s["speaker"] for s in found] == ["peter-ochieng-wafula"], doc["statements"]


# ------------------------------------------- 4. another's account said to match what others saw: a concurrence
@pytest.mark.parametrize("words", [
    "Imam Yusuf Omar Bakari, who chairs the county peace forum, said the navy's account matched what survivors had "
    "told him.",
    "A local councillor, Grace Achieng Odera, told reporters that the navy's version of the attack was consistent "
    "with what fishermen described.",
    "The Kenya Coast Guard Service said the navy's figures closely tallied with its own.",
])
def test_an_account_said_to_match_concurs(extract, words):
    doc = extract(_VANGA + words)
    assert [s["stance"] for s in _holding(doc, words[-40:])] == ["concurs"], doc["statements"]


@pytest.mark.parametrize("words", [
    "Imam Yusuf Omar Bakari said the navy's account of the attack was false.",
    "Imam Yusuf Omar Bakari said the boat's markings matched those of a navy patrol craft.",
    "Imam Yusuf Omar Bakari said the navy's account did not match what survivors had told him.",
])
def test_no_concurrence_without_an_account_that_matches(extract, words):
    doc = extract(_VANGA + words)
    assert "concurs" not in [s["stance"] for s in _holding(doc, words[-40:])], doc["statements"]


# ------------------------------------------- 5. a side holding to its account or professing respect for rights denies
_NARUS = ("KAPOETA, South Sudan, June 9 (Wire) - Soldiers of the South Sudan People's Defence Forces shot dead seven "
          "herders near Narus on Sunday, according to the Eastern Rights Watch. ")


@pytest.mark.parametrize("words", [
    'An army spokesman, Major Paul Lokiru Lomong, told us the army "fully respects human rights" and stood by its '
    "account.",
    "Major Paul Lokiru Lomong said the unit respected international humanitarian law at all times.",
    "In a statement, the South Sudan People's Defence Forces said its soldiers always respect human rights.",
])
def test_holding_to_an_account_or_respect_for_rights_denies(extract, words):
    doc = extract(_NARUS + words)
    assert [s["stance"] for s in _holding(doc, words[-40:])] == ["denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Eastern Rights Watch said it stands by its findings.",
    "The Eastern Rights Watch said the army did not respect human rights.",
])
def test_a_monitor_holding_to_its_findings_does_not_deny(extract, words):
    doc = extract(_NARUS + words)
    assert "denies" not in [s["stance"] for s in _holding(doc, words[-40:])], doc["statements"]


# ------------------------------------------- 6. "confirmed" with the sources it checked: its own verification
_COMMISSION = ("KAPOETA, South Sudan, June 9 (Wire) - Soldiers of the South Sudan People's Defence Forces shot dead "
               "seven herders near Narus on Sunday, the South Sudan Human Rights Commission said. ")


@pytest.mark.parametrize("words", [
    "The Eastern Rights Watch confirmed the seven deaths with staff of the Narus clinic.",
    "The Eastern Rights Watch confirmed the killings through relatives and the county health office.",
    "The Eastern Rights Watch confirmed the seven deaths with the help of nurses, and described the wounds.",
])
def test_a_confirmation_with_its_own_sources_asserts(extract, words):
    doc = extract(_COMMISSION + words)
    assert [s["stance"] for s in _holding(doc, words[-40:])] == ["asserts"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Eastern Rights Watch confirmed the seven deaths.",
    "The Eastern Rights Watch confirmed that soldiers had killed the herders.",
])
def test_a_confirmation_of_anothers_report_still_concurs(extract, words):
    doc = extract(_COMMISSION + words)
    assert [s["stance"] for s in _holding(doc, words[-40:])] == ["concurs"], doc["statements"]
