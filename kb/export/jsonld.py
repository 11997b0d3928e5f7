"""JSON-LD compacted against the published context (dist/context.jsonld),
with pyld, which implements the JSON-LD 1.1 algorithms. The context is also
embedded so the file works offline."""

from __future__ import annotations

import json

from pyld import jsonld
from rdflib import Graph

from . import context, ntriples


def serialize(graph: Graph, ontology: Graph | None = None, ctx: dict | None = None) -> bytes:
    if ctx is None:
        ctx = context.build(ontology if ontology is not None else Graph())
    nquads = "".join(ntriples.lines(graph))
    expanded = jsonld.from_rdf(nquads, {"format": "application/n-quads", "useNativeTypes": False})
    compacted = jsonld.compact(expanded, ctx, {"graph": True})
    nodes = compacted.get("@graph", [])
    nodes.sort(key=lambda node: node.get("@id", ""))
    doc = {"@context": ctx["@context"], "@graph": nodes}
    return (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
