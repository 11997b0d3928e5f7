"""dist/ontology.html: documentation of the ontology, generated from ontology/.

pyLODE was the first choice; the PyPI release tried here (3.4.1) fails on import
when installed from a wheel (it reads a pyproject.toml that the wheel does not
ship), so this small generator writes the page instead: one anchor per term
(``ontology.html#ArmedGroup``), so links from entity pages land on the term."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from .. import nt
from ..namespaces import AGKB, ONTOLOGY_IRI, PREFIXES
from .site import Site, esc


def _local(term) -> str:
    return str(term)[len(str(AGKB)):]


def _short(term) -> str:
    for prefix, space in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if str(term).startswith(space):
            return f"{prefix}:{str(term)[len(space):]}"
    return str(term)


def render(site: Site) -> bytes:
    onto: Graph = site.ontology
    here = "ontology.html"

    def ref(term) -> str:
        if str(term).startswith(str(AGKB)):
            return f'<a href="#{esc(_local(term))}"><code>{esc(_short(term))}</code></a>'
        return f'<a href="{esc(term)}"><code>{esc(_short(term))}</code></a>'

    def values(term, predicate) -> str:
        return ", ".join(ref(v) for v in sorted(onto.objects(term, predicate)) if isinstance(v, URIRef))

    def entry(term) -> str:
        rows = []
        for name, predicate in (("subclass of", RDFS.subClassOf), ("domain", RDFS.domain), ("range", RDFS.range),
                                ("sub-property of", RDFS.subPropertyOf), ("inverse of", OWL.inverseOf),
                                ("in scheme", SKOS.inScheme)):
            listed = values(term, predicate)
            if listed:
                rows.append(f"<tr><th>{name}</th><td>{listed}</td></tr>")
        subclasses = sorted(onto.subjects(RDFS.subClassOf, term))
        if subclasses:
            rows.append(f"<tr><th>subclasses</th><td>{', '.join(ref(s) for s in subclasses)}</td></tr>")
        members = sorted(onto.subjects(RDF.type, term))
        if members:
            rows.append(f"<tr><th>values</th><td>{', '.join(ref(m) for m in members)}</td></tr>")
        definition = onto.value(term, SKOS.definition)
        return (f'<section id="{esc(_local(term))}"><h3>{esc(site.docs.label(nt.iri(str(term))))} <code>{esc(_short(term))}</code></h3>'
                f"<p>{esc(definition or '')}</p>" + (f"<table>{''.join(rows)}</table>" if rows else "") + "</section>")

    ours = lambda kind: sorted(t for t in set(onto.subjects(RDF.type, kind)) if str(t).startswith(str(AGKB)))  # noqa: E731
    concepts = sorted(t for t in set(onto.subjects(SKOS.inScheme, None)) if str(t).startswith(str(AGKB)))
    schemes = ours(SKOS.ConceptScheme)
    title = onto.value(ONTOLOGY_IRI, DCTERMS.title) or "Ontology"
    body = [f"<h1>{esc(title)}</h1>", f'<p class="iri">{esc(ONTOLOGY_IRI)}</p>',
            f"<p>{esc(onto.value(ONTOLOGY_IRI, DCTERMS.description) or '')}</p>", "<table>",
            f"<tr><th>version</th><td>{esc(onto.value(ONTOLOGY_IRI, OWL.versionInfo))} "
            f"(<code>{esc(onto.value(ONTOLOGY_IRI, OWL.versionIRI))}</code>)</td></tr>",
            f"<tr><th>licence</th><td>{ref(onto.value(ONTOLOGY_IRI, DCTERMS.license))}</td></tr>",
            f'<tr><th>prefix</th><td><code>agkb: &lt;{esc(AGKB)}&gt;</code></td></tr>',
            '<tr><th>as data</th><td><a href="ontology.ttl">ontology.ttl</a> · '
            '<a href="context.jsonld">context.jsonld</a> · <a href="shapes.ttl">shapes.ttl</a></td></tr>',
            "</table>"]
    sections = (("Classes", ours(OWL.Class)), ("Object properties", ours(OWL.ObjectProperty)),
                ("Datatype properties", ours(OWL.DatatypeProperty)), ("Concept schemes", schemes),
                ("Concepts", concepts))
    body.append("<p>" + " · ".join(f'<a href="#{name.lower().replace(" ", "-")}">{name} ({len(terms)})</a>'
                                   for name, terms in sections) + "</p>")
    for name, terms in sections:
        body.append(f'<h2 id="{name.lower().replace(" ", "-")}">{name}</h2>')
        body += [entry(t) for t in terms]
    reused = sorted(t for t in set(onto.subjects(RDFS.isDefinedBy, None))
                    if not str(t).startswith(str(AGKB)) and onto.value(t, RDFS.isDefinedBy) != ONTOLOGY_IRI)
    body.append('<h2 id="reused-terms">Terms reused from other vocabularies</h2>\n<table>')
    body += [f"<tr><th>{ref(t)}</th><td>{esc(onto.value(t, SKOS.definition) or '')}</td></tr>" for t in reused]
    body.append("</table>")
    return site.page(here, str(title), "\n".join(body), alternates=False)
