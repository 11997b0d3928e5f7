"""Framed JSON-LD for web developers: dist/frames/armed-groups.jsonld holds one
nested object per armed group, with the sanctions against it, the arms it
received or supplied, and the claims about it, each claim with its source,
excerpts and the statements that assert, deny or concur with it.

The frames are explicit: each object carries the keys listed here, so the shape
of the file is stable. The file is what pyld's JSON-LD 1.1 framing gives
(``reference``), built directly from the build's N-Triples strings
(kb/export/framing.py), or by pyld where the direct construction does not
apply. tests/test_frames.py compares the two.
"""

from __future__ import annotations

import json

from rdflib import Graph

from .. import nt
from ..namespaces import AGKB
from . import context, framing
from . import jsonld as jsonld_export
from .framing import Unsupported

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

_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_PREF_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
__all__ = ["FRAMES", "Unsupported", "direct", "frame_context", "reference", "serialize", "serialize_triples"]


def frame_context(ontology: Graph) -> dict:
    ctx = dict(context.build(ontology)["@context"])
    ctx.update(TERMS)
    return ctx


def concept_labels(objects, ontology: Graph) -> set:
    """The labels (skos:prefLabel in the ontology, as rdfs:label) of the
    concepts among ``objects`` (such as agkb:Asserts), which the framed file
    shows with them."""
    ours = f"<{AGKB}"
    labels: dict = {}
    for s, p, o in nt.triples_of(ontology):
        if p == _PREF_LABEL:
            labels.setdefault(s, []).append(o)
    return {(concept, _LABEL, label) for concept in objects if concept.startswith(ours)
            for label in labels.get(concept, ())}


def data_triples(triples, ontology: Graph) -> set:
    """What is framed: the published triples and the concepts' labels."""
    data = set(triples)
    return data | concept_labels({o for _, _, o in data if o[0] == "<"}, ontology)


# ---------------------------------------------------------------- the reference: pyld
def _sort(value):
    """Sort arrays of objects by their JSON so the output does not depend on input order."""
    if isinstance(value, dict):
        return {k: _sort(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sort(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def reference(triples, ontology: Graph, name: str) -> bytes:
    """The framed file by pyld's framing algorithm over the whole graph."""
    from pyld import jsonld

    ctx = frame_context(ontology)
    rows = [{"subject": jsonld_export._pyld_term(s), "predicate": jsonld_export._pyld_term(p),
             "object": jsonld_export._pyld_term(o)} for s, p, o in sorted(data_triples(triples, ontology), key=nt.line)]
    expanded = jsonld.from_rdf({"@default": rows} if rows else {}, {"useNativeTypes": False})
    frame = {"@context": ctx, **FRAMES[name]()}
    framed = jsonld.frame(expanded, frame, {"omitGraph": False, "omitDefault": True})
    doc = {"@context": ctx, "@graph": _sort(framed.get("@graph", []))}
    return (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def direct(triples, ontology: Graph, name: str, index=None) -> bytes:
    """The framed file ``name`` of FRAMES for the published ``triples``
    (N-Triples strings), built directly (kb/export/framing.py); raises
    Unsupported where only ``reference`` gives the right bytes. ``index``: a
    kb.export.documents.Index of the triples, if made already."""
    if index is None:
        from .documents import Index
        index = Index(triples)
    extra = concept_labels(index.into, ontology) - index.triples
    return framing.direct(FRAMES[name](), frame_context(ontology), index, extra)


def serialize_triples(triples, ontology: Graph, name: str, index=None) -> bytes:
    """The framed file: ``direct``, or ``reference`` where that is needed."""
    try:
        return direct(triples, ontology, name, index)
    except Unsupported:
        return reference(triples, ontology, name)


def serialize(graph: Graph, ontology: Graph, name: str) -> bytes:
    """``serialize_triples`` for an rdflib graph."""
    return serialize_triples(nt.triples_of(graph), ontology, name)
