"""Habits every `kb` command shares: --root, -q and -v before or after the
subcommand; the project found from the current folder or above it, and one
line when there is none; usage errors in one line; -o on the commands that
write data; and no command writing into the installed package's own files."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kb as kb_package
from kb.cli import main

from .conftest import ROOT

KB = Path(sys.executable).parent / "kb"


def kb(*args, stdin=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin, catch_exceptions=False)


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """The current folder is an empty folder, outside any project."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def test_root_after_the_subcommand(elsewhere):
    before = kb("--root", ROOT, "query", "sanctions", "--format", "csv")
    after = kb("query", "sanctions", "--format", "csv", "--root", ROOT)
    assert after.exit_code == 0 and after.stdout_bytes == before.stdout_bytes
    assert kb("review", "list", "--root", ROOT).exit_code == 0  # a subgroup's command too


def test_root_from_the_environment(elsewhere, monkeypatch):
    monkeypatch.setenv("KB_ROOT", str(ROOT))
    assert kb("query", "sanctions").exit_code == 0


def test_project_found_from_a_folder_inside_it(monkeypatch):
    monkeypatch.chdir(ROOT / "facts" / "entities")
    result = kb("show", "wagner-group", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.output)["id"] == "kb:wagner-group"


def test_outside_a_project_one_line(elsewhere):
    result = kb("query", "sanctions")
    assert result.exit_code == 2
    assert result.output == (f"error: {elsewhere}: not in a knowledge-base project (no facts/, seeds/ or dist/kb.nt "
                             "here or above); run kb in a project folder, or point at one with --root DIR (or "
                             "KB_ROOT=DIR)\n")
    for command in (["build"], ["validate"], ["release", "--date", "2030-01-01"], ["search", "x"], ["show", "x"],
                    ["stats"], ["export", "--format", "nt"]):
        result = kb(*command)
        assert result.exit_code == 2 and result.output.count("\n") == 1, command
        assert "not in a knowledge-base project" in result.output, command
    assert list(elsewhere.iterdir()) == []


def test_root_that_is_not_a_project_one_line(tmp_path):
    result = kb("--root", tmp_path, "build")
    assert result.exit_code == 2
    assert result.output == (f"error: {tmp_path}: not a knowledge-base project (no facts/, seeds/ or dist/kb.nt); "
                             "give --root DIR (or KB_ROOT=DIR) a project folder\n")
    assert not (tmp_path / "dist").exists()


@pytest.mark.parametrize("args, expected", [
    (["query", "--fromat", "csv"], "error: kb query: No such option '--fromat'."),
    (["query", "sanctions", "--format", "yaml"], "error: kb query: Invalid value for '--format': 'yaml' is not one of"),
    (["show"], "error: kb show: Missing argument 'ID'."),
    (["serch", "x"], "error: kb: No such command 'serch'. Did you mean 'search'?"),
    (["review", "acept"], "error: kb review: No such command 'acept'. Did you mean 'accept'?"),
])
def test_usage_errors_in_one_line(args, expected):
    result = kb("--root", ROOT, *args)
    assert result.exit_code == 2
    assert result.output.startswith(expected) and result.output.count("\n") == 1, result.output
    assert result.output.rstrip().endswith("--help`)")


def test_quiet_and_verbose(tmp_path):
    project = tmp_path / "p"
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, project / folder)
    quiet = kb("build", "-q", "--root", project)
    assert quiet.exit_code == 0 and quiet.output == ""
    assert kb("-q", "--root", project, "build").output == ""
    assert kb("--root", project, "build").output.startswith("Nothing to rebuild: ")
    shutil.rmtree(project / "dist")
    assert kb("--root", project, "build").output.startswith("Conforms: ")
    verbose = CliRunner().invoke(main, ["--root", str(project), "query", "sanctions", "-v", "--format", "csv"])
    assert verbose.exit_code == 0
    assert verbose.stderr.startswith(f"kb: project: {project}\n") and "kb: read dist/kb.nt" in verbose.stderr
    assert verbose.stdout == kb("--root", project, "query", "sanctions", "--format", "csv").stdout


@pytest.mark.parametrize("command", [
    ["validate"], ["validate", "--format", "json"], ["stats"], ["search", "wagner"], ["show", "wagner-group"],
    ["query", "sanctions"], ["export", "--format", "nt"], ["review", "list"], ["diff", "dist", "dist"],
    ["extract", "2022-12-23-moscow-times-north-korea-wagner", "--evaluate"],
])
def test_every_command_that_writes_takes_o(command, tmp_path):
    target = tmp_path / "out.txt"
    to_stdout = kb("--root", ROOT, *command)
    to_file = kb("--root", ROOT, *command, "-o", target)
    assert to_file.exit_code == to_stdout.exit_code == 0, to_file.output
    assert to_file.output == ""
    assert target.read_bytes() == to_stdout.stdout_bytes


def test_a_closed_pipe_is_no_traceback():
    """`kb query ... | head -1`: the reader goes away; kb stops quietly."""
    result = subprocess.run(f"'{KB}' --root '{ROOT}' query evidence --format csv | head -c 20",
                            shell=True, capture_output=True, text=True, check=True)
    assert len(result.stdout) == 20 and result.stderr == ""


def _package_files() -> dict:
    """Every file of the installed package, and the files it falls back to
    (VERSION, CHANGELOG.md, dataset.yaml, ontology/, shapes/ beside kb/ in a
    development install), with their sha256."""
    package = Path(kb_package.__file__).resolve().parent
    files = [p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    for name in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        files.append(package.parent / name)
    for folder in ("ontology", "shapes"):
        files += [p for p in (package.parent / folder).rglob("*") if p.is_file()]
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files if p.is_file()}


def test_no_command_writes_into_the_installed_package(tmp_path, monkeypatch):
    """A project without its own VERSION, CHANGELOG.md, ontology or shapes
    reads the installed copies; no command ever writes them (kb release once
    dated the installed CHANGELOG.md)."""
    before = _package_files()
    project = tmp_path / "p"
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, project / folder)
    (project / "VERSION").write_text("9.9.9\n", encoding="utf-8")  # a version the installed changelog lacks
    monkeypatch.chdir(project)
    release = kb("release", "--date", "2030-01-01")
    assert release.exit_code == 2
    assert release.output == (f"error: {project}: CHANGELOG.md is not in this project; kb release writes only the "
                              "project's own files (the installed copies are read-only defaults): add CHANGELOG.md "
                              "to the project first\n")
    (project / "VERSION").unlink()
    assert kb("release").exit_code == 2
    for command in (["build"], ["validate", "-o", "report.txt"], ["export", "--format", "ttl", "-o", "kb.ttl"],
                    ["query", "sanctions", "-o", "s.csv", "--format", "csv"], ["search", "wagner", "-o", "s.txt"],
                    ["show", "wagner-group", "-o", "w.txt"], ["stats", "-o", "stats.txt"],
                    ["import", "ftm", str(ROOT / "tests" / "fixtures" / "ftm" / "example-sanctions.ftm.json"),
                     "--dataset", "example", "--authority", "united-states"]):
        result = kb(*command)
        assert result.exit_code == 0, (command, result.output)
    assert _package_files() == before
    assert (project / "dist" / "kb.nt").is_file() and (project / "imports" / "example").is_dir()


def test_help_everywhere():
    for args in (["--help"], ["query", "-h"], ["review", "accept", "--help"]):
        result = kb(*args)
        assert result.exit_code == 0 and "--root DIR" in result.output and "-q, --quiet" in result.output, args


def test_version():
    result = kb("--version")
    assert result.exit_code == 0 and result.output.startswith("kb ")

