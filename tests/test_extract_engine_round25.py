"""Round 25, engine: a post read in a document's first sentence ("Police spokesman Commissaire X told
reporters ...") crashed with ``AttributeError: 'EventCoder' object has no attribute 'at'``, because posts were
read before the event coder had taken the sentence; on later sentences they read the previous sentence's
mentions. The coder now takes each sentence (``EventCoder.attach``) before its posts are read."""

from __future__ import annotations

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def test_a_post_in_the_first_sentence_is_read_without_a_crash(extract):
    for text in ("The police spokesman Commissaire Idrissa Kombo told reporters the rifles came from Varnel.",
                 "Speaking in Kessa, police spokesman Commissaire Tomas Reyna told reporters the convoy came from Marel.",
                 "police spokesman Commissaire Lena Maru told reporters that the crates held twelve rifles."):
        doc = extract(text)
        assert doc["entities"] or doc["claims"] or doc["statements"], text


def test_the_post_reads_the_names_of_its_own_sentence(extract):
    text = ("The Varnel Police Service seized forty rifles in Kessa on Monday. "
            "Police spokesman Idrissa Kombo said the rifles came from a depot in Marel.")
    doc = extract(text)
    people = {e["label"] for e in doc["entities"] if e["type"] == "Person"}
    assert "Idrissa Kombo" in people, people
