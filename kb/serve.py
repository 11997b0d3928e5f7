"""`kb serve`: a local, read-only SPARQL 1.1 Protocol endpoint over the built
knowledge base (dist/kb.nt with the ontology, as `kb query` sees it).

Queries come as GET ?query=, as a form POST, or as an application/sparql-query
POST. Updates are refused. Results are SPARQL JSON unless the Accept header
asks for XML, CSV or TSV; CONSTRUCT and DESCRIBE give Turtle or N-Triples."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from rdflib import Graph

from .errors import KBError
from .project import Project
from .query import published_graph, run

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt"}


def _choose(accept: str, table: dict, default: str) -> str:
    for part in accept.split(","):
        kind = part.split(";")[0].strip()
        if kind in table:
            return kind
    return default


class _Handler(BaseHTTPRequestHandler):
    server_version = "agkb-serve"
    graph: Graph
    lock: threading.Lock

    def log_message(self, *args):  # quiet: the CLI prints the address once
        pass

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def do_GET(self):  # noqa: N802 - http.server's name
        parts = urlsplit(self.path)
        params = parse_qs(parts.query)
        if "query" not in params:
            self._error(400, "read-only SPARQL endpoint: send ?query=")
            return
        self._answer(params["query"][0])

    def do_POST(self):  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if kind == "application/sparql-update" or "update" in parse_qs(body):
            self._error(403, "read-only SPARQL endpoint: updates are refused")
            return
        if kind == "application/sparql-query":
            self._answer(body)
            return
        params = parse_qs(body)
        if "query" not in params:
            self._error(400, "send query= as a form field or an application/sparql-query body")
            return
        self._answer(params["query"][0])

    def _answer(self, text: str) -> None:
        try:
            with self.lock:
                result = run(self.graph, text)
                accept = self.headers.get("Accept") or ""
                if result.type in ("CONSTRUCT", "DESCRIBE"):
                    kind = _choose(accept, GRAPH_TYPES, "text/turtle")
                    body = result.graph.serialize(format=GRAPH_TYPES[kind], encoding="utf-8")
                else:
                    kind = _choose(accept, RESULT_TYPES, "application/sparql-results+json")
                    body = result.serialize(format=RESULT_TYPES[kind])
        except KBError as error:
            status = 403 if "Update is refused" in error.message else 400
            self._error(status, error.message)
            return
        self._send(200, body, f"{kind}; charset=utf-8")


def make_server(project: Project, host: str = "127.0.0.1", port: int = 7879) -> ThreadingHTTPServer:
    """A server bound to host:port (port 0 picks a free one); call serve_forever()."""
    graph = published_graph(project)
    handler = type("Handler", (_Handler,), {"graph": graph, "lock": threading.Lock()})
    try:
        return ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise KBError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
