"""Round 34, trade area (control), tuned on heldout36.

1. "the X Movement (XM), a Mai-Mai coalition ... . Its leader, Y, has directed it": a name that only qualifies the
   noun apposed to another name describes that name; a later "it" / "its" is the named body's, never the
   qualifier's (anaphora.py ``_describing``).
2. "the KNS's operations chief, X": "operations" is one of the functions (verbs.yaml words.functions) that make a
   chief's post a Membership; the possessive Control pattern's FUNCTION macro (relations.yaml) now holds it too.
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


# ---------------------------------------------------------------- 2. "the X's operations chief, Y": a post, no control
@pytest.mark.parametrize("text,person", [
    ("The Kivara Patriotic Union (KPU) holds the road to Pelotra. On 4 May the Council listed the KPU's operations "
     "chief, Maro Fendi Alva, under its sanctions regime.", "maro-fendi-alva"),
    ("The Sorel Valley Front raided Corvana on Monday. Police later arrested the Front's operations commander, "
     "Ambrose Kelea Tandi, near the border.", "ambrose-kelea-tandi"),
    ("Witnesses said the Tessik Defence Movement had moved its fighters north. The movement's operations head, "
     "Lucien Mabanza Kiese, denied it.", "lucien-mabanza-kiese"),
])
def test_an_operations_chief_holds_no_control(extract, text, person):
    doc = extract(text)
    assert not any(a == person for a, _ in _controls(doc)), _controls(doc)


def test_the_groups_chief_still_controls_it(extract):
    # negative control: the group's own chief, with no function before the title, controls it
    doc = extract("The Sorel Valley Front raided Corvana on Monday. Police later arrested the Front's chief, "
                  "Ambrose Kelea Tandi, near the border.")
    assert any(a == "ambrose-kelea-tandi" for a, _ in _controls(doc)), _controls(doc)
