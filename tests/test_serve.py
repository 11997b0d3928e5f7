"""`kb serve` cannot be turned against its host: no outbound requests unless
allowed (fidelity case F7), a time limit per query while other clients are
answered (F8), a bounded answer, no cross-origin reads unless allowed. The
server is the real command, started as a process; the "other endpoint" is a
real listener on 127.0.0.1 that counts what it receives."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import requests

from .conftest import ROOT
from .servers import free_port, thread_server

EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@contextmanager
def kb_serve(*options: str):
    """`kb serve` on a free port, as a user starts it; yields (url, process)."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kb.cli", "--root", str(ROOT), "serve", "--port", str(port),
                                *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        for _ in range(300):
            if process.poll() is not None:
                pytest.fail(f"kb serve exited: {process.stderr.read().decode()}")
            try:
                requests.get(url, params={"query": "ASK {}"}, timeout=2)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield url, process
    finally:
        process.terminate()
        process.wait(timeout=20)


def children(pid: int) -> set[int]:
    """The processes ``pid`` has forked that are still running (from /proc)."""
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found.update(int(t) for t in text)
    return found


class _Listener(BaseHTTPRequestHandler):
    """Another SPARQL endpoint, which answers one row and counts requests."""

    hits: list = []

    def do_GET(self):  # noqa: N802
        self.hits.append(self.path)
        body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"from afar"}}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


def test_service_to_another_endpoint_is_refused_and_nothing_is_sent():
    _Listener.hits = []
    with thread_server(_Listener) as listener, kb_serve() as (url, _):
        query = f"SELECT ?x WHERE {{ SERVICE <{listener.url}/x> {{ ?a ?b ?x }} }}"
        answer = requests.get(url, params={"query": query}, timeout=30)
        assert answer.status_code == 400 and "SERVICE" in answer.text and "--allow-service" in answer.text
        for variant in (f"PREFIX e: <{listener.url}/> SELECT * {{ SERVICE SILENT e:x {{ ?a ?b ?c }} }}",
                        "SELECT * { BIND(<" + listener.url + "/x> AS ?e) SERVICE ?e { ?a ?b ?c } }"):
            assert requests.post(url, data={"query": variant}, timeout=30).status_code == 400
        time.sleep(0.3)
        assert _Listener.hits == []


def test_service_the_operator_allowed_is_queried():
    _Listener.hits = []
    with thread_server(_Listener) as listener:
        with kb_serve("--allow-service", f"{listener.url}/x") as (url, _):
            query = f"SELECT ?x WHERE {{ SERVICE <{listener.url}/x> {{ ?a ?b ?x }} }}"
            answer = requests.get(url, params={"query": query}, timeout=30)
            assert answer.status_code == 200, answer.text
            assert _Listener.hits
            assert requests.get(url, params={"query": query.replace("/x>", "/y>")}, timeout=30).status_code == 400


def test_kb_query_refuses_service_too():
    from click.testing import CliRunner

    from kb.cli import main
    result = CliRunner().invoke(main, ["--root", str(ROOT), "query",
                                       "SELECT ?x WHERE { SERVICE <http://127.0.0.1:9/x> { ?a ?b ?x } }"])
    assert result.exit_code == 2 and "SERVICE <http://127.0.0.1:9/x> is refused" in result.output


def test_an_expensive_query_is_stopped_and_others_are_answered():
    with kb_serve("--timeout", "3") as (url, process):
        slow: dict = {}

        def run_slow():
            started = time.monotonic()
            slow["response"] = requests.get(url, params={"query": EXPENSIVE}, timeout=60)
            slow["seconds"] = time.monotonic() - started

        thread = threading.Thread(target=run_slow)
        thread.start()
        time.sleep(0.5)
        started = time.monotonic()
        quick = requests.get(url, params={"query": "ASK {}"}, timeout=30)
        assert quick.status_code == 200 and quick.json()["boolean"] is True
        assert time.monotonic() - started < 2.5  # answered while the expensive one runs (a generous bound)
        thread.join()
        assert slow["response"].status_code == 503 and "limit of 3 s" in slow["response"].text
        assert slow["seconds"] < 10
        time.sleep(0.2)
        assert children(process.pid) == set()  # the query's process is gone


def test_a_query_whose_client_left_is_stopped():
    with kb_serve("--timeout", "60") as (url, process):
        with pytest.raises(requests.exceptions.ReadTimeout):
            requests.get(url, params={"query": EXPENSIVE}, timeout=1)
        deadline = time.monotonic() + 5
        while children(process.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert children(process.pid) == set()


def test_answers_are_bounded():
    with kb_serve("--max-bytes", "2048") as (url, _):
        everything = requests.get(url, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, timeout=30)
        assert everything.status_code == 400 and "LIMIT" in everything.text
        small = requests.get(url, params={"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2"}, timeout=30)
        assert small.status_code == 200
        huge_query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 70000
        assert requests.post(url, data=huge_query, headers={"Content-Type": "application/sparql-query"},
                             timeout=30).status_code == 413


def test_no_cross_origin_reads_unless_allowed():
    query = {"query": "ASK {}"}
    with kb_serve() as (url, _):
        answer = requests.get(url, params=query, headers={"Origin": "https://evil.example"}, timeout=30)
        assert "Access-Control-Allow-Origin" not in answer.headers
    with kb_serve("--cors", "https://analysts.example") as (url, _):
        allowed = requests.get(url, params=query, headers={"Origin": "https://analysts.example"}, timeout=30)
        assert allowed.headers["Access-Control-Allow-Origin"] == "https://analysts.example"
        other = requests.get(url, params=query, headers={"Origin": "https://evil.example"}, timeout=30)
        assert "Access-Control-Allow-Origin" not in other.headers


def test_answers_are_the_published_terms():
    """F6 through kb serve: the published "300"^^xsd:decimal comes back as it is in dist/kb.nt."""
    query = ('PREFIX schema: <https://schema.org/> SELECT ?v WHERE { ?e schema:value ?v FILTER(STR(?v) = "300") }')
    assert '"300"^^<http://www.w3.org/2001/XMLSchema#decimal>' in (ROOT / "dist" / "kb.nt").read_text()
    with kb_serve() as (url, _):
        rows = requests.get(url, params={"query": query}, timeout=30).json()["results"]["bindings"]
    assert rows == [{"v": {"type": "literal", "value": "300",
                           "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}}]

