"""`kb diff OLD NEW`: what changed between two builds, in words.

OLD and NEW are build folders (holding kb.nt) or git revisions (tags, commits,
branches) of the project, whose committed dist/kb.nt is read with `git show`.
Changes are grouped by resource and told with labels and claim text; the
changeset (JSON, or SPARQL Update for a .ru file) lists the exact triples."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from .errors import KBError
from .export import ntriples
from .namespaces import AGKB, OA
from .project import Project


@dataclass
class Side:
    """One build: its graph, ontology (for labels), name and version."""

    name: str
    graph: Graph
    ontology: Graph
    version: str | None = None


@dataclass
class Change:
    """One resource that was added, removed or changed."""

    kind: str  # "added", "removed" or "changed"
    subject: str
    title: str  # e.g. 'claim “North Korea delivered …”'
    added: list[str] = field(default_factory=list)    # 'date: 2022-11'
    removed: list[str] = field(default_factory=list)


@dataclass
class Diff:
    old: Side
    new: Side
    added: list[tuple]
    removed: list[tuple]
    changes: list[Change]


def _parse(data: bytes, fmt: str, where: str) -> Graph:
    graph = Graph()
    try:
        graph.parse(data=data.decode("utf-8"), format=fmt)
    except Exception as exc:  # rdflib raises many types for bad input
        raise KBError(f"cannot parse: {' '.join(str(exc).split())[:200]}", where) from None
    return graph


def _version(void: bytes | None) -> str | None:
    if not void:
        return None
    graph = Graph().parse(data=void.decode("utf-8"), format="turtle")
    value = graph.value(URIRef("https://w3id.org/agkb/dataset"), OWL.versionInfo)
    return str(value) if value is not None else None


def _git_show(project: Project, rev: str, path: str) -> bytes | None:
    result = subprocess.run(["git", "-C", str(project.root), "show", f"{rev}:{path}"], capture_output=True)
    return result.stdout if result.returncode == 0 else None


def read_side(project: Project, spec: str) -> Side:
    """A build folder (absolute, or relative to the current folder or the project) or a git revision."""
    for folder in (Path(spec), project.root / spec):
        if (folder / "kb.nt").is_file():
            def read(name):
                path = folder / name
                return path.read_bytes() if path.is_file() else None
            where = str(folder / "kb.nt")
            break
    else:
        check = subprocess.run(["git", "-C", str(project.root), "rev-parse", "--verify", "--quiet",
                                f"{spec}^{{commit}}"], capture_output=True)
        if check.returncode != 0:
            raise KBError(f"'{spec}' is neither a build folder holding kb.nt nor a git tag or commit of "
                          f"{project.root}")
        prefix = project.relative(project.dist)

        def read(name):
            return _git_show(project, spec, f"{prefix}/{name}")
        where = f"{spec}:{prefix}/kb.nt"
        if read("kb.nt") is None:
            raise KBError(f"revision '{spec}' has no {prefix}/kb.nt", where)
    graph = _parse(read("kb.nt"), "nt", where)
    ontology = _parse(read("ontology.ttl"), "turtle", where) if read("ontology.ttl") else Graph()
    return Side(spec, graph, ontology, _version(read("void.ttl")))


class _Words:
    """Labels for resources, from the new build first, then the old one."""

    def __init__(self, *graphs: Graph):
        self.graphs = graphs

    def first(self, node, predicate):
        for graph in self.graphs:
            values = sorted(graph.objects(node, predicate))
            if values:
                return values[0]
        return None

    def label(self, node) -> str:
        if isinstance(node, Literal):
            return f"“{node}”" if node.datatype is None else str(node)
        exact = self.first(node, OA.exact)
        if exact is not None:
            return f"excerpt “{exact}”"
        for predicate in (RDFS.label, SKOS.prefLabel, DCTERMS.title):
            value = self.first(node, predicate)
            if value is not None:
                return str(value)
        return str(node).rsplit("#", 1)[-1].rsplit("/", 1)[-1]

    def kind(self, node) -> str:
        types = set()
        for graph in self.graphs:
            types |= {t for t in graph.objects(node, RDF.type) if str(t).startswith(str(AGKB))}
        # the most specific of our classes: the one that is no other type's superclass
        def above(cls) -> set:
            seen, queue = set(), [cls]
            while queue:
                current = queue.pop()
                for graph in self.graphs:
                    for parent in graph.objects(current, RDFS.subClassOf):
                        if parent not in seen:
                            seen.add(parent)
                            queue.append(parent)
            return seen
        specific = [t for t in sorted(types) if not any(t in above(u) for u in types if u != t)]
        if specific:
            return self.label(specific[0])
        return "resource"

    def title(self, node) -> str:
        kind = self.kind(node)
        if kind == "claim":
            return f"claim “{self.label(node)}”"
        if kind == "statement":
            speaker = self.first(node, AGKB.speaker)
            stance = self.first(node, AGKB.stance)
            claims = [self.label(c) for graph in self.graphs for c in sorted(graph.objects(node, AGKB.regarding))]
            what = f" “{claims[0]}”" if claims else ""
            return (f"statement: {self.label(speaker) if speaker is not None else 'someone'} "
                    f"{self.label(stance) if stance is not None else 'states'}{what}")
        return f"{kind} “{self.label(node)}”"

    def fact(self, predicate, obj) -> str:
        return f"{self.label(predicate)}: {self.label(obj)}"


_QUIET = {RDF.type}  # told by the resource's kind instead


def diff(old: Side, new: Side) -> Diff:
    old_set, new_set = set(old.graph), set(new.graph)
    added, removed = sorted(new_set - old_set), sorted(old_set - new_set)
    words = _Words(new.graph, old.graph, new.ontology, old.ontology)
    old_subjects, new_subjects = set(old.graph.subjects()), set(new.graph.subjects())
    by_subject: dict = {}
    for sign, triples in (("+", added), ("-", removed)):
        for s, p, o in triples:
            by_subject.setdefault(s, []).append((sign, p, o))
    # Excerpts are told with the claim or statement they belong to.
    owners = {o: s for graph in (new.graph, old.graph) for s, o in graph.subject_objects(AGKB.evidence)}
    changes = []
    for subject in sorted(by_subject, key=lambda s: (words.kind(s), words.label(s).lower(), str(s))):
        if subject in owners and words.kind(subject) == "excerpt":
            continue
        if subject not in old_subjects:
            change = Change("added", str(subject), words.title(subject))
        elif subject not in new_subjects:
            change = Change("removed", str(subject), words.title(subject))
        else:
            change = Change("changed", str(subject), words.title(subject))
        for sign, predicate, obj in by_subject[subject]:
            if predicate in _QUIET or (change.kind != "changed" and predicate in (RDFS.label, PROV.wasDerivedFrom)):
                continue
            (change.added if sign == "+" else change.removed).append(words.fact(predicate, obj))
        changes.append(change)
    return Diff(old, new, added, removed, changes)


def text(result: Diff) -> str:
    """The changes as lines a person reads."""
    def name(side):
        return f"{side.name} ({side.version})" if side.version else side.name
    added = len(result.added)
    lines = [f"From {name(result.old)} to {name(result.new)}: {added} triple{'' if added == 1 else 's'} added, "
             f"{len(result.removed)} removed."]
    if not result.changes:
        return lines[0] + "\nNo changes.\n"
    for kind, verb in (("added", "Added"), ("removed", "Removed"), ("changed", "Changed")):
        group = [c for c in result.changes if c.kind == kind]
        if not group:
            continue
        lines.append(f"\n{verb} ({len(group)}):")
        for change in group:
            lines.append(f"  {'+' if kind == 'added' else '-' if kind == 'removed' else '~'} {change.title}")
            sign_add, sign_remove = ("+", "-") if kind != "removed" else ("-", "-")
            lines += [f"      {sign_remove} {line}" for line in change.removed]
            lines += [f"      {sign_add} {line}" for line in change.added]
    return "\n".join(lines) + "\n"


def _nt(triple) -> str:
    return "".join(ntriples.lines(_one(triple))).rstrip("\n")


def _one(triple) -> Graph:
    graph = Graph()
    graph.add(triple)
    return graph


def changeset(result: Diff, path: Path) -> bytes:
    """The changeset: SPARQL Update for a .ru file (apply it to a store), JSON otherwise."""
    removed = [_nt(t) for t in result.removed]
    added = [_nt(t) for t in result.added]
    if path.suffix == ".ru":
        parts = [f"# kb diff {result.old.name} {result.new.name}"]
        if removed:
            parts.append("DELETE DATA {\n" + "\n".join(f"  {line}" for line in removed) + "\n} ;")
        if added:
            parts.append("INSERT DATA {\n" + "\n".join(f"  {line}" for line in added) + "\n} ;")
        return ("\n".join(parts).rstrip(" ;") + "\n").encode("utf-8")
    doc = {
        "old": {"name": result.old.name, "version": result.old.version},
        "new": {"name": result.new.name, "version": result.new.version},
        "removed": removed,
        "added": added,
        "resources": [{"iri": c.subject, "change": c.kind, "title": c.title, "removed": c.removed,
                       "added": c.added} for c in result.changes],
    }
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
