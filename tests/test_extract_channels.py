"""The channel of an extracted statement: the route its sentence names
("told reporters", "in a statement"), else, by the ontology's definitions,
"written statement" for the document's own author and "public remark" (said in
public, by a route the source does not specify) for anyone else; without one a
statement does not validate (found by a new-user trial: `kb review accept
--source` stopped on four of six statements)."""

from __future__ import annotations

import pytest

from kb.extract import fact_files, run
from kb.extract.candidates import records
from kb.extract.document import Document

from .extract_cases import DATE

_KILLED = "Gunmen of the Red Hand Brigade killed nine villagers in Varna on Friday. "


@pytest.fixture(scope="module")
def statements(project):
    facts = fact_files(project)

    def go(text: str, author: str | None = None) -> list[dict]:
        result = run(project, Document("case", _KILLED + text, DATE, author, []), facts)
        return records(result, "case", set())["statements"]
    return go


@pytest.mark.parametrize("words, channel", [
    ("The United Nations told reporters that the Red Hand Brigade killed the villagers.", "press-briefing"),
    ("The United Nations said in a statement that the Red Hand Brigade killed the villagers.", "written-statement"),
    ("The United Nations said the Red Hand Brigade killed the villagers.", "public-remark"),
    ("According to the United Nations, the Red Hand Brigade killed the villagers.", "public-remark"),
])
def test_a_statement_has_the_channel_its_sentence_gives_else_public_remark(statements, words, channel):
    said = [s for s in statements(words) if s["speaker"] == "united-nations"]
    assert said and {s["channel"] for s in said} == {channel}, said


@pytest.mark.parametrize("words", [
    "The United Nations said the Red Hand Brigade killed the villagers.",
    "The United Nations accused the Red Hand Brigade of the killings.",
])
def test_the_document_authors_own_statement_is_its_written_statement(statements, words):
    said = [s for s in statements(words, author="united-nations") if s["speaker"] == "united-nations"]
    assert said and {s["channel"] for s in said} == {"written-statement"}, said
    other = [s for s in statements(words, author="agence-france-presse") if s["speaker"] == "united-nations"]
    assert other and {s["channel"] for s in other} == {"public-remark"}, other


def test_a_cue_beats_the_authors_default(statements):
    said = statements("The United Nations told reporters that the Red Hand Brigade killed the villagers.",
                      author="united-nations")
    assert {s["channel"] for s in said if s["speaker"] == "united-nations"} == {"press-briefing"}


@pytest.mark.parametrize("words, channel", [
    # the route named in the second sentence of one act of saying (new-user trial: "told reporters" was lost)
    ('Varna province governor Tomas Adjei Brenner blamed the Red Hand Brigade, an armed group that has operated '
     'around Lake Oster since 2019. "This massacre bears all the marks of the Red Hand Brigade," Brenner told '
     'reporters in Varna on Thursday evening.', "press-briefing"),
    ("The United Nations said the Red Hand Brigade killed the villagers, in a message posted on its Telegram "
     "channel.", "public-remark"),
    ("The United Nations accused the Red Hand Brigade in a message posted on the organisation's Telegram channel.",
     "public-remark"),
])
def test_a_channel_named_anywhere_in_the_act_of_saying(statements, words, channel):
    said = [s for s in statements(words) if s["speaker"] in ("united-nations", "tomas-adjei-brenner")]
    assert said and {s["channel"] for s in said} == {channel}, said


def test_a_channel_in_another_speakers_sentence_is_not_taken(statements):
    said = statements('The United Nations blamed the Red Hand Brigade. The army told reporters it had sent troops.')
    assert {s["channel"] for s in said if s["speaker"] == "united-nations"} == {"public-remark"}, said
