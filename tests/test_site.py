"""Per-entity documents, the static site, the ontology page and the framed
JSON-LD: complete, consistent with the knowledge base, and with working links."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from urllib.parse import urldefrag

import pytest
from pyld import jsonld
from rdflib import BNode, Graph
from rdflib.compare import isomorphic

from kb import nt, yamlio
from kb.bench.scratch import make_copy
from kb.export.documents import Documents
from kb.namespaces import ID

from .conftest import ROOT

DIST = ROOT / "dist"


class Page(HTMLParser):
    """Links and element ids of one HTML page."""

    def __init__(self, text: str):
        super().__init__()
        self.links: list[str] = []
        self.ids: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        for key in ("href", "src"):
            if key in attrs and tag in ("a", "link", "img", "script"):
                self.links.append(attrs[key])


def pages() -> dict[str, Page]:
    return {str(p.relative_to(DIST)): Page(p.read_text(encoding="utf-8")) for p in sorted(DIST.rglob("*.html"))}


def broken_links(site: dict[str, Page]) -> list[str]:
    broken = []
    for name, page in site.items():
        for link in page.links:
            if link.startswith(("http://", "https://", "mailto:", "data:")):
                continue
            target, fragment = urldefrag(link)
            path = os.path.normpath(os.path.join(os.path.dirname(name), target)) if target else name
            if path.startswith("..") or not (DIST / path).is_file():
                broken.append(f"{name}: {link} (no file {path})")
            elif fragment and path.endswith(".html") and fragment not in site[path].ids:
                broken.append(f"{name}: {link} (no id {fragment} in {path})")
    return broken


@pytest.fixture(scope="module")
def docs(compiled) -> Documents:
    return Documents(compiled.triples, compiled.ontology)


def entity_ids() -> list[str]:
    ids = []
    for path in sorted((ROOT / "facts" / "entities").glob("*.yaml")):
        ids += [item["id"] for item in yamlio.load(path)]
    return ids


def test_every_entity_has_three_documents():
    ids = entity_ids()
    assert "wagner-group" in ids and len(ids) > 30
    for ident in ids:
        for ext in ("ttl", "jsonld", "html"):
            assert (DIST / "entity" / f"{ident}.{ext}").is_file(), f"dist/entity/{ident}.{ext}"


def test_every_page_has_a_document(docs):
    """Every resource with a page (entities, facts, sources) has all three files, and nothing else does."""
    expected = {docs.path(n, ext) for n in docs.subjects for ext in ("ttl", "jsonld", "html")}
    found = {str(p.relative_to(DIST)) for folder in ("entity", "source") for p in (DIST / folder).iterdir()}
    assert found == expected


def test_claims_and_statements_point_to_their_place(docs):
    """claim/<id>.html and statement/<id>.html send a reader to the anchor on the
    page of what they are about (the link check below proves the anchors exist)."""
    expected = {f"claim/{c[1:-1].rsplit('/', 1)[1]}.html" for c in docs.claims} | \
               {f"statement/{s[1:-1].rsplit('/', 1)[1]}.html" for s in docs.statements}
    found = {str(p.relative_to(DIST)) for folder in ("claim", "statement") for p in (DIST / folder).iterdir()}
    assert found == expected and len(found) > 60
    page = (DIST / "claim" / "north-korea-arms-delivery-to-wagner.html").read_text(encoding="utf-8")
    target = "../entity/north-korea-arms-delivery-to-wagner.html#claim-north-korea-arms-delivery-to-wagner"
    assert f'<meta http-equiv="refresh" content="0; url={target}">' in page
    assert f'<a href="{target}">' in page


@pytest.mark.parametrize("ident", ["wagner-group", "north-korea-arms-delivery-to-wagner", "north-korea"])
def test_turtle_and_jsonld_documents_agree(docs, ident):
    expected = nt.to_graph(docs.triples_of(f"<{ID}{ident}>"))
    turtle = Graph().parse(DIST / "entity" / f"{ident}.ttl", format="turtle")
    assert isomorphic(turtle, expected)
    doc = json.loads((DIST / "entity" / f"{ident}.jsonld").read_text(encoding="utf-8"))
    nquads = jsonld.to_rdf(jsonld.expand(doc), {"format": "application/n-quads"})
    assert isomorphic(Graph().parse(data=nquads, format="nt"), expected)
    assert not [t for t in turtle if any(isinstance(x, BNode) for x in t)]


def test_document_is_part_of_the_knowledge_base(docs, compiled):
    """A page's graph never says more than the knowledge base."""
    for node in docs.subjects:
        assert docs.triples_of(node) <= compiled.triples, node


def test_wagner_page_shows_facts_sources_and_stances():
    text = (DIST / "entity" / "wagner-group.html").read_text(encoding="utf-8")
    assert "<h1>Wagner Group</h1>" in text
    assert 'href="../ontology.html#PrivateMilitaryCompany"' in text
    # the arms delivery, its source, who asserts it and who denies it
    assert 'id="claim-north-korea-arms-delivery-to-wagner"' in text
    assert "North Korea Sold Arms to Russia&#x27;s Wagner Group, U.S. Says" in text
    assert 'stance-asserts">asserts</span> <a href="../entity/john-kirby.html">John Kirby</a>' in text
    assert 'stance-denies">denies</span> <a href="../entity/north-korean-foreign-ministry.html">' in text
    assert "cooked up by some dishonest forces for different purposes." in text
    assert 'href="../entity/north-korea.html"' in text
    # each fact in the table links to the claim that states it, named by who it is attributed to
    assert ('<a href="../entity/russia.html">Russia</a></td><td><a href="#claim-wagner-is-russian" '
            'title="Wagner is a Russian private military group.">according to Agence France-Presse</a>') in text


def test_links_work_across_the_site():
    site = pages()
    assert "index.html" in site and "ontology.html" in site and len(site) > 70
    assert broken_links(site) == []
    linked = {os.path.normpath(os.path.join(os.path.dirname("index.html"), urldefrag(link)[0]))
              for link in site["index.html"].links}
    assert {p for p in site if p.startswith("entity/")} <= linked


def test_link_checker_finds_a_broken_link():
    site = pages()
    site["index.html"].links.append("entity/no-such-entity.html")
    site["index.html"].links.append("entity/wagner-group.html#claim-no-such-claim")
    assert len(broken_links(site)) == 2


def test_ontology_page_documents_every_term(compiled):
    from rdflib.namespace import OWL, RDF
    page = Page((DIST / "ontology.html").read_text(encoding="utf-8"))
    base = "https://w3id.org/agkb/ontology#"
    terms = {str(t)[len(base):] for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
             for t in compiled.ontology.subjects(RDF.type, kind) if str(t).startswith(base)}
    assert terms <= set(page.ids)


def test_framed_armed_groups():
    doc = json.loads((DIST / "frames" / "armed-groups.jsonld").read_text(encoding="utf-8"))
    groups = {g["@id"]: g for g in doc["@graph"]}
    assert "kb:wagner-group" in groups and all("ArmedGroup" in g["@type"] for g in groups.values())
    wagner = groups["kb:wagner-group"]
    assert wagner["label"] == "Wagner Group"
    transfer = wagner["armsReceived"][0]
    assert transfer["supplier"]["label"] == "North Korea"
    claim = transfer["claims"][0]
    assert claim["from"]["title"] == "North Korea Sold Arms to Russia's Wagner Group, U.S. Says"
    stances = {(s["speaker"]["label"], s["stance"]["label"]) for s in claim["statements"]}
    assert ("Ministry of Foreign Affairs of North Korea", "denies") in stances
    assert ("John Kirby", "asserts") in stances
    assert {s["imposedBy"]["label"] for s in wagner["sanctionedBy"]} == {"United States"}


def test_framed_json_is_linked_data(kb_graph, compiled):
    """Expanded back to RDF, the framed file says nothing the knowledge base (with concept labels) does not."""
    doc = json.loads((DIST / "frames" / "armed-groups.jsonld").read_text(encoding="utf-8"))
    nquads = jsonld.to_rdf(jsonld.expand(doc), {"format": "application/n-quads"})
    framed = Graph().parse(data=nquads, format="nt")
    known = Graph()
    known += kb_graph
    from rdflib.namespace import RDFS, SKOS
    for concept, label in compiled.ontology.subject_objects(SKOS.prefLabel):
        known.add((concept, RDFS.label, label))
    assert len(framed) > 100 and not set(framed) - set(known)


def test_make_rebuilds_a_deleted_page(tmp_path):
    """Entity pages are real make targets: a deleted page makes `make` run the build."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    copy = make_copy(ROOT, tmp_path / "repo",
                     ("VERSION", "CHANGELOG.md", "dataset.yaml", "seeds", "facts", "ontology", "shapes", "dist"))
    dry = lambda: subprocess.run([make, "-n"], cwd=copy, capture_output=True, text=True).stdout  # noqa: E731
    dry()  # the first run writes build/inputs.list, the list of inputs
    # Make the outputs newer than every input, as after a build.
    for path in (copy / "dist").rglob("*"):
        os.utime(path)
    assert "kb build" not in dry()
    (copy / "dist" / "entity" / "wagner-group.html").unlink()
    assert "kb build" in dry()


def test_make_sees_an_input_deleted_after_a_kb_build(tmp_path):
    """`make` and `kb build` agree: an entity file added, built with `kb build`
    (not make) and deleted again makes the next `make` rebuild, and its entity
    leaves dist/; then `make` has nothing to do."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    copy = make_copy(ROOT, tmp_path / "repo",
                     ("VERSION", "CHANGELOG.md", "dataset.yaml", "seeds", "facts", "ontology", "shapes", "dist"))
    run = lambda *args: subprocess.run(args, cwd=copy, capture_output=True, text=True)  # noqa: E731
    run(make, "-n")  # writes build/inputs.list
    for path in (copy / "dist").rglob("*"):  # the outputs newer than every input, as after a build
        os.utime(path)
    assert "kb build" not in run(make, "-n").stdout
    temp = copy / "facts" / "entities" / "temp.yaml"
    temp.write_text("- id: temporary-front\n  type: ArmedGroup\n  label: Temporary Front\n", encoding="utf-8")
    built = run(str(copy / ".venv" / "bin" / "kb"), "build", "-q")
    assert built.returncode == 0, built.stderr
    assert "temporary-front" in (copy / "dist" / "kb.nt").read_text(encoding="utf-8")
    temp.unlink()
    assert "kb build" in run(make, "-n").stdout
    made = run(make)
    assert made.returncode == 0, made.stderr
    assert "temporary-front" not in (copy / "dist" / "kb.nt").read_text(encoding="utf-8")
    assert run(make, "-q").returncode == 0  # nothing more to do


def test_make_lists_the_inputs_kb_build_lists(tmp_path):
    """The Makefile writes build/inputs.list with find (fast: no Python
    start-up on a `make` with nothing to do); every `kb build` writes it with
    kb.inputs.listing. The two must give the same bytes, hidden files, caches
    and an imported dataset included, or each would rebuild after the other."""
    from kb.inputs import listing
    from kb.project import Project

    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    copy = make_copy(ROOT, tmp_path / "repo",
                     ("VERSION", "CHANGELOG.md", "dataset.yaml", "seeds", "facts", "ontology", "shapes", "dist"))
    (copy / "facts" / ".draft.yaml").write_text("- id: x\n", encoding="utf-8")
    (copy / "facts" / "__pycache__").mkdir()
    (copy / "facts" / "__pycache__" / "x.pyc").write_bytes(b"")
    (copy / "imports" / "example_list").mkdir(parents=True)
    (copy / "imports" / "example_list" / "dataset.yaml").write_text("name: example_list\n", encoding="utf-8")
    subprocess.run([make, "-n"], cwd=copy, capture_output=True, check=True)
    written = (copy / "build" / "inputs.list").read_text(encoding="utf-8")
    assert written == listing(Project.at(copy))
    assert "imports/example_list/dataset.yaml\n" in written and "kb/cli.py\n" in written
    assert ".draft.yaml" not in written and "__pycache__" not in written
