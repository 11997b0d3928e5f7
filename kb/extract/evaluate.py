"""Precision and recall of extracted candidates against hand-written facts.

Two facts are the same when they agree on the roles that identify them (for an
arms transfer, supplier and recipient; for an estimate, what is measured, of
whom and the value). Events are compared by their kind and place, so a minted
id such as ``massacre-in-moura`` matches a curator's ``moura-massacre``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

# The relation types the extractor is judged on (issue #3), then extra rows.
TARGETS = ("arms transfer", "sanctions", "denial", "concurrence", "control", "indictment", "operation",
           "atrocity", "estimate")
EXTRAS = ("membership", "attribution")

_EVENT_TYPES = {"Massacre", "Atrocity"}


@dataclass
class Row:
    name: str
    gold: int = 0
    extracted: int = 0
    matched_gold: int = 0
    matched_extracted: int = 0
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.matched_extracted / self.extracted if self.extracted else None

    @property
    def recall(self) -> float | None:
        return self.matched_gold / self.gold if self.gold else None


def _ids(value) -> frozenset:
    if value is None:
        return frozenset()
    return frozenset(str(v) for v in (value if isinstance(value, list) else [value]))


def _number(value) -> str:
    try:
        return str(Decimal(str(value)).normalize())
    except ArithmeticError:
        return str(value)


class Facts:
    """One side of the comparison: records by category with their keys."""

    def __init__(self, document, text: str):
        claims = [c for c in (document.get("claims") or []) if isinstance(c, dict)]
        self.by_id = {str(c.get("id")): c for c in claims}
        self.items: dict[str, list] = {}
        for record in claims:
            name = self.category(record)
            if name:
                self.items.setdefault(name, []).append((self.key(name, record), record))
        for record in document.get("statements") or []:
            stance = str(record.get("stance"))
            spans = [_span(text, e) for e in _list(record.get("evidence"))]
            if "evidence_at" in record:
                at = record["evidence_at"]
                spans = [tuple(at)] if at and not isinstance(at[0], list) else [tuple(a) for a in at]
            entry = (("statement", str(record.get("speaker"))), record, spans)
            self.items.setdefault("attribution", []).append(entry)
            if stance in ("denies", "concurs"):
                name = "denial" if stance == "denies" else "concurrence"
                self.items.setdefault(name, []).append(((str(record.get("speaker")), stance), record))

    def event(self, ref) -> tuple:
        record = self.by_id.get(str(ref))
        if record and record.get("type") in _EVENT_TYPES:
            return ("event", _ids(record.get("location")))
        return ("id", str(ref))

    def category(self, record) -> str | None:
        kind = record.get("type")
        simple = {"ArmsTransfer": "arms transfer", "SanctionsMeasure": "sanctions", "Control": "control",
                  "Indictment": "indictment", "Operation": "operation", "Estimate": "estimate",
                  "Membership": "membership"}
        if kind in simple:
            return simple[kind]
        if kind in _EVENT_TYPES:
            return "atrocity"
        if kind == "Participation" and self.event(record.get("event"))[0] == "event":
            return "atrocity"
        return None

    def key(self, name: str, r) -> tuple:
        if name == "arms transfer":
            return (str(r.get("supplier")), str(r.get("recipient")))
        if name == "sanctions":
            return (str(r.get("authority")), _ids(r.get("targets")))
        if name == "control":
            return (str(r.get("controller")), str(r.get("controlled")))
        if name == "indictment":
            return (_ids(r.get("defendants")), str(r.get("jurisdiction")))
        if name == "operation":
            return (str(r.get("actor")), _ids(r.get("location")))
        if name == "membership":
            return (str(r.get("member")), str(r.get("role")))
        if name == "estimate":
            return (self.event(r.get("of")), str(r.get("measure")), str(r.get("category")), _number(r.get("value")))
        if r.get("type") in _EVENT_TYPES:
            return ("event", _ids(r.get("location")))
        return ("participation", str(r.get("actor")), self.event(r.get("event")), str(r.get("role")))


def _list(value) -> list:
    return value if isinstance(value, list) else [value] if value else []


def _span(text: str, excerpt) -> tuple:
    start = text.find(str(excerpt).replace("\\$", "$")) if excerpt else -1
    if start < 0 and excerpt:
        start = text.find(str(excerpt))
    return (start, start + len(str(excerpt))) if start >= 0 else (-1, -1)


def _overlaps(a: list, b: list) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b if x0 >= 0 and y0 >= 0)


def evaluate(candidates: dict, gold, text: str) -> list[Row]:
    """One row per relation type, then an overall row over the target types."""
    found, truth = Facts(candidates, text), Facts(gold, text)
    rows = []
    for name in TARGETS + EXTRAS:
        row = Row(name)
        got, want = found.items.get(name, []), truth.items.get(name, [])
        row.gold, row.extracted = len(want), len(got)
        if name == "attribution":
            hit = lambda g, c: g[0] == c[0] and _overlaps(g[2], c[2])  # noqa: E731
        else:
            hit = lambda g, c: g[0] == c[0]  # noqa: E731
        for g in want:
            if any(hit(g, c) for c in got):
                row.matched_gold += 1
            else:
                row.missed.append(str(g[1].get("id")))
        for c in got:
            if any(hit(g, c) for g in want):
                row.matched_extracted += 1
            else:
                row.spurious.append(str(c[1].get("id")))
        rows.append(row)
    total = Row("all target types")
    for row in rows:
        if row.name in TARGETS:
            total.gold += row.gold
            total.extracted += row.extracted
            total.matched_gold += row.matched_gold
            total.matched_extracted += row.matched_extracted
    rows.append(total)
    return rows


def table(rows: list[Row]) -> str:
    def fmt(value):
        return "  -  " if value is None else f"{value:.2f}"
    lines = [f"{'relation type':<18} {'gold':>5} {'found':>5} {'precision':>9} {'recall':>6}"]
    for row in rows:
        if row.name == "all target types" or row.name == EXTRAS[0]:
            lines.append("-" * 48)
        lines.append(f"{row.name:<18} {row.gold:>5} {row.extracted:>5} {fmt(row.precision):>9} {fmt(row.recall):>6}")
    return "\n".join(lines)


def as_json(rows: list[Row]) -> list[dict]:
    return [{"type": r.name, "gold": r.gold, "extracted": r.extracted, "precision": r.precision,
             "recall": r.recall, "missed": r.missed, "spurious": r.spurious} for r in rows]
