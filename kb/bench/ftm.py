"""`kb bench --ftm SIZES`: import throughput and the build at the size an
import produces. For each size: a synthetic FtM file (kb/ftm/generate.py),
a copy of the seed project, `kb import ftm` in a child process (wall time,
entities per second, peak RSS), then `kb build` of the project in a child
process, every published file written, with each stage's time and peak
memory (``KB_TIMINGS``)."""

from __future__ import annotations

import json
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


def measure_build(project: Path) -> dict:
    """`kb build` of ``project`` from scratch in a fresh process: wall time,
    stages, peak memory, triples."""
    shutil.rmtree(project / "dist", ignore_errors=True)
    shutil.rmtree(project / "build", ignore_errors=True)
    timings = project / "timings.jsonl"
    timings.unlink(missing_ok=True)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kb.cli", "--root", str(project), "build", "-q"],
                          capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0",
                                                                   KB_TIMINGS=str(timings)))
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"kb build failed:\n{done.stderr[-3000:]}")
    records = [json.loads(line) for line in timings.read_text(encoding="utf-8").splitlines() if line.strip()]
    triples = sum(1 for _ in open(project / "dist" / "kb.nt", "rb"))
    return {"wall": wall, "stages": {r["stage"]: r["seconds"] for r in records},
            "peak": max(r.get("rss", 0) for r in records), "triples": triples}


def bench_ftm(root: Path, sizes: list[str], out: Path, echo=print) -> list[dict]:
    """Measure each size; a list of rows for results.json."""
    from ..ftm.generate import generate

    rows = []
    for size in sizes:
        count = FTM_SIZES[size]
        folder = out / f"ftm-{size}"
        folder.mkdir(parents=True, exist_ok=True)
        data = folder / "entities.ftm.json"
        echo(f"[ftm {size}] generating {count} entities into {data}")
        generate(data, count)
        project = folder / "project"
        _project(root, project)
        load = [float(Path("/proc/loadavg").read_text().split()[0])]
        echo(f"[ftm {size}] importing")
        seconds, rss = measure_import(project, data)
        echo(f"[ftm {size}] building")
        built = measure_build(project)
        load.append(float(Path("/proc/loadavg").read_text().split()[0]))
        rows.append({"entities": count, "import": seconds, "import_peak": rss, **built,
                     "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                     "load": f"{min(load):.1f}–{max(load):.1f}"})
    return rows
