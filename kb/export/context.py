"""The JSON-LD context: our prefixes, a term for each ontology class and
property, and ``@type: @id`` for object properties. Generated from the ontology
so it cannot drift from it."""

from __future__ import annotations

import json

from rdflib import Graph
from rdflib.namespace import OWL, RDF

from ..namespaces import AGKB, PREFIXES


def build(ontology: Graph) -> dict:
    ctx: dict = {"@language": "en"}
    ctx.update({prefix: namespace for prefix, namespace in sorted(PREFIXES.items())})
    base = str(AGKB)
    for term in sorted(set(ontology.subjects(RDF.type, OWL.Class))):
        if str(term).startswith(base):
            ctx[str(term)[len(base):]] = f"agkb:{str(term)[len(base):]}"
    for kind, coerce in ((OWL.ObjectProperty, True), (OWL.DatatypeProperty, False)):
        for term in sorted(set(ontology.subjects(RDF.type, kind))):
            if str(term).startswith(base):
                name = str(term)[len(base):]
                ctx[name] = {"@id": f"agkb:{name}", "@type": "@id"} if coerce else f"agkb:{name}"
    return {"@context": ctx}


def serialize(ontology: Graph) -> bytes:
    return (json.dumps(build(ontology), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
