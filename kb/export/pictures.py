"""The site's pictures as HTML: the network and the map as a ``<div>`` that
``assets/visuals.js`` draws into (Cytoscape.js; d3-geo with topojson-client
on world-atlas's shapes) from data embedded in the page as
``<script type="application/json">`` (pages opened from ``file://`` cannot
fetch files), each with a plain list of links beside it that works without
scripts; and the timeline as SVG written here, which needs no script.

The data comes from :class:`kb.export.visuals.Visuals`. Every function returns
a string of HTML; the output is the same bytes for the same triples.
"""

from __future__ import annotations

import datetime
import html
import json

from . import assets
from .visuals import Visuals

SCRIPT = "assets/visuals.js"
_SCRIPTS = {
    "network": [assets.path("cytoscape", "dist/cytoscape.min.js")],
    "map": [assets.path("d3-array", "dist/d3-array.min.js"), assets.path("d3-geo", "dist/d3-geo.min.js"),
            assets.path("topojson-client", "dist/topojson-client.min.js"),
            assets.script_path("world-atlas", "countries-110m.json")],
}

STYLE = """
.picture { border: 1px solid var(--line); border-radius: .5rem; margin: 1rem 0; }
.network { height: 28rem; } .network.whole { height: 36rem; }
.worldmap { width: 100%; aspect-ratio: 2 / 1; }
.worldmap path.country { fill: #e6e9ef; stroke: #fff; stroke-width: .5; }
.worldmap path.marked { stroke: #1d2330; stroke-width: .6; }
.legend { font-size: 14px; color: var(--muted); } .legend .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: .2rem; margin: 0 .25rem 0 .75rem; vertical-align: -.05rem; }
.legend .dashed { border-top: 2px dashed var(--ink); height: 0; width: 1.4rem; display: inline-block; margin: 0 .25rem 0 .75rem; vertical-align: .2rem; }
.timeline svg { width: 100%; height: auto; font: 12px system-ui, sans-serif; }
.timeline .span { fill-opacity: .85; } .timeline .axis { stroke: var(--line); } .timeline text { fill: var(--ink); }
.timeline .tick { fill: var(--muted); }
details.as-list { font-size: 14px; margin: .25rem 0 1rem; }
"""


def esc(text) -> str:
    return html.escape(str(text), quote=True)


def _data(ident: str, data) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{ident}">{text}</script>'


def scripts(here: str, kinds: list[str]) -> str:
    """The script tags of the libraries the pictures on a page need, then visuals.js."""
    up = "../" * here.count("/")
    paths = [p for kind in ("network", "map") if kind in kinds for p in _SCRIPTS[kind]]
    if not paths:
        return ""
    return "\n".join(f'<script src="{up}{esc(p)}"></script>' for p in paths + [SCRIPT])


def network(visuals: Visuals, here: str, centre: str | None = None) -> tuple[str, bool]:
    """(HTML, drawn): the network section for the page at ``here``."""
    data = visuals.network(here, centre)
    if data is None:
        return "", False
    whole = centre is None
    title = "Network" if whole else "Network around this page"
    kinds = {}
    for edge in data["edges"]:
        kinds.setdefault((edge["label"], edge["colour"]), None)
    legend = "".join(f'<span class="swatch" style="background:{esc(c)}"></span>{esc(label)}'
                     for label, c in sorted(kinds))
    if any(e["contested"] for e in data["edges"]):
        legend += '<span class="dashed"></span>contested (someone denies a claim stating it)'
    shown = "" if data["shown"] == data["total"] else f" (the {data['shown']} of {data['total']} edges of the best-connected nodes)"
    labels = {n["id"]: n for n in data["nodes"]}
    rows = []
    for e in data["edges"]:
        source, target = labels[e["source"]], labels[e["target"]]
        mark = " <em>(contested)</em>" if e["contested"] else ""
        rows.append(f'<li><a href="{esc(source["href"])}">{esc(source["label"])}</a> {esc(e["label"])} '
                    f'<a href="{esc(target["href"])}">{esc(target["label"])}</a>{mark}</li>')
    return (f'<h2 id="network">{title}</h2>\n'
            f'<p class="legend">Who supplies, sanctions, controls, owns, belongs to and operates where{esc(shown)}; '
            f'click a node to open its page.{legend}</p>\n'
            f'<div class="picture network{" whole" if whole else ""}" data-graph="agkb-network" '
            f'role="img" aria-label="{esc(title)}"></div>\n'
            f"{_data('agkb-network', data)}\n"
            f'<details class="as-list"><summary>The network as a list ({len(rows)} edges)</summary><ul>'
            + "".join(rows) + "</ul></details>"), True


def world_map(visuals: Visuals, here: str, centre: str | None = None) -> tuple[str, bool]:
    """(HTML, drawn): the map section for the page at ``here``."""
    data = visuals.places(here, centre)
    if data is None:
        return "", False
    colours = visuals.config["map_colours"]
    words = {"operates": "operates in", "event": "events in", "based": "based in"}
    data["colours"] = colours
    roles = sorted({r for c in data["countries"] for r in c["roles"]} | {e["role"] for e in data["unmapped"]})
    legend = "".join(f'<span class="swatch" style="background:{esc(colours[r])}"></span>{esc(words[r])}'
                     for r in roles)
    rows = []
    for country in data["countries"]:
        rows += [f'<li>{esc(words[p["role"]])} <a href="{esc(p["href"])}">{esc(p["label"])}</a></li>'
                 for p in country["places"]]
    rows += [f'<li>{esc(words[p["role"]])} <a href="{esc(p["href"])}">{esc(p["label"])}</a> '
             "(not a country: not drawn)</li>" for p in data["unmapped"]]
    title = "Where" if centre is None else "Where it operates and events happened"
    return (f'<h2 id="map">{title}</h2>\n<p class="legend">Countries marked by what happens there.{legend}</p>\n'
            f'<div class="picture worldmap" data-map="agkb-map" role="img" aria-label="World map"></div>\n'
            f"{_data('agkb-map', data)}\n"
            '<details class="as-list" open><summary>Places</summary><ul>' + "".join(rows) + "</ul></details>"), True


def _day(iso: str) -> int:
    return datetime.date.fromisoformat(iso).toordinal()


def timeline(visuals: Visuals, here: str, centre: str | None = None) -> str:
    """The timeline section: an SVG with one row per dated item, a bar from
    the first day its date covers to the last (a month or a year is drawn as
    that span), on a time axis with a tick per year (and per month when the
    items lie within two years)."""
    items = visuals.timeline(here, centre)
    if not items:
        return ""
    first = datetime.date.fromisoformat(items[0]["start"])
    last = max(datetime.date.fromisoformat(i["end"]) for i in items)
    low = datetime.date(first.year, 1, 1)
    high = datetime.date(last.year + (0 if (last.month, last.day) == (1, 1) else 1), 1, 1)
    label_w, track_w, row, top = 330, 390, 20, 26
    x0, span = label_w + 10, _day(high.isoformat()) - _day(low.isoformat())

    def x(iso: str) -> float:
        return x0 + track_w * (_day(iso) - _day(low.isoformat())) / span

    height = top + row * len(items) + 8
    out = [f'<svg viewBox="0 0 {x0 + track_w + 10} {height}" role="img" aria-label="Timeline" '
           f'xmlns="http://www.w3.org/2000/svg">']
    years = list(range(low.year, high.year + 1))
    monthly = len(years) <= 3
    for year in years:
        for month in (range(1, 13) if monthly and year < high.year else [1]):
            xx = x(f"{year:04d}-{month:02d}-01")
            major = month == 1
            dash = "" if major else ' stroke-dasharray="2 3"'
            out.append(f'<line class="axis" x1="{xx:.1f}" y1="{top - 6}" x2="{xx:.1f}" y2="{height - 4}"{dash}/>')
            if major or len(years) <= 2:
                text = str(year) if major else f"{month:02d}"
                out.append(f'<text class="tick" x="{xx + 2:.1f}" y="{top - 10}">{text}</text>')
    colours = {"fact": "#1f5fbf", "statement": "#6b4fbb"}
    for n, item in enumerate(items):
        y = top + n * row
        left, right = x(item["start"]), x(item["end"])
        width = max(right - left, 3.0)
        label = item["label"] if len(item["label"]) <= 52 else item["label"][:51] + "…"
        tip = f'{item["date"]} ({item["precision"]}): {item["label"]}'
        out.append(f'<a href="{esc(item["href"])}" class="tl-item" data-id="{esc(item["id"])}" '
                   f'data-kind="{item["kind"]}" data-date="{esc(item["date"])}" data-start="{item["start"]}" '
                   f'data-end="{item["end"]}"><title>{esc(tip)}</title>'
                   f'<text x="0" y="{y + 13}">{esc(item["date"])} · {esc(label)}</text>'
                   f'<rect class="span" x="{left:.1f}" y="{y + 3}" width="{width:.1f}" height="{row - 6}" '
                   f'rx="2" fill="{colours[item["kind"]]}"/></a>')
    out.append("</svg>")
    return (f'<h2 id="timeline">Timeline</h2>\n<p class="legend">Dated facts'
            f'<span class="swatch" style="background:{colours["fact"]}"></span>and statements'
            f'<span class="swatch" style="background:{colours["statement"]}"></span>; a date given to the '
            "month or year is drawn over that month or year.</p>\n"
            f'<div class="picture timeline">{"".join(out)}</div>')


def sections(visuals: Visuals, here: str, centre: str | None = None) -> tuple[str, str]:
    """(body HTML, script tags) of every picture for the page at ``here``:
    network, timeline, map; empty strings when it has none."""
    parts, kinds = [], []
    text, drawn = network(visuals, here, centre)
    if drawn:
        parts.append(text)
        kinds.append("network")
    text = timeline(visuals, here, centre)
    if text:
        parts.append(text)
    text, drawn = world_map(visuals, here, centre)
    if drawn:
        parts.append(text)
        kinds.append("map")
    return "\n".join(parts), scripts(here, kinds)
