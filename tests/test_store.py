"""`kb publish` into a real Oxigraph server answers the same queries as
`kb query`; `kb serve` does too; credentials are sent but never printed."""

from __future__ import annotations

from pathlib import Path

import base64
from collections import Counter
from http.server import BaseHTTPRequestHandler

import pytest
import requests
from click.testing import CliRunner
from rdflib import BNode, URIRef
from rdflib.namespace import RDF, XSD

from kb.cli import main
from kb.project import Project
from kb.query import published_graph, run
from kb.serve import make_server

from .conftest import ROOT
from .servers import oxigraph_server, thread_server

PREFIXES = """PREFIX agkb: <https://w3id.org/agkb/ontology#>
PREFIX kb: <https://w3id.org/agkb/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""
QUESTIONS = {
    "who-denies": "SELECT ?who ?says WHERE { ?who agkb:denies ?claim . ?claim rdfs:label ?says }",
    "per-class": """SELECT ?label (COUNT(DISTINCT ?x) AS ?n) WHERE {
        ?x a ?class . ?class rdfs:label ?label . FILTER (lang(?label) = "en") } GROUP BY ?label""",
    "supplied": "ASK { kb:north-korea agkb:suppliedArmsTo kb:wagner-group }",
    "not-supplied": "ASK { kb:wagner-group agkb:suppliedArmsTo kb:north-korea }",
    "statements": """SELECT ?statement ?speaker ?stance ?quote WHERE {
        ?statement a agkb:Statement ; agkb:speaker ?speaker ; agkb:stance ?stance .
        OPTIONAL { ?statement agkb:quote ?quote } }""",
    "sanctions": """SELECT ?measure ?by ?target ?date WHERE {
        ?measure a agkb:SanctionsMeasure ; agkb:imposedBy ?by ; agkb:target ?target .
        OPTIONAL { ?measure dcterms:date ?date } }""",
    "offsets": "SELECT ?excerpt ?start ?end WHERE { ?excerpt oa:start ?start ; oa:end ?end }",
    "organisation-classes": "SELECT ?class WHERE { ?class rdfs:subClassOf+ agkb:Organisation }",
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
}


def questions() -> dict[str, str]:
    """The query library in queries/, if there is one, and the questions above."""
    found = {f"queries/{p.name}": p.read_text(encoding="utf-8") for p in sorted((ROOT / "queries").glob("*.rq"))}
    found.update({name: PREFIXES + text for name, text in QUESTIONS.items()})
    return found


# Oxigraph stores the integer subtypes (our excerpt offsets and ages are
# xsd:nonNegativeInteger) as xsd:integer: same value, other datatype. Compare
# them as integers; README notes the difference for store users.
_INTEGERS = {str(XSD[t]) for t in ("nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                                   "negativeInteger", "long", "int", "short", "byte", "unsignedLong",
                                   "unsignedInt", "unsignedShort", "unsignedByte")}


def _datatype(iri: str) -> str:
    return str(XSD.integer) if iri in _INTEGERS else iri


def _lexical(value: str, datatype: str) -> str:
    """Stores write numbers in their own canonical forms (1000 or 1000.0): compare values."""
    if datatype in (str(XSD.decimal), str(XSD.integer)):
        from decimal import Decimal
        return str(Decimal(value).normalize())
    return value


def _term(term) -> tuple:
    if term is None:
        return ()
    if isinstance(term, URIRef):
        return ("uri", str(term))
    if isinstance(term, BNode):
        return ("bnode",)
    if term.language:
        return ("literal", str(term), "@" + term.language.lower())
    datatype = term.datatype if term.datatype not in (None, XSD.string) else None
    datatype = _datatype(str(datatype)) if datatype else ""
    return ("literal", _lexical(str(term), datatype), datatype)


def _json_term(cell: dict | None) -> tuple:
    if cell is None:
        return ()
    if cell["type"] == "uri":
        return ("uri", cell["value"])
    if cell["type"] == "bnode":
        return ("bnode",)
    if "xml:lang" in cell:
        return ("literal", cell["value"], "@" + cell["xml:lang"].lower())
    datatype = cell.get("datatype", "")
    datatype = "" if datatype in (str(XSD.string), str(RDF.langString)) else _datatype(datatype)
    return ("literal", _lexical(cell["value"], datatype), datatype)


def local_answer(text: str):
    """What `kb query` computes: rows as a multiset, or the ASK boolean."""
    result = run(published_graph(Project.at(ROOT)), text)
    if result.type == "ASK":
        return result.askAnswer
    names = [str(v) for v in result.vars]
    return Counter(tuple(_term(row[i]) for i in range(len(names))) for row in result), names


def remote_answer(data: dict, names=None):
    if "boolean" in data:
        return data["boolean"]
    names = names or data["head"]["vars"]
    return Counter(tuple(_json_term(b.get(n)) for n in names) for b in data["results"]["bindings"]), names


def kb(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        yield base


def test_publish_to_oxigraph_answers_like_kb_query(oxigraph):
    result = kb("--root", ROOT, "publish", "--endpoint", f"{oxigraph}/store")
    assert result.exit_code == 0, result.output
    size = len(published_graph(Project.at(ROOT)))
    assert result.output == (f"Published {size} triples to the default graph at {oxigraph}/store; "
                             f"read back {size} triples.\n")
    for name, text in questions().items():
        response = requests.post(f"{oxigraph}/query", data={"query": text},
                                 headers={"Accept": "application/sparql-results+json"}, timeout=60)
        assert response.status_code == 200, (name, response.text)
        local = local_answer(text)
        if isinstance(local, bool):
            assert remote_answer(response.json()) == local, name
        else:
            rows, names = local
            assert remote_answer(response.json(), names)[0] == rows, name
            expected = ROOT / "tests" / "expected" / "queries" / f"{Path(name).stem}.csv"
            if not expected.is_file() or len(expected.read_text(encoding="utf-8").splitlines()) > 1:
                assert sum(rows.values()) > 0, name  # (the listing queries have no rows without an import)


def test_questions_tell_stores_apart():
    """The comparison is not vacuous: different questions give different answers."""
    assert local_answer(PREFIXES + QUESTIONS["supplied"]) is True
    assert local_answer(PREFIXES + QUESTIONS["not-supplied"]) is False
    assert local_answer(PREFIXES + QUESTIONS["who-denies"])[0] != local_answer(PREFIXES + QUESTIONS["offsets"])[0]


def test_publish_replaces_a_named_graph(oxigraph):
    graph = "https://w3id.org/agkb/graph/test"
    for _ in range(2):  # PUT twice: the graph is replaced, not doubled
        result = kb("--root", ROOT, "publish", "--endpoint", f"{oxigraph}/store", "--graph", graph)
        assert result.exit_code == 0, result.output
        assert f"to graph <{graph}>" in result.output
    count = requests.post(f"{oxigraph}/query", timeout=60, headers={"Accept": "application/sparql-results+json"},
                          data={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"})
    assert int(count.json()["results"]["bindings"][0]["n"]["value"]) == len(published_graph(Project.at(ROOT)))


class _StubStore(BaseHTTPRequestHandler):
    """A Graph Store stand-in that requires Basic auth and keeps one graph."""

    seen: list = []
    stored = b""

    def log_message(self, *args):
        pass

    def _authorised(self) -> bool:
        header = self.headers.get("Authorization", "")
        type(self).seen.append(header)
        expected = "Basic " + base64.b64encode(b"curator:s3cret-pass").decode()
        if header != expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="kb"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return False
        return True

    def do_PUT(self):  # noqa: N802
        if self._authorised():
            type(self).stored = self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(204)
            self.end_headers()

    def do_GET(self):  # noqa: N802
        if self._authorised():
            self.send_response(200)
            self.send_header("Content-Type", "application/n-triples")
            self.send_header("Content-Length", str(len(type(self).stored)))
            self.end_headers()
            self.wfile.write(type(self).stored)


def test_credentials_from_environment_are_sent_not_printed():
    env = {"KB_ENDPOINT_USER": "curator", "KB_ENDPOINT_PASSWORD": "s3cret-pass"}
    with thread_server(_StubStore) as server:
        result = kb("--root", ROOT, "publish", "--endpoint", f"{server.url}/store", env=env)
    assert result.exit_code == 0, result.output
    assert "s3cret-pass" not in result.output and "curator" not in result.output
    assert _StubStore.seen and all(h.startswith("Basic ") for h in _StubStore.seen)


def test_wrong_credentials_one_line_error():
    env = {"KB_ENDPOINT_USER": "curator", "KB_ENDPOINT_PASSWORD": "wrong-pass"}
    with thread_server(_StubStore) as server:
        result = kb("--root", ROOT, "publish", "--endpoint", f"http://someone:url-pass@127.0.0.1:"
                    f"{server.server_address[1]}/store", env=env)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith("error: http://127.0.0.1:")
    assert "HTTP 401" in result.output
    for secret in ("wrong-pass", "url-pass", "someone"):
        assert secret not in result.output


def test_unreachable_endpoint_one_line_error():
    from .servers import free_port
    result = kb("--root", ROOT, "publish", "--endpoint", f"http://127.0.0.1:{free_port()}/store")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "cannot reach the endpoint" in result.output


def test_kb_serve_answers_like_kb_query():
    import threading
    server = make_server(Project.at(ROOT), "127.0.0.1", 0)
    assert server.server_address[0] == "127.0.0.1"
    url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        for name, text in questions().items():
            response = requests.get(url, params={"query": text}, timeout=60)
            assert response.status_code == 200, (name, response.text)
            assert response.headers["Content-Type"].startswith("application/sparql-results+json")
            local = local_answer(text)
            if isinstance(local, bool):
                assert remote_answer(response.json()) == local, name
            else:
                assert remote_answer(response.json(), local[1])[0] == local[0], name
        csv = requests.post(url, data=PREFIXES + QUESTIONS["triples"], timeout=60,
                            headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
        assert csv.status_code == 200 and csv.text.splitlines()[0] == "n"
        update = requests.post(url, data={"update": "DELETE WHERE { ?s ?p ?o }"}, timeout=60)
        assert update.status_code == 403
        sneaky = requests.get(url, params={"query": "DELETE WHERE { ?s ?p ?o }"}, timeout=60)
        assert sneaky.status_code == 403
        bad = requests.get(url, params={"query": "SELECT ?x WHERE { ?x ?y }"}, timeout=60)
        assert bad.status_code == 400 and "bad SPARQL" in bad.text
        still = requests.get(url, params={"query": PREFIXES + QUESTIONS["triples"]}, timeout=60).json()
        assert int(still["results"]["bindings"][0]["n"]["value"]) == len(published_graph(Project.at(ROOT)))
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_credential_schemes():
    import requests.auth

    from kb.errors import KBError
    from kb.publish import credentials
    assert credentials({}) is None  # then requests reads ~/.netrc
    basic = credentials({"KB_ENDPOINT_USER": "u", "KB_ENDPOINT_PASSWORD": "p"})
    assert isinstance(basic, requests.auth.HTTPBasicAuth) and basic.username == "u"
    digest = credentials({"KB_ENDPOINT_USER": "u", "KB_ENDPOINT_PASSWORD": "p", "KB_ENDPOINT_AUTH": "digest"})
    assert isinstance(digest, requests.auth.HTTPDigestAuth)
    with pytest.raises(KBError, match="basic .* or digest"):
        credentials({"KB_ENDPOINT_USER": "u", "KB_ENDPOINT_PASSWORD": "p", "KB_ENDPOINT_AUTH": "kerberos"})
    with pytest.raises(KBError, match="set both"):
        credentials({"KB_ENDPOINT_USER": "u"})
