"""N-Triples, one triple a line, lines sorted so that output is canonical.

Terms are written as kb.nt writes them: rdflib's forms, except that a line
break inside a literal is escaped as ``\\n`` (N-Triples has no long strings)."""

from __future__ import annotations

from rdflib import Graph

from .. import nt
from ..gcpause import without_gc
from .encode import join_encode


def lines(data) -> list[str]:
    """The sorted lines of ``data``: a set of N-Triples triples (kb.nt) or an rdflib graph."""
    triples = data if isinstance(data, (set, frozenset, list)) else nt.triples_of(data)
    return sorted([f"{s} {p} {o} .\n" for s, p, o in triples])


def in_order(triples, by_subject: dict | None = None) -> list:
    """The triples in the order of their N-Triples lines. Comparing the tuples
    gives that order (every term ends before a space would), and grouping by
    subject first keeps Python's slower tuple comparisons to small lists.
    ``by_subject``: nt.by_subject of the triples, if made already (its lists
    are sorted in place)."""
    if by_subject is None:
        by_subject = nt.by_subject(triples)
    out: list = []
    for subject in sorted(by_subject):
        rows = by_subject[subject]
        if len(rows) > 1:
            rows.sort()
        out += rows
    return out


@without_gc
def serialize(data: Graph | set | list, ordered: bool = False) -> bytes:
    """The N-Triples bytes; ``ordered`` says ``data`` is a list of triples
    already in their lines' order."""
    if ordered:
        return join_encode(f"{s} {p} {o} .\n" for s, p, o in data)
    return join_encode(lines(data))
