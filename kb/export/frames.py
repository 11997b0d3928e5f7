"""Framed JSON-LD for web developers: dist/frames/armed-groups.jsonld holds one
nested object per armed group, with the sanctions against it, the arms it
received or supplied, and the claims about it, each claim with its source,
excerpts and the statements that assert, deny or concur with it.

Framing uses pyld (the JSON-LD 1.1 framing algorithm). Frames are explicit:
each object carries the keys listed here, so the shape of the file is stable."""

from __future__ import annotations

import json

from pyld import jsonld
from rdflib import Graph
from rdflib.namespace import RDFS, SKOS

from ..namespaces import AGKB

from . import context
from . import jsonld as jsonld_export

TERMS = {
    "label": "rdfs:label",
    "aliases": "skos:altLabel",
    "description": "dcterms:description",
    "date": "dcterms:date",
    "title": "dcterms:title",
    "issued": "dcterms:issued",
    "url": {"@id": "schema:url", "@type": "@id"},
    "exact": {"@id": "oa:exact", "@language": None},
    "hedge": {"@id": "agkb:hedge", "@language": None},
    "attributedTo": {"@id": "prov:wasAttributedTo", "@type": "@id"},
    "from": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
    "location": {"@id": "schema:location", "@type": "@id"},
    "sanctionedBy": {"@reverse": "agkb:target", "@container": "@set"},
    "armsReceived": {"@reverse": "agkb:recipient", "@container": "@set"},
    "armsSupplied": {"@reverse": "agkb:supplier", "@container": "@set"},
    "claims": {"@reverse": "agkb:about", "@container": "@set"},
    "statements": {"@reverse": "agkb:regarding", "@container": "@set"},
}


def _named() -> dict:
    """A referenced resource: its IRI and label only."""
    return {"@embed": "@always", "@explicit": True, "label": {}}


def _claim() -> dict:
    return {
        "@embed": "@always", "@explicit": True, "label": {}, "hedge": {},
        "attributedTo": _named(),
        "from": {"@embed": "@always", "@explicit": True, "title": {}, "issued": {}, "url": {}},
        "evidence": {"@embed": "@always", "@explicit": True, "exact": {}},
        "statements": {
            "@embed": "@always", "@explicit": True, "date": {}, "quote": {},
            "stance": _named(), "speaker": _named(), "speakerRole": _named(), "onBehalfOf": _named(),
            "channel": _named(),
        },
    }


def _fact() -> dict:
    return {
        "@embed": "@always", "@explicit": True, "label": {}, "date": {}, "description": {},
        "supplier": _named(), "recipient": _named(), "item": _named(), "paidFor": {}, "violates": _named(),
        "imposedBy": _named(), "sanctionsStatus": _named(), "legalBasis": _named(), "reason": {},
        "claims": _claim(),
    }


FRAMES = {
    "armed-groups.jsonld": lambda: {
        "@type": "ArmedGroup", "@explicit": True,
        "label": {}, "aliases": {}, "description": {}, "location": _named(),
        "sanctionedBy": _fact(), "armsReceived": _fact(), "armsSupplied": _fact(), "claims": _claim(),
    },
}


def frame_context(ontology: Graph) -> dict:
    ctx = dict(context.build(ontology)["@context"])
    ctx.update(TERMS)
    return ctx


def _sort(value):
    """Sort arrays of objects by @id so the output does not depend on input order."""
    if isinstance(value, dict):
        return {k: _sort(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sort(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def serialize(graph: Graph, ontology: Graph, name: str) -> bytes:
    ctx = frame_context(ontology)
    data = Graph()
    data += graph
    # Concepts such as agkb:Asserts live in the ontology; bring their labels along.
    for concept in {o for o in graph.objects() if str(o).startswith(str(AGKB))}:
        for label in ontology.objects(concept, SKOS.prefLabel):
            data.add((concept, RDFS.label, label))
    # the dataset directly: pyld's N-Quads parser is quadratic in the graph size
    expanded = jsonld.from_rdf(jsonld_export.dataset(data), {"useNativeTypes": False})
    frame = {"@context": ctx, **FRAMES[name]()}
    framed = jsonld.frame(expanded, frame, {"omitGraph": False, "omitDefault": True})
    doc = {"@context": ctx, "@graph": _sort(framed.get("@graph", []))}
    return (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
