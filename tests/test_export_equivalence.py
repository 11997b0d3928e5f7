"""The fast exporters write exactly what the plain rdflib / pyld code wrote:
byte for byte, on the seed knowledge base, the ontology, the shapes (which have
blank nodes and lists) and a synthetic knowledge base with odd terms added."""

from __future__ import annotations

import json
import random

import pytest
from pyld import jsonld as pyld
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from kb.bench.generate import generate
from kb.build import compile as compile_project
from kb.export import context, jsonld, ntriples, turtle
from kb.namespaces import bind_prefixes
from kb.project import Project

from .test_turtle_fast import same


def rdflib_longturtle(graph: Graph) -> bytes:
    out = Graph()
    bind_prefixes(out)
    out += graph
    return out.serialize(format="longturtle", encoding="utf-8")


def pyld_jsonld(graph: Graph, ctx: dict) -> bytes:
    """The JSON-LD export as it was: pyld parses our N-Triples and compacts."""
    expanded = pyld.from_rdf("".join(ntriples.lines(graph)), {"format": "application/n-quads",
                                                               "useNativeTypes": False})
    nodes = pyld.compact(expanded, ctx, {"graph": True}).get("@graph", [])
    nodes.sort(key=lambda node: node.get("@id", ""))
    doc = {"@context": ctx["@context"], "@graph": nodes}
    return (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


@pytest.fixture(scope="module")
def odd(tmp_path_factory) -> Graph:
    """A synthetic knowledge base plus terms that test escaping and prefixes."""
    root = generate(tmp_path_factory.mktemp("synthetic") / "kb", 2000, seed=3)
    graph = compile_project(Project.at(root)).graph
    rng = random.Random(7)
    subjects = sorted({s for s in graph.subjects()}, key=str)
    odd_values = [Literal('quote " and \\ backslash'), Literal("line\nbreak"), Literal("tab\there", lang="fr"),
                  Literal("3.50", datatype=XSD.decimal), Literal("007", datatype=XSD.integer),
                  Literal("x", datatype=URIRef("http://example.org/dt#weird")), Literal("ünïcödé ✓"),
                  URIRef("http://example.org/a(b)"), URIRef("http://example.org/ends."), URIRef("urn:x:y"),
                  Literal(True), Literal("2020-02", datatype=XSD.gYearMonth)]
    for value in odd_values:
        graph.add((rng.choice(subjects), RDFS.comment, value))
    graph.add((rng.choice(subjects), URIRef("http://example.org/unbound#p"), Literal("new prefix")))
    return graph


def test_turtle_same_as_rdflib_where_rdflib_is_right(compiled, odd):
    """Our Turtle reads back as exactly the graph, and is rdflib's bytes for
    every triple rdflib writes right and as we do (test_turtle_fast.same);
    the seed's decimals ("300"^^xsd:decimal) are ones rdflib writes wrong."""
    assert same(compiled.graph) is False
    for graph in (compiled.ontology, odd):
        same(graph)


def test_turtle_of_graphs_with_blank_nodes_is_rdflib_s(compiled):
    assert turtle.serialize(compiled.shapes) == rdflib_longturtle(compiled.shapes)


def test_turtle_with_blank_nodes():
    graph = Graph()
    b = BNode()
    graph.add((URIRef("http://example.org/s"), RDFS.seeAlso, b))
    graph.add((b, RDFS.label, Literal("inner")))
    assert turtle.serialize(graph) == rdflib_longturtle(graph)


def test_jsonld_same_as_pyld_from_nquads(compiled, odd):
    ctx = context.build(compiled.ontology)
    # rdflib writes a literal with a line break as a Turtle long string, which
    # pyld's N-Quads parser refuses, so the old way cannot take that one.
    odd = odd - Graph().parse(data='<urn:x> <urn:y> "line\\nbreak" .', format="nt")
    odd.remove((None, None, Literal("line\nbreak")))
    for graph in (compiled.graph, odd):
        assert jsonld.serialize(graph, ctx=ctx) == pyld_jsonld(graph, ctx)


def test_jsonld_fast_path_is_taken(compiled, odd):
    """The comparison above must compare the fast path, not pyld with itself."""
    ctx = context.build(compiled.ontology)
    for graph in (compiled.graph, odd):
        assert len(jsonld._fast_nodes(graph, ctx)) == len(set(graph.subjects()))


def test_jsonld_blank_nodes_go_to_pyld(compiled):
    ctx = context.build(compiled.ontology)
    graph = Graph()
    graph.add((URIRef("https://w3id.org/agkb/id/x"), RDFS.seeAlso, BNode("b1")))
    graph.add((BNode("b1"), RDFS.label, Literal("inner")))
    with pytest.raises(jsonld._Unexpected):
        jsonld._fast_nodes(graph, ctx)
    assert jsonld.serialize(graph, ctx=ctx) == pyld_jsonld(graph, ctx)
