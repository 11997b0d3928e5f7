"""Statements and sanctions measures, round 8 of issue #12: the error classes
seen on the seventh held-out set, each with new fictional sentences (not the
documents' own): an object pronoun is never its own clause's subject ("the
Treasury designated it"); a measure in a relative clause on its own noun ("the
embargo that the Council placed on X"); "subject to an asset freeze"; a
widening apart from the ban it widens; "ceased to be a designated person"; "an
agreement to list X" by the body that reached it. A document dated Tuesday
2025-06-10; the knowledge base's own entities plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, measures as _measures  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. an object pronoun is not the clause's subject
@pytest.mark.parametrize("text", [
    "The Ravel Front has pushed south from the desert. The Treasury Department designated it a terrorist group in May.",
    "The Ravel Front seized two towns last year. Canada sanctioned it on Friday.",
    "The Ravel Front grew quickly. The European Union imposed sanctions on it in March.",
])
def test_an_object_pronoun_points_past_the_subject(extract, text):
    measure = one(_measures(extract(text)))
    assert measure["targets"] == ["ravel-front"]
    assert measure["authority"] != "ravel-front"


def test_a_possessive_may_be_the_subject(extract):
    # control: "its" may stand for the clause's own subject
    doc = extract("Kestrel Trading sold rifles to the Ravel Front. Kestrel Trading said its lorries carried no arms.")
    assert one(doc["statements"], speaker="kestrel-trading")


# ---------------------------------------------------------------- 2. a measure in a relative clause on its noun
@pytest.mark.parametrize("text, authority", [
    ("The rules enforce the arms embargo that the Security Council placed on the Ravel Front in April.",
     "un-security-council"),
    ("Traders must respect the sanctions that Canada imposed on Kestrel Trading last year.", "canada"),
])
def test_a_measure_in_a_relative_clause(extract, text, authority):
    measure = one(_measures(extract(text)), authority=authority)
    assert measure["status"] == "imposed"


def test_a_relative_clause_on_another_noun_is_no_measure(extract):
    # control: the noun the clause describes is no sanctions word
    doc = extract("Inspectors opened the crates that Canada placed on the Ravel Front's barge in April.")
    assert _measures(doc) == []


# ---------------------------------------------------------------- 3. widening a ban apart from imposing it
def test_a_widened_ban_and_the_ban_it_widens(extract):
    doc = extract("Canada has extended the asset freeze it imposed in February on Kestrel Trading so that it "
                  "covers the firm's subsidiaries.")
    statuses = sorted(m["status"] for m in _measures(doc) if m["targets"] == ["kestrel-trading"])
    assert statuses == ["expanded", "imposed"]


# ---------------------------------------------------------------- 4. subject to a measure
@pytest.mark.parametrize("text, authority", [
    ("Kestrel Trading is subject to Canadian sanctions from today.", "canada"),
    ("Canada sanctioned the Ravel Front on Monday. Kestrel Trading is also subject to a travel ban from today.",
     "canada"),
])
def test_subject_to_a_measure(extract, text, authority):
    one(_measures(extract(text)), authority=authority, targets=["kestrel-trading"])


def test_subject_to_a_review_is_no_measure(extract):
    doc = extract("Canada sanctioned the Ravel Front on Monday. Kestrel Trading is subject to a customs audit.")
    assert not [m for m in _measures(doc) if "kestrel-trading" in m["targets"]]


# ---------------------------------------------------------------- 5. ceasing to be a designated person
@pytest.mark.parametrize("text", [
    "Canada sanctioned the Ravel Front on Monday. Kestrel Trading ceased to be a designated entity today.",
    "Canada sanctioned the Ravel Front on Monday. Kestrel Trading stopped being a listed company on Friday.",
])
def test_ceasing_to_be_designated_is_a_lifting(extract, text):
    measure = one(_measures(extract(text)), targets=["kestrel-trading"])
    assert measure["status"] == "lifted" and measure["authority"] == "canada"


def test_ceasing_to_be_a_supplier_is_no_lifting(extract):
    doc = extract("Canada sanctioned the Ravel Front on Monday. Kestrel Trading ceased to be a licensed exporter.")
    assert not [m for m in _measures(doc) if "kestrel-trading" in m["targets"]]


# ---------------------------------------------------------------- 6. an agreement to list
@pytest.mark.parametrize("text, authority", [
    ("The European Union reached political agreement to list the Ravel Front under its sanctions regime.",
     "european-union"),
    ("Canada announced a plan to sanction Kestrel Trading over its sales of rifles.", "canada"),
])
def test_an_agreement_to_list_is_announced_by_who_reached_it(extract, text, authority):
    measure = one(_measures(extract(text)), authority=authority)
    assert measure["status"] == "announced"


# ---------------------------------------------------------------- 7. a speaker who gives his own name
@pytest.mark.parametrize("text, person", [
    ("A woman who introduced herself as Aicha Bello, spokeswoman of the Ravel Front, said the group had never "
     "attacked Tessit.", "aicha-bello"),
    ("A man who identified himself as Omar Haddad, a commander of the Ravel Front, told reporters that the convoy "
     "carried only food.", "omar-haddad"),
])
def test_a_speaker_who_gives_his_own_name(extract, text, person):
    statement = one(extract(text)["statements"])
    assert statement["speaker"] == person
