"""The source page's text with its passages highlighted (kb/export/source_text.py):
pieces cut at every excerpt boundary, overlapping excerpts in valid nested
marks, everything escaped, offsets that match the words; and the seed's page."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser

from kb.export import source_text
from kb.export.source_text import Excerpt

from .conftest import SEED_ID
from .test_site import DIST

VOID = {"br", "img", "meta", "link", "input", "hr", "wbr"}


class Nesting(HTMLParser):
    """Fails on an end tag that does not close the innermost open element; keeps the text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.problems: list[str] = []
        self.marks: dict[str, list[str]] = {}  # excerpt id -> the texts of its marks

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "mark":
            self.marks.setdefault(dict(attrs)["data-excerpt"], [])

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def ex(ident, start, end, text, claims=("<c>",)) -> Excerpt:
    return Excerpt(f"<https://w3id.org/agkb/id/excerpt/{ident}>", ident, start, end, text[start:end], claims)


def marked_text(html: str) -> dict[str, str]:
    """Excerpt id -> the text of all its marks, joined (from the HTML, tags removed)."""
    out: dict[str, str] = {}
    for match in re.finditer(r'<mark class="excerpt" data-excerpt="([^"]+)"[^>]*>', html):
        ident = match.group(1)
        depth, pos, text = 1, match.end(), []
        while depth:
            nxt = re.search(r"<(/?)mark\b[^>]*>", html[pos:])
            text.append(html[pos:pos + nxt.start()])
            pos += nxt.end()
            depth += -1 if nxt.group(1) else 1
        out[ident] = out.get(ident, "") + re.sub(r"<[^>]+>", "", "".join(text))
    return out


def test_pieces_cover_the_text_once_and_know_their_excerpts():
    text = "abcdefghij"
    a, b = ex("a", 1, 6, text), ex("b", 4, 9, text)
    got = [(s, e, [x.ident for x in cov]) for s, e, cov in source_text.pieces(text, [a, b])]
    assert got == [(0, 1, []), (1, 4, ["a"]), (4, 6, ["a", "b"]), (6, 9, ["b"]), (9, 10, [])]


def test_overlapping_excerpts_make_valid_html_with_one_id_each():
    text = "North Korea delivered arms to Wagner, the White House said."
    a = ex("a", 0, 26, text, ("<c1>",))  # North Korea delivered arms
    b = ex("b", 12, 36, text, ("<c2>",))  # delivered arms to Wagner
    c = ex("c", 12, 21, text, ("<c1>", "<c2>"))  # delivered (inside both)
    d = ex("d", 38, 59, text, ())  # a passage no claim on the page cites
    html = source_text.highlight(text, [a, b, c, d], {"<c1>": 1, "<c2>": 2}, lambda c: f"#{c[1:-1]}")
    parser = Nesting()
    parser.feed(f"<div>{html}</div>")
    parser.close()
    assert parser.problems == [] and parser.stack == []
    assert "".join(parser.text).replace("[1]", "").replace("[2]", "") == text
    for e in (a, b, c, d):
        assert html.count(f'id="excerpt-{e.ident}"') == 1
    assert marked_text(html) == {"a": a.exact, "b": b.exact, "c": c.exact, "d": d.exact}
    # each excerpt's claims are linked where it ends
    assert re.search(r'Wagner</mark><sup class="cites"><a href="#c2" title="claim 2">\[2\]</a></sup>', html)
    assert re.search(r'delivered</mark></mark></mark><sup class="cites"><a href="#c1" title="claim 1">\[1\]</a>'
                     r'<a href="#c2" title="claim 2">\[2\]</a></sup>', html)
    assert 'data-excerpt="d"' in html and html.count('<sup class="cites">') == 3  # none where only d ends


def test_everything_is_escaped():
    text = 'He said "<script>alert(1)</script>" & left.'
    e = ex("x\"y", 8, 36, text)
    html = source_text.highlight(text, [e], {"<c>": 1}, lambda c: '#a"b')
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp; left" in html
    assert 'data-excerpt="x&quot;y"' in html and 'href="#a&quot;b"' in html
    parser = Nesting()
    parser.feed(html)
    assert parser.problems == []


def test_offsets_that_do_not_match_are_not_highlighted():
    text = "one two three"
    good = ex("good", 4, 7, text)
    bad = Excerpt("<https://w3id.org/agkb/id/excerpt/bad>", "bad", 0, 3, "two")
    outside = Excerpt("<https://w3id.org/agkb/id/excerpt/out>", "out", 10, 40, "three")
    assert source_text.check(text, [good, bad, outside]) == ([good], [bad, outside])


def test_offsets_count_code_points():
    text = "Группа «Вагнер» 🪖 said so"
    e = ex("x", 16, 24, text)  # an emoji outside the BMP: one code point (two UTF-16 units, four UTF-8 bytes)
    assert e.exact == "🪖 said s" and source_text.check(text, [e]) == ([e], [])
    html = source_text.highlight(text, [e], {"<c>": 1}, lambda c: "#c")
    assert "«Вагнер» <mark" in html and ">🪖 said s</mark>" in html


def test_texts_are_read_only_when_the_checksum_matches(tmp_path, compiled):
    from kb.export.documents import Documents
    docs = Documents(compiled.triples, compiled.ontology)
    source = f"<https://w3id.org/agkb/id/source/{SEED_ID}>"
    read = source_text.texts(tmp_path)
    assert read(docs, source) is None  # no seeds/ there
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / f"{SEED_ID}.txt").write_text("not the article", encoding="utf-8")
    assert read(docs, source) is None
    from .conftest import ROOT
    real = (ROOT / "seeds" / f"{SEED_ID}.txt").read_bytes()
    (tmp_path / "seeds" / f"{SEED_ID}.txt").write_bytes(real)
    assert hashlib.sha256(real).hexdigest() and read(docs, source) == real.decode("utf-8")


def test_seed_source_page_highlights_every_excerpt_of_its_claims(compiled, seed_text):
    """Every excerpt any claim or statement of the seed cites is marked, once
    with its id, over exactly its words; the page is well nested; the claims
    follow the text."""
    page = (DIST / "source" / f"{SEED_ID}.html").read_text(encoding="utf-8")
    parser = Nesting()
    parser.feed(page)
    assert parser.problems == []
    body = page[page.index('<div class="source-text">') + len('<div class="source-text">'):]
    body = body[:body.index("</div>")]
    excerpts = {}
    for s, p, o in compiled.triples:
        if s.startswith("<https://w3id.org/agkb/id/excerpt/"):
            excerpts.setdefault(s[1:-1].rsplit("/", 1)[1], {})[p.rsplit("#", 1)[-1][:-1]] = o
    assert len(excerpts) > 50
    marked = marked_text(body)
    import html as html_lib
    for ident, props in excerpts.items():
        start, end = int(props["start"].split('"')[1]), int(props["end"].split('"')[1])
        assert body.count(f'id="excerpt-{ident}"') == 1, ident
        assert html_lib.unescape(marked[ident]) == seed_text[start:end], ident
    plain = re.sub(r"<[^>]+>", "", re.sub(r"<sup class=\"cites\"[^>]*>.*?</sup>", "", body))
    assert html_lib.unescape(plain) == seed_text
    # claims in the order of the text: the first claim's passage starts at the first highlighted character
    numbers = re.findall(r'<p class="in-text">\[(\d+)\] In the text: <a href="#excerpt-([^"]+)">', page)
    starts = [int(excerpts[e]["start"].split('"')[1]) for _, e in numbers]
    assert [int(n) for n, _ in numbers] == list(range(1, len(numbers) + 1)) and starts[0] == 128
