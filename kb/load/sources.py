"""Load stage 1, the sources: the source documents in seeds/ (metadata, the
text beside it, its sha256, date and language), the characters a published
text may hold, and the excerpts of a text that facts quote as evidence, with
their offsets in it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import XSD

from .. import langtag, nt, yamlio
from ..errors import KBError
from ..namespaces import EXCERPT, SOURCE
from .common import BAD_TEXT, T
from .values import ValueReader

# Offsets are xsd:integer: stores such as Oxigraph keep only the
# primitive type of a derived one, and queries must return the published term.
_INTEGER = str(XSD.integer)


@dataclass
class Source:
    """A source document: its metadata file, its text and its date."""

    id: str
    iri: URIRef
    path: Path
    text: str = ""
    issued: dt.date | None = None
    language: str = "en"


class SourceReader(ValueReader):
    """Reads the source documents and the evidence quoted from them."""

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
        bad = BAD_TEXT.search(source.text)  # its excerpts are published in HTML and SPARQL XML results
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
        self.add(source.iri, T.RDF_type, rtype.cls)
        for key, value in doc.items():
            self.set_field(source.iri, rtype, key, value, (path, doc.line_of(key)), lang=language)
        self.add(source.iri, T.RDFS_label, nt.literal(str(doc["title"]), lang=language))

    # ------------------------------------------------------------ evidence: excerpts of a source's text
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
            self.add(owner, T.AGKB_evidence, excerpt)
            self.add(excerpt, T.RDF_type, T.AGKB_Excerpt)
            self.add(excerpt, T.OA_exact, nt.literal(passage))
            self.add(excerpt, T.OA_start, nt.literal(str(start), datatype=_INTEGER))
            self.add(excerpt, T.OA_end, nt.literal(str(start + len(passage)), datatype=_INTEGER))
            self.add(excerpt, T.DCTERMS_isPartOf, source.iri)

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
