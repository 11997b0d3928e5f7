"""Classes of new-entity errors from heldout37-40 (round 38, issue #12), each with fictional
texts of its own and negative controls: a state's army named with the state as possessor
("Somalia's army said ...") keeps that written name as an alias of the proposed forces, so a
reader links it to the army's own name; a pronoun possessor ("its troops") adds none."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _aliases(doc, ident):
    found = [e for e in doc["entities"] if e["id"] == ident]
    assert found, [e["id"] for e in doc["entities"]]
    return found[0].get("aliases") or []


# ---------------------------------------------------------------- 1. "<State>'s army": the written name is an alias
@pytest.mark.parametrize("text, ident, alias", [
    ("Zambia's army said on state radio on Monday that it had moved a battalion into Kaputa district in May.",
     "zambia-armed-forces", "Zambia's army"),
    ("Gabon's military said in a statement on Friday that it had deployed two companies to Mitzic in April.",
     "gabon-armed-forces", "Gabon's military"),
    ("Malawi's soldiers told reporters on Tuesday that they had been sent to Nsanje district in June.",
     "malawi-armed-forces", "Malawi's soldiers"),
])
def test_a_states_army_keeps_its_possessive_name(extract, text, ident, alias):
    doc = extract("The Kavala Defence Front raided Ntoro village last week, residents said. " + text)
    assert alias in _aliases(doc, ident), doc["entities"]


def test_a_pronoun_possessor_adds_no_alias(extract):
    # negative control: "its troops" after the state names no alias with a pronoun in it
    doc = extract("The government of Zambia said on Monday that its troops had been sent to Kaputa district in May, "
                  "after the Kavala Defence Front raided Ntoro village.")
    ids = {e["id"]: e for e in doc["entities"]}
    assert not any("its" in a.split() for e in ids.values() for a in e.get("aliases") or []), doc["entities"]
