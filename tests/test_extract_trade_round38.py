"""Round 38, trade area (sanctions measures), tuned on heldout40.

1. "The Government of X adopted, on the basis of the Y Act, an ordinance freezing the funds of Z": the instrument
   noun the inserted phrase leaves hanging as an adverb (or apposed to the law's name) is still adopted by the
   verb's subject, who imposes the measure (sharedsubjects.py ``_adopting``).
2. "ordered the freezing of the accounts held at two banks by X": the holder a participle on the assets names
   (verbs.yaml, the order frame's ``dobj>prep:of>acl>agent``).
3. "ordered the freezing of the funds of A, ..., and of B": the second holder the parse hangs on the freezing noun
   (paths.py ``freezing_of``).
"""
from __future__ import annotations

import pytest

from .extract_cases import measures, extract  # noqa: F401

FRONT = "FICTIONAL TEST DOCUMENT.\n\n"


def _keys(doc) -> set:
    return {(m["authority"], tuple(m["targets"])) for m in measures(doc) if m.get("authority")}


# ---------------------------------------------------------------- 1. an instrument after an inserted phrase
@pytest.mark.parametrize("text,want", [
    (FRONT + "The Government of Austria adopted, on the basis of the Sanctions Act, an ordinance freezing all funds "
     "and economic resources in Austria of the Red Hand Brigade (RHB), an armed group in Kessia.",
     ("austria", ("red-hand-brigade",))),
    (FRONT + "On Monday the Government of Norway adopted, under the Act on International Restrictive Measures, a "
     "decree freezing all funds of the Velmor Front.", ("norway", ("velmor-front",))),
    (FRONT + "The Government of Liechtenstein adopted, on the basis of the Law on the Enforcement of International "
     "Sanctions (ISG), an ordinance freezing all funds of the Red Hand Brigade.",
     ("liechtenstein", ("red-hand-brigade",))),
])
def test_an_instrument_after_an_inserted_phrase_is_adopted_by_the_subject(extract, text, want):
    assert want in _keys(extract(text)), _keys(extract(text))


def test_an_instrument_only_mentioned_is_no_adopters_act(extract):
    doc = extract(FRONT + "The Government of Austria criticised, in a statement on Monday, an ordinance freezing all "
                  "funds of the Red Hand Brigade.")
    assert not any(a == "austria" for a, _ in _keys(doc)), _keys(doc)


# ---------------------------------------------------------------- 2. "the accounts held by X"
@pytest.mark.parametrize("text,target", [
    (FRONT + "On Friday the Financial Intelligence Unit ordered the freezing of the accounts held at two banks by "
     "Kessel Holdings Ltd.", "kessel-holdings-ltd"),
    (FRONT + "The Financial Intelligence Unit ordered the freezing of the accounts held by Kessel Holdings Ltd at "
     "two banks.", "kessel-holdings-ltd"),
    (FRONT + "The Financial Intelligence Unit ordered the freezing of the deposits held by Marrow Shipping Ltd.",
     "marrow-shipping-ltd"),
])
def test_the_holder_of_frozen_accounts(extract, text, target):
    assert ("financial-intelligence-unit", (target,)) in _keys(extract(text)), _keys(extract(text))


def test_accounts_held_by_a_bank_for_no_one_named(extract):
    doc = extract(FRONT + "The Financial Intelligence Unit ordered the review of the accounts held at two banks.")
    assert not measures(doc), measures(doc)


# ---------------------------------------------------------------- 3. "the funds of A and of B"
@pytest.mark.parametrize("text,targets", [
    (FRONT + "The Financial Intelligence Unit ordered, under the Banking Act, the freezing of the funds of the "
     "militia's paymaster, Omar Dalli, and of Sahel Freight SARL, a haulier he owns.", ("omar-dalli", "sahel-freight-sarl")),
    (FRONT + "On 17 May the Financial Intelligence Unit ordered, under Law No. 4411, the administrative freezing of "
     "the funds of Marta Ruiz Soto, a lawyer in Iquitos, and of Fluvial Cargas S.A.C., a boat operator "
     "that she owns.", ("marta-ruiz-soto", "fluvial-cargas-s-a-c")),
    (FRONT + "On Tuesday the Financial Intelligence Unit ordered, under Decree No. 12, the freezing of the assets of "
     "the group's financier, Lena Kostic, and of Drava Mining Ltd, a quarry she runs.", ("lena-kostic", "drava-mining-ltd")),
])
def test_both_holders_of_frozen_funds(extract, text, targets):
    keys = _keys(extract(text))
    assert any(a == "financial-intelligence-unit" and set(t) == set(targets) for a, t in keys), keys


def test_one_holder_stays_one(extract):
    doc = extract(FRONT + "The Financial Intelligence Unit ordered the freezing of the funds of Kessel Holdings Ltd.")
    assert ("financial-intelligence-unit", ("kessel-holdings-ltd",)) in _keys(doc), _keys(doc)
