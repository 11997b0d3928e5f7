"""A source document's page: its full stored text with every excerpt
highlighted, each highlight linked to the claims it is evidence for, and those
claims listed in the order of the text.

The text is ``seeds/<agkb:textFile>`` of the project, used only when its
sha256 is the document's ``agkb:sha256`` (excerpt offsets refer to that exact
text). Offsets are Unicode code points (ontology/agkb.ttl, agkb:Excerpt), as
Python indexes a ``str``. Excerpts may overlap: the text is cut at every start
and end, and each piece is wrapped in one ``<mark>`` per excerpt covering it,
nested, so every element closes where it opens and the HTML stays valid; an
excerpt's first piece carries its ``id`` (``excerpt-<id>``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from html import escape
from pathlib import Path

from .. import nt
from .documents import DERIVED, EVIDENCE, OA_END, OA_EXACT, OA_START, REGARDING, Documents, iri_key, local, term

IS_PART_OF = "<http://purl.org/dc/terms/isPartOf>"
TEXT_FILE, SHA256 = term("textFile"), term("sha256")

STYLE = """\
.source-text { white-space: pre-wrap; font: 17px/1.65 Georgia, "Times New Roman", serif; max-width: 42rem; }
mark.excerpt { background: #fff1a8; padding: 0; border-bottom: 2px solid #e0b800; }
mark.excerpt mark.excerpt { background: #ffd86b; }
mark.excerpt:target, mark.excerpt.lit { outline: 2px solid var(--accent); }
sup.cites { font: 12px/1 system-ui, sans-serif; } sup.cites a { margin-left: .15rem; }
.unmatched { color: var(--denies); }
"""


@dataclass(frozen=True)
class Excerpt:
    """A passage: ``ident`` (the end of its IRI), ``start`` and ``end`` in
    code points, its ``exact`` words, and ``claims``: the claims it is
    evidence for, directly or through a statement, in text order."""

    node: str
    ident: str
    start: int
    end: int
    exact: str
    claims: tuple = ()


def texts(root: Path):
    """A reader of stored source texts for :class:`kb.export.site.Site`:
    ``read(docs, source) -> str | None``, the text of ``seeds/<textFile>`` under
    ``root`` when it exists and its sha256 is the document's (else None)."""
    root = Path(root)

    def read(docs: Documents, source: str) -> str | None:
        g = docs.index
        name, digest = g.value(source, TEXT_FILE), g.value(source, SHA256)
        if name is None:
            return None
        path = root / "seeds" / nt.lexical(name)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if digest is not None and hashlib.sha256(data).hexdigest() != nt.lexical(digest).lower():
            return None
        return data.decode("utf-8")
    return read


def excerpts(docs: Documents, source: str, claims: list[str]) -> list[Excerpt]:
    """The excerpts of ``source`` (dcterms:isPartOf it, or cited by one of
    ``claims`` or their statements), by start, end and IRI, each with the
    claims among ``claims`` it is evidence for."""
    g = docs.index
    found: dict = {}
    for claim in claims:
        for e in g.objects(claim, EVIDENCE):
            found.setdefault(e, []).append(claim)
        for statement in g.subjects(REGARDING, claim):
            for e in g.objects(statement, EVIDENCE):
                found.setdefault(e, []).append(claim)
    for e in g.subjects(IS_PART_OF, source):
        found.setdefault(e, [])
    out = []
    for node, cited in found.items():
        start, end, exact = g.value(node, OA_START), g.value(node, OA_END), g.value(node, OA_EXACT)
        if start is None or end is None or exact is None:
            continue
        sources = g.objects(node, IS_PART_OF)
        if sources and source not in sources:
            continue
        out.append(Excerpt(node, local(node), int(nt.lexical(start)), int(nt.lexical(end)), nt.lexical(exact),
                           tuple(sorted(set(cited), key=iri_key))))
    return sorted(out, key=lambda e: (e.start, -e.end, iri_key(e.node)))


def check(text: str, found: list[Excerpt]) -> tuple[list[Excerpt], list[Excerpt]]:
    """(matching, not matching): an excerpt matches when ``text[start:end]`` is its exact words."""
    good, bad = [], []
    for e in found:
        (good if 0 <= e.start < e.end <= len(text) and text[e.start:e.end] == e.exact else bad).append(e)
    return good, bad


def pieces(text: str, found: list[Excerpt]) -> list[tuple[int, int, list[Excerpt]]]:
    """``text`` cut at every excerpt start and end: (start, end, excerpts
    covering the piece, outermost first: earlier start, then longer). The
    pieces cover the text exactly once, in order. ``found`` must match
    ``text`` (:func:`check`)."""
    cuts = sorted({0, len(text)} | {e.start for e in found} | {e.end for e in found})
    order = sorted(found, key=lambda e: (e.start, -e.end, iri_key(e.node)))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        out.append((a, b, [e for e in order if e.start <= a and b <= e.end]))
    return out


def highlight(text: str, found: list[Excerpt], numbers: dict, href) -> str:
    """The text as HTML, each excerpt of ``found`` highlighted: every piece
    (:func:`pieces`) inside one ``<mark>`` per covering excerpt, the first
    piece of each excerpt with ``id="excerpt-<id>"``, and where excerpts end
    one link to each of their claims (each once), numbered by ``numbers``
    (claim -> number; claims not in it get none) and pointing to
    ``href(claim)``. Everything from the text is escaped."""
    seen: set = set()
    ends = {}
    for e in found:
        ends.setdefault(e.end, []).append(e)
    out = []
    for a, b, covering in pieces(text, found):
        chunk = escape(text[a:b], quote=False)
        for e in reversed(covering):
            ident = f' id="excerpt-{escape(e.ident)}"' if e.node not in seen else ""
            seen.add(e.node)
            title = f"characters {e.start}–{e.end}"
            chunk = (f'<mark class="excerpt" data-excerpt="{escape(e.ident)}"{ident} title="{title}">'
                     f"{chunk}</mark>")
        out.append(chunk)
        claims = {c for e in ends.get(b, ()) for c in e.claims if c in numbers}
        if claims:
            out.append('<sup class="cites">' + "".join(
                f'<a href="{escape(href(c))}" title="claim {numbers[c]}">[{numbers[c]}]</a>'
                for c in sorted(claims, key=numbers.get)) + "</sup>")
    return "".join(out)


def claims_in_text_order(docs: Documents, claims: list[str], found: list[Excerpt]) -> list[str]:
    """``claims`` by where their first passage starts in the text (a claim's
    own evidence, else its statements'); claims with none last, by IRI."""
    first: dict = {}
    own = {}
    g = docs.index
    for e in found:
        for c in e.claims:
            first[c] = min(first.get(c, e.start), e.start)
            if e.node in g.objects(c, EVIDENCE):
                own[c] = min(own.get(c, e.start), e.start)
    return sorted(claims, key=lambda c: (c not in first, own.get(c, first.get(c, 0)), iri_key(c)))


def section(site, source: str, claims: list[str], text: str | None) -> tuple[str, list[str], list[Excerpt]]:
    """(HTML of the text section, ``claims`` in text order, the excerpts
    highlighted) for the page of ``source``; without a stored text, a line
    saying so, the claims by IRI and no excerpts."""
    docs = site.docs
    if text is None:
        return ('<h2>Text</h2>\n<p>The stored text of this document is not available here.</p>',
                sorted(claims, key=iri_key), [])
    found = excerpts(docs, source, claims)
    good, bad = check(text, found)
    ordered = claims_in_text_order(docs, claims, good)
    numbers = {c: i for i, c in enumerate(ordered, 1)}
    body = highlight(text, good, numbers, lambda c: f"#claim-{local(c)}")
    out = [f'<h2 id="text">Text</h2>\n<p>{len(good)} passages are highlighted; each number leads to a claim it '
           f"is evidence for, and the claims below follow the order of the text.</p>",
           f'<div class="source-text">{body}</div>']
    if bad:
        out.append(f'<p class="unmatched">{len(bad)} passages no longer match the stored text: '
                   + ", ".join(f"“{escape(e.exact)}” ({e.start}–{e.end})" for e in bad) + "</p>")
    return "\n".join(out), ordered, good


def back_links(number: int, claim: str, found: list[Excerpt]) -> str:
    """The line above claim ``number`` on the source page: links back to its
    highlighted passages in the text."""
    links = [f'<a href="#excerpt-{escape(e.ident)}">characters {e.start}–{e.end}</a>'
             for e in found if claim in e.claims]
    where = ", ".join(links) if links else "no passage of the text"
    return f'<p class="in-text">[{number}] In the text: {where}</p>'
