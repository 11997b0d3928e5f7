"""Statements, round 27 of issue #12: classes of wrong or missed statements
seen on heldout29 and the held-out sets before it, each with new fictional
sentences (not the documents' own), in several wordings, and negative
controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_ORSK = ("KALDERA, Valdoria, June 3 (Wire) - Gunmen killed eleven farmers in the village of Orsk on Saturday, "
         "residents said. The Valdorian army blamed the Torva Liberation Front (TLF), a rebel group that operates "
         "in Kessel province. ")


def _stances(doc, words: str) -> list:
    return sorted(s["stance"] for s in _holding(doc, words))


# ------------------------------------------- 1. a denial coordinated with an accusation of a named party: two acts
@pytest.mark.parametrize("words", [
    "The TLF denied responsibility in a statement and accused the Kessel Home Guard of carrying out the attack.",
    "A TLF spokesman, Arvo Lindqvist, denied that the group's fighters had been in Orsk and blamed the Kessel "
    "Home Guard for the killings.",
    "The TLF rejected the accusation in a message to journalists and blamed the killings on the Kessel Home Guard.",
    "The TLF rejected this on Monday and attributed the attack to the Kessel Home Guard.",
])
def test_a_denial_and_an_accusation_of_a_named_party_are_two_statements(extract, words):
    doc = extract(_ORSK + "The Kessel Home Guard, a pro-government militia, operates near Orsk. " + words)
    assert _stances(doc, words[:25]) == ["asserts", "denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The TLF denied responsibility and blamed a rival gang for the killings.",  # the accused unnamed
    'The TLF denied responsibility and blamed "the army\'s own militias".',  # in the quote
    "The TLF denied responsibility and accused the Valdorian army of staging the attack.",  # the denial retold
    "The TLF denied responsibility and accused the Valdorian army of inventing the killings.",
])
def test_a_denial_with_an_unnamed_or_fabricated_accusation_stays_one(extract, words):
    doc = extract(_ORSK + words)
    assert _stances(doc, words[:25]) == ["denies"], doc["statements"]


# ------------------------------------------- 2. a figure of one's own, then a denial: two acts
@pytest.mark.parametrize("words", [
    'The Valdorian Ministry of Defence said in a statement that soldiers had "neutralised six terrorists" near '
    "Orsk and denied that civilians had been harmed.",
    'The TLF\'s spokesman, Arvo Lindqvist, wrote on Telegram that the group had "about 3,000 fighters", and denied '
    "that it had received weapons from abroad.",
    "The Valdorian army told reporters that its troops had killed twelve rebels near Orsk and denied that any "
    "farmer had been harmed.",
])
def test_a_figure_then_a_denial_are_two_statements(extract, words):
    doc = extract(_ORSK + words)
    assert _stances(doc, words[:25]) == ["asserts", "denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Valdorian army said the eleven men had died in crossfire and denied that soldiers had executed anyone.",
    'The TLF said its men had "only fought soldiers" and denied that it had killed any farmer.',
])
def test_a_denial_retold_before_the_denial_stays_one(extract, words):
    doc = extract(_ORSK + words)
    assert _stances(doc, words[:25]) == ["denies"], doc["statements"]


# ------------------------------------------- 3. an inquiry or check that failed, all its sentence says: none
_PANEL = ("Panel of Experts on Valdoria\n\nSummary of the final report\n\n1. The Panel documented that the Torva "
          "Liberation Front (TLF) received twelve mortars in March 2029. ")


@pytest.mark.parametrize("words", [
    "The Panel was unable to confirm that account.",
    "The Panel has not been able to confirm the TLF's involvement in the attack.",
    "The Panel could not verify the TLF's involvement in the attack.",
    "It has not been able to corroborate the TLF's involvement in the attack.",
    # a failed inquiry too, since the coding manual settled it in round 29 (round 3 had coded it an assertion)
    "The Panel could not establish who had paid for the mortars the TLF received.",
])
def test_a_failed_check_alone_is_no_statement(extract, words):
    doc = extract(_PANEL + words)
    assert not _holding(doc, words[:25]), doc["statements"]


@pytest.mark.parametrize("words", [
    "The Panel documented that the TLF also received two drones, but it could not confirm who sent them.",
    "The Panel documented that the TLF also received two drones, but it could not establish who sent them.",
])
def test_a_finding_beside_a_failed_check_or_a_failed_inquiry_is_still_a_statement(extract, words):
    doc = extract(_PANEL + words)
    assert _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 4. a measure announced or agreed, a duty of banks: no statement
_RELEASE = ("Ministry of Foreign Affairs of Ostland\n\nPress release\n\n12 May 2029\n\nOstland has frozen the assets of "
            "the Torva Liberation Front (TLF), an armed group that operates in Kessel province of Valdoria. ")


@pytest.mark.parametrize("words", [
    "The Sanctions Committee announced that it will extend the freeze to Arvo Lindqvist, the group's treasurer.",
    "In a separate step the Council of the European Union agreed to add the TLF to its list at its next meeting.",
    "Global Affairs Canada announced on 18 May that Canada will designate the TLF in the coming weeks.",
    "Banks and other obliged entities in Ostland must freeze any funds they hold for the TLF and report them to the "
    "Financial Intelligence Unit.",
])
def test_a_measure_to_come_or_a_duty_is_no_statement(extract, words):
    doc = extract(_RELEASE + words)
    assert not _holding(doc, words[:25]), doc["statements"]


def test_a_measure_said_to_come_is_still_a_statement(extract):
    words = "The Foreign Minister, Lena Marrak, said Ostland would impose further sanctions on the TLF's backers."
    doc = extract(_RELEASE + words)
    assert _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 5. what unnamed people say another said: no statement of either
@pytest.mark.parametrize("words", [
    "The passengers said the fighters accused the victims of working for the government.",
    "Witnesses told reporters that the TLF gunmen accused the farmers of informing for the army.",
    "Traders said the TLF had denied any role in the killings.",
])
def test_what_unnamed_people_say_another_said_is_no_statement(extract, words):
    doc = extract(_ORSK + words)
    assert not _holding(doc, words[:25]), doc["statements"]


def test_what_a_named_speaker_says_another_said_is_its_statement(extract):
    words = "The Valdorian army said the TLF had accused the farmers of informing for the government."
    doc = extract(_ORSK + words)
    assert _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 6. a monitor's summary of the attacks it documented: its statement
_MONITOR = ("Kessel Rights Observatory\nField report No. 7\n\nValdoria: civilians killed in Kessel province\n\n"
            "Orsk, 4 July 2029\n\n")
_ATTACKS = ("\n\nOn 6 June, soldiers of the Valdorian army shot dead nine farmers in the village of Brask. "
            "On 11 June, fighters of the Torva Liberation Front killed four traders in the village of Mirel.")


@pytest.mark.parametrize("words", [
    "Between 6 and 18 June, our field team in Kessel province documented three attacks in which civilians were "
    "killed.",
    "We documented two incidents in which soldiers and rebels killed at least 13 civilians.",
    "Between 1 and 20 June, our field researchers in Kessel province recorded two attacks in which civilians died.",
])
def test_a_monitors_summary_of_the_attacks_it_documented_is_its_statement(extract, words):
    doc = extract(_MONITOR + words + _ATTACKS)
    found = _holding(doc, words[:25])
    assert [s["speaker"] for s in found] == ["kessel-rights-observatory"], doc["statements"]


@pytest.mark.parametrize("words", [
    "Between 6 and 18 June, our field team travelled to Kessel province three times.",
    "We interviewed 27 people, among them survivors and relatives of the dead.",
])
def test_a_monitors_account_of_its_work_is_no_statement(extract, words):
    doc = extract(_MONITOR + words + _ATTACKS)
    assert not _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 7. a body of a letterhead of several lines speaks in its own voice
_LETTERHEAD = ("Republic of Ostland\nMinistry of Finance\nDirectorate General of Customs\nNorthern Customs Division\n\n"
               "Seizure report No. NCD/2029/12\n\nKarst, 26 June 2029\n\n")


@pytest.mark.parametrize("words", [
    "Officers of the Karst customs brigade seized twelve rifles and 2,000 rounds of ammunition on Saturday from a "
    "lorry bound for the Torva Liberation Front, the Northern Customs Division said.",
    "The Northern Customs Division said officers had found twelve rifles hidden in a lorry bound for the Torva "
    "Liberation Front.",
    "According to the Northern Customs Division, the twelve rifles seized on Saturday were bound for the Torva "
    "Liberation Front.",
])
def test_the_letterhead_body_in_its_own_report_makes_no_statement(extract, words):
    doc = extract(_LETTERHEAD + words)
    assert not _holding(doc, words[:25]), doc["statements"]


def test_a_head_of_the_letterhead_body_still_speaks(extract):
    words = ("The head of the Northern Customs Division, Inspector Mara Velt, told reporters on Monday that the "
             "rifles were intended for the Torva Liberation Front.")
    doc = extract(_LETTERHEAD + "Officers of the Karst customs brigade seized twelve rifles on Saturday. " + words)
    assert _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 8. a verb of saying in a quote of a few words: still the subject's act
@pytest.mark.parametrize("words", [
    'The African Union\'s Peace and Security Council on Tuesday "strongly condemned" the killings in Orsk.',
    'The Valdorian Bar Association "firmly rejected" the army\'s account of the killings.',
    'The Kessel Rights Observatory "categorically denied" that its staff had been in Orsk.',
])
def test_a_verb_of_saying_in_a_short_quote_is_the_subjects_act(extract, words):
    doc = extract(_ORSK + words)
    assert _holding(doc, words[:25]), doc["statements"]


def test_a_verb_of_saying_inside_a_long_quote_is_not_its_subjects_act(extract):
    words = 'The Valdorian army "denied access to the wounded for three whole days", residents of Orsk said.'
    doc = extract(_ORSK + words)
    assert not _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 9. a body's message named by its modifier: the body speaks
@pytest.mark.parametrize("words", [
    "A TLF statement posted online on Tuesday said the group's fighters had not been in Orsk.",
    "The TLF's communique said its fighters had not been in Orsk.",
    "A TLF video posted on Monday said the group's fighters had never entered Orsk.",
])
def test_a_message_named_by_its_body_is_the_bodys_statement(extract, words):
    doc = extract(_ORSK + words)
    assert [s["speaker"] for s in _holding(doc, words[:25])] == ["torva-liberation-front"], doc["statements"]


def test_a_message_of_no_one_named_is_no_statement(extract):
    words = "A statement issued on Tuesday said the group's fighters had not been in Orsk."
    doc = extract(_ORSK + words)
    assert not _holding(doc, words[:25]), doc["statements"]


# ------------------------------------------- 10. another's measure spoken well of concurs; a welcome and the
# minister who speaks after it are two acts of saying
_FREEZE = ("Ministry of Foreign Affairs of Ostland\n\nPress release\n\n12 May 2029\n\nOstland has frozen the assets of "
           "the Torva Liberation Front (TLF), an armed group that operates in Kessel province of Valdoria. ")


@pytest.mark.parametrize("words", [
    'The Valdorian Ministry of Justice said in a statement that the freeze "supports the efforts of '
    'our security forces".',
    "The Valdorian Ministry of Justice said the measures supported the fight against armed groups.",
    "The Valdorian Ministry of Justice said the decision would strengthen regional security.",
])
def test_another_states_measure_spoken_well_of_concurs(extract, words):
    doc = extract(_FREEZE + words)
    assert _stances(doc, words[:25]) == ["concurs"], doc["statements"]


def test_the_measures_own_author_speaking_well_of_it_asserts(extract):
    words = ("The Ostland Minister of Foreign Affairs, Lena Marrak, said the freeze would help end the TLF's "
             "attacks.")
    doc = extract(_FREEZE + words)
    assert _stances(doc, words[:25]) == ["asserts"], doc["statements"]


def test_a_welcome_and_the_minister_after_it_are_two_statements(extract):
    words = ("The Government of Valdoria welcomed the decision on Tuesday. Its Minister of Justice, Arvo Kessler, "
             "said in a statement that Valdoria fully supports the freeze.")
    doc = extract(_FREEZE + words)
    speakers = sorted(s["speaker"] for s in _holding(doc, "welcomed the decision") + _holding(doc, "Arvo Kessler,"))
    assert len(speakers) == 2 and "arvo-kessler" in speakers, doc["statements"]


# ------------------------------------------- 11. the body's lawyer or spokesman right after its denial: a denial
@pytest.mark.parametrize("words", [
    'Karst Marine Agencies rejected the accusations. Its lawyer, Mira Dovan, said in a written statement that the '
    'company "acted only as a port agent for legitimate cargo".',
    "Karst Marine Agencies denied the allegations. Its spokesman, Pol Anders, said the company had carried only "
    "cement and flour for a construction firm.",
    "Karst Marine Agencies rejected the accusation. Its spokeswoman, Ana Velt, told reporters that the firm was a "
    "shipping agent that handled food cargoes.",
])
def test_the_bodys_lawyer_after_its_denial_denies(extract, words):
    doc = extract(_FREEZE + "Ostland also froze the assets of Karst Marine Agencies, which shipped rifles to the TLF. "
                  + words)
    found = _holding(doc, words.split(". ")[1][:25])
    assert found and {s["stance"] for s in found} == {"denies"}, doc["statements"]


def test_a_lawyer_of_another_body_after_a_denial_still_asserts(extract):
    words = ("Karst Marine Agencies rejected the accusations. The Valdorian Ministry of Justice said the company "
             "had shipped rifles to the TLF in March.")
    doc = extract(_FREEZE + "Ostland also froze the assets of Karst Marine Agencies, which shipped rifles to the TLF. "
                  + words)
    assert {s["stance"] for s in _holding(doc, "The Valdorian Ministry")} == {"asserts"}, doc["statements"]
