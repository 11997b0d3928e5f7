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
    ("The Federal Directorate of Customs Intelligence said the Kavra Brigade paid for the trucks.",
     "federal-directorate-of-customs-intelligence"),
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


# ---------------------------------------------------------------- 4. "its Permanent Mission": no name of its own
@pytest.mark.parametrize("text", [
    "The Government of Selvara shares the Panel's view of the attack, its Permanent Mission told the Committee.",
    "Kestria rejected the report, its Permanent Representation said in a note to the Council.",
    "The Kavra Brigade's envoy visited the Embassy on Monday, the ministry said.",
])
def test_a_mission_named_by_its_kind_is_no_new_entity(extract, text):
    ids = _ids(extract(text))
    assert not {"permanent-mission", "permanent-representation", "embassy"} & ids, ids


def test_a_mission_of_a_state_is_still_a_body(extract):
    # negative control: "the Permanent Mission of X" is named
    ids = _ids(extract("The Permanent Mission of Selvara to the United Nations told the Committee that the Kavra "
                       "Brigade had shelled the port."))
    assert any(i.startswith("permanent-mission-of") for i in ids), ids


# ---------------------------------------------------------------- 5. "X gang" where the text calls X a department
@pytest.mark.parametrize("text,place", [
    ("UN lists Sud-Est gang\n\nThe Lame Kouto gang, which has spread along the coast of Haiti's Sud-Est department, "
     "was listed by the Security Council.", "sud-est"),
    ("Ministry sanctions Kavango militia\n\nThe Sinzo Brigade, active across the Kavango region, was listed by the "
     "ministry on Monday.", "kavango"),
    ("Treasury targets Tessara gang\n\nThe Baz Lame, a gang that holds most of Tessara province, was designated "
     "by the Treasury.", "tessara"),
])
def test_a_regions_gang_in_a_headline_is_no_group_name(extract, text, place):
    types = _types(extract(text))
    assert types.get(place) != "ArmedGroup", types


def test_a_gang_named_alone_stays_a_group(extract):
    # negative control: the text never calls the name a region
    types = _types(extract("UN lists Tessarini gang\n\nThe Tessarini gang, which holds the port road, was listed by "
                           "the Security Council."))
    assert types.get("tessarini") == "ArmedGroup" or types.get("tessarini-gang") == "ArmedGroup", types


# ---------------------------------------------------------------- 6. "Port| of Spain": one place
@pytest.mark.parametrize("text,cut", [
    ("The gang is active in Laventille and Morvant in east Port of Selvara, police said.", "port"),
    ("The pirogue left Cape of Tessara for the islands, the coast guard said.", "cape"),
    ("Rebels of the Kavra Brigade shelled Mount of Olvera on Sunday.", "mount"),
])
def test_a_place_named_port_of_x_is_not_cut(extract, text, cut):
    ids = _ids(extract(text))
    assert cut not in ids, ids


# ---------------------------------------------------------------- 7. "the X and Y markets": two places
@pytest.mark.parametrize("text,names", [
    ("The checks will be extended to the Loulani and Missoro markets by December.", ("missoro", "loulani")),
    ("It is active in the Mubiya and Kwagoli local government areas of Selvara's Adamawa State, and two of its "
     "leaders were listed.", ("mubiya", "mubiya-and-kwagoli")),
    ("Customs officers will patrol the Wassoro and Kebbeni districts from Monday, the ministry said.",
     ("wassoro", "wassoro-and-kebbeni")),
])
def test_names_sharing_a_place_noun_are_no_organisation(extract, text, names):
    types = _types(extract(text))
    assert all(types.get(n) not in ("Organisation", "Company", "Person", "ArmedGroup") for n in names), types


def test_a_firm_and_a_group_before_a_plural_noun_keep_their_classes(extract):
    # negative control: names with head words keep them
    types = _types(extract("Velmora Logistics Ltd and the Kavra Brigade shipped rifles to the Tessaba markets."))
    assert types.get("velmora-logistics-ltd") == "Company", types


# ---------------------------------------------------------------- 8. "in neighbouring X": a place
@pytest.mark.parametrize("text,place", [
    ("The cartel operates in Tessara and in neighbouring Valdorra.", "valdorra"),
    ("Families fled the Kavra Brigade's raids into neighbouring Selmora, the agency said.", "selmora"),
    ("Fighters crossed from nearby Kessaba before dawn, the army said.", "kessaba"),
])
def test_a_name_after_in_neighbouring_is_a_place(extract, text, place):
    types = _types(extract(text))
    assert types.get(place) in ("Region", "Settlement", "Place"), types


def test_a_group_after_nearby_keeps_its_head(extract):
    # negative control: "the nearby Kavra Brigade positions": a group by its head word
    types = _types(extract("Soldiers shelled the nearby Kavra Brigade positions at dawn."))
    assert types.get("kavra-brigade") == "ArmedGroup", types


# ---------------------------------------------------------------- 9. "the State Agency| for National Security": one body
@pytest.mark.parametrize("text,part", [
    ("Under a separate order, the State Agency for National Security has frozen the accounts of Velmora Arms Ltd.",
     "national-security"),
    ("The National Agency for Public Order said the Kavra Brigade had bought the rifles.", "public-order"),
    ("Banks must inform the Central Agency for Financial Monitoring of any payment to the Kavra Brigade.",
     "financial-monitoring"),
])
def test_an_agency_for_x_is_one_body(extract, text, part):
    ids = _ids(extract(text))
    assert part not in ids, ids


def test_an_agency_then_for_a_date_is_not_joined(extract):
    # negative control: "for" followed by no capitalised words
    ids = _ids(extract("The State Agency for years ignored the Kavra Brigade's shipments, Velmora Arms Ltd said."))
    assert not any(i.startswith("state-agency-for") for i in ids), ids
