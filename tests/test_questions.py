"""The 25 analyst questions about the seed article (docs/questions.md): each
is answered by a saved query, `kb show` or `kb search`, never by SPARQL written
for it; each answer gives its provenance (a claim, statement or source id);
and every `code` term of each answer is in what its command prints today.

The commands' full output is also checked, by the doc tests
(tests/test_docs.py), against the output shown in docs/questions.md."""

from __future__ import annotations

import re
import shlex

import pytest
from click.testing import CliRunner

from kb.cli import main

from .conftest import ROOT
from .doctest_md import blocks

DOC = ROOT / "docs" / "questions.md"
SAVED = {p.stem for p in (ROOT / "queries").glob("*.rq")}


def sections() -> dict[int, dict]:
    text = DOC.read_text(encoding="utf-8")
    lines = text.splitlines()
    found: dict[int, dict] = {}
    heads = [(i, re.match(r"^### (\d+)\. (.+)$", line)) for i, line in enumerate(lines, start=1)]
    heads = [(i, m) for i, m in heads if m]
    commands = {b.line: [s.command for s in b.steps] for b in blocks(DOC) if b.runs}
    for n, (line, match) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines) + 1
        body = "\n".join(lines[line:end - 1])
        answer = body.split("```")[0]
        found[int(match.group(1))] = {
            "question": match.group(2),
            "answer": answer,
            "commands": [c for start, cs in commands.items() if line < start < end for c in cs],
            "refers": [int(x) for x in re.findall(r"\bquestions? (\d+)", answer)],
        }
    return found


SECTIONS = sections()


def run(command: str) -> str:
    args = shlex.split(command)
    assert args[0] == "kb"
    result = CliRunner().invoke(main, ["--root", str(ROOT), *args[1:]], catch_exceptions=False)
    assert result.exit_code == 0, (command, result.output)
    return result.output


def squash(text: str) -> str:
    return " ".join(text.split())


def test_twenty_five_questions_in_order():
    assert sorted(SECTIONS) == list(range(1, 26))
    assert len({s["question"] for s in SECTIONS.values()}) == 25


@pytest.mark.parametrize("number", sorted(SECTIONS))
def test_answered_without_sparql(number):
    section = SECTIONS[number]
    assert section["commands"] or section["refers"], "neither a command nor a question whose command answers it"
    for command in section["commands"]:
        args = shlex.split(command)
        assert args[:2] in (["kb", "query"], ["kb", "show"], ["kb", "search"]), command
        if args[1] == "query":
            assert args[2] in SAVED, f"{command}: not a saved query"
    for other in section["refers"]:
        assert SECTIONS[other]["commands"], f"question {other} has no command of its own"


@pytest.mark.parametrize("number", sorted(SECTIONS))
def test_answer_is_in_the_output_with_provenance(number):
    section = SECTIONS[number]
    output = "".join(run(c) for c in section["commands"])
    output += "".join(run(c) for other in section["refers"] for c in SECTIONS[other]["commands"])
    terms = [squash(t) for t in re.findall(r"`([^`]+)`", section["answer"])]
    terms = [t for t in terms if not t.startswith("kb ")]  # commands named in the text
    assert terms, "an answer names its terms in `code`"
    assert any(t.startswith(("claim:", "statement:", "source:")) for t in terms), "an answer gives its provenance"
    flat = squash(output)
    missing = [t for t in terms if t not in flat]
    assert not missing, f"question {number}: not in the output: {missing}"
