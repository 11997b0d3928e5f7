"""dist/void.ttl: the dataset described with VoID and DCAT, validated against
shapes/dataset/void.ttl.

Everything in it is measured from the graph or read from dataset.yaml, VERSION
and CHANGELOG.md, so the same sources give the same bytes."""

from __future__ import annotations

from collections import Counter

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, RDF, RDFS, XSD

from ..dataset import Description
from ..errors import KBError
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


def _vocabularies(graph: Graph) -> list[URIRef]:
    """The namespaces (from our prefix table) of every predicate and class used."""
    terms = set(graph.predicates()) | set(graph.objects(None, RDF.type))
    spaces = set()
    for term in terms:
        for prefix, space in PREFIXES.items():
            if str(term).startswith(space) and not space.startswith(str(ID)):
                spaces.add(URIRef(space))
    return sorted(spaces)


def counts(graph: Graph) -> dict:
    """The numbers void.ttl states, measured on the published graph."""
    classes = Counter(o for _, o in graph.subject_objects(RDF.type))
    entities = {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(ID))}
    return {
        "triples": len(graph),
        "entities": len(entities),
        "classes": len(classes),
        "properties": len(set(graph.predicates())),
        "distinct_subjects": len(set(graph.subjects())),
        "distinct_objects": len(set(graph.objects())),
        "per_class": {cls: len(set(graph.subjects(RDF.type, cls))) for cls in classes},
    }


def build(graph: Graph, ontology: Graph, description: Description, release: Release,
          dumps: dict[str, bytes]) -> Graph:
    """The VoID and DCAT description of ``graph`` as published in ``dumps``."""
    for iri, line in zip(description.examples, description.example_lines or [None] * len(description.examples)):
        if (URIRef(iri), None, None) not in graph:
            raise KBError(f"example resource {iri} is not in the knowledge base", description.path, line)
    out = Graph()
    bind_prefixes(out)
    add = out.add
    numbers = counts(graph)
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
    for vocabulary in _vocabularies(graph):
        add((DATASET, VOID.vocabulary, vocabulary))
    for iri in description.examples:
        add((DATASET, VOID.exampleResource, URIRef(iri)))
    for cls, number in sorted(numbers["per_class"].items()):
        local = graph.namespace_manager.normalizeUri(cls).replace(":", "-")
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
        add((dist, DCAT.byteSize, Literal(len(dumps[name]), datatype=XSD.nonNegativeInteger)))
        add((dist, DCTERMS.license, URIRef(description.license)))
    return out


PREFIXES_VOID = {"void": str(VOID), "dcat": str(DCAT), "foaf": str(FOAF), "formats": str(FORMATS)}


def serialize(graph: Graph) -> bytes:
    return turtle.serialize(graph, PREFIXES_VOID)
