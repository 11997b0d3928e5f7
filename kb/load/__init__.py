"""Load stage: source documents, entity files and fact files into one set of triples.

Triples are tuples of N-Triples term strings (kb.nt), the build's working form.

Every node keeps the file and line it came from (``Loaded.origins``) so that
errors and validation results can point at the YAML a curator edits.

The load has two stages, one module each: the source documents in seeds/
(kb/load/sources.py), then the facts in facts/ that quote them
(kb/load/facts.py). Both read values through kb/load/values.py, on the
shared state and helpers of kb/load/common.py. This module reads the files
and runs the stages in order, then adds imports/ and the match judgements.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import KBError
from ..gcpause import without_gc
from ..project import Project
from ..schema import Schema
from .common import Entry, Loaded
from .facts import FactReader
from .sources import Source

__all__ = ["Entry", "Loaded", "PARALLEL_READ_FROM", "Source", "load"]


@without_gc
def load(project: Project, schema: Schema, feed=None, imports: bool = True) -> Loaded:
    """Read a project's seeds/ and facts/ into a set of triples. Raises KBError
    on bad input. ``feed``, if given, is called with the triples in pieces as
    they are made (kb.oxi.Work.feed, so that a store fills while we work).
    ``imports=False`` reads the curated files only: no imports/ and no match
    judgements (which name imported entities); the matcher wants that."""
    return _Loader(project, schema, feed, imports).run()


PARALLEL_READ_FROM = 400  # YAML files; below this, reading them in one process is as quick


def _read_some(loader: "_Loader", paths: list[Path]) -> tuple[list, tuple | None]:
    """The trees of ``paths`` up to the first that fails, and that failure
    as (message, path, line), or None."""
    trees = []
    for path in paths:
        try:
            trees.append(loader.read(path))
        except KBError as error:
            return trees, (error.message, error.path, error.line)
    return trees, None


class _Loader(FactReader):
    """Runs the load: reads every file, registers every id, then converts
    sources, entities, facts and links, in that order."""

    def read_all(self, paths: list[Path]) -> list:
        """Parse the YAML files, in order. With many files, a child process
        (kb/parallel.py) reads every second one meanwhile. The error reported
        is the one in the first bad file, as when reading one by one."""
        if len(paths) < PARALLEL_READ_FROM:
            return [self.read(p) for p in paths]
        from .. import parallel

        theirs = parallel.start(lambda: _read_some(self, paths[1::2]))
        mine = _read_some(self, paths[0::2])
        others = theirs()
        trees = []
        for number in range(len(paths)):
            read, failure = mine if number % 2 == 0 else others
            if number // 2 == len(read):  # the file that failed: the first bad one in order
                raise KBError(*failure)
            trees.append(read[number // 2])
        return trees

    # ------------------------------------------------------------ run
    def run(self) -> Loaded:
        source_files = sorted(self.project.seeds.glob("*.yaml")) if self.project.seeds.is_dir() else []
        entity_files = sorted((self.project.facts / "entities").rglob("*.yaml"))
        fact_files = sorted((self.project.facts / "sources").rglob("*.yaml"))
        link_files = sorted(p for p in (self.project.facts / "links").rglob("*.yaml")
                            if p.name != "judgements.yaml")  # the match judgements: kb/judgements.py
        if not source_files:
            raise KBError("no source documents: add seeds/<id>.yaml with its text file", self.rel(self.project.seeds))
        trees = iter(self.read_all(source_files + entity_files + fact_files + link_files))
        docs = [(p, next(trees)) for p in source_files]
        entities = [(p, next(trees)) for p in entity_files]
        facts = [(p, next(trees)) for p in fact_files]
        links = [(p, next(trees)) for p in link_files]
        for path, doc in docs:
            self.register_source(path, doc)
        for path, doc in entities:
            self.register_entities(path, doc)
        for path, doc in facts:
            self.register_facts(path, doc)
        for path, doc in links:
            self.register_links(path, doc)
        for path, doc in docs:
            self.convert_source(path, doc)
        for path, doc in entities:
            for item, where in self.items(doc, path):
                self.convert_entity(item, where)
        for path, doc in facts:
            self.convert_facts(path, doc)
            self.flush()
        for path, doc in links:
            for item, where in self.items(doc, path):
                self.convert_link(item, where)
        if self.with_imports:
            self.load_imports()
            self.load_judgements()
        self.flush(0)
        return self.out

    def load_imports(self) -> None:
        """The triples of imports/<dataset>/ (kb import ftm), made at import time."""
        from ..ftm import load as imported

        def add(triples):
            self.triples.update(triples)
            if self.feed is not None:
                self.new.extend(triples)
                self.flush()
        found = imported.load(self.project, set(self.ids), add)
        if found:
            self.out.origins = imported.Origins(self.out.origins, found)

    def load_judgements(self) -> None:
        """Identity matches from the curators' judgements (facts/links/judgements.yaml, kb/judgements.py)."""
        from .. import judgements

        entities = {i: e.node for i, e in self.ids.items() if e.rtype is not None and e.rtype.record == "entity"}
        found = judgements.triples(self.project, entities)
        for node, where in found.origins.items():
            self.out.origins.setdefault(node, where)
        self.triples.update(found.triples)
        if self.feed is not None:
            self.new.extend(found.triples)
            self.flush()
