"""`pip install .` (not editable) gives a working kb: the ontology, shapes,
rules and checks travel inside the package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from .conftest import ROOT


def test_installed_package_builds_a_project(tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--target", str(target), str(ROOT)], check=True, capture_output=True)
    assert (target / "kb" / "data" / "ontology" / "agkb.ttl").is_file()
    assert (target / "kb" / "data" / "shapes" / "facts.ttl").is_file()
    project = tmp_path / "project"
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, project / folder)
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run([sys.executable, "-c", "import kb; print(kb.__file__)"], cwd=project, env=env,
                           check=True, capture_output=True, text=True).stdout
    assert where.startswith(str(target))
    subprocess.run([sys.executable, "-m", "kb.cli", "build"], cwd=project, env=env, check=True, capture_output=True)
    assert (project / "dist" / "kb.ttl").read_bytes() == (ROOT / "dist" / "kb.ttl").read_bytes()
