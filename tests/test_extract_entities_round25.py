"""Round 25, entities: a person's first name the NER left out stays in the name when the parse hangs the rest
of the name on it ("His lawyer, Mynor| Castañeda Ruiz, said": the first name taken for the apposition); a police
rank ("Commissioner X", "Commissaire X") and the French bar's form of address ("Maître X") are no part of the
name."""

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

