"""Classes of events and relations (round 23, issue #12), each with new fictional sentences of its own and a
negative control: "N of them" after two verbs counts the nearer object ("joined the rangers in chasing the
raiders and shot four of them": the raiders, combatants, no victims of a killing)."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


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
