"""Classes of new-entity errors found on the second held-out set (round 3,
issue #12), each with new fictional sentences of its own: where a company's
or a person's name ends, weapon types, places named without a cue, legal
instruments, bodies and their abbreviations, states under other names, counted
sets of actors, and a document's title. A document dated Tuesday 2025-06-10;
the knowledge base's own entities plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import DATE, extract, one, entity_ids as _ids  # noqa: F401 - extract is a fixture


def _entity(doc, ident):
    return one(doc["entities"], id=ident)


# ---------------------------------------------------------------- 1. names with legal forms; long people's names
@pytest.mark.parametrize("text,ident,short", [
    ("Investigators traced the rifles to Tanjung Kerisi Perdana Sdn. Bhd., which denied any role.",
     "tanjung-kerisi-perdana-sdn-bhd", "Tanjung Kerisi Perdana"),
    ("The Treasury designated Comercializadora Agrícola del Bajío S.A. de C.V. on Monday.",
     "comercializadora-agricola-del-bajio-s-a-de-c-v", "Comercializadora Agrícola del Bajío"),
    ("Orinoco-based Servicios Navales del Delta C.A. shipped grenades to the Ravel Front.",
     "servicios-navales-del-delta-c-a", "Servicios Navales del Delta"),
    ("Canada listed Marrowgate Systems Pte. Ltd. and Quill Avionics GmbH for supplying drone parts.",
     "marrowgate-systems-pte-ltd", "Marrowgate Systems"),
])
def test_a_company_name_runs_to_its_legal_form(extract, text, ident, short):
    doc = extract(text)
    company = _entity(doc, ident)
    assert company["type"] == "Company" and short in company.get("aliases", [])
    assert not any(e["id"] != ident and e["id"] in ident for e in doc["entities"]), doc["entities"]


def test_two_companies_with_legal_forms_joined_by_and_stay_two(extract):
    doc = extract("Minera Cerro Azul S.A. and Fletes del Norte S.A. de C.V. were both designated by the Treasury.")
    assert {"minera-cerro-azul-s-a", "fletes-del-norte-s-a-de-c-v"} <= _ids(doc)
    assert all(e["type"] == "Company" for e in doc["entities"] if e["id"].startswith(("minera", "fletes")))


def test_words_that_only_say_what_a_firm_does_stay_in_its_name(extract):
    doc = extract("The panel named Dar al-Sahil Shipping and General Trading Est., a firm registered in Sohar, "
                  "as the supplier.")
    company = _entity(doc, "dar-al-sahil-shipping-and-general-trading-est")
    assert company["type"] == "Company"


def test_a_letterhead_in_capitals_is_no_company(extract):
    doc = extract("MARLOW QUAYLE & DEANE LLP\n\nThe Treasury sanctioned Vanta Cargo on Monday.")
    assert not any("marlow" in i for i in _ids(doc))


@pytest.mark.parametrize("text,ident", [
    ("A court in Sonora charged Rodrigo Salcedo Treviño with arms trafficking.", "rodrigo-salcedo-trevino"),
    ("Prosecutors said Aurelio Benítez Ocampo ran the network from a ranch.", "aurelio-benitez-ocampo"),
])
def test_a_three_word_name_keeps_its_first_name(extract, text, ident):
    assert _entity(extract(text), ident)["type"] == "Person"


def test_a_nickname_gives_an_alias_and_the_apposition_the_class(extract):
    doc = extract('The gang is run by Eliseo Parra Quintero, known as "El Tucán", a former army sergeant who '
                  'deserted in 2019. Eliseo Parra Quintero sold rifles to the Ravel Front.')
    person = _entity(doc, "eliseo-parra-quintero")
    assert person["type"] == "Person" and "El Tucán" in person["aliases"]


def test_a_title_before_a_name_is_not_part_of_it(extract):
    doc = extract("The militia, led by Sheikh Hamad Saleh bin Towq, holds the port of Rakhyut.")
    assert _entity(doc, "hamad-saleh-bin-towq")["type"] == "Person"


# ---------------------------------------------------------------- 3. places named without a cue
@pytest.mark.parametrize("text,ident", [
    ("The cartel smuggles fuel through Sinaloa and Zacatecas.", "zacatecas"),
    ("The militia recruits across Kebbi, where it runs checkpoints.", "kebbi"),
    ("Kestrel Trading sold rifles to a warlord in Ouaddai.", "ouaddai"),
    ("Gunmen burned a market at Dar Sila, killing nine traders.", "dar-sila"),
])
def test_a_town_or_province_without_a_cue_is_proposed(extract, text, ident):
    doc = extract(text)
    assert _entity(doc, ident)["type"] in ("Settlement", "Region"), doc["entities"]


def test_a_region_named_with_a_lower_case_noun_after_it(extract):
    doc = extract("Gunmen killed twelve farmers in Rafiq, a village in Niger's Tahoua department.")
    assert _entity(doc, "tahoua")["type"] == "Region"


def test_a_capital_named_for_its_government_and_a_heading_are_no_places(extract):
    doc = extract("Background\n\nThe rebels accused Washington of putting pressure on Nairobi.")
    assert not {"nairobi", "background"} & _ids(doc)


def test_a_person_listed_after_a_place_stays_a_person(extract):
    doc = extract("A grand jury indicted Tom Arden, the owner of a gun shop in Yuma, and Rafael Quiroga Soto "
                  "on export charges.")
    assert _entity(doc, "rafael-quiroga-soto")["type"] == "Person"


def test_a_place_at_the_end_of_a_firms_name_is_not_an_alias_of_it(extract):
    doc = extract("Comercial Andina del Zulia C.A. moved rifles to the Ravel Front. Officials in Zulia "
                  "denied it.")
    company = _entity(doc, "comercial-andina-del-zulia-c-a")
    assert "Zulia" not in company.get("aliases", [])


# ---------------------------------------------------------------- 4. legal instruments
@pytest.mark.parametrize("text,ident", [
    ("Japan froze the assets of Vanta Cargo under the Foreign Exchange and Foreign Trade Act.",
     "foreign-exchange-and-foreign-trade-act"),
    ("New Zealand listed the Ravel Front under the Russia Sanctions Regulations 2022 on Monday.",
     "russia-sanctions-regulations-2022"),
    ("Prosecutors charged two brokers under the Arms Trafficking Prevention Act of 2019.",
     "arms-trafficking-prevention-act-of-2019"),
    ("The junta banned the Ravel Front by Presidential Decree No. 118.", "presidential-decree-no-118"),
])
def test_a_named_statute_is_a_legal_instrument(extract, text, ident):
    assert _entity(extract(text), ident)["type"] == "LegalInstrument"


def test_a_statute_is_the_legal_basis_of_a_measure(extract):
    doc = extract("Canada sanctioned Kestrel Trading under the Justice for Victims of Corrupt Foreign Officials Act.")
    measure = one([c for c in doc["claims"] if c["type"] == "SanctionsMeasure"])
    assert measure["legal_basis"] == ["justice-for-victims-of-corrupt-foreign-officials-act"]


def test_lists_are_no_entities(extract):
    doc = extract("OFAC added Kestrel Trading to the SDN List; Australia put it on the Consolidated List.")
    assert not {"sdn-list", "consolidated-list"} & _ids(doc)


# ---------------------------------------------------------------- 8. a local file's title
@pytest.mark.parametrize("head,title", [
    ("This release is provided for information only and does not constitute legal advice.\n\n"
     "Ministry lists six firms over drone shipments to the Ravel Front\n\n",
     "Ministry lists six firms over drone shipments to the Ravel Front"),
    ("For Immediate Release\nJune 10, 2025\n\nHarbour police seize rifles bound for the Ravel Front\n\n",
     "Harbour police seize rifles bound for the Ravel Front"),
    ("Disclaimer: the views expressed here are the author's own.\nMedia contact: press@example.org\n"
     "KESTREL TRADING BOARD\n\nRegulator fines broker for selling rifles abroad\n\n",
     "Regulator fines broker for selling rifles abroad"),
])
def test_the_title_of_a_local_file_is_never_boilerplate(project, tmp_path, head, title):
    from kb.extract.document import Metadata, open_document
    from kb.extract.mentions import slug

    path = tmp_path / "release.txt"
    path.write_text(head + "Kestrel Trading sold rifles to the Ravel Front, the ministry said on Monday.\n",
                    encoding="utf-8")
    document = open_document(project, str(path), Metadata(date=DATE), save=False)
    assert document.id == slug(f"{DATE.isoformat()} unsaved {title}")[:90].strip("-")


# ---------------------------------------------------------------- 3b. a place's state only where the text says it
def _within(doc, ident):
    entity = _entity(doc, ident)
    return entity.get("within") or entity.get("part_of")


def test_a_place_named_near_another_state_is_not_put_in_it(extract):
    doc = extract("A Dutch frigate escorted the tanker. Gunmen of the Ravel Front killed nine fishermen in the "
                  "village of Bir Qasim, the Netherlands navy said.")
    assert _within(doc, "bir-qasim") is None


@pytest.mark.parametrize("text,ident,state", [
    ("Gunmen killed nine fishermen in the village of Bir Qasim, Yemen, on Monday.", "bir-qasim", "yemen"),
    ("Gunmen killed nine fishermen in Yemen's Hadibu district.", "hadibu", "yemen"),
    ("Gunmen killed nine fishermen in the Yemeni town of Hadibu.", "hadibu", "yemen"),
    ("Gunmen killed nine fishermen in Rakhyut, a port in Yemen.", "rakhyut", "yemen"),
])
def test_a_place_is_put_in_the_state_the_text_names_for_it(extract, text, ident, state):
    assert _within(extract(text), ident) == state


# ---------------------------------------------------------------- 7. counted sets of actors
@pytest.mark.parametrize("text,count", [
    ("The Treasury sanctioned Kestrel Trading and three managers of Kestrel Trading on Monday.", 3),
    ("Japan froze the assets of two directors of Kestrel Trading.", 2),
])
def test_a_counted_set_of_a_firms_people_is_an_actor_set(extract, text, count):
    doc = extract(text)
    group = one([e for e in doc["entities"] if e["type"] == "ActorSet"])
    assert group["count"] == count and group["member_of"] == "kestrel-trading"


# ---------------------------------------------------------------- round 3b: bodies, junk, states, weapons
@pytest.mark.parametrize("text,ident,alias", [
    ("The crew were handed to the Philippine National Police (PNP). The PNP charged them on Monday.",
     "philippine-national-police", "PNP"),
    ("Fighters of the Kaduna Peace Front (KPF), an armed group, burned the market.", "kaduna-peace-front", "KPF"),
    ("The Panel wrote that Vanta Cargo had shipped rifles to Ahrar al-Mahra (AAM). AAM denied it.",
     "ahrar-al-mahra", "AAM"),
])
def test_an_abbreviation_in_parentheses_is_an_alias_never_part_of_the_id(extract, text, ident, alias):
    doc = extract(text)
    assert alias in _entity(doc, ident).get("aliases", [])
    assert not any(alias.lower() in i.split("-") for i in _ids(doc)), doc["entities"]


def test_words_in_parentheses_that_are_no_initials_make_no_name(extract):
    assert not any("group" in i for i in _ids(extract("The rifles went to the group (AAM) last year.")))


@pytest.mark.parametrize("text,ident", [
    ("The Durango State Attorney General's Office charged Rafael Quiroga Soto with trafficking.",
     "durango-state-attorney-general-office"),
    ("The Halcones operate in Sonora. The Sonora State Public Security Office said they burned a bus.",
     "sonora-state-public-security-office"),
    ("On Monday Kenya's Office of the Director of Public Prosecutions charged him.",
     "office-of-the-director-of-public-prosecutions-of-kenya"),
    ("A court in Sinaloa said the Ministry of Defence had lost the rifles.", "ministry-of-defence"),
])
def test_a_government_body_keeps_its_whole_name(extract, text, ident):
    doc = extract(text)
    assert _entity(doc, ident)["type"] == "GovernmentBody"
    assert not any(i != ident and i in ident for i in _ids(doc) if i.endswith("office")), doc["entities"]


@pytest.mark.parametrize("text", [
    "According to the UN Panel of Experts on Sudan, the drones came from Kestrel Trading.",
    "The UN Panel of Experts on Sudan wrote that Kestrel Trading had delivered drones.",
])
def test_a_panel_named_on_a_state_keeps_the_state_in_its_name(extract, text):
    doc = extract(text)
    assert _entity(doc, "un-panel-of-experts-on-sudan")["type"] == "InternationalOrganisation"
    assert "un-panel-of-experts-on" not in _ids(doc)


@pytest.mark.parametrize("text,junk", [
    ("Media release\n\nThe Treasury sanctioned Vanta Cargo on Monday.", "media"),
    ("Overland deliveries continued through the desert, the Panel said.", "overland"),
    ("It is led by Ali Musa, a former Koranic teacher who fought for the Ravel Front.", "koranic"),
    ("The Rewards for Justice program offers $5 million for Ali Musa.", "justice"),
    ("Office of the Spokesperson\n\nThe Department of State designated Vanta Cargo on Monday.",
     "office-of-the-spokesperson"),
    ("Media Relations Office\n\nCanada sanctioned Vanta Cargo on Monday.", "media-relations-office"),
    ("The motor launch ML Sea Breeze carried rifles for the Ravel Front.", "ml-sea-breeze"),
])
def test_common_words_headings_and_press_offices_are_no_entities(extract, text, junk):
    assert junk not in _ids(extract(text))


def test_a_headline_word_is_no_entity_when_the_body_names_the_place_in_full(extract):
    doc = extract("Navy seizes rifles bound for Basilan militants\n\nThe rifles were meant for a group that "
                  "operates in the hills of Basilan del Norte, the navy said.")
    assert "basilan" not in _ids(doc)


@pytest.mark.parametrize("text,state", [
    ("Türkiye condemned the attack on Monday, and Kestrel Trading denied any role.", "turkey"),
    ("The Republic of Chad said Kestrel Trading had shipped rifles to the Ravel Front.", "chad"),
    ("Today the Australian Government is imposing sanctions on Kestrel Trading.", "australia"),
    ("The Kingdom of Bahrain said Kestrel Trading had shipped rifles to the Ravel Front.", "bahrain"),
    ("The Russian Federation denied that Kestrel Trading had shipped rifles.", "russia"),
])
def test_a_state_under_another_name_is_never_a_new_entity(extract, text, state):
    doc = extract(text)
    assert all(e["type"] == "State" or not e["id"].startswith(state[:4]) for e in doc["entities"]), doc["entities"]
    assert not any("government" in i or "republic" in i or "kingdom" in i or "federation" in i for i in _ids(doc))


@pytest.mark.parametrize("phrase,ident", [
    ("14 armoured pick-up trucks", "armoured-pick-up-trucks"),
    ("four technicals", "technicals"),
    ("loitering munitions", "loitering-munitions"),
    ("man-portable air-defence systems", "man-portable-air-defence-systems"),
    ("naval mines", "naval-mines"),
    ("heavy machine guns", "heavy-machine-guns"),
    ("technical advice", None),
])
def test_generic_weapon_nouns_name_a_weapon_type(phrase, ident):
    from kb.extract.named import weapon_type
    assert weapon_type(phrase) == ident


# ---------------------------------------------------------------- round 3, heldout3 classes
# A state's body named after the state's possessive carries the state in its label and id (the gold
# convention: ministry-of-government-of-bolivia), with the written form as an alias, part of the state.
@pytest.mark.parametrize("text,ident,state,written", [
    ("Chile's Superintendency of Pensions froze the accounts of Vanta Cargo on Friday.",
     "superintendency-of-pensions-of-chile", "chile", "Chile's Superintendency of Pensions"),
    ("Officials at Ghana's Ministry of Trade and Industry said the export licence had been revoked.",
     "ministry-of-trade-and-industry-of-ghana", "ghana", "Ghana's Ministry of Trade and Industry"),
    ("The permit was refused by Norway's Directorate of Export Control, a spokeswoman said.",
     "directorate-of-export-control-of-norway", "norway", "Norway's Directorate of Export Control"),
])
def test_a_body_after_a_states_possessive_carries_the_state(extract, text, ident, state, written):
    doc = extract(text)
    body = _entity(doc, ident)
    assert body["type"] == "GovernmentBody" and body.get("part_of") == state
    assert written in body.get("aliases", [])
    bare = ident[:-len("-of-" + state)]
    assert bare not in _ids(doc)


@pytest.mark.parametrize("text,absent", [
    ("The Ministry of Energy said the pipeline would reopen on Monday.", "ministry-of-energy-of"),
    ("Fighting spread across Mozambique's Cabo Delgado province in May.", "cabo-delgado-of-mozambique"),
])
def test_no_state_is_added_to_a_name_the_text_does_not_give_one(extract, text, absent):
    assert not any(i.startswith(absent) for i in _ids(extract(text)))


# Names joined by "and" before a plural region noun are regions, without any other cue.
@pytest.mark.parametrize("text,names", [
    ("The militia operates in the Kirundo and Muyinga provinces of Burundi.", ["kirundo", "muyinga"]),
    ("Its cells are active in the Tessalit, Abeibara and Tin-Essako districts, the report said.",
     ["tessalit", "abeibara", "tin-essako"]),
    ("Rebels moved cattle between the Lakes and Warrap states last year.", ["lakes", "warrap"]),
])
def test_names_before_a_plural_region_noun_are_regions(extract, text, names):
    doc = extract(text)
    for name in names:
        assert _entity(doc, name)["type"] == "Region", doc["entities"]


def test_a_region_name_after_a_plural_noun_also_goes_by_its_noun(extract):
    doc = extract("Troops were sent to the Kirundo and Muyinga provinces.")
    assert "Kirundo Province" in _entity(doc, "kirundo").get("aliases", [])


@pytest.mark.parametrize("text,junk", [
    ("Arab and African states condemned the attack on the convoy.", {"arab", "african"}),
    ("Kenyan and Ugandan districts along the border were placed under curfew.", {"kenyan", "ugandan"}),
    ("The Treasury and State Department officials met in Geneva.", {"treasury", "state-department"}),
])
def test_demonyms_and_bodies_before_a_plural_noun_are_no_regions(extract, text, junk):
    doc = extract(text)
    assert not any(e["id"] in junk and e["type"] in ("Region", "Place", "Settlement") for e in doc["entities"])


# More plural nouns count unnamed actors.
@pytest.mark.parametrize("text,count", [
    ("Japan froze the assets of four fund-raisers of the Kitumba group on Tuesday.", 4),
    ("The Treasury sanctioned two deputies of the Kitumba group.", 2),
])
def test_more_set_nouns_count_targets(extract, text, count):
    doc = extract(text)
    sets = [e for e in doc["entities"] if e["type"] == "ActorSet"]
    assert sets and sets[0].get("count") == count, doc["entities"]


# Arms a text names as seized, found or moved are weapon types of their own, named as written, with or
# without a transfer coded from the sentence.
@pytest.mark.parametrize("text,types", [
    ("Police seized 12 sniper rifles and 300 hand grenades from a lorry near Bunia on Sunday.",
     {"sniper-rifles", "hand-grenades"}),
    ("Assault rifles recovered after the raid were traced to a dealer in Lviv.", {"assault-rifles"}),
    ("Customs officers intercepted a consignment of 60 commercial drones at the port last week.",
     {"commercial-drones"}),
    ("Two crates of mortar rounds wrapped in sacking were hidden in the church, the police said.",
     {"mortar-rounds"}),
])
def test_arms_seized_or_found_name_their_weapon_types(extract, text, types):
    doc = extract(text)
    found = {e["id"] for e in doc["entities"] if e["type"] == "WeaponType"}
    assert types <= found, doc["entities"]
    assert not {"rifles", "grenades", "drones", "mortars"} & found - types


@pytest.mark.parametrize("text,junk", [
    ("The drone factory hired 40 new engineers in March.", "drones"),
    ("Soldiers found the village empty when they arrived.", None),
    ("The rebels procured machine guns from a dealer in Kismayo.", "procured-machine-guns"),
])
def test_no_weapon_type_without_arms_named_as_moved(extract, text, junk):
    found = {e["id"] for e in extract(text)["entities"] if e["type"] == "WeaponType"}
    assert (junk not in found) if junk else not found


# An instrument named by its kind, number and date keeps what it is "on" in its title; a date after "on" does not.
@pytest.mark.parametrize("text,label", [
    ("Bern added the firm to the annex of the Ordinance of 12 June 2023 on measures against the destabilisation of Moldova.",
     "Ordinance of 12 June 2023 on measures against the destabilisation of Moldova"),
    ("The group was listed under Decree No. 41 of 2019 on the Suppression of Armed Banditry and Kidnapping, officials said.",
     "Decree No. 41 of 2019 on the Suppression of Armed Banditry and Kidnapping"),
])
def test_an_instrument_keeps_what_it_is_on(extract, text, label):
    doc = extract(text)
    assert one(doc["entities"], label=label)["type"] == "LegalInstrument"


def test_a_date_after_an_instrument_is_no_part_of_its_title(extract):
    doc = extract("Prosecutors invoked the Decree of 2021 on Monday against Vanta Cargo.")
    assert not any("monday" in e["id"] for e in doc["entities"])


# A company named before and after with its legal form is one company, under its full name.
@pytest.mark.parametrize("text,ident", [
    ("Halvard Marine moved the drones. On Friday the Treasury designated Halvard Marine Ltd, a shipping firm.",
     "halvard-marine"),
    ("Officials say Tessaro Logistics hid the rifles. Tessaro Logistics GmbH denied it in a statement.",
     "tessaro-logistics"),
])
def test_a_company_with_and_without_its_legal_form_is_one(extract, text, ident):
    doc = extract(text)
    firms = [e for e in doc["entities"] if e["id"].startswith(ident)]
    assert len(firms) == 1, firms


# Continents, world regions and words of sanctions law are no names.
@pytest.mark.parametrize("text,junk", [
    ("The cartel ships cocaine to Europe through the port of Balboa.", "europe"),
    ("Its suppliers in Central Asia and the Caucasus sold the engines to Vanta Cargo.", "central-asia"),
    ("Non-US persons who deal with Vanta Cargo risk secondary sanctions.", "non-us"),
    ("EU Member States must freeze the funds of Vanta Cargo.", "member-states"),
])
def test_world_regions_and_legal_words_are_no_entities(extract, text, junk):
    assert not any(e["id"].startswith(junk) for e in extract(text)["entities"])


# ---------------------------------------------------------------- round 5 (heldout4's classes)
# Regions named together: after one lower-case word before the plural noun, or after "the <noun> of";
# names with lower-case particles run on ("San Miguel del Lago", "Tell el-Hamra").
@pytest.mark.parametrize("text,regions", [
    ("The Marana Front operates in the Kirsa and Velo hill districts, police said.", {"kirsa", "velo"}),
    ("The Velan Brigade moves fuel across the departments of Ventora and San Miguel del Lago.",
     {"ventora", "san-miguel-del-lago"}),
    ("Fighters were seen in the provinces of Harun, Besk and Oltan last week.", {"harun", "besk", "oltan"}),
])
def test_regions_named_together_with_a_word_between_or_after_of(extract, text, regions):
    doc = extract(text)
    found = {e["id"]: e["type"] for e in doc["entities"]}
    assert all(found.get(r) == "Region" for r in regions), doc["entities"]
    assert not any(i in ("miguel", "lago", "san-miguel") for i in found)


@pytest.mark.parametrize("text,ident", [
    ("Gunmen killed six workers outside the village of Tell el-Hamra on Friday.", "tell-el-hamra"),
    ("Fighters seized the district centre of Qal-e Naw in March.", "qal-e-naw"),
])
def test_a_cued_settlement_keeps_its_particles(extract, text, ident):
    assert _entity(extract(text), ident)["type"] == "Settlement"


# Rivers and lakes are places; seas and gulfs are not.
@pytest.mark.parametrize("text,ident,junk", [
    ("Smugglers carried the rifles across the Velsk river on rafts, the militia said.", "velsk-river", "velsk"),
    ("The town lies on the Ombra River near the border.", "ombra-river", "ombra"),
])
def test_rivers_are_places(extract, text, ident, junk):
    doc = extract(text)
    assert _entity(doc, ident)["type"] == "Place" and junk not in _ids(doc)


def test_seas_stay_out(extract):
    # (round 17) a named gulf is a place now, as the gold files of heldout4, heldout12 and heldout16 list it
    assert _ids(extract("The dhow was stopped in the Gulf of Tadjoura and taken to the Red Sea port.")) == \
        {"gulf-of-tadjoura"}


# A place of origin after a noun for a person; not after other nouns.
@pytest.mark.parametrize("text,ident", [
    ("The group is led by Tomas Verin, a former cattle dealer from Ostrava Nueva.", "ostrava-nueva"),
    ("The group is led by Kemal Ardo, a former teacher from Zurbat.", "zurbat"),
])
def test_a_person_from_a_place(extract, text, ident):
    assert _entity(extract(text), ident)["type"] == "Settlement"


def test_a_shipment_from_a_firm_is_no_place(extract):
    doc = extract("Halvard Marine received a shipment from Kestrel Trading in May.")
    assert _entity(doc, "kestrel-trading")["type"] == "Company"


# Designations in the plural and platforms are no entities.
@pytest.mark.parametrize("text,junk", [
    ("Washington designated the Ravel Front and its leader as Specially Designated Global Terrorists.",
     "specially-designated-global-terrorists"),
    ("Its Telegram channel said the group had done nothing wrong.", "telegram"),
    ("The Ravel Front posted the video on its Rumble account on Sunday.", "rumble"),
])
def test_designations_and_platforms_are_no_entities(extract, text, junk):
    assert junk not in _ids(extract(text))


# Weapon types in a list the parser breaks, after more verbs of finding and moving, with hyphenated numbers.
@pytest.mark.parametrize("text,types", [
    ("A search of the cargo hold uncovered 40 automatic rifles, 9 light machine guns and 200 hand grenades "
     "packed under sacks.", {"automatic-rifles", "light-machine-guns", "hand-grenades"}),
    ("The militia obtained one-way attack drones from a broker in 2024, officials said.", {"one-way-attack-drones"}),
    ("Sniper rifles were sourced by the militia from a trader in Varna.", {"sniper-rifles"}),
    ("A batch of rifle grenades reached the rebels in May, the report says.", {"rifle-grenades"}),
    ("Twelve assault rifles were handed over to the gang at a farm.", {"assault-rifles"}),
])
def test_weapon_types_in_lists_and_after_more_verbs(extract, text, types):
    doc = extract(text)
    found = {e["id"] for e in doc["entities"] if e["type"] == "WeaponType"}
    assert types <= found, doc["entities"]
    assert not {"way-attack-drones", "attack-drones", "guns", "grenades"} & found


@pytest.mark.parametrize("text", [
    "Police seized six pistols, a car and 3,000 dollars in cash.",
    "The ferry reached the island on Monday with 40 passengers.",
])
def test_no_weapon_type_from_other_list_items(extract, text):
    found = {e["id"] for e in extract(text)["entities"] if e["type"] == "WeaponType"}
    assert found <= {"pistols"}


# A person named after a post a possessive holds, whatever the NER made of the name: three to five words,
# lower-case particles kept, an honorific or rank before the name only an alias.
@pytest.mark.parametrize("text,ident,alias", [
    ("On Monday Canada designated the Ravel Front and its leader, Tariq Salem al-Obeidi, under the Criminal Code.",
     "tariq-salem-al-obeidi", None),
    ("The group's former commander, Ram Kumar Thapa Gurung, now sits in parliament.", "ram-kumar-thapa-gurung", None),
    ("Speaking on Monday, the panel's coordinator, Dame Harriet Vale-Osborne, said the group was growing.",
     "harriet-vale-osborne", "Dame Harriet Vale-Osborne"),
    ("The panel asked whether to list the group's chief fund-raiser, Abu Yusuf al-Tajiki.", "abu-yusuf-al-tajiki", None),
    ("The army's spokesman, General Renzo Talavera Cárdenas, confirmed the theft.", "renzo-talavera-cardenas",
     "General Renzo Talavera Cárdenas"),
])
def test_a_person_in_apposition_to_a_post(extract, text, ident, alias):
    doc = extract(text)
    person = _entity(doc, ident)
    assert person["type"] == "Person"
    assert alias is None or alias in person.get("aliases", [])
    assert not any(e["id"] != ident and e["id"] in ident for e in doc["entities"]), doc["entities"]


@pytest.mark.parametrize("text", [
    "Its leader, Colonel Baro, said the army had left.",
    "The firm's owner, Vanta Holdings Ltd, did not reply.",
])
def test_no_long_person_from_a_short_name_or_a_firm(extract, text):
    people = [e for e in extract(text)["entities"] if e["type"] == "Person"]
    assert all(len(p["label"].split()) == 1 for p in people), people
