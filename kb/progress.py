"""Stages of a long command: timed, and shown as a progress bar on a terminal.

A command passes a :class:`Stages` to the library; the library wraps each step
in ``with stages.stage("pages", total=n):`` and calls ``advance``. On a
terminal (standard error is a TTY and ``-q`` was not given) rich draws one
line that says which stage runs, with a bar where the stage has a total;
otherwise nothing is drawn. With ``record`` set, each stage's wall time (and,
with a ``sampler``, its peak memory) is kept for ``kb bench``.
"""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager


class Stages:
    """Progress and timings of one command. ``show``: draw a bar (rich) on
    standard error; ``sampler``: an object with ``reset()`` and ``peak`` (bytes),
    for the peak memory of each stage."""

    def __init__(self, show: bool = False, sampler=None, label: str = "", on_record=None):
        self.records: list[dict] = []
        self.on_record = on_record  # called with each stage's record as it ends
        self.sampler = sampler
        self._bar = None
        self._task = None
        self._label = label
        if show:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(TextColumn(f"{label}{{task.description}}"), BarColumn(), _count_column(),
                                 TimeElapsedColumn(), transient=True, console=_console())
            self._bar.start()

    @staticmethod
    def for_terminal(quiet: bool = False, label: str = "") -> "Stages":
        """A bar when standard error is a terminal and not ``quiet``."""
        return Stages(show=not quiet and sys.stderr.isatty(), label=label)

    @contextmanager
    def stage(self, name: str, total: int | None = None):
        if self._bar is not None:
            if self._task is not None:
                self._bar.remove_task(self._task)
            self._task = self._bar.add_task(name, total=total)
        if self.sampler is not None:
            self.sampler.reset()
        start = time.perf_counter()
        try:
            yield self
        finally:
            record = {"stage": name, "seconds": time.perf_counter() - start}
            if self.sampler is not None:
                record["rss"] = self.sampler.sample()
            self.records.append(record)
            if self.on_record is not None:
                self.on_record(record)

    def advance(self, n: int = 1) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task, n)

    def update(self, completed: int) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, completed=completed)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _count_column():
    """``done/total`` when the stage has a total, ``done`` when it only counts, else nothing."""
    from rich.progress import ProgressColumn
    from rich.text import Text

    class Count(ProgressColumn):
        def render(self, task):
            if task.total is not None:
                return Text(f"{int(task.completed)}/{int(task.total)}")
            return Text(f"{int(task.completed)}" if task.completed else "")
    return Count()


def _console():
    from rich.console import Console

    return Console(stderr=True)


QUIET = Stages()
