"""Classes of new-entity errors from heldout13's misses (round 14, issue #12),
each with new fictional sentences of its own and negative controls: a wire's
credit line naming its writers."""

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
