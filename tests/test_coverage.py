"""Every fact of the seed article is in the knowledge base.

The checklist tests/coverage/seed-facts.yaml is written from the article text, not
from facts/: one entry per fact, with the sentence that states it and a SPARQL ASK
that is true only if the knowledge base encodes the fact with its provenance.
Entries marked `known_gap` are facts the knowledge base is known to miss; they are
expected failures until the data is fixed, and fail once it is, so that the mark
gets removed. A second check makes sure no sentence of the article is left without
an excerpt, apart from the lines the checklist lists under `not_facts`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from .conftest import SEED_ID

CHECKLIST = yaml.safe_load((Path(__file__).parent / "coverage" / "seed-facts.yaml").read_text(encoding="utf-8"))
FACTS = CHECKLIST["facts"]
NOT_FACTS = CHECKLIST["not_facts"]

EXCERPTS = f"""
PREFIX agkb: <https://w3id.org/agkb/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?start ?end WHERE {{
  ?excerpt a agkb:Excerpt ; oa:start ?start ; oa:end ?end ;
           dcterms:isPartOf <https://w3id.org/agkb/id/source/{SEED_ID}> .
}}
"""

# A sentence ends at . ? or ! (and a closing quote) before a capital or an opening
# quote, unless the period belongs to one of these abbreviations.
SENTENCE_END = re.compile(r'[.?!]"?(?=\s+["A-Z])')
ABBREVIATIONS = ("Mr.", "St.", "U.S.", "U.K.")


def sentences(text: str, skip: set[str]):
    """Yield (start, end) offsets of each sentence of the body text: every
    non-blank line not in ``skip``, split into sentences."""
    for line in re.finditer(r"[^\n]+", text):
        if line.group().strip() in skip:
            continue
        begin = line.start()
        for end in SENTENCE_END.finditer(text, line.start(), line.end()):
            if text[: end.start() + 1].endswith(ABBREVIATIONS):
                continue
            yield begin, end.end()
            begin = end.end()
        yield begin, line.end()


def test_checklist_is_well_formed():
    """Ids are unique, every entry has its keys, and every query is an ASK."""
    ids = [entry["id"] for entry in FACTS]
    assert len(ids) == len(set(ids)), "duplicate ids in the checklist"
    for entry in FACTS:
        missing = {"id", "fact", "sentence", "ask"} - entry.keys()
        assert not missing, f"{entry['id']}: missing {sorted(missing)}"
        assert re.search(r"^\s*ASK\b", entry["ask"], re.MULTILINE), f"{entry['id']}: not an ASK query"
    for item in NOT_FACTS:
        assert item.get("line") and item.get("reason"), f"not_facts entry needs `line` and `reason`: {item}"


@pytest.mark.parametrize("entry", FACTS, ids=[entry["id"] for entry in FACTS])
def test_fact_is_in_knowledge_base(entry, query_graph):
    """The knowledge base encodes the fact, with its provenance."""
    found = query_graph.query(entry["ask"]).askAnswer
    gap = entry.get("known_gap")
    if gap:
        assert not found, f"known gap now fixed; remove `known_gap` from {entry['id']!r}"
        pytest.xfail(f"known gap: {' '.join(gap.split())}")
    assert found, f"missing from the knowledge base: {entry['fact']}\n  article: {entry['sentence']!r}"


def test_sentences_are_quoted_from_the_article(seed_text):
    """Every `sentence` is an exact quote, and every `not_facts` line a whole line, of the article."""
    lines = {line.strip() for line in seed_text.splitlines()}
    misquoted = [entry["id"] for entry in FACTS if entry["sentence"] not in seed_text]
    not_lines = [item["line"] for item in NOT_FACTS if item["line"] not in lines]
    assert not misquoted, f"sentences not found in the article: {misquoted}"
    assert not not_lines, f"not_facts lines that are not lines of the article: {not_lines}"


def test_every_sentence_has_an_excerpt(seed_text, query_graph):
    """Each sentence of the body text overlaps at least one excerpt of the seed source."""
    spans = [(int(row.start), int(row.end)) for row in query_graph.query(EXCERPTS)]
    assert spans, "the knowledge base has no excerpts of the seed article"
    skip = {item["line"] for item in NOT_FACTS}
    uncovered = [
        seed_text[start:end].strip()
        for start, end in sentences(seed_text, skip)
        if seed_text[start:end].strip() and not any(s < end and start < e for s, e in spans)
    ]
    assert not uncovered, "sentences with no excerpt (encode them, or list the line under not_facts):\n" + "\n".join(
        f"  {sentence!r}" for sentence in uncovered
    )
