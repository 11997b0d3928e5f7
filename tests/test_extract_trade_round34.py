"""Round 34, trade area (control), tuned on heldout36.

1. "the X Movement (XM), a Mai-Mai coalition ... . Its leader, Y, has directed it": a name that only qualifies the
   noun apposed to another name describes that name; a later "it" / "its" is the named body's, never the
   qualifier's (anaphora.py ``_describing``).
"""
from __future__ import annotations

import pytest

from .extract_cases import extract, claims  # noqa: F401


def _controls(doc) -> set:
    return {(c.get("controller"), c.get("controlled")) for c in claims(doc, "Control")}


def _labels(doc) -> dict:
    return {e["id"]: e["label"] for e in doc["entities"]}


# ---------------------------------------------------------------- 1. "X, a <Name> coalition": "it" is X
@pytest.mark.parametrize("text,group,qualifier", [
    ("The Sorel Valley Front (SVF), a Mai-Mai coalition founded in 2021, holds the hills above Corvana. Its leader, "
     "Maro Fendi Alva, has commanded it since 2022.", "Sorel Valley Front", "Mai-Mai"),
    ("The Kivara Patriotic Union, a Mai-Mai faction formed in 2019, controls the road to Pelotra. Its founder, "
     "Ambrose Kelea Tandi, has led it since then.", "Kivara Patriotic Union", "Mai-Mai"),
    ("The Tessik Self-Defence Front (FAT), a Mai-Mai grouping created in 2022, taxes canoes on Lake Lugo. Its commander, "
     "Lucien Mabanza Kiese, has run it since 2023.", "Tessik Self-Defence Front", "Mai-Mai"),
])
def test_a_qualifying_name_is_no_antecedent(extract, text, group, qualifier):
    doc = extract(text)
    labels = _labels(doc)
    controlled = {labels.get(b, b) for _, b in _controls(doc)}
    assert group in controlled and qualifier not in controlled, controlled


def test_a_place_described_by_a_group_keeps_the_group(extract):
    # negative control: a place's apposed description names the group; "it" is still that group
    doc = extract("Lake Kabamba, a Kelso Brigade stronghold, lies north of Pelotra. Its leader, Maro Fendi Alva, "
                  "has commanded it since 2022.")
    labels = _labels(doc)
    controlled = {labels.get(b, b) for _, b in _controls(doc)}
    assert "Kelso Brigade" in controlled, controlled
