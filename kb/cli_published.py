"""The commands that read the published knowledge base (dist/): `kb query`,
`kb search`, `kb show`, `kb stats`, `kb diff`, `kb publish` and `kb serve`.
kb/cli.py registers them on the `kb` group; the habits they share are in
kb/cliutil.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import results
from .cliutil import debug, emit, info, output_option, stages, timed
from .cliutil import project as _project


@click.command()
@click.argument("query", required=False)
@click.option("--format", "fmt", type=click.Choice(results.FORMATS), default=None,
              help="SELECT and ASK: table (default), csv, tsv, json, xml (the SPARQL 1.1 result formats). "
                   "CONSTRUCT and DESCRIBE: ttl (default), nt, jsonld, table.")
@output_option
@click.option("--list", "list_", is_flag=True, help="List the saved queries (queries/) with what each answers.")
@click.option("--prefixes", is_flag=True, help="Print the PREFIX declarations every query gets.")
@click.option("--allow-update", is_flag=True,
              help="Run SPARQL Update on an in-memory copy and report the change; dist/ is never written.")
@click.option("--allow-service", "allow_service", multiple=True, metavar="URL",
              help="An endpoint SERVICE clauses may query (repeatable); others are refused.")
@click.pass_context
def query(ctx, query, fmt, output, list_, prefixes, allow_update, allow_service):
    """Run a SPARQL query over dist/ (the knowledge base and the ontology).

    QUERY is the name of a saved query (`kb query --list`), a file, SPARQL
    text, or - to read the query from standard input. The prefixes of
    `kb query --prefixes` are declared for every query."""
    from . import query as q
    if prefixes:
        emit(ctx, q.prefix_declarations(), output)
        return
    if list_:
        saved = q.saved_queries(_project(ctx))
        width = max((len(s.name) for s in saved), default=0)
        emit(ctx, "".join(f"{s.name:<{width}}  {s.question or s.title}\n" for s in saved), output)
        return
    if query is None:
        raise click.UsageError("give a QUERY (a saved query's name, a file, SPARQL text, or - for standard "
                               "input), or --list", ctx)
    project = _project(ctx)
    if query == "-":
        text, where = sys.stdin.read(), "<stdin>"
    else:
        text, where = q.resolve(project, query)
    debug(ctx, f"query from {where}")
    q.check_services(text, allow_service, where)
    if allow_update and q.is_update(text):
        graph = q.published_graph(project)
        added, removed = q.update(graph, text, where)
        info(ctx, f"Update applied to an in-memory copy: {added} triples added, {removed} removed; "
                  "dist/ is unchanged.")
        return
    with stages(ctx, "kb query: ") as progress:
        with timed(ctx, "read dist/kb.nt and dist/ontology.ttl"), progress.stage("reading dist/kb.nt"):
            store = q.published_store(project)
        with timed(ctx, "ran the query"), progress.stage("running the query"):
            result = q.execute(store, text, where)
            rendered = results.render(result, results.check_format(result, fmt, where))
    emit(ctx, rendered, output)


@click.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--type", "kind", metavar="CLASS", help="Only resources of this class (Person, ArmedGroup, State, ...).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000), help="At most this many.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@output_option
@click.pass_context
def search(ctx, text, kind, limit, fmt, output):
    """Find entities, facts and sources by label, alias or nickname, in any
    script and forgiving misspellings; print each one's id, type and names.

    `kb show ID` then tells everything about one of them."""
    from .lookup import display_id, search as run_search
    from .query import published_store
    with timed(ctx, "read dist/"):
        store = published_store(_project(ctx))
    hits = run_search(store, " ".join(text), limit=limit, kind=kind)
    if fmt == "json":
        emit(ctx, json.dumps([h.as_json() for h in hits], indent=2, ensure_ascii=False) + "\n", output)
        return

    def named(pairs):
        return "; ".join(v if lang in ("", "en") else f"{v} ({lang})" for v, lang in pairs)

    def matched(hit):
        tag = "" if hit.matched_language in ("", "en") else f" ({hit.matched_language})"
        return f"{hit.matched_as} “{hit.matched}”{tag}"

    rows = [[display_id(h.iri), h.type, named(h.labels),
             "" if h.matched_as == "label" and any(h.matched == v for v, _ in h.labels) else matched(h)]
            for h in hits]
    if not rows:
        emit(ctx, f"nothing like “{' '.join(text)}” (try fewer words, or another spelling)\n", output)
        return
    emit(ctx, results.table(["id", "type", "labels", "matched"], rows), output)


@click.command()
@click.argument("ident", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@output_option
@click.pass_context
def show(ctx, ident, fmt, output):
    """Everything the knowledge base says about ID: its names, relations, the
    facts that name it, and every claim on it with who asserts, denies or
    concurs, the source and the exact evidence; then its statements.

    ID is an id (wagner-group), a prefixed name from a query's results
    (kb:wagner-group, claim:prigozhin-age, source:...), an IRI, or a name
    ("Wagner Group", in any script) that only one resource has."""
    from . import show as s
    from .query import published_store
    with timed(ctx, "read dist/"):
        store = published_store(_project(ctx))
    data = s.show(store, ident)
    if fmt == "json":
        emit(ctx, json.dumps(data, indent=2, ensure_ascii=False) + "\n", output)
    else:
        emit(ctx, s.text(data), output)


@click.command()
@click.argument("old")
@click.argument("new")
@click.option("--changeset", type=click.Path(dir_okay=False),
              help="Also write the exact triples: JSON, or SPARQL Update if the name ends in .ru.")
@output_option
@click.pass_context
def diff(ctx, old, new, changeset, output):
    """Say what changed between two builds: folders holding kb.nt, or git tags or commits."""
    from . import diff as d
    from .build import write_file
    project = _project(ctx)
    with stages(ctx, "kb diff: ") as progress:
        with progress.stage(f"reading {old}"):
            before = d.read_side(project, old)
        with progress.stage(f"reading {new}"):
            after = d.read_side(project, new)
        with progress.stage("comparing"):
            result = d.diff(before, after)
    emit(ctx, d.text(result), output)
    if changeset:
        path = Path(changeset)
        write_file(path, d.changeset(result, path))


@click.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol address, e.g. http://127.0.0.1:7878/store (Oxigraph).")
@click.option("--graph", "graph_iri", metavar="IRI", help="Named graph to replace (default: the default graph).")
@click.pass_context
def publish(ctx, endpoint, graph_iri):
    """Load dist/ (knowledge base and ontology) into a SPARQL store with HTTP PUT,
    replacing the graph, then read it back and check the triple count.

    Credentials: KB_ENDPOINT_USER and KB_ENDPOINT_PASSWORD, or ~/.netrc."""
    from .publish import publish as run_publish
    with stages(ctx, "kb publish: ") as progress, progress.stage(f"sending to {endpoint} and reading back"):
        result = run_publish(_project(ctx), endpoint, graph_iri)
    where = f"graph <{result.graph}>" if result.graph else "the default graph"
    info(ctx, f"Published {result.sent} triples to {where} at {result.endpoint}; "
               f"read back {result.found} triples.")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7879, show_default=True, type=click.IntRange(0, 65535))
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(0.1, 3600),
              help="Seconds a query may run; past them it is stopped (503).")
@click.option("--max-bytes", default=16 * 1024 * 1024, show_default=True, type=click.IntRange(1024),
              help="Largest answer sent; a larger one is refused (400: add LIMIT).")
@click.option("--max-running", default=None, type=click.IntRange(1, 64),
              help="Queries run at once (default: the number of CPUs); more wait, then get 503.")
@click.option("--allow-service", "allow_service", multiple=True, metavar="URL",
              help="An endpoint SERVICE clauses may query (repeatable); by default none: no outbound requests.")
@click.option("--cors", multiple=True, metavar="ORIGIN",
              help="An origin whose pages may read answers in a browser ('*' for any); by default none.")
@click.pass_context
def serve(ctx, host, port, timeout, max_bytes, max_running, allow_service, cors):
    """Serve dist/: the site, a page for every resource, and a read-only SPARQL
    endpoint (GET or POST /sparql?query=...).

    Pages a build did not write as files (more than dataset.yaml's
    static_pages) are rendered when asked for; /id/... answers 303 to the page,
    Turtle or JSON-LD by the Accept header. Updates are refused, SERVICE to
    endpoints not allowed is refused, and each query runs in its own process
    within a time limit and a result size limit."""
    from .serve import Limits, make_server
    limits = Limits(timeout=timeout, max_bytes=max_bytes, allow_service=tuple(allow_service), cors=tuple(cors),
                    **({"max_running": max_running} if max_running else {}))
    with stages(ctx, "kb serve: ") as progress, progress.stage("reading dist/kb.nt"):
        server = make_server(_project(ctx), host, port, limits)
    address, bound = server.server_address[:2]
    info(ctx, f"Site at http://{address}:{bound}/ and read-only SPARQL endpoint at "
              f"http://{address}:{bound}/sparql (Ctrl-C stops it)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@click.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@output_option
@click.pass_context
def stats(ctx, fmt, output):
    """Count triples, instances per class, statements per stance and claims per source."""
    from .query import published_graph
    from .stats import stats as run_stats
    with stages(ctx, "kb stats: ") as progress, progress.stage("reading dist/kb.nt and counting"):
        numbers = run_stats(published_graph(_project(ctx), with_ontology=False))
    if fmt == "json":
        emit(ctx, json.dumps(numbers, indent=2, sort_keys=True) + "\n", output)
        return
    lines = [f"triples   {numbers['triples']}", f"subjects  {numbers['subjects']}"]
    for section in ("classes", "stances", "sources"):
        lines.append(f"\n{section}:")
        for name, count in numbers[section].items():
            lines.append(f"  {count:>6}  {name}")
    emit(ctx, "\n".join(lines) + "\n", output)
