"""Statements, round 29 of issue #12: classes of wrong or missed statements
seen on heldout31, each with new fictional sentences (not the documents'
own), in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture


# ------------------------------------------- 1. arms named before given a harmless name: a denial of the transfer
_PANEL = ("UNITED NATIONS, June 3 (Wire) - The Panel of Experts on Torvania found that Orsk Agro Supplies, a "
          "Kaldera-based company, shipped 40 drones to the Torva Liberation Front (TLF) in March. ")


@pytest.mark.parametrize("words", [
    "The company's owner, Marten Vahl, told the Panel in writing that the drones were \"crop sprayers for a farm\".",
    "Its director, Marten Vahl, said that the drones were agricultural sprayers.",
    "Marten Vahl, the company's manager, told reporters the drones were toys sold to a hobby club.",
])
def test_arms_named_again_as_harmless_goods_deny_the_transfer(extract, words):
    doc = extract(_PANEL + words)
    said = _holding(doc, words[:20])
    assert said and all(s["stance"] == "denies" for s in said), doc["statements"]


def test_arms_described_as_part_of_a_lot_are_no_denial(extract):
    words = "The company's owner, Marten Vahl, said the drones were part of a larger order."
    doc = extract(_PANEL + words)
    assert not [s for s in _holding(doc, words[:20]) if s["stance"] == "denies"], doc["statements"]


# ------------------------------------------- 2. a sum of money the group earned, nothing coded: no statement
_EARN = ("UNITED NATIONS, June 3 (Wire) - The Panel of Experts on Torvania found that the Torva Liberation Front (TLF) "
         "collects a levy at the Orsk river crossing. ")


@pytest.mark.parametrize("words", [
    "According to the Panel, these levies brought the group at least 3.1 million US dollars last year.",
    "The Panel said the tolls earned the TLF some $40,000 a month.",
    "The Ministry of Finance told the Panel that the crossing had yielded 900,000 euros for the group in 2028.",
])
def test_a_sum_of_money_the_group_earned_makes_no_statement(extract, words):
    doc = extract(_EARN + words)
    assert not _holding(doc, words[:25]), doc["statements"]


def test_a_count_of_fighters_still_makes_a_statement(extract):
    words = "The Ministry of Finance told the Panel that the group had some 900 fighters at the crossing."
    doc = extract(_EARN + words)
    assert _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 3. "... and that its forces had never entered X": a denial
_RAID = ("KALDERA, June 3 (Wire) - Fighters of the Torva Liberation Front (TLF) killed 30 civilians in the village "
         "of Orsk on Saturday, residents said. ")


@pytest.mark.parametrize("words", [
    "The TLF said the next day that the listing was \"based on lies spread by the army\" and that its forces had "
    "never entered Orsk.",
    "The TLF said the next day that the sanctions were \"built on rumours\" and that its fighters had never entered "
    "Orsk.",
    "The TLF said the next day that the sanctions were \"paid for by the army\" and that it had never attacked Orsk.",
])
def test_a_second_that_clause_negating_the_speakers_own_side_denies(extract, words):
    doc = extract(_RAID + words)
    said = [s for s in _holding(doc, words[:20]) if s["speaker"] == "torva-liberation-front"]
    assert said and all(s["stance"] == "denies" for s in said), doc["statements"]


def test_a_pledge_in_a_second_that_clause_is_no_denial(extract):
    words = "The TLF said the next day that the sanctions were \"paid for by the army\" and that it would never " \
        "surrender Orsk."
    doc = extract(_RAID + words)
    assert not [s for s in _holding(doc, words[:20]) if s["stance"] == "denies"], doc["statements"]


# ------------------------------------------- 4. a body's own agenda told by its chair or spokesman: no statement
_COMMITTEE = ("UNITED NATIONS, June 3 (Wire) - The Security Council Committee established pursuant to resolution "
              "2901 (2027) has the Panel's update on Torvania since Monday. ")


@pytest.mark.parametrize("words", [
    "The Committee chair, Ambassador Lena Brask, said on Tuesday that the Committee would discuss the update at its "
    "next informal consultations.",
    "The chair of the Committee, Ambassador Lena Brask, said the Committee would review the update in July.",
    "The Committee's chair, Lena Brask, told reporters that the Committee will discuss the findings next week.",
])
def test_a_bodys_agenda_told_by_its_chair_makes_no_statement(extract, words):
    doc = extract(_COMMITTEE + words)
    assert not _holding(doc, words[:25]), doc["statements"]


def test_another_bodys_agenda_stays_a_statement(extract):
    words = "The Committee chair, Ambassador Lena Brask, said on Tuesday that the Panel would discuss the update with " \
        "the Government of Torvania."
    doc = extract(_COMMITTEE + words)
    assert _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 5. blame for a run of events, nothing coded: no statement
_GROUP = "KALDERA, Estonia, June 3 (Wire) - The Torva Liberation Front (TLF) is an armed group in Kessel province. "


@pytest.mark.parametrize("words", [
    "Estonian security officials have blamed the TLF for a series of attacks on quarries since last year.",
    "The Estonian Defence Forces accused the TLF of repeated raids on farms in Orsk district.",
    "The Estonian Defence Forces have blamed the TLF for a wave of kidnappings on the Orsk road.",
])
def test_blame_for_a_run_of_events_makes_no_statement(extract, words):
    doc = extract(_GROUP + words)
    assert not _holding(doc, words[:25]), doc["statements"]


def test_blame_for_one_event_stays_a_statement(extract):
    words = "The Estonian Defence Forces blamed the TLF for the burning of a school in Orsk."
    doc = extract(_GROUP + words)
    assert _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 6. "Researchers at the X Institute": the institute speaks
_MARKET = ("KALDERA, Estonia, June 3 (Wire) - The Torva Liberation Front (TLF) attacked a market in Orsk on Saturday. "
           "Estonia's Ministry of the Interior said in a statement on Sunday that the attackers belonged to the TLF. ")


@pytest.mark.parametrize("words", [
    "Researchers at the Kessel Institute for Peace, an independent think tank in Kaldera, estimated the group's "
    "strength at between 600 and 800 fighters.",
    "Researchers from the Kessel Institute for Peace said the TLF had taken control of the Orsk quarry in June.",
    "Experts at the Kessel Institute for Peace said the TLF had about 700 fighters.",
])
def test_researchers_at_an_institute_speak_for_it(extract, words):
    doc = extract(_MARKET + words)
    said = _holding(doc, words[:25])
    assert said and all(s["speaker"] == "kessel-institute-for-peace" for s in said), doc["statements"]


def test_researchers_at_a_university_speak_for_no_university(extract):
    words = "Researchers at the University of Kessel estimate the TLF's strength at between 1,500 and 2,000."
    doc = extract(_MARKET + words)
    assert not [s for s in _holding(doc, words[:25]) if "university" in s["speaker"]], doc["statements"]


def test_the_researchers_alone_are_still_who_spoke_before(extract):
    words = "The researchers said the TLF had about 700 fighters."
    doc = extract(_MARKET + words)
    assert not [s for s in _holding(doc, words[:25]) if s["speaker"] == "kessel-institute-for-peace"], doc["statements"]


# ------------------------------------------- 7. "..., while Y put the number at N": Y's own estimate
_LEAD = "KALDERA, Estonia, June 3 (Wire) - The Torva Liberation Front (TLF) is an armed group in Kessel province. "


@pytest.mark.parametrize("words, second", [
    ("The Panel of Experts on Torvania estimated in its last report that the TLF fields between 2,000 and 2,500 "
     "fighters, while the Estonian Defence Forces put the number at \"fewer than a thousand\".",
     "estonian-defence-forces"),
    ("The Panel of Experts on Torvania estimated that the TLF has some 3,000 fighters, while the Estonian Defence "
     "Forces put the figure at 1,200.", "estonian-defence-forces"),
    ("The Panel of Experts on Torvania said in its report that the TLF fields about 800 men, whereas the Estonian "
     "Defence Forces estimate its strength at 1,500.", "estonian-defence-forces"),
])
def test_a_contrasting_figure_is_the_second_speakers_statement(extract, words, second):
    doc = extract(_LEAD + words)
    assert [s for s in _holding(doc, words[:25]) if s["speaker"] == second], doc["statements"]


def test_a_contrast_with_no_figure_gives_no_second_statement(extract):
    words = "The Panel of Experts on Torvania estimated that the TLF has some 3,000 fighters, while the Estonian " \
        "Defence Forces put the blame on smugglers."
    doc = extract(_LEAD + words)
    assert not [s for s in _holding(doc, words[:25]) if s["speaker"] == "estonian-defence-forces"], doc["statements"]


# ------------------------------------------- 8. the speaker's own forces moving out, nothing coded: no statement
_HOLDS = "MOGADISHU, June 3 (Wire) - The Torva Liberation Front (TLF) holds the town of Orsk. "


@pytest.mark.parametrize("words", [
    "The African Union Mission in Torvania told the Panel that its troops had withdrawn from Orsk in March.",
    "The Estonian Defence Forces said their soldiers had pulled out of Orsk on Friday.",
    "The UN Mission in Torvania said its peacekeepers had left the base at Orsk last week.",
])
def test_the_speakers_own_forces_moving_out_make_no_statement(extract, words):
    doc = extract(_HOLDS + words)
    assert not _holding(doc, words[:25]), doc["statements"]


def test_another_sides_withdrawal_stays_a_statement(extract):
    words = "The UN Mission in Torvania said TLF fighters had withdrawn from Orsk last week."
    doc = extract(_HOLDS + words)
    assert _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 9. "denied ... and accused a militia allied with X, the Y, of ...": Y
_SHOT = ("KALDERA, Estonia, June 3 (Wire) - Gunmen shot dead 27 men in the village of Orsk on 11 May, residents said. "
         "The Panel of Experts on Torvania said the Torva Liberation Front (TLF) carried out the killings. ")


@pytest.mark.parametrize("words", [
    "The TLF denied responsibility in an audio message on 13 May and accused a clan militia allied with the Estonian "
    "Defence Forces, the Kessel Home Guard, of carrying out the killings.",
    "The TLF denied any role and accused a militia commanded by the Estonian Defence Forces, the Kessel Home "
    "Guard, of the killings.",
    "The TLF rejected the accusation and blamed a self-defence group backed by the Estonian Defence Forces, the "
    "Kessel Home Guard, for the killings.",
])
def test_an_accused_named_after_an_inner_noun_is_accused_beside_the_denial(extract, words):
    doc = extract(_SHOT + words)
    said = _holding(doc, words[:25])
    assert {s["stance"] for s in said if s["speaker"] == "torva-liberation-front"} == {"denies", "asserts"}, said


def test_a_name_apposed_to_its_own_noun_is_no_accused(extract):
    words = "The TLF denied responsibility and accused a militia allied with the Estonian Defence Forces, the EDF, of " \
        "hunting its men."
    doc = extract(_SHOT + words)
    said = _holding(doc, words[:25])
    assert not [s for s in said if s["speaker"] == "torva-liberation-front" and s["stance"] == "asserts"], said


# ------------------------------------------- 10. "a man describing himself as a representative of the group"
_SEIZED = ("KALDERA, Estonia, June 3 (Wire) - Customs officers seized 40 rifles at the Orsk market on Sunday. The "
           "Estonian Tax and Customs Board said the rifles were intended for the Torva Liberation Front (TLF). ")


@pytest.mark.parametrize("words", [
    "A man describing himself as a representative of the group, reached by a local radio station, denied any link "
    "to the seized weapons.",
    "A woman who presented herself as an envoy of the TLF denied any link to the rifles.",
    "A caller identifying himself as a representative of the TLF denied that the group had ordered the rifles.",
])
def test_an_unnamed_representative_of_the_group_speaks_for_it(extract, words):
    doc = extract(_SEIZED + words)
    assert [s for s in _holding(doc, words[:25]) if s["speaker"] == "torva-liberation-front"], doc["statements"]


def test_an_unnamed_man_with_no_group_makes_no_statement_for_it(extract):
    words = "A man describing himself as a trader at the market denied any link to the seized weapons."
    doc = extract(_SEIZED + words)
    assert not [s for s in _holding(doc, words[:25]) if s["speaker"] == "torva-liberation-front"], doc["statements"]
