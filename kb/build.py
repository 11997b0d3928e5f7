"""The pipeline: load, derive, validate, publish. ``compile`` does the work in
memory; ``publish`` renders every published file into dist/ (staged, only
what changed written, swapped in at once: kb/staging.py); ``build`` does both,
and publishes only when validation passes. ``outputs`` gives every file in
memory instead (for small projects and tests)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import dataset, nt, release, rules
from .errors import KBError, ValidationFailed
from .export import assets, context, frames, pictures, jsonld, ntriples, ontodoc, turtle, void
from .gcpause import trim, without_gc
from .load import Loaded, load
from .progress import QUIET, Stages
from .project import Project
from .schema import Schema, read_graph
from .staging import MANIFEST, Staging, manifest_bytes, read_manifest
from .staging import exchange as _exchange  # noqa: F401 - kb/ftm/imports.py swaps its folders with it
from .validate import Report, validate

# The files every build writes at the top of dist/. Per-entity documents and
# the site are added to these; SHA256SUMS lists them all.
OUTPUTS = ("kb.ttl", "kb.jsonld", "kb.nt", "context.jsonld", "ontology.ttl", "shapes.ttl", "void.ttl")
# Below this many pages and pointers, forking a second page writer costs more than it saves.
PARALLEL_PAGES_FROM = 400


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


def compile(project: Project, stages: Stages = QUIET) -> Compiled:  # noqa: A001 - the stage's name
    """Load, apply rules and validate. Raises KBError on bad input."""
    steps = compile_stages(project)
    for name in ("load", "rules"):
        with stages.stage(name):
            next(steps)
    with stages.stage("validate"):
        return next(steps)


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


def exports(compiled: Compiled, ordered: list | None = None) -> dict[str, bytes]:
    """kb.ttl, kb.jsonld and kb.nt. The triples are put in N-Triples order
    once (what kb.nt is; the other two then sort already-ordered lists, which
    is quick)."""
    return dict(_exports(compiled, ordered))


def _exports(compiled: Compiled, ordered: list | None = None):
    """(name, bytes) of kb.nt, kb.ttl and kb.jsonld, one at a time, so that
    only one of them is in memory."""
    if ordered is None:
        ordered = ntriples.in_order(compiled.triples)
    yield "kb.nt", ntriples.serialize(ordered, ordered=True)
    yield "kb.ttl", turtle.serialize_triples(ordered)
    yield "kb.jsonld", jsonld.serialize_triples(ordered, compiled.ontology)


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
    import pyshacl

    shapes = read_graph(shapes_dir / "dataset")
    conforms, _, text = pyshacl.validate(description, shacl_graph=shapes, inference="none",
                                         allow_warnings=False, advanced=True)
    if not conforms:
        raise KBError(f"void.ttl does not conform to shapes/dataset/void.ttl: {' '.join(text.split())}")


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


@without_gc
def _produce(compiled: Compiled, put, stages: Stages = QUIET, staging: Staging | None = None,
             workers: int = 1) -> None:
    """Render every published file but the manifest and hand each to
    ``put(name, bytes)``. With a ``staging`` and ``workers`` above 1, the
    per-resource pages are written by forked processes as well as this one
    (kb/export/pages.py), starting while this one writes the other files."""
    from .export.documents import Documents
    from .export.pages import Pages, start
    from .export import search, source_text
    from .export.site import STYLE, Site

    project = compiled.project
    about = dataset.read(project)
    current = release.current(project)
    with stages.stage("index"):
        groups = nt.by_subject(compiled.triples)
        ordered = ntriples.in_order(compiled.triples, groups)
        docs = Documents(compiled.triples, compiled.ontology, groups)
        static = len(docs.subjects) <= about.static_pages
        site = Site(docs, current.version, about.title, served=None if static else about.static_pages,
                    texts=source_text.texts(project.root))
        pages = Pages(docs, site, context.build(compiled.ontology)) if static else None
    finish = None
    if pages is not None and staging is not None and workers > 1 and pages.items >= PARALLEL_PAGES_FROM:
        finish = start(pages, staging, workers)
    sizes = {}
    with stages.stage("exports"):
        for name, data in _exports(compiled, ordered):
            sizes[name] = len(data)
            put(name, data)
            del data
        del ordered
        for name in ("context.jsonld", "ontology.ttl", "shapes.ttl"):
            put(name, _SINGLE[name](compiled))
    with stages.stage("void"):
        description = void.build(compiled.triples, compiled.ontology, about, current, sizes)
        validate_description(description, project.shapes)
        put("void.ttl", void.serialize(description))
    with stages.stage("frames"):
        for name in frames.FRAMES:
            put(f"frames/{name}", frames.serialize_triples(compiled.triples, compiled.ontology, name, docs.index))
    with stages.stage("site"):
        put("ontology.html", ontodoc.render(site))
        put("index.html", site.index(list(DOWNLOADS)))
        put("style.css", (STYLE + pictures.STYLE).encode("utf-8"))
        for name, data in search.files(site):
            put(name, data)
        for name, data in assets.files(project.root if project is not None else None):
            put(name, data)
    if pages is None:
        return
    with stages.stage("pages", total=pages.items):
        if finish is not None:
            finish(stages.update)
        else:
            for i in range(pages.items):
                for name, data in pages.render(i):
                    put(name, data)
                stages.advance()


def outputs(compiled: Compiled) -> dict[str, bytes]:
    """Every published file, by path relative to dist/, in memory."""
    if compiled._files:
        return compiled._files
    files: dict[str, bytes] = {}
    _produce(compiled, files.__setitem__)
    files[MANIFEST] = manifest(files)
    compiled._files = files
    return files


def manifest(files: dict[str, bytes]) -> bytes:
    """``sha256sum -c`` input for every other file: what the build owns in dist/."""
    return manifest_bytes({name: hashlib.sha256(data).hexdigest() for name, data in files.items()})


def owned(out_dir: Path) -> set[str]:
    """The files an earlier build wrote, from its manifest."""
    return set(read_manifest(Path(out_dir)))


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


def write_atomically(files: dict[str, bytes], out_dir: Path, prune: bool = False) -> None:
    """Publish ``files`` (paths relative to ``out_dir``) as one set (kb/staging.py):
    staged beside the folder and swapped in at once. With ``prune``, files an
    earlier build listed in its manifest and this one does not give are removed
    (nothing else is)."""
    staging = Staging(Path(out_dir), None, write=lambda path, data: write_file(path, data))
    try:
        for name, data in files.items():
            staging.put(name, data)
        staging.commit(manifest=False, prune=prune)
    except BaseException:
        staging.abort()
        raise


@dataclass
class Published:
    """What a build wrote: every file's sha256, and how many were written
    (the others were unchanged)."""

    compiled: Compiled
    digests: dict
    written: int

    def __getattr__(self, name):
        """The compiled build's attributes (``report``, ``triples``, ...), as
        ``build`` returned the Compiled record before."""
        if name == "compiled":
            raise AttributeError(name)
        return getattr(self.compiled, name)


def keep_for(project: Project, out_dir: Path) -> Path | None:
    """Where the previous set of ``out_dir`` is kept between builds: the
    project's build/dist.previous for its dist/ (what `make` builds), none for
    another folder."""
    if Path(out_dir).resolve() == project.dist.resolve():
        return project.root / "build" / "dist.previous"
    return None


def publish(compiled: Compiled, out_dir: Path | None = None, stages: Stages = QUIET,
            workers: int | None = None) -> Published:
    """Write every published file of ``compiled`` to ``out_dir`` (default:
    dist/) as one set; only files whose bytes changed are written."""
    project = compiled.project
    out_dir = Path(out_dir or project.dist)
    if workers is None:
        workers = min(2, os.cpu_count() or 1)
    staging = Staging(out_dir, keep_for(project, out_dir))
    try:
        _produce(compiled, staging.put, stages, staging, workers)
        with stages.stage("commit"):
            staging.commit()
    except BaseException:
        staging.abort()
        raise
    return Published(compiled, staging.digests, staging.written)


def build(project: Project, out_dir: Path | None = None, stages: Stages = QUIET,
          workers: int | None = None) -> Published:
    """Compile and, if the graph conforms, publish every output to ``out_dir``.
    A build of the project's dist/ records what it read (kb/inputs.py)."""
    from . import inputs

    own = Path(out_dir or project.dist).resolve() == project.dist.resolve()
    if own:
        inputs.refresh_list(project)  # for make: a deleted input rebuilds
    before = inputs.current(project) if own else None
    compiled = compile(project, stages)
    if not compiled.report.conforms:
        raise ValidationFailed(compiled.report)
    done = publish(compiled, out_dir, stages, workers)
    if own:
        inputs.record(project, before)
    return done
