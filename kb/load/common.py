"""The loader's shared parts: its state, the triples it makes, the terms it
uses, and the helpers every stage of the load calls (file and line of
errors, registering ids, reading YAML files).

The load itself runs in two stages on top of this: reading the source
documents in seeds/ (kb/load/sources.py) and reading the facts in facts/
(kb/load/facts.py), with the values of both read by kb/load/values.py;
kb/load/__init__.py puts them together and runs them.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from .. import yamlio
from ..errors import KBError
from ..namespaces import AGKB, OA
from ..project import Project
from ..schema import RecordType, Schema

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Characters that published text cannot hold (HTML and XML refuse them): in a
# source's text (kb/load/sources.py) and in any text value (kb/load/values.py).
BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


class T:
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


class LoaderBase:
    """The loader's state and helpers; the stages (kb/load/values.py,
    sources.py, facts.py) build on it."""

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

    @staticmethod
    def suggest(word: str, options) -> str:
        close = difflib.get_close_matches(word, list(options), n=1)
        return f" (did you mean '{close[0]}'?)" if close else ""
