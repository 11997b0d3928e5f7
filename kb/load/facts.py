"""Load stage 2, the facts: the entities in facts/entities/, the claims and
statements in facts/sources/ (each file quoting one source document read in
stage 1, kb/load/sources.py) and the identity links in facts/links/, into
triples.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef

from .. import dates, nt, yamlio
from ..namespaces import CLAIM, ID, LINK, STATEMENT
from ..schema import RecordType
from .common import Entry, T
from .sources import Source, SourceReader

CLAIM_KEYS_ONLY = {"subject", "property", "value", "as_of"}


class FactReader(SourceReader):
    """Reads the entities, claims, statements and identity links."""

    # ------------------------------------------------------------ entities
    def register_entities(self, path: Path, doc) -> None:
        if not isinstance(doc, yamlio.Seq):
            raise self.error("an entity file is a list of entities, each starting with `- id:`", (path, 1))
        entity_types = self.schema.of_record("entity")
        for item, where in self.items(doc, path):
            item = self.require_map(item, "an entity", where)
            rtype = self.record_type(item, entity_types, where, "entity")
            self.register(item.get("id"), ID[item["id"]] if isinstance(item.get("id"), str) else None,
                          None, rtype, (path, item.line_of("id")))

    def record_type(self, item, allowed: dict, where, what: str) -> RecordType:
        if "id" not in item:
            raise self.error(f"every {what} needs an `id:`", where)
        name = item.get("type")
        if name is None:
            raise self.error(f"'{item['id']}' needs a `type:`, one of: {', '.join(sorted(allowed))}", where)
        if name not in allowed:
            raise self.error(f"unknown {what} type '{name}'{self.suggest(str(name), allowed)}; "
                             f"use one of: {', '.join(sorted(allowed))}", (where[0], item.line_of("type")))
        return allowed[name]

    def convert_entity(self, item, where) -> None:
        entry = self.ids[item["id"]]
        node, rtype = entry.node, entry.rtype
        self.origin(node, where)
        self.add(node, T.RDF_type, rtype.cls)
        for key, value in item.items():
            if key in ("id", "type"):
                continue
            key_where = (where[0], item.line_of(key))
            fld = self.field(rtype, key, key_where)
            if fld.sourced_only:
                raise self.error(f"`{key}` must come from a source: state it as an Attribute claim "
                                 f"(subject: {item['id']}, property: {key}) in a facts/sources/ file", key_where)
            self.set_field(node, rtype, key, value, key_where)

    # ------------------------------------------------------------ identity links
    def register_links(self, path: Path, doc) -> None:
        if not isinstance(doc, yamlio.Seq):
            raise self.error("a link file is a list of identity links, each starting with `- id:`", (path, 1))
        rtype = self.schema.types["IdentityLink"]
        for item, where in self.items(doc, path):
            item = self.require_map(item, "an identity link", where)
            if "id" not in item:
                raise self.error("every identity link needs an `id:`", where)
            if item.get("type", "IdentityLink") != "IdentityLink":
                raise self.error("`type` of an identity link is IdentityLink (or leave it out)",
                                 (path, item.line_of("type")))
            ident = item["id"]
            self.register(ident, LINK[ident] if isinstance(ident, str) else None, None, rtype,
                          (path, item.line_of("id")))

    def convert_link(self, item, where) -> None:
        """An identity link: checked against a source document whose quoted
        passage shows the external identifier."""
        entry = self.ids[item["id"]]
        node, rtype = entry.node, entry.rtype
        for key in ("entity", "same_as", "method", "source", "evidence", "checked"):
            if key not in item:
                raise self.error(f"identity link '{item['id']}' needs `{key}:`", where)
        source_where = (where[0], item.line_of("source"))
        source = self.out.sources.get(item["source"]) if isinstance(item["source"], str) else None
        if source is None:
            raise self.error(f"`source`: unknown source document {item['source']!r}"
                             f"{self.suggest(str(item['source']), self.out.sources)}; add it to seeds/ first",
                             source_where)
        entity = self.ids.get(item["entity"]) if isinstance(item["entity"], str) else None
        if entity is None or entity.rtype is None or entity.rtype.record != "entity":
            raise self.error(f"`entity`: {item['entity']!r} is not an entity in facts/entities/"
                             f"{self.suggest(str(item['entity']), [i for i, e in self.ids.items() if e.rtype and e.rtype.record == 'entity'])}",
                             (where[0], item.line_of("entity")))
        self.origin(node, where)
        self.add(node, T.RDF_type, rtype.cls)
        for key, value in item.items():
            key_where = (where[0], item.line_of(key))
            if key in ("id", "type"):
                continue
            if key == "evidence":
                self.evidence(node, item["id"], value, key_where, source)
                continue
            self.set_field(node, rtype, key, value, key_where, source)
        external = str(item["same_as"]).rstrip("/").rsplit("/", 1)[-1]
        passages = [p for p, _ in self.as_list(item["evidence"], where)]
        if not any(isinstance(p, str) and external in p for p in passages):
            raise self.error(f"the evidence must show the identifier {external} as {source.path.stem} prints it; "
                             "quote the passage that names the entity and gives the identifier",
                             (where[0], item.line_of("evidence")))

    # ------------------------------------------------------------ facts, claims, statements
    def register_facts(self, path: Path, doc) -> None:
        doc = self.require_map(doc, "a fact file", (path, 1))
        unknown = set(doc) - {"source", "claims", "statements"}
        if unknown:
            key = sorted(unknown)[0]
            raise self.error(f"unknown top-level key '{key}'; a fact file has `source:`, `claims:` and "
                             "`statements:`", (path, doc.line_of(key)))
        if "source" not in doc:
            raise self.error("a fact file needs `source:`, the id of a document in seeds/", (path, doc.line))
        if doc["source"] not in self.out.sources:
            raise self.error(f"unknown source '{doc['source']}'"
                             f"{self.suggest(str(doc['source']), self.out.sources)}; "
                             "add seeds/<id>.yaml first", (path, doc.line_of("source")))
        fact_types = self.schema.of_record("fact")
        claim_types = {**fact_types, "Claim": self.schema.types["Claim"], "Attribute": self.schema.types["Claim"]}
        for section in ("claims", "statements"):
            value = doc.get(section)
            if value is None:
                continue
            if not isinstance(value, yamlio.Seq):
                raise self.error(f"`{section}` is a list of items, each starting with `- id:`",
                                 (path, doc.line_of(section)))
            for item, where in self.items(value, path):
                item = self.require_map(item, f"an item of `{section}`", where)
                ident = item.get("id")
                id_where = (path, item.line_of("id"))
                if section == "statements":
                    if "id" not in item:
                        raise self.error("every statement needs an `id:`", where)
                    self.register(ident, STATEMENT[ident] if isinstance(ident, str) else None, None,
                                  self.schema.types["Statement"], id_where)
                    continue
                rtype = self.record_type(item, claim_types, where, "claim")
                name = item["type"]
                ok = isinstance(ident, str)
                node = ID[ident] if ok and name not in ("Claim", "Attribute") else None
                self.register(ident, node, CLAIM[ident] if ok else None, rtype, id_where)

    def convert_facts(self, path: Path, doc) -> None:
        source = self.out.sources[doc["source"]]
        for item, where in self.items(doc.get("claims") or [], path):
            self.convert_claim(item, where, source)
        for item, where in self.items(doc.get("statements") or [], path):
            self.convert_statement(item, where, source)

    def convert_claim(self, item, where, source: Source) -> None:
        entry = self.ids[item["id"]]
        claim_type = self.schema.types["Claim"]
        name = item["type"]
        claim = entry.claim
        self.origin(claim, where)
        self.add(claim, T.RDF_type, T.AGKB_Claim)
        self.add(claim, T.PROV_wasDerivedFrom, source.iri)
        fact_keys = {}
        for key, value in item.items():
            key_where = (where[0], item.line_of(key))
            if key in ("id", "type"):
                continue
            if key == "source":
                raise self.error("`source` is set once, at the top of the fact file", key_where)
            if key == "evidence":
                self.evidence(claim, item["id"], value, key_where, source)
            elif key in claim_type.fields and key not in CLAIM_KEYS_ONLY:
                self.set_field(claim, claim_type, key, value, key_where, source)
            elif name == "Attribute" and key in CLAIM_KEYS_ONLY:
                continue  # handled by attribute()
            elif name in ("Claim", "Attribute"):
                if key in CLAIM_KEYS_ONLY:
                    raise self.error(f"`{key}` belongs to Attribute claims; this claim has type {name}", key_where)
                self.field(claim_type, key, key_where)
            else:
                fact_keys[key] = (value, key_where)
        for key in ("says", "evidence"):
            if key not in item:
                raise self.error(f"claim '{item['id']}' needs `{key}:`", where)
        if name == "Attribute":
            self.attribute(item, where, claim, source)
        elif name != "Claim":
            self.fact(entry, item, where, fact_keys, source)

    def fact(self, entry: Entry, item, where, fact_keys: dict, source: Source) -> None:
        node, rtype = entry.node, entry.rtype
        self.origin(node, where)
        self.add(node, T.RDF_type, rtype.cls)
        self.add(node, T.PROV_wasDerivedFrom, source.iri)
        self.add(entry.claim, T.AGKB_about, node)
        for key, (value, key_where) in fact_keys.items():
            self.set_field(node, rtype, key, value, key_where, source)
        if "label" not in fact_keys:
            self.add(node, T.RDFS_label, nt.literal(str(item["says"]), lang="en"))
        self.check_written_date(item, where, source)

    def check_written_date(self, item, where, source: Source) -> None:
        if "date" not in item or "date_as_written" not in item:
            return
        resolved = dates.resolve(str(item["date_as_written"]), source.issued)
        stated = dates.parse(item["date"])
        if resolved is not None and resolved != stated:
            raise self.error(f"`date_as_written` '{item['date_as_written']}' resolves to {resolved} against the "
                             f"source's date {source.issued}, but `date` is {stated}",
                             (where[0], item.line_of("date")))

    def attribute(self, item, where, claim: URIRef, source: Source) -> None:
        for key in ("subject", "property", "value"):
            if key not in item:
                raise self.error(f"an Attribute claim needs `{key}:`", where)
        subject_where = (where[0], item.line_of("subject"))
        subject = self.ids.get(item["subject"]) if isinstance(item["subject"], str) else None
        if subject is None or subject.node is None or subject.rtype is None:
            raise self.error(f"`subject`: unknown entity id {item['subject']!r}"
                             f"{self.suggest(str(item['subject']), self.ids)}", subject_where)
        fld = subject.rtype.fields.get(item["property"]) if isinstance(item["property"], str) else None
        if fld is None or item["property"] in ("label", "description"):
            options = sorted(k for k in subject.rtype.fields if k not in ("label", "description"))
            raise self.error(f"`property`: {subject.rtype.name} has no attribute {item['property']!r}; "
                             f"use one of: {', '.join(options)}", (where[0], item.line_of("property")))
        values = self.values(fld, item["value"], (where[0], item.line_of("value")), source)
        if len(values) != 1:
            raise self.error("an Attribute claim states one value; write one claim per value",
                             (where[0], item.line_of("value")))
        self.add(claim, T.RDF_subject, subject.node)
        self.add(claim, T.RDF_predicate, fld.path)
        self.add(claim, T.RDF_object, values[0])
        self.add(claim, T.AGKB_about, subject.node)
        if "as_of" in item:
            self.set_field(claim, self.schema.types["Claim"], "as_of", item["as_of"],
                           (where[0], item.line_of("as_of")), source)
        if not fld.claim_only:
            self.add(subject.node, fld.path, values[0])

    def convert_statement(self, item, where, source: Source) -> None:
        entry = self.ids[item["id"]]
        node, rtype = entry.node, entry.rtype
        self.origin(node, where)
        self.add(node, T.RDF_type, T.AGKB_Statement)
        self.add(node, T.PROV_wasDerivedFrom, source.iri)
        for key, value in item.items():
            key_where = (where[0], item.line_of(key))
            if key == "id":
                continue
            if key == "source":
                raise self.error("`source` is set once, at the top of the fact file", key_where)
            if key == "evidence":
                self.evidence(node, item["id"], value, key_where, source)
                continue
            if key == "quote":
                for quote, quote_where in self.as_list(value, key_where):
                    if isinstance(quote, str) and quote not in source.text:
                        raise self.error(f"quote not found word for word in {source.path.stem}: "
                                         f"{self.closest(quote, source.text)}", quote_where)
            self.set_field(node, rtype, key, value, key_where, source)
        if "evidence" not in item:
            raise self.error(f"statement '{item['id']}' needs `evidence:`", where)
        self.check_written_date(item, where, source)
