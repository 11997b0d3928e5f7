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
        except (SyntaxError, OSError, ValueError) as exc:
            raise KBError(f"rule failed: {' '.join(str(exc).split())}", path) from None
        if derived and not hasattr(derived[0], "subject"):
            raise KBError("rule failed: a rule must be a CONSTRUCT query", path)
        work.add_data((t.subject, t.predicate, t.object) for t in derived)
        cache: dict = {}
        for t in derived:
            s, p, o = (cache.get(x) or cache.setdefault(x, work.to_rdflib(x)) for x in (t.subject, t.predicate, t.object))
            data.add((s, p, o))
    return data
