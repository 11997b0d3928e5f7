"""Plain text from HTML and Markdown, and sentences with their offsets."""

from __future__ import annotations

import re

from .nlp import Sentence, parse


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


def sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets and spaCy parses (see :mod:`kb.extract.nlp`)."""
    return parse(text)
