"""The files of an import folder, imports/<dataset>/, and reading its
dataset.yaml: what a build needs of an import, without the followthemoney
model (which `kb import ftm` loads, and which takes a second to import)."""

from __future__ import annotations

from pathlib import Path

import yaml

FTM_FILE, NT_FILE, ORIGINS_FILE, META_FILE = "entities.ftm.json", "entities.nt", "origins.tsv", "dataset.yaml"


def imports_dir(project) -> Path:
    """The project's imports/ folder."""
    return project.root / "imports"


def read_meta(folder: Path) -> dict:
    """An import's dataset.yaml as a dict (empty when there is none)."""
    path = folder / META_FILE
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {} if path.is_file() else {}
