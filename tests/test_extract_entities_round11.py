"""Classes of new-entity errors from heldout10's misses (round 11, issue #12),
each with new fictional sentences of its own and negative controls: a
release's contact line (a firm's staff, an address), letters after a name and a
capitalised post before it (a person), a company named after the noun before it."""

from __future__ import annotations

from .extract_cases import extract, entity_ids as _ids, entity as _entity  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. contact lines
def test_a_firms_contact_line_names_no_entity(extract):
    doc = extract("OFAC designated the Kavra Front on Monday.\n\n"
                  "Contacts: Rosalind Peverell, Partner, Chicago; Amadou Sy-Lachance, Counsel, Paris.\n")
    assert not {"rosalind-peverell", "rosalind-peverell-partner", "amadou-sy-lachance"} & _ids(doc), _ids(doc)


def test_an_address_in_a_queries_line_is_no_entity(extract):
    doc = extract("OFAC designated the Kavra Front on Monday.\n\n"
                  "- Queries: press office, Ministry of Fisheries, Kestrel House, Corkstown 4.\n")
    assert "kestrel-house" not in _ids(doc), _ids(doc)


def test_a_media_contact_with_a_post_still_names_its_person(extract):
    doc = extract("Officers of the Harbour Revenue Agency seized 40 rifles at the port on Monday.\n\n"
                  "Media contact: Odile Brancaster-Hume, Corporate Communications Manager, Harbour Revenue Agency\n")
    assert "odile-brancaster-hume" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 2. a person by the words around the name
def test_letters_after_a_name_make_it_a_person_and_name_nothing(extract):
    doc = extract("The Minister for Fisheries and Marine Resources, Órla Ní Mhurchú, T.D., welcomed the decision "
                  "to list the Kavra Front.")
    assert _entity(doc, "orla-ni-mhurchu")["type"] == "Person"
    assert not {"t-d", "td"} & _ids(doc), _ids(doc)


def test_a_title_of_address_before_a_surname_is_the_person_named_before(extract):
    doc = extract("The Tánaiste and Minister for Defence, Nuala Ní Chathasaigh, welcomed the listings. "
                  "Tánaiste Ní Chathasaigh said: \"The Kavra Front must disarm.\"")
    assert _entity(doc, "nuala-ni-chathasaigh")["type"] == "Person"
    assert not {"tanaiste-ni-chathasaigh", "tanaiste-and-minister-for-defence"} & _ids(doc), _ids(doc)


def test_the_rank_and_a_comma_before_a_name(extract):
    doc = extract("The Tánaiste, Nuala Ó Ceallaigh, welcomed the listings of the Kavra Front.")
    assert _entity(doc, "nuala-o-ceallaigh")["type"] == "Person"


def test_a_capitalised_post_with_its_portfolio_before_a_name(extract):
    doc = extract("Its Minister of the Interior, Ermelinda Sarmento Bouro, said the Kavra Front had burned 40 homes.")
    assert _entity(doc, "ermelinda-sarmento-bouro")["type"] == "Person"


# ---------------------------------------------------------------- 3. a company by the noun before its name
def test_a_company_named_after_the_noun_before_it(extract):
    doc = extract("The Council found that a shipping agent, Samudra Jaya Kargo, delivered rifles to the Kavra Front "
                  "in May.")
    assert _entity(doc, "samudra-jaya-kargo")["type"] == "Company"


def test_a_person_after_a_noun_for_a_person_stays_a_person(extract):
    doc = extract("The Council found that a former soldier, Tomasz Wierzbicki, delivered rifles to the Kavra Front "
                  "in May.")
    assert _entity(doc, "tomasz-wierzbicki")["type"] == "Person"


# ---------------------------------------------------------------- 4. places by the words around them
def test_districts_named_together_are_places_whatever_the_ner_says(extract):
    doc = extract("Police blamed the Kalonga Freedom Army (KFA), which has fighters in Kalonga and Misuku districts and has held the town.")
    assert _entity(doc, "misuku")["type"] == "Region"
    assert _entity(doc, "kalonga")["type"] == "Region"


def test_peoples_named_together_before_states_are_no_places(extract):
    doc = extract("Arab and African states condemned the attack on the convoy of the Kalonga Freedom Army.")
    assert not {"arab", "african"} & _ids(doc), _ids(doc)


def test_the_trading_centre_of_a_name_is_a_settlement(extract):
    doc = extract("The Kalonga Freedom Army has held the trading centre of Embangweni since last October.")
    assert _entity(doc, "embangweni")["type"] == "Settlement"


def test_an_apposed_settlement_noun_makes_a_settlement(extract):
    doc = extract("The attackers shot residents of Lupembe Estate, a tea settlement in Kalonga district, and burned "
                  "a clinic, police said. The Kalonga Freedom Army denied it.")
    assert _entity(doc, "lupembe-estate")["type"] == "Settlement"


def test_where_people_fled_to_is_a_place(extract):
    doc = extract("The Kalonga Freedom Army burned the market. Residents who fled to Chintheche said many families "
                  "would not return.")
    assert _entity(doc, "chintheche")["type"] == "Settlement"


def test_what_was_sold_to_a_name_stays_unplaced(extract):
    """Negative control: "sold to X" is a buyer, not a place people went to."""
    doc = extract("The broker sold 30 rifles to Harlan Vosk Trading, which shipped them to the Kalonga Freedom Army.")
    assert _entity(doc, "harlan-vosk-trading")["type"] == "Company"


def test_a_district_after_a_headline_place_is_that_place(extract):
    doc = extract("Gunmen kill villagers in northern Zambia as army sends troops to Nkhotakota\n\nThe attackers, who "
                  "arrived on motorcycles before dawn on Saturday, shot residents of Lupembe Estate, a forestry "
                  "settlement in Nkhotakota district, and set fire to a clinic, according to a police statement.")
    assert "nkhotakota" in _ids(doc) and "nkhotakota-district" not in _ids(doc), _ids(doc)


def test_a_person_apposed_to_a_post_of_the_town_stays_a_person(extract):
    """Negative control: "X, the mayor of the town," names a person, not a settlement."""
    doc = extract("The letter was signed by Mariela Quispe Huamán, the mayor of the town, on Friday.")
    assert _entity(doc, "mariela-quispe-huaman")["type"] == "Person"


# ---------------------------------------------------------------- 5. a UN committee's summary
def test_a_bodys_last_words_and_its_generic_noun_are_its_short_forms(extract):
    doc = extract("According to the Regional Arms Monitoring Team, the Kavra Front had 80 members in 2026. "
                  "The Kavra Front bought rifles in May, according to the Monitoring Team. The Team assesses that "
                  "it bought drones as well.")
    assert not {"monitoring-team", "team"} & _ids(doc), _ids(doc)
    team = _entity(doc, "regional-arms-monitoring-team")
    assert "Monitoring Team" in team.get("aliases", []), team


def test_a_sanctions_list_and_a_section_word_are_no_names(extract):
    doc = extract("The committee added the Kavra Front to its Kavra Sanctions List on Monday.\n\n"
                  "Background, from the committee's latest report: Kavra Front gunmen killed nine fishermen at the "
                  "landing site of Pantai Merah, near Kuala Besut, in May.")
    assert not {"kavra-sanctions-list", "background"} & _ids(doc), _ids(doc)
    assert _entity(doc, "pantai-merah")["type"] == "Settlement"


# ---------------------------------------------------------------- 6. an interdiction report
def test_a_dateline_city_before_a_dash_is_no_proposal(extract):
    doc = extract("KORALIA COAST GUARD\nPublic Information Office\nPort Elsa, Mahora — 14 April 2027\n\n"
                  "The patrol seized 40 rifles bound for the Kavra Front. Two diplomats in Port Elsa said the "
                  "group would be listed.")
    assert "port-elsa" not in _ids(doc), _ids(doc)


def test_a_states_formal_name_after_government_of_is_the_state(extract):
    doc = extract("The Government of the Union of the Comoros, in a communiqué issued on Tuesday, said the weapons "
                  "were intended for the Kavra Front.")
    assert not any(i.startswith("government-of") for i in _ids(doc)), _ids(doc)


def test_an_international_bodys_force_is_an_international_organisation(extract):
    doc = extract("The patrol was conducted with support from the United Nations Maritime Force (UNMF) against the "
                  "Kavra Front.")
    assert _entity(doc, "united-nations-maritime-force")["type"] == "InternationalOrganisation"


def test_a_national_force_stays_armed_forces(extract):
    """Negative control: a force whose name opens with no international body's name."""
    doc = extract("The patrol was conducted with support from the Koralia Maritime Force against the Kavra Front.")
    assert _entity(doc, "koralia-maritime-force")["type"] != "InternationalOrganisation"


def test_a_group_known_locally_by_another_name_is_one_group(extract):
    doc = extract('Papers list the consignee as "the Brigade of Mwali", the Comorian armed group known locally as '
                  'Brigade Mwali (BM). The BM has held the port town of Fomboni since November.')
    group = _entity(doc, "brigade-mwali")
    assert group["type"] == "ArmedGroup", group
    assert "brigade-of-mwali" not in _ids(doc), _ids(doc)


def test_the_island_of_a_name_is_a_place(extract):
    doc = extract("The Kavra Front is active on the island of Mohéli.")
    assert _entity(doc, "moheli")["type"] in ("Settlement", "Region", "Place")


# ---------------------------------------------------------------- 7. weapons and legal forms
def test_what_a_listed_measure_holds_is_a_weapon_type(extract):
    doc = extract("The boarding team found, beneath a cargo of dried fish, 36 assault rifles, three light machine "
                  "guns, 18 boxes of 5.56 mm ammunition and five 82 mm mortar tubes.")
    assert {"5-56-mm-ammunition", "82-mm-mortar-tubes"} <= _ids(doc), _ids(doc)


def test_arms_someone_provided_are_a_weapon_type(extract):
    doc = extract("The Kavra Front burned the market. We could not establish who provided the pistols the "
                  "attackers carried.")
    assert "pistols" in _ids(doc), _ids(doc)


def test_a_parenthesised_legal_form_is_part_of_the_name(extract):
    doc = extract("Rifles used by the Kavra Front were bought in 2026 from Mlilo Arms (Pty) Ltd, a licensed dealer "
                  "in Siteki.")
    firm = _entity(doc, "mlilo-arms-pty-ltd")
    assert firm["type"] == "Company", firm
    assert "mlilo-arms" not in _ids(doc), _ids(doc)


def test_goods_someone_provided_are_no_weapon_type(extract):
    """Negative control: "provided" names arms only when its object is a weapon word."""
    doc = extract("After the Kavra Front attack, a charity provided blankets and food to the survivors.")
    assert {e["type"] for e in doc["entities"]} <= {"ArmedGroup"}, _ids(doc)


# ---------------------------------------------------------------- 8. a law firm's update
def test_a_quoted_nickname_inside_a_name_is_a_persons(extract):
    doc = extract('On Thursday, 1 April, the Treasury Department designated the Kavra Front, its leader Wendell '
                  '"Hatchet" Mabry and his deputy, Elroy Pike, pursuant to Executive Order 14059.')
    person = _entity(doc, "wendell-mabry")
    assert person["type"] == "Person", person
    assert not {"wendell", "mabry", "hatchet-mabry"} & _ids(doc), _ids(doc)


def test_a_nationality_before_a_name_is_no_part_of_it(extract):
    doc = extract("Harbour Line Freight is owned by Jamaican national Desmond Okafor-Reid, who was not himself "
                  "designated, and it shipped rifles to the Kavra Front.")
    assert _entity(doc, "desmond-okafor-reid")["type"] == "Person"
    assert "jamaican-national-desmond-okafor-reid" not in _ids(doc), _ids(doc)


def test_a_place_before_a_local_persons_noun_is_a_settlement(extract):
    doc = extract("OFAC also removed Corozal Town businessman Marlon Tate from the Specially Designated Nationals "
                  "and Blocked Persons List (SDN List), following his successful petition.")
    assert _entity(doc, "corozal-town")["type"] == "Settlement"
    assert _entity(doc, "marlon-tate")["type"] == "Person"


# ---------------------------------------------------------------- 9. a portfolio is no body
def test_the_portfolio_in_a_ministers_title_is_no_organisation(extract):
    doc = extract("The Minister for Coastal Affairs, Ms Odile Payet, said on Monday that the Kavra Front had "
                  "bought the rifles.")
    assert "coastal-affairs" not in _ids(doc), _ids(doc)
    assert "odile-payet" in _ids(doc), _ids(doc)


def test_a_ministry_named_in_full_stays_a_body(extract):
    """Negative control: the ministry itself is a body."""
    doc = extract("The Ministry of Coastal Affairs said on Monday that the Kavra Front had bought the rifles.")
    assert _entity(doc, "ministry-of-coastal-affairs")["type"] == "GovernmentBody"


# ---------------------------------------------------------------- 10. a date after a body's name
def test_a_day_after_a_possessed_bodys_name_is_no_part_of_it(extract):
    doc = extract("Norway's Ministry of Finance on Tuesday broadened the asset freeze it has applied to the Kavra "
                  "Front since March 2025.")
    assert "ministry-of-finance-of-norway" in _ids(doc), _ids(doc)
    assert not any("tuesday" in i for i in _ids(doc)), _ids(doc)


# ---------------------------------------------------------------- 11. "hunting rifles" read as a verb and its object
def test_hunting_rifles_after_and_are_one_weapon_type(extract):
    doc = extract("The minister told lawmakers on Monday that Casa Ribeiro Caça Lda, a hunting-supply dealer in "
                  "Bissau, had sold the KF pump-action shotguns and hunting rifles in October.")
    assert "hunting-rifles" in _ids(doc), _ids(doc)


def test_hunting_rifles_opening_a_sentence_are_one_weapon_type(extract):
    doc = extract("Hunting rifles and shotguns used by the Kavra Front were, according to two former members, "
                  "bought in 2026 from Mlilo Arms (Pty) Ltd, a licensed dealer in Siteki.")
    assert {"hunting-rifles", "shotguns"} <= _ids(doc), _ids(doc)


def test_hunting_people_is_no_weapon(extract):
    """Negative control: a verb in -ing whose object is no weapon names no weapon type."""
    doc = extract("Hunting deer is banned in the reserve, where the Kavra Front bought rifles in May.")
    assert not any(i.startswith("hunting") for i in _ids(doc)), _ids(doc)


def test_a_calibre_and_the_words_the_parser_cut_off_are_one_weapon_type(extract):
    doc = extract("The Panel found that Kalahari Outfitters & Hardware CC, a hunting and camping supplier based in "
                  "Rundu, Namibia, sold the KFA assault rifles and 60 mm mortar rounds in July 2026.")
    assert "60-mm-mortar-rounds" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 12. a statute with a parenthesised word
def test_a_statute_with_a_parenthesised_word_and_its_year_is_one_instrument(extract):
    doc = extract("The Ministry of Home Affairs added the Kavra Front to the list of terrorist organisations under "
                  "the Public Safety (Special Powers) Act, 1978 in August 2026.")
    kinds = {e["label"]: e["type"] for e in doc["entities"]}
    assert kinds.get("Public Safety (Special Powers) Act, 1978") == "LegalInstrument", kinds
    assert "public-safety" not in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 13. a police post is no police force
def test_a_police_post_is_no_force(extract):
    doc = extract("The following day, the Inspector General of Police, Eastern Range, Suresh Kumar Oraon, told "
                  "reporters that the Kavra Front had fired first.")
    assert not {"inspector-general-of-police", "general-of-police"} & _ids(doc), _ids(doc)


def test_a_police_force_stays_a_force(extract):
    """Negative control: a force's own name."""
    doc = extract("The Koralia Police Service said on Monday that the Kavra Front had fired first.")
    assert _entity(doc, "koralia-police-service")["type"] == "StateArmedForces"


# ---------------------------------------------------------------- 14. an abbreviation the NER took for a place
def test_an_abbreviation_the_ner_took_for_a_place_is_no_settlement(extract):
    doc = extract("- UK persons must freeze funds of Kestrel-Yug and Ivanov without delay and report to OFAQ.")
    assert not any(e["id"] == "ofaq" and e["type"] in ("Settlement", "Region") for e in doc["entities"]), \
        doc["entities"]


def test_a_states_abbreviation_is_still_the_state(extract):
    """Negative control: a state's own abbreviation stays the state."""
    doc = extract("The Kavra Front bought rifles in the DRC in May.")
    assert "democratic-republic-of-the-congo" in _ids(doc) or "drc" not in _ids(doc), _ids(doc)
