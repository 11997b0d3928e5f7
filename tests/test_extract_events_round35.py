"""Classes of event errors from heldout37 (round 35, issue #12), each with fictional sentences of its own and a
negative control."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _suppliers(doc):
    return {c.get("supplier") for c in claims(doc, "ArmsTransfer")}


# ---------------------------------------------------------------- 1. "charged a dealer with selling rifles to X"
@pytest.mark.parametrize("text,authority", [
    ("The Varno Police Service said it had charged a gun dealer from Kelmar with selling rifles to the "
     "Corvana Brotherhood.", "varno-police-service"),
    ("Prosecutors in Tessa said the Ostrava Customs Bureau had charged a trucker with smuggling grenades to the "
     "Corvana Brotherhood.", "ostrava-customs-bureau"),
    ("The Lusso Border Agency on Friday indicted two boatmen with ferrying ammunition to the Corvana Brotherhood.",
     "lusso-border-agency"),
])
def test_who_charges_a_seller_supplies_nothing(extract, text, authority):
    assert authority not in _suppliers(extract(text)), claims(extract(text), "ArmsTransfer")


def test_a_firm_charged_for_its_sale_still_sells(extract):
    # negative control: the seller named as subject of its own verb stays the supplier
    doc = extract("The Varno Police Service said the Kelmar Arms Company sold rifles to the Corvana Brotherhood.")
    assert "kelmar-arms-company" in _suppliers(doc), claims(doc, "ArmsTransfer")


# ---------------------------------------------------------------- 2. "designated A, its leader, B, its chief ..., C"
def _targets(doc):
    return [set(c["targets"]) for c in claims(doc, "SanctionsMeasure")]


@pytest.mark.parametrize("text,names", [
    ("On 3 March the Varno Treasury designated the Corvana Brotherhood, its leader, Anton Pelik Varda, its chief "
     "financier, Mira Tolst Enko, and Kelmar Timber Ltd, a sawmill in Tessa.",
     {"corvana-brotherhood", "anton-pelik-varda", "mira-tolst-enko", "kelmar-timber-ltd"}),
    ("The Varno Treasury sanctioned the Corvana Brotherhood, its commander, Anton Pelik Varda, and Kelmar Timber Ltd.",
     {"corvana-brotherhood", "anton-pelik-varda", "kelmar-timber-ltd"}),
    ("The Ostrava Council designated the Lusso Front, its deputy military commander, Mira Tolst Enko, and its "
     "spokesman, Anton Pelik Varda.", {"lusso-front", "mira-tolst-enko", "anton-pelik-varda"}),
])
def test_a_title_between_commas_keeps_the_list(extract, text, names):
    doc = extract(text)
    assert any(names <= t for t in _targets(doc)), claims(doc, "SanctionsMeasure")


def test_a_speaker_after_a_titled_name_is_no_target(extract):
    # negative control: "A, its leader, B, said ...": B speaks, he is no second target of the measure
    doc = extract("The Varno Treasury designated the Corvana Brotherhood on Monday. The group's rival, the Lusso "
                  "Front, its leader, Anton Pelik Varda, said the designation was overdue.")
    assert not any("anton-pelik-varda" in t for t in _targets(doc)), claims(doc, "SanctionsMeasure")


# ---------------------------------------------------------------- 3. freezes and standing embargoes written long
@pytest.mark.parametrize("text,target", [
    # the holder after the place where the assets are
    ("The Varno Treasury adopted a decision freezing all funds and economic resources in Varno of the Corvana "
     "Brotherhood.", "corvana-brotherhood"),
    ("The Varno Treasury on Monday froze the assets in Tessa of the Kelmar Timber Company.", "kelmar-timber-company"),
    ("The Varno Treasury blocked all property in Varno of the Lusso Front.", "lusso-front"),
    # an order to freeze
    ("The Varno Treasury ordered the freezing of the accounts of Kelmar Timber Ltd.", "kelmar-timber-ltd"),
    ("The Varno Treasury ordered, under the Law on Money Laundering, the freezing of the accounts of Kelmar Timber "
     "Ltd, a sawmill in Tessa.", "kelmar-timber-ltd"),
    ("The Varno Treasury on Friday ordered the freeze of the assets of the Lusso Front.", "lusso-front"),
    # a standing embargo kept in place
    ("The Varno Treasury has kept an embargo on arms and related materiel to Ostrava in place since March 1994.",
     "ostrava"),
    ("The Varno Treasury kept its arms embargo on the Lusso Front in place for another year.", "lusso-front"),
    ("The Varno Treasury has kept sanctions against the Corvana Brotherhood since 2019.", "corvana-brotherhood"),
])
def test_a_freeze_or_embargo_written_long_names_its_target(extract, text, target):
    doc = extract(text)
    assert any(target in t for t in _targets(doc)), claims(doc, "SanctionsMeasure")


@pytest.mark.parametrize("text", [
    "The Varno Treasury ordered the closure of the offices of Kelmar Timber Ltd.",
    "The Varno Treasury kept the accounts of Kelmar Timber Ltd in Tessa for auditing.",
])
def test_an_order_or_keeping_without_a_measure_is_none(extract, text):
    # negative control: no sanctions word is ordered or kept
    assert not claims(extract(text), "SanctionsMeasure")


# ---------------------------------------------------------------- 4. "every cargo his company sent to X": no unnamed sender
@pytest.mark.parametrize("text", [
    "Anton Pelik Varda said every cargo of rifles his company had sent to the Corvana Brotherhood was licensed.",
    "Rifles sent by her firm to the Corvana Brotherhood were seized at Tessa, Mira Tolst Enko's lawyer said.",
    "Anton Pelik Varda insisted the grenades his trading company shipped to the Corvana Brotherhood were for mining.",
])
def test_a_sender_known_through_its_owner_is_no_unnamed_supplier(extract, text):
    doc = extract(text)
    assert not any(c.get("supplier") in (None, "unnamed-supplier") for c in claims(doc, "ArmsTransfer")), \
        claims(doc, "ArmsTransfer")


def test_a_groups_own_supplier_stays_unnamed(extract):
    # negative control: "its supplier" names no body the reader knows: a transfer without supplier stays
    doc = extract("The militia said its supplier had shipped rifles to the Corvana Brotherhood.")
    assert claims(doc, "ArmsTransfer"), doc["claims"]


# ---------------------------------------------------------------- 5. "sold rifles to X, shipping them to Port B": no state recipient
@pytest.mark.parametrize("text,place", [
    ("Kelmar Timber Ltd sold 1,500 assault rifles to the Corvana Brotherhood, shipping them from Tessa to Port Sudan "
     "in three consignments.", "sudan"),
    ("Kelmar Timber Ltd sold 300 rifles to the Corvana Brotherhood and shipped them to Kuwait City.", "kuwait"),
    ("Kelmar Timber Ltd supplied grenades to the Corvana Brotherhood, flying them to Chad at night.", "chad"),
])
def test_where_sold_items_are_carried_is_no_recipient(extract, text, place):
    doc = extract(text)
    recipients = {c.get("recipient") for c in claims(doc, "ArmsTransfer")}
    assert "corvana-brotherhood" in recipients and place not in recipients, claims(doc, "ArmsTransfer")


def test_a_second_buyer_the_items_are_sold_on_to_stays(extract):
    # negative control: "sold them to Chad" after the first sale: a recipient of its own verb with its own subject
    doc = extract("Kelmar Timber Ltd sold 300 rifles to the Corvana Brotherhood, and the Brotherhood sold them to Chad.")
    assert "chad" in {c.get("recipient") for c in claims(doc, "ArmsTransfer")}, claims(doc, "ArmsTransfer")
