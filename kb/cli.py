"""The ``kb`` command: a thin layer over the library's stages.

Exit codes: 0 success (the graph conforms); 1 validation found violations;
2 bad input or usage (the message names the file and line).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import KBError, ValidationFailed

EXIT_OK, EXIT_VIOLATIONS, EXIT_INPUT = 0, 1, 2


def _project(ctx):
    from .project import Project
    return Project.at(ctx.obj["root"])


def _fail(error: Exception) -> None:
    click.echo(f"error: {error}", err=True)
    sys.exit(EXIT_INPUT)


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KBError as error:
            _fail(error)
        except ValidationFailed as failed:
            click.echo(failed.report.text(), err=True)
            sys.exit(EXIT_VIOLATIONS)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--root", default=".", envvar="KB_ROOT", show_default=True,
              type=click.Path(file_okay=False), help="Project folder (holds facts/, seeds/, dist/).")
@click.version_option(package_name="agkb", message="kb %(version)s")
@click.pass_context
def main(ctx, root):
    """Armed Groups Knowledge Base: build, validate, export and query sourced facts.

    Exit codes: 0 success; 1 validation violations; 2 bad input.
    """
    ctx.ensure_object(dict)
    ctx.obj["root"] = root


@main.command()
@click.option("--out", type=click.Path(file_okay=False), help="Output folder (default: dist/).")
@click.pass_context
def build(ctx, out):
    """Load, validate and export everything into dist/ (only if it conforms)."""
    from .build import OUTPUTS, build as run_build
    project = _project(ctx)
    compiled = run_build(project, Path(out) if out else None)
    target = Path(out) if out else project.dist
    click.echo(f"{compiled.report.text()}\nWrote {', '.join(OUTPUTS)} to {project.relative(target)}/")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json", "ttl"]), default="text", show_default=True)
@click.pass_context
def validate(ctx, fmt):
    """Validate facts against the shapes and hygiene checks; print the report."""
    from .build import compile as run_compile
    report = run_compile(_project(ctx)).report
    if fmt == "json":
        click.echo(report.json(), nl=False)
    elif fmt == "ttl":
        click.echo(report.turtle(), nl=False)
    else:
        click.echo(report.text())
    sys.exit(EXIT_OK if report.conforms else EXIT_VIOLATIONS)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "jsonld", "nt"]), required=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@click.pass_context
def export(ctx, fmt, output):
    """Build in memory and write one format (Turtle, JSON-LD or N-Triples)."""
    from .build import compile as run_compile, render, write_file
    compiled = run_compile(_project(ctx))
    if not compiled.report.conforms:
        raise ValidationFailed(compiled.report)
    data = render(compiled, f"kb.{fmt}")
    if output:
        write_file(Path(output), data)
    else:
        sys.stdout.buffer.write(data)


@main.command()
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--allow-update", is_flag=True,
              help="Run SPARQL Update on an in-memory copy and report the change; dist/ is never written.")
@click.pass_context
def query(ctx, query, fmt, allow_update):
    """Run a SPARQL query over dist/. QUERY is a file, a name in queries/, or SPARQL text."""
    from . import query as q
    project = _project(ctx)
    text, where = q.resolve(project, query)
    graph = q.published_graph(project)
    if allow_update and q.is_update(text):
        added, removed = q.update(graph, text, where)
        click.echo(f"Update applied to an in-memory copy: {added} triples added, {removed} removed; "
                   "dist/ is unchanged.")
        return
    result = q.run(graph, text, where)
    click.echo(q.render(graph, result, fmt), nl=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def stats(ctx, fmt):
    """Count triples, instances per class, statements per stance and claims per source."""
    from .query import published_graph
    from .stats import stats as run_stats
    numbers = run_stats(published_graph(_project(ctx), with_ontology=False))
    if fmt == "json":
        click.echo(json.dumps(numbers, indent=2, sort_keys=True))
        return
    click.echo(f"triples   {numbers['triples']}\nsubjects  {numbers['subjects']}")
    for section in ("classes", "stances", "sources"):
        click.echo(f"\n{section}:")
        for name, count in numbers[section].items():
            click.echo(f"  {count:>6}  {name}")


if __name__ == "__main__":  # pragma: no cover
    main()
