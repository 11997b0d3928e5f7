"""How accepting and rejecting candidates change files (kb/review.py): the
edits are staged in memory (:class:`Stage`) and written together, and put back
when the project no longer validates; the error then names each problem where
the curator can fix it (:class:`NotAccepted`). Split from review.py along the
boundary between choosing candidates and writing files."""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import KBError
from .extract.candidates import ENTITIES_FILE, REJECTED, dump, plain
from .project import Project


class NotAccepted(KBError):
    """Accepting candidates does not validate; nothing was changed. ``str``
    is a one-line summary (the first problem, where to fix it), then each
    problem on its own line, indented: ``problems`` (strings)."""

    def __init__(self, message: str, path: object, line: int | None, problems: list[str]):
        super().__init__(message, path, line)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join([super().__str__()] + [f"  {p}" for p in self.problems])


def _not_accepted(project: Project, ordered: list, stage: "Stage", results: list) -> NotAccepted:
    """The error for validation ``results`` (kb.validate.Result) after staging
    ``ordered``: each problem is placed where the curator can fix it, the
    candidate it is about (its file and line in facts/extracted/), else the
    curated file it comes from when that file is not one being changed."""
    by_node = {}
    for item in ordered:
        for prefix in ("kb", "claim", "statement"):
            by_node.setdefault(f"{prefix}:{item.id}", item)
    staged = {project.relative(path) for path in stage.texts}
    placed = []
    for result in results:
        item = by_node.get(result.focus)
        if item is not None:
            where = (project.relative(item.path), _line_of(item, stage))
            text = f"candidate '{item.id}': {result.message} ({result.detail()})"
        else:
            file, _, line = (result.origin or "").rpartition(":")
            where = (file, int(line)) if file and file not in staged and line.isdigit() else (None, None)
            text = f"{result.message} ({result.detail()})"
        placed.append((where, text))
    (path, line), first = placed[0]
    names = ", ".join(i.id for i in ordered) if len(ordered) <= 3 else f"{len(ordered)} candidates"
    more = len(placed) - 1
    message = (f"accepting {names} does not validate: {first}"
               + (f" and {more} more problem(s), each below" if more else "") + "; nothing was changed")
    problems = [(f"{p}:{n}: " if p and n else f"{p}: " if p else "") + text for (p, n), text in placed[1:]]
    return NotAccepted(message, path, line, problems)


def _placed_load_error(project: Project, ordered: list, stage: "Stage", error: KBError) -> KBError:
    """``error`` (raised while loading the staged project) placed where the
    curator can fix it: when it names a line of a file this acceptance wrote
    (facts/sources/<id>.yaml, facts/entities/extracted.yaml), the candidate
    whose record holds that line, at its own file and line in facts/extracted/
    (new-user trial: a bad `channel:` was reported at a line of the curated
    file that no longer exists after the rollback). Any other error is
    returned as it is."""
    if not error.path or not error.line:
        return error
    staged = {project.relative(path): path for path in stage.texts}
    path = staged.get(error.path) or staged.get(project.relative(Path(error.path)))
    text = stage.texts.get(path) if path is not None else None
    by_id = {item.id: item for item in ordered}
    for _, ident, record in _records(text or ""):
        last = record.end_mark.line + (record.end_mark.column > 0)  # the 1-based line the record ends on
        if ident in by_id and record.start_mark.line < error.line <= last:
            item = by_id[ident]
            return KBError(f"candidate '{item.id}': {error.message}; nothing was changed",
                           project.relative(item.path), _line_of(item, stage))
    return error


def _line_of(item, stage: "Stage") -> int | None:
    """The line the candidate's record starts on in its file as it was
    before ``stage`` changed it, or None."""
    data = stage.originals.get(item.path)
    try:
        text = data.decode("utf-8") if data is not None else item.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return next((record.start_mark.line + 1 for section, ident, record in _records(text)
                 if section == item.section and ident == item.id), None)


def _records(text: str):
    """(section, id, node) for each record of a candidates or curated YAML
    text (a mapping of sections to lists of mappings), the node's marks giving
    its 0-based lines; nothing when the text does not parse."""
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) if text else None
    except yaml.YAMLError:
        return
    for key, section in (root.value if isinstance(root, MappingNode) else ()):
        for record in (section.value if isinstance(section, SequenceNode) else ()):
            if isinstance(key, ScalarNode) and isinstance(record, MappingNode):
                yield key.value, next((v.value for k, v in record.value if isinstance(k, ScalarNode)
                                       and k.value == "id" and isinstance(v, ScalarNode)), None), record


class Stage:
    """Changes to several files, made in memory, then written together; the
    originals are kept until the change is known to be good."""

    def __init__(self, by: str | None = None, note: str | None = None):
        self.by, self.note = by, note  # who made the change, and why (match judgements keep both)
        self.texts: dict[Path, str | None] = {}
        self.originals: dict[Path, bytes | None] = {}
        self.parsed: dict[Path, tuple[str, dict]] = {}  # the last text parsed, and its data

    def data(self, path: Path) -> dict | None:
        """The staged file's data (plain), parsed once per version of its text."""
        text = self.read(path)
        if text is None:
            return None
        if path not in self.parsed or self.parsed[path][0] is not text:
            self.parsed[path] = (text, plain(yaml.safe_load(text) or {}))
        return self.parsed[path][1]

    def read(self, path: Path) -> str | None:
        if path not in self.texts:
            self.texts[path] = path.read_text(encoding="utf-8") if path.is_file() else None
        return self.texts[path]

    def write(self, path: Path, text: str | None) -> None:
        self.read(path)
        self.texts[path] = text

    def commit(self) -> None:
        from .build import write_file

        for path in self.texts:
            self.originals[path] = path.read_bytes() if path.is_file() else None
        try:
            for path, text in self.texts.items():
                if text is None:
                    path.unlink(missing_ok=True)
                elif self.originals[path] != text.encode("utf-8"):
                    write_file(path, text.encode("utf-8"))
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        from .build import write_file

        for path, data in self.originals.items():
            if data is None:
                path.unlink(missing_ok=True)
            else:
                write_file(path, data)


def _edit(stage: Stage, path: Path, section: str, change) -> None:
    text = stage.read(path)
    if text is None or f"\n{section}:" not in "\n" + text:
        return
    doc = stage.data(path)
    records = [change(r) for r in doc.get(section) or []]
    if records == list(doc.get(section) or []):
        return
    doc = {**doc, section: [r for r in records if r is not None]}
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
    left = any(doc.get(s) for s in ("entities", "claims", "statements"))
    new = dump(doc, header) if left or path.name != ENTITIES_FILE else None
    stage.write(path, new)
    if new is not None:
        stage.parsed[path] = (stage.texts[path], doc)


def _remove(stage: Stage, path: Path, ident: str, section: str) -> None:
    _edit(stage, path, section, lambda r: None if isinstance(r, dict) and str(r.get("id")) == ident else r)


def _mark(stage: Stage, path: Path, ident: str, section: str) -> None:
    """Mark candidate ``ident`` rejected; the stage's ``by`` and ``note`` (who
    and why, when given) go with it as ``review_by`` and ``review_note``."""
    why = {k: v for k, v in (("review_by", stage.by), ("review_note", stage.note)) if v}
    _edit(stage, path, section,
          lambda r: {**r, "review": REJECTED, **why} if isinstance(r, dict) and str(r.get("id")) == ident else r)


def _append(text: str | None, header: str, section: str | None, record: dict) -> str:
    """The file's text with the record added at the end of its section."""
    # Block style throughout (no `{...}` or `[...]` spread over lines), for editing by hand.
    block = yaml.safe_dump([record], sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    text = text if text is not None else header
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
