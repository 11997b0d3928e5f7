"""Turtle in rdflib's ``longturtle`` style: sorted, one triple per line, stable diffs."""

from __future__ import annotations

from rdflib import Graph

from ..namespaces import bind_prefixes


def serialize(graph: Graph, prefixes: dict | None = None) -> bytes:
    out = Graph()
    bind_prefixes(out)
    for prefix, namespace in sorted((prefixes or {}).items()):
        out.bind(prefix, namespace, override=True, replace=True)
    out += graph
    return out.serialize(format="longturtle", encoding="utf-8")
