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
