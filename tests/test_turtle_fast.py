"""turtle.serialize_triples writes, from N-Triples term strings, Turtle that
rdflib and pyoxigraph read back as exactly those triples, and where rdflib's
longturtle serializer is right (its output reads back as the same triples), the
same bytes: terms that rdflib shortens, escapes, normalises or cannot write as
prefixed names, its order of subjects, predicates and objects, and random
graphs of such terms. Where rdflib is wrong, the tests name the case."""

from __future__ import annotations

import random
import re

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kb import nt
from kb.export import turtle
from kb.namespaces import bind_prefixes

from .rdfcheck import denotes

KB = "https://w3id.org/agkb/id/"
AG = "https://w3id.org/agkb/ontology#"
EX = "http://example.org/unbound#"  # no prefix is bound for these


def new_graph(prefixes: dict | None = None) -> Graph:
    """A graph bound as turtle.serialize binds its copy."""
    graph = Graph()
    bind_prefixes(graph)
    for prefix, namespace in sorted((prefixes or {}).items()):
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def rdflib_longturtle(graph: Graph) -> bytes:
    """rdflib's own longturtle, as test_export_equivalence.rdflib_longturtle but
    without the copy: rdflib numbers the prefixes it makes up (ns1, ...) in the
    order it meets them, which a copy of the graph can change."""
    return graph.serialize(format="longturtle", encoding="utf-8")


@pytest.fixture(autouse=True)
def no_fallback(monkeypatch):
    """The bytes compared must be the string writer's, not rdflib's."""
    def refuse(*args, **kwargs):
        raise AssertionError("fell back to rdflib's serializer")
    monkeypatch.setattr(turtle, "_rdflib_serialize", refuse)


_PLAIN_IRI = re.compile(r"https://w3id\.org/agkb/(?:id/(?:[a-z]+/)?|ontology#)[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]")  # ours


def _written_otherwise(term, prefixes: dict | None) -> bool:
    """Whether we write ``term`` (as object, and an IRI as subject too) other
    than rdflib's longturtle does: because rdflib writes it as something that
    does not read back as that term, or because we escape it differently
    (canonical N-Triples escapes for tabs and control characters)."""
    graph = new_graph(prefixes)
    graph.add((URIRef(KB + "probe"), RDFS.seeAlso, term))
    if isinstance(term, URIRef):
        graph.add((term, RDFS.seeAlso, URIRef(KB + "probe")))
    triples = set(nt.triples_of(graph))
    theirs = rdflib_longturtle(graph)
    return not denotes(theirs, triples) or turtle.serialize_triples(list(triples), prefixes) != theirs


def same(graph: Graph, prefixes: dict | None = None) -> bool:
    """Ours reads back as the graph, and has rdflib's bytes for the triples
    rdflib writes as we do (the layout: order, prefixes, lists). Returns
    whether the whole graph was written as rdflib writes it."""
    triples = nt.triples_of(graph)  # in the graph's order, as rdflib meets them
    ours = turtle.serialize_triples(triples, prefixes)
    assert denotes(ours, set(triples)), ours.decode()
    terms = {t for triple in graph for t in triple if not (isinstance(t, URIRef) and _PLAIN_IRI.fullmatch(t))}
    other = {t for t in terms if _written_otherwise(t, prefixes)}
    if other:
        kept = [triple for triple in graph if not other & set(triple)]
        graph = new_graph(prefixes)
        graph.addN((*triple, graph) for triple in kept)
        ours = turtle.serialize_triples(nt.triples_of(graph), prefixes)
    theirs = rdflib_longturtle(graph)
    assert ours.decode() == theirs.decode()  # a readable diff
    assert ours == theirs
    return not other


def dt(name: str) -> URIRef:
    return URIRef(XSD + name)


IRIS = [URIRef(KB + "alpha"), URIRef(KB + "beta"), URIRef(KB + "claim/c1"), URIRef(KB + "source/s-01"),
        URIRef(AG + "Person"), URIRef("https://schema.org/Place"), URIRef("http://www.w3.org/ns/prov#Entity"),
        URIRef(KB + "a(b)"), URIRef(KB + "ends."), URIRef(KB + "50%25"), URIRef(KB + "-x"),
        URIRef(KB + "7up"), URIRef(KB + "_under"), URIRef(KB + "é-ü"), URIRef(KB + "x/y"), URIRef(KB),
        URIRef(KB + "claim"), URIRef("urn:x:y"), URIRef("http://example.org/a(b)"), URIRef(EX + "thing"),
        URIRef("http://www.w3.org/XML/1998/namespace#lang"), RDF.nil, RDF.type, RDFS.Class, OWL.Class,
        URIRef("http://example.org/"), URIRef("http://example.org/path/")]

LITERALS = [
    Literal("007", datatype=XSD.integer), Literal("-5", datatype=XSD.integer), Literal("+3", datatype=XSD.integer),
    Literal("0", datatype=XSD.integer), Literal("-0", datatype=XSD.integer), Literal("12", datatype=XSD.integer),
    Literal("abc", datatype=XSD.integer), Literal("12", datatype=dt("nonNegativeInteger")),
    Literal("-1", datatype=dt("nonNegativeInteger")), Literal("3", datatype=dt("positiveInteger")),
    Literal("7", datatype=dt("int")), Literal("3.50", datatype=XSD.decimal), Literal("12", datatype=XSD.decimal),
    Literal("-0.5", datatype=XSD.decimal), Literal("1e3", datatype=XSD.double), Literal("1.5E-2", datatype=XSD.double),
    Literal("-0.0", datatype=XSD.double), Literal("INF", datatype=XSD.double), Literal("NaN", datatype=XSD.float),
    Literal("2.5", datatype=XSD.float), Literal("true", datatype=XSD.boolean), Literal("false", datatype=XSD.boolean),
    Literal("1", datatype=XSD.boolean), Literal("2024-06-30", datatype=XSD.date),
    Literal("2024-6-30", datatype=XSD.date), Literal("2020-01-01T00:00:00Z", datatype=XSD.dateTime),
    Literal("2020-02", datatype=XSD.gYearMonth), Literal("x", datatype=XSD.string),
    Literal("en", datatype=XSD.language),
    Literal("0A", datatype=XSD.hexBinary), Literal("x", datatype=URIRef("http://example.org/dt#weird")),
    Literal("x", datatype=URIRef(AG + "code")), Literal("a  b", datatype=XSD.token),
    Literal("chat", lang="fr"), Literal("colour", lang="en-GB"), Literal("color", lang="en"), Literal("x", lang="en"),
    Literal(""), Literal("", lang="en"), Literal("x"), Literal("12"), Literal('quote " and \\ backslash'),
    Literal("line\nbreak"), Literal('ends with quote\n"'), Literal('tri """ ple\n'), Literal("back\\\nslash"),
    Literal("tab\there"), Literal("cr\rhere"), Literal("cr\r\nlf"), Literal("ünïcödé ✓"), Literal("bell\x07"),
]

# Pools for lists of several objects. rdflib's order of literals is not total
# (numbers compare by value, other literals first by datatype; ill-typed numbers
# by datatype or lexical form; NaN not at all), so where it has ties or cycles
# its output depends on the order the store hands the triples over (see
# test_ties_follow_the_graph_order). These pools have none: numbers of distinct
# values whose datatypes no other literal's datatype falls between, or integers
# of one datatype among other literals.
NUMBERS = [Literal("-5", datatype=XSD.integer), Literal("0", datatype=XSD.integer),
           Literal("12", datatype=XSD.integer),
           Literal("3", datatype=dt("positiveInteger")), Literal("7", datatype=dt("int")),
           Literal("13", datatype=dt("nonNegativeInteger")), Literal("3.50", datatype=XSD.decimal),
           Literal("-0.5", datatype=XSD.decimal), Literal("1e3", datatype=XSD.double),
           Literal("1.5E-2", datatype=XSD.double), Literal("INF", datatype=XSD.double),
           Literal("2.5", datatype=XSD.float)]
STRINGS = [term for term in LITERALS if term.language or term.datatype is None]
STRINGS.append(Literal("y", datatype=XSD.string))
TYPED = [Literal("true", datatype=XSD.boolean), Literal("false", datatype=XSD.boolean),
         Literal("2024-06-30", datatype=XSD.date), Literal("2024-6-30", datatype=XSD.date),
         Literal("1999-12-31", datatype=XSD.date), Literal("2020-01-01T00:00:00Z", datatype=XSD.dateTime),
         Literal("2020-01-01T00:00:00", datatype=XSD.dateTime), Literal("2020-02", datatype=XSD.gYearMonth),
         Literal("en", datatype=XSD.language), Literal("0A", datatype=XSD.hexBinary),
         Literal("x", datatype=URIRef("http://example.org/dt#weird")), Literal("x", datatype=URIRef(AG + "code")),
         Literal("a  b", datatype=XSD.token), Literal("007", datatype=XSD.integer), Literal("-7", datatype=XSD.integer),
         Literal("70", datatype=XSD.integer)]

PREDICATES = [RDF.type, RDFS.label, RDFS.comment, SKOS.altLabel, URIRef(AG + "about"), URIRef(KB + "p(1)"),
              URIRef(EX + "p"), URIRef("https://schema.org/name")]


def test_tricky_terms_one_subject_each():
    graph = new_graph()
    for n, term in enumerate(IRIS + LITERALS):
        graph.add((URIRef(f"{KB}s{n:03}"), RDFS.seeAlso, term))
    same(graph)


def test_tricky_terms_as_subjects_and_predicates():
    graph = new_graph()
    for n, iri in enumerate(IRIS):
        graph.add((iri, RDFS.label, Literal(f"label {n}")))
        if iri not in (RDF.nil,):
            graph.add((URIRef(KB + "s"), iri, Literal(n)))
    same(graph)


def test_many_objects_per_predicate_in_term_order():
    graph = new_graph()
    s = URIRef(KB + "many")
    for term in IRIS + NUMBERS + STRINGS:
        graph.add((s, RDFS.seeAlso, term))
    for term in IRIS + TYPED + STRINGS:
        graph.add((s, RDFS.comment, term))
    for term in STRINGS:
        graph.add((s, SKOS.altLabel, term))
    graph.add((s, RDF.type, URIRef(AG + "Person")))
    graph.add((s, RDF.type, URIRef(AG + "Actor")))
    graph.add((s, RDFS.label, Literal("many")))
    same(graph)


def test_numbers_of_one_and_several_datatypes():
    graph = new_graph()
    ints = [Literal(v) for v in (10, -3, 0, 7, 100, 42)]
    for term in ints:
        graph.add((URIRef(KB + "ints"), RDF.value, term))
        graph.add((URIRef(KB + "mixed"), RDF.value, term))
    for term in [Literal("2.5", datatype=XSD.decimal), Literal(1.5), Literal("x"),
                 Literal("2024-06-30", datatype=XSD.date)]:
        graph.add((URIRef(KB + "mixed"), RDF.value, term))
    for v in (5, 1, 3):
        graph.add((URIRef(KB + "nonneg"), RDF.value, Literal(str(v), datatype=dt("nonNegativeInteger"))))
        graph.add((URIRef(KB + "nonneg"), RDF.value, Literal(f"2024-0{v}-01", datatype=XSD.date)))
        graph.add((URIRef(KB + "nonneg"), RDF.value, Literal(v % 2 == 0)))
    same(graph)


def test_subject_order_classes_first_then_references():
    graph = new_graph()
    for name in ("Zeta", "Alpha", "Mid"):
        graph.add((URIRef(AG + name), RDF.type, RDFS.Class))
    graph.add((URIRef(AG + "OwlOne"), RDF.type, OWL.Class))
    graph.add((URIRef(AG + "Both"), RDF.type, OWL.Class))
    graph.add((URIRef(AG + "Both"), RDF.type, RDFS.Class))
    for n in range(6):
        s = URIRef(f"{KB}n{n}")
        graph.add((s, RDFS.label, Literal(f"n{n}")))
        for m in range(n):  # n{m} is referred to by every later node
            graph.add((s, URIRef(AG + "about"), URIRef(f"{KB}n{m}")))
    graph.add((URIRef(KB + "a0"), URIRef(AG + "about"), URIRef(KB + "only-an-object")))
    graph.add((URIRef(KB + "a"), URIRef(AG + "about"), URIRef(KB + "a0")))
    graph.add((URIRef(KB + "a-"), URIRef(AG + "about"), URIRef(KB + "a0")))
    same(graph)


def test_unbound_predicate_namespace_gets_a_prefix_for_objects_too():
    graph = new_graph()
    graph.add((URIRef(EX + "s"), URIRef(EX + "p"), URIRef(EX + "o")))
    graph.add((URIRef(KB + "s"), RDFS.seeAlso, URIRef(EX + "o")))
    graph.add((URIRef(KB + "s"), RDFS.seeAlso, URIRef("http://example.org/other#o")))
    graph.add((URIRef(KB + "s"), RDFS.seeAlso, Literal("x", datatype=URIRef(EX + "dt"))))
    same(graph)


def test_only_type_needs_no_rdf_prefix():
    graph = new_graph()
    graph.add((URIRef(KB + "s"), RDF.type, URIRef(AG + "Person")))
    same(graph)
    assert b"PREFIX rdf:" not in turtle.serialize_triples(nt.triples_of(graph))


def test_extra_prefixes():
    prefixes = {"void": "http://rdfs.org/ns/void#", "formats": "http://www.w3.org/ns/formats/",
                "ex": EX, "kbx": KB + "x/", "": "http://example.org/"}
    graph = new_graph(prefixes)
    for n, term in enumerate(IRIS + LITERALS[:10]):
        graph.add((URIRef(f"{KB}x/s{n}"), URIRef(EX + "p"), term))
    graph.add((URIRef("http://rdfs.org/ns/void#d"), URIRef("http://rdfs.org/ns/void#feature"),
               URIRef("http://www.w3.org/ns/formats/Turtle")))
    same(graph, prefixes)


def test_empty():
    assert turtle.serialize_triples([]) == rdflib_longturtle(new_graph()) == b""


@pytest.mark.parametrize("seed", range(8))
def test_random_graphs(seed):
    rng = random.Random(seed)
    subjects = IRIS[:20] + [URIRef(f"{KB}r{n}") for n in range(10)]
    pools = {RDF.type: IRIS[4:7] + [RDFS.Class, OWL.Class], RDFS.label: STRINGS, SKOS.altLabel: STRINGS,
             RDFS.comment: IRIS + NUMBERS + STRINGS, URIRef(AG + "about"): IRIS + TYPED + STRINGS,
             URIRef(KB + "p(1)"): IRIS + subjects, URIRef(EX + "p"): IRIS + NUMBERS,
             URIRef("https://schema.org/name"): TYPED}
    predicates = list(pools)
    graph = new_graph()
    for _ in range(200):
        p = rng.choice(predicates)
        graph.add((rng.choice(subjects), p, rng.choice(pools[p])))
    same(graph)


def test_strings_as_given_are_written_exactly():
    """Terms that are not in rdflib's normal form (kb.nt strings from outside
    rdflib): numbers with leading zeros, booleans as 1/0, decimals without a
    point. Ours keeps every lexical form, so it denotes exactly these terms;
    rdflib's writer rewrites them (007 as 7, "12"^^xsd:decimal as 12.0), which
    are other terms. Where rdflib is wrong, we are right."""
    s = f"<{KB}s>"
    raw = [(s, f"<{RDFS}comment>", term) for term in (
        f'"007"^^<{XSD}integer>', f'"+3"^^<{XSD}integer>', f'"1"^^<{XSD}boolean>', f'"3.50"^^<{XSD}decimal>',
        f'"12"^^<{XSD}decimal>', f'"1E3"^^<{XSD}double>', '"tab\\there"', '"\\u00e9t\\u00E9"@fr',
        '"line\\nbreak"')]
    raw += [(f"<{KB}t>", f"<{RDFS}label>", '"A"'), (f"<{KB}t>", f"<{RDFS}seeAlso>", s),
            (f"<{KB}u>", f"<{RDFS}seeAlso>", f"<{KB}t>")]
    exact = {tuple(nt.literal(*nt.split_literal(t)) if t[0] == '"' else t for t in triple) for triple in raw}
    ours = turtle.serialize_triples(raw)
    assert denotes(ours, exact), ours.decode()
    assert b'"007"^^xsd:integer' in ours and b'"12"^^xsd:decimal' in ours and b"3.50" in ours
    graph = new_graph()
    graph.addN((nt.to_rdflib(a), nt.to_rdflib(b), nt.to_rdflib(c), graph) for a, b, c in raw)
    assert not denotes(rdflib_longturtle(graph), exact)


def test_a_long_string_ending_in_backslash_and_quote():
    """rdflib's longturtle ends such a literal with a doubled backslash and four
    quotes, which serdi, rapper and Oxigraph refuse (fidelity case F1)."""
    graph = new_graph()
    for n, text in enumerate(['Line one.\nStored under "D:\\kestrel\\"', 'a\n\\\\"', 'a\n\\"',
                              'a\n""', 'a\n""""', '"\n"', 'a\n\\', 'tab\tand\nbell\x07']):
        graph.add((URIRef(f"{KB}s{n}"), RDFS.comment, Literal(text)))
    assert same(graph) is False  # rdflib's bytes do not read back
    triples = set(nt.triples_of(graph))
    assert denotes(turtle.serialize_triples(list(triples)), triples)


def test_ties_follow_the_graph_order():
    """Where rdflib's order of literals has ties or cycles its output follows
    the order the store hands the triples over: turtle.serialize follows the
    graph's, as a copy of the graph does (test_export_equivalence's reference)."""
    graph = new_graph()
    ties = [Literal("x", lang="EN"), Literal("x", lang="en"), Literal("x", lang="En-gb"),
            Literal("1", datatype=XSD.decimal), Literal(1), Literal("1e0", datatype=XSD.double), Literal("12")]
    for n, term in enumerate(LITERALS + ties):
        if term.value == term.value:  # rdflib cannot sort NaN among decimals
            graph.add((URIRef(f"{KB}s{n % 3}"), RDFS.comment, term))
    copy = new_graph()
    copy += graph
    ours = turtle.serialize(graph)
    triples = set(nt.triples_of(graph))
    assert denotes(ours, triples)
    theirs = rdflib_longturtle(copy)
    if denotes(theirs, triples):
        assert ours == theirs
