"""Releases: the version in VERSION, the release dates in CHANGELOG.md, and
``stamp``, which `make release` runs to write the version into the ontology,
the shapes and the changelog.

The build never reads the clock: the dataset's ``dcterms:issued`` is the date
of the first release in CHANGELOG.md and ``dcterms:modified`` the date of the
release named in VERSION.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import KBError
from .project import Project

_VERSION = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$")
_VERSION_INFO = re.compile(r'(owl:versionInfo\s+")([^"]*)(")')
_VERSION_IRI = re.compile(r"(owl:versionIRI\s+<https://w3id\.org/agkb/ontology/)([^>]*)(>)")
UNRELEASED = "Unreleased"


@dataclass(frozen=True)
class Release:
    """The version being built and the dates of the releases so far."""

    version: str
    issued: dt.date    # the first release
    modified: dt.date  # the release of ``version``


def read_version(project: Project) -> tuple[str, Path]:
    """The version in VERSION: one line, MAJOR.MINOR.PATCH."""
    path = project.version_file
    text = path.read_text(encoding="utf-8").strip()
    if not _VERSION.match(text):
        raise KBError(f"VERSION holds {text!r}; write one version such as 0.2.0", project.relative(path), 1)
    return text, path


def releases(project: Project) -> list[tuple[str, dt.date | None, int]]:
    """(version, date, line) for each `## [version] - date` heading of CHANGELOG.md, in file order."""
    path = project.changelog
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.startswith("## "):
            continue
        match = _HEADING.match(line)
        if match is None:
            raise KBError("a release heading reads `## [0.2.0] - 2026-01-31` or `## [Unreleased]`",
                          project.relative(path), number)
        version, date = match["version"], match["date"]
        if version == UNRELEASED:
            out.append((version, None, number))
            continue
        if not _VERSION.match(version) or date is None:
            raise KBError("a release heading reads `## [0.2.0] - 2026-01-31`", project.relative(path), number)
        try:
            out.append((version, dt.date.fromisoformat(date), number))
        except ValueError:
            raise KBError(f"{date} is not a date", project.relative(path), number) from None
    return out


def ontology_version(path: Path) -> tuple[str | None, int]:
    """The owl:versionInfo written in an ontology file, and its line."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = _VERSION_INFO.search(line)
        if match:
            return match.group(2), number
    return None, 0


def current(project: Project) -> Release:
    """The release being built. Raises KBError when VERSION has not been released
    (no dated CHANGELOG entry) or the ontology carries another version."""
    version, version_path = read_version(project)
    dated = [(v, d, n) for v, d, n in releases(project) if d is not None]
    changelog = project.relative(project.changelog)
    if not dated:
        raise KBError(f"no release yet: run `make release` to release {version}", changelog)
    mine = [d for v, d, _ in dated if v == version]
    if not mine:
        raise KBError(f"version {version} (from {project.relative(version_path)}) has no dated entry; "
                      "run `make release`", changelog)
    found, line = ontology_version(project.ontology / "agkb.ttl")
    if found != version:
        raise KBError(f"the ontology says version {found}, VERSION says {version}; run `make release`",
                      project.relative(project.ontology / "agkb.ttl"), line or None)
    return Release(version, min(d for _, d, _ in dated), mine[0])


def stamp(project: Project, date: dt.date) -> list[Path]:
    """Release the version in VERSION on ``date``: date its CHANGELOG.md section
    (from the Unreleased notes) and write it into the ontology and the shapes.
    Returns the files changed.

    Only the project's own files are written: a project without its own
    VERSION and CHANGELOG.md (which then come from the copies installed with
    the package, read-only defaults) is refused with KBError, and so the
    installed package is never edited."""
    missing = [name for name in ("VERSION", "CHANGELOG.md") if not (project.root / name).is_file()]
    if missing:
        raise KBError(f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not in this project; kb release "
                      "writes only the project's own files (the installed copies are read-only defaults): add "
                      f"{' and '.join(missing)} to the project first", project.root)
    version, _ = read_version(project)
    entries = releases(project)
    changelog = project.changelog
    for v, d, n in entries:
        if v == version and d is not None:
            raise KBError(f"{version} was released on {d}; put the new version in VERSION first",
                          project.relative(changelog), n)
    later = [(v, d) for v, d, _ in entries if d is not None and d > date]
    if later:
        raise KBError(f"release {later[0][0]} is dated {later[0][1]}, after {date}", project.relative(changelog))
    unreleased = [n for v, _, n in entries if v == UNRELEASED]
    if not unreleased:
        raise KBError("CHANGELOG.md needs a `## [Unreleased]` section with the notes for this release",
                      project.relative(changelog))
    lines = changelog.read_text(encoding="utf-8").splitlines(keepends=True)
    at = unreleased[0] - 1
    lines[at:at + 1] = [f"## [{UNRELEASED}]\n", "\n", f"## [{version}] - {date.isoformat()}\n"]
    changelog.write_text("".join(lines), encoding="utf-8")
    changed = [changelog]
    for path in sorted(project.root.glob("ontology/*.ttl")) + sorted(project.root.glob("shapes/*.ttl")):
        text = path.read_text(encoding="utf-8")
        new = _VERSION_INFO.sub(lambda m: f"{m.group(1)}{version}{m.group(3)}", text)
        new = _VERSION_IRI.sub(lambda m: f"{m.group(1)}{version}{m.group(3)}", new)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed
