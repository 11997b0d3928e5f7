"""Classes of new-entity errors from heldout35 (round 33, issue #12), each with
fictional sentences of its own and a negative control: a person's name that the
NER takes for an organisation after "who gave his name as" or apposed to an
occupation noun ("a Varno cattle trader, X Y,")."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _types(doc):
    return {e["label"]: e["type"] for e in doc["entities"]}


# ---------------------------------------------------------------- 1. "who gave his name as X Y": a person
@pytest.mark.parametrize("text,name", [
    ("A man claiming to speak for the Ravel Front, who gave his name as Jean-Pierre Mukendi Lwambo, denied the "
     "charge in a message to reporters.", "Jean-Pierre Mukendi Lwambo"),
    ("A woman who gave her name as Aurelie Nsimba Kazadi told reporters that the depot was empty.",
     "Aurelie Nsimba Kazadi"),
    ("A caller who used the pseudonym Tomas Velloz Aranda said the shipment had left Corvana on Monday.",
     "Tomas Velloz Aranda"),
])
def test_a_name_given_as_is_a_person(extract, text, name):
    types = _types(extract(text))
    assert types.get(name) == "Person", types


# ---------------------------------------------------------------- 2. "a Varno cattle trader, X Y,": a person
@pytest.mark.parametrize("text,name", [
    ("OFAC also removed a Varno cattle trader, Wilfredo Arcos Benitez, from its list on Thursday.",
     "Wilfredo Arcos Benitez"),
    ("Police arrested a Lusaka fuel dealer, Mwila Chanda Banda, at the border post on Friday.", "Mwila Chanda Banda"),
    ("The militia's cash came from a local shopkeeper, Odile Mabanza Kiese, the prosecutor said.",
     "Odile Mabanza Kiese"),
])
def test_a_name_apposed_to_an_occupation_is_a_person(extract, text, name):
    types = _types(extract(text))
    assert types.get(name) == "Person", types


def test_a_firm_apposed_to_an_occupation_stays_a_firm(extract):
    # negative control: a company's head word keeps the name a company's
    types = _types(extract("Customs named a Varno fuel dealer, Corvana Petroleum Ltd, as the consignee on Friday."))
    assert types.get("Corvana Petroleum Ltd") == "Company", types


# ---------------------------------------------------------------- 3. "The Governor of Varno, X": the role is governor
@pytest.mark.parametrize("text,role", [
    ("The Governor of Varno, Ambrose Kelea Tandi, said on Monday that the police had arrested four men.", "governor"),
    ("The Mayor of Corvana, Lucia Ferrand Ibis, said the market would reopen on Friday.", "mayor"),
    ("The Deputy Governor of Upper Tessik Province, Maro Fendi Alva, told reporters that the road was closed.",
     "deputy-governor"),
])
def test_a_territory_office_is_its_role(extract, text, role):
    roles = {e["id"] for e in extract(text)["entities"] if e["type"] == "Role"}
    assert role in roles and not any("-of-" in r for r in roles), roles


def test_a_bank_governor_keeps_the_bank(extract):
    # negative control: the governor of a central bank is no territory's office
    roles = {e["id"] for e in extract("The Governor of the Central Bank of Varno, Ambrose Kelea Tandi, said on "
                                      "Monday that the accounts had been frozen.")["entities"] if e["type"] == "Role"}
    assert "governor" not in roles, roles


# ---------------------------------------------------------------- 4. "the Varnese Government's Commissioner": no body
@pytest.mark.parametrize("text", [
    "The Varnese Government's Commissioner for Refugee Affairs, Lina Morrow-Tate, told parliament on Monday that "
    "40 people had died.",
    "The Federal Government's Commissioner for Human Rights Policy, Lina Morrow-Tate, told parliament on Monday "
    "that the militia had 900 fighters.",
    "The Tessik Regional Government's Commissioner for Mines, Lina Morrow-Tate, said on Monday that the pits were closed.",
])
def test_a_bodys_possessed_post_is_no_organisation(extract, text):
    doc = extract(text)
    assert not any("Commissioner" in e["label"] and e["type"] != "Role" for e in doc["entities"]), _types(doc)
    assert _types(doc).get("Lina Morrow-Tate") == "Person", _types(doc)


def test_a_possessive_body_name_stays(extract):
    # negative control: a body whose name holds a possessive, with no post at its end, is still proposed
    types = _types(extract("Fighters attacked the offices of the Varno Women's Solidarity Network on Monday, "
                           "the Varno Women's Solidarity Network said."))
    assert types.get("Varno Women's Solidarity Network") in ("Organisation", "ArmedGroup"), types


# ---------------------------------------------------------------- 5. "the Federal Foreign Office": no UK body
@pytest.mark.parametrize("text", [
    "In a letter to the Federal Foreign Office, the firm's director wrote that it sold engines to farmers.",
    "Officials at the French Foreign Office said on Monday that the embassy in Varno was closed.",
    "The company wrote to the German Foreign Office on Tuesday to ask for its licence back.",
])
def test_another_states_office_is_not_the_uk_body(extract, text):
    ids = {e["id"] for e in extract(text)["entities"]}
    assert "foreign-office" not in ids, ids


def test_the_foreign_office_alone_is_the_uk_body(extract):
    # negative control: the office named alone, or as the British one, is still the lexicon's
    for text in ("In a letter to the Foreign Office, the firm's director wrote that it sold engines to farmers.",
                 "Officials at the British Foreign Office said on Monday that the embassy in Varno was closed."):
        ids = {e["id"] for e in extract(text)["entities"]}
        assert "foreign-office" in ids, ids


# ---------------------------------------------------------------- 6. "the Federal Minister for X": the whole title
@pytest.mark.parametrize("text,role", [
    ("Nothing has changed, declared the Federal Minister for Economic Affairs, Ilse Marrow-Fink.",
     "federal-minister-for-economic-affairs"),
    ("The Federal Minister of Justice, Ilse Marrow-Fink, said on Monday that the ban would stand.",
     "federal-minister-of-justice"),
    ("The Federal Government's Commissioner for Mines, Lina Morrow-Tate, said on Monday that the pits were closed.",
     "commissioner-for-mines"),
])
def test_a_title_keeps_federal_and_loses_its_owner(extract, text, role):
    roles = {e["id"] for e in extract(text)["entities"] if e["type"] == "Role"}
    assert role in roles, roles


def test_a_name_before_a_title_is_still_dropped(extract):
    # negative control: a place's name before a title is no part of the role
    roles = {e["id"] for e in extract("The Marro County Commissioner, Ilse Marrow-Fink, said on Monday that the "
                                      "road was closed.")["entities"] if e["type"] == "Role"}
    assert "county-commissioner" in roles and not any(r.startswith("marro") for r in roles), roles


# ---------------------------------------------------------------- 7. "the X Ordinance" the NER calls an organisation
@pytest.mark.parametrize("text,name", [
    ("Acting under the Foreign Trade and Payments Ordinance, the central bank froze the accounts of Corvana "
     "Trading Ltd.", "Foreign Trade and Payments Ordinance"),
    ("The bank acted under the Varno Arms Control Statute on Monday.", "Varno Arms Control Statute"),
    ("The customs service seized the cargo under the Strategic Goods Control Ordinance on Friday.",
     "Strategic Goods Control Ordinance"),
])
def test_a_law_the_ner_calls_a_body_is_a_law(extract, text, name):
    types = _types(extract(text))
    assert types.get(name, "LegalInstrument") == "LegalInstrument", types


def test_a_body_named_after_a_law_stays_a_body(extract):
    # negative control: a body's head word after the law's kind ("... Ordinance Board") keeps it a body
    types = _types(extract("The Varno Arms Ordinance Board said on Monday that the licences had been revoked."))
    assert types.get("Varno Arms Ordinance Board") not in ("LegalInstrument",), types
