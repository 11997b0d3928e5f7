"""N-Triples, one triple a line, lines sorted so that output is canonical."""

from __future__ import annotations

from rdflib import Graph
from ..gcpause import without_gc


def lines(graph: Graph) -> list[str]:
    return sorted(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in graph)


@without_gc
def serialize(graph: Graph) -> bytes:
    return "".join(lines(graph)).encode("utf-8")
