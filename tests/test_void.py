"""dist/void.ttl: the dataset description conforms to its own shape, states
counts measured on the graph, and takes its version and dates from the release."""

from __future__ import annotations

import pyshacl
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, RDF, XSD

from kb import release
from kb.export.void import DATASET, VOID
from kb.schema import read_graph

from .conftest import ROOT

DCAT3 = Namespace(str(DCAT))


@pytest.fixture(scope="module")
def void_graph() -> Graph:
    return Graph().parse(ROOT / "dist" / "void.ttl", format="turtle")


@pytest.fixture(scope="module")
def void_shapes() -> Graph:
    return read_graph(ROOT / "shapes" / "dataset")


def _conforms(graph, shapes):
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes, inference="none", advanced=True)
    return conforms, text


def test_void_conforms_to_its_shape(void_graph, void_shapes):
    conforms, text = _conforms(void_graph, void_shapes)
    assert conforms, text


@pytest.mark.parametrize("drop", [DCTERMS.license, DCTERMS.issued, VOID.triples, DCAT.distribution])
def test_shape_catches_a_missing_property(void_graph, void_shapes, drop):
    broken = Graph()
    broken += void_graph
    broken.remove((DATASET, drop, None))
    assert not _conforms(broken, void_shapes)[0]


def test_shape_catches_modified_before_issued(void_graph, void_shapes):
    broken = Graph()
    broken += void_graph
    broken.set((DATASET, DCTERMS.modified, Literal("2000-01-01", datatype=XSD.date)))
    conforms, text = _conforms(broken, void_shapes)
    assert not conforms and "must not be earlier" in text


def test_counts_are_measured(void_graph, kb_graph):
    value = lambda p: int(void_graph.value(DATASET, p))  # noqa: E731
    assert value(VOID.triples) == len(kb_graph) == len((ROOT / "dist" / "kb.nt").read_bytes().splitlines())
    assert value(VOID.classes) == len(set(kb_graph.objects(None, RDF.type)))
    ours = {s for s in kb_graph.subjects() if str(s).startswith("https://w3id.org/agkb/id/")}
    assert value(VOID.entities) == len(ours)
    partition = URIRef(f"{DATASET}/class/agkb-ArmsTransfer")
    assert int(void_graph.value(partition, VOID.entities)) == 1


def test_dumps_sizes_and_media_types(void_graph):
    dumps = {str(d) for d in void_graph.objects(DATASET, VOID.dataDump)}
    assert dumps == {f"https://w3id.org/agkb/dist/{n}" for n in ("kb.ttl", "kb.nt", "kb.jsonld")}
    for dist in void_graph.objects(DATASET, DCAT.distribution):
        name = str(void_graph.value(dist, DCAT.downloadURL)).rsplit("/", 1)[1]
        assert int(void_graph.value(dist, DCAT.byteSize)) == (ROOT / "dist" / name).stat().st_size
        media = str(void_graph.value(dist, DCAT.mediaType))
        assert media.endswith({"kb.ttl": "text/turtle", "kb.nt": "application/n-triples",
                               "kb.jsonld": "application/ld+json"}[name])


def test_version_and_dates_come_from_the_release(void_graph, project, compiled):
    current = release.current(project)
    version = (ROOT / "VERSION").read_text(encoding="utf-8").strip()
    assert current.version == version
    assert str(void_graph.value(DATASET, DCAT3.version)) == version
    assert str(void_graph.value(DATASET, OWL.versionInfo)) == version
    ontology = URIRef("https://w3id.org/agkb/ontology")
    assert str(compiled.ontology.value(ontology, OWL.versionInfo)) == version
    assert str(compiled.ontology.value(ontology, OWL.versionIRI)) == f"https://w3id.org/agkb/ontology/{version}"
    assert void_graph.value(DATASET, DCTERMS.modified).toPython() == current.modified
    assert void_graph.value(DATASET, DCTERMS.issued).toPython() == current.issued
    vocabularies = {str(v) for v in void_graph.objects(DATASET, VOID.vocabulary)}
    assert {"https://w3id.org/agkb/ontology#", "http://www.w3.org/ns/prov#"} <= vocabularies
    for example in void_graph.objects(DATASET, VOID.exampleResource):
        assert (example, None, None) in compiled.graph
