"""Pause Python's cyclic garbage collector while a stage builds millions of
small objects (terms, tuples, index lists). Each automatic collection of the
oldest generation walks every live object, so with a million-triple graph in
memory the collector, not the work, dominates. Reference counting still frees
everything; the collector runs once when the stage ends."""

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
            gc.enable()


def without_gc(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with paused():
            return fn(*args, **kwargs)
    return wrapper
