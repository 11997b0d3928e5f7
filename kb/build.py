"""The pipeline: load, derive, validate, export. ``compile`` does the work in
memory; ``outputs`` renders every published file; ``build`` also writes dist/,
and only when validation passes."""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyshacl
from rdflib import Graph

from . import dataset, nt, release, rules
from .errors import KBError, ValidationFailed
from .export import context, frames, jsonld, ntriples, ontodoc, turtle, void
from .export.documents import Documents
from .export.site import STYLE, Site
from .gcpause import trim
from .load import Loaded, load
from .project import Project
from .schema import Schema, read_graph
from .validate import Report, validate

# The files every build writes at the top of dist/. Per-entity documents and
# the site are added to these; SHA256SUMS lists them all.
OUTPUTS = ("kb.ttl", "kb.jsonld", "kb.nt", "context.jsonld", "ontology.ttl", "shapes.ttl", "void.ttl")
MANIFEST = "SHA256SUMS"


@dataclass
class Compiled:
    """Everything a build produces, before anything is written."""

    triples: set  # (s, p, o) as N-Triples term strings (kb.nt)
    ontology: Graph
    shapes: Graph
    loaded: Loaded
    report: Report
    project: Project | None = None
    _files: dict = field(default_factory=dict, repr=False)
    _graph: Graph | None = field(default=None, repr=False)

    @property
    def graph(self) -> Graph:
        """The triples as an rdflib graph, made on first use (the per-resource
        documents, the site and ``kb query`` work on it)."""
        if self._graph is None:
            self._graph = nt.to_graph(self.triples)
        return self._graph


def compile(project: Project) -> Compiled:  # noqa: A001 - the stage's name
    """Load, apply rules and validate. Raises KBError on bad input."""
    *_, compiled = compile_stages(project)
    return compiled


def compile_stages(project: Project):
    """``compile`` one stage at a time (for ``kb bench``): yields the Loaded
    record, then the triples with the derived ones, then the Compiled result."""
    ontology = read_graph(project.ontology)
    shapes = read_graph(project.shapes)
    schema = Schema(shapes, ontology)
    from .oxi import Work
    work = Work(None, ontology)
    try:
        loaded = load(project, schema, feed=work.feed)
    except BaseException:
        work.close()
        raise
    work.finish()
    yield loaded
    # The rules run on Oxigraph in a background thread while the validator's
    # index of the loaded triples is built here; the derived triples join both.
    from . import shacl
    from .oxi import in_background
    derived = in_background(rules.derive, work, project.ontology / "rules")
    triples = loaded.triples
    try:
        index = shacl.index(shapes, triples, nt.triples_of(ontology))
    except shacl.Unsupported:
        index = None  # validation goes to pySHACL
    new = [t for t in dict.fromkeys(derived.result()) if t not in triples]
    triples.update(new)
    if index is not None:
        index.extend(new)
    yield triples
    report = validate(triples, shapes, ontology, loaded.origins, project.ontology / "checks", loaded.key_origins,
                      work, index)
    del work  # the store's memory goes back to the system before the exports
    trim()
    yield Compiled(triples, ontology, shapes, loaded, report, project)


def exports(compiled: Compiled) -> dict[str, bytes]:
    """kb.ttl, kb.jsonld and kb.nt. The triples are put in N-Triples order
    once (what kb.nt is; the other two then sort already-ordered lists, which
    is quick)."""
    ordered = ntriples.in_order(compiled.triples)
    return {"kb.ttl": turtle.serialize_triples(ordered),
            "kb.jsonld": jsonld.serialize_triples(ordered, compiled.ontology),
            "kb.nt": ntriples.serialize(ordered, ordered=True)}


def render(compiled: Compiled, name: str) -> bytes:
    """The bytes of one published file (a path relative to dist/)."""
    if name in _SINGLE and not compiled._files:
        return _SINGLE[name](compiled)
    files = outputs(compiled)
    if name not in files:
        raise ValueError(f"unknown output {name}")
    return files[name]


_SINGLE = {
    "kb.ttl": lambda c: turtle.serialize_triples(c.triples),
    "kb.jsonld": lambda c: jsonld.serialize_triples(c.triples, c.ontology),
    "kb.nt": lambda c: ntriples.serialize(c.triples),
    "context.jsonld": lambda c: context.serialize(c.ontology),
    "ontology.ttl": lambda c: turtle.serialize(c.ontology),
    "shapes.ttl": lambda c: turtle.serialize(c.shapes),
}


def validate_description(description: Graph, shapes_dir: Path) -> None:
    """Check void.ttl against shapes/dataset/void.ttl; a failure is a bug in the build."""
    shapes = read_graph(shapes_dir / "dataset")
    conforms, _, text = pyshacl.validate(description, shacl_graph=shapes, inference="none",
                                         allow_warnings=False, advanced=True)
    if not conforms:
        raise KBError(f"void.ttl does not conform to shapes/dataset/void.ttl: {' '.join(text.split())}")


def outputs(compiled: Compiled) -> dict[str, bytes]:
    """Every published file, by path relative to dist/, in a fixed order."""
    if compiled._files:
        return compiled._files
    project = compiled.project
    files = exports(compiled)
    files.update({name: make(compiled) for name, make in _SINGLE.items() if name not in files})
    about = dataset.read(project)
    current = release.current(project)
    description = void.build(compiled.triples, compiled.ontology, about, current,
                             {name: len(data) for name, data in files.items()})
    validate_description(description, project.shapes)
    files["void.ttl"] = void.serialize(description)
    files.update(site_files(compiled, current.version, about.title))
    files[MANIFEST] = manifest(files)
    compiled._files = files
    return files


DOWNLOADS = (
    ("kb.ttl", "the knowledge base, Turtle"),
    ("kb.nt", "the knowledge base, N-Triples (sorted)"),
    ("kb.jsonld", "the knowledge base, JSON-LD"),
    ("frames/armed-groups.jsonld", "one nested JSON object per armed group: sanctions, transfers, claims"),
    ("context.jsonld", "the JSON-LD context"),
    ("ontology.ttl", "the ontology, Turtle"),
    ("shapes.ttl", "the SHACL shapes"),
    ("void.ttl", "the dataset description (VoID and DCAT)"),
    ("SHA256SUMS", "checksums of every published file"),
)


def site_files(compiled: Compiled, version: str, title: str) -> dict[str, bytes]:
    """Per-resource documents (Turtle, JSON-LD, HTML), the index, the ontology
    page, the style sheet and the framed JSON-LD."""
    docs = Documents(compiled.triples, compiled.ontology)
    site = Site(docs, version, title)
    ctx = context.build(compiled.ontology)
    files: dict[str, bytes] = {}
    for node in docs.subjects:
        triples = docs.triples_of(node)
        files[docs.path(node, "ttl")] = turtle.serialize_triples(triples)
        files[docs.path(node, "jsonld")] = jsonld.serialize_triples(triples, ctx=ctx)
        path, page = site.resource_page(node)
        files[path] = page
    for node in docs.claims + docs.statements:
        path, page = site.pointer(node)
        files[path] = page
    for name in frames.FRAMES:
        files[f"frames/{name}"] = frames.serialize_triples(compiled.triples, compiled.ontology, name)
    files["ontology.html"] = ontodoc.render(site)
    files["index.html"] = site.index(list(DOWNLOADS))
    files["style.css"] = STYLE.encode("utf-8")
    return files


def manifest(files: dict[str, bytes]) -> bytes:
    """``sha256sum -c`` input for every other file: what the build owns in dist/."""
    lines = [f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(files.items())
             if name != MANIFEST]
    return "".join(lines).encode("utf-8")


def owned(out_dir: Path) -> set[str]:
    """The files an earlier build wrote, from its manifest."""
    path = out_dir / MANIFEST
    if not path.is_file():
        return set()
    return {line.split("  ", 1)[1] for line in path.read_text(encoding="utf-8").splitlines() if "  " in line}


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


def write_atomically(files: dict[str, bytes], out_dir: Path, prune: bool = False) -> None:
    """Publish ``files`` (paths relative to ``out_dir``) as one set.

    A complete new copy of the folder is staged beside it (unchanged files are
    hard links), then the two folders are swapped in one atomic rename. A reader,
    or a build killed at any point, sees either the whole old set or the whole
    new set. Where the system cannot swap folders, files are replaced one by one.
    With ``prune``, files an earlier build listed in its manifest and this one no
    longer writes are removed (nothing else is).
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
        for name in sorted(owned(out_dir) - set(files) if prune else ()):
            path = staging / name
            if path.is_file() and ".." not in Path(name).parts:
                path.unlink()
                if path.parent != staging and not any(path.parent.iterdir()):
                    path.parent.rmdir()
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
    write_atomically(outputs(compiled), out_dir or project.dist, prune=True)
    return compiled
