"""Where a knowledge-base project keeps its files.

A project is a folder with ``facts/`` and ``seeds/``; ``dist/`` is where builds
go. ``queries/``, ``ontology/``, ``shapes/``, ``VERSION``, ``CHANGELOG.md`` and
``dataset.yaml`` are read from the project when it has them, and otherwise from
the copies installed with the package, which no command writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import KBError

_PACKAGE = Path(__file__).resolve().parent


def _resource(name: str, root: Path) -> Path:
    for candidate in (root / name, _PACKAGE / "data" / name, _PACKAGE.parent / name):
        if candidate.is_dir() and any(candidate.glob("*.ttl")):
            return candidate
    raise KBError(f"no {name}/ folder with .ttl files in the project or the installed package", root)


def _file(name: str, root: Path) -> Path:
    for candidate in (root / name, _PACKAGE / "data" / name, _PACKAGE.parent / name):
        if candidate.is_file():
            return candidate
    raise KBError(f"no {name} in the project or the installed package", root / name)


@dataclass(frozen=True)
class Project:
    """The folders of one project, resolved from its root."""

    root: Path

    @classmethod
    def at(cls, root: str | Path = ".") -> "Project":
        path = Path(root).resolve()
        if not path.is_dir():
            raise KBError("project folder does not exist", path)
        return cls(path)

    @property
    def facts(self) -> Path:
        return self.root / "facts"

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def queries(self) -> Path:
        """The project's queries/, or else the query library installed with the package."""
        own = self.root / "queries"
        if own.is_dir():
            return own
        for candidate in (_PACKAGE / "data" / "queries", _PACKAGE.parent / "queries"):
            if candidate.is_dir() and any(candidate.glob("*.rq")):
                return candidate
        return own

    @property
    def dist(self) -> Path:
        return self.root / "dist"

    @property
    def ontology(self) -> Path:
        return _resource("ontology", self.root)

    @property
    def shapes(self) -> Path:
        return _resource("shapes", self.root)

    @property
    def version_file(self) -> Path:
        return _file("VERSION", self.root)

    @property
    def changelog(self) -> Path:
        return _file("CHANGELOG.md", self.root)

    @property
    def dataset(self) -> Path:
        return _file("dataset.yaml", self.root)

    def relative(self, path: Path) -> str:
        """``path`` relative to the root when inside it, for error messages."""
        try:
            return str(Path(path).resolve().relative_to(self.root))
        except ValueError:
            return str(path)
