"""Classes of new-entity errors from heldout13's misses (round 14, issue #12),
each with new fictional sentences of its own and negative controls: a wire's
credit line naming its writers, a headline's "X Council" the body calls an
armed group, a statute with its full date, a state's service named "<head> of
<place>", a quoted nickname with a form of address, "said in Parliament", a
state's force after its possessive, a region named with a particle, a noun
before a name that makes it an organisation, a crew's post before a name."""

from __future__ import annotations

from .extract_cases import extract, entity_ids as _ids, entity as _entity  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. a wire's credit line
def test_the_writers_of_a_wire_credit_line_are_no_proposals(extract):
    doc = extract("DORVANI, May 3 (Kestrel Wire) - Fighters of the Kavra Front killed six farmers near Dorvani on "
                  "Sunday, the police said. Police chief Anselm Toure said the Kavra Front was to blame.\n\n"
                  "(Reporting by Ines Valmor; additional reporting by Piet Ostrander in Dorvani; editing by "
                  "Greta Halloway)")
    ids = _ids(doc)
    for writer in ("ines-valmor", "piet-ostrander", "greta-halloway"):
        assert writer not in ids, ids
    assert "kavra-front" in ids and "anselm-toure" in ids, ids


def test_a_person_in_a_sentence_about_reporting_stays(extract):
    doc = extract("DORVANI, May 3 (Kestrel Wire) - The Kavra Front killed six farmers near Dorvani on Sunday. "
                  "Ines Valmor, the Kavra Front's spokeswoman, denied that its fighters had been in Dorvani. Reporting by "
                  "local radio was wrong, she said.")
    assert "ines-valmor" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 2. a headline's "X Council" that the body calls an armed group
def test_a_council_first_met_in_a_headline_is_an_armed_group_by_its_apposition(extract):
    doc = extract("Kestria: four actions in one week on the Morvan Defence Council and its suppliers\n\n"
                  "Authorities in two capitals have acted in the past week against the Morvan Defence Council (MDC), "
                  "an armed group in Kestria's Dorvan Province. The MDC denied it.")
    assert _entity(doc, "morvan-defence-council")["type"] == "ArmedGroup"


def test_a_council_whose_apposition_is_no_armed_group_stays_a_body(extract):
    doc = extract("Kestria: new rules from the Morvan Defence Council\n\n"
                  "The Morvan Defence Council (MDC), the ministry's advisory board, met on Monday. The MDC denied it.")
    assert _entity(doc, "morvan-defence-council")["type"] == "GovernmentBody"


# ---------------------------------------------------------------- 3. a statute with its full date
def test_an_act_named_with_its_full_date_keeps_the_date(extract):
    doc = extract("The Kestrian prosecutor charged Anselm Toure with illegal trade in weapons under the Firearms Act "
                  "of 12 March 2009 and with financing the Kavra Front.")
    labels = {e["label"] for e in doc["entities"]}
    assert "Firearms Act of 12 March 2009" in labels, labels
    assert "Firearms Act" not in labels, labels


def test_a_date_after_an_act_that_is_no_part_of_its_name(extract):
    doc = extract("Anselm Toure was charged under the Firearms Act on 12 March 2009 with financing the Kavra Front.")
    labels = {e["label"] for e in doc["entities"]}
    assert "Firearms Act" in labels, labels


# ---------------------------------------------------------------- 4. a state's service named "<head> of <state>"
def test_a_coast_guard_of_a_state_is_state_forces_and_its_headline_head_an_alias(extract):
    doc = extract("COAST GUARD OF LIBERIA\nPress Release No. 9/2025\n\nMonrovia, 7 June 2025\n\n"
                  "Coast Guard seizes weapons aboard trawler off Dorvani Point\n\n"
                  "The Coast Guard of Liberia boarded the trawler Maro Star near Dorvani on Saturday and seized 40 "
                  "rifles bound for the Kavra Front. The Coast Guard said the crew had been arrested.")
    guard = _entity(doc, "coast-guard-of-liberia")
    assert guard["type"] == "StateArmedForces" and "Coast Guard" in (guard.get("aliases") or []), guard
    assert "coast-guard" not in _ids(doc), _ids(doc)


def test_a_police_of_a_city_is_state_forces(extract):
    doc = extract("The Federal Judicial Police of Dorvani arrested Anselm Toure on Monday for selling rifles to the "
                  "Kavra Front.")
    assert _entity(doc, "federal-judicial-police-of-dorvani")["type"] == "StateArmedForces"


def test_a_group_named_after_a_guard_of_a_place_stays_an_armed_group(extract):
    doc = extract("The Kavra Front and the Red Guard attacked Dorvani on Monday, the police said.")
    assert _entity(doc, "red-guard")["type"] == "ArmedGroup"


# ---------------------------------------------------------------- 5. a quoted nickname with a form of address
def test_the_name_inside_a_quoted_nickname_with_a_title_is_no_person_of_its_own(extract):
    doc = extract('The group is led by Anselm Toure Barreto, known as "Comandante Jaguar", a former teacher, the '
                  "army said. The Kavra Front denied it.")
    assert "jaguar" not in _ids(doc), _ids(doc)
    assert "Comandante Jaguar" in (_entity(doc, "anselm-toure-barreto").get("aliases") or [])


def test_a_person_named_after_a_nickname_stays(extract):
    doc = extract('The Kavra Front is led by Anselm Toure Barreto, known as "Comandante Jaguar". His deputy, '
                  "Piet Ostrander, was arrested in May, the army said.")
    assert "piet-ostrander" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 6. a legislature's common noun with a capital
def test_said_in_parliament_proposes_no_place(extract):
    doc = extract('A Foreign Office minister said in Parliament that the Kavra Front "has turned the valley into a '
                  'war zone".')
    assert "parliament" not in _ids(doc), _ids(doc)


def test_a_street_named_after_parliament_stays_a_place(extract):
    doc = extract("Fighters of the Kavra Front attacked a police post in Parliament Street in the town of Dorvani "
                  "on Monday.")
    assert "parliament-street" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 7. a state's force after the state's possessive
def test_a_states_federal_police_is_its_force_of_the_state(extract):
    doc = extract("Liberia's Federal Police confirmed in a statement that the rifles had come from Dorvani and said "
                  "two armourers of the Kavra Front had been arrested.")
    police = _entity(doc, "federal-police-of-liberia")
    assert police["type"] == "StateArmedForces" and "Liberia's Federal Police" in police["aliases"], police


def test_a_groups_police_is_no_force_of_a_state(extract):
    doc = extract("The Kavra Front's Military Police arrested two traders in Dorvani, the army said.")
    assert not any(i.startswith("military-police-of") for i in _ids(doc)), _ids(doc)



def test_a_states_ministry_of_justice_and_police_stays_a_body(extract):
    doc = extract("Liberia's Ministry of Justice and Police said the Kavra Front had bought rifles.")
    assert _entity(doc, "ministry-of-justice-and-police-of-liberia")["type"] == "GovernmentBody"


# ---------------------------------------------------------------- 8. a region's name with a particle, before its noun
def test_a_region_named_with_a_particle_before_state_is_one_region(extract):
    doc = extract("According to the army, the Kavra Front has also set up camps across the border in Brazil's Campo "
                  "Largo do Leste state.")
    region = _entity(doc, "campo-largo-do-leste")
    assert region["type"] == "Region", region
    assert not any(i in _ids(doc) for i in ("campo-largo", "leste")), _ids(doc)


def test_a_person_named_with_a_particle_is_no_region(extract):
    doc = extract("Pedro de Souza said the Kavra Front had camps in the state.")
    assert _entity(doc, "pedro-de-souza")["type"] == "Person"


# ---------------------------------------------------------------- 9. a noun before a name that makes it an organisation
def test_a_research_centre_named_after_its_noun_is_an_organisation(extract):
    doc = extract("The Kavra Front has no more than 45 fighters, the Dorvani research centre Ostrava Norte said.")
    assert _entity(doc, "ostrava-norte")["type"] == "Organisation"


def test_a_person_who_heads_a_research_centre_stays_a_person(extract):
    doc = extract("The Kavra Front has no more than 45 fighters, said Ostrava Norte, who heads a research centre "
                  "in Dorvani.")
    assert _entity(doc, "ostrava-norte")["type"] == "Person"


# ---------------------------------------------------------------- 10. a crew's post before a name
def test_a_first_mate_named_after_his_post_is_a_person(extract):
    doc = extract("On Tuesday the Public Prosecutor's Office charged the trawler's master, Anselm Toure, and his "
                  "first mate, Ivo Fortunato, with arms trafficking and illegal entry into national waters.")
    assert _entity(doc, "ivo-fortunato")["type"] == "Person"


def test_a_firm_after_an_engineering_noun_stays_a_company(extract):
    doc = extract("The trawler had been refitted by a marine engineering firm, Maro Star Holdings, which sold rifles "
                  "to the Kavra Front.")
    assert _entity(doc, "maro-star-holdings")["type"] == "Company"
