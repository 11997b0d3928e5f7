"""The failure kinds of issue #12 (../shared/cases/extraction.md, E1-E28): each
small fictional input and the candidate a reader expects. A document dated
Tuesday 2025-06-10; the knowledge base's own entities plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one as _one, claims as _claims  # noqa: F401 - extract is a fixture


def _entity(doc, ident=None, **want):
    return _one(doc["entities"], **({"id": ident} if ident else {}), **want)


KESTREL_RIFLES = "Kestrel Trading sold rifles to the Ravel Front."


# ---------------------------------------------------------------- speakers and statements
def test_e1_an_administration_is_a_speaker(extract):
    doc = extract("The Marlow administration says " + KESTREL_RIFLES)
    transfer = _one(_claims(doc, "ArmsTransfer"), supplier="kestrel-trading", recipient="ravel-front")
    body = _entity(doc, type="GovernmentBody")
    assert body["label"] == "Marlow administration"
    statement = _one(doc["statements"], speaker=body["id"])
    assert statement["stance"] == "asserts" and statement["regarding"] == [transfer["id"]]


def test_e2_the_panel_speaks_not_the_state_it_monitors(extract):
    doc = extract("The panel of experts that monitors sanctions on Chad said " + KESTREL_RIFLES)
    panel = _entity(doc, type="InternationalOrganisation")
    assert "panel of experts" in panel["label"].lower()
    assert [s["speaker"] for s in doc["statements"]] == [panel["id"]]


def test_e3_multi_word_title_gives_a_person(extract):
    doc = extract('"We will not arm the rebels," Defence Minister Ilse Varga said.')
    assert _entity(doc, "ilse-varga")["type"] == "Person"
    statement = _one(doc["statements"], speaker="ilse-varga")
    assert statement["stance"] == "asserts" and statement["quote"] == "We will not arm the rebels"


def test_e4_a_quote_over_two_sentences_is_one_statement(extract):
    doc = extract('"Kestrel Trading shipped rifles to the Ravel Front. We have the receipts," said General Ilse Varga.')
    transfer = _one(_claims(doc, "ArmsTransfer"), supplier="kestrel-trading", recipient="ravel-front")
    statement = _one(doc["statements"], speaker="ilse-varga")
    assert statement["quote"] == "Kestrel Trading shipped rifles to the Ravel Front. We have the receipts"
    assert transfer["id"] in statement["regarding"]


def test_e5_a_statement_is_not_dated_by_what_it_reports(extract):
    doc = extract("The Treasury Department says four firms were involved in sending drones to the Ravel Front "
                  "last month.")
    transfer = _one(_claims(doc, "ArmsTransfer"), recipient="ravel-front")
    assert transfer["date"] == "2025-05" and transfer["items"] == ["drones"]
    statement = _one(doc["statements"], speaker="treasury-department")
    assert statement.get("date") in (None, "2025-06-10")


def test_e6_repeatedly_denied(extract):
    doc = extract(KESTREL_RIFLES + " Kestrel Trading has repeatedly denied the accusations.")
    transfer = _one(_claims(doc, "ArmsTransfer"), supplier="kestrel-trading")
    denial = _one(doc["statements"], speaker="kestrel-trading")
    assert denial["stance"] == "denies" and denial["regarding"] == [transfer["id"]]


def test_e7_no_knowledge_of_is_a_denial(extract):
    doc = extract("Niger says it has no knowledge of any shipment of rifles to the Ravel Front.")
    statement = _one(doc["statements"], speaker="niger")
    assert statement["stance"] == "denies"


def test_e8_agreeing_on_sanctions_is_a_measure(extract):
    doc = extract("Japan agrees on new sanctions against Kestrel Trading.")
    measure = _one(_claims(doc, "SanctionsMeasure"), authority="japan")
    assert measure["targets"] == ["kestrel-trading"] and measure["status"] == "announced"
    assert not [s for s in doc["statements"] if s["stance"] == "concurs"]


def test_e9_a_spokesman_speaks_for_the_white_house(extract):
    doc = extract("White House National Security Council spokesman Tom Arden said " + KESTREL_RIFLES)
    post = _one(_claims(doc, "Membership"), member="tom-arden")
    # the knowledge base's own role whose label is the whole title (less the body's name), as the gold files have it
    assert (post["organisation"], post["role"]) == ("white-house", "national-security-spokesman")
    statement = _one(doc["statements"], speaker="tom-arden")
    assert statement["on_behalf_of"] == "white-house" and statement["role"] == "national-security-spokesman"


# ---------------------------------------------------------------- sanctions
def test_e10_will_designate_is_announced_adopted_is_imposed(extract):
    doc = extract("The Treasury Department will designate Kestrel Trading as a terrorist organization. "
                  "Canada has adopted sanctions on Kestrel Trading.")
    assert _one(_claims(doc, "SanctionsMeasure"), authority="treasury-department")["status"] == "announced"
    assert _one(_claims(doc, "SanctionsMeasure"), authority="canada")["status"] == "imposed"


@pytest.mark.parametrize("text,authority,targets", [
    ("The EU redesignated Kestrel Trading.", "european-union", ["kestrel-trading"]),
    ("Canada hit Kestrel Trading with sanctions.", "canada", ["kestrel-trading"]),
    ("Japan is levying sanctions against Kestrel Trading.", "japan", ["kestrel-trading"]),
    ("Canada sanctioned Kestrel Trading. Vanta Cargo and Orlan Shipping were all hit with the new sanctions.",
     "canada", ["vanta-cargo", "orlan-shipping"]),
])
def test_e10_same_class(extract, text, authority, targets):
    doc = extract(text)
    _one(_claims(doc, "SanctionsMeasure"), authority=authority, targets=targets)


def test_e11_an_abbreviation_is_an_alias_and_dates_carry(extract):
    doc = extract("The Office of Foreign Assets Control (OFAC) sanctioned Kestrel Trading on Monday. "
                  "OFAC also sanctioned Vanta Cargo.")
    ofac = _entity(doc, type="GovernmentBody", label="Office of Foreign Assets Control")
    assert "OFAC" in ofac["aliases"] and ofac["part_of"] == "treasury-department"
    measures = [c for c in _claims(doc, "SanctionsMeasure") if c["authority"] == ofac["id"]]
    assert sorted(m["targets"][0] for m in measures) == ["kestrel-trading", "vanta-cargo"]
    assert {m["date"] for m in measures} == {"2025-06-09"}


def test_e12_legal_basis_and_reason(extract):
    doc = extract("OFAC designated Vanta Cargo pursuant to Executive Order 13846 for supplying the Ravel Front.")
    measure = _one(_claims(doc, "SanctionsMeasure"), targets=["vanta-cargo"])
    assert measure["legal_basis"] == ["executive-order-13846"]
    assert measure["reason"] == "for supplying the Ravel Front"
    order = _entity(doc, "executive-order-13846")
    assert order["type"] == "LegalInstrument" and order["issuer"] == "united-states"


@pytest.mark.parametrize("text,ident", [
    ("The Security Council renewed the measures under UN Security Council resolution 2231 on Monday.",
     "un-security-council-resolution-2231"),
    ("The EU listed Kestrel Trading under EU Council Decision (CFSP) 2024/1234.", "council-decision-cfsp-2024-1234"),
])
def test_e12_legal_instruments(extract, text, ident):
    assert _entity(extract(text), ident)["type"] == "LegalInstrument"


def test_e13_an_unnamed_set_of_targets(extract):
    doc = extract("Japan on Monday sanctioned six executives of Kestrel Trading.")
    measure = _one(_claims(doc, "SanctionsMeasure"), authority="japan")
    group = _entity(doc, measure["targets"][0])
    assert (group["type"], group["count"], group["member_of"]) == ("ActorSet", 6, "kestrel-trading")
    assert measure["date"] == "2025-06-09"


def test_e14_department_of_state(extract):
    doc = extract("The Department of State sanctioned Orlan Shipping.")
    body = _entity(doc, "department-of-state")
    assert body["type"] == "GovernmentBody" and body["part_of"] == "united-states"
    _one(_claims(doc, "SanctionsMeasure"), authority="department-of-state", targets=["orlan-shipping"])


# ---------------------------------------------------------------- arms transfers
def test_e15_two_transfers_with_their_items(extract):
    doc = extract("Kestrel Trading supplied the Ravel Front with rifles. "
                  "Kestrel Trading provided attack helicopters to the Ravel Front.")
    transfers = _claims(doc, "ArmsTransfer")
    assert sorted(t["items"][0] for t in transfers) == ["attack-helicopters", "rifles"]
    assert {(t["supplier"], t["recipient"]) for t in transfers} == {("kestrel-trading", "ravel-front")}


@pytest.mark.parametrize("text,supplier,recipient,item", [
    ("Investigators documented the transfer of Iranian drones to Russia.", "iran", "russia", "drones"),
    ("The Ravel Front picked up unmanned aerial vehicles from Kestrel Trading.", "kestrel-trading", "ravel-front",
     "drones"),
    ("Police seized rifles bound for the Ravel Front.", None, "ravel-front", "rifles"),
])
def test_e15_same_class(extract, text, supplier, recipient, item):
    transfer = _one(_claims(extract(text), "ArmsTransfer"), recipient=recipient)
    assert transfer.get("supplier") == supplier and item in transfer["items"]


def test_e16_equipment_counts_are_not_force_size(extract):
    doc = extract("Kestrel Trading delivered 40 armoured personnel carriers to the Ravel Front.")
    assert _one(_claims(doc, "ArmsTransfer"), supplier="kestrel-trading")["items"] == ["armoured-personnel-carriers"]
    assert not _claims(doc, "Estimate")


def test_e17_a_transfer_without_a_supplier(extract):
    doc = extract("Investigators confirmed a delivery of 30 armoured vehicles to the Ravel Front in May.")
    transfer = _one(_claims(doc, "ArmsTransfer"), recipient="ravel-front")
    assert "supplier" not in transfer and transfer["date"] == "2025-05" and transfer["items"] == ["armoured-vehicles"]


def test_e18_a_plural_group_name(extract):
    doc = extract("Iran shipped rockets to the Korvans in Yemen.")
    assert _entity(doc, "korvans")["type"] == "ArmedGroup"
    assert _one(_claims(doc, "ArmsTransfer"), supplier="iran", recipient="korvans")["items"] == ["rockets"]


def test_e19_abbreviation_and_denial(extract):
    doc = extract("The Ravel Liberation Front (RLF) received rifles from Kestrel Trading. "
                  "The RLF has denied the accusations.")
    group = _entity(doc, "ravel-liberation-front")
    assert group["type"] == "ArmedGroup" and group["aliases"] == ["RLF"]
    transfer = _one(_claims(doc, "ArmsTransfer"), supplier="kestrel-trading", recipient="ravel-liberation-front")
    denial = _one(doc["statements"], speaker="ravel-liberation-front")
    assert denial["stance"] == "denies" and denial["regarding"] == [transfer["id"]]


# ---------------------------------------------------------------- operations, atrocities, estimates
def test_e20_operations_in_everyday_phrasing(extract):
    doc = extract("Ravel Front fighters fight alongside government troops in Niger. "
                  "The United States sanctioned the Ravel Front for its activities in Niger and Chad.")
    places = {c["location"][0] if isinstance(c["location"], list) else c["location"]
              for c in _claims(doc, "Operation") if c["actor"] == "ravel-front"}
    assert places == {"niger", "chad"}
    measure = _one(_claims(doc, "SanctionsMeasure"), authority="united-states", targets=["ravel-front"])
    assert measure["reason"] == "for its activities in Niger and Chad"


def test_e21_troops_are_the_state_forces(extract):
    doc = extract("Malian troops are fighting in Niger.")
    operation = _one(_claims(doc, "Operation"))
    assert operation["actor"] == "malian-armed-forces" and operation["location"] in ("niger", ["niger"])


def test_e22_a_killing_with_a_range(extract):
    doc = extract("Between 200 and 300 people were killed in the town of Sorra last year by the Ravel Front.")
    event = _one(_claims(doc, "Atrocity"))
    assert event["location"] == ["sorra"] and event["date"] == "2024"
    assert _entity(doc, "sorra")["type"] == "Settlement"
    _one(_claims(doc, "Participation"), actor="ravel-front", event=event["id"], role="accused-participant")
    estimate = _one(_claims(doc, "Estimate"), of=event["id"])
    assert (estimate["value"], estimate["qualifier"], estimate["maximum"], estimate["measure"]) == \
        (200, "at-least", 300, "people-killed")


def test_e23_number_words(extract):
    doc = extract("Militants attacked the village of Sorra, killing twelve villagers.")
    event = _one(_claims(doc, "Atrocity"))
    assert not _claims(doc, "Massacre")
    estimate = _one(_claims(doc, "Estimate"), of=event["id"])
    assert (estimate["value"], estimate["measure"]) == (12, "civilians-killed")


# ---------------------------------------------------------------- entities
def test_e24_a_whole_company_name(extract):
    doc = extract("Vanta Design and Manufacturing Industries sold drones to the Ravel Front.")
    assert _entity(doc, "vanta-design-and-manufacturing-industries")["type"] == "Company"
    _one(_claims(doc, "ArmsTransfer"), supplier="vanta-design-and-manufacturing-industries")


def test_e25_based_in_a_city(extract):
    doc = extract("Minsk-based Orlan Shipping carried the rifles.")
    firm = _entity(doc, "orlan-shipping")
    assert firm["type"] == "Company" and firm["location"] == "minsk"
    assert _entity(doc, "minsk")["type"] == "Settlement"
    assert not [e for e in doc["entities"] if "based" in e["id"]]


def test_e26_a_national_army_is_the_state_forces(extract):
    doc = extract("The Malian National Army received rifles from Kestrel Trading.")
    _one(_claims(doc, "ArmsTransfer"), supplier="kestrel-trading", recipient="malian-armed-forces")
    assert not [e for e in doc["entities"] if "national-army" in e["id"]]


def test_e27_the_15_member_security_council_is_known(extract):
    doc = extract("The 15-member Security Council met on Monday.")
    assert not [e for e in doc["entities"] if e["type"] != "State" and not e.get("assumed_known")]


def test_e28_a_company_with_ltd(extract):
    doc = extract("Kestrel Arms Ltd. sold rifles to the Ravel Front.")
    firm = _entity(doc, type="Company")
    assert firm["label"] == "Kestrel Arms Ltd."
    assert _one(_claims(doc, "ArmsTransfer"), supplier=firm["id"])["items"] == ["rifles"]


def test_state_forces_are_proposed_when_unknown(extract):
    doc = extract("Chadian troops are fighting in Niger.")
    forces = _entity(doc, "chad-armed-forces")
    assert forces["type"] == "StateArmedForces" and forces["part_of"] == "chad"


# ---------------------------------------------------------------- more phrasings of the same classes
@pytest.mark.parametrize("text,authority,targets,status", [
    ("The EU plans to designate Kestrel Trading.", "european-union", ["kestrel-trading"], "announced"),
    # a UN measure is the Security Council's, as every gold file names it
    ("Kestrel Trading has been under a UN arms embargo since 2011.", "un-security-council", ["kestrel-trading"], "imposed"),
    ("The United States lifted sanctions on Kestrel Trading.", "united-states", ["kestrel-trading"], "lifted"),
    ("The EU expanded its sanctions against Kestrel Trading.", "european-union", ["kestrel-trading"], "expanded"),
    ("Kestrel Trading was removed from the sanctions list by the EU.", "european-union", ["kestrel-trading"],
     "lifted"),
    ("The EU froze the assets of Kestrel Trading and Vanta Cargo.", "european-union",
     ["kestrel-trading", "vanta-cargo"], "imposed"),
])
def test_sanctions_phrasings(extract, text, authority, targets, status):
    measure = _one(_claims(extract(text), "SanctionsMeasure"), authority=authority)
    assert (measure["targets"], measure["status"]) == (targets, status)


def test_recommended_and_negated_measures_are_none(extract):
    doc = extract("The panel recommends that the committee consider designating Kestrel Trading. "
                  "Japan has not designated Vanta Cargo.")
    assert not _claims(doc, "SanctionsMeasure")


@pytest.mark.parametrize("text", [
    "Kestrel Trading, which supplied rifles to the Ravel Front, was sanctioned by Japan.",
    "Rifles supplied by Kestrel Trading reached the Ravel Front.",
])
def test_transfers_in_relative_clauses_and_participles(extract, text):
    transfer = _one(_claims(extract(text), "ArmsTransfer"), supplier="kestrel-trading", recipient="ravel-front")
    assert transfer["items"] == ["rifles"]


@pytest.mark.parametrize("text,speaker,kind", [
    ("Troops clashed in Niger on Monday. The presidency said " + KESTREL_RIFLES, "presidency-of-niger",
     "GovernmentBody"),
    ("The monitors wrote that " + KESTREL_RIFLES, "monitors", "Organisation"),
    ("A UN report showed that " + KESTREL_RIFLES, "united-nations", None),
    ("The mayor of the capital, Kyiv, said " + KESTREL_RIFLES, "mayor-of-kyiv", "Person"),
    ("Secretary of State Anna Lind said " + KESTREL_RIFLES, "anna-lind", "Person"),
    ("Strongman Ivo Dren said " + KESTREL_RIFLES, "ivo-dren", "Person"),
])
def test_e1_e2_e3_same_class_speakers(extract, text, speaker, kind):
    doc = extract(text)
    statement = _one(doc["statements"], speaker=speaker)
    assert statement["regarding"] == [_one(_claims(doc, "ArmsTransfer"), supplier="kestrel-trading")["id"]]
    if kind:
        assert _entity(doc, speaker)["type"] == kind
    assert not [s for s in doc["statements"] if s["speaker"] in ("ukraine", "niger")]


def test_e15_lethal_aid_is_a_transfer(extract):
    _one(_claims(extract("Kestrel Trading provided lethal aid to the Ravel Front."), "ArmsTransfer"),
         supplier="kestrel-trading", recipient="ravel-front")
