"""Every saved query, and queries generated for every published literal, give
the same rows term for term through `kb query` (the command, its JSON), through
`kb serve`, and in a store that holds dist/kb.nt exactly as written (rdflib's
engine with literal normalisation off: the published terms, unchanged). A
query filtering on a published value finds it (fidelity case F6)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import rdflib
import requests
from click.testing import CliRunner
from rdflib import Graph

from kb import nt
from kb.cli import main
from kb.project import Project
from kb.serve import make_server

from .conftest import ROOT

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
XSD = "http://www.w3.org/2001/XMLSchema#"


def binding(term) -> dict:
    """A SPARQL JSON binding of an rdflib term (exact lexical form)."""
    if isinstance(term, rdflib.URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, rdflib.BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and str(term.datatype) != XSD + "string":
        out["datatype"] = str(term.datatype)
    return out


def normal(rows: list, names: list) -> list:
    """Rows as lists of bindings; typed-literal dict order and xsd:string made uniform."""
    out = []
    for row in rows:
        cells = []
        for name in names:
            cell = row.get(name)
            if cell is not None:
                cell = dict(cell)
                if cell.get("type") == "typed-literal":
                    cell["type"] = "literal"
                if cell.get("datatype") == XSD + "string":
                    del cell["datatype"]
            cells.append(cell)
        out.append(cells)
    return out


@pytest.fixture(scope="module")
def exact_store() -> Graph:
    """dist/kb.nt and the ontology as written, in rdflib's own store."""
    saved = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False
    try:
        graph = Graph()
        graph.parse(ROOT / "dist" / "kb.nt", format="nt")
        graph.parse(ROOT / "dist" / "ontology.ttl", format="turtle")
        yield graph
    finally:
        rdflib.NORMALIZE_LITERALS = saved


@pytest.fixture(scope="module")
def serve_url():
    server = make_server(Project.at(ROOT), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    finally:
        server.shutdown()
        server.server_close()


def reference(graph: Graph, text: str):
    saved = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False
    try:
        result = graph.query(text)
        names = [str(v) for v in result.vars]
        return names, [[None if row[i] is None else binding(row[i]) for i in range(len(names))] for row in result]
    finally:
        rdflib.NORMALIZE_LITERALS = saved


def via_kb_query(text: str):
    result = CliRunner().invoke(main, ["--root", str(ROOT), "query", text, "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    names = doc["head"]["vars"]
    return names, normal(doc["results"]["bindings"], names)


def via_kb_serve(url: str, text: str):
    doc = requests.get(url, params={"query": text}, timeout=60).json()
    names = doc["head"]["vars"]
    return names, normal(doc["results"]["bindings"], names)


def _prefixes(text: str) -> str:
    from kb.namespaces import bind_prefixes
    graph = Graph()
    bind_prefixes(graph)
    declared = "".join(f"PREFIX {p}: <{n}>\n" for p, n in graph.namespaces() if f"PREFIX {p}:" not in text)
    return declared + text


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_saved_queries_agree_on_every_path(path: Path, exact_store, serve_url):
    text = _prefixes(path.read_text(encoding="utf-8"))  # kb query declares its prefixes; rdflib needs them
    expected = reference(exact_store, text)
    assert via_kb_query(text) == expected
    assert via_kb_serve(serve_url, text) == expected


def published_literals() -> list[str]:
    lines = (ROOT / "dist" / "kb.nt").read_text(encoding="utf-8").split("\n")
    found = sorted({line[:-2].split(" ", 2)[2] for line in lines if line and '"' in line.split(" ", 2)[2][:1]})
    typed = [o for o in found if o.endswith(">")]
    tagged = [o for o in found if "@" in o[o.rindex('"'):]]
    # every typed literal (numbers, dates, offsets), and a sample of the rest
    return typed + tagged[::25] + [o for o in found if o.endswith('"')][::50]


def test_every_published_literal_is_found_as_published(exact_store, serve_url):
    literals = published_literals()
    assert any("#decimal" in o for o in literals) and any("#integer" in o for o in literals)
    values = " ".join(literals)
    text = ("SELECT ?s ?p ?o (STR(?o) AS ?lexical) (DATATYPE(?o) AS ?type) (LANG(?o) AS ?language) "
            f"WHERE {{ VALUES ?o {{ {values} }} ?s ?p ?o }} ORDER BY ?s ?p STR(?o)")
    expected = reference(exact_store, text)
    assert len(expected[1]) >= len(literals)
    assert via_kb_query(text) == expected
    assert via_kb_serve(serve_url, text) == expected
    # and by their lexical forms, as a FILTER written from the published file finds them
    for term in literals[:40]:
        lexical, language, datatype = nt.split_literal(term)
        condition = f'STR(?o) = {nt.literal(lexical)}' + (f' && DATATYPE(?o) = <{datatype}>' if datatype else "")
        query = f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o FILTER({condition}) }} ORDER BY ?s ?p"
        found = via_kb_query(query)
        assert found == reference(exact_store, query) and found[1], term


def test_a_filter_on_the_published_decimal_finds_it():
    """F6: the value published as "300"^^xsd:decimal is found by its text."""
    assert '"300"^^<http://www.w3.org/2001/XMLSchema#decimal>' in (ROOT / "dist" / "kb.nt").read_text()
    query = 'PREFIX schema: <https://schema.org/> SELECT ?e WHERE { ?e schema:value ?v FILTER(STR(?v) = "300") }'
    result = CliRunner().invoke(main, ["--root", str(ROOT), "query", query, "--format", "csv"])
    assert result.stdout_bytes == b"e\r\nhttps://w3id.org/agkb/id/moura-civilians-killed\r\n"  # SPARQL 1.1 CSV
