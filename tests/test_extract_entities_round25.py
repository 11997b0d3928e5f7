"""Round 25, entities: a person's first name the NER left out stays in the name when the parse hangs the rest
of the name on it ("His lawyer, Mynor| Castañeda Ruiz, said": the first name taken for the apposition); a police
rank ("Commissioner X", "Commissaire X") and the French bar's form of address ("Maître X") are no part of the
name; a group's description ("the armed group X") is of its whole name, never of a place named by its first word
("the armed group Kessi Patriotic Front ... the Kessi valley"); "which" after a place that locates a town ("the
town of X in the Y valley, which they hold") stands for the town; an Arabic article joined to a place's name
("the al-Marun desert") is part of it."""

from __future__ import annotations

from .extract_cases import extract  # noqa: F401 - extract is a fixture

LEAD = "Police seized rifles in Varnel. "  # a first sentence: the name is never the document's first words


def _people(doc) -> set:
    return {e["label"] for e in doc["entities"] if e["type"] == "Person"}


# ---------------------------------------------------------------- 1. the first name the parse made the head
def test_the_first_name_the_name_hangs_on_stays_with_it(extract):
    for text, name in (
            ('His lawyer, Mynor Castañeda Ruiz, told us his client "has never sold a weapon to anyone".',
             "Mynor Castañeda Ruiz"),
            ("Her lawyer, Teodor Valcu Brasan, said his client had never met the buyers.", "Teodor Valcu Brasan"),
            ("The broker's lawyer, Ilvan Moreno Quiroz, told us the rifles were licensed.",
             "Ilvan Moreno Quiroz")):
        people = _people(extract(LEAD + text))
        assert name in people, (text, people)
        assert not any(p != name and name.endswith(p) for p in people), (text, people)


def test_a_word_before_the_comma_is_no_first_name(extract):
    for text, name in (("In Kestria, Castañeda Ruiz said the claims were false.", "Castañeda Ruiz"),
                       ("On Tuesday, Villanueva Roca said the claims were false.", "Villanueva Roca")):
        people = _people(extract(LEAD + text))
        assert name in people and not any(p.endswith(" " + name) for p in people), (text, people)


# ---------------------------------------------------------------- 2. a police rank or the bar's address
def test_a_police_rank_or_the_bars_address_is_no_part_of_the_name(extract):
    for text, name in (
            ("The Guard's regional coordinator, Commissioner Óscar Delvar Lezmo, told us that his personnel "
             "acted in legitimate defence.", "Óscar Delvar Lezmo"),
            ("Commissioner Davor Kelmend Rusi of the Vardan police said the officers fired in self-defence.",
             "Davor Kelmend Rusi"),
            ("The rifles were seized, police spokesman Commissaire Anatole Brevin Mossou told reporters.",
             "Anatole Brevin Mossou"),
            ("His lawyer, Maître Aristo Kessé Ballon, said his client had ordered only tomato paste.",
             "Aristo Kessé Ballon"),
            ("Maître Jeanne Okolo Mbarga, who represents the trader, denied the charges.", "Jeanne Okolo Mbarga")):
        people = _people(extract(LEAD + text))
        assert name in people, (text, people)
        assert not any(p != name and name in p or p != name and name.endswith(p) for p in people), (text, people)


def test_a_commissioner_post_stays_a_post(extract):
    doc = extract(LEAD + "The Police Commissioner, Halvard Brenn, said the officers fired in self-defence.")
    assert "Halvard Brenn" in _people(doc)
    assert not any("Commissioner" in p for p in _people(doc))


# ---------------------------------------------------------------- 3. a group's description is of its whole name
def _types(doc) -> dict:
    return {e["label"]: e["type"] for e in doc["entities"]}


def test_the_first_word_of_a_described_groups_name_stays_a_place(extract):
    for text, group, place in (
            ("The decree freezes the funds of the armed group Kessi Patriotic Front. Its fighters seized the town "
             "of Dan Varo in the Kessi valley.", "Kessi Patriotic Front", "Kessi"),
            ("Fighters of the militia Orsa Liberation Army have camps in the Orsa hills, police said.",
             "Orsa Liberation Army", "Orsa"),
            ("The rebel group Halvo Defence Movement attacked Brenk in May. Survivors fled into the Halvo forest.",
             "Halvo Defence Movement", "Halvo")):
        types = _types(extract(LEAD + text))
        assert types.get(group) == "ArmedGroup", (text, types)
        assert types.get(place) == "Region", (text, types)


def test_a_group_the_description_names_whole_stays_a_group(extract):
    types = _types(extract(LEAD + "The armed group Zarvan attacked Brenk in the Zarvan valley on Monday."))
    assert types.get("Zarvan") == "ArmedGroup", types


# ---------------------------------------------------------------- 4. an Arabic article joined to a place's name
def _entity(doc, label) -> dict:
    return next((e for e in doc["entities"] if e["label"] == label), {})


def test_the_article_joined_to_a_places_name_stays_with_it(extract):
    for text, label, noun in (
            ("A tribal coalition, the Sahra Alliance, controls much of the al-Marun desert.", "al-Marun", "desert"),
            ("The convoy crossed the el-Garef valley before reaching the coast.", "el-Garef", "valley"),
            ("The rebels withdrew to the ad-Dahna plateau after the raid, the army said.", "ad-Dahna", "plateau")):
        doc = extract(LEAD + text)
        entity = _entity(doc, label)
        assert entity.get("type") == "Region", (text, doc["entities"])
        assert f"{label} {noun}" in entity.get("aliases", []), (text, entity)
        assert not _entity(doc, label.split("-", 1)[1]), (text, doc["entities"])


def test_a_capitalised_place_before_its_noun_is_unchanged(extract):
    entity = _entity(extract(LEAD + "Militants have camps in the Kessi hills, the army said."), "Kessi")
    assert entity.get("type") == "Region" and entity.get("aliases") == ["Kessi hills"], entity


# ---------------------------------------------------------------- 5. "which" after a place that locates another
def _controlled(doc) -> set:
    return {c["controlled"] for c in doc["claims"] if c["type"] == "Control"}


def test_which_after_the_place_that_locates_a_town_stands_for_the_town(extract):
    for text, town, place in (
            ("The decree freezes the funds of the armed group Kessi Patriotic Front. In July its fighters seized "
             "the town of Dan Varo in the Kessi valley, which they still hold.", "dan-varo", "kessi"),
            ("The Orsa Liberation Army captured the village of Brenk in the Orsa hills, which it has held since "
             "May.", "brenk", "orsa"),
            ("Fighters of the Marro Brigade seized the town of Lesk in the Tavi district, which they still hold.",
             "lesk", "tavi-district")):
        controlled = _controlled(extract(LEAD + text))
        assert town in controlled and place not in controlled, (text, controlled)


def test_which_after_a_place_of_its_own_still_stands_for_it(extract):
    controlled = _controlled(extract(LEAD + "Fighters of the Marro Brigade seized the town of Lesk, which they "
                                            "still hold."))
    assert "lesk" in controlled, controlled
