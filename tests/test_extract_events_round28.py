"""Classes of events and estimates (round 28, issue #12), each with new fictional sentences of its own and a
negative control: a place in a relative clause whose verb only says where a place lies ("in X, which lies in Y
north of Z", "X, which sits near Z") locates X and is no place of the killing; "the Armed Forces of <state>" is
that state's forces, so "The army said it had deployed troops to X" is the army's, not the group named before; an
operation pattern does not run on across "and had <verb>" to the place of the second verb's object; "X, an armed
group that has operated in A and B" places X in A and B."""

from __future__ import annotations

import pytest

from .extract_cases import claims, entity, extract  # noqa: F401 - extract is a fixture


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


def operations(doc) -> set:
    """(actor, location) of every candidate operation."""
    return {(c["actor"], loc) for c in claims(doc, "Operation") for loc in c["location"]}


# ---------------------------------------------------------------- 2. "The army said it had deployed"
@pytest.mark.parametrize("text, force", [
    ("Soldiers of the Armed Forces of Malawi (MAF) raided Tenko. The Varo Front (VF) is a militia. The army said it "
     "had deployed troops to the town of Dorvale on Sunday.", "armed-forces-of-malawi"),
    ("The National Army of Chad arrested two men. The Kato Front (KF) is a militia. The military said it had "
     "deployed soldiers to the town of Lenka on Friday.", "national-army-of-chad"),
    ("The Armed Forces of Liberia moved north. The Red Hand Brigade is an armed group. The army said on Monday that "
     "it had deployed two companies to the town of Rima.", "armed-forces-of-liberia"),
])
def test_it_after_the_army_said_is_the_army(extract, text, force):
    doc = extract(text)
    actors = {a for a, _ in operations(doc)}
    assert force in actors and len(actors) == 1, claims(doc, "Operation")


def test_it_after_a_speaker_of_no_body_is_the_group(extract):
    # negative control: a speaker who names no body leaves "it" to the group named before
    doc = extract("The Kato Front (KF) is a militia. Villagers said it had deployed fighters to the town of Lenka "
                  "on Friday.")
    assert {a for a, _ in operations(doc)} == {"kato-front"}, claims(doc, "Operation")


# ---------------------------------------------------------------- 3. "the Armed Forces of <state>"
@pytest.mark.parametrize("text, ident", [
    ("Soldiers of the Armed Forces of Malawi shot two men.", "armed-forces-of-malawi"),
    ("Units of the National Army of Chad crossed the river.", "national-army-of-chad"),
    ("The Defence Forces of the Philippines opened an inquiry.", "defence-forces-of-the-philippines"),
])
def test_armed_forces_of_a_state(extract, text, ident):
    assert entity(extract(text), ident)["type"] == "StateArmedForces"


def test_revolutionary_armed_forces_stay_a_group(extract):
    # negative control: a word before "Armed Forces of" makes a group's name
    doc = extract("The Revolutionary Armed Forces of Malawi, a rebel group, attacked Tenko.")
    assert not any(e["type"] == "StateArmedForces" for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 4. not across "and had <verb>"
@pytest.mark.parametrize("text, wrong", [
    ("The Kato Front said it had deployed fighters to Lenka on Sunday and had seized Bora, a mining village in "
     "Sefa district.", "sefa"),
    ("The Varo Front has deployed fighters to Dorvale and has taken Marko, a trading town in Dala county.", "dala"),
    ("The Red Hand Brigade had deployed gunmen to Rima and had burned Tessa, a hamlet in Kolo district.", "kolo"),
])
def test_operation_stops_at_a_second_verb(extract, text, wrong):
    doc = extract(text)
    assert not any(loc.startswith(wrong) for _, loc in operations(doc)), claims(doc, "Operation")


def test_operation_pattern_still_reaches_its_own_place(extract):
    # negative control: one verb, its place after other words
    doc = extract("The Kato Front has deployed fighters along the road in Sefa district.")
    assert any(loc.startswith("sefa") for _, loc in operations(doc)), claims(doc, "Operation")


# ---------------------------------------------------------------- 5. "a group that has operated in X"
@pytest.mark.parametrize("text, group, place", [
    ("Gunmen attacked a fair at Tessa on Monday. The Malawi Defence Force (MDF) blamed the attack on the Varo Front, "
     "an armed group that had operated in the Kolo and Rima cercles since 2024.", "varo-front", "kolo"),
    ("Gunmen raided a market at Bora on Friday. The Zambia Police Service blamed the raid on the Kato Front, a militia "
     "that has operated in the Sefa and Dala districts since 2025.", "kato-front", "sefa"),
    ("Fighters ambushed a convoy near Lissa on Sunday. The Malawi Defence Force (MDF) blamed the ambush on the Red "
     "Hand Brigade, a gang that has long operated in the Mavu and Tarra cercles.", "red-hand-brigade", "mavu"),
])
def test_group_that_has_operated_in(extract, text, group, place):
    doc = extract(text)
    assert any(a == group and loc.startswith(place) for a, loc in operations(doc)), claims(doc, "Operation")


def test_group_that_has_not_operated_in(extract):
    # negative control: a group said never to have operated somewhere
    doc = extract("Gunmen attacked a fair at Tessa on Monday. The Malawi Defence Force (MDF) blamed the attack on the "
                  "Varo Front, an armed group that has never operated in the Kolo and Rima cercles.")
    assert not any(a == "varo-front" for a, _ in operations(doc)), claims(doc, "Operation")
