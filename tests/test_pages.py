"""The per-resource Turtle and JSON-LD documents assembled from subject blocks
(kb.export.pages.Writer) are byte for byte what serializing each document's
triples gives: on the seed, a synthetic knowledge base, and the seed with an
imported FtM list; and a predicate whose namespace has no prefix (rdflib
makes one up per document) is handled by serializing the document whole."""

from __future__ import annotations

import shutil

import pytest

from kb.bench.generate import generate
from kb.build import compile as compile_project
from kb.export import context, jsonld, turtle
from kb.export.documents import Documents
from kb.export.pages import Writer
from kb.project import Project

from .conftest import ROOT


def check_every_document(triples, ontology) -> int:
    docs = Documents(triples, ontology)
    ctx = context.build(ontology)
    writer = Writer(docs, ctx)
    for node in docs.subjects:
        expected = docs.triples_of(node)
        ttl, json_ld = writer.render(node)
        assert ttl == turtle.serialize_triples(expected), node
        assert json_ld == jsonld.serialize_triples(expected, ctx=ctx), node
    return len(docs.subjects)


def test_seed(compiled):
    assert check_every_document(compiled.triples, compiled.ontology) > 40


def test_synthetic(tmp_path):
    compiled = compile_project(Project.at(generate(tmp_path / "kb", 3000, seed=4)))
    assert check_every_document(compiled.triples, compiled.ontology) > 50


def test_with_an_imported_list(tmp_path):
    from kb.ftm.imports import import_ftm

    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    for name in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    project = Project.at(tmp_path)
    import_ftm(project, str(ROOT / "tests" / "fixtures" / "ftm" / "example-sanctions.ftm.json"),
               "example_sanctions", title="Example list", authority="ftm:ex-compiler")
    compiled = compile_project(project)
    assert compiled.report.conforms
    assert check_every_document(compiled.triples, compiled.ontology) > 60


@pytest.mark.parametrize("where", ["whole", "named", "pointing"])
def test_made_up_prefix(compiled, where):
    """A triple whose predicate is in a namespace without a prefix, on a
    subject a document describes whole, only names, or that points at it."""
    triples = set(compiled.triples)
    wagner, kirby = "<https://w3id.org/agkb/id/wagner-group>", "<https://w3id.org/agkb/id/john-kirby>"
    odd = "<http://example.org/unbound#p>"
    triples |= {"whole": {(wagner, odd, '"x"')}, "named": {(kirby, odd, '"x"')},
                "pointing": {(kirby, odd, wagner)}}[where]
    check_every_document(triples, compiled.ontology)
