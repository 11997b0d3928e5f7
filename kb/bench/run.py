"""``kb bench``: time what `make` does on synthetic knowledge bases, and the
same outputs made the plain way (rdflib + pySHACL + pyld), with serdi as a floor.

For each size a project is generated (kb/bench/generate.py, with its own
Makefile) and measured in fresh processes:

- **full**: `make` after `make clean` (no dist/, no previous set): every
  published file written. The build reports each stage's wall time and the
  peak memory sampled while it ran (``KB_TIMINGS``, kb/bench/sampler.py).
- **edit**: `make` after one fact file's first claim is reworded (a real
  change: the pages and dumps it touches are rewritten, the rest is kept).
- **touch**: `make` after a fact file is touched with its content unchanged.
- **no-op**: `make` with nothing to do.
- **queries**: `kb query`'s own path in a new process (dist/kb.nt and the
  ontology into Oxigraph under rdflib, then three queries from queries/).
- **baseline**: rdflib parses kb.nt, pySHACL validates, rdflib writes the
  three dumps and the per-resource documents (an rdflib graph each), pyld
  frames the armed groups, rdflib's engine runs the three queries; stopped
  at a time limit, after which its total is a lower bound.
- **floor**: serdi converting kb.ttl to N-Triples.

The measurements go to ``results.json`` (kept per size, so sizes can be
measured at different times) and Markdown (kb/bench/report.py).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from .sampler import Sampler
from .scratch import make_copy

SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
QUERIES = ("sanctions", "arms-transfers", "claim-stances")  # from queries/, representative reads
PLAIN_QUERIES = Path(__file__).parent / "plain-queries"
EDITED = "facts/sources/syn-000000.yaml"  # the fact file the edit runs reword


# ---------------------------------------------------------------- children: one measured run each
def _emit(stage: str, seconds: float, sampler: Sampler, **extra) -> None:
    print(json.dumps({"stage": stage, "seconds": seconds, "rss": sampler.sample(), **extra}), flush=True)


def _timed(stage: str, sampler: Sampler, fn):
    sampler.reset()
    start = time.perf_counter()
    value = fn()
    _emit(stage, time.perf_counter() - start, sampler)
    return value


def _queries(dist: Path, queries_dir: Path) -> None:
    """What ``kb query`` does, in its own process: the published N-Triples and
    the ontology into an rdflib graph over Oxigraph, then each query through
    kb.query.run (rdflib results), every row read."""
    from rdflib import Graph

    from ..namespaces import bind_prefixes
    from ..query import run

    sampler = Sampler()
    graph = Graph(store="Oxigraph")
    bind_prefixes(graph)

    def load():
        graph.parse(dist / "kb.nt", format="ox-nt")
        graph.parse(dist / "ontology.ttl", format="ox-turtle")
    _timed("q:load", sampler, load)
    for name in QUERIES:
        text = (queries_dir / f"{name}.rq").read_text(encoding="utf-8")
        rows: list = []
        _timed(f"q:{name}", sampler, lambda: rows.extend(run(graph, text)))
        print(json.dumps({"rows": {name: len(rows)}}), flush=True)
    sampler.stop()


def _baseline(project_dir: Path, queries_dir: Path) -> None:
    """The plain way, on the triples our build published."""
    import pyshacl
    from pyld import jsonld
    from rdflib import Graph

    from .. import nt
    from ..export import frames
    from ..namespaces import bind_prefixes
    from ..project import Project
    from ..schema import read_graph
    from .baseline import document_graph, subjects_with_pages

    sampler = Sampler()
    project = Project.at(project_dir)
    ontology, shapes = read_graph(project.ontology), read_graph(project.shapes)
    graph = Graph()
    bind_prefixes(graph)
    _timed("parse", sampler, lambda: graph.parse(project_dir / "dist" / "kb.nt", format="nt"))

    def shacl():
        conforms, _, _ = pyshacl.validate(graph + ontology, shacl_graph=shapes, inference="none", advanced=False)
        if not conforms:
            raise SystemExit("baseline: pySHACL reports violations on data our build accepted")
    _timed("validate", sampler, shacl)
    _timed("turtle", sampler, lambda: graph.serialize(format="longturtle", encoding="utf-8"))
    _timed("jsonld", sampler, lambda: graph.serialize(format="json-ld", encoding="utf-8"))
    _timed("ntriples", sampler, lambda: graph.serialize(format="nt", encoding="utf-8"))

    def documents():
        for node in subjects_with_pages(graph):
            doc = document_graph(graph, node)
            doc.serialize(format="longturtle", encoding="utf-8")
            doc.serialize(format="json-ld", encoding="utf-8")
    _timed("documents", sampler, documents)

    def frame():
        data = frames.data_triples(nt.triples_of(graph), ontology)
        rows = [{"subject": _term(s), "predicate": _term(p), "object": _term(o)} for s, p, o in data]
        expanded = jsonld.from_rdf({"@default": rows}, {"useNativeTypes": False})
        ctx = frames.frame_context(ontology)
        jsonld.frame(expanded, {"@context": ctx, **frames.FRAMES["armed-groups.jsonld"]()},
                     {"omitGraph": False, "omitDefault": True})
    _timed("frame", sampler, frame)
    full = graph + ontology  # queries see the ontology's labels, as `kb query` does
    for name in QUERIES:
        # The plain form where queries/ has one tuned for Oxigraph (hub labels
        # in subqueries), which rdflib's engine runs far slower; same rows.
        plain = PLAIN_QUERIES / f"{name}.rq"
        text = (plain if plain.is_file() else queries_dir / f"{name}.rq").read_text(encoding="utf-8")
        rows: list = []
        _timed(f"q:{name}", sampler, lambda: rows.extend(full.query(text)))
        print(json.dumps({"rows": {name: len(rows)}}), flush=True)
    sampler.stop()


def _term(term: str) -> dict:
    from ..export.jsonld import _pyld_term
    return _pyld_term(term)


def _child(argv: list[str]) -> None:
    side, path, queries_dir = argv[0], Path(argv[1]), Path(argv[2])
    if side == "queries":
        _queries(path / "dist", queries_dir)
    else:
        _baseline(path, queries_dir)


def measure_child(side: str, project_dir: Path, queries_dir: Path, timeout: float | None) -> dict:
    """One run of ``side`` (queries or baseline) in a fresh process: its stages
    {name: (seconds, rss)}, rows per query, and whether it hit the time limit."""
    cmd = [sys.executable, "-m", "kb.bench.run", side, str(project_dir), str(queries_dir)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONHASHSEED="0"))
    killer = threading.Timer(timeout, proc.kill) if timeout else None
    if killer:
        killer.start()
    start = time.perf_counter()
    stages, rows = {}, {}
    for line in proc.stdout:
        record = json.loads(line)
        if "stage" in record:
            stages[record["stage"]] = (record["seconds"], record["rss"])
        rows.update(record.get("rows") or {})
    _, status, usage = os.wait4(proc.pid, 0)
    if killer:
        killer.cancel()
    timed_out = bool(timeout and time.perf_counter() - start >= timeout and status != 0)
    if status != 0 and not timed_out:
        raise RuntimeError(f"{side} run on {project_dir} failed:\n{proc.stderr.read()[-3000:]}")
    peak = max([usage.ru_maxrss * 1024] + [rss for _, rss in stages.values()])
    return {"stages": stages, "rows": rows, "timed_out": timeout if timed_out else None, "peak": peak}


# ---------------------------------------------------------------- make, as a user runs it
def run_make(project: Path, target: str = "all") -> dict:
    """`make` in ``project``: wall time, the build's stages (if it ran) with
    their peak memory, and how many files it wrote."""
    timings = project / "build" / "timings.jsonl"
    timings.unlink(missing_ok=True)
    env = dict(os.environ, KB_TIMINGS=str(timings), PYTHONHASHSEED="0")
    start = time.perf_counter()
    done = subprocess.run(["make", "-s", target], cwd=project, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"make failed in {project}:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    stages = []
    if timings.is_file():
        stages = [json.loads(line) for line in timings.read_text(encoding="utf-8").splitlines() if line.strip()]
    written = None
    for line in done.stdout.splitlines():
        if line.startswith("Wrote "):
            written = int(line.split()[1])
    return {"wall": wall, "stages": {s["stage"]: s["seconds"] for s in stages},
            "peak": max((s.get("rss", 0) for s in stages), default=0), "written": written}


def edit_fact_file(project: Path, n: int) -> None:
    """Reword the first claim of EDITED (a different text each time)."""
    path = project / EDITED
    text = path.read_text(encoding="utf-8")
    start = text.index('says: "') + len('says: "')
    if text[start:].startswith("(edit "):
        start_end = text.index(") ", start) + 2
        text = text[:start] + text[start_end:]
    path.write_text(text[:start] + f"(edit {n}) " + text[start:], encoding="utf-8")


def _load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0]) if Path("/proc/loadavg").is_file() else -1.0


def _median_runs(runs: list[dict]) -> dict:
    stages: list = []
    for run in runs:
        stages += [name for name in run["stages"] if name not in stages]
    return {"wall": statistics.median(r["wall"] for r in runs),
            "stages": {name: statistics.median(r["stages"][name] for r in runs if name in r["stages"])
                       for name in stages},
            "peak": statistics.median(r["peak"] for r in runs),
            "written": runs[0]["written"], "runs": len(runs), "walls": [r["wall"] for r in runs]}


def bench_size(root: Path, size: str, out: Path, repeat: int, baseline_repeat: int, timeout: float | None,
               echo=print) -> dict:
    """Every measurement of one size; a dict for results.json."""
    from .generate import generate

    project = out / size
    loads = [_load()]
    echo(f"[{size}] generating about {SIZES[size]:,} triples into {project}")
    start = time.perf_counter()
    generate(project, SIZES[size])
    generated = time.perf_counter() - start
    full = []
    for i in range(repeat):
        echo(f"[{size}] make from scratch, run {i + 1}/{repeat}")
        run_make(project, "clean")
        full.append(run_make(project))
        loads.append(_load())
    from ..export.documents import slug_of

    files = sum(1 for _ in open(project / "dist" / "SHA256SUMS", encoding="utf-8")) + 1
    triples, subjects = 0, set()
    with open(project / "dist" / "kb.nt", encoding="utf-8") as handle:
        for line in handle:
            triples += 1
            subjects.add(line[:line.index(" ")])
    documents = sum(1 for s in subjects if slug_of(s))
    noop = [run_make(project) for _ in range(5)]
    echo(f"[{size}] make after touching a fact file, after editing one, with nothing to do")
    touch, edit = [], []
    for i in range(repeat):
        os.utime(project / EDITED)
        touch.append(run_make(project))
        edit_fact_file(project, i)
        edit.append(run_make(project))
        loads.append(_load())
    echo(f"[{size}] queries")
    queries = [measure_child("queries", project, root / "queries", None) for _ in range(repeat)]
    base = []
    for i in range(baseline_repeat):
        echo(f"[{size}] baseline, run {i + 1}/{baseline_repeat}" + (f" (time limit {timeout:.0f} s)" if timeout else ""))
        base.append(measure_child("baseline", project, root / "queries", timeout))
        loads.append(_load())
    floor = [serdi(project / "dist" / "kb.ttl") for _ in range(max(repeat, 1))]
    rows = queries[0]["rows"]
    for b in base:
        if not b["timed_out"] and b["rows"] != rows:
            raise RuntimeError(f"baseline and ours return different row counts: {b['rows']} vs {rows}")
    return {
        "size": size, "triples": triples, "files": files, "documents": documents,
        "static_pages": (project / "dist" / "entity").is_dir(), "generated": generated,
        "full": _median_runs(full), "edit": _median_runs(edit), "touch": _median_runs(touch),
        "noop": _median_runs(noop),
        "queries": {"runs": len(queries), "rows": rows,
                    "stages": {k: statistics.median(q["stages"][k][0] for q in queries) for k in queries[0]["stages"]},
                    "peak": statistics.median(q["peak"] for q in queries)},
        "baseline": {"runs": len(base), "timed_out": any(b["timed_out"] for b in base), "timeout": timeout,
                     "stages": {k: statistics.median(b["stages"][k][0] for b in base if k in b["stages"])
                                for k in (base[0]["stages"] if base else {})},
                     "total": statistics.median(b["timed_out"] or sum(s for s, _ in b["stages"].values())
                                                for b in base) if base else None,
                     "peak": statistics.median(b["peak"] for b in base) if base else None},
        "serdi": statistics.median(f[0] for f in floor) if floor and all(floor) else None,
        "load": loads, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "commit": _commit(root),
    }


def bench_seed(root: Path, out: Path, repeat: int, echo=print) -> dict:
    """The project's own knowledge base: `make` from scratch, after touching a
    fact file, after editing one, with nothing to do, and `kb --help`, in a
    copy of the repository (the same Makefile, code and virtualenv)."""
    copy = out / "seed"
    shutil.rmtree(copy, ignore_errors=True)
    make_copy(root, copy)
    echo("[seed] make from scratch, after a touch, after an edit, with nothing to do; kb --help")
    loads = [_load()]
    full = []
    for _ in range(repeat):
        run_make(copy, "clean")
        full.append(run_make(copy))
    people = copy / "facts" / "entities" / "people.yaml"
    touch, edit = [], []
    for i in range(max(repeat, 5)):
        os.utime(people)
        touch.append(run_make(copy))
        text = people.read_text(encoding="utf-8")
        people.write_text(text.replace("label: John Kirby", "label: John F. Kirby") if i % 2 == 0 else
                          text.replace("label: John F. Kirby", "label: John Kirby"), encoding="utf-8")
        edit.append(run_make(copy))
    noop = [run_make(copy) for _ in range(20)]
    helps = []
    for _ in range(20):
        start = time.perf_counter()
        subprocess.run([str(root / ".venv" / "bin" / "kb"), "--help"], capture_output=True, check=True)
        helps.append(time.perf_counter() - start)
    loads.append(_load())
    return {"size": "seed", "full": _median_runs(full), "touch": _median_runs(touch), "edit": _median_runs(edit),
            "noop": _median_runs(noop), "help": statistics.median(helps), "load": loads,
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "commit": _commit(root)}


def serdi(ttl: Path) -> tuple[float, int] | None:
    """serdi's Turtle to N-Triples conversion of our kb.ttl: (seconds, peak RSS)."""
    exe = shutil.which("serdi")
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


def _commit(root: Path) -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


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


def bench(root: Path, sizes: list[str], repeat: int, baseline_repeat: int | None, timeout: float | None,
          out: Path, echo=print, seed: bool = True, results: Path | None = None) -> dict:
    """Measure ``sizes`` (and the seed), merge into ``results`` (results.json,
    one entry per size: the latest measurement of each) and return it."""
    out.mkdir(parents=True, exist_ok=True)
    results = results or out / "results.json"
    data = json.loads(results.read_text(encoding="utf-8")) if results.is_file() else {}
    data.setdefault("sizes", {})
    for size in sizes:
        runs = baseline_repeat if baseline_repeat is not None else (repeat if size == "10k" else 1)
        if size == "1M":
            repeat_here = max(1, min(repeat, 3))
        else:
            repeat_here = repeat
        data["sizes"][size] = bench_size(root, size, out, repeat_here, runs, timeout, echo)
        data["machine"] = machine()
        results.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if seed:
        data["sizes"]["seed"] = bench_seed(root, out, repeat, echo)
        from .extract import measure as measure_extraction
        data["extraction"] = measure_extraction(root)
        data["machine"] = machine()
        results.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return data


if __name__ == "__main__":
    _child(sys.argv[1:])
