"""N-Triples, one triple a line, lines sorted so that output is canonical.

Terms are written as kb.nt writes them: rdflib's forms, except that a line
break inside a literal is escaped as ``\\n`` (N-Triples has no long strings)."""

from __future__ import annotations

from rdflib import Graph

from .. import nt
from ..gcpause import without_gc


def lines(data) -> list[str]:
    """The sorted lines of ``data``: a set of N-Triples triples (kb.nt) or an rdflib graph."""
    triples = data if isinstance(data, (set, frozenset, list)) else nt.triples_of(data)
    return sorted([f"{s} {p} {o} .\n" for s, p, o in triples])


@without_gc
def serialize(data: Graph | set | list, ordered: bool = False) -> bytes:
    """The N-Triples bytes; ``ordered`` says ``data`` is a list of triples
    already in their lines' order."""
    if ordered:
        return "".join([f"{s} {p} {o} .\n" for s, p, o in data]).encode("utf-8")
    return "".join(lines(data)).encode("utf-8")
