"""Statements, round 36 of issue #12: classes of wrong stances seen on
heldout38 (an accused side's words read as assertions), each with new
fictional sentences in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_RAID = ("HALDEN, May 2 (Wire) - Soldiers of the Varnish Army shot dead three herders on a track near Kolby on "
         "Sunday, residents said. ")


# ------------------------------------------- 1. the dead recast as "armed <anyone>": denies the killing
@pytest.mark.parametrize("words", [
    "The army's spokesman, Colonel Petr Ulvin, told reporters on Monday that the men were \"armed herders who "
    "attacked the convoy\".",
    "The army's spokesman, Colonel Petr Ulvin, said the dead were armed poachers.",
    "The army's spokesman, Colonel Petr Ulvin, said on Monday that all three were armed farmers.",
])
def test_dead_recast_as_armed_denies(extract, words):
    doc = extract(_RAID + words)
    assert any(s["speaker"] == "petr-ulvin" and s["stance"] == "denies" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_dead_as_unarmed_herders_is_no_denial(extract):
    # control: the dead named as plain herders recasts nothing
    words = "The army's spokesman, Colonel Petr Ulvin, said the men were herders from Kolby."
    doc = extract(_RAID + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 2. "has no soldiers outside/beyond X": an absence that denies
_MASSACRE = ("HALDEN, May 2 (Wire) - Fighters of the Kessel Brigade, an armed group led by Jon Marsk, killed nine "
             "traders at a market in Varno on Sunday, residents said. ")


@pytest.mark.parametrize("words", [
    "A lawyer for the Kessel Brigade's jailed leader, Jon Marsk, said her client \"has no fighters outside the "
    "prison walls\".",
    "The Kessel Brigade's spokesman, Petr Ulvin, said the group had no men beyond the Varno river.",
    "The Kessel Brigade's spokesman, Petr Ulvin, said it has no fighters outside its camps in the hills.",
])
def test_no_forces_outside_denies(extract, words):
    doc = extract(_MASSACRE + words)
    assert any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


def test_others_without_forces_outside_is_no_denial(extract):
    # control: a monitor saying the army has no posts outside the town denies nothing of its own
    words = "The monitor's director, Petr Ulvin, said the police have no patrols outside the town of Varno."
    doc = extract(_MASSACRE + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 3. a party's own dealings called lawful: denies
_SALES = ("HALDEN, May 2 (Wire) - A dealer in Halden, Tomas Brekke, has been charged with selling 30 rifles to the "
          "Kessel Brigade, an armed group, in 2029, prosecutors said. ")


@pytest.mark.parametrize("words", [
    "He told a local radio station that every sale he made was registered with the police.",
    "Tomas Brekke said all his shipments had been licensed by the ministry.",
    "Brekke told the court that each of his deliveries was fully legal.",
])
def test_own_trade_called_lawful_denies(extract, words):
    doc = extract(_SALES + words)
    assert any(s["speaker"] == "tomas-brekke" and s["stance"] == "denies" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_state_calling_sales_lawful_is_no_denial(extract):
    # control: a ministry (no party to the trade) saying the sales were licensed only asserts
    words = "The Ministry of Trade of Varnia said all the shipments had been licensed."
    doc = extract(_SALES + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 4. its own side "fired no rockets" / "dropped no bombs": denies
_SHELLING = ("HALDEN, May 2 (Wire) - Rockets fired by the Varnish Army killed four fishermen at Kolby on Sunday, "
             "residents said. ")


@pytest.mark.parametrize("words", [
    "The Varnish Army's spokesman, Major Petr Ulvin, told reporters that the army had fired no rockets anywhere "
    "near Kolby that week.",
    "The Varnish Army's spokesman, Major Petr Ulvin, said its aircraft dropped no bombs on Kolby.",
    "The Varnish Army's spokesman, Major Petr Ulvin, said on Monday that its gunners had launched no shells that day.",
])
def test_own_force_under_no_denies(extract, words):
    doc = extract(_SHELLING + words)
    assert any(s["speaker"] == "petr-ulvin" and s["stance"] == "denies" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_others_firing_no_rockets_is_no_denial(extract):
    # control: a monitor saying another side fired no rockets denies nothing of its own
    words = "The monitor's director, Petr Ulvin, said the rebels had fired no rockets at the army that week."
    doc = extract(_SHELLING + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 5. a local government's own plan under "would": no statement
_MARKET = ("HALDEN, May 2 (Wire) - Gunmen attacked a market at Kolby on Sunday, killing six traders, police said. "
           "The District Commissioner of Kolby, Anna Rosk, told journalists on Monday that six people had died. ")


@pytest.mark.parametrize("words", [
    "She said the district would bury the dead on Thursday.",
    "Rosk said the county would reopen the schools next week.",
    "She said the council will pay for the funerals.",
])
def test_local_government_plan_is_no_statement(extract, words):
    doc = extract(_MARKET + words)
    assert not _holding(doc, words[:15]), doc["statements"]


def test_forecast_about_others_stays_statement(extract):
    # control: what she says others will do is no plan of her own side
    words = "She said the gunmen would return to Kolby within days."
    doc = extract(_MARKET + words)
    assert _holding(doc, words[:15]), doc["statements"]


# ------------------------------------------- 6. a verb of saying the NER took into a body's name: not the speaker's
_GROUP = "KINSHASA, May 2 (Wire) - Fighters of the Kessel Brigade killed nine traders at Varno on Sunday. "


@pytest.mark.parametrize("words", [
    "In a letter dated 11 April, the Government of the Democratic Republic of the Congo told the Group that the "
    "Kessel Brigade had at least 2,000 armed elements.",
    "In a note of 3 May, the Government of the Democratic Republic of the Congo told the Panel that the Kessel "
    "Brigade had 900 fighters.",
    "On 2 June, the Government of the Democratic Republic of the Congo told journalists in Varno that the Kessel "
    "Brigade had 500 fighters.",
])
def test_verb_after_name_is_not_in_speaker(extract, words):
    doc = extract(_GROUP + words)
    said = _holding(doc, words[:20])
    assert said and all(s["speaker"] == "democratic-republic-of-the-congo" for s in said), doc["statements"]


def test_name_with_own_words_kept(extract):
    # control: the same body's name before "said", no verb in it, keeps its speaker
    words = "The Government of the Democratic Republic of the Congo said the Kessel Brigade had 900 fighters."
    doc = extract(_GROUP + words)
    assert any(s["speaker"] == "democratic-republic-of-the-congo" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 7. "what the report says about X": a free relative, no statement
_SUMMARY = ("NEW YORK, May 2 (Wire) - The Panel of Experts on Varnia delivered its final report to the Security "
            "Council on Monday. ")


@pytest.mark.parametrize("words", [
    "This summary sets out what the report says about Kolby province, where the Panel travelled in March.",
    "This note describes what the Panel says about the Halden region, where its experts worked in April.",
    "The paragraphs below list what the report says about arms in Kolby province and the Halden region.",
])
def test_free_relative_of_saying_is_no_statement(extract, words):
    doc = extract(_SUMMARY + words)
    assert not _holding(doc, words[:20]), doc["statements"]


def test_report_saying_that_stays_statement(extract):
    # control: the report's own words after "says that" are a statement
    words = "The report says that the Kessel Brigade, an armed group, controls Kolby."
    doc = extract(_SUMMARY + words)
    assert _holding(doc, words[:20]), doc["statements"]
