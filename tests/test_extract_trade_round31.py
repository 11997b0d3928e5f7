"""Round 31, trade area (sanctions), tuned on heldout33.

1. "a decision which subjects X and Y to the freezing of funds", "was subjected to an asset freeze by Z": the
   object of "subject ... to" a sanctions word is a target (verbs.yaml, ``words.sanctions`` has "freezing").
2. "the Council included X in the list of persons subject to restrictive measures": "include ... in" a list is a
   listing, only with a sanctions word in the sentence (verbs.yaml).
"""
from __future__ import annotations

import pytest

from .extract_cases import extract, measures  # noqa: F401

FRONT = "The Korvo Front is an armed group active in the east. "


def _measures(doc) -> set:
    return {(m.get("authority"), tuple(m.get("targets") or [])) for m in measures(doc)}


# ---------------------------------------------------------------- 1. "subjects X to the freezing of funds"
@pytest.mark.parametrize("text, authority", [
    (FRONT + "The Government of Canada adopted Order No. 14/2029, which subjects the Korvo Front to the freezing of "
     "funds and economic resources.", "canada"),
    (FRONT + "The European Union has subjected the Korvo Front to an asset freeze and a travel ban.", "european-union"),
    (FRONT + "The Korvo Front was subjected to an asset freeze by the European Union in March.", "european-union"),
])
def test_subjecting_a_body_to_a_freeze_is_a_measure(extract, text, authority):
    doc = extract(text)
    assert (authority, ("korvo-front",)) in _measures(doc), _measures(doc)


def test_subjecting_a_body_to_questioning_is_no_measure(extract):
    """Negative control: "subjected to" no sanctions word."""
    doc = extract(FRONT + "The European Union has subjected the Korvo Front's envoys to long questioning at the border.")
    assert not measures(doc), _measures(doc)


# ---------------------------------------------------------------- 2. "included X in the list"
@pytest.mark.parametrize("text", [
    FRONT + "Last week the Council of the European Union included the Korvo Front in the list of persons and "
    "entities subject to restrictive measures.",
    FRONT + "On Monday the Council of the European Union included the Korvo Front in its sanctions list.",
    FRONT + "The Korvo Front was included in the list of terrorist entities subject to an asset freeze by the "
    "Council of the European Union.",
])
def test_including_a_body_in_a_sanctions_list_is_a_listing(extract, text):
    doc = extract(text)
    assert ("council-of-the-european-union", ("korvo-front",)) in _measures(doc), _measures(doc)


def test_including_a_body_in_another_list_is_no_listing(extract):
    """Negative control: a list with no sanctions word."""
    doc = extract(FRONT + "The Council of the European Union included the Korvo Front in the list of parties invited "
                  "to the talks.")
    assert not measures(doc), _measures(doc)
