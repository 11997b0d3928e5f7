"""Round 20, entities: a one-word name that only describes the people or the camp of the noun it modifies
("a Nuba militia", "Maasai herders", "the Shilluk village of Ayod") is a people or an origin, no entity (and
no place of a killing); the name of a group before its noun ("The Barlo militia") stays a name."""

from __future__ import annotations

from .extract_cases import extract, entity_ids as _ids, claims  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. a people before a group or camp noun
def test_a_people_before_a_group_noun_is_no_entity(extract):
    for text, word in (
            ("The Lomar Desert Guard, a Zarma militia that controls the crossing at Ain Sefra, has moved "
             "fighters into Ghadir.", "zarma"),
            ("On 3 May, fighters of the Kasanga Lion militia, an Mbole armed group that operates around Kilembe, "
             "attacked the village of Nyasi on Monday.", "mbole"),
            ("The Kolo Front broke away from a larger Kanuri armed movement in 2025 and is led by Ado Musa.",
             "kanuri"),
            ("A Hausa traders' association in Kubwa said its members had been threatened.", "hausa"),
            ("The people who attacked Lokor are Pokot raiders from across the border, the chief said.", "pokot"),
            ("Police pursued cattle raiders after the attack; the county blamed Pokot gunmen.", "pokot")):
        doc = extract(text)
        assert word not in _ids(doc), (text, doc["entities"])


def test_a_people_before_a_settlement_noun_is_not_the_place(extract):
    doc = extract("On 3 May, gunmen attacked the Mbole village of Nyasi-Kati before dawn. We documented the "
                  "killing of 12 civilians.")
    assert "mbole" not in _ids(doc) and "nyasi-kati" in _ids(doc), doc["entities"]
    assert all("mbole" not in c["id"] for c in claims(doc, "Atrocity")), doc["claims"]
    for text in ("On 9 April, gunmen attacked a Makua camp near Lurio, burning shelters.",
                 "The group said it had only defended Kanuri villages against attackers."):
        doc = extract(text)
        assert not {"makua", "kanuri"} & _ids(doc), (text, doc["entities"])


def test_a_groups_name_before_its_noun_stays_a_name(extract):
    doc = extract("The Barlo militia attacked the village of Tessa on Monday.")
    assert "barlo" in _ids(doc), doc["entities"]
    doc = extract("The Kavra Front attacked Tessa on Monday. Kavra fighters burned the market, residents said.")
    assert "kavra-front" in _ids(doc), doc["entities"]
    doc = extract("Gunmen killed five farmers in Mukebo village on Sunday, residents said.")
    assert "mukebo" in _ids(doc), doc["entities"]
