"""The fast validator (kb/shacl.py) against pySHACL: the same results, field by
field, on valid and invalid data. The data are every example in tests/shapes/
(each a small graph that breaks one shape), the seed knowledge base, and a
synthetic knowledge base from `kb bench`'s generator with many kinds of damage
done to it."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pyshacl
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SH, XSD

from kb import oxi, shacl
from kb.bench.generate import generate
from kb.build import compile as compile_project
from kb.namespaces import AGKB
from kb.project import Project

HERE = Path(__file__).parent / "shapes"
EXAMPLES = sorted(HERE.glob("*/*.ttl"))
FIELDS = (SH.focusNode, SH.resultPath, SH.value, SH.sourceShape, SH.resultMessage, SH.resultSeverity,
          SH.sourceConstraintComponent)


def pyshacl_results(data: Graph, shapes: Graph) -> Counter:
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=False)
    return Counter(tuple(report.value(n, f) for f in FIELDS) for n in report.subjects(RDF.type, SH.ValidationResult))


def our_results(data: Graph, shapes: Graph) -> Counter:
    found = shacl.validate(data, shapes, oxi.Work(data, Graph()))
    return Counter((r.focus, r.path, r.value, r.shape, r.message, r.severity, r.component) for r in found)


def assert_same(data: Graph, shapes: Graph) -> Counter:
    theirs, ours = pyshacl_results(data, shapes), our_results(data, shapes)
    assert ours == theirs, f"only pySHACL: {theirs - ours}\nonly ours: {ours - theirs}"
    return ours


@pytest.fixture(scope="module")
def base(compiled) -> Graph:
    graph = Graph().parse(HERE / "base.ttl")
    graph += compiled.ontology
    return graph


@pytest.mark.parametrize("path", EXAMPLES, ids=[f"{p.parent.name}/{p.stem}" for p in EXAMPLES])
def test_shape_example(path, base, compiled):
    data = Graph()
    data += base
    data.parse(path)
    results = assert_same(data, compiled.shapes)
    assert bool(results) == ("-invalid-" in path.name)


def test_seed_knowledge_base(compiled):
    data = compiled.graph + compiled.ontology
    assert assert_same(data, compiled.shapes) == Counter()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    root = generate(tmp_path_factory.mktemp("synthetic") / "kb", 3000, seed=11)
    result = compile_project(Project.at(root))
    assert result.report.conforms, result.report.text()
    return result


def test_synthetic_valid(synthetic):
    assert assert_same(synthetic.graph + synthetic.ontology, synthetic.shapes) == Counter()


def damage(graph: Graph, rng: random.Random) -> Graph:
    """Remove, duplicate and corrupt values of many kinds."""
    data = Graph()
    data += graph
    triples = sorted(graph, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
    for s, p, o in rng.sample(triples, 40):  # missing values: minCount, rdf:type gone
        data.remove((s, p, o))
    subjects = sorted({s for s, _, _ in triples if isinstance(s, URIRef)}, key=str)
    preds = sorted({p for _, p, _ in triples}, key=str)
    for s in rng.sample(subjects, 60):
        p = rng.choice(preds)
        bad = rng.choice([
            Literal("not a date"), Literal("2099-01-01", datatype=XSD.date), Literal("-5", datatype=XSD.decimal),
            Literal("x", lang="fr"), Literal("", lang="en"), Literal("abc", datatype=XSD.nonNegativeInteger),
            Literal("2020-13", datatype=XSD.gYearMonth), Literal(True), Literal(7),
            URIRef("https://w3id.org/agkb/id/nowhere"), BNode(), URIRef(f"{AGKB}Asserts"), RDFS.label,
            URIRef("http://www.wikidata.org/entity/X1")])
        data.add((s, p, bad))
    dated = sorted(set(data.subjects(DCTERMS.date, None)), key=str)
    for s in rng.sample(dated, 3):  # values Oxigraph would write in canonical form
        data.add((s, DCTERMS.date, Literal("0100", datatype=XSD.integer)))
        data.add((s, DCTERMS.date, Literal("x", lang="EN-GB")))
    for s in rng.sample(subjects, 10):  # a second label, a wrong type
        data.add((s, RDFS.label, Literal(f"another name {rng.random()}", lang="en")))
        data.add((s, RDF.type, rng.choice([AGKB.Claim, AGKB.Statement, AGKB.Excerpt, AGKB.SanctionsMeasure])))
    return data


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_synthetic_damaged(synthetic, seed):
    data = damage(synthetic.graph + synthetic.ontology, random.Random(seed))
    results = assert_same(data, synthetic.shapes)
    assert sum(results.values()) > 20
    assert len({key[6] for key in results}) >= 4  # several constraint kinds were exercised


def test_unsupported_shapes_are_refused(compiled):
    shapes = Graph()
    shapes += compiled.shapes
    shape = URIRef("urn:test:shape")
    shapes.add((shape, RDF.type, SH.NodeShape))
    shapes.add((shape, SH.targetClass, AGKB.Claim))
    shapes.add((shape, SH.closed, Literal(True)))
    with pytest.raises(shacl.Unsupported):
        shacl.validate(compiled.graph, shapes, oxi.store_of(compiled.graph))
