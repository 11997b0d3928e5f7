"""Classes of event errors from heldout42 (round 40, issue #12), each with fictional sentences of its own and a
negative control."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _controls(doc) -> set:
    return {(c.get("controller"), c.get("controlled")) for c in claims(doc, "Control")}


def _members(doc) -> set:
    return {(c.get("member"), c.get("organisation")) for c in claims(doc, "Membership")}


def _sizes(doc) -> set:
    return {(c.get("of"), c.get("value")) for c in claims(doc, "Estimate") if c.get("measure") == "force-size"}


_GROUP = ("On 8 May gunmen burned Wairata village. We attribute the attack to the Barisan Tanjung Merah, an armed "
          "group of the island's interior.\n\nThe Barisan Tanjung Merah. The group has operated in the Lorvan district "
          "since 2027. ")


# --------------------- 2. "the chairman of the X Provincial Council, Y": a post in a local government, no Control
@pytest.mark.parametrize("text,body", [
    ("The chairman of the Varsho Provincial Council, Emil Tarkani, welcomed the measures on Friday.",
     "varsho-provincial-council"),
    ("The head of the Kelmar District Council, Ruth Obandi, condemned the shooting on Monday.",
     "kelmar-district-council"),
    ("On Tuesday the chairman of the Ostrava Nueva Municipal Assembly, Pavel Lindqvist, called for calm.",
     "ostrava-nueva-municipal-assembly"),
])
def test_a_local_council_chairman_holds_a_post(extract, text, body):
    doc = extract(text)
    assert not any(o == body for _, o in _controls(doc)), claims(doc, "Control")


def test_a_company_chairman_still_controls(extract):
    # negative control: the chairman of a company runs it
    doc = extract("The chairman of Varsho Timber Holdings Ltd, Emil Tarkani, welcomed the measures on Friday.")
    assert any(c == "emil-tarkani" for c, _ in _controls(doc)), claims(doc, "Control")


# --------------------- 3. "The X Police told journalists that it had 200 fighters": "it" is never the police
_BAND = _GROUP + "We estimate that it has between 60 and 80 armed men. "


@pytest.mark.parametrize("tail", [
    "The Lorvan Provincial Police told journalists in Sarnica in May that it had \"roughly two hundred\" fighters.",
    "The Lorvan Provincial Police told reporters on Monday that it had about 200 fighters.",
    "The Lorvan Provincial Police (CPP) told the press in June that it had some 200 fighters.",
])
def test_a_police_force_telling_a_strength_gives_it(extract, tail):
    doc = extract(_BAND + tail)
    sizes = _sizes(doc)
    assert not any(s == "lorvan-provincial-police" for s, _ in sizes), claims(doc, "Estimate")
    assert ("barisan-tanjung-merah", 200) in sizes, claims(doc, "Estimate")


def test_a_group_telling_its_own_strength_keeps_it(extract):
    # negative control: the group that told a figure of itself is its subject
    doc = extract(_GROUP + "The Barisan Tanjung Merah told journalists in May that it had some 200 fighters.")
    assert ("barisan-tanjung-merah", 200) in _sizes(doc), claims(doc, "Estimate")


# --------------------- 4. "an attack on X on 6 May, in which houses were burned and 14 were shot dead": X, by the doer
_FRONT = "The Korvel Front has raided villages in Dastra since 2025.\n\n"


@pytest.mark.parametrize("text,place", [
    (_FRONT + "The Panel documented an attack by the Korvel Front on the village of Mabrou on 6 September, in which "
              "houses were set on fire and at least 14 civilians were shot dead.", "mabrou"),
    (_FRONT + "Our team recorded a raid by the Korvel Front on the town of Selvino on 3 May, in which shops were "
              "looted and nine traders were killed.", "selvino"),
    (_FRONT + "The commission documented a raid by the Korvel Front on the town of Urrat on 14 November, in which "
              "huts were set on fire and six herders were shot dead.", "urrat"),
])
def test_a_killing_conjoined_in_a_dated_relative_clause_is_the_attack(extract, text, place):
    doc = extract(text)
    events = [c for c in claims(doc, "Atrocity") if c.get("location") == [place]]
    assert events, claims(doc, "Atrocity")
    assert any(p.get("actor") == "korvel-front" for p in claims(doc, "Participation")), claims(doc, "Participation")
    assert not any(c.get("location") == ["dastra"] for c in claims(doc, "Atrocity")), claims(doc, "Atrocity")


def test_a_dated_relative_clause_with_no_killing_makes_none(extract):
    # negative control: burning and looting alone are no killing
    doc = extract(_FRONT + "The Panel documented an attack by the Korvel Front on the village of Mabrou on 6 September, "
                           "in which houses were set on fire and cattle were stolen.")
    assert not claims(doc, "Atrocity"), claims(doc, "Atrocity")
