"""What the extraction case tests share: a document dated Tuesday 2025-06-10
(relative dates resolve against it), the ``extract`` fixture that runs the
engine on one text with the knowledge base's own entities plus every state and
gives the candidate records, ``one``, the single item that matches, the
lookups the case files share (``claims``, ``measures``, ``stances``, ``posts``,
``controls``, ``weapons``, ``entity_ids``, ``entity``), and the new-entity
lookups of the entity rounds (``new_entity_types``, ``new_entity_names``, with
``ENTITY_LEAD`` to open a text)."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.extract import fact_files, run
from kb.extract.candidates import records
from kb.extract.document import Document

DATE = dt.date(2025, 6, 10)


@pytest.fixture(scope="module")
def extract(project):
    facts = fact_files(project)

    def go(text: str) -> dict:
        result = run(project, Document("case", text, DATE, None, []), facts)
        return records(result, "case", set())
    return go


def one(items, **want):
    """The one item of ``items`` whose keys have the values ``want`` gives; fails unless exactly one does."""
    found = [i for i in items if all(i.get(k) == v for k, v in want.items())]
    assert len(found) == 1, (want, items)
    return found[0]


def claims(doc, kind: str) -> list:
    """The candidate claims of type ``kind`` ("ArmsTransfer", "Membership", ...)."""
    return [c for c in doc["claims"] if c["type"] == kind]


def measures(doc) -> list:
    """The candidate sanctions measures."""
    return claims(doc, "SanctionsMeasure")


def stances(doc) -> set:
    """(speaker, stance) of every candidate statement."""
    return {(s["speaker"], s["stance"]) for s in doc["statements"]}


def entity_ids(doc) -> set:
    """The ids of the proposed new entities."""
    return {e["id"] for e in doc["entities"]}


def entity(doc, ident: str) -> dict:
    """The proposed new entity ``ident``; fails, listing what was proposed, if there is none."""
    found = [e for e in doc["entities"] if e["id"] == ident]
    assert found, (ident, [(e["id"], e["type"]) for e in doc["entities"]])
    return found[0]


def posts(doc) -> set:
    """The proposed posts as (member, organisation, role) triples."""
    return {(c["member"], c["organisation"], c["role"]) for c in claims(doc, "Membership")}


def controls(doc) -> set:
    """The proposed Control claims as (controller, controlled) pairs."""
    return {(c["controller"], c["controlled"]) for c in claims(doc, "Control")}


def weapons(doc) -> set:
    """The ids of the proposed new weapon types."""
    return {e["id"] for e in doc["entities"] if e["type"] == "WeaponType"}


ENTITY_LEAD = "Police seized rifles in Varnel. "  # a first sentence: the name is never the document's first words


def new_entity_types(doc) -> dict:
    """Label -> type of each proposed new entity (none the knowledge base is assumed to know)."""
    return {e["label"]: e["type"] for e in doc["entities"] if not e.get("assumed_known")}


def new_entity_names(doc) -> dict:
    """Each casefolded label and alias of a proposed new entity -> its type."""
    return {n.casefold(): e["type"] for e in doc["entities"] if not e.get("assumed_known")
            for n in [e["label"]] + list(e.get("aliases") or [])}


def holding(doc, words: str) -> list:
    """The statements whose evidence (one span or a list of them) contains ``words``."""
    return [s for s in doc["statements"] if any(words in e for e in
                                                (s["evidence"] if isinstance(s["evidence"], list) else [s["evidence"]]))]
