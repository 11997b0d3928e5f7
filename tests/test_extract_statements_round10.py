"""Statements and sanctions measures, round 10 of issue #12: error classes seen
on the ninth held-out set (and confirmed on earlier sets), each with new
fictional sentences (not the documents' own) and negative controls: counsel
speaks for the client (since round 13, as the heldout11 and heldout12 gold
files read it, a lawyer named in apposition is the speaker on the client's
behalf); a cargo named with
"nothing else" and "the shop had never sold ..." said by its owner deny; a body
that "believes", "holds X responsible" or "ties X to" something asserts it; "the
Committee" that an alias made a mention of an armed group is the sanctions
committee named before; names after a colon that a counted set announces
replace the set; a passive earlier designation of the target of the sentence
before is that measure's authority's; "operators must freeze" is a duty, not a
measure. A document dated Tuesday 2025-06-10; the knowledge base's own entities
plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, measures as _measures, stances as _stances  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. counsel speaks for the client
@pytest.mark.parametrize("text, client, lawyer", [
    ("Ravel Front commander Idris Kamara is accused of ordering the raid on Kadoma. Kamara's lawyer, Anna Berg, "
     "told the newspaper Le Matin on Tuesday that her client \"grows cassava; he has never commanded anybody\".",
     "idris-kamara", "anna-berg"),
    ("Kestrel Trading sold rifles to the Ravel Front, officials said. Kestrel Trading's attorney, Jonas Weller, "
     "said the company has never exported a single weapon.", "kestrel-trading", "jonas-weller"),
])
def test_counsel_speaks_for_the_client(extract, text, client, lawyer):
    doc = extract(text)
    said = [s for s in doc["statements"] if s["speaker"] == lawyer]
    assert said and all(s.get("on_behalf_of") == client for s in said), doc["statements"]


def test_a_named_spokesman_is_no_counsel(extract):
    # control: a spokesman's apposition is the speaker, as before
    doc = extract("Kestrel Trading sold rifles to the Ravel Front, officials said. Kestrel Trading's spokesman, "
                  "Jonas Weller, said the company would appeal.")
    assert "jonas-weller" in {s["speaker"] for s in doc["statements"]}, doc["statements"]


# ---------------------------------------------------------------- 2. "nothing else", "the shop never sold"
@pytest.mark.parametrize("text", [
    "Kestrel Trading sent rifles to the Ravel Front, the ministry said. The managing director of Kestrel Trading, "
    "Lim Wei Chen, said in an email that his company had shipped \"tractor parts and pumps, nothing else\".",
    "Kestrel Trading sent rifles to the Ravel Front, the ministry said. Lim Wei Chen, who runs Kestrel Trading, "
    "said the firm sold fertiliser and nothing more.",
])
def test_a_cargo_with_nothing_else_denies(extract, text):
    doc = extract(text)
    assert ("lim-wei-chen", "denies") in _stances(doc), doc["statements"]


def test_the_shop_never_sold_said_by_its_owner_denies(extract):
    doc = extract("Officials said rifles from Dubai reached the Ravel Front. Kestrel Trading's owner, Lim Wei Chen, "
                  "said every sale had been \"legal and recorded\", and that the shop had never sold a gun to "
                  "anyone from Chad.")
    assert ("lim-wei-chen", "denies") in _stances(doc), doc["statements"]


def test_nothing_else_about_others_is_no_denial(extract):
    # control: a ministry describing a seized cargo only reports
    doc = extract("Kestrel Trading sent rifles to the Ravel Front, the ministry said. The Ministry of Defence of "
                  "Chad said the boat had carried rifles and nothing else.")
    assert not any(s["stance"] == "denies" for s in doc["statements"]), doc["statements"]


# ---------------------------------------------------------------- 3. believes, holds responsible, ties to
@pytest.mark.parametrize("text, speaker", [
    ("Coast guards seized 40 rifles on a trawler on Sunday. Detectives of the Ruritanian Police Service believe "
     "that the weapons were meant for the Ravel Front.", "ruritanian-police-service"),
    ("Gunmen killed six people at a market in Kadoma on Sunday. The Ruritanian Police Service holds the Ravel "
     "Front responsible for the killings.", "ruritanian-police-service"),
    ("Gunmen killed six people at a market in Kadoma on Sunday. The Ruritanian Police Service has also tied the "
     "Ravel Front to the killings.", "ruritanian-police-service"),
])
def test_a_body_that_believes_or_blames_asserts(extract, text, speaker):
    doc = extract(text)
    assert (speaker, "asserts") in _stances(doc), doc["statements"]


@pytest.mark.parametrize("text", [
    "The Ravel Front held talks with the Ruritanian Police Service in Kadoma.",
    "The fishermen of Kadoma tied their boats to the jetty.",
    "The Ravel Front is believed to have 300 fighters.",
])
def test_holding_talks_or_tying_boats_is_no_statement(extract, text):
    doc = extract(text)
    assert not doc["statements"], doc["statements"]


# ---------------------------------------------------------------- 4. "the Committee" is the sanctions committee
def test_the_committee_is_not_an_armed_group_named_committee(extract):
    doc = extract("The Security Council Committee established pursuant to resolution 2750 (2024) concerning "
                  "Ruritania oversees the embargo. The Kadoma Defence Committee, an armed group, raids farms near "
                  "Kadoma. On 20 January, the Committee added two Ravel Front members to its sanctions list: the "
                  "group's treasurer, Idris Kamara, and its chief recruiter, Moussa Diallo.")
    measure = one(_measures(doc))
    assert measure["authority"].startswith("security-council-committee"), measure
    # 5. the names after the colon are the counted set
    assert set(measure["targets"]) == {"idris-kamara", "moussa-diallo"}, measure


def test_a_count_the_names_do_not_match_keeps_the_set(extract):
    # control: three counted, two named: the set stays
    doc = extract("Canada sanctioned three Ravel Front commanders on Monday: its treasurer, Idris Kamara, and its "
                  "chief recruiter, Moussa Diallo.")
    measure = one(_measures(doc))
    assert any(t.startswith("three") for t in measure["targets"]), measure


# ---------------------------------------------------------------- 6. an earlier designation of the same target
def test_a_passive_earlier_designation_is_by_the_authority_before(extract):
    # the European Union's two measures outvote Japan's: the sentence before decides, not the votes
    doc = extract("The European Union sanctioned Kestrel Trading on Monday. The European Union also sanctioned Sable "
                  "Minerals Ltd. On Friday, Japan removed Idris Kamara from its sanctions list. Kamara had been "
                  "designated in March 2024.")
    earlier = [m for m in _measures(doc) if m["targets"] == ["idris-kamara"] and m["status"] == "imposed"]
    assert earlier and all(m["authority"] == "japan" for m in earlier), _measures(doc)


# ---------------------------------------------------------------- 7. a duty is not a measure
@pytest.mark.parametrize("text", [
    "The European Union sanctioned the Ravel Front on Monday. EU operators must freeze the funds of Kestrel Trading.",
    "The European Union sanctioned the Ravel Front on Monday. Banks should freeze the assets of Kestrel Trading.",
])
def test_operators_must_freeze_is_no_second_measure(extract, text):
    doc = extract(text)
    assert not any("kestrel-trading" in m["targets"] for m in _measures(doc)), _measures(doc)


def test_a_freeze_decided_is_a_measure(extract):
    # control: the same verb without the modal of duty
    doc = extract("The European Union sanctioned the Ravel Front on Monday. Japan froze the assets of Kestrel Trading.")
    assert any("kestrel-trading" in m["targets"] for m in _measures(doc)), _measures(doc)


def test_the_company_s_lawyers_writing_to_a_body_speak_for_the_company(extract):
    # control for 1: the body they write to is never the client
    doc = extract("Kestrel Trading shipped rifles to the Ravel Front in 2024. In a letter to the Treasury Department, "
                  "the company's lawyers said it had only ever handled farm machinery.")
    speakers = {s["speaker"] for s in doc["statements"]}
    assert "kestrel-trading" in speakers, doc["statements"]


# ---------------------------------------------------------------- 2b. "no longer" is a change, not a contrast
def test_no_longer_safe_is_no_denial(extract):
    doc = extract("Unknown suppliers sent drones to the Ravel Front last year, the ministry said. \"Those who arm "
                  "the guards will find that their money is no longer safe in Norway,\" said Foreign Minister Kari "
                  "Holm.")
    assert not any(s["stance"] == "denies" for s in doc["statements"]), doc["statements"]


# ---------------------------------------------------------------- 8. the killers' accusation is a motive
@pytest.mark.parametrize("text", [
    "Ravel Front fighters shot eighteen villagers whom they accused of informing for the army, the Ministry of "
    "Defence of Chad said.",
    "Seven fishermen were shot dead by Ravel Front gunmen who accused them of passing information to the police, "
    "according to the Ministry of Defence of Chad.",
])
def test_the_killers_accusing_their_victims_is_no_statement(extract, text):
    doc = extract(text)
    assert "ravel-front" not in {s["speaker"] for s in doc["statements"]}, doc["statements"]
    assert "ministry-of-defence-of-chad" in {s["speaker"] for s in doc["statements"]}, doc["statements"]


def test_an_accusation_with_its_own_clause_still_speaks(extract):
    # control: a group accusing the army in a relative clause of its own, then speaking
    doc = extract("The Chadian army attacked the Ravel Front in Kadoma. The Ravel Front, which accused it of burning "
                  "villages, said three fighters died.")
    assert "ravel-front" in {s["speaker"] for s in doc["statements"]}, doc["statements"]


# ---------------------------------------------------------------- 9. "who, it said, were shot": the main subject
@pytest.mark.parametrize("text, speaker", [
    ("The Ravel Front operates near Kadoma. On Monday, the Foreign, Commonwealth & Development Office (FCDO) added "
     "three commanders of the Ravel Front to the UK sanctions list. The FCDO cited the killing of nine fishermen "
     "near Kadoma in May, who, it said, were shot by Ravel Front gunmen.", None),
    ("The Ravel Front operates near Kadoma. The Council of the European Union's announcement cites attacks by the "
     "Ravel Front on farmers near Kadoma in October, in which, it said, between 30 and 45 farmers were killed.",
     "council-of-the-european-union"),
])
def test_it_said_between_commas_is_the_main_clause_s_speaker(extract, text, speaker):
    doc = extract(text)
    speakers = {s["speaker"] for s in doc["statements"]}
    assert "ravel-front" not in speakers and len(speakers) == 1 and (speaker is None or speaker in speakers), \
        doc["statements"]


# ---------------------------------------------------------------- 10. a measure extended to further targets
@pytest.mark.parametrize("text, targets", [
    ("On Monday, the Council of the European Union extended its listing of the Ravel Front under the EU global "
     "human rights sanctions regime (Council Decision (CFSP) 2020/1999) to two trading companies that it regards "
     "as fronts for the group, Kestrel Trading LLC and Sable Minerals Ltd.",
     {"ravel-front", "kestrel-trading-llc", "sable-minerals-ltd"}),
    ("Japan on Friday widened its asset freeze on the Ravel Front to Kestrel Trading LLC and Sable Minerals Ltd.",
     {"ravel-front", "kestrel-trading-llc", "sable-minerals-ltd"}),
])
def test_a_measure_extended_to_further_targets(extract, text, targets):
    measure = one(_measures(extract(text)))
    assert measure["status"] == "expanded" and set(measure["targets"]) == targets, measure


def test_a_measure_extended_to_a_date_keeps_its_targets(extract):
    # control: "to 2027" is a term, not a target
    measure = one(_measures(extract("Japan on Friday extended the sanctions on the Ravel Front to 2027.")))
    assert measure["targets"] == ["ravel-front"], measure


def test_the_issuer_s_own_belief_is_no_statement(extract):
    # control for 3: a press release's own investigators believing is the issuer's finding
    doc = extract("Ruritanian Coast Guard\nPress release No. 12/2025\n\nThe Ruritanian Coast Guard seized 40 rifles on "
                  "a trawler on Sunday. Coast Guard intelligence officers of the Ruritanian Coast Guard believe that "
                  "two earlier cargoes reached the Ravel Front.")
    assert "ruritanian-coast-guard" not in {s["speaker"] for s in doc["statements"]}, doc["statements"]


# ---------------------------------------------------------------- 11. a verb of saying the parser hung on its subject
@pytest.mark.parametrize("text, stance", [
    ("Gunmen killed nine people in Kadoma on 3 May, the army said. The National Human Rights Commission (NHRC), "
     "which sent its own team to the area, confirmed last Tuesday that nine people had been killed in Kadoma.",
     "concurs"),
    ("The Kadoma Observatory for Human Rights (KOHR), which interviewed the survivors, said on Monday that Ravel "
     "Front gunmen had killed nine farmers.", "asserts"),
])
def test_a_body_with_a_relative_clause_still_speaks(extract, text, stance):
    doc = extract(text)
    assert any(s["stance"] == stance and s["speaker"] not in ("ravel-front",) for s in doc["statements"]), \
        doc["statements"]


def test_a_report_published_by_a_body_is_no_verb_of_saying(extract):
    # control: "published by X" has an agent and reports no clause
    doc = extract("The report, published on Monday by the National Human Rights Commission, lists nine dead in "
                  "Kadoma.")
    assert not doc["statements"], doc["statements"]


# ---------------------------------------------------------------- 12. a branch speaks for its body
def test_a_body_s_regional_command_speaks_for_the_body(extract):
    doc = extract("The Gendarmerie of Ruritania seized rifles near Kadoma. The Gendarmerie's regional command in "
                  "Kadoma dismissed the findings of the monitors as \"rumours\" on Monday.")
    assert ("gendarmerie-of-ruritania", "denies") in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 13. "the army" is the army, not the gendarmerie
def test_the_army_is_the_force_named_army_not_the_gendarmerie_named_nearer(extract):
    doc = extract("Raiders stole 300 cattle near Gao, the Malian Gendarmerie said. The army blames the Ravel Front, a "
                  "raiding militia. The Malian Armed Forces (FAMa) have sent troops to Gao.")
    blame = [s for s in doc["statements"] if s["speaker"] != "malian-gendarmerie"]
    assert blame and blame[0]["speaker"] == "malian-armed-forces", doc["statements"]


def test_the_gendarmerie_named_as_speaker_stays_the_speaker(extract):
    # control: a force named by its own name is not replaced
    doc = extract("The Malian Armed Forces (FAMa) have sent troops to Gao. The Malian Gendarmerie said the Ravel "
                  "Front stole 300 cattle near Gao.")
    assert "malian-gendarmerie" in {s["speaker"] for s in doc["statements"]}, doc["statements"]


# ---------------------------------------------------------------- 14. where a speaker is deployed is no statement
def test_a_force_deployed_somewhere_confirms_what_it_is_asked(extract):
    doc = extract("Ravel Front fighters received mortar bombs in May, officials said. The Rwanda Defence Force "
                  "(RDF), deployed in Kadoma since 2021, confirmed the May deliveries in a message to the navy on "
                  "Wednesday.")
    assert ("rwanda-defence-force", "concurs") in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 15. a contrast the parser hung on the speech verb
@pytest.mark.parametrize("quote", ["fought soldiers, not shopkeepers", "attacked a barracks, not a market"])
def test_a_contrast_of_the_group_s_own_deed_denies(extract, quote):
    doc = extract("Gunmen of the Ravel Front killed 12 traders at the market in Kadoma on Monday, the army said. In an "
                  f"audio message circulated on Thursday, the group's emir, Idris Kamara, said his men had \"{quote}\".")
    assert ("idris-kamara", "denies") in _stances(doc), doc["statements"]


def test_a_contrast_about_others_is_no_denial(extract):
    # control: the ministry contrasting what the gunmen hit is its own report
    doc = extract("Gunmen of the Ravel Front killed 12 traders at the market in Kadoma on Monday. The Ministry of "
                  "Defence of Chad said the gunmen had \"targeted shopkeepers, not soldiers\".")
    assert not any(s["stance"] == "denies" for s in doc["statements"]), doc["statements"]


# ---------------------------------------------------------------- 16. "police" for a constabulary; "X command"
def test_police_is_the_constabulary_named_before(extract):
    doc = extract("Officers of the Ruritanian Constabulary Force seized rifles near Kadoma on Sunday. Police said the "
                  "ammunition, too, was meant for the Ravel Front.")
    assert "ruritanian-constabulary-force" in {s["speaker"] for s in doc["statements"]}, doc["statements"]


def test_police_is_not_a_water_board(extract):
    # control: "police" names no body whose name lacks a police word
    doc = extract("The Kadoma Water Board repaired the pipes on Sunday. Police said the pipes had been cut by the "
                  "Ravel Front.")
    assert "kadoma-water-board" not in {s["speaker"] for s in doc["statements"]}, doc["statements"]


def test_a_force_s_command_in_a_state_speaks_for_the_force(extract):
    doc = extract("Rifles reached the Ravel Front through Jalingo, officials said. The Nigeria Police Force command in "
                  "Taraba State said it has no knowledge of weapons moving through Jalingo towards the border.")
    assert ("nigeria-police-force", "denies") in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 17. a named speaker after a quote, misparsed
def test_a_speaker_named_after_a_quote_s_second_sentence(extract):
    doc = extract("The National Human Rights Commission (NHRC) confirmed that nine people had been killed in Kadoma. "
                  "\"The nine dead of Kadoma were not armed. We saw no weapon, no cartridge, no sign of a fight,\" an "
                  "NHRC commissioner, Amina Diallo, told reporters in Gao.")
    assert "amina-diallo" in {s["speaker"] for s in doc["statements"]}, doc["statements"]


def test_an_apposition_inside_the_reported_words_is_no_speaker(extract):
    # control: no quote before the phrase: the apposition is part of what is reported
    doc = extract("Ravel Front gunmen killed a farmer, a local chief, Amina Diallo, the Ministry of Defence of Chad "
                  "said.")
    assert "amina-diallo" not in {s["speaker"] for s in doc["statements"]}, doc["statements"]


# ---------------------------------------------------------------- 18. unnamed counted people are no speakers of record
def test_two_men_on_board_are_no_speaker(extract):
    doc = extract("Two men on board told the boarding team they had been paid to deliver the package to the Ravel "
                  "Front.")
    assert not any(s["speaker"].startswith("two-") for s in doc["statements"]), doc["statements"]


def test_a_monitor_named_in_capitals_on_its_masthead_believes_in_its_own_voice(extract):
    # control for 3: the masthead names the issuer in capitals; its belief is its own report, no statement
    doc = extract("KADOMA CONFLICT MONITOR\nIncident Report No. 2025/04\n\nThe Kadoma Conflict Monitor (KCM) has "
                  "verified the names of 38 of the dead and believes that the strike killed 40 civilians in Kadoma.")
    assert "kadoma-conflict-monitor" not in {s["speaker"] for s in doc["statements"]}, doc["statements"]
