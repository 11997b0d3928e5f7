"""Per-resource documents: which published file describes which IRI, and the
triples each document holds.

``dist/entity/<slug>.{ttl,jsonld,html}`` describes ``https://w3id.org/agkb/id/<slug>``
(an entity, or a fact such as an arms transfer); ``dist/source/<slug>.*`` a
source document. Claims, statements and excerpts have no document of their
own: they appear, with an anchor, on the page of what they are about.

Everything here works on the build's N-Triples strings (kb.nt): a node is
``"<iri>"``, a literal ``'"text"@en'``. The published graph is indexed once
by subject and by object (lists of the triples themselves, so the index costs
a pointer a triple), and a document's triples are gathered from the index;
at a million triples that is what makes tens of thousands of documents
affordable, where an rdflib graph per document took minutes.
"""

from __future__ import annotations

from rdflib import Graph

from .. import langtag, nt
from ..namespaces import AGKB, CLAIM, EXCERPT, ID, SOURCE, STATEMENT

ONTOLOGY_PAGE = "ontology.html"
_SOURCE, _ID, _CLAIM, _STATEMENT = str(SOURCE), str(ID), str(CLAIM), str(STATEMENT)
# Nodes that are about something else; they never get a page of their own.
_INNER = (_CLAIM, _STATEMENT, str(EXCERPT))
_AGKB = str(AGKB)

TYPE = nt.TYPE
RDF = nt.RDF
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
LABEL = f"<{RDFS}label>"
SUBCLASS = f"<{RDFS}subClassOf>"
PREF_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
ALT_LABEL = "<http://www.w3.org/2004/02/skos/core#altLabel>"
EXACT_MATCH = "<http://www.w3.org/2004/02/skos/core#exactMatch>"
TITLE = "<http://purl.org/dc/terms/title>"
DESCRIPTION = "<http://purl.org/dc/terms/description>"
ISSUED = "<http://purl.org/dc/terms/issued>"
DATE = "<http://purl.org/dc/terms/date>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
ATTRIBUTED = "<http://www.w3.org/ns/prov#wasAttributedTo>"
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = f"<{RDF}subject>", f"<{RDF}predicate>", f"<{RDF}object>"
OA = "http://www.w3.org/ns/oa#"
OA_START, OA_END, OA_EXACT = f"<{OA}start>", f"<{OA}end>", f"<{OA}exact>"


def term(name: str) -> str:
    """An ontology term (``agkb:name``) as an N-Triples IRI."""
    return f"<{_AGKB}{name}>"


CLAIM_CLASS, STATEMENT_CLASS, SOURCE_DOCUMENT = term("Claim"), term("Statement"), term("SourceDocument")
ABOUT, EVIDENCE, REGARDING, LINKED_ENTITY = term("about"), term("evidence"), term("regarding"), term("linkedEntity")


def slug_of(iri) -> tuple[str, str] | None:
    """('entity'|'source', slug) for an IRI (bare, ``<iri>``, or an rdflib
    term) that has a document, else None."""
    text = str(iri)
    if text[:1] == "<":
        text = text[1:-1]
    for folder, space in (("source", _SOURCE), ("entity", _ID)):
        if text.startswith(space):
            rest = text[len(space):]
            if rest and "/" not in rest and "#" not in rest:
                return folder, rest
            return None
    return None


def iri_key(term_: str) -> str:
    """Sort key of N-Triples IRIs in the order of the IRIs themselves (the
    order of rdflib's URIRefs): ``<a-b>`` sorts after ``<a>`` as ``a-b`` after ``a``."""
    return term_[1:-1]


def rdf_key(term_: str):
    """Sort key giving rdflib's order of terms of any kind (literals by
    datatype and value, IRIs by their text)."""
    return nt.to_rdflib(term_)


def local(iri: str) -> str:
    """What follows the last ``/`` of an IRI given as ``<iri>``."""
    return iri[1:-1].rsplit("/", 1)[1]


class Index:
    """The triples of a graph by subject and by object. ``out[s]`` and
    ``into[o]`` are lists of the (s, p, o) tuples themselves."""

    def __init__(self, triples, by_subject: dict | None = None):
        self.triples = triples if isinstance(triples, (set, frozenset)) else set(triples)
        self.out: dict = by_subject if by_subject is not None else nt.by_subject(self.triples)
        into: dict = {}
        get = into.get
        for triple in self.triples:
            o = triple[2]
            if o[0] == "<":
                rows = get(o)
                if rows is None:
                    into[o] = [triple]
                else:
                    rows.append(triple)
        self.into = into

    def objects(self, s: str, p: str) -> list:
        return [t[2] for t in self.out.get(s, ()) if t[1] == p]

    def value(self, s: str, p: str):
        """One object of (s, p): the least in N-Triples order, or None."""
        found = [t[2] for t in self.out.get(s, ()) if t[1] == p]
        return min(found) if found else None

    def subjects(self, p: str, o: str) -> list:
        return [t[0] for t in self.into.get(o, ()) if t[1] == p]

    def has(self, s: str, p: str, o: str) -> bool:
        return (s, p, o) in self.triples

    def is_subject(self, s: str) -> bool:
        return s in self.out


class Documents:
    """The published graph seen as documents: what has a page, where each claim
    and statement is shown, and the triples of each page. ``ontology`` is the
    ontology as an rdflib graph (the ontology page uses it)."""

    def __init__(self, triples, ontology: Graph, by_subject: dict | None = None):
        self.index = g = Index(triples, by_subject)
        self.ontology = ontology
        self.onto = Index(nt.triples_of(ontology))
        self.subjects = sorted((s for s in g.out if s[0] == "<" and slug_of(s)), key=iri_key)
        claim_typed = set(g.subjects(TYPE, CLAIM_CLASS))
        self.claim_nodes = claim_typed
        # Claims of imported records (claim/ftm/<dataset>/<id>) are shown with their
        # subject's data, not as pages of their own.
        self.claims = sorted((c for c in claim_typed if "/" not in c[1 + len(_CLAIM):-1]), key=iri_key)
        self.statements = sorted(set(g.subjects(TYPE, STATEMENT_CLASS)), key=iri_key)
        self._about: set | None = None
        self._home: dict | None = None
        self._labels: dict = {}
        self._facts: dict = {}

    @property
    def about_targets(self) -> set:
        """The nodes some claim is about."""
        if self._about is None:
            self._about = {t[2] for t in self.index.triples if t[1] == ABOUT}
        return self._about

    @property
    def home(self) -> dict:
        """The node on whose page each claim and statement is shown: for a
        claim the first thing it is about (else its source), for a statement
        the home of the first claim it regards."""
        if self._home is None:
            g = self.index
            home: dict[str, str | None] = {}
            for claim in self.claims:
                targets = sorted((t for t in g.objects(claim, ABOUT) if slug_of(t)), key=iri_key)
                home[claim] = targets[0] if targets else g.value(claim, DERIVED)
            for statement in self.statements:
                claims = sorted(g.objects(statement, REGARDING), key=iri_key)
                home[statement] = home.get(claims[0]) if claims else g.value(statement, DERIVED)
            self._home = home
        return self._home

    # ------------------------------------------------------------ paths and links
    @staticmethod
    def path(iri, ext: str) -> str | None:
        found = slug_of(iri)
        return f"{found[0]}/{found[1]}.{ext}" if found else None

    def href(self, iri: str, here: str) -> str | None:
        """A relative link from the page at ``here`` (a dist/ path) to the page
        of ``iri`` (``<iri>``)."""
        up = "../" * here.count("/")
        text = iri[1:-1]
        if text.startswith(_AGKB):
            return f"{up}{ONTOLOGY_PAGE}#{text[len(_AGKB):]}"
        anchor = ""
        if text.startswith(_INNER[:2]):
            kind = "claim" if text.startswith(_CLAIM) else "statement"
            anchor = f"#{kind}-{text.rsplit('/', 1)[1]}"
            iri = self.home.get(iri)
            if iri is None:
                return None
        page = self.path(iri, "html")
        return f"{up}{page}{anchor}" if page else None

    # ------------------------------------------------------------ claims per page
    def facts_of(self, node: str) -> list[str]:
        """Fact nodes (relationships, events, estimates) that name ``node``."""
        found = self._facts.get(node)
        if found is None:
            about = self.about_targets
            found = self._facts[node] = sorted(
                {s for s, _, _ in self.index.into.get(node, ()) if s != node and s in about and slug_of(s)},
                key=iri_key)
        return found

    def is_claim(self, node: str) -> bool:
        return node in self.claim_nodes

    def claims_of(self, node: str) -> list[str]:
        """Claims about ``node``, about the facts that name it, or (for a source) taken from it."""
        g = self.index
        found = set(g.subjects(ABOUT, node)) | set(g.subjects(RDF_SUBJECT, node))
        for fact in self.facts_of(node):
            found.update(g.subjects(ABOUT, fact))
        if g.has(node, TYPE, SOURCE_DOCUMENT):
            found.update(g.subjects(DERIVED, node))
        claims = self.claim_nodes
        return sorted((c for c in found if c in claims), key=iri_key)

    def links_of(self, node: str) -> list[str]:
        """Identity link records of ``node`` (how each skos:exactMatch was verified)."""
        return sorted(self.index.subjects(LINKED_ENTITY, node), key=iri_key)

    def statements_on(self, claim: str) -> list[str]:
        return sorted(self.index.subjects(REGARDING, claim), key=iri_key)

    # ------------------------------------------------------------ the triples of a page
    def described(self, node: str) -> list[str]:
        """The nodes whose every triple the document of ``node`` holds: the node,
        the facts that name it, every claim on its page, the statements on those
        claims, its identity links, and the excerpts all of these cite."""
        g = self.index
        described = dict.fromkeys([node] + self.facts_of(node))
        for claim in self.claims_of(node):
            described[claim] = None
            described.update(dict.fromkeys(self.statements_on(claim)))
        described.update(dict.fromkeys(self.links_of(node)))
        for item in list(described):
            described.update(dict.fromkeys(g.objects(item, EVIDENCE)))
        return list(described)

    def triples_of(self, node: str) -> set:
        """What the document of ``node`` holds: its own triples, the triples that
        point at it, the facts that name it, every claim on its page with the
        statements on those claims and their excerpts, and a label and type for
        each resource mentioned."""
        g = self.index
        described, pointing, mentioned = self.parts(node)
        out: set = set()
        for item in described:
            out.update(g.out.get(item, ()))
        for rows in pointing.values():
            out.update(rows)
        for other in mentioned:
            out.update(self.named(other))
        return out

    def parts(self, node: str) -> tuple[list, dict, list]:
        """The document of ``node`` by subject: the nodes it describes whole
        (``described``), the triples pointing at ``node`` from other subjects
        (subject -> triples), and the other resources it mentions (IRIs in
        those triples, whose label and type it holds)."""
        g = self.index
        described = self.described(node)
        whole = set(described)
        pointing: dict = {}
        for triple in g.into.get(node, ()):
            if triple[0] not in whole:
                pointing.setdefault(triple[0], []).append(triple)
        mentioned: set = set()
        for item in described:
            mentioned.update(self.mentions(item))
        for rows in pointing.values():
            for s, p, o in rows:
                mentioned.update((s, p, o) if o[0] == "<" else (s, p))
        mentioned.difference_update(whole)
        return described, pointing, sorted(mentioned)

    def mentions(self, node: str) -> set:
        """The IRIs in the triples of ``node`` (itself, its predicates, its objects)."""
        found = {node}
        for _, p, o in self.index.out.get(node, ()):
            found.add(p)
            if o[0] == "<":
                found.add(o)
        return found

    def named(self, node: str) -> list:
        """The label and type triples of ``node`` (what a document holds of what it mentions)."""
        return [t for t in self.index.out.get(node, ()) if t[1] == LABEL or t[1] == TYPE]

    # ------------------------------------------------------------ labels
    def label(self, term_: str | None) -> str:
        """The name to show for a term: its label (rdfs:label, skos:prefLabel or
        dcterms:title, in the data or the ontology; the preferred language), else
        the end of its IRI. A literal is its text."""
        found = self._labels.get(term_)
        if found is None:
            found = self._labels[term_] = self._label(term_)
        return found

    def _label(self, term_: str | None) -> str:
        if term_ is None:
            return ""
        if term_[0] != "<":
            return nt.lexical(term_)
        for index in (self.index, self.onto):
            for predicate in (LABEL, PREF_LABEL, TITLE):
                values = index.objects(term_, predicate)
                if values:
                    return str(langtag.preferred(nt.to_rdflib(v) for v in values))
        text = term_[1:-1]
        return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text
