"""Classes of events and relations (round 23, issue #12), each with new fictional sentences of its own and a
negative control: "N of them" after two verbs counts the nearer object ("joined the rangers in chasing the
raiders and shot four of them": the raiders, combatants, no victims of a killing); a measure in a "that" clause
with a bare subjunctive under a verb of proposing or asking ("will propose that X be added to the EU's list") is
asked of another, no measure (but "on a proposal from X, the Council added", "noted that the EU froze" are)."""

from __future__ import annotations

import pytest

from .extract_cases import claims, measures, extract  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. "N of them" is the nearer object
@pytest.mark.parametrize("text", [
    "Soldiers of the Kessa Army's 4th Brigade had joined police officers in chasing the raiders into the hills on "
    "Friday and had shot dead three of them near the village of Tolomba.",
    "Police said constables had accompanied the residents in pursuing the robbers to the river and had killed two of "
    "them near Marrakoy.",
    "Troops escorted the herders while hunting the bandits, and they killed five of them near the hamlet of Bissoro "
    "on Sunday, the army said.",
])
def test_n_of_them_after_a_nearer_object_counts_no_victims(extract, text):
    doc = extract(text)
    assert claims(doc, "Atrocity") == [], claims(doc, "Atrocity")


def test_n_of_them_with_no_nearer_object_still_counts_the_victims(extract):
    # negative control: "ambushed farmers ... and shot eleven of them": the farmers, a killing at Tolomba
    doc = extract("Gunmen ambushed farmers on the road outside the village of Tolomba and shot eleven of them dead "
                  "on Friday, police said.")
    assert [c["location"] for c in claims(doc, "Atrocity")] == [["tolomba"]], claims(doc, "Atrocity")


# ---------------------------------------------------------------- 2. a measure proposed to another body: none
@pytest.mark.parametrize("text", [
    "Norvalia will propose to its partners in the Council of the European Union that the Tarsa Front and its leader "
    "be added to the EU's list of persons subject to restrictive measures.",
    "The minister proposed that the Tarsa Front and its leader, Oren Vask, be designated by the United Nations "
    "Security Council.",
    "Norvalia intends to propose that the European Union freeze the assets of the Tarsa Front.",
])
def test_a_measure_proposed_that_another_take_is_no_measure(extract, text):
    doc = extract(text)
    assert measures(doc) == [], measures(doc)


def test_a_measure_taken_on_a_proposal_is_still_a_measure(extract):
    # negative control: the Council decided, on another's proposal: a listing of the Tarsa Front
    doc = extract("On a proposal from Norvalia, the Council of the European Union on Monday added the armed group "
                  "Tarsa Front to the EU's list of persons subject to restrictive measures.")
    assert [m["targets"] for m in measures(doc)] == [["tarsa-front"]], measures(doc)


def test_a_reported_measure_in_a_that_clause_is_still_a_measure(extract):
    # negative control: "noted that the EU froze": a past decision reported, no subjunctive
    doc = extract("Norvalia noted that the European Union froze the assets of the Tarsa Front on Monday.")
    assert [m["targets"] for m in measures(doc)] == [["tarsa-front"]], measures(doc)
