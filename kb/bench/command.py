"""What `kb bench` does, for kb/cli.py: write a synthetic project or FtM
file, or measure and report (kb/bench/run.py, ftm.py, report.py). Bad
arguments raise click.BadParameter."""

from __future__ import annotations

import json
from pathlib import Path

import click


def generate_project(size: str, folder: str) -> str:
    """Write a synthetic project of ``size`` (10k, 100k, 1M or a number of triples) to ``folder``."""
    from .generate import generate
    from .run import SIZES

    triples = SIZES.get(size) or (int(size) if size.isdigit() else None)
    if not triples:
        raise click.BadParameter(f"{size!r} is not 10k, 100k, 1M or a number of triples", param_hint="--generate")
    generate(Path(folder), triples)
    return (f"wrote a synthetic project of about {triples:,} triples to {folder}; build it with "
            f"`make -C {folder}` or `kb build --root {folder}`")


def generate_ftm(count: int, path: str) -> str:
    from ..ftm.generate import generate

    return f"wrote {generate(Path(path), count)} entities to {path}"


def _chosen(text: str, known, hint: str) -> list[str]:
    chosen = [s.strip() for s in text.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in known]
    if unknown:
        raise click.BadParameter(f"unknown size {unknown[0]!r}; use {', '.join(known)}", param_hint=hint)
    return chosen


def run(root: Path, out: Path, *, sizes: str, repeat: int, baseline_repeat: int | None, timeout: float | None,
        seed: bool, ftm_sizes: str | None, results: Path | None, docs: Path | None, echo) -> str:
    """Measure (the synthetic sizes and the seed, or with ``ftm_sizes`` the
    FtM imports), keep the results in ``results`` (default OUT/results.json),
    write OUT/results.md and, with ``docs``, the section of that file; return
    the Markdown."""
    from .report import markdown, update_docs
    from .run import SIZES, bench

    results = results or out / "results.json"
    if ftm_sizes:
        from .ftm import FTM_SIZES, bench_ftm
        chosen = _chosen(ftm_sizes, FTM_SIZES, "--ftm")
        data = json.loads(results.read_text(encoding="utf-8")) if results.is_file() else {"sizes": {}}
        data["ftm"] = bench_ftm(root, chosen, out, echo=echo)
        results.parent.mkdir(parents=True, exist_ok=True)
        results.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    else:
        data = bench(root, _chosen(sizes, SIZES, "--sizes"), repeat, baseline_repeat, timeout, out, echo=echo,
                     seed=seed, results=results)
    report = markdown(data)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.md").write_text(report, encoding="utf-8")
    if docs:
        update_docs(docs, data)
    return report
