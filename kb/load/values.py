"""Values: a YAML value under a key of a record (in a source document's
metadata or a fact file) read as the RDF terms of that key's field, as the
shapes in shapes/ define it (kb.schema): literals in their canonical form,
language-tagged text, dates against the source's date, references to ids.
Both stages of the load (kb/load/sources.py, kb/load/facts.py) use it.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from .. import dates, iri, langtag, nt, yamlio
from ..namespaces import AGKB
from ..schema import Field, RecordType
from .common import BAD_TEXT, LoaderBase, T

if TYPE_CHECKING:
    from .sources import Source

_DURATION = re.compile(r"^-?P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$")
_DECIMAL_LIMIT = Decimal(10) ** 20
_LINE_BREAKS = "\n\r\x85\u2028\u2029"
_BAD_IN_NAME = re.compile(f"[{_LINE_BREAKS}]")
_NUMBER = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$")
# Names: a name in a script English is not written in is never tagged en (kb.langtag).
_NAME_PATHS = {str(RDFS.label), str(SKOS.altLabel), str(SKOS.prefLabel), str(AGKB.nickname)}

_BOOLEAN = str(XSD.boolean)
_DECIMAL, _DATE, _DATETIME = str(XSD.decimal), str(XSD.date), str(XSD.dateTime)
_DURATION_DT, _HEX, _LANGUAGE_DT = str(XSD.duration), str(XSD.hexBinary), str(XSD.language)
_LITERAL_KINDS = {RDF.langString: "langString", XSD.string: "string", XSD.boolean: "boolean",
                  XSD.decimal: "decimal", XSD.nonNegativeInteger: "integer", XSD.integer: "integer",
                  XSD.duration: "duration", XSD.date: "date", XSD.dateTime: "dateTime",
                  XSD.hexBinary: "hexBinary", XSD.language: "language"}


class ValueReader(LoaderBase):
    """Reads the value of a key into RDF terms and adds the triples."""

    def field(self, rtype: RecordType, key: str, where) -> Field:
        fld = rtype.fields.get(key)
        if fld is None:
            raise self.error(f"unknown key '{key}' for {rtype.name}{self.suggest(key, rtype.fields)}; "
                             f"allowed: {', '.join(sorted(rtype.fields))}", where)
        return fld

    def set_field(self, node, rtype, key, value, where, source: Source | None = None, lang="en") -> None:
        fld = self.field(rtype, key, where)
        for obj in self.values(fld, value, where, source, lang):
            self.add(node, fld.path, obj)
        self.out.key_origins.setdefault((f"<{node}>", f"<{fld.path}>"), (self.rel(where[0]), where[1]))

    def values(self, fld: Field, value, where, source: Source | None = None, lang="en") -> list:
        items = self.as_list(value, where)
        if not fld.many and len(items) != 1:
            raise self.error(f"`{fld.key}` takes one value, not a list", where)
        if value is None or (isinstance(value, list) and not value):
            raise self.error(f"`{fld.key}` is empty; give a value or remove the key", where)
        if fld.source_language and source is not None:
            lang = source.language
        if _LITERAL_KINDS.get(fld.datatype) == "langString":
            out = []
            for item, item_where in items:
                if isinstance(item, yamlio.Map):  # {ru: Аркадий Воронин, uk: ...}: text by language
                    out.extend(self.tagged(fld, item, item_where))
                else:
                    out.append(self.value(fld, item, item_where, source, lang))
            return out
        return [self.value(fld, item, item_where, source, lang) for item, item_where in items]

    def tagged(self, fld: Field, texts: yamlio.Map, where) -> list:
        """``{ru: Аркадий Воронин}``: a text in each language given as a key."""
        if not texts:
            raise self.error(f"`{fld.key}`: an empty mapping; write {{language: text}}, e.g. {{ru: Аркадий}}", where)
        out = []
        for key, text in texts.items():
            key_where = (where[0], texts.line_of(key))
            try:
                tag = langtag.normalize(key)
            except langtag.TagError as exc:
                raise self.error(f"`{fld.key}`: {exc}", key_where) from None
            out.append(self.literal(fld, text, key_where, tag))
        return out

    def value(self, fld: Field, value, where, source: Source | None, lang: str):
        if isinstance(value, (yamlio.Map, yamlio.Seq)):
            raise self.error(f"`{fld.key}` takes a plain value, not a nested list or mapping", where)
        if value is None:
            raise self.error(f"`{fld.key}` has an empty value", where)
        if fld.kind == "ref":
            return self.ref(fld, value, where)
        if fld.kind == "external":
            problem = iri.http_problem(value)
            if problem is not None:
                raise self.error(f"`{fld.key}` takes an http or https address (RFC 3987), and {value!r} is not "
                                 f"one: {problem}", where)
            return URIRef(value)
        if fld.kind == "date":
            key = (type(value), value)  # the same dates recur: parse each once
            found = self.dates.get(key)
            if found is None:
                try:
                    parsed = dates.parse(value)
                    found = self.dates[key] = (nt.from_rdflib(parsed), str(parsed))
                except dates.DateError as exc:
                    found = self.dates[key] = exc
            if isinstance(found, dates.DateError):
                raise self.error(f"`{fld.key}`: {found}", where)
            parsed_nt, parsed = found
            if source is not None and source.issued is not None and parsed > source.issued.isoformat():
                raise self.error(f"`{fld.key}` {parsed} is after the source's date {source.issued}: a source cannot "
                                 "report what had not happened yet; check the year, or resolve the relative date "
                                 "against the source's date", where)
            return parsed_nt
        return self.literal(fld, value, where, lang)

    def literal(self, fld: Field, value, where, lang: str) -> str:
        """The value as an N-Triples literal (kb.nt) in the canonical form
        every store keeps (kb.nt.canonical), read from the text the curator
        wrote: a plain scalar YAML 1.1 would take for a number, boolean or
        date (yamlio.Plain) is read as what the field means, never as what
        YAML guessed."""
        dtype = fld.datatype
        kind = _LITERAL_KINDS.get(dtype)  # one lookup, not a chain of rdflib comparisons
        guess = value.guess if type(value) is yamlio.Plain else None
        problem = None
        if kind == "langString" or kind == "string":
            if guess is not None:
                raise self.error(f"`{fld.key}`: YAML reads {value} as a {guess}, but this key takes text; "
                                 f"quote it: \"{value}\"", where)
            if not isinstance(value, str):
                problem = "text"
            elif not value.strip():
                raise self.error(f"`{fld.key}` is empty; give some text or remove the key", where)
            else:
                self.check_text(fld, value, where)
                if kind == "string":
                    return nt.literal(value)
                try:
                    langtag.check(lang, value, name=str(fld.path) in _NAME_PATHS)
                except langtag.TagError as exc:
                    raise self.error(f"`{fld.key}`: {exc}", where) from None
                return nt.literal(value, lang=lang)
        elif kind == "boolean":
            if guess == "boolean" and value.lower() in ("true", "false"):
                return nt.literal(value.lower(), datatype=_BOOLEAN)
            problem = "true or false" + (" (YAML 1.1 would read yes/no/on/off as booleans; write true or false)"
                                         if guess == "boolean" else "")
        elif kind == "decimal" or kind == "integer":
            if guess not in (None, "number") or not isinstance(value, str):
                problem = "a number"
            elif not _NUMBER.match(value.strip()):
                problem = "a number written without separators, in digits, like 50000 or 2.5"
            else:
                number = Decimal(value.strip())  # every digit written: no float, no octal
                if kind == "integer":
                    if number != number.to_integral_value() or number < 0:
                        problem = "a whole number, 0 or more"
                    else:
                        return nt.literal(str(int(number)), datatype=str(dtype))
                elif -number.as_tuple().exponent > 18 or abs(number) >= _DECIMAL_LIMIT:
                    problem = ("a decimal with at most 18 digits after the point and 20 before it "
                               "(what SPARQL stores compute with exactly)")
                else:
                    return nt.literal(nt.canonical_decimal(number), datatype=_DECIMAL)
        elif kind == "duration":
            if isinstance(value, str) and _DURATION.match(value):
                return nt.literal(value, datatype=_DURATION_DT)
            problem = "an ISO 8601 duration such as P1M"
        elif kind == "date":
            try:
                day = dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
            except ValueError:
                day = None
            if day is not None:
                return nt.literal(day.isoformat(), datatype=_DATE)
            problem = "a date, YYYY-MM-DD"
        elif kind == "dateTime":
            try:
                moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else None
            except ValueError:
                moment = None
            if moment is not None and moment.tzinfo is not None:
                return nt.literal(nt.canonical_datetime(moment), datatype=_DATETIME)
            problem = "a date and time with a time zone, like 2026-01-02T03:04:05Z"
        elif kind == "hexBinary":
            if isinstance(value, str) and re.fullmatch(r"[0-9a-f]+", value) and len(value) % 2 == 0:
                return nt.literal(value, datatype=_HEX)
            problem = "lower-case hexadecimal digits"
        elif kind == "language":
            try:
                return nt.literal(langtag.normalize(value), datatype=_LANGUAGE_DT)
            except langtag.TagError as exc:
                raise self.error(f"`{fld.key}`: {exc}", where) from None
        else:
            raise self.error(f"`{fld.key}` has datatype {dtype}, which the loader does not support", where)
        raise self.error(f"`{fld.key}` must be {problem}, not {value!r}", where)

    def check_text(self, fld: Field, value: str, where) -> None:
        """Refuse, with the file and line, characters that would break a later
        stage or a consumer's tools: lone surrogates (not encodable as UTF-8),
        control characters other than tab and line breaks and the
        noncharacters U+FFFE and U+FFFF (not allowed in XML, so not in RDF/XML
        or HTML), and in a name (a label or alias) any line break."""
        match = BAD_TEXT.search(value)
        if match is None and str(fld.path) in _NAME_PATHS:
            match = _BAD_IN_NAME.search(value)
        if match is not None:
            char = match.group()
            what = "a line break, which a name cannot hold" if char in _LINE_BREAKS else \
                "a character that published text cannot hold"
            raise self.error(f"`{fld.key}` contains U+{ord(char):04X}, {what}; remove it", where)

    def ref(self, fld: Field, value, where) -> URIRef:
        if not isinstance(value, str):
            raise self.error(f"`{fld.key}` takes an id, not {value!r}", where)
        concept = self.schema.concept(fld.classes, value)
        if concept is not None:
            return concept
        entry = self.ids.get(value)
        if entry is None:
            options = list(self.ids) + self.schema.concept_keys(fld.classes)
            concepts = self.schema.concept_keys(fld.classes)
            hint = f"; use one of: {', '.join(concepts)}" if concepts else ""
            if value.startswith("ftm:"):
                hint = ("; a fact cannot cite an imported (FtM) entity: name one of ours, and join the two with a "
                        "match judgement (`kb match`, then `kb review accept`; facts/links/judgements.yaml)")
                raise self.error(f"`{fld.key}`: unknown id '{value}'{hint}", where)
            raise self.error(f"`{fld.key}`: unknown id '{value}'{self.suggest(value, options)}{hint}", where)
        if T.AGKB_Claim in fld.classes:
            if entry.claim is None:
                raise self.error(f"`{fld.key}`: '{value}' is not a claim; name an id from a `claims:` list", where)
            return entry.claim
        if entry.node is None:
            return entry.claim
        return entry.node
