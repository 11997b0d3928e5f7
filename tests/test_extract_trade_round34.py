"""Round 34, trade area (control), tuned on heldout36.

1. "the X Movement (XM), a Mai-Mai coalition ... . Its leader, Y, has directed it": a name that only qualifies the
   noun apposed to another name describes that name; a later "it" / "its" is the named body's, never the
   qualifier's (anaphora.py ``_describing``).
2. "the KNS's operations chief, X": "operations" is one of the functions (verbs.yaml words.functions) that make a
   chief's post a Membership; the possessive Control pattern's FUNCTION macro (relations.yaml) now holds it too.
3. "X welcomed the Council of Ministers' decision. Its director, Y, told reporters": "its" owning the subject of a
   sentence that opens with it is the body the sentence before had for its main subject (anaphora.py
   ``voice_topic``, now for a firm's or body's head too, falling back to the general rule for a topic of another kind).
4. "The commander of the X Police Service in Y County, Z": the head of a state's forces or body in one named place
   holds a post (Membership), no control of the whole service (posts.py ``regional_post``).
5. "X, an armed herders' group commanded by Y": a plural possessive among the description's words keeps the
   apposed-description Control pattern (relations.yaml).
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


# ---------------------------------------------------------------- 3. "X welcomed the Council's decision. Its director"
@pytest.mark.parametrize("text,body", [
    ("The Varno Documentation Network, which counts the dead in Tessik, welcomed the Council of Ministers' "
     "decision on Monday. Its director, Marta Velloz Aranda, told reporters in Geneva that 2,000 people had fled.",
     "Varno Documentation Network"),
    ("The Corvana Rights Observatory welcomed the Council of Ministers' announcement. Its chairman, Maro Fendi Alva, "
     "told reporters that the measure came too late.", "Corvana Rights Observatory"),
    ("The Pelotra Legal Aid Centre criticised the Supervisory Board's ruling on Friday. Its director, Lucien Mabanza "
     "Kiese, said the board had ignored the evidence.", "Pelotra Legal Aid Centre"),
])
def test_its_head_after_a_subject_is_the_subjects(extract, text, body):
    doc = extract(text)
    labels = _labels(doc)
    controlled = {labels.get(b, b) for _, b in _controls(doc)}
    assert controlled == {body}, controlled


def test_its_head_after_a_state_subject_is_the_body_named(extract):
    # negative control: a state's body as the sentence's subject leaves "its" to the firm named after it
    doc = extract("The Treasury designated Corvana Shipping Ltd on Monday. Its director, Maro Fendi Alva, told "
                  "reporters that the firm would appeal.")
    labels = _labels(doc)
    controlled = {labels.get(b, b) for _, b in _controls(doc)}
    assert controlled == {"Corvana Shipping Ltd"}, controlled


# ---------------------------------------------------------------- 4. "The commander of the X Police in Y, Z": a post
def _members(doc) -> set:
    return {(c.get("member"), c.get("organisation")) for c in claims(doc, "Membership")}


@pytest.mark.parametrize("text,person", [
    ("The commander of the Varno National Police in Tessik County, Ambrose Kelea Tandi, told reporters in Corvana "
     "on Monday that six people had been killed.", "ambrose-kelea-tandi"),
    ("The head of the Varno Border Police in Pelotra Province, Maro Fendi Alva, said the crossing would stay shut.",
     "maro-fendi-alva"),
    ("The commander of the Varno Police Service in Lugo District, Lucien Mabanza Kiese, said two companies had "
     "been moved north.", "lucien-mabanza-kiese"),
])
def test_a_services_head_in_one_place_holds_a_post(extract, text, person):
    doc = extract(text)
    assert not any(a == person for a, _ in _controls(doc)), _controls(doc)
    assert any(m == person for m, _ in _members(doc)), _members(doc)


def test_a_services_head_without_a_place_controls_it(extract):
    # negative control: the commander of the whole service, no place named, controls it
    doc = extract("The commander of the Varno National Police, Ambrose Kelea Tandi, told reporters in Corvana on "
                  "Monday that six people had been killed.")
    assert any(a == "ambrose-kelea-tandi" for a, _ in _controls(doc)), _controls(doc)


# ---------------------------------------------------------------- 5. "X, an armed herders' group commanded by Y"
@pytest.mark.parametrize("text,person", [
    ("Police blamed the Kerio Valley Brigade, an armed herders' group commanded by a former reservist, Ambrose "
     "Kelea Tandi, for the raid.", "ambrose-kelea-tandi"),
    ("The Sorel Hills Front, a farmers' militia led by a retired teacher, Maro Fendi Alva, holds the market "
     "town of Corvana.", "maro-fendi-alva"),
    ("Witnesses blamed the Tessik Guard, a fishermen's self-defence force headed by Lucien Mabanza Kiese, for "
     "the killings.", "lucien-mabanza-kiese"),
])
def test_a_possessive_in_the_description_keeps_the_leader(extract, text, person):
    doc = extract(text)
    assert any(a == person for a, _ in _controls(doc)), _controls(doc)


def test_a_formerly_led_description_gives_no_control(extract):
    # negative control: a past leader named in the description controls the group no longer
    doc = extract("Police blamed the Kerio Valley Brigade, an armed herders' group formerly led by a reservist, "
                  "Ambrose Kelea Tandi, for the raid.")
    assert not any(a == "ambrose-kelea-tandi" for a, _ in _controls(doc)), _controls(doc)
