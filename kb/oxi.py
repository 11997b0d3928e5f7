"""Oxigraph (pyoxigraph) as the engine under rdflib: a store to run SPARQL on
large graphs quickly, and conversion of terms between the two libraries.
rdflib stays the public API; Oxigraph does the heavy queries."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

_XSD_STRING = str(XSD.string)


def to_rdflib(term, back: dict | None = None):
    """An Oxigraph term as the equal rdflib term. Oxigraph keeps literals in
    canonical form ("1000.0"^^xsd:decimal becomes "1000", language tags lower
    case); ``back`` maps such literals to the rdflib literal they came from."""
    if back is not None and isinstance(term, ox.Literal):
        found = back.get(term)
        if found is not None:
            return found
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


def add_graph(store: ox.Store, graph: Graph, name=None, back: dict | None = None) -> None:
    """Add every triple of an rdflib graph to ``store`` (default graph, or
    ``name``); record in ``back`` the rdflib literal behind each Oxigraph one."""
    g = ox.DefaultGraph() if name is None else ox.NamedNode(str(name))
    cache: dict = {}

    def conv(term):
        found = cache.get(term)
        if found is None:
            found = cache[term] = to_oxigraph(term)
            if back is not None and isinstance(term, Literal):
                back.setdefault(found, term)
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


class Work:
    """One Oxigraph store for a build: the data, the ontology and the shapes in
    the named graphs the hygiene checks name (urn:agkb:graph:data, ...).
    Queries see data and ontology as their default graph unless told otherwise."""

    def __init__(self, data: Graph, ontology: Graph, shapes: Graph | None = None):
        self.store = ox.Store()
        self.back: dict = {}  # Oxigraph literal -> the rdflib literal it came from
        add_graph(self.store, data, GRAPH_DATA.value, self.back)
        add_graph(self.store, ontology, GRAPH_ONTOLOGY.value, self.back)
        if shapes is not None:
            add_graph(self.store, shapes, GRAPH_SHAPES.value, self.back)

    def to_rdflib(self, term):
        return to_rdflib(term, self.back)

    def add_shapes(self, shapes: Graph) -> None:
        if not any(True for _ in self.store.quads_for_pattern(None, None, None, GRAPH_SHAPES)):
            add_graph(self.store, shapes, GRAPH_SHAPES.value, self.back)

    def add_data(self, triples) -> None:
        self.store.bulk_extend(ox.Quad(s, p, o, GRAPH_DATA) for s, p, o in triples)

    def query(self, text: str, default=(GRAPH_DATA, GRAPH_ONTOLOGY)):
        """Run SPARQL over ``default`` (data and ontology) as the default graph;
        ``default=None`` leaves the default graph empty, for GRAPH queries."""
        return self.store.query(text, default_graph=list(default) if default else ox.DefaultGraph())
