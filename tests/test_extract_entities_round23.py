"""Round 23, entities: an instrument named by its kind and number takes its title after "on" or "concerning"
("Act No. 12/2019 on the Enforcement of International Sanctions") as one legal instrument, never a date or "the
same day" after "on"; an instrument's kind alone ("the Regulation's memorandum", "Executive Orders 14101 and
13888") is no organisation; a formation named by its ordinal ("the 27th Motorised Infantry Battalion") keeps the
ordinal in its name and is a state army's unit; a person a body's noun qualifies ("a government spokesman",
"administration officials") is no body; a qualified body named again without its name ("the regional
government" after "the Tolvi regional government") is the named one."""

from __future__ import annotations

import re

from .extract_cases import extract, entity, entity_ids as _ids  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. a numbered instrument's title
def test_a_numbered_instrument_takes_its_title(extract):
    for text, label in (
            ("The freeze is ordered under Decree No. 88/2026 on restrictive measures concerning the Varesk "
             "highlands, issued under Act No. 12/2019 on the Enforcement of International Sanctions, and applies "
             "at once.", "Act No. 12/2019 on the Enforcement of International Sanctions"),
            ("The freeze is ordered under Decree No. 88/2026 on restrictive measures concerning the Varesk "
             "highlands, the ministry said.", "Decree No. 88/2026 on restrictive measures concerning the Varesk "
             "highlands"),
            ("Ordinance No. 4/2025 concerning Sanctions against the Talvo Front was amended by the cabinet.",
             "Ordinance No. 4/2025 concerning Sanctions against the Talvo Front"),
            ("The assets were frozen in March. The listing rests on Law No. 301 on the Prevention of Terrorist "
             "Financing.", "Law No. 301 on the Prevention of Terrorist Financing")):
        doc = extract(text)
        found = [e for e in doc["entities"] if e["label"] == label]
        assert found and found[0]["type"] == "LegalInstrument", (text, doc["entities"])
        assert not any(e["type"] == "Organisation" and e["label"] in label for e in doc["entities"]), \
            (text, doc["entities"])


def test_a_date_or_a_day_after_a_numbered_instrument_is_no_title(extract):
    for text, label in (
            ("The cabinet adopted Decree No. 88/2026 on Tuesday, freezing the Talvo Front's accounts.",
             "Decree No. 88/2026"),
            ("The cabinet adopted Decree No. 88/2026 on the same day and listed the Talvo Front.",
             "Decree No. 88/2026"),
            ("Regulation No. 14/2027 on 3 March added the Talvo Front to the list.", "Regulation No. 14/2027")):
        doc = extract(text)
        labels = [e["label"] for e in doc["entities"] if e["type"] == "LegalInstrument"]
        assert labels == [label], (text, doc["entities"])


# ---------------------------------------------------------------- 2. an instrument's kind alone is no actor
def test_an_instruments_kind_alone_is_no_entity(extract):
    for text in (
            "The Talvo Front has about 400 fighters, according to an annex to the Regulation.",
            "A researcher cited in the Decree's explanatory memorandum put the Talvo Front's strength at 900.",
            "The Treasury designated the Talvo Front and its leader Osric Vellamy under Executive Orders 14101 "
            "and 13888.",
            "The Ordinance, which entered into force on Monday, freezes the Talvo Front's funds."):
        doc = extract(text)
        kinds = {"Regulation", "Decree", "Executive Orders", "Ordinance"}
        assert not any(e["label"] in kinds for e in doc["entities"]), (text, doc["entities"])
        assert entity(doc, "talvo-front"), (text, doc["entities"])


def test_a_named_instrument_or_body_with_a_kind_word_stays(extract):
    doc = extract("The Talvo Front was listed under the Sanctions Act 2019, and the Order of Malta's clinic in "
                  "Varesk treated the wounded.")
    assert entity(doc, "sanctions-act-2019")["type"] == "LegalInstrument", doc["entities"]
    assert any("Order of Malta" in e["label"] for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 3. a formation named by its ordinal
def test_a_formation_named_by_its_ordinal_is_a_state_unit_with_its_number(extract):
    for text, ident in (
            ("On 4 May, soldiers of the 27th Motorised Infantry Battalion entered the village of Tolvi-Nene.",
             "27th-motorised-infantry-battalion"),
            ("The village was burned by troops of the 14th Mechanised Brigade after an ambush near Tolvi.",
             "14th-mechanised-brigade"),
            ("Troops of the Varesk Army's 9th Brigade, which is based in Tolvi, joined the police.", "9th-brigade"),
            ("Residents said the 52nd Rapid Reaction Regiment shelled Tolvi for two days.",
             "52nd-rapid-reaction-regiment")):
        doc = extract(text)
        found = entity(doc, ident)
        assert found and found["type"] == "StateArmedForces", (text, doc["entities"])
        assert not any(e["label"] == found["label"].split(" ", 1)[1] for e in doc["entities"]), (text, doc["entities"])


def test_a_rebel_brigade_named_by_its_words_stays_an_armed_group(extract):
    doc = extract("Fighters of the Tolvi Martyrs Brigade attacked the 4th Battalion's camp near Varesk on Sunday.")
    assert entity(doc, "tolvi-martyrs-brigade")["type"] == "ArmedGroup", doc["entities"]


# ---------------------------------------------------------------- 4. a body's noun before a person's
def test_a_person_the_bodys_noun_qualifies_is_no_body(extract):
    for text in ("A government spokesman in Tolvi said the matter was under review.",
                 "Administration officials in Tolvi told reporters the talks had failed.",
                 "A presidency spokeswoman said the Talvo Front had attacked Tolvi.",
                 "The Talvo Front attacked Tolvi, a ministry official said on Monday."):
        doc = extract(text)
        assert not any(e["type"] == "GovernmentBody" and re.search(r"spokes|official", e["label"])
                       for e in doc["entities"]), (text, doc["entities"])


def test_a_body_a_common_noun_names_stays(extract):
    doc = extract("The Marlow administration said the Talvo Front had attacked Tolvi.")
    assert any(e["label"] == "Marlow administration" and e["type"] == "GovernmentBody" for e in doc["entities"]), \
        doc["entities"]


# ---------------------------------------------------------------- 5. a qualified body named again without its name
def test_a_qualified_body_named_again_is_the_named_one(extract):
    for text, ident in (
            ("The Talvo Front is led by Osric Vellamy, according to the Tolvi regional government, which says his "
             "deputy recruits fighters. The regional government puts its strength at about 1,200 fighters.",
             "tolvi-regional-government"),
            ("The Marsk state government said on Monday that the Talvo Front had burned two villages. Officials of "
             "the state government later said 40 people had been killed.", "marsk-state-government"),
            ("The Varesk provincial administration said the Talvo Front had burned Tolvi. The provincial "
             "administration later asked for help.", "varesk-provincial-administration")):
        doc = extract(text)
        assert entity(doc, ident)["type"] == "GovernmentBody", (text, doc["entities"])
        assert not any(e["type"] == "GovernmentBody" and e["id"] != ident for e in doc["entities"]), \
            (text, doc["entities"])


def test_another_body_is_not_what_the_common_noun_names(extract):
    doc = extract("The Tolvi regional police said the Talvo Front had attacked a convoy. The regional government "
                  "puts the group's strength at about 1,200 fighters.")
    assert not any(s["speaker"] == "tolvi-regional-police" and "1,200" in str(s) for s in doc["statements"]), \
        doc["statements"]
