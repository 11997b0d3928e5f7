"""What the extractor finds, before it is written as YAML: candidates, the
result of one document, and the dates a sentence states (resolved with
:mod:`kb.dates` against the document's date)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import dates

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = re.compile(
    r"\b(?:(?:on|last|this|since|in|during|just|earlier|late|early)\s+)*"
    r"(?:" + _WEEKDAY + r"|(?:last|this) (?:month|year)|\d{1,2} " + _MONTH + r"(?:,? \d{4})?|" + _MONTH + r"(?: \d{1,2})?(?:,? \d{4})?|(?<=in )\d{4}|yesterday|today)\b"
)


@dataclass
class Candidate:
    """One candidate fact or statement, before it is written as YAML."""

    type: str
    fields: dict
    evidence: list  # sentences
    key: tuple = ()
    id: str = ""


@dataclass
class Result:
    sentences: list
    mentions: list
    claims: list = field(default_factory=list)
    statements: list = field(default_factory=list)
    new_entities: list = field(default_factory=list)
    ontology: object = None  # the Ontology the classes were read from


def resolve_date(expression: str, anchor: dt.date | None):
    if anchor is None:
        return None
    cleaned = re.sub(r"^(?:just|on|in|during|since|earlier|late|early)\s+", "", expression.strip(), flags=re.I)
    value = dates.resolve(cleaned, anchor)
    if value is None or str(value) > anchor.isoformat():
        return None
    return cleaned, str(value)


def sentence_case(text: str) -> str:
    """The text with its first letter in upper case."""
    return text[:1].upper() + text[1:] if text else text
