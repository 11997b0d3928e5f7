"""Typed relations, round 10 of issue #12 (/work/wt/notes/ROUND3.md): classes of
phrasing heldout9 missed, checked on sentences whose armed group is typed
right (named with "an armed group" apposition), worded unlike those documents,
with negative controls. A document dated Tuesday 2025-06-10.

1. "A, an armed group formed by deserters from B, is led by Y": Y leads A, not B
   (relations.yaml: "X, led by Y" allows no "is" between the comma and the verb).
2. Posts named by a noun and the lower-case words before it ("its chief
   financier", "the group's quartermaster", "its arms expert", "a district
   councillor"), less the words that rank the holder or name the body
   (coding.py ``post_words``, verbs.yaml ``not_post_words``); posts named by a
   verb ("is coordinated by", "chaired by": ``post_verbs``); local offices held in
   a place ("the mayor of X, Y").
3. "the gang has 150 to 200 men" is a non-state group's force, never the state
   forces a sentence names as who gives the figure (estimates.py).
4. A pronoun that found only a state's forces or body the text named as a
   speaker is no controller or actor ("the police said ... It is headed by X").
5. "X, whose leader is Y, alias "Z", operates in A": the small model's subject
   under the apposition (paths.py), and "whose" standing for the group.
6. "hold the gang responsible for the killing", "held X accountable for the
   murder": who is accused (paths.py ``has_object``, verbs.yaml Blame).
7. "The managing director of X Ltd, Y," and "A spokesman for X, Y,": the name
   the parse hangs on the organisation (verbs.yaml ``prep:of>appos``).
8. "Police Minister X", "police spokesperson Senior Inspector X": a minister by
   portfolio, police ranks, and the body a common noun before the title names
   (posts.py).
9-26. "the gang" for the last new organisation the document calls armed (never
   a state's service); a company's seat in a list of targets; sites held "at" a
   town; "ties X to the shooting of"; a "who" clause on unnamed attackers placing
   their killing; "extended its reach to X"; "the group's rifles were bought
   through X"; a second source's toll; "under the command of X"; "who describes
   himself as spokesman"; who "carried out", "claimed" or "bears responsibility
   for" the killing told before; items folded with their recipient or count;
   "gunmen entered X ... The gunmen shot"; "Kenya's police minister, X"; a bus
   stopped near a village; a passive toll after an attack."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, claims as _claims  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. ", is led by" after an apposition
@pytest.mark.parametrize("text", [
    "The Black Mamba Front (BMF), an armed group formed in 2023 by deserters from the Malawi Defence Force, "
    "is led by Chikondi Banda Phiri, a former corporal.",
    "The Black Mamba Front (BMF), an armed group set up by veterans of the Malawi Defence Force, is "
    "commanded by Chikondi Banda Phiri.",
])
def test_the_leader_leads_the_group_not_the_force_in_its_apposition(extract, text):
    doc = extract(text)
    one(_claims(doc, "Control"), controller="chikondi-banda-phiri", controlled="black-mamba-front")
    assert not [c for c in _claims(doc, "Control") if c["controlled"] == "malawi-defence-force"]


def test_a_relative_clause_with_is_still_reads_as_led_by(extract):
    """Negative control: "X, which is led by Y" keeps its leader."""
    doc = extract("The Black Mamba Front (BMF), which is led by Chikondi Banda Phiri, is an armed group "
                  "active in the Dedza district.")
    one(_claims(doc, "Control"), controller="chikondi-banda-phiri", controlled="black-mamba-front")


# ---------------------------------------------------------------- 2. posts and their names
GROUP = "The Black Mamba Front (BMF) is an armed group active in the Dedza district. "


@pytest.mark.parametrize("text, member, role", [
    (GROUP + "Investigators named two of its members: the group's quartermaster, Yusuf Kamwendo, and its chief "
     "financier, Grace Mwale-Tembo.", "yusuf-kamwendo", "quartermaster"),
    (GROUP + "Investigators named two of its members: the group's quartermaster, Yusuf Kamwendo, and its chief "
     "financier, Grace Mwale-Tembo.", "grace-mwale-tembo", "chief-financier"),
    (GROUP + "The BMF's paymaster, Enock Mhango, fled to Lilongwe in May.", "enock-mhango", "paymaster"),
])
def test_a_post_keeps_the_words_that_name_it(extract, text, member, role):
    posts = _claims(extract(text), "Membership")
    one(posts, member=member, role=role, organisation="black-mamba-front")


def test_words_that_rank_the_holder_are_no_part_of_the_post(extract):
    """Negative control: "its principal financier" holds the post of financier."""
    posts = _claims(extract(GROUP + "Its principal financier, Mrs. Grace Mwale-Tembo, lives in Blantyre."), "Membership")
    one(posts, member="grace-mwale-tembo", role="financier")


@pytest.mark.parametrize("text, member, role", [
    ("The Panel of Experts on Malawi is coordinated by Mr. Lars Eriksen. Its arms expert, Ms. Ines Carvalho, "
     "visited the border in May.", "lars-eriksen", "coordinator"),
    ("The Panel of Experts on Malawi is coordinated by Mr. Lars Eriksen. Its arms expert, Ms. Ines Carvalho, "
     "visited the border in May.", "ines-carvalho", "arms-expert"),
    ("The Monitoring Group on Malawi, chaired by Ms. Ana Ruiz, met in Geneva on Monday.", "ana-ruiz", "chair"),
])
def test_posts_of_a_panel_named_by_a_verb_or_a_modified_noun(extract, text, member, role):
    posts = _claims(extract(text), "Membership")
    post = one(posts, member=member, role=role)
    assert post["organisation"].startswith(("panel-of-experts-on-malawi", "monitoring-group"))


def test_a_verb_of_coordinating_work_is_no_post(extract):
    """Negative control: "operations coordinated by X" names no body X holds a post in."""
    doc = extract("Raids in the Dedza district were coordinated by Chikondi Banda Phiri, police said.")
    assert not _claims(doc, "Membership")


@pytest.mark.parametrize("text, member, place, role", [
    ("A Kitui district councillor, Mary Wanjiku, said nine mourners had died.", "mary-wanjiku", "kitui",
     "district-councillor"),
    ("The mayor of Kibwezi, John Mutua, said the town was calm on Sunday.", "john-mutua", "kibwezi", "mayor"),
])
def test_a_local_office_is_held_in_its_place(extract, text, member, place, role):
    one(_claims(extract(text), "Membership"), member=member, organisation=place, role=role)


# ---------------------------------------------------------------- 3. "the gang has N men"
def test_the_gang_has_n_men_is_the_gang_not_the_police_before_it(extract):
    doc = extract("The Kawe Liberation Front (KLF), an armed group, raided the village of Ha Kolo on Friday, the "
                  "Kenya Police Service said. Police believe the gang has 150 to 200 armed men.")
    size = one(_claims(doc, "Estimate"), measure="force-size")
    assert (size["of"], size["value"], size.get("maximum")) == ("kawe-liberation-front", 150, 200)


def test_the_gang_has_with_no_gang_named_gives_no_force_size(extract):
    """Negative control: no non-state group was named: the police are not "the gang"."""
    doc = extract("The Kenya Police Service said eleven people were shot dead at a funeral in the village of Ha "
                  "Kolo. Police believe the gang has 150 to 200 armed men.")
    assert not _claims(doc, "Estimate") or all(e["measure"] != "force-size" for e in _claims(doc, "Estimate"))


def test_its_strength_may_still_be_a_state_force(extract):
    """Negative control: "The army puts its strength at" after the army is named counts the group it names."""
    doc = extract("The Kenyan army said the Kawe Liberation Front attacked a bus near Moyale. The army puts its "
                  "strength at 400 fighters.")
    one(_claims(doc, "Estimate"), measure="force-size", of="kawe-liberation-front")


# ---------------------------------------------------------------- 4. a pronoun that found only a speaker
@pytest.mark.parametrize("text", [
    "Gunmen shot dead nine people at a wedding in the village of Ha Kolo on Saturday, the Kenya Police Service said "
    "on Monday. Everything points to Simba Nyeusi, a local band of cattle thieves. It is headed by Tobias Kirui, a "
    "former ranger. Its members move between the Kitui and Makueni districts.",
    # a post in the police is no act of theirs either
    "Gunmen shot dead nine people at a wedding in the village of Ha Kolo on Saturday, the Kenya Police Service said "
    "on Monday. Police spokesperson Inspector Ruth Chebet blamed Simba Nyeusi, a local band of cattle thieves. It is "
    "led by Tobias Kirui, a former ranger. Its members roam the Kitui and Makueni districts.",
])
def test_it_is_headed_by_is_not_about_the_police_that_spoke(extract, text):
    doc = extract(text)
    assert not [c for c in _claims(doc, "Control") if c["controlled"] == "kenya-police-service"]
    assert not [o for o in _claims(doc, "Operation") if o["actor"] == "kenya-police-service"]


def test_a_force_that_says_what_it_did_keeps_its_operation(extract):
    """Negative control: "the army said it had deployed troops to X" names the army in its own sentence."""
    doc = extract("The Kenya Defence Forces said on Monday that it had deployed troops to Mandera County.")
    one(_claims(doc, "Operation"), actor="kenya-defence-forces")


# ---------------------------------------------------------------- 5. "X, whose leader is Y, alias Z, operates in"
@pytest.mark.parametrize("text", [
    'The Kawe Liberation Front (KLF), an armed group whose leader is Amos Mutiso, alias "Chui", operates in '
    'Kitui County.',
    'The Tana Delta Defence Group (TDDG), an armed group whose commander is Amos Mutiso, alias "Chui", is active '
    'in Kitui County.',
])
def test_whose_leader_and_the_verb_after_a_long_apposition(extract, text):
    doc = extract(text)
    group = one(_claims(doc, "Operation"))["actor"]
    assert group in ("kawe-liberation-front", "tana-delta-defence-group")
    one(_claims(doc, "Control"), controller="amos-mutiso", controlled=group)


def test_whose_owner_names_the_firm_s_owner(extract):
    """The same "whose" for a company: its owner controls it."""
    doc = extract("Kestrel Freight Ltd, whose owner is Daniel Mwangi, shipped the cargo to Mombasa.")
    one(_claims(doc, "Control"), controller="daniel-mwangi", controlled="kestrel-freight-ltd")


# ---------------------------------------------------------------- 6. "hold X responsible for the killing"
@pytest.mark.parametrize("text", [
    "The Kawe Liberation Front (KLF), an armed group, operates in Kitui County. The police hold the group "
    "responsible for the killing of seven people at a bar in the town of Mwingi on 4 June.",
    "The Kawe Liberation Front (KLF), an armed group, operates in Kitui County. Police held the KLF accountable "
    "for the murder of four traders at the market in Mwingi.",
])
def test_held_responsible_for_a_killing_is_accused_of_it(extract, text):
    doc = extract(text)
    event = one(_claims(doc, "Atrocity"))
    one(_claims(doc, "Participation"), actor="kawe-liberation-front", event=event["id"])


def test_held_responsible_for_a_delay_accuses_no_one_of_a_killing(extract):
    """Negative control: responsibility for something that is no harm."""
    doc = extract("The Kawe Liberation Front (KLF), an armed group, operates in Kitui County. Traders hold the "
                  "group responsible for the closure of the market in Mwingi.")
    assert not _claims(doc, "Participation")


# ---------------------------------------------------------------- 7. a name hung on the organisation
def test_the_managing_director_of_a_firm_named_after_it(extract):
    doc = extract("The managing director of Kestrel Freight Ltd, Daniel Mwangi, denied the claims on Monday.")
    one(_claims(doc, "Control"), controller="daniel-mwangi", controlled="kestrel-freight-ltd")


def test_the_head_of_a_firm_described_after_it_is_no_person(extract):
    """Negative control: a company's description after it names no one who runs it."""
    doc = extract("The head of the Kestrel Group, a trading company based in Mombasa, denied the claims.")
    assert not _claims(doc, "Control")


# ---------------------------------------------------------------- 8. ministers by portfolio, police posts
def test_a_minister_by_portfolio_and_a_police_spokesperson(extract):
    doc = extract("The Kenya Police Service said on Monday that nine people were killed in Kitui. Police "
                  "spokesperson Senior Inspector Ruth Chebet told reporters the gang was to blame. Police Minister "
                  "Peter Owino told parliament on Friday that the rifles came from Uganda.")
    posts = _claims(doc, "Membership")
    one(posts, member="ruth-chebet", role="spokesperson", organisation="kenya-police-service")
    one(posts, member="peter-owino", role="police-minister")


# ---------------------------------------------------------------- 9. "The gang is blamed for the deaths of ..."
@pytest.mark.parametrize("text, place", [
    ("The Marsh Road Posse is an armed gang which operates in the parishes of Portland and St Mary. The gang is "
     "blamed for the deaths of four people, among them a teenage boy, who were shot when gunmen opened fire on a "
     "bar in the town of Buff Bay on 2 May.", "buff-bay"),
    # the noun alone, no adjective: "X, a gang which ..."
    ("Rifles seized on Monday were meant for the Marsh Road Posse, a gang which extorts traders in the parish of "
     "Portland. The gang is blamed for the killing of six fishermen at the landing in the village of Hope Bay.",
     "hope-bay"),
    ("Police say gunmen of the Marsh Road Posse extort traders in the parish of Portland. The militia is blamed for the "
     "killing of six fishermen at the landing in the village of Hope Bay.", "hope-bay"),
])
def test_the_gang_named_after_a_group_of_no_known_kind_is_that_group(extract, text, place):
    doc = extract(text)
    event = one(_claims(doc, "Atrocity"))
    assert place in event["location"]
    one(_claims(doc, "Participation"), actor="marsh-road-posse", event=event["id"])
    assert one([e for e in doc["entities"] if e["id"] == "marsh-road-posse"])["type"] == "ArmedGroup"


def test_the_gang_is_never_the_police_named_last(extract):
    """Negative control: a new body whose name says it is the state's ("Constabulary") is no gang."""
    doc = extract("The Marsh Road Posse is an armed gang which operates in the parish of Portland. The Portland "
                  "Constabulary Force said on Monday that the gang is blamed for the killing of six fishermen at the "
                  "landing in the village of Hope Bay.")
    assert not [p for p in _claims(doc, "Participation") if "constabulary" in p["actor"]]


def test_the_group_after_a_company_stays_a_company(extract):
    """Negative control: "the group" may be a company's; nothing makes Harbour Holdings an armed group."""
    doc = extract("Harbour Holdings reported higher profits in Kingston on Monday. The group said sales rose.")
    assert all(e["type"] != "ArmedGroup" for e in doc["entities"])


def test_deaths_with_no_place_are_no_killing(extract):
    """Negative control: "the deaths of" counts a killing only where the sentence places it."""
    doc = extract("The report counted the deaths of five people over the year.")
    assert not _claims(doc, "Atrocity")


# ---------------------------------------------------------------- 10. a company's seat in a list of targets
def test_a_company_based_somewhere_in_a_list_is_no_base_of_the_group_before_it(extract):
    doc = extract("The Treasury today designated two entities and one individual: the Kawe Liberation Front (KLF), an "
                  "armed group operating in northern Kenya; its leader, Amos Mutiso; and Tana Coastal Imports Ltd "
                  "(TCI), a trading firm based in Mombasa, Kenya.")
    assert not [o for o in _claims(doc, "Operation") if "mombasa" in o["location"]]


def test_an_armed_group_based_somewhere_still_operates_there(extract):
    """Negative control: the group's own seat is where it operates."""
    doc = extract("The Kawe Liberation Front (KLF), an armed group based in Garissa, attacked a police post on "
                  "Monday.")
    one(_claims(doc, "Operation"), actor="kawe-liberation-front", location=["garissa"])


# ---------------------------------------------------------------- 11. "the gang" over a state's service named since
def test_the_gang_passes_over_a_coast_guard_named_since(extract):
    doc = extract("Detectives believe the rifles were meant for the Tana River Syndicate, an armed gang that extorts "
                  "farmers in Garissa County. Intelligence gathered by the Coast Guard and the police indicates that "
                  "the gang took delivery of a consignment of hand grenades in May. Police estimate that the gang has "
                  "fewer than two hundred armed members.")
    transfers = _claims(doc, "ArmsTransfer")
    assert transfers and all(t["recipient"] == "tana-river-syndicate" for t in transfers)
    one(_claims(doc, "Estimate"), measure="force-size", of="tana-river-syndicate")


# ---------------------------------------------------------------- 12. "have held the market at X"
@pytest.mark.parametrize("text, place", [
    ("The Marrow Valley Brotherhood is an armed group active in the north. Since March its gunmen have held the "
     "market at Kibwezi.", "kibwezi"),
    ("The Marrow Valley Brotherhood is an armed group active in the north. The group has also held the trading "
     "post at Kaloleni since May.", "kaloleni"),
])
def test_a_site_held_at_a_town_is_control_of_the_town(extract, text, place):
    one(_claims(extract(text), "Control"), controller="marrow-valley-brotherhood", controlled=place)


def test_a_meeting_held_at_a_town_is_no_control(extract):
    """Negative control: "held a meeting at X" holds no place."""
    doc = extract("The Marrow Valley Brotherhood is an armed group active in the north. The Brotherhood held a "
                  "meeting at Kilifi on Monday.")
    assert not _claims(doc, "Control")


# ---------------------------------------------------------------- 13. "ties X to the shooting of ..."
@pytest.mark.parametrize("text, value", [
    ("The Kawe Liberation Front (KLF) is an armed group. The Treasury's press release also ties the KLF to the "
     "shooting of seven herders, Somali migrants, at a camp near Ikutha on 3 October.", 7),
    ("The Kawe Liberation Front (KLF) is an armed group. The KLF was linked to the killing of five traders in the "
     "town of Ikutha, police said.", 5),
    # the parse may hang the apposition naming the victims on the verb
    ("The Kawe Liberation Front (KLF) is an armed group. A police report ties the KLF to the shooting of six "
     "zama-zamas, illegal miners, at a camp near Ikutha in May.", 6),
])
def test_tied_or_linked_to_a_killing_is_accused_of_it(extract, text, value):
    doc = extract(text)
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["ikutha"]
    one(_claims(doc, "Participation"), actor="kawe-liberation-front", event=event["id"])
    assert one(_claims(doc, "Estimate"))["value"] == value


def test_linked_to_a_company_is_no_accusation(extract):
    """Negative control: a link to something that is no harm accuses no one."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Police have linked the KLF to a transport "
                  "company in the town of Ikutha.")
    assert not _claims(doc, "Participation") and not _claims(doc, "Atrocity")


# ---------------------------------------------------------------- 14. a place in a clause on unnamed attackers
def test_where_unnamed_attackers_walked_in_places_the_killing(extract):
    doc = extract("Gunmen who walked into a funeral feast in the village of Ha Kolo, in the Kitui district, on Saturday "
                  "night shot dead nine people, among them the bride's father, the Kenya Police Service said on Monday.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["ha-kolo"]
    assert one(_claims(doc, "Estimate"))["value"] == 9


def test_a_place_a_named_group_holds_does_not_place_its_killing(extract):
    """Negative control: a relative clause on a named group says what it is, not where it killed."""
    doc = extract("Fighters of the Kawe Liberation Front, which has held the village of Mutomo since May, shot dead "
                  "six traders on Friday.")
    assert not [e for e in _claims(doc, "Atrocity") if "mutomo" in e["location"]]


# ---------------------------------------------------------------- 15. "extended its reach to X"
@pytest.mark.parametrize("text, place", [
    ("The Kawe Liberation Front (KLF) is an armed group. Since 2024 the KLF has extended its reach to Tana River "
     "County.", "tana-river-county"),
    ("The Kawe Liberation Front (KLF) is an armed group. In May it took its fight into Lamu County.", "lamu-county"),
])
def test_a_group_extending_its_reach_operates_there(extract, text, place):
    one(_claims(extract(text), "Operation"), actor="kawe-liberation-front", location=[place])


def test_extending_a_deadline_is_no_operation(extract):
    """Negative control: what is extended must be the group's reach, operations or fight."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The KLF extended its deadline to Friday in "
                  "Lamu County.")
    assert not _claims(doc, "Operation")


# ---------------------------------------------------------------- 16. "the group's rifles were bought through X"
@pytest.mark.parametrize("text, item", [
    ("The Kawe Liberation Front (KLF) is an armed group. Most of the group's rifles were bought last year through "
     "Tana Arms Ltd, a licensed dealer in Nairobi.", "rifles"),
    ("The Kawe Liberation Front (KLF) is an armed group. Some of its pistols were purchased from Tana Arms Ltd in "
     "2024.", "pistols"),
])
def test_the_items_owner_bought_them_through_a_dealer(extract, text, item):
    transfer = one(_claims(extract(text), "ArmsTransfer"))
    assert (transfer["supplier"], transfer["recipient"]) == ("tana-arms-ltd", "kawe-liberation-front")
    assert item in transfer["items"]


def test_who_sent_it_is_not_known_names_no_one(extract):
    """Negative control: an indirect question says nobody sent anything to anyone."""
    doc = extract("Tana Arms Ltd is a licensed dealer in Nairobi. A batch of ammunition crossed into Kitui County "
                  "by donkey in December, but who sent it is not known.")
    assert not [t for t in _claims(doc, "ArmsTransfer") if t.get("recipient") == "tana-arms-ltd"]


# ---------------------------------------------------------------- 17. a second toll of the killing told just before
def test_a_second_source_s_toll_is_a_second_estimate_of_the_same_killing(extract):
    doc = extract("Gunmen who walked into a funeral feast in the village of Ha Kolo on Saturday night shot dead nine "
                  "people, the Kenya Police Service said on Monday. A district councillor, Mary Wanjiku, said eleven "
                  "mourners had died by Tuesday morning, two of them in hospital.")
    event = one(_claims(doc, "Atrocity"))
    assert sorted(e["value"] for e in _claims(doc, "Estimate") if e["of"] == event["id"]) == [9, 11]


def test_a_toll_after_a_separate_attack_is_not_that_killing_s(extract):
    """Negative control: a sentence that says the killing is another one, or a toll two sentences on."""
    doc = extract("Gunmen shot dead nine people in the village of Ha Kolo on Saturday night, police said. In a "
                  "separate attack, three farmers were killed on Sunday. Five mourners died on Monday.")
    assert [e["value"] for e in _claims(doc, "Estimate")] == [9]


# ---------------------------------------------------------------- 18. "under the command of X"
@pytest.mark.parametrize("text", [
    "The Kawe Liberation Front (KLF) is an armed group under the command of Amos Mutiso.",
    "The Kawe Liberation Front (KLF), a militia under the leadership of Amos Mutiso, operates in Kitui County.",
])
def test_a_group_under_the_command_of_a_person(extract, text):
    one(_claims(extract(text), "Control"), controller="amos-mutiso", controlled="kawe-liberation-front")


def test_a_town_under_a_group_s_command_is_no_person_s(extract):
    """Negative control: "under the command of" an organisation names no person who leads."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The KLF is under the command of the Tana "
                  "Delta Defence Group (TDDG), an armed group active in Lamu County.")
    assert not [c for c in _claims(doc, "Control") if c["controlled"] == "kawe-liberation-front"
                and c["controller"] != "tana-delta-defence-group"]


# ---------------------------------------------------------------- 19. "who describes himself as the group's spokesman"
def test_a_person_describing_himself_as_spokesman_holds_the_post(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Peter Kamau, who describes himself as the KLF's "
                  "spokesman, denied the claims.")
    one(_claims(doc, "Membership"), member="peter-kamau", role="spokesman", organisation="kawe-liberation-front")


def test_a_body_describing_someone_as_a_post_gives_the_body_no_post(extract):
    """Negative control: the subject of "described X as" is who describes, not who holds the post."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The Kenya Police Service described Peter "
                  "Kamau as the KLF's recruiter.")
    assert not [m for m in _claims(doc, "Membership") if m["member"] == "kenya-police-service"]


# ---------------------------------------------------------------- 20. who carried out the killing told before
@pytest.mark.parametrize("second", [
    "Survivors identified the attackers as members of the KLF.",
    "The killings were carried out by KLF fighters, police said.",
    "Police said KLF fighters committed the killings.",
])
def test_who_carried_out_the_killing_told_before(extract, second):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Gunmen killed seven villagers in the village "
                  "of Mutomo on Friday. " + second)
    event = one(_claims(doc, "Atrocity"))
    one(_claims(doc, "Participation"), actor="kawe-liberation-front", event=event["id"])


@pytest.mark.parametrize("second", [
    "Police identified the victims as members of the KLF.",
    "The KLF carried out raids in Kitui County last year.",
])
def test_victims_or_raids_of_the_group_accuse_it_of_nothing(extract, second):
    """Negative controls: victims who belonged to the group; other operations of the group."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Gunmen killed seven villagers in the village "
                  "of Mutomo on Friday. " + second)
    assert not _claims(doc, "Participation")


# ---------------------------------------------------------------- 21. more transfer phrasings
@pytest.mark.parametrize("text, items", [
    ("The Kawe Liberation Front (KLF) is an armed group. Tana Arms Ltd sold the KLF assault rifles and mortar "
     "rounds in July.", ["assault-rifles", "mortar-rounds"]),
    ("The Kawe Liberation Front (KLF) is an armed group. Most of the KLF's rifles came from Tana Arms Ltd, a dealer "
     "in Nairobi.", ["rifles"]),
    ("The Kawe Liberation Front (KLF) is an armed group. Investigators traced the group's mortars to Tana Arms Ltd.",
     ["mortars"]),
])
def test_transfers_from_a_dealer_to_the_group(extract, text, items):
    transfer = one(_claims(extract(text), "ArmsTransfer"))
    assert (transfer["supplier"], transfer["recipient"]) == ("tana-arms-ltd", "kawe-liberation-front")
    assert sorted(transfer["items"]) == items
    assert not [e for e in extract(text)["entities"] if e["type"] == "WeaponType" and "klf" in e["id"]]


def test_rifles_coming_from_a_place_name_no_supplier(extract):
    """Negative control: where items came from is no supplier unless it is an actor that is no place."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Most of the KLF's rifles came from the town of "
                  "Moyale.")
    assert not [t for t in _claims(doc, "ArmsTransfer") if t.get("supplier") == "moyale"]


# ---------------------------------------------------------------- 22. the village the gunmen entered just before
def test_the_gunmen_kill_in_the_village_they_entered(extract):
    doc = extract("In the evening of 28 November, a convoy of pick-up trucks carrying masked gunmen entered Kalama "
                  "Village, a farming village of some 900 inhabitants. The gunmen went from house to house and shot "
                  "dead seven villagers, two of them children.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["kalama-village"]
    assert [e["value"] for e in _claims(doc, "Estimate")] == [7]  # "two of them" is part of the toll


def test_unnamed_killers_after_a_village_passed_through_place_no_killing(extract):
    """Negative control: killers not referred back to, a village the convoy only passed through."""
    doc = extract("In the evening of 28 November, a convoy of trucks passed through the village of Kalama on its way "
                  "north. Unknown men shot dead seven villagers, two of them children.")
    assert not _claims(doc, "Atrocity")


def test_members_under_his_command_stay_a_force_size(extract):
    """Negative control for 18: "under his command" names no person the parse can read, and the count before it
    stays the force of the group he leads."""
    doc = extract("The Tana Delta Defence Group's commander, Hassan Ali, has some 900 fighters under his command, "
                  "according to the Kenya Defence Forces.")
    one(_claims(doc, "Estimate"), measure="force-size", of="tana-delta-defence-group", value=900)


def test_a_state_s_name_before_its_military_is_no_folded_recipient(extract):
    """Negative control for 21: "supplied the Uganda military with spare parts" supplies the forces, not the state."""
    doc = extract("Tana Arms Ltd has supplied the Uganda military with spare parts for its helicopters since 2023.")
    transfer = one(_claims(doc, "ArmsTransfer"))
    assert transfer["recipient"] != "uganda"


# ---------------------------------------------------------------- 23. "Kenya's police minister, X"
@pytest.mark.parametrize("text, member, role", [
    ("Kenya's defence minister, Jane Wambui, said the army would deploy to Kitui County.", "jane-wambui",
     "defence-minister"),
    ("Kenya's police minister, Peter Owino, told parliament that the gang had 200 members.", "peter-owino",
     "police-minister"),
])
def test_a_state_s_minister_by_portfolio(extract, text, member, role):
    one(_claims(extract(text), "Membership"), member=member, role=role, organisation="kenya")


def test_a_group_s_minister_is_no_state_post(extract):
    """Negative control: a post an armed group names a minister is none of a state's."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The KLF's finance minister, Paul Otieno, was "
                  "arrested.")
    assert not [m for m in _claims(doc, "Membership") if m["organisation"] == "kenya"]


# ---------------------------------------------------------------- 24. "stopped a bus near X ... and shot sixteen of them"
def test_a_bus_stopped_near_a_village_and_its_passengers_shot(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. On the night of 6 November, KLF fighters stopped "
                  "a bus near Mutomo, in Kitui district, ordered the passengers out and shot sixteen of them, "
                  "according to the Panel.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["mutomo"]
    one(_claims(doc, "Participation"), actor="kawe-liberation-front", event=event["id"])
    toll = one(_claims(doc, "Estimate"))
    assert (toll["measure"], toll["value"]) == ("people-killed", 16)  # passengers: people, not a force


def test_machine_guns_in_the_group_s_hands_that_reached_it(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The experts also documented 22 machine guns "
                  "in KLF hands that reached the group in October.")
    transfer = one(_claims(doc, "ArmsTransfer"))
    assert transfer["recipient"] == "kawe-liberation-front" and "supplier" not in transfer
    assert not _claims(doc, "Estimate")  # "22" counts equipment


def test_sold_the_group_a_count_of_hyphenated_items(extract):
    """21 again: "sold the group 40 bolt-action hunting rifles" (the parse hangs "the group 40" on "bolt"); a calibre
    is part of the type's name, as the gold files read it ("7-62-mm-ammunition", "60-mm-mortar-rounds")."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Tana Arms Ltd sold the group 40 bolt-action "
                  "hunting rifles in August and shipped 30 7.62-mm machine guns to the KLF in May.")
    items = {i for t in _claims(doc, "ArmsTransfer") for i in t["items"]}
    assert items == {"bolt-action-hunting-rifles", "7-62-mm-machine-guns"}


# ---------------------------------------------------------------- 25. "claimed the killings", "bear responsibility"
@pytest.mark.parametrize("second, actor", [
    ("In a note left at the church, the KLF claimed the killings.", "kawe-liberation-front"),
    ("The KLF claimed responsibility for the killing.", "kawe-liberation-front"),
    ("In our view, soldiers of the Kenya Defence Forces (KDF) bear responsibility for these deaths.",
     "kenya-defence-forces"),
])
def test_who_claims_or_bears_responsibility_for_the_killing(extract, second, actor):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Seven villagers were shot dead at a checkpoint in "
                  "the village of Mutomo on Friday. " + second)
    event = one(_claims(doc, "Atrocity"))
    one(_claims(doc, "Participation"), actor=actor, event=event["id"])


def test_claiming_a_victory_accuses_no_one(extract):
    """Negative control: a claim of something that is no killing."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Seven villagers were shot dead in the village "
                  "of Mutomo on Friday. The KLF claimed a victory over the army in Kitui County.")
    assert not _claims(doc, "Participation")


# ---------------------------------------------------------------- 26. "X fighters attacked a camp near Y. Six workers ... were killed."
def test_a_passive_toll_after_an_attack_is_a_killing_where_the_attack_was(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. On 14 September, KLF fighters attacked the "
                  "construction camp of a wind farm near the village of Mutomo, in Kitui County. Six workers, one of "
                  "them a Danish engineer, were killed. The group claimed responsibility for the attack on Mutomo in a "
                  "video released in October.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["mutomo"]
    assert [e["value"] for e in _claims(doc, "Estimate")] == [6]
    one(_claims(doc, "Participation"), actor="kawe-liberation-front", event=event["id"])


def test_a_passive_toll_with_its_own_killers_is_no_toll_of_the_attack_before(extract):
    """Negative control: the sentence names who killed them elsewhere."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. On 14 September, KLF fighters attacked the "
                  "construction camp of a wind farm near the village of Mutomo. Six workers were killed by soldiers in "
                  "the town of Mwingi in a separate incident.")
    assert not [e for e in _claims(doc, "Atrocity") if e["location"] == ["mutomo"]]


# ---------------------------------------------------------------- 27. "whose leader is X" makes X a person
@pytest.mark.parametrize("text, kind, holder", [
    ('The Tana Delta Defence Group (TDDG), whose leader is Ernesto Carvajal Ibarra, alias "El Zorro", operates in '
     'Kitui County.', "Control", "ernesto-carvajal-ibarra"),
    ("The Kawe Liberation Front (KLF) is an armed group. Its spokesman is Peter Kamau.", "Membership", "peter-kamau"),
])
def test_a_copula_after_a_post_names_a_person(extract, text, kind, holder):
    doc = extract(text)
    assert one([e for e in doc["entities"] if e["id"] == holder])["type"] == "Person"
    claim = one(_claims(doc, kind))
    assert claim.get("controller", claim.get("member")) == holder


def test_a_post_that_is_unknown_names_no_one(extract):
    """Negative control: "its leader is unknown" names no person."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Its leader is unknown.")
    assert not _claims(doc, "Control")


# ---------------------------------------------------------------- 28. "X, a gun shop ... The shop's owner, Y"
def test_the_owner_of_a_shop_named_before(extract):
    doc = extract("The rifles were bought at Armería El Cazador, a gun shop in the town of Mwingi. The shop's owner, "
                  "Rigoberto Canjura Lemus, denied selling them.")
    one(_claims(doc, "Control"), controller="rigoberto-canjura-lemus", controlled="armeria-el-cazador")


def test_a_shop_of_no_name_has_no_owner_claim(extract):
    """Negative control: no shop was named, so "the shop's owner" controls nothing."""
    doc = extract("The rifles were bought at a gun shop in the town of Mwingi. The shop's owner, Rigoberto Canjura "
                  "Lemus, denied selling them.")
    assert not _claims(doc, "Control")


# ---------------------------------------------------------------- 29. an emir leads; a garrison holds a town
def test_the_group_s_emir_leads_it(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The group's emir, Hamadoun Ag Sidi-Mahmoud, was "
                  "not reachable.")
    one(_claims(doc, "Control"), controller="hamadoun-ag-sidi-mahmoud", controlled="kawe-liberation-front")


@pytest.mark.parametrize("text, holder", [
    ("The Kawe Liberation Front (KLF) is an armed group which, since October, has kept a garrison in the river port "
     "of Mutomo.", "kawe-liberation-front"),
    ("The Kenya Defence Forces (KDF) have maintained a garrison in the town of Mutomo since May.",
     "kenya-defence-forces"),
])
def test_a_garrison_in_a_town_holds_it(extract, text, holder):
    one(_claims(extract(text), "Control"), controller=holder, controlled="mutomo")


def test_a_garrison_nearby_holds_no_town(extract):
    """Negative control: a garrison "near" a town, or a checkpoint in it, is no garrison in it."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. The KLF has kept a garrison near the town of "
                  "Mutomo since May.")
    assert not _claims(doc, "Control")


# ---------------------------------------------------------------- 30. the items' owner receives what was brought
def test_the_group_s_items_brought_in_by_an_unnamed_sender(extract):
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Most of the KLF's pistols were ferried over "
                  "Lake Turkana by canoe in March.")
    transfer = one(_claims(doc, "ArmsTransfer"))
    assert transfer["recipient"] == "kawe-liberation-front" and "supplier" not in transfer


def test_the_group_s_emir_after_a_state_army_named_last(extract):
    """29 again: "the group" passes over a state's army the text named last, however its name was typed."""
    doc = extract("Fighters of the Katiba Sabou overran the town of Gorom on Tuesday, the Burkinabè Army said. In an "
                  "audio message, the group's emir, Hamadou Ag Intalla, said his men had fought soldiers.")
    assert [c["controlled"] for c in _claims(doc, "Control") if c["controller"] == "hamadou-ag-intalla"] == \
        ["katiba-sabou"]


# ---------------------------------------------------------------- 31. "the quarries around X, where they dig"
@pytest.mark.parametrize("text, place", [
    ("The Marrow Valley Brotherhood is an armed group active in the north. Its members move between the Kitui and "
     "Machakos districts and the quarries around Thika, where they dig illegally.", "thika"),
    ("The Marrow Valley Brotherhood is an armed group. Police found a camp in the forest near the town of Mwingi, "
     "where its fighters train.", "mwingi"),
])
def test_what_a_group_does_where_a_place_is_placed_there(extract, text, place):
    one(_claims(extract(text), "Operation"), actor="marrow-valley-brotherhood", location=[place])


def test_where_a_report_was_received_is_no_operation(extract):
    """Negative control: "it" in the "where" clause is the report, and publishing is no activity of a group."""
    doc = extract("The Marrow Valley Brotherhood is an armed group. The report was published in Nairobi, where it "
                  "was well received.")
    assert not _claims(doc, "Operation")


def test_unnamed_killers_in_the_hamlet_a_unit_entered(extract):
    """22 again: a bare plural for the killers ("policemen shot dead nine men") after a unit entered a hamlet."""
    doc = extract("Three days after the raid, a unit of the Kenya Police Service searching for the stolen cattle "
                  "entered the hamlet of Kalama. According to six witnesses, policemen shot dead nine men, among them "
                  "two herders, and set fire to eleven houses.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["kalama"]
    assert [e["value"] for e in _claims(doc, "Estimate")] == [9]


def test_killers_after_a_village_only_passed_place_nothing(extract):
    """Negative control: passing a village is no incursion into it."""
    doc = extract("A unit of the Kenya Police Service passed the village of Kalama on Monday. Soldiers shot dead nine "
                  "men, among them two herders.")
    assert not _claims(doc, "Atrocity")


# ---------------------------------------------------------------- 32. cadres; a toll after "opened fire on"
@pytest.mark.parametrize("text, value", [
    ("The Kawe Liberation Front (KLF) is an armed group. We estimate that the KLF has between 300 and 450 armed "
     "cadres.", 300),
    ("The Kawe Liberation Front (KLF) is an armed group. The KLF has some 200 guerrillas in the hills.", 200),
])
def test_cadres_and_guerrillas_count_a_force(extract, text, value):
    one(_claims(extract(text), "Estimate"), measure="force-size", of="kawe-liberation-front", value=value)


def test_a_passive_toll_after_a_unit_opened_fire_in_a_village(extract):
    doc = extract("On 8 January, a joint team of the Kenya Police Service and the Kenya Defence Forces opened fire on a "
                  "group of men and boys threshing maize on the edge of the village of Kalama. Nine people were killed.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["kalama"]
    one(_claims(doc, "Estimate"), of=event["id"], value=9)


def test_villagers_killed_are_no_force(extract):
    """Negative control: a count of victims is no force size, whoever killed them."""
    doc = extract("The Kawe Liberation Front (KLF) is an armed group. Gunmen killed 12 villagers in the village of "
                  "Kalama on Friday.")
    assert not [e for e in _claims(doc, "Estimate") if e["measure"] == "force-size"]
