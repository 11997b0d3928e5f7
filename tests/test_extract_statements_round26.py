"""Statements, round 26 of issue #12: classes of wrong statements seen at
first sight on the held-out sets, each with new fictional sentences (not the
documents' own), in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_TORVA = ("KELMORE, Valdoria, June 3 (Wire) - Fighters of the Torva Liberation Front attacked the village of Ambrel "
          "on Saturday and killed nine farmers, the Valdorian army said. ")


# ------------------------------------------- 1. a count of people who fled is no statement (no fact records it)
@pytest.mark.parametrize("words", [
    "The Valdorian Red Cross said some 6,500 people had fled villages around Ambrel since Saturday.",
    "About 3,000 residents have fled the district of Ambrel since March, according to the Valdorian Red Cross.",
    "The fighting around Ambrel has displaced more than 20,000 people this year, according to the United Nations.",
    "The Valdorian Red Cross told reporters that at least 1,200 families were forced to flee Ambrel.",
])
def test_a_count_of_people_who_fled_is_no_statement(extract, words):
    doc = extract(_TORVA + words)
    assert not _holding(doc, words[:30]), doc["statements"]


@pytest.mark.parametrize("words", [
    "The Valdorian Red Cross said 14 people had been killed in Ambrel before the survivors fled.",
    "About 3,000 residents fled Ambrel after gunmen killed 14 people, according to the Valdorian Red Cross.",
])
def test_a_toll_beside_the_flight_is_still_a_statement(extract, words):
    doc = extract(_TORVA + words)
    assert _holding(doc, words[:30]), doc["statements"]


# ------------------------------------------- 2. the accused side calls the dead combat deaths: a denial
_SESHEKE = ("LIVINGSTONE, Zambia, May 14 (Wire) - Soldiers of the Zambia Army shot dead five fishermen near Sesheke "
            "on Sunday, the Barotse Rights Forum said. ")


@pytest.mark.parametrize("words", [
    'A Zambia Army spokesman, Major Chanda Mwansa, told reporters that the five men "died in crossfire" during an '
    "attack by smugglers.",
    "The Zambia Army said the fishermen had been killed in crossfire between its soldiers and smugglers.",
    "In a statement on Monday, the Zambia Army said the men were poachers killed in an encounter with a patrol.",
    "The Zambia Army said the five men had been shot while trying to escape.",
])
def test_the_dead_called_combat_deaths_by_the_accused_side_deny(extract, words):
    doc = extract(_SESHEKE + words)
    found = _holding(doc, words[:25])
    assert [s["stance"] for s in found] == ["denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Barotse Rights Forum said two children were killed in crossfire between the army and the smugglers.",
    "The Zambia Army said its patrol had killed four smugglers in an exchange of fire near Sesheke.",
    "The Barotse Rights Forum said the five men had not died in crossfire.",
])
def test_combat_deaths_told_by_others_or_of_enemies_deny_nothing(extract, words):
    doc = extract(_SESHEKE + words)
    assert not [s for s in _holding(doc, words[:25]) if s["stance"] == "denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "Some 5,000 people have fled Ambrel since March, according to a committee of displaced families, while the "
    "Valdorian Red Cross gives a lower figure.",
    "About 2,000 families have been displaced from Ambrel, the Valdorian Red Cross said, giving no toll.",
])
def test_a_second_figure_for_those_who_fled_is_no_statement(extract, words):
    doc = extract(_TORVA + words)
    assert not _holding(doc, words[:30]), doc["statements"]


# ------------------------------------------- 3. a party that confirms its own side's deed asserts it
_DELTA = ("LIVINGSTONE, Zambia, May 14 (Wire) - Gunmen shot dead five fishermen near Sesheke on Sunday, the Barotse "
          "Rights Forum said. ")


@pytest.mark.parametrize("words", [
    'The spokesman of the Zambezi Delta Front, Mutale Chisenga, confirmed to us that the group had "punished five '
    'traitors".',
    "The Zambezi Delta Front confirmed on Monday that its fighters had killed the five men near Sesheke.",
    "In a voice message, a spokesman for the Zambezi Delta Front, Mutale Chisenga, confirmed that the group's men "
    "had carried out the attack.",
])
def test_a_party_confirming_its_own_deed_asserts(extract, words):
    doc = extract(_DELTA + words)
    found = _holding(doc, words[:25])
    assert [s["stance"] for s in found] == ["asserts"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Zambia Police Service confirmed to reporters that the Zambezi Delta Front had killed the five fishermen.",
    "The Zambia Police Service confirmed that gunmen had killed five fishermen near Sesheke.",
])
def test_another_body_confirming_still_concurs(extract, words):
    doc = extract(_DELTA + words)
    found = _holding(doc, words[:25])
    assert [s["stance"] for s in found] == ["concurs"], doc["statements"]


# ------------------------------------------- 4. a post read as a body's name, with the holder named: the holder speaks
_IZABAL = ("PUERTO BARRIOS, Guatemala, May 14 (Wire) - Customs officers seized 30 rifles from a container at Puerto "
           "Barrios on Sunday. ")


@pytest.mark.parametrize("words, name", [
    ('"The boxes did not add up," said the Regional Administrator of Customs for Peten, Ingeniero Carlos Alberto '
     "Mendez Ruiz.", "mendez-ruiz"),
    ("The Provincial Commissioner of Police for Jutiapa, Ingeniero Carlos Alberto Mendez Ruiz, told reporters that "
     "the rifles had come from Miami.", "mendez-ruiz"),
    ('"The boxes did not add up," said the Departmental Delegate of the Tax Authority for Retalhuleu, Ingeniero '
     "Carlos Alberto Mendez Ruiz.", "mendez-ruiz"),
    ("In a statement on Monday, the Chief Inspector of Customs for Escuintla, Ingeniero Carlos Alberto Mendez Ruiz, "
     "said the rifles had come from Miami.", "mendez-ruiz"),
])
def test_the_holder_of_a_post_named_like_a_body_speaks(extract, words, name):
    doc = extract(_IZABAL + words)
    found = _holding(doc, words[:25])
    assert [name in s["speaker"] for s in found] == [True], doc["statements"]


def test_a_body_with_no_holder_named_still_speaks(extract):
    words = "The Port Authority of Izabal said on Monday that the container had been declared as furniture."
    doc = extract(_IZABAL + words)
    assert [s["speaker"] for s in _holding(doc, words[:25])] == ["port-authority-of-izabal"], doc["statements"]


# ------------------------------------------- 5. a bare remark after the same speaker's concurrence: the same act
@pytest.mark.parametrize("words", [
    "Father Mubita Nalumino, who chairs the district peace committee, said the Forum's account matched what "
    'survivors had told him. "Everyone on the river knows who fired," he said.',
    "Father Mubita Nalumino, a priest in Sesheke, said he shared the Forum's view that soldiers had fired first. "
    '"The people here are afraid of the river now," he said.',
    "Sister Agnes Mwale Chanda, a nurse in Sesheke, said the Forum's account was correct. Families were still "
    "looking for two missing boys, she said.",
])
def test_a_bare_remark_after_a_concurrence_is_no_statement_of_its_own(extract, words):
    doc = extract(_SESHEKE + words)
    found = _holding(doc, words[:25]) + _holding(doc, words[-40:-10])
    assert {s["stance"] for s in found} == {"concurs"}, doc["statements"]


@pytest.mark.parametrize("words", [
    "Father Mubita Nalumino, a priest in Sesheke, said he shared the Forum's view that soldiers had fired first. "
    '"The soldiers have done this before," he told reporters on Monday.',
    "Father Mubita Nalumino, a priest in Sesheke, confirmed that the men had been shot by soldiers. "
    '"The soldiers have done this before," he told the Barotse Courier.',
])
def test_a_remark_told_elsewhere_is_a_second_act(extract, words):
    doc = extract(_SESHEKE + words)
    assert [s["stance"] for s in _holding(doc, "The soldiers have done")] == ["asserts"], doc["statements"]


# ------------------------------------------- 6. a state's side telling what it seized itself: its own deed
@pytest.mark.parametrize("words", [
    "A Zambia Army spokesman, Major Chanda Mwansa, said the army had recovered two boxes of rifle ammunition that "
    "the gunmen had left behind.",
    "The Zambia Police Service said on Monday that police had seized three shotguns and a pistol in a raid on a "
    "farm near Sesheke.",
    "The Zambia Army said troops had confiscated four canoes on the river.",
])
def test_a_state_sides_own_seizure_is_no_statement(extract, words):
    doc = extract(_DELTA + words)
    assert not _holding(doc, words[:25]), doc["statements"]


@pytest.mark.parametrize("words", [
    "The Barotse Rights Forum said soldiers had seized the fishermen's nets and boats.",
    "The Zambia Army said the gunmen had seized two boats and fled across the river.",
])
def test_a_seizure_by_others_or_told_by_a_monitor_is_a_statement(extract, words):
    doc = extract(_DELTA + words)
    assert _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 7. a negated deed coordinated with the verb of saying: the speaker's denial
_KISMAYO = ("MOGADISHU, Somalia, May 14 (Wire) - UN experts said a Kismayo company had sold 40 rifles to the Juba "
            "Valley Front last year. ")


@pytest.mark.parametrize("words", [
    "The company's owner, Abdi Nuur Warsame, told the experts in writing that his firm \"trades only in sugar and "
    'rice" and had never handled weapons.',
    "The company's owner, Abdi Nuur Warsame, told the experts in writing that his company \"ships only cement\" and "
    "had never carried arms.",
    "The company's owner, Abdi Nuur Warsame, wrote to the experts that his firm \"deals only in sugar\" and has never "
    "bought a weapon.",
])
def test_a_negated_deed_beside_the_verb_of_saying_denies(extract, words):
    doc = extract(_KISMAYO + words)
    assert [s["stance"] for s in _holding(doc, words[:25])] == ["denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The company's owner, Abdi Nuur Warsame, told the experts that the firm sells sugar and would not comment further.",
    "The company's owner, Abdi Nuur Warsame, told the experts that the firm sells sugar and did not say where the "
    "rifles went.",
])
def test_a_refusal_or_pledge_beside_the_verb_of_saying_denies_nothing(extract, words):
    doc = extract(_KISMAYO + words)
    assert not [s for s in _holding(doc, words[:25]) if s["stance"] == "denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Juba Valley Front announced its dissolution in May and has not carried out an attack since.",
    "A second batch of rifles reached the Front in June, the Somali police said, but who sent it is not known.",
])
def test_a_deed_announced_or_a_passive_beside_the_verb_of_saying_denies_nothing(extract, words):
    doc = extract(_KISMAYO + words)
    assert not [s for s in _holding(doc, words[:25]) if s["stance"] == "denies"], doc["statements"]
