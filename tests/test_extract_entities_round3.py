"""Classes of new-entity errors found on the second held-out set (round 3,
issue #12), each with new fictional sentences of its own: where a company's
or a person's name ends, weapon types, places named without a cue, legal
instruments, bodies and their abbreviations, states under other names, counted
sets of actors, and a document's title. A document dated Tuesday 2025-06-10;
the knowledge base's own entities plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one  # noqa: F401 - extract is a fixture


def _ids(doc):
    return {e["id"] for e in doc["entities"]}


def _entity(doc, ident):
    return one(doc["entities"], id=ident)


# ---------------------------------------------------------------- 1. names with legal forms; long people's names
@pytest.mark.parametrize("text,ident,short", [
    ("Investigators traced the rifles to Tanjung Kerisi Perdana Sdn. Bhd., which denied any role.",
     "tanjung-kerisi-perdana-sdn-bhd", "Tanjung Kerisi Perdana"),
    ("The Treasury designated Comercializadora Agrícola del Bajío S.A. de C.V. on Monday.",
     "comercializadora-agricola-del-bajio-s-a-de-c-v", "Comercializadora Agrícola del Bajío"),
    ("Orinoco-based Servicios Navales del Delta C.A. shipped grenades to the Ravel Front.",
     "servicios-navales-del-delta-c-a", "Servicios Navales del Delta"),
    ("Canada listed Marrowgate Systems Pte. Ltd. and Quill Avionics GmbH for supplying drone parts.",
     "marrowgate-systems-pte-ltd", "Marrowgate Systems"),
])
def test_a_company_name_runs_to_its_legal_form(extract, text, ident, short):
    doc = extract(text)
    company = _entity(doc, ident)
    assert company["type"] == "Company" and short in company.get("aliases", [])
    assert not any(e["id"] != ident and e["id"] in ident for e in doc["entities"]), doc["entities"]


def test_two_companies_with_legal_forms_joined_by_and_stay_two(extract):
    doc = extract("Minera Cerro Azul S.A. and Fletes del Norte S.A. de C.V. were both designated by the Treasury.")
    assert {"minera-cerro-azul-s-a", "fletes-del-norte-s-a-de-c-v"} <= _ids(doc)
    assert all(e["type"] == "Company" for e in doc["entities"] if e["id"].startswith(("minera", "fletes")))


def test_words_that_only_say_what_a_firm_does_stay_in_its_name(extract):
    doc = extract("The panel named Dar al-Sahil Shipping and General Trading Est., a firm registered in Sohar, "
                  "as the supplier.")
    company = _entity(doc, "dar-al-sahil-shipping-and-general-trading-est")
    assert company["type"] == "Company"


def test_a_letterhead_in_capitals_is_no_company(extract):
    doc = extract("MARLOW QUAYLE & DEANE LLP\n\nThe Treasury sanctioned Vanta Cargo on Monday.")
    assert not any("marlow" in i for i in _ids(doc))


@pytest.mark.parametrize("text,ident", [
    ("A court in Sonora charged Rodrigo Salcedo Treviño with arms trafficking.", "rodrigo-salcedo-trevino"),
    ("Prosecutors said Aurelio Benítez Ocampo ran the network from a ranch.", "aurelio-benitez-ocampo"),
])
def test_a_three_word_name_keeps_its_first_name(extract, text, ident):
    assert _entity(extract(text), ident)["type"] == "Person"


def test_a_nickname_gives_an_alias_and_the_apposition_the_class(extract):
    doc = extract('The gang is run by Eliseo Parra Quintero, known as "El Tucán", a former army sergeant who '
                  'deserted in 2019. Eliseo Parra Quintero sold rifles to the Ravel Front.')
    person = _entity(doc, "eliseo-parra-quintero")
    assert person["type"] == "Person" and "El Tucán" in person["aliases"]


def test_a_title_before_a_name_is_not_part_of_it(extract):
    doc = extract("The militia, led by Sheikh Hamad Saleh bin Towq, holds the port of Rakhyut.")
    assert _entity(doc, "hamad-saleh-bin-towq")["type"] == "Person"
