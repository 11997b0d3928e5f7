"""What the CLI tests of extraction and review share: a copy of the project in
a temporary folder with one fictional text beside it, the `kb` CLI run in this
process (the language model loads once), and the one candidates file a
document's extraction wrote."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from kb import yamlio

from .conftest import ROOT


def project_copy(tmp_path: Path, name: str, text: str) -> Path:
    """``tmp_path`` holding the project's inputs and ``name`` with ``text``."""
    for folder in ("facts", "seeds", "ontology", "shapes", "queries"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    for file in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        shutil.copy(ROOT / file, tmp_path / file)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def kb(root: Path, *args: str):
    """Run the kb CLI on the project at ``root`` in this process (click's result)."""
    from kb.cli import main
    return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)


def candidates(root: Path) -> dict:
    """The one document's candidates file under facts/extracted/ (not entities.yaml)."""
    [path] = [p for p in (root / "facts" / "extracted").glob("*.yaml") if p.name != "entities.yaml"]
    return yamlio.load(path)
