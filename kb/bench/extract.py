"""Extraction timing for ``kb bench``: the seed article, in a fresh process.

Start-up is the time to import the extractor; each run then extracts the
candidates of the project's seed in memory (nothing is written), as
``kb extract SEED`` does after start-up. Issue #3's target is under 1 s.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

SEED = "2022-12-23-moscow-times-north-korea-wagner"


def _child(root: str, repeat: int) -> None:
    start = time.perf_counter()
    from kb.extract import extract
    from kb.project import Project
    project = Project.at(root)
    startup = time.perf_counter() - start
    runs = []
    for _ in range(repeat):
        begin = time.perf_counter()
        extract(project, SEED, save=False)
        runs.append(time.perf_counter() - begin)
    print(json.dumps({"startup": startup, "runs": runs}))


def measure(root: Path, repeat: int = 5) -> list[str]:
    """Markdown lines: start-up and the median extraction time of the seed."""
    if not (root / "seeds" / f"{SEED}.yaml").is_file():
        return [f"Extraction: skipped, seeds/{SEED}.yaml is not in this project.", ""]
    done = subprocess.run([sys.executable, "-m", "kb.bench.extract", str(root), str(repeat)],
                          capture_output=True, text=True, check=True)
    numbers = json.loads(done.stdout.strip().splitlines()[-1])
    runs = numbers["runs"]
    return ["### Extraction (`kb extract` on the seed article)", "",
            f"Start-up {numbers['startup']:.2f} s; extraction after start-up, median of {len(runs)} runs: "
            f"{statistics.median(runs):.2f} s (min {min(runs):.2f}, max {max(runs):.2f}); target under 1 s.", ""]


if __name__ == "__main__":
    _child(sys.argv[1], int(sys.argv[2]))
