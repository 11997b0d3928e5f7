"""Classes of events and estimates (round 28, issue #12), each with new fictional sentences of its own and a
negative control: a place in a relative clause whose verb only says where a place lies ("in X, which lies in Y
north of Z", "X, which sits near Z") locates X and is no place of the killing."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def killing_places(doc) -> set:
    """The location lists of every candidate killing."""
    return {tuple(c.get("location") or []) for c in claims(doc, "Atrocity")}


# ---------------------------------------------------------------- 1. a relative clause that locates a place
@pytest.mark.parametrize("text, place", [
    ("A spokesman told reporters in Tessa on Monday that nine villagers had been killed and four wounded in Dorvale, "
     "which lies in Kessa district north of the Lumo river. Boats carried rifles up the Lumo.", "dorvale"),
    ("The mayor said on Friday that 12 herders had been killed and six wounded in Marko, which lies in Dala county "
     "east of the Sefa lake. Fishermen on the Sefa lake saw smoke.", "marko"),
    ("An official said on Sunday that nine traders had been killed and five wounded in Rima, which sits in Kolo "
     "district west of the Nembe river. The Nembe river floods.", "rima"),
])
def test_place_a_relative_clause_locates_is_no_killing_place(extract, text, place):
    doc = extract(text)
    assert killing_places(doc) == {(place,)}, claims(doc, "Atrocity")


def test_killing_told_in_a_relative_clause_keeps_its_place(extract):
    # negative control: a relative clause that tells the killing itself names its place
    doc = extract("Fighters attacked Dorvale on Sunday. A nurse said that nine villagers had been killed in Lenka, "
                  "where gunmen shot them near the Tarra well.")
    places = {p for ps in killing_places(doc) for p in ps}
    assert "lenka" in places, claims(doc, "Atrocity")
