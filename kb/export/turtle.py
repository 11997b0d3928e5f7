"""Turtle in rdflib's ``longturtle`` style: sorted, one triple per line, stable diffs."""

from __future__ import annotations

from rdflib import Graph

from ..namespaces import bind_prefixes


def serialize(graph: Graph) -> bytes:
    out = Graph()
    bind_prefixes(out)
    out += graph
    return out.serialize(format="longturtle", encoding="utf-8")
