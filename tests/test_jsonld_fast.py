"""jsonld.serialize_triples, the JSON-LD writer on N-Triples strings (kb.nt),
gives byte for byte what pyld gives when it compacts the whole graph, read in
sorted N-Triples order: on terms chosen to be awkward (numbers, custom
datatypes, language tags, escapes, control characters, line breaks, unbound
namespaces, properties in and out of the context) and on random graphs of them.

A literal with a line break is ordered by its N-Triples string (``"a\\nb"``),
not by rdflib's triple-quoted ``n3()``; the reference here is pyld reading the
sorted N-Triples lines, so it follows the same rule."""

from __future__ import annotations

import json
import re
import random
from pathlib import Path

import pytest
from pyld import jsonld as pyld
from rdflib import Literal

from kb import nt
from kb.export import context, jsonld
from kb.project import Project
from kb.schema import read_graph

ROOT = Path(__file__).resolve().parent.parent
XSD = nt.XSD
AGKB = "https://w3id.org/agkb/ontology#"


def _pyld_term(term: str) -> dict:
    if term.startswith("<"):
        return {"type": "IRI", "value": term[1:-1]}
    if term.startswith("_:"):
        return {"type": "blank node", "value": term}
    value, lang, datatype = nt.split_literal(term)
    if lang:
        return {"type": "literal", "value": value, "language": lang,
                "datatype": "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}
    return {"type": "literal", "value": value, "datatype": datatype or f"{XSD}string"}


def _document(nodes: list, ctx: dict) -> bytes:
    nodes.sort(key=lambda node: node.get("@id", ""))
    doc = {"@context": ctx["@context"], "@graph": nodes}
    return (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def pyld_reference(triples, ctx: dict) -> bytes:
    """pyld alone: the sorted N-Triples lines as an RDF dataset, compacted whole.

    The lines are handed over as pyld's dataset rather than through pyld's
    N-Quads parser, which unescapes a backslash followed by ``n`` in a lexical
    form as a line break (see test_reference_agrees_with_pyld_nquads_parser)."""
    rows = []
    for line in sorted({nt.line(triple) for triple in triples}):
        s, p, o = line[:-3].split(" ", 2)
        rows.append({"subject": _pyld_term(s), "predicate": _pyld_term(p), "object": _pyld_term(o)})
    expanded = pyld.from_rdf({"@default": rows} if rows else {}, {"useNativeTypes": False})
    return _document(pyld.compact(expanded, ctx, {"graph": True}).get("@graph", []), ctx)


def pyld_nquads_reference(triples, ctx: dict) -> bytes:
    """pyld alone, parsing the sorted N-Triples text itself."""
    text = "".join(sorted({nt.line(triple) for triple in triples}))
    expanded = pyld.from_rdf(text, {"format": "application/n-quads", "useNativeTypes": False})
    return _document(pyld.compact(expanded, ctx, {"graph": True}).get("@graph", []), ctx)


@pytest.fixture(scope="module")
def ontology():
    return read_graph(Project.at(ROOT).ontology)


@pytest.fixture(scope="module")
def ctx(ontology) -> dict:
    return context.build(ontology)


def _context_terms(ctx: dict) -> tuple[str, str]:
    """An object property and a datatype property that the context has terms for."""
    terms = ctx["@context"]
    objects = sorted(k for k, v in terms.items() if isinstance(v, dict) and v.get("@type") == "@id")
    datatypes = sorted(k for k, v in terms.items()
                       if isinstance(v, str) and v.startswith("agkb:") and k[:1].islower())
    return AGKB + objects[0], AGKB + datatypes[0]


I = nt.iri
L = nt.literal

SUBJECTS = [I(x) for x in (
    "https://w3id.org/agkb/id/person/alice", "https://w3id.org/agkb/id/claim/c-1",
    "https://w3id.org/agkb/id/x", "https://w3id.org/agkb/id/x-y", "https://w3id.org/agkb/id/x.y",
    f"{AGKB}Thing", "http://example.org/unbound#s", "http://example.org/a(b)", "urn:x:y",
    "http://example.org/ü/ß", "http://www.wikidata.org/entity/Q42", "https://schema.org/Thing",
)]
CLASSES = [I(x) for x in (
    f"{AGKB}Person", f"{AGKB}Claim", f"{AGKB}NotAClassInTheContext", "http://www.w3.org/ns/prov#Entity",
    "http://www.w3.org/2004/02/skos/core#Concept", "http://example.org/unbound#Class", "urn:class:z",
)]
IRI_OBJECTS = SUBJECTS + CLASSES + [I(x) for x in (
    "http://example.org/ends.", "http://example.org/path/", "https://w3id.org/agkb/id/person/bob",
    "http://example.org/q?x=1&y=2", "http://example.org/frag#",
)]
LITERALS = [
    L("plain"), L(""), L("x", lang="en"), L("x", lang="en-GB"), L("x", lang="fr"), L("y", lang="pt-BR"),
    L("", lang="en"), L("z", lang="EN"), L('quote " and \\ backslash'), L("back\\nslash-n \\t \\u0041"),
    L("line\nbreak"), L("line\r\nwindows", lang="en"), L("tab\there", lang="fr"), L("ctrl \x01\x1f\x7f\x08\x0c"),
    L("nul\x00"), L("ünïcödé ✓"), L("emoji 😀 \u2028 \ufeff"), L('"'), L("\\"), L("a!"), L("a\nb"),
    L("42", datatype=f"{XSD}integer"), L("007", datatype=f"{XSD}integer"), L("-0.50", datatype=f"{XSD}decimal"),
    L("1.0E3", datatype=f"{XSD}double"), L("true", datatype=f"{XSD}boolean"),
    L("false", datatype=f"{XSD}boolean"), L("2020-02", datatype=f"{XSD}gYearMonth"),
    L("2020-02-29", datatype=f"{XSD}date"), L("x", datatype="http://example.org/dt#weird"),
    L("y", datatype=f"{AGKB}customType"), L("deadBEEF", datatype=f"{XSD}hexBinary"),
    L("en", datatype=f"{XSD}language"), L("abc", datatype=f"{XSD}integer"),
    L("a\nb", datatype="http://example.org/dt#weird"),
]


def _predicates(ctx: dict) -> list[str]:
    object_property, datatype_property = _context_terms(ctx)
    return [I(x) for x in (
        "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2000/01/rdf-schema#comment",
        "http://www.w3.org/2004/02/skos/core#altLabel", "http://purl.org/dc/terms/date", "https://schema.org/url",
        object_property, datatype_property, f"{AGKB}notInTheContext", "http://example.org/unbound#p",
        "http://example.org/other/q", "urn:p:r",
    )]


def tricky(ctx: dict) -> set:
    """Every awkward term, with several types per node and several values per
    property (of mixed kinds, under properties in and out of the context)."""
    predicates = _predicates(ctx)
    triples = set()
    for cls in CLASSES:
        triples.add((SUBJECTS[0], nt.TYPE, cls))
    for o in LITERALS + IRI_OBJECTS:
        triples.add((SUBJECTS[0], predicates[1], o))
    for i, s in enumerate(SUBJECTS[1:], 1):
        triples.add((s, nt.TYPE, CLASSES[i % len(CLASSES)]))
        for j, p in enumerate(predicates):
            for k in range(1 + (i + j) % 3):
                pool = IRI_OBJECTS if (i + j + k) % 4 == 0 else LITERALS
                triples.add((s, p, pool[(i * 7 + j * 3 + k * 5) % len(pool)]))
    return triples


def random_triples(ctx: dict, seed: int) -> set:
    rng = random.Random(seed)
    predicates = _predicates(ctx) + [nt.TYPE] * 3
    subjects = rng.sample(SUBJECTS, rng.randint(1, len(SUBJECTS)))
    triples = set()
    for _ in range(rng.randint(1, 120)):
        p = rng.choice(predicates)
        if p == nt.TYPE:
            o = rng.choice(CLASSES)
        else:
            o = rng.choice(LITERALS if rng.random() < 0.6 else IRI_OBJECTS)
        triples.add((rng.choice(subjects), p, o))
    return triples


def _check(triples, ontology, ctx) -> bytes:
    """serialize_triples matches pyld, and takes the fast path."""
    triples = set(triples)
    out = jsonld.serialize_triples(triples, ontology)
    assert out == pyld_reference(triples, ctx)
    assert len(jsonld._node_texts(triples, ctx)) == len({s for s, _, _ in triples})
    return out


def test_context_terms_are_there(ctx):
    object_property, datatype_property = _context_terms(ctx)
    assert object_property.startswith(AGKB) and datatype_property.startswith(AGKB)


def test_tricky_terms_from_graph(ontology, ctx):
    graph = nt.to_graph(tricky(ctx))
    triples = nt.triples_of(graph)
    out = _check(triples, ontology, ctx)
    assert jsonld.serialize(graph, ontology) == out
    assert jsonld.serialize_triples(triples, ctx=ctx) == out


def test_tricky_terms_as_strings(ontology, ctx):
    """Straight from strings, lexical forms as written (rdflib would normalise "007")."""
    _check(tricky(ctx), ontology, ctx)


@pytest.mark.parametrize("seed", range(16))
def test_random_graphs(ontology, ctx, seed):
    triples = random_triples(ctx, seed)
    _check(triples, ontology, ctx)
    _check(nt.triples_of(nt.to_graph(triples)), ontology, ctx)


def test_reference_agrees_with_pyld_nquads_parser(ctx):
    """The reference is pyld's own reading of the N-Triples, except where pyld's
    N-Quads parser gets an escape wrong (an escaped backslash, \\t, \\uXXXX),
    or splits a line at a character str.splitlines() takes for a line end
    (U+2028...)."""
    triples = tricky(ctx)
    plain = {t for t in triples if not re.search(r'\\[^"]', t[2]) and len(nt.line(t).splitlines()) == 1}
    assert plain != triples
    assert pyld_reference(plain, ctx) == pyld_nquads_reference(plain, ctx)
    one_line = {t for t in triples if len(nt.line(t).splitlines()) == 1}
    assert pyld_reference(one_line, ctx) != pyld_nquads_reference(one_line, ctx)


def test_layout_is_json_dumps(ontology, ctx):
    out = jsonld.serialize_triples(tricky(ctx), ontology)
    doc = json.loads(out)
    assert (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8") == out
    assert doc["@context"] == ctx["@context"]


def test_comparison_can_fail(ontology, ctx):
    triples = tricky(ctx)
    out = jsonld.serialize_triples(triples, ontology)
    fewer = set(triples)
    fewer.discard((SUBJECTS[0], nt.TYPE, CLASSES[1]))
    assert pyld_reference(fewer, ctx) != out
    other = dict(ctx["@context"], zzz="http://example.org/zzz#")
    assert jsonld.serialize_triples(triples, ctx={"@context": other}) != out


def test_line_break_ordered_by_ntriples_string(ontology, ctx):
    s, p = SUBJECTS[0], I("http://www.w3.org/2000/01/rdf-schema#comment")
    triples = {(s, p, L("a\nb")), (s, p, L("a!")), (s, p, L("a\"")), (s, p, L("a\\b"))}
    # rdflib's n3() puts the line break first (a triple-quoted string) ...
    assert Literal("a\nb").n3() < Literal("a!").n3()
    # ... the N-Triples strings put it last: "a\\nb" after "a!", 'a\\"' and "a\\\\b"
    out = _check(triples, ontology, ctx)
    values = json.loads(out)["@graph"][0]["rdfs:comment"]
    assert [v["@value"] if isinstance(v, dict) else v for v in values] == ["a!", 'a"', "a\\b", "a\nb"]


def test_inputs_of_any_kind(ontology, ctx):
    triples = tricky(ctx)
    out = jsonld.serialize_triples(triples, ontology)
    listed = sorted(triples)
    assert jsonld.serialize_triples(listed + listed[:50], ontology) == out  # duplicates
    assert jsonld.serialize_triples(iter(reversed(listed)), ontology) == out
    assert jsonld.serialize_triples(frozenset(triples), ctx=ctx) == out


def test_empty(ontology, ctx):
    assert jsonld.serialize_triples([], ontology) == pyld_reference([], ctx)
    assert jsonld.serialize_triples([], ctx=ctx).endswith(b'"@graph": []\n}\n')


def test_blank_nodes_go_to_pyld(ontology, ctx):
    triples = set(random_triples(ctx, 99))
    s = SUBJECTS[0]
    label = I("http://www.w3.org/2000/01/rdf-schema#label")
    triples |= {(s, I("http://www.w3.org/2000/01/rdf-schema#seeAlso"), "_:b1"), ("_:b1", label, L("inner")),
                ("_:b1", label, L("a\nb")), ("_:b1", label, L("a!")), ("_:b2", nt.TYPE, CLASSES[0])}
    with pytest.raises(jsonld._Unexpected):
        jsonld._node_texts(triples, ctx)
    assert jsonld.serialize_triples(triples, ontology) == pyld_reference(triples, ctx)
    graph = nt.to_graph(triples)  # rdflib normalises some lexical forms ("1.0E3")
    assert jsonld.serialize(graph, ontology) == pyld_reference(nt.triples_of(graph), ctx)
