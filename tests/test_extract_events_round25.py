"""Classes of events (round 25, issue #12), each with new fictional sentences of its own and a negative control:
people an inquiry heard ("the Commission interviewed 58 people", "investigators spoke to some 40 former fighters",
"talks with 30 residents") are witnesses, no force's strength of the forces or groups the text names (but "the
group has some 300 fighters", told by those it heard, still is); a killing "near the hamlet of A, in B" is placed
at A, the place B only locates, whichever verb the parse hangs "in B" on (but "in B" alone still places it at B);
"the number of killings (attacks, raids, abductions) attributed to X at 50" counts acts, no force's strength (but
"the number of X fighters at about 400" still is)."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. people an inquiry heard: no force's strength
@pytest.mark.parametrize("text", [
    "Between May and July the Commission interviewed 58 people in Varsel and Molin, including former members of the "
    "Tessa Defence Force and officers of the Dornish army.",
    "Investigators of the mission spoke to some 40 former fighters of the Varo Front in camps near Korvi.",
    "The monitors questioned 35 soldiers of the Dornish army at the barracks of Lissa in August.",
    "The report draws on talks with 30 militiamen of the Tessa Defence Force held in Belko.",
])
def test_people_an_inquiry_heard_are_no_force(extract, text):
    doc = extract(text)
    sizes = [c for c in claims(doc, "Estimate") if c["measure"] == "force-size"]
    assert sizes == [], sizes


def test_a_strength_told_to_an_inquiry_still_counts(extract):
    # negative control: the figure the witnesses give is the group's strength
    doc = extract("The Commission interviewed residents of Varsel, who said the Varo Front has some 300 fighters.")
    assert [c["value"] for c in claims(doc, "Estimate") if c["measure"] == "force-size"] == [300], \
        claims(doc, "Estimate")


# ---------------------------------------------------------------- 2. "near the hamlet of A, in B": the killing is at A
@pytest.mark.parametrize("text, place", [
    ("On 5 March, gunmen of the Varo Front stopped a bus at a roadblock near the hamlet of Kossa, in Tessa, ordered "
     "the men out and shot dead five of them.", "kossa"),
    ("Fighters of the Varo Front ambushed a convoy close to the settlement of Lissa, in Dorne province, and killed "
     "nine traders.", "lissa"),
    ("Six miners were shot dead by gunmen of the Varo Front near the village of Rubeni, in Tessa, on 9 May.",
     "rubeni"),
])
def test_a_place_that_only_locates_the_one_before_is_no_site(extract, text, place):
    doc = extract(text)
    assert [c["location"] for c in claims(doc, "Atrocity")] == [[place]], claims(doc, "Atrocity")
    assert [c["event"] for c in claims(doc, "Participation")] == ["killings-in-" + place], \
        claims(doc, "Participation")


def test_a_killing_in_the_larger_place_alone_stays_there(extract):
    # negative control: a place named before, not apposed to the "in" place, does not move the killing
    doc = extract("Gunmen of the Varo Front who came from Kossa shot dead four men in Tessa on Friday.")
    assert [c["location"] for c in claims(doc, "Atrocity")] == [["tessa"]], claims(doc, "Atrocity")


# ---------------------------------------------------------------- 3. "the number of killings ... at 50": acts, no force
@pytest.mark.parametrize("text", [
    "Dornish police estimate the number of killings attributed to the Varo Front at more than 50.",
    "The ministry put the number of attacks carried out by the Varo Front this year at 37.",
    "The monitor put the number of raids by the Varo Front in the Tessa district last year at 23.",
    "The Varo Front's strength is unknown, but the number of abductions blamed on it reached 45 in May.",
])
def test_a_number_of_acts_is_no_force(extract, text):
    doc = extract(text)
    sizes = [c for c in claims(doc, "Estimate") if c["measure"] == "force-size"]
    assert sizes == [], sizes


def test_a_number_of_fighters_still_counts(extract):
    # negative control: the number of the group's fighters is its strength
    doc = extract("Dornish police put the number of Varo Front fighters at about 400.")
    assert [c["value"] for c in claims(doc, "Estimate") if c["measure"] == "force-size"] == [400], \
        claims(doc, "Estimate")
