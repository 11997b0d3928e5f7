"""The static site: an HTML page for every entity, fact and source document,
an index page and a style sheet. Plain HTML with relative links, no scripts, so
any web server (or a browser opening the files) can show it.

Pages are built from the same per-document graphs as the Turtle and JSON-LD
documents (:mod:`kb.export.documents`), so the three always agree."""

from __future__ import annotations

import html
from collections import defaultdict

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from .. import langtag
from ..namespaces import AGKB, EXCERPT, OA
from .documents import ONTOLOGY_PAGE, Documents, slug_of

# Shown in the page header, not in the table of properties.
_HEADER = {RDF.type, RDFS.label, SKOS.altLabel, SKOS.prefLabel, DCTERMS.description, SKOS.exactMatch}
_CLAIM_DETAIL = {RDF.type, RDFS.label, AGKB.about, AGKB.evidence, PROV.wasDerivedFrom, PROV.wasAttributedTo,
                 RDF.subject, RDF.predicate, RDF.object}

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
"""


def esc(text) -> str:
    return html.escape(str(text), quote=True)


class Site:
    """Renders pages; ``files()`` returns them by dist/ path."""

    def __init__(self, docs: Documents, version: str, title: str):
        self.docs = docs
        self.graph = docs.graph
        self.ontology = docs.ontology
        self.version = version
        self.title = title

    # ------------------------------------------------------------ pieces
    def link(self, iri, here: str, text: str | None = None) -> str:
        if isinstance(iri, Literal):
            return esc(iri)
        label = esc(text if text is not None else self.docs.label(iri))
        href = self.docs.href(iri, here)
        if href is None:
            href = str(iri)
        return f'<a href="{esc(href)}">{label}</a>'

    @staticmethod
    def name(literal) -> str:
        """A name in its language: marked up with ``lang`` (so browsers pick
        the right font and direction) and the tag shown unless it is English."""
        language = literal.language if isinstance(literal, Literal) else None
        if not language:
            return esc(literal)
        shown = "" if language == "en" else f' <span class="lang">({esc(language)})</span>'
        return f'<span lang="{esc(language)}" dir="auto">{esc(literal)}</span>{shown}'

    def subclasses_closure(self, cls) -> set:
        seen, queue = set(), [cls]
        while queue:
            current = queue.pop()
            if current not in seen:
                seen.add(current)
                queue.extend(self.ontology.objects(current, RDFS.subClassOf))
        return seen

    def types(self, node) -> list[URIRef]:
        """The node's most specific types in our ontology."""
        ours = sorted(t for t in self.graph.objects(node, RDF.type) if str(t).startswith(str(AGKB)))
        return [t for t in ours if not any(t != u and t in self.subclasses_closure(u) for u in ours)]

    def value(self, value, here: str) -> str:
        if isinstance(value, Literal):
            return esc(value)
        if str(value).startswith(("http://", "https://")) and self.docs.href(value, here) is None \
                and (value, None, None) not in self.graph and (value, None, None) not in self.ontology:
            return f'<a href="{esc(value)}">{esc(value)}</a>'
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
<link rel="stylesheet" href="{up}style.css">{alt}{head}
</head>
<body>
<header><a class="home" href="{up}index.html">{esc(self.title)}</a> <a href="{up}{ONTOLOGY_PAGE}">Ontology</a> <a href="{up}void.ttl">Dataset description</a></header>
<main>
{body}
</main>
<footer>Release {esc(self.version)}. Every fact is a claim with its source; see <a href="{up}index.html#downloads">downloads</a> for the whole knowledge base.</footer>
</body>
</html>
"""
        return text.encode("utf-8")

    # ------------------------------------------------------------ claims
    def claim(self, claim, here: str, seen: set) -> str:
        g = self.graph
        ident = str(claim).rsplit("/", 1)[1]
        parts = [f'<section class="claim" id="claim-{esc(ident)}">',
                 f'<p class="says">{esc(self.docs.label(claim))}</p>', "<table>"]
        about = sorted(g.objects(claim, AGKB.about))
        if about:
            parts.append(f"<tr><th>about</th><td>{', '.join(self.link(a, here) for a in about)}</td></tr>")
        attributed = sorted(g.objects(claim, PROV.wasAttributedTo))
        if attributed:
            parts.append("<tr><th>attributed to</th><td>"
                         f"{', '.join(self.link(a, here) for a in attributed)}</td></tr>")
        for source in sorted(g.objects(claim, PROV.wasDerivedFrom)):
            issued = g.value(source, DCTERMS.issued)
            parts.append(f"<tr><th>source</th><td>{self.link(source, here)}"
                         f"{', ' + esc(issued) if issued is not None else ''}</td></tr>")
        for predicate, obj in sorted(g.predicate_objects(claim)):
            if predicate in _CLAIM_DETAIL:
                continue
            parts.append(f"<tr><th>{self.link(predicate, here)}</th><td>{self.value(obj, here)}</td></tr>")
        subject, predicate, obj = (g.value(claim, RDF.subject), g.value(claim, RDF.predicate),
                                   g.value(claim, RDF.object))
        if subject is not None:
            parts.append(f"<tr><th>states</th><td>{self.link(subject, here)} · {self.link(predicate, here)} · "
                         f"{self.value(obj, here)}</td></tr>")
        parts.append("</table>")
        parts += self.evidence(claim)
        statements = self.docs.statements_on(claim)
        if statements:
            parts.append('<ul class="statements">')
            parts += [self.statement(s, here, seen) for s in statements]
            parts.append("</ul>")
        else:
            parts.append("<p>No statement on this claim: the source says it in its own voice.</p>")
        parts.append("</section>")
        return "\n".join(parts)

    def evidence(self, node) -> list[str]:
        out = []
        for excerpt in sorted(self.graph.objects(node, AGKB.evidence)):
            if not str(excerpt).startswith(str(EXCERPT)):
                continue
            start, end = self.graph.value(excerpt, OA.start), self.graph.value(excerpt, OA.end)
            out.append(f'<blockquote cite="{esc(excerpt)}">{esc(self.graph.value(excerpt, OA.exact))}'
                       f' <span class="iri">[characters {esc(start)}–{esc(end)}]</span></blockquote>')
        return out

    def statement(self, statement, here: str, seen: set) -> str:
        g = self.graph
        ident = str(statement).rsplit("/", 1)[1]
        anchor = "" if ident in seen else f' id="statement-{esc(ident)}"'
        seen.add(ident)
        stance = g.value(statement, AGKB.stance)
        word = self.docs.label(stance) if stance is not None else "states"
        who = [self.link(s, here) for s in sorted(g.objects(statement, AGKB.speaker))]
        roles = [self.link(r, here) for r in sorted(g.objects(statement, AGKB.speakerRole))]
        behalf = [self.link(b, here) for b in sorted(g.objects(statement, AGKB.onBehalfOf))]
        detail = []
        if roles:
            detail.append(", ".join(roles))
        if behalf:
            detail.append("on behalf of " + ", ".join(behalf))
        text = ", ".join(who) + (f" ({'; '.join(detail)})" if detail else "")
        when = [esc(d) for d in sorted(g.objects(statement, DCTERMS.date))]
        channel = [self.link(c, here) for c in sorted(g.objects(statement, AGKB.channel))]
        carried = [self.link(c, here) for c in sorted(g.objects(statement, AGKB.carriedBy))]
        extra = ", ".join(when + channel + (["carried by " + ", ".join(carried)] if carried else []))
        quotes = "".join(f"<blockquote>“{esc(q)}”</blockquote>" for q in sorted(g.objects(statement, AGKB.quote)))
        return (f'<li{anchor}><span class="stance stance-{esc(word)}">{esc(word)}</span> {text}'
                f"{' — ' + extra if extra else ''}{quotes}{''.join(self.evidence(statement))}</li>")

    def said_by(self, claim) -> str:
        """Who a claim is attributed to, for a link to it: 'according to John Kirby, White House'."""
        names = sorted(self.docs.label(a) for a in self.graph.objects(claim, PROV.wasAttributedTo))
        return "according to " + ", ".join(names) if names else "claim"

    def support(self, node, predicate, obj) -> list:
        """The claims on this page that state (node, predicate, obj): an attribute
        claim of exactly that triple, or a claim about a fact that names both."""
        g = self.graph
        found = {c for c in g.subjects(RDF.subject, node)
                 if (c, RDF.predicate, predicate) in g and (c, RDF.object, obj) in g}
        if not found and isinstance(obj, URIRef):
            for fact in self.docs.facts_of(node):
                if fact != obj and obj in set(g.objects(fact, None)):
                    found |= set(g.subjects(AGKB.about, fact))
                elif fact == obj:
                    found |= set(g.subjects(AGKB.about, fact))
        return sorted(c for c in found if (c, RDF.type, AGKB.Claim) in g)

    # ------------------------------------------------------------ pages
    def resource_page(self, node) -> tuple[str, bytes]:
        g = self.graph
        here = self.docs.path(node, "html")
        label = self.docs.label(node)
        body = [f"<h1>{esc(label)}</h1>", f'<p class="iri">{esc(node)}</p>']
        kinds = self.types(node)
        if kinds:
            body.append('<p class="types">' + "".join(self.link(t, here) for t in kinds) + "</p>")
        shown = langtag.preferred(g.objects(node, RDFS.label))
        names = sorted({n for n in g.objects(node, RDFS.label) if n != shown} | set(g.objects(node, SKOS.altLabel)),
                       key=langtag.preference)
        if names:
            body.append("<p>Also known as: " + "; ".join(self.name(n) for n in names) + "</p>")
        description = g.value(node, DCTERMS.description)
        if description is not None:
            body.append(f"<p>{esc(description)}</p>")
        links = self.docs.links_of(node)
        if links:
            body.append("<h2>Same as</h2>")
            for link in links:
                external = g.value(link, AGKB.externalResource)
                method = g.value(link, AGKB.verificationMethod)
                rows = [f'<tr><th>resource</th><td><a href="{esc(external)}">{esc(external)}</a></td></tr>',
                        f"<tr><th>verified by</th><td>{self.link(method, here)}</td></tr>",
                        f"<tr><th>source</th><td>{self.link(g.value(link, PROV.wasDerivedFrom), here)}</td></tr>",
                        f"<tr><th>checked on</th><td>{esc(g.value(link, AGKB.checkedOn))}</td></tr>"]
                ident = str(link).rsplit("/", 1)[1]
                body.append(f'<section class="claim" id="link-{esc(ident)}"><table>{"".join(rows)}</table>'
                            + "".join(self.evidence(link)) + "</section>")
        stem = here.rsplit("/", 1)[1].rsplit(".", 1)[0]
        body.append(f'<p>This page as data: <a href="{esc(stem)}.ttl">Turtle</a> · '
                    f'<a href="{esc(stem)}.jsonld">JSON-LD</a></p>')
        rows = [(self.docs.label(p), p, o) for p, o in g.predicate_objects(node) if p not in _HEADER]
        if rows:
            body.append("<h2>Facts</h2>\n<table>\n<tr><th>property</th><th>value</th><th>claimed</th></tr>")
            for _, predicate, obj in sorted(rows, key=lambda r: (r[0], self.docs.label(r[2]), str(r[2]))):
                support = self.support(node, predicate, obj)
                cites = "; ".join(f'<a href="#claim-{esc(str(c).rsplit("/", 1)[1])}" title="{esc(self.docs.label(c))}">'
                                  f"{esc(self.said_by(c))}</a>" for c in support)
                body.append(f"<tr><th>{self.link(predicate, here)}</th><td>{self.value(obj, here)}</td>"
                            f"<td>{cites}</td></tr>")
            body.append("</table>")
        incoming = sorted({(self.docs.label(s), s, p) for s, p in g.subject_predicates(node)
                           if slug_of(s) and s != node})
        if incoming:
            body.append("<h2>Named in</h2>\n<table>\n<tr><th>by</th><th>as</th></tr>")
            for _, subject, predicate in incoming:
                body.append(f"<tr><th>{self.link(subject, here)}</th><td>{self.link(predicate, here)}</td></tr>")
            body.append("</table>")
        claims = self.docs.claims_of(node)
        if claims:
            body.append(f"<h2>Claims ({len(claims)})</h2>")
            seen: set = set()
            body += [self.claim(c, here, seen) for c in claims]
        return here, self.page(here, label, "\n".join(body))

    def pointer(self, node) -> tuple[str, bytes]:
        """A claim or statement has no page of its own: ``claim/<id>.html`` sends
        the reader to the place on the page of what it is about."""
        kind = "claim" if (node, RDF.type, AGKB.Claim) in self.graph else "statement"
        ident = str(node).rsplit("/", 1)[1]
        here = f"{kind}/{ident}.html"
        target = self.docs.href(node, here)
        home = self.docs.home.get(node)
        label = self.docs.label(node) if kind == "claim" else ident
        body = (f"<h1>{esc(kind.capitalize())}</h1>\n<p>{esc(label)}</p>\n"
                f'<p>It is shown on the page of <a href="{esc(target)}">{esc(self.docs.label(home))}</a>.</p>')
        return here, self.page(here, label, body, alternates=False,
                               head=f'\n<meta http-equiv="refresh" content="0; url={esc(target)}">')

    def index(self, extra_links: list[tuple[str, str]]) -> bytes:
        groups: dict[str, list] = defaultdict(list)
        for node in self.docs.subjects:
            kinds = self.types(node)
            group = self.docs.label(kinds[0]) if kinds else "other"
            groups[group].append(node)
        body = [f"<h1>{esc(self.title)}</h1>",
                f"<p>{len(self.docs.subjects)} entities, facts and source documents, release {esc(self.version)}. "
                "Each page lists the claims about its subject, with the source, the exact passage, "
                "and who asserts, denies or concurs with each claim.</p>"]
        for group in sorted(groups):
            nodes = sorted(groups[group], key=lambda n: (self.docs.label(n).lower(), str(n)))
            body.append(f"<h2>{esc(group[:1].upper() + group[1:])} ({len(nodes)})</h2>\n<ul class=\"index\">")
            body += [f"<li>{self.link(n, 'index.html')}</li>" for n in nodes]
            body.append("</ul>")
        body.append('<h2 id="downloads">Downloads</h2>\n<ul>')
        body += [f'<li><a href="{esc(href)}">{esc(href)}</a> — {esc(what)}</li>' for href, what in extra_links]
        body.append("</ul>")
        return self.page("index.html", "Index", "\n".join(body), alternates=False)
