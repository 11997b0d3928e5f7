"""Export stage: one module per output format, each usable on its own.

Every function takes an rdflib graph and returns bytes that are identical from
run to run for the same graph.
"""

from __future__ import annotations

from . import context, jsonld, ntriples, turtle

FORMATS = {"ttl": turtle.serialize, "nt": ntriples.serialize, "jsonld": jsonld.serialize}
EXTENSIONS = {"ttl": "ttl", "nt": "nt", "jsonld": "jsonld"}

__all__ = ["FORMATS", "EXTENSIONS", "context", "jsonld", "ntriples", "turtle"]
