"""Regression: the words after a speech verb whose speaker the text before it
does not give ("X's spokesman, who gave only a first name, told reporters
... that the fighters "..."") were read by a pattern that tried every way of
splitting those words when it could not end at a quotation mark, so one such
sentence took minutes (heldout6's monitor report: 204 s of CPU for 504 words).
Each word is now taken whole. These sentences finish, and the speaker found
after the verb is still found. A document dated Tuesday 2025-06-10."""

from __future__ import annotations

from .extract_cases import extract, one  # noqa: F401 - extract is a fixture

KILLING = "Ravel Front gunmen killed nine herders near Lokori on Sunday. "
UNNAMED = ('A herder, who gave his name only as Rado, told reporters by telephone on 3 March that the fighters '
           '"only defended their own herds from thieves on the hills" and that the villagers "had attacked first '
           'with spears and old hunting rifles before dawn".')


def test_a_quoted_tail_after_the_verb_is_read_in_time(extract):
    doc = extract(KILLING + UNNAMED)  # took longer than a CI run before the fix
    assert [c["location"] for c in doc["claims"] if c["type"] == "Atrocity"] == [["lokori"]]
    assert doc["statements"] == []  # a herder known by a first name only speaks for nobody we know


def test_the_speaker_named_after_the_verb_is_still_found(extract):
    doc = extract('"We never sold a single rifle to the Ravel Front," said Kestrel Trading, the Lusaka firm, '
                  'on Monday.')
    assert one(doc["statements"], speaker="kestrel-trading")["stance"] == "denies"
