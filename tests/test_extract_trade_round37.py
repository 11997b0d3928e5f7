"""Round 37, trade area (arms transfers), tuned on heldout39.

1. "declared as transit cargo for Chad", "consignments of rifles for Mali": a state after "for" on a transfer noun
   is where the cargo goes, not its recipient (verbs.yaml, the transfer nouns' ``slot_not_class``); "a delivery of
   rifles to Zambia" still has the state for recipient.
2. "The bill of lading names X, a rice exporter in Sihanoukville, Cambodia, as the shipper": a description with a
   place and its country between the name and "as the shipper" (relations.yaml, Shipper patterns).
3. "instructed the Ministry to prepare a further decision freezing the assets of X": a measure the verbs above the
   decision it is the participle of have still to make is announced (slotlists.py ``sanctions_status``).
4. "REPUBLIC OF X / Ministry of Foreign Affairs" (no one issuer), then "The Government has also decided to freeze ...":
   a bare "the Government" is the state an earlier measure has for authority, not the state the text names most
   (measures.py ``_bare_government``, ``measure_values``).
"""
from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401

FRONT = "FICTIONAL TEST DOCUMENT.\n\n"


def _recipients(doc) -> set:
    return {c["recipient"] for c in claims(doc, "ArmsTransfer")}


# ---------------------------------------------------------------- 1. a state after "for": a destination
@pytest.mark.parametrize("text,state", [
    (FRONT + "Officers at the port of Varnel found 40 assault rifles sewn into sacks of maize. The sacks had been "
     "declared as transit cargo for Niger.", "niger"),
    (FRONT + "Customs officers seized 12 machine guns hidden in a container of tiles. The container was unloaded on "
     "3 May as a transit consignment for Mali.", "mali"),
    (FRONT + "Inspectors found 300 hand grenades in crates of tractor parts at the Kesto dry port. The crates were "
     "declared as transit freight cargo for Zambia.", "zambia"),
])
def test_a_state_after_for_is_a_destination(extract, text, state):
    assert state not in _recipients(extract(text)), _recipients(extract(text))


def test_a_state_after_to_is_still_a_recipient(extract):
    doc = extract(FRONT + "The Panel documented the delivery of 40 assault rifles to Zambia by Harlow Arms Ltd in May.")
    assert "zambia" in _recipients(doc), _recipients(doc)


# ---------------------------------------------------------------- 2. "names X, a ... in City, Country, as the shipper"
GROUP = "FICTIONAL TEST DOCUMENT.\n\nThe Korvo Front is an armed group active in the east of Ostland.\n\n"


def _pairs(doc) -> set:
    return {(c.get("supplier"), c["recipient"]) for c in claims(doc, "ArmsTransfer")}


@pytest.mark.parametrize("text,supplier", [
    (GROUP + "Customs officers at the port of Varnel on Tuesday found 40 assault rifles hidden in a container of "
     "floor tiles. The bill of lading names Dravic Tile Export Ltd, a tile maker in Split, Croatia, as the shipper. "
     "The police said on Monday that the weapons were destined for the Korvo Front.", "dravic-tile-export-ltd"),
    (GROUP + "Officers at the Kesto dry port found 300 hand grenades in crates of pump parts. The manifest lists "
     "Olmeda Pumps SA, a pump manufacturer in Valencia, Spain, as the consignor. The gendarmerie said on Friday "
     "that the weapons had been intended for the Korvo Front.", "olmeda-pumps-sa"),
    (GROUP + "Inspectors at the port of Varnel found 12 machine guns in bales of cotton. The airway bill identifies "
     "Tamsin Cotton Traders Ltd, a cotton exporter in Mombasa, Kenya, as the shipper. The police said the weapons "
     "were destined for the Korvo Front.", "tamsin-cotton-traders-ltd"),
])
def test_a_shipper_described_with_its_city_and_country(extract, text, supplier):
    doc = extract(text)
    assert (supplier, "korvo-front") in _pairs(doc), _pairs(doc)


def test_a_consignee_described_with_its_city_is_no_shipper(extract):
    doc = extract(GROUP + "Customs officers at the port of Varnel found 40 assault rifles in a container of floor "
                  "tiles. The bill of lading names Dravic Tile Export Ltd, a tile importer in Varnel, Ostland, as the "
                  "consignee. The police said the weapons were destined for the Korvo Front.")
    assert not any(s == "dravic-tile-export-ltd" for s, _ in _pairs(doc)), _pairs(doc)


# ---------------------------------------------------------------- 3. "prepare a decision freezing ...": announced
def _measures(doc) -> list:
    return [(m.get("authority"), sorted(m.get("targets") or []), m.get("status")) for m in claims(doc, "SanctionsMeasure")]


FROZEN = GROUP + "On Monday the Government of Estonia froze the funds of the Korvo Front.\n\n"


@pytest.mark.parametrize("text", [
    FROZEN + "The Government has instructed the Ministry of Finance to prepare, by the end of June, a further "
    "decision freezing the assets of Anton Vell Marek.",
    FROZEN + "The Government is preparing a decision freezing the funds of Anton Vell Marek.",
    FROZEN + "The Government has directed the Ministry of Justice to prepare an order freezing the funds and economic resources of Anton Vell "
    "Marek.",
])
def test_a_decision_to_be_prepared_is_announced(extract, text):
    found = _measures(extract(text))
    assert any("anton-vell-marek" in t and s == "announced" for _, t, s in found), found
    assert not any("anton-vell-marek" in t and s == "imposed" for _, t, s in found), found


def test_a_decision_adopted_is_imposed(extract):
    found = _measures(extract(FROZEN + "The Government on Tuesday adopted a decision freezing the assets of Anton "
                                       "Vell Marek."))
    assert any("anton-vell-marek" in t and s == "imposed" for _, t, s in found), found


# ---------------------------------------------------------------- 4. a bare "the Government" with no one issuer
MASTHEAD = "FICTIONAL TEST DOCUMENT.\n\nREPUBLIC OF {state}\nMinistry of Foreign Affairs\n\nPress Release\n\n"


@pytest.mark.parametrize("state,text", [
    ("ESTONIA", "At its meeting on Wednesday, the Government of the Republic of Estonia approved a decision freezing "
     "all funds of the Korvo Front, an armed group in Yemen. The decision follows the listing of the Korvo Front by "
     "the Council of the European Union on 15 May.\n\nThe Government has also decided to freeze the assets of Anton "
     "Vell Marek, a financier of the group in Yemen."),
    ("LATVIA", "On Tuesday the Government of the Republic of Latvia decided to freeze the funds of the Korvo Front, an "
     "armed group in Somalia, after its listing by the Council of the European Union.\n\nThe Government also froze "
     "the accounts of Anton Vell Marek, a broker in Somalia."),
    ("ESTONIA", "The Government of the Republic of Estonia on Monday ordered the freezing of all assets of the Korvo "
     "Front, an armed group in Mali. The Council of the European Union had listed the group in April.\n\nThe "
     "Government has further decided to freeze the funds of Anton Vell Marek, who runs the group's finances in Mali."),
])
def test_a_bare_government_is_the_state_of_the_measure_before(extract, state, text):
    found = _measures(extract(MASTHEAD.format(state=state) + text))
    assert any(a == state.lower() and "anton-vell-marek" in t for a, t, _ in found), found
