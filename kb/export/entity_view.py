"""HTML of an entity page's summary box and of its claims grouped by kind
(the data comes from :mod:`kb.export.summary`). Links and names are rendered
by the page's :class:`kb.export.site.Site`, so they match the rest of the page."""

from __future__ import annotations

from html import escape

from .. import nt
from . import summary as data
from .documents import SOURCE_DOCUMENT, TYPE

STYLE = """\
.summary { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin: 1rem 0; background: #f7f8fb; }
.summary table { margin: 0; } .summary th { width: 11rem; }
.summary ul { margin: 0; padding-left: 1.1rem; }
.summary .names li span[lang] { font-weight: 500; }
.status { font-size: 13px; font-weight: 600; padding: 0 .4rem; border-radius: .75rem; white-space: nowrap; }
.status-active { background: #fde7e5; color: var(--denies); } .status-announced { background: #fff3d6; color: #7a5200; }
.status-ended, .status-unknown { background: #eceef2; color: var(--muted); }
.when { color: var(--muted); font-size: 14px; }
nav.groups { font-size: 14px; } nav.groups a { margin-right: .75rem; }
"""


def esc(text) -> str:
    return escape(str(text), quote=True)


def summary_box(site, node: str, here: str, types: list[str]) -> str:
    """The summary box of ``node`` on the page at ``here``, or '' when there is
    nothing to sum up (no names, IDs or key relations)."""
    if site.docs.index.has(node, TYPE, SOURCE_DOCUMENT):
        return ""
    found = data.summarise(site.docs, node, types)
    if not found:
        return ""
    rows = []
    if types:
        rows.append(f"<tr><th>type</th><td>{', '.join(site.link(t, here) for t in types)}</td></tr>")
    if found.names:
        items = []
        for name in found.names:
            language = name.language or "no language given"
            shown = f'<span lang="{esc(name.language)}" dir="auto">{esc(name.text)}</span>' if name.language \
                else esc(name.text)
            items.append(f'<li>{shown} <span class="lang">({esc(language)})</span></li>')
        rows.append(f'<tr><th>names</th><td><ul class="names">{"".join(items)}</ul></td></tr>')
    if found.identities:
        items = []
        for identity in found.identities:
            how = ""
            if identity.method is not None:
                how = f" — verified by {site.link(identity.method, here)}"
                if identity.checked_on is not None:
                    how += f", {esc(nt.lexical(identity.checked_on))}"
            items.append(f'<li><a href="{esc(identity.resource)}">{esc(identity.resource)}</a>{how}</li>')
        rows.append(f'<tr><th>external IDs</th><td><ul>{"".join(items)}</ul></td></tr>')
    titles: dict[str, list[str]] = {}
    for relation in found.relations:
        titles.setdefault(relation.title, []).append(_relation(site, relation, here))
    for title, items in titles.items():
        rows.append(f'<tr><th>{esc(title)}</th><td><ul>{"".join(items)}</ul></td></tr>')
    return f'<section class="summary" aria-label="Summary">\n<table>\n' + "\n".join(rows) + "\n</table>\n</section>"


def _relation(site, relation: data.Relation, here: str) -> str:
    others = ", ".join(site.link(o, here) for o in relation.others) or "(not said)"
    parts = [others]
    if relation.details:
        parts.append(f"({', '.join(site.link(d, here) for d in relation.details)})")
    when = ""
    if relation.date is not None:
        when = f"since {nt.lexical(relation.date)}" if relation.state == "active" else nt.lexical(relation.date)
    if relation.end is not None:
        when += f"{' ' if when else ''}until {nt.lexical(relation.end)}"
    elif relation.due is not None and relation.state != "ended":
        when += f"{' ' if when else ''}{data.config()['texts']['due_text']} {nt.lexical(relation.due)}"
    if when:
        parts.append(f'<span class="when">{esc(when)}</span>')
    if relation.status:
        parts.append(f'<span class="status status-{esc(relation.state)}">{esc(relation.status)}</span>')
    if relation.fact is not None:
        parts.append(f'<a href="{esc(site.docs.href(relation.fact, here) or "")}">details</a>')
    return f"<li>{' '.join(parts)}</li>"


def grouped_claims(site, claims: list[str], here: str, seen: set) -> list[str]:
    """The claims section of a page: a heading with the count, a line of links
    to the groups, then each group (entity_page.yaml) with its claims by date.
    ``seen``: the statement ids anchored earlier on the page (Site.claim)."""
    groups = data.grouped_claims(site.docs, claims)
    out = [f"<h2>Claims ({len(claims)})</h2>"]
    if len(groups) > 1:
        out.append('<nav class="groups">' + "".join(
            f'<a href="#claims-{i}">{esc(title)} ({len(items)})</a>' for i, (title, items) in enumerate(groups, 1))
            + "</nav>")
    for i, (title, items) in enumerate(groups, 1):
        out.append(f'<h3 id="claims-{i}">{esc(title)} ({len(items)})</h3>')
        out += [site.claim(c, here, seen) for c in items]
    return out


def shows_text(site, node: str) -> bool:
    """Whether the page of ``node`` shows a stored text (a source document
    with a text file, on a site given a text reader): then the text and its
    claims come before the tables."""
    from . import source_text

    g = site.docs.index
    return site.texts is not None and g.has(node, TYPE, SOURCE_DOCUMENT) and g.value(node, source_text.TEXT_FILE) \
        is not None


def claims_section(site, node: str, here: str, claims: list[str]) -> list[str]:
    """The claims part of the page of ``node``: for a source document with a
    stored text, the text with its passages highlighted and the claims in the
    order of the text (kb.export.source_text); otherwise the claims grouped by
    kind and date."""
    from . import source_text

    seen: set = set()
    if shows_text(site, node):
        text_html, ordered, found = source_text.section(site, node, claims, site.texts(site.docs, node))
        out = [text_html, f"<h2>Claims in the order of the text ({len(claims)})</h2>"]
        for number, claim in enumerate(ordered, 1):
            out += [source_text.back_links(number, claim, found), site.claim(claim, here, seen)]
        return out
    return grouped_claims(site, claims, here, seen)
