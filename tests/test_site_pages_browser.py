"""The entity, source and index pages in headless Chromium, driven by
Playwright: no console errors and no request leaving the site (over HTTP and
from file://), every excerpt of the source page's claims highlighted over its
exact words, and the search box finding entities by an alias in Latin or
Cyrillic script, whatever the case or diacritics. Screenshots of the source
page, the Wagner Group page with its summary box, and a search are written to
build/screenshots/ for a person to look at.

Needs the Debian package `chromium` and the Python package playwright (a test
dependency; it drives the system's Chromium, no browser download). Without
them the tests are skipped, unless CI=true (or KB_REQUIRE_TOOLS=1), where
they fail."""

from __future__ import annotations

import functools
from http.server import SimpleHTTPRequestHandler

import pytest

from kb import nt

from .conftest import ROOT, SEED_ID
from .servers import REQUIRE_TOOLS, thread_server
from .test_browser import chromium

DIST = ROOT / "dist"
SHOTS = ROOT / "build" / "screenshots"
PAGES = ["index.html", "entity/wagner-group.html", f"source/{SEED_ID}.html", "entity/yevgeny-prigozhin.html"]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    exe = chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        message = "playwright is not installed (pip install -e '.[test]')"
        if REQUIRE_TOOLS:
            pytest.fail(message + "; CI=true requires it")
        pytest.skip(message)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def site():
    with thread_server(functools.partial(_Quiet, directory=str(DIST))) as server:
        yield server.url


class Watched:
    """A page with its console errors, uncaught exceptions and requests recorded."""

    def __init__(self, browser, width: int = 1200, height: int = 1400):
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        self.page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url}"))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def open(self, url: str):
        self.page.goto(url, wait_until="load")
        return self.page

    def close(self):
        self.page.close()


def search(page, query: str) -> list[tuple[str, str]]:
    """Type ``query`` into the page's search box; the results as (text, href)."""
    box = page.locator("form.search input[type=search]").first
    box.fill("")
    box.fill(query)
    page.wait_for_function("q => document.querySelector('form.search input').value === q && "
                           "!document.querySelector('ol.search-results').hidden", arg=query)
    return page.eval_on_selector_all("ol.search-results li", "items => items.map(li => "
                                     "[li.textContent, li.querySelector('a') ? li.querySelector('a').href : ''])")


@pytest.mark.parametrize("path", PAGES)
def test_no_console_errors_and_no_request_leaves_the_site(browser, site, path):
    for base in (site, DIST.as_uri()):
        watched = Watched(browser)
        try:
            page = watched.open(f"{base}/{path}")
            search(page, "Wagner")  # loads MiniSearch and the index too
            assert watched.errors == [], (base, watched.errors)
            outside = [u for u in watched.requests if not u.startswith((base, "data:"))]
            assert outside == [], outside
        finally:
            watched.close()


@pytest.mark.parametrize("query, expected", [
    ("PMC Wagner", "entity/wagner-group.html"),  # an English alias
    ("pmc wagner", "entity/wagner-group.html"),  # any case
    ("Группа Вагнера", "entity/wagner-group.html"),  # a Russian alias
    ("группа", "entity/wagner-group.html"),  # a word of it, lower case
    ("Евгений Пригожин", "entity/yevgeny-prigozhin.html"),
    ("Prigózhin", "entity/yevgeny-prigozhin.html"),  # diacritics forgiven
    ("Putin's chef", "entity/yevgeny-prigozhin.html"),  # a nickname
])
def test_search_finds_entities_by_any_name(browser, site, query, expected):
    watched = Watched(browser)
    try:
        page = watched.open(f"{site}/index.html")
        results = search(page, query)
        assert results and results[0][1] == f"{site}/{expected}", results
        assert watched.errors == []
    finally:
        watched.close()


def test_search_says_when_nothing_is_found(browser, site):
    watched = Watched(browser)
    try:
        page = watched.open(f"{site}/index.html")
        assert search(page, "zzqxv") == [["Nothing found", ""]]
    finally:
        watched.close()


def test_source_page_highlights_every_excerpt_of_its_claims(browser, site, compiled, seed_text):
    """Each excerpt cited by a claim of the seed (or a statement on one) is a
    visible, highlighted <mark> with its id, whose marks hold exactly its
    words; each claim links back to its passages."""
    from kb.export.documents import Documents
    docs = Documents(compiled.triples, compiled.ontology)
    source = f"<https://w3id.org/agkb/id/source/{SEED_ID}>"
    g = docs.index
    excerpts = set()
    for claim in docs.claims_of(source):
        excerpts.update(g.objects(claim, "<https://w3id.org/agkb/ontology#evidence>"))
        for statement in docs.statements_on(claim):
            excerpts.update(g.objects(statement, "<https://w3id.org/agkb/ontology#evidence>"))
    assert len(excerpts) > 50
    watched = Watched(browser)
    try:
        page = watched.open(f"{site}/source/{SEED_ID}.html")
        shown = page.evaluate("""() => {
            const out = {};
            for (const mark of document.querySelectorAll('.source-text mark.excerpt')) {
                const id = mark.dataset.excerpt;
                const text = Array.from(mark.childNodes).map(n => n.nodeType === 3 ? n.textContent :
                    (n.matches('mark') ? n.textContent : '')).join('');
                if (!(id in out)) out[id] = {text: '', highlighted: true, visible: true};
                out[id].text += text;
                const style = getComputedStyle(mark);
                out[id].highlighted = out[id].highlighted && style.backgroundColor !== 'rgba(0, 0, 0, 0)';
                out[id].visible = out[id].visible && mark.getClientRects().length > 0;
                if (mark.id) out[id].anchor = mark.id;
            }
            return out;
        }""")
        for excerpt in excerpts:
            ident = excerpt[1:-1].rsplit("/", 1)[1]
            start = int(nt.lexical(g.value(excerpt, "<http://www.w3.org/ns/oa#start>")))
            end = int(nt.lexical(g.value(excerpt, "<http://www.w3.org/ns/oa#end>")))
            assert ident in shown, ident
            assert shown[ident]["text"] == seed_text[start:end], ident
            assert shown[ident]["highlighted"] and shown[ident]["visible"], ident
            assert shown[ident]["anchor"] == f"excerpt-{ident}"
        # a claim's number in the text leads to the claim, and the claim back to its passage
        page.click('sup.cites a[href="#claim-north-korea-arms-delivery-to-wagner"] >> nth=0')
        assert page.evaluate("location.hash") == "#claim-north-korea-arms-delivery-to-wagner"
        assert watched.errors == []
    finally:
        watched.close()


def test_screenshots_for_a_person(browser, site):
    """Writes build/screenshots/{source,entity-summary,search}.png (viewport
    images; a person looks at them, the test checks they are PNGs)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    watched = Watched(browser, 1280, 1600)
    try:
        page = watched.open(f"{site}/source/{SEED_ID}.html")
        page.locator(".source-text").scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "source.png"))
        page = watched.open(f"{site}/entity/wagner-group.html")
        page.screenshot(path=str(SHOTS / "entity-summary.png"))
        page = watched.open(f"{site}/index.html")
        search(page, "Группа Вагнера")
        page.screenshot(path=str(SHOTS / "search.png"), clip={"x": 0, "y": 0, "width": 1280, "height": 500})
    finally:
        watched.close()
    for name in ("source.png", "entity-summary.png", "search.png"):
        data = (SHOTS / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000, name
