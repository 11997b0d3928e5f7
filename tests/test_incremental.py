"""Incremental builds: after one fact file changes only the files whose bytes
changed are written, deleted inputs take their pages with them, and dist/ is
byte for byte what a full build writes; a build whose inputs did not change
(compared by content) does nothing; a staging folder left by a killed build
is not trusted."""

from __future__ import annotations

import os
import shutil

import pytest
from click.testing import CliRunner

from kb.build import build
from kb.cli import main
from kb.project import Project
from kb.staging import MARK, read_manifest

from .conftest import ROOT


def tree(folder) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "kb"
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, root / folder)
    for name in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        shutil.copy(ROOT / name, root / name)
    build(Project.at(root))
    return root


def full_build(root, tmp_path) -> dict:
    out = tmp_path / "full"
    shutil.rmtree(out, ignore_errors=True)
    build(Project.at(root), out)
    return tree(out)


def edit(root, old: str, new: str, name: str = "facts/entities/people.yaml") -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_build_with_nothing_changed_writes_nothing(project):
    """Regression (new-user trial): `make` on a fresh clone said "Wrote 1 of N files" (SHA256SUMS, rewritten
    with the same bytes) while nothing had changed."""
    before = tree(project / "dist")
    done = build(Project.at(project))
    assert done.written == 0 and tree(project / "dist") == before


def test_an_edit_rewrites_only_what_changed(project, tmp_path):
    before = tree(project / "dist")
    edit(project, "label: John Kirby", "label: John F. Kirby")
    done = build(Project.at(project))
    after = tree(project / "dist")
    changed = {name for name in after if before.get(name) != after[name]}
    assert 5 < done.written < len(after) / 2
    assert done.written == len(changed)  # SHA256SUMS included
    assert "entity/john-kirby.html" in changed and not {"ontology.html", "style.css", "shapes.ttl"} & changed
    assert after == full_build(project, tmp_path)
    # the next edit stages in the set before last: the files of both edits, no more
    edit(project, "label: John F. Kirby", "label: John Kirby")
    again = build(Project.at(project))
    assert again.written <= 2 * done.written
    assert tree(project / "dist") == before | {"SHA256SUMS": tree(project / "dist")["SHA256SUMS"]}
    assert tree(project / "dist") == full_build(project, tmp_path)


def test_deleted_inputs_remove_their_pages(project, tmp_path):
    seed = "2022-12-23-moscow-times-north-korea-wagner"
    doc = "example-registry-extract"
    text = "An example registry extract written for this test.\n"
    import hashlib
    (project / "seeds" / f"{doc}.txt").write_text(text, encoding="utf-8")
    (project / "seeds" / f"{doc}.yaml").write_text(
        "title: Example registry extract\npublisher: the-moscow-times\nauthor: agence-france-presse\n"
        f"date: 2026-11-20\nlanguage: en\ntext: {doc}.txt\n"
        f"sha256: {hashlib.sha256(text.encode()).hexdigest()}\n", encoding="utf-8")
    build(Project.at(project))
    assert (project / "dist" / "source" / f"{doc}.html").is_file()
    for suffix in (".txt", ".yaml"):
        (project / "seeds" / f"{doc}{suffix}").unlink()
    build(Project.at(project))
    assert not list((project / "dist" / "source").glob(f"{doc}.*"))
    assert (project / "dist" / "source" / f"{seed}.html").is_file()
    assert not [n for n in read_manifest(project / "dist") if doc in n]
    assert tree(project / "dist") == full_build(project, tmp_path)


def test_nothing_to_do_when_no_input_changed(project):
    runner = CliRunner()
    people = project / "facts" / "entities" / "people.yaml"
    manifest = project / "dist" / "SHA256SUMS"
    os.utime(manifest, (1, 1))
    os.utime(people)  # touched: newer, same content
    before = tree(project / "dist")
    result = runner.invoke(main, ["--root", str(project), "build"])
    assert result.exit_code == 0 and "Nothing to rebuild" in result.output
    assert tree(project / "dist") == before
    assert manifest.stat().st_mtime > people.stat().st_mtime - 1  # make sees it as new
    # a changed input, a missing page, or a dist/ from elsewhere: a build
    edit(project, "label: John Kirby", "label: John F. Kirby")
    assert "Nothing to rebuild" not in runner.invoke(main, ["--root", str(project), "build"]).output
    (project / "dist" / "entity" / "wagner-group.html").unlink()
    result = runner.invoke(main, ["--root", str(project), "build"])
    assert "Nothing to rebuild" not in result.output
    assert (project / "dist" / "entity" / "wagner-group.html").is_file()
    other = dict(tree(ROOT / "dist"))
    shutil.rmtree(project / "dist")
    shutil.copytree(ROOT / "dist", project / "dist")  # the set for John Kirby, not John F. Kirby
    assert "Nothing to rebuild" not in runner.invoke(main, ["--root", str(project), "build"]).output
    assert tree(project / "dist") != other


def test_a_staging_folder_left_by_a_killed_build_is_not_trusted(project, tmp_path):
    edit(project, "label: John Kirby", "label: John F. Kirby")
    build(Project.at(project))
    kept = project / "build" / "dist.previous"
    assert kept.is_dir()
    # a killed build had started to change it, and had spoilt a file
    (kept / MARK).touch()
    (kept / "entity" / "wagner-group.html").write_bytes(b"half written")
    edit(project, "label: John F. Kirby", "label: John Kirby")
    build(Project.at(project))
    assert tree(project / "dist") == full_build(project, tmp_path)


def test_files_nobody_lists_stay(project):
    (project / "dist" / "CNAME").write_text("kb.example.org\n")
    edit(project, "label: John Kirby", "label: John F. Kirby")
    build(Project.at(project))
    edit(project, "label: John F. Kirby", "label: John Kirby")
    build(Project.at(project))
    assert (project / "dist" / "CNAME").read_text() == "kb.example.org\n"
