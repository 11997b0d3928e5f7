"""Per-resource documents: which published file describes which IRI, and the
small graph each document holds.

``dist/entity/<slug>.{ttl,jsonld,html}`` describes ``https://w3id.org/agkb/id/<slug>``
(an entity, or a fact such as an arms transfer); ``dist/source/<slug>.*`` a
source document. Claims, statements and excerpts have no document of their
own: they appear, with an anchor, on the page of what they are about.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from .. import langtag
from ..namespaces import AGKB, CLAIM, EXCERPT, ID, SOURCE, STATEMENT, bind_prefixes

ONTOLOGY_PAGE = "ontology.html"
# Nodes that are about something else; they never get a page of their own.
_INNER = (str(CLAIM), str(STATEMENT), str(EXCERPT))


def slug_of(iri) -> tuple[str, str] | None:
    """('entity'|'source', slug) for an IRI that has a document, else None."""
    text = str(iri)
    for folder, space in (("source", str(SOURCE)), ("entity", str(ID))):
        if text.startswith(space):
            rest = text[len(space):]
            if rest and "/" not in rest and "#" not in rest:
                return folder, rest
            return None
    return None


@dataclass
class Documents:
    """The published graph seen as documents: what has a page, where each claim
    and statement is shown, and the graph of each page."""

    graph: Graph
    ontology: Graph

    def __post_init__(self):
        g = self.graph
        self.subjects = sorted({s for s in g.subjects() if isinstance(s, URIRef) and slug_of(s)})
        # Claims of imported records (claim/ftm/<dataset>/<id>) are shown with their
        # subject's data, not as pages of their own.
        self.claims = sorted(c for c in set(g.subjects(RDF.type, AGKB.Claim)) if "/" not in str(c)[len(str(CLAIM)):])
        self.statements = sorted(set(g.subjects(RDF.type, AGKB.Statement)))
        # A claim is shown on the page of each thing it is about; its home (for
        # links from elsewhere) is the first of them.
        self.home: dict[URIRef, URIRef] = {}
        for claim in self.claims:
            targets = sorted(t for t in g.objects(claim, AGKB.about) if slug_of(t))
            source = g.value(claim, PROV.wasDerivedFrom)
            self.home[claim] = targets[0] if targets else source
        for statement in self.statements:
            claims = sorted(g.objects(statement, AGKB.regarding))
            self.home[statement] = self.home.get(claims[0]) if claims else g.value(statement, PROV.wasDerivedFrom)

    # ------------------------------------------------------------ paths and links
    @staticmethod
    def path(iri, ext: str) -> str | None:
        found = slug_of(iri)
        return f"{found[0]}/{found[1]}.{ext}" if found else None

    def href(self, iri, here: str) -> str | None:
        """A relative link from the page at ``here`` (a dist/ path) to ``iri``'s page."""
        up = "../" * here.count("/")
        text = str(iri)
        if text.startswith(str(AGKB)):
            return f"{up}{ONTOLOGY_PAGE}#{text[len(str(AGKB)):]}"
        anchor = ""
        if text.startswith(_INNER[:2]):
            kind = "claim" if text.startswith(str(CLAIM)) else "statement"
            anchor = f"#{kind}-{text.rsplit('/', 1)[1]}"
            iri = self.home.get(iri)
            if iri is None:
                return None
        page = self.path(iri, "html")
        return f"{up}{page}{anchor}" if page else None

    # ------------------------------------------------------------ claims per page
    def facts_of(self, node: URIRef) -> list[URIRef]:
        """Fact nodes (relationships, events, estimates) that name ``node``."""
        out = set()
        for subject, _ in self.graph.subject_predicates(node):
            if isinstance(subject, URIRef) and slug_of(subject) and subject != node \
                    and (None, AGKB.about, subject) in self.graph:
                out.add(subject)
        return sorted(out)

    def claims_of(self, node: URIRef) -> list[URIRef]:
        """Claims about ``node``, about the facts that name it, or (for a source) taken from it."""
        g = self.graph
        found = set(g.subjects(AGKB.about, node)) | set(g.subjects(RDF.subject, node))
        for fact in self.facts_of(node):
            found |= set(g.subjects(AGKB.about, fact))
        if (node, RDF.type, AGKB.SourceDocument) in g:
            found |= set(c for c in g.subjects(PROV.wasDerivedFrom, node) if (c, RDF.type, AGKB.Claim) in g)
        return sorted(c for c in found if (c, RDF.type, AGKB.Claim) in g)

    def links_of(self, node: URIRef) -> list[URIRef]:
        """Identity link records of ``node`` (how each skos:exactMatch was verified)."""
        return sorted(self.graph.subjects(AGKB.linkedEntity, node))

    def statements_on(self, claim: URIRef) -> list[URIRef]:
        return sorted(self.graph.subjects(AGKB.regarding, claim))

    # ------------------------------------------------------------ the graph of a page
    def graph_of(self, node: URIRef) -> Graph:
        """What the document of ``node`` holds: its own triples, the triples that
        point at it, the facts that name it, every claim on its page with the
        statements on those claims and their excerpts, and a label and type for
        each resource mentioned."""
        g = self.graph
        out = Graph()
        bind_prefixes(out)
        described = {node} | set(self.facts_of(node))
        for claim in self.claims_of(node):
            described.add(claim)
            described.update(self.statements_on(claim))
        described.update(self.links_of(node))
        for item in list(described):
            described.update(g.objects(item, AGKB.evidence))
        for item in described:
            for triple in g.triples((item, None, None)):
                out.add(triple)
        for triple in g.triples((None, None, node)):
            out.add(triple)
        mentioned = {t for triple in out for t in triple if isinstance(t, URIRef)} - described
        for other in mentioned:
            for predicate in (RDFS.label, RDF.type):
                for value in g.objects(other, predicate):
                    out.add((other, predicate, value))
        return out

    # ------------------------------------------------------------ labels
    def label(self, iri) -> str:
        if isinstance(iri, Literal):
            return str(iri)
        for graph in (self.graph, self.ontology):
            for predicate in (RDFS.label, SKOS.prefLabel, DCTERMS.title):
                value = langtag.preferred(graph.objects(iri, predicate))
                if value is not None:
                    return str(value)
        text = str(iri)
        return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text
