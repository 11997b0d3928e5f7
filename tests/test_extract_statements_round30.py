"""Statements, round 30 of issue #12: classes of wrong statements seen on
heldout32, each with new fictional sentences (not the documents' own), in
several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture


# ------------------------------------------- 1. the dead named as combatants "who fired first": a denial
_CHECKPOINT = ("KALDERA, June 3 (Wire) - Soldiers of the Torvanian Armed Forces shot dead six farmers at a checkpoint "
               "outside the village of Orsk on Saturday, residents said. ")


@pytest.mark.parametrize("words", [
    "In a statement on Monday, the Ministry of Defence of Torvania said the men were \"rebel scouts who fired first\".",
    "The Torvanian Armed Forces said on Sunday that the farmers were in fact militiamen who fired first on the patrol.",
    "An army spokesman, Colonel Marten Vahl, said the six were \"jihadists that attacked first\".",
])
def test_the_dead_named_as_combatants_who_fired_first_deny_the_killing(extract, words):
    doc = extract(_CHECKPOINT + words)
    said = _holding(doc, words[:20])
    assert said and all(s["stance"] == "denies" for s in said), doc["statements"]


def test_soldiers_who_fired_first_named_by_a_witness_is_no_denial(extract):
    words = "A farmer, Ilse Doran, told reporters it was the soldiers who fired first."
    doc = extract(_CHECKPOINT + words)
    assert not [s for s in _holding(doc, words[:20]) if s["stance"] == "denies"], doc["statements"]


# ------------------------------------------- 2. a party's flights or trucks said to carry harmless goods: a denial
_FLIGHTS = ("UNITED NATIONS, June 3 (Wire) - The Panel of Experts on Torvania found that Orsk Air Cargo, a "
            "Kaldera-based company, flew rifles and ammunition to the Torva Liberation Front (TLF) in March. ")


@pytest.mark.parametrize("words", [
    "Its managing director, Marten Vahl, told the Panel in writing that the flights carried \"medical supplies for a "
    "clinic\".",
    "The company's owner, Marten Vahl, said the planes carried seed and fertiliser.",
    "Marten Vahl, the company's manager, told reporters the trucks transported only cement.",
])
def test_a_partys_craft_said_to_carry_harmless_goods_deny_the_transfer(extract, words):
    doc = extract(_FLIGHTS + words)
    said = _holding(doc, words[:20])
    assert said and all(s["stance"] == "denies" for s in said), doc["statements"]


def test_craft_said_to_carry_arms_is_no_denial(extract):
    words = "The company's owner, Marten Vahl, said the planes carried rifles for the TLF."
    doc = extract(_FLIGHTS + words)
    assert not [s for s in _holding(doc, words[:20]) if s["stance"] == "denies"], doc["statements"]


# ------------------------------------------- 3. the case against a side said to rest on hearsay: a denial
_LISTED = ("LONDON, June 3 (Wire) - The United Kingdom designated Marten Vahl, a Kaldera-based trader, on Friday for "
           "supplying rifles to the Torva Liberation Front (TLF). ")


@pytest.mark.parametrize("words", [
    "His lawyer, Ilse Doran, said on Monday that the listing rests on \"unverified hearsay\".",
    "Marten Vahl said the designation was based on rumours spread by his competitors.",
    "Vahl's counsel, Ilse Doran, told reporters the case relied entirely on anonymous gossip.",
])
def test_a_case_said_to_rest_on_hearsay_is_a_denial(extract, words):
    doc = extract(_LISTED + words)
    said = _holding(doc, words[:20])
    assert said and all(s["stance"] == "denies" for s in said), doc["statements"]


def test_a_case_said_to_rest_on_evidence_is_no_denial(extract):
    words = "A British official, Ilse Doran, said the listing rests on shipping records and bank statements."
    doc = extract(_LISTED + words)
    assert not [s for s in _holding(doc, words[:20]) if s["stance"] == "denies"], doc["statements"]


# ------------------------------------------- 4. a second party's own patrol saw the traces of the killing: concurs
_KILLED = ("KALDERA, June 3 (Wire) - Fighters of the Torva Liberation Front (TLF) killed 14 villagers in Orsk on "
           "Saturday, residents said. ")


@pytest.mark.parametrize("words", [
    "The United Nations Mission in Torvania confirmed to reporters that its patrol had found freshly dug graves in "
    "Orsk.",
    "The Kaldera Red Cross confirmed that its volunteers had found the bodies in the village.",
    "The Torvanian Red Crescent Society confirmed on Monday that its staff had seen the graves.",
])
def test_a_second_partys_patrol_finding_graves_concurs(extract, words):
    doc = extract(_KILLED + words)
    said = _holding(doc, words[:20])
    assert said and all(s["stance"] == "concurs" for s in said), doc["statements"]


def test_a_side_confirming_its_own_deed_is_no_concurrence(extract):
    words = "The Torva Liberation Front confirmed that its fighters had killed 14 informers in Orsk."
    doc = extract(_KILLED + words)
    assert not [s for s in _holding(doc, words[:20]) if s["stance"] == "concurs"], doc["statements"]


# ------------------------------------------- 5. a paper's place on a body's agenda to come: no statement
_REPORT = ("UNITED NATIONS, June 3 (Wire) - The Panel of Experts on Torvania found that Orsk Air Cargo flew rifles "
           "to the Torva Liberation Front (TLF) in March. ")


@pytest.mark.parametrize("words", [
    "The chair of the Committee, Ambassador Ilse Doran, told reporters on Monday that the recommendations would be "
    "on the agenda in November.",
    "A spokesman for the Security Council, Marten Vahl, said the report would be discussed next month.",
    "Ambassador Ilse Doran said on Friday that the Panel's update will be considered at the next consultations.",
])
def test_a_papers_place_on_an_agenda_makes_no_statement(extract, words):
    doc = extract(_REPORT + words)
    assert not _holding(doc, words[:25]), doc["statements"]


def test_a_finding_told_by_the_chair_still_makes_a_statement(extract):
    words = "The chair of the Committee, Ambassador Ilse Doran, told reporters on Monday that the flights had carried rifles."
    doc = extract(_REPORT + words)
    assert _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 6. an accusation of someone unnamed, one step of a told attack: none
_RIDGE = "KALDERA, June 3 (Wire) - Residents of Orsk described three attacks last month. "


@pytest.mark.parametrize("words", [
    "Fighters of the Torva Liberation Front stopped a bus near Orsk, accused them of spying for the army and shot "
    "four of the passengers.",
    "Members of the Orsk Defence Brigade seized two herders at the market, accused them of theft and beat them to "
    "death.",
    "Militiamen of the Kaldera Hunters Union surrounded the camp, accused him of treason and burned his house.",
])
def test_an_accusation_inside_a_told_attack_makes_no_statement(extract, words):
    doc = extract(_RIDGE + words)
    assert not _holding(doc, words[:25]), doc["statements"]


def test_an_accusation_of_a_killing_told_before_still_speaks(extract):
    words = ("Fighters of the Torva Liberation Front killed four herders near Orsk on Friday. The mayor of Orsk, Ilse "
             "Doran, accused them of the killings and demanded their arrest.")
    doc = extract(_RIDGE + words)
    assert _holding(doc, "The mayor of Orsk, Ilse Doran, accused"), doc["statements"]
