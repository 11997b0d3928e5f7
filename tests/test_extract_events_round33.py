"""Classes of events and estimates (round 33, issue #12), each with new fictional sentences of its own and a
negative control."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def killing_places(doc) -> list:
    """The location of every candidate killing."""
    return [c["location"] for c in claims(doc, "Atrocity")]


# ---------------------------------------------------------------- 1. where the reporting body is based is no site
@pytest.mark.parametrize("text, site, seat", [
    ("According to the Vela Rights Watch, a monitoring group based in the town of Tarsk, Koro Front gunmen shot dead "
     "at least 9 villagers who were hiding in a church at the village of Lemba on 3 May.", "lemba", "tarsk"),
    ("According to the Dalo Human Rights Network, an association headquartered in the city of Pira, Mano Militia "
     "fighters killed 12 farmers who were resting in a school at the hamlet of Kesso on 8 June.", "kesso", "pira"),
    ("According to Halo Watch, a network registered in the town of Brask, Tura Defence Force gunmen killed at least "
     "5 civilians who were sleeping in a clinic at the village of Semo on 9 May.", "semo", "brask"),
    ("According to the Pelu Rights Centre, a group headquartered in the town of Arvo, Kesh Militia fighters shot dead "
     "8 villagers who were sheltering in a chapel at the hamlet of Tindo on 2 March.", "tindo", "arvo"),
])
def test_seat_of_a_body_is_no_killing_site(extract, text, site, seat):
    places = killing_places(extract(text))
    assert [site] in places and not any(seat in p for p in places), places


def test_site_deep_in_the_clause_still_places_the_killing(extract):
    # negative control: no body's seat, the site the victims' clause names stays
    places = killing_places(extract("Koro Front gunmen shot dead at least 9 villagers who were hiding in a church at "
                                    "the village of Lemba on 3 May."))
    assert ["lemba"] in places, places
