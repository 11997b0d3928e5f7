"""Classes of new-entity errors from heldout8's first sight (round 9, issue
#12), each with new fictional sentences of its own and negative controls: a
government named by its state's formal name, a province's government and
its departments, a form of address before a nom de guerre, demonyms of every
state, and a person's name the NER cut in two."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, entity_ids as _ids  # noqa: F401 - extract is a fixture


def _types(doc):
    return {e["id"]: e["type"] for e in doc["entities"]}


def _new(doc):
    return {e["id"] for e in doc["entities"] if not e.get("assumed_known")}


# ---------------------------------------------------------------- 1. "the Government of the Republic of X" is X
@pytest.mark.parametrize("text,state,wrong", [
    ("The Government of the Republic of Moldova on Monday froze the assets of Velmora Logistics.",
     "moldova", "government-of-the-republic-of-moldova"),
    ("The Government of the Islamic Republic of Pakistan welcomed the listing of the Tor Ghar Front.",
     "pakistan", "government-of-the-islamic-republic-of-pakistan"),
    ("Officials said the Government of the Kingdom of Cambodia had not been consulted.",
     "cambodia", "government-of-the-kingdom-of-cambodia"),
])
def test_a_government_named_formally_is_its_state(extract, text, state, wrong):
    ids = _ids(extract(text))
    assert state in ids and wrong not in ids, ids


def test_a_government_of_national_unity_stays_a_body(extract):
    # negative control: no state's name after "Government of"
    doc = extract("The Government of National Unity said the Kavra Brigade had shelled the port.")
    assert "government-of-national-unity" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 2. a province's government and its departments
def test_a_department_of_a_provinces_government_keeps_its_short_name(extract):
    doc = extract("Police in Odisha said the attack was planned across the border. In a letter, the Revenue "
                  "Department of the Government of Odisha rejected the claim. We urge the Government of Odisha "
                  "to open an inquiry.")
    ids = _ids(doc)
    assert "revenue-department" in ids, ids
    assert not {"government-of-odisha", "revenue-department-of-the-government-of-odisha"} & ids, ids
    body = next(e for e in doc["entities"] if e["id"] == "revenue-department")
    assert body["type"] == "GovernmentBody"


# ---------------------------------------------------------------- 3. a form of address is no part of the name
@pytest.mark.parametrize("text,person", [
    ("The Red Ridge Army is commanded by a man known only as Comrade Lakhan.", "lakhan"),
    ("The cell answered to Comrade Ravi, its political chief, villagers said.", "ravi"),
    ("Villagers said the levy was set by Comrade Bhima, the commander of the Kesla Front.", "bhima"),
])
def test_comrade_is_an_alias_not_the_name(extract, text, person):
    types = _types(extract(text))
    assert types.get(person) == "Person" and "comrade-" + person not in types, types


def test_comrade_alone_is_no_person(extract):
    # negative control: a plain word "Comrades" opening a sentence names nobody
    assert not {i for i in _ids(extract("Comrades of the dead man gathered outside the station.")) if "comrade" in i}


# ---------------------------------------------------------------- 4. demonyms are their states
@pytest.mark.parametrize("text,state,wrong", [
    ("The Costa Rican coast guard seized a boat carrying rifles.", "costa-rica", "costa-rican"),
    ("A Guyanese trader was detained at the wharf.", "guyana", "guyanese"),
    ("Two Singaporean firms were named in the notice.", "singapore", "singaporean"),
])
def test_a_demonym_is_its_state(extract, text, state, wrong):
    ids = _ids(extract(text))
    assert state in ids and wrong not in ids, ids


# ---------------------------------------------------------------- 5. a person's name the NER cut in two
@pytest.mark.parametrize("text,person,parts", [
    ("On the same day it removed Joaquim Mendes do Nascimento, a former militia commander, from the list.",
     "joaquim-mendes-do-nascimento", {"joaquim-mendes", "nascimento"}),
    ("The deputy collector, Bemla Range, Anil Kumar Dhruw, told reporters that no civilian had died.",
     "anil-kumar-dhruw", {"anil", "kumar-dhruw"}),
])
def test_a_cut_name_is_joined(extract, text, person, parts):
    ids = _ids(extract(text))
    assert person in ids and not parts & ids, ids


def test_a_known_place_before_a_name_stays_apart(extract):
    # negative control: a place the gazetteer knows, a comma, then a person
    ids = _ids(extract("In Kabul, Ahmad Shah Noori said the talks had failed."))
    assert "ahmad-shah-noori" in ids and "kabul-ahmad-shah-noori" not in ids, ids


# ---------------------------------------------------------------- 6. "the X division" is a region
def test_an_administrative_division_is_a_region(extract):
    types = _types(extract("Our researchers travelled to two villages in the Kanker division of Chhattisgarh "
                           "where people spoke of the raids."))
    assert types.get("kanker") == "Region", types


def test_a_numbered_army_division_is_no_region(extract):
    # negative control: a military unit with a number is no place
    types = _types(extract("Soldiers of the 7th Infantry Division shelled the hills near Tolo on Monday."))
    assert not {i for i, t in types.items() if t == "Region" and "infantry" in i}, types


# ---------------------------------------------------------------- 7. a state's last word after its full name
def test_a_states_short_name_after_its_full_name_is_the_state(extract):
    doc = extract("The Government of the Republic of Korea designated the Tor Ghar Front on Monday. \"The group "
                  "will find no bank in Korea,\" the minister said.")
    assert "korea" not in _new(doc) and "south-korea" in _ids(doc), _ids(doc)


def test_a_state_of_its_own_is_no_short_form(extract):
    # negative control: "Guinea" is a state of its own, not Papua New Guinea's short name
    doc = extract("Papua New Guinea recalled its envoy. Officials in Guinea said the ship had left Conakry.")
    assert {"papua-new-guinea", "guinea"} <= _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 8. an organisation's name holding a place the text added
def test_an_organisations_name_wins_over_a_place_inside_it(extract):
    ids = _ids(extract("Villagers in the Kanker division fear the raids. On Monday the group's North Kanker "
                       "Area Committee claimed the attack on the camp."))
    assert "north-kanker-area-committee" in ids, ids


# ---------------------------------------------------------------- a foreign-language group name the NER took for a place
@pytest.mark.parametrize("text, ident", [
    ("The rifles were to be delivered to Los Caimanes, an armed gang that smuggles fuel along the coast.",
     "los-caimanes"),
    ("Police said the boat belonged to Sefela sa Noka, a criminal gang that steals cattle in the lowlands.",
     "sefela-sa-noka"),
])
def test_a_name_described_as_an_armed_gang_is_an_armed_group(extract, text, ident):
    entity = [e for e in extract(text)["entities"] if e["id"] == ident]
    assert entity and entity[0]["type"] == "ArmedGroup", extract(text)["entities"]


@pytest.mark.parametrize("text, ident", [
    ("Fighters from Marraqueta attacked a convoy on Monday. Marraqueta, a town in the hills, was calm on Tuesday.",
     "marraqueta"),
    ("Gunmen of the Ravel Front raided Villa Cangrejo, a fishing village, on Sunday.", "villa-cangrejo"),
])
def test_a_place_fighters_come_from_stays_a_place(extract, text, ident):
    entity = [e for e in extract(text)["entities"] if e["id"] == ident]
    assert entity and entity[0]["type"] != "ArmedGroup", extract(text)["entities"]


def test_the_leader_named_before_the_description_stays_a_person(extract):
    doc = extract("The Ravel Front (RF), led by Idris Kamau bin Salim, is the main armed group in the hills.")
    person = [e for e in doc["entities"] if e["id"] == "idris-kamau-bin-salim"]
    assert person and person[0]["type"] == "Person", doc["entities"]
