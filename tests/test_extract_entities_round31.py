"""Classes of new-entity errors from heldout33 (round 31, issue #12), each with
fictional sentences of its own and a negative control: a person named after
"the man who ...", a person a relative "who" follows after a firm's noun, a
state body whose head word follows "National" or "Federal", and the province
of a dateline."""

from __future__ import annotations

import pytest

from .extract_cases import extract, entity_ids as _ids  # noqa: F401 - extract is a fixture


def _types(doc):
    return {e["id"]: e["type"] for e in doc["entities"]}


# ---------------------------------------------------------------- 1. "the man who manages it, X": a person
@pytest.mark.parametrize("text,person", [
    ("The ministry froze the accounts of Varnel Cargo SRL and of the man who runs it, Teodor Vasile Marinescu.",
     "teodor-vasile-marinescu"),
    ("Investigators questioned the woman who founded the shop, Ilinca Maria Stoenescu.",
     "ilinca-maria-stoenescu"),
    ("The police arrested the trader who sold the rifles, Kwabena Osei Darko.",
     "kwabena-osei-darko"),
])
def test_a_name_after_the_man_who_is_a_person(extract, text, person):
    types = _types(extract(text))
    assert types.get(person) == "Person", types


def test_a_firm_after_the_man_who_stays_a_firm(extract):
    # negative control: the name heads a firm ("... Logistics"), whatever noun comes before
    types = _types(extract("The man who owns it, Dravik Logistics, shipped the crates to Velmora Arms Ltd."))
    assert types.get("dravik-logistics", "Company") != "Person", types


# ---------------------------------------------------------------- 2. "a shipping agent, X, who ...": a person
@pytest.mark.parametrize("text,person", [
    ("Ottawa listed two people: the group's treasurer, Ana Lise Dorval, and a Cap-Rouge shipping agent, "
     "Jean Marc Fleurimond, who cleared the boats.", "jean-marc-fleurimond"),
    ("The Treasury named a freight forwarder, Samuel Kofi Mensah, who booked the containers.",
     "samuel-kofi-mensah"),
    ("Customs fined a local shipping agent, Rodrigo Alves Pinto, who had signed the manifests.",
     "rodrigo-alves-pinto"),
])
def test_a_person_a_relative_who_follows_is_no_firm(extract, text, person):
    types = _types(extract(text))
    assert types.get(person) == "Person", types


def test_a_shipping_agent_without_who_stays_a_firm(extract):
    # negative control: no relative "who": the firm the noun names
    types = _types(extract("The cargo was booked through a shipping agent, Laut Biru Kargo, in Tanjung Perak."))
    assert types.get("laut-biru-kargo") in ("Company", None), types


# ---------------------------------------------------------------- 3. "the National Office for X": a state body
@pytest.mark.parametrize("text,body", [
    ("The National Office for Prevention and Control of Money Laundering established that Varnel Cargo sold "
     "the rifles.", "national-office-for-prevention-and-control-of-money"),
    ("The Federal Bureau of Customs Intelligence said the Kavra Brigade paid for the trucks.",
     "federal-bureau-of-customs-intelligence"),
    ("According to the Central Directorate for Arms Control, the Kavra Brigade received the mortars.",
     "central-directorate-for-arms-control"),
])
def test_a_national_office_is_a_government_body(extract, text, body):
    types = _types(extract(text))
    assert types.get(body) == "GovernmentBody", types  # (the id of a long name stops at its sixth word)


def test_a_national_front_stays_an_armed_group(extract):
    # negative control: no body's head word after "National"
    types = _types(extract("The National Front for the Liberation of Kavra attacked the convoy near Tessit."))
    assert all(t != "GovernmentBody" for t in types.values()), types
