"""The site's pictures in headless Chromium (through Playwright, launching the
Debian `chromium`), from file:// and from a web server: no console error and
no request leaving the page; the Wagner Group page's network has the nodes and
edges its triples imply, contested edges marked; its timeline has the dated
items; its map marks the countries of its operations. Screenshots of the
pages go to build/screenshots/ for a person to look at.

Skipped without Playwright or Chromium, unless CI=true (or KB_REQUIRE_TOOLS=1)."""

from __future__ import annotations

import functools
import re
import json
import shutil
from http.server import SimpleHTTPRequestHandler

import pytest

from kb import nt
from kb.export import visuals

from .conftest import ROOT
from .servers import REQUIRE_TOOLS, thread_server

DIST = ROOT / "dist"
SHOTS = ROOT / "build" / "screenshots"
WAGNER = "https://w3id.org/agkb/id/wagner-group"
ID = "https://w3id.org/agkb/id/"
PAGES = ["entity/wagner-group.html", "index.html", "entity/north-korea.html", "entity/moura-massacre.html"]


def _skip(message: str):
    if REQUIRE_TOOLS:
        pytest.fail(message + "; CI=true requires it")
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip("Playwright is not installed (pip install -e '.[test]')")
    exe = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
    if exe is None:
        _skip("headless Chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        yield launched
        launched.close()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def served():
    with thread_server(functools.partial(_Quiet, directory=str(DIST))) as server:
        yield server.url


def open_page(browser, url: str, allowed: str):
    """The page at ``url`` once its pictures are drawn, and what went wrong:
    console errors and warnings, script errors, requests outside ``allowed``."""
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
    page.on("request", lambda r: None if r.url.startswith(allowed) else problems.append(f"request to {r.url}"))
    page.goto(url)
    page.wait_for_load_state("load")
    for selector in ("[data-graph]", "[data-map]"):
        if page.query_selector(selector):
            page.wait_for_selector(f"{selector}[data-drawn]", timeout=30000)
    return page, problems


@pytest.mark.parametrize("path", PAGES)
def test_pages_open_from_file_without_errors_or_requests_out(browser, path):
    page, problems = open_page(browser, (DIST / path).as_uri(), "file://")
    assert problems == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / (path.replace("/", "-").removesuffix(".html") + ".png")), full_page=True)
    page.close()


@pytest.mark.parametrize("path", PAGES[:2])
def test_pages_served_without_errors(browser, served, path):
    page, problems = open_page(browser, f"{served}/{path}", served)
    assert problems == []
    page.close()


def _wagner_edges(kb_graph) -> set:
    """(source id, relation label, target id) of every drawn relation naming
    the Wagner Group, by SPARQL over the knowledge base and visuals.yaml."""
    relations = {r["predicate"][1:-1]: r["label"] for r in visuals.config()["relations"]}
    values = " ".join(f"<{p}>" for p in relations)
    rows = kb_graph.query(f"""SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }}
        {{ BIND(<{WAGNER}> AS ?s) ?s ?p ?o }} UNION {{ BIND(<{WAGNER}> AS ?o) ?s ?p ?o }}
        FILTER(STRSTARTS(STR(?s), "{ID}") && STRSTARTS(STR(?o), "{ID}")) }}""")
    return {(str(s)[len(ID):], relations[str(p)], str(o)[len(ID):]) for s, p, o in rows}


def test_wagner_network_has_the_nodes_and_edges_its_facts_imply(browser, kb_graph):
    expected = _wagner_edges(kb_graph)
    assert len(expected) >= 10
    page, problems = open_page(browser, (DIST / "entity/wagner-group.html").as_uri(), "file://")
    assert problems == []
    drawn = page.evaluate("""() => { const cy = document.querySelector('[data-graph]')._cyreg.cy;
        return { nodes: cy.nodes().map(n => [n.id(), n.data('href')]),
                 edges: cy.edges().map(e => [e.data('source'), e.data('label'), e.data('target'),
                                             e.style('line-style')]) }; }""")
    page.close()
    assert {(s, label, o) for s, label, o, _ in drawn["edges"]} == expected
    assert {n for n, _ in drawn["nodes"]} == {s for s, _, _ in expected} | {o for _, _, o in expected}
    for node, href in drawn["nodes"]:
        assert href == f"../entity/{node}.html" and (DIST / "entity" / f"{node}.html").is_file()
    # Contested: the relation's claim is denied by someone (agkb:denies), found by SPARQL.
    denied = {(str(s)[len(ID):], str(o)[len(ID):]) for s, o in kb_graph.query(f"""
        PREFIX agkb: <https://w3id.org/agkb/ontology#>
        SELECT ?s ?o WHERE {{ ?s agkb:suppliedArmsTo ?o . ?fact agkb:supplier ?s ; agkb:recipient ?o .
                              ?claim agkb:about ?fact . [] agkb:denies ?claim }}""")}
    assert denied, "the seed has a denied arms transfer"
    dashed = {(s, o) for s, _, o, style in drawn["edges"] if style == "dashed"}
    assert denied <= dashed


def _dated(kb_graph) -> set:
    """Dates of the facts naming the Wagner Group and of the statements on its claims."""
    rows = kb_graph.query(f"""PREFIX agkb: <https://w3id.org/agkb/ontology#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT DISTINCT ?node ?date WHERE {{
          {{ ?node ?p <{WAGNER}> . ?claim agkb:about ?node . }}
          UNION {{ ?claim agkb:about|rdf:subject <{WAGNER}> . ?node agkb:regarding ?claim }}
          UNION {{ ?fact ?p <{WAGNER}> . ?claim agkb:about ?fact . ?node agkb:regarding ?claim }}
          ?node dcterms:date ?date }}""")
    return {(str(n).rsplit("/", 1)[1], str(d)) for n, d in rows}


def test_timeline_has_the_dated_items_as_spans(kb_graph):
    text = (DIST / "entity/wagner-group.html").read_text(encoding="utf-8")
    found = set(re.findall(r'class="tl-item" data-id="([^"]+)" data-kind="[a-z]+" data-date="([^"]+)"', text))
    assert found == _dated(kb_graph)
    # A month is drawn over the month: the arms delivery of 2022-11 spans November.
    item = re.search(r'data-id="north-korea-arms-delivery-to-wagner"[^>]*data-start="([^"]+)" data-end="([^"]+)"',
                     text)
    assert item.groups() == ("2022-11-01", "2022-12-01")
    bar = re.search(r'data-id="north-korea-arms-delivery-to-wagner".*?<rect class="span" x="([0-9.]+)" y="[0-9.]+" '
                    r'width="([0-9.]+)"', text).groups()
    assert float(bar[1]) > 10  # a month wide, not a day's sliver


def test_date_spans_keep_their_precision():
    assert visuals.date_span(nt.literal("2016", datatype="http://www.w3.org/2001/XMLSchema#gYear")) == \
        ("2016-01-01", "2017-01-01", "year")
    assert visuals.date_span(nt.literal("2022-12", datatype="http://www.w3.org/2001/XMLSchema#gYearMonth")) == \
        ("2022-12-01", "2023-01-01", "month")
    assert visuals.date_span(nt.literal("2022-12-31", datatype="http://www.w3.org/2001/XMLSchema#date")) == \
        ("2022-12-31", "2023-01-01", "day")
    assert visuals.date_span(nt.literal("in recent weeks", lang="en")) is None


def test_map_marks_the_countries_of_the_operations(browser, kb_graph):
    codes = visuals.country_codes()
    rows = kb_graph.query(f"""PREFIX agkb: <https://w3id.org/agkb/ontology#>
        PREFIX schema: <https://schema.org/>
        SELECT ?country WHERE {{ <{WAGNER}> agkb:operatesIn/schema:containedInPlace* ?country }}""")
    operations = {codes[str(c)[len(ID):]] for (c,) in rows if str(c)[len(ID):] in codes}
    assert len(operations) >= 5
    page, problems = open_page(browser, (DIST / "entity/wagner-group.html").as_uri(), "file://")
    assert problems == []
    marked = set(page.eval_on_selector_all("[data-map] path.marked", "ps => ps.map(p => p.dataset.code)"))
    page.close()
    assert operations <= marked
    data = json.loads(re.search(r'<script type="application/json" id="agkb-map">(.*?)</script>',
                                (DIST / "entity/wagner-group.html").read_text(encoding="utf-8")).group(1))
    assert marked == {c["code"] for c in data["countries"]}
    assert "Africa" in {p["label"] for p in data["unmapped"]}  # a region, listed beside the map


def test_every_country_code_has_a_shape_and_every_state_of_the_lexicon_a_code_or_a_reason():
    """countries.yaml covers the world's states (it covered only the nine of
    the seed), each code a shape of the vendored atlas, one code per state."""
    import yaml

    atlas = json.loads((ROOT / "node_modules/world-atlas/countries-110m.json").read_text(encoding="utf-8"))
    shapes = {g.get("id") for g in atlas["objects"]["countries"]["geometries"]}
    codes = visuals.country_codes()
    assert set(codes.values()) <= shapes
    assert len(set(codes.values())) == len(codes) > 150
    states = yaml.safe_load((ROOT / "kb/ftm/states.yaml").read_text(encoding="utf-8"))["codes"]
    ids = {v.get("entity") or v.get("id") for v in states.values()}
    assert set(codes) <= ids  # the ids imports and the extractor give states
    assert {"germany", "chad", "peru", "indonesia", "north-korea"} <= set(codes)


def test_wagner_page_stays_light():
    assert (DIST / "entity/wagner-group.html").stat().st_size < 300_000



