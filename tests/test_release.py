"""Releases: `kb release` stamps the version in VERSION into the ontology, the
shapes and CHANGELOG.md; the build refuses a version that was not released."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL

from kb.cli import main
from kb.export.void import DATASET

from .conftest import ROOT

DCAT3 = Namespace(str(DCAT))


@pytest.fixture
def project(tmp_path):
    for folder in ("seeds", "facts", "ontology", "shapes"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    for name in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def kb(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_unreleased_version_is_refused(project):
    (project / "VERSION").write_text("0.2.0\n", encoding="utf-8")
    result = kb("--root", project, "build")
    assert result.exit_code == 2
    assert result.output == ("error: CHANGELOG.md: version 0.2.0 (from VERSION) has no dated entry; "
                             "run `make release`\n")
    assert not (project / "dist").exists()


def test_release_stamps_version_and_dates(project):
    (project / "VERSION").write_text("0.2.0\n", encoding="utf-8")
    with open(project / "CHANGELOG.md", "a", encoding="utf-8") as handle:
        handle.write("")  # the Unreleased section is already there
    result = kb("--root", project, "release", "--date", "2027-01-31")
    assert result.exit_code == 0, result.output
    assert "Released 0.2.0 on 2027-01-31" in result.output
    changelog = (project / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]\n\n## [0.2.0] - 2027-01-31\n" in changelog
    assert "## [0.1.0] - " in changelog
    ontology = Graph().parse(project / "ontology" / "agkb.ttl")
    iri = URIRef("https://w3id.org/agkb/ontology")
    assert str(ontology.value(iri, OWL.versionInfo)) == "0.2.0"
    assert str(ontology.value(iri, OWL.versionIRI)) == "https://w3id.org/agkb/ontology/0.2.0"
    assert 'owl:versionInfo "0.2.0"' in (project / "shapes" / "common.ttl").read_text(encoding="utf-8")

    assert kb("--root", project, "build").exit_code == 0
    void = Graph().parse(project / "dist" / "void.ttl")
    assert str(void.value(DATASET, DCAT3.version)) == "0.2.0"
    assert str(void.value(DATASET, DCTERMS.modified)) == "2027-01-31"
    first = Graph().parse(ROOT / "dist" / "void.ttl").value(DATASET, DCTERMS.issued)
    assert void.value(DATASET, DCTERMS.issued) == first


def test_releasing_twice_is_refused(project):
    result = kb("--root", project, "release", "--date", "2027-01-31")
    assert result.exit_code == 2
    assert "was released on" in result.output and "put the new version in VERSION first" in result.output


def test_ontology_out_of_step_is_refused(project):
    path = project / "ontology" / "agkb.ttl"
    path.write_text(path.read_text(encoding="utf-8").replace('owl:versionInfo "0.1.0"', 'owl:versionInfo "0.0.9"'),
                    encoding="utf-8")
    result = kb("--root", project, "build")
    assert result.exit_code == 2
    assert result.output.startswith("error: ontology/agkb.ttl:23: the ontology says version 0.0.9")


def test_bad_version_file(project):
    (project / "VERSION").write_text("one\n", encoding="utf-8")
    result = kb("--root", project, "build")
    assert result.output == "error: VERSION:1: VERSION holds 'one'; write one version such as 0.2.0\n"
    assert result.exit_code == 2


def test_bad_dataset_description_is_one_line_error(project):
    path = project / "dataset.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("https://w3id.org/agkb/id/wagner-group\n", "https://w3id.org/agkb/id/wagner-grup\n"),
                    encoding="utf-8")
    line = next(i for i, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "wagner-grup" in row)
    result = kb("--root", project, "build")
    assert result.exit_code == 2
    assert result.output == (f"error: dataset.yaml:{line}: example resource https://w3id.org/agkb/id/wagner-grup "
                             "is not in the knowledge base\n")
    assert not (project / "dist").exists()
    path.write_text(text + "homepage: https://example.org/\n", encoding="utf-8")
    result = kb("--root", project, "build")
    assert result.exit_code == 2 and result.output.startswith("error: dataset.yaml:")
    assert "unknown key 'homepage'" in result.output
