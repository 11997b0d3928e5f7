"""Publishing a set of files into a folder (dist/) as one atomic change, and
rewriting only what changed.

The new set is made in a staging folder beside the published one and swapped
in with one ``renameat2(RENAME_EXCHANGE)``: a reader, or a build killed at any
point, sees the whole old set or the whole new set. The staging folder starts
as a copy of the published set, and a file is written only when its sha256
differs from the one the staging folder's manifest (SHA256SUMS) lists, so an
edit of one fact file rewrites only the pages whose bytes changed.

Where a build keeps its previous set (``keep``, the project's
``build/dist.previous`` for ``kb build``), the swap leaves the old set there,
and the next build stages in it: it holds the set before last, so only the
files that changed in the last two builds are written, and neither a copy of
the folder nor its removal costs anything. A staging folder carries the
marker ``.kb-staging`` while it is being changed; one found with the marker
(a killed build) is not trusted: every file is written again. Files in the
published folder that no manifest lists (a ``CNAME`` someone added) are
carried over.

Durability: nothing is fsynced file by file (at tens of thousands of files that
took most of a build); the whole file system is synced once (``syncfs``)
before the swap, so the files of the new set are on disk before it becomes
visible.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
from pathlib import Path

MANIFEST = "SHA256SUMS"
MARK = ".kb-staging"


def read_manifest(folder: Path) -> dict[str, str]:
    """name -> sha256 of the files a folder's SHA256SUMS lists (empty if none)."""
    path = folder / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return {}
    out = {}
    for line in text.splitlines():
        digest, sep, name = line.partition("  ")
        if sep:
            out[name] = digest
    return out


def manifest_bytes(digests: dict[str, str]) -> bytes:
    """``sha256sum -c`` input for the files (every one but the manifest)."""
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(digests.items()) if name != MANIFEST).encode()


def files_under(folder: Path) -> set[str]:
    """Every file below ``folder`` (paths relative to it, ``/``-separated)."""
    found: set = set()
    stack = [("", os.fspath(folder))]
    while stack:
        prefix, path = stack.pop()
        try:
            entries = os.scandir(path)
        except (FileNotFoundError, NotADirectoryError):
            continue
        with entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((prefix + entry.name + "/", entry.path))
                else:
                    found.add(prefix + entry.name)
    return found


def link_tree(source: Path, target: Path) -> set[str]:
    """Make ``target`` a copy of ``source`` whose files are hard links (no data
    is copied); returns the files linked. Temporary files are left out."""
    found: set = set()
    stack = [("", os.fspath(source), os.fspath(target))]
    os.mkdir(target)
    while stack:
        prefix, src, dst = stack.pop()
        with os.scandir(src) as entries:
            for entry in entries:
                name = entry.name
                if name.startswith(".") and (".tmp-" in name or name.startswith(".tmp-")):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    os.mkdir(os.path.join(dst, name))
                    stack.append((prefix + name + "/", entry.path, os.path.join(dst, name)))
                elif entry.is_symlink():
                    os.symlink(os.readlink(entry.path), os.path.join(dst, name))
                    found.add(prefix + name)
                else:
                    os.link(entry.path, os.path.join(dst, name))
                    found.add(prefix + name)
    return found


def write_new(path: Path, data: bytes) -> None:
    """Write ``data`` as a new file at ``path`` in a staging folder (any file
    there, perhaps a hard link to a published one, is unlinked first, never
    written through)."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except IsADirectoryError:
        shutil.rmtree(path)
    try:
        handle = open(path, "wb")
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "wb")
    with handle:
        handle.write(data)


def exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux renameat2 RENAME_EXCHANGE)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def sync_folder(folder: Path) -> None:
    """Flush the file system holding ``folder`` to disk (syncfs; fsync of the
    folder where syncfs is missing)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.syncfs(fd) == 0:
                return
        except (OSError, AttributeError):
            pass
        os.sync()
    finally:
        os.close(fd)


def remove_stale(out_dir: Path) -> None:
    """Staging folders of builds that were killed (their process is gone)."""
    for stale in out_dir.parent.glob(f".{out_dir.name}.staging-*"):
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and not Path(f"/proc/{pid}").exists():
            shutil.rmtree(stale, ignore_errors=True)


class Staging:
    """One new set of files for ``out_dir``: ``put`` each file, then ``commit``
    (or ``abort``). ``keep``: where the previous set is kept between builds
    (see the module's description); None stages in a temporary folder that is
    removed afterwards. ``write(path, data)`` writes one file (for tests that
    make writing fail)."""

    def __init__(self, out_dir: Path, keep: Path | None = None, write=None):
        self.out_dir = Path(out_dir)
        self.keep = Path(keep) if keep is not None else None
        self.write = write or write_new
        self.digests: dict[str, str] = {}
        self.written = 0
        self.known: dict[str, str] = {}
        self.carried: set = set()  # files of out_dir that no manifest lists
        self.staging = self._open()

    def _open(self) -> Path:
        out_dir = self.out_dir
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(out_dir)
        published = read_manifest(out_dir) if out_dir.is_dir() else {}
        if self.keep is not None and self.keep.is_dir():
            staging = self.keep
            trusted = not (staging / MARK).exists()
            (staging / MARK).touch()
            have = files_under(staging)
            listed = read_manifest(staging) if trusted else {}
            self.known = {name: digest for name, digest in listed.items() if name in have}
            # files of the published folder that no manifest lists come along
            on_show = files_under(out_dir) if out_dir.is_dir() else set()
            foreign = on_show - set(published) - {MANIFEST}
            for name in foreign:
                target = staging / name
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.unlink(target)
                except (FileNotFoundError, IsADirectoryError):
                    pass
                os.link(out_dir / name, target)
                self.known.pop(name, None)
            self.carried = foreign
            for name in have - set(listed) - foreign - {MANIFEST, MARK}:
                (staging / name).unlink()
            return staging
        if self.keep is not None:
            staging = self.keep
            staging.parent.mkdir(parents=True, exist_ok=True)
        else:
            staging = out_dir.parent / f".{out_dir.name}.staging-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        if out_dir.is_dir():
            have = link_tree(out_dir, staging)
            self.known = {name: digest for name, digest in published.items() if name in have}
            self.carried = have - set(published) - {MANIFEST}
        else:
            staging.mkdir()
        (staging / MARK).touch()
        return staging

    def put(self, name: str, data: bytes) -> str:
        """Stage one file (a path relative to out_dir); returns its sha256.
        It is written only when the staged copy differs."""
        digest = hashlib.sha256(data).hexdigest()
        if self.known.get(name) != digest:
            if ".." in Path(name).parts or name.startswith("/"):
                raise ValueError(f"not a path inside the output folder: {name}")
            self.write(self.staging / name, data)
            self.written += 1
            self.known[name] = digest
        self.digests[name] = digest
        return digest

    def note(self, digests: dict[str, str], written: int) -> None:
        """Files another process staged (a forked page writer)."""
        self.digests.update(digests)
        self.known.update(digests)
        self.written += written

    def commit(self, manifest: bool = True, prune: bool = True) -> None:
        """Write the manifest (with ``manifest``), remove the files the last
        set listed and this one does not (with ``prune``), and swap the new
        set in."""
        staging = self.staging
        if manifest:
            data = manifest_bytes(self.digests)
            path = staging / MANIFEST
            if not (path.is_file() and path.read_bytes() == data):  # unchanged: not counted as written
                self.write(path, data)
                self.written += 1
        if prune:
            for name in sorted(set(self.known) - set(self.digests) - self.carried - {MANIFEST}):
                path = staging / name
                if ".." in Path(name).parts:
                    continue
                try:
                    path.unlink()
                except FileNotFoundError:
                    continue
                parent = path.parent
                while parent != staging and not any(parent.iterdir()):
                    parent.rmdir()
                    parent = parent.parent
        (staging / MARK).unlink()
        sync_folder(staging)
        out_dir = self.out_dir
        if not out_dir.exists():
            os.rename(staging, out_dir)
        elif exchange(staging, out_dir):
            if self.keep is None:
                shutil.rmtree(staging, ignore_errors=True)
            return
        else:  # no atomic swap on this system: replace the files one by one
            for name in sorted(self.digests):
                target = out_dir / name
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
                shutil.copyfile(staging / name, tmp)
                os.replace(tmp, target)
            if self.keep is None:
                shutil.rmtree(staging, ignore_errors=True)

    def abort(self) -> None:
        """Give up: the published folder is untouched; a temporary staging
        folder is removed (a kept one stays marked as untrusted)."""
        if self.keep is None:
            shutil.rmtree(self.staging, ignore_errors=True)
