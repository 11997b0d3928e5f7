"""Per-resource pages written as files, or rendered by `kb serve` when asked
for (above dataset.yaml's ``static_pages``): the two give the same bytes for
every page, kb serve answers the IRIs with 303 to the format asked for, and a
build that switches to served pages removes the page files."""

from __future__ import annotations

import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from kb.build import build
from kb.project import Project
from kb.serve import make_server
from kb.staging import read_manifest

from .conftest import ROOT

PAGE_FOLDERS = ("entity", "source", "claim", "statement")


@contextmanager
def serving(root: Path):
    server = make_server(Project.at(root), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def project_copy(tmp_path: Path, static_pages: int | None) -> Path:
    root = tmp_path / f"kb-{static_pages}"
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, root / folder)
    for name in ("VERSION", "CHANGELOG.md"):
        shutil.copy(ROOT / name, root / name)
    text = (ROOT / "dataset.yaml").read_text(encoding="utf-8")
    if static_pages is not None:
        text += f"static_pages: {static_pages}\n"
    (root / "dataset.yaml").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """The seed built with its pages as files, and with every page served."""
    tmp = tmp_path_factory.mktemp("pages")
    static, served = project_copy(tmp, None), project_copy(tmp, 0)
    build(Project.at(static))
    build(Project.at(served))
    return static, served


def page_files(dist: Path) -> dict[str, bytes]:
    return {str(p.relative_to(dist)): p.read_bytes() for folder in PAGE_FOLDERS if (dist / folder).is_dir()
            for p in (dist / folder).iterdir()}


def test_served_build_writes_no_pages(both):
    static, served = both
    pages = page_files(static / "dist")
    assert len(pages) > 200 and page_files(served / "dist") == {}
    assert not [name for name in read_manifest(served / "dist") if name.split("/")[0] in PAGE_FOLDERS]
    index = (served / "dist" / "index.html").read_text(encoding="utf-8")
    assert "<code>kb serve</code> renders each page" in index
    assert 'href="entity/wagner-group.html"' in index
    # everything else is the same file in both builds, but for the note on the index
    others = {n: d for n, d in read_manifest(static / "dist").items() if n.split("/")[0] not in PAGE_FOLDERS}
    assert {n: d for n, d in read_manifest(served / "dist").items() if n != "index.html"} == \
        {n: d for n, d in others.items() if n != "index.html"}


def test_every_page_is_served_as_written(both):
    static, served = both
    pages = page_files(static / "dist")
    with serving(served) as url, requests.Session() as http:
        for name, data in sorted(pages.items()):
            answer = http.get(f"{url}/{name}")
            assert answer.status_code == 200, name
            assert answer.content == data, name
        assert http.get(f"{url}/entity/no-such-thing.html").status_code == 404
    with serving(served) as url:  # a raw path (requests would resolve the ..)
        import http.client
        connection = http.client.HTTPConnection(url.split("//")[1])
        for path in ("/entity/../kb.nt", "/../seeds/x", "/.%2e/VERSION"):
            connection.request("GET", path)
            answer = connection.getresponse()
            answer.read()
            assert answer.status == 404, path
        connection.close()


def test_static_pages_are_served_from_the_files():
    with serving(ROOT) as url:
        answer = requests.get(f"{url}/entity/wagner-group.html")
        assert answer.content == (ROOT / "dist" / "entity" / "wagner-group.html").read_bytes()
        assert answer.headers["Content-Type"] == "text/html; charset=utf-8"
        assert requests.get(f"{url}/").content == (ROOT / "dist" / "index.html").read_bytes()
        kb = requests.get(f"{url}/kb.ttl")
        assert kb.headers["Content-Type"] == "text/turtle; charset=utf-8"


@pytest.mark.parametrize("path,accept,location", [
    ("/id/wagner-group", "text/html", "/entity/wagner-group.html"),
    ("/id/wagner-group", "text/turtle", "/entity/wagner-group.ttl"),
    ("/id/wagner-group", "application/ld+json", "/entity/wagner-group.jsonld"),
    ("/id/source/2022-12-23-moscow-times-north-korea-wagner", "text/turtle",
     "/source/2022-12-23-moscow-times-north-korea-wagner.ttl"),
    ("/id/claim/north-korea-arms-delivery-to-wagner", "text/html", "/claim/north-korea-arms-delivery-to-wagner.html"),
    ("/id/claim/north-korea-arms-delivery-to-wagner", "text/turtle", "/kb.ttl"),
    ("/id/excerpt/anything", "application/ld+json", "/kb.jsonld"),
    ("/ontology", "text/turtle", "/ontology.ttl"),
    ("/ontology", "text/html", "/ontology.html"),
    ("/dataset", "*/*", "/void.ttl"),
])
def test_iris_are_answered_with_303(path, accept, location):
    with serving(ROOT) as url:
        answer = requests.get(f"{url}{path}", headers={"Accept": accept}, allow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["Location"] == location
        assert requests.get(f"{url}{location}").status_code == 200


def test_switching_to_served_pages_removes_the_files(tmp_path):
    root = project_copy(tmp_path, None)
    build(Project.at(root))
    assert (root / "dist" / "entity" / "wagner-group.html").is_file()
    (root / "dataset.yaml").write_text((root / "dataset.yaml").read_text() + "static_pages: 10\n")
    build(Project.at(root))
    assert not (root / "dist" / "entity").exists() and not (root / "dist" / "claim").exists()
    assert (root / "dist" / "kb.ttl").is_file()
