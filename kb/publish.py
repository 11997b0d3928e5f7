"""Publish stage: load the knowledge base into a SPARQL 1.1 Graph Store
Protocol endpoint, then read the graph back and check its triple count.

``PUT`` replaces the named graph (or the default graph) in one request, so a
publish is all or nothing and running it twice gives the same store.
Credentials come from KB_ENDPOINT_USER and KB_ENDPOINT_PASSWORD (HTTP Basic,
or Digest with KB_ENDPOINT_AUTH=digest), or from ~/.netrc (requests reads
it); they are never printed."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

import requests
import requests.auth
from rdflib import Graph

from .errors import KBError
from .export import ntriples
from .project import Project
from .query import published_graph

TIMEOUT = 120
RETRIES = 3  # further tries after the first, for PUT and GET, which are idempotent
BACKOFF = 1.0  # seconds before the first retry; doubled each time
RETRY_STATUS = {500, 502, 503, 504}
USER_ENV, PASSWORD_ENV, AUTH_ENV = "KB_ENDPOINT_USER", "KB_ENDPOINT_PASSWORD", "KB_ENDPOINT_AUTH"


@dataclass
class Published:
    endpoint: str  # without credentials
    graph: str | None
    sent: int
    found: int


def redact(url: str) -> str:
    """The URL without any user name or password in it."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol address of one graph: ?graph=<iri>, or ?default."""
    target = f"graph={quote(graph, safe='')}" if graph else "default"
    return f"{endpoint}{'&' if urlsplit(endpoint).query else '?'}{target}"


def credentials(env=os.environ):
    """Basic-auth credentials from the environment, or None (then requests uses ~/.netrc)."""
    user, password = env.get(USER_ENV), env.get(PASSWORD_ENV)
    if user is None and password is None:
        return None
    if not user or password is None:
        raise KBError(f"set both {USER_ENV} and {PASSWORD_ENV}, or neither (then ~/.netrc is used)")
    scheme = env.get(AUTH_ENV, "basic").lower()
    if scheme == "digest":  # Virtuoso's /sparql-graph-crud-auth, for one
        return requests.auth.HTTPDigestAuth(user, password)
    if scheme != "basic":
        raise KBError(f"{AUTH_ENV} is basic (the default) or digest, not {scheme!r}")
    return requests.auth.HTTPBasicAuth(user, password)


def _request(method: str, url: str, shown: str, timeout: float = TIMEOUT, retries: int = RETRIES,
             backoff: float = BACKOFF, **kwargs) -> requests.Response:
    """Send an idempotent request, retrying with exponential backoff when the
    endpoint is down, times out, drops the connection or answers 5xx."""
    for attempt in range(retries + 1):
        try:
            response = requests.request(method, url, timeout=timeout, **kwargs)
        except requests.RequestException as exc:
            if attempt == retries:
                kind = type(exc).__name__
                raise KBError(f"cannot reach the endpoint ({kind}) after {retries + 1} tries; is it running, "
                              "and is the address right?", shown) from None
        else:
            if response.status_code not in RETRY_STATUS or attempt == retries:
                return response
        time.sleep(backoff * 2 ** attempt)
    raise AssertionError("unreachable")


def _check(response: requests.Response, what: str, shown: str) -> None:
    if response.status_code in (401, 403):
        raise KBError(f"{what} refused with HTTP {response.status_code}: set {USER_ENV} and {PASSWORD_ENV} "
                      "or add the host to ~/.netrc", shown)
    if not 200 <= response.status_code < 300:
        reason = " ".join(response.text.split())[:200]
        raise KBError(f"{what} failed with HTTP {response.status_code}: {reason}", shown)


def publish(project: Project, endpoint: str, graph: str | None = None, env=os.environ,
            timeout: float = TIMEOUT, retries: int = RETRIES, backoff: float = BACKOFF) -> Published:
    """PUT the published knowledge base (dist/kb.nt with the ontology, as `kb query`
    sees it) into ``graph`` at ``endpoint``, then GET it back and count."""
    if urlsplit(endpoint).scheme not in ("http", "https"):
        raise KBError("--endpoint takes the http(s) address of a Graph Store Protocol service, "
                      "such as http://127.0.0.1:7878/store", redact(endpoint))
    data = published_graph(project)
    body = ntriples.serialize(data)
    url = graph_url(endpoint, graph)
    shown = redact(url)
    auth = credentials(env)
    tries = {"timeout": timeout, "retries": retries, "backoff": backoff}
    response = _request("PUT", url, shown, data=body, auth=auth, **tries,
                        headers={"Content-Type": "application/n-triples; charset=utf-8"})
    _check(response, "PUT", shown)
    response = _request("GET", url, shown, auth=auth, headers={"Accept": "application/n-triples"}, **tries)
    _check(response, "GET", shown)
    back = Graph()
    kind = response.headers.get("Content-Type", "application/n-triples").split(";")[0].strip()
    fmt = {"text/turtle": "turtle", "application/rdf+xml": "xml"}.get(kind, "nt")
    try:
        back.parse(data=response.content.decode("utf-8"), format=fmt)
    except Exception as exc:  # a server that answers with something other than RDF
        raise KBError(f"the graph read back is not {kind}: {' '.join(str(exc).split())[:200]}", shown) from None
    result = Published(redact(endpoint), graph, len(data), len(back))
    if result.found != result.sent:
        raise KBError(f"sent {result.sent} triples but the endpoint holds {result.found} in the graph", shown)
    return result
