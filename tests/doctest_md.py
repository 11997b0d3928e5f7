"""Shell examples in Markdown that run as tests (the convention is written
for contributors in docs/contributing.md, "Examples that run").

A fenced block whose info string is ``console`` is a terminal session:

- a line starting with ``$ `` is a command; the lines after it that start
  with ``> `` continue it (as the shell's second prompt shows);
- every other line, up to the next command, is what the command prints
  (standard output and standard error together, as on a terminal);
- a command ending in `` &`` is started in the background: its first lines
  are compared once they are printed, and it is stopped when the file ends.

Placeholders in the expected output, for what differs from run to run:

- a line ``...`` (indented or not) stands for any number of lines (none too);
- ``...`` inside a line stands for any text on that line;
- ``<date>`` stands for a date YYYY-MM-DD, ``<number>`` for a number;
- port numbers 7870-7899, in commands and output alike, are replaced by free
  ports (the same one for the same number throughout a file).

A block ```` ```console not-run: <reason> ```` shows commands that are not
run (they need the internet, take hours, or run the test suite itself); it
holds commands only, no output, so nothing in the docs is claimed unchecked.
Shell examples in any other fenced block (``sh``, ``bash``, or ``$ `` lines in
a block with no info string) are refused, so none escapes the tests.

Each Markdown file runs in a fresh copy of the project (its tracked files,
without dist/), built first with `kb build` unless the file's first command
is `make`, with `.venv/bin` on the PATH; each command runs in its own
`bash -c` in the copy's top folder.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

SHELL_LANGUAGES = {"sh", "bash", "shell", "zsh", "shell-session", "shellsession", "console"}
PORTS = re.compile(r"(?<![\d.])(78[7-9]\d)(?!\d)")
FENCE = re.compile(r"^(?P<indent> *)(?P<fence>```+|~~~+)(?P<info>.*)$")


class DocError(AssertionError):
    """An example that is malformed or whose output differs."""


@dataclass
class Step:
    command: str
    expected: list[str]
    line: int
    background: bool = False


@dataclass
class Block:
    path: Path
    line: int  # of the opening fence
    info: str
    lines: list[str]
    steps: list[Step] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def language(self) -> str:
        return self.info.split()[0].lower() if self.info.split() else ""

    @property
    def runs(self) -> bool:
        return self.language == "console" and not self.info.split()[1:]

    def where(self, line: int | None = None) -> str:
        return f"{self.path}:{line or self.line}"


def blocks(path: Path) -> list[Block]:
    """The fenced code blocks of a Markdown file, with their content unindented."""
    out, current, fence, indent = [], None, "", 0
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = FENCE.match(text)
        if current is None:
            if match:
                current = Block(path, number, match["info"].strip(), [])
                fence, indent = match["fence"], len(match["indent"])
            continue
        if match and match["fence"].startswith(fence[0]) and len(match["fence"]) >= len(fence) \
                and not match["info"].strip():
            out.append(current)
            current = None
            continue
        current.lines.append(text[indent:] if text[:indent].strip() == "" else text.lstrip())
    if current is not None:
        raise DocError(f"{path}:{current.line}: a fenced block is not closed")
    for block in out:
        block.steps = _steps(block)
    return out


def _steps(block: Block) -> list[Step]:
    steps: list[Step] = []
    for offset, text in enumerate(block.lines, start=1):
        number = block.line + offset
        if text.startswith("$ ") or text == "$":
            command = text[2:]
            background = command.rstrip().endswith(" &")
            steps.append(Step(command[:command.rstrip().rindex("&")].rstrip() if background else command, [],
                              number, background))
        elif text.startswith("> ") and steps and not steps[-1].expected:
            steps[-1].command += "\n" + text[2:]
        elif steps:
            steps[-1].expected.append(text)
        elif text.strip():
            block.problems.append(f"{block.where(number)}: output before any `$ ` command")
    return steps


def check_convention(block: Block) -> None:
    """Refuse shell examples that would not be run or checked."""
    language = block.language
    has_prompt = any(line.startswith("$ ") for line in block.lines)
    if language in SHELL_LANGUAGES and language != "console":
        raise DocError(f"{block.where()}: a shell example is a ```console block (with `$ ` prompts and the "
                       f"output), not ```{language}; see docs/contributing.md")
    if not language and has_prompt:
        raise DocError(f"{block.where()}: a block with `$ ` prompts must be ```console; see docs/contributing.md")
    if language != "console":
        return
    if block.problems:
        raise DocError(block.problems[0])
    extra = block.info.split(None, 1)[1] if len(block.info.split()) > 1 else ""
    if extra and not re.match(r"^not-run: \S", extra):
        raise DocError(f"{block.where()}: the info string is `console` or `console not-run: <reason>`, not "
                       f"{block.info!r}")
    if not block.steps:
        raise DocError(f"{block.where()}: a console block without a `$ ` command")
    if extra and any(step.expected for step in block.steps):
        raise DocError(f"{block.where()}: a not-run block shows commands only: its output would be unchecked")


def _pattern(line: str) -> re.Pattern:
    parts = re.split(r"(\.\.\.|<date>|<number>)", line)
    regex = "".join({"...": ".*?", "<date>": r"\d{4}-\d{2}-\d{2}", "<number>": r"\d+(?:\.\d+)?"}.get(p, re.escape(p))
                    for p in parts)
    return re.compile(f"^{regex}$")


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether output lines match expected lines with the placeholders above
    (trailing spaces and trailing empty lines ignored)."""
    expected = _trim([e.rstrip() for e in expected])
    actual = _trim([a.rstrip() for a in actual])
    patterns = [None if e.strip() == "..." else _pattern(e) for e in expected]

    def walk(i: int, j: int) -> bool:
        if i == len(patterns):
            return j == len(actual)
        if patterns[i] is None:
            return any(walk(i + 1, k) for k in range(j, len(actual) + 1))
        return j < len(actual) and bool(patterns[i].match(actual[j])) and walk(i + 1, j + 1)

    return walk(0, 0)


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1]:
        lines.pop()
    return lines


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def project_copy(root: Path, target: Path) -> Path:
    """A fresh copy of the project at ``target``: the files git tracks (and
    new ones it does not ignore), without dist/; a .venv that is the
    project's (its bin, lib and pyvenv.cfg linked) with its own install stamp,
    so `make` there builds and never reinstalls."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root,
                            capture_output=True, check=True).stdout.decode("utf-8").split("\0")
    for name in listed:
        if not name or name.startswith(("dist/", ".venv/")):
            continue
        source = root / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    venv = target / ".venv"
    venv.mkdir()
    for part in (root / ".venv").iterdir():
        if part.name != ".installed":
            (venv / part.name).symlink_to(part)
    (venv / ".installed").touch()
    return target


class Session:
    """Runs the console blocks of one Markdown file in a project copy."""

    def __init__(self, path: Path, folder: Path, env: dict | None = None):
        self.path, self.folder = path, folder
        self.env = {**os.environ, **(env or {})}
        self.env["PATH"] = f"{folder / '.venv' / 'bin'}{os.pathsep}{self.env.get('PATH', '')}"
        self.env.update({"PYTHONUNBUFFERED": "1", "LC_ALL": "C.UTF-8", "TZ": "UTC", "COLUMNS": "100"})
        # A reader types `make` at a shell, not inside another make (`make test`
        # runs these examples): without this, make prints "Entering directory".
        for name in ("KB_ROOT", "VIRTUAL_ENV", "PYTHONPATH", "MAKELEVEL", "MAKEFLAGS", "MFLAGS"):
            self.env.pop(name, None)
        self.ports: dict[str, str] = {}
        self.background: list[tuple[subprocess.Popen, object]] = []

    def _ports(self, text: str) -> str:
        def swap(match):
            number = match.group(1)
            if number not in self.ports:
                self.ports[number] = str(free_port())
            return self.ports[number]
        return PORTS.sub(swap, text)

    def run(self, block: Block) -> None:
        for step in block.steps:
            command = self._ports(step.command)
            expected = [self._ports(line) for line in step.expected]
            actual = self._background(command, expected) if step.background else self._foreground(command)
            if not matches(expected, actual):
                raise DocError(f"{block.where(step.line)}: `{step.command.splitlines()[0]}` printed\n"
                               + "\n".join(f"    {line}" for line in actual)
                               + "\n  where the example shows\n"
                               + "\n".join(f"    {line}" for line in expected))

    def _foreground(self, command: str) -> list[str]:
        done = subprocess.run(["bash", "-c", command], cwd=self.folder, env=self.env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, timeout=600)
        return done.stdout.decode("utf-8", "replace").splitlines()

    def _background(self, command: str, expected: list[str]) -> list[str]:
        log = open(self.folder / f".doc-background-{len(self.background)}.log", "w+b")
        process = subprocess.Popen(["bash", "-c", command],
                                   cwd=self.folder, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        self.background.append((process, log))
        ports = [int(p) for p in PORTS.findall(command)] + [int(p) for p in re.findall(r"--port[ =](\d+)", command)]
        wanted = len([e for e in expected if e.strip() != "..."])
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            log.seek(0)
            lines = log.read().decode("utf-8", "replace").splitlines()
            if len(lines) >= wanted and all(_port_open(p) for p in ports):
                return lines if any(e.strip() == "..." for e in expected) else lines[:wanted]
            if process.poll() is not None:
                return lines
            time.sleep(0.1)
        log.seek(0)
        return log.read().decode("utf-8", "replace").splitlines()

    def close(self) -> None:
        for process, log in self.background:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
            log.close()


def run_file(root: Path, path: Path, workdir: Path, fill: bool = False) -> list[str] | None:
    """Run the console blocks of ``path`` in a fresh copy of ``root`` made in
    ``workdir``. Raises DocError at the first example whose output differs;
    with ``fill``, instead returns the file's lines with the output of every
    command that shows none written in (for writing new examples)."""
    found = blocks(path)
    for block in found:
        check_convention(block)
    runnable = [b for b in found if b.runs]
    folder = project_copy(root, workdir)
    session = Session(path, folder)
    lines = path.read_text(encoding="utf-8").splitlines()
    inserts: dict[int, list[str]] = {}
    try:
        if runnable and not runnable[0].steps[0].command.startswith("make"):
            session._foreground("kb build -q")
        for block in runnable:
            if not fill:
                session.run(block)
                continue
            indent = len(lines[block.line - 1]) - len(lines[block.line - 1].lstrip(" "))
            for step in block.steps:
                command = session._ports(step.command)
                expected = [session._ports(e) for e in step.expected]
                actual = session._background(command, expected) if step.background \
                    else session._foreground(command)
                if not step.expected and actual:
                    back = {v: k for k, v in session.ports.items()}
                    shown = [_unport(a, back) for a in actual]
                    last = step.line + step.command.count("\n")
                    inserts[last] = [" " * indent + a for a in shown]
                elif step.expected and not matches(expected, actual):
                    raise DocError(f"{block.where(step.line)}: `{step.command.splitlines()[0]}` printed\n"
                                   + "\n".join(f"    {line}" for line in actual))
    finally:
        session.close()
    if not fill:
        return None
    out = []
    for number, text in enumerate(lines, start=1):
        out.append(text)
        out.extend(inserts.get(number, []))
    return out


def _unport(text: str, back: dict) -> str:
    for port, number in back.items():
        text = re.sub(rf"(?<!\d){port}(?!\d)", number, text)
    return text


if __name__ == "__main__":  # python -m tests.doctest_md fill FILE...: write in the output of new examples
    import sys
    import tempfile

    root = Path(__file__).resolve().parent.parent
    if len(sys.argv) < 3 or sys.argv[1] != "fill":
        sys.exit("usage: python -m tests.doctest_md fill FILE.md...")
    for name in sys.argv[2:]:
        with tempfile.TemporaryDirectory() as tmp:
            filled = run_file(root, Path(name), Path(tmp) / "project", fill=True)
        Path(name).write_text("\n".join(filled) + "\n", encoding="utf-8")
        print(f"filled {name}")
