"""Identity links (facts/links/): an entity is the same as a Wikidata or
OpenSanctions resource only with a record of how, when and against which
source passage it was verified. The build derives skos:exactMatch from it."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from kb.build import compile as compile_project
from kb.cli import main
from kb.namespaces import AGKB, ID, LINK
from kb.project import Project
from kb.validate import validate

from .conftest import ROOT

# A document written for these tests. Q4115189 is Wikidata's sandbox item, kept
# for testing; "Example Militia" is fictional. Nothing here enters the real KB.
TEXT = ("Example registry extract, written for the knowledge base's tests.\n"
        "Example Militia is listed in Wikidata as item Q4115189.\n")
LINK_YAML = """\
- id: example-militia-wikidata
  entity: example-militia
  same_as: http://www.wikidata.org/entity/Q4115189
  method: identifier-in-source
  source: example-registry-extract
  evidence: Example Militia is listed in Wikidata as item Q4115189.
  checked: 2026-11-25
"""


def kb(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def linked(tmp_path):
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    for name in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "seeds" / "example-registry-extract.txt").write_text(TEXT, encoding="utf-8")
    digest = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    (tmp_path / "seeds" / "example-registry-extract.yaml").write_text(
        "title: Example registry extract\npublisher: the-moscow-times\nauthor: agence-france-presse\n"
        f"date: 2026-11-20\nlanguage: en\ntext: example-registry-extract.txt\nsha256: {digest}\n", encoding="utf-8")
    (tmp_path / "facts" / "entities" / "example.yaml").write_text(
        "- id: example-militia\n  type: ArmedGroup\n  label: Example Militia\n", encoding="utf-8")
    (tmp_path / "facts" / "links").mkdir()
    (tmp_path / "facts" / "links" / "wikidata.yaml").write_text(LINK_YAML, encoding="utf-8")
    return tmp_path


def test_link_record_gives_exact_match(linked):
    compiled = compile_project(Project.at(linked))
    assert compiled.report.conforms, compiled.report.text()
    g = compiled.graph
    wd = URIRef("http://www.wikidata.org/entity/Q4115189")
    assert (ID["example-militia"], SKOS.exactMatch, wd) in g
    link = LINK["example-militia-wikidata"]
    assert g.value(link, AGKB.verificationMethod) == URIRef(str(AGKB._NS) + "IdentifierInSource")
    assert str(g.value(link, AGKB.checkedOn)) == "2026-11-25"
    excerpt = g.value(link, AGKB.evidence)
    assert "Q4115189" in str(g.value(excerpt, URIRef("http://www.w3.org/ns/oa#exact")))


def test_entity_page_shows_how_the_link_was_verified(linked):
    assert kb("--root", linked, "build").exit_code == 0
    page = (linked / "dist" / "entity" / "example-militia.html").read_text(encoding="utf-8")
    assert 'href="http://www.wikidata.org/entity/Q4115189"' in page
    assert "identifier in source" in page and "2026-11-25" in page
    assert "Example Militia is listed in Wikidata as item Q4115189." in page
    doc = Graph().parse(linked / "dist" / "entity" / "example-militia.ttl")
    assert (LINK["example-militia-wikidata"], AGKB.checkedOn, None) in doc


@pytest.mark.parametrize("old, new, message", [
    ("  evidence: Example Militia is listed in Wikidata as item Q4115189.\n",
     "  evidence: Example Militia is listed in Wikidata\n",
     "facts/links/wikidata.yaml:6: the evidence must show the identifier Q4115189"),
    ("  entity: example-militia\n", "  entity: example-militias\n",
     "facts/links/wikidata.yaml:2: `entity`: 'example-militias' is not an entity in facts/entities/ "
     "(did you mean 'example-militia'?)"),
    ("  method: identifier-in-source\n", "  method: looked-it-up\n",
     "facts/links/wikidata.yaml:4: `method`: unknown id 'looked-it-up'"),
    ("  checked: 2026-11-25\n", "", "facts/links/wikidata.yaml:1: identity link 'example-militia-wikidata' "
     "needs `checked:`"),
])
def test_bad_link_is_one_line_error(linked, old, new, message):
    path = linked / "facts" / "links" / "wikidata.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    result = kb("--root", linked, "validate")
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {message}") and result.output.count("\n") == 1


def test_link_checked_before_its_source_is_a_violation(linked):
    path = linked / "facts" / "links" / "wikidata.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("2026-11-25", "2026-11-01"), encoding="utf-8")
    result = kb("--root", linked, "validate")
    assert result.exit_code == 1
    assert result.output.startswith("facts/links/wikidata.yaml\n  line ")
    assert "Violation: A link cannot be checked against a source before" in result.output


def test_exact_match_without_a_record_is_a_violation(compiled, project):
    data = Graph()
    data += compiled.graph
    data.add((ID["wagner-group"], SKOS.exactMatch, URIRef("http://www.wikidata.org/entity/Q4115189")))
    report = validate(data, compiled.shapes, compiled.ontology, compiled.loaded.origins,
                      project.ontology / "checks")
    assert [r.message for r in report.results] == [
        "Every skos:exactMatch needs an identity link record (facts/links/, or one made by kb import from a "
        "dataset record) that says how it was verified and cites its source."]


def test_same_as_is_no_longer_an_entity_key(linked):
    path = linked / "facts" / "entities" / "example.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  same_as: http://www.wikidata.org/entity/Q4115189\n",
                    encoding="utf-8")
    result = kb("--root", linked, "validate")
    assert result.exit_code == 2
    assert "unknown key 'same_as' for ArmedGroup" in result.output
