"""Classes of events and estimates (round 32, issue #12), each with new fictional sentences of its own and a
negative control: a later toll that names no victims ("The district police later put the toll at 9") counts
people, even after a first toll of civilians or villagers (the coding manual's round-29 reading)."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def tolls(doc) -> set:
    """(measure, value) of every candidate toll."""
    return {(c.get("measure"), c["value"]) for c in claims(doc, "Estimate") if c.get("measure", "").endswith("-killed")}


# ---------------------------------------------------------------- 1. a bare later toll counts people
@pytest.mark.parametrize("text, first, second", [
    ("On 4 March gunmen of the Karo Valley Front attacked the village of Moraba and shot residents as they fled. "
     "We documented the killing of 14 villagers. The Tesk District Police later put the toll at 9.",
     ("civilians-killed", 14), ("people-killed", 9)),
    ("On 2 May fighters of the Lunar Hills Militia attacked the hamlet of Sefo and killed 11 civilians. "
     "The Vardo county administration put the toll at 15.",
     ("civilians-killed", 11), ("people-killed", 15)),
    ("On 9 June gunmen of the Orra Ridge Brigade stormed the village of Pelko and killed 8 villagers. "
     "Local officials later gave a toll of 13.",
     ("civilians-killed", 8), ("people-killed", 13)),
])
def test_bare_later_toll_counts_people(extract, text, first, second):
    doc = extract(text)
    found = tolls(doc)
    assert second in found and ("civilians-killed", second[1]) not in found, claims(doc, "Estimate")


def test_toll_naming_civilians_keeps_civilians(extract):
    # negative control: the toll names its victims
    doc = extract("On 2 May fighters of the Lunar Hills Militia attacked the hamlet of Sefo and killed 11 civilians. "
                  "The Vardo county administration put the toll at 15 civilians.")
    assert ("people-killed", 15) not in tolls(doc), claims(doc, "Estimate")
