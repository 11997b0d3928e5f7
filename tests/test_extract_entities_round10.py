"""Classes of new-entity errors from heldout9's misses (round 10, issue #12),
confirmed on heldout6-8, each with new fictional sentences of its own and
negative controls: an armed group's class decided from the weight of the
evidence over all its mentions (not the NER's place or person label), an
abbreviation defined in parentheses as the full name's alias, a rank before a
first name, a state's body named in full with "of <state>", a section number
before a heading, and weapon types with a model designation or a calibre."""

from __future__ import annotations

import pytest

from .extract_cases import extract, entity_ids as _ids, entity as _entity  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. a group's class from all the document says
def test_a_group_named_in_a_foreign_language_is_typed_by_its_evidence(extract):
    doc = extract('Ntaba zaMalungu (NZM, "the hills of Malungu"), formed in 2023 by former police officers, is led '
                  'by Sipho Dlamini. NZM fighters stopped a bus near Gokwe on Friday. On Monday the committee '
                  'imposed an arms embargo on the NZM, and two NZM members were added to the list.')
    group = _entity(doc, "ntaba-zamalungu")
    assert group["type"] == "ArmedGroup", group
    assert "NZM" in group.get("aliases", []), group
    assert "nzm" not in _ids(doc), _ids(doc)


def test_a_description_far_from_the_name_is_read_on_the_parse(extract):
    doc = extract('Police said the shooting was the work of Kanyo wa Mlima. Kanyo wa Mlima - "voice of the hill" '
                  'in Swahili - started as a choir of herders and has grown into one of the region\'s most violent '
                  'gangs.')
    assert _entity(doc, "kanyo-wa-mlima")["type"] == "ArmedGroup"


def test_an_armed_word_in_a_foreign_name_and_its_fighters_make_a_group(extract):
    doc = extract("The report describes the Movimiento Armado del Valle Sur (MAVS), which grew out of a smuggling "
                  "ring. MAVS fighters burned the market of Tres Cruces in May. The MAVS is commanded by a former "
                  "corporal.")
    group = _entity(doc, "movimiento-armado-del-valle-sur")
    assert group["type"] == "ArmedGroup", group
    assert "mavs" not in _ids(doc), _ids(doc)


@pytest.mark.parametrize("text, ident", [
    # a town where a group's members meet and which the army retakes stays a town
    ("In Tamboril, members of the Kavra Front met on Sunday. The army retook Tamboril on Friday, and the road "
     "to Tamboril district was reopened.", "tamboril"),
    # fighters come from a town: still a town
    ("Fighters from Lomas Altas joined the Kavra Front. Lomas Altas, a farming town, lies near the border; "
     "the bus from Lomas Altas to Ruma was stopped.", "lomas-altas"),
])
def test_a_place_with_group_words_around_it_stays_a_place(extract, text, ident):
    assert _entity(extract(text), ident)["type"] != "ArmedGroup"


def test_a_person_leading_a_group_stays_a_person(extract):
    doc = extract("Los Zopilotes, whose leader is Arcadio Benítez Luna, alias \"El Flaco\", moves cocaine along "
                  "the coast. Benítez Luna's lawyer said his client was a fisherman.")
    assert _entity(doc, "arcadio-benitez-luna")["type"] == "Person"


# ---------------------------------------------------------------- 2. a rank before a first name
def test_a_rank_after_a_post_title_is_no_part_of_the_name(extract):
    doc = extract("On Friday, Minister of the Interior General Tomás Ignacio Ruelas Bravo told reporters that the "
                  "convoy had been attacked by the Kavra Front.")
    ids = _ids(doc)
    assert "tomas-ignacio-ruelas-bravo" in ids, ids
    assert not {i for i in ids if i.startswith("ignacio") or "general-tomas" in i}, ids


# ---------------------------------------------------------------- 3. a state's body named with "of <state>"
@pytest.mark.parametrize("text, ident, cls, state", [
    ("A patrol of the National Police Force of Saint Lucia seized the boat on Sunday.",
     "national-police-force-of-saint-lucia", "StateArmedForces", "saint-lucia"),
    ("The Coast Guard of Jamaica intercepted a go-fast boat carrying rifles for the Kavra Front.",
     "coast-guard-of-jamaica", "StateArmedForces", "jamaica"),
    ("The Directorate of Customs of Paraguay said the crates held rifles for the Kavra Front.",
     "directorate-of-customs-of-paraguay", "GovernmentBody", "paraguay"),
])
def test_a_body_named_with_its_state_is_one_entity(extract, text, ident, cls, state):
    doc = extract(text)
    body = _entity(doc, ident)
    assert body["type"] == cls and body.get("part_of") == state, body


def test_a_head_word_of_a_headline_becomes_an_alias_of_the_full_name(extract):
    doc = extract("Navy seizes cocaine off Grenada\n\nThe Navy of Trinidad and Tobago (TTN) said on Monday that "
                  "it had seized 300 kg of cocaine. The Navy said the crew had been detained.")
    body = _entity(doc, "navy-of-trinidad-and-tobago")
    assert {"Navy", "TTN"} <= set(body.get("aliases", [])), body
    assert "navy" not in _ids(doc), _ids(doc)


def test_the_government_of_a_state_stays_the_state(extract):
    # negative control: "the Government of X" is X, "the President of X" no body
    ids = _ids(extract("The Government of Ghana and the President of Ghana condemned the Kavra Front."))
    assert "ghana" in ids and not {i for i in ids if i.startswith(("government-of", "president-of"))}, ids


# ---------------------------------------------------------------- 4. a section number is no name
def test_a_numbered_heading_names_nothing(extract):
    ids = _ids(extract("II. Armed groups\n\nThe Kavra Front attacked Ruma in May.\n\nIV. Recommendations\n\n"
                       "The Panel recommends that the Committee list the Kavra Front."))
    assert not {i for i in ids if i.startswith(("ii-", "iv-")) or i in ("armed", "recommendations")}, ids


# ---------------------------------------------------------------- 5. weapon types
def test_a_model_designation_is_part_of_the_weapon_type(extract):
    ids = _ids(extract("Customs officers seized 14 M4 carbines and 30 RPK machine guns hidden in the trailer."))
    assert {"m4-carbines", "rpk-machine-guns"} <= ids, ids


def test_a_calibre_is_part_of_the_weapon_type(extract):
    ids = _ids(extract("The monitors documented eight 82 mm mortars that reached the Kavra Front in March."))
    assert "82-mm-mortars" in ids and "mm-mortars" not in ids, ids


def test_a_groups_name_before_a_weapon_noun_is_no_part_of_it(extract):
    ids = _ids(extract("The Kavra Valley Front (KVF) grew in 2024. A dealer in Ruma shipped the KVF assault rifles "
                       "in June."))
    assert "assault-rifles" in ids and "kvf-assault-rifles" not in ids, ids


# ---------------------------------------------------------------- more of class 1: cues before the name, quoted aliases
def test_the_armed_group_before_a_name_and_a_quoted_alias(extract):
    doc = extract('The ministry froze the assets of the armed group Pasuk Rimba Selatan ("Southern Forest '
                  'Brigade"), its commander Wira Santoso, and two companies. The Southern Forest Brigade operates '
                  'in the hills.')
    group = _entity(doc, "pasuk-rimba-selatan")
    assert group["type"] == "ArmedGroup" and "Southern Forest Brigade" in group.get("aliases", []), group
    assert "southern-forest-brigade" not in _ids(doc), _ids(doc)
    assert _entity(doc, "wira-santoso")["type"] == "Person"


def test_a_place_inside_a_groups_longer_name_stays_a_place(extract):
    # negative control: "the Front de Libération de la Mbali ... remains the largest armed group" describes the
    # group, not the forest named inside its name
    doc = extract("The Front de Libération de la Mbali (FLM) remains the largest armed group in the east. Its "
                  "fighters camp in the Mbali forest and near Mbali.")
    assert all(e["type"] != "ArmedGroup" for e in doc["entities"] if e["id"] == "mbali"), doc["entities"]


@pytest.mark.parametrize("text, ident", [
    ("The list also names Somchai Phrommin, a timber trader in Pakse, and his brother.", "somchai-phrommin"),
    ("Police detained Anselmo Quiroga Vidal, a fisherman from the coast, on Monday.", "anselmo-quiroga-vidal"),
])
def test_a_person_described_by_a_trade_is_a_person(extract, text, ident):
    assert _entity(extract(text), ident)["type"] == "Person"


def test_a_saints_name_keeps_its_s(extract):
    doc = extract("The crates left St. George's aboard a coastal freighter on Monday, bound for the Kavra Front.")
    assert "st-george" not in _ids(doc) and any(e["label"] == "St. George's" for e in doc["entities"]), _ids(doc)


def test_both_ends_of_a_route_are_places(extract):
    doc = extract("The group has held the halt of Kamativi, on the railway from Hwange to Dete Junction, since May.")
    types = {e["id"]: e["type"] for e in doc["entities"]}
    assert types.get("hwange") in ("Settlement", "Place", "Region"), types
    assert types.get("dete-junction") in ("Settlement", "Place", "Region"), types


def test_a_name_with_an_alias_is_a_person_and_two_surnames_are_his(extract):
    doc = extract('Los Zopilotes, whose leader is Dagoberto Rivas Ulloa, alias "El Gato", moves cocaine along the '
                  "coast. In May the unit froze the accounts of Rivas Ulloa and his wife.")
    assert _entity(doc, "dagoberto-rivas-ulloa")["type"] == "Person"
    assert "rivas-ulloa" not in _ids(doc), _ids(doc)


def test_the_language_of_a_gloss_is_no_entity(extract):
    ids = _ids(extract('Kanyo wa Mlima - "voice of the hill" in Kiswahili - began as a choir of herders.'))
    assert "kiswahili" not in ids, ids


def test_the_second_part_of_a_title_is_no_name(extract):
    ids = _ids(extract('"We will act," said Ana Whitcombe, the Commissioner for Borders and Customs Enforcement.'))
    assert "customs-enforcement" not in ids and "ana-whitcombe" in ids, ids


def test_an_embassy_keeps_the_city_it_sits_in_and_a_capital_is_a_town(extract):
    doc = extract("In a letter to the Embassy of the Republic of Chile in Lima dated 4 May, the firm denied the "
                  "sale. Tunis, the firm said, was never a port of call.")
    embassy = _entity(doc, "embassy-of-the-republic-of-chile-in-lima")
    assert embassy["type"] == "GovernmentBody", embassy
    assert all(e["type"] != "ArmedGroup" for e in doc["entities"] if e["id"] == "tunis"), doc["entities"]


def test_an_abbreviation_used_in_its_defining_sentence_is_the_same_entity(extract):
    doc = extract("The ministry listed Compagnie Sahélienne de Transports Routiers (COSATRA), a haulier based in "
                  "Gao, and COSATRA's director, Ibrahim Maïga.")
    assert "cosatra" not in _ids(doc), _ids(doc)


def test_a_body_named_with_its_states_prefix_also_has_its_bare_name(extract):
    doc = extract("Agents of the U.S. Department of Energy Security confirmed that the Kavra Front bought the rifles.")
    body = _entity(doc, "u-s-department-of-energy-security")
    assert body["type"] == "GovernmentBody" and "Department of Energy Security" in body.get("aliases", []), body


def test_a_capital_named_alone_is_not_a_short_form_of_a_facility(extract):
    doc = extract("Customs officers searched a container at the Kingston Container Terminal on Friday. It was "
                  "consigned to a firm registered in Kingston.")
    assert _entity(doc, "kingston")["type"] == "Settlement"
    assert all("Kingston" not in e.get("aliases", []) for e in doc["entities"]), doc["entities"]


@pytest.mark.parametrize("text, person", [
    ('"We found nothing," Coast Guard spokesman Capitán de Corbeta Ruth Amparo Linares told reporters on Monday.',
     "ruth-amparo-linares"),
    ("Police spokesperson Senior Superintendent Thandeka Nomsa Dlamini said the bus was stopped at night.",
     "thandeka-nomsa-dlamini"),
])
def test_first_names_after_a_rank_belong_to_the_name(extract, text, person):
    ids = _ids(extract(text))
    assert person in ids, ids


def test_a_title_phrase_before_a_name_stays_out_of_it(extract):
    # negative control: the words of "Minister for Foreign Affairs" are no first names
    ids = _ids(extract("Minister for Foreign Affairs Halvard Nesse said the listing would stand."))
    assert not {i for i in ids if i.startswith(("affairs", "foreign-affairs"))}, ids


def test_the_office_of_a_head_of_government_is_a_body(extract):
    doc = extract("Soldiers will be sent to Ghana's north, President's Office spokeswoman Ama Boateng said on Monday.")
    office = _entity(doc, "president-office")
    assert office["type"] == "GovernmentBody" and office.get("part_of") == "ghana", office


def test_a_trade_apposition_says_where_a_firm_is(extract):
    doc = extract("Records show that Ferretería La Escopeta, a hardware shop in Puerto Lempira, sold the Kavra "
                  "Front shotguns in May.")
    firm = _entity(doc, "ferreteria-la-escopeta")
    assert firm["type"] == "Company" and firm.get("location") == "puerto-lempira", firm
    assert _entity(doc, "puerto-lempira")["type"] == "Settlement"


def test_a_list_goes_on_after_what_a_measure_holds(extract):
    # the small model makes "grenades" the subject of "wrapped": the list is read after "rounds of ..."
    ids = _ids(extract("On Sunday night, a patrol boat of the Sierra Leone Navy stopped an unlit skiff six nautical "
                       "miles north of Cape Verga and recovered 1,800 rounds of 9-mm ammunition and four hand "
                       "grenades wrapped in fishing nets."))
    assert {"9-mm-ammunition", "hand-grenades"} <= ids, ids


@pytest.mark.parametrize("text, ident, cls", [
    ("The decision was signed by the head of the Trade Sanctions and Licensing Division, Marta Keller.",
     "trade-sanctions-and-licensing-division", "GovernmentBody"),
    ("The Financial Investigations Unit froze the accounts of Kestrel Haulage on Monday.",
     "financial-investigations-unit", "GovernmentBody"),
])
def test_an_administrations_unit_is_a_state_body(extract, text, ident, cls):
    assert _entity(extract(text), ident)["type"] == cls


def test_a_military_division_is_no_state_body(extract):
    # negative control
    doc = extract("Soldiers of the 4th Mechanised Division shelled Ruma, the Kavra Front said.")
    assert all(e["type"] != "GovernmentBody" for e in doc["entities"] if "division" in e["id"]), doc["entities"]


def test_a_groups_first_word_is_the_province_it_is_named_after(extract):
    doc = extract("The Tenga Valley Liberation Army (TVLA) fights government troops in Ruma. Its fighters move "
                  "freely across Kavra's Tenga province.")
    group = _entity(doc, "tenga-valley-liberation-army")
    assert "Tenga" not in group.get("aliases", []), group


def test_the_name_after_led_by_is_a_person(extract):
    doc = extract("Led by Kiala Puati Nsumbu, the FLMC has held the forest village of Tchiowa since July 2026.")
    assert _entity(doc, "kiala-puati-nsumbu")["type"] == "Person"


@pytest.mark.parametrize("text, ident", [
    ("At the same time, Harakat Ahl al-Wadi, which the ministry listed in 2021, has been delisted.",
     "harakat-ahl-al-wadi"),
    ("The raiders of Jaish Tahrir al-Sahil, who are active along the coast, burned two boats.",
     "jaish-tahrir-al-sahil"),
])
def test_a_group_name_the_ner_missed_by_its_opening_word(extract, text, ident):
    assert _entity(extract(text), ident)["type"] == "ArmedGroup"


def test_an_opening_word_alone_names_nothing(extract):
    # negative control: "Ansar" alone, lower-case words after it
    ids = _ids(extract("The word Ansar means helpers, the preacher said."))
    assert not {i for i in ids if i.startswith("ansar")}, ids


@pytest.mark.parametrize("text, ident", [
    ("The raiders belong to a band led by a man known as Rambelo, which has held the market since May.", "rambelo"),
    ('"We found nothing," a regional rights commissioner, Voahangy Rasoanaivo, told reporters in Toliara.',
     "voahangy-rasoanaivo"),
])
def test_a_person_named_by_a_cue_around_the_name(extract, text, ident):
    assert _entity(extract(text), ident)["type"] == "Person"


def test_the_words_of_a_translation_gloss_name_nothing(extract):
    ids = _ids(extract('Izimpisi zeSanyati (IZS, "the hyenas of the Sanyati"), formed in 2023 by deserters from the '
                       'army, is led by Sipho Ncube.'))
    assert "sanyati" not in ids and "izimpisi-zesanyati" in ids, ids


def test_a_first_surname_alone_is_the_person(extract):
    doc = extract("OFAC also designated the firm's owner, Ernesto Salcedo Varela, on Monday. Salcedo is the "
                  "leader's cousin.")
    assert "salcedo" not in _ids(doc) and "ernesto-salcedo-varela" in _ids(doc), _ids(doc)


def test_where_a_body_is_is_no_part_of_its_name(extract):
    ids = _ids(extract("The three crew members were handed over to the Grenada Police Force at Gouyave."))
    assert "grenada-police-force" in ids and "gouyave" in ids, ids


def test_a_vessel_named_again_without_its_noun_is_still_no_actor(extract):
    ids = _ids(extract("The patrol stopped the fishing vessel Sea Marigold off Moruca on Friday. The owner of the Sea "
                       "Marigold said the crew had been hired in Georgetown."))
    assert "sea-marigold" not in ids, ids


def test_a_rank_the_ner_took_for_a_body_names_nothing(extract):
    doc = extract('"These rifles were meant for the hills, not for hunting deer," Navy spokesman First Admiral Budi '
                  'Santoso Wibowo told reporters on Tuesday.')
    ids = _ids(doc)
    assert "budi-santoso-wibowo" in ids and not {i for i in ids if i.startswith("first-admiral")}, ids
