"""What the extraction case tests share: a document dated Tuesday 2025-06-10
(relative dates resolve against it), the ``extract`` fixture that runs the
engine on one text with the knowledge base's own entities plus every state and
gives the candidate records, and ``one``, the single item that matches."""

from __future__ import annotations

import datetime as dt

import pytest

from kb.extract import fact_files, run
from kb.extract.candidates import records
from kb.extract.document import Document

DATE = dt.date(2025, 6, 10)


@pytest.fixture(scope="module")
def extract(project):
    facts = fact_files(project)

    def go(text: str) -> dict:
        result = run(project, Document("case", text, DATE, None, []), facts)
        return records(result, "case", set())
    return go


def one(items, **want):
    """The one item of ``items`` whose keys have the values ``want`` gives; fails unless exactly one does."""
    found = [i for i in items if all(i.get(k) == v for k, v in want.items())]
    assert len(found) == 1, (want, items)
    return found[0]
