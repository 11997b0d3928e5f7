"""Independent parsers, read exactly: what each of rdflib, pyoxigraph, serdi,
rapper and pyld makes of a published file, as a set of N-Triples term strings
(kb.nt's form), so that a published file can be compared term for term with
the graph in dist/kb.nt.

rdflib normally rewrites literals as it parses them ("Z" becomes "+00:00",
"007" becomes "7"); here it reads with ``rdflib.NORMALIZE_LITERALS`` off, so
its answer is what the file says. Comparing after both sides were normalised
is how a wrong lexical form ("300.0" for "300") went unseen.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import rdflib
from rdflib import BNode, Graph

from kb import nt

REQUIRE_TOOLS = os.environ.get("KB_REQUIRE_TOOLS") == "1" or os.environ.get("CI") == "true"
PARSERS = ("rdflib", "pyoxigraph", "serdi", "rapper")


def tool(name: str) -> str:
    """The path of a Debian parser; a test is skipped without it (failed under CI)."""
    path = shutil.which(name)
    if path is None:
        if REQUIRE_TOOLS:
            pytest.fail(f"{name} is not installed (KB_REQUIRE_TOOLS=1 or CI=true); apt-get install serdi raptor2-utils")
        pytest.skip(f"{name} is not installed")
    return path


@contextlib.contextmanager
def _rdflib_exact():
    saved = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False
    try:
        yield
    finally:
        rdflib.NORMALIZE_LITERALS = saved


def _canonical(term: str) -> str:
    """A term as kb.nt writes it (parsers escape differently)."""
    if term[0] != '"':
        return term
    lexical, language, datatype = nt.split_literal(term)
    if datatype == nt.XSD + "string":
        datatype = None
    return nt.literal(lexical, language.lower() if language else None, datatype)


def ntriples_lines(text: str) -> set:
    """The triples of N-Triples text (one triple per line, as every tool here
    writes it), as term strings."""
    out = set()
    for line in text.split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        s, rest = line.split(" ", 1)
        p, o = rest.split(" ", 1)
        o = o.rstrip()
        assert o.endswith("."), line
        o = o[:-1].rstrip()
        out.add((s, p, _canonical(o)))
    return out


def _from_rdflib(graph: Graph) -> set:
    return {tuple(_canonical(nt.from_rdflib(t)) for t in triple) for triple in graph}


def read(parser: str, path: Path, syntax: str) -> set:
    """What ``parser`` reads from ``path`` (syntax "turtle", "ntriples" or
    "json-ld"; JSON-LD is read by pyld alone). Raises AssertionError naming
    the parser and its message when it refuses the file."""
    if syntax == "json-ld":
        from pyld import jsonld
        doc = json.loads(path.read_text(encoding="utf-8"))
        nquads = jsonld.to_rdf(jsonld.expand(doc), {"format": "application/n-quads"})
        return {(s, p, o) for s, p, o in ntriples_lines(nquads)}
    if parser == "rdflib":
        with _rdflib_exact():
            graph = Graph().parse(path, format="nt" if syntax == "ntriples" else "turtle")
        return _from_rdflib(graph)
    if parser == "pyoxigraph":
        import pyoxigraph as ox
        fmt = ox.RdfFormat.N_TRIPLES if syntax == "ntriples" else ox.RdfFormat.TURTLE
        try:
            quads = list(ox.parse(path=str(path), format=fmt))
        except SyntaxError as exc:
            raise AssertionError(f"pyoxigraph refuses {path}: {exc}") from None
        return {(str(q.subject), str(q.predicate), _canonical(str(q.object))) for q in quads}
    exe = tool(parser)
    cmd = [exe, "-i", syntax, "-o", "ntriples", str(path)] if parser == "serdi" else \
        [exe, "-q", "-i", syntax, "-o", "ntriples", str(path)]
    done = subprocess.run(cmd, capture_output=True)
    if done.returncode != 0:
        raise AssertionError(f"{parser} refuses {path}: {done.stderr.decode('utf-8', 'replace').strip()}")
    text = done.stdout.decode("utf-8")
    # both write non-ASCII characters of IRIs as \u escapes; read them back exactly
    return {tuple(_canonical(_unescape_iri(t)) for t in triple) for triple in ntriples_lines(text)}


def denotes(data: bytes, expected: set, syntax: str = "turtle") -> bool:
    """Whether rdflib (exact) and pyoxigraph both read ``data`` as exactly the
    triples ``expected``; False when either refuses it."""
    import pyoxigraph as ox
    try:
        with _rdflib_exact():
            graph = Graph().parse(data=data.decode("utf-8"), format="nt" if syntax == "ntriples" else "turtle")
        fmt = ox.RdfFormat.N_TRIPLES if syntax == "ntriples" else ox.RdfFormat.TURTLE
        quads = list(ox.parse(data, format=fmt))
    except Exception:  # noqa: BLE001 - any refusal means "does not denote"
        return False
    expected = {tuple(_canonical(t) for t in triple) for triple in expected}
    return same_graph(_from_rdflib(graph), expected) and same_graph(
        {(str(q.subject), str(q.predicate), _canonical(str(q.object))) for q in quads}, expected)


def _unescape_iri(term: str) -> str:
    if term[0] == "<" and "\\" in term:
        return "<" + nt.unescape(term[1:-1]) + ">"
    return term


def has_blank_nodes(triples: set) -> bool:
    return any(t[0] == "_" for triple in triples for t in triple)


def same_graph(found: set, expected: set) -> bool:
    """Term-for-term equality; with blank nodes, isomorphism (exact lexical forms)."""
    if not has_blank_nodes(expected) and not has_blank_nodes(found):
        return found == expected
    from rdflib.compare import isomorphic
    with _rdflib_exact():
        a, b = Graph(), Graph()
        a.addN((*(nt.to_rdflib(t) if t[0] != "_" else BNode(t[2:]) for t in triple), a) for triple in found)
        b.addN((*(nt.to_rdflib(t) if t[0] != "_" else BNode(t[2:]) for t in triple), b) for triple in expected)
        return isomorphic(a, b)


def difference(found: set, expected: set, limit: int = 5) -> str:
    extra = sorted(found - expected)[:limit]
    missing = sorted(expected - found)[:limit]
    return f"read but not published: {extra}; published but not read: {missing}"
