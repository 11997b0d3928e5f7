"""`kb bench --ftm SIZES`: import throughput and the build at the size an
import produces. For each size: a synthetic FtM file (kb/ftm/generate.py),
a copy of the seed project, `kb import ftm` in a child process (wall time,
entities per second, peak RSS), then the build's stages as kb/bench/run.py
measures them (load, rules, validation, exports; peak RSS)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

FTM_SIZES = {"10k": 10_000, "100k": 100_000, "500k": 500_000}


def _project(root: Path, target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for folder in ("seeds", "facts"):
        shutil.copytree(root / folder, target / folder)
    for name in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        shutil.copy(root / name, target / name)


def measure_import(project: Path, data: Path) -> tuple[float, int]:
    """Run `kb import ftm` on ``data`` in a fresh process: (seconds, peak RSS in bytes)."""
    cmd = [sys.executable, "-m", "kb.cli", "--root", str(project), "import", "ftm", str(data),
           "--dataset", "synthetic", "--title", "Synthetic sanctions list", "--authority", "united-nations"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONHASHSEED="0"))
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"kb import ftm failed:\n{proc.stderr.read()[-3000:]}")
    return seconds, usage.ru_maxrss * 1024


def bench_ftm(root: Path, sizes: list[str], out: Path, echo=print) -> str:
    """Measure each size; return a Markdown report."""
    from ..ftm.generate import generate
    from .run import machine, measure

    lines = [f"Machine: {machine()}", "",
             "| entities | FtM file (MB) | import (s) | entities/s | import peak RSS (MB) | triples built | "
             "build: load / rules / validate / exports (s) | build total (s) | build peak RSS (MB) |",
             "|---|---|---|---|---|---|---|---|---|"]
    for size in sizes:
        count = FTM_SIZES[size]
        folder = out / f"ftm-{size}"
        folder.mkdir(parents=True, exist_ok=True)
        data = folder / "entities.ftm.json"
        echo(f"[ftm {size}] generating {count} entities into {data}")
        generate(data, count)
        project = folder / "project"
        _project(root, project)
        echo(f"[ftm {size}] importing")
        seconds, rss = measure_import(project, data)
        echo(f"[ftm {size}] building")
        run = measure("ours", project, root / "queries", None)
        stages = [run.stages.get(s, (0, 0))[0] for s in ("load", "rules", "validate", "exports")]
        lines.append(f"| {count:,} | {data.stat().st_size / 1e6:.0f} | {seconds:.1f} | {count / seconds:,.0f} | "
                     f"{rss / 1e6:.0f} | {run.triples:,} | {' / '.join(f'{s:.1f}' for s in stages)} | "
                     f"{sum(stages):.1f} | {run.peak / 1e6:.0f} |")
    report = "\n".join(lines) + "\n"
    (out / "ftm-results.md").write_text(report, encoding="utf-8")
    return report
