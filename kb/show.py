"""`kb show`: everything the published knowledge base says about one resource.

For an entity (an actor, a place, a weapon type ...) or a fact (an arms
transfer, a sanctions measure, an estimate, an event ...): its names and
description, its properties, its relations to other resources (both ways),
the facts that name it and in which role, and **every claim on it** (about
it, about a fact that names it, or with it as the subject or value of an
attribute) with who it is attributed to, its source, its evidence (the exact
passage and its character offsets) and every statement that asserts, denies
or concurs with it (speaker, role, on whose behalf, date, channel, quote).
Then the statements it made, or that were made on its behalf.

A source document shows the claims and statements taken from it; a claim or
a statement shows itself. ``show`` returns plain data (for ``--format json``);
``text`` writes it for reading.
"""

from __future__ import annotations

import pyoxigraph as ox

from .errors import KBError
from .lookup import INNER, RDF_TYPE, Labels, display_id, fold, forms, iri_of, literal_sort_key, names, search
from .namespaces import AGKB, ID

AG = str(AGKB)
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
ORG = "http://www.w3.org/ns/org#"
# The nearest resources named when an id or name is not found (those tied best).
SUGGESTIONS = 3


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


FACT_CLASSES = {_n(AG + "Relationship"), _n(AG + "Event"), _n(ORG + "Membership")}
NAMES = {RDFS + "label", SKOS + "altLabel", AG + "weakAlias", DCT + "description"}
# Shown elsewhere (the summary, the claims, the statements), not as relations.
NOT_RELATIONS = {RDF + "type", AG + "asserts", AG + "denies", AG + "concursWith", PROV + "wasAttributedTo",
                 PROV + "wasDerivedFrom", AG + "evidence", AG + "about", RDF + "subject", RDF + "object",
                 AG + "regarding", AG + "speaker", AG + "onBehalfOf", AG + "linkedEntity"}


class _Reader:
    def __init__(self, store: ox.Store):
        self.store = store
        self.labels = Labels(store)

    def values(self, subject, predicate: str) -> list:
        return self.labels.objects(subject, _n(predicate))

    def value(self, subject, predicate: str):
        found = self.values(subject, predicate)
        if not found:
            return None
        literals = [f for f in found if isinstance(f, ox.Literal)]
        return min(literals, key=literal_sort_key) if literals else sorted(found, key=str)[0]

    def subjects(self, predicate: str, obj) -> list:
        return [q.subject for q in self.store.quads_for_pattern(None, _n(predicate), obj, None)]

    def has_type(self, node, iri: str) -> bool:
        return any(True for _ in self.store.quads_for_pattern(node, RDF_TYPE, _n(iri), None))

    def is_fact(self, node) -> bool:
        return any(t in FACT_CLASSES for t in self.values(node, RDF + "type"))

    def ref(self, term) -> dict:
        """A resource as shown: its id and name; a literal as its text (and language or datatype)."""
        if isinstance(term, ox.Literal):
            out = {"value": term.value}
            if term.language:
                out["language"] = term.language
            elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                out["datatype"] = display_id(term.datatype.value)
            return out
        return {"id": display_id(term.value), "label": self.labels.label(term, fallback=False)}

    def text(self, term) -> str | None:
        return None if term is None else self.labels.label(term)

    def names(self, node, predicate: str) -> list[dict]:
        found = [o for o in self.values(node, predicate) if isinstance(o, ox.Literal)]
        return [self.ref(o) for o in sorted(found, key=literal_sort_key)]


def _kind(reader: _Reader, node) -> str:
    for kind_, cls in (("claim", AG + "Claim"), ("statement", AG + "Statement"), ("source", AG + "Source")):
        if reader.has_type(node, cls):
            return kind_
    return "fact" if reader.is_fact(node) else "entity"


def _named(store: ox.Store, text: str) -> list[ox.NamedNode]:
    """The resources one of whose labels, aliases or nicknames is ``text``
    once both are compared as kb.lookup.forms compares names (case, accents,
    punctuation and script folded), sorted by IRI."""
    wanted = forms(text)
    if not wanted:
        return []
    return sorted({subject for subject, _, name in names(store) if forms(name.value) & wanted},
                  key=lambda node: node.value)


def find(store: ox.Store, ident: str) -> ox.NamedNode:
    """The resource ``ident`` names: an id, prefixed name or IRI (see
    kb.lookup.iri_of) the knowledge base describes, or else a name (label,
    alias or nickname, compared as ``kb search`` compares names) of exactly
    one resource. Raises KBError otherwise, naming the resources a name
    belongs to, or the nearest ones ``kb search`` finds."""
    try:
        node = _n(iri_of(ident))
    except ValueError:  # not an IRI (a space, '<' ...): only a name
        node = None
    if node is not None and any(True for _ in store.quads_for_pattern(node, None, None, None)):
        return node
    named = _named(store, ident)
    if len(named) == 1:
        return named[0]
    if named:
        shown = [display_id(n.value) for n in named]
        listed = ", ".join(shown[:-1]) + " and " + shown[-1]
        raise KBError(f"{ident!r} is a name of {len(named)} resources: {listed}; give one of their ids")
    if ":" not in ident and "/" not in ident:  # an imported entity's FtM id written without its ftm: prefix
        from urllib.parse import quote

        imported = _n(iri_of("ftm:" + quote(ident.strip(), safe="-._~")))
        if any(True for _ in store.quads_for_pattern(imported, None, None, None)):
            raise KBError(f"the published knowledge base has no {ident!r}; did you mean ftm:{ident.strip()}? "
                          "(an imported entity's id is written with ftm: before it)")
    words = ident.rsplit("/", 1)[-1].split(":", 1)[-1].replace("-", " ")
    hits = search(store, words, limit=SUGGESTIONS) if fold(words) else []
    nearest = [h.as_json()["id"] for h in hits if h.score == hits[0].score]
    if len(nearest) > 1:
        hint = f"; did you mean {', '.join(nearest[:-1])} or {nearest[-1]}? ("
    elif nearest:
        hint = f"; did you mean {nearest[0]}? ("
    else:
        hint = " ("
    raise KBError(f"the published knowledge base has no {ident!r}{hint}`kb search NAME` finds ids)")


def show(store: ox.Store, ident: str) -> dict:
    """What the knowledge base says about ``ident`` (an id, prefixed name or
    IRI), as JSON-ready data: ``id``, ``iri``, ``kind`` (entity, fact,
    source, claim or statement), ``type``, ``labels``, ``aliases``,
    ``description``, ``properties``, ``relations``, ``facts``, ``claims`` and
    ``statements``. Raises KBError when the knowledge base does not describe it."""
    reader = _Reader(store)
    node = find(store, ident)
    kind_ = _kind(reader, node)
    description = reader.value(node, DCT + "description")
    data = {
        "id": display_id(node.value), "iri": node.value, "kind": kind_, "type": reader.labels.type_name(node),
        "labels": reader.names(node, RDFS + "label"),
        "aliases": reader.names(node, SKOS + "altLabel") + reader.names(node, AG + "weakAlias"),
        "description": description.value if description is not None else None,
        "properties": [], "relations": [], "facts": [], "claims": [], "statements": [],
    }
    if kind_ == "claim":
        data["claims"] = [_claim(reader, node)]
        return data
    if kind_ == "statement":
        data["statements"] = [_statement(reader, node)]
        return data
    for quad in store.quads_for_pattern(node, None, None, None):
        p, o = quad.predicate.value, quad.object
        if p in NAMES or p in NOT_RELATIONS:
            continue
        if isinstance(o, ox.Literal):
            data["properties"].append({"property": display_id(p), "name": reader.labels.label(quad.predicate),
                                       **reader.ref(o)})
        else:
            data["relations"].append({"property": display_id(p), "name": reader.labels.label(quad.predicate),
                                      "direction": "out", **reader.ref(o)})
    facts = set()
    for quad in store.quads_for_pattern(None, None, node, None):
        s, p = quad.subject, quad.predicate.value
        if not isinstance(s, ox.NamedNode) or s.value.startswith(INNER) or p in NOT_RELATIONS:
            continue
        if reader.is_fact(s) and kind_ != "fact":
            facts.add(s)
            data["facts"].append({**reader.ref(s), "type": reader.labels.type_name(s),
                                  "role": reader.labels.label(quad.predicate), "property": display_id(p),
                                  "date": _date(reader, s)})
        else:
            data["relations"].append({"property": display_id(p), "name": reader.labels.label(quad.predicate),
                                      "direction": "in", **reader.ref(s)})
    data["properties"].sort(key=lambda r: (r["name"], r["value"]))
    data["relations"].sort(key=lambda r: (r["direction"] != "out", r["name"], r.get("label", ""), r["id"]))
    data["facts"].sort(key=lambda r: (r["type"], r["id"], r["role"]))
    claims = set()
    if kind_ == "source":
        claims = {c for c in reader.subjects(PROV + "wasDerivedFrom", node) if reader.has_type(c, AG + "Claim")}
        statements = {s for s in reader.subjects(PROV + "wasDerivedFrom", node)
                      if reader.has_type(s, AG + "Statement")}
    else:
        for target in {node} | facts:
            claims.update(reader.subjects(AG + "about", target))
        claims.update(reader.subjects(RDF + "subject", node))
        claims.update(reader.subjects(RDF + "object", node))
        claims = {c for c in claims if reader.has_type(c, AG + "Claim")}
        statements = set(reader.subjects(AG + "speaker", node)) | set(reader.subjects(AG + "onBehalfOf", node))
    data["claims"] = sorted((_claim(reader, c) for c in claims), key=_order)
    data["statements"] = sorted((_statement(reader, s) for s in statements), key=_order)
    return data


def _date(reader: _Reader, node) -> str | None:
    found = reader.value(node, DCT + "date")
    return found.value if isinstance(found, ox.Literal) else None


def _evidence(reader: _Reader, node) -> list[dict]:
    out = []
    for excerpt in reader.values(node, AG + "evidence"):
        start, end = reader.value(excerpt, OA + "start"), reader.value(excerpt, OA + "end")
        exact = reader.value(excerpt, OA + "exact")
        part = reader.value(excerpt, DCT + "isPartOf")
        out.append({"id": display_id(excerpt.value), "exact": exact.value if exact is not None else "",
                    "start": int(start.value) if start is not None else None,
                    "end": int(end.value) if end is not None else None,
                    "source": display_id(part.value) if part is not None else None})
    return sorted(out, key=lambda e: (e["source"] or "", e["start"] if e["start"] is not None else -1, e["id"]))


def _source(reader: _Reader, node) -> dict | None:
    """The document (or imported record) a claim or statement is taken from;
    a record is named by the list it is part of."""
    source = reader.value(node, PROV + "wasDerivedFrom")
    if source is None:
        return None
    issued = reader.value(source, DCT + "issued")
    out = {**reader.ref(source), "date": issued.value if issued is not None else None}
    dataset = reader.value(source, DCT + "isPartOf")
    if not out["label"] and dataset is not None:
        out["label"] = reader.labels.label(dataset)
        version = reader.value(dataset, "http://www.w3.org/ns/dcat#version")
        out["date"] = version.value if version is not None else None
    return out


def _order(item: dict) -> tuple:
    evidence = item.get("evidence") or []
    first = evidence[0]["start"] if evidence and evidence[0]["start"] is not None else 10 ** 12
    return ((item.get("source") or {}).get("id", ""), first, item["id"])


def _claim(reader: _Reader, claim) -> dict:
    says = reader.value(claim, RDFS + "label")
    out = {"id": display_id(claim.value), "iri": claim.value, "says": says.value if says is not None else "",
           "about": [reader.ref(a) for a in sorted(reader.values(claim, AG + "about"), key=str)],
           "attributedTo": sorted(reader.labels.label(a) for a in reader.values(claim, PROV + "wasAttributedTo")),
           "hedges": sorted(h.value for h in reader.values(claim, AG + "hedge")),
           "source": _source(reader, claim), "evidence": _evidence(reader, claim), "attribute": None,
           "statements": []}
    predicate = reader.value(claim, RDF + "predicate")
    if predicate is not None:
        as_of = reader.value(claim, AG + "asOf")
        out["attribute"] = {"subject": reader.ref(reader.value(claim, RDF + "subject")),
                            "property": display_id(predicate.value), "name": reader.labels.label(predicate),
                            "value": reader.ref(reader.value(claim, RDF + "object")),
                            "asOf": as_of.value if as_of is not None else None}
    out["statements"] = sorted((_statement(reader, s, regarding=False)
                                for s in reader.subjects(AG + "regarding", claim)),
                               key=lambda s: (s["stance"] or "", s["id"]))
    return out


def _statement(reader: _Reader, statement, regarding: bool = True) -> dict:
    def label(predicate: str) -> str | None:
        return reader.text(reader.value(statement, predicate))

    date = reader.value(statement, DCT + "date")
    out = {"id": display_id(statement.value), "iri": statement.value, "stance": label(AG + "stance"),
           "speaker": label(AG + "speaker"), "role": label(AG + "speakerRole"), "onBehalfOf": label(AG + "onBehalfOf"),
           "date": date.value if date is not None else None, "channel": label(AG + "channel"),
           "carriedBy": label(AG + "carriedBy"),
           "quotes": sorted(q.value for q in reader.values(statement, AG + "quote")),
           "hedges": sorted(h.value for h in reader.values(statement, AG + "hedge")),
           "source": _source(reader, statement), "evidence": _evidence(reader, statement)}
    if regarding:
        out["regarding"] = [{"id": display_id(c.value), "says": reader.text(reader.value(c, RDFS + "label"))}
                            for c in sorted(reader.values(statement, AG + "regarding"), key=str)]
    return out


# ---------------------------------------------------------------- text

def _literal(ref: dict) -> str:
    if "id" in ref:
        return f"{ref['label']} ({ref['id']})" if ref["label"] else ref["id"]
    return ref["value"] + (f" ({ref['language']})" if ref.get("language") not in (None, "en") else "")


def _names(refs: list[dict]) -> str:
    return "; ".join(_literal(r) for r in refs)


def _who(statement: dict) -> str:
    parts = [statement["speaker"] or "unknown speaker"]
    if statement["role"]:
        parts.append(statement["role"])
    if statement["onBehalfOf"]:
        parts.append(f"for {statement['onBehalfOf']}")
    if statement["date"]:
        parts.append(statement["date"])
    if statement["channel"]:
        parts.append(statement["channel"])
    if statement["carriedBy"]:
        parts.append(f"carried by {statement['carriedBy']}")
    if statement["hedges"]:
        parts.append(f"hedged: {', '.join(statement['hedges'])}")
    return ", ".join(parts)


def _evidence_lines(evidence: list[dict], indent: str, source: dict | None) -> list[str]:
    out = []
    for n, e in enumerate(evidence):
        where = f"characters {e['start']}-{e['end']}" if e["start"] is not None else "no offsets"
        if e["source"] != (source or {}).get("id"):
            where += f" of {e['source']}"
        out.append(f"{indent}{'evidence' if n == 0 else '':<13}“{e['exact']}” ({where})")
    return out


def _source_line(source: dict | None) -> str:
    if source is None:
        return "none recorded"
    return _literal(source) + (f", {source['date']}" if source.get("date") else "")


def _claim_lines(claim: dict) -> list[str]:
    lines = [f"  {claim['id']}", f"    {'says':<13}{claim['says']}"]
    if claim["attribute"]:
        a = claim["attribute"]
        value = _literal(a["value"])
        lines.append(f"    {'attribute':<13}{a['subject']['label']}: {a['name']} = {value}"
                     + (f", as of {a['asOf']}" if a["asOf"] else ""))
    if claim["hedges"]:
        lines.append(f"    {'hedged':<13}{', '.join(claim['hedges'])}")
    lines.append(f"    {'source':<13}{_source_line(claim['source'])}")
    lines.append(f"    {'according to':<13}{'; '.join(claim['attributedTo']) or 'nobody recorded'}")
    for s in claim["statements"]:
        lines.append(f"    {s['stance'] or 'stance?':<13}{_who(s)} ({s['id']})")
        for quote in s["quotes"]:
            lines.append(f"    {'':<13}quote “{quote}”")
        for e in s["evidence"]:
            where = f"characters {e['start']}-{e['end']}" if e["start"] is not None else "no offsets"
            lines.append(f"    {'':<13}passage “{e['exact']}” ({where})")
    lines += _evidence_lines(claim["evidence"], "    ", claim["source"])
    return lines


def _statement_lines(statement: dict) -> list[str]:
    lines = [f"  {statement['id']}", f"    {statement['stance'] or 'stance?':<13}{_who(statement)}"]
    for c in statement.get("regarding", []):
        lines.append(f"    {'regarding':<13}{c['id']}: {c['says']}")
    for quote in statement["quotes"]:
        lines.append(f"    {'quote':<13}“{quote}”")
    lines.append(f"    {'source':<13}{_source_line(statement['source'])}")
    lines += _evidence_lines(statement["evidence"], "    ", statement["source"])
    return lines


def text(data: dict) -> str:
    """``show``'s data as text for a terminal: a summary, then one section
    each for relations, facts, claims and statements (those that are empty
    are left out)."""
    name = data["labels"][0]["value"] if data["labels"] and data["kind"] not in ("claim", "statement") else ""
    width = max([13] + [len(p["name"]) + 2 for p in data["properties"]])
    lines = [data["id"] + (f": {name}" if name else "") + (f" ({data['type']})" if data["type"] else ""),
             f"  {'IRI':<{width}}{data['iri']}"]
    if len(data["labels"]) > 1:
        lines.append(f"  {'labels':<{width}}{_names(data['labels'])}")
    if data["aliases"]:
        lines.append(f"  {'also called':<{width}}{_names(data['aliases'])}")
    if data["description"]:
        lines.append(f"  {'description':<{width}}{data['description']}")
    for prop in data["properties"]:
        lines.append(f"  {prop['name']:<{width}}{_literal(prop)}")
    if data["relations"]:
        lines += ["", f"Relations ({len(data['relations'])}):"]
        width = max(len(r["name"]) for r in data["relations"]) + 2
        for r in data["relations"]:
            arrow = "" if r["direction"] == "out" else "← "
            lines.append(f"  {arrow + r['name']:<{width + 2}}{_literal(r)}")
    if data["facts"]:
        lines += ["", f"Facts that name it ({len(data['facts'])}):"]
        for f in data["facts"]:
            lines.append(f"  {f['id']} ({f['type']}, as {f['role']}" + (f", {f['date']}" if f["date"] else "")
                         + f"): {f['label']}")
    if data["claims"]:
        title = "Claim" if data["kind"] == "claim" else f"Claims ({len(data['claims'])})"
        lines += ["", f"{title}:"]
        for n, claim in enumerate(data["claims"]):
            lines += ([""] if n else []) + _claim_lines(claim)
    if data["statements"]:
        title = {"statement": "Statement", "source": "Statements in it"}.get(
            data["kind"], "Statements it made or that were made for it")
        lines += ["", f"{title} ({len(data['statements'])}):" if data["kind"] != "statement" else f"{title}:"]
        for n, statement in enumerate(data["statements"]):
            lines += ([""] if n else []) + _statement_lines(statement)
    return "\n".join(lines) + "\n"
