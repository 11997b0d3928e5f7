"""Turtle in rdflib's ``longturtle`` style: sorted, one triple per line, stable diffs.

``serialize_triples`` turns N-Triples term strings (kb.nt) into Turtle laid
out as rdflib's LongTurtleSerializer lays it out, with plain string work:
triples grouped by subject, each term's label and sort key made once. rdflib's
layout: PREFIX lines for the namespaces used, by prefix; ``rdfs:Class`` members
first, then subjects by how often they are objects, then by IRI; ``a``,
``rdfs:label``, then predicates by IRI; objects in rdflib's term order (IRIs,
then literals by datatype, language, value; ties in the order given); its
prefixed names, bare integers and booleans, triple-quoted strings.

Where rdflib's writer is wrong, this one is right, and the tests show it: every
literal keeps its exact lexical form (rdflib writes "300"^^xsd:decimal as
``300.0``, another term), and a long string ending in a backslash and a quote
is closed so that strict parsers (serdi, rapper, Oxigraph) read it. The output
denotes exactly the graph of the N-Triples it was made from.

``serialize`` converts a graph's triples for it. Graphs with blank nodes go
to rdflib's own serializer (only the shapes have them; they hold no literal
rdflib writes wrong).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from datetime import date
from itertools import repeat
from operator import itemgetter

from rdflib import Graph, URIRef
from rdflib.namespace import split_uri
from rdflib.plugins.serializers.longturtle import LongTurtleSerializer
from rdflib.term import _toPythonMapping

from .. import nt
from ..gcpause import without_gc
from .encode import join_encode
from ..namespaces import bind_prefixes


def _with_prefixes(prefixes: dict | None) -> Graph:
    out = Graph()
    bind_prefixes(out)
    for prefix, namespace in sorted((prefixes or {}).items()):
        out.bind(prefix, namespace, override=True, replace=True)
    return out


def _rdflib_serialize(graph: Graph, prefixes: dict | None = None) -> bytes:
    """rdflib's own longturtle, for what the string writer leaves to it."""
    out = _with_prefixes(prefixes)
    out += graph
    return out.serialize(format="longturtle", encoding="utf-8")


@without_gc
def serialize(graph: Graph, prefixes: dict | None = None) -> bytes:
    """Turtle for an rdflib graph, with our prefixes and ``prefixes``."""
    triples = nt.triples_of(graph if type(graph) is Graph else graph.triples((None, None, None)))
    try:
        return _write(triples, prefixes)
    except _Fallback:
        return _rdflib_serialize(graph, prefixes)


@without_gc
def serialize_triples(triples, prefixes: dict | None = None) -> bytes:
    """Turtle for (s, p, o) N-Triples term strings, as ``serialize`` writes the graph."""
    if not isinstance(triples, (list, tuple, set, frozenset)):
        triples = list(triples)
    try:
        return _write(triples, prefixes)
    except _Fallback:
        graph = Graph()
        graph.addN((nt.to_rdflib(s), nt.to_rdflib(p), nt.to_rdflib(o), graph) for s, p, o in triples)
        return _rdflib_serialize(graph, prefixes)


# --- the string writer -----------------------------------------------------

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


def _write(triples, prefixes: dict | None) -> bytes:
    # Subject -> predicate -> object, or a list of them when there are several.
    index: dict = {}
    predicates: dict = {}  # in order of first use, as rdflib numbers the prefixes it makes up
    for s, p, o in triples:
        po = index.get(s)
        if po is None:
            index[s] = {p: o}
            predicates[p] = None
        else:
            objects = po.get(p)
            if objects is None:
                po[p] = o
                predicates[p] = None
            elif type(objects) is str:
                po[p] = [objects, o]
            else:
                objects.append(o)
    references = Counter(map(itemgetter(2), triples))

    names = _Names(prefixes)
    labels = _Labels(names)
    # Predicates first: as in rdflib, they may bind new prefixes (ns1, ...)
    # that subjects and objects then use too.
    for p in predicates:
        if p != TYPE and p[0] == "<":
            names.pname(p[1:-1], True)
    single, several = {}, {}  # the predicate's line up to its object(s)
    for p in predicates:
        if p == TYPE:
            verb = "a"
        elif p[0] != "<":
            raise _Fallback("predicate not an IRI")
        elif p == NIL:
            verb = "()"
        else:
            verb = names.pname(p[1:-1], True) or _unprefixed(p)
        single[p] = "    " + verb + " "
        several[p] = "    " + verb + "\n        "
    rank = {p: n for n, p in enumerate(sorted(
        predicates, key=lambda p: (p != TYPE, p != RDFS_LABEL, p[1:-1])))}

    label = labels.label
    make_label = labels.object
    orders: dict = {}
    lists: dict = {}  # objects as given -> what _object_list makes of them
    blocks = {}
    for s, po in index.items():
        lines = []
        pattern = tuple(po)
        order = orders.get(pattern)
        if order is None:
            order = orders[pattern] = sorted(pattern, key=rank.__getitem__)
        for p in order:
            objects = po[p]
            if objects.__class__ is str:
                lines.append(single[p] + (label.get(objects) or make_label(objects)))
            else:
                given = tuple(objects)
                found = lists.get(given)
                if found is None:
                    found = lists[given] = _object_list(objects, labels)
                text, many, repeats = found
                if repeats:  # count each triple once
                    for o, count in Counter(objects).items():
                        references[o] -= count - 1
                lines.append((several[p] if many else single[p]) + text)
        blocks[s] = "\n" + (label.get(s) or labels.iri(s)) + "\n" + " ;\n".join(lines) + " ;\n.\n"

    # rdfs:Class members first, by IRI; then by references as object, and IRI.
    classes = []
    if references.get(RDFS_CLASS):
        for s, po in index.items():
            types = po.get(TYPE)
            if types is not None and (types == RDFS_CLASS if types.__class__ is str else RDFS_CLASS in types):
                classes.append(s)
        classes.sort(key=lambda s: s[1:-1])
        on_top = set(classes)
        rest = [s for s in index if s not in on_top]
    else:
        rest = list(index)
    rest = [s for _, _, s in sorted(zip(map(references.get, rest, repeat(0)), map(_inside, rest), rest))]
    head = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in sorted(names.used.items()))
    return join_encode([head] + list(map(blocks.__getitem__, classes + rest)), "replace")


_inside = itemgetter(slice(1, -1))


def _object_list(objects: list, labels: _Labels) -> tuple[str, bool, bool]:
    """One subject's objects for one predicate, in rdflib's order: their text,
    whether there are several, and whether any triple was given twice."""
    label = labels.label
    for o in objects:
        if o not in label:
            labels.object(o)
    repeats = len(set(objects)) != len(objects)
    if repeats:
        objects = list(dict.fromkeys(objects))
    texts = _sorted_labels(objects, labels)
    if len(texts) == 1:  # all the same term
        return texts[0], False, repeats
    return " ,\n        ".join(texts), True, repeats


def _sorted_labels(objects: list, labels: _Labels) -> list:
    """Labels of distinct objects in rdflib's order: by sort key where the keys
    order them as rdflib does, else by sorting the rdflib terms."""
    label, key_of, numeric = labels.label, labels.key, labels.numeric
    keys = [key_of[o] if o[0] == '"' else (0, o[1:-1]) for o in objects]
    simple = None not in keys
    if simple and not numeric.isdisjoint(objects):
        # Numbers of different datatypes compare by value, other literals by datatype.
        simple = len({key[1] for key, o in zip(keys, objects) if o in numeric}) == 1
    if simple:
        return [label[o] for _, o in sorted(zip(keys, objects), key=itemgetter(0))]
    terms: dict = {}
    for o in objects:
        terms.setdefault(nt.to_rdflib(o), o)
    return [label[terms[t]] for t in sorted(terms)]
