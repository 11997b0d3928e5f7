"""The FtM -> knowledge base mapping (kb/ftm/mapping.yaml) and the country
table (kb/ftm/states.yaml), read once into plain lookups.

Terms are written in the YAML as prefixed names (``agkb:Person``,
``schema:birthDate``) and held here as full IRIs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..namespaces import ID, PREFIXES

HERE = Path(__file__).resolve().parent
KINDS = {"names", "name", "text", "string", "date", "country", "entity", "record_url", "wikidata",
         "authority", "programme", "role", "percentage", "count"}


@dataclass(frozen=True)
class PropertyMap:
    """Where one FtM property goes: ``predicate`` (an IRI), the kind of value
    (see mapping.yaml), for references the groups they may point to, and for
    a sanction's end date the predicate ``due`` of a date still to come."""

    qname: str
    predicate: str
    kind: str
    one: bool = False
    required: bool = False
    range: tuple = ()
    due: str | None = None  # a Sanction's end date still to come goes here (an IRI), not to predicate


@dataclass(frozen=True)
class SchemaMap:
    """Which class an FtM schema becomes (``cls``, an IRI)."""

    name: str
    cls: str
    groups: tuple = ()
    fact: bool = False
    fallback: str | None = None
    default_role: str | None = None


@dataclass(frozen=True)
class Place:
    """What an FtM country code stands for: the entity's IRI, and for codes
    the project has no entity for yet, the class and label of the node the
    build adds (``curated`` False)."""

    code: str
    iri: str
    curated: bool
    cls: str | None = None
    label: str | None = None
    place: bool = True  # False for a code whose entity is not a place (eu)


@dataclass
class Mapping:
    schemata: dict  # FtM schema name -> SchemaMap
    properties: dict  # FtM property qname -> PropertyMap
    lifted: frozenset
    opensanctions_hosts: tuple
    places: dict = field(default_factory=dict)  # FtM country code -> Place
    digest: str = ""  # sha256 of both YAML files: imports record which mapping made them

    def place_of_iri(self, iri: str) -> Place | None:
        """The Place whose IRI is ``iri`` (for export: state -> country code)."""
        if not hasattr(self, "_by_iri"):
            self._by_iri = {}
            for place in self.places.values():
                self._by_iri.setdefault(place.iri, place)
        return self._by_iri.get(iri)


def expand(term: str) -> str:
    """``agkb:Person`` -> its full IRI. Raises ValueError for an unknown prefix."""
    prefix, _, local = term.partition(":")
    if prefix not in PREFIXES or not local:
        raise ValueError(f"unknown prefixed name {term!r} in kb/ftm/mapping.yaml")
    return PREFIXES[prefix] + local


@lru_cache(maxsize=None)
def load(folder: Path = HERE) -> Mapping:
    """Read mapping.yaml and states.yaml from ``folder``. Raises ValueError for
    a term or kind the code does not know (a bug in the data files)."""
    raw = (folder / "mapping.yaml").read_bytes()
    states_raw = (folder / "states.yaml").read_bytes()
    data = yaml.safe_load(raw)
    schemata = {}
    for name, spec in data["schemata"].items():
        schemata[name] = SchemaMap(name, expand(spec["class"]), tuple(spec.get("groups", ())), bool(spec.get("fact")),
                                   expand(spec["fallback"]) if spec.get("fallback") else None, spec.get("default_role"))
    properties = {}
    for qname, spec in data["properties"].items():
        options = spec[2] if len(spec) > 2 else {}
        if spec[1] not in KINDS:
            raise ValueError(f"unknown kind {spec[1]!r} for {qname} in kb/ftm/mapping.yaml")
        properties[qname] = PropertyMap(qname, expand(spec[0]), spec[1], bool(options.get("one")),
                                        bool(options.get("required")), tuple(options.get("range", ())),
                                        expand(options["due"]) if options.get("due") else None)
    places = {}
    for code, spec in yaml.safe_load(states_raw)["codes"].items():
        if "entity" in spec:
            places[code] = Place(code, f"{ID}{spec['entity']}", True, place=spec.get("place", True))
        else:
            places[code] = Place(code, f"{ID}{spec['id']}", False, expand(f"agkb:{spec['class']}"), spec["label"])
    digest = hashlib.sha256(raw + b"\0" + states_raw).hexdigest()
    return Mapping(schemata, properties, frozenset(data["lifted_statuses"]), tuple(data["opensanctions_hosts"]),
                   places, digest)


def slug(text: str) -> str:
    """A readable, stable IRI segment for a free-text name (an authority, a
    programme, a role): its ASCII-folded words joined by hyphens, then the first
    eight hex digits of its SHA-1, so that two spellings never share a node."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60].strip("-")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{words}-{digest}" if words else digest
