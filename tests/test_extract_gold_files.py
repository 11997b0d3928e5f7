"""Hygiene of the extraction gold files (tests/fixtures/extract/**/*.gold.yaml):
the judge must be sound before it judges. Each file's ids are unique, every
evidence and quote string occurs in its text (line breaks read as spaces), every
new entity has an ontology class, and an id has one class everywhere: in every
gold file and in facts/entities/ (the Council of the EU was a GovernmentBody in
five files and an InternationalOrganisation in eight until round 15)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import rdflib
import yaml

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
GOLD = sorted(FIXTURES.rglob("*.gold.yaml"))


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _name(path: Path) -> str:
    return str(path.relative_to(FIXTURES))


def _classes() -> set[str]:
    graph = rdflib.Graph()
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        graph.parse(path)
    return {str(c).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
            for c in graph.subjects(rdflib.RDF.type, rdflib.OWL.Class)}


def _known() -> dict[str, str]:
    known = {}
    for path in sorted((ROOT / "facts" / "entities").glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            known[str(entry["id"])] = str(entry["type"])
    return known


def test_there_are_gold_files():
    assert len(GOLD) >= 100


@pytest.mark.parametrize("path", GOLD, ids=_name)
def test_ids_are_unique_and_evidence_is_verbatim(path):
    gold = _load(path)
    text = path.with_name(path.name[: -len(".gold.yaml")] + ".txt").read_text(encoding="utf-8")
    flat = " ".join(text.split())
    facts = (gold.get("claims") or []) + (gold.get("statements") or [])
    ids = [str(f["id"]) for f in facts]
    assert len(ids) == len(set(ids)), f"{_name(path)}: a fact id is used twice"
    entities = [str(e["id"]) for e in gold.get("entities") or []]
    assert len(entities) == len(set(entities)), f"{_name(path)}: an entity id is listed twice"
    for fact in facts:
        for key in ("evidence", "quote"):
            value = fact.get(key)
            for quoted in value if isinstance(value, list) else [value]:
                if quoted:
                    assert str(quoted) in text or " ".join(str(quoted).split()) in flat, \
                        f"{_name(path)}: {fact['id']}'s {key} is not in the text: {quoted!r}"


def test_new_entities_have_ontology_classes():
    classes = _classes()
    wrong = [f"{_name(p)}: {e['id']} is a {e.get('type')}" for p in GOLD
             for e in _load(p).get("entities") or [] if e.get("type") not in classes]
    assert not wrong, wrong


def test_an_id_has_one_class_in_every_gold_file_and_in_the_facts():
    seen: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for entity_id, cls in _known().items():
        seen[entity_id][cls].append("facts/entities")
    for path in GOLD:
        for entity in _load(path).get("entities") or []:
            seen[str(entity["id"])][str(entity.get("type"))].append(_name(path))
    clashes = {i: {c: w[:3] for c, w in by.items()} for i, by in seen.items() if len(by) > 1}
    assert not clashes, clashes


def test_police_gendarmeries_and_coast_guards_are_state_armed_forces():
    """The README's reading ("Police forces are `StateArmedForces`", "A coast guard is `StateArmedForces`
    (like police)"); a ministry, a unit inside a force, or a post named after one is not a force."""
    force = re.compile(r"\b(?:police|gendarmerie|coast guard)\b", re.IGNORECASE)
    other = re.compile(r"\b(?:ministry|minister|unit|commander|officer|inspector)\b", re.IGNORECASE)
    wrong = [f"{_name(p)}: {e['label']} is a {e.get('type')}" for p in GOLD
             for e in _load(p).get("entities") or []
             if force.search(str(e.get("label"))) and not other.search(str(e.get("label")))
             and e.get("type") not in ("StateArmedForces", "Role")]
    assert not wrong, wrong
