"""Run a function in a forked child process, alongside the parent's own work.
Python runs one thread at a time, so a second core needs a second process.
The loader uses it to read every second YAML file of a large project.

(Writing the Turtle in a child while the parent wrote the JSON-LD was tried:
the child touches every triple, which copies their memory pages, and the
peak memory of the two went from 1.2 to 1.7 GB at a million triples.)

The child starts as a copy of the parent (fork, copy-on-write), so its input
is not copied; its result comes back through a pipe (bytes as they are, other
values pickled). If fork is missing or the child fails, the function runs in
the parent instead: the same result, only slower.
"""

from __future__ import annotations

import os
import pickle
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


def start(fn, fallback: bool = True):
    """Start ``fn()`` in a child process; return a function that waits for
    it and gives its result. If the child fails, the waiting function runs
    ``fn()`` itself, or with ``fallback`` False returns None."""
    if not hasattr(os, "fork"):
        return fn if fallback else (lambda: None)
    sys.stdout.flush()
    sys.stderr.flush()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: send the result and leave without cleanup
        status = 1
        try:
            os.close(read_fd)
            value = fn()
            data = b"B" + value if isinstance(value, bytes) else b"P" + pickle.dumps(value, protocol=5)
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write_fd)
    got: list = []
    reader = threading.Thread(target=_read_all, args=(read_fd, got), daemon=True)
    reader.start()

    def wait():
        reader.join()
        _, status = os.waitpid(pid, 0)
        if status != 0 or not got or not got[0]:
            return fn() if fallback else None
        data = got.pop()
        return data[1:] if data[:1] == b"B" else pickle.loads(memoryview(data)[1:])
    return wait
