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

from collections import Counter
from itertools import repeat
from operator import itemgetter

from rdflib import Graph

from .. import nt
from ..gcpause import without_gc
from .encode import join_encode
from .turtle_terms import (NIL, RDFS_CLASS, RDFS_LABEL, TYPE, _Fallback, _Labels, _Names,  # noqa: F401
                           _unprefixed, _with_prefixes)


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
