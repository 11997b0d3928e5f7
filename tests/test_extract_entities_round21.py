"""Round 21, entities: a language named in a text ("the attackers spoke Tamasheq") is no entity; an honorific
before a person's name ("Ato X", "Wro. X", "Father X") or a civil post's title ("Talvaria Governor X", "Mayor X")
is no part of the name; a place named again with the noun
of its kind after it ("Tarija department" after "Tarija", "the Harrowgate zone") has that form as a name too."""

from __future__ import annotations

from .extract_cases import extract, entity, entity_ids as _ids  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. a language is no entity
def test_a_language_is_no_entity(extract):
    for text, words in (
            ("Survivors said the attackers spoke Tamasheq and fired at the houses in Korvena.", {"tamasheq"}),
            ("Interviews were held in Zaghawa, Masalit and French, the monitors said.", {"zaghawa", "masalit"}),
            ("The fighters shouted orders in Kanuri, witnesses in Talvo told us, and one of them spoke Mbororo.",
             {"mbororo"}),
            ("The leaflets were translated from Zaghawa by a local teacher, the commission said.", {"zaghawa"})):
        doc = extract(text)
        assert not words & _ids(doc), (text, doc["entities"])


def test_places_coordinated_or_after_a_verb_stay_places(extract):
    doc = extract("Gunmen attacked Marsabet and Korvena on Monday, and the army spoke of 12 dead in Talvo.")
    assert {"marsabet", "korvena"} <= _ids(doc), doc["entities"]


# ---------------------------------------------------------------- 2. an honorific is no part of a name
def test_an_honorific_is_no_part_of_the_name(extract):
    for text, ident in (
            ("A village elder, Ato Gebre Woldu Hailu, told reporters that the attackers came at night.",
             "gebre-woldu-hailu"),
            ("The head of the regional information bureau, Wro. Selam Tadesse Bekele, said 14 people had died.",
             "selam-tadesse-bekele"),
            ("Father Ignacio Morales Quintana, the parish priest in Korvena, said he had counted nine bodies.",
             "ignacio-morales-quintana"),
            ("Gunmen shot dead a farmer, the Reverend Tomas Okello Ayiro told reporters in Korvena.",
             "tomas-okello-ayiro")):
        doc = extract(text)
        assert entity(doc, ident)["type"] == "Person", (text, doc["entities"])
        assert not any(i.startswith(("ato-", "wro-", "father-", "reverend-")) for i in _ids(doc)), doc["entities"]


# ---------------------------------------------------------------- 3. a place named with its kind noun
def test_a_place_named_again_with_its_kind_has_that_name(extract):
    doc = extract("Rifles seized at a checkpoint in Tarvona. Officers at the checkpoint in the Gran Selva province "
                  "of Tarvona department stopped a lorry.")
    assert "Tarvona department" in entity(doc, "tarvona").get("aliases", []), doc["entities"]
    doc = extract("Troops push into lowlands after raid in Harrowgate\n\nThe army sent troops into the Harrowgate "
                  "zone on Saturday after gunmen killed nine villagers there.")
    found = entity(doc, "harrowgate")
    assert found["type"] == "Region" and "Harrowgate zone" in found.get("aliases", []), doc["entities"]
    doc = extract("Many residents fled to the Dunmore department after gunmen attacked Korvena.")
    assert "Dunmore department" in entity(doc, "dunmore").get("aliases", []), doc["entities"]


def test_a_group_before_its_noun_gets_no_place_name(extract):
    doc = extract("The Kavra Front attacked Tessa on Monday. Kavra Front fighters burned the market, residents said.")
    assert entity(doc, "kavra-front")["type"] == "ArmedGroup", doc["entities"]
    assert not any(a.endswith((" region", " department", " zone")) for e in doc["entities"]
                   for a in e.get("aliases", []) or []), doc["entities"]


def test_a_civil_title_before_a_name_is_no_part_of_it(extract):
    for text, ident in (
            ("Gunmen killed 13 farmworkers in Talvaria state on Monday. Talvaria Governor Rosalind Vega Tostado "
             "said the state would not surrender a single road.", "rosalind-vega-tostado"),
            ("Gunmen killed 13 farmworkers in Korvena on Monday. Korvena Mayor Ignacio Ruiz Tapia said the town "
             "would not surrender.", "ignacio-ruiz-tapia"),
            ("Deputy Governor Amina Sule Bako told reporters that 40 houses had been burned in Korvena.",
             "amina-sule-bako")):
        doc = extract(text)
        assert entity(doc, ident)["type"] == "Person", (text, doc["entities"])
        assert not any("governor-" in i or "mayor-" in i for i in _ids(doc)), doc["entities"]


# ---------------------------------------------------------------- 4. a checkpoint or border post is a place
def test_a_checkpoint_or_border_post_is_a_place_named_with_its_noun(extract):
    for text, ident, alias in (
            ("Soldiers at the Selvana checkpoint seized 40 rifles from a bus on Monday, the army said.",
             "selvana", "Selvana checkpoint"),
            ("Customs officers found the pistols in a lorry at the Marsabet border post, near Korvena, in March.",
             "marsabet", "Marsabet border post")):
        doc = extract(text)
        found = entity(doc, ident)
        assert found["type"] == "Place" and alias in found.get("aliases", []), (text, doc["entities"])
    doc = extract("Police set up a checkpoint on the road to Korvena after the attack.")
    assert not entity(doc, "korvena").get("aliases"), doc["entities"]


def test_a_burmese_honorific_and_a_vessels_name_are_not_cut(extract):
    doc = extract("In a separate action, the Treasury designated the jade trader U Thet Naing Oo for supplying the group.")
    assert "thet-naing-oo" not in _ids(doc), doc["entities"]
    doc = extract("The coast guard intercepted the fishing vessel Lady Marisa off the mouth of the river on Saturday.")
    assert "marisa" not in _ids(doc), doc["entities"]


# ---------------------------------------------------------------- 5. a road's name closed by its number
def test_a_numbered_road_is_one_place(extract):
    for text, ident in (
            ("Officers at a checkpoint on National Route 9, north of Korvena, stopped a lorry carrying rifles.",
             "national-route-9"),
            ("Gunmen ambushed a bus on National Road 3 between Korvena and Marsabet on Friday.", "national-road-3"),
            ("The convoy was attacked on Highway 45 near Korvena, police said.", "highway-45")):
        doc = extract(text)
        assert entity(doc, ident)["type"] == "Place", (text, doc["entities"])
        assert "national-route" not in _ids(doc), doc["entities"]
    doc = extract("Gunmen stopped the lorry on a dirt road 12 km north of Korvena; Resolution 2206 was cited.")
    assert not any(e["type"] == "Place" for e in doc["entities"]), doc["entities"]
