"""Derive shortcut triples with the SPARQL CONSTRUCT rules in ontology/rules/.

Rules run once each, in file-name order; each sees what earlier rules added.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .errors import KBError


def apply(data: Graph, ontology: Graph, rules_dir: Path) -> Graph:
    """Add the triples that the rules derive to ``data`` (in place) and return it."""
    working = Graph()
    working += data
    working += ontology
    for path in sorted(rules_dir.glob("*.rq")):
        try:
            derived = working.query(path.read_text(encoding="utf-8")).graph
        except Exception as exc:
            raise KBError(f"rule failed: {' '.join(str(exc).split())}", path) from None
        for triple in derived:
            data.add(triple)
            working.add(triple)
    return data
