"""Terms as N-Triples strings (kb/nt.py), and the Oxigraph round trip of them."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from kb import nt
from kb.export import ntriples
from kb.oxi import Work

TERMS = [
    URIRef("http://example.org/a(b)"), URIRef("urn:x:y"), BNode("b1"),
    Literal("plain"), Literal(""), Literal('quote " and \\ backslash'), Literal("tab\there", lang="fr"),
    Literal("line\nbreak"), Literal("cr\rhere"), Literal("ünïcödé ✓", lang="en-GB"),
    Literal("3.50", datatype=XSD.decimal), Literal("1000.0", datatype=XSD.decimal), Literal("007", datatype=XSD.integer),
    Literal(True), Literal("2020-02", datatype=XSD.gYearMonth), Literal("x", datatype=XSD.string),
    Literal("x", datatype=URIRef("http://example.org/dt#weird")), Literal("bell\x07"),
]


@pytest.mark.parametrize("term", TERMS, ids=repr)
def test_round_trip(term):
    text = nt.from_rdflib(term)
    back = nt.to_rdflib(text)
    assert back == term and type(back) is type(term) and str(back) == str(term)
    if not re.search("[\x00-\x1f\x7f]", str(term)):
        assert text == term.n3()  # the same strings rdflib writes
    else:  # canonical N-Triples escapes (RDF 1.2), where rdflib writes the raw character
        assert not re.search("[\x00-\x1f\x7f]", text)


def test_lexical_and_kinds():
    assert nt.lexical('"a\\"b"@en') == 'a"b'
    assert nt.lexical("<http://x/y>") == "http://x/y"
    assert nt.split_literal('"5"^^<http://www.w3.org/2001/XMLSchema#integer>') == (
        "5", None, "http://www.w3.org/2001/XMLSchema#integer")
    assert nt.is_iri("<urn:a>") and nt.is_literal('"x"') and not nt.is_iri('"x"')


def test_ntriples_export_of_a_line_break_is_valid_ntriples():
    """Regression: rdflib's n3() writes a literal with a line break in triple
    quotes, which N-Triples does not allow; kb.nt was not valid then."""
    graph = Graph()
    graph.add((URIRef("http://example.org/s"), RDFS.comment, Literal("line\nbreak \"quoted\"")))
    data = ntriples.serialize(graph)
    assert data == b'<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#comment> ' \
                   b'"line\\nbreak \\"quoted\\"" .\n'
    parsed = Graph().parse(data=data, format="nt")
    assert set(parsed) == set(graph)
    assert len(list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))) == 1


def test_work_gives_back_the_data_forms_of_literals():
    """Oxigraph keeps literals in canonical form; what a query returns is
    mapped back to the string the data has, so no triple is doubled."""
    s, p = "<http://example.org/s>", "<http://example.org/p>"
    data = {(s, p, nt.from_rdflib(t)) for t in TERMS if not isinstance(t, (URIRef, BNode))}
    work = Work(data, Graph())
    derived = work.construct("CONSTRUCT { ?s <http://example.org/q> ?o } WHERE { ?s <http://example.org/p> ?o }")
    plain = '"x"^^<http://www.w3.org/2001/XMLSchema#string>'  # the same term as "x" in RDF 1.1
    assert sorted(o for _, _, o in derived) == sorted('"x"' if o == plain else o for _, _, o in data)


def test_loader_feed_fills_the_store(compiled, project):
    """The store the loader feeds holds exactly the loaded triples."""
    from kb.load import load
    from kb.schema import Schema, read_graph

    ontology, shapes = read_graph(project.ontology), read_graph(project.shapes)
    work = Work(None, ontology)
    loaded = load(project, Schema(shapes, ontology), feed=work.feed)
    work.finish()
    stored = {tuple(work.to_nt(t) for t in (q.subject, q.predicate, q.object))
              for q in work.store.quads_for_pattern(None, None, None, ox.NamedNode("urn:agkb:graph:data"))}
    assert stored == loaded.triples and len(stored) > 1000


@pytest.mark.parametrize("pieces", [[], ["a"], ["x" * 7, "ü✓", ""] * 50_000, ["bad \ud800 surrogate", "ok"]])
def test_join_encode_is_join_then_encode(pieces):
    from kb.export.encode import join_encode

    assert join_encode(pieces, "replace") == "".join(pieces).encode("utf-8", "replace")
    assert join_encode(iter(pieces), "replace") == "".join(pieces).encode("utf-8", "replace")


def test_in_order_is_the_order_of_the_lines():
    import random

    from kb.export.ntriples import in_order

    terms = [nt.from_rdflib(t) for t in TERMS] + ["<http://example.org/a>", "<http://example.org/ab>",
                                                    "_:b1", "_:b10", '"x"@en', '"x"@en-gb', '"x"']
    iris = [t for t in terms if t[0] in "<_"]
    rng = random.Random(5)
    triples = {(rng.choice(iris), rng.choice(iris[:4]), rng.choice(terms)) for _ in range(3000)}
    assert [nt.line(t) for t in in_order(triples)] == sorted(nt.line(t) for t in triples)
