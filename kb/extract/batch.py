"""Extraction of many documents at once: the paragraphs of all of them go
through spaCy's ``nlp.pipe`` together (in batches, optionally in two worker
processes), then each document is read with its own gazetteer."""

from __future__ import annotations

from .engine import Extractor, Result
from .mentions import Gazetteer, ontology_for
from .nlp import parse_many


def run_many(project, documents: list, facts: dict, *, n_process: int = 1, batch_size: int = 64) -> list[Result]:
    """One :class:`Result` per document (``Document`` objects with ``text``
    and ``issued``), in order. ``facts`` are the curated fact files
    (:func:`kb.extract.fact_files`); ``n_process`` worker processes parse,
    ``batch_size`` paragraphs at a time (spaCy's own defaults are 1 and 1000).
    Raises :class:`KBError` when no English spaCy pipeline is installed."""
    ontology = ontology_for(project.ontology / "agkb.ttl")
    parsed = parse_many([d.text for d in documents], batch_size=batch_size, n_process=n_process)
    results = []
    for document, sentences in zip(documents, parsed):
        gazetteer = Gazetteer.from_files(project.facts, facts, ontology)
        results.append(Extractor(gazetteer, document.text, document.issued, sentences, document.author).run())
    return results
