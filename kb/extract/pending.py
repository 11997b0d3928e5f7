"""Candidates waiting for review in ``facts/extracted/``: one file per source
for its claims and statements, and ``entities.yaml`` for the entities the
documents propose, each once, with the evidence of every document that
proposed it.

:func:`link_entities` settles a document's proposed entities: a proposal for
an entity the knowledge base holds under another name points at it; one that
another document already proposed joins that candidate; the rest become new
candidates with ids no one else uses.
"""

from __future__ import annotations

import copy
from pathlib import Path

from .. import yamlio
from ..project import Project
from .candidates import ENTITIES_FILE, REJECTED, SECTIONS, UNREVIEWED, dump, plain, references, rename_all
from .resolve import Index

HEADER = ("# Entities proposed by `kb extract`, each once, with where every document names it.\n"
          "# Unreviewed: nothing here is published. Read one with `kb review show ID`, accept it\n"
          "# with `kb review accept ID` (edit it first if it needs it), reject it with `kb review reject ID`.\n")


def folder(project: Project) -> Path:
    return project.facts / "extracted"


def entities_path(project: Project) -> Path:
    return folder(project) / ENTITIES_FILE


_CACHE: dict[Path, tuple[tuple, dict]] = {}


def read(path: Path) -> dict:
    """A candidates file as plain data, parsed again only when it has changed
    (a batch reads every other document's file for each document)."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return {}
    key = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
    cached = _CACHE.get(path)
    if cached is None or cached[0] != key:
        doc = yamlio.load(path)
        cached = (key, plain(doc) if isinstance(doc, dict) else {})
        _CACHE[path] = cached
    return cached[1]


def load_entities(project: Project) -> list[dict]:
    """The records of ``entities.yaml`` (plain dicts, copies), or [] when there is none."""
    doc = read(entities_path(project))
    return [copy.deepcopy(r) for r in doc.get("entities") or [] if isinstance(r, dict) and "id" in r]


def source_files(project: Project) -> list[Path]:
    """The per-source candidate files, sorted."""
    return [p for p in sorted(folder(project).glob("*.yaml")) if p.name != ENTITIES_FILE]


def ids_in_use(project: Project, except_source: str | None = None) -> set[str]:
    """Every candidate id in facts/extracted/ (except ``except_source``'s own file)."""
    out = {str(r["id"]) for r in load_entities(project)}
    for path in source_files(project):
        if path.stem == except_source:
            continue
        doc = read(path)
        out.update(str(r["id"]) for section in SECTIONS for r in (doc.get(section) or [])
                   if isinstance(r, dict) and "id" in r)
    return out


def references_elsewhere(project: Project, except_source: str) -> set[str]:
    """Ids the claims and statements of other sources' candidate files refer to."""
    out: set[str] = set()
    for path in source_files(project):
        if path.stem != except_source:
            doc = read(path)
            for section in ("claims", "statements"):
                for record in doc.get(section) or []:
                    out |= references(record)
    return out


def link_entities(candidates: dict, known: Index, pending: list[dict], taken: set[str],
                  keep: set[str] = frozenset()) -> dict:
    """Settle the entities one document proposes; returns what became of them.

    ``candidates``: the document's records (:func:`candidates.records`), whose
    claims and statements are renamed in place; ``known``: the knowledge
    base's entities; ``pending``: the records of ``entities.yaml``, updated in
    place (this source's old evidence is replaced); ``taken``: ids in use
    anywhere; ``keep``: ids other sources' candidates refer to (never dropped).
    Returns ``{"known": [(label, id)], "joined": [(label, id)], "new": [id]}``.
    """
    source = candidates["source"]
    refs = candidates["claims"] + candidates["statements"]
    for record in pending:
        if "mentioned" in record:
            record["mentioned"] = [m for m in record["mentioned"] if m.get("source") != source]
    index = Index([r for r in pending], known.is_a)
    by_id = {r["id"]: r for r in pending}
    report = {"known": [], "joined": [], "new": []}
    mapping: dict[str, str] = {}  # the engine's id -> the id settled on, applied at once
    for entity in candidates.pop("entities"):
        label, cls = entity["label"], entity["type"]
        within = [entity[k] for k in ("part_of", "within") if k in entity]
        target = known.resolve(label, cls, within=within)
        if target:
            mapping[entity["id"]] = target
            report["known"].append((label, target))
            continue
        same = by_id.get(entity["id"])
        joined = same["id"] if same and index.compatible(cls, same["type"]) else index.resolve(label, cls)
        if joined:
            _join(by_id[joined], entity)
            mapping[entity["id"]] = joined
            report["joined"].append((label, joined))
            continue
        ident = _unique(entity["id"], taken | set(by_id))
        mapping[entity["id"]] = ident
        record = {**entity, "id": ident}
        pending.append(record)
        by_id[ident] = record
        index.add(record)
        report["new"].append(ident)
    rename_all(refs, mapping)
    seen = candidates.pop("_seen", {})
    for ident, mention in seen.items():  # entities proposed earlier, named again here
        record = by_id.get(ident)
        if record is not None and "mentioned" in record and not any(m.get("source") == source for m in record["mentioned"]):
            record["mentioned"].append(mention)
    used = keep | {r for record in refs for r in references(record)}
    kept: list[dict] = []
    while True:  # what the kept entities refer to is kept too (a town's state, a firm's town)
        kept = [r for r in pending if r.get("mentioned") or "mentioned" not in r
                or r.get("review") == REJECTED or r["id"] in used]
        more = used | {ref for r in kept for ref in references(r)}
        if more == used:
            break
        used = more
    pending[:] = kept
    return report


def write_entities(project: Project, records: list[dict]) -> Path:
    """Write ``entities.yaml`` (removed when no record is left)."""
    from ..build import write_file

    path = entities_path(project)
    if not records:
        path.unlink(missing_ok=True)
        return path
    write_file(path, dump({"entities": records}, HEADER).encode("utf-8"))
    return path


def _join(record: dict, proposal: dict) -> None:
    """Add a proposal's name and evidence to the candidate it names."""
    names = [record.get("label")] + list(record.get("aliases") or [])
    if proposal["label"] not in names:
        record["aliases"] = list(record.get("aliases") or []) + [proposal["label"]]
    for key in ("part_of", "within"):
        if key in proposal and key not in record:
            record[key] = proposal[key]
    record["mentioned"] = list(record.get("mentioned") or []) + list(proposal.get("mentioned") or [])
    record.setdefault("review", UNREVIEWED)
    ordered = {k: record[k] for k in ("id", "type", "review", "label", "aliases") if k in record}
    ordered.update({k: v for k, v in record.items() if k not in ordered and k != "mentioned"})
    ordered["mentioned"] = record["mentioned"]
    record.clear()
    record.update(ordered)


def _unique(ident: str, taken: set[str]) -> str:
    base, n = ident, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    return ident
