"""The query library: each query in queries/ answers its question with the
expected rows in tests/expected/queries/<name>.csv (checked by hand against
the article), and states its title and question."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kb.query import rows, run

from .conftest import ROOT

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
EXPECTED = ROOT / "tests" / "expected" / "queries"


def test_every_query_has_expected_rows_and_back():
    assert {p.stem for p in QUERIES} == {p.stem for p in EXPECTED.glob("*.csv")}
    assert len(QUERIES) >= 8


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_query_answers(path: Path, query_graph):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# title: ") and "\n# question: " in text
    assert "ORDER BY" in text, "queries must be ordered so that results are stable"
    names, data = rows(query_graph, run(query_graph, text, str(path)))
    with open(EXPECTED / f"{path.stem}.csv", newline="", encoding="utf-8") as handle:
        expected = list(csv.reader(handle))
    assert [names] + data == expected


def test_fast_select_gives_what_oxrdflib_gives(project):
    """kb.query.run answers SELECT from the Oxigraph store itself, making each
    distinct term once; rows, order and terms are those of rdflib's API."""
    from kb.query import _select, published_graph

    graph = published_graph(project)
    checked = 0
    for path in sorted(project.queries.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        fast = _select(graph, text)
        if fast is None:
            continue
        plain = graph.query(text)
        assert [str(v) for v in fast.vars] == [str(v) for v in plain.vars], path.name
        assert [tuple(row) for row in fast] == [tuple(row) for row in plain], path.name
        checked += 1
    assert checked >= 3


@pytest.mark.parametrize("name", ["sanctions", "claim-stances"])
def test_hub_label_subqueries_give_the_plain_query_rows(name, tmp_path):
    """queries/ look up the labels of hub nodes once (a subquery) for speed;
    on a synthetic knowledge base they give the rows of the plain query in
    kb/bench/plain-queries/ (which the benchmark's rdflib baseline runs), in
    the same order."""
    import pyoxigraph as ox

    from kb.bench.generate import generate
    from kb.build import compile as compile_project
    from kb.export import ntriples
    from kb.project import Project

    compiled = compile_project(Project.at(generate(tmp_path / "kb", 3000, seed=11)))
    store = ox.Store()
    store.load(ntriples.serialize(compiled.triples), format=ox.RdfFormat.N_TRIPLES)
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    fast = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    plain = (ROOT / "kb" / "bench" / "plain-queries" / f"{name}.rq").read_text(encoding="utf-8")
    order = fast[fast.index("ORDER BY"):]
    plain = plain[:plain.index("ORDER BY")] + order  # the plain query, with the same (total) order

    def rows(text):
        return [tuple(None if v is None else str(v) for v in row) for row in store.query(text)]
    got = rows(fast)
    assert got == rows(plain) and len(got) > 20


# Queries about statements give the statement's speaker and stance instead of
# assertedBy/deniedBy/concurredBy; `sources` is about the sources themselves.
STATEMENT_LEVEL = {"claim-stances", "quotes", "statements", "listed-contested-claims"}


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_every_saved_query_gives_its_provenance(path: Path, query_graph):
    names, _ = rows(query_graph, run(query_graph, path.read_text(encoding="utf-8"), str(path)))
    assert "source" in names
    if path.stem == "sources":
        assert {"claims", "statements", "author", "publisher"} <= set(names)
        return
    assert "claim" in names
    if path.stem in STATEMENT_LEVEL:
        assert {"stance"} <= set(names) and ({"speaker", "who"} & set(names))
    else:
        assert {"assertedBy", "deniedBy", "concurredBy"} <= set(names)
