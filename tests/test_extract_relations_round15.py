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
9. "The Panel documented the delivery of rifles ... to X": a "to" the parse
   hangs on the verb the noun is the object of (paths.py step
   ``governor_to``; only verbs of finding or making it, verbs.yaml
   ``transfer_governors``: "prohibited the supply of arms to X" is no transfer).
10. "The weapons were flown from A to an airstrip near B by C": the carrier of
   the items told before sent them (verbs.yaml Shipper frame).
11. "the Security Council Committee on X": a committee named by its country
   alone (bodies.yaml ``committees``), the authority of "the Committee added Y".
12. "A researcher at the X Institute, Y,": Y is a person (classify.py;
   language.yaml ``staff_posts``) holding the post at X (verbs.yaml staff
   Membership frame).
13. "ADB commander X", "A BHB commander, X,": after an armed group's bare name,
   one of its commanders holds a post, no Control ("its commander X" keeps
   Control; posts.py ``_one_of_its``, coding.py; verbs.yaml ``rank_posts``).
14. "the Catholic Diocese of X": a body's name the NER cut at "of" is one name
   (nlp.py ``_of_names``; language.yaml ``of_name_heads``).
15. "the X River" where X also names a municipality: the river is a place of
   its own (places.py).
16. "Law No. N of YYYY on the Protection of X from Y": a capitalised "from"
   goes on with the title (legal.yaml).
17. "31 PG-7V rockets": a model's designation before its noun is no place,
   the weapon type keeps it (nlp.py ``_of_names``).
18. "routing the consignment through X", "a buyer in Y": a town the NER did
   not tag as one after "through", "via", "in" (language.yaml
   ``untagged_place_cues``; places.py, one word after "through"/"via" even when
   the NER took it for a person's name).
19. "the Mouvement pour la Libération du X": a name in another language that
   the NER cut at its particles is one name (nlp.py; language.yaml
   ``name_joiners``).
20. "added A and BHB commander B to the list": the parse may make A a modifier
   of the title noun; A is a target too (slotlists.py ``holders_joined``).
"""

from __future__ import annotations

from .extract_cases import extract, measures, one, claims, weapons, posts, controls, entity  # noqa: F401


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


# ---------------------------------------------------------------- 9, 10. "documented the delivery ... to X"; "flown by"
def test_a_documented_delivery_and_its_carrier(extract):
    doc = extract("The Panel documented the delivery of 60 assault rifles, 8 machine guns and RPG-7 launchers to the "
                  "Black Hill Brigade in April. The weapons were flown from Riga to an airstrip near Narva by Kestrel "
                  "Air Cargo SARL, a company registered in Latvia, according to flight records.")
    assert ("kestrel-air-cargo-sarl", "black-hill-brigade") in _transfers(doc)


def test_a_to_on_another_verb_names_no_recipient(extract):
    """Negative control: "documented the delivery ... and wrote to the Committee": the "to" of a second verb."""
    doc = extract("The Panel documented the delivery of 60 assault rifles in April and wrote to the Sanctions "
                  "Committee about it.")
    assert not [t for t in _transfers(doc) if t[1] and "committee" in t[1]]


def test_a_prohibited_supply_is_no_transfer(extract):
    """Negative control: "has prohibited the sale and supply of arms to X" sends X nothing."""
    doc = extract("Ruritania has prohibited the sale and supply of arms to the Black Hill Brigade since 2023.")
    assert not _transfers(doc)


def test_weapons_carried_by_a_group_are_not_sent_by_it(extract):
    """Negative control: "were carried by X" names who carried them, not a sender (no shipping verb)."""
    doc = extract("The Panel documented the delivery of 60 assault rifles to the Black Hill Brigade in April. The "
                  "weapons were carried by fighters of the Red Wolf Front across the river.")
    assert not [t for t in _transfers(doc) if t[0] == "red-wolf-front"]


# ---------------------------------------------------------------- 11. "the Security Council Committee on X"
def test_a_committee_named_by_its_country(extract):
    doc = extract("The Panel submitted its update to the Security Council Committee on Ruritania on 3 September. "
                  "The Panel notes that the Committee added Ivan Petrovsky to the sanctions list on 19 February "
                  "2025.")
    assert ("security-council-committee-on-ruritania", ("ivan-petrovsky",), "imposed") in _measures(doc)


def test_a_committee_on_a_date_is_no_name(extract):
    """Negative control: "the Security Council Committee on 3 September" names no committee "on September"."""
    doc = extract("The Panel submitted its update to the Security Council Committee on 3 September.")
    assert not [e for e in doc["entities"] if "september" in e["id"]]


# ---------------------------------------------------------------- 12. "A researcher at the X Institute, Y,"
def test_a_researcher_at_an_institute_holds_a_post(extract):
    doc = extract("A researcher at the Kestrel Institute for Peace Studies, Nadia Ben Amor, said in a paper that the "
                  "group was small.")
    assert entity(doc, "nadia-ben-amor")["type"] == "Person"
    assert ("nadia-ben-amor", "kestrel-institute-for-peace-studies", "researcher") in posts(doc)


def test_a_visitor_at_an_institute_holds_no_post(extract):
    """Negative control: "A visitor at the X Institute, Y," names no post."""
    doc = extract("A visitor at the Kestrel Institute for Peace Studies, Nadia Ben Amor, said the group was small.")
    assert not [p for p in posts(doc) if p[0] == "nadia-ben-amor"]


# ---------------------------------------------------------------- 13. "ADB commander X"
def test_a_commander_after_a_groups_bare_name_holds_a_post(extract):
    doc = extract("The Black Hill Brigade (BHB) operates in the north. On Friday the UK government added Ivan "
                  "Petrovsky and BHB commander Tomas Varga to the UK sanctions list.")
    assert ("tomas-varga", "black-hill-brigade", "commander") in posts(doc)
    assert ("tomas-varga", "black-hill-brigade") not in controls(doc)


def test_a_commander_apposed_after_a_groups_name_holds_a_post(extract):
    doc = extract("The Black Hill Brigade (BHB) operates in the north. A BHB commander, Tomas Varga, said the "
                  "group would fight on.")
    assert ("tomas-varga", "black-hill-brigade", "commander") in posts(doc)


def test_its_commander_controls_the_group(extract):
    """Negative control: "its commander, X" and "the Front (BHB), its commander X" command the group."""
    doc = extract("The Black Hill Brigade (BHB) operates in the north. Its commander, Tomas Varga, said the group "
                  "would fight on.")
    assert ("tomas-varga", "black-hill-brigade") in controls(doc)
    doc = extract("Latvia froze the funds of the Black Hill Brigade (BHB), its commander Tomas Varga and two "
                  "companies.")
    assert ("tomas-varga", "black-hill-brigade") in controls(doc)


# ---------------------------------------------------------------- 14. "the Catholic Diocese of X"
def test_a_diocese_keeps_its_see(extract):
    doc = extract("We have reached the same conclusion as the Catholic Diocese of Kalemba, whose commission "
                  "documented the deaths in a report last week.")
    assert entity(doc, "catholic-diocese-of-kalemba")["type"] == "Organisation"
    assert "kalemba" not in {e["id"] for e in doc["entities"]}


def test_a_diocese_before_a_date_keeps_its_name(extract):
    """Negative control: "a letter from the Catholic Diocese of 12 May": the date is no part of the name."""
    doc = extract("A letter from the Catholic Diocese of 12 May described the killings in Tando.")
    assert entity(doc, "catholic-diocese")["type"] == "Organisation"


# ---------------------------------------------------------------- 15. "the X River"
def test_a_river_named_like_a_municipality(extract):
    doc = extract("Our team spent ten days in the Kalemba and Mosi municipalities of Lunda province. Armed men "
                  "attacked a camp of diggers on the banks of the Kalemba River near the village of Tando.")
    assert entity(doc, "kalemba-river")["type"] == "Place"
    assert entity(doc, "kalemba")["type"] == "Region"


def test_a_county_named_after_a_river_stays_a_county(extract):
    """Negative control: "Tana River County" is a longer name, no river."""
    doc = extract("Armed men attacked the village of Tando in Kalemba River County on Monday.")
    assert "kalemba-river" not in {e["id"] for e in doc["entities"]}


# ---------------------------------------------------------------- 16. a law's title with "from"
def test_a_law_title_goes_on_after_a_capitalised_from(extract):
    doc = extract("The Ravens Front was designated as a terrorist entity by the Kingdom of Jordan in 2024 under Law "
                  "No. 58 of 2006 on the Protection of Society from Terrorist Acts.")
    assert entity(doc, "law-no-58-of-2006-on-the-protection-of-society-from-terrorist-acts")["type"] == \
        "LegalInstrument"


def test_a_law_title_ends_before_a_lower_case_from(extract):
    """Negative control: "... on the Protection of Society from next year" ends at "Society"."""
    doc = extract("Ruritania will apply Law No. 9 of 2013 on the Protection of Society from next year.")
    assert "law-no-9-of-2013-on-the-protection-of-society" in {e["id"] for e in doc["entities"]}


# ---------------------------------------------------------------- 17. "31 PG-7V rockets"
def test_a_model_designation_is_no_place(extract):
    doc = extract("A search of the vessel found 4 RPG-7 grenade launchers and 31 PG-7V rockets hidden in the hold.")
    assert "pg-7v-rockets" in weapons(doc)
    assert "pg-7v" not in {e["id"] for e in doc["entities"]}


def test_a_group_named_like_a_model_stays_a_group(extract):
    """Negative control: "M-23 rebels" is a group's name before people, no weapon model."""
    doc = extract("Fighters of the M-23 rebels attacked the village of Tando on Monday.")
    assert not [w for w in weapons(doc) if w.startswith("m-23")]


# ---------------------------------------------------------------- 18. "through X"
def test_a_town_on_the_route(extract):
    doc = extract("Kestrel Trading delivered twelve drones to the Black Hill Brigade in February, routing the "
                  "consignment through Ungheni, according to partners.")
    assert entity(doc, "ungheni")["type"] == "Settlement"


def test_a_firm_on_the_route_is_no_town(extract):
    """Negative control: "routed through Vanta Cargo Ltd" names a company."""
    doc = extract("Kestrel Trading delivered twelve drones to the Black Hill Brigade in February, routing the "
                  "payment through Vanta Cargo Ltd, according to partners.")
    assert entity(doc, "vanta-cargo-ltd")["type"] == "Company"


# ---------------------------------------------------------------- 19. "Mouvement pour la Libération du X"
def test_a_french_name_is_not_cut_at_its_particles(extract):
    doc = extract("A second group, the Mouvement pour la Libération du Nord (MLN), is active along the border "
                  "around the town of Tando.")
    assert "mouvement-pour-la-liberation-du-nord" in {e["id"] for e in doc["entities"]}
    assert "mouvement" not in {e["id"] for e in doc["entities"]}


def test_two_names_joined_by_and_stay_two(extract):
    """Negative control: "Kestrel Trading and Vanta Cargo" are two names ("and" joins no name)."""
    doc = extract("Kestrel Trading and Vanta Cargo shipped rifles to the Black Hill Brigade.")
    ids = {e["id"] for e in doc["entities"]}
    assert {"kestrel-trading", "vanta-cargo"} <= ids


# ---------------------------------------------------------------- 20. "added A and BHB commander B"
def test_a_name_before_a_groups_commander_is_a_target_too(extract):
    doc = extract("The Black Hill Brigade (BHB), led by Ivan Petrovsky, operates in the north. On Friday the UK "
                  "government added Petrovsky and BHB commander Tomas Varga to the UK sanctions list.")
    assert [m for m in measures(doc) if set(m["targets"]) == {"ivan-petrovsky", "tomas-varga"}]


def test_a_commander_added_alone_is_the_only_target(extract):
    """Negative control: "added BHB commander B" lists B alone."""
    doc = extract("The Black Hill Brigade (BHB), led by Ivan Petrovsky, operates in the north. On Friday the UK "
                  "government added BHB commander Tomas Varga to the UK sanctions list.")
    assert [m for m in measures(doc) if m["targets"] == ["tomas-varga"]]
