"""The per-resource files: for every entity, fact and source document its
Turtle, JSON-LD and HTML page (``entity/<id>.*``, ``source/<id>.*``), and for
every claim and statement the page that points to where it is shown
(``claim/<id>.html``, ``statement/<id>.html``).

``write`` renders them all and hands each file to ``put``. With ``workers``
above 1 it forks that many - 1 child processes (copies of this one, so the
index is shared, not copied); parent and children take chunks of the work
from one queue (a pipe), so a large hub page in one process does not leave
the other idle, and each writes its own files. A chunk's files are the same
bytes whichever process renders them.
"""

from __future__ import annotations

import mmap
import os
import struct

from . import jsonld, turtle
from .turtle_blocks import Blocks
from .documents import Documents
from .site import Site

CHUNK = 64  # work items per chunk taken from the queue


class Writer:
    """The Turtle and JSON-LD of each document, assembled from the blocks of
    its subjects (kb.export.turtle.Blocks, kb.export.jsonld.Nodes). A subject
    the document describes whole, or only names (its label and type), is
    rendered once for all documents; the triples that point at the document's
    resource from elsewhere are rendered with their subject each time. The
    bytes are those of serializing the document's triples (tests/test_pages.py)."""

    def __init__(self, docs: Documents, ctx: dict):
        self.docs = docs
        self.ctx = ctx
        self.turtle = Blocks()
        self.jsonld = jsonld.Nodes(ctx)
        self.whole: dict = {}  # subject -> (turtle block, JSON-LD node)
        self.named: dict = {}  # subject -> the same for its label and type, or None
        self.generation = 0

    def _pair(self, s: str, rows) -> tuple:
        return self.turtle.block(s, rows), self.jsonld.node(s, rows)

    def render(self, node: str) -> tuple[bytes, bytes]:
        """(Turtle, JSON-LD) of the document of ``node``."""
        docs = self.docs
        try:
            if self.turtle.generation != self.generation:
                self.whole.clear()
                self.named.clear()
                self.generation = self.turtle.generation
            described, pointing, mentioned = docs.parts(node)
            out = docs.index.out
            pairs = []
            whole = self.whole
            for s in described:
                pair = whole.get(s)
                if pair is None:
                    rows = out.get(s)
                    if not rows:
                        continue
                    pair = whole[s] = self._pair(s, rows)
                pairs.append(pair)
            named = self.named
            for m in mentioned:
                extra = pointing.get(m)
                if extra:
                    pairs.append(self._pair(m, docs.named(m) + extra))
                    continue
                if m in named:
                    pair = named[m]
                else:
                    rows = docs.named(m)
                    pair = named[m] = self._pair(m, rows) if rows else None
                if pair is not None:
                    pairs.append(pair)
            return (self.turtle.document([p[0] for p in pairs]),
                    self.jsonld.document([p[1] for p in pairs]))
        except (turtle._Fallback, jsonld._Unexpected):
            triples = docs.triples_of(node)
            return turtle.serialize_triples(triples), jsonld.serialize_triples(triples, ctx=self.ctx)


class Pages:
    """The work: documents first, then pointers; ``render(i)`` gives the files
    of item ``i`` as (path, bytes)."""

    def __init__(self, docs: Documents, site: Site, ctx: dict):
        self.docs = docs
        self.site = site
        self.ctx = ctx
        self.writer = Writer(docs, ctx)
        self.items = len(docs.subjects) + len(docs.claims) + len(docs.statements)

    def paths(self) -> list[str]:
        """Every file ``render`` gives, in the order of the work."""
        docs = self.docs
        out = []
        for node in docs.subjects:
            out += [docs.path(node, "ttl"), docs.path(node, "jsonld"), docs.path(node, "html")]
        for kind, nodes in (("claim", docs.claims), ("statement", docs.statements)):
            out += [f"{kind}/{node[1:-1].rsplit('/', 1)[1]}.html" for node in nodes]
        return out

    def render(self, i: int) -> list[tuple[str, bytes]]:
        docs = self.docs
        subjects = docs.subjects
        if i < len(subjects):
            node = subjects[i]
            ttl, json_ld = self.writer.render(node)
            return [(docs.path(node, "ttl"), ttl), (docs.path(node, "jsonld"), json_ld),
                    self.site.resource_page(node)]
        i -= len(subjects)
        pointers = docs.claims if i < len(docs.claims) else docs.statements
        if pointers is docs.statements:
            i -= len(docs.claims)
        return [self.site.pointer(pointers[i])]


class _Queue:
    """Chunk numbers in a pipe that every process reads from (a read of 4
    bytes from a pipe is atomic), and a shared count of items done per process."""

    def __init__(self, items: int, workers: int):
        chunks = -(-items // CHUNK)
        self.read_fd, write_fd = os.pipe()
        try:
            import fcntl

            fcntl.fcntl(write_fd, 1031, max(4 * chunks, 4096))  # F_SETPIPE_SZ
        except (ImportError, OSError):
            pass
        data = struct.pack(f"<{chunks}I", *range(chunks))
        written = 0
        while written < len(data):  # the pipe holds the whole queue (or this blocks)
            written += os.write(write_fd, data[written:])
        os.close(write_fd)
        self.done = mmap.mmap(-1, 8 * workers)

    def take(self) -> int | None:
        got = os.read(self.read_fd, 4)
        return struct.unpack("<I", got)[0] if len(got) == 4 else None

    def count(self, worker: int, n: int) -> None:
        offset = 8 * worker
        self.done[offset:offset + 8] = struct.pack("<Q", struct.unpack("<Q", self.done[offset:offset + 8])[0] + n)

    def total(self) -> int:
        return sum(struct.unpack(f"<{len(self.done) // 8}Q", self.done[:]))

    def close(self) -> None:
        os.close(self.read_fd)
        self.done.close()


def _work(pages: Pages, queue: _Queue, worker: int, put, tick=None, mine: list | None = None) -> None:
    while True:
        chunk = queue.take()
        if chunk is None:
            return
        _chunk(pages, chunk, put)
        if mine is not None:
            mine.append(chunk)
        queue.count(worker, min(CHUNK, pages.items - chunk * CHUNK))
        if tick is not None:
            tick(queue.total())


def _chunk(pages: Pages, chunk: int, put) -> None:
    start = chunk * CHUNK
    for i in range(start, min(start + CHUNK, pages.items)):
        for name, data in pages.render(i):
            put(name, data)


def start(pages: Pages, staging, workers: int):
    """Start ``workers - 1`` forked children rendering pages into ``staging``
    (a kb.staging.Staging) from a shared queue; returns ``finish(tick)``,
    which renders what is left in this process, waits for the children and
    records what they staged. ``tick(done)`` is called as items get done."""
    from .. import parallel

    queue = _Queue(pages.items, max(workers, 1))
    children = []
    for worker in range(1, workers):
        def child(worker=worker):
            staging.digests.clear()
            staging.written = 0
            _work(pages, queue, worker, staging.put)
            return staging.digests, staging.written
        children.append(parallel.start(child, fallback=False))

    def finish(tick=None) -> None:
        mine: list = []
        try:
            _work(pages, queue, 0, staging.put, tick, mine)
            failed = False
            for wait in children:
                got = wait()
                if got is None:
                    failed = True
                else:
                    staging.note(*got)
            if failed:  # a child died: what it did is not known, so do all it might have done here
                done = set(mine)
                for chunk in range(-(-pages.items // CHUNK)):
                    if chunk not in done:
                        _chunk(pages, chunk, staging.put)
        finally:
            queue.close()
        if tick is not None:
            tick(pages.items)
    return finish


class OnDemand:
    """The per-resource files rendered when asked for (``kb serve``), from a
    build's dist/: the same bytes a build writes as files (kb.nt is read back
    as the build's N-Triples strings; the ontology, title and version come
    from ontology.ttl and void.ttl). ``root``: the project folder, whose
    seeds/ hold the source texts the source pages show (default: dist/'s parent)."""

    def __init__(self, dist, root=None):
        from pathlib import Path

        from rdflib import Graph

        from . import context
        from .void import DATASET, DCAT3
        from rdflib.namespace import DCTERMS

        dist = Path(dist)
        ontology = Graph().parse(dist / "ontology.ttl", format="turtle")
        described = Graph().parse(dist / "void.ttl", format="turtle")
        title = str(described.value(DATASET, DCTERMS.title))
        version = str(described.value(DATASET, DCAT3.version))
        docs = Documents(read_ntriples(dist / "kb.nt"), ontology)
        from .source_text import texts
        site = Site(docs, version, title, texts=texts(Path(root) if root is not None else dist.parent))
        self.pages = Pages(docs, site, context.build(ontology))
        self.where: dict = {}  # path -> work item
        for i, node in enumerate(docs.subjects):
            for ext in ("ttl", "jsonld", "html"):
                self.where[docs.path(node, ext)] = i
        start = len(docs.subjects)
        for kind, nodes in (("claim", docs.claims), ("statement", docs.statements)):
            for j, node in enumerate(nodes):
                self.where[f"{kind}/{node[1:-1].rsplit('/', 1)[1]}.html"] = start + j
            start += len(nodes)
        import threading
        self.lock = threading.Lock()

    def get(self, path: str) -> bytes | None:
        """The bytes of the page at ``path`` (relative to dist/), or None."""
        item = self.where.get(path)
        if item is None:
            return None
        with self.lock:  # the renderers' caches are not made for threads
            for name, data in self.pages.render(item):
                if name == path:
                    return data
        return None


def read_ntriples(path) -> set:
    """The triples of a kb.nt written by a build (one triple a line, terms as
    kb.nt writes them), each repeated IRI one string."""
    triples = set()
    terms: dict = {}
    intern = terms.setdefault
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            s, p, o = line[:-3].split(" ", 2)
            triples.add((intern(s, s), intern(p, p), intern(o, o) if o[0] == "<" else o))
    return triples
