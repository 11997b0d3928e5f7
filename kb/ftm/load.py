"""The build's side of imports: the triples of every imports/<dataset>/, the
states and territories they name that the project holds no entity for yet,
and where each imported node came from (file and line of its FtM record),
looked up only when a validation result needs it."""

from __future__ import annotations

from pathlib import Path

from .. import nt
from ..errors import KBError
from ..namespaces import CLAIM, ID, LINK
from . import mapping as mapping_mod
from .folder import FTM_FILE, META_FILE, NT_FILE, ORIGINS_FILE, imports_dir, read_meta

_PREFIXES = ((f"<{ID}ftm/", False), (f"<{ID}record/", True), (f"<{CLAIM}ftm/", True), (f"<{LINK}ftm/", True))


def folders(root: Path) -> list[Path]:
    """The import folders of a project, in name order (staging folders, whose
    names start with a dot, are not imports)."""
    base = root / "imports"
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith(".")
                  and (p / META_FILE).is_file())


class Origins(dict):
    """``Loaded.origins`` for a build with imports: the curated nodes' (file,
    line), and for an imported node the line of its FtM record, read from the
    imports' origins.tsv on the first lookup that needs it (a build that
    conforms never reads them)."""

    def __init__(self, base: dict, imports: list[tuple[str, Path]]):
        super().__init__(base)
        self.imports = imports  # (dataset name, folder relative to the project, absolute folder)
        self._lines: dict | None = None

    def _index(self) -> dict:
        if self._lines is None:
            self._lines = {}
            for name, _, folder in self.imports:
                rows = {}
                with open(folder / ORIGINS_FILE, encoding="utf-8") as handle:
                    for row in handle:
                        fid, _, line = row.rstrip("\n").rpartition("\t")
                        rows[fid] = int(line)
                self._lines[name] = rows
        return self._lines

    def get(self, key, default=None):
        found = dict.get(self, key)
        if found is not None or not self.imports or not isinstance(key, str):
            return found if found is not None else default
        from urllib.parse import unquote

        for prefix, scoped in _PREFIXES:
            if key.startswith(prefix):
                rest = key[len(prefix):-1]
                if scoped:
                    name, _, rest = rest.partition("/")
                    candidates = [name]
                else:
                    candidates = [n for n, _, _ in self.imports]
                fid = unquote(rest.split("/", 1)[0])
                for name in candidates:
                    line = self._index().get(name, {}).get(fid)
                    if line is not None:
                        folder = {n: r for n, r, _ in self.imports}[name]
                        return (f"{folder.as_posix()}/{FTM_FILE}", line)
        return default


def load(project, curated: set, add) -> list[tuple[str, Path, Path]]:
    """Pass every imported triple to ``add`` (a list of N-Triples triples at a
    time), with a State or Territory node for each country an import names
    whose entity the project does not hold (``curated``: the ids of facts/).
    Returns (dataset, folder relative to the project, folder) for each import.
    Raises KBError when an import was made with another mapping."""
    found = []
    stubs: dict = {}
    imported = folders(project.root)
    if not imported:
        return found
    maps = mapping_mod.load()
    for folder in imported:
        relative = Path(project.relative(folder))
        meta = read_meta(folder)
        if meta.get("mapping") != maps.digest:
            raise KBError(f"imports/{folder.name} was mapped with another version of kb/ftm/mapping.yaml or "
                          f"states.yaml; map it again with `kb import ftm imports/{folder.name}/{FTM_FILE} "
                          f"--dataset {folder.name}`", relative / META_FILE)
        batch = []
        with open(folder / NT_FILE, encoding="utf-8") as handle:
            for line in handle:
                s, p, o = line[:-3].split(" ", 2)
                batch.append((s, p, o))
                if len(batch) >= 100_000:
                    add(batch)
                    batch = []
        add(batch)
        for code in meta.get("countries") or {}:
            place = maps.places.get(code)
            if place is not None and not place.curated and place.iri[len(str(ID)):] not in curated:
                stubs[place.iri] = place
        found.append((folder.name, relative, folder))
    add([t for place in stubs.values() for t in _stub(place)])
    return found


def _stub(place) -> list[tuple[str, str, str]]:
    node = f"<{place.iri}>"
    return [(node, nt.TYPE, f"<{place.cls}>"),
            (node, "<http://www.w3.org/2000/01/rdf-schema#label>", nt.literal(place.label, lang="en"))]


def summary(root: Path) -> list[dict]:
    """Each import's dataset.yaml (for `kb stats` and the docs)."""
    return [read_meta(folder) for folder in folders(root)]


__all__ = ["Origins", "folders", "imports_dir", "load", "summary"]
