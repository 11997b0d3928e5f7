"""The Markdown of ``kb bench``'s results (results.json): a summary table, the
stages of each build, the baseline, the seed, the FollowTheMoney imports and
the targets of issue #14 with what was measured. ``update_docs`` replaces the
part of docs/benchmarks.md between its two markers with it, so the numbers
there are the run's, never typed by hand."""

from __future__ import annotations

from pathlib import Path

BEGIN = "<!-- kb bench: begin (written by `kb bench --docs`; do not edit by hand) -->"
END = "<!-- kb bench: end -->"
ORDER = ("10k", "100k", "1M")
BASELINE_STAGES = ("parse", "validate", "turtle", "jsonld", "ntriples", "documents", "frame",
                   "q:sanctions", "q:arms-transfers", "q:claim-stances")

# Issue #14's targets: (what, size, measurement, limit in seconds or bytes)
TARGETS = (
    ("1M triples: `make` from scratch, every published file written, ≤ 60 s", "1M", "full", 60),
    ("1M triples: peak memory of that build ≤ 2 GB", "1M", "peak", 2e9),
    ("100k triples: `make` from scratch ≤ 10 s", "100k", "full", 10),
    ("seed: `make` after touching one fact file ≤ 1 s", "seed", "touch", 1),
    ("seed: `make` after editing one fact file (not a target; for comparison)", "seed", "edit", None),
    ("seed: `make` with nothing to do ≤ 0.1 s", "seed", "noop", 0.1),
    ("`kb --help` ≤ 0.3 s", "seed", "help", 0.3),
    ("1M triples: `make` after editing one fact file ≤ 15 s", "1M", "edit", 15),
    ("1M triples: each representative query ≤ 0.5 s (kb query's path)", "1M", "queries", 0.5),
)


def _s(value) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if value < 100 else f"{value:.0f}"


def _mb(value) -> str:
    return "–" if not value else f"{value / 2**20:,.0f}"


def _load(entry: dict) -> str:
    loads = [x for x in entry.get("load", []) if x >= 0]
    return f"{min(loads):.1f}–{max(loads):.1f}" if loads else "–"


def _measured(entry: dict, what: str):
    if what == "peak":
        return entry["full"]["peak"]
    if what == "help":
        return entry["help"]
    if what == "queries":
        return max(v for k, v in entry["queries"]["stages"].items() if k != "q:load")
    return entry[what]["wall"]


def summary(data: dict) -> list[str]:
    lines = ["| size | triples | files in dist/ | pages | `make` from scratch (s) | peak RSS (MB) | "
             "after editing a fact file (s) | files rewritten | nothing to do (s) | 3 queries (s) | "
             "baseline (s) | baseline / ours | serdi floor (s) | ours / serdi | load average |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for size in ORDER:
        e = data["sizes"].get(size)
        if e is None:
            continue
        full = e["full"]["wall"]
        queries = sum(v for k, v in e["queries"]["stages"].items() if k != "q:load")
        base = e["baseline"]
        lower = "≥" if base["timed_out"] else ""
        ratio = f"{lower}{base['total'] / full:.1f}×" if base["total"] else "–"
        floor = f"{full / e['serdi']:.0f}×" if e.get("serdi") else "–"
        pages = f"{e['documents']:,} as files" if e["static_pages"] else f"{e['documents']:,} served"
        lines.append(f"| {size} | {e['triples']:,} | {e['files']:,} | {pages} | {_s(full)} | "
                     f"{_mb(e['full']['peak'])} | {_s(e['edit']['wall'])} | {e['edit']['written']} | "
                     f"{_s(e['noop']['wall'])} | {_s(queries)} | {lower}{_s(base['total'])} | {ratio} | "
                     f"{_s(e.get('serdi'))} | {floor} | {_load(e)} |")
    return lines


def stages(data: dict) -> list[str]:
    out = []
    for size in ORDER:
        e = data["sizes"].get(size)
        if e is None:
            continue
        names = list(e["full"]["stages"])
        names += [n for n in e["edit"]["stages"] if n not in names]
        out += [f"### {size}: {e['triples']:,} triples", "",
                f"Measured {e['date']} at commit {e['commit']}; load average {_load(e)} (2 cores). "
                f"Generated in {e['generated']:.1f} s. `make` from scratch: {e['full']['runs']} runs "
                f"({', '.join(_s(w) for w in e['full']['walls'])} s); after an edit: {e['edit']['runs']} runs. "
                f"Query rows: {e['queries']['rows']}.", "",
                "| stage | from scratch (s) | after editing a fact file (s) |", "|---|---|---|"]
        for name in names:
            out.append(f"| {name} | {_s(e['full']['stages'].get(name))} | {_s(e['edit']['stages'].get(name))} |")
        for label, key in (("`make` (wall, with start-up)", "wall"),):
            out.append(f"| {label} | {_s(e['full'][key])} | {_s(e['edit'][key])} |")
        out.append(f"| peak RSS (MB) | {_mb(e['full']['peak'])} | {_mb(e['edit']['peak'])} |")
        out += ["", f"`kb query`'s path, median of {e['queries']['runs']}: "
                + ", ".join(f"{k[2:]} {_s(v)} s" for k, v in e["queries"]["stages"].items())
                + f"; peak RSS {_mb(e['queries']['peak'])} MB.", ""]
        base = e["baseline"]
        if base["runs"]:
            out += [f"Baseline (rdflib + pySHACL + pyld), {base['runs']} run(s)"
                    + (f", stopped at its time limit of {base['timeout']:.0f} s (its total is a lower bound)"
                       if base["timed_out"] else "") + ":", "",
                    "| stage | " + " | ".join(BASELINE_STAGES) + " |", "|---" * (len(BASELINE_STAGES) + 1) + "|",
                    "| seconds | " + " | ".join(_s(base["stages"].get(n)) if n in base["stages"] else "not reached"
                                             for n in BASELINE_STAGES) + " |", ""]
    return out


def seed(data: dict) -> list[str]:
    e = data["sizes"].get("seed")
    if e is None:
        return []
    return [f"### The seed (this repository's knowledge base)", "",
            f"Measured {e['date']} at commit {e['commit']}; load average {_load(e)}.", "",
            "| `make` … | median (s) | runs |", "|---|---|---|",
            f"| from scratch (`make clean && make`) | {_s(e['full']['wall'])} | {e['full']['runs']} |",
            f"| after touching a fact file (content unchanged) | {_s(e['touch']['wall'])} | {e['touch']['runs']} |",
            f"| after editing a fact file | {_s(e['edit']['wall'])} | {e['edit']['runs']} |",
            f"| with nothing to do | {e['noop']['wall']:.3f} | {e['noop']['runs']} |",
            f"| `kb --help` | {e['help']:.3f} | 20 |", ""]


def ftm(data: dict) -> list[str]:
    rows = data.get("ftm")
    if not rows:
        return []
    out = ["### FollowTheMoney imports (`kb bench --ftm`)", "",
           "| entities | import (s) | import peak RSS (MB) | triples built | triples per entity | "
           "`kb build` (s) | stages (s) | build peak RSS (MB) | measured |",
           "|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        stages_text = ", ".join(f"{k} {_s(v)}" for k, v in row["stages"].items())
        out.append(f"| {row['entities']:,} | {_s(row['import'])} | {_mb(row['import_peak'])} | "
                   f"{row['triples']:,} | {row['triples'] / row['entities']:.1f} | {_s(row['wall'])} | "
                   f"{stages_text} | {_mb(row['peak'])} | {row['date']}, load {row['load']} |")
    return out + [""]


def targets(data: dict) -> list[str]:
    out = ["| target | measured | met? |", "|---|---|---|"]
    for what, size, key, limit in TARGETS:
        entry = data["sizes"].get(size)
        if entry is None:
            out.append(f"| {what} | not measured | – |")
            continue
        value = _measured(entry, key)
        shown = f"{value / 1e9:.2f} GB" if key == "peak" else f"{value:.2f} s" if value >= 0.1 else f"{value:.3f} s"
        met = "–" if limit is None else ("yes" if value <= limit else "**no**")
        out.append(f"| {what} | {shown} (load average {_load(entry)}) | {met} |")
    return out


def markdown(data: dict) -> str:
    lines = [f"Machine: {data.get('machine', 'unknown')}", "", "#### Summary", ""]
    lines += summary(data) + ["", "#### Against the targets", ""] + targets(data) + [""]
    lines += stages(data) + seed(data) + ftm(data)
    if data.get("extraction"):
        lines += data["extraction"]
    return "\n".join(lines).rstrip() + "\n"


def update_docs(path: Path, data: dict) -> None:
    """Replace the text between BEGIN and END in ``path`` with the results."""
    text = path.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise ValueError(f"{path} has no {BEGIN} ... {END} section")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    path.write_text(head + BEGIN + "\n" + markdown(data) + END + tail, encoding="utf-8")
