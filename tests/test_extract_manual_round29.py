"""Round 29: the extractor follows the readings the coding manual settled in round 29
(tests/fixtures/extract/README.md, "How the gold files read the texts").

1. A failed inquiry ("could not establish who had sent them", "was unable to establish", "said it had not
   been able to determine") is no statement: it neither asserts, denies nor concurs (speaking.py
   ``failed_inquiry``; language.yaml ``inquiry_lemmas``).
2. One of several commanders holds a post, Control is the head's: "two of the group's commanders, A and B"
   and "Two BHB commanders, A and B" are two Memberships (role commander), no Control (coding.py
   ``_apposed_people``); what they say is not about the second one's post (statements.py); one of them
   who also leads the group keeps his Control alone (posts.py ``head_posts``).
3. A bare rejection followed by the voice that made it ("X rejected the designations. Its spokesman, Y, said
   ...", "Mr X rejected the allegations. ... his lawyer, Y, said", "X denied the charges. Its lawyer said") is
   one statement, the voice's, denying what the rejection denied (accusals.py ``bare_rejection``, acts.py
   ``join_body_and_spokesman``; language.yaml ``bare_rejection``).
4. A named governor, mayor or prefect holds a post of the state the territory lies in, never of the territory,
   and speaks on that state's behalf (posts.py ``territory_posts``).
"""
from __future__ import annotations

import pytest

from .extract_cases import controls, extract, posts, stances  # noqa: F401

_RIFLES = "The Black Hill Brigade received forty rifles in May. "
_PANEL = "un-panel-of-experts-on-somalia"


# ---------------------------------------------------------------- 1. a failed inquiry
@pytest.mark.parametrize("text", [
    _RIFLES + "The UN Panel of Experts on Somalia could not establish who had sent them.",
    _RIFLES + "The UN Panel of Experts on Somalia said that it could not ascertain who had shipped the rifles.",
    _RIFLES + "The UN Panel of Experts on Somalia said it had not been able to determine who supplied them.",
    "The Black Hill Brigade received two armed drones in July; the UN Panel of Experts on Somalia was unable to "
    "establish who sent them.",
])
def test_a_failed_inquiry_is_no_statement(extract, text):
    doc = extract(text)
    assert not [s for s in doc["statements"] if s["speaker"] == _PANEL]


@pytest.mark.parametrize("text", [
    _RIFLES + "The UN Panel of Experts on Somalia established that Orion Trading supplied them.",
    _RIFLES + "The UN Panel of Experts on Somalia could not establish who sent them, but said the rifles had been "
    "made in 2019.",
])
def test_an_inquiry_that_found_something_stays_a_statement(extract, text):
    """Negative controls: a finding, or a failed inquiry beside something the body does say."""
    assert (_PANEL, "asserts") in stances(extract(text))


# ---------------------------------------------------------------- 2. several commanders
_BHB = "The Black Hill Brigade (BHB) operates in the north. "


@pytest.mark.parametrize("text", [
    _BHB + "On Friday OFAC designated two of the group's commanders, Tomas Varga and Ivan Petrov.",
    _BHB + "OFAC designated two BHB commanders, Tomas Varga and Ivan Petrov.",
    _BHB + "Two BHB commanders, Tomas Varga and Ivan Petrov, told reporters the army had fled.",
])
def test_several_commanders_each_hold_a_post(extract, text):
    doc = extract(text)
    for person in ("tomas-varga", "ivan-petrov"):
        assert (person, "black-hill-brigade", "commander") in posts(doc)
        assert (person, "black-hill-brigade") not in controls(doc)


def test_the_leader_among_several_commanders_keeps_his_control_alone(extract):
    doc = extract("The Black Hill Brigade (BHB), led by Tomas Varga since 2027, operates in the north. OFAC "
                  "designated the BHB and two of its commanders, Tomas Varga and Ivan Petrov.")
    assert ("tomas-varga", "black-hill-brigade") in controls(doc)
    assert ("tomas-varga", "black-hill-brigade", "commander") not in posts(doc)
    assert ("ivan-petrov", "black-hill-brigade", "commander") in posts(doc)


def test_what_commanders_say_is_not_about_the_second_ones_post(extract):
    doc = extract(_BHB + "The group's commanders, Tomas Varga and Ivan Petrov, said they would fight.")
    assert not [s for s in doc["statements"] if any("commander" in r for r in s.get("regarding") or [])]


def test_its_commander_still_commands(extract):
    """Negative control: the head, "Its commander, X", has Control and no post."""
    doc = extract(_BHB + "Its commander, Tomas Varga, and Ivan Petrov said the group would fight on.")
    assert ("tomas-varga", "black-hill-brigade") in controls(doc)
    assert ("ivan-petrov", "black-hill-brigade", "commander") not in posts(doc)


# ---------------------------------------------------------------- 3. a bare rejection and its voice
_ORION = "OFAC said Orion Trading Ltd shipped forty rifles to the Black Hill Brigade in May. "


@pytest.mark.parametrize("text, voice, body", [
    ("OFAC designated the Black Hill Brigade (BHB) on Tuesday. The BHB rejected the designations. Its spokesman, "
     'Tomas Varga, said on Friday that the group "protects the valley from smugglers".', "tomas-varga",
     "black-hill-brigade"),
    ("OFAC said Orion Trading Ltd, whose director is Ivan Petrov, shipped forty rifles to the Black Hill Brigade in "
     "May. Mr Petrov rejected the allegations. In a written statement, his lawyer, Anna Berg, said the company "
     '"has never exported a single rifle".', "anna-berg", "ivan-petrov"),
    (_ORION + 'Orion Trading Ltd denied the charges. Its lawyer said the firm "only ever carried grain".',
     "orion-trading-ltd", "orion-trading-ltd"),
])
def test_a_bare_rejection_and_its_voice_are_one_denial(extract, text, voice, body):
    doc = extract(text)
    denials = [s for s in doc["statements"] if s["stance"] == "denies"]
    assert len(denials) == 1, denials
    assert denials[0]["speaker"] == voice
    assert any("sanctions" in r or "arms-transfer" in r for r in denials[0]["regarding"])


def test_a_rejection_and_another_bodys_words_stay_two(extract):
    """Negative control: the next sentence's speaker is another party, so the rejection stays its own denial."""
    doc = extract(_ORION + "Orion Trading Ltd rejected the accusations. The Kortel farmers' union, however, said "
                  "the rifles arrived in Orion Trading Ltd trucks.")
    assert ("orion-trading-ltd", "denies") in stances(doc)


# ---------------------------------------------------------------- 4. local offices are posts of the state
@pytest.mark.parametrize("text, person, role, state", [
    ("Gunmen attacked a market in Chad's Guéra province. The governor of Guéra, Adoum Brahim Sileck, said 12 "
     "traders had been killed.", "adoum-brahim-sileck", "governor", "chad"),
    ("Gunmen attacked a market in Mali's Tombouctou region. The governor of Tombouctou region, Colonel Sékou "
     "Traoré-Maïga, said 12 traders had been killed.", "sekou-traore-maiga", "governor", "mali"),
    ("Gunmen stormed a camp in the Central African Republic's Ouaka prefecture on Sunday. The prefect of Ouaka, "
     "Théodore Bria, told reporters on Tuesday that 17 people had been killed.", "theodore-bria", "prefect",
     "central-african-republic"),
])
def test_a_local_office_is_a_post_of_the_state(extract, text, person, role, state):
    doc = extract(text)
    assert (person, state, role) in posts(doc)
    assert [s["on_behalf_of"] for s in doc["statements"] if s["speaker"] == person] == [state]


def test_a_territory_in_no_known_state_keeps_the_post(extract):
    """Negative control: no state named for the territory, so the post is left as coded, not guessed."""
    doc = extract("Gunmen attacked a market in the Guéra province. The governor of Guéra, Adoum Brahim Sileck, said "
                  "12 traders had been killed.")
    assert ("adoum-brahim-sileck", "guera", "governor") in posts(doc)
