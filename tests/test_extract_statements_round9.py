"""Statements and sanctions measures, round 9 of issue #12: error classes seen
on the eighth held-out set, each with new fictional sentences (not the
documents' own) and negative controls: a state's government named by its formal
name ("the Government of the Kingdom of X") imposes and speaks as the state;
counted targets named after a colon ("designated two entities and an
individual: A; its leader, B; ..."); "intends to designate X" with the
infinitive tagged as an adjective; a committee named short ("the Committee")
and "it" after it are the committee, not an armed group named in between. A
document dated Tuesday 2025-06-10; the knowledge base's own entities plus every
state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, measures as _measures  # noqa: F401 - extract is a fixture


def _authorities(doc):
    return [m.get("authority") for m in _measures(doc)]


# ---------------------------------------------------------------- 1. a government by its formal name is the state
@pytest.mark.parametrize("text, state", [
    ("The Government of the Kingdom of Norway today designated Kestrel Trading for its sales of drones to the "
     "Ravel Front.", "norway"),
    ("The Government of the Republic of Korea has sanctioned Kestrel Trading, a firm based in Dubai.", "south-korea"),
    ("The Government of the Federal Republic of Nigeria froze the assets of Kestrel Trading on Monday.", "nigeria"),
])
def test_government_by_formal_name_imposes_as_the_state(extract, text, state):
    doc = extract(text)
    assert state in _authorities(doc), _measures(doc)


def test_a_body_of_a_formal_name_is_not_a_state(extract):
    # control: a ministry of a kingdom is not the kingdom's government
    doc = extract("The Ministry of Finance of the Kingdom of Norway today designated Kestrel Trading.")
    assert "norway" not in _authorities(doc), _measures(doc)


@pytest.mark.parametrize("text, state", [
    ("Canada sanctioned Kestrel Trading on Monday. The Government of the Republic of Ghana welcomed the "
     "designation.", "ghana"),
    ("Canada sanctioned Kestrel Trading on Monday. The Government of the Kingdom of Spain said it supports the "
     "designation.", "spain"),
])
def test_government_by_formal_name_speaks_as_the_state(extract, text, state):
    doc = extract(text)
    speakers = [s["speaker"] for s in doc["statements"]]
    assert state in speakers and "canada" not in speakers, doc["statements"]


# ---------------------------------------------------------------- 2. counted targets named after a colon
@pytest.mark.parametrize("text, targets", [
    ("Canada today designated one entity and one individual under its sanctions law: Kestrel Trading, a company "
     "based in Dubai; and its director, Lim Wei Chen.", {"kestrel-trading", "lim-wei-chen"}),
    ("New Zealand sanctioned two entities and a person: the Ravel Front, an armed group active in the north; "
     "Kestrel Trading; and the Ravel Front's commander, Jean Mabiko.", {"ravel-front", "kestrel-trading", "jean-mabiko"}),
])
def test_counted_targets_named_after_a_colon(extract, text, targets):
    doc = extract(text)
    assert any(set(m.get("targets") or []) == targets for m in _measures(doc)), _measures(doc)


def test_counted_targets_without_a_list_name_no_one(extract):
    # control: counted targets with nothing listed after them target no one named in the sentence
    doc = extract("Canada today designated two entities and one individual under its sanctions law, the ministry "
                  "said.")
    assert not any(m.get("targets") for m in _measures(doc) if m.get("authority") == "canada"), _measures(doc)


# ---------------------------------------------------------------- 3. "intends to designate"
@pytest.mark.parametrize("text", [
    "Canada intends to designate Kestrel Trading once the review is concluded.",
    "Japan plans to designate Kestrel Trading, a Dubai-based firm, next month.",
])
def test_intent_to_designate_is_announced(extract, text):
    doc = extract(text)
    assert [m.get("status") for m in _measures(doc) if "kestrel-trading" in (m.get("targets") or [])] == \
        ["announced"], _measures(doc)


def test_to_designate_a_place_is_no_measure(extract):
    # control: "designate" of a zone is not a measure on anyone
    doc = extract("Canada intends to designate Tolo a protected zone.")
    assert not _measures(doc), _measures(doc)


# ---------------------------------------------------------------- 4. "the Committee" and "it" after it
COMMITTEE = "The Panel reports to the Security Council Committee established pursuant to resolution 2790 (2025). "


@pytest.mark.parametrize("text, status", [
    (COMMITTEE + "On 3 May, the Committee added the Ravel Front's commander, Jean Mabiko, to its sanctions list.",
     "imposed"),
    (COMMITTEE + "In March the Committee added Jean Mabiko, a commander of the Ravel Front, to the sanctions list. "
     "Later it removed Kestrel Trading from the list.", "lifted"),
])
def test_the_committee_named_short_imposes(extract, text, status):
    doc = extract(text)
    measures = [m for m in _measures(doc) if m.get("status") == status]
    assert measures and all(m.get("authority", "").startswith("security-council-committee") for m in measures), \
        _measures(doc)
    assert "ravel-front" not in _authorities(doc)


def test_it_after_no_measure_is_not_an_earlier_authority(extract):
    # control: "it" two sentences after a measure is not carried over to a group's own act
    doc = extract("Canada sanctioned Kestrel Trading in May. The firm moved to Dubai. The Ravel Front said it "
                  "removed its fighters from Tolo.")
    assert not any(m.get("status") == "lifted" for m in _measures(doc)), _measures(doc)


# ---------------------------------------------------------------- 5. a finding of its own confirms what was reported
@pytest.mark.parametrize("text", [
    "Fighters of the Ravel Front killed nine villagers at Tolo on Sunday. The Human Rights Commission of Ghana said "
    "on Tuesday that its own investigation had established that the villagers killed at Tolo were civilians.",
    "Fighters of the Ravel Front killed nine villagers at Tolo on Sunday. The Human Rights Commission of Ghana said "
    "its own investigators had found that the victims at Tolo were unarmed farmers.",
])
def test_own_inquiry_confirming_earlier_report_concurs(extract, text):
    doc = extract(text)
    stances = [s["stance"] for s in doc["statements"] if s["speaker"].startswith("human-rights-commission")]
    assert stances == ["concurs"], doc["statements"]


def test_own_inquiry_with_nothing_reported_before_asserts(extract):
    # control: an inquiry's finding with no earlier relation to confirm is the body's own assertion
    doc = extract("The Human Rights Commission of Ghana said its own inquiry had found that the new prison at Tolo "
                  "was overcrowded.")
    assert "concurs" not in [s["stance"] for s in doc["statements"]], doc["statements"]
