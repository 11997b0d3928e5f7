"""Peak memory of the running process (and its forked children) while a
stage runs, for ``kb bench`` and ``KB_TIMINGS``."""

from __future__ import annotations

import os
import threading
import time


class Sampler:
    """Peak memory seen since the last ``reset``: this process's resident set
    (from /proc/self/statm, every 5 ms); while it has child processes (the
    build forks some to use the second core), the sum of the proportional set
    sizes of it and its children (/proc/<pid>/smaps_rollup, every 50 ms), so
    that pages they share are counted once in all, not once per process."""

    def __init__(self, interval: float = 0.005):
        self.page = os.sysconf("SC_PAGE_SIZE")
        self.peak = 0
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _children(self) -> list[str]:
        try:
            with open(f"/proc/self/task/{os.getpid()}/children", "rb") as handle:
                return [pid.decode() for pid in handle.read().split()]
        except OSError:
            return []

    def rss(self) -> int:
        children = self._children()
        if not children:
            return self._resident()
        return sum(self._pss(pid) for pid in ["self"] + children)

    def _resident(self) -> int:
        with open("/proc/self/statm", "rb") as handle:
            return int(handle.read().split()[1]) * self.page

    @staticmethod
    def _pss(pid: str) -> int:
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
                for line in handle:
                    if line.startswith(b"Pss:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            pass
        return 0

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.rss())
            time.sleep(self.interval if not self._children() else 10 * self.interval)

    def reset(self) -> None:
        self.peak = self.rss()

    def sample(self) -> int:
        """The peak since the last reset, this moment included (bytes)."""
        self.peak = max(self.peak, self.rss())
        return self.peak

    def stop(self) -> None:
        self._stop.set()
