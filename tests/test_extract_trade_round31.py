"""Round 31, trade area (sanctions), tuned on heldout33.

1. "a decision which subjects X and Y to the freezing of funds", "was subjected to an asset freeze by Z": the
   object of "subject ... to" a sanctions word is a target (verbs.yaml, ``words.sanctions`` has "freezing").
2. "the Council included X in the list of persons subject to restrictive measures": "include ... in" a list is a
   listing, only with a sanctions word in the sentence (verbs.yaml).
"""
from __future__ import annotations

import pytest

from .extract_cases import extract, claims, measures  # noqa: F401

FRONT = "The Korvo Front is an armed group active in the east. "


def _measures(doc) -> set:
    return {(m.get("authority"), tuple(m.get("targets") or [])) for m in measures(doc)}


# ---------------------------------------------------------------- 1. "subjects X to the freezing of funds"
@pytest.mark.parametrize("text, authority", [
    (FRONT + "The Government of Canada adopted Order No. 14/2029, which subjects the Korvo Front to the freezing of "
     "funds and economic resources.", "canada"),
    (FRONT + "The European Union has subjected the Korvo Front to an asset freeze and a travel ban.", "european-union"),
    (FRONT + "The Korvo Front was subjected to an asset freeze by the European Union in March.", "european-union"),
])
def test_subjecting_a_body_to_a_freeze_is_a_measure(extract, text, authority):
    doc = extract(text)
    assert (authority, ("korvo-front",)) in _measures(doc), _measures(doc)


def test_subjecting_a_body_to_questioning_is_no_measure(extract):
    """Negative control: "subjected to" no sanctions word."""
    doc = extract(FRONT + "The European Union has subjected the Korvo Front's envoys to long questioning at the border.")
    assert not measures(doc), _measures(doc)


# ---------------------------------------------------------------- 2. "included X in the list"
@pytest.mark.parametrize("text", [
    FRONT + "Last week the Council of the European Union included the Korvo Front in the list of persons and "
    "entities subject to restrictive measures.",
    FRONT + "On Monday the Council of the European Union included the Korvo Front in its sanctions list.",
    FRONT + "The Korvo Front was included in the list of terrorist entities subject to an asset freeze by the "
    "Council of the European Union.",
])
def test_including_a_body_in_a_sanctions_list_is_a_listing(extract, text):
    doc = extract(text)
    assert ("council-of-the-european-union", ("korvo-front",)) in _measures(doc), _measures(doc)


def test_including_a_body_in_another_list_is_no_listing(extract):
    """Negative control: a list with no sanctions word."""
    doc = extract(FRONT + "The Council of the European Union included the Korvo Front in the list of parties invited "
                  "to the talks.")
    assert not measures(doc), _measures(doc)


# ---------------------------------------------------------------- 3. "the haulier" is the firm named before
@pytest.mark.parametrize("text", [
    "Police said the rifles were carried by a lorry of Transports Delmar, a Tarsk haulier. On Tuesday the European "
    "Union instructed banks to block all accounts held by the haulier.",
    "Police said the drones were shipped by Transports Delmar, a Tarsk freight forwarder. The European Union later "
    "froze the assets of the freight forwarder.",
    "Transports Delmar, a small Tarsk transporter, moved the mortars to the border. In May the European Union froze "
    "the funds of the transporter and of its owner.",
])
def test_a_carrier_named_by_its_trade_is_the_firm_before(extract, text):
    doc = extract(text)
    assert any(a == "european-union" and "transports-delmar" in t for a, t in _measures(doc)), _measures(doc)


def test_a_carrier_never_named_is_no_target(extract):
    """Negative control: no firm named before the trade noun."""
    doc = extract(FRONT + "Police said the rifles came by road. The European Union later froze the assets of the haulier.")
    assert not measures(doc), _measures(doc)


# ---------------------------------------------------------------- 4. a relative clause after a colon's list
@pytest.mark.parametrize("text", [
    "Last Friday Canada imposed sanctions on two individuals under its regulations: the gang's treasurer, Aldo Brenn, "
    "and a shipping agent, Piet Olen, who the Finance Ministry of Varnelia says moved the boats.",
    "Canada imposed sanctions on two individuals on Monday: the group's financier, Aldo Brenn, and its spokesman, "
    "Piet Olen, whom the Finance Ministry of Varnelia had named in May.",
    "The European Union added two of the Korvo Front's commanders to its list: Aldo Brenn and Piet Olen, whose "
    "arrest the Finance Ministry of Varnelia has sought since May.",
])
def test_a_relative_clause_after_the_colon_list_names_no_target(extract, text):
    doc = extract(FRONT + text)
    assert any(set(t) == {"aldo-brenn", "piet-olen"} for _, t in _measures(doc)), _measures(doc)


def test_a_colon_list_longer_than_its_count_names_no_target(extract):
    """Negative control: three names for two counted individuals are no reading of the count."""
    doc = extract(FRONT + "Canada imposed sanctions on two individuals on Monday: Aldo Brenn, Piet Olen and Ivo Dren.")
    assert not any("ivo-dren" in t for _, t in _measures(doc)), _measures(doc)


# ---------------------------------------------------------------- 5. "identified X as having delivered"
def _transfers(doc) -> set:
    return {(c.get("supplier"), c["recipient"]) for c in claims(doc, "ArmsTransfer")}


@pytest.mark.parametrize("text", [
    FRONT + "The European Union identified a Tarsk-based dhow operator, Delmar Marine Ltd, as having delivered four "
    "consignments of rifles to the Korvo Front between April and June.",
    FRONT + "The European Union identified Delmar Marine Ltd as having shipped rifles to the Korvo Front.",
    FRONT + "The European Union listed Delmar Marine Ltd as having sold drones to the Korvo Front.",
])
def test_the_body_identified_as_having_supplied_is_the_supplier(extract, text):
    doc = extract(text)
    assert ("delmar-marine-ltd", "korvo-front") in _transfers(doc), _transfers(doc)
    assert not any(s == "european-union" for s, _ in _transfers(doc)), _transfers(doc)


def test_a_body_that_delivered_as_part_of_a_deal_is_the_supplier(extract):
    """Negative control: an "as" phrase on the transfer verb itself leaves its subject the supplier."""
    doc = extract(FRONT + "The European Union itself has delivered rifles to the Korvo Front as part of a training deal.")
    assert ("european-union", "korvo-front") in _transfers(doc), _transfers(doc)


# ---------------------------------------------------------------- 7. "arms seized from X came from Y"
@pytest.mark.parametrize("text", [
    FRONT + "The rifles seized from the Korvo Front in May came from Delmar Marine Ltd.",
    FRONT + "Police believe that pistols seized from the Korvo Front last year came from Delmar Marine Ltd, a Tarsk "
    "dealer.",
    FRONT + "Investigators said the mortars recovered from the Korvo Front originated from Delmar Marine Ltd.",
])
def test_arms_seized_from_a_group_came_from_a_supplier(extract, text):
    doc = extract(text)
    assert ("delmar-marine-ltd", "korvo-front") in _transfers(doc), _transfers(doc)


def test_arms_seized_in_a_town_have_no_recipient(extract):
    """Negative control: a place the arms were seized in received nothing."""
    doc = extract(FRONT + "The rifles seized in Tarsk in May came from Delmar Marine Ltd.")
    assert not _transfers(doc), _transfers(doc)


def test_a_designation_subjecting_its_targets_to_a_freeze_is_one_measure(extract):
    """Negative control: "designated X, subjecting it to an asset freeze" codes no second measure."""
    doc = extract(FRONT + "On 2 May the European Union designated the Korvo Front, subjecting it to an asset freeze.")
    assert len(measures(doc)) == 1, _measures(doc)
