"""`kb serve`: a local, read-only SPARQL 1.1 Protocol endpoint over the built
knowledge base (dist/kb.nt with the ontology, as `kb query` sees it).

Queries come as GET ?query=, as a form POST, or as an application/sparql-query
POST. Results are SPARQL JSON unless the Accept header asks for XML, CSV or
TSV; CONSTRUCT and DESCRIBE give Turtle or N-Triples. Terms are the published
ones: the store holds dist/kb.nt, whose literals are in the form stores keep.

What the endpoint allows, and why (an endpoint on a laptop or a server must
not be turned against its host or its network):

- **No updates** (403), and **no outbound requests**: a query whose SERVICE
  clause names an endpoint the operator did not list (``--allow-service``) is
  refused with 400 before it runs.
- **Each query in its own process, with a time limit** (``--timeout``, 10 s):
  the query runs in a forked child of the server, which holds the store; past
  the limit, or when its client goes away, the child is killed, and the client
  gets 503 with the reason. Other clients are answered meanwhile: at most
  ``--max-running`` queries (the number of CPUs) run at once, and one that
  cannot start within the time limit gets 503 and ``Retry-After``.
- **A bounded result** (``--max-bytes``, 16 MiB): a larger answer is stopped
  and refused with 400 ("add LIMIT"); a query text over 64 KiB gets 413.
- **No cross-origin reads by default**: browsers let a page on another site
  read the answers only for the origins given with ``--cors`` (``'*'`` for any).
"""

from __future__ import annotations

import os
import select
import signal
import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

import pyoxigraph as ox

from .errors import KBError
from .project import Project
from .query import check_services, is_update, published_graph

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}
MAX_QUERY_BYTES = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """What one query may take: ``timeout`` in seconds (of wall time, from
    the moment it may start), ``max_bytes`` of serialized result,
    ``max_running`` queries at once, the SERVICE endpoints allowed (exact
    IRIs), and the origins browsers may let read answers (CORS)."""

    timeout: float = 10.0
    max_bytes: int = 16 * 1024 * 1024
    max_running: int = os.cpu_count() or 2
    allow_service: tuple = ()
    cors: tuple = ()


def _choose(accept: str, table: dict, default: str) -> str:
    for part in accept.split(","):
        kind = part.split(";")[0].strip()
        if kind in table:
            return kind
    return default


class _TooLarge(Exception):
    pass


class _Capped:
    """A binary writer that stops past ``limit`` bytes."""

    def __init__(self, limit: int):
        self.parts: list = []
        self.size, self.limit = 0, limit

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _TooLarge()
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def _evaluate(store: ox.Store, default, text: str, accept: str, max_bytes: int) -> tuple[int, str, bytes]:
    """(status, content type, body) of one query, evaluated here."""
    try:
        result = store.query(text, default_graph=default)
    except SyntaxError as exc:
        return 400, "text/plain; charset=utf-8", f"bad SPARQL: {' '.join(str(exc).split())}\n".encode()
    out = _Capped(max_bytes)
    try:
        if isinstance(result, ox.QueryTriples):
            kind = _choose(accept, GRAPH_TYPES, "text/turtle")
            result.serialize(out, format=GRAPH_TYPES[kind])
        else:
            kind = _choose(accept, RESULT_TYPES, "application/sparql-results+json")
            result.serialize(out, format=RESULT_TYPES[kind])
    except _TooLarge:
        return 400, "text/plain; charset=utf-8", (f"the result is larger than {max_bytes} bytes, this endpoint's "
                                                  "limit: add LIMIT, or select fewer rows\n").encode()
    except OSError as exc:
        if isinstance(exc.__context__, _TooLarge) or "_TooLarge" in str(exc):
            return 400, "text/plain; charset=utf-8", (f"the result is larger than {max_bytes} bytes, this "
                                                      "endpoint's limit: add LIMIT, or select fewer rows\n").encode()
        raise
    return 200, f"{kind}; charset=utf-8", b"".join(out.parts)


def _client_gone(connection: socket.socket) -> bool:
    """Whether the client closed its end (its request was read already)."""
    try:
        readable, _, _ = select.select([connection], [], [], 0)
        return bool(readable) and connection.recv(1, socket.MSG_PEEK) == b""
    except (OSError, ValueError):
        return True


class _Handler(BaseHTTPRequestHandler):
    server_version = "agkb-serve"
    store: ox.Store
    default: object
    limits: Limits
    slots: threading.BoundedSemaphore

    def log_message(self, *args):  # quiet: the CLI prints the address once
        pass

    def _send(self, status: int, body: bytes, kind: str, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        origin = self.headers.get("Origin")
        if origin and ("*" in self.limits.cors or origin in self.limits.cors):
            self.send_header("Access-Control-Allow-Origin", "*" if "*" in self.limits.cors else origin)
            self.send_header("Vary", "Origin")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":  # HEAD: the headers GET would send, no body (RFC 9110, 9.3.2)
            self.wfile.write(body)

    def _error(self, status: int, message: str, headers: dict | None = None) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers)

    def do_GET(self):  # noqa: N802 - http.server's name
        parts = urlsplit(self.path)
        params = parse_qs(parts.query)
        if parts.path.rstrip("/") != "/sparql" and "query" not in params and "update" not in params:
            self._site(unquote(parts.path))
            return
        if "update" in params:
            self._error(403, "read-only SPARQL endpoint: updates are refused")
            return
        if "query" not in params:
            self._error(400, "read-only SPARQL endpoint: send ?query=")
            return
        self._answer(params["query"][0])

    def do_HEAD(self):  # noqa: N802 - link checkers ask with HEAD; SPARQL queries are not run for it
        parts = urlsplit(self.path)
        if parts.path.rstrip("/") == "/sparql" or parts.query:
            self._error(405, "HEAD is answered for pages and files; ask SPARQL with GET or POST",
                        {"Allow": "GET, POST"})
            return
        self._site(unquote(parts.path))

    def do_POST(self):  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            self._error(413, f"a query may have at most {MAX_QUERY_BYTES} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
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

    def _site(self, path: str) -> None:
        """The published files, the per-resource pages (from dist/ or rendered
        now) and, for the knowledge base's IRIs, a 303 to the document in the
        format the client accepts (as README "Publishing as linked data")."""
        if path.startswith("/id/") or path in ("/ontology", "/dataset"):
            target = _see_other(path, self.headers.get("Accept") or "")
            if target is None and path.startswith("/id/"):
                target = _describe(self.store, self.default, path)
            if target is None:
                self._error(404, f"no resource {path}")
            else:
                self._send(303, b"", "text/plain; charset=utf-8", {"Location": target, "Vary": "Accept"})
            return
        name = "index.html" if path in ("", "/") else path.lstrip("/")
        parts = name.split("/")
        if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
            self._error(404, f"no file {path}")
            return
        kind = _MEDIA.get(name.rsplit(".", 1)[-1] if "." in parts[-1] else parts[-1], "application/octet-stream")
        file = self.dist / name
        if file.is_file():
            self._send(200, file.read_bytes(), kind, {"Vary": "Accept"})
            return
        body = self.pages().get(name) if parts[0] in ("entity", "source", "claim", "statement") else None
        if body is None:
            self._error(404, f"no file {path}")
        else:
            self._send(200, body, kind, {"Vary": "Accept"})

    def _answer(self, text: str) -> None:
        if len(text.encode("utf-8")) > MAX_QUERY_BYTES:
            self._error(413, f"a query may have at most {MAX_QUERY_BYTES} bytes")
            return
        if is_update(text):
            self._error(403, "read-only SPARQL endpoint: updates are refused")
            return
        try:
            check_services(text, self.limits.allow_service)
        except KBError as error:
            self._error(400, error.message)
            return
        limits = self.limits
        started = time.monotonic()
        if not self.slots.acquire(timeout=limits.timeout):
            self._error(503, f"busy: {limits.max_running} queries are running; try again", {"Retry-After": "5"})
            return
        try:
            answer = self._run_in_child(text, started + limits.timeout)
        finally:
            self.slots.release()
        if answer is not None:
            self._send(*answer)

    def _run_in_child(self, text: str, deadline: float):
        """Evaluate in a forked child; (status, body, content type), or None
        when the client left. Kills the child past ``deadline``."""
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: evaluate, write "status\ttype\n" and the body, leave
            try:
                os.close(read_end)
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                status, kind, body = _evaluate(self.store, self.default, text, self.headers.get("Accept") or "",
                                               self.limits.max_bytes)
                with os.fdopen(write_end, "wb") as out:
                    out.write(f"{status}\t{kind}\n".encode() + body)
            finally:
                os._exit(0)
        os.close(write_end)
        chunks = []
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    return 503, (f"the query ran longer than this endpoint's limit of {self.limits.timeout:g} s "
                                 "and was stopped\n").encode(), "text/plain; charset=utf-8"
                readable, _, _ = select.select([read_end], [], [], min(left, 0.2))
                if not readable:
                    if _client_gone(self.connection):
                        return None
                    continue
                data = os.read(read_end, 1 << 20)
                if not data:
                    break
                chunks.append(data)
        finally:
            os.close(read_end)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(pid, 0)
        head, _, body = b"".join(chunks).partition(b"\n")
        if not head:
            return 500, b"the query process ended without an answer\n", "text/plain; charset=utf-8"
        status, kind = head.decode().split("\t", 1)
        return int(status), body, kind

_MEDIA = {"html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8",
          "ttl": "text/turtle; charset=utf-8", "jsonld": "application/ld+json; charset=utf-8",
          "nt": "application/n-triples; charset=utf-8", "SHA256SUMS": "text/plain; charset=utf-8"}


def _format(accept: str, options: tuple = ("ttl", "jsonld")) -> str:
    """html, ttl or jsonld, by the Accept header (as the nginx map in README)."""
    accept = accept.lower()
    if "jsonld" in options and "application/ld+json" in accept:
        return "jsonld"
    if "ttl" in options and "text/turtle" in accept:
        return "ttl"
    return "html"


def _see_other(path: str, accept: str) -> str | None:
    """Where an IRI of the knowledge base (its path below the base) is described."""
    import re

    fmt = _format(accept)
    parts = path.strip("/").split("/")
    slug = re.compile(r"^[a-z0-9-]+$")
    if path == "/ontology":
        return "/ontology.ttl" if _format(accept, ("ttl",)) == "ttl" else "/ontology.html"
    if path == "/dataset":
        return "/void.ttl"
    if len(parts) == 2 and slug.match(parts[1]):
        return f"/entity/{parts[1]}.{fmt}"
    if len(parts) == 3 and parts[1] == "source" and slug.match(parts[2]):
        return f"/source/{parts[2]}.{fmt}"
    if len(parts) == 3 and parts[1] in ("claim", "statement") and slug.match(parts[2]):
        return f"/{parts[1]}/{parts[2]}.html" if fmt == "html" else f"/kb.{fmt}"
    if len(parts) >= 3 and parts[1] in ("excerpt", "link"):
        return "/kb.jsonld" if fmt == "jsonld" else "/kb.ttl"
    return None


def _describe(store: ox.Store, default, path: str) -> str | None:
    """For an IRI with no page of its own (an imported ``id/ftm/...`` entity or
    relation, a record, a link), the SPARQL DESCRIBE of it on this endpoint,
    when the knowledge base holds triples about it; else None."""
    from urllib.parse import quote

    from .namespaces import BASE

    iri = BASE + path.lstrip("/")
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        return None
    if next(iter(store.quads_for_pattern(node, None, None, default)), None) is None:
        return None
    return "/sparql?query=" + quote(f"DESCRIBE <{iri}>", safe="")


def make_server(project: Project, host: str = "127.0.0.1", port: int = 7879,
                limits: Limits | None = None) -> ThreadingHTTPServer:
    """A server bound to host:port (port 0 picks a free one); call
    serve_forever(). Raises KBError when there is no build or the address is
    taken. Besides /sparql it serves dist/ and renders the per-resource pages
    a build did not write as files (dataset.yaml ``static_pages``), on first
    use reading dist/kb.nt into the pages' index."""
    graph = published_graph(project)
    store = graph.store._inner  # the Oxigraph store under the rdflib graph (oxrdflib), as kb query uses it
    limits = limits or Limits()
    loaded: list = []
    lock = threading.Lock()

    def pages():
        with lock:
            if not loaded:
                from .export.pages import OnDemand
                loaded.append(OnDemand(project.dist, project.root))
        return loaded[0]
    handler = type("Handler", (_Handler,), {"store": store, "default": _default_graph(graph), "limits": limits,
                                            "slots": threading.BoundedSemaphore(limits.max_running),
                                            "dist": project.dist, "pages": staticmethod(pages)})
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise KBError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    server.daemon_threads = True
    return server


def _default_graph(graph):
    """The Oxigraph graph the rdflib graph's triples are in (as kb.query._select uses it)."""
    from rdflib import URIRef

    ident = graph.identifier
    return ox.NamedNode(str(ident)) if isinstance(ident, URIRef) else ox.BlankNode(str(ident))
