"""Classes of new-entity errors from heldout11's misses (round 12, issue #12),
each with new fictional sentences of its own and negative controls: the weapon
types of a seizure or shipment list the parser broke, a model's number before a
weapon noun, a hyphenated word of manufacture, a negated purchase of one item;
a paragraph's number before a company, a shop named after the noun before it,
the language of a gloss, a faith's followers, people after a plural post, a
ministry's listed portfolios, "the Service", "X-registered" firms."""

from __future__ import annotations

from .extract_cases import extract, weapons as _weapons, entity_ids as _ids, entity as _entity  # noqa: F401 - extract is a fixture



# ---------------------------------------------------------------- 1. weapon types in broken lists
def test_a_seizure_list_after_a_sentence_rooted_on_a_noun(extract):
    doc = extract("A sniffer dog check followed by an X-ray scan revealed, under sacks of rice, 30 assault rifles, "
                  "nine light machine guns, four grenade launchers, about 12,000 rounds of ammunition and two "
                  "commercial drones. The cargo was bound for the Kavra Front.")
    assert {"assault-rifles", "light-machine-guns", "grenade-launchers", "ammunition",
            "commercial-drones"} <= _weapons(doc), _weapons(doc)


def test_a_list_after_furnished_with(extract):
    doc = extract("According to the investigators, the broker furnished the Kavra Front with 60 mm mortar rounds "
                  "and sniper rifles during 2025.")
    assert {"60-mm-mortar-rounds", "sniper-rifles"} <= _weapons(doc), _weapons(doc)


def test_items_after_according_to_shipped_by(extract):
    doc = extract("According to OFAC, pistols and 5.56 mm ammunition were shipped to the Kavra Front in 2025 by "
                  "Sorbel Trading Ltd., a dealer registered in Lyon.")
    assert {"pistols", "5-56-mm-ammunition"} <= _weapons(doc), _weapons(doc)


def test_moving_rifles_across_a_border(extract):
    doc = extract("The listing of Osvaldo Pereyra Lucchetti, a broker accused of moving rifles across the lake "
                  "for the Kavra Front, expired on 2 June.")
    assert "rifles" in _weapons(doc), _weapons(doc)


def test_a_weapon_a_non_arms_verb_governs_is_no_item(extract):
    doc = extract("Investigators documented that the Kavra Front trained its fighters to drop grenades from "
                  "balloons.")
    assert "grenades" not in _weapons(doc), _weapons(doc)


def test_a_list_of_no_arms_after_revealed(extract):
    doc = extract("A review followed by an audit revealed, behind the accounts, 12 shell companies and four trusts.")
    assert not _weapons(doc), _weapons(doc)


# ---------------------------------------------------------------- 2. the words of a weapon type
def test_a_models_number_is_part_of_the_type(extract):
    doc = extract("The Panel found that 80 Type 81 assault rifles recovered from Kavra Front camps had been sold "
                  "to the group in 2024 by Hollin Arms s.r.o.")
    assert "type-81-assault-rifles" in _weapons(doc), _weapons(doc)
    assert "assault-rifles" not in _weapons(doc), _weapons(doc)


def test_a_count_before_the_weapon_is_no_model(extract):
    doc = extract("The Panel found that 80 assault rifles recovered from Kavra Front camps had been sold to the "
                  "group in 2024 by Hollin Arms s.r.o.")
    assert "assault-rifles" in _weapons(doc), _weapons(doc)


def test_a_hyphenated_word_of_manufacture_is_no_type(extract):
    doc = extract("Our researchers photographed factory-made sniper rifles in the hands of Kavra Front fighters.")
    assert "sniper-rifles" in _weapons(doc), _weapons(doc)
    assert "factory-made-sniper-rifles" not in _weapons(doc), _weapons(doc)


# ---------------------------------------------------------------- 3. a negated purchase of one item
def test_never_bought_a_single_item_names_no_arms(extract):
    doc = extract("A Kavra Front spokesman said the movement \"has never bought a grenade abroad\".")
    assert "grenades" not in _weapons(doc), _weapons(doc)


def test_a_purchase_of_counted_items_names_them(extract):
    doc = extract("A Kavra Front spokesman said the movement bought 40 grenades abroad in 2024.")
    assert "grenades" in _weapons(doc), _weapons(doc)


def test_night_vision_scopes_are_a_weapon_type(extract):
    doc = extract("Police allege that a boat firm smuggled night-vision scopes to the Kavra Front in 2025.")
    assert "night-vision-scopes" in _weapons(doc), _weapons(doc)


def test_the_scope_of_a_measure_is_no_weapon(extract):
    doc = extract("The Council widened the scope of the measures against the Kavra Front.")
    assert not _weapons(doc), _weapons(doc)


# ---------------------------------------------------------------- 4. company names
def test_a_paragraphs_number_is_no_part_of_a_company_name(extract):
    doc = extract("6. The Service seized 40 rifles on Monday.\n\n"
                  "7. Transportes Lago Verde S.A., which owns the truck, said it had no knowledge of the cargo.\n")
    assert _entity(doc, "transportes-lago-verde-s-a")["label"] == "Transportes Lago Verde S.A."
    assert "7-transportes-lago-verde-s-a" not in _ids(doc), _ids(doc)


def test_a_number_inside_a_company_name_stays(extract):
    doc = extract("The Service fined Ruta 40 Logistica S.A. on Monday for false declarations.")
    assert any(e["label"] == "Ruta 40 Logistica S.A." for e in doc["entities"]), doc["entities"]


def test_a_shop_named_after_the_noun_is_a_company(extract):
    doc = extract("Prosecutors say the shop, Cazadora Benítez, sold 12 pistols to the Kavra Front in 2025.")
    assert _entity(doc, "cazadora-benitez")["type"] == "Company"


def test_a_firm_with_three_words_before_the_noun(extract):
    doc = extract("A police report alleges that a Tawau-based boat repair firm, Kilang Bot Semporna, smuggled "
                  "rifles to the Kavra Front.")
    assert _entity(doc, "kilang-bot-semporna")["type"] == "Company"


def test_a_person_after_a_post_is_no_company(extract):
    doc = extract("Prosecutors say the shop's owner, Ramiro Benítez Sanz, sold 12 pistols to the Kavra Front.")
    assert _entity(doc, "ramiro-benitez-sanz")["type"] == "Person"


# ---------------------------------------------------------------- 5. words that name no entity
def test_the_language_of_a_gloss_is_no_entity(extract):
    doc = extract("Witnesses said the gunmen belonged to Wara Bilong Graun (WBG), a Motu name meaning \"water of "
                  "the land\", which is active in the Kavra valley.")
    assert not {"motu"} & _ids(doc), _ids(doc)


def test_a_name_before_the_word_name_with_no_gloss_stays(extract):
    doc = extract("The Kavra Front name appeared on leaflets in the market of Tembali.")
    assert "kavra-front" in _ids(doc), _ids(doc)


def test_followers_of_a_faith_are_no_armed_group(extract):
    doc = extract("The Kavra Front said it had \"never attacked a place where Christians pray\".")
    assert "christians" not in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 6. people after a plural post
def test_people_listed_after_a_groups_plural_post(extract):
    doc = extract("OFAC designated two of the Kavra Front's lieutenants, Osvaldo Ramiro Peralta-Quiñones and "
                  "Julián Cortés, on Tuesday.")
    assert _entity(doc, "osvaldo-ramiro-peralta-quinones")["type"] == "Person"


def test_a_company_after_a_plural_trade_noun_is_no_person(extract):
    doc = extract("OFAC designated two of the Kavra Front's suppliers, Pelican Bay Trading Ltd. and Norra Cargo "
                  "Ltd., on Tuesday.")
    assert all(e["type"] != "Person" for e in doc["entities"] if "pelican" in e["id"]), doc["entities"]


# ---------------------------------------------------------------- 7. a ministry's portfolios
def test_a_ministrys_listed_portfolios_are_one_name(extract):
    doc = extract("The Ruritanian Ministry of Fisheries, Forestry and Water said that it had never licensed the "
                  "Kavra Front's boats.")
    assert "ruritanian-ministry-of-fisheries-forestry-and-water" in _ids(doc), _ids(doc)
    assert not {"forestry", "water"} & _ids(doc), _ids(doc)


def test_a_ministry_in_a_list_of_bodies_keeps_its_own_name(extract):
    doc = extract("The Ministry of Fisheries, the police and the Kavra Front signed a truce in Tembali.")
    assert "ministry-of-fisheries" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 8. "the Service" for a body named before
def test_the_service_is_the_body_named_before(extract):
    doc = extract("Officers of the National Harbour Service seized 40 rifles at the port of Tembali. The container "
                  "was selected after a risk analysis by the Service's intelligence unit.")
    assert "national-harbour-service" in _ids(doc), _ids(doc)
    assert "service" not in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 9. "X-registered", "d.o.o."
def test_a_registered_firm_is_located_in_the_place_before_the_hyphen(extract):
    doc = extract("The assets of Horvat Nabava d.o.o., a Zagreb-registered broker, are frozen as well.")
    firm = _entity(doc, "horvat-nabava-d-o-o")
    assert firm["label"] == "Horvat Nabava d.o.o." and firm["type"] == "Company"
    assert "zagreb" in _ids(doc), _ids(doc)


def test_a_registered_firm_with_no_place_before_the_hyphen(extract):
    doc = extract("The assets of Horvat Nabava d.o.o., a newly-registered broker, are frozen as well.")
    assert _ids(doc) == {"horvat-nabava-d-o-o"}, _ids(doc)


# ---------------------------------------------------------------- 10. a river named after its state
def test_a_river_named_after_a_state_is_a_river(extract):
    doc = extract("Fishermen said rifles were smuggled up the Niger river to the Kavra Front in 2026.")
    river = _entity(doc, "niger-river")
    assert river["type"] == "Place"


def test_a_lake_named_after_a_state_is_still_no_new_river(extract):
    doc = extract("Fishermen on Lake Chad said the Kavra Front had seized their boats.")
    assert not {"lake-chad-river", "chad-river"} & _ids(doc), _ids(doc)
    # (round 22) the lake is a place of its own, as the gold files read it (heldout2's lake-chad), and no state
    assert {e["id"] for e in doc["entities"] if "chad" in e["id"]} == {"lake-chad"}, doc["entities"]


# ---------------------------------------------------------------- 11. a name in sentence case defined by its initials
def test_a_french_name_in_sentence_case_with_its_initials(extract):
    doc = extract("The ministry froze the funds of the Mouvement pour la défense du Haut-Kavra (MDHK), an armed "
                  "group active in the Tembali hills.")
    assert "mouvement-pour-la-defense-du-haut-kavra" in _ids(doc), _ids(doc)
    assert "haut-kavra" not in _ids(doc), _ids(doc)


def test_a_national_army_named_in_sentence_case(extract):
    doc = extract("Villagers said the Forces armées ruritaniennes (FAR) have been deployed in Tembali since May.")
    assert "forces-armees-ruritaniennes" in _ids(doc), _ids(doc)


def test_a_description_opening_a_sentence_is_no_name(extract):
    doc = extract("Internally displaced persons (IDP) fled to Tembali after the Kavra Front attacked the town.")
    assert "internally-displaced-persons" not in _ids(doc), _ids(doc)
