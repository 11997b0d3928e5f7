"""Extract stage: from news articles (seeds, files, folders or URLs) to
candidate facts a curator reviews. Candidates go to ``facts/extracted/``: the
claims and statements of each source in ``<source>.yaml``, the entities the
documents propose in ``entities.yaml`` (each once, with every document's
evidence). The loader never reads that folder, so nothing unreviewed reaches
``dist/``.

Modules: ``fetch`` (HTTP), ``document`` (text and seeds/), ``dateline`` (the
date a document states), ``publishers`` (who published and wrote it),
``text`` (sentences), ``mentions`` (linking), ``engine`` (relations,
estimates, statements), ``candidates`` (YAML records), ``resolve`` (a proposed
name to a known entity), ``pending`` (the files waiting for review),
``batch`` (several sources), ``evaluate`` (precision and recall),
``confidence`` (a learned probability that a candidate is right) and
``train`` (fitting it: ``make confidence``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import yamlio
from ..errors import KBError
from ..project import Project
from . import pending as waiting
from .candidates import REJECTED, dump, plain, records
from .document import Document, Metadata, open_document


@dataclass
class Extraction:
    document: Document
    candidates: dict  # the YAML document: source, claims, statements (entities settled into entities.yaml)
    known: int  # candidates dropped because the knowledge base already has them
    path: Path | None = None  # where the candidates were written
    entities: dict = field(default_factory=lambda: {"known": [], "joined": [], "new": []})  # pending.link_entities


class Context:
    """What extracting one document after another needs from the project,
    read once: the ontology, the curated fact files, the known entities and
    their :class:`resolve.Index`. Registering a media outlet updates it."""

    def __init__(self, project: Project):
        from .mentions import ontology_for

        self.project = project
        self.ontology = ontology_for(project.ontology / "agkb.ttl")
        self.reload()

    def reload(self) -> None:
        """Read the fact files again (after accepting or registering)."""
        from .resolve import Index

        self.facts = fact_files(self.project)
        entities_dir = self.project.facts / "entities"
        self.entities = {str(r["id"]): r for path, doc in self.facts.items() if path.is_relative_to(entities_dir)
                         for r in (doc if isinstance(doc, list) else []) if isinstance(r, dict) and "id" in r}
        self.index = Index.from_records([plain(r) for r in self.entities.values()], self.ontology.is_a, _demonyms())

    def is_a(self, ident: str, cls: str) -> bool:
        """True when entity ``ident`` is known and of class ``cls`` or a subclass."""
        record = self.entities.get(ident)
        return bool(record) and self.ontology.is_a(str(record.get("type")), cls)

    def add_entity(self, record: dict) -> None:
        """A record just written to facts/entities/."""
        self.reload()


def fact_files(project: Project) -> dict[Path, object]:
    """Every curated fact file (not facts/extracted/), parsed once."""
    return {path: yamlio.load(path) for path in sorted(project.facts.rglob("*.yaml"))
            if "extracted" not in path.relative_to(project.facts).parts}


def run(project: Project, document: Document, facts: dict | None = None, context: Context | None = None):
    """Run the extractor over a document; returns the engine's result."""
    from .engine import Extractor
    from .mentions import Gazetteer, ontology_for

    ontology = context.ontology if context else ontology_for(project.ontology / "agkb.ttl")
    facts = facts if facts is not None else context.facts if context else fact_files(project)
    gazetteer = Gazetteer.from_files(project.facts, facts, ontology)
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


def extract(project: Project, source: str, meta: Metadata | None = None, *, save: bool = True,
            context: Context | None = None, skip_known: bool = False, min_confidence: float = 0.0,
            **fetch_options) -> Extraction:
    """Extract candidates from SOURCE and (with ``save``) write them for review.

    SOURCE is a seed id, a file or an http(s) URL. With ``skip_known``, a file
    or URL whose text is already saved under seeds/ is not extracted again
    (the result has ``path`` None and no candidates). Each claim and statement
    gets a ``confidence`` (:mod:`kb.extract.confidence`); with
    ``min_confidence`` (0-1, default 0: off) those below it are left out.
    Raises KBError (one line, naming SOURCE) when the document cannot be read
    or saved.
    """
    from .evaluate import Facts

    context = context or Context(project)
    is_seed = (project.seeds / f"{source}.yaml").is_file()
    document = open_document(project, source, meta or Metadata(), save=save, known=context, **fetch_options)
    if skip_known and document.existing and not is_seed:
        return Extraction(document, {"source": document.id, "claims": [], "statements": []}, 0)
    result = run(project, document, context=context)
    taken = taken_ids(project, context.facts) | (waiting.ids_in_use(project, document.id) if save else set())
    candidates = records(result, document.id, taken)
    _confidence(candidates, min_confidence)
    known = 0
    gold = context.facts.get(project.facts / "sources" / f"{document.id}.yaml")
    if gold is not None:
        known = _drop_known(candidates, Facts(gold, document.text))
    entities = waiting.load_entities(project) if save else []
    report = waiting.link_entities(candidates, context.index, entities, taken,
                                   waiting.references_elsewhere(project, document.id) if save else set())
    extraction = Extraction(document, candidates, known, entities=report)
    if save:
        extraction.path = write(project, document.id, candidates)
        waiting.write_entities(project, entities)
    return extraction


def _confidence(candidates: dict, min_confidence: float = 0.0) -> None:
    """Put the learned confidence on each claim and statement; drop those below ``min_confidence``."""
    from .confidence import confidence, drop_below

    confidence(candidates)
    if min_confidence:
        drop_below(candidates, min_confidence)


def _drop_known(candidates: dict, gold) -> int:
    """Remove candidates a curator has already written down; returns how many.

    A typed claim is known when the curated file holds one with the same key
    (the scorer's: kb/extract/evaluate.py); a free-text claim (type Claim, no key) when
    one says the same or rests on the same evidence, in any case and spacing; a
    statement when a claim it regards is known (it goes with it)."""
    from .evaluate import Facts

    mine = Facts(candidates, "")
    known_ids = set()
    for name, entries in mine.items.items():
        if name in ("statement", "denial", "concurrence"):
            continue
        wanted = {entry[0] for entry in gold.items.get(name, [])}
        known_ids.update(str(entry[1]["id"]) for entry in entries if entry[0] in wanted)
    curated = {text for c in gold.by_id.values() for text in _claim_texts(c)}
    known_ids.update(str(c["id"]) for c in candidates["claims"]
                     if c.get("type") == "Claim" and curated & set(_claim_texts(c)))
    before = len(candidates["claims"]) + len(candidates["statements"])
    candidates["claims"] = [c for c in candidates["claims"] if c["id"] not in known_ids]
    kept = {c["id"] for c in candidates["claims"]}
    candidates["statements"] = [s for s in candidates["statements"] if all(r in kept for r in s["regarding"])]
    return before - len(candidates["claims"]) - len(candidates["statements"])


def _claim_texts(claim: dict) -> list[str]:
    """What a claim says and its evidence, casefolded with spaces collapsed."""
    evidence = claim.get("evidence")
    texts = [claim.get("says")] + (evidence if isinstance(evidence, list) else [evidence])
    return [" ".join(str(t).split()).casefold() for t in texts if t]


def write(project: Project, source_id: str, candidates: dict) -> Path:
    """Write facts/extracted/<source>.yaml, keeping earlier rejections."""
    from ..build import write_file

    path = waiting.folder(project) / f"{source_id}.yaml"
    body = {"source": source_id, "claims": list(candidates["claims"]), "statements": list(candidates["statements"])}
    if path.is_file():
        previous = yamlio.load(path) or {}
        for section in ("claims", "statements"):
            rejected = [r for r in previous.get(section) or [] if isinstance(r, dict) and r.get("review") == REJECTED]
            ids = {str(r["id"]) for r in rejected}
            body[section] = [c for c in body[section] if c["id"] not in ids] + [dict(r) for r in rejected]
    header = (f"# Candidate facts extracted by `kb extract` from seeds/{source_id}.txt; the entities they\n"
              "# name that the knowledge base lacks are in entities.yaml. Unreviewed: nothing here is\n"
              "# published. Read one with `kb review show ID`; accept with `kb review accept ID` (edit a\n"
              "# candidate first if it needs it) or `kb review accept --source ID`; reject with `kb review reject ID`.\n")
    write_file(path, dump(plain(body), header).encode("utf-8"))
    return path


def evaluate_source(project: Project, source: str, meta: Metadata | None = None, gold: Path | None = None,
                    min_confidence: float = 0.0, **options):
    """Rows of precision and recall for SOURCE against its hand-written facts.

    Nothing is written: the document is read (or fetched) in memory only.
    With ``min_confidence`` (0-1), the candidates ``kb extract
    --min-confidence`` would leave out are left out first.
    """
    from .evaluate import evaluate, state_names

    meta = meta or Metadata()
    if gold is not None and meta.date is None:  # a gold file states its document's date
        stated = (yamlio.load(gold) or {}).get("date") if gold.is_file() else None
        meta.date = stated if hasattr(stated, "isoformat") else None
    document = open_document(project, source, meta, save=False, **options)
    gold = gold or project.facts / "sources" / f"{document.id}.yaml"
    if not gold.is_file():
        raise KBError("no hand-written facts to compare with; pass --gold FILE", gold)
    result = run(project, document)
    states = state_names()
    candidates = records(result, document.id, set())
    if min_confidence:
        _confidence(candidates, min_confidence)
    return evaluate(candidates, yamlio.load(gold) or {}, document.text, result.ontology.is_a, states)


def evaluate_sources(project: Project, sources: list[str], meta: Metadata | None = None, **options):
    """Rows of precision and recall for each document SOURCES name (files,
    folders, seed ids; see :func:`kb.extract.batch.expand`), as a list of
    ``(document name, rows)``: a file is compared with the gold file beside it
    (``<name>.gold.yaml``, the layout of ``tests/fixtures/extract/``), a seed id
    with ``facts/sources/<id>.yaml``. :func:`kb.extract.evaluate.combine` sums
    them. Raises :class:`KBError` naming the document when no gold file is found.
    Nothing is written.
    """
    from .batch import expand

    results = []
    for source in expand(list(sources)):
        path = Path(source)
        gold = path.with_name(path.name.rsplit(".", 1)[0] + ".gold.yaml") if path.is_file() else None
        if gold is not None and not gold.is_file():
            raise KBError(f"no gold file beside {path.name} (expected {gold.name})", path)
        each = replace(meta) if meta else None  # evaluate_source fills in each gold file's date
        name = path.name.rsplit(".", 1)[0] if gold else source
        results.append((name, evaluate_source(project, source, each, gold, **options)))
    return results


def _demonyms() -> dict:
    try:
        from .lexicon import language
        return dict(language().get("demonyms") or {})
    except (ImportError, OSError, AttributeError):
        return {}


__all__ = ["Context", "Extraction", "Metadata", "evaluate_source", "evaluate_sources", "extract", "run", "write"]
