"""N-Triples, one triple a line, lines sorted so that output is canonical."""

from __future__ import annotations

from rdflib import Graph


def lines(graph: Graph) -> list[str]:
    return sorted(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in graph)


def serialize(graph: Graph) -> bytes:
    return "".join(lines(graph)).encode("utf-8")
