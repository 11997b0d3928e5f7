"""Ontology hygiene: the checks in ontology/checks/ pass on our files and catch
what they are meant to catch; AGKB in code matches the ontology."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kb.namespaces import AGKB, ID
from kb.validate import hygiene


def _checks(project):
    return project.ontology / "checks"


def test_checks_pass(compiled, project):
    assert hygiene(compiled.graph, compiled.ontology, compiled.shapes, _checks(project)) == []


def test_undeclared_predicate_is_caught(compiled, project):
    data = Graph()
    data += compiled.graph
    data.add((ID["wagner-group"], URIRef("https://example.org/madeUp"), Literal("x")))
    results = hygiene(data, compiled.ontology, compiled.shapes, _checks(project))
    assert [r.shape for r in results] == ["check 06-predicate-undeclared.rq"]
    assert "madeUp" in results[0].focus


def test_term_without_label_or_definition_is_caught(compiled, project):
    ontology = Graph()
    ontology += compiled.ontology
    ontology.add((AGKB._NS["Unlabelled"], RDF.type, OWL.Class))
    ontology.add((AGKB._NS["Unlabelled"], RDFS.isDefinedBy, URIRef("https://w3id.org/agkb/ontology")))
    shapes = {r.shape for r in hygiene(compiled.graph, ontology, compiled.shapes, _checks(project))}
    assert shapes == {"check 01-term-without-label.rq", "check 02-term-without-definition.rq",
                      "check 03-reused-term-undocumented.rq"}


def test_blank_node_is_caught(compiled, project):
    from rdflib import BNode
    data = Graph()
    data += compiled.graph
    data.add((ID["wagner-group"], RDFS.seeAlso, BNode()))
    shapes = [r.shape for r in hygiene(data, compiled.ontology, compiled.shapes, _checks(project))]
    assert "check 08-blank-node.rq" in shapes


def test_defined_namespace_matches_ontology(compiled):
    base = str(AGKB._NS)
    declared = {str(t)[len(base):] for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
                for t in compiled.ontology.subjects(RDF.type, kind) if str(t).startswith(base)}
    in_code = set(AGKB.__annotations__)
    assert in_code == declared


def test_misspelt_term_fails():
    import pytest
    with pytest.raises(AttributeError):
        AGKB.Suplier  # noqa: B018


def test_ontology_has_version(compiled):
    iri = URIRef("https://w3id.org/agkb/ontology")
    assert compiled.ontology.value(iri, OWL.versionIRI) is not None
    assert compiled.ontology.value(iri, OWL.versionInfo) is not None
