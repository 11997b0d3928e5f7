"""The review loop as a new user runs it (regressions from a new-user trial):
`--again` after accepting a document proposes nothing the curated file holds,
`kb review reject --by --note` keeps who rejected a candidate and why, and a
re-run that skips a known document is no error (exit 0)."""

from __future__ import annotations

import pytest

from .cli_project import candidates, kb, project_copy

# A fictional wire report: its last sentence gives a free-text claim (no typed
# relation) with a statement about it.
TEXT = """Port of Velmora closed after clashes

VELMORA, March 3 (Harbourline) - Fighters of the Brass Hill Brigade clashed with police near the port of Velmora on Tuesday, officials said.

A spokesman for the Brass Hill Brigade, Tomas Arlen, told reporters the group wanted talks with the governor.
"""
OPTIONS = ["--date", "2027-03-03", "--publisher", "harbourline", "-q"]


@pytest.fixture()
def root(tmp_path):
    return project_copy(tmp_path, "velmora.txt", TEXT)


def test_again_after_accepting_proposes_no_copy_of_a_free_text_claim(root):
    done = kb(root, "extract", str(root / "velmora.txt"), *OPTIONS)
    assert done.exit_code == 0, done.output
    source = candidates(root)["source"]
    claims = candidates(root)["claims"]
    assert any(c["type"] == "Claim" for c in claims), "the text must give a free-text claim for this test"
    accepted = kb(root, "review", "accept", "--source", source)
    assert accepted.exit_code == 0, accepted.output
    again = kb(root, "extract", str(root / "velmora.txt"), *OPTIONS, "--again")
    assert again.exit_code == 0, again.output
    left = candidates(root)
    assert left["claims"] == [] and left["statements"] == [], left  # no "-2" copies
    assert kb(root, "review", "list").stdout == ""


def test_a_typed_claim_that_says_the_same_as_a_free_text_one_is_still_proposed():
    """Only free-text claims are matched by their text: a typed claim resting
    on the same sentence as a curated free-text claim is another fact."""
    from kb.extract import _drop_known
    from kb.extract.evaluate import Facts

    sentence = "The Brass Hill Brigade controls the port of Velmora, its spokesman said."
    curated = {"claims": [{"id": "brigade-said", "type": "Claim", "says": sentence, "evidence": sentence}]}
    candidates = {
        "claims": [{"id": "brigade-said-2", "type": "Claim", "says": " the brass hill  brigade controls the port of "
                    "Velmora, its spokesman said.", "evidence": sentence},
                   {"id": "brigade-controls-velmora", "type": "Control", "controller": "brass-hill-brigade",
                    "controlled": "velmora", "evidence": sentence}],
        "statements": [{"id": "s1", "speaker": "x", "stance": "asserts", "regarding": ["brigade-said-2"]},
                       {"id": "s2", "speaker": "x", "stance": "asserts", "regarding": ["brigade-controls-velmora"]}]}
    assert _drop_known(candidates, Facts(curated, "")) == 2
    assert [c["id"] for c in candidates["claims"]] == ["brigade-controls-velmora"]
    assert [s["id"] for s in candidates["statements"]] == ["s2"]


def test_reject_keeps_who_and_why_through_re_extraction(root):
    assert kb(root, "extract", str(root / "velmora.txt"), *OPTIONS).exit_code == 0
    claim = next(c for c in candidates(root)["claims"] if c["type"] == "Claim")
    done = kb(root, "review", "reject", claim["id"], "--by", "Ana Curator", "--note", "attribution, not content")
    assert done.exit_code == 0, done.output
    rejected = next(c for c in candidates(root)["claims"] if c["id"] == claim["id"])
    assert (rejected["review"], rejected["review_by"], rejected["review_note"]) == \
        ("rejected", "Ana Curator", "attribution, not content")
    assert kb(root, "extract", str(root / "velmora.txt"), *OPTIONS, "--again").exit_code == 0
    kept = [c for c in candidates(root)["claims"] if c["id"] == claim["id"]]
    assert len(kept) == 1 and kept[0]["review_note"] == "attribution, not content"
    listed = kb(root, "review", "list", "--all").stdout
    assert f"{claim['id']}\trejected" in listed


def test_reject_without_a_note_adds_no_review_keys(root):
    assert kb(root, "extract", str(root / "velmora.txt"), *OPTIONS).exit_code == 0
    claim = next(c for c in candidates(root)["claims"] if c["type"] == "Claim")
    assert kb(root, "review", "reject", claim["id"]).exit_code == 0
    rejected = next(c for c in candidates(root)["claims"] if c["id"] == claim["id"])
    assert rejected["review"] == "rejected" and "review_note" not in rejected and "review_by" not in rejected


def test_a_rerun_that_skips_a_known_document_exits_0(root):
    assert kb(root, "extract", str(root / "velmora.txt"), *OPTIONS).exit_code == 0
    before = {p: p.read_bytes() for p in (root / "facts").rglob("*.yaml")}
    rerun = kb(root, "extract", str(root / "velmora.txt"), *OPTIONS[:-1])
    assert rerun.exit_code == 0, rerun.output
    assert "0 documents read: 0 saved under seeds/, 1 skipped as already known, 0 failed" in rerun.stdout
    assert {p: p.read_bytes() for p in (root / "facts").rglob("*.yaml")} == before


def test_review_list_prints_a_header_row_of_the_column_names(root):
    assert kb(root, "extract", str(root / "velmora.txt"), *OPTIONS).exit_code == 0
    listed = kb(root, "review", "list")
    assert listed.exit_code == 0, listed.output
    header, *rows = listed.stdout.splitlines()
    assert header.split("\t") == ["id", "status", "kind", "confidence", "says"]
    assert rows and all(len(row.split("\t")) == 5 for row in rows)
    assert not any(row.startswith("id\t") for row in rows)  # once, at the top
    by_confidence = kb(root, "review", "list", "--sort", "confidence").stdout.splitlines()
    assert by_confidence[0] == header and sorted(by_confidence[1:]) == sorted(rows)
