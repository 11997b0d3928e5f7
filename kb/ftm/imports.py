"""`kb import ftm`: an FtM file becomes an input of the project, imports/<dataset>/.

The folder holds the file as received (``entities.ftm.json``), what the build
reads (``entities.nt``: the triples, sorted, no duplicates; made once here, so
a build does not map the file again), ``origins.tsv`` (each FtM id and its
line, so a validation result names ``imports/<dataset>/entities.ftm.json:<line>``)
and ``dataset.yaml`` (name, title, authority, version, source, sha256, counts,
and everything that could not be mapped). The file is read twice as a stream
(ids and schemata first, so references can be checked; then the triples), and
the triples are sorted in bounded memory (sorted runs on disk, then merged).
The new folder is staged beside the old one and swapped in whole: a failed
import leaves the project as it was, and the same file imported twice gives
the same bytes.
"""

from __future__ import annotations

import filecmp
import hashlib
import heapq
import os
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .. import dates, nt
from ..errors import KBError
from ..project import Project
from . import mapping as mapping_mod
from .to_rdf import A, ATTRIBUTED, Converter, Dataset, LABEL, RDF_TYPE, URL, dataset_iri, safe_iri

DATASET_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
from .folder import FTM_FILE, META_FILE, NT_FILE, ORIGINS_FILE, imports_dir, read_meta  # noqa: E402,F401
RUN_LINES = 500_000  # triples sorted in memory at a time (about 100 MB of strings)


@dataclass
class Imported:
    """What an import did: the folder, the metadata written, whether the
    folder changed (False when the same file was imported again), and the
    values it dropped, one line each (``<file>:<line>: <entity id>:
    <property> <value>: <why>``, the first read.SHOWN, then "and N more")."""

    folder: Path
    meta: dict
    changed: bool
    warnings: list = field(default_factory=list)


def entity_ids(project: Project) -> set[str]:
    """The ids of the curated entities (facts/entities/), read cheaply."""
    from .. import yamlio

    ids = set()
    for path in sorted((project.facts / "entities").rglob("*.yaml")):
        for item in yamlio.load(path) or []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                ids.add(item["id"])
    return ids


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_options(project: Project, dataset: str, authority: str | None, authorities: dict) -> None:
    if not DATASET_NAME.match(dataset or ""):
        raise KBError(f"--dataset {dataset!r}: a dataset name is lower-case letters, digits, _ and -, "
                      "like us_ofac_sdn")
    if not authority:
        raise KBError("--authority is needed for a new dataset: the id of the actor in facts/entities/ the list "
                      "is attributed to (its publisher or sanctioning authority)")
    known = entity_ids(project)
    for actor in [authority, *authorities.values()]:
        if actor.startswith("ftm:"):
            continue  # an entity of the file itself, checked once it is read
        if actor not in known:
            from difflib import get_close_matches
            close = get_close_matches(actor, sorted(known), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise KBError(f"authority '{actor}' is not an entity in facts/entities/{hint}")


def _runs(lines, folder: Path):
    """Sort ``lines`` in runs of RUN_LINES, each written to a file in
    ``folder``; yield the run files."""
    buffer: list = []
    number = 0

    def flush():
        nonlocal number, buffer
        path = folder / f"run-{number:05d}.nt"
        with open(path, "w", encoding="utf-8") as out:
            out.writelines(sorted(set(buffer)))
        number += 1
        buffer = []
        return path

    for line in lines:
        buffer.append(line)
        if len(buffer) >= RUN_LINES:
            yield flush()
    if buffer or number == 0:
        yield flush()


def _merge(run_files: list[Path], dest: Path) -> int:
    """Merge sorted run files into ``dest`` without duplicates; the line count."""
    handles = [open(p, encoding="utf-8") for p in run_files]
    count, last = 0, None
    try:
        with open(dest, "w", encoding="utf-8") as out:
            for line in heapq.merge(*handles):
                if line != last:
                    out.write(line)
                    count += 1
                    last = line
    finally:
        for handle in handles:
            handle.close()
    return count


def _as_of(version: str) -> str | None:
    """The date a list speaks as of: its version when that is a date (YYYY-MM-DD,
    YYYY-MM or YYYY; `kb import ftm --version`, by default the latest last_seen
    or last_change of the file), else None (each record's last_seen is used)."""
    try:
        return str(dates.parse(version))
    except dates.DateError:
        return None


def import_ftm(project: Project, source: str, dataset: str, *, title: str | None = None,
               authority: str | None = None, version: str | None = None, opensanctions: bool | None = None,
               authorities: dict | None = None, timeout: float = 60.0, max_bytes: int = 2 * 1024 ** 3,
               progress=None) -> Imported:
    """Import ``source`` (a path or an http(s) URL) as ``imports/<dataset>/``.

    Options not given are kept from the dataset's previous import. Raises
    KBError (file:line for a bad line; a file with no entity) and leaves the
    project unchanged. A value that cannot be imported (a date FtM rejects, a
    property its schema does not have, a reference to an entity not in the
    file) does not stop the import: it is counted in dataset.yaml and named in
    ``Imported.warnings``.
    ``progress``, if given, is called with the number of entities read so far."""
    from .read import Problems, download, records  # followthemoney: imported only here, not by builds

    is_url = source.startswith(("http://", "https://"))
    where = source if is_url else project.relative(Path(source))
    if not is_url and not Path(source).is_file():  # before the options: the file is the first thing to fix
        raise KBError("no such file", where)
    folder = imports_dir(project) / (dataset or "")
    old = read_meta(folder) if DATASET_NAME.match(dataset or "") else {}
    authority = authority or old.get("authority")
    authorities = {**(old.get("authorities") or {}), **(authorities or {})}
    _check_options(project, dataset, authority, authorities)
    maps = mapping_mod.load()
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{dataset}.staging-", dir=folder.parent))
    try:
        data_file = staging / FTM_FILE
        final_url = download(source, data_file, timeout=timeout, max_bytes=max_bytes) if is_url else None
        if not is_url:
            shutil.copyfile(source, data_file)
        sha = _sha256(data_file)
        # pass 1: every id and schema (errors stop here, before anything is written)
        schemata: dict = {}
        facts: dict = {}  # FtM id of a fact (mapping.yaml `fact: true`) -> its line
        latest = ""
        for record in records(data_file, where):
            fid = record.proxy.id
            if fid in schemata:
                raise KBError(f"entity id {fid!r} appears twice (again here)", where, record.line)
            schemata[fid] = record.proxy.schema.name
            spec = maps.schemata.get(schemata[fid])
            if spec is not None and spec.fact:
                facts[fid] = record.line
            for key in ("last_change", "last_seen"):
                value = record.context.get(key)
                if isinstance(value, str) and value[:10] > latest:
                    latest = value[:10]
        if not schemata:
            raise KBError("no FollowTheMoney entities in the file (it is empty or holds only blank lines); "
                          "nothing imported", where)
        _check_shared_facts(folder.parent, dataset, facts, schemata, where)
        if opensanctions is None:
            opensanctions = bool(old.get("opensanctions")) or bool(
                final_url and any(re.match(rf"^https?://([^/]+\.)?{re.escape(h)}/", final_url)
                                  for h in maps.opensanctions_hosts))
        version = str(version or (old.get("version") if old.get("sha256") == sha else None) or latest or sha[:12])
        title = title or old.get("title") or dataset
        info = Dataset(dataset, title, _actor(authority, schemata, maps, where),
                       {text: _actor(actor, schemata, maps, where) for text, actor in authorities.items()},
                       opensanctions, _as_of(version))
        problems = Problems(file=str(where))
        converter = Converter(maps, info, schemata, problems)
        dataset_node = dataset_iri(dataset)
        head = [(dataset_node, RDF_TYPE, "<http://www.w3.org/ns/dcat#Dataset>"),
                (dataset_node, "<http://purl.org/dc/terms/title>", nt.literal(title, lang="en")),
                (dataset_node, LABEL, nt.literal(title, lang="en")),
                (dataset_node, "<http://www.w3.org/ns/dcat#version>", nt.literal(version)),
                (dataset_node, ATTRIBUTED, info.authority),
                (dataset_node, f"<{A}sha256>", nt.literal(sha, datatype="http://www.w3.org/2001/XMLSchema#hexBinary"))]
        if is_url and safe_iri(source):
            head.append((dataset_node, URL, safe_iri(source)))
        count = 0
        with open(staging / ORIGINS_FILE, "w", encoding="utf-8") as origins:
            def lines():
                nonlocal count
                yield from (nt.line(t) for t in head)
                for record in records(data_file, where, problems):
                    origins.write(f"{record.proxy.id}\t{record.line}\n")
                    count += 1
                    if progress is not None and count % 10_000 == 0:
                        progress(count)
                    yield from (nt.line(t) for t in converter.convert(record))
            runs_dir = staging / "runs"
            runs_dir.mkdir()
            triples = _merge(list(_runs(lines(), runs_dir)), staging / NT_FILE)
            shutil.rmtree(runs_dir)
        meta = {
            "dataset": dataset, "title": title, "authority": authority,
            "authorities": dict(sorted(authorities.items())) or None, "opensanctions": opensanctions,
            "version": version, "source": source if is_url else Path(source).name, "file": FTM_FILE,
            "sha256": sha, "mapping": maps.digest,
            "counts": {"entities": count, "imported": dict(sorted(converter.by_schema.items())), "triples": triples},
            "countries": dict(sorted(converter.countries.items())),
            "unmapped": dict(sorted(problems.counts.items())),
        }
        meta = {k: v for k, v in meta.items() if v is not None}
        header = (f"# imports/{dataset}: made by `kb import ftm`; edit `title`, `authority` and `authorities`\n"
                  "# (FtM authority text -> actor id) and import again. `unmapped` counts what the mapping\n"
                  "# (kb/ftm/mapping.yaml) could not take in.\n")
        (staging / META_FILE).write_text(header + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True,
                                                                 width=100), encoding="utf-8")
        changed = _swap(staging, folder)
        return Imported(folder, meta, changed, problems.summary())
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _check_shared_facts(base: Path, dataset: str, facts: dict, schemata: dict, where: str) -> None:
    """Refuse a fact another import already holds. A relationship or a
    sanction (``fact: true`` in mapping.yaml) becomes one node, ``id/ftm/<id>``,
    with exactly one source (shapes/common.ttl ``agsh:source``), so its FtM
    id can come from one dataset only; entities may be shared. ``facts`` maps
    this file's fact ids to their lines. Raises KBError naming the line and the
    other import; reads each other import's origins.tsv once."""
    from .load import folders

    for other in folders(base.parent):
        if other.name == dataset or not (other / ORIGINS_FILE).is_file():
            continue
        with open(other / ORIGINS_FILE, encoding="utf-8") as handle:
            for row in handle:
                fid = row.partition("\t")[0]
                if fid in facts:
                    raise KBError(f"{schemata[fid]} {fid!r} is already imported by imports/{other.name}, and a "
                                  "fact comes from one dataset only: import the two lists as one dataset, or "
                                  f"remove imports/{other.name} first", where, facts[fid])


def _actor(name: str, schemata: dict, maps, where: str) -> str:
    """The IRI of an authority: a curated entity id, or ``ftm:<id>`` for an
    entity of the imported file (which must be imported as an actor)."""
    from ..namespaces import ID
    from .to_rdf import entity_iri

    if not name.startswith("ftm:"):
        return f"<{ID}{name}>"
    fid = name[4:]
    target = maps.schemata.get(schemata.get(fid, ""))
    if target is None or "actor" not in target.groups:
        raise KBError(f"authority '{name}': the file has no entity {fid!r} that is imported as an actor", where)
    return entity_iri(fid)


def _same(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    if not b.is_dir() or names != sorted(p.name for p in b.iterdir()):
        return False
    return all(filecmp.cmp(a / n, b / n, shallow=False) for n in names if (a / n).is_file())


def _swap(staging: Path, folder: Path) -> bool:
    """Put the staged folder in place of ``folder`` in one step; False (and
    nothing touched) when it holds the same bytes already."""
    if folder.is_dir() and _same(staging, folder):
        return False
    from ..build import _exchange

    if folder.is_dir():
        if not _exchange(staging, folder):
            aside = folder.with_name(f".{folder.name}.old-{os.getpid()}")
            os.rename(folder, aside)
            os.rename(staging, folder)
            shutil.rmtree(aside, ignore_errors=True)
    else:
        os.rename(staging, folder)
    return True


def imported_counts(meta: dict) -> Counter:
    return Counter(meta.get("counts", {}).get("imported", {}))
