"""`kb match` and `kb review unsure`: the command line of matching imported
entities with ours and with each other (kb/ftm/match.py), kept apart from
kb/cli.py, which adds them to its groups."""

from __future__ import annotations

import json

import click


# shared with kb/cli.py's accept and reject (which imports them from here)
_BY = click.option("--by", help="Who judges a match (default: $KB_CURATOR, else git's user.name).")
_NOTE = click.option("--note", help="Why, kept with a match judgement.")


def _project(ctx):
    from .cliutil import project
    return project(ctx)


def run_match(project, fmt: str = "table", shown: int = 10, propose: float | None = None) -> None:
    """Run the matcher and print what it proposed."""
    from .ftm.match import PENDING, UNSURE, path_of, run

    result = run(project, echo=lambda m: click.echo(m, err=True), propose=propose)
    pending = [c for c in result.candidates if c["review"] == PENDING]
    unsure = [c for c in result.candidates if c["review"] == UNSURE]
    if fmt == "json":
        click.echo(json.dumps({"counts": result.counts, "seconds": {k: round(v, 3) for k, v in result.seconds.items()},
                               "candidates": result.candidates,
                               "stale": [list(j.pair) for j in result.stale]}, ensure_ascii=False, indent=2))
        return
    c = result.counts
    click.echo(f"Matched {c['imported']} imported entities ({c['datasets']} dataset(s)) with {c['ours']} of ours "
               f"and across datasets in {sum(result.seconds.values()):.1f} s: {len(pending)} candidate{'' if len(pending) == 1 else 's'} to review"
               + (f", {len(unsure)} judged unsure" if unsure else "")
               + (f"; {c['already judged']} pairs already judged" if c["already judged"] else "")
               + (f" -> {project.relative(path_of(project))}" if result.candidates else ""))
    for cand in pending[:shown]:
        a, b = cand["sides"]
        click.echo(f"  {cand['score']:.2f}  {cand['id']}  {cand['left']} = {cand['right']}")
    if len(pending) > shown:
        click.echo(f"  ... and {len(pending) - shown} more")
    for j in result.stale:
        click.echo(f"  note: judgement of {j.left}, {j.right} (facts/links/judgements.yaml:{j.line}) names an "
                   "imported entity no import holds now; the build refuses it: correct the id or remove the judgement")
    if pending:
        click.echo("Review them with `kb review list`, `kb review show ID`, then accept, reject or unsure.")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--propose", type=click.FloatRange(0, 1), metavar="SCORE",
              help="Lowest score to propose this time (default: `propose` in kb/ftm/match.yaml, 0.5).")
@click.pass_context
def match(ctx, fmt, propose):
    """Propose imported entities that may be the same actor as one of ours, or as
    another dataset's, with a score and the reasons; writes facts/extracted/matches.jsonl.

    Pairs already judged (facts/links/judgements.yaml) are not proposed again."""
    run_match(_project(ctx), fmt, propose=propose)


@click.command("unsure")
@click.argument("ids", nargs=-1, required=True)
@_BY
@_NOTE
@click.pass_context
def review_unsure(ctx, ids, by, note):
    """Judge match candidates unsure: they stay listed, are not proposed again as new, publish nothing."""
    from .review import unsure
    for ident in ids:
        unsure(_project(ctx), ident, by, note)
        click.echo(f"unsure {ident}")
