"""Terms as N-Triples strings: the build's working form of the data.

The build handles a million triples, and rdflib terms cost microseconds each to
make, hash and compare. Here a term is the plain ``str`` that N-Triples writes
for it, so a triple is a tuple of three strings: hashing, comparing and
sorting happen in C, and a line of ``dist/kb.nt`` is just ``f"{s} {p} {o} .\\n"``.

- an IRI is ``<http://...>``
- a blank node is ``_:id``
- a literal is ``"lexical"``, ``"lexical"@lang`` or ``"lexical"^^<datatype>``,
  the lexical form escaped as canonical N-Triples does (RDF 1.2 N-Triples,
  section 4): ``\\b \\t \\n \\f \\r \\" \\\\`` as two-character escapes,
  the other control characters (U+0000-U+001F, U+007F) as ``\\uXXXX``, and
  nothing else, so every parser reads the same string back

Literals are in the canonical form stores keep (XSD 1.1 canonical mappings,
as Oxigraph applies them: "300"^^xsd:decimal, not "300.0"; language tags in
lower case), so a SPARQL store loaded with kb.nt returns the published terms.
These are the strings rdflib's ``Term.n3()`` gives for the same terms, except
for those escapes. ``to_rdflib`` and
``from_rdflib`` convert single terms; each keeps a cache, as a build meets the
same terms many times.
"""

from __future__ import annotations

import re

from rdflib import BNode, Literal, URIRef

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
TYPE = f"<{RDF}type>"

_UNESCAPE = re.compile(r"\\(?:([tbnrf\"'\\])|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))")
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def iri(value: str) -> str:
    return f"<{value}>"


_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_ESCAPES.update({chr(c): f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if chr(c) not in _ESCAPES})
_NEEDS_ESCAPE = re.compile('[\x00-\x1f\x7f"\\\\]')


def _escape_match(match) -> str:
    return _ESCAPES[match.group()]


def escape(lexical: str) -> str:
    """A lexical form as it goes between the quotes of an N-Triples literal
    (canonical N-Triples escapes, RDF 1.2 N-Triples section 4)."""
    return _NEEDS_ESCAPE.sub(_escape_match, lexical) if _NEEDS_ESCAPE.search(lexical) else lexical


def canonical_decimal(number) -> str:
    """The XSD 1.1 canonical form of an xsd:decimal (a ``decimal.Decimal``):
    no sign for positives, no leading zeros, no trailing fractional zeros and
    no point for whole numbers ("300", "1.5", "-0.25", "0")."""
    if number == number.to_integral_value():
        return str(int(number))
    text = format(number, "f").rstrip("0")
    return "0" + text if text.startswith(".") else ("-0" + text[1:] if text.startswith("-.") else text)


def canonical_datetime(moment) -> str:
    """The XSD 1.1 canonical form of an xsd:dateTime with a time zone (a
    ``datetime.datetime``): UTC written Z, no trailing fractional zeros."""
    text = moment.replace(tzinfo=None).isoformat()
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    offset = moment.utcoffset()
    if not offset:
        return text + "Z"
    zone = moment.isoformat()[-6:]
    return text + zone


def literal(lexical: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal: plain (``datatype`` None), language-tagged, or typed (an IRI string)."""
    if lang:
        return f'"{escape(lexical)}"@{lang}'
    if datatype:
        return f'"{escape(lexical)}"^^<{datatype}>'
    return f'"{escape(lexical)}"'


def _unescape_match(match) -> str:
    char, short, long = match.groups()
    if char:
        return _ECHAR[char]
    return chr(int(short or long, 16))


def unescape(text: str) -> str:
    return _UNESCAPE.sub(_unescape_match, text) if "\\" in text else text


def split_literal(term: str) -> tuple[str, str | None, str | None]:
    """(lexical form, language or None, datatype IRI or None) of a literal string."""
    end = term.rindex('"')
    lexical = unescape(term[1:end])
    tail = term[end + 1:]
    if not tail:
        return lexical, None, None
    if tail[0] == "@":
        return lexical, tail[1:], None
    return lexical, None, tail[3:-1]


def lexical(term: str) -> str:
    """What ``str()`` of the rdflib term gives: an IRI, a node id or a lexical form."""
    first = term[0]
    if first == "<":
        return term[1:-1]
    if first == "_":
        return term[2:]
    return split_literal(term)[0]


def is_iri(term: str) -> bool:
    return term[0] == "<"


def is_literal(term: str) -> bool:
    return term[0] == '"'


_TO: dict = {}


def to_rdflib(term: str):
    """The rdflib term for an N-Triples term string."""
    found = _TO.get(term)
    if found is None:
        first = term[0]
        if first == "<":
            found = URIRef(term[1:-1])
        elif first == "_":
            found = BNode(term[2:])
        else:
            value, lang, datatype = split_literal(term)
            found = Literal(value, lang=lang, datatype=URIRef(datatype) if datatype else None)
        if len(_TO) > 1_000_000:
            _TO.clear()
        _TO[term] = found
    return found


def from_rdflib(term) -> str:
    """The N-Triples term string for an rdflib term."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if term.language:
        return literal(str(term), lang=term.language)
    if term.datatype is not None:
        return literal(str(term), datatype=str(term.datatype))
    return literal(str(term))


def triples_of(graph) -> list[tuple[str, str, str]]:
    """Every triple of an rdflib graph (or any iterable of rdflib triples) as strings."""
    cache: dict = {}

    def conv(term):
        found = cache.get(term)
        if found is None:
            found = cache[term] = from_rdflib(term)
        return found
    return [(conv(s), conv(p), conv(o)) for s, p, o in graph]


def by_subject(triples) -> dict:
    """The triples grouped in lists by subject (in the order met)."""
    groups: dict = {}
    for triple in triples:
        rows = groups.get(triple[0])
        if rows is None:
            groups[triple[0]] = [triple]
        else:
            rows.append(triple)
    return groups


def line(triple: tuple[str, str, str]) -> str:
    """One N-Triples line, with its line feed."""
    return f"{triple[0]} {triple[1]} {triple[2]} .\n"


def to_graph(triples):
    """An rdflib graph, with our prefixes bound, of N-Triples triples."""
    from rdflib import Graph

    from .namespaces import bind_prefixes

    graph = Graph()
    bind_prefixes(graph)
    graph.addN((to_rdflib(s), to_rdflib(p), to_rdflib(o), graph) for s, p, o in triples)
    return graph
