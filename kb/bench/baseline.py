"""The per-resource documents made the plain way, for the baseline of ``kb
bench``: an rdflib graph per document, filled by rdflib pattern matching over
the whole graph (what the build did before it worked on N-Triples strings;
the same triples as kb.export.documents.Documents.triples_of)."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from ..export.documents import slug_of
from ..namespaces import AGKB, bind_prefixes


def subjects_with_pages(graph: Graph) -> list:
    return sorted({s for s in graph.subjects() if isinstance(s, URIRef) and slug_of(s)})


def _facts_of(graph: Graph, node) -> set:
    return {s for s, _ in graph.subject_predicates(node)
            if isinstance(s, URIRef) and slug_of(s) and s != node and (None, AGKB.about, s) in graph}


def _claims_of(graph: Graph, node, facts) -> set:
    found = set(graph.subjects(AGKB.about, node)) | set(graph.subjects(RDF.subject, node))
    for fact in facts:
        found |= set(graph.subjects(AGKB.about, fact))
    if (node, RDF.type, AGKB.SourceDocument) in graph:
        found |= set(graph.subjects(PROV.wasDerivedFrom, node))
    return {c for c in found if (c, RDF.type, AGKB.Claim) in graph}


def document_graph(graph: Graph, node) -> Graph:
    """The document of ``node`` as an rdflib graph."""
    out = Graph()
    bind_prefixes(out)
    facts = _facts_of(graph, node)
    described = {node} | facts
    for claim in _claims_of(graph, node, facts):
        described.add(claim)
        described.update(graph.subjects(AGKB.regarding, claim))
    described.update(graph.subjects(AGKB.linkedEntity, node))
    for item in list(described):
        described.update(graph.objects(item, AGKB.evidence))
    for item in described:
        for triple in graph.triples((item, None, None)):
            out.add(triple)
    for triple in graph.triples((None, None, node)):
        out.add(triple)
    mentioned = {t for triple in out for t in triple if isinstance(t, URIRef)} - described
    for other in mentioned:
        for predicate in (RDFS.label, RDF.type):
            for value in graph.objects(other, predicate):
                out.add((other, predicate, value))
    return out
