"""The saved queries that join official listings with reported claims, on a
project that imports the fixture list and links the Wagner Group to the same
Wikidata item (the sandbox item Q4115189) as the list's PMC Wagner. Expected
rows: tests/expected/queries/ftm/<name>.csv (the seed build's rows, with no
import, are in tests/expected/queries/)."""

from __future__ import annotations

import csv
import hashlib

import pytest

from kb.query import published_graph, rows, run
from kb.project import Project

from .conftest import ROOT
from .test_ftm_import import IMPORT, V1, kb, make_project

EXPECTED = ROOT / "tests" / "expected" / "queries" / "ftm"
NAMES = sorted(p.stem for p in EXPECTED.glob("*.csv"))
TEXT = ("Example registry extract, written for the knowledge base's tests.\n"
        "The Wagner Group is listed in Wikidata's sandbox as item Q4115189.\n")
LINK = """\
- id: wagner-group-wikidata
  entity: wagner-group
  same_as: http://www.wikidata.org/entity/Q4115189
  method: identifier-in-source
  source: example-registry-extract
  evidence: The Wagner Group is listed in Wikidata's sandbox as item Q4115189.
  checked: 2026-11-25
"""


@pytest.fixture(scope="module")
def joined(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("ftm-queries"))
    (root / "seeds" / "example-registry-extract.txt").write_text(TEXT, encoding="utf-8")
    digest = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    (root / "seeds" / "example-registry-extract.yaml").write_text(
        "title: Example registry extract\npublisher: the-moscow-times\nauthor: agence-france-presse\n"
        f"date: 2026-11-20\nlanguage: en\ntext: example-registry-extract.txt\nsha256: {digest}\n", encoding="utf-8")
    (root / "facts" / "links").mkdir()
    (root / "facts" / "links" / "wikidata.yaml").write_text(LINK, encoding="utf-8")
    assert kb(root, *IMPORT, V1).exit_code == 0
    result = kb(root, "build")
    assert result.exit_code == 0, result.output
    return published_graph(Project.at(root))


def test_every_joining_query_has_fixture_rows():
    assert NAMES == ["listed-arms-transfers", "listed-contested-claims", "listed-news-sanctions"]


@pytest.mark.parametrize("name", NAMES)
def test_joining_query_answers(joined, name):
    path = ROOT / "queries" / f"{name}.rq"
    names, data = rows(joined, run(joined, path.read_text(encoding="utf-8"), str(path)))
    with open(EXPECTED / f"{name}.csv", newline="", encoding="utf-8") as handle:
        assert [names] + data == list(csv.reader(handle))


def test_no_saved_query_repeats_a_row_per_label_language(joined):
    """Every saved query gives one row per answer, not one per language of a
    name: with a second label, in Cyrillic, on every named resource (as an
    imported entity has), each query gives the same rows as before: each name
    the preferred one (kb.langtag.preference), in the provenance columns too."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS

    from kb.namespaces import ID

    queries = sorted(p for p in (ROOT / "queries").glob("*.rq"))
    assert len(queries) >= 17
    before = {}
    for path in queries:
        before[path.stem] = rows(joined, run(joined, path.read_text(encoding="utf-8"), str(path)))
    added = [(s, RDFS.label, Literal(f"Имя {len(str(s))}", lang="ru"))
             for s in set(joined.subjects(RDFS.label, None)) if isinstance(s, URIRef) and str(s).startswith(str(ID))]
    assert len(added) > 50
    for triple in added:
        joined.add(triple)
    wrong = []
    try:
        for path in queries:
            names, data = rows(joined, run(joined, path.read_text(encoding="utf-8"), str(path)))
            if data != before[path.stem][1]:
                wrong.append(f"{path.stem}: {len(before[path.stem][1])} rows, then {len(data)}")
    finally:
        for triple in added:
            joined.remove(triple)
    assert not wrong, "\n".join(wrong)
