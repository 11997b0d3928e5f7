"""`kb query` writes results in the standard formats: SELECT as SPARQL 1.1 CSV
and TSV, SPARQL JSON and XML (pyoxigraph's own serializers), CONSTRUCT and
DESCRIBE as Turtle, N-Triples or JSON-LD; reads a query from standard input
with `-`; writes to a file with -o; lists the saved queries and its prefixes."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
import rdflib
from click.testing import CliRunner

from kb.cli import main
from kb.namespaces import QUERY_PREFIXES as PREFIXES

from .conftest import ROOT

ESTIMATE = """SELECT ?e ?value ?label WHERE {
  ?e schema:value ?value ; rdfs:label ?label . FILTER (?value = 300) }"""
CONSTRUCT = "CONSTRUCT { kb:moura ?p ?o } WHERE { kb:moura ?p ?o }"
RES = "{http://www.w3.org/2005/sparql-results#}"


def kb(*args, stdin=None):
    return CliRunner().invoke(main, ["--root", str(ROOT), *[str(a) for a in args]], input=stdin,
                              catch_exceptions=False)


def test_csv_is_sparql_csv():
    out = kb("query", ESTIMATE, "--format", "csv").stdout_bytes
    assert out == (b"e,value,label\r\n"
                   b"https://w3id.org/agkb/id/moura-civilians-killed,300,Civilians killed in the Moura massacre\r\n")


def test_tsv_is_sparql_tsv():
    out = kb("query", ESTIMATE, "--format", "tsv").stdout_bytes
    assert out == (b"?e\t?value\t?label\n<https://w3id.org/agkb/id/moura-civilians-killed>\t"
                   b"\"300\"^^<http://www.w3.org/2001/XMLSchema#decimal>\t\"Civilians killed in the Moura massacre\"@en\n")


def test_json_and_xml_carry_the_published_terms():
    doc = json.loads(kb("query", ESTIMATE, "--format", "json").output)
    [row] = doc["results"]["bindings"]
    assert row["value"] == {"type": "literal", "value": "300", "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}
    assert row["label"] == {"type": "literal", "value": "Civilians killed in the Moura massacre", "xml:lang": "en"}
    tree = ET.fromstring(kb("query", ESTIMATE, "--format", "xml").stdout_bytes)
    [value] = [b for b in tree.iter(f"{RES}binding") if b.get("name") == "value"]
    literal = value.find(f"{RES}literal")
    assert literal.text == "300" and literal.get("datatype") == "http://www.w3.org/2001/XMLSchema#decimal"


def test_table_keeps_prefixed_names():
    out = kb("query", ESTIMATE).output
    assert out.splitlines()[2].split() == ["kb:moura-civilians-killed", "300", "Civilians", "killed", "in", "the",
                                           "Moura", "massacre"]


def test_ask():
    assert kb("query", "ASK { kb:north-korea agkb:suppliedArmsTo kb:wagner-group }").output == (
        "ask\n----\ntrue\n(1 row)\n")
    assert json.loads(kb("query", "ASK { kb:wagner-group agkb:suppliedArmsTo ?x }", "--format", "json").output)[
        "boolean"] is False


@pytest.mark.parametrize("fmt, parser", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_construct_formats_parse_to_the_same_graph(fmt, parser):
    expected = rdflib.Graph()
    expected.parse(ROOT / "dist" / "entity" / "moura.ttl")
    expected = {t for t in expected if t[0] == rdflib.URIRef("https://w3id.org/agkb/id/moura")}
    out = kb("query", CONSTRUCT, "--format", fmt)
    assert out.exit_code == 0, out.output
    got = rdflib.Graph().parse(data=out.stdout_bytes, format=parser)
    assert set(got) == expected and len(expected) > 3
    assert kb("query", CONSTRUCT, "--format", fmt).stdout_bytes == out.stdout_bytes  # the same bytes each time


def test_construct_defaults_to_turtle_with_prefixes():
    out = kb("query", CONSTRUCT).output
    assert out.startswith("@prefix ") and "kb:moura " in out


@pytest.mark.parametrize("query, fmt", [(CONSTRUCT, "csv"), (ESTIMATE, "ttl"), (ESTIMATE, "jsonld")])
def test_format_that_does_not_fit_is_one_line(query, fmt):
    result = kb("query", query, "--format", fmt)
    assert result.exit_code == 2
    assert result.output.startswith("error: <query text>: --format ") and result.output.count("\n") == 1


def test_query_from_standard_input():
    result = kb("query", "-", "--format", "csv", stdin=ESTIMATE)
    assert result.stdout_bytes == kb("query", ESTIMATE, "--format", "csv").stdout_bytes


def test_bad_query_from_standard_input_names_it():
    result = kb("query", "-", stdin="SELECT ?x WHERE { ?x ?y }")
    assert result.exit_code == 2 and result.output.startswith("error: <stdin>: bad SPARQL")


def test_output_file(tmp_path):
    target = tmp_path / "out" / "sanctions.json"
    result = kb("query", "sanctions", "--format", "json", "-o", target)
    assert result.exit_code == 0 and result.output == ""
    assert json.loads(target.read_text())["head"]["vars"][:3] == ["target", "authority", "status"]


def test_list_gives_every_saved_query_with_its_question():
    lines = kb("query", "--list").output.splitlines()
    saved = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
    assert [line.split()[0] for line in lines] == saved
    sanctions = next(line for line in lines if line.startswith("sanctions "))
    assert sanctions.endswith("Who is sanctioned by whom, with what status, since when, until when and why, and who says so?")


def test_unknown_name_suggests_the_nearest():
    result = kb("query", "sanction")
    assert result.exit_code == 2
    assert result.output == ("error: 'sanction' is neither a query file, a name in queries/, nor SPARQL text; "
                             "did you mean 'sanctions'? (`kb query --list` lists the saved queries)\n")


def test_prefixes_are_printable_and_declared():
    out = kb("query", "--prefixes").output
    assert out == "".join(f"PREFIX {p}: <{n}>\n" for p, n in PREFIXES.items())
    # every query may use them without declaring them
    assert kb("query", "SELECT ?x WHERE { ?x a agkb:ArmsTransfer }", "--format", "csv").output.splitlines()[1] == (
        "https://w3id.org/agkb/id/north-korea-arms-delivery-to-wagner")


def test_prefixes_are_documented():
    doc = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    for prefix, namespace in PREFIXES.items():
        assert f"PREFIX {prefix}: <{namespace}>" in doc, prefix


def test_missing_query_is_a_usage_error():
    result = kb("query")
    assert result.exit_code == 2
    assert result.output.startswith("error: kb query: give a QUERY") and result.output.count("\n") == 1
