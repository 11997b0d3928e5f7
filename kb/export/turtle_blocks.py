"""Turtle documents made of subject blocks, for the per-resource documents
(kb/export/pages.py renders tens of thousands of small documents that share
most of their subjects). The bytes are those of
:func:`kb.export.turtle.serialize_triples` on each document's triples
(tests/test_pages.py)."""

from __future__ import annotations

from collections import Counter

from .encode import join_encode
from .turtle import _object_list
from .turtle_terms import (NIL, RDFS_CLASS, RDFS_LABEL, TYPE, _Fallback, _Labels, _Names,
                           _unprefixed)


class Block:
    """One subject's lines in a document, rendered once and reused by every
    document that holds exactly these triples of it."""

    __slots__ = ("subject", "text", "prefixes", "objects", "is_class")

    def __init__(self, subject: str, text: str, prefixes: frozenset, objects: list, is_class: bool):
        self.subject = subject
        self.text = text
        self.prefixes = prefixes
        self.objects = objects
        self.is_class = is_class


class Blocks:
    """Turtle documents made of subject blocks (kb/export/pages.py renders
    tens of thousands of small documents that share most of their subjects).

    A subject's block, the prefixes it uses and the objects it refers to
    depend only on its triples, so ``block`` is computed once per distinct set;
    ``document`` orders the blocks as ``_write`` does (rdfs:Class members,
    then by references within the document, then by IRI) and writes the
    PREFIX lines the blocks use. The bytes are those of ``serialize_triples``
    on the document's triples (tests/test_pages.py). A predicate for which
    rdflib would make up a prefix (ns1, ...) raises _Fallback: the document is
    then written by ``serialize_triples``."""

    def __init__(self, prefixes: dict | None = None):
        self.prefixes = prefixes
        self.names = _Names(prefixes)
        self.labels = _Labels(self.names)
        self.verbs: dict = {}  # p -> (single, several, prefixes)
        self.marks: dict = {}  # term -> prefixes its label uses
        self.generating: set = set()  # predicates for which rdflib makes up a prefix
        self.generation = 0  # counts resets: blocks made before one are stale

    def _reset(self) -> None:
        self.names = _Names(self.prefixes)
        self.labels = _Labels(self.names)
        self.verbs.clear()
        self.marks.clear()
        self.generation += 1

    def _verb(self, p: str) -> tuple:
        found = self.verbs.get(p)
        if found is None:
            if p == TYPE:
                found = ("    a ", "    a\n        ", frozenset())
            elif p[0] != "<" or p in self.generating:
                raise _Fallback("predicate")
            else:
                names = self.names
                before = len(names.bound)
                pname = names.pname(p[1:-1], True)
                if len(names.bound) != before:  # rdflib would number a new prefix per document
                    self.generating.add(p)
                    self._reset()
                    raise _Fallback("generated prefix")
                verb = "()" if p == NIL else (pname or _unprefixed(p))
                found = ("    " + verb + " ", "    " + verb + "\n        ",
                         frozenset((pname.split(":", 1)[0],)) if pname else frozenset())
            self.verbs[p] = found
        return found

    def _mark(self, term: str) -> frozenset:
        """The prefixes the label of ``term`` (already made) uses."""
        found = self.marks.get(term)
        if found is None:
            if term[0] == "<":
                text = self.labels.label[term]
                if text == "()":  # rdf:nil, whose prefix the writer notes as used
                    pname = self.names.pname(term[1:-1])
                    found = frozenset((pname.split(":", 1)[0],)) if pname else frozenset()
                else:
                    found = frozenset() if text[0] == "<" else frozenset((text.split(":", 1)[0],))
            else:
                end = term.rindex('"')
                if term[end + 1:end + 3] == "^^":
                    dt = self.labels.datatype(term[end + 4:-1])
                    found = frozenset() if dt[0] == "<" else frozenset((dt.split(":", 1)[0],))
                else:
                    found = frozenset()
            self.marks[term] = found
        return found

    def block(self, s: str, rows) -> Block:
        """The block of subject ``s`` holding ``rows`` (its (s, p, o) triples, no repeats)."""
        labels = self.labels
        label = labels.label
        po: dict = {}
        for _, p, o in rows:
            objects = po.get(p)
            if objects is None:
                po[p] = o
            elif type(objects) is str:
                po[p] = [objects, o]
            else:
                objects.append(o)
        used = set()
        lines = []
        mark = self._mark
        for p in sorted(po, key=lambda p: (p != TYPE, p != RDFS_LABEL, p[1:-1])):
            single, several, verb_prefixes = self._verb(p)
            used.update(verb_prefixes)
            objects = po[p]
            if objects.__class__ is str:
                if objects not in label:
                    labels.object(objects)
                used.update(mark(objects))
                lines.append(single + label[objects])
            else:
                text, many, _ = _object_list(objects, labels)
                for o in objects:
                    used.update(mark(o))
                lines.append((several if many else single) + text)
        if s not in label:
            labels.iri(s)
        used.update(mark(s))
        types = po.get(TYPE)
        is_class = types is not None and (types == RDFS_CLASS if types.__class__ is str else RDFS_CLASS in types)
        text = "\n" + label[s] + "\n" + " ;\n".join(lines) + " ;\n.\n"
        return Block(s, text, frozenset(used), [t[2] for t in rows], is_class)

    def document(self, blocks: list) -> bytes:
        """The Turtle document of the blocks (one per subject)."""
        references = Counter()
        used: set = set()
        for block in blocks:
            references.update(block.objects)
            used |= block.prefixes
        if references.get(RDFS_CLASS):
            classes = sorted((b for b in blocks if b.is_class), key=lambda b: b.subject[1:-1])
            rest = [b for b in blocks if not b.is_class]
        else:
            classes, rest = [], blocks
        get = references.get
        rest = sorted(rest, key=lambda b: (get(b.subject, 0), b.subject[1:-1], b.subject))
        namespaces = self.names.used
        head = "".join(f"PREFIX {prefix}: <{namespaces[prefix]}>\n" for prefix in sorted(used))
        return join_encode([head] + [b.text for b in classes] + [b.text for b in rest], "replace")
