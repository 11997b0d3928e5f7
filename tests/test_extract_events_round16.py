"""Classes of killing, estimate and operation errors from heldout15's misses
(round 16, issue #12), each with new fictional sentences of its own and a
negative control: a killing at the site a first verb hit ("attacked the market
of X, in Y county, and killed ..."); a force's
strength given by "the army" (an anaphor that must not hide the group the
sentence names) and initials after "known as"; "the army" never a rebel group
whose name says no army; "the army moved battalions into X" after the army was
named; a state's adjective ("Philippine") that differs from its people's word."""

from __future__ import annotations

from .extract_cases import claims, entity, extract  # noqa: F401 - extract is a fixture


def _killings(doc) -> set:
    return {loc for c in claims(doc, "Atrocity") for loc in c["location"]}


def _strengths(doc) -> set:
    return {(c["of"], c["value"]) for c in claims(doc, "Estimate") if c["measure"] == "force-size"}


def _operations(doc) -> set:
    return {(c["actor"], loc) for c in claims(doc, "Operation") for loc in c["location"]}


# ---------------------------------------------------------------- 1. the site the first verb hit, before its region
def test_market_of_a_town_in_a_county(extract):
    doc = extract("On 9 May, gunmen of the Tarvo Brigade attacked the weekly market of Kaputir, in Turkana County, "
                  "and killed 14 herders. Survivors fled to Kaputir.")
    assert _killings(doc) == {"kaputir"}, _killings(doc)


def test_camp_of_a_town_raided_then_shot_dead(extract):
    doc = extract("Tarvo Brigade fighters raided the cattle camp of Lodwar, in Turkana County, and shot dead nine "
                  "herders.")
    assert _killings(doc) == {"lodwar"}, _killings(doc)


def test_checkpoint_of_a_town_three_verbs(extract):
    doc = extract("Tarvo Brigade fighters stopped a bus at the checkpoint of Lodwar, on the Kerio road, separated the "
                  "passengers and shot six men dead.")
    assert _killings(doc) == {"lodwar"}, _killings(doc)


def test_no_site_keeps_the_place_of_the_verb(extract):  # negative control: no "of X" on the object
    doc = extract("Tarvo Brigade fighters attacked a bus in Turkana County and killed six passengers.")
    assert _killings(doc) == {"turkana-county"}, _killings(doc)


# ---------------------------------------------------------------- 3. "the army estimates X's strength"; "known as the XY"
def test_army_estimates_the_groups_strength(extract):
    doc = extract("The Tarvo Brigade (TVB) operates near Lokori. The army estimates the TVB's strength at about "
                  "150 fighters.")
    assert _strengths(doc) == {("tarvo-brigade", 150)}, _strengths(doc)


def test_initials_after_known_as(extract):
    doc = extract("The Kerio Defence Front, known as the KDF, operates near Lokori. The police put the KDF's "
                  "strength at 400 to 500 fighters.")
    assert _strengths(doc) == {("kerio-defence-front", 400)}, _strengths(doc)


def test_commonly_called_and_the_military(extract):
    doc = extract("The Tarvo Brigade, commonly called the TVB, operates near Lodwar. The military puts the TVB's "
                  "numbers at about 300 fighters.")
    assert _strengths(doc) == {("tarvo-brigade", 300)}, _strengths(doc)


def test_a_nickname_in_words_is_no_initials(extract):  # negative control
    doc = extract("Ernesto Vale, known as the Butcher, leads the Tarvo Brigade.")
    assert "Butcher" not in (entity(doc, "ernesto-vale").get("aliases") or []), entity(doc, "ernesto-vale")


# ---------------------------------------------------------------- 4. "the army" and the forces named before
def test_the_army_is_no_rebel_brigade(extract):
    doc = extract("The Tarvo Brigade operates near Lokori. Ernesto Vale said the army had moved troops into Turkana "
                  "County.")
    assert ("tarvo-brigade", "turkana-county") not in _operations(doc), _operations(doc)


def test_a_rebel_army_may_be_the_army(extract):
    doc = extract("The Kerio Liberation Army operates near Lokori. The army has about 900 fighters, officials said.")
    assert _strengths(doc) == {("kerio-liberation-army", 900)}, _strengths(doc)


def test_the_army_named_before_moves_battalions(extract):
    doc = extract("The Philippine Army said the Tarvo Brigade operates near Lokori. The army moved two battalions "
                  "into Kerio province in May.")
    assert ("philippine-army", "kerio-province") in _operations(doc), _operations(doc)
    assert entity(doc, "philippine-army")["type"] == "StateArmedForces", entity(doc, "philippine-army")


def test_the_army_after_a_gendarmerie_still_operates_nowhere(extract):  # negative control
    doc = extract("The Royal Gendarmerie said two gendarmes were wounded in Witu. The army has kept a unit in "
                  "Kerio province since 2026.")
    assert not _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 5. a bare second toll (people since round 32)
def _tolls(doc) -> set:
    return {(c["measure"], c["value"]) for c in claims(doc, "Estimate") if c["measure"].endswith("-killed")}


def test_committees_put_the_toll_at(extract):
    doc = extract("On 4 May, Tarvo Brigade gunmen attacked the village of Kaputir and killed at least 30 villagers. "
                  "Local relief committees have put the toll at 45.")
    # (round 32) the coding manual's round-29 reading: a bare later toll names no victims and counts people
    assert _tolls(doc) == {("civilians-killed", 30), ("people-killed", 45)}, _tolls(doc)


def test_gave_a_toll_of(extract):
    doc = extract("On 4 May, Tarvo Brigade gunmen killed 12 civilians near Lokori. The county health office gave a "
                  "toll of 19.")
    assert _tolls(doc) == {("civilians-killed", 12), ("people-killed", 19)}, _tolls(doc)  # (round 32) people


def test_a_toll_of_dead_names_its_own_measure(extract):  # negative control: "19 dead" are people
    doc = extract("On 4 May, Tarvo Brigade gunmen killed 12 civilians near Lokori. The county health office put the "
                  "toll at 19 dead.")
    assert _tolls(doc) == {("civilians-killed", 12), ("people-killed", 19)}, _tolls(doc)


def test_miners_toll_stays_people(extract):  # negative control: the first toll counts people
    doc = extract("On 4 May, Tarvo Brigade gunmen killed 12 miners near Lokori. Police put the toll at 15.")
    assert _tolls(doc) == {("people-killed", 12), ("people-killed", 15)}, _tolls(doc)


# ---------------------------------------------------------------- 6. victims named by kin or age
def test_soldiers_killed_two_brothers(extract):
    doc = extract("On 8 November, soldiers of the army's 12th Mountain Battalion killed two brothers, Ramiro and "
                  "Jairo Ospina, near the village of La Cumbre.")
    assert _killings(doc) == {"la-cumbre"}, _killings(doc)
    assert _tolls(doc) == {("people-killed", 2)}, _tolls(doc)


def test_teenagers_at_a_checkpoint(extract):
    doc = extract("In June, Tarvo Brigade fighters killed three teenagers at a checkpoint outside Lodwar.")
    assert _killings(doc) == {"lodwar"}, _killings(doc)


def test_brothers_arrested_are_no_killing(extract):  # negative control
    doc = extract("Two brothers of the Tarvo Brigade's leader were arrested near Lokori.")
    assert not claims(doc, "Atrocity"), claims(doc, "Atrocity")


# ---------------------------------------------------------------- 7. "the two men": the people counted before
def test_the_two_men_were_combatants_is_no_new_count(extract):
    doc = extract("On 8 May, soldiers killed two farmers near Lokori. The army said the two men were Tarvo Brigade "
                  "combatants killed in an exchange of fire.")
    assert {(c["measure"], c["value"]) for c in claims(doc, "Estimate")} == {("people-killed", 2)}, \
        claims(doc, "Estimate")


def test_the_four_victims_is_no_new_count(extract):
    doc = extract("On 8 May, Tarvo Brigade gunmen killed four traders near Lokori. Police said the four victims had "
                  "been shot at close range.")
    assert _tolls(doc) == {("people-killed", 4)}, _tolls(doc)


def test_a_first_count_after_the_still_counts(extract):  # negative control: nothing counted before
    doc = extract("The army said the 14 fighters of the Tarvo Brigade killed near Lokori on Monday had attacked a "
                  "convoy.")
    assert {(c["measure"], c["value"]) for c in claims(doc, "Estimate")} == {("fighters-killed", 14)}, \
        claims(doc, "Estimate")


# ---------------------------------------------------------------- 8. places coordinated after the first; "active around"
def test_in_hills_and_around_the_towns_of(extract):
    doc = extract("The Tarvo Brigade has operated since 2025 in the Kerio Hills and around the towns of Lodwar and "
                  "Kakuma.")
    assert _operations(doc) == {("tarvo-brigade", p) for p in ("kerio-hills", "lodwar", "kakuma")}, _operations(doc)


def test_in_a_county_and_in_the_north_of_another(extract):
    doc = extract("The Tarvo Brigade operates in Turkana County and in the north of Marsabit County.")
    assert _operations(doc) == {("tarvo-brigade", "turkana-county"), ("tarvo-brigade", "marsabit-county")}, \
        _operations(doc)


def test_another_clause_after_and_is_not_the_groups(extract):  # negative control
    doc = extract("The Tarvo Brigade operates in Turkana County and the army patrols Marsabit County.")
    assert ("tarvo-brigade", "marsabit-county") not in _operations(doc), _operations(doc)


def test_active_around_and_present_near(extract):
    doc = extract("A rival group, the Kerio Defence Front, led by Ali Guyo, is active around Lodwar. Tarvo Brigade "
                  "fighters remain present near Kakuma.")
    assert _operations(doc) == {("kerio-defence-front", "lodwar"), ("tarvo-brigade", "kakuma")}, _operations(doc)


def test_active_around_a_time_is_no_place(extract):  # negative control
    doc = extract("The Kerio Defence Front is active on social media around election time.")
    assert not _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 9. names typed places by a killing's site or a deployment
def test_weekly_market_of_an_unknown_name(extract):
    doc = extract("On 9 May, gunmen of the Tarvo Brigade attacked the weekly market of Nakuwa, in Turkana County, and "
                  "killed 14 herders.")
    assert _killings(doc) == {"nakuwa"}, _killings(doc)


def test_landing_of_an_unknown_name(extract):
    doc = extract("Tarvo Brigade gunmen stopped two boats at the landing of Namoru, separated the men from the women "
                  "and shot five men dead on the bank.")
    assert _killings(doc) == {"namoru"}, _killings(doc)


def test_battalion_deployed_to_an_unknown_name(extract):
    doc = extract("Soldiers of the army's 12th Mountain Battalion, which was deployed to San Teodoro in September, "
                  "killed two farmers near the village of La Cumbre.")
    assert ("12th-mountain-battalion", "san-teodoro") in _operations(doc), _operations(doc)
    assert _killings(doc) == {"la-cumbre"}, _killings(doc)


def test_a_person_after_a_market_word_is_no_place(extract):  # negative control: "market" without "of"
    doc = extract("Market trader Nakuwa Ekai said Tarvo Brigade gunmen killed six herders near Lodwar.")
    assert _killings(doc) == {"lodwar"}, _killings(doc)


# ---------------------------------------------------------------- 10. initials of a name that holds a place's name
def test_initials_belong_to_the_group_not_the_place_inside(extract):
    doc = extract("Fighting continued in Kerio. The Front populaire de la Kerio (FPK) operates in Kerio prefecture. "
                  "The Panel estimates the FPK's strength at 700 combatants.")
    assert _strengths(doc) == {("front-populaire-de-la-kerio", 700)}, _strengths(doc)
    assert "FPK" not in (entity(doc, "kerio").get("aliases") or []), entity(doc, "kerio")


def test_initials_of_a_name_ending_in_a_place_named_before(extract):
    doc = extract("Fighting continued in Turkana. The Liberation Front of Turkana (LFT) operates near Lodwar. The army "
                  "puts the LFT's strength at 700 fighters.")
    assert _strengths(doc) == {("liberation-front-of-turkana", 700)}, _strengths(doc)


def test_initials_after_a_place_alone_stay_the_places(extract):  # negative control: no longer name around it
    doc = extract("The Tarvo Brigade operates in the Kerio Valley Region (KVR). Lodwar is the KVR's largest town.")
    assert "KVR" in (entity(doc, "kerio-valley-region").get("aliases") or []), entity(doc, "kerio-valley-region")


# ---------------------------------------------------------------- 11. another source's figure for what was just counted
def test_put_it_at_after_a_strength(extract):
    doc = extract("The Panel estimates the Tarvo Brigade's strength at 700 to 900 combatants. The mission put it at "
                  "about 1,200 in a briefing in June.")
    assert _strengths(doc) == {("tarvo-brigade", 700), ("tarvo-brigade", 1200)}, _strengths(doc)


def test_put_the_figure_at_after_a_strength(extract):
    doc = extract("The Ministry of Defence estimates the Tarvo Brigade at about 500 armed members. Community sources "
                  "we consulted put the figure at between 250 and 300.")
    assert _strengths(doc) == {("tarvo-brigade", 500), ("tarvo-brigade", 250)}, _strengths(doc)


def test_put_it_at_with_nothing_counted_before(extract):  # negative control
    doc = extract("The Tarvo Brigade operates near Lokori. Analysts put it at the centre of the gold trade, with 40 "
                  "percent of the mines.")
    assert not claims(doc, "Estimate"), claims(doc, "Estimate")


def test_authorities_reported_dead_and_an_office_counted(extract):
    doc = extract("On 9 May gunmen killed 23 civilians at the market of Nakuwa. Local authorities reported 31 dead.")
    assert _tolls(doc) == {("civilians-killed", 23), ("people-killed", 31)}, _tolls(doc)
    doc = extract("Gunmen shot five men dead near Lokori on Sunday. We confirmed five deaths. The municipal "
                  "ombudsman's office counted seven, including two men whose bodies were found downstream.")
    assert _tolls(doc) == {("people-killed", 5), ("people-killed", 7)}, _tolls(doc)


def test_counted_boats_or_cattle_is_no_toll(extract):  # negative control
    doc = extract("Gunmen shot five men dead near Lokori on Sunday. Officials counted 40 cattle stolen. Customs "
                  "officers counted 31 boats at the landing.")
    assert _tolls(doc) == {("people-killed", 5)}, _tolls(doc)


# ---------------------------------------------------------------- 12. "the group" named only inside a quotation before
def test_the_group_a_quotation_named(extract):
    doc = extract("\"The rifles were to be driven north to an armed group in Turkana called the Tarvo Brigade,\" the "
                  "director said. According to the security service, the group is commanded by Ali Guyo and operates "
                  "in Kenya's Turkana and Marsabit provinces. The Service estimates it has between 300 and 450 members.")
    assert _operations(doc) == {("tarvo-brigade", "turkana"), ("tarvo-brigade", "marsabit")}, _operations(doc)
    assert _strengths(doc) == {("tarvo-brigade", 300)}, _strengths(doc)


def test_the_group_prefers_one_named_outside_quotes(extract):  # negative control
    doc = extract("\"We fought the Tarvo Brigade for years,\" the chief said. The Kerio Front was formed in 2020. The "
                  "group operates near Lodwar.")
    assert _operations(doc) == {("kerio-front", "lodwar")}, _operations(doc)
