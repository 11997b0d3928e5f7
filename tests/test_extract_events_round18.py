"""Classes of wrong killing and estimate proposals from heldout17 (round 18, issue #12), each with new
fictional sentences of its own and a negative control: "told reporters that fighters of X attacked" (a
"that" the parse makes the clause's conjunction is no demonstrative, and "fighters of X" name their own
group: the accused is X, never a group named before); people something was done to ("the detention of 40
men by X", "30 fighters were captured") are no force's strength; a bare second toll ("gave a toll of 21")
counts what the killing's own sentence counted, not what a later count of civilians did."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _accused(doc) -> set:
    return {c["actor"] for c in claims(doc, "Participation") if c["role"] == "accused-participant"}


def _strengths(doc) -> set:
    return {(c["of"], c["value"]) for c in claims(doc, "Estimate") if c["measure"] == "force-size"}


def _tolls(doc) -> set:
    return {(c["measure"], c["value"]) for c in claims(doc, "Estimate") if c["measure"].endswith("-killed")}


# ---------------------------------------------------------------- 1. "that fighters of X": X, not a group named before
@pytest.mark.parametrize("text", [
    "Kenya blames Turkana rebels for killings at a market.\n\nGunmen killed at least 12 people at a cattle market in "
    "Kakuma on Sunday. Peter Ekai, a county official, told reporters on Monday that fighters of the Lotikipi Valley "
    "Front (LVF) attacked the market before dawn, shooting traders as they slept.",
    "The Nandi Youth Brigade has raided cattle camps in the area for years.\n\nThe county commissioner said on "
    "Monday that fighters from the Kerio Defence Front shot dead nine herders at a camp near Kapedo on 4 May.",
    "The Lokichar Defence Group has fought the army in the area for months.\n\nA police spokesman said on Tuesday "
    "that insurgents of the Suguta Brigade attacked the village of Lokori on 2 June, killing seven traders.",
])
def test_fighters_of_a_named_group_after_that_are_that_group(extract, text):
    doc = extract(text)
    accused = _accused(doc)
    assert accused and all(a in ("lotikipi-valley-front", "kerio-defence-front", "suguta-brigade") for a in accused), \
        accused


def test_the_group_after_a_conjunction_that_is_still_the_group_named_before(extract):
    doc = extract("Gunmen of the Kerio Defence Front shot dead nine herders at a camp near Kapedo on 4 May. The "
                  "county commissioner said that the group had attacked the camp before dawn.")
    assert _accused(doc) == {"kerio-defence-front"}, _accused(doc)


# ---------------------------------------------------------------- 2. people something was done to: no strength
@pytest.mark.parametrize("text", [
    "The Panel documented the detention of at least 40 men by the 7th Mountain Brigade in Dorvani in March.",
    "In April some 30 fighters of the Kavra Front were captured by the army near Ulmo.",
    "Police announced the arrest of about 25 members of the Tarvo Brigade in Lodwar on Friday.",
    "The mission reported the abduction of 60 recruits of the Ravel Front by a rival faction.",
])
def test_people_detained_or_captured_are_no_strength(extract, text):
    assert not _strengths(extract(text)), _strengths(extract(text))


def test_a_force_of_fighters_is_still_a_strength(extract):
    doc = extract("A force of some 600 fighters of the Tarvo Brigade is based near Lodwar. The Kavra Front has about "
                  "2,000 fighters, the army said.")
    assert {("tarvo-brigade", 600), ("kavra-front", 2000)} <= _strengths(doc), _strengths(doc)


# ---------------------------------------------------------------- 3. a bare toll counts what the killing counted
@pytest.mark.parametrize("text,toll", [
    ("On 3 March gunmen entered Kadoro and shot men in the market. We confirmed the names of nine civilians killed. "
     "The district commissioner gave a toll of 15.", 15),
    ("On 3 March gunmen raided Kadoro and shot traders at the market. The monitors verified the deaths of six "
     "civilians. Local officials put the toll at 11.", 11),
])
def test_a_bare_toll_after_a_count_of_civilians_counts_people(extract, text, toll):
    tolls = _tolls(extract(text))
    assert ("people-killed", toll) in tolls and ("civilians-killed", toll) not in tolls, tolls


def test_a_bare_toll_of_a_killing_of_villagers_counts_people(extract):  # (round 32) the manual's round-29 reading
    tolls = _tolls(extract("On 9 March fighters attacked the village of Belwa and killed 22 villagers. The governor "
                           "later put the toll at 30."))
    assert ("people-killed", 30) in tolls and ("civilians-killed", 30) not in tolls, tolls


# ---------------------------------------------------------------- 4. "put the number of dead at N": another toll
@pytest.mark.parametrize("text,toll,qualifier", [
    ("Gunmen attacked the village of Kadoro on 3 March and shot 12 farmers dead. A local elder put the number of "
     "dead at more than 30.", 30, "more-than"),
    ("Gunmen attacked the village of Kadoro on 3 March and shot 12 farmers dead. Survivors said the attackers arrived "
     "on motorcycles. Two women told reporters that they hid in a granary. A local elder put the number of dead at "
     "\"more than 30\".", 30, "more-than"),
    ("Fighters raided the village of Belwa on 8 May and killed nine herders. The district chief later put the number "
     "killed at 14.", 14, "exactly"),
    ("Fighters raided the village of Belwa on 8 May and killed nine herders. Church workers have put the number of "
     "victims at about 20.", 20, "approximately"),
])
def test_the_number_of_dead_put_at_a_figure_is_a_toll(extract, text, toll, qualifier):
    found = {(c["value"], c["qualifier"]) for c in claims(extract(text), "Estimate") if c["measure"] == "people-killed"}
    assert (toll, qualifier) in found, found


def test_a_number_of_boats_put_at_a_figure_is_no_toll(extract):
    doc = extract("Fighters raided the village of Belwa on 8 May and killed nine herders. The navy put the number of "
                  "boats at 14.")
    assert all(c["value"] != 14 for c in claims(doc, "Estimate")), claims(doc, "Estimate")


# ---------------------------------------------------------------- 5. a quoted strength that goes on after its phrase
@pytest.mark.parametrize("text,value", [
    ("The Kavra Front was formed in 2019. Mara Otieno, a researcher at a university in Lodwar, said it had \"no more "
     "than 800 men under arms, and many of them part-time\".", 800),
    ("The Tarvo Brigade was formed in 2020. A former commander told reporters that the group had \"about 1,200 "
     "fighters, most of them teenagers\".", 1200),
    ("The Kavra Front was formed in 2019. Officials put its strength at \"some 650 fighters, perhaps fewer\", a "
     "diplomat said.", 650),
])
def test_a_quoted_strength_followed_by_a_remark_is_a_strength(extract, text, value):
    assert value in {v for _, v in _strengths(extract(text))}, _strengths(extract(text))


def test_a_number_deep_in_a_quoted_speech_is_no_strength(extract):
    doc = extract("The Kavra Front was formed in 2019. Its leader said it had \"fought the army for years and lost "
                  "many men, and 300 fighters, they say, will come\".")
    assert not _strengths(doc), _strengths(doc)
