"""Statements, round 6 of issue #12: the error classes seen on the fifth
held-out set, each with new fictional sentences (not the documents' own):
statements told to a body, denials by "none of its ...", by a denial
coordinated with the verb of saying and by ridicule, concurrences phrased as
matching findings or an accepted account, speakers named by a one-word short
form or hung by the parser as an apposition. A document dated Tuesday
2025-06-10; the knowledge base's own entities plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one  # noqa: F401 - extract is a fixture

TRANSFER = "Kestrel Trading sold rifles to the Ravel Front in May. "
KILLING = "The Ravel Front killed twelve villagers in Kassa in May. "


def _claim(doc, kind):
    return one([c for c in doc["claims"] if c["type"] == kind])


# ---------------------------------------------------------------- 1. told to a body, sworn, maintained
@pytest.mark.parametrize("text, speaker", [
    (TRANSFER + "The Government of Chad informed the Panel that it has found no evidence of any such exports.", "chad"),
    (TRANSFER + "Kestrel Trading has informed the investigators that it has no record of any such sale.",
     "kestrel-trading"),
])
def test_informing_a_body_is_a_statement_of_the_informer(extract, text, speaker):
    doc = extract(text)
    statement = one(doc["statements"], speaker=speaker)
    assert statement["stance"] == "denies"
    assert statement["regarding"] == [_claim(doc, "ArmsTransfer")["id"]]


def test_informing_without_a_clause_is_no_statement(extract):
    doc = extract(TRANSFER + "Kestrel Trading informed its staff by email.")
    assert not [s for s in doc["statements"] if s["speaker"] == "kestrel-trading"]


# ---------------------------------------------------------------- 2. "none of its ..." denies
@pytest.mark.parametrize("text, speaker", [
    (TRANSFER + "Kestrel Trading told the Panel that none of its boats had carried weapons since 2023.",
     "kestrel-trading"),
    (TRANSFER + "The company's director, Omar Haidari, swore that none of his trucks had left the depot that week.",
     "omar-haidari"),
])
def test_none_of_the_speakers_own_denies(extract, text, speaker):
    assert one(extract(text)["statements"], speaker=speaker)["stance"] == "denies"


def test_none_of_someone_elses_is_no_denial_of_the_speaker(extract):
    doc = extract(TRANSFER + "The Treasury Department said that none of the rifles had been recovered.")
    assert one(doc["statements"], speaker="treasury-department")["stance"] == "asserts"


# ---------------------------------------------------------------- 3. a denial coordinated with the verb of saying
@pytest.mark.parametrize("text, speaker", [
    (KILLING + "A Ravel Front spokesman told reporters that the villagers had died in a fire and denied that the "
               "group harms civilians.", "ravel-front"),
    (TRANSFER + "Kestrel Trading said it had delivered food to the region and rejected any link to the group.",
     "kestrel-trading"),
])
def test_a_denial_coordinated_with_the_verb_of_saying(extract, text, speaker):
    assert one(extract(text)["statements"], speaker=speaker)["stance"] == "denies"


# ---------------------------------------------------------------- 4. ridicule denies
def test_scoffing_at_the_allegation_denies_and_the_next_quote_is_the_same_act(extract):
    doc = extract(TRANSFER + "The firm's owner, Omar Haidari, scoffed at the allegation when reporters reached him. "
                             "\"We sell tractors, not guns,\" he said.")
    statement = one(doc["statements"], speaker="omar-haidari")
    assert statement["stance"] == "denies" and statement["quote"] == "We sell tractors, not guns"


def test_laughing_at_something_else_is_no_statement(extract):
    assert not extract(KILLING + "The children laughed at the clown.")["statements"]


# ---------------------------------------------------------------- 5. concurrences: matching findings, an accepted account
@pytest.mark.parametrize("sentence", [
    "The Chad Human Rights Commission has told the Panel that its findings on Kassa match the Panel's.",
    "The Chad Human Rights Commission said that its own investigators had arrived at the same findings as the Panel.",
    "The Chad Human Rights Commission said on Monday that it accepts the Panel's account of the attack.",
])
def test_matching_findings_or_an_accepted_account_concur(extract, sentence):
    doc = extract("The Ravel Front killed twelve villagers in Kassa in May, the Panel of Experts on Chad said. "
                  + sentence)
    assert one(doc["statements"], speaker="chad-human-rights-commission")["stance"] == "concurs"


def test_a_match_of_something_else_is_no_concurrence(extract):
    doc = extract(KILLING + "The Chad Human Rights Commission said the rifles match those seized in 2023.")
    assert one(doc["statements"], speaker="chad-human-rights-commission")["stance"] == "asserts"


# ---------------------------------------------------------------- 6. a one-word short form speaks for the body
def test_the_team_is_the_monitoring_team_named_before(extract):
    doc = extract("The Kassa Border Monitoring Team said the Ravel Front killed nine farmers in Kassa. "
                  "The Team reports that Kestrel Trading sold rifles to the Ravel Front in May.")
    speakers = {s["speaker"] for s in doc["statements"]}
    assert speakers == {"kassa-border-monitoring-team"}


def test_according_to_the_observatory_named_before(extract):
    doc = extract("The Ravel Front killed nine farmers in Kassa, the Chad Civic Observatory said. "
                  "Kestrel Trading sold rifles to the Ravel Front in May, according to the Observatory.")
    assert len([s for s in doc["statements"] if s["speaker"] == "chad-civic-observatory"]) == 2


def test_a_short_form_with_no_body_before_stays_itself(extract):
    doc = extract("The Ravel Front killed nine farmers in Kassa, the Observatory said.")
    assert all(s["speaker"] != "ravel-front" for s in doc["statements"])


# ---------------------------------------------------------------- 7. the speaker the parser hangs as an apposition
@pytest.mark.parametrize("text, speaker", [
    ("Fighters of the Ravel Front overran the town of Kassa on Tuesday and killed at least nine farmers, "
     "the governor of the Kassa region said on Wednesday.", "governor-of-the-kassa-region"),
    ("The Ravel Front killed nine farmers in Kassa, the governor of Kassa province said.",
     "governor-of-the-kassa-province"),
])
def test_an_office_holder_after_the_reported_words(extract, text, speaker):
    statement = one(extract(text)["statements"], speaker=speaker)
    assert statement["stance"] == "asserts"


def test_an_apposition_that_is_no_speaker(extract):
    doc = extract("Kestrel Trading, the company that sold the rifles, said it would cooperate.")
    assert {s["speaker"] for s in doc["statements"]} <= {"kestrel-trading"}


# ---------------------------------------------------------------- 8. a negated verb of saying says nothing
@pytest.mark.parametrize("sentence", [
    "The government in Ndjamena has not said how many soldiers were killed in the fighting.",
    "Chad did not confirm the deaths.",
    "Kestrel Trading did not deny the sale.",
])
def test_a_negated_verb_of_saying_is_no_statement(extract, sentence):
    assert extract(TRANSFER + KILLING + sentence)["statements"] == []


def test_could_not_establish_is_no_statement(extract):
    """Round 6 kept it a finding; the coding manual settled in round 29 that a failed inquiry is no statement."""
    doc = extract(TRANSFER + "The Treasury Department could not establish who had paid for the rifles.")
    assert not [s for s in doc["statements"] if s["speaker"] == "treasury-department"]


# ---------------------------------------------------------------- 9. nobody present, no one killed
@pytest.mark.parametrize("sentence", [
    "The Chadian army said that the strike had hit a rebel depot and that no civilians had been present.",
    "The Chadian army said its soldiers had killed no one in Kassa.",
])
def test_nobody_there_or_no_one_killed_denies(extract, sentence):
    doc = extract("Chadian soldiers killed nine farmers in the village of Kassa on Tuesday. " + sentence)
    assert one(doc["statements"], speaker="chad-armed-forces")["stance"] == "denies"


def test_no_one_else_is_no_denial(extract):
    doc = extract(KILLING + "The Chadian army said no one else had been told of the operation.")
    assert all(s["stance"] == "asserts" for s in doc["statements"])


# ---------------------------------------------------------------- 10. an unnamed person who speaks for a group
@pytest.mark.parametrize("sentence, stance", [
    ("A man who said he spoke for the Ravel Front insisted that the group \"has never harmed a farmer\".", "denies"),
    ("Reached by phone, a man presenting himself as the group's spokesman said the fighters had killed no one "
     "in Kassa.", "denies"),
    ("A woman claiming to speak on behalf of the Ravel Front said the attack was revenge for a raid.", "asserts"),
])
def test_an_unnamed_person_speaking_for_a_group(extract, sentence, stance):
    doc = extract(KILLING + sentence)
    assert one(doc["statements"], speaker="ravel-front")["stance"] == stance


def test_a_witness_speaks_for_no_group(extract):
    doc = extract(KILLING + "A man who lost his brother in Kassa said the Ravel Front had come at night.")
    assert all(s["speaker"] != "ravel-front" for s in doc["statements"])


# ---------------------------------------------------------------- 11. "the army" speaks for a state's forces
def test_the_army_named_before_its_full_name(extract):
    doc = extract("The army blames the Ravel Front for the killing of nine farmers in Kassa. "
                  "The Chadian National Army has sent troops to Kassa.")
    assert {s["speaker"] for s in doc["statements"]} == {"chadian-national-army"}


def test_the_army_is_never_the_armed_group_named_before(extract):
    doc = extract("The Ravel Front killed nine farmers in Kassa, the army said.")
    assert all(s["speaker"] != "ravel-front" for s in doc["statements"])


def test_the_army_after_a_states_forces(extract):
    doc = extract("The Chadian army deployed to Kassa. The Ravel Front killed nine farmers in Kassa, the army said.")
    assert one(doc["statements"])["speaker"] == "chad-armed-forces"


def test_a_group_that_calls_itself_an_army_still_speaks(extract):
    doc = extract("The Ravel Front, a rebel army, said it had taken Kassa.")
    assert one(doc["statements"])["speaker"] == "ravel-front"


# ---------------------------------------------------------------- 12. a rebuttal by a party denies
@pytest.mark.parametrize("text, speaker, kind", [
    (TRANSFER + "The firm's owner, Omar Haidari, insisted that the crates held tractor parts.", "omar-haidari",
     "ArmsTransfer"),
    (KILLING + "The group's commander, Idriss Kaba, insisted that the dead were fighters.", "idriss-kaba",
     "Participation"),
    (TRANSFER + "Kestrel Trading maintains that the cargo was fertiliser.", "kestrel-trading", "ArmsTransfer"),
])
def test_a_party_insisting_denies(extract, text, speaker, kind):
    doc = extract(text)
    statement = one(doc["statements"], speaker=speaker)
    assert statement["stance"] == "denies"
    assert statement["regarding"] == [_claim(doc, kind)["id"]]


def test_insisting_by_someone_with_no_part_asserts(extract):
    doc = extract(KILLING + "Omar Haidari, a trader in Kassa, insisted that the town needs more police.")
    assert one(doc["statements"], speaker="omar-haidari")["stance"] == "asserts"


# ---------------------------------------------------------------- 13. a self-description is no statement
@pytest.mark.parametrize("text", [
    "The Ravel Front, which claims to be a liberation movement, operates in Kassa and has attacked army posts near "
    "Mongo.",
    "The Ravel Front is led by Idriss Kaba, a former teacher who calls himself \"the Lion of Kassa\".",
])
def test_claiming_to_be_or_calling_oneself_is_no_statement(extract, text):
    assert extract(text)["statements"] == []


def test_a_statement_beside_a_self_description_stays(extract):
    doc = extract("Kestrel Trading claims to be a tractor dealer, but the Treasury Department said it sold rifles "
                  "to the Ravel Front.")
    assert [s["speaker"] for s in doc["statements"]] == ["treasury-department"]


# ---------------------------------------------------------------- 14. a body's own inquiry that established it concurs
@pytest.mark.parametrize("sentence", [
    "The Chad Human Rights Commission, in a statement on 6 April, said that its own investigators had established "
    "that the Ravel Front killed civilians in Kassa, and called for an inquiry.",
    "The Chad Human Rights Commission said its own inquiry had found that the Ravel Front killed the farmers in Kassa.",
])
def test_an_own_inquiry_establishing_what_was_reported_concurs(extract, sentence):
    doc = extract("The Ravel Front killed nine farmers in Kassa, the Panel of Experts on Chad said. " + sentence)
    assert one(doc["statements"], speaker="chad-human-rights-commission")["stance"] == "concurs"


@pytest.mark.parametrize("sentence", [
    "Kassa's mayor, Amina Deby, said her own inquiry found that the attackers wore army uniforms.",
    "The Ravel Front said its own fighters had been attacked first.",
])
def test_an_own_finding_of_something_new_or_own_men_is_no_concurrence(extract, sentence):
    doc = extract("The Ravel Front killed nine farmers in Kassa, the Panel of Experts on Chad said. " + sentence)
    assert all(s["stance"] != "concurs" for s in doc["statements"])


# ---------------------------------------------------------------- 15. a firm's lawyers speak for it
@pytest.mark.parametrize("sentence, stance", [
    ("In a letter to the Panel, the company's lawyers said it had only ever handled farm equipment.", "denies"),
    ("Kestrel Trading's attorneys said the firm would appeal the decision.", "asserts"),
])
def test_a_firms_lawyers_speak_for_it(extract, sentence, stance):
    doc = extract(TRANSFER + sentence)
    assert one(doc["statements"], speaker="kestrel-trading")["stance"] == stance


def test_the_lawyers_never_speak_for_the_body_they_write_to(extract):
    doc = extract(TRANSFER + "In a letter to the Treasury Department, the company's lawyers said it had only ever "
                             "handled farm equipment.")
    assert all(s["speaker"] != "treasury-department" for s in doc["statements"])


# ---------------------------------------------------------------- 16. a body's intelligence or report, named by a modifier
POLICE = "The Chad National Police said the Ravel Front had attacked Kassa. "


@pytest.mark.parametrize("sentence, kind", [
    ("Police intelligence puts the group at 250 to 350 armed men.", "Estimate"),
    ("A police report seen by reporters says 60 rifles were handed over to the Ravel Front by Kestrel Trading.",
     "ArmsTransfer"),
])
def test_a_modifier_names_the_body_again(extract, sentence, kind):
    doc = extract(POLICE + sentence)
    claim = _claim(doc, kind)
    assert one(doc["statements"], regarding=[claim["id"]])["speaker"] == "chad-national-police"


def test_the_same_report_is_the_body_that_spoke(extract):
    doc = extract(POLICE + "A police report says 60 rifles were handed over to the Ravel Front by Kestrel Trading. "
                           "The same report says a consignment of grenades reached the group in April.")
    assert len([s for s in doc["statements"] if s["speaker"] == "chad-national-police"]) == 3


def test_putting_a_group_at_a_place_is_no_estimate_statement(extract):
    doc = extract("The Ravel Front attacked Kassa. The Chad National Police put the blame at the door of the group.")
    assert all(s["speaker"] != "chad-national-police" or s["stance"] == "asserts" for s in doc["statements"])
    assert not [c for c in doc["claims"] if c["type"] == "Estimate"]


def test_the_same_report_is_not_the_firm_that_rejected_it(extract):
    doc = extract(POLICE + "A police report says 60 rifles were handed over to the Ravel Front by Kestrel Trading. "
                           "Kestrel Trading rejected the report in a written reply. "
                           "The same report says a consignment of grenades reached the group in April.")
    said = [s for s in doc["statements"] if "grenades" in str(s["evidence"])]
    assert [s["speaker"] for s in said] == ["chad-national-police"]


# ---------------------------------------------------------------- 17. the next sentence of a quote is the same act of saying
def test_a_quote_sentence_after_a_quote_joins_the_statement(extract):
    doc = extract(KILLING + "\"They murdered a child in Kassa to scare the town,\" the minister, Amina Deby, told "
                            "reporters. \"Every franc we take from them is a truck they cannot buy.\"")
    statement = one(doc["statements"], speaker="amina-deby")
    assert len(statement["evidence"]) == 2 and len(statement["quote"]) == 2


def test_a_quote_sentence_after_a_paragraph_break_is_a_statement_of_its_own(extract):
    doc = extract(KILLING + "\"They murdered a child in Kassa,\" the minister, Amina Deby, told reporters.\n\n"
                            "Kestrel Trading sold rifles to the Ravel Front in May, the Treasury Department said.\n\n"
                            "\"Every franc we take from them is a truck they cannot buy.\"")
    assert len([s for s in doc["statements"] if s["speaker"] == "amina-deby"]) <= 1


# ---------------------------------------------------------------- 18. the detectives speak for the police; not knowing is no denial
def test_the_detectives_are_the_police_and_not_knowing_who_sent_it_asserts(extract):
    doc = extract("The Chad National Police arrested two men in Kassa. A consignment of grenades reached the Ravel "
                  "Front in June, the detectives say; they do not know who sent it.")
    assert one(doc["statements"], speaker="chad-national-police")["stance"] == "asserts"


def test_detectives_with_no_police_named_are_no_one(extract):
    doc = extract("The Ravel Front attacked Kassa. A consignment of grenades reached the Ravel Front in June, "
                  "the detectives say.")
    assert doc["statements"] == []


def test_a_party_not_knowing_still_denies(extract):
    doc = extract(TRANSFER + "Kestrel Trading said it did not know who had chartered the boat.")
    assert one(doc["statements"], speaker="kestrel-trading")["stance"] == "denies"


# ---------------------------------------------------------------- 19. a party giving the goods another name denies
ARMOUR = "Kestrel Trading delivered twelve armoured vehicles to the Chadian army in April. "


@pytest.mark.parametrize("sentence, speaker", [
    ("In its reply, the Government of Chad described the vehicles as \"unarmed water trucks\".", "chad"),
    ("Kestrel Trading described the shipment as farm machinery.", "kestrel-trading"),
])
def test_a_party_redescribing_the_goods_denies(extract, sentence, speaker):
    doc = extract(ARMOUR + sentence)
    statement = one(doc["statements"], speaker=speaker)
    assert statement["stance"] == "denies"
    assert statement["regarding"] == [_claim(doc, "ArmsTransfer")["id"]]


def test_a_third_party_describing_the_goods_asserts(extract):
    doc = extract(ARMOUR + "The Treasury Department described the vehicles as modern and well armed.")
    assert one(doc["statements"], speaker="treasury-department")["stance"] == "asserts"


def test_a_party_calling_the_report_accurate_is_no_redescription(extract):
    doc = extract(ARMOUR + "Kestrel Trading called the reports accurate.")
    assert one(doc["statements"], speaker="kestrel-trading")["stance"] == "asserts"
