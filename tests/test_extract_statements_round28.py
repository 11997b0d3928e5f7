"""Statements, round 28 of issue #12: classes of wrong or missed statements
seen on heldout30, each with new fictional sentences (not the documents'
own), in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture


# ------------------------------------------- 1. a release whose masthead names the body "of <its state>": own voice
_BODY = "The Torva Liberation Front (TLF) has held the town of Orsk in Kessel province since March. "


@pytest.mark.parametrize("masthead, words", [
    ("Ministry of Foreign Affairs of the Republic of Estonia", "According to the Ministry, the TLF has some 900 fighters."),
    ("Ministry of Defence of Latvia", "The Ministry said the TLF has some 900 fighters."),
    ("Ministry of Finance of the Lithuanian Republic", "The Ministry puts the TLF's strength at some 900 fighters."),
])
def test_a_ministry_of_its_state_in_its_own_masthead_narrates(extract, masthead, words):
    doc = extract(f"{masthead}\n\nPress release\n\nTallinn, 3 June 2025\n\nGovernment freezes TLF assets\n\n"
                  + _BODY + words)
    assert not _holding(doc, words[:20]), doc["statements"]


def test_another_ministry_in_a_masthead_body_still_speaks(extract):
    words = "The Ministry of Defence said the TLF has some 900 fighters."
    doc = extract("Ministry of Foreign Affairs of the Republic of Estonia\n\nPress release\n\nTallinn, 3 June 2025\n\n"
                  "Government freezes TLF assets\n\n" + _BODY + words)
    assert _holding(doc, words[:20]), doc["statements"]


# ------------------------------------------- 2. victims "they accused of ..." (the relative pronoun elided): a motive
_KESSEL = "KALDERA, Estonia, June 3 (Wire) - The Torva Liberation Front (TLF) is an armed group in Kessel province. "


@pytest.mark.parametrize("words", [
    "On Saturday, fighters of the TLF raided the quarry at Orsk and shot dead eight workers they accused of informing "
    "for the army.",
    "TLF gunmen killed four traders in Ambrel they suspected of spying for the police.",
    "The TLF executed two farmers it accused of hiding soldiers, residents of Orsk said.",
])
def test_victims_they_accused_make_no_statement_of_the_killers(extract, words):
    doc = extract(_KESSEL + words)
    assert not [s for s in _holding(doc, words[:25]) if s.get("hedge") == "accused of" or s["speaker"] in (
        "torva-liberation-front", "tlf")], doc["statements"]


def test_a_speaker_who_accuses_the_group_still_speaks(extract):
    words = "The Estonian Defence Forces accused the TLF of killing eight workers at the quarry in Orsk on Saturday."
    doc = extract(_KESSEL + words)
    assert _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 3. sharing the objective of another's measures: a concurrence
_LISTED = ("TALLINN, June 3 (Wire) - The United States on Monday designated the Torva Liberation Front (TLF), an armed "
           "group in Kessel province, and froze the assets of its leader, Aldo Brenn. ")


@pytest.mark.parametrize("words", [
    'Estonia\'s Ministry of Foreign Affairs said in a statement that it "shares the objective" of the US measures, '
    "while stressing that security in Kessel is a matter for its own courts.",
    "Latvia's foreign ministry said on Tuesday that it supported the aims of the American sanctions.",
    "The Lithuanian government said it shared the purpose behind the US designation of the TLF.",
])
def test_sharing_the_objective_of_measures_concurs(extract, words):
    doc = extract(_LISTED + words)
    assert [s["stance"] for s in _holding(doc, words[:25])] == ["concurs"], doc["statements"]


def test_not_sharing_the_objective_is_no_concurrence(extract):
    words = "Estonia's Ministry of Foreign Affairs said it did not share the objective of the US measures."
    doc = extract(_LISTED + words)
    assert "concurs" not in [s["stance"] for s in _holding(doc, words[:25])], doc["statements"]


# ------------------------------------------- 4. "confirmed that" a fact the sentence tells first: an assertion
_PANEL = ("The Panel of Experts on Valdoria has examined arms deliveries to the parties in Kessel province. The "
          "Torva Liberation Front (TLF) is an armed group that holds the town of Orsk. ")


@pytest.mark.parametrize("words", [
    "The Panel confirmed that Belarus delivered six armoured vehicles to the Estonian Defence Forces in March, as "
    "notified to the Committee.",
    "The Panel confirmed that Serbia supplied 40 mortars to the Estonian Defence Forces in May.",
    "The Panel has confirmed that Bulgaria transferred 200 assault rifles to the Estonian Defence Forces in 2024.",
])
def test_confirming_a_fact_told_first_asserts(extract, words):
    doc = extract(_PANEL + words)
    assert [s["stance"] for s in _holding(doc, words[:25])] == ["asserts"], doc["statements"]


def test_confirming_what_another_said_before_still_concurs(extract):
    words = "The Panel confirmed that Belarus delivered six armoured vehicles to the Estonian Defence Forces in March."
    doc = extract(_PANEL + "The Valdorian army said on Monday that Belarus delivered six armoured vehicles to the "
                  "Estonian Defence Forces in March. " + words)
    assert [s["stance"] for s in _holding(doc, words[:25])] == ["concurs"], doc["statements"]


# ------------------------------------------- 5. "he said" after a woman spoke as "she": not her
_BRIEFING = ("TALLINN, June 3 (Wire) - The head of the Port of Tallinn customs office, Liisa Kask, told a press "
             "conference on Monday that the rifles had been hidden under fish crates. \"The crates were packed for a "
             "long journey,\" she said. Colonel Toomas Vaher, who heads the Tallinn police directorate, spoke at the "
             "same press conference. ")


@pytest.mark.parametrize("words", [
    "He said the Torva Liberation Front had about 300 armed members.",
    "He said the smugglers had worked for the Torva Liberation Front since 2023.",
    "He said the boat's owner had been questioned by investigators on Sunday.",
])
def test_he_after_she_is_not_her(extract, words):
    doc = extract(_BRIEFING + words)
    assert "liisa-kask" not in [s["speaker"] for s in _holding(doc, words[:25])], doc["statements"]


def test_she_again_is_still_her(extract):
    words = "She said the Torva Liberation Front had about 300 armed members."
    doc = extract(_BRIEFING.replace("Colonel Toomas Vaher, who heads the Tallinn police directorate, spoke at the "
                                    "same press conference. ", "") + words)
    assert [s["speaker"] for s in _holding(doc, words[:25])] == ["liisa-kask"], doc["statements"]


# ------------------------------------------- 6. ", and <a second body> said <a figure>": that body's statement
_RAID = ("KALDERA, Estonia, June 3 (Wire) - Gunmen of the Torva Liberation Front killed villagers in Orsk on "
         "Saturday night. ")


@pytest.mark.parametrize("words", [
    "The mayor of Orsk, Kaja Tamm, said at least 19 people had died, and the Red Cross said its volunteers had "
    "buried 12 bodies by Sunday evening.",
    "The governor of Kessel province, Peeter Saar, said 30 villagers had been killed, and Amnesty International "
    "said it had counted 24 bodies.",
    "The mayor of Orsk, Kaja Tamm, told reporters that 19 people had died, and the Red Cross said its teams had "
    "recovered 15 bodies.",
])
def test_a_second_body_giving_its_own_figure_speaks(extract, words):
    doc = extract(_RAID + words)
    speakers = [s["speaker"] for s in _holding(doc, words[:25])]
    assert len(speakers) == 2 and any(s in speakers for s in ("red-cross", "amnesty-international")), doc["statements"]


def test_a_second_clause_of_the_same_speaker_is_one_statement(extract):
    words = "The mayor of Orsk, Kaja Tamm, said at least 19 people had died and that 12 bodies had been buried."
    doc = extract(_RAID + words)
    assert len(_holding(doc, words[:25])) == 1, doc["statements"]
