"""`kb bench --match SIZES`: how long `kb match` takes.

For each size N: a synthetic FtM file of N entities (kb/ftm/generate.py),
split in two datasets (the first half and the second, so matching runs both
against our entities and across datasets), imported into a copy of the seed
project without matching; then our side gets 2,000 curated entities more,
made from every 10th person or organisation of the file (its Latin name as
label, its alias if any), so that blocking meets the density of a real
project and every one of them has its true match. `kb match` then runs in a
child process: wall time, peak RSS, and its own per-stage seconds and counts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .ftm import FTM_SIZES, _project

OURS = 2000
EVERY = 10


def _split(data: Path, first: Path, second: Path) -> None:
    lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
    half = len(lines) // 2
    first.write_text("".join(lines[:half]), encoding="utf-8")
    # the second half's ids get their own prefix, so the two datasets never share a node
    second.write_text("".join(line.replace('"syn-', '"syn2-') for line in lines[half:]), encoding="utf-8")


def _curated(data: Path, target: Path, count: int = OURS) -> int:
    """Write ``count`` curated entities made from the file's people and organisations."""
    out, n = [], 0
    with open(data, encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            entity = json.loads(line)
            if number % EVERY or entity["schema"] not in ("Person", "Organization", "Company"):
                continue
            props = entity["properties"]
            kind = {"Person": "Person", "Organization": "ArmedGroup", "Company": "Company"}[entity["schema"]]
            out.append(f"- id: bench-{entity['id']}\n  type: {kind}\n  label: {json.dumps(props['name'][0])}\n"
                       + (f"  aliases: [{json.dumps(props['alias'][0])}]\n" if props.get("alias") else ""))
            n += 1
            if n == count:
                break
    target.write_text("# Synthetic curated entities for kb bench --match.\n\n" + "\n".join(out), encoding="utf-8")
    return n


def _run(cmd: list[str], folder: Path) -> tuple[float, int, str]:
    """Run ``cmd`` in a child: (seconds, peak RSS in bytes, its standard output)."""
    out, err = folder / "stdout.txt", folder / "stderr.txt"
    start = time.perf_counter()
    with open(out, "w") as o, open(err, "w") as e:
        proc = subprocess.Popen(cmd, stdout=o, stderr=e, env=dict(os.environ, PYTHONHASHSEED="0"))
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd[3:])} failed:\n{err.read_text()[-3000:]}")
    return seconds, usage.ru_maxrss * 1024, out.read_text(encoding="utf-8")


def bench_match(root: Path, sizes: list[str], out: Path, echo=print) -> str:
    """Measure each size; return a Markdown report."""
    from ..ftm.generate import generate
    from .run import machine

    lines = [f"Machine: {machine()}", "",
             "| imported entities (2 datasets) | ours | pairs blocked | pairs scored | candidates | "
             "read ours / imports / keys / blocking / scoring (s) | kb match wall (s) | peak RSS (MB) |",
             "|---|---|---|---|---|---|---|---|"]
    kb = [sys.executable, "-m", "kb.cli"]
    for size in sizes:
        count = FTM_SIZES[size]
        folder = out / f"match-{size}"
        folder.mkdir(parents=True, exist_ok=True)
        data = folder / "entities.ftm.json"
        echo(f"[match {size}] generating {count} entities")
        generate(data, count)
        project = folder / "project"
        _project(root, project)
        first, second = folder / "first.ftm.json", folder / "second.ftm.json"
        _split(data, first, second)
        for name, path in (("synthetic_a", first), ("synthetic_b", second)):
            echo(f"[match {size}] importing {name}")
            _run(kb + ["--root", str(project), "import", "ftm", str(path), "--dataset", name, "--title", name,
                       "--authority", "united-nations", "--no-match"], folder)
        _curated(first, project / "facts" / "entities" / "bench.yaml")
        echo(f"[match {size}] matching")
        seconds, peak, text = _run(kb + ["--root", str(project), "match", "--format", "json"], folder)
        report = json.loads(text)
        c, s = report["counts"], report["seconds"]
        stages = " / ".join(f"{s[k]:.1f}" for k in ("read ours", "read imports", "keys", "blocking", "scoring"))
        lines.append(f"| {c['imported']:,} | {c['ours']:,} | {c['pairs blocked']:,} | {c['pairs scored']:,} | "
                     f"{len(report['candidates']):,} | {stages} | {seconds:.1f} | {peak / 1e6:.0f} |")
    text = "\n".join(lines) + "\n"
    (out / "match-results.md").write_text(text, encoding="utf-8")
    return text
