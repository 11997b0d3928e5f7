"""JSON-LD compacted against the published context (dist/context.jsonld),
with pyld, which implements the JSON-LD 1.1 algorithms. The context is also
embedded so the file works offline."""

from __future__ import annotations

import json

from pyld import jsonld
from rdflib import BNode, Graph, URIRef

from . import context

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _term(node) -> dict:
    if isinstance(node, URIRef):
        return {"type": "IRI", "value": str(node)}
    if isinstance(node, BNode):
        return {"type": "blank node", "value": f"_:{node}"}
    if node.language:
        return {"type": "literal", "value": str(node), "datatype": RDF_LANGSTRING, "language": node.language}
    return {"type": "literal", "value": str(node), "datatype": str(node.datatype) if node.datatype else XSD_STRING}


def dataset(graph: Graph) -> dict:
    """The graph as pyld's RDF dataset, triples in sorted N-Triples order.

    Handing pyld the dataset directly skips its N-Quads parser, which checks
    each new triple against every earlier one (quadratic in the graph size)."""
    keyed = sorted((f"{s.n3()} {p.n3()} {o.n3()}", s, p, o) for s, p, o in graph)
    return {"@default": [{"subject": _term(s), "predicate": _term(p), "object": _term(o)}
                         for _, s, p, o in keyed]} if keyed else {}


def serialize(graph: Graph, ontology: Graph | None = None, ctx: dict | None = None) -> bytes:
    if ctx is None:
        ctx = context.build(ontology if ontology is not None else Graph())
    expanded = jsonld.from_rdf(dataset(graph), {"useNativeTypes": False})
    compacted = jsonld.compact(expanded, ctx, {"graph": True})
    nodes = compacted.get("@graph", [])
    nodes.sort(key=lambda node: node.get("@id", ""))
    doc = {"@context": ctx["@context"], "@graph": nodes}
    return (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
