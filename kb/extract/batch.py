"""Extracting several documents in one run: seed ids, files, URLs and folders
(every .txt, .md and .html file in a folder, sorted by name). A document that
fails is reported with its one-line reason and the others go on.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import KBError
from ..project import Project
from . import Context, Metadata, extract
from .pending import load_entities

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")


@dataclass
class Outcome:
    """What became of one source: ``saved`` (a new document under seeds/),
    ``extracted`` (a document already saved, extracted again), ``known``
    (already saved, skipped) or ``failed``."""

    source: str
    status: str
    document: str | None = None  # its seed id
    reason: str = ""  # why it failed
    date_from: str = ""  # where its date came from
    registered: list = field(default_factory=list)  # media outlets added
    claims: Counter = field(default_factory=Counter)  # per type
    statements: int = 0
    entities: Counter = field(default_factory=Counter)  # new entity candidates per type
    joined: int = 0  # proposals that joined a candidate already waiting for review (this or another document's)
    linked: int = 0  # proposals linked to an entity the knowledge base holds
    already: int = 0  # candidates dropped because the curated facts hold them


@dataclass
class Summary:
    outcomes: list[Outcome]

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def read(self) -> int:
        return self.count("saved") + self.count("extracted")

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def total(self, name: str):
        values = [getattr(o, name) for o in self.outcomes]
        return sum(values, Counter()) if values and isinstance(values[0], Counter) else sum(values)

    def as_json(self) -> dict:
        return {"read": self.read, "saved": self.count("saved"), "skipped_known": self.count("known"),
                "failed": [{"source": o.source, "reason": o.reason} for o in self.failed],
                "claims": dict(sorted(self.total("claims").items())), "statements": self.total("statements"),
                "new_entities": dict(sorted(self.total("entities").items())), "joined": self.total("joined"),
                "linked_to_known": self.total("linked"), "already_known": self.total("already"),
                "documents": [{"source": o.source, "status": o.status, "id": o.document, "date_from": o.date_from,
                               "registered": o.registered} for o in self.outcomes if o.status != "failed"]}


def expand(sources: list[str]) -> list[str]:
    """The documents SOURCES name: a folder stands for its .txt, .md and .html
    files (not its subfolders), sorted; anything else is kept as given."""
    out = []
    for source in sources:
        path = Path(source)
        if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source) and path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
            out.extend(str(p) for p in found) if found else out.append(source)
        else:
            out.append(source)
    return list(dict.fromkeys(out))


def run(project: Project, sources: list[str], meta: Metadata, *, again: bool = False,
        progress: Callable[[str], None] | None = None, **fetch_options) -> Summary:
    """Extract every document SOURCES name (see :func:`expand`), one after
    another; ``progress(source)`` is called as each one is done. With
    ``again``, documents already saved are extracted again instead of skipped.
    """
    context = Context(project)
    outcomes = []
    for source in expand(sources):
        outcomes.append(_one(project, context, source, meta, again, fetch_options))
        if progress:
            progress(source)
    return Summary(outcomes)


def _one(project, context, source, meta, again, fetch_options) -> Outcome:
    if Path(source).is_dir():
        return Outcome(source, "failed", reason=f"{source}: the folder holds no .txt, .md or .html file")
    try:
        done = extract(project, source, meta, context=context, skip_known=not again, **fetch_options)
    except KBError as error:
        return Outcome(source, "failed", reason=str(error))
    except Exception as error:  # noqa: BLE001 - a bug on one document must not stop the batch
        line = str(error).splitlines()[0] if str(error) else ""
        return Outcome(source, "failed", reason=f"{source}: internal error {type(error).__name__}: {line} "
                                                "(please report it; `kb extract --again` retries)")
    document = done.document
    if document.existing and done.path is None:
        return Outcome(source, "known", document.id, date_from=document.date_from)
    types = {r["id"]: r.get("type") for r in load_entities(project)}
    return Outcome(source, "extracted" if document.existing else "saved", document.id, date_from=document.date_from,
                   registered=list(document.registered), claims=Counter(c["type"] for c in done.candidates["claims"]),
                   statements=len(done.candidates["statements"]),
                   entities=Counter(types.get(i, "?") for i in done.entities["new"]),
                   joined=len(done.entities["joined"]), linked=len(done.entities["known"]), already=done.known)


def run_many(project, documents: list, facts: dict, *, n_process: int = 1, batch_size: int = 64) -> list:
    """Extract many documents in one pass: the paragraphs of all of them go
    through spaCy's ``nlp.pipe`` together, then each document is read with its
    own gazetteer. One :class:`kb.extract.engine.Result` per document
    (``Document`` objects with ``text``, ``issued`` and ``author``), in order.
    ``facts`` are the curated fact files (:func:`kb.extract.fact_files`);
    ``n_process`` worker processes parse, ``batch_size`` paragraphs at a time
    (spaCy's own defaults are 1 and 1000). Raises KBError when no English spaCy
    pipeline is installed."""
    from .engine import Extractor
    from .mentions import Gazetteer, ontology_for
    from .nlp import parse_many

    ontology = ontology_for(project.ontology / "agkb.ttl")
    parsed = parse_many([d.text for d in documents], batch_size=batch_size, n_process=n_process)
    results = []
    for document, sentences in zip(documents, parsed):
        gazetteer = Gazetteer.from_files(project.facts, facts, ontology)
        results.append(Extractor(gazetteer, document.text, document.issued, sentences, document.author).run())
    return results
