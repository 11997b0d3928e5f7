"""Data-driven shape tests, in the style of the W3C data-shapes test suite.

Each file in tests/shapes/<area>/ is added to the valid base graph
(tests/shapes/base.ttl) and validated with pySHACL. The file name states the
outcome (`-valid-` or `-invalid-`); an invalid file's first line names the shape
or SPARQL constraint that must report it (`# expect: ArmsTransfer-supplier`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SH

from kb.namespaces import AGSH

HERE = Path(__file__).parent / "shapes"
EXAMPLES = sorted(HERE.glob("*/*.ttl"))


@pytest.fixture(scope="module")
def base(compiled) -> Graph:
    graph = Graph().parse(HERE / "base.ttl")
    graph += compiled.ontology
    return graph


def validate(data: Graph, shapes: Graph) -> tuple[bool, set[str]]:
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    sources = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        for predicate in (SH.sourceShape, SH.sourceConstraint):
            node = report.value(result, predicate)
            if node is not None and str(node).startswith(str(AGSH)):
                sources.add(str(node)[len(str(AGSH)):])
    return conforms, sources


def test_base_conforms(base, compiled):
    assert validate(base, compiled.shapes) == (True, set())


@pytest.mark.parametrize("path", EXAMPLES, ids=[f"{p.parent.name}/{p.stem}" for p in EXAMPLES])
def test_example(path, base, compiled):
    expect = path.read_text(encoding="utf-8").splitlines()[0].removeprefix("# expect: ").strip()
    data = Graph()
    data += base
    data.parse(path)
    conforms, sources = validate(data, compiled.shapes)
    outcome = re.match(r"^\d+-(valid|invalid)\b", path.stem)
    assert outcome, f"{path.name}: name must start NN-valid or NN-invalid"
    if outcome.group(1) == "valid":
        assert expect == "conforms"
        assert conforms, f"{path.name} should conform, but {sorted(sources)} reported"
    else:
        assert not conforms, f"{path.name} should not conform"
        assert expect in sources and sources <= _with_constraints(compiled.shapes, expect), \
            f"expected only {expect} to report, got {sorted(sources)}"


def _with_constraints(shapes: Graph, name: str) -> set[str]:
    """A shape or SPARQL constraint with the shapes and constraints tied to it by sh:sparql."""
    node = AGSH[name]
    linked = set(shapes.objects(node, SH.sparql)) | set(shapes.subjects(SH.sparql, node))
    return {name} | {str(x)[len(str(AGSH)):] for x in linked}


def test_every_targeting_shape_has_examples(compiled):
    """A node shape with a target and constraints of its own needs an invalid
    example that names one of them, so a new shape without examples fails."""
    named = {p.read_text(encoding="utf-8").splitlines()[0].removeprefix("# expect: ").strip() for p in EXAMPLES}
    shapes = compiled.shapes
    missing = []
    for node_shape in set(shapes.subjects(RDF.type, SH.NodeShape)):
        if not any(shapes.objects(node_shape, p) for p in (SH.targetClass, SH.targetSubjectsOf)):
            continue
        parts = set(shapes.objects(node_shape, SH.property)) | set(shapes.objects(node_shape, SH.sparql))
        local = {str(x)[len(str(AGSH)):] for x in parts}
        if local and not local & named:  # shapes that only name a YAML type have nothing of their own
            missing.append(str(node_shape)[len(str(AGSH)):])
    assert not missing, f"node shapes without an invalid example: {sorted(missing)}"
