"""A scratch copy of the repository in which `make` runs, for measuring
`make` on the project's own knowledge base (kb/bench/run.py, the seed size)
and for the tests of the Makefile's rules (tests/test_site.py,
tests/test_fidelity.py).

The copy gets what `make` itself reads and runs (the Makefile, pyproject.toml,
the npm files, kb/) and, as asked, the knowledge base's files, all copied with
their modification times, so that make compares them as it would in the
repository. The virtualenv and the JavaScript libraries are links to the
repository's own, installed there by `make`: the copy installs nothing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

# What `make` reads to set up and run the build; README.md is pyproject.toml's readme.
MAKE_FILES = ("Makefile", "pyproject.toml", "README.md", "package.json", "package-lock.json", "kb")
# The knowledge base: what the build reads.
PROJECT_FILES = ("VERSION", "CHANGELOG.md", "dataset.yaml", "seeds", "facts", "ontology", "shapes", "queries",
                 "imports")
OPTIONAL = {"imports"}  # made by `kb import ftm`: a project may have none


def make_copy(root: Path, copy: Path, project: Iterable[str] = PROJECT_FILES) -> Path:
    """Make ``copy`` (a folder, made if missing) a copy of the repository at
    ``root`` in which `make` runs: MAKE_FILES and then the files and folders
    named in ``project`` (names relative to ``root``; ``()`` where ``copy``
    holds a project already) are copied with their times (shutil.copy2), and
    ``copy/.venv`` and ``copy/node_modules`` are links to ``root``'s.
    Returns ``copy``.

    Raises FileNotFoundError if ``root`` has no virtualenv set up by `make`
    (``.venv/.installed``; `make` in the copy would then install the copy
    into the repository's virtualenv) or lacks a file or folder named (other
    than those in OPTIONAL), and FileExistsError if ``copy`` has one of the
    folders, a ``.venv`` or a ``node_modules`` already (files are overwritten)."""
    stamp = root / ".venv" / ".installed"
    if not stamp.is_file():
        raise FileNotFoundError(f"{stamp} is missing: run `make` in {root} first")
    copy.mkdir(parents=True, exist_ok=True)
    for name in (*MAKE_FILES, *project):
        source = root / name
        if source.is_dir():
            shutil.copytree(source, copy / name, copy_function=shutil.copy2)
        elif name not in OPTIONAL or source.exists():
            shutil.copy2(source, copy / name)
    (copy / ".venv").symlink_to(root / ".venv")
    (copy / "node_modules").symlink_to(root / "node_modules")  # the site's JS libraries, as installed
    return copy
