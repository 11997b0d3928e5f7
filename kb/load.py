"""Load stage: source documents, entity files and fact files into one set of triples.

Triples are tuples of N-Triples term strings (kb.nt), the build's working form.

Every node keeps the file and line it came from (``Loaded.origins``) so that
errors and validation results can point at the YAML a curator edits.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from . import dates, iri, langtag, nt, yamlio
from .errors import KBError
from .namespaces import AGKB, CLAIM, EXCERPT, ID, LINK, OA, SOURCE, STATEMENT
from .project import Project
from .schema import Field, RecordType, Schema
from .gcpause import without_gc

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CLAIM_KEYS_ONLY = {"subject", "property", "value", "as_of"}
_DURATION = re.compile(r"^-?P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$")
_DECIMAL_LIMIT = Decimal(10) ** 20
_LINE_BREAKS = "\n\r\x85\u2028\u2029"
_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_BAD_IN_NAME = re.compile(f"[{_LINE_BREAKS}]")
_NUMBER = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$")
# Names: a name in a script English is not written in is never tagged en (kb.langtag).
_NAME_PATHS = {str(RDFS.label), str(SKOS.altLabel), str(SKOS.prefLabel), str(AGKB.nickname)}


class _T:
    """The terms the loader uses, looked up once: attribute lookup on an rdflib
    namespace runs Python code, and the loader makes millions of triples."""

    AGKB_Claim = AGKB.Claim
    AGKB_Excerpt = AGKB.Excerpt
    AGKB_Statement = AGKB.Statement
    AGKB_about = AGKB.about
    AGKB_evidence = AGKB.evidence
    DCTERMS_isPartOf = DCTERMS.isPartOf
    OA_end = OA.end
    OA_exact = OA.exact
    OA_start = OA.start
    PROV_wasDerivedFrom = PROV.wasDerivedFrom
    RDF_object = RDF.object
    RDF_predicate = RDF.predicate
    RDF_subject = RDF.subject
    RDF_type = RDF.type
    RDFS_label = RDFS.label


# Offsets and counts are xsd:integer: stores such as Oxigraph keep only the
# primitive type of a derived one, and queries must return the published term.
_BOOLEAN, _INTEGER = str(XSD.boolean), str(XSD.integer)
_DECIMAL, _DATE, _DATETIME = str(XSD.decimal), str(XSD.date), str(XSD.dateTime)
_DURATION_DT, _HEX, _LANGUAGE_DT = str(XSD.duration), str(XSD.hexBinary), str(XSD.language)
_LITERAL_KINDS = {RDF.langString: "langString", XSD.string: "string", XSD.boolean: "boolean",
                  XSD.decimal: "decimal", XSD.nonNegativeInteger: "integer", XSD.integer: "integer",
                  XSD.duration: "duration", XSD.date: "date", XSD.dateTime: "dateTime",
                  XSD.hexBinary: "hexBinary", XSD.language: "language"}


@dataclass
class Source:
    """A source document: its metadata file, its text and its date."""

    id: str
    iri: URIRef
    path: Path
    text: str = ""
    issued: dt.date | None = None
    language: str = "en"


@dataclass
class Entry:
    """An id and what it names."""

    id: str
    node: URIRef | None
    claim: URIRef | None
    rtype: RecordType | None
    where: tuple


@dataclass
class Loaded:
    """The loaded triples, where each node came from, and the source documents."""

    triples: set  # (s, p, o) as N-Triples term strings (kb.nt)
    origins: dict = field(default_factory=dict)  # node (N-Triples) -> (file, line of its record)
    key_origins: dict = field(default_factory=dict)  # (node, predicate) -> (file, line of the key)
    sources: dict = field(default_factory=dict)


@without_gc
def load(project: Project, schema: Schema, feed=None, imports: bool = True) -> Loaded:
    """Read a project's seeds/ and facts/ into a set of triples. Raises KBError
    on bad input. ``feed``, if given, is called with the triples in pieces as
    they are made (kb.oxi.Work.feed, so that a store fills while we work).
    ``imports=False`` reads the curated files only: no imports/ and no match
    judgements (which name imported entities); the matcher wants that."""
    return _Loader(project, schema, feed, imports).run()


PARALLEL_READ_FROM = 400  # YAML files; below this, reading them in one process is as quick


def _read_some(loader: "_Loader", paths: list[Path]) -> tuple[list, tuple | None]:
    """The trees of ``paths`` up to the first that fails, and that failure
    as (message, path, line), or None."""
    trees = []
    for path in paths:
        try:
            trees.append(loader.read(path))
        except KBError as error:
            return trees, (error.message, error.path, error.line)
    return trees, None


class _Loader:
    def __init__(self, project: Project, schema: Schema, feed=None, imports: bool = True):
        self.feed = feed
        self.with_imports = imports
        self.new: list = []  # triples not yet passed to ``feed``
        self.iris: dict = {}  # URIRef -> its N-Triples string
        self.dates: dict = {}  # (type, YAML value) -> (N-Triples literal, lexical form), or the DateError
        self.project = project
        self.schema = schema
        self.triples: set = set()
        self.out = Loaded(self.triples)
        self.ids: dict[str, Entry] = {}
        self._rel: dict = {}

    # ------------------------------------------------------------ helpers
    def rel(self, path: Path) -> str:
        found = self._rel.get(path)
        if found is None:
            found = self._rel[path] = self.project.relative(path)
        return found

    def error(self, message: str, where) -> KBError:
        return KBError(message, self.rel(where[0]), where[1])

    def add(self, s: URIRef, p: URIRef, o) -> None:
        """One triple; ``o`` is a URIRef or a literal already in N-Triples form
        (a plain ``str`` from kb.nt), which is how the loader makes literals."""
        iris = self.iris  # one string per IRI, shared by every triple that uses it
        s = iris.get(s) or iris.setdefault(s, f"<{s}>")
        p = iris.get(p) or iris.setdefault(p, f"<{p}>")
        if type(o) is URIRef:
            o = iris.get(o) or iris.setdefault(o, f"<{o}>")
        triple = (s, p, o)
        self.triples.add(triple)
        if self.feed is not None:
            self.new.append(triple)

    def flush(self, size: int = 40_000) -> None:
        """Pass on to ``feed`` the triples added since the last time, once there
        are at least ``size`` of them."""
        if self.feed is not None and self.new and len(self.new) >= size:
            self.feed(self.new)
            self.new = []

    def origin(self, node: URIRef, where) -> None:
        self.out.origins.setdefault(f"<{node}>", (self.rel(where[0]), where[1]))

    def read(self, path: Path):
        """Parse a YAML file; errors name it relative to the project."""
        try:
            return yamlio.load(path, exact=True)
        except KBError as error:
            error.path = self.rel(path)
            raise

    def read_all(self, paths: list[Path]) -> list:
        """Parse the YAML files, in order. With many files, a child process
        (kb/parallel.py) reads every second one meanwhile. The error reported
        is the one in the first bad file, as when reading one by one."""
        if len(paths) < PARALLEL_READ_FROM:
            return [self.read(p) for p in paths]
        from . import parallel

        theirs = parallel.start(lambda: _read_some(self, paths[1::2]))
        mine = _read_some(self, paths[0::2])
        others = theirs()
        trees = []
        for number in range(len(paths)):
            read, failure = mine if number % 2 == 0 else others
            if number // 2 == len(read):  # the file that failed: the first bad one in order
                raise KBError(*failure)
            trees.append(read[number // 2])
        return trees

    def register(self, ident, node, claim, rtype, where) -> None:
        if not isinstance(ident, str) or not ID_PATTERN.match(ident):
            raise self.error(f"id {ident!r} must be lower-case words joined by hyphens, like 'wagner-group'", where)
        if ident in self.ids:
            first = self.ids[ident].where
            raise self.error(f"duplicate id '{ident}': already used at {self.rel(first[0])}:{first[1]}", where)
        self.ids[ident] = Entry(ident, node, claim, rtype, where)

    @staticmethod
    def items(seq, path: Path):
        """(item, (path, line)) for each item of a YAML list."""
        for index, item in enumerate(seq):
            yield item, (path, seq.lines[index])

    def require_map(self, value, what: str, where) -> yamlio.Map:
        if not isinstance(value, yamlio.Map):
            raise self.error(f"{what} must be a mapping of keys to values", where)
        return value

    def as_list(self, value, where):
        if isinstance(value, yamlio.Seq):
            return [(v, (where[0], value.lines[i])) for i, v in enumerate(value)]
        return [(value, where)]

    # ------------------------------------------------------------ run
    def run(self) -> Loaded:
        source_files = sorted(self.project.seeds.glob("*.yaml")) if self.project.seeds.is_dir() else []
        entity_files = sorted((self.project.facts / "entities").rglob("*.yaml"))
        fact_files = sorted((self.project.facts / "sources").rglob("*.yaml"))
        link_files = sorted(p for p in (self.project.facts / "links").rglob("*.yaml")
                            if p.name != "judgements.yaml")  # the match judgements: kb/judgements.py
        if not source_files:
            raise KBError("no source documents: add seeds/<id>.yaml with its text file", self.rel(self.project.seeds))
        trees = iter(self.read_all(source_files + entity_files + fact_files + link_files))
        docs = [(p, next(trees)) for p in source_files]
        entities = [(p, next(trees)) for p in entity_files]
        facts = [(p, next(trees)) for p in fact_files]
        links = [(p, next(trees)) for p in link_files]
        for path, doc in docs:
            self.register_source(path, doc)
        for path, doc in entities:
            self.register_entities(path, doc)
        for path, doc in facts:
            self.register_facts(path, doc)
        for path, doc in links:
            self.register_links(path, doc)
        for path, doc in docs:
            self.convert_source(path, doc)
        for path, doc in entities:
            for item, where in self.items(doc, path):
                self.convert_entity(item, where)
        for path, doc in facts:
            self.convert_facts(path, doc)
            self.flush()
        for path, doc in links:
            for item, where in self.items(doc, path):
                self.convert_link(item, where)
        if self.with_imports:
            self.load_imports()
            self.load_judgements()
        self.flush(0)
        return self.out

    def load_imports(self) -> None:
        """The triples of imports/<dataset>/ (kb import ftm), made at import time."""
        from .ftm import load as imported

        def add(triples):
            self.triples.update(triples)
            if self.feed is not None:
                self.new.extend(triples)
                self.flush()
        found = imported.load(self.project, set(self.ids), add)
        if found:
            self.out.origins = imported.Origins(self.out.origins, found)

    def load_judgements(self) -> None:
        """Identity matches from the curators' judgements (facts/links/judgements.yaml, kb/judgements.py)."""
        from . import judgements

        entities = {i: e.node for i, e in self.ids.items() if e.rtype is not None and e.rtype.record == "entity"}
        found = judgements.triples(self.project, entities)
        for node, where in found.origins.items():
            self.out.origins.setdefault(node, where)
        self.triples.update(found.triples)
        if self.feed is not None:
            self.new.extend(found.triples)
            self.flush()

    # ------------------------------------------------------------ sources
    def register_source(self, path: Path, doc) -> None:
        where = (path, 1)
        doc = self.require_map(doc, "a source document file", where)
        ident = path.stem
        self.register(ident, SOURCE[ident], None, self.schema.types["SourceDocument"], where)
        self.out.sources[ident] = Source(ident, SOURCE[ident], path)

    def convert_source(self, path: Path, doc) -> None:
        rtype = self.schema.types["SourceDocument"]
        source = self.out.sources[path.stem]
        where = (path, doc.line)
        for key in ("text", "sha256", "date", "language", "title"):
            if key not in doc:
                raise self.error(f"source document needs `{key}:`", where)
        try:
            language = langtag.normalize(doc["language"])
        except langtag.TagError as exc:
            raise self.error(f"`language`: {exc}", (path, doc.line_of("language"))) from None
        source.language = language
        text_path = path.parent / str(doc["text"])
        if not text_path.is_file() or text_path.parent != path.parent:
            raise self.error(f"text file '{doc['text']}' not found beside {path.name}", (path, doc.line_of("text")))
        try:
            source.text = yamlio.read_text(text_path)
        except KBError as error:
            error.path = self.rel(text_path)
            raise
        actual = hashlib.sha256(text_path.read_bytes()).hexdigest()
        if str(doc["sha256"]) != actual:
            raise self.error(f"sha256 does not match {text_path.name} (its sha256 is {actual}); "
                             "source texts must stay unchanged so that excerpt offsets stay valid",
                             (path, doc.line_of("sha256")))
        bad = _BAD_TEXT.search(source.text)  # its excerpts are published in HTML and SPARQL XML results
        if bad is not None:
            line = source.text.count("\n", 0, bad.start()) + 1
            raise self.error(f"contains U+{ord(bad.group()):04X}, a character that published text cannot hold "
                             "(HTML and XML refuse it); remove it from the text and record its new sha256",
                             (text_path, line))
        try:
            issued = dt.date.fromisoformat(doc["date"]) if isinstance(doc["date"], str) else None
        except ValueError:
            issued = None
        if issued is None or len(doc["date"]) != 10:
            raise self.error(f"source `date` is its publication day, YYYY-MM-DD, not {doc['date']!r}",
                             (path, doc.line_of("date")))
        source.issued = issued
        self.origin(source.iri, where)
        self.add(source.iri, _T.RDF_type, rtype.cls)
        for key, value in doc.items():
            self.set_field(source.iri, rtype, key, value, (path, doc.line_of(key)), lang=language)
        self.add(source.iri, _T.RDFS_label, nt.literal(str(doc["title"]), lang=language))

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

    @staticmethod
    def suggest(word: str, options) -> str:
        close = difflib.get_close_matches(word, list(options), n=1)
        return f" (did you mean '{close[0]}'?)" if close else ""

    def convert_entity(self, item, where) -> None:
        entry = self.ids[item["id"]]
        node, rtype = entry.node, entry.rtype
        self.origin(node, where)
        self.add(node, _T.RDF_type, rtype.cls)
        for key, value in item.items():
            if key in ("id", "type"):
                continue
            key_where = (where[0], item.line_of(key))
            fld = self.field(rtype, key, key_where)
            if fld.sourced_only:
                raise self.error(f"`{key}` must come from a source: state it as an Attribute claim "
                                 f"(subject: {item['id']}, property: {key}) in a facts/sources/ file", key_where)
            self.set_field(node, rtype, key, value, key_where)

    def field(self, rtype: RecordType, key: str, where) -> Field:
        fld = rtype.fields.get(key)
        if fld is None:
            raise self.error(f"unknown key '{key}' for {rtype.name}{self.suggest(key, rtype.fields)}; "
                             f"allowed: {', '.join(sorted(rtype.fields))}", where)
        return fld

    # ------------------------------------------------------------ values
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
        match = _BAD_TEXT.search(value)
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
            raise self.error(f"`{fld.key}`: unknown id '{value}'{self.suggest(value, options)}{hint}", where)
        if _T.AGKB_Claim in fld.classes:
            if entry.claim is None:
                raise self.error(f"`{fld.key}`: '{value}' is not a claim; name an id from a `claims:` list", where)
            return entry.claim
        if entry.node is None:
            return entry.claim
        return entry.node

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
        self.add(node, _T.RDF_type, rtype.cls)
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
        self.add(claim, _T.RDF_type, _T.AGKB_Claim)
        self.add(claim, _T.PROV_wasDerivedFrom, source.iri)
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
        self.add(node, _T.RDF_type, rtype.cls)
        self.add(node, _T.PROV_wasDerivedFrom, source.iri)
        self.add(entry.claim, _T.AGKB_about, node)
        for key, (value, key_where) in fact_keys.items():
            self.set_field(node, rtype, key, value, key_where, source)
        if "label" not in fact_keys:
            self.add(node, _T.RDFS_label, nt.literal(str(item["says"]), lang="en"))
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
        self.add(claim, _T.RDF_subject, subject.node)
        self.add(claim, _T.RDF_predicate, fld.path)
        self.add(claim, _T.RDF_object, values[0])
        self.add(claim, _T.AGKB_about, subject.node)
        if "as_of" in item:
            self.set_field(claim, self.schema.types["Claim"], "as_of", item["as_of"],
                           (where[0], item.line_of("as_of")), source)
        if not fld.claim_only:
            self.add(subject.node, fld.path, values[0])

    def convert_statement(self, item, where, source: Source) -> None:
        entry = self.ids[item["id"]]
        node, rtype = entry.node, entry.rtype
        self.origin(node, where)
        self.add(node, _T.RDF_type, _T.AGKB_Statement)
        self.add(node, _T.PROV_wasDerivedFrom, source.iri)
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

    def evidence(self, owner: URIRef, ident: str, value, where, source: Source) -> None:
        passages = self.as_list(value, where)
        for number, (passage, passage_where) in enumerate(passages, start=1):
            if not isinstance(passage, str) or not passage.strip():
                raise self.error("`evidence` is the exact text of the source, as a string", passage_where)
            start = source.text.find(passage)
            if start < 0:
                raise self.error(f"evidence not found word for word in {source.path.stem}: "
                                 f"{self.closest(passage, source.text)}", passage_where)
            if source.text.find(passage, start + 1) >= 0:
                raise self.error(f"evidence appears {source.text.count(passage)} times in {source.path.stem}; "
                                 "quote more of the sentence so it is found once", passage_where)
            name = ident if len(passages) == 1 else f"{ident}-{number}"
            excerpt = EXCERPT[name]
            self.origin(excerpt, passage_where)
            self.add(owner, _T.AGKB_evidence, excerpt)
            self.add(excerpt, _T.RDF_type, _T.AGKB_Excerpt)
            self.add(excerpt, _T.OA_exact, nt.literal(passage))
            self.add(excerpt, _T.OA_start, nt.literal(str(start), datatype=_INTEGER))
            self.add(excerpt, _T.OA_end, nt.literal(str(start + len(passage)), datatype=_INTEGER))
            self.add(excerpt, _T.DCTERMS_isPartOf, source.iri)

    @staticmethod
    def closest(passage: str, text: str) -> str:
        """Say where the text stops matching, to help fix a copied passage."""
        matcher = difflib.SequenceMatcher(None, passage, text, autojunk=False)
        block = matcher.find_longest_match(0, len(passage), 0, len(text))
        if block.size == 0:
            return "no part of it occurs in the text"
        if block.a > 0:
            return f"it differs before {passage[block.a:block.a + 30]!r}"
        return f"it matches up to {passage[:block.size][-30:]!r}, then the text has " \
               f"{text[block.b + block.size:block.b + block.size + 20]!r}"
