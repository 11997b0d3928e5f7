"""Derive shortcut triples with the SPARQL CONSTRUCT rules in ontology/rules/.

Rules run once each, in file-name order; each sees what earlier rules added.
They run on Oxigraph (kb/oxi.py); the derived triples are added to the
build's set of triples.
"""

from __future__ import annotations

from pathlib import Path

from .errors import KBError


def derive(work, rules_dir: Path) -> list[tuple[str, str, str]]:
    """Run every rule on ``work`` (a :class:`kb.oxi.Work`, which keeps what
    they derive); return the derived triples as N-Triples strings (kb.nt)."""
    derived = []
    for path in sorted(rules_dir.glob("*.rq")):
        try:
            derived += work.construct(path.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001 - pyoxigraph raises SyntaxError, OSError, ValueError...
            raise KBError(f"rule failed: {' '.join(str(exc).split())}", path) from None
    return derived
