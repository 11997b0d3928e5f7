"""The ``kb`` command: a thin layer over the library's stages.

Exit codes: 0 success (the graph conforms); 1 validation found violations;
2 bad input or usage (the message names the file and line); `kb extract` of
several documents: 3 when some failed and the others were extracted.

The habits every command shares (--root, -q, -v and -o anywhere, one-line
errors, finding the project) are in kb/cliutil.py; `kb query`, `kb search`
and `kb show` are in kb/cli_query.py; `kb review list` and `kb review show` in
kb/cli_review.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import cliutil
from .cliutil import EXIT_INPUT, EXIT_OK, EXIT_VIOLATIONS, Group, emit, info, output_option, root_option
from .cliutil import project as _project
from .errors import ValidationFailed


@click.group(name="kb", cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="agkb", message="kb %(version)s")
@click.pass_context
def main(ctx):
    """Armed Groups Knowledge Base: build, validate, export and query sourced facts.

    Exit codes: 0 success; 1 validation violations; 2 bad input.
    """
    ctx.ensure_object(dict)


main.params.append(root_option(envvar="KB_ROOT"))


@main.command()
@click.option("--out", type=click.Path(file_okay=False), help="Output folder (default: dist/).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Processes writing the per-resource pages (default: the number of cores, at most 2).")
@click.pass_context
def build(ctx, out, jobs):
    """Load, validate and export everything into dist/ (only if it conforms).

    Only files whose bytes changed are rewritten; the new set replaces the old
    one at once. On a terminal a progress line shows the stage."""
    import os

    from . import inputs
    project = _project(ctx)
    target = Path(out) if out else project.dist
    if target.resolve() == project.dist.resolve():
        inputs.refresh_list(project)  # for make: a deleted input rebuilds even after a build without make
    if inputs.unchanged(project, target):
        info(ctx, f"Nothing to rebuild: no input changed since the last build of {project.relative(target)}/ "
                  "(compared by content)")
        return
    from .build import build as run_build
    timings = os.environ.get("KB_TIMINGS")  # kb bench: a JSON line per stage, with peak memory
    sampler = record = None
    if timings:
        from .bench.sampler import Sampler
        sampler = Sampler()

        def record(entry):
            with open(timings, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry) + "\n")
    stages = cliutil.stages(ctx, "kb build: ", sampler=sampler, on_record=record)
    try:
        with stages:
            done = run_build(project, Path(out) if out else None, stages, jobs)
    finally:
        if sampler is not None:
            sampler.stop()
    info(ctx, f"{done.compiled.report.text()}\nWrote {done.written} of {len(done.digests) + 1} files to "
              f"{project.relative(target)}/ (the others were unchanged; all listed in SHA256SUMS)")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json", "ttl"]), default="text", show_default=True)
@output_option
@click.pass_context
def validate(ctx, fmt, output):
    """Validate facts against the shapes and hygiene checks; print the report."""
    from .build import compile as run_compile
    with cliutil.stages(ctx, "kb validate: ") as stages:
        report = run_compile(_project(ctx), stages).report
    if fmt == "json":
        emit(ctx, report.json(), output)
    elif fmt == "ttl":
        emit(ctx, report.turtle(), output)
    else:
        emit(ctx, report.text() + "\n", output)
    sys.exit(EXIT_OK if report.conforms else EXIT_VIOLATIONS)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "jsonld", "nt", "ftm"]), required=True)
@output_option
@click.pass_context
def export(ctx, fmt, output):
    """Build in memory and write one format (Turtle, JSON-LD, N-Triples, or
    FollowTheMoney JSON lines for Aleph and OpenSanctions tools)."""
    from .build import compile as run_compile, render
    with cliutil.stages(ctx, "kb export: ") as stages:
        compiled = run_compile(_project(ctx), stages)
        if not compiled.report.conforms:
            raise ValidationFailed(compiled.report)
        with stages.stage(f"writing {fmt}"):
            if fmt == "ftm":
                from .ftm.export import serialize
                data = serialize(compiled.triples)
            else:
                data = render(compiled, f"kb.{fmt}")
    emit(ctx, data, output)


@main.command()
@click.option("--date", "date", metavar="YYYY-MM-DD", help="Release date (default: today).")
@click.pass_context
def release(ctx, date):
    """Release the version in VERSION: date its CHANGELOG.md section and stamp it
    into the ontology and shapes. Run `make` afterwards (make release does both)."""
    import datetime as dt

    from .release import read_version, stamp
    project = _project(ctx)
    try:
        day = dt.date.fromisoformat(date) if date else dt.date.today()
    except ValueError:
        raise click.BadParameter(f"{date!r} is not a date YYYY-MM-DD", param_hint="--date") from None
    changed = stamp(project, day)
    version, _ = read_version(project)
    info(ctx, f"Released {version} on {day.isoformat()}; updated {', '.join(project.relative(p) for p in changed)}")


@main.command()
@click.argument("ids", nargs=-1)
@click.option("--api", default="https://www.wikidata.org/w/api.php", show_default=True,
              help="MediaWiki API address of Wikidata (or a mirror).")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 50), help="Candidates per search.")
@click.option("--aliases", is_flag=True, help="Also search each alias, not only the label.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@output_option
@click.pass_context
def link(ctx, ids, api, limit, aliases, fmt, output):
    """Propose Wikidata items for entities (IDS, or all), by their labels.

    Only proposals: to link an entity, write an identity link record in
    facts/links/ that cites a source stating the identifier."""
    from .link import as_json, propose
    proposals = propose(_project(ctx), list(ids), api, limit, aliases=aliases)
    if fmt == "json":
        emit(ctx, json.dumps(as_json(proposals), indent=2, ensure_ascii=False) + "\n", output)
        return
    lines = []
    for proposal in proposals:
        lines.append(f"{proposal.entity} ({proposal.label}): "
                     f"{len(proposal.candidates)} candidate{'s' if len(proposal.candidates) != 1 else ''}")
        for c in proposal.candidates:
            detail = f" — {c.description}" if c.description else ""
            via = f" [matched {c.match_type} '{c.matched}']" if c.matched and c.matched != c.label else ""
            lines.append(f"  {c.id:<12} {c.label}{detail}{via}")
            lines.append(f"  {'':<12} {c.iri}")
    emit(ctx, "".join(line + "\n" for line in lines), output)


EXIT_SOME_FAILED = 3  # kb extract: some documents failed, the others were extracted


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--date", "date_", type=click.DateTime(["%Y-%m-%d"]),
              help="Publication date, for documents that state none (no dateline); wins over a stated one.")
@click.option("--title", help="Headline, if the document does not state it (one document only).")
@click.option("--publisher", help="Id (or name) of the publishing media outlet (default: the site's name); "
                                  "an unknown one is registered as a new media outlet.")
@click.option("--author", help="Id of the byline's person or agency (default: the publisher).")
@click.option("--language", default="en", show_default=True, help="BCP 47 language tag of the text.")
@click.option("--again", is_flag=True, help="Extract documents already saved under seeds/ again instead of skipping them.")
@click.option("--evaluate", is_flag=True, help="Compare with the hand-written facts and print precision and recall; "
              "writes nothing. Several documents or a folder: each file against the <name>.gold.yaml beside it, "
              "one line per document and the set's sums.")
@click.option("--gold", type=click.Path(dir_okay=False, exists=True), help="Hand-written facts to evaluate against, "
              "one document only (default: <name>.gold.yaml beside a file, facts/sources/<id>.yaml for a seed id).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out claims and statements whose learned confidence is below this (0: keep all).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--timeout", default=15.0, show_default=True, help="Seconds to wait for a URL.")
@click.option("--max-bytes", default=5 * 1024 * 1024, show_default=True, help="Largest body accepted from a URL.")
@output_option
@click.pass_context
def extract(ctx, sources, date_, title, publisher, author, language, again, evaluate, gold, min_confidence, fmt,
            quiet, timeout, max_bytes, output):
    """Extract candidate facts from SOURCES: seed ids, files (text, Markdown, HTML),
    http(s) URLs, or folders (their .txt, .md and .html files).

    New documents are saved under seeds/; candidates go to facts/extracted/ for
    review (`kb review`) and are never published until accepted. A document
    already saved is skipped (--again extracts it again). One summary at the end.

    Exit codes: 0 none failed (each was read, or skipped as already known); 2
    none could be read (or bad usage); 3 some failed and the others were
    extracted or skipped (the summary gives each failure).
    """
    from .extract import Metadata, evaluate_source, evaluate_sources
    from .extract.batch import expand
    from .extract.evaluate import as_json, combine, documents_table, table
    project = _project(ctx)
    meta = Metadata(date_.date() if date_ else None, title, publisher, author, language)
    options = {"timeout": timeout, "max_bytes": max_bytes}
    if min_confidence:
        options["min_confidence"] = min_confidence
    count = len(expand(list(sources)))
    if (title or gold) and count != 1:
        raise click.UsageError(f"{'--title' if title else '--gold'} takes one document, not {count}")
    if evaluate and count == 1 and not Path(sources[0]).is_dir():
        rows = evaluate_source(project, sources[0], meta, Path(gold) if gold else None, **options)
        emit(ctx, (json.dumps(as_json(rows), indent=2) if fmt == "json" else table(rows)) + "\n", output)
        return
    if evaluate:  # several documents: each against the gold file beside it, then the set's sums
        results = evaluate_sources(project, list(sources), meta, **options)
        text = (json.dumps({"documents": {n: as_json(r) for n, r in results}, "all": as_json(combine(results))},
                           indent=2) if fmt == "json" else documents_table(results))
        emit(ctx, text + "\n", output)
        return
    summary = _extract_batch(project, list(sources), meta, again, quiet or cliutil.quiet(ctx), options)
    for failure in summary.failed:
        click.echo(f"error: {failure.reason}", err=True)
    if fmt == "json":
        emit(ctx, json.dumps(summary.as_json(), indent=2) + "\n", output)
    else:
        emit(ctx, _summary_text(project, summary) + "\n", output)
    if summary.failed:
        sys.exit(EXIT_INPUT if not summary.read and not summary.count("known") else EXIT_SOME_FAILED)


def _extract_batch(project, sources, meta, again, quiet, options):
    from .extract.batch import expand, run as run_batch
    count = len(expand(sources))
    if quiet or count < 2 or not sys.stderr.isatty():
        return run_batch(project, sources, meta, again=again, **options)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.description}"))
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("", total=count)
        return run_batch(project, sources, meta, again=again,
                         progress=lambda s: bar.update(task, advance=1, description=Path(s).name[:40]), **options)


def _summary_text(project, summary) -> str:
    def counted(counter) -> str:
        return ", ".join(f"{name} {n}" for name, n in sorted(counter.items()))

    lines = [f"{summary.read} document{'s' if summary.read != 1 else ''} read: {summary.count('saved')} saved under "
             f"seeds/, {summary.count('known')} skipped as already known, {len(summary.failed)} failed"]
    for o in summary.outcomes:
        if o.status == "saved":
            extra = f"; registered media outlet {', '.join(o.registered)}" if o.registered else ""
            lines.append(f"  saved {o.document} (date from {o.date_from}){extra}")
        elif o.status == "known":
            lines.append(f"  skipped {o.source}: already saved as {o.document} (--again extracts it again)")
        elif o.status == "failed":
            lines.append(f"  failed {o.reason}")
    claims, entities = summary.total("claims"), summary.total("entities")
    lines.append(f"candidates: {sum(claims.values())} claims" + (f" ({counted(claims)})" if claims else "")
                 + f", {summary.total('statements')} statements, {sum(entities.values())} new entities"
                 + (f" ({counted(entities)})" if entities else ""))
    lines.append(f"  {summary.total('linked')} proposed names linked to known entities, {summary.total('joined')} "
                 f"joined a candidate already waiting for review, {summary.total('already')} already in the knowledge base")
    if summary.read:
        lines.append("Review them with `kb review list` and `kb review show ID`.")
    return "\n".join(lines)


@main.group()
def review():
    """List, show, accept or reject extracted candidates (facts/extracted/)."""


from .cli_match import _BY, _NOTE  # noqa: E402 - the options of match judgements


@review.command("accept")
@click.argument("ids", nargs=-1)
@click.option("--source", help="Accept every unreviewed candidate of this document (its seed id): entities first.")
@_BY
@_NOTE
@click.pass_context
def review_accept(ctx, ids, source, by, note):
    """Move candidates into the curated facts, all together, after validating the result.
    A match candidate is judged the same actor (facts/links/judgements.yaml).

    If the project would not validate, nothing changes and the error names the problem."""
    from .review import accept_many, accept_source
    project = _project(ctx)
    if bool(ids) == bool(source):
        raise click.UsageError("give candidate IDS or --source ID, not both" if ids else
                               "give the candidate IDS to accept, or --source ID for a whole document")
    with cliutil.stages(ctx, "kb review accept: ") as stages, stages.stage("validating the project with them"):
        accepted = accept_source(project, source) if source else accept_many(project, list(ids), by, note)
    for item in accepted:
        info(ctx, f"accepted {item.id} into {project.relative(item.target)}")


@review.command("reject")
@click.argument("ids", nargs=-1, required=True)
@_BY
@_NOTE
@click.pass_context
def review_reject(ctx, ids, by, note):
    """Mark candidates as rejected; re-extraction will not propose them again.
    A match candidate is judged different actors and never proposed again."""
    from .review import reject
    for ident in ids:
        reject(_project(ctx), ident, by, note)
        info(ctx, f"rejected {ident}")


@main.group(name="import")
def import_():
    """Import official datasets as inputs of the project (imports/)."""


@import_.command("ftm")
@click.argument("source")
@click.option("--dataset", required=True, help="Name of the dataset, e.g. us_ofac_sdn; it becomes imports/<name>/.")
@click.option("--title", help="Title of the dataset (default: kept from the last import, or the name).")
@click.option("--authority", help="Id of the actor (facts/entities/) the list is attributed to, or ftm:<id> for an "
                                  "entity of the file; needed the first time.")
@click.option("--authority-map", "authority_map", multiple=True, metavar="TEXT=ID",
              help="Map a Sanction's authority text to an actor id (repeatable); others become actors of their own.")
@click.option("--version", "version_", help="Version or export date (default: the latest last_seen of the file).")
@click.option("--opensanctions/--not-opensanctions", default=None,
              help="The entity ids are OpenSanctions ids (default: when the URL is on opensanctions.org).")
@click.option("--timeout", default=60.0, show_default=True, help="Seconds without data before a download fails.")
@click.option("--max-bytes", default=2 * 1024 ** 3, show_default=True, help="Largest file accepted from a URL.")
@click.option("--match/--no-match", "then_match", default=True, show_default=True,
              help="Then propose matches with our entities and other datasets (what `kb match` does).")
@click.pass_context
def import_ftm(ctx, source, dataset, title, authority, authority_map, version_, opensanctions, timeout, max_bytes,
               then_match):
    """Import FollowTheMoney entities (JSON lines) from SOURCE, a file or an http(s) URL.

    The file and its mapping to our ontology go to imports/<dataset>/; `make`
    (or `kb build`) then builds with them. Importing the same file again
    changes nothing; a newer file replaces the dataset."""
    from .ftm.imports import import_ftm as run_import
    mapped = {}
    for item in authority_map:
        text, sep, actor = item.rpartition("=")
        if not sep or not text or not actor:
            raise click.BadParameter(f"{item!r} is not TEXT=ID", param_hint="--authority-map")
        mapped[text] = actor
    project = _project(ctx)
    with cliutil.stages(ctx, "kb import ftm: ") as stages, stages.stage("entities read"):
        done = run_import(project, source, dataset, title=title, authority=authority, version=version_,
                          opensanctions=opensanctions, authorities=mapped, timeout=timeout, max_bytes=max_bytes,
                          progress=stages.update)
    for line in done.warnings:  # each dropped value, with its file and line (the first 20)
        click.echo(f"warning: {line}", err=True)
    meta = done.meta
    counts = meta["counts"]
    where = project.relative(done.folder)
    verb = "imported" if done.changed else "already imported (no change)"
    info(ctx, f"{where}: {verb}: {meta['title']}, version {meta['version']}; {counts['entities']} entities read, "
               f"{sum(counts['imported'].values())} imported, {counts['triples']} triples")
    for name, number in counts["imported"].items():
        info(ctx, f"  {number:>8}  {name}")
    if meta.get("unmapped"):
        info(ctx, f"Not imported ({sum(meta['unmapped'].values())}; listed in {where}/dataset.yaml):")
        for what, number in meta["unmapped"].items():
            info(ctx, f"  {number:>8}  {what}")
    if then_match:
        from .cli_match import run_match
        run_match(project)
    if done.changed:
        info(ctx, "Run `make` (or kb build) to build with it.")


@main.command()
@click.option("--sizes", default="10k,100k,1M", show_default=True,
              help="Comma-separated sizes to generate and measure: 10k, 100k, 1M.")
@click.option("--repeat", default=3, show_default=True, type=click.IntRange(1, 20),
              help="Runs of each build per size (medians are reported; at most 3 at 1M).")
@click.option("--baseline-repeat", default=None, type=click.IntRange(0, 20),
              help="Runs of the rdflib + pySHACL baseline per size (default: --repeat for 10k, 1 for larger "
                   "sizes, where one run takes minutes).")
@click.option("--baseline-timeout", default=900.0, show_default=True, type=float, metavar="SECONDS",
              help="Stop a baseline run after this long and report lower bounds (0: no limit).")
@click.option("--no-seed", is_flag=True, help="Do not measure the seed knowledge base (make, kb --help).")
@click.option("--out", default="bench/out", show_default=True, type=click.Path(file_okay=False),
              help="Where the synthetic knowledge bases and results.json go.")
@click.option("--docs", "docs_path", type=click.Path(dir_okay=False),
              help="Write the results into this Markdown file, between its kb bench markers.")
@click.option("--results", "results_path", type=click.Path(dir_okay=False),
              help="The results file to update (default: OUT/results.json).")
@click.option("--generate", "generate_kb", nargs=2, type=(str, click.Path(file_okay=False)),
              metavar="SIZE DIR", help="Only write a synthetic project of SIZE triples (10k, 100k, 1M or a "
                                       "number) to DIR; `make` or `kb build --root DIR` builds it.")
@click.option("--generate-ftm", "generate_ftm", nargs=2, type=(click.IntRange(1), click.Path(dir_okay=False)),
              metavar="N FILE", help="Only write a synthetic FollowTheMoney file of N entities to FILE.")
@click.option("--ftm", "ftm_sizes", metavar="SIZES",
              help="Measure `kb import ftm` and the build it leads to instead: 10k, 100k, 500k (comma-separated).")
@click.option("--match", "match_sizes", metavar="SIZES",
              help="Measure `kb match` instead, at 10k, 100k or 500k imported entities (comma-separated).")
@output_option
@click.pass_context
def bench(ctx, sizes, repeat, baseline_repeat, baseline_timeout, no_seed, out, docs_path, results_path, generate_kb,
          generate_ftm, ftm_sizes, match_sizes, output):
    """Benchmark `make` on synthetic knowledge bases against rdflib + pySHACL and serdi."""
    from .bench import command
    root = Path(ctx.obj.get("root") or ".").resolve()
    target = (root / out) if not Path(out).is_absolute() else Path(out)

    def echo(message):
        info(ctx, message, err=True)
    if generate_kb:
        info(ctx, command.generate_project(*generate_kb))
    elif generate_ftm:
        info(ctx, command.generate_ftm(*generate_ftm))
    elif match_sizes:
        from .bench.ftm import FTM_SIZES
        from .bench.match import bench_match
        chosen = [s.strip() for s in match_sizes.split(",") if s.strip()]
        unknown = [s for s in chosen if s not in FTM_SIZES]
        if unknown:
            raise click.BadParameter(f"unknown size {unknown[0]!r}; use {', '.join(FTM_SIZES)}",
                                     param_hint="--match")
        emit(ctx, bench_match(root, chosen, target, echo=echo) + "\n", output)
    else:
        emit(ctx, command.run(root, target, sizes=sizes, repeat=repeat, baseline_repeat=baseline_repeat,
                              timeout=baseline_timeout or None, seed=not no_seed, ftm_sizes=ftm_sizes,
                              results=Path(results_path) if results_path else None,
                              docs=Path(docs_path) if docs_path else None, echo=echo), output)


from .cli_match import match as _match, review_unsure as _unsure  # noqa: E402 - kb match, kb review unsure
from .cli_published import diff, publish, query, search, serve, show, stats  # noqa: E402  (defined there)

for _command in (query, search, show, stats, diff, publish, serve, _match):
    main.add_command(_command)
review.add_command(_unsure)
from .cli_review import review_list, review_show  # noqa: E402 - kb review list, kb review show

review.add_command(review_list)
review.add_command(review_show)
cliutil.common_options(main)

if __name__ == "__main__":  # pragma: no cover
    main()
