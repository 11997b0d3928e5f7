"""Statements, round 15 of issue #12: error classes seen on the fourteenth
held-out set, each with new fictional sentences (not the documents' own) and
negative controls. A document dated Tuesday 2025-06-10; the knowledge base's
own entities plus every state."""

from __future__ import annotations

from .extract_cases import extract, stances  # noqa: F401 - extract is a fixture


def _said_by(doc, speaker):
    return [s for s in doc["statements"] if s["speaker"] == speaker]


# ---------------------------------------------------------------- 1. the issuer of a two-part masthead narrates
def test_a_body_named_in_the_second_part_of_a_masthead_line_narrates(extract):
    doc = extract("REPUBLIC OF OSTLAND\nMINISTRY OF DEFENCE - NAVAL POLICE\n\nPress release 12/2025\n\n"
                  "The Naval Police announces that its launches stopped a fishing boat carrying rifles for the "
                  "Red Hand Brigade off Valdor on Sunday.")
    assert not [s for s in doc["statements"] if "naval-police" in s["speaker"]], doc["statements"]


def test_a_body_the_masthead_does_not_name_still_speaks(extract):
    # control: the masthead names another body
    doc = extract("REPUBLIC OF OSTLAND\nMINISTRY OF DEFENCE - PRESS OFFICE\n\nPress release 12/2025\n\n"
                  "The Naval Police said that a fishing boat had carried rifles for the Red Hand Brigade.")
    assert [s for s in doc["statements"] if "naval-police" in s["speaker"]], doc["statements"]


# ---------------------------------------------------------------- 2. a lawyer named after "a lawyer for X"
def test_a_lawyer_for_a_client_named_in_apposition_speaks(extract):
    doc = extract("Piet Koral commands the Red Hand Brigade, the police said. A lawyer for Koral, Marta Lindqvist, "
                  "told reporters that her client \"has never commanded anyone\".")
    assert ("marta-lindqvist", "denies") in stances(doc), doc["statements"]
    assert not _said_by(doc, "piet-koral"), doc["statements"]


def test_an_unnamed_lawyer_for_a_client_carries_the_clients_words(extract):
    # control: no name in apposition, the client speaks
    doc = extract("Piet Koral commands the Red Hand Brigade, the police said. A lawyer for Koral "
                  "told reporters that her client \"has never commanded anyone\".")
    assert ("piet-koral", "denies") in stances(doc), doc["statements"]


def test_a_client_speaking_through_his_lawyer_is_the_lawyer_speaking(extract):
    doc = extract("The police charged the boat's skipper with smuggling rifles to the Red Hand Brigade. "
                  "The skipper told the court through his lawyer, Marta Lindqvist, that he had been hired to "
                  "carry timber and \"never looked inside the crates\".")
    said = _said_by(doc, "marta-lindqvist")
    assert said and said[0]["stance"] == "denies" and said[0].get("role"), doc["statements"]


# ---------------------------------------------------------------- 3. concurring in the reported clause
def test_concurring_with_an_assessment_in_a_coordinated_clause_concurs(extract):
    doc = extract("The Ostland Navy said the rifles were bound for the Red Hand Brigade. The Valdor Coast Guard "
                  "said in a statement that it had followed the boat for a day and \"concurs with Ostland's "
                  "assessment\" of the cargo.")
    assert [s for s in doc["statements"] if "valdor" in s["speaker"] and s["stance"] == "concurs"], \
        doc["statements"]


def test_welcoming_the_end_of_a_listing_concurs(extract):
    doc = extract("On Monday the Council of the European Union removed Kovar Trading from its sanctions list. "
                  "Kovar Trading said in a statement that it \"welcomes the end of an unfair listing\".")
    assert ("kovar-trading", "concurs") in stances(doc), doc["statements"]


def test_following_a_boat_alone_does_not_concur(extract):
    # control: no judgement to concur with
    doc = extract("The Ostland Navy said the rifles were bound for the Red Hand Brigade. The Valdor Coast Guard "
                  "said in a statement that it had followed the boat for a day and \"boarded it at dawn\".")
    assert not [s for s in doc["statements"] if s["stance"] == "concurs"], doc["statements"]


# ---------------------------------------------------------------- 4. a speech word used as a noun after a pronoun
def test_selling_his_shares_is_no_concurrence(extract):
    doc = extract("Valdor imposed sanctions on Piet Koral in March. He was removed from the list today after he "
                  "sold his shares in Kovar Trading.")
    assert not _said_by(doc, "piet-koral"), doc["statements"]


def test_a_person_who_shares_an_assessment_still_concurs(extract):
    # control: the verb
    doc = extract("Valdor imposed sanctions on Piet Koral in March. The Ostland government said it shares "
                  "Valdor's assessment.")
    assert [s for s in doc["statements"] if "ostland" in s["speaker"] and s["stance"] == "concurs"], doc["statements"]


# ---------------------------------------------------------------- 5. "A researcher at X, Y, said": someone new
def test_an_indefinite_speaker_noun_is_not_the_body_that_spoke_before(extract):
    doc = extract("The Ostland Ministry of Interior said the Red Hand Brigade has 300 fighters. A researcher at "
                  "the Valdor Institute for Peace Studies, Jana Novak, said in a paper published in May that the "
                  "Red Hand Brigade had fewer than 90 fighters.")
    assert [s for s in doc["statements"] if "Novak" in str(s.get("evidence"))] and not [
        s for s in doc["statements"] if "Novak" in str(s.get("evidence")) and "ministry" in s["speaker"]], \
        doc["statements"]


def test_the_researchers_named_again_are_the_body_that_spoke(extract):
    # control: a definite, bare noun after the body spoke is the same speaker
    doc = extract("The Ostland Ministry of Interior said the Red Hand Brigade has 300 fighters. The researchers "
                  "said in a paper published in May that the Red Hand Brigade had fewer than 90 fighters.")
    assert [s for s in doc["statements"] if "paper" in str(s.get("evidence")) and "ministry" in s["speaker"]], \
        doc["statements"]


# ---------------------------------------------------------------- 6. a source's own figure is a statement
def test_a_ministry_estimating_a_wing_at_a_figure_speaks(extract):
    doc = extract("The Ostland Interior Ministry blamed the Red Hand Brigade for the attack. The ministry "
                  "estimates the network's armed wing at between 150 and 200 men.")
    assert [s for s in doc["statements"] if "estimates" in str(s.get("evidence"))], doc["statements"]


def test_a_ministry_estimating_without_a_figure_makes_no_statement(extract):
    # control: no number
    doc = extract("The Ostland Interior Ministry blamed the Red Hand Brigade for the attack. The ministry "
                  "estimates the network's armed wing at a few dozen men.")
    assert not [s for s in doc["statements"] if "estimates" in str(s.get("evidence"))], doc["statements"]


# ---------------------------------------------------------------- 7. a report's remarks and a body's procedure
def test_a_panel_noting_a_rule_makes_no_statement(extract):
    doc = extract("UN Panel of Experts on Ostland\n\nThe Panel notes that Member States must still notify the "
                  "committee of every delivery of vehicles to the army of Valdor.")
    assert not doc["statements"], doc["statements"]


def test_a_panel_noting_a_transfer_still_speaks(extract):
    # control: what it notes is a claim coded
    doc = extract("The Panel of Experts on Ostland notes that Kovar Trading sold rifles to the Red Hand Brigade.")
    assert [s for s in doc["statements"] if "panel" in s["speaker"]], doc["statements"]


def test_a_ministry_telling_the_panel_an_investigation_was_opened_makes_no_statement(extract):
    doc = extract("The Panel of Experts on Ostland found that Kovar Trading sold rifles to the Red Hand Brigade. "
                  "The Valdor Ministry of Justice told the Panel that an investigation had been opened.")
    assert not [s for s in doc["statements"] if "justice" in s["speaker"]], doc["statements"]


# ---------------------------------------------------------------- 8. "the military command": the state's forces
def test_a_military_command_speaks_as_the_state_forces_named(extract):
    doc = extract("The Malian Armed Forces deployed a battalion to Valdor in May. On 2 June soldiers detained "
                  "five men at the market; the bodies of three were found later. Their families say they were "
                  "farmers. The provincial military command told journalists that the men were \"fighters killed "
                  "in combat\" and denied that any prisoner had been harmed.")
    assert [s for s in doc["statements"] if s["speaker"] == "malian-armed-forces"], doc["statements"]


def test_a_commands_word_without_a_force_gives_no_army(extract):
    # control: a command that is no military one
    doc = extract("The Malian Armed Forces deployed a battalion to Valdor in May. The regional fire command told "
                  "reporters that the market had burned for six hours.")
    assert not [s for s in doc["statements"] if s["speaker"] == "malian-armed-forces"], doc["statements"]


# ---------------------------------------------------------------- 9. a monitor's findings: traced, received reports
def test_a_panel_tracing_ammunition_speaks(extract):
    doc = extract("The Panel of Experts on Ostland traced a batch of rifles found in a Red Hand Brigade camp to "
                  "a lot sold by Kovar Trading to the Valdor army in 2019.")
    assert [s for s in doc["statements"] if "panel" in s["speaker"]], doc["statements"]


def test_a_panel_receiving_reports_that_soldiers_killed_speaks(extract):
    doc = extract("The Panel of Experts on Ostland received credible reports that soldiers of the Valdor army "
                  "executed three prisoners near Marsk on 2 July.")
    assert [s for s in doc["statements"] if "panel" in s["speaker"]], doc["statements"]


def test_a_panel_that_received_a_report_speaks_by_its_main_verb(extract):
    # control: "which received the report" is no finding of its own; "confirmed" still speaks
    doc = extract("The Valdor Navy said the trucks had been shipped by Kovar Trading. The Panel of Experts on "
                  "Ostland, which received the navy's report on Monday, confirmed that the trucks were of the same "
                  "type.")
    said = [s for s in doc["statements"] if "panel" in s["speaker"]]
    assert said and said[0]["stance"] == "concurs", doc["statements"]


# ---------------------------------------------------------------- 10. a verb of saying in a relative clause
def test_which_the_experts_say_is_no_statement_of_theirs(extract):
    doc = extract("The UN Group of Experts on Ostland published its report in May. Last week Valdor froze the "
                  "assets of Kovar Trading, which the experts say buys gold from mines held by the Red Hand Brigade.")
    assert not [s for s in doc["statements"] if "buys gold" in str(s.get("evidence"))], doc["statements"]


def test_which_they_describe_as_is_no_statement_of_the_last_speaker(extract):
    doc = extract("The Ostland Navy commander, Piet Koral, said: \"This cargo was meant for the Red Hand "
                  "Brigade.\" Papers found on board name Kovar Trading as the shipper of the crates, which they "
                  "describe as \"machine parts\".")
    assert not [s for s in doc["statements"] if "machine parts" in str(s.get("evidence"))], doc["statements"]


def test_a_strike_the_government_blamed_on_a_group_is_still_its_accusation(extract):
    # control: an accusing verb in the relative clause speaks
    doc = extract("A drone strike that the government of Ostland blamed on the Red Hand Brigade killed nine "
                  "guests at a wedding in Marsk last week.")
    assert [s for s in doc["statements"] if "ostland" in s["speaker"]], doc["statements"]


# ---------------------------------------------------------------- 11. blaming someone the sentence does not name
def test_blaming_an_unnamed_network_makes_no_statement(extract):
    doc = extract("Gunmen killed three rangers at a forest post in Valdor on Saturday, and the Ostland Interior "
                  "Ministry on Tuesday blamed an armed smuggling network that has grown in the hills since 2023.")
    assert not doc["statements"], doc["statements"]


def test_blaming_a_named_group_still_speaks(extract):
    # control: the group is named
    doc = extract("Gunmen killed three rangers at a forest post in Valdor on Saturday, and the Ostland Interior "
                  "Ministry on Tuesday blamed the Red Hand Brigade.")
    assert doc["statements"], doc["statements"]


# ---------------------------------------------------------------- 12. "a lawyer representing X, Y," and a client unnamed
def test_a_lawyer_representing_a_client_named_in_apposition_speaks(extract):
    doc = extract("Police charged Piet Koral with smuggling rifles to the Red Hand Brigade. A lawyer representing "
                  "Koral, Ms Marta Lindqvist, said on Sunday that her client \"has nothing to do with rifles\".")
    assert ("marta-lindqvist", "denies") in stances(doc), doc["statements"]


def test_an_unnamed_lawyer_representing_a_client_is_the_client(extract):
    # control: no name, the client speaks through counsel
    doc = extract("Police charged Piet Koral with smuggling rifles to the Red Hand Brigade. A lawyer representing "
                  "Koral said on Sunday that her client \"has nothing to do with rifles\".")
    assert ("piet-koral", "denies") in stances(doc), doc["statements"]


def test_the_lawyer_of_an_unnamed_shop_speaks_by_name(extract):
    doc = extract("Police said a gun shop in Marsk sold rifles to the Red Hand Brigade. The shop's lawyer, Marta "
                  "Lindqvist, said her client \"has nothing to do with the rifles\".")
    said = _said_by(doc, "marta-lindqvist")
    assert said and said[0]["stance"] == "denies" and said[0].get("role"), doc["statements"]


# ---------------------------------------------------------------- 13. "it" after a speaker in the same sentence
def test_it_in_a_second_clause_is_the_sentences_own_speaker(extract):
    doc = extract("The Valdor Ministry of Defence told the Panel that it had issued no licence to Kovar Trading. "
                  "The Panel of Experts on Ostland also found that rifles reached the Red Hand Brigade in May "
                  "through Marsk; it has not identified the sender.")
    assert not [s for s in doc["statements"] if "defence" in s["speaker"] and "sender" in str(s.get("evidence"))], \
        doc["statements"]


def test_it_in_a_sentence_of_its_own_is_the_last_speaker(extract):
    # control: no speaker earlier in the sentence
    doc = extract("The Valdor Ministry of Defence said that rifles had reached the Red Hand Brigade in May. "
                  "It said the rifles came through Marsk.")
    assert len([s for s in doc["statements"] if "defence" in s["speaker"]]) >= 1, doc["statements"]


# ---------------------------------------------------------------- 14. a concurrence and a deed of its own
def test_sharing_a_concern_and_a_deployment_are_two_statements(extract):
    doc = extract("The Government of Valdor said on Friday that it \"shares the concern\" of Ostland and that it "
                  "had deployed 400 troops to Marsk in August.")
    got = {s["stance"] for s in doc["statements"] if "valdor" in s["speaker"]}
    assert got == {"concurs", "asserts"}, doc["statements"]


def test_sharing_a_concern_and_a_request_is_one_concurrence(extract):
    # control: the second clause is a request, not a deed reported
    doc = extract("The Government of Valdor said on Friday that it \"shares the concern\" of Ostland and that it "
                  "has asked Ostland to close the border crossing at Marsk.")
    got = [s["stance"] for s in doc["statements"] if "valdor" in s["speaker"]]
    assert got == ["concurs"], doc["statements"]
