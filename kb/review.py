"""Review stage: list, accept and reject extracted candidates.

Accepting moves a candidate from ``facts/extracted/<source>.yaml`` into the
hand-written files (``facts/sources/<source>.yaml`` for claims and statements,
``facts/entities/extracted.yaml`` for proposed entities), then loads and
validates the whole project; if that fails, every file is put back as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from . import yamlio
from .errors import KBError
from .extract.candidates import REJECTED, SECTIONS, UNREVIEWED, dump, plain, strip_review
from .project import Project



@dataclass
class Item:
    id: str
    section: str
    record: dict
    path: Path
    source: str

    @property
    def status(self) -> str:
        return str(self.record.get("review", UNREVIEWED))

    @property
    def summary(self) -> str:
        r = self.record
        if self.section == "entities":
            return f"{r.get('type')} {r.get('label')!r}"
        if self.section == "statements":
            return f"{r.get('speaker')} {r.get('stance')} {', '.join(r.get('regarding') or [])}"
        return f"{r.get('type')}: {r.get('says') or r.get('label')}"


def items(project: Project) -> list[Item]:
    """Every candidate in facts/extracted/, in file order."""
    out = []
    for path in sorted((project.facts / "extracted").glob("*.yaml")):
        doc = yamlio.load(path) or {}
        for section in SECTIONS:
            for record in doc.get(section) or []:
                out.append(Item(str(record["id"]), section, plain(record), path, str(doc.get("source"))))
    return out


def find(project: Project, ident: str) -> Item:
    for item in items(project):
        if item.id == ident:
            return item
    raise KBError(f"no candidate with id '{ident}' in facts/extracted/; see `kb review list`")


def reject(project: Project, ident: str) -> Item:
    item = find(project, ident)
    _rewrite(item.path, lambda section, record: {**record, "review": REJECTED} if record["id"] == ident else record)
    return item


def accept(project: Project, ident: str) -> Item:
    """Move one candidate into the curated files; validate; roll back on failure."""
    from .build import compile as compile_project, write_file

    item = find(project, ident)
    if item.status == REJECTED:
        raise KBError(f"candidate '{ident}' was rejected; set its `review:` back to {UNREVIEWED} to accept it",
                      project.relative(item.path))
    pending = {i.id for i in items(project) if i.id != ident}
    refs = _references(item.record)
    waiting = sorted(refs & pending)
    if waiting:
        raise KBError(f"candidate '{ident}' refers to other candidates not yet accepted: {', '.join(waiting)}; "
                      "accept those first", project.relative(item.path))
    record = strip_review(item.record)
    if item.section == "entities":
        target = project.facts / "entities" / "extracted.yaml"
        header = "# Entities proposed by `kb extract` and accepted by a curator.\n"
        new_text = _append(target, header, None, record)
    else:
        target = project.facts / "sources" / f"{item.source}.yaml"
        header = f"# Facts stated by seeds/{item.source}.txt.\n\nsource: {item.source}\n"
        new_text = _append(target, header, item.section, record)
    saved = {p: (p.read_bytes() if p.is_file() else None) for p in (target, item.path)}
    try:
        write_file(target, new_text.encode("utf-8"))
        _rewrite(item.path, lambda section, r: None if r["id"] == ident else r)
        compiled = compile_project(project)
        if not compiled.report.conforms:
            raise KBError("the accepted candidate does not validate:\n" + compiled.report.text(),
                          project.relative(target))
    except BaseException:
        for path, data in saved.items():
            if data is None:
                path.unlink(missing_ok=True)
            else:
                write_file(path, data)
        raise
    return item


def _references(record: dict) -> set[str]:
    refs = set()
    for key, value in record.items():
        if key in ("id", "evidence", "says", "label", "quote", "evidence_at", "review"):
            continue
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, str):
                refs.add(v)
    return refs


def _append(path: Path, header: str, section: str | None, record: dict) -> str:
    """The file's text with the record added at the end of its section."""
    block = yaml.safe_dump([record], sort_keys=False, allow_unicode=True, width=110, default_flow_style=None)
    text = path.read_text(encoding="utf-8") if path.is_file() else header
    if section is None:
        return text.rstrip("\n") + "\n\n" + block
    block = "".join("  " + line if line.strip() else line for line in block.splitlines(keepends=True))
    lines = text.rstrip("\n").split("\n")
    heads = {name: i for i, line in enumerate(lines) for name in ("claims", "statements") if line.startswith(f"{name}:")}
    if section not in heads:
        if section == "claims" and "statements" in heads:
            at = heads["statements"]
            lines[at:at] = ["claims:", ""]
            heads = {"claims": at, "statements": at + 2}
        else:
            lines += ["", f"{section}:"]
            heads[section] = len(lines) - 1
    end = len(lines)
    if section == "claims" and "statements" in heads and heads["statements"] > heads["claims"]:
        end = heads["statements"]
        while end > 0 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
            end -= 1
    new = lines[:end] + [""] + block.rstrip("\n").split("\n") + ([""] if end < len(lines) else []) + lines[end:]
    return "\n".join(new).rstrip("\n") + "\n"


def _rewrite(path: Path, change) -> None:
    from .build import write_file

    doc = plain(yamlio.load(path) or {})
    header = "".join(line + "\n" for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
    for section in SECTIONS:
        records = [change(section, r) for r in doc.get(section) or []]
        doc[section] = [r for r in records if r is not None]
    write_file(path, dump(doc, header).encode("utf-8"))


