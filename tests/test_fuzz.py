"""Property-based tests: random and mutated fact files end in a clean build or a
clean one-line error, never in a traceback."""

from __future__ import annotations

import shutil
import string

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.build import compile as compile_project
from kb.errors import KBError
from kb.project import Project

from .conftest import ROOT
from .test_load import FACTS

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
                    st.text(max_size=20), st.dates(), st.sampled_from(
                        ["wagner-group", "north-korea", "2022-13-40", "2022-11", "asserts", "Person", "ArmsTransfer"]))
keys = st.one_of(st.sampled_from(["id", "type", "label", "aliases", "supplier", "date", "value", "says",
                                  "evidence", "source", "claims", "statements", "part_of"]), st.text(max_size=8))
documents = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                          st.dictionaries(keys, inner, max_size=5)), max_leaves=25)


def check(root) -> None:
    """Compile; only a conforming build, a report, or a KBError are acceptable."""
    try:
        compile_project(Project.at(root))
    except KBError as error:
        message = str(error)
        assert "\n" not in message and message.strip(), repr(message)


@SETTINGS
@given(document=documents, where=st.sampled_from(["facts/entities/fuzz.yaml", "facts/sources/fuzz.yaml"]))
def test_random_documents(tmp_path_factory, document, where):
    root = tmp_path_factory.mktemp("fuzz")
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, root / folder)
    (root / where).write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    check(root)


edits = st.lists(st.tuples(st.sampled_from(["delete", "duplicate", "swap", "char", "truncate", "indent"]),
                           st.integers(0, 10**6), st.integers(0, 10**6),
                           st.sampled_from(list(string.printable) + ["é", "\u2014", "\x00", "\ufeff"])),
                 min_size=1, max_size=3)


def apply(text: str, operations) -> str:
    lines = text.splitlines(keepends=True)
    for operation, a, b, char in operations:
        i, j = a % len(lines), b % len(lines)
        if operation == "delete":
            del lines[i]
        elif operation == "duplicate":
            lines.insert(i, lines[i])
        elif operation == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif operation == "char":
            line = lines[i]
            k = b % max(len(line), 1)
            lines[i] = line[:k] + char + line[k + 1:]
        elif operation == "truncate":
            lines = lines[:i + 1]
        elif operation == "indent":
            lines[i] = "  " + lines[i]
        if not lines:
            lines = ["\n"]
    return "".join(lines)


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(operations=edits)
def test_mutated_fact_file(tmp_path_factory, operations):
    root = tmp_path_factory.mktemp("mutant")
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, root / folder)
    path = root / FACTS
    path.write_text(apply(path.read_text(encoding="utf-8"), operations), encoding="utf-8")
    check(root)
