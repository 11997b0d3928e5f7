"""The fact format's additions for extraction (issue #12): actor sets, arms
transfers whose supplier is unknown, and estimate ranges load, validate and
derive only what they should."""

from __future__ import annotations

import shutil

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kb.build import compile as compile_project
from kb.errors import KBError
from kb.namespaces import AGKB, ID, ORG, SCHEMA
from kb.project import Project

from .conftest import ROOT, SEED_ID

ADDED = f"""
  - id: unnamed-supplier-rockets-to-wagner
    type: ArmsTransfer
    says: Rockets reached the Wagner Group from a supplier the source does not name.
    recipient: wagner-group
    items: [infantry-rockets]
    evidence: sale of infantry rockets and missiles to the group last month
  - id: eu-sanctions-wagner-executives
    type: SanctionsMeasure
    says: The European Union sanctioned six executives of the Wagner Group.
    authority: european-union
    targets: [six-wagner-executives]
    status: imposed
    evidence: He has also been hit with U.S. and European Union sanctions several times
  - id: wagner-fighters-killed-range
    type: Estimate
    says: Between 1000 and 1200 Wagner fighters were killed.
    of: wagner-group
    measure: fighters-killed
    value: 1000
    qualifier: at-least
    maximum: 1200
    estimated_by: john-kirby
    date: 2022-12-22
    evidence: the estimated 1,000 Wagner fighters killed
"""

ACTOR_SET = """
- id: six-wagner-executives
  type: ActorSet
  label: Six executives of the Wagner Group
  count: 6
  member_of: wagner-group
"""


@pytest.fixture
def root(tmp_path):
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    facts = tmp_path / "facts" / "sources" / f"{SEED_ID}.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("\nclaims:\n", "\nclaims:\n" + ADDED, 1), encoding="utf-8")
    (tmp_path / "facts" / "entities" / "sets.yaml").write_text(ACTOR_SET, encoding="utf-8")
    return tmp_path


def test_actor_sets_unknown_suppliers_and_ranges_load(root):
    compiled = compile_project(Project.at(root))
    assert compiled.report.conforms, compiled.report.text()
    graph = compiled.graph
    group = ID["six-wagner-executives"]
    assert (group, AGKB.memberCount, Literal(6, datatype=XSD.nonNegativeInteger)) in graph
    assert (group, ORG.memberOf, ID["wagner-group"]) in graph
    assert (ID["eu-sanctions-wagner-executives"], AGKB.target, group) in graph
    transfer = ID["unnamed-supplier-rockets-to-wagner"]
    assert (transfer, AGKB.recipient, ID["wagner-group"]) in graph
    assert not list(graph.objects(transfer, AGKB.supplier))
    # no shortcut without a supplier: only North Korea supplied arms to Wagner
    assert set(graph.subjects(AGKB.suppliedArmsTo, ID["wagner-group"])) == {ID["north-korea"]}
    assert [float(v) for v in graph.objects(ID["wagner-fighters-killed-range"], SCHEMA.maxValue)] == [1200.0]
    assert (ID["wagner-fighters-killed-range"], AGKB.valueQualifier, URIRef(str(AGKB._NS) + "AtLeast")) in graph


def test_actor_set_count_must_be_a_whole_number(root):
    path = root / "facts" / "entities" / "sets.yaml"
    path.write_text(ACTOR_SET.replace("count: 6", "count: six"), encoding="utf-8")
    try:
        compiled = compile_project(Project.at(root))
    except KBError as error:
        assert "sets.yaml" in str(error)
        return
    assert not compiled.report.conforms
    assert "whole number" in compiled.report.text()
