"""Round 36, the lead's rule (issue #12), from the customs releases of heldout34, heldout37 and heldout38:
"Customs officers ... found rifles and ammunition ..., the X Authority announced today" in X's own release is
neither the issuer's statement (its own voice) nor its officers' (a discovery of things is no finding).
``SpeakerFinder._discovery`` in kb/extract/speakers.py."""
from __future__ import annotations

import pytest

from .extract_cases import extract, stances  # noqa: F401

_HEAD = "OSTLAND REVENUE AUTHORITY\nCustoms Division\n\nPRESS RELEASE\n\nKessa, 9 July 2030\n\n"


@pytest.mark.parametrize("opening", [
    "Customs officers at the bonded yard of the Port of Kessa found assault rifles and ammunition hidden in "
    "three used cars on Thursday, the Ostland Revenue Authority announced today.",
    "Officers of the Customs Division examining a container of tractor parts at the Varno depot on Friday found "
    "machine guns, mortar bombs and ammunition packed inside crates, the Ostland Revenue Authority said today.",
    "Customs officers checking the baggage car of the night train from Lirra on Monday found pistols, "
    "hand grenades and ammunition sewn into bales declared as clothing, the Ostland Revenue Authority announced today.",
])
def test_a_customs_find_in_the_issuers_release_is_no_statement(extract, opening):
    doc = extract(_HEAD + opening + " It is the first seizure of weapons at the site.")
    assert not doc["statements"], stances(doc)


def test_a_finding_about_the_weapons_still_speaks(extract):
    """Negative control: what the finder reports of the weapons ("rifles that X had bought from Y") is a
    finding, and so is "found that ..."."""
    doc = extract("The Panel found rifles that the Bakari Front had bought from Lumo Trading. The Panel found "
                  "that Lumo Trading had also shipped mortars to the Bakari Front.")
    assert ("panel", "asserts") in stances(doc), stances(doc)


def test_found_that_misread_as_an_object_still_speaks(extract):
    """Negative control: the parser may hang "that X procured machine guns" on "found" as its object."""
    doc = extract("The Panel found that HNJ procured machine guns from Kismayo-based Waamo Logistics Ltd between "
                  "June and October 2026, paying in cash.")
    assert ("panel", "asserts") in stances(doc), stances(doc)


def test_a_seizure_reported_by_another_body_still_speaks(extract):
    """Negative control: outside the issuer's own release, the body that announces a seizure speaks."""
    doc = extract("KESSA, July 9 (Varno Wire) - Customs officers at the Port of Kessa found 40 assault rifles "
                  "in a lorry on Thursday, the Customs Directorate of Ostland announced.")
    assert any(s == "asserts" for _, s in stances(doc)), stances(doc)


@pytest.mark.parametrize("masthead,body,state", [
    ("REPUBLIC OF NORTH MACEDONIA\nMinistry of Economy", "Ministry of Economy", "North Macedonia"),
    ("REPUBLIC OF SOUTH AFRICA\nMinistry of Trade and Industry", "Ministry of Trade and Industry", "South Africa"),
    ("REPUBLIC OF SIERRA LEONE\nMinistry of Finance", "Ministry of Finance", "Sierra Leone"),
])
def test_a_ministry_named_with_its_state_is_not_named_twice(extract, masthead, body, state):
    """(round 36) A state body whose name already holds its state keeps that name: "Ministry of Economy and Industry
    of the Republic of Bulgaria", never "... of the Republic of Bulgaria of Bulgaria" (engine._state_bodies_named)."""
    doc = extract(f"{masthead}\n\nPress release\n\nSofia, 9 July 2030\n\nOn Tuesday the {body} froze the funds "
                  f"of Lumo Trading Ltd, a company that sold rifles to the Bakari Front, an armed group in Mali. Banks "
                  f"in {state} must report any such funds to the authorities of {state}.\n\n{body} of the Republic of "
                  f"{state}\n")
    labels = [e.get("label", "") for e in doc["entities"]]
    assert not any(label.count(state) > 1 for label in labels), labels


def test_a_ministry_named_without_its_state_takes_it(extract):
    """Negative control: "the Ministry of Finance" in a release whose masthead names its state is that state's."""
    doc = extract("REPUBLIC OF SLOVENIA\nMinistry of Finance\n\nPress release\n\nLjubljana, 9 July 2030\n\nOn "
                  "Tuesday the Ministry of Finance froze the funds of Lumo Trading Ltd, a company that sold rifles to "
                  "the Bakari Front, an armed group in Mali. Banks in Slovenia must report any such funds to the "
                  "authorities of Slovenia.")
    assert any(e.get("label") == "Ministry of Finance of Slovenia" for e in doc["entities"]), \
        [e.get("label") for e in doc["entities"]]


def _ids(doc) -> set:
    return {e["id"] for e in doc["entities"]}


@pytest.mark.parametrize("text", [
    "On Tuesday the Treasury of Moldova froze the funds of Lumo Trading Ltd, a company that sold rifles to the "
    "Bakari Front.",
    "Last week Moldova's Treasury froze the funds of Lumo Trading Ltd, a company that sold rifles to the Bakari Front.",
    "The Foreign Office of Kenya said on Monday that it had frozen the funds of Lumo Trading Ltd.",
])
def test_another_states_body_is_not_the_lexicons(extract, text):
    """(round 36) A body the lexicon holds for one state ("Treasury": the United States'; "Foreign Office": the United
    Kingdom's) named with another state ("of Moldova", "Moldova's") is that state's body, never linked to it: a wrong
    identity is worse than none (anaphora._own_bodies_only)."""
    doc = extract(text)
    assert not _ids(doc) & {"treasury-department", "foreign-office"}, _ids(doc)


def test_the_lexicons_body_named_with_its_own_state_links(extract):
    """Negative control: "the Treasury of the United States" is the United States Department of the Treasury."""
    doc = extract("The Treasury of the United States froze the funds of Lumo Trading Ltd on Tuesday.")
    assert "treasury-department" in _ids(doc), _ids(doc)
