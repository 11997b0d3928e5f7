"""Local servers for tests: the Oxigraph server, and small stand-ins started in
a thread. Everything listens on 127.0.0.1 only; nothing reaches the internet."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import requests

REQUIRE_TOOLS = os.environ.get("KB_REQUIRE_TOOLS") == "1" or os.environ.get("CI") == "true"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def oxigraph_command() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).is_file():
        message = "the Oxigraph server is not installed (pip install oxigraph, part of .[test])"
        if REQUIRE_TOOLS:
            pytest.fail(message + " and CI=true")
        pytest.skip(message)
    return found


@contextmanager
def oxigraph_server(location: Path):
    """Run `oxigraph serve` on a free port; yield its base URL."""
    port = free_port()
    process = subprocess.Popen([oxigraph_command(), "serve", "--location", str(location),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # wait until it answers (at most about 30 s)
            if process.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {process.stderr.read().decode()}")
            try:
                requests.get(f"{base}/query", params={"query": "ASK {}"}, timeout=2)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph serve did not start")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def thread_server(handler: type[BaseHTTPRequestHandler]):
    """Serve ``handler`` on 127.0.0.1 in a thread; yield the server (its base URL is server.url)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
