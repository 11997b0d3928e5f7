"""Classes of event errors from heldout40 (round 38, issue #12), each with fictional sentences of its own and a
negative control."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _places(doc):
    return [c.get("location") for c in claims(doc, "Atrocity")]


def _forces(doc):
    return [c for c in claims(doc, "Estimate") if c.get("measure") == "force-size"]


# ------------------------------------------------- 1. "Kessolo, 3 May. Gunmen ... killed" with the bare name unfound
def _opened(name: str, killing: str) -> str:
    return (f"Witnesses accused the Brigade de Vigilance de {name}, a self-defence group.\n\n{name}, 18 May. "
            f"Members of the Brigade de Vigilance de {name} {killing}. The mayor of {name}, Arlan Vetch, blamed "
            "the brigade.")


@pytest.mark.parametrize("text,place", [
    (_opened("Fonsaint", "beat and burned to death three men whom they accused of theft"), "fonsaint"),
    (_opened("Grandval", "shot dead four herders whom they suspected of spying"), "grandval"),
    (_opened("Fonsaint", "executed two traders who had refused to pay them"), "fonsaint"),
])
def test_a_paragraphs_place_named_elsewhere_places_its_killing(extract, text, place):
    doc = extract(text)
    assert [place] in _places(doc), claims(doc, "Atrocity")


def test_an_opener_naming_no_known_place_places_nothing(extract):
    # negative control: a paragraph opener whose name the text never finds as a place
    doc = extract("Sunvale, 3 May. Members of the Tarvo Defence Brigade beat and burned to death four men. The "
                  "brigade later left Sunvale.")
    assert not _places(doc), claims(doc, "Atrocity")


# ------------------------------------------------- 2. "beat to death three men": the people killed, no force
@pytest.mark.parametrize("text", [
    "Members of the Tarvo Defence Brigade beat and burned to death three men whom they accused of spying.",
    "Fighters of the Corvana Brotherhood hacked to death five herders whom they suspected of theft.",
    "Militiamen of the Ketti Front stoned to death four young men who had refused to join them.",
])
def test_the_people_put_to_death_are_no_force_size(extract, text):
    doc = extract(text)
    assert not _forces(doc), _forces(doc)


def test_a_force_still_counts_its_fighters(extract):
    # negative control: a group's own fighters counted
    doc = extract("The Ketti Front has about 400 fighters, according to the army.")
    assert _forces(doc), claims(doc, "Estimate")


# ------------------------------------------------- 3. "22 people had lost their lives": a toll, as "died" is
def _tolls(doc):
    return [c.get("value") for c in claims(doc, "Estimate") if str(c.get("measure", "")).endswith("-killed")]


@pytest.mark.parametrize("text,value", [
    ("Fighters of the Ketti Front attacked the village of Morsabo on 3 May, killing nine farmers. The prefect "
     "said that 16 people had lost their lives.", 16),
    ("Gunmen of the Corvana Brotherhood stormed the market of Ketessa on Friday and shot dead seven traders. A "
     "nurse said at least 12 people lost their lives.", 12),
    ("Fighters of the Ketti Front raided the settlement of Ombali on Sunday. Eleven villagers lost their lives "
     "in Ombali, the governor said.", 11),
])
def test_people_who_lost_their_lives_are_a_toll(extract, text, value):
    doc = extract(text)
    assert value in _tolls(doc), claims(doc, "Estimate")


def test_people_who_lost_their_homes_are_no_toll(extract):
    # negative control: a loss that is no death
    doc = extract("Fighters of the Ketti Front raided the settlement of Ombali on Sunday. Eleven villagers lost "
                  "their homes in Ombali, the governor said.")
    assert 11 not in _tolls(doc), claims(doc, "Estimate")


# ------------------------------------------------- 4. "the deaths of N people who were shot by X at a Y near Z"
@pytest.mark.parametrize("text,place", [
    ("The commission documented the deaths of four fishermen who were beaten by soldiers of the Varno Army at a "
     "checkpoint near Morsabo on 3 May.", "morsabo"),
    ("Investigators confirmed the deaths of six traders who were shot by fighters of the Ketti Front at a market "
     "in Ketessa.", "ketessa"),
    ("The mission recorded the deaths of two drivers who were stabbed by gunmen of the Corvana Brotherhood at a "
     "roadblock near Ombali in April.", "ombali"),
])
def test_the_deaths_of_people_harmed_somewhere_are_a_killing_there(extract, text, place):
    doc = extract(text)
    assert [place] in _places(doc), claims(doc, "Atrocity")


def test_deaths_with_no_place_are_no_killing(extract):
    # negative control: the relative clause places nothing
    doc = extract("The commission documented the deaths of four fishermen who were beaten by soldiers of the "
                  "Varno Army.")
    assert not _places(doc), claims(doc, "Atrocity")
