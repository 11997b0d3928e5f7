"""First-sight candidates: what the engine proposed for a gold set the first
time it read it, before any tuning on it (issue #12, confidence training).

The rules were tuned on the gold sets, so the current engine's wrong
candidates there are the few left after tuning, unlike its wrong candidates
on unseen text. :mod:`kb.extract.train` therefore also learns from what the
engine of each round proposed for that round's held-out set when it scored
it once, blind. Those candidates are reconstructed from history: the commit
in :data:`ENGINES` is checked out as a detached ``git worktree`` (the still
blind sets left out by a sparse checkout), its own extractor is run with this
interpreter and ``PYTHONPATH`` pointing at it over its own copy of the set,
each document dated by its gold file, and the candidate records
(``kb.extract.run`` then ``kb.extract.candidates.records``) are written as
data to ``tests/fixtures/extract/firstsight/<set>.json``: ``{"engine_commit":
..., "documents": {name: records}}``, sorted keys, byte-stable.

They are labelled later, by the current gold files and scorer
(:func:`kb.extract.train.label`). Usage: ``python -m kb.extract.firstsight
[SET ...]`` regenerates the named sets (default: all of :data:`ENGINES`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FIXTURES = Path("tests") / "fixtures" / "extract"
FOLDER = FIXTURES / "firstsight"
# set -> the commit whose engine scored it once at first sight (the docs commit reporting that score)
ENGINES = {
    "heldout8": "377cf8d", "heldout9": "c3b673e", "heldout10": "8b48798", "heldout11": "4c3377a",
    "heldout12": "7db286e", "heldout13": "fcc1492", "heldout14": "b5ec029", "heldout15": "a53d717",
    "heldout16": "fca0d42", "heldout17": "4988f41", "heldout18": "b8a517b", "heldout19": "e9f03a1",
    "heldout20": "bab8db4", "heldout21": "bab8db4", "heldout22": "3f9a7a8",
    "heldout23": "010386c", "heldout24": "9e00091", "heldout25": "9e00091",
    "heldout26": "0c7263c", "heldout27": "adb5f91",
    "heldout28": "d787524", "heldout29": "3665d79", "heldout30": "e2d0dad",
    "heldout31": "7dd7cac", "heldout32": "6672910", "heldout33": "5fdcca1", "heldout34": "e67f35b",
    "heldout35": "49c9148", "heldout36": "7edb500", "heldout37": "ad62c35",
    "heldout38": "81b90e8",
    "heldout39": "5652258",
    "heldout40": "aa19a13",
    "heldout41": "7fe413c",
    "heldout42": "615ff82",
    "heldout43": "482857e",
}
# never checked out, read or extracted: the sets still judged blind
BLIND = ("heldout44", "heldout45")

# Run inside the old worktree with PYTHONPATH=<worktree>: argv = worktree, set. Uses only the API that every
# commit of ENGINES has (kb.extract.run, Context, Metadata, open_document, candidates.records).
_SNIPPET = r"""
import json, sys
from pathlib import Path
root, name = Path(sys.argv[1]).resolve(), sys.argv[2]
import kb
assert Path(kb.__file__).resolve().is_relative_to(root), f"imported {kb.__file__}, not the old engine"
from kb import yamlio
from kb.project import Project
from kb.extract import Context, Metadata, run
from kb.extract.candidates import records
from kb.extract.document import open_document
project = Project.at(root)
context = Context(project)
out = {}
for txt in sorted((root / "tests/fixtures/extract" / name).glob("*.txt")):
    gold_path = txt.with_name(txt.name[:-4] + ".gold.yaml")
    if not gold_path.is_file():
        continue
    stated = (yamlio.load(gold_path) or {}).get("date")
    meta = Metadata(stated if hasattr(stated, "isoformat") else None)
    document = open_document(project, str(txt), meta, save=False)
    result = run(project, document, context=context)
    out[txt.stem] = records(result, document.id, set())
print(json.dumps({"kb": kb.__file__, "documents": out}, sort_keys=True, default=str))
"""


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True).stdout.strip()


def reconstruct(root: Path, name: str, commit: str | None = None, python: str = sys.executable) -> dict:
    """The first-sight file of set ``name``: ``commit`` (default
    :data:`ENGINES`) checked out in a temporary detached worktree without the
    blind sets, its extractor run over its own ``name`` folder; the worktree
    is removed after. Raises ValueError for a blind set, CalledProcessError
    when git or the old extractor fails."""
    if name in BLIND:
        raise ValueError(f"{name} is judged blind: never extracted")
    commit = _git(root, "rev-parse", commit or ENGINES[name])
    where = Path(tempfile.mkdtemp(prefix=f"fs-{name}-"))
    where.rmdir()
    _git(root, "worktree", "add", "--detach", "--no-checkout", str(where), commit)
    try:
        _git(where, "sparse-checkout", "set", "--no-cone", "/*", *(f"!/{FIXTURES.as_posix()}/{b}/" for b in BLIND))
        _git(where, "read-tree", "-mu", "HEAD")  # fill the worktree, the blind sets left out
        env = {**os.environ, "PYTHONPATH": str(where), "PYTHONHASHSEED": "0"}  # sets iterate the same each run
        done = subprocess.run([python, "-c", _SNIPPET, str(where), name], cwd=where, env=env, capture_output=True,
                              text=True, check=True)
        data = json.loads(done.stdout)
        if not Path(data["kb"]).resolve().is_relative_to(where.resolve()):
            raise RuntimeError(f"imported {data['kb']}, not the engine of {commit}")
        return {"engine_commit": commit, "set": name, "documents": data["documents"]}
    finally:
        _git(root, "worktree", "remove", "--force", str(where))
        shutil.rmtree(where, ignore_errors=True)


def dumps(data: dict) -> str:
    """The byte-stable text of a first-sight file (sorted keys, indent 1)."""
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def load(root: Path, sets=tuple(ENGINES)) -> dict[str, dict]:
    """The first-sight files of ``sets`` under ``root`` that exist, by set."""
    out = {}
    for name in sets:
        if name in BLIND:
            continue
        path = Path(root) / FOLDER / f"{name}.json"
        if path.is_file():
            out[name] = json.loads(path.read_text(encoding="utf-8"))
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: regenerate the first-sight files of the named sets."""
    parser = argparse.ArgumentParser(prog="python -m kb.extract.firstsight", description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=list(ENGINES), help="sets to regenerate (default: all)")
    parser.add_argument("--root", default=".", help="the repository (default: the current folder)")
    parser.add_argument("--commit", help="the engine's commit (default: the set's in ENGINES; one set only)")
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    if args.commit and len(args.sets) != 1:
        parser.error("--commit needs exactly one set")
    for name in args.sets:
        if name not in ENGINES and not args.commit:
            parser.error(f"no engine commit known for {name}")
        data = reconstruct(root, name, args.commit)
        path = root / FOLDER / f"{name}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dumps(data), encoding="utf-8")
        print(f"wrote {path} ({len(data['documents'])} documents, engine {data['engine_commit'][:7]})",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
