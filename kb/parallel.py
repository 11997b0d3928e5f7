"""Run a function that returns bytes in a forked child process, alongside the
parent's own work. The build uses it to write the Turtle and the JSON-LD of
a large knowledge base at the same time (Python runs one thread at a time,
so a second core needs a second process).

The child starts as a copy of the parent (fork, copy-on-write), so nothing is
pickled; its bytes come back through a pipe. If fork is missing or the child
fails, the function runs in the parent instead: same bytes, only slower.
"""

from __future__ import annotations

import os
import sys
import threading


def _read_all(fd: int, into: list) -> None:
    chunks = []
    with os.fdopen(fd, "rb") as pipe:
        while True:
            chunk = pipe.read(1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    into.append(b"".join(chunks))


def start(fn):
    """Start ``fn()`` in a child process; return a function that waits for
    it and gives its bytes."""
    if not hasattr(os, "fork"):
        return fn
    sys.stdout.flush()
    sys.stderr.flush()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: write the bytes and leave without cleanup
        status = 1
        try:
            os.close(read_fd)
            data = fn()
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write_fd)
    got: list = []
    reader = threading.Thread(target=_read_all, args=(read_fd, got), daemon=True)
    reader.start()

    def wait() -> bytes:
        reader.join()
        _, status = os.waitpid(pid, 0)
        if status != 0 or not got:
            return fn()
        return got[0]
    return wait
