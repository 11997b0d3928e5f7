"""Classes of new-entity errors from heldout18's misses (round 19, issue #12),
each with new fictional sentences of its own and negative controls: townships,
sub-prefectures, sub-counties and woredas named together before their plural
noun are regions; a state's forces named by a demonym keep each way the text
names them ("Malian troops", later "the Malian army"), and "a Malian army
officer" names the army, not the officer; a ministry of two portfolios ("the
Ministry of Defence and Veterans Affairs") is one body; French, Spanish and
Portuguese names of rights groups run on over "pour les", "para los"."""

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
    doc = extract("The Ministry of Defence and Veterans Affairs told us in a written reply that its units were not in "
                  "Kolo.")
    assert "ministry-of-defence-and-veterans-affairs" in _ids(doc) and "veterans-affairs" not in _ids(doc)
    doc = extract("Officials of the Department of Energy and Mineral Resources said the mine had been closed since May.")
    assert "department-of-energy-and-mineral-resources" in _ids(doc), _ids(doc)
    doc = extract("In a reply to the panel, the Ministry of Interior and Public Security denied that police had fired.")
    assert "ministry-of-interior-and-public-security" in _ids(doc), _ids(doc)


def test_a_name_of_its_own_after_a_ministry_and_stays_apart(extract):
    doc = extract("The Ministry of Defence and Amnesty International gave different tolls for the attack.")
    assert "amnesty-international" in _ids(doc) and "ministry-of-defence" in _ids(doc)
    doc = extract("The Ministry of Defence and Human Rights Watch disagreed on the number of dead.")
    assert "human-rights-watch" in _ids(doc), _ids(doc)
    doc = extract("The statement by the Ministry of Justice and Interior Minister Paul Rano was read on the radio.")
    assert "ministry-of-justice" in _ids(doc) and "paul-rano" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 4. "pour les", "para los" inside a group's name
def test_a_rights_groups_name_runs_on_over_pour_and_para(extract):
    doc = extract("The Observatorio Sur para los Derechos Humanos said eleven people had died in the raid.")
    assert "observatorio-sur-para-los-derechos-humanos" in _ids(doc), _ids(doc)
    doc = extract("In a phone call with the Ligue Kanemi pour la Paix, the governor denied the account.")
    assert "ligue-kanemi-pour-la-paix" in _ids(doc), _ids(doc)
    doc = extract("A local rights group, the Collectif Baro pour les Droits Humains, counted more than 40 dead.")
    assert "droits-humains" not in _ids(doc), _ids(doc)  # never a person named "Droits Humains"


def test_english_pour_between_names_joins_nothing(extract):
    doc = extract("At the market, Amina Odhiambo and Jane Wairimu pour water for the guests every Friday.")
    assert "amina-odhiambo" in _ids(doc) and not any("pour" in i for i in _ids(doc)), _ids(doc)


# ---------------------------------------------------------------- 5. a route named by its two ends
def test_a_route_named_by_its_two_ends_is_one_place(extract):
    doc = extract("Gunmen ambushed a convoy on the Kolwe-Mbanda highway on 17 November, the army said.")
    assert _entity(doc, "kolwe-mbanda")["type"] == "Place" and "Kolwe-Mbanda highway" in _aliases(doc, "kolwe-mbanda")
    doc = extract("Traffic along the Sarpo-Tindi road was suspended after the attack.")
    assert "Sarpo-Tindi road" in _aliases(doc, "sarpo-tindi"), doc["entities"]
    doc = extract("The Kolwe-Mbanda railway was closed by the rebels in May.")
    assert _entity(doc, "kolwe-mbanda")["type"] == "Place"


def test_a_prefixed_route_or_a_town_before_road_is_no_route(extract):
    doc = extract("Workers building a bridge on the Trans-Kalahari highway were shot dead in February.")
    assert not any("Trans-Kalahari highway" in e.get("aliases", []) for e in doc["entities"]), doc["entities"]
    doc = extract("Troops secured the Kolwe road on Monday after the raid.")
    assert not any(e["type"] == "Place" and "Kolwe road" in e.get("aliases", []) for e in doc["entities"])
