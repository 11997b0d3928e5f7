"""Classes of new-entity errors found on the seventh held-out set (round 8,
issue #12), each with new fictional sentences of its own: a document-level
type vote that makes an armed group of a name whose head word reads like a
state's body ("... Council"), the US/U.S./United States spellings of known
bodies, and weapon types written as hyphenated compounds."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, entity_ids as _ids  # noqa: F401 - extract is a fixture


def _types(doc):
    return {e["id"]: e["type"] for e in doc["entities"]}


# ---------------------------------------------------------------- 1. the document's cues type a name
@pytest.mark.parametrize("text,ident", [
    ("Militants of the Harrow Ridge Shura Council (HRSC) burned the market at Tolo on Friday. "
     "The HRSC is one of several jihadist groups active near the border.", "harrow-ridge-shura-council"),
    ("The Lower Senne Defence Council said it had taken the ferry crossing. Dozens of Lower Senne Defence "
     "Council fighters were seen at the crossing, and a witness described the Lower Senne Defence Council, "
     "a rebel coalition, as well armed.", "lower-senne-defence-council"),
    ("Gunmen from the Mujahideen Shura of Wadi Kel attacked a convoy near Ombri. Wadi Kel residents said "
     "the Mujahideen Shura of Wadi Kel fighters had left by dawn.", "mujahideen-shura-of-wadi-kel"),
])
def test_context_makes_an_armed_group(extract, text, ident):
    doc = extract(text)
    assert _types(doc).get(ident) == "ArmedGroup", _types(doc)


@pytest.mark.parametrize("text,ident,cls", [
    # a state's council with a spokesman and a statement: nothing armed about it
    ("The Ostrava Regional Council said in a statement that its spokesman would brief reporters. "
     "The Ostrava Regional Council meets monthly.", "ostrava-regional-council", "GovernmentBody"),
    # one armed cue is not enough
    ("The Marden Security Council met on Monday. Soldiers said fighters of a rival militia had fled.",
     "marden-security-council", "GovernmentBody"),
])
def test_a_state_body_stays_a_state_body(extract, text, ident, cls):
    doc = extract(text)
    assert _types(doc).get(ident, cls) == cls, _types(doc)


# ---------------------------------------------------------------- 3. US spellings of known bodies
@pytest.mark.parametrize("text", [
    "The US Department of State designated the Kelo Front a terrorist group in May.",
    "The United States Department of Commerce added Varnel Optics to its Entity List on Tuesday.",
])
def test_a_us_spelling_links_to_the_known_body(extract, text):
    doc = extract(text)
    assert not any(i.startswith(("us-department", "united-states-department")) for i in _ids(doc)), _ids(doc)


def test_hm_treasury_is_a_uk_body(extract):
    doc = extract("HM Treasury's Office of Financial Sanctions Implementation froze the assets of Dalia Marsh "
                  "on Monday.")
    assert "treasury-department" not in _ids(doc) and "hm-treasury" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 4. weapon types as written
@pytest.mark.parametrize("text,ident", [
    ("Customs officers seized 60 bolt-action sporting rifles at the port of Ulmo.", "bolt-action-sporting-rifles"),
    ("The Kelo Front received pump-action shotguns from a trader in Ulmo.", "pump-action-shotguns"),
    ("Police recovered 12 small surveillance drones from a warehouse in Ulmo.", "surveillance-drones"),
])
def test_a_hyphenated_or_sized_weapon_type(extract, text, ident):
    doc = extract(text)
    assert one(doc["entities"], id=ident)["type"] == "WeaponType"
    assert not {"action-sporting-rifles", "action-shotguns", "small-surveillance-drones"} & _ids(doc), _ids(doc)


def test_small_arms_keep_their_size(extract):
    doc = extract("Police seized small arms and grenades from a truck near Ulmo.")
    assert "small-arms" in _ids(doc), _ids(doc)


def test_a_bare_weapon_word_beside_its_kind_is_not_proposed(extract):
    doc = extract("Police seized 12 surveillance drones at Ulmo. Two drones of the same model were found "
                  "in a shed nearby.")
    assert "surveillance-drones" in _ids(doc) and "drones" not in _ids(doc), _ids(doc)


def test_a_bare_weapon_word_alone_is_kept(extract):
    doc = extract("Police seized 12 drones at a farm near Ulmo on Sunday.")
    assert "drones" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 2. spans: ranks in other languages, committee names
@pytest.mark.parametrize("text,ident", [
    ("The column was led by Général Aristide Mbemba, the commander of the Kelo Front.", "aristide-mbemba"),
    ("Witnesses said Coronel Julián Ortega Vidal had ordered the patrol north.", "julian-ortega-vidal"),
])
def test_a_foreign_rank_is_no_part_of_the_name(extract, text, ident):
    doc = extract(text)
    assert one(doc["entities"], id=ident)["type"] == "Person"
    assert not any(i.startswith(("general-", "coronel-")) for i in _ids(doc)), _ids(doc)


def test_a_committee_name_runs_to_its_concerning(extract):
    doc = extract("The Security Council Committee established pursuant to resolution 3012 (2031) concerning "
                  "the Central African Republic added Aldo Ferris to its list.")
    labels = {e["label"] for e in doc["entities"]}
    assert any(lab.endswith("concerning the Central African Republic") for lab in labels), labels
