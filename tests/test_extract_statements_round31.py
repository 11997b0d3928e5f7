"""Statements, round 31 of issue #12: classes of missed or wrong statements
seen on heldout33, each with new fictional sentences (not the documents'
own), in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture


# ------------------------------------------- 1. "denied ... and blamed the killings on Y": Y hung on the object
_RAID = ("KALDERA, June 3 (Wire) - Gunmen of the Orsk Defence Front (ODF) killed fourteen villagers in Varno "
         "on Saturday, residents said. ")


@pytest.mark.parametrize("words", [
    "The ODF's spokesman, Marten Vahl, denied on Monday that its fighters had harmed \"any civilian\" and blamed the "
    "killings on the Kessel Brigade, a rival militia.",
    "Marten Vahl, a spokesman for the ODF, denied that the group had attacked Varno and blamed the massacre on the "
    "Kessel Brigade.",
    "The ODF denied that its men had entered Varno and attributed the killings to the Kessel Brigade.",
])
def test_a_denial_that_blames_the_killings_on_a_named_group_asserts_too(extract, words):
    doc = extract(_RAID + words)
    said = _holding(doc, words[:20])
    assert any(s["stance"] == "denies" for s in said), doc["statements"]
    assert any(s["stance"] == "asserts" and any("kessel" in r for r in s.get("regarding", [])) for s in said), \
        doc["statements"]


def test_blaming_the_killings_on_an_unnamed_group_is_one_denial(extract):
    words = "The ODF's spokesman, Marten Vahl, denied that its fighters had harmed anyone and blamed the killings " \
        "on bandits."
    doc = extract(_RAID + words)
    said = _holding(doc, words[:20])
    assert said and all(s["stance"] == "denies" for s in said), doc["statements"]


# ------------------------------------------- 2. a monitor's "we were able to confirm", "our interviews show"
_REPORT = """Lindmark Rights Observatory (LRO)
Field report No. 5/2027 | Orsa, 2 May 2027

Killings in the Varno valley

On 3 April, fighters of the Kessel Brigade entered the village of Tirnau, gathered the men at the mill and \
shot them. {finding}
"""


def _observatory(doc) -> list:
    mine = [e for e in doc["entities"] if e["label"] == "Lindmark Rights Observatory"]
    assert mine, doc["entities"]
    return [s for s in doc["statements"] if s["speaker"] == mine[0]["id"]]


@pytest.mark.parametrize("finding", [
    "We were able to confirm nine deaths.",
    "We were able to verify the names of nine of the dead.",
    "Our interviews with survivors show that nine men were killed.",
    "Our research indicates that the Kessel Brigade killed nine men in Tirnau.",
])
def test_a_monitor_s_confirmation_or_its_evidence_in_its_own_voice_is_its_statement(extract, finding):
    mine = _observatory(extract(_REPORT.format(finding=finding)))
    assert any(s["stance"] == "asserts" for s in mine), mine


@pytest.mark.parametrize("finding", [
    "We were unable to confirm how many died.",
    "We were not able to confirm how many died.",
    "We were able to confirm only one of the nine deaths.",
])
def test_a_monitor_unable_to_confirm_makes_no_statement(extract, finding):
    doc = extract(_REPORT.format(finding=finding))
    assert not [s for s in doc["statements"] if "lindmark" in s["speaker"]], doc["statements"]


# ------------------------------------------- 3. the dead "described as" fighters by the side that killed them: a denial
_ROADBLOCK = ("KALDERA, June 3 (Wire) - Soldiers of the Torvanian Armed Forces took five men from a roadblock outside "
              "the village of Orsk on Saturday and shot them dead by the river, residents said. ")


@pytest.mark.parametrize("words", [
    "The Torvanian Armed Forces described the five, in a statement on Monday, as \"rebel fighters killed in combat\".",
    "The Torvanian Armed Forces described the dead as insurgents.",
    "In a communique, the Torvanian Armed Forces labelled the men as militants killed in an exchange of fire.",
])
def test_the_dead_described_as_fighters_deny_the_killing(extract, words):
    doc = extract(_ROADBLOCK + words)
    said = _holding(doc, words[:20])
    assert said and all(s["stance"] == "denies" for s in said), doc["statements"]


def test_the_dead_described_as_farmers_is_no_denial(extract):
    words = "The Torvanian Armed Forces described the dead as farmers caught in crossfire by rebels."
    doc = extract(_ROADBLOCK + words)
    assert not [s for s in _holding(doc, words[:20]) if s["stance"] == "denies"], doc["statements"]


# ------------------------------------------- 4. "Trinidad and Tobago's minister, Y, welcomed ...": Y speaks, not the state too
_SEIZURE = ("ORSK, June 3 (Wire) - Customs officers in Orsk seized 40 rifles that the Kessel Brigade had ordered "
            "from a dealer in Varno, the customs service said. ")


@pytest.mark.parametrize("words", [
    "Trinidad and Tobago's Minister of National Security, Marten Vahl-Doran, welcomed the seizure on Monday.",
    "Trinidad and Tobago's Minister of National Security, Marten Vahl-Doran, welcomed the seizure on Monday and said "
    "the rifles \"were meant for our streets\".",
    "Antigua and Barbuda's Minister of Security, Ilse Kemp-Doran, welcomed the seizure on Monday and said the guns "
    "\"were meant for our streets\".",
])
def test_a_minister_of_a_state_named_with_and_speaks_alone(extract, words):
    said = _holding(extract(_SEIZURE + words), words[:20])
    assert said and not [s for s in said if s["speaker"] in ("trinidad-and-tobago", "antigua-and-barbuda")], said
    assert all(s.get("on_behalf_of") in ("trinidad-and-tobago", "antigua-and-barbuda") for s in said), said


def test_two_states_that_welcome_both_speak(extract):
    words = "Panama and Belize welcomed the seizure on Monday."
    doc = extract(_SEIZURE + words)
    assert {"panama", "belize"} <= {s["speaker"] for s in _holding(doc, words[:20])}, doc["statements"]


# ------------------------------------------- 5. an alibi: the speaker's own men elsewhere at the time, a denial
_VILLAGE = ("KALDERA, June 3 (Wire) - Fighters of the Orsk Defence Front (ODF) killed twelve villagers in Varno on "
            "Saturday night, residents said. ")


@pytest.mark.parametrize("words", [
    "Marten Vahl, a spokesman for the ODF, said its men were at their base in Kessel at the time.",
    "Marten Vahl, the ODF's commander, said his own troops had been at their camp near Kessel all that night.",
    "The ODF's spokesman, Marten Vahl, told reporters that \"our fighters were in Kessel that whole week\".",
])
def test_an_alibi_of_the_speaker_s_own_men_denies(extract, words):
    doc = extract(_VILLAGE + words)
    said = _holding(doc, words[:20])
    assert said and all(s["stance"] == "denies" for s in said), doc["statements"]


def test_a_witness_placing_the_fighters_there_is_no_denial(extract):
    words = "A farmer, Ilse Doran, told reporters that the fighters were in Varno at the time."
    doc = extract(_VILLAGE + words)
    assert not [s for s in _holding(doc, words[:20]) if s["stance"] == "denies"], doc["statements"]
