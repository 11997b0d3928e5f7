"""Classes of new-entity errors left after round 8's first pass (round 8b,
issue #12), each with new fictional sentences of its own and negative
controls: names whose capitalised words a particle joins ("del", "de la",
"do", "van"), junk proposals (abstract nouns in -ism, a contact line's job
titles, world regions, counts in weapon labels), and the rest in later
sections."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, entity_ids as _ids  # noqa: F401 - extract is a fixture


def _types(doc):
    return {e["id"]: e["type"] for e in doc["entities"]}


# ---------------------------------------------------------------- 1. names joined by particles
@pytest.mark.parametrize("text,ident,cls", [
    ("Residents said the Hermanos de la Sierra, a militia that taxes coffee growers, had left the town.",
     "hermanos-de-la-sierra", "ArmedGroup"),
    ("Shopkeepers paid weekly fees to the Centinelas del Mezquital, an armed group formed in 2021.",
     "centinelas-del-mezquital", "ArmedGroup"),
    ("Ana da Conceição Brito, who runs a clinic in the port, said the men were armed.",
     "ana-da-conceicao-brito", "Person"),
    ("The Treasury designated two firms for arming the Mouvement pour la Libération du Ouaddaï (MLO) in May.",
     "mouvement-pour-la-liberation-du-ouaddai", None),
])
def test_a_particle_joins_one_name(extract, text, ident, cls):
    types = _types(extract(text))
    assert ident in types, types
    if cls:
        assert types[ident] == cls, types


@pytest.mark.parametrize("text,wrong", [
    # the English verb between capitalised words is no particle
    ("Why do Marden Officials keep quiet about the Ravel Front?", "why-do-marden-officials"),
    ("Most Ravel Front fighters do Their shopping in Tolo, a witness said.", "ravel-front-fighters-do-their"),
    # a particle with a lower-case word on one side joins nothing
    ("Fighters of the Ravel Front came down from the hills de facto unopposed.", "ravel-front-de-facto"),
])
def test_no_name_across_a_verb_or_a_lower_case_word(extract, text, wrong):
    assert wrong not in _ids(extract(text))


# ---------------------------------------------------------------- 2. junk
def test_an_abstract_noun_cut_from_a_title_is_no_entity(extract):
    doc = extract("\"We will keep up the pressure,\" Assistant Secretary for Terrorism and Illicit Finance "
                  "Marta Quill said on Friday. The Counter-Terrorism unit was not involved.")
    assert not {"terrorism", "counter-terrorism"} & _ids(doc), _ids(doc)


def test_contact_line_job_titles_are_no_entities(extract):
    doc = extract("For more information contact: Rhea Tolland, Partner; Oskar Vint, Counsel; Lia Berne, Associate.")
    assert not {"partner", "counsel", "associate"} & _ids(doc), _ids(doc)


@pytest.mark.parametrize("text,wrong", [
    ("Smugglers move fuel and arms across the Sahara on old trade routes, the Kelvar Front said.", "sahara"),
    ("The minister said the Pacific would not become a route for guns bought by the Reef Brigade.", "pacific"),
])
def test_world_regions_are_no_new_places(extract, text, wrong):
    assert wrong not in _ids(extract(text))


def test_a_count_word_is_no_part_of_a_weapon_type(extract):
    doc = extract("The Corran Brigade received forty assault rifles and twelve mortar tubes from Tesk Arms Ltd.")
    ids = _ids(doc)
    assert not any(i.startswith(("forty-", "twelve-")) for i in ids), ids


# ---------------------------------------------------------------- 2b. the dateline's city and agency
def test_the_dateline_city_is_no_new_place_when_only_named_in_passing(extract):
    doc = extract("TARSO, Dec 2 (Ridge Wire) - Fighters of the Kelvar Front held the border town of Mabrou on "
                  "Wednesday, residents said.\n\nOpposition lawmakers in Tarso have called for an inquiry. "
                  "The mayor of Mabrou told Ridge Wire by telephone that the town was calm.")
    ids = _ids(doc)
    assert "mabrou" in ids and "kelvar-front" in ids, ids
    assert not {"tarso", "ridge-wire"} & ids, ids


def test_a_city_after_the_dateline_is_still_a_place(extract):
    # a control: a city the dateline does not name, met with a cue, stays a new place
    doc = extract("TARSO, Dec 2 (Ridge Wire) - Fighters of the Kelvar Front attacked the town of Mabrou on Monday.")
    assert "mabrou" in _ids(doc)


# ---------------------------------------------------------------- 3. places: capitals, generic heads
@pytest.mark.parametrize("text,ident", [
    ("The manifest names Tarsis Dock Traders Ltd of Freetown as consignor.", "freetown"),
    ("The group's political representative in Nairobi, Jean Kaboré, told the Panel it had no arms.", "nairobi"),
])
def test_a_capital_named_as_where_something_is(extract, text, ident):
    assert ident in _ids(extract(text))


@pytest.mark.parametrize("text,wrong", [
    ("Pressure on Caracas grew after the Kelvar Front seized the crossing.", "caracas"),
    ("The government in Kathmandu said the Kelvar Front had left the valley.", "kathmandu"),
    ("\"We will not negotiate,\" she said in Quito on Friday after the Kelvar Front attack.", "quito"),
])
def test_a_capital_for_its_government_is_no_place(extract, text, wrong):
    assert wrong not in _ids(extract(text))


def test_places_with_a_generic_head(extract):
    doc = extract("Fighters of the Ravel Front withdrew into the Tembo Forest and onto the Kasai Plains, a witness said.")
    types = _types(doc)
    assert types.get("tembo-forest") in ("Region", "Place") and types.get("kasai-plains") in ("Region", "Place"), types


# ---------------------------------------------------------------- 2c. a navy's own "our Navy", a pirogue's name
def test_our_navy_is_the_navy_named_before(extract):
    doc = extract("On Sunday a patrol boat of the Senegalese Navy stopped the motor pirogue Awa Ndiaye off Cap "
                  "Skirring. \"It is the largest seizure in the history of our Navy,\" a spokesman said.")
    ids = _ids(doc)
    assert "navy" not in ids and "awa-ndiaye" not in ids, ids


# ---------------------------------------------------------------- 4. a province's bodies and police
@pytest.mark.parametrize("text,ident,cls", [
    ("Nine miners were killed near the pit, according to the Sonora State Secretariat of Public Security.",
     "sonora-state-secretariat-of-public-security", "GovernmentBody"),
    ("The Oaxaca Secretariat of Public Security said in a statement that its officers had been attacked first.",
     "oaxaca-secretariat-of-public-security", "GovernmentBody"),
    ("Officers of the Tabasco State Police opened fire on a van at a roadblock, killing three men.",
     "tabasco-state-police", "StateArmedForces"),
    ("The Kivu Provincial Police Force said two of its officers had been wounded.",
     "kivu-provincial-police-force", "StateArmedForces"),
])
def test_a_provinces_body_and_police(extract, text, ident, cls):
    types = _types(extract(text))
    assert types.get(ident) == cls, types


def test_a_company_named_secretariat_stays_a_company(extract):
    # a control: a firm's name with a legal form is no state body
    doc = extract("The panel traced the payments to Harbour Secretariat Services Ltd., a firm registered in Ajman.")
    assert _types(doc).get("harbour-secretariat-services-ltd") == "Company", _types(doc)


def test_where_a_road_leads_is_a_place(extract):
    doc = extract("Soldiers stopped a bus on the road to Santa Lucía Tepetl on Friday, the Kelvar Front said.")
    assert _types(doc).get("santa-lucia-tepetl") in ("Settlement", "Region", "Place"), _types(doc)


# ---------------------------------------------------------------- 2d. long statute names stay whole
@pytest.mark.parametrize("text,ident", [
    ("Britain listed the Kelvar Front under the Cyber Crime and Trafficking in Wildlife Sanctions Regulations 2026 "
     "on Monday.", "cyber-crime-and-trafficking-in-wildlife-sanctions-regulations-2026"),
    ("The firm was delisted under the Counter-Narcotics (Sanctions) (No. 3) (EU Exit) Regulations 2020 last week.",
     "counter-narcotics-sanctions-no-3-eu-exit-regulations-2020"),
])
def test_a_long_statute_name_is_one_instrument(extract, text, ident):
    ids = _ids(extract(text))
    assert ident in ids, ids
    assert [i for i in ids if "regulations" in i] == [ident], ids  # no fragment of it besides


# ---------------------------------------------------------------- 2e. a nickname is an alias
@pytest.mark.parametrize("text,person,nick", [
    ("The faction is led by Rogério Alves Pinto, known as Tatá, a former miner whom prosecutors charged in 2025.",
     "rogerio-alves-pinto", "tata"),
    ("The Kelvar Front is led by Amadou Tessa, nicknamed \"Tonton\", who was seen in Mabrou on Monday.",
     "amadou-tessa", "tonton"),
])
def test_a_nickname_is_no_entity_of_its_own(extract, text, person, nick):
    doc = extract(text)
    ids = _ids(doc)
    assert person in ids and nick not in ids, ids


# ---------------------------------------------------------------- 4b. a state body's unit after its possessive
def test_a_state_bodys_unit_keeps_its_own_name(extract):
    doc = extract("Officers of the Belize Customs Department's Marine Interdiction Unit found 14 pistols in a crate.")
    types = _types(doc)
    assert types.get("marine-interdiction-unit") == "GovernmentBody", types
    assert "belize-customs-department-marine-interdiction-unit" not in types, types


def test_a_firms_team_is_no_state_unit(extract):
    # a control: a company's team after its possessive is not split off as a state body
    doc = extract("Officers of the Kestrel Trading Company's Sales Team met the buyers in Tarso.")
    assert _types(doc).get("sales-team") != "GovernmentBody", _types(doc)


# ---------------------------------------------------------------- 4c. one state's forces, named twice
def test_a_states_armed_forces_named_by_demonym_and_by_name_are_one(extract):
    doc = extract("Fighters drove a Beninese army company out of Tanguiéta on Monday. The Beninese Armed Forces (FAB) said in "
                  "a statement on Tuesday that the Kelvar Front had been flying drones.")
    forces = [i for i, t in _types(doc).items() if t == "StateArmedForces"]
    assert len(forces) <= 1, forces


def test_the_state_police_is_the_province_police_named_before(extract):
    doc = extract("On 3 December, officers of the Tabasco State Police opened fire on a car, killing four men. "
                  "We hold the State Police officers at the checkpoint responsible for these deaths.")
    ids = _ids(doc)
    assert "tabasco-state-police" in ids and "state-police" not in ids, ids


def test_a_provinces_secretariat_after_the_province_is_named(extract):
    doc = extract("Our team travelled to two villages in the Mexican state of Tabasco. The Tabasco Secretariat of "
                  "Public Security said in a statement on 5 December that its officers had been attacked.")
    assert _types(doc).get("tabasco-secretariat-of-public-security") == "GovernmentBody", _types(doc)


def test_a_region_with_a_head_after_a_headline_name(extract):
    doc = extract("New Zealand sanctions arms suppliers to Malaita militia\n\nThe group has attacked settlements on "
                  "the Malaita Plains since March, the ministry said.")
    assert _types(doc).get("malaita-plains") in ("Region", "Place"), _types(doc)
