"""The kb command: exit codes 0 (conforms), 1 (violations), 2 (bad input), and
a failed build never touching the output folder."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from click.testing import CliRunner

from kb.build import MANIFEST, OUTPUTS
from kb.cli import main

from .conftest import ROOT, SEED_ID
from .test_load import FACTS, mutate


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def tmp_project(tmp_path):
    for folder in ("seeds", "facts", "queries", "dist"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, tmp_path / folder)
    for name in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def kb(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_help_lists_commands(runner):
    result = kb(runner, "--help")
    assert result.exit_code == 0
    for command in ("build", "validate", "export", "query", "stats", "release", "diff", "link", "publish", "serve"):
        assert command in result.output


def test_build_writes_every_output(runner, tmp_path):
    result = kb(runner, "--root", ROOT, "build", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "Conforms" in result.output
    for name in OUTPUTS + (MANIFEST,):
        assert (tmp_path / "out" / name).read_bytes() == (ROOT / "dist" / name).read_bytes()


def test_validate_conforms(runner):
    result = kb(runner, "--root", ROOT, "validate")
    assert result.exit_code == 0
    assert result.output.startswith("Conforms:")


def test_violation_exits_1_and_leaves_dist_alone(runner, tmp_project):
    mutate(tmp_project, FACTS, "    supplier: north-korea\n", "    supplier: infantry-rockets\n")
    before = {name: (tmp_project / "dist" / name).read_bytes() for name in OUTPUTS}
    result = kb(runner, "--root", tmp_project, "build")
    assert result.exit_code == 1
    assert result.output.startswith(f"facts/sources/{SEED_ID}.yaml\n  line ")
    assert "An arms transfer has at most one `supplier:`, the id of an actor" in result.output
    assert {name: (tmp_project / "dist" / name).read_bytes() for name in OUTPUTS} == before
    assert kb(runner, "--root", tmp_project, "validate").exit_code == 1


def test_violations_grouped_by_file_and_line(runner, tmp_project):
    first = mutate(tmp_project, FACTS, "    supplier: north-korea\n", "    supplier: infantry-rockets\n")
    second = mutate(tmp_project, FACTS, "    controller: yevgeny-prigozhin\n", "    controller: moura\n")
    result = kb(runner, "--root", tmp_project, "validate")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == FACTS
    assert lines[1].startswith(f"  line {first}: Violation: An arms transfer has at most one `supplier:`")
    assert lines[2].startswith(f"  line {second}: Violation: A control relationship needs exactly one `controller:`")
    assert lines[-1] == "Does not conform: 2 violation(s)."
    assert second > first


def test_validate_json_report(runner, tmp_project):
    mutate(tmp_project, FACTS, "    supplier: north-korea\n", "    supplier: infantry-rockets\n")
    result = kb(runner, "--root", tmp_project, "validate", "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["conforms"] is False
    assert [r["focus"] for r in report["results"]] == ["kb:north-korea-arms-delivery-to-wagner"]
    assert report["results"][0]["shape"] == "agsh:ArmsTransfer-supplier"


def test_validate_ttl_report(runner):
    result = kb(runner, "--root", ROOT, "validate", "--format", "ttl")
    assert result.exit_code == 0
    assert "sh:conforms true" in result.output


def test_bad_input_exits_2_with_one_line(runner, tmp_project):
    line = mutate(tmp_project, FACTS, "    supplier: north-korea\n", "    supplier: nowhere\n")
    before = (tmp_project / "dist" / "kb.ttl").read_bytes()
    result = kb(runner, "--root", tmp_project, "build")
    assert result.exit_code == 2
    assert result.output == f"error: {FACTS}:{line}: `supplier`: unknown id 'nowhere'\n"
    assert (tmp_project / "dist" / "kb.ttl").read_bytes() == before


@pytest.mark.parametrize("fmt, start", [("ttl", b"PREFIX"), ("nt", b"<https://"), ("jsonld", b"{")])
def test_export(runner, fmt, start, tmp_path):
    out = tmp_path / f"kb.{fmt}"
    result = kb(runner, "--root", ROOT, "export", "--format", fmt, "--output", out)
    assert result.exit_code == 0
    assert out.read_bytes() == (ROOT / "dist" / f"kb.{fmt}").read_bytes()
    assert out.read_bytes().startswith(start)


QUESTION = """PREFIX agkb: <https://w3id.org/agkb/ontology#>
SELECT ?supplier ?recipient WHERE { ?supplier agkb:suppliedArmsTo ?recipient } ORDER BY ?supplier"""


def test_query_text_formats(runner):
    table = kb(runner, "--root", ROOT, "query", QUESTION)
    assert table.exit_code == 0
    assert "kb:north-korea  kb:wagner-group" in table.output and "(1 row)" in table.output
    rows = list(csv.reader(io.StringIO(kb(runner, "--root", ROOT, "query", QUESTION, "--format", "csv").output)))
    assert rows == [["supplier", "recipient"],  # SPARQL 1.1 CSV: full IRIs
                    ["https://w3id.org/agkb/id/north-korea", "https://w3id.org/agkb/id/wagner-group"]]
    data = json.loads(kb(runner, "--root", ROOT, "query", QUESTION, "--format", "json").output)
    assert data["results"]["bindings"][0]["recipient"]["value"] == "https://w3id.org/agkb/id/wagner-group"


def test_query_file(runner, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text(QUESTION, encoding="utf-8")
    assert "kb:wagner-group" in kb(runner, "--root", ROOT, "query", path).output


def test_bad_query_exits_2(runner):
    result = kb(runner, "--root", ROOT, "query", "SELECT ?x WHERE { ?x ?y }")
    assert result.exit_code == 2
    assert result.output.startswith("error: <query text>: bad SPARQL")


def test_update_is_refused(runner):
    result = kb(runner, "--root", ROOT, "query", "PREFIX x: <urn:x#> DELETE WHERE { ?s ?p ?o }")
    assert result.exit_code == 2
    assert "SPARQL Update is refused" in result.output


def test_update_when_allowed_runs_in_memory(runner):
    before = (ROOT / "dist" / "kb.nt").read_bytes()
    result = kb(runner, "--root", ROOT, "query", "--allow-update",
                "PREFIX agkb: <https://w3id.org/agkb/ontology#> DELETE WHERE { ?s agkb:suppliedArmsTo ?o }")
    assert result.exit_code == 0
    assert result.output.startswith("Update applied to an in-memory copy: 0 triples added, 1 removed")
    assert (ROOT / "dist" / "kb.nt").read_bytes() == before


def test_query_without_build_exits_2(runner, tmp_path):
    (tmp_path / "facts").mkdir()
    result = kb(runner, "--root", tmp_path, "query", QUESTION)
    assert result.exit_code == 2
    assert "run `make` or `kb build` first" in result.output


def test_stats(runner):
    result = kb(runner, "--root", ROOT, "stats", "--format", "json")
    assert result.exit_code == 0
    numbers = json.loads(result.output)
    assert numbers["triples"] == len((ROOT / "dist" / "kb.nt").read_text(encoding="utf-8").splitlines())
    assert numbers["classes"]["agkb:ArmsTransfer"] == 1
    assert numbers["stances"] == {"agkb:Asserts": 14, "agkb:Concurs": 1, "agkb:Denies": 1}


def test_every_command_is_documented_and_registered():
    """Regression: a merge once dropped `@main.command()` from `kb bench`.
    The command reference (docs/commands.md) lists every command."""
    import re

    from kb.cli import main
    reference = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `kb (\w+)", reference, re.M))
    assert {"build", "extract", "review", "bench", "search", "show"} <= documented
    assert documented == set(main.commands), documented ^ set(main.commands)
