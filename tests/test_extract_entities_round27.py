"""Round 27, entities: a district (cercle, territory, sub-prefecture, arrondissement) named after its chief town and
that town, when a cue makes a bare mention a town ("the town of X", "X town", "12 km east of X", "officials in X"),
are two places, the region "X <noun>" and the settlement X; without such a cue they stay one."""

from __future__ import annotations

from .extract_cases import ENTITY_LEAD as LEAD, extract  # noqa: F401 - extract is a fixture
from .extract_cases import new_entity_names as _names, new_entity_types as _types


# ---------------------------------------------------------------- 1. a district and its chief town
def test_a_district_and_the_town_it_is_named_after_are_two_places(extract):
    for text, town, region in (
            ("The Tessalit Defence Front operates in the Dorvane and Mirasso cercles. Gunmen attacked a market near the "
             "town of Dorvane on Sunday, local officials said.", "Dorvane", "Dorvane cercle"),
            ("The Kombay Brigade operates in the Selveka, Talun and Borgo districts. On 3 May its fighters shelled the "
             "livestock market in Selveka town, killing eleven people.", "Selveka", "Selveka district"),
            ("The Ravel Militia has been active in the Ombasso and Kiteri territories since 2026. On 4 June it burned "
             "a camp near Lusenda, 15 km east of Ombasso, the United Nations said.", "Ombasso", "Ombasso territory"),
            ("The Union of Free Herders is active in the Ngalo and Birnao sub-prefectures. Local officials in Ngalo "
             "said 12 people had been killed.", "Ngalo", "Ngalo sub-prefecture")):
        doc = extract(LEAD + text)
        types, names = _types(doc), _names(doc)
        assert types.get(town) == "Settlement", (text, types)
        assert names.get(region.casefold()) == "Region", (text, types)
        assert region.casefold() not in {n.casefold() for e in doc["entities"] if e["label"] == town
                                         for n in e.get("aliases") or []}, (text, doc["entities"])


def test_the_region_keeps_the_operation_and_the_town_the_killing(extract):
    doc = extract(LEAD + "The Tessalit Defence Front operates in the Dorvane and Mirasso cercles. Gunmen attacked a "
                         "market near the town of Dorvane on Sunday, killing nine traders, local officials said.")
    ids = {e["label"]: e["id"] for e in doc["entities"]}
    ops = [c for c in doc["claims"] if c["type"] == "Operation"]
    assert any(ids.get("Dorvane cercle") in c["location"] for c in ops), ops
    kills = [c for c in doc["claims"] if c["type"] == "Atrocity"]
    assert any(ids.get("Dorvane") in c.get("location", []) for c in kills), kills


def test_a_district_named_bare_without_a_town_cue_stays_one_region(extract):
    # negative control: "deployed to X", "the people of X" make no town
    for text, name in (
            ("The Kombay Brigade operates in the Selveka and Talun districts. The army deployed a battalion to "
             "Selveka in May.", "Selveka"),
            ("The Ravel Militia has been active in the Ombasso and Kiteri territories. Its leader said the militia "
             "protects the people of Ombasso.", "Ombasso")):
        doc = extract(LEAD + text)
        places = [e for e in doc["entities"] if e["label"].startswith(name)]
        assert len(places) == 1 and places[0]["type"] == "Region", (text, places)


# ---------------------------------------------------------------- 2. a hyphenated first name after a title
def test_a_hyphenated_first_name_after_a_title_is_part_of_the_name(extract):
    for text, person, role in (
            ("A government spokesman, Minister of Communication Jules-Armand Ebolo Nkodo, told a press conference "
             "that the army respects the law.", "Jules-Armand Ebolo Nkodo", "Minister of Communication"),
            ("A government spokesman, Minister of Territorial Administration Pierre-Olivier Mbida Essomba, told a press "
             "conference that the army respects the law.", "Pierre-Olivier Mbida Essomba",
             "Minister of Territorial Administration"),
            ("A police spokesman, Commissioner Louis-Marie Abena Ondoa, told a press conference that the police "
             "respects the law.", "Louis-Marie Abena Ondoa", None)):
        types = _types(extract(LEAD + text))
        assert types.get(person) == "Person", (text, types)
        assert not any(label.endswith("-") or label == person.split("-", 1)[1] for label in types), (text, types)
        assert role is None or types.get(role) in ("Role", None), (text, types)


def test_a_hyphenated_word_before_a_name_outside_a_title_stays_out(extract):
    # negative control: an adjective joined by a hyphen is no first name
    types = _types(extract(LEAD + "The Franco-Malian trader Paul Dumas Keita said he had sold no rifles."))
    assert "Paul Dumas Keita" in types and not any(label.startswith("Franco") for label in types), types


# ---------------------------------------------------------------- 3. a post its holder gave himself
def test_a_self_declared_post_is_the_post(extract):
    for text, role in (
            ("The Front's self-declared spokesman, Ngalo Berimbo, later wrote to us that the group did not target "
             "teachers.", "spokesman"),
            ("Its self-styled spokeswoman, Amina Dorelle, said the militia had withdrawn from the market.",
             "spokeswoman"),
            ("On 30 January its self-proclaimed secretary, Themba Vusi, told a newspaper that the group had no part "
             "in the attack.", "secretary")):
        types = _types(extract(LEAD + text))
        assert types.get(role) == "Role", (text, types)
        assert not any(label.startswith(("self-", "declared", "styled", "proclaimed")) for label in types), (text, types)


def test_a_former_post_is_still_no_post(extract):
    # negative control: "a former spokesman" holds no post
    types = _types(extract(LEAD + "A former spokesman of the Front, Ngalo Berimbo, said the group had split."))
    assert "spokesman" not in types and "former spokesman" not in types, types


# ---------------------------------------------------------------- 4. an organ of the African Union
def test_an_organ_named_with_the_african_union_possessive_is_international(extract):
    for text, name in (
            ("The African Union's Peace and Security Council on Tuesday condemned the killings at the fair.",
             "African Union's Peace and Security Council"),
            ("The African Union's Commission said it was alarmed by the attacks on traders.",
             "African Union's Commission"),
            ("The African Union Commission said it would send observers to Dorvane.", "African Union Commission")):
        doc = extract(LEAD + text)
        types = _types(doc)
        assert types.get(name) == "InternationalOrganisation", (text, types)
        assert "African Union" not in types, (text, types)  # a body the reader knows


def test_a_state_body_named_after_a_union_of_its_own_stays_a_state_body(extract):
    # negative control: a union that is no international organisation
    types = _types(extract(LEAD + "The Farmers' Union's Executive Council said the traders had fled."))
    assert types.get("Farmers' Union's Executive Council") != "InternationalOrganisation", types


# ---------------------------------------------------------------- 5. "Katibat", "Burkinabè"
def test_a_name_opening_with_katibat_is_an_armed_group(extract):
    for text, name in (
            ("On 12 June OFAC designated the Katibat Nujum al-Bahr (KNB) and its commander, Salem Abdelhafid al-Rimi, "
             "under Executive Order 13726.", "Katibat Nujum al-Bahr"),
            ("Fighters of the Katibat Suqur al-Sahel attacked the village of Dorvane, killing five people.",
             "Katibat Suqur al-Sahel"),
            ("The Katibat Ahrar al-Wadi has controlled the town of Dorvane since March, local officials said.",
             "Katibat Ahrar al-Wadi")):
        types = _types(extract(LEAD + text))
        assert types.get(name) == "ArmedGroup", (text, types)


def test_the_accented_burkinabe_is_a_demonym_no_organisation(extract):
    for text in ("The group's leader, a Burkinabè national named Ousseini Bandé, has used the trade as cover.",
                 "Customs officers detained two Burkinabè traders at the Dorvane border post on Monday."):
        types = _types(extract(LEAD + text))
        assert "Burkinabè" not in types, (text, types)
    # negative control: a state body named with the word stays
    types = _types(extract(LEAD + "The Burkinabè Armed Forces said they had deployed troops to Dorvane."))
    assert not any(label == "Burkinabè" for label in types), types


# ---------------------------------------------------------------- 7. the body that issues a press release
def _release(masthead: str, body: str) -> str:
    return f"{masthead}\nPress release No. 12\n\nVaresk, 3 June 2025\n\nVaresk freezes assets of armed group\n\n{body}"


def test_the_ministry_over_a_press_release_line_is_the_publisher(extract):
    for masthead, body, name in (
            ("Ministry of Foreign Affairs", "Kestria froze the assets of the Dorvane Front on Monday. Persons "
             "concerned may request a review from the Ministry of Foreign Affairs within sixty days.",
             "Ministry of Foreign Affairs"),
            ("Ministry for Foreign Affairs", "Kestria froze the assets of the Dorvane Front on Monday. "
             "Questions may be sent to the Ministry for Foreign Affairs.", "Ministry for Foreign Affairs"),
            ("Ministry of Economy and Finance", "The Financial Security Committee froze the assets of the Dorvane "
             "Front on Monday, the Ministry of Economy and Finance said.", "Ministry of Economy and Finance")):
        doc = extract(_release(masthead, body))
        labels = {e["label"] for e in doc["entities"] if not e.get("assumed_known")}
        assert not any(label.startswith(name) for label in labels), (masthead, labels)


def test_another_ministry_named_in_a_press_release_stays(extract):
    # negative control: a second ministry the body names is no publisher
    doc = extract(_release("Ministry of Economy and Finance", "The decision was coordinated with the Ministry of "
                           "Foreign Affairs and International Cooperation, which said the Dorvane Front had been "
                           "listed."))
    labels = {e["label"] for e in doc["entities"]}
    assert any(label.startswith("Ministry of Foreign Affairs and International Cooperation") for label in labels), labels
