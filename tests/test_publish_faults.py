"""Publishing to a store that fails: retries with backoff where that is safe
(PUT and GET are idempotent), a clear one-line error when it keeps failing,
and a graph that is either the old one or the new one, checked by count."""

from __future__ import annotations

import http.server
import socket
import threading
import time

import pytest
from rdflib import Graph

from kb.errors import KBError
from kb.project import Project
from kb.publish import publish
from kb.query import published_graph

from .conftest import ROOT


class FlakyStore(http.server.BaseHTTPRequestHandler):
    """A one-graph Graph Store Protocol server that injects the faults queued in ``faults``."""

    stored = b""
    faults: list = []
    requests: list = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _fault(self) -> bool:
        type(self).requests.append(self.command)
        fault = type(self).faults.pop(0) if type(self).faults else None
        if fault in (500, 503):
            self.send_response(fault)
            self.end_headers()
            self.wfile.write(b"store unavailable")
            return True
        if fault == "slow":
            time.sleep(1.5)
        if fault == "drop":  # read part of the upload, then die
            self.rfile.read(100)
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return True
        return False

    def do_PUT(self):
        if self._fault():
            return
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).stored = body  # replaced whole, as a real store does in one transaction
        self.send_response(204)
        self.end_headers()

    def do_GET(self):
        if self._fault():
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/n-triples")
        self.end_headers()
        self.wfile.write(type(self).stored)


@pytest.fixture
def store():
    FlakyStore.stored, FlakyStore.faults, FlakyStore.requests = b"", [], []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FlakyStore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store"
    server.shutdown()
    server.server_close()


def held() -> int:
    return len(Graph().parse(data=FlakyStore.stored.decode("utf-8"), format="nt")) if FlakyStore.stored else 0


def run(endpoint, **kwargs):
    return publish(Project.at(ROOT), endpoint, timeout=kwargs.pop("timeout", 1.0), backoff=0.01, **kwargs)


def test_recovers_from_500_and_503(store):
    FlakyStore.faults = [500, 503]
    result = run(store)
    assert result.found == result.sent == len(published_graph(Project.at(ROOT))) == held()
    assert FlakyStore.requests == ["PUT", "PUT", "PUT", "GET"]


def test_recovers_from_a_timeout(store):
    FlakyStore.faults = ["slow"]
    result = run(store, timeout=0.5)
    assert result.found == result.sent == held()


def test_recovers_from_a_connection_dropped_mid_upload(store):
    FlakyStore.faults = ["drop"]
    assert held() == 0
    result = run(store)
    assert result.found == result.sent == held()


def test_keeps_failing_gives_one_line_error_and_old_graph(store):
    run(store)
    before = FlakyStore.stored
    FlakyStore.faults = [503] * 10
    with pytest.raises(KBError) as info:
        run(store, retries=2)
    message = str(info.value)
    assert "\n" not in message and "PUT failed with HTTP 503" in message
    assert FlakyStore.requests[-3:] == ["PUT", "PUT", "PUT"]
    assert FlakyStore.stored == before  # the old graph, whole


def test_store_down(store):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    with pytest.raises(KBError) as info:
        run(f"http://127.0.0.1:{port}/store", retries=1)
    assert "cannot reach the endpoint (ConnectionError) after 2 tries" in str(info.value)
