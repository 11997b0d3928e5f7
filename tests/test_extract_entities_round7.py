"""Classes of new-entity errors found on the sixth held-out set (round 7,
issue #12), each with new fictional sentences of its own: Portuguese
particles ("do", "da", "das") inside the names of people and of armed
groups keep the name whole, where the NER cut it after the particle."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, entity_ids as _ids  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. a particle inside a person's name
@pytest.mark.parametrize("text,ident", [
    ("The attack was confirmed by Ana do Carmo Vieira, a nurse at the clinic.", "ana-do-carmo-vieira"),
    ("The statement was signed by Joana da Silva Pereira, the mayor of the town, on Friday.",
     "joana-da-silva-pereira"),
])
def test_a_person_with_a_particle_is_named_whole(extract, text, ident):
    doc = extract(text)
    assert one(doc["entities"], id=ident)["type"] == "Person"
    assert not any(i.endswith("-vieira") or i.endswith("-pereira") for i in _ids(doc) - {ident}), _ids(doc)


# ---------------------------------------------------------------- 2. a particle inside an organisation's name
@pytest.mark.parametrize("text,ident", [
    ("The Frente Popular do Vale Verde (FPVV) claimed the attack on the barracks.", "frente-popular-do-vale-verde"),
    ("Fighters of the Frente Armada do Baixo Norte (FABN) seized the ferry, police said.",
     "frente-armada-do-baixo-norte"),
])
def test_a_group_with_a_particle_is_named_whole(extract, text, ident):
    doc = extract(text)
    assert ident in _ids(doc)
    assert not {"vale-verde", "baixo-norte"} & _ids(doc), _ids(doc)


def test_an_english_do_joins_no_names(extract):
    doc = extract("Officials in Angola do Not expect the Harbour Guild to reopen the port.")
    assert not any(i.startswith("angola-do") for i in _ids(doc)), _ids(doc)
