"""The pipeline: load, derive, validate, export. ``compile`` does the work in
memory; ``build`` also writes dist/, and only when validation passes."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from . import rules
from .errors import ValidationFailed
from .export import context, jsonld, ntriples, turtle
from .load import Loaded, load
from .project import Project
from .schema import Schema, read_graph
from .validate import Report, validate

OUTPUTS = ("kb.ttl", "kb.jsonld", "kb.nt", "context.jsonld", "ontology.ttl", "shapes.ttl")


@dataclass
class Compiled:
    """Everything a build produces, before anything is written."""

    graph: Graph
    ontology: Graph
    shapes: Graph
    loaded: Loaded
    report: Report


def compile(project: Project) -> Compiled:  # noqa: A001 - the stage's name
    """Load, apply rules and validate. Raises KBError on bad input."""
    ontology = read_graph(project.ontology)
    shapes = read_graph(project.shapes)
    schema = Schema(shapes, ontology)
    loaded = load(project, schema)
    graph = rules.apply(loaded.graph, ontology, project.ontology / "rules")
    report = validate(graph, shapes, ontology, loaded.origins, project.ontology / "checks")
    return Compiled(graph, ontology, shapes, loaded, report)


def render(compiled: Compiled, name: str) -> bytes:
    """The bytes of one published file."""
    if name == "kb.ttl":
        return turtle.serialize(compiled.graph)
    if name == "kb.nt":
        return ntriples.serialize(compiled.graph)
    if name == "kb.jsonld":
        return jsonld.serialize(compiled.graph, compiled.ontology)
    if name == "context.jsonld":
        return context.serialize(compiled.ontology)
    if name == "ontology.ttl":
        return turtle.serialize(compiled.ontology)
    if name == "shapes.ttl":
        return turtle.serialize(compiled.shapes)
    raise ValueError(f"unknown output {name}")


def write_atomically(files: dict[str, bytes], out_dir: Path) -> None:
    """Write every file to a temporary folder first, then move each into place.

    A reader never sees a half-written file; a failure before the moves leaves
    ``out_dir`` as it was.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / f".tmp-build-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        for name, data in files.items():
            with open(tmp / name, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for name in files:
            os.replace(tmp / name, out_dir / name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def build(project: Project, out_dir: Path | None = None) -> Compiled:
    """Compile and, if the graph conforms, publish every output to ``out_dir``."""
    compiled = compile(project)
    if not compiled.report.conforms:
        raise ValidationFailed(compiled.report)
    write_atomically({name: render(compiled, name) for name in OUTPUTS}, out_dir or project.dist)
    return compiled
