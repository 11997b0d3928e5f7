"""Statements, round 16 of issue #12: error classes seen on the fifteenth
held-out set, each with new fictional sentences (not the documents' own), in
several wordings, and negative controls. A document dated Tuesday 2025-06-10;
the knowledge base's own entities plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import entity, extract, stances  # noqa: F401 - extract is a fixture


def _said_by(doc, speaker):
    return [s for s in doc["statements"] if s["speaker"] == speaker]


_KILLINGS = "The Red Hand Brigade killed 30 villagers in Valdor in May, the Ostland Army said. "


# ---------------------------------------------------------------- 1. calling the reports false, however parsed
@pytest.mark.parametrize("words", [
    "The Red Hand Brigade has called the reports of killings in Valdor \"fabrications by our enemies in Marsk.\"",
    "The Red Hand Brigade called the allegations of killings near Valdor \"a fabrication of the regime\".",
    "The Red Hand Brigade described the accounts of the raid on Valdor as lies spread by the army.",
    "In a message to reporters, the Red Hand Brigade branded the reports of a massacre in Valdor propaganda.",
])
def test_calling_the_reports_false_denies(extract, words):
    doc = extract(_KILLINGS + words)
    assert ("red-hand-brigade", "denies") in stances(doc), doc["statements"]


def test_calling_reports_of_fabricated_evidence_credible_does_not_deny(extract):
    # control: the word of falsity is what the reports are about, not the speaker's judgement
    doc = extract(_KILLINGS + "The Red Hand Brigade called the reports of fabricated evidence in Valdor credible.")
    assert ("red-hand-brigade", "denies") not in stances(doc), doc["statements"]


# ---------------------------------------------------------------- 2. a lawyer named in apposition after a possessive
@pytest.mark.parametrize("words", [
    "Koral's lawyer, Marta Lindqvist, said on Monday that her client had left the group in 2020 and "
    "\"commands no one.\"",
    "Koral's attorney, Jonas Feldt, told reporters that his client \"has never commanded anyone\".",
    "His counsel, Ilse Varga, said in a statement that Koral had never led the Red Hand Brigade.",
])
def test_a_lawyer_named_after_the_clients_possessive_speaks(extract, words):
    doc = extract("Piet Koral leads the Red Hand Brigade, the Ostland Army said. " + words)
    lawyers = [s for s in doc["statements"] if s.get("role") in ("lawyer", "attorney", "counsel")]
    assert lawyers and lawyers[0]["speaker"] != "piet-koral", doc["statements"]
    assert lawyers[0].get("on_behalf_of") == "piet-koral", doc["statements"]


def test_a_name_apposed_to_a_lawyer_is_a_person(extract):
    doc = extract("Piet Koral leads the Red Hand Brigade, the Ostland Army said. Koral's lawyer, Jonas Feldt, "
                  "said his client had left the group.")
    assert entity(doc, "jonas-feldt")["type"] == "Person"


def test_an_unnamed_lawyer_still_carries_the_clients_words(extract):
    # control: no name in apposition, the client speaks (the settled reading)
    doc = extract("Piet Koral leads the Red Hand Brigade, the Ostland Army said. Koral's lawyer said on Monday "
                  "that her client \"commands no one.\"")
    assert _said_by(doc, "piet-koral"), doc["statements"]


# ---------------------------------------------------------------- 3. a formation named again by its noun
def test_the_division_named_again_after_another_speaker_speaks(extract):
    doc = extract("The Ostland Army's 3rd Infantry Division said 40 rifles had reached the Red Hand Brigade by "
                  "boat in July. Major Anna Berg said the rifles came from Marsk. The division also accused a "
                  "Valdor arms dealer, Piet Koral, of selling the group hand grenades last year.")
    assert [s for s in _said_by(doc, "3rd-infantry-division") if "Koral" in str(s["evidence"])], doc["statements"]


def test_the_brigade_is_the_group_named_brigade_not_the_state_army(extract):
    doc = extract("The Red Hand Brigade attacked a police post near Valdor, the Ostland Army said. The brigade "
                  "dismissed the reports of an attack as \"propaganda by the government\".")
    assert ("red-hand-brigade", "denies") in stances(doc), doc["statements"]
    assert ("ostland-army", "denies") not in stances(doc), doc["statements"]


def test_the_battalion_said_after_a_named_battalion(extract):
    doc = extract("Soldiers of the 41st Mountain Battalion clashed with the Red Hand Brigade near Valdor on "
                  "Sunday. The battalion said in a statement that four fighters had been captured.")
    assert [s for s in doc["statements"] if "battalion" in s["speaker"]], doc["statements"]


# ---------------------------------------------------------------- 4. an abbreviation without brackets
@pytest.mark.parametrize("intro, short", [
    ("The Red Hand Brigade, known as the RHB, broke away from a larger movement in 2019, according to the "
     "Ostland Army.", "RHB"),
    ("The Marsk Liberation Army, also known as the MLA, operates in the hills of Valdor, the police said.", "MLA"),
    ("The Tarn Valley Front, known by its initials TVF, was founded in 2020, local officials said.", "TVF"),
])
def test_an_abbreviation_after_known_as_is_an_alias_that_speaks(extract, intro, short):
    doc = extract(intro + f" In a statement sent to local radio stations on Monday, the {short} said its fighters "
                  "had \"not been in that valley for weeks\".")
    said = [s for s in doc["statements"] if "statement sent" in str(s["evidence"])]
    assert said and said[0]["speaker"] not in ("ostland-army",) and short not in said[0]["speaker"].upper(), said
    assert said[0]["stance"] == "denies", said


def test_a_nickname_in_words_after_known_as_is_no_abbreviation(extract):
    # control: "known as the Lions" is no run of capitals
    doc = extract("The Red Hand Brigade, known as the Lions, broke away from a larger movement in 2019, according "
                  "to the Ostland Army.")
    assert "Lions" not in entity(doc, "red-hand-brigade").get("aliases", []), doc["entities"]


# ---------------------------------------------------------------- 5. its own side was not there
@pytest.mark.parametrize("words", [
    "In a statement, the Red Hand Brigade said its fighters had \"not been in that valley for weeks\".",
    "The Red Hand Brigade said on Monday that its men were not in the area of Valdor when the shooting began.",
    "A spokesman for the Red Hand Brigade told reporters that the group's units had not been near Valdor.",
])
def test_saying_its_own_fighters_were_not_there_denies(extract, words):
    doc = extract(words)
    assert ("red-hand-brigade", "denies") in stances(doc), doc["statements"]


def test_not_being_in_a_position_to_comment_is_no_denial(extract):
    # control: "in a position" is no place
    doc = extract("The Ostland Army said the Red Hand Brigade attacked Valdor. The Red Hand Brigade said it was "
                  "not in a position to comment on the attack in Valdor.")
    assert ("red-hand-brigade", "denies") not in stances(doc), doc["statements"]


# ---------------------------------------------------------------- 6. an accusation after a denial
_DENIAL = ("Gunmen killed 12 traders at the market of Valdor on 3 May. In a letter to the Panel, the Red Hand "
           "Brigade's spokesman, Tomas Verr, denied that the group's fighters had been near Valdor in May. ")


@pytest.mark.parametrize("words", [
    "He blamed the Marsk Liberation Army for the attack.",
    "He accused the Marsk Liberation Army of carrying out the killings.",
    "He attributed the attack to the Marsk Liberation Army.",
])
def test_an_accusation_of_a_named_party_after_a_denial_is_a_statement_of_its_own(extract, words):
    doc = extract(_DENIAL + words)
    assert ("tomas-verr", "denies") in stances(doc) and ("tomas-verr", "asserts") in stances(doc), doc["statements"]


def test_blaming_unnamed_people_after_a_denial_is_more_of_the_denial(extract):
    # control: no party named, no statement of its own
    doc = extract(_DENIAL + "He blamed vigilantes for the attack.")
    assert ("tomas-verr", "asserts") not in stances(doc), doc["statements"]


# ---------------------------------------------------------------- 7. "the army" is never the police
@pytest.mark.parametrize("words", [
    "The army said in a statement on Monday that the two men were rebels killed in an exchange of fire.",
    "The military said the two men had been armed.",
    "the army said three.",
])
def test_the_army_is_not_the_police_the_text_names(extract, words):
    doc = extract("The Valdor Police Service attributed the killing of a farmer to the Red Hand Brigade. "
                  "Soldiers shot two brothers near Marsk on Sunday; relatives said they were farmers. " + words)
    assert not [s for s in _said_by(doc, "valdor-police-service") if "army" in str(s["evidence"]).lower()
                or "military" in str(s["evidence"]).lower() or "three" in str(s["evidence"])], doc["statements"]


def test_the_army_is_the_army_the_text_names(extract):
    # control: an army named in the text speaks as "the army"
    doc = extract("The Zambia Army and the Zambia Police Service patrol the border. The army said in a statement "
                  "on Monday that the Red Hand Brigade had attacked a patrol near Marsk.")
    assert _said_by(doc, "zambia-army"), doc["statements"]


# ---------------------------------------------------------------- 8. former members speak for no one
@pytest.mark.parametrize("words", [
    "Two former members of the Red Hand Brigade told us the group received rifles by boat from Marsk in August.",
    "Two former RHB members told us the group received rifles by boat from Marsk in August.",
    "A former commander of the Red Hand Brigade, who left in 2022, said the group received rifles from Marsk.",
    "A retired Ostland Army colonel said the Red Hand Brigade received rifles by boat from Marsk in August.",
])
def test_former_members_speak_for_no_body(extract, words):
    doc = extract("The Red Hand Brigade (RHB) operates near Valdor. " + words)
    assert not [s for s in doc["statements"] if s["speaker"] in ("red-hand-brigade", "ostland-army")], \
        doc["statements"]


def test_a_spokesman_of_the_group_still_speaks_for_it(extract):
    # control: a current spokesman
    doc = extract("The Red Hand Brigade (RHB) operates near Valdor. A spokesman for the Red Hand Brigade told us "
                  "the group received rifles by boat from Marsk in August.")
    assert _said_by(doc, "red-hand-brigade"), doc["statements"]


# ---------------------------------------------------------------- 9. a ranked name with a particle, apposed to a post
_MINISTRY = "Ostland's Ministry of Interior said in a statement that it welcomed the seizure. "


@pytest.mark.parametrize("words, person", [
    ("A ministry spokesman, Brigadier Ali Naji al-Rawi, said Ostland forces had increased patrols along the "
     "border since October.", "ali-naji-al-rawi"),
    ("An army spokeswoman, Colonel Hamid Said al-Tikriti, told reporters that patrols had increased.",
     "hamid-said-al-tikriti"),
    ("A police spokesman, Major Omar Idris ag-Mohamed, said two men had been arrested at the border.",
     "omar-idris-ag-mohamed"),
])
def test_a_ranked_name_in_apposition_to_a_spokesman_speaks(extract, words, person):
    doc = extract(_MINISTRY + words)
    assert _said_by(doc, person), doc["statements"]
    assert entity(doc, person)["type"] == "Person"


def test_a_spokesman_post_is_labelled_without_the_body_noun(extract):
    doc = extract(_MINISTRY + "A ministry spokesman, Brigadier Ali Naji al-Rawi, said patrols had increased.")
    roles = {e["label"] for e in doc["entities"] if e["type"] == "Role"}
    assert "ministry spokesman" not in roles, roles


def test_an_unnamed_spokesman_is_the_body(extract):
    # control: no name in apposition
    doc = extract(_MINISTRY + "A ministry spokesman said Ostland forces had increased patrols along the border.")
    assert [s for s in doc["statements"] if s.get("role") == "spokesman" and "ministry" in s["speaker"]], \
        doc["statements"]


# ---------------------------------------------------------------- 10. a lead's unnamed spokesperson named next
@pytest.mark.parametrize("text, person", [
    ("The Zambia Army patrols the border. The Red Hand Brigade attacked a market in Valdor on Sunday, killing nine "
     "traders, an army spokeswoman said on Tuesday. Major Anna Berg, spokeswoman for the army's 3rd Infantry "
     "Division, said the attackers had come from Marsk.", "anna-berg"),
    ("Gunmen of the Red Hand Brigade ambushed a police convoy near Valdor on Sunday, killing three officers, a police "
     "spokesman said on Monday. \"This was the Red Hand Brigade,\" Inspector Tomas Verr, spokesman for the Zambia "
     "Police Service, told reporters in Lusaka.", "tomas-verr"),
])
def test_a_leads_unnamed_spokesperson_named_in_the_next_sentence_is_one_act(extract, text, person):
    doc = extract(text)
    assert _said_by(doc, person), doc["statements"]
    assert not [s for s in doc["statements"] if s["speaker"] != person and s.get("role", "").startswith("spokes")], \
        doc["statements"]
    said = _said_by(doc, person)[0]
    assert "killing" in str(said["evidence"]) and any("killings" in r for r in said["regarding"]), said


def test_a_spokesperson_of_another_body_next_is_another_act(extract):
    # control: the lead's army spokeswoman is not the police spokeswoman of the next sentence
    doc = extract("The Zambia Army patrols the border. The Red Hand Brigade attacked a market in Valdor on Sunday, "
                  "killing nine traders, an army spokeswoman said on Tuesday. Anna Berg, a police spokeswoman, said "
                  "the attackers had come from Marsk.")
    assert _said_by(doc, "zambia-army") and _said_by(doc, "anna-berg"), doc["statements"]


# ---------------------------------------------------------------- 11. finding no support for another's account
_ACCOUNT = ("Gunmen killed 12 traders at the market of Valdor on 3 May. In a letter to the Panel, the Red Hand "
            "Brigade's spokesman, Tomas Verr, blamed the Marsk Liberation Army for the attack. ")


@pytest.mark.parametrize("words", [
    "The Panel found no evidence supporting that account.",
    "The Panel found no evidence to support the group's claim.",
    "The Panel found no evidence for that version of events.",
    "Investigators of the Panel found no indication backing his account.",
])
def test_finding_no_support_for_the_account_just_given_denies_it(extract, words):
    doc = extract("The Panel of Experts on Valdor reports to the Security Council. " + _ACCOUNT + words)
    assert [s for s in doc["statements"] if s["stance"] == "denies" and "panel" in s["speaker"]], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Panel found evidence supporting that account.",
    "The Panel found no evidence of an exchange of fire.",
])
def test_support_found_or_no_evidence_of_an_event_is_no_rebuttal(extract, words):
    # controls: support found; no evidence of something else
    doc = extract("The Panel of Experts on Valdor reports to the Security Council. " + _ACCOUNT + words)
    assert not [s for s in doc["statements"] if s["stance"] == "denies" and "panel" in s["speaker"]], \
        doc["statements"]


# ---------------------------------------------------------------- 12. "the army" is a state's army by its name
@pytest.mark.parametrize("text, army", [
    ("The Red Hand Brigade operates in the hills, according to the Nigerian Army. The army estimates the group's "
     "strength at about 150 fighters.", "nigerian-army"),
    ("The Red Hand Brigade operates in the hills, according to the Sri Lanka Army. The army said the group had "
     "about 150 fighters.", "sri-lanka-army"),
    ("The Red Hand Brigade broke away in 2019, according to the Zambia Army. Its leader is Piet Koral, the army "
     "said. The army puts the group's strength at about 150 fighters.", "zambia-army"),
])
def test_the_army_is_the_army_a_states_name_opens(extract, text, army):
    doc = extract(text)
    assert [s for s in _said_by(doc, army) if "150" in str(s["evidence"])], doc["statements"]


def test_the_army_is_never_an_armed_group_named_army(extract):
    # control: a group whose name ends in "Army" is no state's army
    doc = extract("The Marsk Liberation Army attacked a police post near Valdor on Sunday. The army said the group "
                  "had about 150 fighters.")
    assert not _said_by(doc, "marsk-liberation-army"), doc["statements"]


# ---------------------------------------------------------------- 13. an official reports the state's concurrence
_ASSESSMENT = "The United States said the Red Hand Brigade carried out the attack on Valdor in May. "


@pytest.mark.parametrize("words", [
    "A Defence Headquarters spokesman, Brigadier General Tomas Verr, told a briefing on Friday that troops had been "
    "redeployed. He said Zambia shared the US assessment of the Valdor attack.",
    "The Zambia Army's spokeswoman, Colonel Anna Berg, said Zambia shared the US assessment of the attack.",
    "A spokesman for the Defence Headquarters, Major Jonas Feldt, said Zambia agreed with the US assessment of "
    "the attack.",
])
def test_a_spokesperson_saying_the_state_shares_an_assessment_concurs(extract, words):
    doc = extract(_ASSESSMENT + words)
    assert [s for s in doc["statements"] if s["stance"] == "concurs" and s.get("role", "").startswith("spokes")], \
        doc["statements"]


def test_an_analyst_saying_the_state_shares_an_assessment_does_not_concur(extract):
    # control: an analyst holds no post of the state's
    doc = extract(_ASSESSMENT + "Piet Koral, an analyst at the Valdor Institute, said Zambia shared the US "
                  "assessment of the attack.")
    assert ("piet-koral", "concurs") not in stances(doc), doc["statements"]
