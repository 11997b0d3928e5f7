"""Classes of events (round 26, issue #12), each with new fictional sentences of its own and a negative control:
a killing told as what someone does in the simple present ("a militia that kills farmers in X", "gangs that
murder herders near Y", "fishermen are killed near Z every month") is no event (but "killed farmers in X" and a
headline's "Gunmen kill 12 farmers in X" still are)."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. a killing told as a habit: no event
@pytest.mark.parametrize("text", [
    '"Our banks will not serve a militia that kills farmers in the village of Dorvale," the minister of Tessa said.',
    "Gangs that murder herders near the village of Kossa are rarely brought to trial in Varsel.",
    "Fishermen are killed near the village of Belko almost every month, the report of the Varo Commission says.",
    "The Varo Front shoots traders at the market of Lissa and burns their trucks, residents say.",
])
def test_a_killing_told_as_a_habit_is_no_event(extract, text):
    doc = extract(text)
    assert claims(doc, "Atrocity") == [], claims(doc, "Atrocity")


@pytest.mark.parametrize("text, place", [
    ("On 3 May a militia killed farmers in the village of Dorvale.", "dorvale"),
    ("Gunmen kill 12 farmers in the village of Dorvale, the police of Tessa say.", "dorvale"),
])
def test_a_killing_told_as_an_event_still_is_one(extract, text, place):
    # negative control: the past tense, and a headline's present with its count, still tell one killing
    doc = extract(text)
    assert [c["location"] for c in claims(doc, "Atrocity")] == [[place]], claims(doc, "Atrocity")
