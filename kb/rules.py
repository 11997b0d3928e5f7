"""Derive shortcut triples with the SPARQL CONSTRUCT rules in ontology/rules/.

Rules run once each, in file-name order; each sees what earlier rules added.
They run on Oxigraph (kb/oxi.py); the derived triples are added to the rdflib
graph.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .errors import KBError
from .gcpause import without_gc


@without_gc
def apply(data: Graph, ontology: Graph, rules_dir: Path, work=None) -> Graph:
    """Add the triples that the rules derive to ``data`` (in place) and return it.
    ``work`` is the build's :class:`kb.oxi.Work` store, kept in step with ``data``."""
    from .oxi import Work

    work = work if work is not None else Work(data, ontology)
    for path in sorted(rules_dir.glob("*.rq")):
        try:
            derived = list(work.query(path.read_text(encoding="utf-8")))
        except Exception as exc:  # noqa: BLE001 - pyoxigraph raises SyntaxError, OSError, ValueError...
            raise KBError(f"rule failed: {' '.join(str(exc).split())}", path) from None
        if derived and not hasattr(derived[0], "subject"):
            raise KBError("rule failed: a rule must be a CONSTRUCT query", path)
        work.add_data((t.subject, t.predicate, t.object) for t in derived)
        cache: dict = {}

        def term(x):
            found = cache.get(x)
            if found is None:
                found = cache[x] = work.to_rdflib(x)
            return found
        for t in derived:
            data.add((term(t.subject), term(t.predicate), term(t.object)))
    return data
