"""Candidates as fact records: the hand-written format plus review keys.

``review`` is the candidate's status (``extracted-unreviewed`` or ``rejected``;
``review_by`` and ``review_note`` say who rejected it and why, when given),
``confidence`` a claim's or statement's learned probability of being right
(kb/extract/confidence.py),
``evidence_at`` the character offsets of each evidence sentence in the source's
text and ``marks`` the offsets of the names in it the candidate is about. A
proposed entity is one record for every document that proposed it, in
``facts/extracted/entities.yaml``; its ``mentioned`` list gives, per source,
the sentence, its offsets and the name's offsets. These keys are removed when a
curator accepts the candidate.
"""

from __future__ import annotations

import re
from decimal import Decimal

import yaml

UNREVIEWED = "extracted-unreviewed"
REJECTED = "rejected"
SECTIONS = ("entities", "claims", "statements")  # the parts of a candidates file
REVIEW_KEYS = ("review", "confidence", "review_by", "review_note", "evidence_at", "marks", "mentioned", "mentioned_in", "mentioned_at", "assumed_known")
ENTITIES_FILE = "entities.yaml"  # in facts/extracted/: the proposed entities of every document

_STATEMENT_ORDER = ("speaker", "role", "on_behalf_of", "date", "date_as_written", "channel", "carried_by", "stance",
                    "hedge", "regarding", "quote")


def records(result, source_id: str, taken_ids: set[str]) -> dict:
    """The YAML document for one source's candidates (plain dicts and lists).

    ``result`` is the engine's: ``claims`` and ``statements`` (candidates with
    ``id``, ``type``, ``fields`` and ``evidence`` sentences), ``new_entities``
    (``id``, ``type``, ``label``, ``part_of``), and ``sentences`` with the
    ``mentions`` found in each (``start``, ``end``, ``entity``). Claim and
    statement ids avoid ``taken_ids``; entity ids are settled by
    :func:`merge_entities`.
    """
    ids = set(taken_ids)
    marks_in = _mentions_by_sentence(result)
    claim_ids, minted = {}, {}
    claims = []
    for candidate in result.claims:
        ident = _unique(candidate.id or "candidate", ids)
        minted.setdefault(candidate.id, ident)
        claim_ids[id(candidate)] = ident
        candidate.id = ident
    for candidate in result.claims:
        fields = dict(candidate.fields)
        for key in ("of", "event"):
            if fields.get(key) in minted:
                fields[key] = minted[fields[key]]
        record = {"id": candidate.id, "type": candidate.type, "review": UNREVIEWED}
        record.update(_clean(fields))
        record.update(_evidence(candidate.evidence, marks_in, references(record)))
        claims.append(record)
    statements = []
    for candidate in result.statements:
        fields = dict(candidate.fields)
        regarding = [claim_ids[id(c)] for c in fields.pop("regarding") if id(c) in claim_ids]
        if not regarding:
            continue
        record = {"id": _unique(candidate.id, ids), "review": UNREVIEWED}
        for key in _STATEMENT_ORDER:
            if key == "regarding":
                record["regarding"] = regarding
            elif key in fields:
                record[key] = fields[key]
        record.update(_evidence(candidate.evidence, marks_in, references(record)))
        statements.append(record)
    entities = []
    for entity in result.new_entities:
        record = {"id": entity.id, "type": entity.type, "review": UNREVIEWED, "label": entity.label}
        if entity.assumed_known:
            record["assumed_known"] = True  # a body or state a reader knows; evaluation does not count it
        # (round 25) "al-Marun desert" for al-Marun: a name that opens with a lower-case article keeps its noun
        aliases = [n for n in entity.names if n != entity.label and (n[:1].isupper() or n.startswith(entity.label + " "))]
        if aliases:
            record["aliases"] = aliases
        if entity.part_of:
            record["within" if entity.type in ("Settlement", "Region") else "part_of"] = entity.part_of[0]
        # count, member_of, issuer, location: what the engine read of it
        record.update({k: v for k, v in entity.extra.items() if not k.startswith("_")})
        seen = [(s, m) for s, m in marks_in if any(x.entity == entity.id for x in m)]
        if seen:  # the first sentence naming it
            sentence, mentions = seen[0]
            record["mentioned"] = [{"source": source_id, "at": [sentence.start, sentence.end], "text": sentence.text,
                                    "marks": [[x.start, x.end] for x in mentions if x.entity == entity.id]}]
        else:  # named by a lexicon, not a mention: the first sentence holding one of its names
            names = [n for n in dict.fromkeys([entity.label, *entity.names]) if n]
            for sentence in result.sentences:
                lower = sentence.text.lower()
                found = next(((lower.find(n.lower()), n) for n in names if n.lower() in lower), None)
                if found is not None:
                    start = sentence.start + found[0]
                    record["mentioned"] = [{"source": source_id, "at": [sentence.start, sentence.end],
                                            "text": sentence.text, "marks": [[start, start + len(found[1])]]}]
                    break
        entities.append(record)
    # where each entity is first named: evidence for entities other documents proposed
    first_seen: dict[str, dict] = {}
    for sentence, mentions in marks_in:
        for x in mentions:
            if x.entity not in first_seen:
                first_seen[x.entity] = {"source": source_id, "at": [sentence.start, sentence.end], "text": sentence.text,
                                        "marks": [[y.start, y.end] for y in mentions if y.entity == x.entity]}
    return {"source": source_id, "entities": entities, "claims": claims, "statements": statements,
            "_seen": first_seen}


_TEXT_KEYS = ("id", "type", "evidence", "says", "label", "quote", "date", "date_as_written", "aliases")


def references(record: dict) -> set[str]:
    """The ids a record's fields may refer to (every string value outside its
    text, evidence and review keys)."""
    refs = set()
    for key, value in record.items():
        if key in _TEXT_KEYS or key in REVIEW_KEYS:
            continue
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str):
                refs.add(v)
    return refs


def rename_all(records: list[dict], mapping: dict[str, str]) -> None:
    """Point every reference to an entity id in ``mapping`` at its new id, in
    place and in one pass (so ``{a: b, b: c}`` never turns ``a`` into ``c``)."""
    if not any(old != new for old, new in mapping.items()):
        return
    for record in records:
        for key in list(record):
            if key in _TEXT_KEYS or key in REVIEW_KEYS:
                continue
            value = record[key]
            if isinstance(value, str):
                record[key] = mapping.get(value, value)
            elif isinstance(value, list):
                record[key] = list(dict.fromkeys(mapping.get(v, v) if isinstance(v, str) else v for v in value))


def _mentions_by_sentence(result) -> list[tuple]:
    """(sentence, its mentions) pairs from the engine's result."""
    mentions = getattr(result, "mentions", None) or []
    return list(zip(result.sentences, mentions)) if len(mentions) == len(result.sentences) else \
        [(s, []) for s in result.sentences]


def _unique(ident: str, taken: set[str]) -> str:
    ident = re.sub(r"-+", "-", ident).strip("-") or "candidate"
    base, n = ident, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    taken.add(ident)
    return ident


def _clean(fields: dict) -> dict:
    out = {}
    for key, value in fields.items():
        if isinstance(value, Decimal):
            value = int(value) if value == int(value) else float(value)
        out[key] = value
    return out


def _evidence(sentences, marks_in: list[tuple], refs: set[str]) -> dict:
    texts = [s.text for s in sentences]
    spans = [[s.start, s.end] for s in sentences]
    marks = sorted({(x.start, x.end) for sentence, mentions in marks_in if sentence in sentences
                    for x in mentions if x.entity in refs and sentence.start <= x.start and x.end <= sentence.end})
    out = {"evidence": texts[0], "evidence_at": spans[0]} if len(texts) == 1 else \
        {"evidence": texts, "evidence_at": spans}
    if marks:
        out["marks"] = [list(m) for m in marks]
    return out


def dump(document: dict, header: str) -> str:
    """Deterministic YAML for a candidates file."""
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=110, default_flow_style=None)
    body = re.sub(r"^(entities|claims|statements):", r"\n\1:", body, flags=re.M)
    return header + body


def strip_review(record: dict) -> dict:
    return {k: v for k, v in record.items() if k not in REVIEW_KEYS}


def plain(value):
    """YAML-read values (Map, Seq, dates) as plain dicts, lists and strings."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
