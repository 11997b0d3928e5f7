"""Classes of extraction errors found on the first held-out documents (round 2,
docs/extraction-errors.md), each with new fictional sentences: entity classes
and boundaries, sanctions phrasing, operations, control and posts, arms
transfers, killings and estimates, speakers and stances. A document dated
Tuesday 2025-06-10; the knowledge base's own entities plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import (  # noqa: F401 - extract is a fixture
    extract,
    one as _one,
    claims as _claims,
    entity_ids as _ids,
)


def _location(claim):
    return claim["location"] if isinstance(claim["location"], list) else [claim["location"]]


# ---------------------------------------------------------------- entity classes and boundaries
def test_a_name_before_a_class_noun_takes_its_class_and_its_plural_links(extract):
    doc = extract("Fighters of the Sorel group killed nine villagers in the village of Tesh. "
                  "The Sorels have denied any part in the killings.")
    group = _one(doc["entities"], id="sorel")
    assert group["type"] == "ArmedGroup" and {"Sorel group", "Sorels"} <= set(group["aliases"])
    event = _one(_claims(doc, "Atrocity"))
    _one(_claims(doc, "Participation"), actor="sorel", event=event["id"])
    assert _one(doc["statements"], speaker="sorel")["stance"] == "denies"


@pytest.mark.parametrize("text,ident,cls", [
    ("Kestrel Trading sold rifles to the Hollin Liberation Army in the Marrow valley.", "marrow", "Region"),
    ("Vanta Cargo sold rifles to the Orsk gang coalition.", "orsk", "ArmedGroup"),
])
def test_class_nouns_after_names(extract, text, ident, cls):
    entity = next(e for e in extract(text)["entities"] if e["id"] == ident)
    assert entity["type"] == cls


def test_an_apposition_after_an_abbreviation_gives_the_class(extract):
    doc = extract("The Tallow Defence Force (TDF), an armed group that holds the town of Pell, received rifles "
                  "from Kestrel Trading.")
    assert _one(doc["entities"], id="tallow-defence-force")["type"] == "ArmedGroup"
    _one(_claims(doc, "ArmsTransfer"), supplier="kestrel-trading", recipient="tallow-defence-force")
    _one(_claims(doc, "Control"), controller="tallow-defence-force", controlled="pell")


def test_a_copula_gives_the_class(extract):
    doc = extract("The Union of Hill Patriots (UHP) has about 900 fighters and remains the strongest armed group in "
                  "Chad.")
    assert _one(doc["entities"], id="union-of-hill-patriots")["type"] == "ArmedGroup"
    _one(_claims(doc, "Operation"), actor="union-of-hill-patriots")
    _one(_claims(doc, "Estimate"), of="union-of-hill-patriots", value=900, qualifier="approximately")


def test_legal_forms_and_locations(extract):
    doc = extract("Orlan Naval Supplies Lda., a Tavi-based company, and Bexa Freight FZE, a firm registered in "
                  "Sharjah, shipped rifles to the Ravel Front.")
    firm = _one(doc["entities"], id="orlan-naval-supplies-lda")
    assert (firm["type"], firm["label"], firm["location"]) == ("Company", "Orlan Naval Supplies Lda.", "tavi")
    assert _one(doc["entities"], id="bexa-freight-fze")["location"] == "sharjah"
    assert {"tavi", "sharjah"} <= _ids(doc)


def test_people_located_by_an_apposition(extract):
    doc = extract("Japan froze the assets of Maria Costa and Tomas Quill, two Lisbon-based traders.")
    measure = _one(_claims(doc, "SanctionsMeasure"), authority="japan")
    assert measure["targets"] == ["maria-costa", "tomas-quill"]
    assert {e["location"] for e in doc["entities"] if e["type"] == "Person"} == {"lisbon"}
    assert not [e for e in doc["entities"] if e["type"] == "ActorSet"]


def test_vessels_lists_and_waters_are_no_entities(extract):
    doc = extract("The Greek frigate HS Kallisto stopped the merchant vessel MV Blue Heron in the Ionian Sea. "
                  "The State Department revoked the Foreign Terrorist Organization (FTO) designation of the "
                  "Ravel Front.")
    assert not {"hs-kallisto", "mv-blue-heron", "blue-heron", "ionian-sea", "foreign-terrorist-organization"} & _ids(doc)
    measure = _one(_claims(doc, "SanctionsMeasure"), targets=["ravel-front"])
    assert (measure["authority"], measure["status"]) == ("department-of-state", "lifted")


def test_bodies_named_with_on_and_with_their_parent(extract):
    doc = extract("The UN Panel of Experts on Chad said Kestrel Trading sold rifles to the Ravel Front.")
    panel = _one(doc["entities"], type="InternationalOrganisation")
    assert panel["label"] == "UN Panel of Experts on Chad"
    assert _one(doc["statements"])["speaker"] == panel["id"]


def test_other_names_of_states_and_datelines_with_a_region(extract):
    doc = extract("BUKAVU, DR Congo, May 3, 2025 (Lake Wire) - Rebels in eastern DR Congo received rifles. "
                  "Thousands of Haitians fled to Canada.")
    ids = _ids(doc)
    assert not {"lake-wire", "dr-congo", "eastern-dr-congo", "haitians", "bukavu"} & ids


def test_a_state_possessive_is_not_part_of_a_name(extract):
    doc = extract("The Ravel Front operates in Chad's Wadi Fira province.")
    region = _one(doc["entities"], id="wadi-fira")
    assert region["type"] == "Region" and "Wadi Fira province" in region["aliases"]
    assert _location(_one(_claims(doc, "Operation"), actor="ravel-front")) == ["wadi-fira"]


def test_weapon_types_are_named_as_written(extract):
    doc = extract("Kestrel Trading sold assault rifles, rocket-propelled grenades and machine guns to the Ravel Front.")
    transfer = _one(_claims(doc, "ArmsTransfer"), supplier="kestrel-trading")
    assert transfer["items"] == ["assault-rifles", "rocket-propelled-grenades", "machine-guns"]


def test_ids_of_accented_names_drop_the_accents(extract):
    doc = extract("Japan sanctioned Désiré Kaboré and Zoë Mbéki.")
    assert {"desire-kabore", "zoe-mbeki"} <= _ids(doc)


# ---------------------------------------------------------------- sanctions phrasing
def test_measures_on_several_prepositional_phrases(extract):
    doc = extract("The Council of the EU imposed restrictive measures on four commanders of the Ravel Front, and on "
                  "Kestrel Trading.")
    measure = _one(_claims(doc, "SanctionsMeasure"))
    assert len(measure["targets"]) == 2 and "kestrel-trading" in measure["targets"]
    doc = extract("Canada froze the assets of Vanta Cargo, and of Orlan Shipping and Kestrel Trading.")
    assert _one(_claims(doc, "SanctionsMeasure"))["targets"] == ["vanta-cargo", "orlan-shipping", "kestrel-trading"]


@pytest.mark.parametrize("text,authority,targets", [
    ("The EU has prohibited the sale of weapons to the Ravel Front since 2019.", "european-union", ["ravel-front"]),
    ("Resolution 2999, adopted by the Security Council in 2015, prohibits the export of arms by Eritrea to any "
     "state.", "un-security-council", ["eritrea"]),
    ("The Security Council's arms embargo forbids the direct supply of weapons to the Ravel Front.",
     "un-security-council", ["ravel-front"]),
])
def test_standing_prohibitions_are_imposed_measures(extract, text, authority, targets):
    measure = _one(_claims(extract(text), "SanctionsMeasure"), authority=authority)
    assert (measure["targets"], measure["status"]) == (targets, "imposed")


def test_a_widened_regime_targets_its_state_not_its_authority(extract):
    doc = extract("The Council adopted Council Decision (CFSP) 2025/1111, which widens the EU's Iran drone regime.")
    measure = _one(_claims(doc, "SanctionsMeasure"))
    assert (measure["authority"], measure["targets"], measure["status"]) == \
        ("council-of-the-european-union", ["iran"], "expanded")
    assert measure["legal_basis"] == ["council-decision-cfsp-2025-1111"]


def test_listing_by_a_body_needs_no_word_for_sanctions(extract):
    doc = extract("The European Union listed the Ravel Front's commander, the warlord Ivo Dren, in 2024.")
    measure = _one(_claims(doc, "SanctionsMeasure"), authority="european-union")
    assert measure["targets"] == ["ivo-dren"] and measure["date"] == "2024"
    _one(_claims(doc, "Control"), controller="ivo-dren", controlled="ravel-front")


def test_counted_kinds_of_targets_that_are_named_next_are_no_set(extract):
    doc = extract("Japan has sanctioned two individuals and two entities. Kestrel Trading and its owner, "
                  "Ivo Dren, have been designated.")
    assert not [e for e in doc["entities"] if e["type"] == "ActorSet"]
    _one(_claims(doc, "SanctionsMeasure"), authority="japan", targets=["kestrel-trading", "ivo-dren"])


def test_the_three_men_are_the_three_targets_named_before(extract):
    doc = extract("Japan froze the assets of Maria Costa, Tomas Quill and Ivo Dren. "
                  "Canada said it would impose matching sanctions on the three men.")
    measure = _one(_claims(doc, "SanctionsMeasure"), authority="canada")
    assert measure["targets"] == ["maria-costa", "tomas-quill", "ivo-dren"] and measure["status"] == "announced"


def test_a_measure_named_by_the_parent_body_joins_the_one_by_its_part(extract):
    doc = extract("Ivo Dren was already under U.N. sanctions. The Security Council put him on its blacklist in "
                  "March.")
    measure = _one(_claims(doc, "SanctionsMeasure"), targets=["ivo-dren"])
    assert measure["authority"] == "un-security-council" and measure["date"] == "2025-03"


# ---------------------------------------------------------------- operations, control, posts
@pytest.mark.parametrize("text,actor,place", [
    ("The Tallow Front, the armed group behind the insurgency in Chad, denied it.", "tallow-front", "chad"),
    ("The Tallow Front is an armed group that controls much of northern Chad.", "tallow-front", "chad"),
    ("The Tallow Front has waged a campaign of terror against farmers in Chad.", "tallow-front", "chad"),
    ("Tallow Front fighters now accompany army units on patrols in Chad.", "tallow-front", "chad"),
])
def test_operations_in_everyday_phrasing(extract, text, actor, place):
    assert place in _location(_one(_claims(extract(text), "Operation"), actor=actor))


def test_killings_carried_out_are_no_operation(extract):
    doc = extract("Japan said Tallow Front fighters carried out the killings in the village of Oru.")
    assert not _claims(doc, "Operation")


def test_places_named_before(extract):
    doc = extract("The Tallow Front operates in the Wadi Fira region. Chadian troops have been deployed in the "
                  "region since 2021.")
    assert _location(_one(_claims(doc, "Operation"), actor="chad-armed-forces")) == ["wadi-fira"]
    doc = extract("NIAMEY, May 3, 2025 (Sahel Wire) - Kenyan police officers have been deployed in the capital "
                  "since 2024.")
    operation = _one(_claims(doc, "Operation"))
    assert (operation["actor"], _location(operation)) == ("kenya-police", ["niamey"])
    assert _one(doc["entities"], id="kenya-police")["label"] == "Kenyan police"


def test_posts_in_appositions(extract):
    doc = extract("Japan sanctioned Ivo Dren, the Ravel Front's chief financier, who owns Vanta Cargo.")
    post = _one(_claims(doc, "Membership"), member="ivo-dren")
    # round 10: the post keeps the words that name it ("chief financier"; "principal financier" is a financier)
    assert (post["organisation"], post["role"]) == ("ravel-front", "chief-financier")
    _one(_claims(doc, "Control"), controller="ivo-dren", controlled="vanta-cargo")
    doc = extract("Japan sanctioned Ana Brel, a former Ravel Front financier.")
    assert not _claims(doc, "Membership")


def test_the_groups_a_person_leads(extract):
    doc = extract("Ivo Dren, the leader of the Orsk gang coalition, lives in Chad. Kestrel Trading smuggled rifles to "
                  "his fighters. The coalition, whose gunmen patrol the Marrow valley, denied it.")
    assert _one(doc["entities"], id="ivo-dren")["type"] == "Person"
    _one(_claims(doc, "Control"), controller="ivo-dren", controlled="orsk")
    _one(_claims(doc, "ArmsTransfer"), supplier="kestrel-trading", recipient="orsk")
    assert _location(_one(_claims(doc, "Operation"), actor="orsk")) == ["marrow"]


def test_a_commander_named_by_the_operation(extract):
    doc = extract("A boarding team from the frigate, operating under EUNAVFOR MED Operation Shield, inspected a ship. "
                  "Operation Commander Vice Admiral Lena Ruiz said: \"We boarded four vessels.\"")
    _one(_claims(doc, "Control"), controller="lena-ruiz", controlled="eunavfor-med-operation-shield")


# ---------------------------------------------------------------- arms transfers
def test_containers_and_measures_name_what_they_hold(extract):
    doc = extract("At least 20 tonnes of mortar shells and four crates of anti-aircraft guns reached the Ravel Front. "
                  "Monitors documented the arrival of two consignments of rockets for the Sorel Brigade in May.")
    assert _one(_claims(doc, "ArmsTransfer"), recipient="ravel-front")["items"] == ["mortar-shells", "anti-aircraft-guns"]
    transfer = _one(_claims(doc, "ArmsTransfer"), recipient="sorel-brigade")
    assert transfer["items"] == ["rockets"] and transfer["date"] == "2025-05" and "supplier" not in transfer
    assert not _claims(doc, "Estimate")


def test_them_stands_for_the_items_just_named(extract):
    doc = extract("Vanta Cargo sold drone engines to the Ravel Front in 2024, and Orlan Shipping delivered them to the "
                  "group's workshops outside Tavi.")
    transfer = _one(_claims(doc, "ArmsTransfer"), supplier="orlan-shipping")
    assert (transfer["recipient"], transfer["items"]) == ("ravel-front", ["drone-engines"])


def test_a_demonym_on_the_items_gives_the_supplier(extract):
    doc = extract("Investigators found that Iranian attack drones were being supplied to the Ravel Front.")
    _one(_claims(doc, "ArmsTransfer"), supplier="iran", recipient="ravel-front")


def test_the_shipper_on_the_papers_supplies_the_seized_shipment(extract):
    doc = extract("Customs officers seized rifles bound for the Ravel Front. The manifest names Bexa Freight FZE, a firm "
                  "registered in Sharjah, as the shipper.")
    transfer = _one(_claims(doc, "ArmsTransfer"), recipient="ravel-front")
    assert transfer["supplier"] == "bexa-freight-fze" and transfer["items"] == ["rifles"]


def test_a_rule_about_deliveries_is_no_transfer(extract):
    doc = extract("Any delivery of weapons to the Ravel Front must be approved by the committee.")
    assert not _claims(doc, "ArmsTransfer")


# ---------------------------------------------------------------- killings and estimates
def test_blame_for_a_killing_named_before(extract):
    doc = extract("A drone strike on the Tesh gas field in March killed four engineers. Japan blamed the Ravel Front "
                  "for the attack.")
    event = _one(_claims(doc, "Atrocity"))
    assert _one(doc["entities"], id="tesh")["type"] == "Place"
    _one(_claims(doc, "Participation"), actor="ravel-front", event=event["id"])
    estimate = _one(_claims(doc, "Estimate"), of=event["id"])
    assert (estimate["value"], estimate["measure"]) == (4, "people-killed")


def test_the_accused_in_a_when_clause(extract):
    doc = extract("The Sorel Brigade is an armed group. Eleven farmers were shot or beaten to death when its fighters "
                  "raided the village of Oru.")
    event = _one(_claims(doc, "Atrocity"))
    _one(_claims(doc, "Participation"), actor="sorel-brigade", event=event["id"])


@pytest.mark.parametrize("text,value,qualifier", [
    ("The Sorel Brigade has more than three thousand fighters.", 3000, "more-than"),
    ("The Sorel Brigade now has some 900 fighters, up from fewer than a thousand a year ago.", 1000, "at-most"),
])
def test_force_sizes_in_words(extract, text, value, qualifier):
    _one(_claims(extract(text), "Estimate"), of="sorel-brigade", value=value, qualifier=qualifier)


def test_two_dozen_victims(extract):
    doc = extract("Gunmen of the Sorel Brigade executed at least two dozen men in the village of Oru.")
    estimate = _one(_claims(doc, "Estimate"))
    assert (estimate["value"], estimate["qualifier"]) == (24, "at-least")


def test_numbers_in_names_and_counted_targets_are_no_estimates(extract):
    doc = extract("OFAC designated four senior members of the Sorel Brigade, a militia of 900 fighters, under "
                  "E.O. 13224.")
    assert [e["value"] for e in _claims(doc, "Estimate")] == [900]


# ---------------------------------------------------------------- speakers and stances
def test_report_nouns_speak_for_the_monitoring_body(extract):
    doc = extract("Kestrel Trading sold rifles to the Ravel Front, according to UN sanctions monitors. "
                  "The Panel of Experts on Chad met in Geneva on Monday. "
                  "The experts said the rifles came through Libya. "
                  "The update also shows that Vanta Cargo shipped drones to the Ravel Front.")
    panel = _one(doc["entities"], id="panel-of-experts-on-chad")["id"]
    speakers = [s["speaker"] for s in doc["statements"]]
    assert speakers == [panel] * 3


def test_according_to_a_report_without_its_author(extract):
    doc = extract("Vanta Cargo shipped drones to the Ravel Front, according to a confidential report. "
                  "The UN Group of Experts on Chad wrote that the drones arrived in May.")
    panel = _one(doc["entities"], type="InternationalOrganisation")["id"]
    assert {s["speaker"] for s in doc["statements"]} == {panel}
    assert len(doc["statements"]) == 2


def test_blame_and_puts_at_are_statements(extract):
    doc = extract("A drone strike on the village of Oru killed six farmers. Chad's government blamed the Ravel Front for "
                  "the attack. The panel puts the Ravel Front's strength at about 2,000 fighters.")
    assert _one(doc["statements"], speaker="chad")["stance"] == "asserts"
    assert [s for s in doc["statements"] if s["speaker"] != "chad"]


@pytest.mark.parametrize("text,speaker,stance", [
    ("Japan sanctioned Kestrel Trading. The Foreign Office said it \"fully supports\" the Japanese action.",
     "foreign-office", "concurs"),
    ("Kestrel Trading sold rifles to the Ravel Front. Kestrel Trading said in a letter that it was unaware of the "
     "buyer.", "kestrel-trading", "denies"),
    ("Gunmen of the Ravel Front killed nine villagers in the village of Oru. The Ravel Front said its fighters "
     "\"were never in Oru\".", "ravel-front", "denies"),
    ("Kestrel Trading sold rifles to the Ravel Front. Chad said that no rifles had reached the Ravel Front.",
     "chad", "denies"),
])
def test_the_stance_of_what_is_reported(extract, text, speaker, stance):
    assert _one(extract(text)["statements"], speaker=speaker)["stance"] == stance


def test_concurring_verbs_need_a_judgement(extract):
    doc = extract("The EU supports the Chadian armed forces with training. Chad welcomed the EU's decision.")
    assert [s["stance"] for s in doc["statements"]] == ["concurs"]


def test_a_second_party_confirming_concurs(extract):
    doc = extract("Vanta Cargo shipped drones to the Ravel Front. The Panel of Experts on Chad confirmed that the drones "
                  "were of the type used in May.")
    assert _one(doc["statements"], speaker="panel-of-experts-on-chad")["stance"] == "concurs"


def test_a_measures_grounds_are_no_statement(extract):
    doc = extract("The State Department revoked the designation of the Ravel Front, having concluded that the group "
                  "had disbanded.")
    _one(_claims(doc, "SanctionsMeasure"), authority="department-of-state")
    assert not doc["statements"]


def test_an_unnamed_spokesman_speaks_for_the_group_in_his_post(extract):
    doc = extract("Kestrel Trading sold rifles to the Ravel Front. A spokesman for the Ravel Front denied it.")
    statement = _one(doc["statements"], speaker="ravel-front")
    assert (statement["stance"], statement["role"]) == ("denies", "spokesman")
    assert _one(doc["entities"], id="spokesman")["type"] == "Role"


def test_a_pronoun_follow_up_is_the_same_statement(extract):
    doc = extract("Kestrel Trading sold rifles to the Ravel Front. Ivo Dren, its owner, rejected the accusation. "
                  "\"I sell tractors. I never sold a rifle,\" he said.")
    statement = _one(doc["statements"], speaker="ivo-dren")
    assert statement["stance"] == "denies" and len(statement["evidence"]) == 3


def test_the_government_of_the_state_named_last(extract):
    doc = extract("The United States sanctioned Vanta Cargo. The Yemeni defence ministry said the strike hit Aden. "
                  "A strike that the government blamed on the Ravel Front killed five guests in the village of Oru.")
    assert _one(doc["statements"], stance="asserts", speaker="yemen")


def test_headings_give_no_facts(extract):
    doc = extract("UN experts say Kestrel Trading sold rifles to the Ravel Front\n\n"
                  "The panel said it had no evidence of any sale.")
    assert not _claims(doc, "ArmsTransfer")


def test_a_known_ministry_named_by_its_state(extract):
    doc = extract("North Korea's foreign ministry has dismissed the reports as lies.")
    assert _one(doc["statements"])["speaker"] == "north-korean-foreign-ministry"


def test_the_cargo_is_what_the_sentence_before_named(extract):
    doc = extract("Inspectors found 40 armoured vehicles and 90 crates of ammunition in the hold. The cargo was destined "
                  "for the Ravel Front.")
    transfer = _one(_claims(doc, "ArmsTransfer"), recipient="ravel-front")
    assert transfer["items"] == ["armoured-vehicles", "ammunition"]


def test_state_forces_named_by_a_demonym_are_proposed(extract):
    doc = extract("The EU trains the Mozambican armed forces. The Congolese army withdrew from the town of Oru.")
    forces = {e["id"]: e for e in doc["entities"] if e["type"] == "StateArmedForces"}
    assert forces["mozambique-armed-forces"]["label"] == "Mozambican armed forces"
    assert forces["democratic-republic-of-the-congo-armed-forces"]["part_of"] == "democratic-republic-of-the-congo"


def test_a_person_whose_group(extract):
    doc = extract("Chadian troops fight alongside the militia of strongman Ahmed ag Rhissa, whose Hill Defence Movement "
                  "(HDM) holds the town of Tesh.")
    assert _one(doc["entities"], id="ahmed-ag-rhissa")["type"] == "Person"
    _one(_claims(doc, "Control"), controller="ahmed-ag-rhissa", controlled="hill-defence-movement")


def test_regions_named_with_their_head_word_are_proposed(extract):
    doc = extract("The army directed air strikes on villages in Sagaing Region.")
    assert _one(doc["entities"], id="sagaing-region")["type"] == "Region"


def test_accused_of_an_attack_hung_on_the_object(extract):
    doc = extract("Gunmen killed nine traders in the village of Oru in May. Chad has accused the Ravel Front of an attack "
                  "on the market in Oru.")
    _one(_claims(doc, "Participation"), actor="ravel-front")


def test_the_singular_of_a_plural_group_name(extract):
    doc = extract("The Korvans, a rebel movement, deny it. Korvan fighters were deployed to the hills around the "
                  "village of Oru.")
    assert _location(_one(_claims(doc, "Operation"), actor="korvans")) == ["oru"]


def test_a_delisting_the_parse_cuts_off(extract):
    doc = extract("The Council of the EU also delisted Ivo Dren, whose listing a court annulled for lack of evidence.")
    measure = _one(_claims(doc, "SanctionsMeasure"))
    assert (measure["targets"], measure["status"]) == (["ivo-dren"], "lifted")
