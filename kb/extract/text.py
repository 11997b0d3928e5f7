"""Plain text from HTML and Markdown, and sentences with their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import language


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and where it sits in the document."""

    index: int
    start: int
    end: int
    text: str


def html_to_text(html: str, url: str | None = None) -> dict:
    """Main text and metadata of an HTML page, via trafilatura.

    Returns ``{"text", "title", "sitename", "date", "author"}``; missing values
    are ``None``. Only dates the page states are kept (no guessing from the URL).
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return {"text": "", "title": None, "sitename": None, "date": None, "author": None}
    doc = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {key: (doc.get(key) or None) for key in ("text", "title", "sitename", "date", "author")}


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def markdown_to_text(markdown: str) -> str:
    """Markdown with links, headings and emphasis reduced to their words."""
    text = _MD_LINK.sub(r"\1", markdown)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!$])", r"\1", text)


_BOUNDARY = re.compile(r"([.!?])([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset:
    return frozenset(a.lower() for a in language()["abbreviations"])


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences at stops and at line breaks, keeping offsets."""
    abbreviations = _abbreviations()
    out: list[Sentence] = []
    for block in re.finditer(r"[^\n]+", text):
        start = block.start()
        line = block.group()
        cut = 0
        for match in _BOUNDARY.finditer(line):
            word = re.search(r"([\w.]+)$", line[cut:match.start()])
            token = word.group(1).lower() if word else ""
            if token in abbreviations or re.fullmatch(r"[a-z]", token):
                continue
            end = match.end(2)
            _add(out, text, start + cut, start + end)
            cut = match.end(3)
        _add(out, text, start + cut, start + len(line))
    return out


def _add(out: list, text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))
