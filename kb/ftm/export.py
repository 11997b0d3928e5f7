"""`kb export --format ftm`: the knowledge base as FollowTheMoney entities,
one JSON object a line, sorted by id; every line is checked with the
followthemoney library (a value it would reject is a bug here, and raises).

The mapping of kb/ftm/mapping.yaml is read backwards, so an imported file
comes back with every property the import mapped. Curated entities get the
FtM schema nearest their class (an armed group is an Organization) and the id
``agkb-<id>``; curated facts carry their source document's address
(``sourceUrl``) and dates. States are not entities in FtM: as values they become
country codes (kb/ftm/states.yaml), and a state that is a party to a
relation is also a PublicBody with its code as country. What FtM has no schema for (events,
estimates, operations, claims and statements) is left out.
"""

from __future__ import annotations

import json
from urllib.parse import unquote

from followthemoney import model

from .. import nt
from ..namespaces import ID
from .mapping import Mapping, load as load_mapping

A = "https://w3id.org/agkb/ontology#"
ORG = "http://www.w3.org/ns/org#"
# our class -> FtM schema, most specific first
SCHEMA_OF = [
    (f"{A}Directorship", "Directorship"), (f"{ORG}Membership", "Membership"), (f"{A}SanctionsMeasure", "Sanction"),
    (f"{A}Ownership", "Ownership"), (f"{A}FamilyRelation", "Family"), (f"{A}Association", "Associate"),
    (f"{A}Occupancy", "Occupancy"), (f"{A}Control", "Control"), (f"{A}Leadership", "Directorship"),
    (f"{A}ArmsTransfer", "UnknownLink"), (f"{A}Vessel", "Vessel"), (f"{A}Aircraft", "Airplane"),
    (f"{A}Address", "Address"), (f"{ORG}Post", "Position"), (f"{A}Person", "Person"),
    (f"{A}Company", "Company"), (f"{A}GovernmentBody", "PublicBody"), (f"{A}State", "PublicBody"),
    (f"{A}Organisation", "Organization"),
    (f"{A}Actor", "LegalEntity"),
]
SKIP = (f"{A}Territory",)  # country codes in FtM, not entities (a state is also a PublicBody, to be a party)
# curated relations FtM has no schema for: their two parties as an UnknownLink or Directorship
PARTIES = {f"{A}ArmsTransfer": (f"{A}supplier", f"{A}recipient", "arms transfer"),
           f"{A}Leadership": (f"{A}leader", f"{A}ledOrganisation", "leader")}
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
URL = "<https://schema.org/url>"
PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>"


def ftm_id(iri: str) -> str | None:
    """The FtM id of one of our nodes: an imported entity keeps its own; a
    curated one is agkb-<id>; anything else has none."""
    text = iri[1:-1] if iri.startswith("<") else iri
    base = str(ID)
    if text.startswith(base + "ftm/") and "/" not in text[len(base) + 4:]:
        return unquote(text[len(base) + 4:])
    rest = text[len(base):] if text.startswith(base) else ""
    return f"agkb-{rest}" if rest and "/" not in rest else None


def _value(term: str) -> str:
    return nt.lexical(term)


class Exporter:
    """Reads the triples once (grouped by subject) and writes entities."""

    def __init__(self, triples, mapping: Mapping | None = None):
        self.mapping = mapping or load_mapping()
        self.by_subject: dict = {}
        for s, p, o in triples:
            self.by_subject.setdefault(s, {}).setdefault(p, []).append(o)
        self.schema_of = {}
        for node, props in self.by_subject.items():
            types = {t[1:-1] for t in props.get(nt.TYPE, ())}
            if ftm_id(node) is None or types & set(SKIP):
                continue
            for cls, schema in SCHEMA_OF:
                if cls in types:
                    self.schema_of[node] = schema
                    break
        self.inverse: dict = {}  # predicate -> [PropertyMap]
        for pm in self.mapping.properties.values():
            self.inverse.setdefault(f"<{pm.predicate}>", []).append(pm)
            if pm.due:  # a sanction's scheduled end date is FtM's end date too
                self.inverse.setdefault(f"<{pm.due}>", []).append(pm)

    def label(self, node: str) -> str | None:
        props = self.by_subject.get(node, {})
        values = sorted(props.get(LABEL, []) + props.get(PREF, []))
        english = [v for v in values if v.endswith("@en")]
        return _value((english or values)[0]) if values else None

    def _choose(self, schema, candidates):
        """The mapping entry for ``schema`` among ``candidates``: the one whose
        property the schema has, defined deepest in the schema tree."""
        found = []
        for pm in candidates:
            owner, name = pm.qname.split(":")
            prop = schema.properties.get(name)
            if prop is not None and prop.qname == pm.qname and not prop.stub:
                found.append((len(list(prop.schema.schemata)), pm))
        return max(found, key=lambda x: x[0])[1] if found else None

    def entity(self, node: str) -> dict | None:
        """One node as an FtM entity dict, or None when FtM has no schema for it."""
        name = self.schema_of.get(node)
        if name is None:
            return None
        schema = model.get(name)
        props = self.by_subject[node]
        out: dict = {}
        context: dict = {}

        def put(prop: str, value: str | None):
            if value is not None and value not in out.setdefault(prop, []):
                out[prop].append(value)

        for predicate, objects in sorted(props.items()):
            pm = self._choose(schema, self.inverse.get(predicate, []))
            if pm is None:
                continue
            prop = pm.qname.split(":")[1]
            for obj in sorted(objects):
                if pm.kind in ("names", "name", "text", "string", "date", "percentage", "count"):
                    put(prop, _value(obj))
                elif pm.kind == "country":
                    place = self.mapping.place_of_iri(obj[1:-1])
                    put(prop, place.code if place else None)
                elif pm.kind == "entity":
                    put(prop, ftm_id(obj) if obj in self.schema_of else None)
                elif pm.kind == "wikidata":
                    if obj.startswith("<http://www.wikidata.org/entity/"):
                        put(prop, obj[1:-1].rsplit("/", 1)[1])
                elif pm.kind in ("authority", "programme", "role"):
                    put(prop, self.label(obj))
        if name == "Sanction" and "status" not in out:
            for status in props.get(f"<{A}sanctionsStatus>", []):
                put("status", self.label(status) or status[1:-1].rsplit("#", 1)[1].lower())
        for cls, (left, right, role) in PARTIES.items():
            if f"<{cls}>" in props.get(nt.TYPE, []):
                keys = ("subject", "object") if name == "UnknownLink" else ("director", "organization")
                for key, predicate in zip(keys, (left, right)):
                    for obj in props.get(f"<{predicate}>", []):
                        put(key, ftm_id(obj) if obj in self.schema_of else None)
                put("role", role)
                for date in props.get("<http://purl.org/dc/terms/date>", []):
                    put("date", _value(date))
        if f"<{A}State>" in props.get(nt.TYPE, []):
            place = self.mapping.place_of_iri(node[1:-1])
            put("country", place.code if place else None)
        if schema.is_a("Thing") and "name" not in out and name != "Address":
            put("name", self.label(node))
        for source in props.get(DERIVED, []):
            src = self.by_subject.get(source, {})
            for url in src.get(URL, []):
                put("sourceUrl", url[1:-1])
            for key, predicate in (("first_seen", f"<{A}firstSeen>"), ("last_seen", f"<{A}lastSeen>")):
                for value in src.get(predicate, []):
                    context[key] = _value(value)
            for dataset in src.get("<http://purl.org/dc/terms/isPartOf>", []):
                context.setdefault("datasets", []).append(dataset[1:-1].rsplit("/", 1)[1])
        out = {k: v for k, v in out.items() if v}
        for required in schema.required:
            if required not in out:
                return None  # FtM needs it (e.g. a Sanction's entity) and we have none to give
        return {"id": ftm_id(node), "schema": name, "properties": out, **context}

    def lines(self):
        """Each entity as a JSON line, sorted by id; checked with followthemoney.
        Raises ValueError if the library would drop a value we wrote."""
        entities = [e for e in (self.entity(n) for n in self.schema_of) if e is not None]
        for data in sorted(entities, key=lambda e: e["id"]):
            proxy = model.get_proxy(data, cleaned=False)
            for prop, values in data["properties"].items():
                if len(proxy.get(prop)) != len(values):
                    raise ValueError(f"followthemoney rejects {prop} of {data['id']}: {values}")
            yield json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"


def serialize(triples) -> bytes:
    """The knowledge base (N-Triples triples, kb.nt) as FtM JSON lines."""
    return "".join(Exporter(triples).lines()).encode("utf-8")
