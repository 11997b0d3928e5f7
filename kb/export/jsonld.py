"""JSON-LD compacted against the published context (dist/context.jsonld),
with pyld, which implements the JSON-LD 1.1 algorithms. The context is also
embedded so the file works offline.

pyld compacts every value on its own, choosing a term and a form each time;
on a large graph that takes minutes. Here pyld compacts one small document for
each distinct kind of value (a property with an IRI, or with a literal of one
datatype or language), and the answer is applied to every value of that kind.
Compact IRIs for node ids are chosen per namespace the same way. The bytes are
the same as compacting the whole graph with pyld
(tests/test_export_equivalence.py, tests/test_jsonld_fast.py); data with blank
nodes goes to pyld whole.

The work is done on triples of N-Triples strings (kb.nt), and the document is
written out directly, in the layout ``json.dumps(doc, indent=2,
sort_keys=True, ensure_ascii=False)`` gives (with ``indent`` the json module
uses its pure-Python encoder, which would take most of the time): each string
is escaped by the json module's C encoder, and the indentation of the known
shape (a list of nodes whose values are strings, objects of strings, or lists
of those) is laid out here. Anything of another shape is written by
``json.dumps`` itself, re-indented to its depth.
"""

from __future__ import annotations

import json
import re
from json.encoder import encode_basestring

from pyld import jsonld
from pyld.context_resolver import ContextResolver
from pyld.jsonld import _default_document_loader, _resolved_context_cache
from rdflib import BNode, Graph, URIRef

from . import context
from .encode import join_encode
from .. import nt
from ..gcpause import without_gc

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_SAMPLE = "urn:agkb:jsonld-sample"
_GEN_DELIM = re.compile(r"^(.*[:/?#\[\]@])")
_TYPE = nt.TYPE
# Stands for the one varying string of a value while its layout is worked out;
# a private-use character that json.dumps writes as it is.
_HOLE = "\ue000agkb-jsonld-value\ue000"
_HOLE_TEXT = encode_basestring(_HOLE)

# The layout of json.dumps(indent=2): a node of the "@graph" list is at depth 2,
# its keys at depth 3, the items of a list value (and the keys of an object
# value) at depth 4.
_NODE_OPEN = "{\n      "
_NODE_SEP = ",\n      "
_NODE_CLOSE = "\n    }"
_LIST_OPEN = "[\n        "
_LIST_SEP = ",\n        "
_LIST_CLOSE = "\n      ]"


def _dumps(value) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)


def _layout(value, depth: int) -> str:
    """``value`` as json.dumps(indent=2, sort_keys=True) writes it nested at
    ``depth``. Every line break json.dumps writes is layout (a line break in a
    string is escaped), so nesting just indents every line after the first."""
    return _dumps(value).replace("\n", "\n" + "  " * depth)


def _term(node) -> dict:
    if isinstance(node, URIRef):
        return {"type": "IRI", "value": str(node)}
    if isinstance(node, BNode):
        return {"type": "blank node", "value": f"_:{node}"}
    if node.language:
        return {"type": "literal", "value": str(node), "datatype": RDF_LANGSTRING, "language": node.language}
    return {"type": "literal", "value": str(node), "datatype": str(node.datatype) if node.datatype else XSD_STRING}


def _line(s, p, o) -> str:
    return f"{s.n3()} {p.n3()} {o.n3()}"


def dataset(graph: Graph) -> dict:
    """The graph as pyld's RDF dataset, triples in sorted N-Triples order.

    Handing pyld the dataset directly skips its N-Quads parser, which checks
    each new triple against every earlier one (quadratic in the graph size)."""
    keyed = sorted((_line(s, p, o), s, p, o) for s, p, o in graph)
    return {"@default": [{"subject": _term(s), "predicate": _term(p), "object": _term(o)}
                         for _, s, p, o in keyed]} if keyed else {}


def _expanded_value(o: str) -> dict:
    """The expanded JSON-LD value of an N-Triples object (an IRI or a literal)."""
    if o[0] == "<":
        return {"@id": o[1:-1]}
    value, lang, datatype = nt.split_literal(o)
    if lang:
        return {"@value": value, "@language": lang}
    if datatype is None or datatype == XSD_STRING:
        return {"@value": value}
    return {"@value": value, "@type": datatype}


class _Unexpected(Exception):
    """pyld answered in a form this module does not reproduce; use pyld whole."""


class _Rule:
    """How every value of one kind is written: its key, and the text around the
    value's one varying string (a compacted IRI or a lexical form), alone under
    the key (depth 3) and as an item of a list (depth 4)."""

    __slots__ = ("key", "prefix", "alone", "item")

    def __init__(self, key: str, shape: dict | None = None):
        self.key = key
        self.prefix = encode_basestring(key) + ": "
        self.alone = self.item = None
        if shape is not None:  # an object, not a bare string
            self.alone = self._around(shape, 3)
            self.item = self._around(shape, 4)

    @staticmethod
    def _around(shape: dict, depth: int) -> tuple[str, str]:
        text = _layout(shape, depth)
        if text.count(_HOLE_TEXT) != 1:
            raise _Unexpected(shape)
        before, _, after = text.partition(_HOLE_TEXT)
        return before, after


class _OneContext(ContextResolver):
    """pyld's context resolver for one context that does not change: it is
    resolved once, not canonicalised again on every call to pyld (which took
    most of the time of asking pyld about one value)."""

    def __init__(self, ctx: dict):
        super().__init__(_resolved_context_cache, _default_document_loader)
        self.ctx = ctx
        self.resolved = None

    def resolve(self, active_ctx, context, base, cycles=None):
        if context is not self.ctx:
            return super().resolve(active_ctx, context, base, cycles)
        if self.resolved is None:
            self.resolved = super().resolve(active_ctx, context, base, cycles)
        return self.resolved


class _Compactor:
    """pyld's answers for each kind of value, learnt once and reused. Keys are
    N-Triples strings: a property ``p`` is ``<iri>``, a kind of literal is
    its text after the closing quote (``""``, ``"@en"``, ``"^^<datatype>"``),
    and ``"<"`` stands for the kind "an IRI"."""

    def __init__(self, ctx: dict):
        self.ctx = ctx
        self.ids: dict = {}  # namespace -> compacted head ("kb:") or None (kept whole)
        self.types: dict = {}  # "<iri>" -> compacted type
        self.rules: dict = {}  # (p, kind) -> _Rule
        self.resolver = _OneContext(ctx)

    def _compact(self, node: dict) -> dict:
        out = jsonld.compact([node], self.ctx, {"graph": True, "contextResolver": self.resolver})
        nodes = out.get("@graph", [])
        if len(nodes) != 1:
            raise _Unexpected(node)
        return nodes[0]

    def compact_id(self, iri: str) -> str:
        """The compacted form of an IRI (given bare, not as ``<iri>``) as a node id."""
        match = _GEN_DELIM.match(iri)
        ns = match.group(1) if match else ""
        try:
            head = self.ids[ns]
        except KeyError:
            got = self._compact({"@id": iri, "http://www.w3.org/2000/01/rdf-schema#comment": [{"@value": "x"}]})["@id"]
            suffix = iri[len(ns):]
            if got == iri:
                head = None
            elif got.endswith(suffix) and ":" in got[:len(got) - len(suffix)] and suffix:
                head = got[:len(got) - len(suffix)]
            else:
                raise _Unexpected(iri) from None
            self.ids[ns] = head
        return iri if head is None else head + iri[len(ns):]

    def compact_type(self, o: str) -> str:
        """The compacted form of a class ``<iri>`` as a value of ``@type``."""
        found = self.types.get(o)
        if found is None:
            got = self._compact({"@id": _SAMPLE, "@type": [o[1:-1]]}).get("@type")
            if not isinstance(got, str):
                raise _Unexpected(o)
            found = self.types[o] = got
        return found

    def rule(self, p: str, kind: str, o: str) -> _Rule:
        """The rule for values of property ``p`` of ``kind``, learnt from ``o``."""
        found = self.rules.get((p, kind))
        if found is None:
            found = self.rules[(p, kind)] = self._learn(p, o)
        return found

    def _learn(self, p: str, o: str) -> _Rule:
        node = self._compact({"@id": _SAMPLE, p[1:-1]: [_expanded_value(o)]})
        keys = [k for k in node if k != "@id"]
        if len(keys) != 1:
            raise _Unexpected((p, o))
        key = keys[0]
        got = node[key]
        if o[0] == "<":
            compacted = self.compact_id(o[1:-1])
            if got == compacted:
                return _Rule(key)
            if got == {"@id": compacted}:
                return _Rule(key, {"@id": _HOLE})
            raise _Unexpected((p, o))
        value = nt.split_literal(o)[0]
        if got == value:
            return _Rule(key)
        if isinstance(got, dict) and got.get("@value") == value and "@id" not in got:
            return _Rule(key, {**{k: v for k, v in got.items() if k != "@value"}, "@value": _HOLE})
        raise _Unexpected((p, o))


_COMPACTORS: dict = {}


def _compactor(ctx: dict) -> _Compactor:
    """One compactor per context, so per-resource documents share what was learnt."""
    key = json.dumps(ctx, sort_keys=True)
    found = _COMPACTORS.get(key)
    if found is None:
        if len(_COMPACTORS) > 8:
            _COMPACTORS.clear()
        found = _COMPACTORS[key] = _Compactor(ctx)
    return found


def _node_texts(triples, ctx: dict) -> list[str]:
    """The compacted nodes, written out, as pyld gives them for the sorted
    N-Triples: nodes in order of their compacted id (then of their IRI), each
    key's values in the order of their N-Triples form.

    The order of values is that of the kb.nt strings. These are the strings
    rdflib's ``n3()`` gives, so the order is the same as sorting rdflib terms by
    ``n3()``, except for a literal with a line break, which kb.nt writes with
    ``\\n`` where ``n3()`` writes a triple-quoted string; such literals are
    ordered by their N-Triples string, as pyld orders them when it reads the
    sorted N-Triples lines."""
    compactor = _compactor(ctx)
    by_subject = nt.by_subject(triples)
    ids: dict = {}  # "<iri>" -> compacted id, for subjects and objects
    keyed = []
    for s in by_subject:
        if s[0] != "<":
            raise _Unexpected(s)
        iri = s[1:-1]
        cid = ids[s] = compactor.compact_id(iri)
        keyed.append((cid, iri, s))
    keyed.sort()
    memo: dict = {}  # (p, o) -> (rule, the value's text alone, its text as a list item)
    return [_node_text(cid, by_subject[s], compactor, ids, memo) for cid, _, s in keyed]


def _node_text(cid: str, rows: list, compactor, ids: dict, memo: dict) -> str:
    """The text of one node: compacted id ``cid``, triples ``rows`` (sorted in place)."""
    compact_id = compactor.compact_id
    rule = compactor.rule
    recall = memo.get
    if len(rows) > 1:
        rows.sort()
    groups: dict = {}
    last = None
    for triple in rows:
        po = triple[1:]
        found = recall(po)
        if found is None:
            found = memo[po] = _value(po, compactor, compact_id, rule, ids)
        elif found is last:  # the same triple again (equal (p, o) share one entry)
            continue
        last = found
        key = found[0].key
        values = groups.get(key)
        if values is None:
            groups[key] = [found]
        else:
            values.append(found)
    groups["@id"] = cid
    lines = []
    for key in sorted(groups):
        values = groups[key]
        if key == "@id":
            lines.append('"@id": ' + encode_basestring(values))
        elif len(values) == 1:
            found = values[0]
            lines.append(found[0].prefix + found[1])
        else:
            lines.append(values[0][0].prefix + _LIST_OPEN + _LIST_SEP.join([found[2] for found in values])
                         + _LIST_CLOSE)
    return _NODE_OPEN + _NODE_SEP.join(lines) + _NODE_CLOSE


class Nodes:
    """JSON-LD documents made of node texts rendered once each (the
    per-resource documents share most of their nodes): ``node`` gives a
    subject's (sort key, text) for a set of its triples, ``document`` lays
    out a document of such nodes. The bytes are those of
    ``serialize_triples`` on the document's triples (tests/test_pages.py);
    ``node`` raises _Unexpected where that function hands over to pyld."""

    def __init__(self, ctx: dict):
        self.ctx = ctx
        self.compactor = _compactor(ctx)
        self.ids: dict = {}
        self.head = '{\n  "@context": ' + _layout(ctx["@context"], 1) + ',\n  "@graph": '

    def node(self, s: str, rows) -> tuple:
        if s[0] != "<":
            raise _Unexpected(s)
        cid = self.ids.get(s)
        if cid is None:
            cid = self.ids[s] = self.compactor.compact_id(s[1:-1])
        return (cid, s[1:-1]), _node_text(cid, list(rows), self.compactor, self.ids, {})

    def document(self, nodes: list) -> bytes:
        """The document of (sort key, text) nodes, one per subject."""
        if not nodes:
            return (self.head + "[]\n}\n").encode("utf-8")
        texts = [text for _, text in sorted(nodes, key=lambda n: n[0])]
        return join_encode([self.head + "[\n    ", ",\n    ".join(texts), "\n  ]\n}\n"])


_TYPE_RULE = _Rule("@type")


def _value(po, compactor, compact_id, rule, ids) -> tuple:
    """(rule, text alone, text as a list item) of the value ``o`` of ``p``."""
    p, o = po
    first = o[0]
    if first == "<":
        if p == _TYPE:
            text = encode_basestring(compactor.compact_type(o))
            return _TYPE_RULE, text, text
        found = rule(p, "<", o)
        cid = ids.get(o)
        if cid is None:
            cid = ids[o] = compact_id(o[1:-1])
        text = encode_basestring(cid)
    elif first == '"':
        end = o.rindex('"')
        found = rule(p, o[end + 1:], o)
        lexical = o[1:end]
        if "\\" in lexical:
            lexical = nt.unescape(lexical)
        text = encode_basestring(lexical)
    else:
        raise _Unexpected(o)
    if found.alone is None:
        return found, text, text
    return found, found.alone[0] + text + found.alone[1], found.item[0] + text + found.item[1]


def _fast_nodes(graph: Graph, ctx: dict) -> list[str]:
    """The fast path's nodes (written out) for an rdflib graph; raises
    _Unexpected where the data must go to pyld whole."""
    return _node_texts(nt.triples_of(graph), ctx)


def _pyld_term(term: str) -> dict:
    """pyld's RDF term for an N-Triples term string."""
    first = term[0]
    if first == "<":
        return {"type": "IRI", "value": term[1:-1]}
    if first == "_":
        return {"type": "blank node", "value": term}
    value, lang, datatype = nt.split_literal(term)
    if lang:
        return {"type": "literal", "value": value, "datatype": RDF_LANGSTRING, "language": lang}
    return {"type": "literal", "value": value, "datatype": datatype or XSD_STRING}


def _pyld_nodes(triples, ctx: dict) -> list:
    """pyld's compacted nodes for the triples, read in sorted N-Triples order.
    (``dataset`` sorts rdflib's ``n3()`` forms instead; the orders differ only
    for a literal with a line break, placed here by its N-Triples string as in
    the fast path.)"""
    rows = [{"subject": _pyld_term(s), "predicate": _pyld_term(p), "object": _pyld_term(o)}
            for s, p, o in sorted(set(triples), key=nt.line)]
    expanded = jsonld.from_rdf({"@default": rows} if rows else {}, {"useNativeTypes": False})
    compacted = jsonld.compact(expanded, ctx, {"graph": True})
    return compacted.get("@graph", [])


@without_gc
def serialize_triples(triples, ontology: Graph | None = None, ctx: dict | None = None) -> bytes:
    """The JSON-LD document of N-Triples ``triples`` (an iterable of (s, p, o)
    kb.nt strings): the bytes ``serialize`` gives for the same graph."""
    if ctx is None:
        ctx = context.build(ontology if ontology is not None else Graph())
    if not isinstance(triples, (list, tuple, set, frozenset)):
        triples = list(triples)
    try:
        nodes = _node_texts(triples, ctx)
    except _Unexpected:
        nodes = _pyld_nodes(triples, ctx)
        nodes.sort(key=lambda node: node.get("@id", ""))
        doc = {"@context": ctx["@context"], "@graph": nodes}
        return (_dumps(doc) + "\n").encode("utf-8")
    head = '{\n  "@context": ' + _layout(ctx["@context"], 1) + ',\n  "@graph": '
    if not nodes:
        return (head + "[]\n}\n").encode("utf-8")
    pieces = [head + "[\n    "] + [node if n == 0 else ",\n    " + node for n, node in enumerate(nodes)]
    return join_encode(pieces + ["\n  ]\n}\n"])


@without_gc
def serialize(graph: Graph, ontology: Graph | None = None, ctx: dict | None = None) -> bytes:
    return serialize_triples(nt.triples_of(graph), ontology, ctx)
