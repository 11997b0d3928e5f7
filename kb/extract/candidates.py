"""Candidates as fact records: the hand-written format plus two review keys.

``review`` is the candidate's status (``extracted-unreviewed`` or ``rejected``)
and ``evidence_at`` the character offsets of each evidence sentence; a proposed
entity has ``mentioned_in`` and ``mentioned_at`` instead. These keys are removed
when a curator accepts the candidate.
"""

from __future__ import annotations

import re
from decimal import Decimal

import yaml

UNREVIEWED = "extracted-unreviewed"
REJECTED = "rejected"
SECTIONS = ("entities", "claims", "statements")  # the parts of a candidates file
REVIEW_KEYS = ("review", "evidence_at", "mentioned_in", "mentioned_at", "assumed_known")

_STATEMENT_ORDER = ("speaker", "role", "on_behalf_of", "date", "date_as_written", "channel", "carried_by", "stance",
                    "hedge", "regarding", "quote")


def records(result, source_id: str, taken_ids: set[str]) -> dict:
    """The YAML document for one source's candidates (plain dicts and lists)."""
    ids = set(taken_ids)
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
        record.update(_evidence(candidate.evidence))
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
        record.update(_evidence(candidate.evidence))
        statements.append(record)
    entities = []
    for entity in result.new_entities:
        first = next((s for s, ms in zip(result.sentences, result.mentions) if any(m.entity == entity.id for m in ms)),
                     entity.extra.pop("_sentence", None) or result.sentences[0])
        record = {"id": entity.id, "type": entity.type, "review": UNREVIEWED, "label": entity.label}
        if entity.assumed_known:
            record["assumed_known"] = True  # a body or state a reader knows; evaluation does not count it
        aliases = [n for n in entity.names if n != entity.label and n[:1].isupper()]
        if aliases:
            record["aliases"] = aliases
        if entity.part_of:
            record["within" if entity.type in ("Settlement", "Region") else "part_of"] = entity.part_of[0]
        record.update({k: v for k, v in entity.extra.items() if not k.startswith("_")})  # count, member_of, issuer, location
        entities.append({**record, "mentioned_in": first.text, "mentioned_at": [first.start, first.end]})
    return {"source": source_id, "entities": entities, "claims": claims, "statements": statements}


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


def _evidence(sentences) -> dict:
    texts = [s.text for s in sentences]
    spans = [[s.start, s.end] for s in sentences]
    if len(texts) == 1:
        return {"evidence": texts[0], "evidence_at": spans[0]}
    return {"evidence": texts, "evidence_at": spans}


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
