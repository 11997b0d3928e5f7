"""Statements and sanctions measures, round 11 of issue #12: error classes seen
on the tenth held-out set, each with new fictional sentences (not the
documents' own) and negative controls. A document dated Tuesday 2025-06-10;
the knowledge base's own entities plus every state."""

from __future__ import annotations

from .extract_cases import extract, measures as _measures, stances as _stances  # noqa: F401 - extract is a fixture


def _by(doc):
    return {(m.get("authority"), frozenset(m.get("targets") or [])) for m in _measures(doc)}


# ---------------------------------------------------------------- 1. "the decision by X to impose" is X's
def test_the_decision_by_a_body_to_impose_names_the_authority(extract):
    doc = extract("The Foreign Minister, Odile Ferrand, has welcomed today's decision by the Council of the European "
                  "Union to impose restrictive measures on a militia in Ruritania. The Council listed the Karst "
                  "Liberation Army (KLA), an armed group. A logging firm, Verdant Pine Holdings Ltd, was listed under "
                  "the same acts.")
    assert ("council-of-the-european-union", frozenset({"verdant-pine-holdings-ltd"})) in _by(doc), _measures(doc)
    assert not any(m.get("authority") == "odile-ferrand" for m in _measures(doc)), _measures(doc)


def test_who_reached_agreement_to_list_is_still_the_authority(extract):
    # control: an agreement with no "by" is its subject's
    doc = extract("The Council of the European Union reached agreement to list the Karst Liberation Army under its sanctions regime.")
    assert any(m.get("authority") == "council-of-the-european-union" for m in _measures(doc)), _measures(doc)


# ---------------------------------------------------------------- 2. "together with its commander, Y"
def test_a_target_named_together_with_the_object(extract):
    doc = extract("The Council of the European Union listed the Karst Liberation Army (KLA), an armed group that "
                  "operates in the north, together with its commander, Bruno Valdemar Ostrik, under Council "
                  "Decision (CFSP) 2025/101.")
    targets = {t for m in _measures(doc) for t in m.get("targets") or []}
    assert {"karst-liberation-army", "bruno-valdemar-ostrik"} <= targets, _measures(doc)


def test_a_with_phrase_without_together_adds_no_target(extract):
    # control: "in coordination with" names a partner, not a target
    doc = extract("The Council of the European Union listed the Karst Liberation Army in coordination with the "
                  "Government of Canada.")
    targets = {t for m in _measures(doc) for t in m.get("targets") or []}
    assert "canada" not in targets, _measures(doc)


# ---------------------------------------------------------------- 3. coordinated authorities: one measure each
def test_two_authorities_that_designate_together_make_two_measures(extract):
    doc = extract("Australia and Japan designated the Karst Liberation Army as a terrorist organisation in May 2025.")
    assert {("australia", frozenset({"karst-liberation-army"})),
            ("japan", frozenset({"karst-liberation-army"}))} <= _by(doc), _measures(doc)


def test_one_authority_with_a_partner_named_elsewhere_makes_one_measure(extract):
    # control: the partner named outside the subject is no authority
    doc = extract("Australia designated the Karst Liberation Army in May 2025, after talks with Japan.")
    assert {m.get("authority") for m in _measures(doc)} == {"australia"}, _measures(doc)


# ---------------------------------------------------------------- 4. "who was not himself designated"
def test_a_negated_passive_designation_is_no_measure(extract):
    doc = extract("OFAC designated Kestrel Freight Ltd. on Monday. Kestrel Freight is owned by Riga businessman "
                  "Arvid Lindqvist-Ozols, who was not himself designated.")
    targets = {t for m in _measures(doc) for t in m.get("targets") or []}
    assert "kestrel-freight-ltd" in targets and "arvid-lindqvist-ozols" not in targets, _measures(doc)


def test_a_passive_designation_without_not_stays_a_measure(extract):
    # control: the same clause without the negation is a measure
    doc = extract("OFAC designated Kestrel Freight Ltd. on Monday. Kestrel Freight is owned by Riga businessman "
                  "Arvid Lindqvist-Ozols, who was also designated.")
    targets = {t for m in _measures(doc) for t in m.get("targets") or []}
    assert "arvid-lindqvist-ozols" in targets, _measures(doc)


# ---------------------------------------------------------------- 5. findings that "match exactly what our police have found"
def test_findings_that_match_what_ours_found_concur(extract):
    doc = extract("Kestrel Trading sent rifles to the Karst Liberation Army in May, the Council of the European Union "
                  "found. Ruritania's Minister of the Interior, Tomas Brenner, said the Council's findings \"match "
                  "exactly what our police have found on the ground.\"")
    assert ("tomas-brenner", "concurs") in _stances(doc), doc["statements"]


def test_a_match_that_is_no_finding_asserts(extract):
    # control: things that match something are no agreement with anyone
    doc = extract("Kestrel Trading sent rifles to the Karst Liberation Army in May, the Council of the European Union "
                  "found. Ruritania's Minister of the Interior, Tomas Brenner, said the rifles \"match what the "
                  "smugglers usually carry.\"")
    assert ("tomas-brenner", "concurs") not in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 6. self-defence denies
def test_acting_in_self_defence_denies(extract):
    doc = extract("On 19 May, officers of the Royal Ruritanian Police fired on a crowd at a wedding near Kalvo. In a "
                  "statement the next day, the Royal Ruritanian Police said officers had come under attack by "
                  "\"bandits\" and had acted in self-defence.")
    assert ("royal-ruritanian-police", "denies") in _stances(doc), doc["statements"]


def test_responding_to_an_armed_aggression_denies(extract):
    doc = extract("On 19 May, officers of the Royal Ruritanian Police fired on a car near Kalvo. The Royal Ruritanian "
                  "Police said in a statement that its officers had \"responded to an armed aggression\".")
    assert ("royal-ruritanian-police", "denies") in _stances(doc), doc["statements"]


def test_a_right_to_self_defence_asserts(extract):
    # control: claiming a right is no justification of a deed
    doc = extract("On 19 May, officers of the Royal Ruritanian Police fired on a crowd at a wedding near Kalvo. The "
                  "Royal Ruritanian Police said officers have a right to self-defence under the law.")
    assert ("royal-ruritanian-police", "denies") not in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 7. "sanctioned X, finding that it had shipped ..."
def test_a_finding_that_reports_a_transfer_is_the_authoritys_statement(extract):
    doc = extract("OFAC sanctioned Kestrel Freight Ltd., a Riga-based shipping company, pursuant to E.O. 13581, "
                  "finding that it had shipped assault rifles to the Karst Liberation Army in 2024.")
    statement = next(s for s in doc["statements"] if s["speaker"] == "office-of-foreign-assets-control")
    assert statement["stance"] == "asserts" and statement["regarding"] == [
        "kestrel-freight-ltd-arms-transfer-to-karst-liberation-army"], statement


def test_grounds_that_report_no_fact_are_no_statement(extract):
    # control: "having concluded that the group no longer exists" and "accusing the firm of ..." are grounds only
    doc = extract("The Department of State revoked the designation of the Karst Liberation Army, having concluded "
                  "that the group no longer exists. Canada announced sanctions against Kestrel Freight Ltd., "
                  "accusing the firm of supplying rifles to the Karst Liberation Army.")
    assert doc["statements"] == [], doc["statements"]


# ---------------------------------------------------------------- 8. "residents who fled to X said"
def test_a_place_in_the_clause_of_unnamed_speakers_does_not_speak(extract):
    doc = extract("Gunmen killed nine villagers in Kalvo on Saturday. Kalvo residents who fled to Brenmoor said many "
                  "families had no intention of returning.")
    assert not any(s["speaker"] == "brenmoor" for s in doc["statements"]), doc["statements"]


def test_a_body_named_before_the_verb_still_speaks(extract):
    # control: a body right before "said" is the speaker
    doc = extract("Gunmen killed nine villagers in Kalvo on Saturday, the Ruritanian Defence Force said.")
    assert any(s["speaker"] == "ruritanian-defence-force" for s in doc["statements"]), doc["statements"]


# ---------------------------------------------------------------- 9. "the Team assesses that", "the Council cites"
def test_a_body_that_assesses_or_cites_asserts(extract):
    doc = extract("The Ruritanian Defence Force assesses that the Karst Liberation Army obtained rifles from Kestrel "
                  "Trading in 2024. The Council of the European Union cites the attack on Kalvo.")
    assert {("ruritanian-defence-force", "asserts"), ("council-of-the-european-union", "asserts")} <= _stances(doc), \
        doc["statements"]


def test_assessing_damage_and_a_report_that_cites_documents_say_nothing(extract):
    # controls: "assess" needs a clause; "which cites" in a relative clause names what a report rests on
    doc = extract("The Ruritanian Defence Force assessed the damage at Kalvo. Kestrel Trading sold rifles to the Karst "
                  "Liberation Army in 2024, according to the Ruritanian Defence Force, which cites end-user documents.")
    assert [s["speaker"] for s in doc["statements"]] == ["ruritanian-defence-force"], doc["statements"]


# ---------------------------------------------------------------- 10. "the Monitoring Team": the body whose name ends so
def test_a_short_name_of_several_words_is_the_body_named_before(extract):
    doc = extract("The Ruritania Sanctions Committee is supported by the Analytical Support and Sanctions Monitoring "
                  "Team. Kestrel Trading shipped rifles to the Karst Liberation Army in 2024, according to the "
                  "Monitoring Team. The Team assesses that the Karst Liberation Army obtained mortars in 2025.")
    speakers = {s["speaker"] for s in doc["statements"]}
    assert speakers == {"analytical-support-and-sanctions-monitoring-team"}, doc["statements"]


# ---------------------------------------------------------------- 11. "had no troops within 20 kilometres of X"
def test_no_troops_near_the_place_denies(extract):
    doc = extract("Gunmen killed eleven fishermen at the landing site of Kalvo on 14 November. The Karst Liberation "
                  "Army said the fishermen had been killed by the Ruritanian Army. The Ruritanian Army rejected that "
                  "claim. Its spokesperson, Colonel Tomas Brenner, said the army had had no troops within 20 "
                  "kilometres of the landing site that night.")
    assert ("tomas-brenner", "denies") in _stances(doc), doc["statements"]
    # the army's bare rejection and its spokesperson's words are one act of saying, the spokesperson's
    assert not any(s["speaker"] == "ruritanian-army" for s in doc["statements"]), doc["statements"]


def test_no_troops_in_reserve_is_no_denial(extract):
    # control: "no troops" with no place is no absence from a scene
    doc = extract("The Karst Liberation Army said the Ruritanian Army had no troops left for the offensive.")
    assert ("karst-liberation-army", "denies") not in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 12. an accusation, then its speaker's quote
def test_a_quote_after_an_accusation_by_the_same_person_is_one_act(extract):
    doc = extract("Ruritanian Police spokesperson Ilse Varga blamed the Karst Liberation Army, which has fighters in "
                  "Kalvo district. \"This was a deliberate attack on farmers. They want the land,\" Varga said.")
    by_varga = [s for s in doc["statements"] if s["speaker"] == "ilse-varga"]
    assert len(by_varga) == 1 and len(by_varga[0]["evidence"]) == 3, doc["statements"]


def test_a_quote_after_a_welcome_is_a_second_act(extract):
    # control: a concurrence then a quote are two acts, as before
    doc = extract("The Council of the European Union listed the Karst Liberation Army on Monday. Ruritanian Foreign "
                  "Minister Ilse Varga welcomed the decision. \"These people must face justice,\" Varga said.")
    assert {("ilse-varga", "concurs"), ("ilse-varga", "asserts")} <= _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 13. "The Government of the Union of X" named whole
def test_the_government_of_a_union_speaks_as_the_state(extract):
    doc = extract("The Government of the Union of the Comoros, in a communiqué issued on Tuesday, thanked Mauritius "
                  "and said the weapons were intended for the Karst Liberation Army.")
    assert ("comoros", "asserts") in _stances(doc), doc["statements"]


def test_a_union_that_is_no_state_speaks_as_itself(extract):
    # control: "the United Nations" keeps its own id as a speaker (no authority table for speakers)
    doc = extract("The United Nations said the weapons were intended for the Karst Liberation Army.")
    assert ("united-nations", "asserts") in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 14. "were told by Comorian counterparts that ..."
def test_a_passive_tell_whose_clause_hangs_on_the_agent(extract):
    doc = extract("The Karst Liberation Army is active in Ruritania. Kenyan liaison officers were told by Comorian "
                  "counterparts that the Karst Liberation Army had already received a shipment of mortars by sea in "
                  "December 2024.")
    assert ("comoros", "asserts") in _stances(doc), doc["statements"]


def test_a_passive_tell_with_no_clause_says_nothing(extract):
    # control: "were told by Comorian counterparts to wait" reports nothing
    doc = extract("The Karst Liberation Army is active in Ruritania. Kenyan liaison officers were told by Comorian "
                  "counterparts to wait in the port.")
    assert ("comoros", "asserts") not in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 15. "said Ireland would support adding ..."
def test_a_position_the_speakers_side_would_take_is_no_statement(extract):
    doc = extract("The Council of the European Union listed the Karst Liberation Army on Monday. Minister of State "
                  "Lena Fairbrook said Ruritania would also support adding the group to the global human rights "
                  "sanctions regime when the Council next reviews it.")
    assert not any(s["speaker"] == "lena-fairbrook" for s in doc["statements"]), doc["statements"]


def test_what_a_minister_says_happened_is_a_statement(extract):
    # control: the same speaker reporting a fact speaks
    doc = extract("The Council of the European Union listed the Karst Liberation Army on Monday. Minister of State "
                  "Lena Fairbrook said the group had burned two villages near Kalvo.")
    assert any(s["speaker"] == "lena-fairbrook" for s in doc["statements"]), doc["statements"]


# ---------------------------------------------------------------- 16. "welcomed the decision": the measures
def test_a_welcome_of_the_decision_regards_the_measure_and_stays_apart(extract):
    doc = extract("The Council of the European Union listed the Karst Liberation Army on Monday. Prosecutors in "
                  "Cameroon have charged two of its members. The Government of Cameroon welcomed the decision in a "
                  "statement issued in Yaoundé. Its Minister of the Interior, Paul Essomba Nkodo, said the Council's "
                  "findings \"match exactly what our police have found on the ground.\"")
    welcome = next(s for s in doc["statements"] if s["speaker"] == "cameroon")
    assert welcome["stance"] == "concurs" and all("sanctions" in r for r in welcome["regarding"]), welcome
    assert ("paul-essomba-nkodo", "concurs") in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 17. an unnamed minister speaks for the state
def test_an_unnamed_minister_speaks_for_the_state_the_document_names(extract):
    doc = extract("Officers of the Royal Eswatini Police Service fired on a crowd at a funeral near Kalvo in "
                  "Eswatini. The "
                  "Minister of Home Affairs told parliament on 2 March that the police \"will not be made to apologise "
                  "for defending itself\".")
    assert ("eswatini", "denies") in _stances(doc), doc["statements"]


def test_a_named_minister_is_the_person(extract):
    # control: a minister with a name speaks as herself
    doc = extract("Officers of the Royal Eswatini Police Service fired on a crowd at a funeral near Kalvo. The "
                  "Minister of Home Affairs, Thandeka Mavuso, told parliament on 2 March that the police acted in "
                  "self-defence.")
    speakers = {s["speaker"] for s in doc["statements"]}
    assert "thandeka-mavuso" in speakers and "eswatini" not in speakers, doc["statements"]


# ---------------------------------------------------------------- 18. "A and two other KLA commanders"
def test_a_counted_set_coordinated_with_a_person_is_a_target(extract):
    doc = extract("The Karst Liberation Army is led by Jonas Tervo. The United Kingdom designated Tervo and two other "
                  "KLA commanders in January. Australia froze the assets of Tervo and three KLA financiers in March.")
    assert {("united-kingdom", frozenset({"jonas-tervo", "two-other-kla-commanders"})),
            ("australia", frozenset({"jonas-tervo", "three-kla-financiers"}))} <= _by(doc), _measures(doc)


def test_a_title_apposed_to_a_person_is_no_second_target(extract):
    # controls: "X, the group's commander" describes X; "the assets and bank accounts of X" has one holder
    doc = extract("The United Kingdom designated Jonas Tervo, the Karst Liberation Army's commander, in January. "
                  "Australia froze the assets and bank accounts of Jonas Tervo in March.")
    assert {frozenset(m["targets"]) for m in _measures(doc)} == {frozenset({"jonas-tervo"})}, _measures(doc)


# ---------------------------------------------------------------- 19. "Background, from X's most recent report: ..."
def test_what_follows_from_a_bodys_report_is_its_statement(extract):
    doc = extract("The Ruritania Sanctions Committee is supported by the Analytical Support and Sanctions Monitoring "
                  "Team. Background, from the Monitoring Team's most recent report: Karst Liberation Army gunmen "
                  "killed eleven fishermen at the landing site of Kalvo on 14 November 2024.")
    assert ("analytical-support-and-sanctions-monitoring-team", "asserts") in _stances(doc), doc["statements"]


def test_from_a_point_of_view_is_no_report(extract):
    # control: "from the ministry's point of view:" names no report
    doc = extract("The Karst Liberation Army is active in Ruritania. From the Ruritanian Defence Force's point of "
                  "view: the group is weak.")
    assert doc["statements"] == [], doc["statements"]


# ---------------------------------------------------------------- 20. "officials have shared information indicating that"
def test_who_shared_information_indicating_a_fact_says_it(extract):
    doc = extract("The Ruritanian Ministry of Defence published a note. Ministry officials have shared with EU partners "
                  "information indicating that pistols and hand grenades reached the Karst Liberation Army from "
                  "across the land border in late 2024.")
    assert ("ruritanian-ministry-of-defence", "asserts") in _stances(doc), doc["statements"]


def test_intelligence_that_indicates_is_no_statement(extract):
    # control: "Navy intelligence indicates that ..." is the issuer's own finding
    doc = extract("The Ruritanian Navy seized a boat. Navy intelligence indicates that a first shipment of rifles "
                  "reached the Karst Liberation Army by sea in December.")
    assert doc["statements"] == [], doc["statements"]


# ---------------------------------------------------------------- 21. "the entries specified below" + "Entity: X."
def test_entries_specified_below_are_the_targets_of_the_listing(extract):
    doc = extract("On 3 June 2025, the Security Council Committee pursuant to resolution 2999 (2024) concerning "
                  "Ruritania approved the addition of the entries specified below to its Ruritania Sanctions List.\n\n"
                  "Entity: Karst Liberation Army (KLA). Narrative summary: The KLA operates in the north.\n\n"
                  "Individual: Jonas Valter Tervo. Narrative summary: Listed for financing the KLA.")
    measure = next(m for m in _measures(doc) if "karst-liberation-army" in m.get("targets", []))
    assert set(measure["targets"]) == {"karst-liberation-army", "jonas-valter-tervo"}, _measures(doc)


def test_an_addition_without_entries_below_names_no_targets_from_later_lines(extract):
    # control: "approved the addition of a new annex" and later "Entity:" lines are not a listing
    doc = extract("On 3 June 2025, the Security Council Committee pursuant to resolution 2999 (2024) concerning "
                  "Ruritania approved the addition of a new annex to its guidelines.\n\n"
                  "Entity: Karst Liberation Army (KLA). The KLA operates in the north.")
    assert not any("karst-liberation-army" in m.get("targets", []) for m in _measures(doc)), _measures(doc)


# ---------------------------------------------------------------- 22. a sanctions body named in the sentence is context
def test_a_listing_participle_beside_a_sanctions_body_is_a_measure(extract):
    doc = extract("The Ruritania Sanctions Committee added the Karst Liberation Army (KLA) to its list on Monday. "
                  "The KLA operates in the north. Kestrel Trading shipped rifles to the KLA. The group has 300 "
                  "fighters. The Ruritania Sanctions Committee also amended the entry of Jonas Valter Tervo, a KLA "
                  "financier listed in 2023, to add an alias.")
    assert any("jonas-valter-tervo" in m.get("targets", []) for m in _measures(doc)), _measures(doc)


def test_a_listing_participle_with_no_sanctions_word_is_no_measure(extract):
    # control: "listed in 2023" among the Ruritania Trade Council's members is no sanctions listing
    doc = extract("The Ruritania Sanctions Committee added the Karst Liberation Army (KLA) to its list on Monday. "
                  "The KLA operates in the north. Kestrel Trading shipped rifles to the KLA. The group has 300 "
                  "fighters. The Ruritania Trade Council also amended the entry of Kestrel Trading, a company listed "
                  "in 2023, to add a new address.")
    assert not any("kestrel-trading" in m.get("targets", []) for m in _measures(doc)), _measures(doc)


# ---------------------------------------------------------------- 23. '"...," he said' after a man who spoke for X
def test_he_after_a_man_who_spoke_for_a_group_is_that_man(extract):
    doc = extract("Kestrel Trading's owner, Piet Lindqvist, said every sale had been legal. A man who said he spoke for "
                  "the Karst Liberation Army called the accusation \"a lie\" on Monday. \"Our men were at that "
                  "funeral to mourn. Two of our own are among the dead,\" he said.")
    assert not any(s["speaker"] == "piet-lindqvist" and s.get("quote", "").startswith("Our men")
                   for s in doc["statements"]), doc["statements"]
    assert any(s["speaker"] == "karst-liberation-army" for s in doc["statements"]), doc["statements"]


def test_he_after_a_named_person_is_still_that_person(extract):
    # control: "he said" after a named man's statement is his
    doc = extract("The Karst Liberation Army's spokesman, Piet Lindqvist, called the accusation \"a lie\" on Monday. "
                  "\"Our men were at that funeral to mourn,\" he said.")
    assert {s["speaker"] for s in doc["statements"]} == {"piet-lindqvist"}, doc["statements"]


# ---------------------------------------------------------------- 24. "insisted that he believed the crates held spares"
def test_a_belief_that_the_cargo_was_harmless_denies(extract):
    doc = extract("The navy seized 40 rifles from the dhow Al-Karim bound for the Karst Liberation Army. The dhow's "
                  "master, Yusuf Omari Baraka, insisted that he believed the crates held outboard engine spares.")
    assert ("yusuf-omari-baraka", "denies") in _stances(doc), doc["statements"]


def test_a_belief_that_the_cargo_held_rifles_is_no_denial(extract):
    # control: believing the crates held rifles names arms
    doc = extract("The navy seized 40 rifles from the dhow Al-Karim bound for the Karst Liberation Army. The dhow's "
                  "master, Yusuf Omari Baraka, said that he believed the crates held rifles.")
    assert ("yusuf-omari-baraka", "denies") not in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 25. a minister announcing her state's measure
def test_a_minister_announcing_her_states_measure_makes_no_statement(extract):
    doc = extract("Today, the Minister of Foreign Affairs, Hélène Marchetti-Roy, announced that Canada is imposing "
                  "sanctions on the Karst Liberation Army (KLA), an armed group based in Lebanon.")
    assert doc["statements"] == [] and _measures(doc), doc


def test_a_minister_saying_her_state_imposes_a_measure_speaks(extract):
    # control: "said that Canada is imposing" is a measure and a statement (the notes on the gold format)
    doc = extract("Today, the Minister of Foreign Affairs, Hélène Marchetti-Roy, said that Canada is imposing "
                  "sanctions on the Karst Liberation Army.")
    assert ("helene-marchetti-roy", "asserts") in _stances(doc), doc["statements"]
