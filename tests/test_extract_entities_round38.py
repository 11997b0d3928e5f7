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


# ---------------------------------------------------------------- 2. a release's sign-off names its press office
_RELEASE = ("REPUBLIC OF KESTRIA\nMinistry of Revenue\nDirectorate General of Revenue\n\nPRESS RELEASE\n\n"
            "Customs officers at the port of Valdera found 40 assault rifles in a container bound for the Frente "
            "Obrero Armado on Friday, the Kestrian Revenue Authority said. The Frente Obrero Armado operates in "
            "Tarsena province, officers said.\n\n{tail}\n")


@pytest.mark.parametrize("tail, office", [
    ("Office for Communication of the Ministry\nRepublic of Kestria", "Office for Communication of the Ministry"),
    ("Department for Information of the Government\nRepublic of Kestria", "Department for Information of the Government"),
    ("Issued by:\nOffice for Press Affairs of the Government\nRepublic of Kestria",
     "Office for Press Affairs of the Government"),
])
def test_a_signoff_press_office_is_no_new_entity(extract, tail, office):
    doc = extract(_RELEASE.format(tail=tail))
    assert office not in {e["label"] for e in doc["entities"]}, doc["entities"]


def test_a_signoff_person_stays(extract):
    # negative control: the officer who signs the release is still proposed
    doc = extract(_RELEASE.format(tail="Issued by:\nOffice for Press Affairs of the Government\nInspector Marten Olvaso"))
    assert any("Olvaso" in e["label"] for e in doc["entities"]), doc["entities"]


def test_an_office_named_in_a_sentence_stays(extract):
    # negative control: an office that speaks in the body is no sign-off
    doc = extract(_RELEASE.format(tail="The Public Affairs Bureau of the authority said on Monday that the "
                                       "container had been sealed in Corvana.\n\nIssued by:\nPublic Affairs Bureau"))
    assert "Public Affairs Bureau" in {e["label"] for e in doc["entities"]} or any(
        "Public Affairs Bureau" in e["label"] for e in doc["entities"]), doc["entities"]
