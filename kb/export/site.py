"""The static site: an HTML page for every entity, fact and source document,
an index page and a style sheet. Plain HTML with relative links, so any web
server (or a browser opening the files) can show it; the network and map are
drawn by scripts from data in the page (kb/export/pictures.py), each with a
list of links that works without them, and the timeline is SVG; every page
has the search box's script (kb/export/search.py), loaded from dist/ itself.

Pages are built from the same per-document triples as the Turtle and JSON-LD
documents (:mod:`kb.export.documents`), so the three always agree. Terms are
N-Triples strings (kb.nt). A claim is shown on the page of everything it is
about, so its section is rendered once per depth of page and reused; only the
anchors of its statements (on the first place a statement appears on a page)
differ from page to page."""

from __future__ import annotations

import html
from collections import defaultdict

from .. import langtag, nt
from . import entity_view, search, source_text
from .documents import (ABOUT, ALT_LABEL, ATTRIBUTED, DATE, DERIVED, DESCRIPTION, EVIDENCE, EXACT_MATCH, ISSUED,
                        LABEL, OA_END, OA_EXACT, OA_START, ONTOLOGY_PAGE, PREF_LABEL, RDF_OBJECT, RDF_PREDICATE,
                        RDF_SUBJECT, SUBCLASS, TYPE, Documents, iri_key, local, rdf_key, slug_of, term)
from ..namespaces import AGKB, EXCERPT
from . import pictures
from .visuals import Visuals

_AGKB = str(AGKB)
_EXCERPT = f"<{EXCERPT}"
# Shown in the page header, not in the table of properties.
_HEADER = {TYPE, LABEL, ALT_LABEL, PREF_LABEL, DESCRIPTION, EXACT_MATCH}
_CLAIM_DETAIL = {TYPE, LABEL, ABOUT, EVIDENCE, DERIVED, ATTRIBUTED, RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT}
STANCE, SPEAKER, SPEAKER_ROLE, ON_BEHALF_OF = term("stance"), term("speaker"), term("speakerRole"), term("onBehalfOf")
CHANNEL, CARRIED_BY, QUOTE = term("channel"), term("carriedBy"), term("quote")
EXTERNAL, METHOD, CHECKED_ON = term("externalResource"), term("verificationMethod"), term("checkedOn")

STYLE = """\
:root { --ink: #1d2330; --muted: #5b6474; --line: #d9dde5; --accent: #1f5fbf; --asserts: #1d7a3a;
        --denies: #b3261e; --concurs: #6b4fbb; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
header { display: flex; gap: 1.5rem; align-items: baseline; border-bottom: 1px solid var(--line); padding: .75rem 1rem; }
header a.home { font-weight: 600; }
a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
h1 { margin: 1.25rem 0 .25rem; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); }
a code { color: inherit; }
.iri, code { font: 13px/1.4 ui-monospace, "SFMono-Regular", Menlo, monospace; color: var(--muted); word-break: break-all; }
.types a { display: inline-block; margin-right: .4rem; padding: 0 .45rem; border: 1px solid var(--line); border-radius: 1rem; font-size: 14px; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
th { width: 14rem; font-weight: 500; color: var(--muted); }
.claim { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem 1rem; margin: 1rem 0; }
.claim .says { font-weight: 600; margin: .25rem 0; }
blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 3px solid var(--line); color: var(--muted); }
.stance { font-weight: 600; text-transform: uppercase; font-size: 13px; letter-spacing: .03em; }
.stance-asserts { color: var(--asserts); } .stance-denies { color: var(--denies); } .stance-concurs { color: var(--concurs); }
ul.statements { padding-left: 1.2rem; } ul.index { columns: 2; padding-left: 1.2rem; }
.lang { color: var(--muted); font-size: 13px; }
footer { margin-top: 3rem; padding: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 14px; }
""" + entity_view.STYLE + source_text.STYLE + search.STYLE


def esc(text) -> str:
    return html.escape(str(text), quote=True)


class _Name:
    """A literal as langtag.preference expects it (``language`` and ``str``)."""

    __slots__ = ("text", "language", "term")

    def __init__(self, term_: str):
        self.term = term_
        self.text, self.language, _ = nt.split_literal(term_)

    def __str__(self) -> str:
        return self.text


class Site:
    """Renders pages, each as (path relative to dist/, bytes)."""

    def __init__(self, docs: Documents, version: str, title: str, served: int | None = None, texts=None):
        self.docs = docs
        self.texts = texts  # read(docs, source) -> its stored text or None (kb.export.source_text.texts)
        self.served = served  # the static_pages limit, when the pages are rendered by `kb serve` instead
        self.index_ = docs.index
        self.ontology = docs.ontology
        self.version = version
        self.title = title
        self._closure: dict = {}
        self._claims: dict = {}  # (claim, depth) -> pieces of its section
        self._links: dict = {}  # (term, depth) -> its link
        self.visuals = Visuals(docs)  # the network, timeline and map (kb/export/visuals.py, pictures.py)

    # ------------------------------------------------------------ pieces
    def link(self, iri: str, here: str, text: str | None = None) -> str:
        if iri[0] != "<":
            return esc(nt.lexical(iri))
        if text is None:
            key = (iri, here.count("/"))
            found = self._links.get(key)
            if found is None:
                found = self._links[key] = self._link(iri, here, self.docs.label(iri))
            return found
        return self._link(iri, here, text)

    def _link(self, iri: str, here: str, text: str) -> str:
        href = self.docs.href(iri, here)
        if href is None:
            href = iri[1:-1]
        return f'<a href="{esc(href)}">{esc(text)}</a>'

    @staticmethod
    def name(literal: str) -> str:
        """A name in its language: marked up with ``lang`` (so browsers pick
        the right font and direction) and the tag shown unless it is English."""
        if literal[0] != '"':
            return esc(nt.lexical(literal))
        text, language, _ = nt.split_literal(literal)
        if not language:
            return esc(text)
        shown = "" if language == "en" else f' <span class="lang">({esc(language)})</span>'
        return f'<span lang="{esc(language)}" dir="auto">{esc(text)}</span>{shown}'

    def subclasses_closure(self, cls: str) -> set:
        found = self._closure.get(cls)
        if found is None:
            seen, queue = set(), [cls]
            while queue:
                current = queue.pop()
                if current not in seen:
                    seen.add(current)
                    queue.extend(self.docs.onto.objects(current, SUBCLASS))
            found = self._closure[cls] = seen
        return found

    def types(self, node: str) -> list[str]:
        """The node's most specific types in our ontology."""
        ours = sorted((t for t in self.index_.objects(node, TYPE) if t[1:].startswith(_AGKB)), key=iri_key)
        return [t for t in ours if not any(t != u and t in self.subclasses_closure(u) for u in ours)]

    def value(self, value: str, here: str) -> str:
        if value[0] != "<":
            return esc(nt.lexical(value))
        if value[1:].startswith(("http://", "https://")) and self.docs.href(value, here) is None \
                and not self.index_.is_subject(value) and not self.docs.onto.is_subject(value):
            return f'<a href="{esc(value[1:-1])}">{esc(value[1:-1])}</a>'
        return self.link(value, here)

    def page(self, here: str, title: str, body: str, alternates: bool = True, head: str = "") -> bytes:
        up = "../" * here.count("/")
        stem = here.rsplit(".", 1)[0].rsplit("/", 1)[-1]
        alt = ""
        if alternates:
            alt = (f'\n<link rel="alternate" type="text/turtle" href="{esc(stem)}.ttl">'
                   f'\n<link rel="alternate" type="application/ld+json" href="{esc(stem)}.jsonld">')
        text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} · {esc(self.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{up}style.css">{alt}{head}
</head>
<body>
<header><a class="home" href="{up}index.html">{esc(self.title)}</a> <a href="{up}{ONTOLOGY_PAGE}">Ontology</a> <a href="{up}void.ttl">Dataset description</a>{search.box(up)}</header>
<main>
{body}
</main>
<footer>Release {esc(self.version)}. Every fact is a claim with its source; see <a href="{up}index.html#downloads">downloads</a> for the whole knowledge base.</footer>
</body>
</html>
"""
        return text.encode("utf-8")

    # ------------------------------------------------------------ claims
    def claim(self, claim: str, here: str, seen: set) -> str:
        """A claim's section. The statement ids in ``seen`` were given an
        anchor earlier on the page; the others get theirs here."""
        key = (claim, here.count("/"))
        pieces = self._claims.get(key)
        if pieces is None:
            pieces = self._claims[key] = self._claim(claim, here)
        out = []
        for piece in pieces:
            if piece.__class__ is str:
                out.append(piece)
            else:
                ident, first, again = piece
                out.append(again if ident in seen else first)
                seen.add(ident)
        return "".join(out)

    def _claim(self, claim: str, here: str) -> list:
        g = self.index_
        parts = [f'<section class="claim" id="claim-{esc(local(claim))}">',
                 f'<p class="says">{esc(self.docs.label(claim))}</p>', "<table>"]
        about = sorted(g.objects(claim, ABOUT), key=iri_key)
        if about:
            parts.append(f"<tr><th>about</th><td>{', '.join(self.link(a, here) for a in about)}</td></tr>")
        attributed = sorted(g.objects(claim, ATTRIBUTED), key=iri_key)
        if attributed:
            parts.append("<tr><th>attributed to</th><td>"
                         f"{', '.join(self.link(a, here) for a in attributed)}</td></tr>")
        for source in sorted(g.objects(claim, DERIVED), key=iri_key):
            issued = g.value(source, ISSUED)
            parts.append(f"<tr><th>source</th><td>{self.link(source, here)}"
                         f"{', ' + esc(nt.lexical(issued)) if issued is not None else ''}</td></tr>")
        rows = sorted(((p, o) for _, p, o in g.out.get(claim, ()) if p not in _CLAIM_DETAIL),
                      key=lambda po: (po[0][1:-1], rdf_key(po[1])))
        for predicate, obj in rows:
            parts.append(f"<tr><th>{self.link(predicate, here)}</th><td>{self.value(obj, here)}</td></tr>")
        subject, predicate, obj = (g.value(claim, RDF_SUBJECT), g.value(claim, RDF_PREDICATE),
                                   g.value(claim, RDF_OBJECT))
        if subject is not None:
            parts.append(f"<tr><th>states</th><td>{self.link(subject, here)} · {self.link(predicate, here)} · "
                         f"{self.value(obj, here)}</td></tr>")
        parts.append("</table>")
        parts += self.evidence(claim)
        statements = self.docs.statements_on(claim)
        pieces: list = ["\n".join(parts)]
        if statements:
            pieces.append('\n<ul class="statements">')
            for s in statements:
                ident = local(s)
                first, again = self.statement(s, here, anchor=True), self.statement(s, here, anchor=False)
                pieces += ["\n", (ident, first, again)]
            pieces.append("\n</ul>")
        else:
            pieces.append("\n<p>No statement on this claim: the source says it in its own voice.</p>")
        pieces.append("\n</section>")
        return pieces

    def evidence(self, node: str) -> list[str]:
        g = self.index_
        out = []
        for excerpt in sorted(g.objects(node, EVIDENCE), key=iri_key):
            if not excerpt.startswith(_EXCERPT):
                continue
            start, end, exact = g.value(excerpt, OA_START), g.value(excerpt, OA_END), g.value(excerpt, OA_EXACT)
            out.append(f'<blockquote cite="{esc(excerpt[1:-1])}">{esc(_text(exact))}'
                       f' <span class="iri">[characters {esc(_text(start))}–{esc(_text(end))}]</span></blockquote>')
        return out

    def statement(self, statement: str, here: str, anchor: bool) -> str:
        g = self.index_
        ident = local(statement)
        mark = f' id="statement-{esc(ident)}"' if anchor else ""
        stance = g.value(statement, STANCE)
        word = self.docs.label(stance) if stance is not None else "states"
        who = [self.link(s, here) for s in sorted(g.objects(statement, SPEAKER), key=iri_key)]
        roles = [self.link(r, here) for r in sorted(g.objects(statement, SPEAKER_ROLE), key=iri_key)]
        behalf = [self.link(b, here) for b in sorted(g.objects(statement, ON_BEHALF_OF), key=iri_key)]
        detail = []
        if roles:
            detail.append(", ".join(roles))
        if behalf:
            detail.append("on behalf of " + ", ".join(behalf))
        text = ", ".join(who) + (f" ({'; '.join(detail)})" if detail else "")
        when = [esc(nt.lexical(d)) for d in sorted(g.objects(statement, DATE), key=rdf_key)]
        channel = [self.link(c, here) for c in sorted(g.objects(statement, CHANNEL), key=iri_key)]
        carried = [self.link(c, here) for c in sorted(g.objects(statement, CARRIED_BY), key=iri_key)]
        extra = ", ".join(when + channel + (["carried by " + ", ".join(carried)] if carried else []))
        quotes = "".join(f"<blockquote>“{esc(nt.lexical(q))}”</blockquote>"
                         for q in sorted(g.objects(statement, QUOTE), key=rdf_key))
        return (f'<li{mark}><span class="stance stance-{esc(word)}">{esc(word)}</span> {text}'
                f"{' — ' + extra if extra else ''}{quotes}{''.join(self.evidence(statement))}</li>")

    def said_by(self, claim: str) -> str:
        """Who a claim is attributed to, for a link to it: 'according to John Kirby, White House'."""
        names = sorted(self.docs.label(a) for a in self.index_.objects(claim, ATTRIBUTED))
        return "according to " + ", ".join(names) if names else "claim"

    def support(self, node: str, predicate: str, obj: str, naming: dict | None = None) -> list:
        """The claims on this page that state (node, predicate, obj): an attribute
        claim of exactly that triple, or a claim about a fact that names both.
        ``naming``: ``facts_naming(node)``, if made already."""
        g = self.index_
        found = {c for c in g.subjects(RDF_SUBJECT, node)
                 if g.has(c, RDF_PREDICATE, predicate) and g.has(c, RDF_OBJECT, obj)}
        if not found and obj[0] == "<":
            if naming is None:
                naming = self.facts_naming(node)
            for fact in naming.get(obj, ()):
                found.update(g.subjects(ABOUT, fact))
        return sorted((c for c in found if self.docs.is_claim(c)), key=iri_key)

    def facts_naming(self, node: str) -> dict:
        """term -> the facts naming ``node`` that are that term or have it as a value."""
        out: dict = {}
        for fact in self.docs.facts_of(node):
            out.setdefault(fact, []).append(fact)
            for _, _, o in self.index_.out.get(fact, ()):
                found = out.setdefault(o, [])
                if not found or found[-1] != fact:
                    found.append(fact)
        return out

    # ------------------------------------------------------------ pages
    def resource_page(self, node: str) -> tuple[str, bytes]:
        g = self.index_
        docs = self.docs
        here = docs.path(node, "html")
        label = docs.label(node)
        body = [f"<h1>{esc(label)}</h1>", f'<p class="iri">{esc(node[1:-1])}</p>']
        kinds = self.types(node)
        box = entity_view.summary_box(self, node, here, kinds)
        if kinds and not box:
            body.append('<p class="types">' + "".join(self.link(t, here) for t in kinds) + "</p>")
        if box:
            body.append(box)
        labels = [_Name(n) for n in g.objects(node, LABEL) if n[0] == '"']
        shown = langtag.preferred(labels)
        others = {n.term for n in labels if shown is None or n.term != shown.term}
        others.update(n for n in g.objects(node, ALT_LABEL) if n[0] == '"')
        names = sorted((_Name(n) for n in others), key=langtag.preference)
        if names and not box:
            body.append("<p>Also known as: " + "; ".join(self.name(n.term) for n in names) + "</p>")
        description = g.value(node, DESCRIPTION)
        if description is not None:
            body.append(f"<p>{esc(nt.lexical(description))}</p>")
        links = docs.links_of(node)
        if links:
            body.append("<h2>Same as</h2>")
            for link in links:
                external = g.value(link, EXTERNAL)
                method = g.value(link, METHOD)
                rows = [f'<tr><th>resource</th><td><a href="{esc(_text(external))}">{esc(_text(external))}</a></td></tr>',
                        f"<tr><th>verified by</th><td>{self._maybe_link(method, here)}</td></tr>",
                        f"<tr><th>source</th><td>{self._maybe_link(g.value(link, DERIVED), here)}</td></tr>",
                        f"<tr><th>checked on</th><td>{esc(_text(g.value(link, CHECKED_ON)))}</td></tr>"]
                body.append(f'<section class="claim" id="link-{esc(local(link))}"><table>{"".join(rows)}</table>'
                            + "".join(self.evidence(link)) + "</section>")
        stem = here.rsplit("/", 1)[1].rsplit(".", 1)[0]
        body.append(f'<p>This page as data: <a href="{esc(stem)}.ttl">Turtle</a> · '
                    f'<a href="{esc(stem)}.jsonld">JSON-LD</a></p>')
        drawn, scripts = pictures.sections(self.visuals, here, node)
        body.append(drawn)
        claims = docs.claims_of(node)
        text_first = entity_view.shows_text(self, node)
        if claims and text_first:
            body += entity_view.claims_section(self, node, here, claims)
        rows = [(docs.label(p), p, o) for _, p, o in g.out.get(node, ()) if p not in _HEADER]
        if rows:
            body.append("<h2>Facts</h2>\n<table>\n<tr><th>property</th><th>value</th><th>claimed</th></tr>")
            naming = self.facts_naming(node)
            for _, predicate, obj in sorted(rows, key=lambda r: (r[0], docs.label(r[2]), _text(r[2]), r[2])):
                support = self.support(node, predicate, obj, naming)
                cites = "; ".join(f'<a href="#claim-{esc(local(c))}" title="{esc(docs.label(c))}">'
                                  f"{esc(self.said_by(c))}</a>" for c in support)
                body.append(f"<tr><th>{self.link(predicate, here)}</th><td>{self.value(obj, here)}</td>"
                            f"<td>{cites}</td></tr>")
            body.append("</table>")
        incoming = sorted({(docs.label(s), s[1:-1], p[1:-1], s, p) for s, p, _ in g.into.get(node, ())
                           if slug_of(s) and s != node})
        if incoming:
            body.append("<h2>Named in</h2>\n<table>\n<tr><th>by</th><th>as</th></tr>")
            for _, _, _, subject, predicate in incoming:
                body.append(f"<tr><th>{self.link(subject, here)}</th><td>{self.link(predicate, here)}</td></tr>")
            body.append("</table>")
        if claims and not text_first:
            body += entity_view.claims_section(self, node, here, claims)
        body.append(scripts)
        return here, self.page(here, label, "\n".join(body))

    def _maybe_link(self, term_, here: str) -> str:
        return esc("None") if term_ is None else self.link(term_, here)

    def pointer(self, node: str) -> tuple[str, bytes]:
        """A claim or statement has no page of its own: ``claim/<id>.html`` sends
        the reader to the place on the page of what it is about."""
        kind = "claim" if self.docs.is_claim(node) else "statement"
        ident = local(node)
        here = f"{kind}/{ident}.html"
        target = self.docs.href(node, here)
        home = self.docs.home.get(node)
        label = self.docs.label(node) if kind == "claim" else ident
        body = (f"<h1>{esc(kind.capitalize())}</h1>\n<p>{esc(label)}</p>\n"
                f'<p>It is shown on the page of <a href="{esc(target)}">{esc(self.docs.label(home))}</a>.</p>')
        return here, self.page(here, label, body, alternates=False,
                               head=f'\n<meta http-equiv="refresh" content="0; url={esc(target)}">')

    def index(self, extra_links: list[tuple[str, str]]) -> bytes:
        docs = self.docs
        groups: dict[str, list] = defaultdict(list)
        for node in docs.subjects:
            kinds = self.types(node)
            group = docs.label(kinds[0]) if kinds else "other"
            groups[group].append(node)
        body = [f"<h1>{esc(self.title)}</h1>",
                f"<p>{len(docs.subjects)} entities, facts and source documents, release {esc(self.version)}. "
                "Each page lists the claims about its subject, with the source, the exact passage, "
                "and who asserts, denies or concurs with each claim.</p>"]
        if self.served is not None:
            body.append(f"<p>This knowledge base has more pages than the {self.served} written as files, so "
                        "<code>kb serve</code> renders each page when it is asked for; the downloads below are "
                        "files.</p>")
        drawn, scripts = pictures.sections(self.visuals, "index.html")
        body.append(drawn)
        for group in sorted(groups):
            nodes = sorted(groups[group], key=lambda n: (docs.label(n).lower(), n[1:-1]))
            body.append(f"<h2>{esc(group[:1].upper() + group[1:])} ({len(nodes)})</h2>\n<ul class=\"index\">")
            body += [f"<li>{self.link(n, 'index.html')}</li>" for n in nodes]
            body.append("</ul>")
        body.append('<h2 id="downloads">Downloads</h2>\n<ul>')
        body += [f'<li><a href="{esc(href)}">{esc(href)}</a> — {esc(what)}</li>' for href, what in extra_links]
        body.append("</ul>")
        body.append(scripts)
        return self.page("index.html", "Index", "\n".join(body), alternates=False)


def _text(term_) -> str:
    """What str() of the rdflib term gives (an IRI, or a lexical form); "None" for None."""
    return "None" if term_ is None else nt.lexical(term_)
