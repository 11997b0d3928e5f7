"""The pipeline: load, derive, validate, export. ``compile`` does the work in
memory; ``build`` also writes dist/, and only when validation passes."""

from __future__ import annotations

import ctypes
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
    report = validate(graph, shapes, ontology, loaded.origins, project.ontology / "checks", loaded.key_origins)
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


def write_file(path: Path, data: bytes) -> None:
    """Write one file atomically: a temporary file beside it, fsync, rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux renameat2 RENAME_EXCHANGE)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _remove_stale(out_dir: Path) -> None:
    for stale in out_dir.parent.glob(f".{out_dir.name}.staging-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(stale, ignore_errors=True)


def write_atomically(files: dict[str, bytes], out_dir: Path) -> None:
    """Publish ``files`` into ``out_dir`` as one set.

    A complete new copy of the folder is staged beside it (unchanged files are
    hard links), then the two folders are swapped in one atomic rename. A reader,
    or a build killed at any point, sees either the whole old set or the whole
    new set. Where the system cannot swap folders, files are replaced one by one.
    """
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(out_dir)
    staging = out_dir.parent / f".{out_dir.name}.staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        if out_dir.is_dir():
            shutil.copytree(out_dir, staging, copy_function=os.link, symlinks=True,
                            ignore=shutil.ignore_patterns(".tmp-*", ".*.tmp-*"))
        else:
            staging.mkdir()
        for name, data in files.items():
            write_file(staging / name, data)
        fd = os.open(staging, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        if not out_dir.exists():
            os.rename(staging, out_dir)
        elif not _exchange(staging, out_dir):
            for name, data in files.items():
                write_file(out_dir / name, data)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def build(project: Project, out_dir: Path | None = None) -> Compiled:
    """Compile and, if the graph conforms, publish every output to ``out_dir``."""
    compiled = compile(project)
    if not compiled.report.conforms:
        raise ValidationFailed(compiled.report)
    write_atomically({name: render(compiled, name) for name in OUTPUTS}, out_dir or project.dist)
    return compiled
