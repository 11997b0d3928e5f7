"""The date a document states at its start: a wire report's dateline
("WASHINGTON, January 20, 2023 -"), a press release's date line ("Press
release | 20.01.2023", "FOR IMMEDIATE RELEASE January 20, 2023"). The patterns
are data, in ``datelines.yaml``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Dateline:
    date: dt.date
    text: str  # the words the date was read from, as written
    start: int  # their character offsets in the text
    end: int
    kind: str  # which pattern of datelines.yaml matched


@lru_cache(maxsize=1)
def _patterns() -> tuple[int, dict[str, int], list[tuple[str, re.Pattern]]]:
    with open(Path(__file__).with_name("datelines.yaml"), encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    months = {name.lower(): int(number) for number, names in data["months"].items() for name in names}
    alternation = "|".join(re.escape(n) for n in sorted(
        (name for names in data["months"].values() for name in names), key=len, reverse=True)) 
    month = r"(?:" + alternation + r")(?![\w])"
    compiled = [(p["name"], re.compile(p["regex"].replace("{month}", month))) for p in data["patterns"]]
    return int(data["window"]), months, compiled


def find(text: str) -> Dateline | None:
    """The first dateline near the start of ``text`` (within the ``window`` of
    ``datelines.yaml``) that gives a real calendar date, or None."""
    window, months, patterns = _patterns()
    head = text[:window]
    for kind, regex in patterns:
        for match in regex.finditer(head):
            parts = {k.rstrip("2"): v for k, v in match.groupdict().items() if v}
            month = parts.get("month", "")
            number = int(month) if month.isdigit() else months.get(month.lower().rstrip(".")) or months.get(month.lower())
            try:
                date = dt.date(int(parts["year"]), number, int(parts["day"]))
            except (KeyError, TypeError, ValueError):
                continue
            start = match.start() + len(match.group()) - len(match.group().lstrip("\n\r\t *#_>"))
            words = text[start:match.end()].rstrip(" –—-").rstrip()
            return Dateline(date, words, start, start + len(words), kind)
    return None
