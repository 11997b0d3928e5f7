"""Oxigraph (pyoxigraph) as the engine under rdflib: a store to run SPARQL on
large graphs quickly, and conversion of terms between the two libraries.
rdflib stays the public API; Oxigraph does the heavy queries."""

from __future__ import annotations

import re

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from . import nt

_XSD_STRING = str(XSD.string)


def to_rdflib(term):
    """An Oxigraph term as the equal rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))


def to_oxigraph(term):
    """An rdflib term as the equal Oxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def add_graph(store: ox.Store, graph: Graph, name=None) -> None:
    """Add every triple of an rdflib graph to ``store`` (default graph, or ``name``)."""
    g = ox.DefaultGraph() if name is None else ox.NamedNode(str(name))
    cache: dict = {}

    def conv(term):
        found = cache.get(term)
        if found is None:
            found = cache[term] = to_oxigraph(term)
        return found

    store.bulk_extend(ox.Quad(conv(s), conv(p), conv(o), g) for s, p, o in graph)


def store_of(*graphs: Graph) -> ox.Store:
    """A new in-memory store holding the union of ``graphs`` in its default graph."""
    store = ox.Store()
    for graph in graphs:
        add_graph(store, graph)
    return store


GRAPH_DATA = ox.NamedNode("urn:agkb:graph:data")
GRAPH_ONTOLOGY = ox.NamedNode("urn:agkb:graph:ontology")
GRAPH_SHAPES = ox.NamedNode("urn:agkb:graph:shapes")


# literals whose Oxigraph form may differ from ours: typed, a tag with capitals, control characters
_UNSTABLE = re.compile(r'"(?:\^\^<|@[^"]*[A-Z])|[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]')
_STRING_SUFFIX = f'"^^<{_XSD_STRING}>'


class Work:
    """One Oxigraph store for a build: the data, the ontology and the shapes in
    the named graphs the hygiene checks name (urn:agkb:graph:data, ...).
    Queries see data and ontology as their default graph unless told otherwise.

    ``data`` is a set of N-Triples triples (kb.nt) or an rdflib graph; with
    ``data=None`` the data comes in pieces through ``feed`` (the loader calls
    it as it goes) and ``finish`` ends it. Oxigraph parses each piece in a
    background thread, outside Python's lock, so loading the store overlaps
    the loader's own work.

    Oxigraph stores literals in canonical form ("1000.0"^^xsd:decimal comes
    back as "1000", language tags in lower case); ``to_nt`` maps such a
    literal back to the form the data has."""

    def __init__(self, data, ontology: Graph, shapes: Graph | None = None):
        self.store = ox.Store()
        self._tagged: set = set()  # the data's typed and language-tagged literals
        self._back: dict | None = None
        self._pending: list = []
        self._pool = None
        add_graph(self.store, ontology, GRAPH_ONTOLOGY.value)
        if shapes is not None:
            self.add_shapes(shapes)
        if data is not None:
            data = data if isinstance(data, (set, frozenset)) else set(nt.triples_of(data))
            self.feed(data)
            self.finish()

    def feed(self, triples) -> None:
        """Queue data triples (N-Triples strings) for the store."""
        from concurrent.futures import ThreadPoolExecutor

        lines, blank, tagged = [], [], self._tagged
        for s, p, o in triples:
            if s[0] == "_" or o[0] == "_":
                blank.append((s, p, o))
                continue
            if o[-1] != '"' and o[0] == '"':
                tagged.add(o)
            lines.append(f"{s} {p} {o} .\n")
        if blank:
            self.store.extend(ox.Quad(*(to_oxigraph(nt.to_rdflib(t)) for t in triple), GRAPH_DATA)
                              for triple in blank)
        if lines:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="oxigraph-load")
            self._pending.append(self._pool.submit(self.store.load, "".join(lines),
                                                   format=ox.RdfFormat.N_TRIPLES, to_graph=GRAPH_DATA))

    def finish(self) -> None:
        """Wait until everything fed is in the store; raise what went wrong."""
        try:
            for future in self._pending:
                future.result()
        finally:
            self._pending.clear()
            if self._pool is not None:
                self._pool.shutdown()
                self._pool = None

    def close(self) -> None:
        """Wait for what was fed, ignoring errors (the build failed anyway)."""
        try:
            self.finish()
        except Exception:  # noqa: BLE001
            pass

    def _literal_map(self) -> dict:
        """Oxigraph's form -> ours, for each literal of the data whose forms differ."""
        if self._back is None:
            # "x"^^xsd:string is "x" in RDF 1.1; Oxigraph gives the plain form, and so do we
            ours = sorted(o for o in self._tagged if _UNSTABLE.search(o) and not o.endswith(_STRING_SUFFIX))
            probe = ox.Store()
            probe.load("".join(f"<urn:agkb:literal:{n}> <urn:agkb:p> {o} .\n" for n, o in enumerate(ours)),
                       format=ox.RdfFormat.N_TRIPLES)
            self._back = {}
            for quad in probe:
                mine = ours[int(quad.subject.value.rsplit(":", 1)[1])]
                theirs = str(quad.object)
                if theirs != mine:
                    self._back[theirs] = mine
        return self._back

    def to_nt(self, term) -> str:
        """An Oxigraph term as the N-Triples string the data has for it."""
        return self.nt_of(str(term))

    def nt_of(self, text: str) -> str:
        """``to_nt`` for a term as Oxigraph writes it in N-Triples."""
        if text[0] != '"':
            return text
        if text[-1] != '"':
            found = self._literal_map().get(text)
            if found is not None:
                return found
        if "\\" in text:  # Oxigraph escapes more characters than kb.nt does
            lexical, lang, datatype = nt.split_literal(text)
            return nt.literal(lexical, lang, datatype)
        return text

    def to_rdflib(self, term):
        return nt.to_rdflib(self.to_nt(term))

    def add_shapes(self, shapes: Graph) -> None:
        if not any(True for _ in self.store.quads_for_pattern(None, None, None, GRAPH_SHAPES)):
            add_graph(self.store, shapes, GRAPH_SHAPES.value)

    def construct(self, text: str) -> list[tuple[str, str, str]]:
        """Run a CONSTRUCT query; add what it derives to the data graph and
        return those triples as N-Triples strings (kb.nt)."""
        result = self.query(text)
        if not isinstance(result, ox.QueryTriples):
            raise ValueError("a rule must be a CONSTRUCT query")
        output = result.serialize(format=ox.RdfFormat.N_TRIPLES)
        if not output:
            return []
        self.store.load(output, format=ox.RdfFormat.N_TRIPLES, to_graph=GRAPH_DATA)
        nt_of = self.nt_of
        triples = []
        for line in output.decode("utf-8").split("\n")[:-1]:  # not splitlines: U+2028 is no line end here
            s, p, o = line[:-2].split(" ", 2)
            triples.append((s, p, nt_of(o) if o[0] == '"' else o))
        return triples

    def query(self, text: str, default=(GRAPH_DATA, GRAPH_ONTOLOGY)):
        """Run SPARQL over ``default`` (data and ontology) as the default graph;
        ``default=None`` leaves the default graph empty, for GRAPH queries."""
        return self.store.query(text, default_graph=list(default) if default else ox.DefaultGraph())


def select_all(run, texts: list[str]) -> list:
    """Each SELECT query's (variable names, rows); a row holds each value as
    Oxigraph writes it in N-Triples, or None. ``run`` runs one query."""
    out = []
    for text in texts:
        solutions = run(text)
        names = [v.value for v in solutions.variables]
        rows = [tuple(None if s[n] is None else str(s[n]) for n in names) for s in solutions]
        out.append((names, rows))
    return out


def in_background(fn, *args):
    """Call ``fn`` in a new thread and return its Future. Oxigraph parses and
    evaluates queries outside Python's lock, so this overlaps with Python work."""
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="oxigraph")
    future = pool.submit(fn, *args)
    pool.shutdown(wait=False)
    return future
