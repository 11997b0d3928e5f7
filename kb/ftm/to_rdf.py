"""One FtM entity -> N-Triples triples (kb.nt strings), by kb/ftm/mapping.yaml.

Every imported entity or fact gets a node (``https://w3id.org/agkb/id/ftm/<id>``),
a source record (``.../id/record/<dataset>/<id>``: the dataset, the FtM id,
its web address, first and last seen) and a claim (``.../id/claim/ftm/<dataset>/<id>``)
about the node, derived from the record and attributed to the list's
authority: the sanctioning authority for a Sanction, the dataset's authority
for everything else. A ``wikidataId`` becomes an identity link citing the
record, and so does the entity's own id when the dataset is OpenSanctions'.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from dataclasses import dataclass, field
from urllib.parse import quote

from .. import dates, langtag, nt
from ..namespaces import CLAIM, ID, LINK
from .mapping import Mapping, PropertyMap, slug
from .read import Problems, Record

A = "https://w3id.org/agkb/ontology#"
RDF_TYPE = nt.TYPE
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
ATTRIBUTED = "<http://www.w3.org/ns/prov#wasAttributedTo>"
PART_OF = "<http://purl.org/dc/terms/isPartOf>"
IDENTIFIER = "<http://purl.org/dc/terms/identifier>"
URL = "<https://schema.org/url>"
SUB_ORG = "<http://www.w3.org/ns/org#subOrganizationOf>"
ISSUER = "<https://schema.org/legislationPassedBy>"
XSD = "http://www.w3.org/2001/XMLSchema#"
_QID = re.compile(r"^Q[1-9][0-9]*$")
_OS_ID = re.compile(r"^[A-Za-z0-9_.-]+$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")
_IRI_UNSAFE = re.compile(r"[\x00-\x20<>\"{}|^`\\]")
_PERCENT = re.compile(r"^\s*(\d{1,3}(?:\.\d+)?)\s*%?\s*$")
_COUNT = re.compile(r"^\s*(\d{1,3}(?:([ ,])\d{3})?(?:\2\d{3})*|\d+)\s*$")
WHY = {"date": "not a date at day, month or year precision",
       "percentage": "not a percentage from 0 to 100 (60, 60%, 33.5)",
       "count": "not a whole number (1200, 1,200 or 1 200)"}


def _day(value) -> str | None:
    """The day of an FtM ``last_seen`` (YYYY-MM-DDTHH:MM:SS), or None."""
    return value[:10] if isinstance(value, str) and _DATETIME.match(value) else None


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def ident(value: str) -> str:
    """An FtM id as an IRI segment (percent-encoding anything outside A-Z a-z 0-9 - . _ ~)."""
    return quote(value, safe="-._~")


def entity_iri(ftm_id: str) -> str:
    return f"<{ID}ftm/{ident(ftm_id)}>"


def record_iri(dataset: str, ftm_id: str) -> str:
    return f"<{ID}record/{dataset}/{ident(ftm_id)}>"


def claim_iri(dataset: str, ftm_id: str) -> str:
    return f"<{CLAIM}ftm/{dataset}/{ident(ftm_id)}>"


def dataset_iri(dataset: str) -> str:
    return f"<{ID}dataset/{dataset}>"


def safe_iri(url: str) -> str | None:
    """An http(s) address as an N-Triples IRI, characters IRIs forbid
    percent-encoded; None for anything else."""
    if not url.startswith(("http://", "https://")):
        return None
    return "<" + _IRI_UNSAFE.sub(lambda m: "%%%02X" % ord(m.group()), url) + ">"


def language_tag(text: str, lang: str | None = None) -> str:
    """The published tag of a name or text: the language the data gives (an
    FtM ISO 639 code, as BCP 47), unless it cannot fit the script; otherwise
    ``en`` for Latin letters and ``und-<script>`` for any other script
    (kb/langtag.py decides both)."""
    if lang:
        from rigour.langs import iso_639_alpha2

        code = iso_639_alpha2(lang) or lang
        try:
            tag = langtag.normalize(code)
            langtag.check(tag, text)
            return tag
        except langtag.TagError:
            pass
    return langtag.undetermined(text)


@dataclass
class Dataset:
    """What the importer knows about the dataset being converted."""

    name: str
    title: str
    authority: str  # IRI of the actor the list is attributed to
    authorities: dict = field(default_factory=dict)  # FtM authority text -> actor IRI (N-Triples)
    opensanctions: bool = False
    as_of: str | None = None  # the list's date (YYYY-MM-DD, YYYY-MM or YYYY): its version, when a date


class Converter:
    """Turns Records into triples. ``schemata`` maps every FtM id of the file
    to its schema name (read ahead, so references can be checked); problems and
    the country codes used are counted as it goes."""

    def __init__(self, mapping: Mapping, dataset: Dataset, schemata: dict, problems: Problems):
        self.mapping = mapping
        self.dataset = dataset
        self.schemata = schemata
        self.problems = problems
        self.countries: Counter = Counter()
        self.by_schema: Counter = Counter()
        self.dataset_node = dataset_iri(dataset.name)
        self._at: tuple = (0, "")  # (line, FtM id) of the record being converted

    def _drop(self, pm: PropertyMap | str, value, why: str) -> None:
        """Name a dropped value of the record being converted (Problems.note)."""
        name = pm if isinstance(pm, str) else pm.qname.split(":")[1]
        self.problems.note(*self._at, name, value, why)

    # ------------------------------------------------------------ values
    def _literal(self, kind: str, value: str, lang: str | None) -> str | None:
        if kind in ("name", "text", "names"):
            return nt.literal(value, lang=language_tag(value, lang))
        if kind == "string":
            return nt.literal(value)
        if kind == "date":
            try:
                return nt.from_rdflib(dates.parse(value[:10]))
            except dates.DateError:
                return None
        if kind == "percentage":
            match = _PERCENT.match(value)
            number = Decimal(match.group(1)) if match else None
            if number is None or number > 100:
                return None
            return nt.literal(nt.canonical_decimal(number), datatype=f"{XSD}decimal")
        if kind == "count":
            match = _COUNT.match(value)
            if not match:
                return None
            return nt.literal(str(int(re.sub(r"[ ,]", "", match.group(1)))), datatype=f"{XSD}integer")
        raise ValueError(kind)

    def _place(self, pm: PropertyMap, value: str) -> str | None:
        place = self.mapping.places.get(value)
        if place is None or not place.place:
            self.problems.add(f"value {pm.qname}={value} (no state or territory for this country code)")
            self._drop(pm, value, "no state or territory for this country code in kb/ftm/states.yaml")
            return None
        self.countries[value] += 1
        return f"<{place.iri}>"

    def _reference(self, pm: PropertyMap, value: str) -> tuple[str | None, str]:
        """The IRI of the entity ``value`` names, or None and why not."""
        schema = self.schemata.get(value)
        if schema is None:
            self.problems.add(f"reference {pm.qname} (to an entity not in the file)")
            return None, "no entity with this id in the file"
        target = self.mapping.schemata.get(schema)
        if target is None or not set(target.groups) & set(pm.range):
            self.problems.add(f"reference {pm.qname} (to a {schema}, which is not imported as {' or '.join(pm.range)})")
            return None, f"a {schema}, which is not imported as {' or '.join(pm.range)}"
        return entity_iri(value), ""

    def _minted(self, out: list, kind: str, text: str, cls: str, extra=()) -> str:
        node = f"<{ID}ftm/{kind}/{slug(text)}>"
        out.append((node, RDF_TYPE, f"<{cls}>"))
        out.append((node, LABEL, nt.literal(text, lang=language_tag(text))))
        out.append((node, DERIVED, self.dataset_node))
        out.extend((node, p, o) for p, o in extra)
        return node

    # ------------------------------------------------------------ one record
    def convert(self, record: Record) -> list[tuple[str, str, str]]:
        """The triples of one record, or [] when its schema is not mapped or a
        reference a fact needs cannot be imported (both reported)."""
        proxy = record.proxy
        schema = proxy.schema
        sm = self.mapping.schemata.get(schema.name)
        if sm is None:
            self.problems.add(f"schema {schema.name} (no class in the mapping)")
            return []
        ds, fid = self.dataset.name, proxy.id
        self._at = (record.line, fid)
        node, rec, claim = entity_iri(fid), record_iri(ds, fid), claim_iri(ds, fid)
        out: list = []
        values: dict = {}  # PropertyMap -> [(value, lang)]
        for prop, value in proxy.itervalues():
            pm = self.mapping.properties.get(prop.qname)
            if pm is None:
                self.problems.add(f"property {prop.qname} (not in the mapping)")
                continue
            values.setdefault(pm, []).append((value, record.langs.get((prop.name, value))))
        refs: dict = {}
        for pm, items in values.items():  # references first: a fact needs its parties
            if pm.kind != "entity":
                continue
            found = [(v, *self._reference(pm, v)) for v, _ in items]
            resolved = [r for _, r, _ in found if r]
            skipped = pm.required and not resolved
            for value, iri, why in found:
                if iri is None:
                    self._drop(pm, value, why + (f"; the {schema.name} is not imported" if skipped else ""))
            if skipped:
                self.problems.add(f"skipped {schema.name} (its {pm.qname.split(':')[1]} is not an importable entity)")
                return []
            refs[pm] = resolved
        for pm in self.mapping.properties.values():
            if pm.required and pm.qname.split(":")[0] == schema.name and pm not in refs:
                self.problems.add(f"skipped {schema.name} (it has no {pm.qname.split(':')[1]})")
                return []
        self.by_schema[schema.name] += 1
        cls = sm.cls
        attribution = self.dataset.authority
        names: list = []
        for pm, items in values.items():
            if pm.one and len(items) > 1:
                self.problems.add(f"extra value of {pm.qname} (the shapes allow one; the first is kept)", len(items) - 1)
                for value, _ in items[1:]:
                    self._drop(pm, value, f"a second value (one is allowed; the first, {items[0][0]!r}, is kept)")
                items = items[:1]
            predicate = f"<{pm.predicate}>"
            if pm.kind == "names":
                names += items
            elif pm.kind == "entity":
                out += [(node, predicate, r) for r in refs[pm][:1 if pm.one else None]]
            elif pm.kind == "country":
                out += [(node, predicate, p) for p in (self._place(pm, v) for v, _ in items) if p]
            elif pm.kind == "record_url":
                for value, _ in items:
                    iri = safe_iri(value)
                    if iri:
                        out.append((rec, URL, iri))
                    else:
                        self.problems.add(f"value {pm.qname} (not an http or https address)")
                        self._drop(pm, value, "not an http or https address")
            elif pm.kind == "wikidata":
                for value, _ in items:
                    if _QID.match(value):
                        out += self._link(node, rec, "wikidata", f"<http://www.wikidata.org/entity/{value}>")
                    else:
                        self.problems.add(f"value {pm.qname} (not a Wikidata item id)")
                        self._drop(pm, value, "not a Wikidata item id (Q and digits)")
            elif pm.kind == "authority":
                text = items[0][0]
                actor = self.dataset.authorities.get(text)
                attribution = actor or self._minted(out, "authority", text, f"{A}Organisation")
            elif pm.kind == "role" and sm.default_role is None:
                self.problems.add(f"property {pm.qname} (a {schema.name} has no role in the mapping)", len(items))
            elif pm.kind in ("programme", "role"):
                continue  # after the authority, below
            else:
                for value, lang in items:
                    literal = self._literal(pm.kind, value, lang)
                    if literal is None:
                        self.problems.add(f"value {pm.qname} ({WHY[pm.kind]})")
                        self._drop(pm, value, WHY[pm.kind])
                    else:
                        out.append((node, predicate, literal))
        if sm.fact:
            out.append((node, LABEL, nt.literal(f"{schema.label} {fid}", lang="en")))
            self._fact_extras(out, node, schema.name, sm, values, attribution, record.context)
        else:
            out += self._labels(node, names, proxy)
            if sm.fallback:  # a public body belongs to the state it names, else it is an organisation
                owner = next((o for s, p, o in out if p in (f"<{A}country>", f"<{A}registeredIn>")
                              and self._is_organisation(o)), None)
                if owner:
                    out.append((node, SUB_ORG, owner))
                else:
                    cls = sm.fallback
            if self.dataset.opensanctions and _OS_ID.match(fid):
                out += self._link(node, rec, "opensanctions", f"<https://www.opensanctions.org/entities/{fid}/>")
        out.append((node, RDF_TYPE, f"<{cls}>"))
        out.append((node, DERIVED, rec))
        out += self._record(rec, fid, record.context)
        out += [(claim, RDF_TYPE, f"<{A}Claim>"),
                (claim, LABEL, nt.literal(f"Record {fid} of {self.dataset.title} describes "
                                          f"{_a(schema.label.lower())}.", lang="en")),
                (claim, f"<{A}about>", node), (claim, DERIVED, rec), (claim, ATTRIBUTED, attribution)]
        return out

    def _is_organisation(self, iri: str) -> bool:
        place = self.mapping.place_of_iri(iri[1:-1])
        return place is not None and (place.curated or place.cls == f"{A}State")

    def _fact_extras(self, out: list, node: str, schema: str, sm, values: dict, authority: str,
                     context: dict) -> None:
        """imposedBy, legal basis and status of a sanction; the role of a membership."""
        by_kind = {pm.kind: (pm, items) for pm, items in values.items()}
        if schema == "Sanction":
            out.append((node, f"<{A}imposedBy>", authority))
            for text, _ in by_kind.get("programme", (None, []))[1]:
                programme = self._minted(out, "programme", text, f"{A}LegalInstrument", [(ISSUER, authority)])
                out.append((node, f"<{A}legalBasis>", programme))
            statuses = [v.lower() for pm, items in values.items() if pm.qname == "Sanction:status" for v, _ in items]
            lifted = any(word in self.mapping.lifted for status in statuses for word in re.findall(r"[a-z]+", status))
            lifted = self._ended(out, node, values, self.dataset.as_of or _day(context.get("last_seen"))) or lifted
            out.append((node, f"<{A}sanctionsStatus>", f"<{A}{'Lifted' if lifted else 'Imposed'}>"))
        if sm.default_role is not None:
            items = by_kind.get("role", (None, []))[1]
            text = items[0][0] if items else sm.default_role
            role = self._minted(out, "role", text, f"{A}Role")
            out.append((node, "<http://www.w3.org/ns/org#role>", role))

    @staticmethod
    def _ended(out: list, node: str, values: dict, as_of: str | None) -> bool:
        """Whether a sanction's end date (the property mapped with ``due``,
        FtM's Interval:endDate) says it ended: the date is on or before
        ``as_of``, the list's date (dates compared at the coarser precision,
        kb/dates.py), or there is no such date to compare with (conservative: a
        measure that may have ended never reads as current). An end date after
        ``as_of`` is when the measure is due to end: its triple in ``out`` is
        moved to the ``due`` predicate (agkb:scheduledEndDate), so that
        schema:endDate always means ended (mapping.yaml, lifted_statuses)."""
        ended = False
        for pm in values:
            if pm.due is None:
                continue
            predicate = f"<{pm.predicate}>"
            for i, (s, p, o) in enumerate(out):
                if s != node or p != predicate:
                    continue
                if as_of is None or dates.on_or_before(nt.lexical(o), as_of):
                    ended = True
                else:
                    out[i] = (s, f"<{pm.due}>", o)
        return ended

    def _labels(self, node: str, names: list, proxy) -> list:
        """One rdfs:label per language tag (the first name in it), the other
        names skos:altLabel; an entity with no name is labelled with its FtM caption."""
        if not names:
            caption = proxy.caption
            names = [(caption, None)]
        out, tagged = [], set()
        for value, lang in names:
            literal = nt.literal(value, lang=language_tag(value, lang))
            tag = literal.rsplit("@", 1)[1]
            out.append((node, ALT if tag in tagged else LABEL, literal))
            tagged.add(tag)
        return out

    def _link(self, node: str, rec: str, kind: str, external: str) -> list:
        link = f"<{LINK}ftm/{rec[1:-1].split('/record/', 1)[1]}/{kind}>"
        return [(link, RDF_TYPE, f"<{A}IdentityLink>"), (link, f"<{A}linkedEntity>", node),
                (link, f"<{A}externalResource>", external), (link, f"<{A}verificationMethod>",
                                                               f"<{A}IdentifierInRecord>"),
                (link, DERIVED, rec)]

    def _record(self, rec: str, fid: str, context: dict) -> list:
        out = [(rec, RDF_TYPE, f"<{A}SourceRecord>"), (rec, PART_OF, self.dataset_node),
               (rec, IDENTIFIER, nt.literal(fid))]
        for key, predicate in (("first_seen", f"<{A}firstSeen>"), ("last_seen", f"<{A}lastSeen>")):
            value = context.get(key)
            if value is None:
                continue
            if isinstance(value, str) and _DATETIME.match(value):
                out.append((rec, predicate, nt.literal(value[:19], datatype=f"{XSD}dateTime")))
            else:
                self.problems.add(f"value {key} (not a date and time YYYY-MM-DDTHH:MM:SS)")
                self._drop(key, value, "not a date and time YYYY-MM-DDTHH:MM:SS")
        return out
