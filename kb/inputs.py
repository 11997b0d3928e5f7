"""What a build read, by content: when nothing it reads has changed since the
last build of the project's dist/, a build has nothing to do.

`make` decides by modification times, so a file that was touched, saved
unchanged or checked out again makes it run ``kb build``. Before it loads
anything, the build compares the sha256 of every input (the project's seeds,
facts, imports, ontology, shapes, VERSION, CHANGELOG.md and dataset.yaml, npm's
record of the site's JavaScript libraries, and the files of the kb package) and the Python and library versions with what
the last successful build recorded in ``build/inputs.json``; when all are
equal, dist/SHA256SUMS is the one that build wrote and every file it lists is
still in dist/, it only marks the manifest as new (for `make`) and stops. A file whose size and modification
time are as recorded is not read again.

The names of the inputs are also kept in ``build/inputs.list`` (``refresh_list``):
the Makefile rewrites it with find when a file was added, deleted or renamed
(the same bytes as ``listing``; tests/test_site.py holds them equal), and so
does every ``kb build`` of dist/, so that make rebuilds after a deletion
whichever of the two built last. ``python3 -m kb.inputs`` writes it too (the
generated projects of kb/bench/generate.py use that).

Only the standard library is imported here, so that this check costs a few
milliseconds, not the second it takes to import the pipeline.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

STATE = Path("build") / "inputs.json"
# The names of the inputs, which `make` depends on (the Makefile's rule for
# dist/SHA256SUMS): rewritten, by `make` and by every build of dist/, only when
# a file was added, deleted or renamed, so that make, which compares times,
# sees a file that is no longer there.
LIST = Path("build") / "inputs.list"
_PACKAGE = Path(__file__).resolve().parent
_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".rq", ".ttl", ".js")


def _files(folder: Path, suffixes=None) -> list[Path]:
    out = []
    for base, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(names):
            if not name.startswith(".") and (suffixes is None or name.endswith(suffixes)):
                out.append(Path(base) / name)
    return out


def inputs(project) -> list[Path]:
    """Every file a build of ``project`` reads (a kb.project.Project), and the kb package's files."""
    found = []
    for folder in (project.seeds, project.facts, project.root / "imports", project.ontology, project.shapes):
        if folder.is_dir():
            found += _files(folder)
    for path in (project.version_file, project.changelog, project.dataset):
        found.append(path)
    # The site's JavaScript libraries (kb/export/assets.py): npm's record of what it installed.
    for modules in (project.root / "node_modules", _PACKAGE.parent / "node_modules",
                    _PACKAGE / "data" / "node_modules"):
        found.append(modules / ".package-lock.json")
    return found + _files(_PACKAGE, _SUFFIXES)


def listing(project) -> str:
    """The names of the inputs of ``project`` (``inputs``) that exist, one a
    line, sorted: relative to the project's root, and the kb package's as
    ``kb/<path>``; files elsewhere (the package's copies of the ontology and
    shapes, npm's record) are left out, being the same for `make` and the build."""
    root = Path(project.root).resolve()
    names = set()
    for path in inputs(project):
        if not path.is_file():
            continue
        full = path.resolve()
        if full.is_relative_to(_PACKAGE):
            names.add("kb/" + full.relative_to(_PACKAGE).as_posix())
        elif full.is_relative_to(root) and not full.is_relative_to(root / "node_modules"):
            names.add(full.relative_to(root).as_posix())
    return "".join(f"{name}\n" for name in sorted(names))


def refresh_list(project) -> bool:
    """Rewrite ``build/inputs.list`` of ``project`` with ``listing`` if it
    differs (staged and swapped); True if it did. Raises OSError if build/
    cannot be written."""
    path = project.root / LIST
    text = listing(project)
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return True


def environment() -> list[str]:
    """The Python version and the installed distributions (their dist-info
    folders), which the output may depend on."""
    seen = [sys.version]
    for folder in sys.path:
        if folder.endswith("site-packages") and os.path.isdir(folder):
            seen += sorted(n for n in os.listdir(folder) if n.endswith(".dist-info"))
    return seen


def _state_path(project) -> Path:
    return project.root / STATE


def current(project, known: dict | None = None) -> dict:
    """path -> [size, mtime_ns, sha256] of every input; a file whose size and
    mtime are those in ``known`` keeps its recorded sha256 unread."""
    known = known or {}
    out = {}
    for path in inputs(project):
        try:
            info = os.stat(path)
        except FileNotFoundError:
            continue
        key = str(path)
        old = known.get(key)
        if old and old[0] == info.st_size and old[1] == info.st_mtime_ns:
            out[key] = old
            continue
        with open(path, "rb") as handle:
            digest = hashlib.sha256(handle.read()).hexdigest()
        out[key] = [info.st_size, info.st_mtime_ns, digest]
    return out


def unchanged(project, out_dir: Path) -> bool:
    """Whether the last build of ``out_dir`` (the project's dist/) read exactly
    these inputs and its files are all there. Refreshes the recorded times
    of files whose content is unchanged."""
    if Path(out_dir).resolve() != project.dist.resolve():
        return False
    path = _state_path(project)
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if state.get("environment") != environment():
        return False
    now = current(project, state.get("files"))
    if {k: v[2] for k, v in now.items()} != {k: v[2] for k, v in state.get("files", {}).items()}:
        return False
    manifest = Path(out_dir) / "SHA256SUMS"
    try:
        text = manifest.read_bytes()
    except OSError:
        return False
    if hashlib.sha256(text).hexdigest() != state.get("manifest"):  # dist/ is not what that build wrote
        return False
    listed = [line.split("  ", 1)[1] for line in text.decode("utf-8").splitlines() if "  " in line]
    if not all(os.path.isfile(Path(out_dir) / name) for name in listed):
        return False
    if now != state["files"]:
        _write(path, {**state, "files": now})
    os.utime(manifest)  # newer than the inputs, for make
    return True


def record(project, before: dict) -> None:
    """After a successful build of dist/: the inputs as they were when it
    started (``before``, from ``current``), and the manifest it wrote."""
    manifest = hashlib.sha256((project.dist / "SHA256SUMS").read_bytes()).hexdigest()
    _write(_state_path(project), {"environment": environment(), "files": before, "manifest": manifest})


def forget(project) -> None:
    """No record: the next build builds (a build that failed, or wrote elsewhere)."""
    _state_path(project).unlink(missing_ok=True)


def _write(path: Path, state: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".tmp-{os.getpid()}")
    tmp.write_text(json.dumps(state, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


if __name__ == "__main__":  # `make`: python3 -m kb.inputs, in the project's root
    from kb.errors import KBError
    from kb.project import Project

    try:
        refresh_list(Project.at("."))
    except KBError:  # no ontology/ or shapes/ anywhere: the build says so
        pass
