"""A local stand-in for the Wikidata API's wbsearchentities, answering from
tests/fixtures/wikidata/<search>.json: the tests of `kb link` use it, and so
can a reader trying `kb link` without the internet:

    python -m tests.wikidata_standin --port 7871 &
    kb link wikidata-sandbox --api http://127.0.0.1:7871/w/api.php

It listens on 127.0.0.1 only."""

from __future__ import annotations

import argparse
import json
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "wikidata"


class WikidataHandler(BaseHTTPRequestHandler):
    """Answers action=wbsearchentities from the fixture named after the search
    (lower case, runs of other characters as '-'); "Broken" gets HTTP 503."""

    requests: list = []

    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        parts = urlsplit(self.path)
        params = {k: v[0] for k, v in parse_qs(parts.query).items()}
        type(self).requests.append((parts.path, params, self.headers.get("User-Agent", "")))
        if parts.path != "/w/api.php" or params.get("action") != "wbsearchentities":
            self.send_error(404)
            return
        if params.get("search") == "Broken":
            self.send_error(503)
            return
        name = re.sub(r"[^a-z0-9]+", "-", params.get("search", "").lower()).strip("-")
        path = FIXTURES / f"{name}.json"
        body = path.read_bytes() if path.is_file() else json.dumps(
            {"searchinfo": {"search": params.get("search")}, "search": [], "success": 1}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=7871)
    port = parser.parse_args().port
    server = ThreadingHTTPServer(("127.0.0.1", port), WikidataHandler)
    print(f"Wikidata API stand-in at http://127.0.0.1:{server.server_address[1]}/w/api.php "
          "(answers from tests/fixtures/wikidata/)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
