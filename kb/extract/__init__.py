"""Extract stage: from a news article (seed, file or URL) to candidate facts a
curator reviews. Candidates go to ``facts/extracted/<source>.yaml``; the loader
never reads that folder, so nothing unreviewed reaches ``dist/``.

Modules: ``fetch`` (HTTP), ``document`` (text and seeds/), ``text`` (sentences),
``mentions`` (linking), ``engine`` (relations, estimates, statements),
``candidates`` (YAML records), ``evaluate`` (precision and recall).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import yamlio
from ..errors import KBError
from ..project import Project
from .candidates import REJECTED, SECTIONS, dump, plain, records
from .document import Document, Metadata, open_document


@dataclass
class Extraction:
    document: Document
    candidates: dict  # the YAML document: source, entities, claims, statements
    known: int  # candidates dropped because the knowledge base already has them
    path: Path | None = None  # where the candidates were written


def fact_files(project: Project) -> dict[Path, object]:
    """Every curated fact file (not facts/extracted/), parsed once."""
    return {path: yamlio.load(path) for path in sorted(project.facts.rglob("*.yaml"))
            if "extracted" not in path.relative_to(project.facts).parts}


def run(project: Project, document: Document, facts: dict | None = None):
    """Run the extractor over a document; returns the engine's result."""
    from .engine import Extractor
    from .mentions import Gazetteer, ontology_for

    ontology = ontology_for(project.ontology / "agkb.ttl")
    gazetteer = Gazetteer.from_files(project.facts, fact_files(project) if facts is None else facts, ontology)
    return Extractor(gazetteer, document.text, document.issued, author=document.author).run()


def taken_ids(project: Project, facts: dict) -> set[str]:
    """Every id the knowledge base already uses (``facts`` from :func:`fact_files`)."""
    ids = set()
    for doc in facts.values():
        items = doc if isinstance(doc, list) else [
            i for key in ("claims", "statements") for i in ((doc or {}).get(key) or [])]
        ids.update(str(i["id"]) for i in items if isinstance(i, dict) and "id" in i)
    ids.update(p.stem for p in project.seeds.glob("*.yaml"))
    return ids


def extract(project: Project, source: str, meta: Metadata | None = None, *, save: bool = True, **fetch_options) -> Extraction:
    """Extract candidates from SOURCE and (with ``save``) write them for review."""
    from .evaluate import Facts

    document = open_document(project, source, meta or Metadata(), save=save, **fetch_options)
    facts = fact_files(project)
    result = run(project, document, facts)
    candidates = records(result, document.id, taken_ids(project, facts))
    known = 0
    gold = facts.get(project.facts / "sources" / f"{document.id}.yaml")
    if gold is not None:
        known = _drop_known(candidates, Facts(gold, document.text))
    extraction = Extraction(document, candidates, known)
    if save:
        extraction.path = write(project, document.id, candidates)
    return extraction


def _drop_known(candidates: dict, gold) -> int:
    """Remove candidates a curator has already written down; returns how many."""
    from .evaluate import Facts

    mine = Facts(candidates, "")
    known_ids = set()
    for name, entries in mine.items.items():
        if name in ("statement", "denial", "concurrence"):
            continue
        wanted = {entry[0] for entry in gold.items.get(name, [])}
        known_ids.update(str(entry[1]["id"]) for entry in entries if entry[0] in wanted)
    before = len(candidates["claims"]) + len(candidates["statements"])
    candidates["claims"] = [c for c in candidates["claims"] if c["id"] not in known_ids]
    kept = {c["id"] for c in candidates["claims"]}
    candidates["statements"] = [s for s in candidates["statements"] if all(r in kept for r in s["regarding"])]
    return before - len(candidates["claims"]) - len(candidates["statements"])


def write(project: Project, source_id: str, candidates: dict) -> Path:
    """Write facts/extracted/<source>.yaml, keeping earlier rejections."""
    from ..build import write_file

    path = project.facts / "extracted" / f"{source_id}.yaml"
    if path.is_file():
        previous = yamlio.load(path) or {}
        for section in SECTIONS:
            rejected = [r for r in previous.get(section) or [] if isinstance(r, dict) and r.get("review") == REJECTED]
            ids = {str(r["id"]) for r in rejected}
            candidates[section] = [c for c in candidates[section] if c["id"] not in ids] + [dict(r) for r in rejected]
    header = (f"# Candidate facts extracted by `kb extract` from seeds/{source_id}.txt.\n"
              "# Unreviewed: nothing here is published. Accept with `kb review accept ID`\n"
              "# (edit a candidate first if it needs it), reject with `kb review reject ID`.\n")
    write_file(path, dump(plain(candidates), header).encode("utf-8"))
    return path


def evaluate_source(project: Project, source: str, meta: Metadata | None = None, gold: Path | None = None, **options):
    """Rows of precision and recall for SOURCE against its hand-written facts.

    Nothing is written: the document is read (or fetched) in memory only.
    """
    from .evaluate import evaluate, normalise
    from .lexicon import countries

    meta = meta or Metadata()
    if gold is not None and meta.date is None:  # a gold file states its document's date
        stated = (yamlio.load(gold) or {}).get("date") if gold.is_file() else None
        meta.date = stated if hasattr(stated, "isoformat") else None
    document = open_document(project, source, meta, save=False, **options)
    gold = gold or project.facts / "sources" / f"{document.id}.yaml"
    if not gold.is_file():
        raise KBError("no hand-written facts to compare with; pass --gold FILE", gold)
    result = run(project, document)
    states = frozenset(normalise(c) for c in countries())
    return evaluate(records(result, document.id, set()), yamlio.load(gold) or {}, document.text,
                    result.ontology.is_a, states)


__all__ = ["Extraction", "Metadata", "evaluate_source", "extract", "run", "write"]
