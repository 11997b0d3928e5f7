"""dist/void.ttl: the dataset described with VoID and DCAT, validated against
shapes/dataset/void.ttl.

Everything in it is measured from the graph or read from dataset.yaml, VERSION
and CHANGELOG.md, so the same sources give the same bytes."""

from __future__ import annotations

from collections import Counter
from operator import itemgetter

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, XSD

from ..dataset import Description
from ..errors import KBError
from .. import nt
from ..namespaces import BASE, ID, PREFIXES, bind_prefixes
from ..release import Release
from . import turtle

VOID = Namespace("http://rdfs.org/ns/void#")
DCAT3 = Namespace(str(DCAT))  # rdflib's DCAT predates DCAT 3's dcat:version
FORMATS = Namespace("http://www.w3.org/ns/formats/")
DATASET = URIRef(BASE + "dataset")
SHAPES_IRI = URIRef(BASE + "shapes")
MEDIA = "https://www.iana.org/assignments/media-types/"

# The dumps, with their media type and the W3C format IRI.
DUMPS = (
    ("kb.ttl", "text/turtle", FORMATS.Turtle, "Turtle"),
    ("kb.nt", "application/n-triples", FORMATS["N-Triples"], "N-Triples"),
    ("kb.jsonld", "application/ld+json", FORMATS["JSON-LD"], "JSON-LD"),
)


def _vocabularies(predicates: set, classes) -> list[URIRef]:
    """The namespaces (from our prefix table) of every predicate and class used
    (N-Triples IRIs)."""
    spaces = set()
    for term in set(predicates) | set(classes):
        for prefix, space in PREFIXES.items():
            if term[1:].startswith(space) and not space.startswith(str(ID)):
                spaces.add(URIRef(space))
    return sorted(spaces)


def counts(triples) -> dict:
    """The numbers void.ttl states, measured on the published triples
    (N-Triples strings; classes and properties as ``<iri>``)."""
    triples = triples if isinstance(triples, (set, frozenset)) else set(triples)
    type_ = nt.TYPE
    per_class = Counter(o for _, p, o in triples if p == type_)
    subjects = set(map(itemgetter(0), triples))
    predicates = set(map(itemgetter(1), triples))
    entity = f"<{ID}"
    return {
        "triples": len(triples),
        "entities": sum(1 for s in subjects if s.startswith(entity)),
        "classes": len(per_class),
        "properties": len(predicates),
        "properties_used": predicates,
        "distinct_subjects": len(subjects),
        "distinct_objects": len(set(map(itemgetter(2), triples))),
        "per_class": dict(per_class),
        "subjects": subjects,
    }


def build(triples, ontology: Graph, description: Description, release: Release, sizes: dict[str, int],
          numbers: dict | None = None) -> Graph:
    """The VoID and DCAT description of the published ``triples`` (N-Triples
    strings); ``sizes``: the byte size of each dump; ``numbers``: ``counts``
    of the triples, if already made."""
    numbers = numbers or counts(triples)
    for iri, line in zip(description.examples, description.example_lines or [None] * len(description.examples)):
        if f"<{iri}>" not in numbers["subjects"]:
            raise KBError(f"example resource {iri} is not in the knowledge base", description.path, line)
    names = Graph()
    bind_prefixes(names)
    out = Graph()
    bind_prefixes(out)
    add = out.add
    base = description.download_base
    add((DATASET, RDF.type, VOID.Dataset))
    add((DATASET, RDF.type, DCAT.Dataset))
    add((DATASET, DCTERMS.title, Literal(description.title, lang="en")))
    add((DATASET, RDFS.label, Literal(description.title, lang="en")))
    add((DATASET, DCTERMS.description, Literal(description.description, lang="en")))
    add((DATASET, DCTERMS.license, URIRef(description.license)))
    publisher = URIRef(description.publisher_iri)
    add((DATASET, DCTERMS.publisher, publisher))
    add((publisher, RDF.type, FOAF.Organization))
    add((publisher, FOAF.name, Literal(description.publisher_name, lang="en")))
    add((DATASET, DCAT3.version, Literal(release.version)))
    add((DATASET, OWL.versionInfo, Literal(release.version)))
    add((DATASET, DCTERMS.issued, Literal(release.issued.isoformat(), datatype=XSD.date)))
    add((DATASET, DCTERMS.modified, Literal(release.modified.isoformat(), datatype=XSD.date)))
    for keyword in description.keywords:
        add((DATASET, DCAT.keyword, Literal(keyword, lang="en")))
    add((DATASET, DCAT.landingPage, URIRef(base + "index.html")))
    add((DATASET, DCTERMS.conformsTo, SHAPES_IRI))
    add((DATASET, VOID.uriSpace, Literal(str(ID))))
    add((DATASET, VOID.triples, Literal(numbers["triples"], datatype=XSD.integer)))
    add((DATASET, VOID.entities, Literal(numbers["entities"], datatype=XSD.integer)))
    add((DATASET, VOID.classes, Literal(numbers["classes"], datatype=XSD.integer)))
    add((DATASET, VOID.properties, Literal(numbers["properties"], datatype=XSD.integer)))
    add((DATASET, VOID.distinctSubjects, Literal(numbers["distinct_subjects"], datatype=XSD.integer)))
    add((DATASET, VOID.distinctObjects, Literal(numbers["distinct_objects"], datatype=XSD.integer)))
    for vocabulary in _vocabularies(numbers["properties_used"], numbers["per_class"]):
        add((DATASET, VOID.vocabulary, vocabulary))
    for iri in description.examples:
        add((DATASET, VOID.exampleResource, URIRef(iri)))
    for cls, number in sorted((URIRef(c[1:-1]), n) for c, n in numbers["per_class"].items()):
        local = names.namespace_manager.normalizeUri(cls).replace(":", "-")
        partition = URIRef(f"{DATASET}/class/{local}")
        add((DATASET, VOID.classPartition, partition))
        add((partition, RDF.type, VOID.Dataset))
        add((partition, VOID["class"], cls))
        add((partition, VOID.entities, Literal(number, datatype=XSD.integer)))
    for name, media, fmt, label in DUMPS:
        url = URIRef(base + name)
        dist = URIRef(f"{DATASET}/distribution/{name.replace('.', '-')}")
        add((DATASET, VOID.dataDump, url))
        add((DATASET, VOID.feature, fmt))
        add((DATASET, DCAT.distribution, dist))
        add((dist, RDF.type, DCAT.Distribution))
        add((dist, DCTERMS.title, Literal(f"{description.title}, {label}", lang="en")))
        add((dist, DCAT.downloadURL, url))
        add((dist, DCAT.accessURL, url))
        add((dist, DCAT.mediaType, URIRef(MEDIA + media)))
        add((dist, DCTERMS.format, fmt))
        add((dist, DCAT.byteSize, Literal(sizes[name], datatype=XSD.nonNegativeInteger)))
        add((dist, DCTERMS.license, URIRef(description.license)))
    return out


PREFIXES_VOID = {"void": str(VOID), "dcat": str(DCAT), "foaf": str(FOAF), "formats": str(FORMATS)}


def serialize(graph: Graph) -> bytes:
    return turtle.serialize(graph, PREFIXES_VOID)
