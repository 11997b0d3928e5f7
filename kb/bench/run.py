"""``kb bench``: time the pipeline on synthetic knowledge bases, against a plain
rdflib + pySHACL baseline on the same triples and serdi as a floor.

Every measured run is a fresh Python process (``python -m kb.bench.run``), so
that peak memory is that run's own. The child prints one JSON line per stage:
its wall time and the peak resident set size sampled while it ran. The parent
kills a run that passes its time limit and reports the stages it finished.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .sampler import Sampler

SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
QUERIES = ("sanctions", "arms-transfers", "claim-stances")  # from queries/, representative reads
BUILD_STAGES = ("load", "rules", "validate", "exports")
QUERY_STAGES = ("q:load",) + tuple(f"q:{q}" for q in QUERIES)
OUR_STAGES = BUILD_STAGES + QUERY_STAGES
PLAIN_QUERIES = Path(__file__).parent / "plain-queries"
BASE_STAGES = ("parse", "validate", "turtle", "jsonld", "ntriples") + tuple(f"q:{q}" for q in QUERIES)


# ---------------------------------------------------------------- the child: one measured run
def _emit(stage: str, seconds: float, sampler: Sampler, **extra) -> None:
    sampler.peak = max(sampler.peak, sampler.rss())
    print(json.dumps({"stage": stage, "seconds": seconds, "rss": sampler.peak, **extra}), flush=True)


def _timed(stage: str, sampler: Sampler, fn, **extra):
    sampler.reset()
    start = time.perf_counter()
    value = fn()
    _emit(stage, time.perf_counter() - start, sampler, **extra)
    return value


def _ours(project_dir: Path, out_dir: Path) -> None:
    """The build's stages, as ``kb build`` runs them (the site pages aside)."""
    from ..build import compile_stages, exports
    from ..project import Project

    sampler = Sampler()
    project = Project.at(project_dir)
    stages = compile_stages(project)
    state: dict = {}
    _timed("load", sampler, lambda: state.update(loaded=next(stages)))
    _timed("rules", sampler, lambda: state.update(graph=next(stages)))
    compiled = _timed("validate", sampler, lambda: next(stages))
    if not compiled.report.conforms:
        raise SystemExit(f"synthetic data does not conform:\n{compiled.report.text()[:2000]}")
    print(json.dumps({"triples": len(compiled.triples)}), flush=True)
    files = _timed("exports", sampler, lambda: exports(compiled))
    (out_dir / "kb.ttl").write_bytes(files["kb.ttl"])
    (out_dir / "kb.nt").write_bytes(files["kb.nt"])
    sampler.stop()


def _queries(out_dir: Path, queries_dir: Path) -> None:
    """What ``kb query`` does, in its own process: the published N-Triples and
    the ontology into an rdflib graph over Oxigraph, then each query through
    kb.query.run (rdflib results), every row read."""
    from rdflib import Graph

    from ..namespaces import bind_prefixes
    from ..project import Project
    from ..query import run

    sampler = Sampler()
    graph = Graph(store="Oxigraph")
    bind_prefixes(graph)
    ontology = Project.at(".").ontology

    def load():
        graph.parse(out_dir / "kb.nt", format="ox-nt")
        for path in sorted(ontology.glob("*.ttl")):
            graph.parse(path, format="ox-turtle")
    _timed("q:load", sampler, load)
    for name in QUERIES:
        text = (queries_dir / f"{name}.rq").read_text(encoding="utf-8")
        rows = []
        _timed(f"q:{name}", sampler, lambda: rows.extend(run(graph, text)))
        print(json.dumps({"rows": {name: len(rows)}}), flush=True)
    sampler.stop()


def _baseline(nt_path: Path, queries_dir: Path) -> None:
    """The plain way: rdflib parse, pySHACL, rdflib serialisers, rdflib SPARQL."""
    import pyshacl
    from rdflib import Graph

    from ..namespaces import bind_prefixes
    from ..project import Project
    from ..schema import read_graph

    sampler = Sampler()
    project = Project.at(".")
    ontology, shapes = read_graph(project.ontology), read_graph(project.shapes)
    graph = Graph()
    bind_prefixes(graph)
    _timed("parse", sampler, lambda: graph.parse(nt_path, format="nt"))

    def shacl():
        combined = graph + ontology
        conforms, _, _ = pyshacl.validate(combined, shacl_graph=shapes, inference="none", advanced=False)
        if not conforms:
            raise SystemExit("baseline: pySHACL reports violations on data our build accepted")
    _timed("validate", sampler, shacl)
    _timed("turtle", sampler, lambda: graph.serialize(format="turtle", encoding="utf-8"))
    _timed("jsonld", sampler, lambda: graph.serialize(format="json-ld", encoding="utf-8"))
    _timed("ntriples", sampler, lambda: graph.serialize(format="nt", encoding="utf-8"))
    full = graph + ontology  # queries see the ontology's labels, as `kb query` does
    for name in QUERIES:
        # The plain form where queries/ has one tuned for Oxigraph (hub labels
        # in subqueries), which rdflib's engine runs far slower; same rows.
        plain = PLAIN_QUERIES / f"{name}.rq"
        text = (plain if plain.is_file() else queries_dir / f"{name}.rq").read_text(encoding="utf-8")
        rows = []
        _timed(f"q:{name}", sampler, lambda: rows.extend(full.query(text)))
        print(json.dumps({"rows": {name: len(rows)}}), flush=True)
    sampler.stop()


def _child(argv: list[str]) -> None:
    side, path, queries_dir = argv[0], Path(argv[1]), Path(argv[2])
    if side == "ours":
        _ours(path, path)
    elif side == "queries":
        _queries(path, queries_dir)
    else:
        _baseline(path / "kb.nt", queries_dir)


# ---------------------------------------------------------------- the parent
@dataclass
class Run:
    stages: dict = field(default_factory=dict)  # stage -> (seconds, rss)
    triples: int = 0
    rows: dict = field(default_factory=dict)
    timed_out: float | None = None
    peak: int = 0  # ru_maxrss of the whole process, bytes
    error: str = ""


def measure(side: str, project_dir: Path, queries_dir: Path, timeout: float | None) -> Run:
    """One run in fresh processes. Ours is two: the build, then the queries
    over what it wrote (as `kb build` then `kb query`); peak RSS is the larger."""
    if side == "ours":
        build, queries = _measure("ours", project_dir, queries_dir, timeout), \
            _measure("queries", project_dir, queries_dir, timeout)
        build.stages.update(queries.stages)
        build.rows = queries.rows
        build.peak = max(build.peak, queries.peak)
        return build
    return _measure(side, project_dir, queries_dir, timeout)


def _measure(side: str, project_dir: Path, queries_dir: Path, timeout: float | None) -> Run:
    run = Run()
    cmd = [sys.executable, "-m", "kb.bench.run", side, str(project_dir), str(queries_dir)]
    env = dict(os.environ, PYTHONHASHSEED="0")
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    killer = threading.Timer(timeout, proc.kill) if timeout else None
    if killer:
        killer.start()
    for line in proc.stdout:
        record = json.loads(line)
        if "stage" in record:
            run.stages[record["stage"]] = (record["seconds"], record["rss"])
        run.triples = record.get("triples", run.triples)
        run.rows.update(record.get("rows") or {})
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if killer:
        killer.cancel()
    run.peak = max([usage.ru_maxrss * 1024] + [rss for _, rss in run.stages.values()])
    if timeout and time.perf_counter() - start >= timeout and proc.returncode != 0:
        run.timed_out = timeout
    elif proc.returncode != 0:
        run.error = proc.stderr.read()[-3000:]
        raise RuntimeError(f"{side} run on {project_dir} failed:\n{run.error}")
    return run


def serdi(ttl: Path) -> tuple[float, int] | None:
    """serdi's Turtle to N-Triples conversion of our kb.ttl: (seconds, peak RSS)."""
    exe = subprocess.run(["sh", "-c", "command -v serdi"], capture_output=True, text=True).stdout.strip()
    if not exe:
        return None
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen([exe, "-i", "turtle", "-o", "ntriples", str(ttl)], stdout=null)
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"serdi failed on {ttl}")
    return seconds, usage.ru_maxrss * 1024


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import pyoxigraph
    import pyshacl
    import rdflib
    return (f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; rdflib {rdflib.__version__}, pySHACL {pyshacl.__version__}, "
            f"pyoxigraph {pyoxigraph.__version__}")


def _med(values):
    return statistics.median(values) if values else None


def _fmt_s(value, lower=False) -> str:
    if value is None:
        return "–"
    return (">" if lower else "") + (f"{value:.2f}" if value < 100 else f"{value:.0f}")


def _fmt_mb(value) -> str:
    return "–" if value is None else f"{value / 2**20:.0f}"


def bench(root: Path, sizes: list[str], repeat: int, baseline_repeat: int | None, timeout: float | None,
          out: Path, echo=print) -> str:
    """Generate, measure, and return the report as Markdown. ``baseline_repeat``
    None means ``repeat`` runs of the baseline at 10k and one at larger sizes."""
    from .generate import generate

    queries_dir = root / "queries"
    lines = [f"Machine: {machine()}", ""]
    summary = ["| size | triples | ours: build (s) | ours: 3 queries (s) | ours total (s) | baseline total (s) "
               "| baseline / ours | serdi floor (s) | ours peak RSS (MB) | baseline peak RSS (MB) |",
               "|---|---|---|---|---|---|---|---|---|---|"]
    details = []
    for size in sizes:
        project_dir = out / size
        echo(f"[{size}] generating {SIZES[size]} triples into {project_dir}")
        start = time.perf_counter()
        generate(project_dir, SIZES[size])
        gen_s = time.perf_counter() - start
        ours = []
        for i in range(repeat):
            echo(f"[{size}] ours, run {i + 1}/{repeat}")
            ours.append(measure("ours", project_dir, queries_dir, None))
        base = []
        base_runs = baseline_repeat if baseline_repeat is not None else (repeat if size == "10k" else 1)
        for i in range(base_runs):
            echo(f"[{size}] baseline, run {i + 1}/{base_runs}" + (f" (time limit {timeout:.0f} s)" if timeout else ""))
            base.append(measure("baseline", project_dir, queries_dir, timeout))
        floor = [serdi(project_dir / "kb.ttl") for _ in range(max(repeat, 1))]
        floor = [f for f in floor if f]
        triples = ours[0].triples
        if any(b.rows and b.rows != ours[0].rows for b in base if not b.timed_out):
            raise RuntimeError(f"baseline and ours return different row counts: {base[0].rows} vs {ours[0].rows}")

        def stage_table(title, runs, stages):
            rows = [f"**{title}** ({len(runs)} run{'s' if len(runs) != 1 else ''}, medians)", "",
                    "| stage | wall (s) | peak RSS (MB) | triples/s |", "|---|---|---|---|"]
            total = 0.0
            for stage in stages:
                done = [r.stages[stage] for r in runs if stage in r.stages]
                if not done:
                    rows.append(f"| {stage} | not reached (time limit) | – | – |")
                    continue
                secs, rss = _med([d[0] for d in done]), _med([d[1] for d in done])
                total += secs
                rate = f"{triples / secs:,.0f}" if secs > 0 and stage in BUILD_STAGES + ("q:load", "parse") else ""
                rows.append(f"| {stage} | {_fmt_s(secs)} | {_fmt_mb(rss)} | {rate} |")
            return rows, total

        ours_rows, _ = stage_table("ours", ours, OUR_STAGES)
        base_rows, _ = stage_table("baseline (rdflib + pySHACL)", base, BASE_STAGES)
        ours_total = _med([sum(s for s, _ in r.stages.values()) for r in ours])
        ours_build = _med([sum(s for k, (s, _) in r.stages.items() if not k.startswith("q:")) for r in ours])
        ours_queries = _med([sum(s for k, (s, _) in r.stages.items() if k in QUERY_STAGES[1:]) for r in ours])
        base_totals = [r.timed_out if r.timed_out else sum(s for s, _ in r.stages.values()) for r in base]
        base_lower = any(r.timed_out for r in base)
        base_total = _med(base_totals)
        ratio = base_total / ours_total if base_total and ours_total else None
        floor_s = _med([f[0] for f in floor]) if floor else None
        summary.append(
            f"| {size} | {triples:,} | {_fmt_s(ours_build)} | {_fmt_s(ours_queries)} | {_fmt_s(ours_total)} | "
            f"{_fmt_s(base_total, base_lower)} | "
            f"{(('≥' if base_lower else '') + f'{ratio:.1f}×') if ratio else '–'} | {_fmt_s(floor_s) if floor else 'serdi not installed'} | "
            f"{_fmt_mb(_med([r.peak for r in ours]))} | {_fmt_mb(_med([r.peak for r in base]))} |")
        details += [f"### {size}: {triples:,} triples", "",
                    f"Generated in {gen_s:.1f} s. Query rows: {ours[0].rows}.", ""]
        details += ours_rows + [""] + (base_rows + [""] if base else [])
        if base_lower:
            details += [f"The baseline was stopped at its time limit of {timeout:.0f} s; its total and the ratio "
                        "are lower bounds.", ""]
        if floor:
            details += [f"serdi (Turtle → N-Triples of our kb.ttl): {_fmt_s(floor_s)} s, peak RSS "
                        f"{_fmt_mb(_med([f[1] for f in floor]))} MB.", ""]
        echo("\n".join(summary))
    from .extract import measure as measure_extraction
    echo("extraction of the seed article")
    details += measure_extraction(root)
    report = "\n".join(lines + summary + [""] + details)
    (out / "results.md").write_text(report + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    _child(sys.argv[1:])
