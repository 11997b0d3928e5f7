"""Bad input in fact files: one clear error naming the file and line, never a
traceback. One case per kind of mistake a curator makes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb.build import compile as compile_project
from kb.errors import KBError
from kb.project import Project

from .conftest import ROOT, SEED_ID

FACTS = f"facts/sources/{SEED_ID}.yaml"
PEOPLE = "facts/entities/people.yaml"
SEED_META = f"seeds/{SEED_ID}.yaml"


@pytest.fixture
def tmp_project(tmp_path) -> Path:
    """A copy of the repository's sources (the ontology and shapes come from the package)."""
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def mutate(root: Path, relative: str, old: str, new: str) -> int:
    """Replace the first ``old`` with ``new``; return the line the change starts on."""
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    index = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:index].count("\n") + 1


def error_for(root: Path) -> KBError:
    with pytest.raises(KBError) as info:
        compile_project(Project.at(root))
    return info.value


CASES = [
    # (name, file, old, new, line offset from the change, expected message fragment)
    ("unknown key", FACTS, "    supplier: north-korea\n", "    supplyer: north-korea\n", 0,
     "unknown key 'supplyer' for ArmsTransfer (did you mean 'supplier'?)"),
    ("unknown id", FACTS, "    supplier: north-korea\n", "    supplier: north-koreaa\n", 0,
     "unknown id 'north-koreaa' (did you mean 'north-korea'?)"),
    ("unknown concept", FACTS, "    status: announced\n", "    status: anounced\n", 0,
     "unknown id 'anounced' (did you mean 'announced'?); use one of: announced, expanded, imposed, lifted"),
    ("duplicate id", PEOPLE, "- id: james-cleverly\n", "- id: john-kirby\n", 0,
     "duplicate id 'john-kirby': already used at facts/entities/people.yaml:3"),
    ("impossible date", FACTS, "    date: 2022-03\n", "    date: 2022-13-40\n", 0,
     "'2022-13-40' is not a real date"),
    ("dated after its source", FACTS, "    date: 2022-03\n", "    date: 2023-03\n", 0,
     "`date` 2023-03 is after the source's date 2022-12-23"),
    ("date with a time", FACTS, "    date: 2022-03\n", "    date: 2022-03-01 10:00:00\n", 0, "has a time of day"),
    ("relative date mismatch", FACTS, "    date: 2022-11\n    date_as_written: last month\n",
     "    date: 2022-10\n    date_as_written: last month\n", 0,
     "'last month' resolves to 2022-11 against the source's date 2022-12-23, but `date` is 2022-10"),
    ("evidence not in source", FACTS, "    evidence: The Wagner group is controlled by Yevgeny Prigozhin\n",
     "    evidence: The Wagner Group is controlled by Yevgeny Prigozhin\n", 0, "evidence not found word for word"),
    ("ambiguous evidence", FACTS, "    evidence: Prigozhin, 61,\n", "    evidence: Prigozhin\n", 0,
     "evidence appears"),
    ("quote not in source", FACTS, "    quote: meat grinder\n", "    quote: meat-grinder\n", 0,
     "quote not found word for word"),
    ("wrong value type", FACTS, "    paid: true\n", "    paid: \"yes\"\n", 0, "`paid` must be true or false"),
    ("number with separators", FACTS, "    value: 50000\n", "    value: 50,000\n", 0,
     "a number written without separators"),
    ("empty label", PEOPLE, "  label: John Kirby\n", "  label: \"\"\n", 0, "`label` is empty"),
    ("sourced key in entity file", PEOPLE, "  label: Yevgeny Prigozhin\n",
     "  label: Yevgeny Prigozhin\n  nickname: Putin's chef\n", 1, "`nickname` must come from a source"),
    ("unknown type", PEOPLE, "  type: Person\n", "  type: Persn\n", 0,
     "unknown entity type 'Persn' (did you mean 'Person'?)"),
    ("fact type in entity file", PEOPLE, "  type: Person\n", "  type: ArmsTransfer\n", 0,
     "unknown entity type 'ArmsTransfer'"),
    ("bad id", PEOPLE, "- id: john-kirby\n", "- id: John Kirby\n", 0, "must be lower-case words joined by hyphens"),
    ("list for a single value", FACTS, "    supplier: north-korea\n", "    supplier: [north-korea, russia]\n", 0,
     "`supplier` takes one value, not a list"),
    ("attribute of wrong type", FACTS, "    property: occupation\n", "    property: occupaton\n", 0,
     "Person has no attribute 'occupaton'"),
    ("source key in claim", FACTS, "    supplier: north-korea\n", "    source: x\n    supplier: north-korea\n", 0,
     "`source` is set once, at the top of the fact file"),
    ("unknown source", FACTS, f"source: {SEED_ID}\n", "source: no-such-source\n", 0, "unknown source 'no-such-source'"),
    ("yaml alias", PEOPLE, "- id: john-kirby\n", "- &anchor\n  id: john-kirby\n", 0, "anchors and aliases"),
    ("malformed yaml", PEOPLE, "  label: John Kirby\n", "  label: [John Kirby\n", 1, "malformed YAML"),
    ("duplicate key", PEOPLE, "  label: John Kirby\n", "  label: John Kirby\n  label: J. Kirby\n", 1,
     "key 'label' appears twice"),
    ("sha256 mismatch", SEED_META, "sha256: 0579", "sha256: 1579", 0, "sha256 does not match"),
]


@pytest.mark.parametrize("name, relative, old, new, offset, fragment", CASES, ids=[c[0].replace(" ", "_") for c in CASES])
def test_bad_input_names_file_and_line(tmp_project, name, relative, old, new, offset, fragment):
    line = mutate(tmp_project, relative, old, new) + offset
    message = str(error_for(tmp_project))
    assert message.startswith(f"{relative}:{line}: "), message
    assert fragment in message
    assert "\n" not in message


def test_not_utf8(tmp_project):
    path = tmp_project / PEOPLE
    path.write_bytes(path.read_bytes().replace(b"John Kirby", b"John K\xefrby", 1))
    message = str(error_for(tmp_project))
    assert message.startswith(f"{PEOPLE}:5: ") and "is not UTF-8" in message


def test_huge_file(tmp_project):
    path = tmp_project / "facts" / "entities" / "huge.yaml"
    path.write_text("# padding\n" * 600_000, encoding="utf-8")
    assert "over the 5242880-byte limit" in str(error_for(tmp_project))


def test_alias_bomb_is_refused_quickly(tmp_project):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20))
    (tmp_project / "facts" / "entities" / "bomb.yaml").write_text(bomb, encoding="utf-8")
    assert "anchors and aliases" in str(error_for(tmp_project))


def test_deep_nesting(tmp_project):
    (tmp_project / "facts" / "entities" / "deep.yaml").write_text("x: " + "[" * 40 + "]" * 40 + "\n")
    message = str(error_for(tmp_project))
    assert message.startswith("facts/entities/deep.yaml:1: nesting is deeper than 32 levels")


def test_copy_of_sources_still_conforms(tmp_project):
    """The fixture itself is valid, so each case above fails for its own reason."""
    assert compile_project(Project.at(tmp_project)).report.conforms


@pytest.mark.parametrize("bad", [["people"], ["people", "organisations"], ["organisations"]])
def test_parallel_read_reports_the_first_bad_file(tmp_project, monkeypatch, bad):
    """With many files a child process reads every second one; the error is
    still the one a reading in order meets first, and the trees are the same."""
    from kb import load as load_module

    for name in bad:
        mutate(tmp_project, f"facts/entities/{name}.yaml", "- id:", "- id: [")
    monkeypatch.setattr(load_module, "PARALLEL_READ_FROM", 10**9)
    expected = error_for(tmp_project)
    monkeypatch.setattr(load_module, "PARALLEL_READ_FROM", 2)
    got = error_for(tmp_project)
    assert (got.path, got.line, got.message) == (expected.path, expected.line, expected.message)
    assert got.path == f"facts/entities/{sorted(bad)[0]}.yaml"  # files are read in name order


def test_parallel_read_gives_the_same_graph(tmp_project, monkeypatch):
    from kb import load as load_module

    monkeypatch.setattr(load_module, "PARALLEL_READ_FROM", 10**9)
    serial = compile_project(Project.at(tmp_project))
    monkeypatch.setattr(load_module, "PARALLEL_READ_FROM", 2)
    parallel = compile_project(Project.at(tmp_project))
    assert parallel.triples == serial.triples and parallel.loaded.origins == serial.loaded.origins
    assert parallel.loaded.key_origins == serial.loaded.key_origins
