"""Counts that describe the published knowledge base."""

from __future__ import annotations

from rdflib import Graph

from .namespaces import PREFIXES

_QUERIES = {
    "classes": """
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
          ?s a ?class . FILTER (STRSTARTS(STR(?class), "%s") || ?class = org:Membership)
        } GROUP BY ?class ORDER BY ?class""" % PREFIXES["agkb"],
    "stances": """
        SELECT ?stance (COUNT(?st) AS ?n) WHERE { ?st agkb:stance ?stance } GROUP BY ?stance ORDER BY ?stance""",
    "sources": """
        SELECT ?source (COUNT(DISTINCT ?claim) AS ?n) WHERE {
          ?source a agkb:SourceDocument . OPTIONAL { ?claim a agkb:Claim ; prov:wasDerivedFrom ?source }
        } GROUP BY ?source ORDER BY ?source""",
}


def stats(graph: Graph) -> dict:
    """Triples, instances per class (ours, counted with subclasses), statements
    per stance and claims per source."""
    nsm = graph.namespace_manager
    out: dict = {"triples": len(graph)}
    out["subjects"] = len(set(graph.subjects()))
    for name, query in _QUERIES.items():
        result = graph.query(query, initNs=PREFIXES)
        out[name] = {nsm.normalizeUri(row[0]): int(row[1]) for row in result}
    return out
