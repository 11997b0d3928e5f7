"""Framing JSON-LD by direct construction: what pyld's JSON-LD 1.1 framing
algorithm gives, for the features the frames of kb/export/frames.py use,
built from an index of the published N-Triples strings.

pyld frames by scanning every node of the graph for each reverse property of
each node it embeds, which at 100k triples took two minutes. Here pyld's
framing is followed step by step for ``@type`` at the top, ``@explicit``,
``@embed: @always``, forward and reverse properties and empty frames for
values: a node is embedded under a frame only when it has one of the frame's
properties; a node that is its own grandparent or a further ancestor is given
as a reference; the reverse lists of a node are made (even empty) when some
node points at it. Each value is compacted as pyld compacts a single value of
its kind (asked once per kind, like the JSON-LD writer), and the result is
sorted and laid out as kb.export.frames.reference does. Anything else raises
Unsupported, and the caller frames with pyld. tests/test_frames.py compares
the two.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring

from .. import nt
from . import jsonld as jsonld_export
from .encode import join_encode

_SAMPLE = "urn:agkb:frame-sample"


class Unsupported(Exception):
    """A frame feature or a shape of data the direct construction does not
    reproduce; ``reference`` frames it."""


class _Frame:
    """A frame with its keys expanded: forward and reverse properties (as
    N-Triples IRIs) with their frames."""

    __slots__ = ("embed", "explicit", "types", "forward", "reverse", "empty")

    def __init__(self, frame: dict, ctx: dict, top: bool = False):
        self.embed = frame.get("@embed", "@once")
        self.explicit = frame.get("@explicit", False)
        self.types = None
        self.forward: dict = {}
        self.reverse: dict = {}
        for key, value in frame.items():
            if key in ("@embed", "@explicit"):
                continue
            if key == "@type":
                if not top:
                    raise Unsupported("@type below the top of a frame")
                self.types = [f"<{_expand(ctx, t)}>" for t in ([value] if isinstance(value, str) else value)]
                continue
            if key.startswith("@") or not isinstance(value, dict):
                raise Unsupported(key)
            if any(k in value for k in ("@value", "@language", "@id", "@list", "@default", "@requireAll")):
                raise Unsupported(f"{key}: value pattern or default")
            iri, reverse = _property(ctx, key)
            target = self.reverse if reverse else self.forward
            if iri in target:
                raise Unsupported(f"two keys for {iri}")
            target[iri] = _Frame(value, ctx)
        self.empty = not self.forward and not self.reverse and not self.explicit
        if top and self.types is None:
            raise Unsupported("a top frame without @type")
        if self.embed not in ("@always", "@once"):
            raise Unsupported(f"@embed {self.embed}")


def _expand(ctx: dict, value: str) -> str:
    """A compact IRI or term of the frame context, expanded."""
    found = ctx.get(value)
    if isinstance(found, str):
        value = found
    elif isinstance(found, dict):
        raise Unsupported(value)
    prefix, sep, rest = value.partition(":")
    if sep and isinstance(ctx.get(prefix), str) and not rest.startswith("//"):
        return ctx[prefix] + rest
    if sep:
        return value
    raise Unsupported(value)


def _property(ctx: dict, key: str) -> tuple[str, bool]:
    """(property as ``<iri>``, whether it is reversed) of a frame key."""
    found = ctx.get(key)
    if isinstance(found, dict):
        if "@reverse" in found:
            return f"<{_expand(ctx, found['@reverse'])}>", True
        if "@id" in found:
            return f"<{_expand(ctx, found['@id'])}>", False
        raise Unsupported(key)
    return f"<{_expand(ctx, found if isinstance(found, str) else key)}>", False


class _Compaction:
    """How pyld compacts each kind of value against the frame context, asked
    once per kind: (key, form, always an array)."""

    def __init__(self, ctx: dict):
        self.base = jsonld_export._compactor({"@context": ctx})
        self.literals: dict = {}
        self.refs: dict = {}
        self.nodes: dict = {}
        self.reverses: dict = {}
        self.ids: dict = {}
        self.types: dict = {}

    def _one(self, node: dict):
        """The one key pyld gives a sample node besides @id, and its value."""
        got = self.base._compact(node)
        keys = [k for k in got if k != "@id"]
        if len(keys) != 1:
            raise Unsupported(node)
        return keys[0], got[keys[0]]

    def compact_id(self, iri: str) -> str:
        found = self.ids.get(iri)
        if found is None:
            found = self.ids[iri] = self.base.compact_id(iri[1:-1])
        return found

    def compact_type(self, iri: str) -> str:
        found = self.types.get(iri)
        if found is None:
            found = self.types[iri] = self.base.compact_type(iri)
        return found

    def literal(self, p: str, o: str) -> tuple:
        end = o.rindex('"')
        kind = (p, o[end + 1:])
        rule = self.literals.get(kind)
        if rule is None:
            lexical = nt.split_literal(o)[0]
            key, got = self._one({"@id": _SAMPLE, p[1:-1]: [jsonld_export._expanded_value(o)]})
            many = isinstance(got, list)
            item = got[0] if many else got
            if item == lexical:
                form = None
            elif isinstance(item, dict) and item.get("@value") == lexical and "@id" not in item:
                form = {k: v for k, v in item.items() if k != "@value"}
            else:
                raise Unsupported((p, o))
            rule = self.literals[kind] = (key, form, many)
        key, form, many = rule
        lexical = nt.split_literal(o)[0]
        return key, (lexical if form is None else {**form, "@value": lexical}), many

    def ref(self, p: str, o: str) -> tuple:
        rule = self.refs.get(p)
        if rule is None:
            key, got = self._one({"@id": _SAMPLE, p[1:-1]: [{"@id": _SAMPLE + ":x"}]})
            many = isinstance(got, list)
            item = got[0] if many else got
            if item == _SAMPLE + ":x":
                form = "bare"
            elif item == {"@id": _SAMPLE + ":x"}:
                form = "object"
            else:
                raise Unsupported((p, o))
            rule = self.refs[p] = (key, form, many)
        key, form, many = rule
        cid = self.compact_id(o)
        return key, (cid if form == "bare" else {"@id": cid}), many

    def _node_rule(self, table: dict, p: str, reverse: bool) -> tuple:
        rule = table.get(p)
        if rule is None:
            node = {"@id": _SAMPLE + ":x", "http://www.w3.org/2000/01/rdf-schema#label": [{"@value": "x"}]}
            sample = {"@id": _SAMPLE, "@reverse": {p[1:-1]: [node]}} if reverse else {"@id": _SAMPLE, p[1:-1]: [node]}
            key, got = self._one(sample)
            many = isinstance(got, list)
            item = got[0] if many else got
            if key.startswith("@") or not isinstance(item, dict) or item.get("@id") != _SAMPLE + ":x":
                raise Unsupported(p)
            rule = table[p] = (key, many)
        return rule

    def node_key(self, p: str) -> tuple:
        return self._node_rule(self.nodes, p, False)

    def reverse_key(self, p: str) -> tuple:
        return self._node_rule(self.reverses, p, True)


class _Framer:
    """Framing over an index of the published triples (``out``: subject ->
    triples, ``into``: object -> triples, as kb.export.documents.Index keeps
    them) and a few ``extra`` triples (the concepts' labels)."""

    def __init__(self, out: dict, into: dict, extra, ctx: dict):
        if any(s[0] == "_" for s in out) or any(o[0] == "_" for o in into):
            raise Unsupported("blank node")
        self.base_out = out
        self.base_into = into
        self.extra_out = nt.by_subject(extra)
        self.extra_into: dict = {}
        for triple in extra:
            if triple[2][0] == "<":
                self.extra_into.setdefault(triple[2], []).append(triple)
        self.compaction = _Compaction(ctx)
        self._props: dict = {}

    def rows(self, node: str):
        """The triples of ``node``."""
        found, more = self.base_out.get(node), self.extra_out.get(node)
        if more is None:
            return found or ()
        return (found or []) + more

    def pointing(self, node: str):
        """The triples whose object is ``node``."""
        found, more = self.base_into.get(node), self.extra_into.get(node)
        if more is None:
            return found or ()
        return (found or []) + more

    def has(self, node: str) -> bool:
        return node in self.base_out or node in self.extra_out

    def props(self, node: str) -> dict:
        """predicate -> objects of ``node`` (made once per node: a node such as
        an authority is named thousands of times and has thousands of derived
        triples, of which a frame reads a few predicates)."""
        found = self._props.get(node)
        if found is None:
            found = self._props[node] = {}
            for _, p, o in self.rows(node):
                values = found.get(p)
                if values is None:
                    found[p] = [o]
                else:
                    values.append(o)
        return found

    def matches_top(self, frame: _Frame) -> list:
        """The nodes of the top frame's types."""
        return sorted({t[0] for cls in frame.types for t in self.pointing(cls) if t[1] == nt.TYPE})

    def matches(self, node: str, frame: _Frame) -> bool:
        """pyld's _filter_subject for a frame without @type or values: a node
        matches if the frame has no properties or the node has one of them."""
        if not frame.forward:
            return True
        props = self.props(node)
        return any(p in props for p in frame.forward)

    def node(self, node: str, frame: _Frame, stack: list, embedded: bool) -> dict:
        """The compacted node object of ``node`` under ``frame`` (``stack``:
        the nodes being embedded, ``node`` last; ``embedded``: reached through
        a forward property, where pyld checks for circular embeds)."""
        compaction = self.compaction
        props = self.props(node)
        out: dict = {"@id": compaction.compact_id(node)}
        types = [compaction.compact_type(t) for t in props.get(nt.TYPE, ())]
        if types:
            out["@type"] = types[0] if len(types) == 1 else types
        values: dict = {}
        arrays: set = set()
        if not frame.explicit and any(p not in frame.forward for p in props if p != nt.TYPE):
            raise Unsupported("a node under a frame that is not explicit")
        pairs = [(p, o) for p in frame.forward for o in props.get(p, ())]
        pairs.sort()  # the order of the node's triples (any order sorts the same in the end)
        for p, o in pairs:
            sub = frame.forward[p]
            if o[0] == '"':
                key, value, many = compaction.literal(p, o)
            elif o[0] == "<":
                if not self.matches(o, sub):
                    continue
                if o in stack[:-1] or (sub.empty and not self.has(o)):
                    key, value, many = compaction.ref(p, o)
                elif sub.empty or sub.embed != "@always":
                    raise Unsupported(f"embedding {o} once")
                else:
                    key, many = compaction.node_key(p)
                    stack.append(o)
                    value = self.node(o, sub, stack, True)
                    stack.pop()
            else:
                raise Unsupported(o)
            values.setdefault(key, []).append(value)
            if many:
                arrays.add(key)
        for p, sub in frame.reverse.items():
            if embedded:
                raise Unsupported("a reverse property below a forward embed")
            found = [t[0] for t in self.pointing(node) if t[1] == p]
            if not found:
                continue
            key, _ = compaction.reverse_key(p)
            items = values.setdefault(key, [])
            arrays.add(key)
            for s in sorted(found):
                if self.matches(s, sub):
                    if sub.empty or sub.embed != "@always":
                        raise Unsupported(f"reverse embedding of {s}")
                    stack.append(s)
                    items.append(self.node(s, sub, stack, False))
                    stack.pop()
        for key, items in values.items():
            if key in out:
                raise Unsupported(key)
            out[key] = items if (len(items) != 1 or key in arrays) else items[0]
        return out


# ---------------------------------------------------------------- sorting and layout
def _sorted(value):
    """(value with every array sorted as ``_sort`` sorts it, its compact JSON
    as ``json.dumps(sort_keys=True)`` writes it), children first."""
    if isinstance(value, dict):
        pairs = [(k, _sorted(v)) for k, v in value.items()]
        text = "{" + ", ".join(f"{encode_basestring(k)}: {t}" for k, (_, t) in sorted(pairs)) + "}"
        return {k: v for k, (v, _) in pairs}, text
    if isinstance(value, list):
        items = sorted((_sorted(v) for v in value), key=lambda vt: vt[1])
        return [v for v, _ in items], "[" + ", ".join(t for _, t in items) + "]"
    if isinstance(value, str):
        return value, encode_basestring(value)
    return value, json.dumps(value, ensure_ascii=False)


def _layout(value, out: list, indent: str) -> None:
    """``value`` as ``json.dumps(indent=2, sort_keys=True)`` writes it, its
    first line at ``indent``."""
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        out.append("{")
        first = True
        for key in sorted(value):
            out.append(("\n" if first else ",\n") + inner + encode_basestring(key) + ": ")
            first = False
            _layout(value[key], out, inner)
        out.append("\n" + indent + "}")
    elif isinstance(value, list):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        out.append("[")
        first = True
        for item in value:
            out.append(("\n" if first else ",\n") + inner)
            first = False
            _layout(item, out, inner)
        out.append("\n" + indent + "]")
    elif isinstance(value, str):
        out.append(encode_basestring(value))
    else:
        out.append(json.dumps(value, ensure_ascii=False))


def _layout_text(value, indent: str) -> list:
    out: list = []
    _layout(value, out, indent)
    return out


def direct(frame: dict, ctx: dict, index, extra: set) -> bytes:
    """The framed document of ``frame`` (a frame with compact keys, as in
    kb.export.frames.FRAMES) under the context ``ctx``, over ``index`` (a
    kb.export.documents.Index of the published triples) and the ``extra``
    triples: the bytes of pyld's framing, sorted and laid out as
    kb.export.frames.reference does. Raises Unsupported where that takes pyld."""
    framer = _Framer(index.out, index.into, extra, ctx)
    top = _Frame(frame, ctx, top=True)
    # One top-level object at a time, so that only its structure is in memory.
    # Each begins with its "@id" (its other keys sort after it), so ordering
    # them by their JSON, as ``reference`` does, is ordering by their ids.
    texts = []
    for s in framer.matches_top(top):
        value, _ = _sorted(framer.node(s, top, [s], False))
        if not all(key > "@id" for key in value if key != "@id"):
            raise Unsupported("a key that sorts before @id")
        pieces: list = []
        _layout(value, pieces, "    ")
        texts.append((encode_basestring(value["@id"]), "".join(pieces)))
    texts.sort(key=lambda t: t[0])
    head = '{\n  "@context": ' + "".join(_layout_text(ctx, "  ")) + ',\n  "@graph": '
    if not texts:
        return (head + "[]\n}\n").encode("utf-8")
    return join_encode([head + "[\n    ", ",\n    ".join(t for _, t in texts), "\n  ]\n}\n"])
