"""Review stage: list, show, accept and reject candidates waiting in
``facts/extracted/``.

Accepting moves candidates into the hand-written files (``facts/sources/<source>.yaml``
for claims and statements, ``facts/entities/extracted.yaml`` for proposed
entities), then loads and validates the whole project once; if that fails,
every file is put back as it was and the error names the first problem. The
candidates accepted together are one change: all of them or none.

Each kind of candidate is a :class:`Kind` in :data:`KINDS` (entities, claims,
statements): where its candidates live, what one says, its evidence, and how
accepting and rejecting it change the files. Another kind (such as the match
candidates of an import) registers its own with :func:`register`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import yamlio
from .errors import KBError
from .extract.candidates import ENTITIES_FILE, REJECTED, UNREVIEWED, plain, references, strip_review
from .project import Project
from .review_files import NotAccepted, Stage, _append, _mark, _not_accepted, _placed_load_error, _remove  # noqa: F401 - NotAccepted for callers


@dataclass
class Item:
    """One candidate: its id, kind, record (plain data), file and source."""

    id: str
    kind: "Kind"
    record: dict
    path: Path
    source: str | None  # the document it comes from (None for an entity: see ``sources``)
    target: Path | None = None  # where accepting moved it

    @property
    def section(self) -> str:
        return self.kind.name

    @property
    def status(self) -> str:
        return str(self.record.get("review", UNREVIEWED))

    @property
    def sources(self) -> list[str]:
        """Every document this candidate comes from."""
        if self.source:
            return [self.source]
        return list(dict.fromkeys(str(m.get("source")) for m in self.record.get("mentioned") or []))

    @property
    def summary(self) -> str:
        return self.kind.summary(self)


@dataclass
class Evidence:
    """A sentence supporting a candidate: its source, offsets in the source's
    text, and the offsets of the names marked in it (all document offsets)."""

    source: str
    start: int
    end: int
    text: str
    marks: list = field(default_factory=list)


class Kind:
    """A kind of candidate. Subclasses say where candidates live and how
    accepting and rejecting change the files (through a :class:`Stage`).
    ``builds``: accepting changes what the build reads, so the whole project
    is loaded and validated before the change stays (otherwise the kind's
    :meth:`check` runs); ``independent``: its candidates never refer to
    other candidates."""

    name = ""
    order = 0  # `accept --source` accepts kinds in this order
    builds = True
    independent = False

    def check(self, project: Project) -> None:
        """For a kind that does not build: raise KBError if the accepted
        change is bad (then it is rolled back)."""

    def load(self, project: Project) -> list[Item]:
        raise NotImplementedError

    def summary(self, item: Item) -> str:
        raise NotImplementedError

    def evidence(self, item: Item) -> list[Evidence]:
        record = item.record
        texts, spans = record.get("evidence"), record.get("evidence_at")
        if not texts or not spans:
            return []
        texts = texts if isinstance(texts, list) else [texts]
        spans = spans if isinstance(spans[0], list) else [spans]
        marks = [m for m in record.get("marks") or [] if isinstance(m, list)]
        return [Evidence(item.source or "", s, e, t, [m for m in marks if s <= m[0] and m[1] <= e])
                for t, (s, e) in zip(texts, spans)]

    def target(self, project: Project, item: Item) -> Path:
        raise NotImplementedError

    def accept(self, stage: "Stage", project: Project, item: Item) -> Path:
        raise NotImplementedError

    def reject(self, stage: "Stage", project: Project, item: Item) -> None:
        _mark(stage, item.path, item.id, self.name)

    def unsure(self, stage: "Stage", project: Project, item: Item) -> None:
        raise KBError(f"only match candidates can be marked unsure; '{item.id}' is one of {self.name}")


KINDS: list[Kind] = []


def register(kind: Kind) -> Kind:
    """Add a kind of candidate to review (kept in ``order``)."""
    KINDS.append(kind)
    KINDS.sort(key=lambda k: k.order)
    return kind


class Entities(Kind):
    name, order = "entities", 0

    def load(self, project):
        path = project.facts / "extracted" / ENTITIES_FILE
        out = _section(project, path, self, None) if path.is_file() else []
        for other in _source_files(project):  # copies in per-source files written before entities.yaml
            out += _section(project, other, self, other.stem)
        return out

    def summary(self, item):
        r, n = item.record, len(item.sources)
        return f"{r.get('type')} {r.get('label')!r}" + (f" (named in {n} documents)" if n > 1 else "")

    def evidence(self, item):
        out = []
        for m in item.record.get("mentioned") or []:
            at = m.get("at") or [0, 0]
            out.append(Evidence(str(m.get("source")), at[0], at[1], str(m.get("text", "")), list(m.get("marks") or [])))
        if not out and item.record.get("mentioned_in"):  # the earlier form
            at = item.record.get("mentioned_at") or [0, 0]
            out.append(Evidence(item.path.stem, at[0], at[1], str(item.record["mentioned_in"])))
        return out

    def target(self, project, item):
        return project.facts / "entities" / "extracted.yaml"

    def accept(self, stage, project, item):
        target = self.target(project, item)
        stage.write(target, _append(stage.read(target), "# Entities proposed by `kb extract` and accepted by a curator.\n",
                                    None, strip_review(item.record)))
        for path in self._files(project):  # every copy goes: the entity is no longer a candidate
            _remove(stage, path, item.id, self.name)
        return target

    def reject(self, stage, project, item):
        for path in self._files(project):
            _mark(stage, path, item.id, self.name)

    def _files(self, project):
        path = project.facts / "extracted" / ENTITIES_FILE
        return ([path] if path.is_file() else []) + _source_files(project)


class _SourceFacts(Kind):
    def load(self, project):
        return [i for path in _source_files(project) for i in _section(project, path, self, path.stem)]

    def target(self, project, item):
        return project.facts / "sources" / f"{item.source}.yaml"

    def accept(self, stage, project, item):
        target = self.target(project, item)
        header = f"# Facts stated by seeds/{item.source}.txt.\n\nsource: {item.source}\n"
        stage.write(target, _append(stage.read(target), header, self.name, strip_review(item.record)))
        _remove(stage, item.path, item.id, self.name)
        return target


class Claims(_SourceFacts):
    name, order = "claims", 10

    def summary(self, item):
        r = item.record
        return f"{r.get('type')}: {r.get('says') or r.get('label')}"


class Statements(_SourceFacts):
    name, order = "statements", 20

    def summary(self, item):
        r = item.record
        return f"{r.get('speaker')} {r.get('stance')} {', '.join(r.get('regarding') or [])}"


for _kind in (Entities(), Claims(), Statements()):
    register(_kind)


# ---------------------------------------------------------------- the library's operations
def items(project: Project) -> list[Item]:
    """Every candidate, kind by kind, in file order."""
    return [item for kind in KINDS for item in kind.load(project)]


def find(project: Project, ident: str) -> Item:
    """The candidate with this id (the first, should an older layout hold copies)."""
    for item in items(project):
        if item.id == ident:
            return item
    raise KBError(f"no candidate with id '{ident}' in facts/extracted/; see `kb review list`")


def show(project: Project, ident: str) -> tuple[Item, list[Evidence]]:
    """A candidate and its evidence; each sentence is read again from
    ``seeds/<source>.txt`` when its offsets still point at it."""
    item = find(project, ident)
    evidence = item.kind.evidence(item)
    for e in evidence:
        text_path = project.seeds / f"{e.source}.txt"
        if text_path.is_file():
            text = yamlio.read_text(text_path)
            if text[e.start:e.end] == e.text or not e.text:
                e.text = text[e.start:e.end]
    return item, evidence


def reject(project: Project, ident: str, by: str | None = None, note: str | None = None) -> Item:
    """Mark a candidate (every copy of it) ``review: rejected``; a match
    candidate is judged ``different`` (``by``, ``note``: who and why)."""
    return _judge(project, ident, "reject", by, note)


def unsure(project: Project, ident: str, by: str | None = None, note: str | None = None) -> Item:
    """Judge a match candidate ``unsure``: it stays listed, out of the way."""
    return _judge(project, ident, "unsure", by, note)


def _judge(project: Project, ident: str, how: str, by, note) -> Item:
    item = find(project, ident)
    stage = Stage(by, note)
    getattr(item.kind, how)(stage, project, item)
    stage.commit()
    try:
        if not item.kind.builds:
            item.kind.check(project)
    except BaseException:
        stage.rollback()
        raise
    return item


def accept(project: Project, ident: str) -> Item:
    """Accept one candidate (see :func:`accept_many`)."""
    return accept_many(project, [ident])[0]


def accept_source(project: Project, source: str) -> list[Item]:
    """Accept every unreviewed candidate of one document: the entities it
    names that wait for review, then its claims, then its statements. The
    candidates these refer to come along ("a firm registered in Dubai": the
    town, and the state the town lies in, which another document proposed)."""
    every = items(project)
    chosen = [i for i in every if i.status != REJECTED and source in i.sources]
    if not chosen:
        raise KBError(f"no unreviewed candidates from source '{source}'; see `kb review list`")
    waiting = {i.id: i for i in every if i.status != REJECTED}
    ids = [i.id for i in chosen]
    for ident in ids:  # grows while it is read
        item = waiting.get(ident)
        refs = set() if item is None or item.kind.independent else references(item.record)
        ids += sorted(r for r in refs if r in waiting and r not in ids)
    return accept_many(project, ids)


def accept_many(project: Project, idents: list[str], by: str | None = None, note: str | None = None) -> list[Item]:
    """Move candidates into the curated files together, then validate once.

    Entities go first, then claims (one another's references first), then
    statements. Raises KBError (one line) when a candidate is rejected, refers
    to a candidate that is not accepted with it, or when the project does not
    validate afterwards; then nothing is changed. ``by`` and ``note`` go into
    a match judgement (who accepted it, and why).
    """
    from .build import compile as compile_project

    every = items(project)
    by_id: dict[str, Item] = {}
    for item in every:
        by_id.setdefault(item.id, item)
    chosen = []
    for ident in dict.fromkeys(idents):
        if ident not in by_id:
            raise KBError(f"no candidate with id '{ident}' in facts/extracted/; see `kb review list`")
        chosen.append(by_id[ident])
    waiting = {i.id: i for i in every}
    ordered = _order(chosen)
    accepted: set[str] = set()
    stage = Stage(by, note)
    targets = {}
    for item in ordered:
        where = project.relative(item.path)
        if item.status == REJECTED:
            raise KBError(f"candidate '{item.id}' was rejected; set its `review:` back to {UNREVIEWED} to accept it",
                          where)
        refs = set() if item.kind.independent else references(item.record)
        blocked = sorted(r for r in refs if r in waiting and r not in accepted and r != item.id)
        rejected = [r for r in blocked if waiting[r].status == REJECTED]
        if rejected:
            raise KBError(f"candidate '{item.id}' refers to rejected candidate(s) {', '.join(rejected)}; edit it to "
                          "refer to something else, or reject it", where)
        if blocked:
            raise KBError(f"candidate '{item.id}' refers to other candidates not yet accepted: {', '.join(blocked)}; "
                          "accept those first (or together with it)", where)
        targets[item.id] = item.kind.accept(stage, project, item)
        accepted.add(item.id)
    stage.commit()
    try:
        for kind in dict.fromkeys(i.kind for i in ordered if not i.kind.builds):
            kind.check(project)
        compiled = compile_project(project) if any(i.kind.builds for i in ordered) else None
        if compiled is not None and not compiled.report.conforms:
            raise _not_accepted(project, ordered, stage, compiled.report.results)
    except NotAccepted:
        stage.rollback()
        raise
    except KBError as error:  # a load error in a file this acceptance wrote: point at the candidate instead
        placed = _placed_load_error(project, ordered, stage, error)
        stage.rollback()
        if placed is error:
            raise
        raise placed from error
    except BaseException:
        stage.rollback()
        raise
    for item in ordered:
        item.target = targets[item.id]
    return ordered


def _source_files(project: Project) -> list[Path]:
    return [p for p in sorted((project.facts / "extracted").glob("*.yaml")) if p.name != ENTITIES_FILE]


def _section(project: Project, path: Path, kind: Kind, source: str | None) -> list[Item]:
    doc = yamlio.load(path) or {}
    return [Item(str(r["id"]), kind, plain(r), path, source if source is None else str(doc.get("source") or source))
            for r in doc.get(kind.name) or [] if isinstance(r, dict) and "id" in r]


def _order(chosen: list[Item]) -> list[Item]:
    """Kinds in their order; within a kind, a candidate after those it refers to."""
    out: list[Item] = []
    rank = {k.name: n for n, k in enumerate(KINDS)}
    for kind_rank in sorted({rank[i.section] for i in chosen}):
        group = [i for i in chosen if rank[i.section] == kind_rank]
        ids = {i.id for i in group}
        placed: set[str] = set()
        while group:
            ready = [i for i in group if not (references(i.record) & ids) - placed - {i.id}] or group[:1]
            for item in ready:
                out.append(item)
                placed.add(item.id)
            group = [i for i in group if i.id not in placed]
    return out


from . import review_matches  # noqa: E402,F401 - registers the kind of match candidates (kb match)
