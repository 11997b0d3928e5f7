"""Dates at the precision a source gives them, and relative dates resolved
against the source's own date.

``2022-12-22`` is a day (xsd:date), ``2022-11`` a month (xsd:gYearMonth),
``2022`` a year (xsd:gYear). "Thursday" or "last month" in an article dated
2022-12-23 resolve to 2022-12-22 and 2022-11.
"""

from __future__ import annotations

import datetime as dt
import re

from rdflib import Literal
from rdflib.namespace import XSD

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_WITH_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]+\d")


class DateError(ValueError):
    """A value that is not a date at day, month or year precision."""


def parse(value) -> Literal:
    """Turn a YAML date value into a typed literal that keeps its precision.

    Accepts ``datetime.date`` (YAML's own dates), ``YYYY-MM-DD``, ``YYYY-MM``,
    ``YYYY`` strings and bare year integers. Raises :class:`DateError` for
    anything else, including impossible dates such as 2022-13-40.
    """
    if isinstance(value, dt.datetime):
        raise DateError(f"{value.isoformat()} has a time of day; give the date only")
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD.date)
    if isinstance(value, bool):
        raise DateError(f"{value!r} is not a date")
    if isinstance(value, int):
        value = f"{value:04d}"
    if not isinstance(value, str):
        raise DateError(f"{value!r} is not a date")
    match = _ISO.match(value.strip())
    if not match and _WITH_TIME.match(value.strip()):
        raise DateError(f"{value} has a time of day; give the date only")
    if not match:
        raise DateError(f"'{value}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = match.groups()
    try:
        if day:
            dt.date(int(year), int(month), int(day))
            return Literal(f"{year}-{month}-{day}", datatype=XSD.date)
        if month:
            dt.date(int(year), int(month), 1)
            return Literal(f"{year}-{month}", datatype=XSD.gYearMonth)
    except ValueError as exc:
        raise DateError(f"'{value}' is not a real date ({exc})") from None
    return Literal(year, datatype=XSD.gYear)


def on_or_before(date: str, other: str) -> bool:
    """Whether the date ``date`` is on or before ``other``, both written
    YYYY-MM-DD, YYYY-MM or YYYY, compared at the coarser of their two
    precisions: 2026 is on or before 2026-03-15, and so is 2026-03; 2027 is
    not. This is how ontology/rules/30-direct-relations.rq compares a
    measure's date with its lift's (the shorter text against the same number of
    characters of the longer)."""
    n = min(len(date), len(other))
    return date[:n] <= other[:n]


def _month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def resolve(expression: str, anchor: dt.date) -> Literal | None:
    """Resolve a relative or partial date expression against ``anchor``.

    Returns a typed literal, or ``None`` when the expression is too vague to
    pin down ("in recent weeks"). Calendar dates may be written month first
    ("May 12, 2025") or day first ("12 May 2025"); without a year they are the
    latest such day or month on or before the anchor. Weekday names mean the latest such day on or
    before the anchor, as in wire copy ("the White House said Thursday").
    """
    text = " ".join(expression.lower().replace(",", " ").split())
    text = re.sub(r"^(on|in|during|since|just|earlier|late|early)\s+", "", text)
    text = re.sub(r"^(on|in|during)\s+", "", text)
    if text in ("today", "this day"):
        return Literal(anchor.isoformat(), datatype=XSD.date)
    if text == "yesterday":
        return Literal((anchor - dt.timedelta(days=1)).isoformat(), datatype=XSD.date)
    if text in WEEKDAYS or (text.startswith("last ") and text[5:] in WEEKDAYS):
        name = text.split()[-1]
        back = (anchor.weekday() - WEEKDAYS.index(name)) % 7
        if text.startswith("last ") and back == 0:
            back = 7
        return Literal((anchor - dt.timedelta(days=back)).isoformat(), datatype=XSD.date)
    if text in ("this month", "earlier this month"):
        return Literal(f"{anchor.year:04d}-{anchor.month:02d}", datatype=XSD.gYearMonth)
    if text in ("last month", "a month ago"):
        year, month = _month_shift(anchor.year, anchor.month, -1)
        return Literal(f"{year:04d}-{month:02d}", datatype=XSD.gYearMonth)
    if text in ("this year", "earlier this year"):
        return Literal(f"{anchor.year:04d}", datatype=XSD.gYear)
    if text in ("last year", "a year ago"):
        return Literal(f"{anchor.year - 1:04d}", datatype=XSD.gYear)
    match = re.match(r"^(\d{4})$", text)
    if match:
        return Literal(match.group(1), datatype=XSD.gYear)
    # "May 12, 2025" (month first, as in US wire copy) or "12 May 2025" (day
    # first, as in British and UN usage), with or without the year
    match = re.match(r"^(?:(\d{1,2}) )?([a-z]+)(?: (\d{1,2}))?(?: (\d{4}))?$", text)
    if match and match.group(2) in MONTHS and not (match.group(1) and match.group(3)):
        month = MONTHS.index(match.group(2)) + 1
        day = int(match.group(1) or match.group(3)) if (match.group(1) or match.group(3)) else None
        if match.group(4):
            year = int(match.group(4))
        else:  # the latest such month on or before the anchor
            year = anchor.year if (month, day or 1) <= (anchor.month, anchor.day) else anchor.year - 1
        if day:
            try:
                return Literal(dt.date(year, month, day).isoformat(), datatype=XSD.date)
            except ValueError:
                return None
        return Literal(f"{year:04d}-{month:02d}", datatype=XSD.gYearMonth)
    return None
