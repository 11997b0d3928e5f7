"""Typed relations and entities, round 15 of issue #12 (/work/wt/notes/ROUND15.md):
classes of phrasing heldout14 proposed wrongly or missed, on sentences written
for the purpose, with negative controls.

1. "The Government of X adopted an order imposing sanctions on Y": who adopts
   the instrument imposes the measure (paths.py; verbs.yaml
   ``instrument_nouns``, ``instrument_verbs``).
2. "The order freezes the funds of A, B and the company C": the measure named
   again in full after the lead replaces the lead's shorter one (measures.py
   ``_restating``), and "the company C" is a listed name (slotlists.py).
3. "was designated as a terrorist entity by the Kingdom of X": a state's
   formal name alone is the state (named.py), and a "by" the parse hangs on
   the "as" object is the designating authority (verbs.yaml).
4. "after the General Court annulled its listing": a court's ruling is no
   lifting by the court (measures.py ``_court``; verbs.yaml ``court_nouns``).
5. "delivered drones and a set of sights to X": a "to" the parse hangs on the
   last item names the recipient (verbs.yaml ``dobj>subtree:to``).
6. "a shipment of guns reached X through Y, sent by Z": the participle of
   sending names the supplier (paths.py step ``sender``; verbs.yaml
   ``sending_verbs``).
7. "Documents name a trading company in X, Y, as the shipper": a plural
   subject's verb and a description before the name (relations.yaml Shipper).
8. Sights and detonators are weapon types of their own (weapons.yaml).
"""

from __future__ import annotations

from .extract_cases import extract, measures, one, claims, weapons  # noqa: F401 - extract is a fixture


def _transfers(doc) -> set:
    return {(c.get("supplier"), c.get("recipient")) for c in claims(doc, "ArmsTransfer")}


def _measures(doc) -> set:
    return {(m["authority"], tuple(sorted(m["targets"])), m["status"]) for m in measures(doc)}


# ---------------------------------------------------------------- 1. "adopted an order imposing"
def test_who_adopts_an_order_imposing_sanctions_imposes_them(extract):
    doc = extract("The Government of Latvia today adopted an order imposing national sanctions on the Black Hill "
                  "Brigade, an armed group in the border region.")
    assert ("latvia", ("black-hill-brigade",), "imposed") in _measures(doc)


def test_who_criticises_an_order_imposes_nothing(extract):
    """Negative control: a body that criticised an order imposing sanctions did not impose them."""
    doc = extract("The Government of Latvia criticised an order imposing national sanctions on the Black Hill "
                  "Brigade, an armed group in the border region.")
    assert not [m for m in measures(doc) if m.get("authority") == "latvia"]


# ---------------------------------------------------------------- 2. the measure named again in full
def test_the_order_named_again_gives_the_measure_all_its_targets(extract):
    doc = extract("The Government of Latvia today adopted an order imposing national sanctions on the Black Hill "
                  "Brigade, an armed group. The order freezes the funds and economic resources of the Black Hill "
                  "Brigade (BHB), its commander Ivan Petrovsky and the company Riverside Agro LLC, and bans "
                  "Petrovsky from entering Latvia.")
    found = _measures(doc)
    assert ("latvia", ("black-hill-brigade", "ivan-petrovsky", "riverside-agro-llc"), "imposed") in found
    assert ("latvia", ("black-hill-brigade",), "imposed") not in found


def test_a_second_measure_is_no_restatement(extract):
    """Negative control: a measure whose subject is not "the order" stays a measure of its own."""
    doc = extract("The Government of Latvia today imposed national sanctions on the Black Hill Brigade, an armed "
                  "group. Latvia also froze the assets of the Black Hill Brigade and of Riverside Agro LLC.")
    found = _measures(doc)
    assert ("latvia", ("black-hill-brigade",), "imposed") in found


def test_a_company_described_after_and_is_no_listed_name(extract):
    """Negative control: "and the company that supplied it, C" describes C, it is not "and the company C"."""
    doc = extract("The Government of Latvia today froze the assets of the Black Hill Brigade and the company "
                  "that supplied it, Riverside Agro LLC.")
    assert ("latvia", ("black-hill-brigade",), "imposed") in _measures(doc)


# ---------------------------------------------------------------- 3. "by the Kingdom of X"
def test_a_designation_by_a_kingdom_is_by_the_state(extract):
    doc = extract("The Black Hill Brigade was designated as a terrorist entity by the Kingdom of Jordan in 2024.")
    assert ("jordan", ("black-hill-brigade",), "imposed") in _measures(doc)


def test_a_description_by_a_kingdom_is_no_designation(extract):
    """Negative control: "described as a terrorist group by the Kingdom of X" designates no one."""
    doc = extract("The Black Hill Brigade was described as a dangerous group by the Kingdom of Jordan in 2024.")
    assert not measures(doc)


# ---------------------------------------------------------------- 4. a court's annulment
def test_a_court_annulling_a_listing_lifts_nothing(extract):
    doc = extract("On Monday the Council of the European Union removed Skyline Cargo Ltd, an air cargo operator, "
                  "from its list of persons subject to restrictive measures, after the General Court annulled its "
                  "listing in March.")
    found = _measures(doc)
    assert ("council-of-the-european-union", ("skyline-cargo-ltd",), "lifted") in found
    assert not [m for m in found if m[0] == "general-court"]


# ---------------------------------------------------------------- 5. "to X" hung on the last item
def test_a_to_on_the_last_item_names_the_recipient(extract):
    doc = extract("Kestrel Trading delivered at least twelve commercial drones and a set of thermal-imaging sights "
                  "to the Black Hill Brigade in February.")
    assert ("kestrel-trading", "black-hill-brigade") in _transfers(doc)


def test_a_to_inside_a_comparison_names_no_recipient(extract):
    """Negative control: "drones similar to those used by X" sends nothing to X."""
    doc = extract("Kestrel Trading delivered twelve drones similar to those used by the Black Hill Brigade to a "
                  "buyer in Riga.")
    assert not [t for t in _transfers(doc) if t[1] == "black-hill-brigade"]


# ---------------------------------------------------------------- 6. "..., sent by Z"
def test_arms_that_reached_a_group_sent_by_a_company(extract):
    doc = extract("Officials said that in April a shipment of heavy machine guns reached the Black Hill Brigade "
                  "through the border town of Narva, sent by Kestrel Trading, a company in Narva.")
    assert ("kestrel-trading", "black-hill-brigade") in _transfers(doc)


def test_arms_escorted_by_a_group_were_not_sent_by_it(extract):
    """Negative control: "escorted by fighters of X" names no sender."""
    doc = extract("Officials said that in April a shipment of heavy machine guns reached the Black Hill Brigade "
                  "through the border town of Narva, escorted by fighters of the Red Wolf Front.")
    assert not [t for t in _transfers(doc) if t[0] == "red-wolf-front"]


# ---------------------------------------------------------------- 7. "name a trading company in X, Y, as the shipper"
def test_documents_naming_a_described_shipper(extract):
    doc = extract("The Coast Guard seized a dhow carrying rifles. Documents found in the wheelhouse name a trading "
                  "company in Muscat, Kestrel Marine Trading Co., as the shipper of the cargo. Prosecutors said "
                  "the weapons were intended for the Black Hill Brigade.")
    assert ("kestrel-marine-trading-co", "black-hill-brigade") in _transfers(doc)


def test_documents_naming_a_company_as_the_buyer(extract):
    """Negative control: a company named as the buyer shipped nothing."""
    doc = extract("The Coast Guard seized a dhow carrying rifles. Documents found in the wheelhouse name a trading "
                  "company in Muscat, Kestrel Marine Trading Co., as the buyer of the cargo. Prosecutors said "
                  "the weapons were intended for the Black Hill Brigade.")
    assert not [t for t in _transfers(doc) if t[0] == "kestrel-marine-trading-co"]


# ---------------------------------------------------------------- 8. sights and detonators
def test_sights_and_detonators_are_weapon_types(extract):
    doc = extract("In March a consignment of pistols, detonators and thermal-imaging sights reached the Black Hill "
                  "Brigade by sea.")
    assert {"detonators", "thermal-imaging-sights"} <= weapons(doc)


def test_a_sight_seen_is_no_weapon(extract):
    """Negative control: "a common sight" in prose names no weapon."""
    doc = extract("Armed men of the Black Hill Brigade are a common sight in the market of Narva.")
    assert not weapons(doc)
