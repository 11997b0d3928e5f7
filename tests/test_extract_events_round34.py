"""Classes of events and estimates (round 34, issue #12), each with new fictional sentences of its own and a
negative control."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def killing_places(doc) -> list:
    """The location of every candidate killing."""
    return [c["location"] for c in claims(doc, "Atrocity")]


# ---------------------------------------------------------------- 1. a place word in a body's name is no site
@pytest.mark.parametrize("text, site, body_town", [
    ("Gangs extort traders in the town of Dessa. The Dessa Municipal Police Command blames the Kesh Militia for the "
     "attack on a roadside bar in the town of Tindo on 4 May, in which gunmen killed seven people.", "tindo", "dessa"),
    ("Gangs extort traders in the town of Kesso. The Kesso Municipal Police Command blames the Mano Militia for the "
     "attack on a roadside bar in the town of Semo on 8 June, in which gunmen killed six people.", "semo", "kesso"),
    ("Gangs extort traders in the town of Dumo. The Dumo Municipal Police blame the Sarn Brigade for the attack on a "
     "roadside bar in the village of Tindo on 9 May, in which gunmen killed eight people.", "tindo", "dumo"),
    ("Gangs extort traders in the town of Pelu. The Pelu Town Police Command blames the Koro Front for the attack on "
     "a roadside shop in the town of Lemba on 1 April, in which gunmen killed four people.", "lemba", "pelu"),
])
def test_place_in_a_body_name_is_no_killing_site(extract, text, site, body_town):
    places = killing_places(extract(text))
    assert [site] in places and not any(body_town in p for p in places), places


def test_site_named_outside_the_body_name_stays(extract):
    # negative control: the town is the site the attack hit; the body that blames names none
    places = killing_places(extract(
        "Gangs extort traders in the town of Dessa. The municipal police command blames the Kesh Militia for the "
        "attack on a roadside bar in the town of Dessa on 4 May, in which gunmen killed seven people."))
    assert ["dessa"] in places, places
