"""What an entity page shows first: the summary box (types, names in every
script, external IDs, key relations) and the page's claims grouped by kind and
ordered by date.

Data only: every function here returns records built from the build's
N-Triples strings (``"<iri>"``, ``'"text"@en'``) through a
:class:`kb.export.documents.Documents`; :mod:`kb.export.entity_view` turns them
into HTML. Which properties are names, which facts are key relations and how
claims are grouped is data, in ``entity_page.yaml`` beside this module.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from .. import dates, langtag, nt, yamlio
from .documents import (ABOUT, DATE, DERIVED, EVIDENCE, EXACT_MATCH, ISSUED, OA_START, RDF_SUBJECT, REGARDING,
                        TYPE, Documents, iri_key, term)

CONFIG = Path(__file__).with_name("entity_page.yaml")
EXTERNAL, METHOD, CHECKED_ON = term("externalResource"), term("verificationMethod"), term("checkedOn")
SANCTIONS, FORMERLY = term("sanctions"), term("formerlySanctioned")


@functools.lru_cache(maxsize=None)
def config() -> dict:
    """``entity_page.yaml`` with every ``prefix:local`` term expanded to an
    N-Triples IRI. Raises KeyError on a term with an unknown prefix."""
    raw = yamlio.load(CONFIG)
    prefixes = raw["prefixes"]

    def iri(text: str) -> str:
        prefix, local_ = text.split(":", 1)
        return f"<{prefixes[prefix]}{local_}>"

    relations = [{"title": r["title"], "class": iri(r["class"]), "self": iri(r["self"]),
                  "other": [iri(o) for o in r.get("other", [])], "details": [iri(d) for d in r.get("details", [])],
                  "sanctions": bool(r.get("sanctions"))} for r in raw["relations"]]
    groups = [{"title": g["title"], "classes": [iri(c) for c in g.get("classes", [])],
               "attribute": bool(g.get("attribute"))} for g in raw["claim_groups"]]
    return {"names": [iri(n) for n in raw["names"]], "dates": [iri(d) for d in raw["dates"]],
            "end_dates": [iri(d) for d in raw["end_dates"]], "due_end_dates": [iri(d) for d in raw["due_end_dates"]],
            "relations": relations, "groups": groups,
            "status": {iri(k): v for k, v in raw["sanctions_status"].items()},
            "texts": {k: raw[k] for k in ("ended_text", "due_text", "lifted_later_text", "no_measure_active_text",
                                           "no_measure_ended_text")}}


@dataclass(frozen=True)
class Name:
    """One name of the entity: ``text``, its BCP 47 ``language`` ('' when the
    literal has none), the property it is the value of, and the literal itself."""

    text: str
    language: str
    predicate: str
    literal: str


@dataclass(frozen=True)
class Identity:
    """An external resource the entity is the same as (skos:exactMatch), with
    its identity-link record when there is one (how it was verified)."""

    resource: str  # the external IRI, bare
    link: str | None = None  # the agkb:IdentityLink node
    method: str | None = None  # its agkb:verificationMethod
    checked_on: str | None = None  # its agkb:checkedOn literal


@dataclass
class Relation:
    """One row of the summary box: the entity ``title`` (e.g. 'sanctioned by')
    ``others`` through ``fact`` (None for a shortcut triple with no fact node),
    from ``date`` to ``end`` (literals as written, or None), with ``details``
    (nodes: items, conflict, role, legal basis). For sanctions ``status`` is
    the wording and ``state`` one of 'active', 'announced', 'ended', 'unknown',
    and ``due`` the date a measure in force is due to end (agkb:scheduledEndDate;
    None on a row that does not read as in force)."""

    title: str
    others: list[str]
    fact: str | None
    date: str | None = None
    end: str | None = None
    details: list[str] = field(default_factory=list)
    status: str | None = None
    state: str | None = None
    due: str | None = None


@dataclass
class Summary:
    """The summary box of ``node``: its ``types`` (most specific first as the
    page's type line has them), ``names`` (the shown label first, then by
    language), ``identities`` and ``relations`` (in the order of
    entity_page.yaml, each kind by date)."""

    node: str
    types: list[str]
    names: list[Name]
    identities: list[Identity]
    relations: list[Relation]

    def __bool__(self) -> bool:
        return bool(self.names or self.identities or self.relations)


def names(docs: Documents, node: str) -> list[Name]:
    """Every name of ``node`` (labels, aliases, nicknames ... as
    entity_page.yaml lists them), each once: the label a page shows first
    (:func:`kb.langtag.preferred`), then by language (English first, as
    :func:`kb.langtag.preference`) and text."""
    g = docs.index
    found: dict = {}
    for predicate in config()["names"]:
        for literal in g.objects(node, predicate):
            if literal[0] == '"':
                text, language, _ = nt.split_literal(literal)
                found.setdefault((text, language or ""), Name(text, language or "", predicate, literal))
    first = docs.label(node)
    order = {p: i for i, p in enumerate(config()["names"])}
    return sorted(found.values(), key=lambda n: (n.text != first, langtag.preference(_Lit(n)),
                                                 order[n.predicate]))


class _Lit:
    """A Name as langtag.preference reads a literal."""

    def __init__(self, name: Name):
        self.language, self.text = name.language, name.text

    def __str__(self) -> str:
        return self.text


def identities(docs: Documents, node: str) -> list[Identity]:
    """The external resources ``node`` is the same as: each skos:exactMatch,
    with the identity-link record that verified it when there is one, sorted by IRI."""
    g = docs.index
    records = {}
    for link in docs.links_of(node):
        resource = g.value(link, EXTERNAL)
        if resource is not None and resource[0] == "<":
            records.setdefault(resource, link)
    out = []
    for resource in sorted(set(g.objects(node, EXACT_MATCH)) | set(records), key=iri_key):
        if resource[0] != "<":
            continue
        link = records.get(resource)
        out.append(Identity(resource[1:-1], link, g.value(link, METHOD) if link else None,
                            g.value(link, CHECKED_ON) if link else None))
    return out


def fact_date(docs: Documents, fact: str) -> str | None:
    """The date of a fact node as a literal: the first of the dates
    entity_page.yaml lists (start, listing, date), the least if several; or None."""
    for predicate in config()["dates"]:
        found = docs.index.objects(fact, predicate)
        if found:
            return min(found, key=nt.lexical)
    return None


def _end(docs: Documents, fact: str, key: str = "end_dates") -> str | None:
    """The latest of ``fact``'s dates under the first predicate of
    entity_page.yaml's ``key`` (end_dates, due_end_dates) that it has, or None."""
    for predicate in config()[key]:
        found = docs.index.objects(fact, predicate)
        if found:
            return max(found, key=nt.lexical)
    return None


def relations(docs: Documents, node: str) -> list[Relation]:
    """The key relations of ``node``, kind by kind in the order of
    entity_page.yaml and by date (undated last), then by the other side's label."""
    g = docs.index
    cfg = config()
    out: list[Relation] = []
    for spec in cfg["relations"]:
        rows = []
        for fact in g.subjects(spec["self"], node):
            if not g.has(fact, TYPE, spec["class"]):
                continue
            others = sorted({o for p in spec["other"] for o in g.objects(fact, p)}, key=iri_key)
            details = sorted({o for p in spec["details"] for o in g.objects(fact, p)}, key=iri_key)
            row = Relation(spec["title"], others, fact, fact_date(docs, fact), _end(docs, fact), details)
            if spec["sanctions"]:
                rows += _sanctions_status(docs, node, spec, row)
            else:
                rows.append(row)
        if spec["sanctions"]:
            rows += _shortcut_sanctions(docs, node, spec, rows)
        rows.sort(key=lambda r: (r.date is None, nt.lexical(r.date) if r.date else "",
                                 [docs.label(o) for o in r.others], r.fact or ""))
        out += rows
    return out


def _sanctions_status(docs: Documents, node: str, spec: dict, row: Relation) -> list[Relation]:
    """``row`` with its ``status`` and ``state`` set for a sanctions measure:
    its own status (entity_page.yaml), ended when it has an end date, and
    lifted later for each other side that a later lift by the same authority
    on the same target ended (the test of rule 30, ontology/rules/30-direct-
    relations.rq). When that holds for some of the row's other sides only, the
    row is split in two, so a target still sanctioned never reads as lifted
    and a lifted one never as in force."""
    g = docs.index
    cfg = config()
    status = g.value(row.fact, term("sanctionsStatus"))
    known = cfg["status"].get(status)
    row.status, row.state = (known["text"], known["state"]) if known else (docs.label(status) or "unknown", "unknown")
    if row.end is not None and row.state != "ended":
        row.status, row.state = f"{cfg['texts']['ended_text']} {nt.lexical(row.end)}", "ended"
    if row.state not in ("active", "announced", "unknown"):
        return [row]
    row.due = _end(docs, row.fact, "due_end_dates")  # in force (or announced) until then
    authority_side = spec["self"] != term("target")  # this page is the authority's: the others are targets
    lifted = []
    for other in row.others:
        authority, target = (node, other) if authority_side else (other, node)
        # lifted later by a measure on record, or no longer sanctioned by this authority at all
        if _lifted_later(g, row.fact, authority, target) or (
                g.has(authority, FORMERLY, target) and not g.has(authority, SANCTIONS, target)):
            lifted.append(other)
    if not lifted:
        return [row]
    ended = Relation(row.title, lifted, row.fact, row.date, row.end, row.details,
                     cfg["texts"]["lifted_later_text"], "ended")
    rest = [o for o in row.others if o not in lifted]
    if not rest:
        return [ended]
    row.others = rest
    return [row, ended]


def _measure_date(g, measure: str) -> str | None:
    """The date a measure took effect, as rule 30 reads it: dcterms:date, else
    schema:startDate, else agkb:listingDate (an imported listing's)."""
    for predicate in (DATE, "<https://schema.org/startDate>", term("listingDate")):
        found = g.objects(measure, predicate)
        if found:
            return nt.lexical(min(found, key=nt.lexical))
    return None


def _lifted_later(g, measure: str, authority: str, target: str) -> bool:
    """Whether ``authority`` lifted its sanctions on ``target`` by another
    measure dated at or after ``measure`` (dates compared at the coarser
    precision; a lift without a date, or of an undated measure, counts), as
    rule 30 decides before it derives agkb:sanctions. The page needs the answer
    per measure, which the rule's shortcut (per authority and target) does not
    keep; tests/test_entity_page.py runs the rule on Oxigraph beside this
    function over every combination of dates and precisions."""
    dated = _measure_date(g, measure)
    for lift in g.subjects(term("target"), target):
        if lift == measure or not g.has(lift, term("sanctionsStatus"), term("Lifted")) \
                or not g.has(lift, term("imposedBy"), authority):
            continue
        ends = g.objects(lift, "<https://schema.org/endDate>")
        when = nt.lexical(max(ends, key=nt.lexical)) if ends else _measure_date(g, lift)
        if when is None or dated is None or dates.on_or_before(dated, when):
            return True
    return False


def _shortcut_sanctions(docs: Documents, node: str, spec: dict, rows: list[Relation]) -> list[Relation]:
    """Rows for agkb:sanctions / agkb:formerlySanctioned triples of ``node``
    that no measure on the page stands behind (so none is left out)."""
    g = docs.index
    texts = config()["texts"]
    covered = {o for r in rows for o in r.others}
    out = []
    target_side = spec["self"] == term("target")
    for predicate, text, state in ((SANCTIONS, texts["no_measure_active_text"], "active"),
                                   (FORMERLY, texts["no_measure_ended_text"], "ended")):
        others = g.subjects(predicate, node) if target_side else g.objects(node, predicate)
        for other in sorted(set(others) - covered, key=iri_key):
            if other[0] == "<":
                out.append(Relation(spec["title"], [other], None, status=text, state=state))
                covered.add(other)
    return out


def summarise(docs: Documents, node: str, types: list[str]) -> Summary:
    """The summary box of ``node``; ``types`` as the page shows them."""
    return Summary(node, types, names(docs, node), identities(docs, node), relations(docs, node))


# ---------------------------------------------------------------- claims by kind and date

def claim_group(docs: Documents, claim: str) -> int:
    """The index in entity_page.yaml's ``claim_groups`` of the group ``claim`` belongs to."""
    g = docs.index
    groups = config()["groups"]
    about = g.objects(claim, ABOUT)
    for i, group in enumerate(groups):
        if group["attribute"]:
            if g.value(claim, RDF_SUBJECT) is not None:
                return i
        elif group["classes"]:
            if any(g.has(a, TYPE, c) for a in about for c in group["classes"]):
                return i
        else:
            return i
    return len(groups) - 1


def claim_date(docs: Documents, claim: str) -> str | None:
    """The date a claim is ordered by, as a lexical ISO date of any precision
    (YYYY, YYYY-MM, YYYY-MM-DD): the earliest date of the facts it is about,
    else of the statements on it, else of its source's issue; None if none."""
    g = docs.index
    found = [d for a in g.objects(claim, ABOUT) for d in [fact_date(docs, a)] if d is not None]
    if not found:
        found = [d for s in docs.statements_on(claim) for d in g.objects(s, DATE)]
    if not found:
        found = [d for s in g.objects(claim, DERIVED) for d in g.objects(s, ISSUED)]
    return min((nt.lexical(d) for d in found), default=None)


def text_position(docs: Documents, node: str) -> int | None:
    """Where the first passage cited by ``node`` (a claim, else the statements
    on it) starts in its source, in code points; None when it cites none."""
    g = docs.index
    starts = [int(nt.lexical(s)) for e in g.objects(node, EVIDENCE) for s in g.objects(e, OA_START)]
    if not starts:
        starts = [int(nt.lexical(s)) for st in g.subjects(REGARDING, node) for e in g.objects(st, EVIDENCE)
                  for s in g.objects(e, OA_START)]
    return min(starts, default=None)


def grouped_claims(docs: Documents, claims: list[str]) -> list[tuple[str, list[str]]]:
    """``claims`` as (group title, claims) in the order of entity_page.yaml,
    empty groups left out; within a group by date (undated last; a month sorts
    before the days in it), then by position in the source, then by IRI."""
    groups = config()["groups"]
    buckets: list[list] = [[] for _ in groups]
    for claim in claims:
        buckets[claim_group(docs, claim)].append(claim)
    out = []
    for group, bucket in zip(groups, buckets):
        if bucket:
            def key(c):
                date, pos = claim_date(docs, c), text_position(docs, c)
                return (date is None, date or "", pos is None, pos or 0, iri_key(c))
            out.append((group["title"], sorted(bucket, key=key)))
    return out
