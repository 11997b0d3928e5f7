"""Precision and recall of extracted candidates against hand-written facts.

Two facts are the same when they agree on the roles that identify them (for an
arms transfer, supplier and recipient; for an estimate, what is measured, of
whom and the value). Events are compared by their kind and place, so a minted
id such as ``massacre-in-moura`` matches a curator's ``moura-massacre``.

New entities (a gold file's ``entities:`` list) match a proposal with the same
normalised label or alias and a compatible class (the same class, or one a
subclass of the other, or two kinds of place); actor sets match by
``member_of`` and ``count``. The
ids of matched proposals are then read as the gold ids in every fact, so a
relation is not missed because its new entity was given another id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

# Typed relations and statements: the quality targets of issue #12 are over these.
RELATIONS = ("arms transfer", "sanctions", "control", "ownership", "leadership", "indictment", "operation",
             "atrocity", "estimate", "membership", "statement")
# Subsets shown for detail, outside the total.
DETAIL = ("denial", "concurrence")
TOTAL = "relations and statements"
ENTITIES = "new entities"

_EVENT_TYPES = {"Massacre", "Atrocity"}
_SIMPLE = {"ArmsTransfer": "arms transfer", "SanctionsMeasure": "sanctions", "Control": "control",
           "Ownership": "ownership", "Leadership": "leadership", "Indictment": "indictment",
           "Operation": "operation", "Estimate": "estimate", "Membership": "membership"}


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

    def add(self, other: "Row") -> None:
        self.gold += other.gold
        self.extracted += other.extracted
        self.matched_gold += other.matched_gold
        self.matched_extracted += other.matched_extracted


def _ids(value) -> frozenset:
    if value is None:
        return frozenset()
    return frozenset(str(v) for v in (value if isinstance(value, list) else [value]))


def _number(value) -> str:
    try:
        return str(Decimal(str(value)).normalize())
    except ArithmeticError:
        return str(value)


def state_names() -> frozenset[str]:
    """Every state name the lexicon knows (lexicon/countries.yaml), normalised: the ``states`` that
    :func:`evaluate` takes."""
    from .lexicon import countries

    return frozenset(normalise(c) for c in countries())


def normalise(label: str) -> str:
    """A name compared across documents: lower case, no leading article, no
    punctuation, single spaces ("The Ravel Front." and "ravel front" agree)."""
    text = re.sub(r"[^\w\s]", " ", str(label).lower().replace("’", "'").replace("'s ", " "))
    text = re.sub(r"^(?:the|a|an)\s+", "", " ".join(text.split()))
    return text


def _names(record: dict) -> set[str]:
    aliases = record.get("aliases") or []
    names = [record.get("label") or ""] + (aliases if isinstance(aliases, list) else [aliases])
    return {normalise(n) for n in names if n}


class Facts:
    """One side of the comparison: records by category with their keys.

    ``rename`` maps ids on this side to the other side's ids (new entities
    matched by name); it is applied to every role before keys are made.
    """

    def __init__(self, document, text: str, rename: dict | None = None):
        self.rename = rename or {}
        claims = [self._renamed(c) for c in (document.get("claims") or []) if isinstance(c, dict)]
        self.by_id = {str(c.get("id")): c for c in claims}
        self.items: dict[str, list] = {}
        for record in claims:
            name = self.category(record)
            if name:
                self.items.setdefault(name, []).append((self.key(name, record), record))
        for record in document.get("statements") or []:
            if not isinstance(record, dict):
                continue
            record = self._renamed(record)
            stance = str(record.get("stance"))
            spans = [_span(text, e) for e in _list(record.get("evidence"))]
            if "evidence_at" in record:
                at = record["evidence_at"]
                spans = [tuple(at)] if at and not isinstance(at[0], list) else [tuple(a) for a in at]
            entry = ((str(record.get("speaker")), stance), record, spans)
            self.items.setdefault("statement", []).append(entry)
            if stance in ("denies", "concurs"):
                name = "denial" if stance == "denies" else "concurrence"
                self.items.setdefault(name, []).append(entry)

    def _renamed(self, record: dict) -> dict:
        def one(value):
            return self.rename.get(value, value) if isinstance(value, str) else value
        return {k: ([one(v) for v in value] if isinstance(value, list) else one(value)) if k != "id" else value
                for k, value in record.items()}

    def event(self, ref) -> tuple:
        record = self.by_id.get(str(ref))
        if record and record.get("type") in _EVENT_TYPES:
            return ("event", _ids(record.get("location")))
        return ("id", str(ref))

    def category(self, record) -> str | None:
        kind = record.get("type")
        if kind in _SIMPLE:
            return _SIMPLE[kind]
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
        if name == "ownership":
            return (str(r.get("owner")), str(r.get("owned")))
        if name == "leadership":
            return (str(r.get("leader")), str(r.get("organisation")))
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


def _compatible(a: str, b: str, is_a) -> bool:
    """Same class, one under the other, or two kinds of place (a reader may
    call Pan Akot a settlement or a region; the review settles it)."""
    return a == b or bool(is_a) and (is_a(a, b) or is_a(b, a) or is_a(a, "Place") and is_a(b, "Place"))


def match_entities(proposed: list, wanted: list, is_a=None, known_states: frozenset = frozenset()):
    """(row, rename): the new-entities row and a map from proposed ids to the
    gold ids they match.

    ``proposed`` and ``wanted`` are entity records (``id``, ``type``,
    ``label``, optional ``aliases``, ``count``, ``member_of``); ``is_a(class,
    ancestor)`` says whether one ontology class is under another. Proposed
    states in ``known_states`` (normalised names) are not new entities.
    """
    proposed = [p for p in proposed if isinstance(p, dict) and not (
        p.get("type") == "State" and normalise(p.get("label", "")) in known_states) and not p.get("assumed_known")]
    row = Row(ENTITIES, gold=len(wanted), extracted=len(proposed))
    rename: dict[str, str] = {}
    taken: set[int] = set()
    # named entities first, then actor sets (whose member_of may be a renamed entity)
    order = sorted(wanted, key=lambda w: w.get("type") == "ActorSet")
    for gold in order:
        hit = None
        for index, cand in enumerate(proposed):
            if index in taken:
                continue
            if gold.get("type") == "ActorSet" or cand.get("type") == "ActorSet":
                same = gold.get("type") == cand.get("type") == "ActorSet" and \
                    rename.get(cand.get("member_of"), cand.get("member_of")) == gold.get("member_of") and \
                    str(cand.get("count")) == str(gold.get("count"))
            else:
                same = (cand.get("id") == gold.get("id") or _names(cand) & _names(gold)) and \
                    _compatible(str(cand.get("type")), str(gold.get("type")), is_a)
            if same:
                hit = index
                break
        if hit is None:
            row.missed.append(str(gold.get("id")))
            continue
        taken.add(hit)
        row.matched_gold += 1
        row.matched_extracted += 1
        rename[str(proposed[hit]["id"])] = str(gold["id"])
    row.spurious = [str(p.get("id")) for i, p in enumerate(proposed) if i not in taken]
    return row, rename


def evaluate(candidates: dict, gold, text: str, is_a=None, known_states: frozenset = frozenset()) -> list[Row]:
    """Rows per relation type and for statements, the total over them, the
    detail rows (denials, concurrences) and new entities.

    ``candidates`` and ``gold`` are fact documents (``entities``, ``claims``,
    ``statements``); ``text`` is the document's text, for evidence offsets.
    """
    entity_row, rename = match_entities(candidates.get("entities") or [], gold.get("entities") or [],
                                        is_a, known_states)
    if "entities" not in gold:  # gold written before entities were listed: nothing to score them against
        entity_row = Row(ENTITIES)
    # a proposed actor set renamed to the gold set keeps the targets of measures comparable
    found, truth = Facts(candidates, text, rename), Facts(gold, text)
    rows = []
    for name in RELATIONS + DETAIL:
        row = Row(name)
        got, want = found.items.get(name, []), truth.items.get(name, [])
        row.gold, row.extracted = len(want), len(got)
        if name in ("statement",) + DETAIL:
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
    total = Row(TOTAL)
    for row in rows:
        if row.name in RELATIONS:
            total.add(row)
    at = len(RELATIONS)
    return rows[:at] + [total] + rows[at:] + [entity_row]


def overall(rows: list[Row]) -> Row:
    """The total row over typed relations and statements."""
    return next(r for r in rows if r.name == TOTAL)


def combine(results: list[tuple[str, list[Row]]]) -> list[Row]:
    """Rows summed over several documents, type by type: micro-averages
    (matched over proposed and matched over gold, summed over the documents),
    the way docs/extraction-scores.md reports a set. ``results`` is what
    :func:`kb.extract.evaluate_sources` returns; missed and spurious ids are
    kept, prefixed with their document's name."""
    out: dict[str, Row] = {}
    for name, rows in results:
        for row in rows:
            total = out.setdefault(row.name, Row(row.name))
            total.add(row)
            total.missed += [f"{name}: {i}" for i in row.missed]
            total.spurious += [f"{name}: {i}" for i in row.spurious]
    return list(out.values())


def documents_table(results: list[tuple[str, list[Row]]]) -> str:
    """One line per document (relations and statements, then new entities:
    precision / recall (gold)), then the set's total line and the summed
    rows as :func:`table` prints them."""
    def fmt(row):
        p = "  -  " if row.precision is None else f"{row.precision:.2f}"
        r = "  -  " if row.recall is None else f"{row.recall:.2f}"
        return f"{p} / {r} ({row.gold:>3})"
    width = max([len(n) for n, _ in results] + [len("all documents")])
    lines = [f"{'document':<{width}}  {'relations and statements':<24}  new entities"]
    summed = combine(results)
    for name, rows in results + [("all documents", summed)]:
        by = {r.name: r for r in rows}
        if name == "all documents":
            lines.append("-" * len(lines[0]))
        lines.append(f"{name:<{width}}  {fmt(by[TOTAL]):<24}  {fmt(by[ENTITIES])}")
    return "\n".join(lines) + "\n\n" + table(summed)


def table(rows: list[Row]) -> str:
    """The rows as a text table (precision and recall to two decimals, '-' when undefined)."""
    def fmt(value):
        return "  -  " if value is None else f"{value:.2f}"
    lines = [f"{'relation type':<26} {'gold':>5} {'found':>5} {'precision':>9} {'recall':>6}"]
    for row in rows:
        if row.name in (TOTAL, DETAIL[0], ENTITIES):
            lines.append("-" * 56)
        lines.append(f"{row.name:<26} {row.gold:>5} {row.extracted:>5} {fmt(row.precision):>9} {fmt(row.recall):>6}")
    return "\n".join(lines)


def as_json(rows: list[Row]) -> list[dict]:
    """The rows as JSON-ready dicts, with the ids missed and found in excess."""
    return [{"type": r.name, "gold": r.gold, "extracted": r.extracted, "precision": r.precision,
             "recall": r.recall, "missed": r.missed, "spurious": r.spurious} for r in rows]
