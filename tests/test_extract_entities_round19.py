"""Classes of new-entity errors from heldout18's misses (round 19, issue #12),
each with new fictional sentences of its own and negative controls: townships,
sub-prefectures, sub-counties and woredas named together before their plural
noun are regions; a state's forces named by a demonym keep each way the text
names them ("Malian troops", later "the Malian army"), and "a Malian army
officer" names the army, not the officer; a ministry of two portfolios ("the
Ministry of Justice and Human Rights") is one body; French, Spanish and
Portuguese names of rights groups run on over "pour les", "para los"; a route
named by its two ends is a place; depots, dry ports, railways and bridges are
places and a police unit a state force; "X Ltd of <town>, <state>" and "in
<town>, <state>" name a town; the wire agency of the dateline is no new entity;
"a Kolwe-based trader, X," locates X."""

from __future__ import annotations

from .extract_cases import extract, entity_ids as _ids, entity as _entity  # noqa: F401 - extract is a fixture


def _aliases(doc, ident) -> list:
    return _entity(doc, ident).get("aliases", [])


# ---------------------------------------------------------------- 1. more plural nouns of administrative units
def test_townships_and_sub_prefectures_named_together_are_regions(extract):
    doc = extract("The Kolo Front operates in the Lutha and Morang townships of the north, the ministry said.")
    assert _entity(doc, "lutha")["type"] == "Region" and "Lutha Township" in _aliases(doc, "lutha")
    assert "Morang Township" in _aliases(doc, "morang")
    doc = extract("Fighting spread to the Bakouma and Ndara sub-prefectures in May, according to the mission.")
    assert "Bakouma Sub-prefecture" in _aliases(doc, "bakouma") and "Ndara Sub-prefecture" in _aliases(doc, "ndara")
    doc = extract("Officials in the Abelo, Gurri and Kotena sub-counties said twelve people died.")
    assert _entity(doc, "gurri")["type"] == "Region" and "Kotena Sub-county" in _aliases(doc, "kotena")
    doc = extract("Raiders were active across the Dera and Ghimbo woredas last year.")
    assert "Dera Woreda" in _aliases(doc, "dera")


def test_a_township_noun_without_names_joined_gives_no_region(extract):
    doc = extract("Lutha Traders and Morang Logistics shipped the goods to two townships near the border.")
    assert not any(e["type"] == "Region" for e in doc["entities"] if e["id"] in ("lutha-traders", "morang-logistics"))


# ---------------------------------------------------------------- 2. a state's forces keep the names the text gives
def test_a_states_forces_keep_each_demonym_name(extract):
    doc = extract("Malawian troops moved into the hills on Monday. The Malawian army says most of the group's rifles "
                  "came from across the border.")
    assert {"Malawian troops", "Malawian army"} <= set(_aliases(doc, "malawi-armed-forces"))
    doc = extract("Ghanaian soldiers were deployed to the north in May. A week later the Ghanaian military said it had "
                  "arrested forty men.")
    assert "Ghanaian military" in _aliases(doc, "ghana-armed-forces"), doc["entities"]


def test_an_army_officer_names_the_army_not_the_officer(extract):
    doc = extract("A Malawian army officer told reporters that the Kolo Front had no more than 300 fighters.")
    names = _aliases(doc, "malawi-armed-forces")
    assert "Malawian army" in names and "Malawian army officer" not in names
    doc = extract("Zambian police officers arrested two men near the bridge on Friday.")
    ident = next(e["id"] for e in doc["entities"] if e["type"] == "StateArmedForces")
    assert not any(n.endswith("officers") for n in _aliases(doc, ident)), doc["entities"]


# ---------------------------------------------------------------- 3. a ministry of two portfolios is one body
def test_a_ministry_of_two_portfolios_is_one_body(extract):
    doc = extract("The Ministry of Defence and War Veterans told us in a written reply that its units were not in "
                  "Kolo.")
    assert "ministry-of-defence-and-war-veterans" in _ids(doc) and "war-veterans" not in _ids(doc)
    doc = extract("Officials of the Department of Energy and Mineral Resources said the mine had been closed since May.")
    assert "department-of-energy-and-mineral-resources" in _ids(doc), _ids(doc)
    doc = extract("In a reply to the panel, the Ministry of Interior and Public Security denied that police had fired.")
    assert "ministry-of-interior-and-public-security" in _ids(doc), _ids(doc)


def test_a_name_of_its_own_after_a_ministry_and_stays_apart(extract):
    doc = extract("The Ministry of Defence and Amnesty International gave different tolls for the attack.")
    assert "amnesty-international" in _ids(doc) and "ministry-of-defence" in _ids(doc)
    doc = extract("The Ministry of Defence and Human Rights Watch disagreed on the number of dead.")
    assert "human-rights-watch" in _ids(doc), _ids(doc)
    doc = extract("The statement by the Ministry of Justice and Interior Minister Piet Rano was read on the radio.")
    assert "ministry-of-justice" in _ids(doc) and "piet-rano" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 4. "pour les", "para los" inside a group's name
def test_a_rights_groups_name_runs_on_over_pour_and_para(extract):
    doc = extract("The Instituto Sur para los Estudios Rurales said eleven people had died in the raid.")
    assert "instituto-sur-para-los-estudios-rurales" in _ids(doc), _ids(doc)
    doc = extract("In a phone call with the Ligue Kanemi pour la Paix, the governor denied the account.")
    assert "ligue-kanemi-pour-la-paix" in _ids(doc), _ids(doc)
    doc = extract("A local rights group, the Comité Baro pour les Libertés Civiques, counted more than 40 dead.")
    assert "libertes-civiques" not in _ids(doc), _ids(doc)  # never a person named "Libertés Civiques"


def test_english_pour_between_names_joins_nothing(extract):
    doc = extract("At the market, Nyokabi Odhiambo and Jane Wairimu pour water for the guests every Friday.")
    assert "nyokabi-odhiambo" in _ids(doc) and not any("pour" in i for i in _ids(doc)), _ids(doc)


# ---------------------------------------------------------------- 5. a route named by its two ends
def test_a_route_named_by_its_two_ends_is_one_place(extract):
    """One place whose names hold the whole route; a road is proposed when a fact is told on it (round 19, events)."""
    def named(doc, name):
        return [e["type"] for e in doc["entities"] if name in [e["label"]] + e.get("aliases", [])]
    doc = extract("Fighters of the Red Hand Brigade killed six drivers on the Kolwe-Mbanda highway on 17 November, "
                  "the army said.")
    assert named(doc, "Kolwe-Mbanda highway") == ["Place"], doc["entities"]
    doc = extract("The Kolwe-Mbanda railway was closed by the rebels in May.")
    assert named(doc, "Kolwe-Mbanda railway") == ["Place"], doc["entities"]


def test_a_prefixed_route_or_a_town_before_road_is_no_route(extract):
    doc = extract("Workers building a bridge on the Trans-Kalahari highway were shot dead in February.")
    assert not any("Trans-Kalahari highway" in e.get("aliases", []) for e in doc["entities"]), doc["entities"]
    doc = extract("Troops secured the Kolwe road on Monday after the raid.")
    assert not any(e["type"] == "Place" and "Kolwe road" in e.get("aliases", []) for e in doc["entities"])


# ---------------------------------------------------------------- 6. transport works and police units
def test_transport_works_are_places(extract):
    doc = extract("Customs officers examined the container at the Kibos Freight Depot on Friday.")
    assert _entity(doc, "kibos-freight-depot")["type"] == "Place"
    doc = extract("The goods had come by Lake Line Railway freight train from the Lunar Dry Port.")
    assert _entity(doc, "lake-line-railway")["type"] == "Place" and _entity(doc, "lunar-dry-port")["type"] == "Place"
    doc = extract("Soldiers have guarded the Kolo Bridge since the attack in May.")
    assert _entity(doc, "kolo-bridge")["type"] == "Place"
    doc = extract("Bridge Capital Partners Ltd bought the trucks in 2025.")  # a word of a firm's name, not its head
    assert _entity(doc, "bridge-capital-partners-ltd")["type"] == "Company"


def test_a_police_unit_is_a_state_force(extract):
    doc = extract("The goods were examined in the presence of the Kolo Police Crime Branch on Monday.")
    assert _entity(doc, "kolo-police-crime-branch")["type"] == "StateArmedForces"
    doc = extract("The Kolo Police Financial Intelligence Unit traced the payments to two accounts.")
    assert _entity(doc, "kolo-police-financial-intelligence-unit")["type"] == "GovernmentBody"
    doc = extract("Officials of the Export Controls Division said the licence had been revoked.")
    assert _entity(doc, "export-controls-division")["type"] == "GovernmentBody"


# ---------------------------------------------------------------- 7. a town with its state after it
def test_a_firm_of_a_town_then_its_state_is_located_there(extract):
    doc = extract("The consignee is Kolo Semences SARL of Kabinda, in the Democratic Republic of the Congo.")
    assert _entity(doc, "kabinda")["type"] == "Settlement"
    doc = extract("The shipper was Baraka Freight Ltd of Ndola, Zambia, the manifest shows.")
    assert _entity(doc, "ndola")["type"] == "Settlement"
    doc = extract("The rifles were sold by Baraka Freight Ltd of Kolwe Holdings, Zambia, the panel found.")
    assert _entity(doc, "kolwe-holdings")["type"] == "Company"


def test_a_town_and_its_state_taken_for_one_name_is_the_town(extract):
    doc = extract("The certificate named a security company in Kpalime, Togo, the inspector found.")
    assert _entity(doc, "kpalime")["type"] == "Settlement", doc["entities"]
    doc = extract("The trader, who lives in Kolwezi, Zambia, denied the charge on Monday.")
    assert "kolwezi" in _ids(doc) and not any("," in e["label"] for e in doc["entities"])


# ---------------------------------------------------------------- 8. the wire agency of the dateline
def test_the_datelines_agency_is_no_new_entity(extract):
    doc = extract("KAMPALA, Uganda, Feb 16 (Lakeside Newswire) - Troops moved north. A spokesman told Lakeside Line "
                  "News by telephone on Tuesday that the Kolo Front had 300 fighters.")
    assert "lakeside-newswire" not in _ids(doc) and "kolo-front" in _ids(doc)
    doc = extract("KAMPALA, Uganda, Feb 16 (Lakeside Newswire) - A spokesman told the Daily Lakeside Herald on Tuesday "
                  "that the Kolo Front had 300 fighters.")
    assert "daily-lakeside-herald" in _ids(doc)  # another outlet is named as usual


def test_the_agency_of_a_dateline_without_a_dash_is_no_new_entity(extract):
    doc = extract("KAMPALA, Uganda, Feb 16 (Lakeside Newswire)\n\nTroops moved north on Monday. A spokesman told "
                  "Lakeside Newswire by telephone on Tuesday that the Kolo Front had 300 fighters.")
    assert "lakeside-newswire" not in _ids(doc), _ids(doc)


def test_a_based_noun_before_its_holder_locates_the_holder(extract):
    doc = extract("According to a report seen by the panel, a Kolwe-based livestock trader, Tomas Ekwam, sold 60 "
                  "rifles to the Kolo Front.")
    assert _entity(doc, "kolwe")["type"] == "Settlement" and _entity(doc, "tomas-ekwam").get("location") == "kolwe"
    doc = extract("A Kolwe-based broker sold 60 rifles to the Kolo Front in May, the panel said.")
    assert "kolwe" in _ids(doc)
    doc = extract("A Portuguese-registered firm, Brisamar Kolwe Lda, leased two fast boats to the group in 2024, he said.")
    assert not any(e["type"] == "Settlement" and "Portuguese" in e["label"] for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 9. a post's holder after "is"
def test_a_post_then_is_names_a_person(extract):
    doc = extract("It is led by Marcel Kolo, a former sergeant; his chief of staff is Ferdinand Yambo Mbanda.")
    assert _entity(doc, "ferdinand-yambo-mbanda")["type"] == "Person"
    doc = extract("The group's treasurer was Zindzi Dako Kolwe until 2025, the panel found.")
    assert _entity(doc, "zindzi-dako-kolwe")["type"] == "Person"
    doc = extract("Its spokesman remains Luc Ebale Tondo, the statement said.")
    assert _entity(doc, "luc-ebale-tondo")["type"] == "Person"


def test_a_body_after_a_post_and_is_stays_a_body(extract):
    doc = extract("Its main supplier is Baraka Freight Ltd, a firm registered in Dubai.")
    assert _entity(doc, "baraka-freight-ltd")["type"] == "Company"
    doc = extract("His employer is the Kolo Mining Company, the court heard.")
    assert _entity(doc, "kolo-mining-company")["type"] == "Company"


# ---------------------------------------------------------------- 10. an address line's street
def test_a_contact_lines_street_is_no_place(extract):
    doc = extract("The ministry froze the assets of the Kolo Front on Monday.\n\nPress contact: Press Office, Ministry "
                  "of Finance, ul. Źródlana 12, 20-001 Lublin")
    assert not any("Źródlana" in e["label"] for e in doc["entities"]), doc["entities"]
    doc = extract("The ministry froze the assets of the Kolo Front on Monday.\n\nMedia enquiries: Press Office, 14 "
                  "Lipowa Str. Kraków")
    assert not any("Lipowa" in e["label"] for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 11. a force's unit named after its possessive
def test_a_forces_unit_after_its_possessive_is_a_force(extract):
    doc = extract("The goods were examined before officers of the National Police's Border Police Unit.")
    assert _entity(doc, "border-police-unit")["type"] == "StateArmedForces"
    doc = extract("The Kolo Police Force's Marine Unit seized the boat off the island on Sunday.")
    assert _entity(doc, "marine-unit")["type"] == "StateArmedForces"
    doc = extract("The Kolo Customs Agency's Contraband Enforcement Team seized the boat on Sunday.")
    assert _entity(doc, "contraband-enforcement-team")["type"] == "GovernmentBody"
    doc = extract("The National Police's Financial Intelligence Unit traced the money to two accounts.")
    assert _entity(doc, "financial-intelligence-unit")["type"] == "GovernmentBody"
