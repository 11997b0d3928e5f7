"""Statements, round 17 of issue #12: error classes seen on the sixteenth
held-out set, each with new fictional sentences (not the documents' own), in
several wordings, and negative controls. A document dated Tuesday 2025-06-10;
the knowledge base's own entities plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, stances  # noqa: F401 - extract is a fixture


def _said_by(doc, speaker):
    return [s for s in doc["statements"] if s["speaker"] == speaker]


_KILLED = "Soldiers killed three {} in Varna on Friday, residents said. "


# ---------------------------------------------------------------- 1. the dead recast as combatants deny the killing
@pytest.mark.parametrize("victims, words", [
    ("men", "The army spokesman, Colonel Pavel Drosk, told reporters on Monday that the three men were "
            "\"bandits killed while fleeing arrest\"."),
    ("men", "The Ostland Army said the dead were members of the Red Hand Brigade."),
    ("villagers", "In a statement, the Ostland Army said the victims had been insurgents armed with rifles."),
    ("farmers", "According to the Ostland Army, which issued a statement on Sunday, the dead were militants and "
                "terrorists."),
])
def test_calling_the_dead_combatants_denies_the_killing(extract, victims, words):
    doc = extract(_KILLED.format(victims) + words)
    denials = [s for s in doc["statements"] if s["stance"] == "denies"]
    assert denials and any(r.startswith("killings-in-varna") for r in denials[0]["regarding"]), doc["statements"]


@pytest.mark.parametrize("words", [
    "The Ostland Army said the attackers were fighters of the Red Hand Brigade.",  # the killers, not the dead
    "The Ostland Army said the victims were not fighters.",  # negated: no recasting
])
def test_naming_the_attackers_or_clearing_the_dead_does_not_deny(extract, words):
    doc = extract(_KILLED.format("villagers") + words)
    assert not [s for s in doc["statements"] if s["stance"] == "denies"], doc["statements"]


def test_men_arrested_called_members_deny_nothing(extract):
    doc = extract("The Ostland Army arrested three men in Varna on Friday. Police said the men were members of the "
                  "Red Hand Brigade.")
    assert not [s for s in doc["statements"] if s["stance"] == "denies"], doc["statements"]


# ---------------------------------------------------------------- 2. an intention reported under "will"/"would"
@pytest.mark.parametrize("words", [
    "General Ivo Marek, the chief of staff, said on state radio that the army would \"clear the hills of every "
    "armed man\".",
    "The interior minister, Dana Kovac, told parliament that police will hunt down the killers \"wherever they "
    "hide\".",
    "In an interview on Monday, Dana Kovac said her government would rebuild every house in the village.",
])
def test_an_intention_under_a_modal_is_no_statement(extract, words):
    doc = extract(_KILLED.format("villagers") + words)
    assert not [s for s in doc["statements"] if s["speaker"] in ("ivo-marek", "dana-kovac")], doc["statements"]


@pytest.mark.parametrize("words", [
    "\"Ostland will not be a haven for the money of killers,\" said Foreign Minister Dana Kovac.",  # a quote said whole
    "Kestrel Trading's spokesman, Jonas Weller, said the company would appeal.",  # an answer to a charge
])
def test_a_quote_said_whole_or_an_appeal_stays_a_statement(extract, words):
    doc = extract("Kestrel Trading sold rifles to the Red Hand Brigade, officials said. " + words)
    assert [s for s in doc["statements"] if s["speaker"] in ("dana-kovac", "jonas-weller")], doc["statements"]


# ---------------------------------------------------------------- 3. a firm's own stop of work is no statement
@pytest.mark.parametrize("words", [
    "The haulier that employed them, Sava Freight Ltd, said it had halted work on the northern road.",
    "Sava Freight Ltd, a Varna-based haulier, said on Tuesday that it was suspending its convoys until further "
    "notice.",
    "The mining company Orlo Gold said it has stopped work at its two pits in the district.",
])
def test_a_firms_own_stop_of_work_is_no_statement(extract, words):
    doc = extract("Gunmen killed four drivers near Varna on Monday, police said. " + words)
    assert not [s for s in doc["statements"] if s["speaker"] in ("sava-freight-ltd", "orlo-gold")], doc["statements"]


def test_a_firm_saying_what_the_gunmen_did_stays_a_statement(extract):
    # control: the clause is about the attackers, not the firm's own step
    doc = extract("Gunmen killed four drivers near Varna on Monday, police said. Sava Freight Ltd said the gunmen "
                  "had stopped its trucks at a roadblock.")
    assert _said_by(doc, "sava-freight-ltd"), doc["statements"]


# ---------------------------------------------------------------- 4. "the minister", "the official": a person so named
_SELLER = ("Interior Minister Dana Kovac said the Red Hand Brigade's rifles had been brought from Marsk by boat. "
           "She named a trader, Ivo Tesla, as the seller. ")


@pytest.mark.parametrize("words", [
    "A second shipment, of ammunition, reached the group in October from a sender investigators have not "
    "identified, the minister added.",
    "The minister said a second shipment had reached the group in October.",
    "According to the minister, the brigade also received mortars from an unknown supplier in May.",
])
def test_the_minister_is_the_minister_not_the_person_named_last(extract, words):
    doc = extract(_SELLER + words)
    assert not _said_by(doc, "ivo-tesla"), doc["statements"]
    assert all(s["stance"] == "asserts" for s in _said_by(doc, "dana-kovac")), doc["statements"]


def test_the_official_is_no_person_who_was_not_called_one(extract):
    doc = extract("The Red Hand Brigade is led by Pavel Orsz, a former army captain, according to a security "
                  "official who spoke on condition of anonymity. The official put the group's strength at between "
                  "80 and 120 fighters.")
    assert not _said_by(doc, "pavel-orsz"), doc["statements"]


def test_the_official_is_the_official_named_in_apposition(extract):
    # control: a person the text called an official is who "the official" is
    doc = extract("Jan Bell, a senior official at the ministry, said the Red Hand Brigade had 300 fighters. The "
                  "group attacked Varna in May, the official added.")
    assert len(_said_by(doc, "jan-bell")) == 2, doc["statements"]


def test_a_quote_after_a_colon_stays_a_statement(extract):
    doc = extract("Kestrel Trading sold rifles to the Red Hand Brigade, officials said. Foreign Minister Dana Kovac "
                  "said: \"Ostland will not be a haven for the money of killers. Anyone who funds them will be found.\"")
    assert _said_by(doc, "dana-kovac"), doc["statements"]


def test_a_speaker_whose_intention_was_dropped_is_still_the_one_named_next(extract):
    doc = extract("The Red Hand Brigade operates in Varna. General Osvaldo Marin Soto, the commander of the task "
                  "force, said on Tuesday that 600 more soldiers would reach the town by the weekend. Marin said "
                  "rifles found at a brigade camp in May had been stolen from a police armoury in Marsk.")
    said = _said_by(doc, "osvaldo-marin-soto")
    assert len(said) == 1 and "rifles found" in str(said[0]["evidence"]), doc["statements"]


def test_a_plural_post_noun_is_no_anaphor(extract):
    # control: "Prosecutors say" names the prosecution, not "the prosecutor" who spoke before
    doc = extract("The Marsk Public Prosecutor's Office said the Red Hand Brigade had bought rifles in May. Police "
                  "arrested a gun dealer in Varna. Prosecutors say the dealer sold 25 pistols to the Red Hand Brigade.")
    assert len(doc["statements"]) == 2, doc["statements"]


# ---------------------------------------------------------------- 5. a spokesman named in a relative clause speaks
_SEIZED = "Customs officers seized rifles bound for the Red Hand Brigade in Varna, police said. "


@pytest.mark.parametrize("words, person", [
    ("The brigade's spokesman, who uses the name Abu Salim, denied that the group had ordered the rifles.",
     "abu-salim"),
    ("A spokeswoman for the Red Hand Brigade, who calls herself Mariam Tade, said in a message that the group "
     "\"has never bought a rifle abroad\".", "mariam-tade"),
    ("In a video, a Red Hand Brigade commander who goes by the nom de guerre Abu Jafar denied that the group had "
     "ordered the rifles.", "abu-jafar"),
])
def test_a_speaker_named_in_a_relative_clause_speaks(extract, words, person):
    doc = extract(_SEIZED + words)
    assert (person, "denies") in stances(doc), doc["statements"]


def test_a_spokesman_so_named_speaks_for_the_group(extract):
    doc = extract(_SEIZED + "The brigade's spokesman, who uses the name Abu Salim, denied that the group had "
                            "ordered the rifles.")
    said = _said_by(doc, "abu-salim")
    assert said and said[0].get("on_behalf_of") == "red-hand-brigade", doc["statements"]


def test_a_person_the_relative_clause_only_mentions_does_not_speak(extract):
    # control: "who went to Varna with X" gives no name to the speaker
    doc = extract(_SEIZED + "The brigade's spokesman, who went to Varna with Ivo Tesla, denied that the group had "
                            "ordered the rifles.")
    assert not _said_by(doc, "ivo-tesla"), doc["statements"]


# ---------------------------------------------------------------- 6. a state's government named after its possessive
@pytest.mark.parametrize("words, state", [
    ("Chad's Government of National Accord welcomed the seizure in a statement on Monday.", "chad"),
    ("In a statement, Chad's Government of National Salvation said the rifles had been stolen from its depots.",
     "chad"),
    ("Niger's transitional government said on Monday that it shared the findings of the police.", "niger"),
])
def test_a_states_government_speaks_as_the_state(extract, words, state):
    doc = extract(_SEIZED + words)
    assert _said_by(doc, state), doc["statements"]


def test_a_government_named_with_no_state_stays_itself(extract):
    # control: no possessive state before it
    doc = extract(_SEIZED + "The Government of National Accord welcomed the seizure in a statement on Monday.")
    assert _said_by(doc, "government-of-national-accord"), doc["statements"]


# ---------------------------------------------------------------- 7. a welcome and a figure of one's own: two statements
_DESIGNATED = "The United States designated the Red Hand Brigade on Monday. "


@pytest.mark.parametrize("words", [
    "The Chad Ministry of Defence welcomed the designation on Friday and said the group had \"between 1,200 and "
    "1,500 armed men\", fewer than the US figure.",
    "The Chad Ministry of Defence welcomed the designation and said the group had about 800 fighters in the Tibesti "
    "region.",
    "In a statement on Tuesday, the Chad Ministry of Defence welcomed the US decision and said the brigade now "
    "numbered some 2,000 combatants.",
])
def test_a_welcome_and_a_figure_of_its_own_are_two_statements(extract, words):
    doc = extract(_DESIGNATED + words)
    assert {("chad-ministry-of-defence", "concurs"), ("chad-ministry-of-defence", "asserts")} <= stances(doc), \
        doc["statements"]


@pytest.mark.parametrize("words", [
    "Niger's foreign ministry welcomed the decision and said it shared the US assessment of the group.",
    "The Chad Ministry of Defence welcomed the designation and said it would \"keep working with our partners\".",
    "The Chad Ministry of Defence confirmed the designation and said two men had been arrested in N'Djamena.",
])
def test_a_welcome_with_words_that_concur_or_report_no_fact_is_one_statement(extract, words):
    doc = extract(_DESIGNATED + words)
    assert not [s for s in doc["statements"] if s["stance"] == "asserts"], doc["statements"]


# ---------------------------------------------------------------- 8. an unnamed owner speaks as the firm
_DELISTED = ("Treasury designated Marlin Shipping for carrying arms for the Red Hand Brigade, the ministry said. "
             "Also on Thursday, Treasury removed Delta Fisheries S.A., a fishing company, from its list. ")


@pytest.mark.parametrize("words, firm", [
    ("The company's owner said he welcomed the decision \"after three years of ruin\".", "delta-fisheries-s-a"),
    ("Marlin Shipping's owner told reporters that the designation was \"a mistake\".", "marlin-shipping"),
    ("The firm's proprietor said on Friday that he welcomed the decision.", "delta-fisheries-s-a"),
])
def test_an_unnamed_owner_speaks_as_the_firm(extract, words, firm):
    doc = extract(_DELISTED + words)
    said = _said_by(doc, firm)
    assert said and said[-1].get("role") in ("owner", "proprietor"), doc["statements"]


def test_a_named_owner_speaks_himself(extract):
    # control: the owner named in apposition speaks
    doc = extract(_DELISTED + "Marlin Shipping's owner, Piet Vos, told reporters that the designation was "
                              "\"a mistake\".")
    assert _said_by(doc, "piet-vos") and not _said_by(doc, "marlin-shipping"), doc["statements"]


# ---------------------------------------------------------------- 9. "the note said": who sent the message just named
@pytest.mark.parametrize("words", [
    "The Transitional Government of Niger welcomed the decision in a note verbale delivered to the Ministry on "
    "Monday. The Red Hand Brigade has bases around Varna, the note said.",
    "In a letter to the Panel, Niger rejected the account. The Red Hand Brigade has bases in Marsk, the letter "
    "added.",
    "Niger said in a statement on Monday that it shared the findings. The statement added that the Red Hand Brigade "
    "had moved to Varna.",
])
def test_the_message_just_named_speaks_for_its_sender(extract, words):
    doc = extract("The Red Hand Brigade killed nine villagers in Varna, police said. " + words)
    assert any("Red Hand Brigade ha" in str(s["evidence"]) for s in _said_by(doc, "niger")), doc["statements"]


def test_a_letter_no_one_was_said_to_send_is_no_ones(extract):
    # control: the statement before it names no letter
    doc = extract("The Red Hand Brigade killed nine villagers in Varna, police said. Niger rejected the account on "
                  "Monday. The Red Hand Brigade has no bases in Niger, the letter added.")
    assert len(_said_by(doc, "niger")) == 1, doc["statements"]


# ---------------------------------------------------------------- 10. a reply with a clause of its own is a statement
_BATTALION = "Soldiers of the 5th Battalion killed three men in Varna, residents said. "


@pytest.mark.parametrize("words, stance", [
    ("We shared our findings with Chad's Ministry of Defence on 22 December. The Ministry replied on 27 December that "
     "it \"does not accept the allegations against the 5th Battalion\".", "denies"),
    ("Chad's Ministry of Defence replied on 27 December that it \"does not accept the allegations\".", "denies"),
    ("In a letter, Chad's Ministry of Defence responded that the battalion had been attacked first.", "asserts"),
])
def test_a_reply_with_a_clause_is_a_statement(extract, words, stance):
    doc = extract(_BATTALION + words)
    assert ("ministry-of-defence-of-chad", stance) in stances(doc), doc["statements"]


def test_no_reply_is_no_statement(extract):
    doc = extract(_BATTALION + "Chad's Ministry of Defence did not reply to our questions.")
    assert not doc["statements"], doc["statements"]


def test_the_message_quoted_after_a_denial_is_the_same_act(extract):
    doc = extract("The Red Hand Brigade killed nine villagers in Varna, police said. In a message posted on social "
                  "media on Tuesday, the brigade's spokesman, who uses the name Abu Salim, denied that the group had "
                  "attacked the village. \"Our fighters do not kill farmers. This is the work of the army,\" the "
                  "message said.")
    said = _said_by(doc, "abu-salim")
    assert len(said) == 1 and said[0]["stance"] == "denies", doc["statements"]


# ---------------------------------------------------------------- 11. condemning a killing asserts it
_ROAD = "Gunmen of the Red Hand Brigade killed six road workers near Varna on Monday, the government said. "


@pytest.mark.parametrize("words, speaker", [
    ("The Economic Community of West African States condemned the killing of the workers on Tuesday.",
     "economic-community-of-west-african-states"),
    ("The African Union strongly condemned the attack in a statement.", "african-union"),
    ("On Wednesday the African Union denounced the massacre of civilians near Varna.", "african-union"),
])
def test_condemning_a_killing_asserts_it(extract, words, speaker):
    doc = extract(_ROAD + words)
    assert (speaker, "asserts") in stances(doc), doc["statements"]


def test_condemning_a_measure_is_no_statement_about_a_killing(extract):
    # control: the object is no act of violence
    doc = extract("The United States designated the Red Hand Brigade on Monday. Niger condemned the sanctions as "
                  "unjust.")
    assert not [s for s in doc["statements"] if s["speaker"] == "niger" and s["stance"] == "asserts"], \
        doc["statements"]


# ---------------------------------------------------------------- 12. a denial of an order or a seizure is about the transfer
@pytest.mark.parametrize("words", [
    "A spokesman for the Red Hand Brigade, Tomas Verin, wrote on social media that the group \"has never ordered "
    "anything from abroad\".",
    "Tomas Verin, the brigade's spokesman, rejected the seizure report and said the container was \"not ours\".",
])
def test_a_denial_of_an_order_or_a_seizure_is_about_the_transfer(extract, words):
    doc = extract("According to police, the rifles seized in Varna were intended for the Red Hand Brigade, an armed "
                  "group that operates in Varna. " + words)
    denials = [s for s in doc["statements"] if s["stance"] == "denies"]
    assert denials and all("operations" not in r for r in denials[0]["regarding"]), doc["statements"]
