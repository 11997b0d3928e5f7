"""A fast SHACL validator for the constraint kinds our shapes use.

pySHACL evaluates every shape focus node by focus node, and runs each SPARQL
constraint once per focus node through rdflib's SPARQL engine (parsing the
query every time); on a large graph that takes minutes. Here the data is
indexed once (terms as N-Triples strings, kb.nt), the core constraints are
checked in plain Python over the index, and each SPARQL constraint runs once,
over all focus nodes, on Oxigraph.

The results are the same as pySHACL's (focus node, path, value, source shape,
message, severity), as ``tests/test_shacl_differential.py`` checks on valid
and invalid data. Shapes that use anything this module does not implement
raise :class:`Unsupported`, and the caller falls back to pySHACL.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from . import nt

# Predicates with the sh: namespace that a shape may carry here. Any other sh:
# term makes the shapes unsupported, so that nothing is silently skipped.
_CORE = {SH.minCount, SH.maxCount, SH.nodeKind, SH["class"], SH.datatype, SH.minLength, SH.pattern,
         SH.minInclusive, SH.uniqueLang}
_SHAPE_KEYS = _CORE | {SH.path, SH.name, SH.description, SH.message, SH.sparql, SH.targetClass,
                       SH.targetSubjectsOf, SH.property, SH.order, SH.group}
_COMPONENT = {
    SH.minCount: SH.MinCountConstraintComponent, SH.maxCount: SH.MaxCountConstraintComponent,
    SH.nodeKind: SH.NodeKindConstraintComponent, SH["class"]: SH.ClassConstraintComponent,
    SH.datatype: SH.DatatypeConstraintComponent, SH.minLength: SH.MinLengthConstraintComponent,
    SH.pattern: SH.PatternConstraintComponent, SH.minInclusive: SH.MinInclusiveConstraintComponent,
    SH.uniqueLang: SH.UniqueLangConstraintComponent,
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
            elif p in _CORE or p == SH.uniqueLang:
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


_TYPE, _SUBCLASS = nt.TYPE, nt.from_rdflib(RDFS.subClassOf)


def _triples(data):
    """N-Triples triples (kb.nt) of a set of them or of an rdflib graph."""
    return data if isinstance(data, (set, frozenset, list)) else nt.triples_of(data)


class _Index:
    """Objects by (subject, predicate), subjects by predicate, and rdf:type with
    rdfs:subClassOf closure, over the data (the union of ``sources``, each a set
    of N-Triples triples or an rdflib graph), for the ``predicates`` given (and
    rdf:type and rdfs:subClassOf), or all. Terms are N-Triples strings."""

    def __init__(self, *sources, predicates: set | None = None):
        objects: dict = defaultdict(list)
        subjects_of: dict = defaultdict(list)
        types: dict = defaultdict(list)
        superclasses: dict = defaultdict(set)
        sources = [_triples(source) for source in sources]
        if len(sources) > 1:
            first = sources[0] if isinstance(sources[0], (set, frozenset)) else set(sources[0])
            sources = [first] + [[t for t in source if t not in first] for source in sources[1:]]
        self.predicates = None if predicates is None else predicates | {_TYPE, _SUBCLASS}
        self.objects, self.subjects_of, self.types = objects, subjects_of, types
        self._super = superclasses
        self._closure: dict = {}
        self._instances: dict | None = None
        self._others = sources[1:]  # to tell which triples ``extend`` gets are new
        for source in sources:
            self._add(source)

    def _add(self, triples) -> None:
        objects, subjects_of, types, superclasses = self.objects, self.subjects_of, self.types, self._super
        predicates = self.predicates
        for triple in triples:
            s, p, o = triple
            if predicates is not None and p not in predicates:
                continue
            objects[(s, p)].append(o)
            subjects_of[p].append(s)
            if p == _TYPE:
                types[s].append(o)
            elif p == _SUBCLASS:
                superclasses[s].add(o)

    def extend(self, triples) -> None:
        """Add triples that are new to the first source (the data)."""
        others = [set(o) if not isinstance(o, (set, frozenset)) else o for o in self._others]
        self._add(t for t in triples if not any(t in other for other in others))
        self._closure.clear()
        self._instances = None

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

    def test(value: str) -> bool:
        first = value[0]
        if first == "<":
            return iri
        if first == "_":
            return bnode
        return literal
    return test


def _datatype_test_nt(datatype):
    """``_datatype_test`` for N-Triples strings: plain strings and tagged
    strings are answered from the string, other literals as rdflib terms
    (``_failures`` tests each distinct value once)."""
    inner = _datatype_test(datatype)
    is_string, is_lang = datatype == XSD.string, datatype == RDF.langString

    def test(value: str) -> bool:
        if value[0] != '"':
            return False
        if value[-1] == '"':  # a plain literal
            if is_string:
                return True
        elif is_lang and value[value.rindex('"') + 1] == "@":
            return True
        return inner(nt.to_rdflib(value))
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


_MIN, _MAX, _KIND, _CLASS, _DATATYPE, _LENGTH, _PATTERN, _MININC, _UNIQUE = (
    SH.minCount, SH.maxCount, SH.nodeKind, SH["class"], SH.datatype, SH.minLength, SH.pattern, SH.minInclusive,
    SH.uniqueLang)


def _language(value: str) -> str:
    """The language tag of a literal string, lower case; "" for a typed one."""
    tail = value[value.rindex('"') + 1:]
    return tail[1:].lower() if tail[:1] == "@" else ""


def _value_checks(shape: _Shape, index: "_Index") -> list:
    """(parameter, test) for each value-level constraint of ``shape``; the
    tests take N-Triples strings."""
    checks = []
    for p in (_KIND, _CLASS, _DATATYPE, _LENGTH, _PATTERN, _MININC):
        if p not in shape.params:
            continue
        rule = shape.params[p]
        if p == _KIND:
            test = _node_kind_test(rule)
        elif p == _CLASS:
            test = lambda v, rule=nt.from_rdflib(rule): (  # noqa: E731
                v[0] != '"' and index.is_instance(v, rule))
        elif p == _DATATYPE:
            test = _datatype_test_nt(rule)
        elif p == _LENGTH:
            test = lambda v, n=int(rule): v[0] != "_" and len(nt.lexical(v)) >= n  # noqa: E731
        elif p == _PATTERN:
            test = lambda v, rx=re.compile(str(rule)): (  # noqa: E731
                v[0] != "_" and rx.search(nt.lexical(v)) is not None)
        else:
            test = lambda v, rule=rule: _min_inclusive_ok(nt.to_rdflib(v), rule)  # noqa: E731
        checks.append((p, test))
    return checks


def _failures(shape: _Shape, focus, objects: dict, path: str):
    """(focus node, parameter, value or None) for each failed core constraint
    of property shape ``shape``, focus node by focus node. A value's tests are
    run once per distinct value (the same IRI is often the value of thousands
    of nodes); the failures keep the order constraint by constraint."""
    low, high, checks, unique = shape._min, shape._max, shape._checks, shape._unique_lang
    memo: dict = {}  # value -> the parameters it fails, in check order
    for f in focus:
        values = objects.get((f, path))
        if values is None:
            if low is not None and low > 0:
                yield f, _MIN, None
            continue
        if low is not None and len(values) < low:
            yield f, _MIN, None
        if high is not None and len(values) > high:
            yield f, _MAX, None
        if unique and len(values) > 1:
            # sh:uniqueLang: a result (without a value, as pySHACL gives it) for
            # each language tag, compared in lower case, that two values share
            seen, shared = set(), set()
            for language in (_language(v) for v in values if v[0] == '"'):
                if language:
                    (shared if language in seen else seen).add(language)
            for _ in shared:
                yield f, _UNIQUE, None
        if not checks:
            continue
        failed = False
        for v in values:
            found = memo.get(v)
            if found is None:
                found = memo[v] = tuple(p for p, test in checks if not test(v))
            if found:
                failed = True
        if failed:
            for p, _ in checks:
                for v in values:
                    if p in memo[v]:
                        yield f, p, v


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


def _sparql_violations(store, shape: _Shape, focus: set, path, constraint, rows: list, messages) -> list:
    """Results of one SPARQL constraint, from its rows (``kb.oxi.select_all``)."""
    nt_of = getattr(store, "nt_of", str)
    names, rows = rows
    out = []
    for row in dict.fromkeys(rows):  # identical solutions give one result, as in pySHACL
        solution = dict(zip(names, row))
        this = nt_of(solution["this"])
        if this not in focus:
            continue
        this = nt.to_rdflib(this)
        value = solution.get("value")
        if value is not None:
            value = nt.to_rdflib(nt_of(value))
        elif path is None:
            value = this  # a node shape's value node is its focus node
        for message in (messages or shape.messages or [None]):
            out.append(Violation(this, path, value, shape.node, message,
                                 SH.SPARQLConstraintComponent, constraint))
    return out


def _wanted(roots: list[_Shape]) -> set:
    """The predicates the core constraints read: property paths and targets."""
    wanted = {nt.from_rdflib(prop.path) for root in roots for prop in root.properties}
    return wanted | {nt.from_rdflib(p) for root in roots for p in root.target_subjects_of}


def index(shapes: Graph, *sources) -> _Index:
    """The index ``validate`` needs for ``shapes`` over ``sources`` (data first,
    then e.g. the ontology), made ahead of time so that it can be built while
    Oxigraph works; add derived triples with its ``extend``."""
    return _Index(*sources, predicates=_wanted(_read_shapes(shapes)))


def validate(data, shapes: Graph, store, prepared: _Index | None = None) -> list[Violation]:
    """Every validation result of ``data`` (an rdflib graph or a set of
    N-Triples triples, or a tuple of those taken together, e.g. data and
    ontology) against ``shapes``; ``store`` runs SPARQL over the same triples
    (a pyoxigraph Store or kb.oxi.Work), for the SPARQL constraints. Results
    hold rdflib terms. Raises Unsupported for shapes we cannot check.

    The SPARQL constraints run in a background thread on Oxigraph while the
    core constraints are checked here. ``prepared`` is an ``index`` of the same
    data, made earlier."""
    from .oxi import in_background, select_all

    roots = _read_shapes(shapes)
    jobs = []  # (shape, path, constraint, messages), and the query texts
    texts = []
    for root in roots:
        if root.path is not None:
            raise Unsupported(f"property shape {root.node} with its own targets")
        for prop in root.properties:
            if prop.target_classes or prop.target_subjects_of:
                raise Unsupported(f"targets on property shape {prop.node}")
            for constraint, select, messages in prop.sparql:
                jobs.append((prop, prop.path, constraint, messages))
                texts.append(_sparql_text(select, prop.path))
        for constraint, select, messages in root.sparql:
            jobs.append((root, None, constraint, messages))
            texts.append(_sparql_text(select, None))
    answers = in_background(select_all, store.query, texts)
    index = prepared if prepared is not None else \
        _Index(*(data if isinstance(data, tuple) else (data,)), predicates=_wanted(roots))
    sections = []  # lists of results, or the number of a SPARQL job, in the order pySHACL reports them
    job = 0
    for root in roots:
        focus = set()
        for cls in root.target_classes:
            focus |= index.instances(nt.from_rdflib(cls))
        for p in root.target_subjects_of:
            focus.update(index.subjects_of.get(nt.from_rdflib(p), ()))
        for shape in [root] + root.properties:
            shape._min = int(shape.params[_MIN]) if _MIN in shape.params else None
            shape._max = int(shape.params[_MAX]) if _MAX in shape.params else None
            shape._unique_lang = shape.params.get(_UNIQUE) == Literal(True)
            shape._checks = _value_checks(shape, index)
        for prop in root.properties:
            results = []
            for f, param, value in _failures(prop, focus, index.objects, nt.from_rdflib(prop.path)):
                value = None if value is None else nt.to_rdflib(value)
                for message in prop.messages or [None]:
                    results.append(Violation(nt.to_rdflib(f), prop.path, value, prop.node, message,
                                             _COMPONENT[param]))
            sections.append(results)
            for _ in prop.sparql:
                sections.append((job, focus))
                job += 1
        for _ in root.sparql:
            sections.append((job, focus))
            job += 1
    rows = answers.result()
    results: list[Violation] = []
    for section in sections:
        if isinstance(section, list):
            results += section
        else:
            number, focus = section
            shape, path, constraint, messages = jobs[number]
            results += _sparql_violations(store, shape, focus, path, constraint, rows[number], messages)
    return results
