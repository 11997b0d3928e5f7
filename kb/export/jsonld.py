"""JSON-LD compacted against the published context (dist/context.jsonld),
with pyld, which implements the JSON-LD 1.1 algorithms. The context is also
embedded so the file works offline.

pyld compacts every value on its own, choosing a term and a form each time;
on a large graph that takes minutes. Here pyld compacts one small document for
each distinct kind of value (a property with an IRI, or with a literal of one
datatype or language), and the answer is applied to every value of that kind.
Compact IRIs for node ids are chosen per namespace the same way. The bytes are
the same as compacting the whole graph with pyld
(tests/test_export_equivalence.py); graphs with blank nodes go to pyld whole.
"""

from __future__ import annotations

import json
import re

from pyld import jsonld
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from . import context
from ..gcpause import without_gc

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_SAMPLE = "urn:agkb:jsonld-sample"
_GEN_DELIM = re.compile(r"^(.*[:/?#\[\]@])")


def _term(node) -> dict:
    if isinstance(node, URIRef):
        return {"type": "IRI", "value": str(node)}
    if isinstance(node, BNode):
        return {"type": "blank node", "value": f"_:{node}"}
    if node.language:
        return {"type": "literal", "value": str(node), "datatype": RDF_LANGSTRING, "language": node.language}
    return {"type": "literal", "value": str(node), "datatype": str(node.datatype) if node.datatype else XSD_STRING}


def _line(s, p, o) -> str:
    return f"{s.n3()} {p.n3()} {o.n3()}"


def dataset(graph: Graph) -> dict:
    """The graph as pyld's RDF dataset, triples in sorted N-Triples order.

    Handing pyld the dataset directly skips its N-Quads parser, which checks
    each new triple against every earlier one (quadratic in the graph size)."""
    keyed = sorted((_line(s, p, o), s, p, o) for s, p, o in graph)
    return {"@default": [{"subject": _term(s), "predicate": _term(p), "object": _term(o)}
                         for _, s, p, o in keyed]} if keyed else {}


def _expanded_value(o) -> dict:
    if isinstance(o, URIRef):
        return {"@id": str(o)}
    if o.language:
        return {"@value": str(o), "@language": o.language}
    if o.datatype is None or str(o.datatype) == XSD_STRING:
        return {"@value": str(o)}
    return {"@value": str(o), "@type": str(o.datatype)}


class _Unexpected(Exception):
    """pyld answered in a form this module does not reproduce; use pyld whole."""


class _Compactor:
    """pyld's answers for each kind of value, learnt once and reused."""

    def __init__(self, ctx: dict):
        self.ctx = ctx
        self.ids: dict = {}  # namespace -> compacted head ("kb:") or None (kept whole)
        self.types: dict = {}
        self.values: dict = {}

    def _compact(self, node: dict) -> dict:
        out = jsonld.compact([node], self.ctx, {"graph": True})
        nodes = out.get("@graph", [])
        if len(nodes) != 1:
            raise _Unexpected(node)
        return nodes[0]

    def compact_id(self, iri: str) -> str:
        match = _GEN_DELIM.match(iri)
        ns = match.group(1) if match else ""
        if ns not in self.ids:
            got = self._compact({"@id": iri, "http://www.w3.org/2000/01/rdf-schema#comment": [{"@value": "x"}]})["@id"]
            suffix = iri[len(ns):]
            if got == iri:
                self.ids[ns] = None
            elif got.endswith(suffix) and ":" in got[:len(got) - len(suffix)] and suffix:
                self.ids[ns] = got[:len(got) - len(suffix)]
            else:
                raise _Unexpected(iri)
        head = self.ids[ns]
        return iri if head is None else head + iri[len(ns):]

    def compact_type(self, iri: str) -> str:
        found = self.types.get(iri)
        if found is None:
            got = self._compact({"@id": _SAMPLE, "@type": [iri]}).get("@type")
            if not isinstance(got, str):
                raise _Unexpected(iri)
            found = self.types[iri] = got
        return found

    def value(self, p: str, o):
        """(key, compacted value) for object ``o`` of property ``p``."""
        if isinstance(o, URIRef):
            kind = (p, "@id")
        elif o.language:
            kind = (p, "@language", o.language)
        else:
            kind = (p, "@type", str(o.datatype) if o.datatype is not None else XSD_STRING)
        rule = self.values.get(kind)
        if rule is None:
            rule = self.values[kind] = self._learn(p, o)
        key, form, extra = rule
        if form == "id":
            return key, self.compact_id(str(o))
        if form == "id-object":
            return key, {"@id": self.compact_id(str(o))}
        if form == "plain":
            return key, str(o)
        return key, {**extra, "@value": str(o)}

    def _learn(self, p: str, o):
        node = self._compact({"@id": _SAMPLE, p: [_expanded_value(o)]})
        keys = [k for k in node if k != "@id"]
        if len(keys) != 1:
            raise _Unexpected((p, o))
        key = keys[0]
        got = node[key]
        if isinstance(o, URIRef):
            if got == self.compact_id(str(o)):
                return key, "id", None
            if got == {"@id": self.compact_id(str(o))}:
                return key, "id-object", None
            raise _Unexpected((p, o))
        if got == str(o):
            return key, "plain", None
        if isinstance(got, dict) and got.get("@value") == str(o) and "@id" not in got:
            return key, "object", {k: v for k, v in got.items() if k != "@value"}
        raise _Unexpected((p, o))


_COMPACTORS: dict = {}


def _compactor(ctx: dict) -> _Compactor:
    """One compactor per context, so per-resource documents share what was learnt."""
    key = json.dumps(ctx, sort_keys=True)
    found = _COMPACTORS.get(key)
    if found is None:
        if len(_COMPACTORS) > 8:
            _COMPACTORS.clear()
        found = _COMPACTORS[key] = _Compactor(ctx)
    return found


def _fast_nodes(graph: Graph, ctx: dict) -> list:
    """The compacted nodes, as pyld gives them for the sorted N-Triples: nodes
    in subject order, each key's values in the order of their N-Triples form."""
    compactor = _compactor(ctx)
    by_subject: dict = {}
    for s, p, o in graph:
        if isinstance(s, BNode) or isinstance(o, BNode):
            raise _Unexpected(s)
        props = by_subject.get(s)
        if props is None:
            props = by_subject[s] = {}
        objects = props.get(p)
        if objects is None:
            props[p] = [o]
        else:
            objects.append(o)
    out = []
    for s in sorted(by_subject, key=str):
        node: dict = {}
        for p in sorted(by_subject[s], key=lambda p: p.n3()):
            objects = by_subject[s][p]
            if len(objects) > 1:
                objects.sort(key=lambda o: o.n3())
            for o in objects:
                if p == RDF.type and isinstance(o, URIRef):
                    key, value = "@type", compactor.compact_type(str(o))
                else:
                    key, value = compactor.value(str(p), o)
                node.setdefault(key, []).append(value)
        node = {key: values[0] if len(values) == 1 else values for key, values in node.items()}
        node["@id"] = compactor.compact_id(str(s))
        out.append(node)
    return out


def _pyld_nodes(graph: Graph, ctx: dict) -> list:
    expanded = jsonld.from_rdf(dataset(graph), {"useNativeTypes": False})
    compacted = jsonld.compact(expanded, ctx, {"graph": True})
    return compacted.get("@graph", [])


@without_gc
def serialize(graph: Graph, ontology: Graph | None = None, ctx: dict | None = None) -> bytes:
    if ctx is None:
        ctx = context.build(ontology if ontology is not None else Graph())
    try:
        nodes = _fast_nodes(graph, ctx)
    except _Unexpected:
        nodes = _pyld_nodes(graph, ctx)
    nodes.sort(key=lambda node: node.get("@id", ""))
    doc = {"@context": ctx["@context"], "@graph": nodes}
    return (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
