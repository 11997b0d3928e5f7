"""The static site opens in headless Chromium, served over HTTP from dist/ by a
plain file server, and its links work: every link on the pages Chromium renders
leads to a page the server has, and following links from the index reaches
entity pages that render in turn.

Needs the Debian package `chromium`. Without it the test is skipped, unless
CI=true (or KB_REQUIRE_TOOLS=1), where it fails: CI installs it."""

from __future__ import annotations

import functools
import shutil
import subprocess
from http.server import SimpleHTTPRequestHandler
from urllib.parse import urldefrag, urljoin

import pytest
import requests

from .conftest import ROOT, SEED_ID
from .servers import REQUIRE_TOOLS, thread_server
from .test_site import Page


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    message = "headless Chromium is not installed (apt-get install chromium)"
    if REQUIRE_TOOLS:
        pytest.fail(message + "; CI=true requires it")
    pytest.skip(message)


class _Files(SimpleHTTPRequestHandler):
    requested: list = []

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        type(self).requested.append(self.path)
        super().do_GET()


@pytest.fixture(scope="module")
def site():
    handler = functools.partial(_Files, directory=str(ROOT / "dist"))
    with thread_server(handler) as server:
        yield server.url


def render(url: str, profile) -> Page:
    """The DOM Chromium builds for ``url``."""
    exe = chromium()
    result = subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "</html>" in result.stdout, result.stderr[-2000:]
    return Page(result.stdout)


def check_links(page: Page, url: str) -> list[str]:
    """Every same-site link on the page answers 200; fragments name an element there."""
    problems = []
    for link in page.links:
        target = urljoin(url, link)
        if not target.startswith(url.split("/", 3)[0] + "//" + url.split("/", 3)[2]):
            continue
        address, fragment = urldefrag(target)
        response = requests.get(address, timeout=30)
        if response.status_code != 200:
            problems.append(f"{link}: HTTP {response.status_code}")
        elif fragment and address.endswith(".html") and fragment not in Page(response.text).ids:
            problems.append(f"{link}: no element with id {fragment}")
    return problems


@pytest.mark.parametrize("path", ["index.html", "ontology.html", "entity/wagner-group.html",
                                  "entity/north-korea-arms-delivery-to-wagner.html", f"source/{SEED_ID}.html"])
def test_page_renders_with_working_links(site, tmp_path, path):
    url = f"{site}/{path}"
    _Files.requested.clear()
    page = render(url, tmp_path / "profile")
    assert page.links, "the rendered page has no links"
    assert any(r.endswith("style.css") for r in _Files.requested), "Chromium did not load the style sheet"
    assert check_links(page, url) == []


def test_follow_links_from_the_index(site, tmp_path):
    """Index -> Wagner Group -> John Kirby, each step a link taken from the DOM Chromium rendered."""
    url = f"{site}/index.html"
    for label in ("entity/wagner-group.html", "entity/john-kirby.html"):
        page = render(url, tmp_path / "profile")
        hrefs = [h for h in page.links if urldefrag(h)[0].endswith(label.split("/")[1])]
        assert hrefs, f"no link to {label} on {url}"
        url = urljoin(url, urldefrag(hrefs[0])[0])
    page = render(url, tmp_path / "profile")
    assert url.endswith("entity/john-kirby.html") and "claim-north-korea-arms-delivery-to-wagner" in str(page.links)


def test_link_check_catches_a_dead_link(site):
    page = Page('<a href="entity/no-such-page.html">x</a><a href="index.html#nowhere">y</a>')
    assert len(check_links(page, f"{site}/index.html")) == 2


def test_chromium_is_required_on_ci(monkeypatch):
    """Without chromium on PATH, CI=true turns the skip into a failure."""
    import tests.test_browser as me
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(me, "REQUIRE_TOOLS", True)
    with pytest.raises(pytest.fail.Exception):
        me.chromium()
    monkeypatch.setattr(me, "REQUIRE_TOOLS", False)
    with pytest.raises(pytest.skip.Exception):
        me.chromium()
