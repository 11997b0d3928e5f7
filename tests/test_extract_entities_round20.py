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


# ---------------------------------------------------------------- 2. "X State" is a federation's state, a region
def _types(doc) -> dict:
    return {e["id"]: e["type"] for e in doc["entities"]}


def test_a_federations_state_is_a_region(extract):
    for text, ident in (
            ("Gunmen killed 12 farmers in Kwande, a village in Taraba State, on Sunday.", "taraba-state"),
            ("About 60 rifles were smuggled into Kwande from Plateau State in January, police said.", "plateau-state"),
            ("A herders' association in Jalingo, Plateau State, said its members were not involved.", "plateau-state")):
        doc = extract(text)
        assert _types(doc).get(ident) == "Region", (text, doc["entities"])


def test_a_regions_possessive_is_cut_from_the_place_it_has(extract):
    for text in ("Soldiers deployed on Tuesday to farming settlements in Kogi State's Bassa local government area. "
                 "Gunmen killed nine people in Bassa on Monday.",
                 "Gunmen killed nine people in Kogi State's Bassa area on Monday."):
        doc = extract(text)
        assert not any("kogi-state-bassa" == i for i in _types(doc)), (text, doc["entities"])


def test_bodies_and_posts_of_state_stay(extract):
    doc = extract("The Department of State designated the group. The Secretary of State said so.")
    assert "Region" not in _types(doc).values(), doc["entities"]


# ---------------------------------------------------------------- 3. a state the lexicon does not list
def test_a_state_the_lexicon_lacks_is_told_by_how_the_text_names_it(extract):
    for text in (
            "VELMARO, Sorenia, March 3 (Harbour Wire) - The Kessa Front, which operates in Sorenia, received mortars "
            "from abroad, officials said. The government of Sorenia denied it.",
            "The Kessa Front operates in Sorenia, officials said. Sorenia's army and Sorenian troops patrol the border.",
            "Sorenian authorities said the Kessa Front operates in Sorenia. The President of Sorenia visited the area."):
        doc = extract(text)
        assert _types(doc).get("sorenia") == "State", (text, doc["entities"])


def test_a_province_with_a_government_stays_a_place(extract):
    doc = extract("The Kalo militia operates in Tanganyika, officials said. The provincial government of Tanganyika "
                  "said the militia controls the road to Tanganyika's capital.")
    assert _types(doc).get("tanganyika") != "State", doc["entities"]
    doc = extract("The Kessa Front operates in Sorenia, officials said.")
    assert _types(doc).get("sorenia") != "State", doc["entities"]


# ---------------------------------------------------------------- 4. a local court named with its seat
def test_a_court_or_prosecutors_office_keeps_its_seat(extract):
    for text, ident in (
            ("A federal prosecutor charged him on Monday before the Federal Court in Tabora, which remanded him.",
             "federal-court-in-tabora"),
            ("The Military Prosecutor's Office in Goma said it had opened an investigation into the killings.",
             "military-prosecutor-office-in-goma"),
            ("The company appealed to the Regional Administrative Court in Lodz on 3 March.",
             "regional-administrative-court-in-lodz")):
        doc = extract(text)
        assert _types(doc).get(ident) == "GovernmentBody", (text, doc["entities"])


def test_a_court_and_a_month_stay_apart(extract):
    doc = extract("The High Court ruled against him in March.")
    assert _types(doc).get("high-court") == "GovernmentBody", doc["entities"]


# ---------------------------------------------------------------- 5. a name opened by an organisation's noun
def test_a_name_opened_by_an_organisations_noun_is_an_organisation(extract):
    for text, ident in (
            ("The Kavra Front killed 14 people in Lupata, according to the Fundación Tierra Viva, a rights group.",
             "fundacion-tierra-viva"),
            ("A Tete-based research centre, the Observatório do Zambeze Alto, said the Kavra Front has 900 fighters.",
             "observatorio-do-zambeze-alto"),
            ("According to the Observatorio de la Sierra Norte, the group controls the road to Arenal.",
             "observatorio-de-la-sierra-norte")):
        doc = extract(text)
        assert _types(doc).get(ident) == "Organisation", (text, doc["entities"])


def test_a_place_opened_by_a_common_word_stays_a_place(extract):
    doc = extract("Fighters of the Kavra Front attacked the village of Centro Alto on Monday.")
    assert _types(doc).get("centro-alto") == "Settlement", doc["entities"]


def test_the_demonym_of_an_unlisted_state_is_no_place(extract):
    for text in ("The Kessa Front operates in Sorenia, officials said. Gunmen killed nine Sorenian miners near Kessa.",
                 "Gunmen killed nine miners in Sorenia on Sunday. The attack took place in the Sorenian town of Kessa.",
                 "The Kessa Front operates in Sorenia. Sorenian officials said the group had received rifles."):
        doc = extract(text)
        assert not any(i.startswith("sorenian") for i in _types(doc)), (text, doc["entities"])
