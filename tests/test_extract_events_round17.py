"""Classes of operation, killing and estimate errors from heldout16's misses
(round 17, issue #12), each with new fictional sentences of its own and a
negative control: a counted party that acted is no force's strength ("about
forty fighters of X entered Y"); a place named as the container of a part
("the Nakalale area of northern X", "A and B territories of Y") is no place an
actor operates in; operations "around"/"near" a place and a unit "kept at" a
place; "Kenyan soldiers of the 5th X Brigade" accuse the brigade, not the
state's forces; tolls by a source of their own: "We confirmed seven deaths" (measured as the killing's
victims), "said nine people were killed, a figure the agency could not
confirm" (a remark on the figure, no denial); a quoted strength after "said the
group had"; bodies recovered at the place of a killing told long before; people found shot
dead after armed men stopped or abducted them; "told the Panel the figure was
closer to N", another figure for the strength just told; an operation said
only in what a spokesman denies is none; "gave us a list of 11 names", a toll of
the killing just told."""

from __future__ import annotations

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _strengths(doc) -> set:
    return {(c["of"], c["value"]) for c in claims(doc, "Estimate") if c["measure"] == "force-size"}


def _operations(doc) -> set:
    return {(c["actor"], loc) for c in claims(doc, "Operation") for loc in c["location"]}


# ---------------------------------------------------------------- 1. a party that acted, counted: no force's strength
def test_fighters_of_a_group_entered_a_village(extract):
    doc = extract("Before dawn on 3 May, about forty fighters of the Kerio Defence Front (KDF) entered Kaputir and "
                  "burned the market.")
    assert not _strengths(doc), _strengths(doc)


def test_gunmen_belonging_to_a_group_crossed_a_river(extract):
    doc = extract("On Sunday some 25 gunmen belonging to the Tarvo Brigade crossed the river near Lodwar and seized "
                  "the ferry.")
    assert not _strengths(doc), _strengths(doc)


def test_armed_men_from_a_group_surrounded_a_school(extract):
    doc = extract("Around sixty armed men from the Tarvo Brigade surrounded the school in Kakuma on Friday, "
                  "witnesses said.")
    assert not _strengths(doc), _strengths(doc)


def test_a_group_has_fighters_is_a_strength(extract):  # negative control
    doc = extract("Police say the Tarvo Brigade has about 400 fighters.")
    assert _strengths(doc) == {("tarvo-brigade", 400)}, _strengths(doc)


def test_fighters_who_remain_somewhere_are_a_strength(extract):  # negative control: no act, a presence
    doc = extract("The army estimates that some 500 fighters of the Tarvo Brigade remain in the hills near Lodwar.")
    assert _strengths(doc) == {("tarvo-brigade", 500)}, _strengths(doc)


# ---------------------------------------------------------------- 2. the container of a named part is no operation's place
def test_the_area_of_northern_state(extract):
    doc = extract("According to the police, the rifles were intended for the Kerio Front, an armed group that operates "
                  "in Lokori and in the Nakalale area of northern Kenya.")
    assert ("kerio-front", "kenya") not in _operations(doc), _operations(doc)
    assert ("kerio-front", "lokori") in _operations(doc), _operations(doc)


def test_the_area_of_a_state_alone(extract):
    doc = extract("The Kerio Front has fought in the Nakalale area of Kenya since 2023.")
    assert ("kerio-front", "kenya") not in _operations(doc), _operations(doc)


def test_a_named_province_of_a_state(extract):
    doc = extract("The Kerio Front is active in the Rift Valley Province of Kenya.")
    assert _operations(doc) == {("kerio-front", "rift-valley-province")}, _operations(doc)


def test_two_districts_of_a_region(extract):
    doc = extract("The Kerio Front, led by Ernesto Vale, operates in Loima and Turkwel sub-counties of Turkana and "
                  "has grown since April.")
    assert not any(loc == "turkana" for _, loc in _operations(doc)), _operations(doc)


def test_local_government_areas_of_a_county(extract):
    doc = extract("The Kerio Front is an armed group that operates in the Loima and Turkwel local government areas of "
                  "Turkana County.")
    assert ("kerio-front", "turkana-county") not in _operations(doc), _operations(doc)


def test_rural_areas_of_a_county_stay(extract):  # negative control: no name before the part noun
    doc = extract("The Kerio Front operates in Lokori and in the rural areas of Turkana County.")
    assert ("kerio-front", "turkana-county") in _operations(doc), _operations(doc)


def test_the_municipalities_of_after_a_name_and_in_the(extract):  # negative control: "Forces in the" is no name
    doc = extract("The Kerio Front is an armed group that fights the Kenya Defence Forces in the municipalities of "
                  "Lokori and Kakuma in Turkana County.")
    assert ("kerio-front", "lokori") in _operations(doc), _operations(doc)


def test_the_state_itself_stays(extract):  # negative control: no named part before it
    doc = extract("The Kerio Front operates in Lokori and in Kenya.")
    assert ("kerio-front", "kenya") in _operations(doc), _operations(doc)


def test_the_north_of_a_state_stays(extract):  # negative control: a bearing, no name of a part
    doc = extract("The Kerio Front operates in the north of Kenya.")
    assert ("kerio-front", "kenya") in _operations(doc), _operations(doc)


def _accused(doc) -> set:
    return {c["actor"] for c in claims(doc, "Participation")}


# ---------------------------------------------------------------- 3. operations around / near a place; a unit kept at one
def test_conducted_operations_around_a_town(extract):
    doc = extract("The Kenya Defence Forces have conducted operations around Lokori since March.")
    assert _operations(doc) == {("kenya-defence-forces", "lokori")}, _operations(doc)


def test_carried_out_raids_near_a_town(extract):
    doc = extract("The Kerio Front has carried out raids near Lodwar since January.")
    assert _operations(doc) == {("kerio-front", "lodwar")}, _operations(doc)


def test_launched_attacks_around_two_towns(extract):
    doc = extract("Since April, the Tarvo Brigade has launched attacks around Kakuma and Lokichar.")
    assert _operations(doc) == {("tarvo-brigade", "kakuma"), ("tarvo-brigade", "lokichar")}, _operations(doc)


def test_kept_a_battalion_at_a_town_near_a_border(extract):
    doc = extract("The Kenya Defence Forces have kept a battalion at Lokichar, near the Ugandan border, since January.")
    assert _operations(doc) == {("kenya-defence-forces", "lokichar")}, _operations(doc)


def test_maintains_a_base_at_a_town(extract):
    doc = extract("The Tarvo Brigade maintains a base at Kaputir, near the Ugandan border.")
    assert _operations(doc) == {("tarvo-brigade", "kaputir")}, _operations(doc)


def test_a_survey_around_a_town_is_no_operation(extract):  # negative control: no operation noun, no presence
    doc = extract("The Kerio Front conducted a survey of farmers around Lokori in March.")
    assert not _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 4. soldiers of a unit: the unit is accused
def test_demonym_soldiers_of_a_brigade(extract):
    doc = extract("On 2 May, Kenyan soldiers of the 5th Mountain Brigade shot dead four men at a market near Kakuma.")
    assert _accused(doc) == {"5th-mountain-brigade"}, _accused(doc)  # (round 23) the ordinal is the name's


def test_initials_troops_of_a_battalion(extract):
    doc = extract("The Kenya Defence Forces (KDF) patrol Turkana. On 4 May, KDF troops of the 12th Ranger Battalion "
                  "killed three fishermen at the landing of Kalokol.")
    assert _accused(doc) == {"12th-ranger-battalion"}, _accused(doc)  # (round 23) the ordinal is the name's


def test_named_forces_soldiers_of_a_regiment(extract):
    doc = extract("On 4 May, Kenya Defence Forces soldiers of the 3rd Infantry Regiment shot dead three fishermen "
                  "near Kalokol.")
    assert len(_accused(doc)) == 1 and "regiment" in next(iter(_accused(doc))), _accused(doc)


def test_demonym_soldiers_alone(extract):  # negative control: no unit, the state's forces
    doc = extract("On Friday, Kenyan soldiers shot dead three men near Kakuma.")
    assert _accused(doc) == {"kenya-armed-forces"}, _accused(doc)


def _tolls(doc) -> set:
    return {(c["measure"], c["value"]) for c in claims(doc, "Estimate") if c["measure"].endswith("-killed")}


# ---------------------------------------------------------------- 5. tolls by a source of their own
def test_we_confirmed_deaths_of_villagers(extract):
    doc = extract("Before dawn on 3 May, gunmen of the Tarvo Brigade burned 40 huts in Kaputir and killed villagers as "
                  "they fled. We confirmed seven deaths, including two children. The chief of Kaputir told us eleven "
                  "people died.")
    assert _tolls(doc) == {("civilians-killed", 7), ("people-killed", 11)}, _tolls(doc)


def test_researchers_documented_deaths_after_a_first_toll(extract):
    doc = extract("On 3 May, gunmen of the Tarvo Brigade killed six herders near Kaputir. Our researchers documented "
                  "eight deaths.")
    assert _tolls(doc) == {("people-killed", 6), ("people-killed", 8)}, _tolls(doc)


def test_deaths_of_no_killing_are_no_toll(extract):  # negative control
    doc = extract("The ministry recorded 300 deaths from cholera in Turkana in 2024.")
    assert not _tolls(doc), _tolls(doc)


def test_a_figure_the_paper_could_not_confirm(extract):
    doc = extract("Gunmen of the Tarvo Brigade killed five herders near Kaputir on Sunday, the police said. A local "
                  "elected official said nine people were killed, a figure Rift Valley News could not confirm.")
    assert ("people-killed", 9) in _tolls(doc), _tolls(doc)


def test_a_number_residents_gave_not_verified(extract):
    doc = extract("Gunmen of the Tarvo Brigade killed five herders near Kaputir on Sunday. Residents said eleven "
                  "people died, a number the Daily Courier could not independently verify.")
    assert ("people-killed", 11) in _tolls(doc), _tolls(doc)


def test_could_not_confirm_a_killing_stays_unconfirmed(extract):  # negative control: the act itself unconfirmed
    doc = extract("Gunmen of the Tarvo Brigade killed five herders near Kaputir on Sunday. The Daily Courier could not "
                  "confirm that police had killed two of the gunmen near Lodwar.")
    assert {loc for c in claims(doc, "Atrocity") for loc in c["location"]} == {"kaputir"}, claims(doc, "Atrocity")


# ---------------------------------------------------------------- 6. a quoted strength after "said the group had"
def test_said_the_group_had_no_more_than(extract):
    doc = extract("The Kerio Front operates near Lodwar. Ernesto Vale, a researcher at Turkana University, said the "
                  "group had \"no more than 60 armed men\".")
    assert _strengths(doc) == {("kerio-front", 60)}, _strengths(doc)


def test_said_the_group_had_a_quoted_range_with_thousands(extract):
    doc = extract("The Kerio Front operates near Lodwar. The ministry welcomed the designation on Friday and said the "
                  "group had \"between 1,200 and 1,500 armed men\", fewer than the police figure.")
    assert _strengths(doc) == {("kerio-front", 1200)}, _strengths(doc)


def test_told_reporters_the_group_has(extract):
    doc = extract("The Kerio Front operates near Lodwar. A defector told reporters the group has \"about 250 "
                  "fighters\".")
    assert _strengths(doc) == {("kerio-front", 250)}, _strengths(doc)


def test_a_quoted_phrase_without_a_figure(extract):  # negative control
    doc = extract("The Kerio Front operates near Lodwar. Ernesto Vale said the group had \"a lot of friends\" in 2 "
                  "villages.")
    assert not _strengths(doc), _strengths(doc)


# ---------------------------------------------------------------- 7. bodies recovered where a killing was told long before
def test_bodies_recovered_at_the_place_of_a_killing(extract):
    doc = extract("On 3 March, gunmen of the Kerio Front killed 14 migrants near Kaputir. The ministry blamed the "
                  "front. The front denied it. Police later arrested two men in Lodwar. The police said two weeks later "
                  "that its officers had recovered eleven bodies near Kaputir.")
    assert _tolls(doc) == {("people-killed", 14), ("people-killed", 11)}, _tolls(doc)


def test_bodies_found_on_the_trail_of_a_killing(extract):
    doc = extract("In May, Kerio Front gunmen shot dead nine traders on the road to Kaputir. Officials condemned the "
                  "attack. Traders closed their shops in Lodwar for a day. Road traffic resumed on Friday. Rangers "
                  "found three more bodies near Kaputir in June.")
    assert ("people-killed", 9) in _tolls(doc) and len(_tolls(doc)) <= 2, _tolls(doc)


def test_bodies_elsewhere_count_for_no_killing(extract):  # negative control: another place
    doc = extract("On 3 March, gunmen of the Kerio Front killed 14 migrants near Kaputir. The ministry blamed the "
                  "front. The front denied it. Police later arrested two men in Lodwar. In a separate case, the police "
                  "said they had recovered six bodies near Lokori.")
    assert _tolls(doc) == {("people-killed", 14)}, _tolls(doc)


def test_a_summary_killing_at_two_places_is_not_counted_by_one(extract):  # negative control
    doc = extract("In two raids in May, Kerio Front gunmen killed 20 villagers in Kaputir and Lokori. The ministry "
                  "blamed the front. The front denied it. Traders closed their shops for a day. Rangers later found "
                  "six bodies near Kaputir.")
    assert ("people-killed", 6) not in _tolls(doc), _tolls(doc)


# ---------------------------------------------------------------- 8. found shot dead after armed men stopped or took them
def _killings(doc) -> set:
    return {loc for c in claims(doc, "Atrocity") for loc in c["location"]}


def test_stopped_at_a_roadblock_then_found_shot_dead(extract):
    doc = extract("On 10 May, members of the Kerio Front, a militia that operates in Turkana, stopped four traders at a "
                  "roadblock outside Kaputir town. The four men were found shot dead the next morning in a field nearby.")
    assert _killings(doc) == {"kaputir"} and _accused(doc) == {"kerio-front"}, (_killings(doc), _accused(doc))
    assert ("people-killed", 4) in _tolls(doc), _tolls(doc)


def test_abducted_then_found_dead(extract):
    doc = extract("On 2 June, gunmen of the Tarvo Brigade abducted three teachers at the school in Lokori. The three "
                  "teachers were found dead two days later.")
    assert _killings(doc) == {"lokori"} and _accused(doc) == {"tarvo-brigade"}, (_killings(doc), _accused(doc))


def test_found_killed_near_a_named_village(extract):
    doc = extract("The bodies were not returned. On Sunday five herders were found killed near Kaputir.")
    assert _killings(doc) == {"kaputir"}, _killings(doc)


def test_found_alive_is_no_killing(extract):  # negative control
    doc = extract("On 10 May, members of the Kerio Front stopped four traders at a roadblock outside Kaputir. The four "
                  "men were found alive the next morning.")
    assert not _killings(doc), _killings(doc)


def test_police_stop_then_a_death_in_a_cell_names_no_group(extract):  # negative control: no armed group accused
    doc = extract("Police stopped a truck at a checkpoint near Kaputir on Sunday. The driver was found dead in his cell "
                  "two days later.")
    assert not _accused(doc), _accused(doc)


def test_a_later_attack_is_another_killing(extract):  # negative control: "a later attack" is no time adverb
    doc = extract("On 2 June, gunmen of the Tarvo Brigade abducted three fishermen near Lokori. In a later attack, "
                  "four men were shot dead.")
    assert "lokori" not in _killings(doc), _killings(doc)


# ---------------------------------------------------------------- 9. "the figure was closer to N": another figure for the last estimate
def test_officials_told_the_panel_the_figure_was_closer_to(extract):
    doc = extract("The Kerio Front operates near Lodwar. The Panel estimates its strength at between 900 and 1,100 "
                  "combatants. Officials of the Kenya Defence Forces in Lodwar told the Panel the figure was closer to "
                  "2,000.")
    assert _strengths(doc) == {("kerio-front", 900), ("kerio-front", 2000)}, _strengths(doc)


def test_the_real_number_is_nearer(extract):
    doc = extract("The Kerio Front operates near Lodwar. The police put its strength at about 300 fighters. A local "
                  "chief said the real number is nearer 500.")
    assert _strengths(doc) == {("kerio-front", 300), ("kerio-front", 500)}, _strengths(doc)


def test_the_total_stood_at_about_a_toll(extract):
    doc = extract("Gunmen of the Tarvo Brigade killed five herders near Kaputir on Sunday. By Tuesday the total stood "
                  "at about eight.")
    assert ("people-killed", 8) in _tolls(doc), _tolls(doc)


def test_a_number_of_villages_is_no_figure_again(extract):  # negative control: no people counted
    doc = extract("The Kerio Front operates near Lodwar. The police put its strength at about 300 fighters. A local "
                  "chief said the number was closer to 20 villages.")
    assert _strengths(doc) == {("kerio-front", 300)}, _strengths(doc)


# ---------------------------------------------------------------- 10. an operation only denied is none
def test_denied_that_the_group_had_been_in(extract):
    doc = extract("The Kerio Front operates near Lodwar. Its spokesman denied in a radio interview on 21 May that the "
                  "group had been in Kaputir.")
    assert _operations(doc) == {("kerio-front", "lodwar")}, _operations(doc)


def test_disputed_that_its_fighters_were_active_in(extract):
    doc = extract("The Kerio Front operates near Lodwar. The front disputed that its fighters were active in Kakuma.")
    assert ("kerio-front", "kakuma") not in _operations(doc), _operations(doc)


def test_said_the_group_had_been_in(extract):  # negative control: said, not denied
    doc = extract("The Kerio Front operates near Lodwar. Its spokesman said the group had been in Kaputir since March.")
    assert ("kerio-front", "kaputir") in _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 11. a list of the dead's names, a toll
def test_a_committee_gave_us_a_list_of_names(extract):
    doc = extract("Gunmen of the Tarvo Brigade killed six herders near Kaputir on Sunday. The chief told us nine people "
                  "died; a local mosque committee gave us a list of 11 names.")
    assert _tolls(doc) == {("people-killed", 6), ("people-killed", 9), ("people-killed", 11)}, _tolls(doc)


def test_relatives_compiled_a_list_of_victims(extract):
    doc = extract("Gunmen of the Tarvo Brigade killed six herders near Kaputir on Sunday. Relatives compiled a list of "
                  "ten victims.")
    assert ("people-killed", 10) in _tolls(doc), _tolls(doc)


def test_a_list_of_suspects_is_no_toll(extract):  # negative control
    doc = extract("Gunmen of the Tarvo Brigade killed six herders near Kaputir on Sunday. The police gave reporters a "
                  "list of 12 suspects.")
    assert _tolls(doc) == {("people-killed", 6)}, _tolls(doc)


def test_a_list_of_names_of_officials_is_no_toll(extract):  # negative control
    doc = extract("Gunmen of the Tarvo Brigade killed six herders near Kaputir on Sunday. The ministry gave a list of 40 "
                  "names of officials.")
    assert _tolls(doc) == {("people-killed", 6)}, _tolls(doc)
