"""Query stage: SPARQL over the published knowledge base.

rdflib is the API (graphs, terms, results); underneath, the graph lives in an
Oxigraph store (the oxrdflib plugin), which parses and answers SPARQL far
faster than rdflib's own engine on a large knowledge base."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from rdflib import Graph, Literal, URIRef, Variable
from rdflib.query import Result

from .errors import KBError
from .namespaces import bind_prefixes
from .project import Project

_UPDATE = re.compile(r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith("#"))


def published_graph(project: Project, with_ontology: bool = True) -> Graph:
    """The knowledge base from dist/kb.nt, with the ontology for labels and classes."""
    graph = Graph(store="Oxigraph")
    bind_prefixes(graph)
    # Oxigraph's own parsers (oxrdflib), straight into the store
    files = (("kb.nt", "ox-nt"), ("ontology.ttl", "ox-turtle")) if with_ontology else (("kb.nt", "ox-nt"),)
    for name, fmt in files:
        path = project.dist / name
        if not path.is_file():
            raise KBError("no published knowledge base here; run `make` or `kb build` first", project.relative(path))
        graph.parse(path, format=fmt)
    return graph


def resolve(project: Project, query: str) -> tuple[str, str]:
    """A query given as a file, a name in queries/ or SPARQL text -> (text, where)."""
    candidates = [Path(query), project.queries / query, project.queries / f"{query}.rq"]
    if "\n" not in query and len(query) < 512:
        for path in candidates:
            if path.is_file():
                return path.read_text(encoding="utf-8"), project.relative(path)
    if not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP)\b", query, re.IGNORECASE):
        raise KBError(f"'{query}' is neither a query file, a name in queries/, nor SPARQL text")
    return query, "<query text>"


# SPARQL's lexical units, enough to find keywords: comments, strings and IRIs
# are taken whole, so a SERVICE inside them is no keyword (SPARQL 1.1, 19.8).
_LONG_STRINGS = r'"""(?:[^"\\]|\\.|"(?!""))*"""' + "|" + r"'''(?:[^'\\]|\\.|'(?!''))*'''"
_TOKENS = re.compile(
    r"(?P<comment>#[^\n]*)"
    r"|(?P<string>" + _LONG_STRINGS + r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')'''
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<word>[?$]?[A-Za-z_\u00C0-\uFFFF][\w\-.\u00B7\u00C0-\uFFFF]*(?::[\w\-.%\\]*)?|:[\w\-.%\\]*)"
    r"|(?P<other>\S)", re.DOTALL)


def services(text: str) -> list[str]:
    """The endpoints a query's SERVICE clauses name: IRIs (prefixed names
    expanded with the query's PREFIX declarations), or ``?var`` for an endpoint
    bound at run time."""
    tokens = [(m.lastgroup, m.group()) for m in _TOKENS.finditer(text) if m.lastgroup != "comment"]
    prefixes: dict = {}
    found = []
    for n, (kind, value) in enumerate(tokens):
        if kind != "word":
            continue
        upper = value.upper()
        if upper == "PREFIX" and n + 2 < len(tokens) and tokens[n + 2][0] == "iri":
            prefixes[tokens[n + 1][1].rstrip(":")] = tokens[n + 2][1][1:-1]
        elif upper == "SERVICE":
            rest = tokens[n + 1:n + 3]
            if rest and rest[0][0] == "word" and rest[0][1].upper() == "SILENT":
                rest = rest[1:]
            if not rest:
                found.append("?")
                continue
            kind, endpoint = rest[0]
            if kind == "iri":
                found.append(endpoint[1:-1])
            elif kind == "word" and ":" in endpoint and endpoint[0] not in "?$":
                prefix, local = endpoint.split(":", 1)
                found.append(prefixes[prefix] + local if prefix in prefixes else endpoint)
            else:
                found.append(endpoint)
    return found


def check_services(text: str, allowed=(), where: str = "<query text>") -> None:
    """Refuse a query whose SERVICE clauses name an endpoint not in ``allowed``
    (exact IRIs): a query over the published files makes no request to
    another server unless the operator allowed that server. Raises KBError."""
    for endpoint in services(text):
        if endpoint in allowed:
            continue
        if endpoint[:1] in ("?", "$"):
            raise KBError(f"SERVICE {endpoint} is refused: an endpoint chosen at run time cannot be checked", where)
        raise KBError(f"SERVICE <{endpoint}> is refused: queries here make no requests to other endpoints "
                      "(the operator can allow one with --allow-service URL)", where)


def is_update(text: str) -> bool:
    return bool(_UPDATE.match(_strip_comments(text)))


def update(graph: Graph, text: str, where: str = "<query text>") -> tuple[int, int]:
    """Apply SPARQL Update to ``graph`` in memory; return (triples added, removed)."""
    before = set(graph)
    try:
        graph.update(text)
    except Exception as exc:  # rdflib's parser raises pyparsing errors, among others
        raise KBError(f"bad SPARQL Update: {' '.join(str(exc).split())}", where) from None
    after = set(graph)
    return len(after - before), len(before - after)


def run(graph: Graph, text: str, where: str = "<query text>") -> Result:
    """Run a read-only SPARQL query. SPARQL Update is refused."""
    if is_update(text):
        raise KBError("SPARQL Update is refused: kb query only reads the published knowledge base "
                      "(use --allow-update to try it on an in-memory copy)", where)
    try:
        return _select(graph, text) or graph.query(text)
    except Exception as exc:  # rdflib's parser raises pyparsing errors, among others
        raise KBError(f"bad SPARQL: {' '.join(str(exc).split())}", where) from None


def _select(graph: Graph, text: str) -> Result | None:
    """A SELECT query answered straight from the Oxigraph store under ``graph``,
    as the oxrdflib plugin does, but with each distinct term made into an
    rdflib term once (oxrdflib makes one per cell: most of the time on large
    results). None for other queries and other stores."""
    import pyoxigraph as ox
    from oxrdflib._converter import from_ox  # the plugin's own conversion, so terms are the same

    store = getattr(graph.store, "_inner", None)
    if not isinstance(store, ox.Store) or not re.match(r"^\s*(?:(?:PREFIX|BASE)\s[^\n]*\s*)*SELECT\b",
                                                        _strip_comments(text), re.IGNORECASE):
        return None
    ident = graph.identifier
    default = ox.NamedNode(str(ident)) if isinstance(ident, URIRef) else ox.BlankNode(str(ident))
    solutions = store.query(text, default_graph=default, prefixes={p: str(n) for p, n in graph.namespaces()})
    if not isinstance(solutions, ox.QuerySolutions):
        return None
    names = [Variable(v.value) for v in solutions.variables]
    terms: dict = {}

    bindings = []
    for solution in solutions:
        row = {}
        for name, value in zip(names, solution):
            if value is not None:
                found = terms.get(value)
                if found is None:
                    found = terms[value] = from_ox(value)
                row[name] = found
        bindings.append(row)
    result = Result("SELECT")
    result.vars = names
    result.bindings = bindings
    return result


def _cell(graph: Graph, value) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(value)
        except Exception:
            return str(value)
    if isinstance(value, Literal):
        return str(value)
    return str(value)


def rows(graph: Graph, result: Result) -> tuple[list[str], list[list[str]]]:
    """Column names and rows of compact strings (prefixed IRIs, literal text)."""
    if result.type == "ASK":
        return ["ask"], [["true" if result.askAnswer else "false"]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        triples = sorted(result.graph)
        return ["subject", "predicate", "object"], [[_cell(graph, t) for t in triple] for triple in triples]
    names = [str(v) for v in result.vars]
    return names, [[_cell(graph, row[i]) for i in range(len(names))] for row in result]


def render(graph: Graph, result: Result, fmt: str) -> str:
    """Format a result as an aligned text table, CSV, or SPARQL 1.1 JSON."""
    if fmt == "json":
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return result.graph.serialize(format="json-ld")
        return result.serialize(format="json").decode("utf-8") + "\n"
    names, data = rows(graph, result)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(data)
        return out.getvalue()
    widths = [max([len(n)] + [len(r[i]) for r in data]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in data]
    lines.append(f"({len(data)} row{'s' if len(data) != 1 else ''})")
    return "\n".join(lines) + "\n"


def to_json(names, data) -> str:
    return json.dumps([dict(zip(names, r)) for r in data], indent=2, ensure_ascii=False)

