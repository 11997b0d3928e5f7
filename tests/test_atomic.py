"""A build killed at any point leaves dist/ holding either the complete old set
of files or the complete new set: never a mix, never a truncated file."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kb.build
from kb.build import OUTPUTS, write_atomically

from .conftest import ROOT
from .test_load import PEOPLE, mutate


def snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def build(root: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kb.cli", "--root", str(root), "build", "--out", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.fixture
def two_sets(tmp_path):
    """A project whose dist/ holds the old set, edited so that a build makes a new set."""
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    dist = tmp_path / "dist"
    assert build(tmp_path, dist).wait() == 0
    old = snapshot(dist)
    mutate(tmp_path, PEOPLE, "  label: John Kirby\n", "  label: John F. Kirby\n")
    started = time.monotonic()
    assert build(tmp_path, tmp_path / "expected").wait() == 0
    duration = time.monotonic() - started
    new = snapshot(tmp_path / "expected")
    assert old != new and set(OUTPUTS) <= set(old) and set(OUTPUTS) <= set(new)
    return tmp_path, dist, old, new, duration


def test_kill_at_random_points(two_sets):
    root, dist, old, new, duration = two_sets
    pristine = root / "old-set"
    shutil.copytree(dist, pristine)
    rng = random.Random(20221223)
    outcomes = []
    for _ in range(10):
        process = build(root, dist)
        time.sleep(rng.uniform(0.2, duration * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        state = snapshot(dist)
        assert state in (old, new), "dist/ holds a mix of old and new files, or a truncated one"
        outcomes.append("new" if state == new else "old")
        if state == new:  # start the next round from the old set again
            shutil.rmtree(dist)
            shutil.copytree(pristine, dist)
    # A build left alone finishes, and clears what the killed builds left behind.
    assert build(root, dist).wait() == 0
    assert snapshot(dist) == new
    assert not list(root.glob(".dist.staging-*"))
    assert "old" in outcomes, outcomes


def test_failure_while_writing_leaves_folder_unchanged(tmp_path, monkeypatch):
    out = tmp_path / "dist"
    out.mkdir()
    for name in OUTPUTS:
        (out / name).write_text(f"old {name}\n")
    before = snapshot(out)
    calls = []

    def failing_write(path, data):
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_write(path, data)

    real_write = kb.build.write_file
    monkeypatch.setattr(kb.build, "write_file", failing_write)
    with pytest.raises(OSError):
        write_atomically({name: b"new\n" for name in OUTPUTS}, out)
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".dist.staging-*"))


def test_other_files_in_the_folder_survive(tmp_path):
    out = tmp_path / "dist"
    (out / "entity").mkdir(parents=True)
    (out / "entity" / "x.ttl").write_text("kept\n")
    write_atomically({"kb.ttl": b"new\n"}, out)
    assert (out / "entity" / "x.ttl").read_text() == "kept\n"
    assert (out / "kb.ttl").read_bytes() == b"new\n"
    assert os.listdir(tmp_path) == ["dist"]
