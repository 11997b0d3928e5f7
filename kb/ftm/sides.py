"""The two sides a match compares, as FollowTheMoney entities: our curated
actors and assets (facts/entities/, with what sources state about them), and
the imported ones (imports/<dataset>/). Each :class:`Side` can make an FtM
proxy for nomenklatura's matcher and a snapshot for a curator
(``kb review show``): names with their language and script, type, countries,
dates, identifiers, dataset and record.

Ours are read by the fact loader without imports, with the build's rules
(so classes have their superclasses and identity links give
``skos:exactMatch``), and written as FtM by the exporter (kb/ftm/export.py),
which reads kb/ftm/mapping.yaml backwards: the same mapping both ways. A
curated body with no country of its own takes the country of the state it is
``part_of`` or located in (a ministry ``part_of: russia`` is ``ru``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from followthemoney import model
from rigour.text.scripts import text_scripts

from .. import nt
from ..namespaces import ID
from ..project import Project

A = "https://w3id.org/agkb/ontology#"
NAME_PROPS = ("name", "alias", "weakAlias", "previousName", "firstName", "lastName", "middleName", "fatherName")
COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "flag")
DATE_PROPS = ("birthDate", "incorporationDate")
NOT_MATCHED = {f"<{A}State>", f"<{A}Territory>"}  # states are country codes in FtM, matched through states.yaml
PLACE_OF = ("<http://www.w3.org/ns/org#subOrganizationOf>", "<https://schema.org/location>")


@dataclass
class Side:
    """One entity as the matcher sees it.

    ``ref``: ``wagner-group`` (ours) or ``ftm:<id>``; ``origins``: ``ours``
    or the datasets that hold it (an FtM id is one node in every dataset);
    ``schema``: its FtM schema; ``cls``: our class (local name);
    ``properties``: FtM property -> values; ``langs``: name -> language tag;
    ``where``: file:line of its record."""

    ref: str
    origins: list
    schema: str
    cls: str
    properties: dict = field(default_factory=dict)
    langs: dict = field(default_factory=dict)
    where: str = ""

    @property
    def ours(self) -> bool:
        return self.origins == ["ours"]

    @property
    def label(self) -> str:
        names = self.properties.get("name") or [n for p in NAME_PROPS for n in self.properties.get(p, [])]
        latin = [n for n in names if text_scripts(n) <= {"Latin"}]
        return (latin or names or [self.ref])[0]

    def proxy(self):
        """The FtM entity (followthemoney EntityProxy) nomenklatura compares.
        Its id is the ref and a digest of the values: nomenklatura caches an
        entity's names by id, so changed values must make another id."""
        digest = hashlib.sha1(json.dumps([self.schema, self.properties], sort_keys=True).encode()).hexdigest()
        return model.get_proxy({"id": f"{self.ref}#{digest[:16]}", "schema": self.schema,
                                "properties": self.properties}, cleaned=False)

    def snapshot(self) -> dict:
        """What a curator reads, as plain data (kept in the candidates file)."""
        names = []
        for prop in NAME_PROPS:
            for text in self.properties.get(prop, []):
                names.append({"name": text, "lang": self.langs.get(text, ""), "script": script_of(text),
                              "property": prop})
        out = {"ref": self.ref, "origins": list(self.origins), "schema": self.schema, "class": self.cls,
               "names": names, "where": self.where}
        for key, props in (("countries", COUNTRY_PROPS), ("dates", DATE_PROPS)):
            found = {p: list(self.properties[p]) for p in props if self.properties.get(p)}
            if found:
                out[key] = found
        skip = set(NAME_PROPS) | set(COUNTRY_PROPS) | set(DATE_PROPS) | {"wikidataId"}
        ids = {p: list(v) for p, v in sorted(self.properties.items()) if p not in skip and v}
        if ids:
            out["identifiers"] = ids
        if self.properties.get("wikidataId"):
            out["wikidata"] = list(self.properties["wikidataId"])
        return out


def script_of(text: str) -> str:
    """The script(s) of a name, as rigour names them: ``Cyrillic``, ``Latin+Han``."""
    return "+".join(sorted(text_scripts(text))) or "none"


def matchable(schema_name: str) -> bool:
    """Actors (FtM LegalEntity and below) and assets (vessels, aircraft) are matched."""
    schema = model.get(schema_name)
    return schema is not None and (schema.is_a("LegalEntity") or schema.is_a("Asset"))


# ---------------------------------------------------------------- ours
def ours(project: Project) -> list[Side]:
    """Our curated actors and assets, in id order. Raises KBError when the
    curated files do not load (as `kb build` would)."""
    from .. import rules
    from ..load import load
    from ..oxi import Work
    from ..schema import Schema, read_graph
    from .export import Exporter

    ontology = read_graph(project.ontology)
    schema = Schema(read_graph(project.shapes), ontology)
    work = Work(None, ontology)
    try:
        loaded = load(project, schema, feed=work.feed, imports=False)
        work.finish()
        triples = set(loaded.triples)
        triples.update(rules.derive(work, project.ontology / "rules"))
    finally:
        work.close()
    exporter = Exporter(triples)
    base = f"<{ID}"
    out = []
    for node, schema_name in exporter.schema_of.items():
        if not node.startswith(base) or "/" in node[len(base):-1] or not matchable(schema_name):
            continue
        props = exporter.by_subject[node]
        if NOT_MATCHED & set(props.get(nt.TYPE, ())):
            continue
        data = exporter.entity(node)
        if data is None:
            continue
        properties = {p: v for p, v in data["properties"].items()
                      if p in NAME_PROPS or p in COUNTRY_PROPS or p in DATE_PROPS or _identifier(schema_name, p)}
        if not any(properties.get(p) for p in COUNTRY_PROPS):
            codes = _countries_of(exporter, props)
            if codes:
                prop = "nationality" if model.get(schema_name).is_a("Person") else "country"
                properties[prop] = codes
        langs = {}
        for predicate in ("<http://www.w3.org/2000/01/rdf-schema#label>",
                          "<http://www.w3.org/2004/02/skos/core#altLabel>"):
            for term in props.get(predicate, ()):
                _, lang, _ = nt.split_literal(term)
                langs.setdefault(nt.lexical(term), lang or "")
        ident = node[len(base):-1]
        where = loaded.origins.get(node)
        classes = sorted(t[len(f"<{A}"):-1] for t in props.get(nt.TYPE, ()) if t.startswith(f"<{A}"))
        cls = _most_specific(classes, ontology)
        out.append(Side(ident, ["ours"], schema_name, cls, properties, langs,
                        f"{where[0]}:{where[1]}" if where else ""))
    return sorted(out, key=lambda s: s.ref)


def _identifier(schema_name: str, prop: str) -> bool:
    found = model.get(schema_name).get(prop)
    return found is not None and (found.type.name == "identifier" or prop == "wikidataId")


def _countries_of(exporter, props: dict) -> list[str]:
    codes = []
    for predicate in PLACE_OF:
        for target in props.get(predicate, ()):
            place = exporter.mapping.place_of_iri(target[1:-1])
            if place is not None and place.code not in codes:
                codes.append(place.code)
    return codes


def _most_specific(classes: list[str], ontology) -> str:
    from rdflib import RDFS, URIRef

    def supers(name):
        return {str(o)[len(A):] for o in ontology.transitive_objects(URIRef(A + name), RDFS.subClassOf)} - {name}

    above = set().union(*(supers(c) for c in classes)) if classes else set()
    specific = [c for c in classes if c not in above]
    return specific[0] if specific else (classes[0] if classes else "Actor")


# ---------------------------------------------------------------- imported
def imported(project: Project, datasets: list[str] | None = None) -> list[Side]:
    """Every imported actor and asset, one Side per FtM id (an id two
    datasets share is one node: its datasets are listed in ``origins`` and
    its values joined), in the order the files hold them."""
    from .entities import stream

    by_ref: dict[str, Side] = {}
    for entity in stream(project, datasets):
        if not matchable(entity.schema):
            continue
        ref = "ftm:" + entity.id
        langs = {text: tag for text, tag, _ in entity.names}
        side = by_ref.get(ref)
        if side is None:
            by_ref[ref] = Side(ref, [entity.dataset], entity.schema, re.split(r"[#:/]", entity.cls)[-1],
                               {p: list(v) for p, v in entity.properties.items()}, langs,
                               f"imports/{entity.dataset}/entities.ftm.json:{entity.line}")
            continue
        if entity.dataset not in side.origins:
            side.origins.append(entity.dataset)
        for prop, values in entity.properties.items():
            have = side.properties.setdefault(prop, [])
            have.extend(v for v in values if v not in have)
        for text, tag in langs.items():
            side.langs.setdefault(text, tag)
    return list(by_ref.values())
