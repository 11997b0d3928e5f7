"""Query results in standard formats, and as a text table for people.

SELECT and ASK results are written by pyoxigraph's own result serializers, so
each format is exactly what its W3C recommendation says:

- ``csv``: SPARQL 1.1 Query Results CSV (full IRIs, plain lexical forms, lines
  ending in CRLF as RFC 4180 asks);
- ``tsv``: SPARQL 1.1 Query Results TSV (terms in Turtle/N-Triples syntax);
- ``json``: SPARQL 1.1 Query Results JSON;
- ``xml``: SPARQL Query Results XML.

CONSTRUCT and DESCRIBE results are graphs: ``ttl`` (Turtle, with the
project's prefixes), ``nt`` (canonical N-Triples) or ``jsonld`` (expanded
JSON-LD), their triples sorted so the bytes are the same run to run.

``table`` is for reading in a terminal: aligned columns, IRIs shortened to
prefixed names where a declared prefix fits (``kb:wagner-group``), literals
as their text, and a row count.
"""

from __future__ import annotations

import json
import re

import pyoxigraph as ox

from .errors import KBError
from .namespaces import PREFIXES

SELECT_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("ttl", "nt", "jsonld", "table")
FORMATS = ("table", "csv", "tsv", "json", "xml", "ttl", "nt", "jsonld")

_RESULTS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
            "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
_GRAPHS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
# A local name that reads back as a prefixed name in SPARQL and Turtle without
# escapes (a subset of PN_LOCAL: no '/', '%', ':' or trailing '.').
_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?$")
# Longest namespaces first, so claim: wins over kb: for .../id/claim/x.
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def compact(iri: str) -> str:
    """``iri`` as a prefixed name (``kb:wagner-group``, ``claim:prigozhin-age``)
    when one of the project's prefixes fits and the rest is a plain local
    name; otherwise the IRI itself."""
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace):
            local = iri[len(namespace):]
            if local == "" or _LOCAL.match(local):
                return f"{prefix}:{local}"
    return iri


def cell(term) -> str:
    """The text of one pyoxigraph term in a table: a prefixed name or IRI, a
    literal's lexical form, ``_:id`` for a blank node, '' when unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def table(names: list[str], rows: list[list[str]]) -> str:
    """An aligned text table with a dashed rule under the header and the row count."""
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def kind(result) -> str:
    """'select', 'ask' or 'graph' for a pyoxigraph query result."""
    if isinstance(result, ox.QuerySolutions):
        return "select"
    if isinstance(result, ox.QueryBoolean):
        return "ask"
    return "graph"


def check_format(result, fmt: str | None, where: str = "<query text>") -> str:
    """The format to write ``result`` in: ``fmt``, or table for SELECT and ASK
    and Turtle for a graph when none is given. Raises KBError when the format
    does not fit the kind of result (CSV of a graph, Turtle of a table)."""
    what = kind(result)
    if what == "graph":
        fmt = "jsonld" if fmt == "json" else (fmt or "ttl")
        if fmt not in GRAPH_FORMATS:
            raise KBError(f"--format {fmt} is for SELECT and ASK results; a CONSTRUCT or DESCRIBE gives a graph: "
                          f"use --format ttl, nt, jsonld or table", where)
        return fmt
    fmt = fmt or "table"
    if fmt not in SELECT_FORMATS:
        raise KBError(f"--format {fmt} is for graphs (CONSTRUCT, DESCRIBE); a {what.upper()} result is written as "
                      f"table, csv, tsv, json or xml", where)
    return fmt


def _sorted_triples(result) -> list:
    return sorted(result, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def render(result, fmt: str) -> bytes:
    """The bytes of a pyoxigraph query result in ``fmt`` (checked with
    ``check_format`` first). A result can be read once."""
    what = kind(result)
    if what == "graph":
        triples = _sorted_triples(result)
        if fmt == "table":
            rows = [[cell(t.subject), cell(t.predicate), cell(t.object)] for t in triples]
            return table(["subject", "predicate", "object"], rows).encode("utf-8")
        if fmt == "ttl":
            used = {p: n for p, n in PREFIXES.items()
                    if any(str(term).startswith(f"<{n}") for t in triples for term in (t.subject, t.predicate, t.object))}
            return ox.serialize(triples, format=_GRAPHS[fmt], prefixes=used) if triples else b""
        data = ox.serialize(triples, format=_GRAPHS[fmt])
        if fmt == "jsonld":
            data = (json.dumps(json.loads(data or b"[]"), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        return data
    if fmt == "table":
        if what == "ask":
            return table(["ask"], [["true" if bool(result) else "false"]]).encode("utf-8")
        names = [v.value for v in result.variables]
        rows = [[cell(value) for value in solution] for solution in result]
        return table(names, rows).encode("utf-8")
    data = result.serialize(format=_RESULTS[fmt])
    return data if data.endswith(b"\n") else data + b"\n"
