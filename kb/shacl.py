"""A fast SHACL validator for the constraint kinds our shapes use.

pySHACL evaluates every shape focus node by focus node, and runs each SPARQL
constraint once per focus node through rdflib's SPARQL engine (parsing the
query every time); on a large graph that takes minutes. Here the data graph is
indexed once, the core constraints are checked in plain Python over the index,
and each SPARQL constraint runs once, over all focus nodes, on Oxigraph.

The results are the same as pySHACL's (focus node, path, value, source shape,
message, severity), as ``tests/test_shacl_differential.py`` checks on valid
and invalid data. Shapes that use anything this module does not implement
raise :class:`Unsupported`, and the caller falls back to pySHACL.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

# Predicates with the sh: namespace that a shape may carry here. Any other sh:
# term makes the shapes unsupported, so that nothing is silently skipped.
_CORE = {SH.minCount, SH.maxCount, SH.nodeKind, SH["class"], SH.datatype, SH.minLength, SH.pattern,
         SH.minInclusive}
_SHAPE_KEYS = _CORE | {SH.path, SH.name, SH.description, SH.message, SH.sparql, SH.targetClass,
                       SH.targetSubjectsOf, SH.property, SH.order, SH.group}
_COMPONENT = {
    SH.minCount: SH.MinCountConstraintComponent, SH.maxCount: SH.MaxCountConstraintComponent,
    SH.nodeKind: SH.NodeKindConstraintComponent, SH["class"]: SH.ClassConstraintComponent,
    SH.datatype: SH.DatatypeConstraintComponent, SH.minLength: SH.MinLengthConstraintComponent,
    SH.pattern: SH.PatternConstraintComponent, SH.minInclusive: SH.MinInclusiveConstraintComponent,
}


class Unsupported(Exception):
    """The shapes use a SHACL feature this validator does not implement."""


@dataclass(frozen=True)
class Violation:
    """One validation result, with the fields of a sh:ValidationResult."""

    focus: object
    path: object
    value: object
    shape: object
    message: object
    component: URIRef
    constraint: object = None
    severity: URIRef = SH.Violation


@dataclass
class _Shape:
    node: object
    path: URIRef | None = None
    params: dict = field(default_factory=dict)  # sh:minCount -> value, ...
    messages: list = field(default_factory=list)
    sparql: list = field(default_factory=list)  # (constraint node, select text, messages)
    properties: list = field(default_factory=list)
    target_classes: list = field(default_factory=list)
    target_subjects_of: list = field(default_factory=list)


def _read_shapes(shapes: Graph) -> list[_Shape]:
    """The shapes with targets (node shapes) and the property shapes they use."""
    cache: dict = {}

    def read(node) -> _Shape:
        if node in cache:
            return cache[node]
        shape = cache[node] = _Shape(node)
        for p, o in shapes.predicate_objects(node):
            if str(p).startswith(str(SH)) and p not in _SHAPE_KEYS:
                raise Unsupported(f"{p} on {node}")
            if p == SH.path:
                if not isinstance(o, URIRef):
                    raise Unsupported(f"complex path on {node}")
                shape.path = o
            elif p in _CORE:
                if p in shape.params:
                    raise Unsupported(f"two {p} on {node}")
                shape.params[p] = o
            elif p == SH.message:
                shape.messages.append(o)
            elif p == SH.targetClass:
                shape.target_classes.append(o)
            elif p == SH.targetSubjectsOf:
                shape.target_subjects_of.append(o)
            elif p == SH.sparql:
                select = shapes.value(o, SH.select)
                for q, _ in shapes.predicate_objects(o):
                    if str(q).startswith(str(SH)) and q not in (SH.select, SH.message):
                        raise Unsupported(f"{q} on SPARQL constraint {o}")
                if select is None:
                    raise Unsupported(f"SPARQL constraint {o} without sh:select")
                shape.sparql.append((o, str(select), list(shapes.objects(o, SH.message))))
        for prop in shapes.objects(node, SH.property):
            child = read(prop)
            if child.path is None:
                raise Unsupported(f"property shape {prop} without sh:path")
            shape.properties.append(child)
        if shape.path is None and shape.params:
            raise Unsupported(f"core constraints on node shape {node}")
        if (node, RDF.type, RDFS.Class) in shapes or (node, RDF.type, OWL.Class) in shapes:
            raise Unsupported(f"implicit class target on {node}")
        return shape

    roots = set(shapes.subjects(SH.targetClass, None)) | set(shapes.subjects(SH.targetSubjectsOf, None))
    for p in (SH.targetNode, SH.targetObjectsOf, SH.target, SH.deactivated, SH.severity):
        if any(True for _ in shapes.triples((None, p, None))):
            raise Unsupported(str(p))
    return [read(node) for node in sorted(roots, key=str)]


_TYPE, _SUBCLASS = RDF.type, RDFS.subClassOf


class _Index:
    """Objects by (subject, predicate), subjects by predicate, and rdf:type with
    rdfs:subClassOf closure, over the data graph (the union of ``graphs``)."""

    def __init__(self, *graphs: Graph):
        objects: dict = defaultdict(list)
        subjects_of: dict = defaultdict(list)
        types: dict = defaultdict(list)
        superclasses: dict = defaultdict(set)
        seen = set() if len(graphs) > 1 else None
        for graph in graphs:
            for triple in graph:
                if seen is not None:
                    if triple in seen:
                        continue
                    seen.add(triple)
                s, p, o = triple
                objects[(s, p)].append(o)
                subjects_of[p].append(s)
                if p == _TYPE:
                    types[s].append(o)
                elif p == _SUBCLASS:
                    superclasses[s].add(o)
        self.objects, self.subjects_of, self.types = objects, subjects_of, types
        self._super = superclasses
        self._closure: dict = {}
        self._instances: dict | None = None

    def ancestors(self, cls) -> set:
        found = self._closure.get(cls)
        if found is None:
            found, stack = {cls}, [cls]
            while stack:
                for parent in self._super.get(stack.pop(), ()):
                    if parent not in found:
                        found.add(parent)
                        stack.append(parent)
            self._closure[cls] = found
        return found

    def is_instance(self, node, cls) -> bool:
        return any(cls in self.ancestors(t) for t in self.types.get(node, ()))

    def instances(self, cls) -> set:
        if self._instances is None:
            by_class: dict = defaultdict(set)
            for s, ts in self.types.items():
                for t in ts:
                    for c in self.ancestors(t):
                        by_class[c].add(s)
            self._instances = by_class
        return self._instances.get(cls, set())


def _node_kind_test(kind):
    """A test for sh:nodeKind ``kind``: which of IRI, blank node, literal match."""
    iri = kind in (SH.IRI, SH.BlankNodeOrIRI, SH.IRIOrLiteral)
    bnode = kind in (SH.BlankNode, SH.BlankNodeOrIRI, SH.BlankNodeOrLiteral)
    literal = kind in (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral)

    def test(value) -> bool:
        if isinstance(value, URIRef):
            return iri
        if isinstance(value, BNode):
            return bnode
        return literal
    return test


def _datatype_test(datatype):
    """A test for sh:datatype ``datatype``, as pySHACL decides it."""
    from pyshacl.constraints.core.value_constraints import DatatypeConstraintComponent

    actual = DatatypeConstraintComponent._assert_actual_datatype
    is_literal, is_datatype = datatype == RDFS.Literal, datatype == RDFS.Datatype
    is_string, is_lang = datatype == XSD.string, datatype == RDF.langString

    def test(value) -> bool:
        if not isinstance(value, Literal):
            return False
        if value.datatype == datatype:
            if getattr(value, "ill_typed", None) is True:
                return False
            return actual(None, value, datatype)
        if is_literal:
            return True
        if is_datatype and value.datatype:
            return True
        if is_string and value.datatype is None and value.language is None:
            return isinstance(value.value, (str, bytes))
        if is_lang and value.language:
            return isinstance(value.value, (str, bytes))
        return False
    return test


def _min_inclusive_ok(value, minimum) -> bool:
    from pyshacl.rdfutil.compare import compare_literal

    if not isinstance(value, Literal):
        return False
    min_is_string, v_is_string = isinstance(minimum.value, str), isinstance(value.value, str)
    if min_is_string != v_is_string:
        return False
    try:
        return compare_literal(value, minimum) >= 0
    except (TypeError, NotImplementedError):
        return False


_MIN, _MAX, _KIND, _CLASS, _DATATYPE, _LENGTH, _PATTERN, _MININC = (
    SH.minCount, SH.maxCount, SH.nodeKind, SH["class"], SH.datatype, SH.minLength, SH.pattern, SH.minInclusive)


def _value_checks(shape: _Shape, index: "_Index") -> list:
    """(parameter, test) for each value-level constraint of ``shape``."""
    checks = []
    for p in (_KIND, _CLASS, _DATATYPE, _LENGTH, _PATTERN, _MININC):
        if p not in shape.params:
            continue
        rule = shape.params[p]
        if p == _KIND:
            test = _node_kind_test(rule)
        elif p == _CLASS:
            test = lambda v, rule=rule: not isinstance(v, Literal) and index.is_instance(v, rule)  # noqa: E731
        elif p == _DATATYPE:
            test = _datatype_test(rule)
        elif p == _LENGTH:
            test = lambda v, n=int(rule): not isinstance(v, BNode) and len(str(v)) >= n  # noqa: E731
        elif p == _PATTERN:
            test = lambda v, rx=re.compile(str(rule)): (  # noqa: E731
                not isinstance(v, BNode) and rx.search(str(v)) is not None)
        else:
            test = lambda v, rule=rule: _min_inclusive_ok(v, rule)  # noqa: E731
        checks.append((p, test))
    return checks


def _check_values(shape: _Shape, values: list) -> list[tuple]:
    """(parameter, value or None) for each failed core constraint."""
    failed = []
    if shape._min is not None and len(values) < shape._min:
        failed.append((_MIN, None))
    if shape._max is not None and len(values) > shape._max:
        failed.append((_MAX, None))
    for p, test in shape._checks:
        for v in values:
            if not test(v):
                failed.append((p, v))
    return failed


def _sparql_text(select: str, path: URIRef | None) -> str:
    """The constraint's query with $PATH filled in; $this stays a variable."""
    if path is not None:
        select = re.sub(r"\$PATH\b", f"<{path}>", select)
    elif "$PATH" in select:
        raise Unsupported("$PATH in a node shape's SPARQL constraint")
    if re.search(r"\$(currentShape|shapesGraph|value)\b", select):
        raise Unsupported("SPARQL constraint uses pre-bound variables other than $this and $PATH")
    if re.search(r"\b(GROUP\s+BY|LIMIT|OFFSET|MINUS|SERVICE|VALUES)\b", select, re.IGNORECASE):
        raise Unsupported("SPARQL constraint with solution modifiers, MINUS, SERVICE or VALUES")
    return select


def _sparql_violations(store, shape: _Shape, focus: set, path, constraint, select: str, messages) -> list:
    from .oxi import to_rdflib as plain

    to_rdflib = getattr(store, "to_rdflib", plain)
    text = _sparql_text(select, path)
    out = []
    for solution in store.query(text):
        this = to_rdflib(solution["this"])
        if this not in focus:
            continue
        value = solution["value"]
        if value is not None:
            value = to_rdflib(value)
        elif path is None:
            value = this  # a node shape's value node is its focus node
        result_path = path
        for message in (messages or shape.messages or [None]):
            out.append(Violation(this, result_path, value, shape.node, message,
                                 SH.SPARQLConstraintComponent, constraint))
    return out


def validate(data: Graph | tuple, shapes: Graph, store) -> list[Violation]:
    """Every validation result of ``data`` (a graph, or a tuple of graphs taken
    together, e.g. data and ontology) against ``shapes``; ``store`` runs SPARQL
    over the same triples (a pyoxigraph Store or kb.oxi.Work), for the SPARQL
    constraints. Raises Unsupported for shapes we cannot check."""
    roots = _read_shapes(shapes)
    index = _Index(*(data if isinstance(data, tuple) else (data,)))
    results: list[Violation] = []
    for root in roots:
        focus = set()
        for cls in root.target_classes:
            focus |= index.instances(cls)
        for p in root.target_subjects_of:
            focus.update(index.subjects_of.get(p, ()))
        shapes_here = [root] + root.properties
        for shape in shapes_here:
            shape._min = int(shape.params[_MIN]) if _MIN in shape.params else None
            shape._max = int(shape.params[_MAX]) if _MAX in shape.params else None
            shape._checks = _value_checks(shape, index)
        for prop in root.properties:
            if prop.target_classes or prop.target_subjects_of:
                raise Unsupported(f"targets on property shape {prop.node}")
            objects, path, empty = index.objects, prop.path, []
            for f in focus:
                values = objects.get((f, path), empty)
                if not values and prop._min is None:
                    continue
                for param, value in _check_values(prop, values):
                    for message in prop.messages or [None]:
                        results.append(Violation(f, prop.path, value, prop.node, message, _COMPONENT[param]))
            for constraint, select, messages in prop.sparql:
                results += _sparql_violations(store, prop, focus, prop.path, constraint, select, messages)
        for constraint, select, messages in root.sparql:
            results += _sparql_violations(store, root, focus, None, constraint, select, messages)
        if root.path is not None:
            raise Unsupported(f"property shape {root.node} with its own targets")
    return results
