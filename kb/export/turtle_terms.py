"""How the Turtle writer (kb/export/turtle.py) writes single terms: rdflib's
prefixed names over our bindings, and each IRI's and literal's label and sort
key, made once. Split from turtle.py along the boundary between terms and the
document layout; the tests of turtle.py (tests/test_turtle_fast.py) prove both
against rdflib's writer."""

from __future__ import annotations

import re
import string
from datetime import date

from rdflib import Graph, URIRef
from rdflib.namespace import split_uri
from rdflib.plugins.serializers.longturtle import LongTurtleSerializer
from rdflib.term import _toPythonMapping

from .. import nt
from ..namespaces import bind_prefixes


def _with_prefixes(prefixes: dict | None) -> Graph:
    out = Graph()
    bind_prefixes(out)
    for prefix, namespace in sorted((prefixes or {}).items()):
        out.bind(prefix, namespace, override=True, replace=True)
    return out


class _Fallback(Exception):
    """Something only rdflib's serializer writes right (blank nodes, odd prefixes)."""


RDF = nt.RDF
XSD = nt.XSD
TYPE = nt.TYPE
RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
RDFS_CLASS = "<http://www.w3.org/2000/01/rdf-schema#Class>"
NIL = f"<{RDF}nil>"
XSD_STRING = XSD + "string"
XSD_INTEGER = XSD + "integer"
XSD_BOOLEAN = XSD + "boolean"
XSD_DATE = XSD + "date"
XMLNS = "http://www.w3.org/XML/1998/namespace"

# Integer types whose canonical values are keyed here: the test a value must pass.
_INTEGERS = {XSD_INTEGER: None, XSD + "nonNegativeInteger": (lambda v: v >= 0),
             XSD + "positiveInteger": (lambda v: v > 0), XSD + "nonPositiveInteger": (lambda v: v <= 0),
             XSD + "negativeInteger": (lambda v: v < 0)}
# Datatypes rdflib knows but neither normalises nor orders other than by lexical form.
_AS_STRINGS = {XSD_STRING, XSD + "language", XSD + "anyURI"}
_RECOGNISED = {str(dt) for dt in _toPythonMapping if dt is not None}
_CANONICAL_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]{0,999})")

_NAME_CHARS = string.ascii_letters + string.digits + "_-.%()"
_PLAIN_LOCAL = string.ascii_letters + string.digits + "_-."
_BAD_IRI = re.compile(r'[<>" {}|\\^`]')
_SLASH = re.compile("[/#]")
_PERCENT = LongTurtleSerializer.LOCALNAME_PECRENT_CHARACTER_REQUIRING_ESCAPE_REGEX
# Turtle 1.1's PN_LOCAL: a local name a prefixed name may have (rdflib writes
# some that are not, such as xml:#lang, which parsers read as xml: and a comment).
_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D"
         "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_CHARS = _BASE + "_0-9\\-\u00B7\u0300-\u036F\u203F-\u2040"
_PLX = r"(?:%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])"
_PN_LOCAL = re.compile(f"(?:[{_BASE}_:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?")


_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f]")  # every control character but the line feed
_DECIMAL_LEXICAL = re.compile(r"-?[0-9]+\.[0-9]+")  # what a bare Turtle DECIMAL keeps as its lexical form


def _quote(lexical: str) -> str:
    """A lexical form as a Turtle string: a long (triple-quoted) string when it
    holds a line feed, as rdflib writes it, else N-Triples' own escapes.

    rdflib's long form escapes a closing double quote only when the character
    before it is not a backslash, which is wrong when that backslash is itself
    escaped: a value ending in a backslash and a quote comes out as a doubled
    backslash and four quotes, which every strict parser rejects. Here a closing quote is escaped unless an
    odd number of backslashes (an escape) precedes it, and control characters
    other than the line feed are escaped as in N-Triples."""
    if "\n" not in lexical:
        return f'"{nt.escape(lexical)}"'
    encoded = lexical.replace("\\", "\\\\")
    if '"""' in lexical:
        encoded = encoded.replace('"""', '\\"\\"\\"')
    if encoded[-1] == '"':
        backslashes = len(encoded[:-1]) - len(encoded[:-1].rstrip("\\"))
        if backslashes % 2 == 0:
            encoded = encoded[:-1] + '\\"'
    if _CONTROL.search(encoded):
        encoded = _CONTROL.sub(lambda m: nt.escape(m.group()), encoded)
    return '"""%s"""' % encoded


def _unprefixed(term: str) -> str:
    """An IRI written in full, which rdflib refuses for characters Turtle does not allow."""
    if _BAD_IRI.search(term, 1, len(term) - 1):
        raise ValueError(f'"{term[1:-1]}" does not look like a valid URI, cannot serialize it as Turtle')
    return term


def _flatten(trie: dict, out: list) -> list:
    for key, below in trie.items():
        out.append(key)
        _flatten(below, out)
    return out


_STATES: dict = {}


class _Names:
    """rdflib's prefixed names (NamespaceManager.compute_qname and
    LongTurtleSerializer.get_pname) over the bindings ``serialize`` makes."""

    def __init__(self, prefixes: dict | None):
        key = tuple(sorted((prefixes or {}).items()))
        state = _STATES.get(key)
        if state is None:
            manager = _with_prefixes(prefixes).namespace_manager
            keys = _flatten(manager._NamespaceManager__trie, [])
            prefix_of = {}
            for namespace in keys + [str(ns) for _, ns in manager.namespaces()]:
                prefix = manager.store.prefix(URIRef(namespace))
                if prefix is not None:
                    prefix_of[namespace] = prefix
            state = _STATES[key] = (prefix_of, {prefix for prefix, _ in manager.namespaces()}, keys)
        prefix_of, bound, self.trie = state
        self.prefix_of = dict(prefix_of)
        self.bound = set(bound)
        self.longer: dict = {}
        self.used: dict = {}
        self.simple: dict = {}  # namespace -> its prefix, or "" where pname takes the long way

    def simple_prefix(self, namespace: str) -> str:
        """The prefix of a namespace that nothing in rdflib's way treats specially."""
        # A longer bound namespace can only take in the local name's start.
        n = len(namespace)
        if _BAD_IRI.search(namespace) or namespace.startswith(XMLNS) or XMLNS.startswith(namespace) \
                or any(len(k) > n and k.startswith(namespace) and not _SLASH.search(k, n) for k in self.trie):
            return ""
        prefix = self.prefix_of.get(namespace) or ""
        return "" if prefix[:1] == "_" else prefix

    def split(self, iri: str):
        """rdflib's split_uri: (namespace, local name), or None."""
        head = iri.rstrip(_NAME_CHARS)
        if head and head[-1] < "\x80" and not iri.startswith(XMLNS):
            local = iri[len(head):].lstrip("-.%()")
            if local:
                return iri[:len(iri) - len(local)], local
        try:
            return split_uri(iri)
        except ValueError:
            return None

    def qname(self, iri: str, generate: bool):
        """compute_qname: (prefix, namespace, local name), or None where it raises."""
        if _BAD_IRI.search(iri):
            return None
        parts = self.split(iri)
        if parts is None:
            prefix = self.prefix_of.get(iri)
            return (prefix, iri, "") if prefix else None
        namespace, local = parts
        longer = self.longer.get(namespace)
        if longer is None:
            longer = self.longer[namespace] = sorted(
                (k for k in self.trie if len(k) > len(namespace) and k.startswith(namespace)),
                key=len, reverse=True)
        for candidate in longer:
            if iri.startswith(candidate):
                namespace, local = candidate, iri[len(candidate):]
                break
        prefix = self.prefix_of.get(namespace)
        if prefix is None:
            if not generate:
                return None
            number = 1
            while f"ns{number}" in self.bound:
                number += 1
            prefix = f"ns{number}"
            self.bound.add(prefix)
            self.prefix_of[namespace] = prefix
            self.simple.pop(namespace, None)
        return prefix, namespace, local

    def pname(self, iri: str, generate: bool = False) -> str | None:
        """get_pname: a prefixed name, noting its prefix as used, or None."""
        # Most IRIs are a bound namespace ending in / or # and a plain local name.
        cut = max(iri.rfind("/"), iri.rfind("#")) + 1
        if cut:
            local = iri[cut:]
            if local and not local.strip(_PLAIN_LOCAL) and local[0] not in "-." and local[-1] != ".":
                namespace = iri[:cut]
                prefix = self.simple.get(namespace)
                if prefix is None:
                    prefix = self.simple[namespace] = self.simple_prefix(namespace)
                    if prefix:
                        self.used[prefix] = namespace
                if prefix:
                    return prefix + ":" + local
        parts = self.qname(iri, generate)
        if parts is None:
            prefix = self.prefix_of.get(iri)
            if prefix is None:
                return None
            parts = (prefix, iri, "")
        prefix, namespace, local = parts
        if "(" in local or ")" in local:
            local = local.replace("(", r"\(").replace(")", r"\)")
        if "%" in local:
            local = _PERCENT.sub("\\%", local)
        if local.endswith(".") or (local and not _PN_LOCAL.fullmatch(local)):
            return None
        if prefix[:1] == "_":
            raise _Fallback("prefix starting with _")
        self.used[prefix] = namespace
        return f"{prefix}:{local}"


class _Labels:
    """Each term's Turtle label and sort key, made once."""

    def __init__(self, names: _Names):
        self.names = names
        self.label: dict = {}
        self.key: dict = {}  # of literals; None: compare as rdflib terms
        self.numeric: set = set()
        self.datatypes: dict = {}

    def iri(self, term: str) -> str:
        if term[0] != "<":
            raise _Fallback("not an IRI")
        if term == NIL:
            self.names.pname(term[1:-1])
            found = "()"
        else:
            iri = term[1:-1]
            found = self.names.pname(iri)
            if found is None:
                found = _unprefixed(term)
        self.label[term] = found
        return found

    def datatype(self, iri: str) -> str:
        found = self.datatypes.get(iri)
        if found is None:
            found = self.datatypes[iri] = self.names.pname(iri) or f"<{iri}>"
        return found

    def object(self, term: str) -> str:
        if term[0] != '"':
            return self.iri(term)
        end = term.rindex('"')
        body = term[1:end]
        tail = term[end + 1:]
        quoted = None
        if "\\" in body or "\n" in body or "\r" in body:
            lexical = nt.unescape(body)
            if nt.escape(lexical) != body:
                return self.rdflib_literal(term)
            if "\n" in lexical:
                quoted = _quote(lexical)
        else:
            lexical = body
        if quoted is None:
            quoted = term[:end + 1]
        # rdflib's order: by datatype (plain is xsd:string), language, value.
        # Its equal (no order) for plain and xsd:string of one lexical form, and
        # for languages equal but for case: left to rdflib's sort.
        if not tail:
            found, key = quoted, (1, XSD_STRING, "", lexical)
        elif tail[0] == "@":
            language = tail[1:]
            found, key = quoted + tail, ((1, XSD_STRING, language, lexical) if language.islower() else None)
        else:
            dt = tail[3:-1]
            if dt in _INTEGERS:
                if not _CANONICAL_INTEGER.fullmatch(lexical) or lexical == "-0":
                    return self.rdflib_literal(term)
                value = int(lexical)
                test = _INTEGERS[dt]
                if test is not None and not test(value):
                    return self.rdflib_literal(term)
                found = lexical if dt == XSD_INTEGER else f"{quoted}^^{self.datatype(dt)}"
                self.datatype(dt)
                key = (1, dt, "", value)
                self.numeric.add(term)
            elif dt == XSD_BOOLEAN:
                if lexical != "true" and lexical != "false":
                    return self.rdflib_literal(term)
                self.datatype(dt)
                found, key = lexical, (1, dt, "", lexical)
            elif dt == XSD_DATE:
                try:
                    canonical = len(lexical) == 10 and date.fromisoformat(lexical).isoformat() == lexical
                except ValueError:
                    canonical = False
                if not canonical:
                    return self.rdflib_literal(term)
                found, key = f"{quoted}^^{self.datatype(dt)}", (1, dt, "", lexical)
            elif dt in _RECOGNISED and dt not in _AS_STRINGS:
                return self.rdflib_literal(term)
            else:
                found, key = f"{quoted}^^{self.datatype(dt)}", (1, dt, "", lexical)
        self.label[term] = found
        self.key[term] = key
        return found

    def rdflib_literal(self, term: str) -> str:
        """A literal rdflib would normalise (a decimal, a double, a date of
        another form): written with its exact lexical form, which rdflib's
        writer does not do ("300"^^xsd:decimal comes out of it as 300.0, a
        different term), and ordered as rdflib orders the terms."""
        lexical, language, datatype = nt.split_literal(term)
        quoted = _quote(lexical)
        if language:
            found = f"{quoted}@{language}"
        elif datatype is None:
            found = quoted
        elif datatype == XSD + "decimal" and _DECIMAL_LEXICAL.fullmatch(lexical):
            self.datatype(datatype)
            found = lexical
        else:
            found = f"{quoted}^^{self.datatype(datatype)}"
        self.label[term] = found
        self.key[term] = None
        return found
