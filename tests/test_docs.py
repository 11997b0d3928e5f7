"""Docs that cannot drift: every shell example in README.md and docs/ follows
the convention of docs/contributing.md ("Examples that run") and runs, in a
fresh copy of the project, printing what the example shows. The README stays
a front page of at most 15 KB whose links lead somewhere."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT
from .doctest_md import DocError, blocks, check_convention, matches, run_file

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUNNABLE = [p for p in DOCS if any(b.runs for b in blocks(p))]


def name(path):
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", DOCS, ids=name)
def test_examples_follow_the_convention(path):
    for block in blocks(path):
        check_convention(block)


@pytest.mark.parametrize("path", RUNNABLE, ids=name)
def test_examples_run(path, tmp_path):
    run_file(ROOT, path.relative_to(ROOT), tmp_path / "project")


def test_readme_is_a_front_page():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.encode("utf-8")) <= 15 * 1024
    for heading in ("## Set-up", "## A five-minute tour", "## Where to read on"):
        assert heading in readme


@pytest.mark.parametrize("path", DOCS, ids=name)
def test_relative_links_lead_somewhere(path):
    text = path.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if re.match(r"^[a-z]+:", target):
            continue
        assert (path.parent / target).exists(), f"{name(path)}: link to {target}"


# What the README held before it became a front page, and where each part
# lives now: nothing was dropped.
KEPT = {
    "docs/guide.md": ["## Adding a source document", "## Extracting candidate facts", "## Adding facts",
                      "## Identity links", "## Importing official sanctions data (FollowTheMoney)",
                      "How good it is", "trafilatura", "kb review accept --source"],
    "docs/modelling.md": ["## The ontology at a glance", "## How one reported fact is stored", "## Modelling rules",
                          "agkb:SanctionsMeasure", "Dates keep their precision"],
    "docs/commands.md": ["## The command line", "## Exit codes", "## Querying", "## Saved queries",
                         "## Result formats", "## Prefixes", "## Looking things up", "## From Python"],
    "docs/publishing.md": ["## Published files", "## Publishing as linked data", "```nginx", "```apache",
                           "## Loading into a SPARQL store", "Apache Jena Fuseki", "GraphDB", "Virtuoso",
                           "Amazon Neptune", "## A local SPARQL endpoint", "## Releases", "## What changed"],
    "docs/reliability.md": ["| input or fault | what happens | reproduce |", "SIGKILL", "disk full",
                            "tests/test_publish_faults.py"],
    "docs/contributing.md": ["## Layout", "## The package", "## Dependencies, and why", "## Development",
                             "## Examples that run", "**rapidfuzz**", "**normality**", "**followthemoney**"],
    "docs/questions.md": ["### 25. "],
}


@pytest.mark.parametrize("doc", sorted(KEPT))
def test_every_former_readme_section_has_a_home(doc):
    text = (ROOT / doc).read_text(encoding="utf-8")
    for needle in KEPT[doc]:
        assert needle in text, f"{doc} lacks {needle!r}"


def test_placeholders():
    assert matches(["a", "...", "z"], ["a", "b", "c", "z"])
    assert matches(["a", "...", "z"], ["a", "z"])
    assert not matches(["a", "z"], ["a", "b", "z"])
    assert matches(["Wrote ... to dist/"], ["Wrote kb.ttl, kb.nt to dist/"])
    assert matches(["on <date>, <number> triples"], ["on 2027-01-31, 3188 triples"])
    assert not matches(["<number> triples"], ["many triples"])
    assert matches(["x  ", ""], ["x"])


def test_convention_refuses_what_would_not_run(tmp_path):
    bad = {
        "```sh\nkb build\n```\n": "not ```sh",
        "```\n$ kb build\n```\n": "must be ```console",
        "```console skip\n$ kb build\n```\n": "not-run: <reason>",
        "```console not-run: needs the internet\n$ kb link wagner-group\nwagner-group: 3 candidates\n```\n":
            "commands only",
        "```console\nno prompt\n```\n": "output before any",
    }
    for text, message in bad.items():
        path = tmp_path / "doc.md"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(DocError, match=re.escape(message)):
            for block in blocks(path):
                check_convention(block)


def test_a_stale_example_fails(tmp_path):
    doc = tmp_path / "stale.md"
    doc.write_text("```console\n$ kb query --list | head -1\narms-transfers  Who sold what\n```\n", encoding="utf-8")
    with pytest.raises(DocError, match="printed"):
        run_file(ROOT, doc, tmp_path / "project")
