"""Typed relations, round 11 of issue #12 (/work/wt/notes/ROUND11.md): classes of
phrasing heldout10 missed, on sentences written for the purpose, with negative
controls. A document dated Tuesday 2025-06-10.

1. "fired on a crowd at a funeral near X, in Y, killing three mourners": the
   place the site is near, not the region after it (verbs.yaml kill locations).
2. "... killed six herders at A, and an ambush on a convoy in B killed four
   drivers": the second clause, with a subject of its own, is another killing;
   it takes neither the first killing's place nor gives it its toll
   (events.py ``_own_clause``, estimates.py ``_second_killing``).
3. "Gunmen killed nine villagers in the Y Region. The attackers ... shot
   residents of the village of X": the place the next sentence gives a killing
   whose own sentence names only a region (slotlists.py ``_killing_placed_after``).
4. "Its Minister of the Interior, X", "Kenya's Minister for Internal Security,
   Ms X", "The Tánaiste and Minister for Defence, X": the whole capitalised title
   is the post (two when joined), the name after it a person, the portfolio's
   words no body, and the parse's bare "minister" no second post (posts.py,
   people.py, coding.py; language.yaml ``state_post_words``).
5. "its self-described secretary, X": a secretary (verbs.yaml ``not_post_words``).
6. "describes the group, also known as Y, as an organisation that operates in X
   and has controlled Z": the "as" phrase stands for the object of a verb of
   describing (roles.py ``_described``, verbs.yaml ``words.describing``).
7. "a boat capsized under fire from X gunmen near Y, leaving twelve migrants
   dead": a killing at Y, X accused, twelve killed (verbs.yaml Atrocity
   ``leave``; paths.py ``subtree:from``).
8. "the killing of six farmers near X, for which prosecutors have charged two
   Y members": Y accused (coding.py ``_charged_for_killing``).
9. "X, a Mombasa-based trader and owner of Z Ltd": X controls Z (verbs.yaml
   Control nouns, paths.py ``conj_head``).
10. "recognised two of the gunmen as members", "according to two former
    members": no force size (estimates.py, estimates.yaml ``not_force_modifiers``).
11. "The attackers shot residents of X, a tea-growing settlement": X is a
    settlement that places the killing told before; "Police spokesperson Y
    blamed the Z Front" (no "for"): Z accused of it; "put the toll higher, at
    between seven and 12 dead": a second toll of the killing just told
    (slotlists.py, verbs.yaml Blame ``bare``, estimates.yaml people-killed).
12. "killed six herders at the landing site of X": X is a settlement (the NER
    may take it for a person; language.yaml ``settled_nouns``, ``sites``); "an
    attack on a church in Y district killed a further four worshippers": a
    killing in the region struck, by the killers just named ("a further"),
    worshippers people killed (estimates.yaml ``civilian_words``); "denied the
    X killings and said the herders had been killed by Z": the same killing,
    and Z, unresolved, no licence to accuse anyone else (events.py).
13. "a force commanded by X that is active in A and B townships": "that" on
    the commander's name stands for the force when the role wants no person
    (roles.py ``resolve``); a township is a region (verbs.yaml ``region_nouns``).
14. "The group operates in X and is commanded by Y": the passive verb shares
    the active one's subject (paths.py ``inherited_subject``).
15. "the X fights in A and, since 2026, has kept a garrison in B", the first
    verb parsed as the second's subject: X holds B (verbs.yaml ``nsubj>nsubj``).
16. "its leader X and his deputy, Y": Y is a deputy in the group X leads
    (roles.py, language.yaml ``role_nouns.seconds``).
"""

from __future__ import annotations

from .extract_cases import extract, one, claims as _claims  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. the site near a village, in a region
def test_a_crowd_fired_on_near_a_village_in_a_region(extract):
    doc = extract("On 4 May, officers of the Kenya Police Service fired on a crowd at a market near the village of "
                  "Tembako, in Kitui County, killing four traders, one of them a boy.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["tembako"]
    one(_claims(doc, "Estimate"), of=event["id"], value=4)


def test_a_village_near_another_verb_places_no_killing(extract):
    """Negative control: a village near which the next clause's arrests were made is not the site fired on."""
    doc = extract("On 4 May, officers of the Kenya Police Service fired on a crowd at a market, killing four "
                  "traders; they later arrested two men at a checkpoint near the village of Tembako.")
    assert not [e for e in _claims(doc, "Atrocity") if "tembako" in e["location"]]


# ---------------------------------------------------------------- 2. two killings in one sentence
def test_a_second_killing_with_its_own_subject_keeps_apart(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. KLF gunmen killed six herders at the water "
                  "point of the village of Tembako on 3 May, and an ambush on a convoy in Kitui County in June "
                  "killed a further four drivers.")
    first = one(_claims(doc, "Atrocity"), location=["tembako"])
    assert [e["value"] for e in _claims(doc, "Estimate") if e.get("of") == first["id"]] == [6]


def test_one_killing_with_a_second_verb_keeps_its_place(extract):
    """Negative control: "and killed" with no subject of its own goes on telling the same attack."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. KLF gunmen attacked the village of Tembako "
                  "on 3 May and killed six herders.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["tembako"]


# ---------------------------------------------------------------- 3. the place the next sentence gives
def test_the_attackers_shot_residents_of_the_village_after(extract):
    doc = extract("Gunmen killed at least seven villagers in the Eastern Highlands over the weekend, police said. "
                  "The attackers, who came on foot before dawn, shot residents of the village of Tembako and set "
                  "fire to a school.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["tembako"]
    one(_claims(doc, "Estimate"), of=event["id"], value=7, qualifier="at-least")


def test_others_shooting_in_a_village_after_give_no_place(extract):
    """Negative control: killers named anew in the next sentence tell another act."""
    doc = extract("Gunmen killed at least seven villagers in the Eastern Highlands over the weekend, police said. "
                  "Soldiers later shot two suspects in the village of Tembako.")
    assert not [e for e in _claims(doc, "Atrocity") if e["location"] == ["tembako"] and
                any(s.get("value") == 7 for s in _claims(doc, "Estimate") if s.get("of") == e["id"])]


# ---------------------------------------------------------------- 4. a portfolio title apposed before the name
def _posts(doc):
    return {(c["member"], c["role"]) for c in _claims(doc, "Membership")}


def test_its_minister_of_a_portfolio_is_the_whole_post(extract):
    doc = extract("The Government of Kenya welcomed the decision. Its Minister of the Interior, Wanjiru Akinyi Otieno, "
                  "said the findings matched what the police had found.")
    assert _posts(doc) == {("wanjiru-akinyi-otieno", "minister-of-the-interior")}
    assert not [e for e in doc["entities"] if e["id"] in ("interior", "minister")]


def test_a_state_s_minister_for_a_portfolio_is_the_whole_post(extract):
    doc = extract("Kenya's Minister for Internal Security, Ms Wanjiru Akinyi Otieno, said on Monday that the seizure "
                  "was the largest in a decade.")
    one(_claims(doc, "Membership"), member="wanjiru-akinyi-otieno", role="minister-for-internal-security",
        organisation="kenya")


def test_two_titles_joined_are_two_posts(extract):
    doc = extract("Ireland supported the decision. The Tánaiste and Minister for Defence, Siobhán Nic Aodha, T.D., "
                  "has welcomed the decision of the Council.")
    assert _posts(doc) == {("siobhan-nic-aodha", "tanaiste"), ("siobhan-nic-aodha", "minister-for-defence")}


def test_a_lower_case_title_stays_one_post(extract):
    """Negative control: "the minister, X" names no portfolio; one post, the minister."""
    doc = extract("Kenya's defence minister, Wanjiru Akinyi Otieno, said on Monday that troops had been deployed.")
    assert _posts(doc) == {("wanjiru-akinyi-otieno", "defence-minister")}


# ---------------------------------------------------------------- 5. "self-described", "self-styled"
def test_a_self_described_secretary_is_a_secretary(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Its self-described secretary, Juma Baraka "
                  "Mwangi, told a newspaper that the group had done nothing.")
    one(_claims(doc, "Membership"), member="juma-baraka-mwangi", role="secretary")


def test_a_described_post_keeps_its_other_words(extract):
    """Negative control: a word of the post itself before the noun stays ("its finance secretary")."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Its general secretary, Juma Baraka Mwangi, "
                  "told a newspaper that the group had done nothing.")
    assert not [c for c in _claims(doc, "Membership") if c["role"] == "secretary"]


def test_a_rank_after_a_service_title_is_no_part_of_a_name(extract):
    """Negative control for 4: only a state's post ("Minister ...", "Tánaiste") makes the words after its comma a
    person's name; after another title a rank the lexicon lacks may start them."""
    doc = extract("The Chief of Naval Staff, Contre-amiral Wanjiru Akinyi, thanked the crew of the patrol boat.")
    assert not [e for e in doc["entities"] if e["id"].startswith("contre-amiral")]


# ---------------------------------------------------------------- 6. "describes X as an organisation that ..."
def test_an_organisation_a_group_is_described_as_operates(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The Treasury describes the group, also known as "
                  "\"Jeshi la Kawe\", as a smuggling organisation that operates in the village of Tembako and has "
                  "controlled the river port of Kipini since 2024.")
    one(_claims(doc, "Operation"), actor="kawe-liberation-front", location=["tembako"])
    one(_claims(doc, "Control"), controller="kawe-liberation-front", controlled="kipini")


def test_an_as_phrase_on_another_verb_stands_for_nothing(extract):
    """Negative control: "works as a company that operates in X" is not a description of an object."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Its treasurer works as a clerk for a trading "
                  "company that operates in the village of Tembako.")
    assert not [c for c in _claims(doc, "Operation") if c["actor"] == "kawe-liberation-front"]


# ---------------------------------------------------------------- 7. "leaving twelve migrants dead"
def test_a_harm_leaving_people_dead_is_a_killing(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Police said that a bus carrying traders "
                  "overturned under fire from KLF gunmen near the village of Tembako in May, leaving nine traders dead.")
    event = one(_claims(doc, "Atrocity"), location=["tembako"])
    one(_claims(doc, "Participation"), actor="kawe-liberation-front", event=event["id"])
    one(_claims(doc, "Estimate"), of=event["id"], value=9)


def test_leaving_people_homeless_is_no_killing(extract):
    """Negative control: "leaving ... homeless" counts no dead."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Police said that KLF gunmen burned houses near "
                  "the village of Tembako in May, leaving nine families homeless.")
    assert not _claims(doc, "Atrocity")


# ---------------------------------------------------------------- 8. "for which prosecutors have charged two X members"
def test_members_charged_for_a_killing_accuse_their_group(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The Council cites the killing of five herders "
                  "near the village of Tembako on 3 May, for which Kenyan prosecutors have charged three KLF members.")
    event = one(_claims(doc, "Atrocity"), location=["tembako"])
    one(_claims(doc, "Participation"), actor="kawe-liberation-front", event=event["id"])


def test_members_charged_with_another_crime_accuse_no_one(extract):
    """Negative control: a charge that is not "for which" (the killing) accuses no group of it."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The Council cites the killing of five herders "
                  "near the village of Tembako on 3 May; Kenyan prosecutors have separately charged three KLF members "
                  "with fraud.")
    assert not _claims(doc, "Participation")


# ---------------------------------------------------------------- 9. "a businessman and owner of X"
def test_an_owner_joined_to_a_description_controls_the_firm(extract):
    doc = extract("Individual: Juma Baraka Mwangi. Mwangi, a Mombasa-based trader and owner of Pwani Reefer "
                  "Services Ltd, transferred funds to the group in 2024.")
    one(_claims(doc, "Control"), controller="juma-baraka-mwangi", controlled="pwani-reefer-services-ltd")


def test_a_description_of_a_place_makes_no_owner(extract):
    """Negative control: "a trader and resident of X" names no post over X."""
    doc = extract("Individual: Juma Baraka Mwangi. Mwangi, a trader and resident of the town of Malindi, "
                  "transferred funds to the group in 2024.")
    assert not _claims(doc, "Control")


# ---------------------------------------------------------------- 10. "two of the gunmen", "two former members"
def test_some_of_the_gunmen_and_former_members_are_no_force_size(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Witnesses recognised three of the gunmen as KLF "
                  "members. The rifles were, according to two former members, bought in 2024.")
    assert not [e for e in _claims(doc, "Estimate") if e["measure"] == "force-size"]


def test_a_group_s_members_stay_its_force_size(extract):
    """Negative control: "the group has 300 members" is its strength."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. According to the police, the group has some "
                  "300 members.")
    one(_claims(doc, "Estimate"), measure="force-size", of="kawe-liberation-front", value=300)


# ---------------------------------------------------------------- 11. the settlement after, a bare "blamed", a toll
def test_a_settlement_apposed_after_places_the_killing_told_before(extract):
    doc = extract("Gunmen killed at least seven villagers in the Eastern Highlands over the weekend, police said. "
                  "The attackers, who came on foot before dawn, shot residents of Kibwezi Estate, a tea-growing "
                  "settlement in Makueni district, and burned a school. Local officials put the toll higher, at "
                  "between seven and 12 dead. Police spokesperson Amina Wekesa blamed the Kawe Liberation Front "
                  "(KLF), which has fighters in the hills.")
    event = one(_claims(doc, "Atrocity"), location=["kibwezi-estate"])
    one(_claims(doc, "Participation"), actor="kawe-liberation-front", event=event["id"])
    one(_claims(doc, "Estimate"), of=event["id"], value=7, measure="civilians-killed")
    one(_claims(doc, "Estimate"), of=event["id"], value=7, measure="people-killed", maximum=12)


def test_blamed_for_something_else_accuses_no_one_of_the_killing(extract):
    """Negative control: "blamed X for the drought" is no bare blame; a toll with no killing before counts nothing."""
    doc = extract("Gunmen killed seven villagers in the village of Tembako on Saturday, police said. A minister "
                  "blamed the Kawe Liberation Front (KLF) for the fuel shortage. The drought took a heavy toll, "
                  "with 40 cattle dead.")
    assert not _claims(doc, "Participation")
    assert not [e for e in _claims(doc, "Estimate") if e["measure"] == "people-killed" and e["value"] == 40]


# ---------------------------------------------------------------- 12. the site of X, a region struck, "a further"
def test_two_killings_one_sentence_with_a_site_and_a_region(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Background, from the report: KLF gunmen killed "
                  "six herders at the landing site of Kitui Mugo, near Tembako, on 3 May, and an attack on a "
                  "church in Makueni district in June killed a further four worshippers.")
    first = one(_claims(doc, "Atrocity"), location=["kitui-mugo"])
    second = one(_claims(doc, "Atrocity"), location=["makueni-district"])
    for event in (first, second):
        one(_claims(doc, "Participation"), actor="kawe-liberation-front", event=event["id"])
    one(_claims(doc, "Estimate"), of=first["id"], value=6, measure="people-killed")
    one(_claims(doc, "Estimate"), of=second["id"], value=4, measure="people-killed")


def test_a_second_killing_without_a_further_accuses_no_one(extract):
    """Negative control: without "a further" the second killing's killers are not said to be the first's."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. KLF gunmen killed six herders at the watering "
                  "site of Ol Kalou Mugo on 3 May, and an attack on a church in Makueni district in June killed four "
                  "worshippers.")
    second = one(_claims(doc, "Atrocity"), location=["makueni-district"])
    assert not [p for p in _claims(doc, "Participation") if p["event"] == second["id"]]


def test_killed_by_an_unnamed_body_accuses_no_one_else(extract):
    """"said the herders had been killed by the army": the army, unresolved, is not the group named before."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. KLF gunmen killed six herders in the village "
                  "of Tembako on 3 May. In a message in June, the KLF denied the Tembako killings and said that the "
                  "herders had been \"killed by the security forces\".")
    event = one(_claims(doc, "Atrocity"), location=["tembako"])
    parts = [p for p in _claims(doc, "Participation") if p["event"] == event["id"]]
    assert [p["actor"] for p in parts] == ["kawe-liberation-front"]
    assert all("denied" not in p["evidence"] for p in parts)


# ---------------------------------------------------------------- 13. "a force commanded by X that is active in ..."
def test_that_after_a_commander_s_name_is_the_force(extract):
    doc = extract("The nearest post of the Tana River Defence Group, a vigilante force commanded by Hassan Ali Dida "
                  "that is active in Garsen and Bura townships, was some ten kilometres away.")
    ops = {tuple(c["location"]) for c in _claims(doc, "Operation") if c["actor"] == "tana-river-defence-group"}
    assert ops == {("garsen",), ("bura",)}


def test_that_after_a_person_s_name_stays_the_person(extract):
    """Negative control: a post "that" he holds is his; no operation of the force from it."""
    doc = extract("The Tana River Defence Group, a vigilante force commanded by Hassan Ali Dida, a former chief "
                  "that is a trader in the town of Garsen, has no fixed camp.")
    assert not [c for c in _claims(doc, "Operation") if c["actor"] == "tana-river-defence-group"]


# ---------------------------------------------------------------- 14. "operates in X and is commanded by Y"
def test_a_passive_verb_joined_to_an_active_one_shares_its_subject(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The KLF operates in the Kitui and Makueni "
                  "counties and is commanded by Hassan Ali Dida, a former village chief.")
    one(_claims(doc, "Control"), controller="hassan-ali-dida", controlled="kawe-liberation-front")


def test_a_passive_verb_with_its_own_subject_keeps_it(extract):
    """Negative control: "and its depot is run by Y" has a subject of its own."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The KLF operates in the Kitui and Makueni "
                  "counties, and its rifles are bought by Hassan Ali Dida.")
    assert not [c for c in _claims(doc, "Control") if c["controller"] == "hassan-ali-dida"]


# ---------------------------------------------------------------- 15. a garrison kept after a verb taken for its subject
def test_a_garrison_kept_after_another_verb(extract):
    # the small model makes "fights" the subject of "kept" here
    doc = extract("The Tana Valley Liberation Army (TVLA) is an armed group. According to the Panel, the TVLA fights in "
                  "Kitui and Makueni counties and, since October 2026, has kept a garrison in the river port of Kipini.")
    one(_claims(doc, "Control"), controller="tana-valley-liberation-army", controlled="kipini")


def test_a_garrison_of_another_s_verb_is_not_the_group_s(extract):
    """Negative control: the police, not the group, keep the post."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The police, who track the KLF, have kept a "
                  "garrison in the market town of Kipini since March 2024.")
    assert not [c for c in _claims(doc, "Control") if c["controller"] == "kawe-liberation-front"]


# ---------------------------------------------------------------- 16. "its leader X and his deputy, Y"
def test_his_deputy_is_a_deputy_in_the_group_he_leads(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. On Thursday, OFAC designated the KLF, its leader "
                  "Juma Baraka Mwangi and his deputy, Hassan Ali Dida, pursuant to Executive Order 14059.")
    one(_claims(doc, "Membership"), member="hassan-ali-dida", organisation="kawe-liberation-front", role="deputy")


def test_the_deputy_of_a_man_who_leads_nothing_has_no_post(extract):
    """Negative control: a person no text makes a leader gives his deputy no organisation."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. On Thursday, OFAC designated the KLF and the "
                  "businessman Juma Baraka Mwangi and his deputy, Hassan Ali Dida, pursuant to Executive Order 14059.")
    assert not _claims(doc, "Membership")
