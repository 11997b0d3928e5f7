"""The command line's habits, shared by every `kb` command.

- ``--root DIR``, ``-q`` and ``-v`` are accepted before the subcommand
  (``kb --root DIR query ...``) and after it (``kb query ... --root DIR``).
- Without ``--root`` (or ``KB_ROOT``), the project is the current folder or
  the nearest folder above it that holds ``facts/``, ``seeds/`` or
  ``dist/kb.nt``, as git finds its repository; outside any project, one line
  says so and how to point at one.
- Errors are one line on standard error: ``error: <where>: <what to fix>``;
  usage errors name the command (``error: kb query: No such option ...``) and
  exit 2, as click's do.
- ``-q`` leaves out messages that are not the data asked for (progress,
  "Wrote ..."), ``-v`` adds what was read and how long it took, on standard
  error. Data goes to standard output, or to ``-o FILE`` (written atomically).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from .errors import KBError, ValidationFailed

EXIT_OK, EXIT_VIOLATIONS, EXIT_INPUT = 0, 1, 2
PROJECT_MARKERS = ("facts", "seeds", "dist/kb.nt")


def _state(ctx: click.Context) -> dict:
    ctx.ensure_object(dict)
    return ctx.obj


def _set_root(ctx, param, value):
    if value is not None:
        _state(ctx)["root"] = value
    return value


def _set_quiet(ctx, param, value):
    if value:
        _state(ctx)["verbosity"] = -1
    return value


def _set_verbose(ctx, param, value):
    if value:
        _state(ctx)["verbosity"] = 1
    return value


def root_option(**extra) -> click.Option:
    """The --root DIR option (``extra``: more click.Option settings, e.g. envvar)."""
    return click.Option(["--root"], default=None, metavar="DIR", expose_value=False, callback=_set_root,
                        type=click.Path(file_okay=False),
                        help="Project folder (holds facts/, seeds/, dist/); default: the current folder or the "
                             "nearest one above it.", **extra)


def common_options(command: click.Command) -> None:
    """Give ``command`` (and its subcommands) --root, -q and -v, unless it has them."""
    taken = {opt for param in command.params for opt in getattr(param, "opts", ())}
    if "--root" not in taken:
        command.params.append(root_option())
    if "-q" not in taken and "--quiet" not in taken:
        command.params.append(click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, callback=_set_quiet,
                                           help="Only the data asked for and errors; no progress or messages."))
    if "-v" not in taken and "--verbose" not in taken:
        command.params.append(click.Option(["-v", "--verbose"], is_flag=True, expose_value=False,
                                           callback=_set_verbose,
                                           help="Also say what was read and how long it took (standard error)."))
    for sub in getattr(command, "commands", {}).values():
        common_options(sub)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


class Group(click.Group):
    """A click group with the habits above: one-line errors, the common
    options on every subcommand, and "did you mean" for a mistyped command."""

    group_class = type  # subgroups (kb review, kb import) are of this class too

    def add_command(self, cmd, name=None):
        common_options(cmd)
        super().add_command(cmd, name)

    def resolve_command(self, ctx, args):
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as exc:
            if args and args[0] not in self.commands and not args[0].startswith("-"):
                from .query import nearest
                hint = nearest(args[0], sorted(self.commands))
                if hint:
                    raise click.UsageError(f"No such command '{args[0]}'. Did you mean '{hint}'?", ctx) from None
            raise exc

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KBError as error:
            fail(error)
        except ValidationFailed as failed:
            click.echo(failed.report.text(), err=True)
            sys.exit(EXIT_VIOLATIONS)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            path = exc.ctx.command_path if exc.ctx else (prog_name or "kb")
            click.echo(f"error: {path}: {_one_line(exc.format_message())} (see `{path} --help`)", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"error: {_one_line(exc.format_message())}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("error: aborted", err=True)
            sys.exit(1)
        except BrokenPipeError:
            # the reader went away (kb query ... | head): stop quietly, as cat does
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(EXIT_OK)
        sys.exit(code if isinstance(code, int) else EXIT_OK)


def fail(error: Exception) -> None:
    """Print ``error: <error>`` on standard error and exit 2 (bad input)."""
    click.echo(f"error: {error}", err=True)
    sys.exit(EXIT_INPUT)


def is_project(path: Path) -> bool:
    """Whether ``path`` holds facts/, seeds/ or dist/kb.nt (PROJECT_MARKERS)."""
    return any((path / marker).exists() for marker in PROJECT_MARKERS)


def project(ctx: click.Context):
    """The project the command works on (kb.project.Project). Raises KBError,
    one line, when the folder given is not a project or none is found."""
    from .project import Project

    state = _state(ctx)
    if "project" in state:
        return state["project"]
    given = state.get("root")
    if given is not None:
        root = Path(given)
        if not root.is_dir():
            raise KBError("project folder does not exist; give --root DIR (or KB_ROOT=DIR) a knowledge-base "
                          "project", root)
        if not is_project(root):
            raise KBError("not a knowledge-base project (no facts/, seeds/ or dist/kb.nt); give --root DIR "
                          "(or KB_ROOT=DIR) a project folder", root.resolve())
    else:
        here = Path.cwd()
        root = next((p for p in (here, *here.parents) if is_project(p)), None)
        if root is None:
            raise KBError("not in a knowledge-base project (no facts/, seeds/ or dist/kb.nt here or above); run "
                          "kb in a project folder, or point at one with --root DIR (or KB_ROOT=DIR)", here)
    state["project"] = Project.at(root)
    debug(ctx, f"project: {state['project'].root}")
    return state["project"]


def quiet(ctx: click.Context) -> bool:
    """Whether -q was given (before or after the command's name)."""
    return _state(ctx).get("verbosity", 0) < 0


def verbose(ctx: click.Context) -> bool:
    """Whether -v was given."""
    return _state(ctx).get("verbosity", 0) > 0


def info(ctx: click.Context, message: str, err: bool = False) -> None:
    """A message that is not the data asked for: left out with -q."""
    if not quiet(ctx):
        click.echo(message, err=err)


def debug(ctx: click.Context, message: str) -> None:
    """A detail printed with -v, on standard error."""
    if verbose(ctx):
        click.echo(f"kb: {message}", err=True)


class timed:
    """``with timed(ctx, "what"):`` says with -v how long the block took."""

    def __init__(self, ctx: click.Context, what: str):
        self.ctx, self.what = ctx, what

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        if exc[0] is None:
            debug(self.ctx, f"{self.what} in {time.perf_counter() - self.start:.2f} s")
        return False


def stages(ctx: click.Context, label: str, **extra):
    """The progress line of a long command (kb/progress.py's Stages, with
    ``extra`` keyword arguments): drawn on standard error when it is a
    terminal and -q was not given."""
    from .progress import Stages
    return Stages(show=not quiet(ctx) and sys.stderr.isatty(), label=label, **extra)


def output_option(function):
    """The -o/--output FILE option of a command that writes data."""
    return click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default=None,
                        metavar="FILE", help="Write the result here instead of standard output ('-': "
                                             "standard output); written whole or not at all.")(function)


def emit(ctx: click.Context, data: bytes | str, output: str | None) -> None:
    """Write ``data`` to standard output or, atomically, to the file ``output``."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if output and output != "-":
        from .build import write_file
        write_file(Path(output), data)
        debug(ctx, f"wrote {len(data)} bytes to {output}")
        return
    sys.stdout.flush()
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:  # a text-only stream someone put in place
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return
    stream.write(data)
    stream.flush()
