"""Statements, round 21 of issue #12: classes of wrong and missed statements
seen on the twentieth and twenty-first held-out sets, each with new fictional
sentences (not the documents' own), in several wordings, and negative
controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_KARUMA = "KARUMA, Uganda, June 9 (Wire) - "
_TAVIRA = _KARUMA + "Gunmen killed 14 villagers in Tavira on Friday. " \
    "The district administrator, Joana Mbeki Santos, said the attackers came from the hills. "


def _by(doc, speaker: str) -> list:
    return [s for s in doc["statements"] if s["speaker"] == speaker]


# ------------------------------------------- 1. "he"/"she" after an unnamed proxy's quote is still the proxy
@pytest.mark.parametrize("words, blame", [
    ('A man who said he spoke for the Red Hill Front denied the accusation in a message sent to reporters. '
     '"We never went to Tavira," he wrote. He blamed the killings on the Lowland Guard, a militia from a nearby '
     'district.', "He blamed"),
    ('A woman presenting herself as a spokeswoman for the Red Hill Front told a local radio station that the group '
     'had not been in Tavira. "Our fighters were far away," she said. She accused the Lowland Guard of the killings.',
     "She accused"),
    ('In a video posted online on Sunday, a masked man who said he spoke for the Red Hill Front denied the group had '
     'any part in the killings, saying: "We do not kill farmers." He blamed the Lowland Guard.', "He blamed"),
])
def test_a_pronoun_after_an_unnamed_proxy_speaks_for_the_group_and_its_blame_is_its_own(extract, words, blame):
    doc = extract(_TAVIRA + words)
    blamed = _holding(doc, blame)
    assert [s["speaker"] for s in blamed] == ["red-hill-front"], doc["statements"]
    assert blamed[0]["stance"] == "asserts", blamed  # an accusation of its own, not more of the denial
    assert any(s["stance"] == "denies" for s in _by(doc, "red-hill-front")), doc["statements"]


def test_a_pronoun_after_a_named_speaker_in_between_is_that_speaker(extract):
    doc = extract(_KARUMA + "Gunmen killed 14 villagers in Tavira on Friday. A man who said he spoke for the Red "
                  "Hill Front denied the accusation in a message sent to reporters. The district administrator, "
                  "Joana Mbeki Santos, said the attackers came from the hills. She blamed the killings on the Red "
                  "Hill Front.")
    assert {s["speaker"] for s in _holding(doc, "She blamed")} == {"joana-mbeki-santos"}, doc["statements"]


# ------------------------------------------- 2. "A <kind of body>, the <Name>, said": the named body speaks
_FRONT = _KARUMA + "The Red Hill Front has fought the army since 2024. "


@pytest.mark.parametrize("words, body", [
    ("A Kampala research centre that tracks political violence, the Nile Peace Research Centre, estimated in a "
     "report last month that the Red Hill Front had roughly 400 armed members.", "nile-peace-research-centre"),
    ("A rights group that monitors the conflict, the Karuma Human Rights Centre, said on Monday that the Red Hill "
     "Front had killed nine farmers in Tavira.", "karuma-human-rights-centre"),
    ("A research institute based in Entebbe, the Lakeshore Peace Institute, found that the Red Hill Front controls "
     "the town of Masindi.", "lakeshore-peace-institute"),
])
def test_the_body_named_beside_an_unnamed_speaker_speaks(extract, words, body):
    doc = extract(_FRONT + words)
    assert {s["speaker"] for s in doc["statements"]} == {body}, doc["statements"]


@pytest.mark.parametrize("words", [
    "A Kampala research centre that tracks political violence estimated in a report last month that the Red Hill "
    "Front had roughly 400 armed members.",
    "A Kampala university professor, writing in a journal, estimated in an article last month that the Red Hill "
    "Front had roughly 400 armed members.",
])
def test_the_group_a_reported_clause_names_after_that_is_no_speaker(extract, words):
    doc = extract(_FRONT + words)
    assert not _by(doc, "red-hill-front"), doc["statements"]


def test_a_speaker_named_after_the_verb_still_speaks(extract):
    doc = extract(_FRONT + "The Red Hill Front had roughly 400 armed members, said the Nile Peace Research Centre.")
    assert {s["speaker"] for s in doc["statements"]} == {"nile-peace-research-centre"}, doc["statements"]


# ------------------------------------------- 3. forces' fire justified by the victims' own act denies the killing
_BUS = _KARUMA + "Soldiers of the Ugandan army shot dead four passengers of a bus near Tavira on Friday, " \
    "witnesses said. "


@pytest.mark.parametrize("words, speaker", [
    ('The army\'s spokesman in the region, Major Peter Okello Lubega, said on Saturday that soldiers had fired on a '
     'bus that "refused to stop" at a checkpoint.', "peter-okello-lubega"),
    ("Major Peter Okello Lubega, an army spokesman, told reporters that the troops opened fire only after gunmen in "
     "the bus shot at them.", "peter-okello-lubega"),
    ("In a statement, the Ugandan army said its men had fired after the driver failed to stop.",
     "uganda-armed-forces"),
    ("The army's spokesman, Major Peter Okello Lubega, said its men fired because the driver ignored an order to "
     "stop.", "peter-okello-lubega"),
])
def test_fire_justified_by_the_victims_act_denies(extract, words, speaker):
    said = _by(extract(_BUS + words), speaker)
    assert [s["stance"] for s in said] == ["denies"], said


@pytest.mark.parametrize("words, speaker", [
    ("The army's spokesman in the region, Major Peter Okello Lubega, said on Saturday that soldiers had fired on the "
     "bus and that an inquiry had been opened.", "peter-okello-lubega"),
    ("A survivor, Rose Atim Okot, said soldiers had fired on the bus after it stopped at the checkpoint.",
     "rose-atim-okot"),
])
def test_fire_without_a_justification_asserts(extract, words, speaker):
    said = _by(extract(_BUS + words), speaker)
    assert said and all(s["stance"] == "asserts" for s in said), said


# ------------------------------------------- 4. a body's report of its own step ("it had asked X") is no statement
_SEIZED = _KARUMA + "Customs officers seized 40 rifles consigned to the Red Hill Front at Malaba on Friday. "


@pytest.mark.parametrize("words", [
    "Kenya's Ministry of Foreign Affairs said on Saturday that it had asked Kampala for the evidence.",
    "The Kenya Police Service confirmed on Monday that it had searched the consignor's warehouse in Eldoret at "
    "Uganda's request.",
    "The Kenya Police Service told reporters that it had contacted the consignor's bank in Nairobi.",
])
def test_a_bodys_own_step_reported_with_it_is_no_statement(extract, words):
    doc = extract(_SEIZED + words)
    assert not doc["statements"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Kenya Police Service said on Monday that the consignor had shipped the rifles from Eldoret.",
    "The Kenya Police Service said it shared the intelligence with its allies.",  # sharing is no step of procedure
])
def test_what_a_body_reports_of_another_party_is_still_a_statement(extract, words):
    doc = extract(_SEIZED + words)
    assert _by(doc, "kenya-police-service"), doc["statements"]
