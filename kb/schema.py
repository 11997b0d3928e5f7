"""The YAML fact format, read from the SHACL shapes.

Each node shape with ``agsh:yamlType`` defines a record type; the property
shapes that apply to its class (and to the class's superclasses) define its
keys: ``sh:name`` is the key, ``sh:path`` the predicate, ``sh:datatype`` or
``sh:class`` the kind of value, ``sh:maxCount 1`` a single value. The shapes are
the one definition of the format, so the loader and the validator cannot drift.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS, XSD

from .errors import KBError
from .namespaces import AGSH


@dataclass
class Field:
    """One YAML key of a record type."""

    key: str
    path: URIRef
    kind: str  # "ref", "date", "literal" or "external"
    datatype: URIRef | None = None
    classes: frozenset = frozenset()
    many: bool = True
    sourced_only: bool = False
    claim_only: bool = False
    source_language: bool = False
    message: str = ""


@dataclass
class RecordType:
    """A value of the YAML ``type:`` key and the keys it accepts."""

    name: str
    cls: URIRef
    record: str
    fields: dict[str, Field] = field(default_factory=dict)


def slug(text: str) -> str:
    """Lower-case, hyphenated form of a label: "press briefing" -> "press-briefing"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def read_graph(folder: Path) -> Graph:
    """Parse every ``.ttl`` file in a folder into one graph, in name order."""
    graph = Graph()
    for path in sorted(folder.glob("*.ttl")):
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises many types for bad Turtle
            raise KBError(f"cannot parse Turtle: {' '.join(str(exc).split())}", path) from None
    return graph


class Schema:
    """Record types, keys and controlled vocabularies of the fact format."""

    def __init__(self, shapes: Graph, ontology: Graph):
        self.shapes = shapes
        self.ontology = ontology
        self.types: dict[str, RecordType] = {}
        self._build()
        self.concepts = self._concepts()

    def superclasses(self, cls: URIRef) -> list[URIRef]:
        """``cls`` and every class above it, nearest first."""
        seen, queue = [], [cls]
        while queue:
            current = queue.pop(0)
            if current in seen:
                continue
            seen.append(current)
            queue.extend(sorted(self.ontology.objects(current, RDFS.subClassOf)))
        return seen

    def _property_shapes(self, cls: URIRef):
        for klass in self.superclasses(cls):
            for node_shape in sorted(self.shapes.subjects(SH.targetClass, klass)):
                yield from sorted(self.shapes.objects(node_shape, SH.property))

    def _build(self) -> None:
        g = self.shapes
        for node_shape in sorted(g.subjects(AGSH.yamlType, None)):
            name = str(g.value(node_shape, AGSH.yamlType))
            cls = g.value(node_shape, SH.targetClass)
            record = str(g.value(node_shape, AGSH.record))
            rtype = RecordType(name, cls, record)
            shapes = list(self._property_shapes(cls))
            # Named shapes first: unnamed ones only add constraints to a named key.
            for shape in sorted(shapes, key=lambda s: g.value(s, SH.name) is None):
                self._add_field(rtype, shape)
            self.types[name] = rtype

    def _add_field(self, rtype: RecordType, shape: URIRef) -> None:
        g = self.shapes
        path = g.value(shape, SH.path)
        classes = frozenset(g.objects(shape, SH["class"]))
        datatype = g.value(shape, SH.datatype)
        max_count = g.value(shape, SH.maxCount)
        flag = lambda p: g.value(shape, p) == Literal(True)  # noqa: E731
        name = g.value(shape, SH.name)
        if name is None:
            # Unnamed shapes add constraints to a key another shape names.
            for existing in rtype.fields.values():
                if existing.path == path:
                    existing.classes |= classes
                    existing.many = existing.many and max_count != Literal(1)
            return
        key = str(name)
        if flag(AGSH.datePrecision):
            kind = "date"
        elif flag(AGSH.external):
            kind = "external"
        elif datatype is not None:
            kind = "literal"
        else:
            kind = "ref"
        new = Field(key, path, kind, datatype, classes, max_count != Literal(1),
                    flag(AGSH.sourcedOnly), flag(AGSH.claimOnly), flag(AGSH.sourceLanguage),
                    str(g.value(shape, SH.message) or ""))
        old = rtype.fields.get(key)
        if old is None:
            rtype.fields[key] = new
        elif old.path != path:
            raise KBError(f"shapes give key '{key}' of {rtype.name} two paths, {old.path} and {path}")
        else:
            old.classes |= classes
            old.many = old.many and new.many
            old.sourced_only = old.sourced_only or new.sourced_only

    def _concepts(self) -> dict[URIRef, dict[str, URIRef]]:
        """Concepts declared in the ontology, by class, keyed by slug of label."""
        out: dict[URIRef, dict[str, URIRef]] = {}
        for concept, _, cls in self.ontology.triples((None, RDF.type, None)):
            label = self.ontology.value(concept, SKOS.prefLabel)
            if label is not None:
                out.setdefault(cls, {})[slug(str(label))] = concept
        return out

    def concept(self, classes, key: str) -> URIRef | None:
        for cls in classes:
            found = self.concepts.get(cls, {}).get(key)
            if found is not None:
                return found
        return None

    def concept_keys(self, classes) -> list[str]:
        return sorted(k for cls in classes for k in self.concepts.get(cls, {}))

    def of_record(self, record: str) -> dict[str, RecordType]:
        return {name: t for name, t in self.types.items() if t.record == record}


def is_literal_type(datatype: URIRef | None) -> bool:
    return datatype is not None and (str(datatype).startswith(str(XSD)) or datatype == RDF.langString)
