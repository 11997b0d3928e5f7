"""`kb diff OLD NEW`: changes told in words (labels, claim text), between
build folders or git tags, and a changeset that turns OLD into NEW."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kb.cli import main

from .conftest import ROOT, SEED_ID

FACTS = f"facts/sources/{SEED_ID}.yaml"


def kb(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    """A copy of the project with one denial removed and Wagner renamed, built."""
    root = tmp_path_factory.mktemp("changed")
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, root / folder)
    for name in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        shutil.copy(ROOT / name, root / name)
    facts = (root / FACTS).read_text(encoding="utf-8")
    start = facts.index("  - id: north-korea-denies-arms-deal")
    end = facts.index("\n  - id:", start + 1)
    (root / FACTS).write_text(facts[:start] + facts[end + 1:], encoding="utf-8")
    entities = root / "facts" / "entities" / "organisations.yaml"
    entities.write_text(entities.read_text(encoding="utf-8").replace("label: Wagner Group\n", "label: PMC Wagner\n"),
                        encoding="utf-8")
    assert kb("--root", root, "build").exit_code == 0
    return root


def test_diff_in_words(changed):
    result = kb("--root", ROOT, "diff", ROOT / "dist", changed / "dist")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "\nRemoved (1):\n  - statement: Ministry of Foreign Affairs of North Korea denies “North Korea completed" in out
    assert "      - quote: “cooked up by some dishonest forces for different purposes.”" in out
    assert "  ~ private military company “PMC Wagner”\n      - label: “Wagner Group”\n      + label: “PMC Wagner”" in out
    assert "  ~ state “North Korea”\n      - denies: North Korea completed" in out
    assert "<https://" not in out  # no raw triples


@pytest.mark.parametrize("name", ["changes.json", "changes.ru"])
def test_changeset_turns_old_into_new(changed, tmp_path, name):
    path = tmp_path / name
    assert kb("--root", ROOT, "diff", ROOT / "dist", changed / "dist", "--changeset", path).exit_code == 0
    graph = Graph().parse(ROOT / "dist" / "kb.nt")
    if name.endswith(".json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc["old"]["version"] == doc["new"]["version"] == (ROOT / "VERSION").read_text().strip()
        for line in doc["removed"]:
            graph.remove(next(iter(Graph().parse(data=line, format="nt"))))
        for line in doc["added"]:
            graph.parse(data=line, format="nt")
        assert {r["change"] for r in doc["resources"]} == {"removed", "changed"}
    else:
        graph.update(path.read_text(encoding="utf-8"))
    assert isomorphic(graph, Graph().parse(changed / "dist" / "kb.nt"))


def test_same_build_has_no_changes():
    result = kb("--root", ROOT, "diff", "dist", ROOT / "dist")
    assert result.exit_code == 0
    assert result.output.endswith("0 triples added, 0 removed.\nNo changes.\n")


def test_diff_between_git_tags(changed, tmp_path):
    """Tags of a project's history: dist/kb.nt as committed at each."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    (repo / "dist").mkdir(parents=True)
    git = lambda *a: subprocess.run(["git", "-C", str(repo), *a], check=True, capture_output=True)  # noqa: E731
    git("init", "-q")
    git("config", "user.email", "test@example.org")
    git("config", "user.name", "test")
    for tag, source in (("v1", ROOT / "dist"), ("v2", changed / "dist")):
        for name in ("kb.nt", "ontology.ttl", "void.ttl"):
            shutil.copy(source / name, repo / "dist" / name)
        git("add", "dist")
        git("commit", "-q", "-m", tag)
        git("tag", tag)
    by_tag = kb("--root", repo, "diff", "v1", "v2")
    by_folder = kb("--root", ROOT, "diff", ROOT / "dist", changed / "dist")
    assert by_tag.exit_code == 0, by_tag.output
    counts = by_folder.output.splitlines()[0].split(": ", 1)[1]
    assert by_tag.output.splitlines()[0] == f"From v1 (0.1.0) to v2 (0.1.0): {counts}"
    assert by_tag.output.splitlines()[1:] == by_folder.output.splitlines()[1:]


def test_unknown_side_is_one_line_error(tmp_path):
    result = kb("--root", ROOT, "diff", "no-such-tag-or-folder", "dist")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "'no-such-tag-or-folder' is neither a build folder holding kb.nt nor a git tag or commit" in result.output
