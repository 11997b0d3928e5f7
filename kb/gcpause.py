"""Keep Python's cyclic garbage collector out of the heavy stages.

A stage builds millions of small objects (terms, tuples, index lists). Each
automatic collection of the oldest generation walks every live object, so with
a million-triple graph in memory the collector, not the work, dominates. While
a stage runs the collector is paused; when it ends, the objects then alive are
frozen (``gc.freeze``: moved where collections no longer walk them), so later
stages and queries do not pay for walking the graph either. Reference counting
still frees everything that is not in a reference cycle.
"""

from __future__ import annotations

import functools
import gc
from contextlib import contextmanager


@contextmanager
def paused():
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.freeze()
            gc.enable()


def without_gc(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with paused():
            return fn(*args, **kwargs)
    return wrapper


def trim() -> None:
    """Give freed heap memory back to the system (glibc's malloc_trim), e.g.
    after a large Oxigraph store is dropped; elsewhere it does nothing."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
