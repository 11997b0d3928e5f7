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
