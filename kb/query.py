"""Query stage: SPARQL over the published knowledge base.

rdflib is the API (graphs, terms, results); underneath, the graph lives in an
Oxigraph store (the oxrdflib plugin), which parses and answers SPARQL far
faster than rdflib's own engine on a large knowledge base."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef, Variable
from rdflib.query import Result

from .errors import KBError
from .namespaces import QUERY_PREFIXES, bind_prefixes
from .project import Project

_UPDATE = re.compile(r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                     r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith("#"))


def published_graph(project: Project, with_ontology: bool = True) -> Graph:
    """The knowledge base from dist/kb.nt, with the ontology for labels and classes."""
    graph = Graph(store="Oxigraph")
    bind_prefixes(graph)
    graph.bind("ftm", QUERY_PREFIXES["ftm"], override=True, replace=True)  # for queries only (kb.namespaces)
    # Oxigraph's own parsers (oxrdflib), straight into the store
    files = (("kb.nt", "ox-nt"), ("ontology.ttl", "ox-turtle")) if with_ontology else (("kb.nt", "ox-nt"),)
    for name, fmt in files:
        path = project.dist / name
        if not path.is_file():
            raise KBError("no published knowledge base here; run `make` or `kb build` first", project.relative(path))
        graph.parse(path, format=fmt)
    return graph


def published_store(project: Project, with_ontology: bool = True) -> ox.Store:
    """dist/kb.nt (and the ontology, for the labels of classes, properties and
    concepts) in an in-memory Oxigraph store, its default graph. Raises
    KBError when the project has not been built."""
    store = ox.Store()
    files = (("kb.nt", ox.RdfFormat.N_TRIPLES), ("ontology.ttl", ox.RdfFormat.TURTLE))
    for name, fmt in files if with_ontology else files[:1]:
        path = project.dist / name
        if not path.is_file():
            raise KBError("no published knowledge base here; run `make` or `kb build` first", project.relative(path))
        store.bulk_load(path=str(path), format=fmt)
    return store


@dataclass(frozen=True)
class SavedQuery:
    """A query of the library in queries/: its name (the file name without
    .rq), its path, and the ``# title:`` and ``# question:`` lines it starts with."""

    name: str
    path: Path
    title: str
    question: str


def saved_queries(project: Project) -> list[SavedQuery]:
    """The project's saved queries, sorted by name."""
    out = []
    for path in sorted(project.queries.glob("*.rq")) if project.queries.is_dir() else []:
        header = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                break
            key, sep, value = line[1:].strip().partition(":")
            if sep and key in ("title", "question") and key not in header:
                header[key] = value.strip()
        out.append(SavedQuery(path.stem, path, header.get("title", ""), header.get("question", "")))
    return out


def nearest(name: str, names: list[str]) -> str | None:
    """The name in ``names`` closest to ``name`` (rapidfuzz's WRatio, at least
    70 of 100), for "did you mean" hints; None when nothing is close."""
    from rapidfuzz import fuzz, process

    found = process.extractOne(name, names, scorer=fuzz.WRatio, score_cutoff=70)
    return found[0] if found else None


_SPARQL_WORD = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP)\b", re.IGNORECASE)


def resolve(project: Project, query: str) -> tuple[str, str]:
    """A query given as a file, a name in queries/ or SPARQL text -> (text, where).

    Raises KBError for anything else, naming the nearest saved query when the
    text looks like a mistyped name."""
    candidates = [Path(query), project.queries / query, project.queries / f"{query}.rq"]
    if "\n" not in query and len(query) < 512:
        for path in candidates:
            if path.is_file():
                return path.read_text(encoding="utf-8"), project.relative(path)
    if not _SPARQL_WORD.search(query):
        names = [q.name for q in saved_queries(project)]
        hint = nearest(query, names) if names and len(query) < 100 else None
        where = f"; did you mean '{hint}'?" if hint else ""
        raise KBError(f"'{query}' is neither a query file, a name in queries/, nor SPARQL text{where} "
                      "(`kb query --list` lists the saved queries)")
    return query, "<query text>"


def prefix_declarations() -> str:
    """The PREFIX lines of the prefixes `kb query` declares for every query."""
    return "".join(f"PREFIX {p}: <{n}>\n" for p, n in QUERY_PREFIXES.items())


def execute(store: ox.Store, text: str, where: str = "<query text>"):
    """Run a read-only SPARQL query on ``store`` with the project's prefixes
    declared; a pyoxigraph QuerySolutions, QueryBoolean or QueryTriples.
    SPARQL Update is refused, and bad SPARQL is a KBError naming ``where``."""
    if is_update(text):
        raise KBError("SPARQL Update is refused: kb query only reads the published knowledge base "
                      "(use --allow-update to try it on an in-memory copy)", where)
    try:
        return store.query(text, prefixes=dict(QUERY_PREFIXES))
    except SyntaxError as exc:
        raise KBError(f"bad SPARQL: {' '.join(str(exc).split())}", where) from None


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
    from .results import compact

    if value is None:
        return ""
    if isinstance(value, URIRef):
        return compact(str(value))
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
