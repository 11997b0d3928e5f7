"""`kb review list` and `kb review show`: the candidates waiting in
facts/extracted/ and one of them with its evidence, kept apart from
kb/cli.py, which adds them to its `review` group."""

from __future__ import annotations

import sys

import click

from .cliutil import emit, output_option
from .cliutil import project as _project


# the column names `kb review list` prints first, tab-separated like its rows
HEADER = "id\tstatus\tkind\tconfidence\tsays\n"


@click.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also list rejected candidates.")
@click.option("--source", help="Only the candidates of this document (its seed id).")
@click.option("--sort", "order", type=click.Choice(["file", "confidence"]), default="file", show_default=True,
              help="confidence: lowest first (the candidates to read most carefully), those without one last.")
@output_option
@click.pass_context
def review_list(ctx, show_all, source, order, output):
    """One line per candidate under a header row of the column names: id,
    status, kind, confidence (the learned probability that an extracted claim
    or statement is right; '-' for others), what it says. Tab-separated;
    nothing at all when no candidate is listed."""
    from .review import items
    chosen = [item for item in items(_project(ctx))
              if (show_all or item.status != "rejected") and (not source or source in item.sources)]
    if order == "confidence":  # a stable sort: file order among equals
        chosen.sort(key=lambda item: (_confidence(item) is None, _confidence(item) or 0.0))
    lines = [HEADER] if chosen else []
    lines += [f"{item.id}\t{item.status}\t{item.section}\t{_shown_confidence(item)}\t{item.summary}\n"
             for item in chosen]
    emit(ctx, "".join(lines), output)


def _confidence(item) -> float | None:
    value = item.record.get("confidence")
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _shown_confidence(item) -> str:
    value = _confidence(item)
    return "-" if value is None else f"{value:.2f}"


@click.command("show")
@click.argument("ident", metavar="ID")
@output_option
@click.pass_context
def review_show(ctx, ident, output):
    """Print a candidate with its evidence: each sentence with the names marked
    [like this] (in colour on a terminal), its source and character offsets."""
    import yaml as pyyaml

    from .extract.candidates import strip_review
    from .review import show
    item, evidence = show(_project(ctx), ident)
    if hasattr(item.kind, "render"):  # match candidates: the two sides side by side
        emit(ctx, "\n".join(item.kind.render(item)) + "\n", output)
        return
    colour = sys.stdout.isatty() and not output
    lines = [f"{item.id} ({item.section}, {item.status}): {item.summary}"]
    if _confidence(item) is not None:
        lines.append(f"confidence: {_shown_confidence(item)} (learned probability that it is right)")
    shown = {k: v for k, v in strip_review(item.record).items() if k != "evidence"}
    lines.append(pyyaml.safe_dump(shown, sort_keys=False, allow_unicode=True, width=100).rstrip())
    if not evidence:
        lines.append("evidence: none recorded")
    for e in evidence:
        lines.append(f"\nseeds/{e.source}.txt, characters {e.start}-{e.end}:")
        lines.append("  " + _marked(e, colour))
    emit(ctx, "\n".join(lines) + "\n", output)


def _marked(evidence, colour: bool) -> str:
    out, pos = [], evidence.start
    for start, end in sorted(evidence.marks):
        if start < pos:
            continue
        name = evidence.text[start - evidence.start:end - evidence.start]
        out.append(evidence.text[pos - evidence.start:start - evidence.start])
        out.append(click.style(f"[{name}]", bold=True, fg="yellow") if colour else f"[{name}]")
        pos = end
    out.append(evidence.text[pos - evidence.start:])
    return "".join(out)
