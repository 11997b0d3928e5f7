"""Classes of killing, estimate and operation errors from heldout14's misses
(round 15, issue #12), each with new fictional sentences of its own and a
negative control: victims named by their trade or post (diggers, policemen,
suspected collaborators); victims joined by "and" counted together; "beat to
death"; a killing at "the mining camp of X" (a site, not a region)."""

from __future__ import annotations

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _killings(doc) -> set:
    return {loc for c in claims(doc, "Atrocity") for loc in c["location"]}


def _accused(doc) -> set:
    return {c["actor"] for c in claims(doc, "Participation")}


def _tolls(doc) -> set:
    return {(c["measure"], c["value"]) for c in claims(doc, "Estimate") if c["measure"].endswith("-killed")}


# ---------------------------------------------------------------- 1. victims named by trade or post
def test_diggers_shot_dead(extract):
    doc = extract("On 3 March, fighters of the Tarvo Brigade shot dead six diggers near Lokori.")
    assert _killings(doc) == {"lokori"}, _killings(doc)
    assert _accused(doc) == {"tarvo-brigade"}, _accused(doc)
    assert _tolls(doc) == {("people-killed", 6)}, _tolls(doc)


def test_policemen_and_suspected_collaborators(extract):
    doc = extract("A bomb planted by Tarvo Brigade members killed two policemen near Kaputir. In May soldiers "
                  "executed four suspected collaborators at Lokori.")
    assert _killings(doc) == {"kaputir", "lokori"}, _killings(doc)
    assert _tolls(doc) == {("people-killed", 2), ("people-killed", 4)}, _tolls(doc)


def test_guards_who_shoot_are_no_victims_and_cattle_are_none(extract):
    doc = extract("Guards of the Tarvo Brigade killed forty cattle near Lokori.")
    assert not claims(doc, "Atrocity"), claims(doc, "Atrocity")


# ---------------------------------------------------------------- 2. victims joined by "and"
def test_victims_joined_by_and_are_counted_together(extract):
    doc = extract("Tarvo Brigade fighters killed five border guards and a lorry driver at Kaputir.")
    assert _tolls(doc) == {("people-killed", 6)}, _tolls(doc)


def test_a_second_verb_after_and_adds_no_victims(extract):
    doc = extract("Tarvo Brigade fighters killed five herders and burned two houses at Kaputir.")
    assert _tolls(doc) == {("people-killed", 5)}, _tolls(doc)


# ---------------------------------------------------------------- 3. "beat to death"
def test_beaten_to_death(extract):
    doc = extract("In May, Tarvo Brigade militiamen beat to death three herders near Kaputir. Two traders were "
                  "hacked to death in the town of Lokori by Tarvo Brigade fighters.")
    assert _killings(doc) == {"kaputir", "lokori"}, _killings(doc)
    assert _tolls(doc) == {("people-killed", 3), ("people-killed", 2)}, _tolls(doc)


def test_beaten_without_death_is_no_killing(extract):
    doc = extract("In May, Tarvo Brigade militiamen beat three herders near Kaputir.")
    assert not claims(doc, "Atrocity"), claims(doc, "Atrocity")


# ---------------------------------------------------------------- 4. "the mining camp of X": a site
def test_a_killing_at_a_camp_named_before_as_the_camp_of_x(extract):
    doc = extract("The Tarvo Brigade controls the mining camp of Sendari. On 2 June, Tarvo Brigade fighters "
                  "killed at least 12 diggers at the Sendari camp.")
    assert _killings(doc) == {"sendari"}, _killings(doc)


# ---------------------------------------------------------------- 5. numbers that are no force's strength
def _sizes(doc) -> set:
    return {(c["of"], c["value"]) for c in claims(doc, "Estimate") if c["measure"] == "force-size"}


def test_several_dozen_is_no_figure_but_about_forty_is(extract):
    doc = extract("The Kora Front (KF) is an armed group. The prosecution estimates that it has \"several dozen\" "
                  "active members; the ministry put the figure in June at about 40.")
    assert _sizes(doc) == {("kora-front", 40)}, _sizes(doc)


def test_troops_a_state_deployed_are_no_strength_of_the_group(extract):
    doc = extract("The Kora Front (KF) is an armed group based in Turkana. Kenya said that it had deployed 500 troops "
                  "to Turkana in August. The KF has some 300 fighters.")
    assert _sizes(doc) == {("kora-front", 300)}, _sizes(doc)


# ---------------------------------------------------------------- 6. a toll placed by an attack told nearby
def test_a_toll_three_sentences_after_the_attack_in_the_same_paragraph(extract):
    doc = extract("On the night of 3 May, armed men attacked a camp of herders on the banks of the Tana River near "
                  "the village of Kipini. Survivors told us the attackers wore dark uniforms. Relatives say at least "
                  "21 people were killed; the police gave a toll of eight.")
    assert _killings(doc) == {"kipini"}, _killings(doc)
    assert _tolls(doc) == {("people-killed", 21), ("people-killed", 8)}, _tolls(doc)


def test_a_toll_in_the_next_paragraph_is_not_placed_by_an_earlier_attack(extract):
    doc = extract("On the night of 3 May, armed men attacked a camp of herders near the village of Kipini. Survivors "
                  "told us the attackers wore dark uniforms.\n\nSince January at least 21 people were killed.")
    assert not claims(doc, "Atrocity"), claims(doc, "Atrocity")


def test_a_killing_placed_two_sentences_later_where_the_attackers_arrived(extract):
    doc = extract("Gunmen killed four forest guards and a driver at a ranger station in the mountains of northern "
                  "Kenya on Saturday. \"The men who did this will be found,\" a ministry spokesman told reporters in "
                  "Nairobi on Tuesday. He said the attackers had arrived in two pick-up trucks at the station at "
                  "Kipini, in Tana River County, shortly after midnight.")
    assert _killings(doc) == {"kipini"}, _killings(doc)
    assert _tolls(doc) == {("people-killed", 5)}, _tolls(doc)


def test_a_place_named_later_by_no_attackers_places_nothing(extract):
    doc = extract("Gunmen killed four forest guards and a driver at a ranger station in the mountains of northern "
                  "Kenya on Saturday. \"The men who did this will be found,\" a ministry spokesman told reporters in "
                  "Nairobi on Tuesday. He said a minister had arrived at Kipini, in Tana River County, on Monday.")
    assert not claims(doc, "Atrocity"), claims(doc, "Atrocity")


# ---------------------------------------------------------------- 7. operations
def _operations(doc) -> set:
    return {(c["actor"], loc) for c in claims(doc, "Operation") for loc in c["location"]}


def test_attacks_in_a_town_and_the_villages_of_two_more(extract):
    doc = extract("The Kora Front (KF) is an armed group. According to prosecutors, the KF has carried out bomb attacks "
                  "in Lamu and the villages of Kipini and Witu.")
    assert _operations(doc) == {("kora-front", "lamu"), ("kora-front", "kipini"), ("kora-front", "witu")}, \
        _operations(doc)


def test_a_group_that_taxes_river_traffic_or_moves_goods_through_a_county(extract):
    doc = extract("The Kora Front (KF) is an armed group. Since January it has taxed river traffic on the Tana River "
                  "below the town of Garsen. A security official said the group also moved hashish through Lamu "
                  "county to the coast.")
    assert _operations(doc) == {("kora-front", "tana-river"), ("kora-front", "lamu-county")}, _operations(doc)


def test_a_state_that_taxes_imports_operates_nowhere(extract):
    doc = extract("Kenya taxes imports at the port of Mombasa.")
    assert not _operations(doc), _operations(doc)


def test_a_place_of_the_second_clause_is_not_the_first_subjects(extract):
    doc = extract("The Kenya Defence Forces deployed a battalion to Lamu county in April, and the gendarmerie has "
                  "kept a mobile unit in Tana River county since 2026.")
    assert ("kenya-defence-forces", "tana-river") not in _operations(doc), _operations(doc)
    assert ("kenya-defence-forces", "lamu-county") in _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 8. tolls and strengths by source
def test_a_toll_after_the_toll_the_sentence_before_gave(extract):
    doc = extract("The Kora Front (KF) is an armed group. On 14 May, KF fighters killed at least 17 miners at the "
                  "Sendari camp. A local association of miners gave a toll of 23 dead. The Government of Kenya stated "
                  "that nine people had died.")
    assert _tolls(doc) == {("people-killed", 17), ("people-killed", 23), ("people-killed", 9)}, _tolls(doc)


def test_people_who_died_of_illness_after_no_toll_are_no_killing(extract):
    doc = extract("The Kora Front (KF) is an armed group. The clinic in Sendari was closed in May. The Government of "
                  "Kenya stated that nine people had died.")
    assert not claims(doc, "Atrocity"), claims(doc, "Atrocity")


def test_a_higher_toll_given_far_from_the_killing(extract):
    doc = extract("Gunmen killed four forest guards and a driver at a ranger station near Kipini on Saturday. The "
                  "ministry blamed an armed network. The guards had been investigating logging, colleagues said. A "
                  "fifth guard escaped into the forest. Local officials gave a higher toll of six dead.")
    assert _tolls(doc) == {("people-killed", 5), ("people-killed", 6)}, _tolls(doc)


def test_a_plain_toll_far_from_the_killing_counts_nothing(extract):
    doc = extract("Gunmen killed four forest guards and a driver at a ranger station near Kipini on Saturday. The "
                  "ministry blamed an armed network. The guards had been investigating logging, colleagues said. A "
                  "fifth guard escaped into the forest. Local officials gave a toll of six dead.")
    assert _tolls(doc) == {("people-killed", 5)}, _tolls(doc)


def test_a_strength_put_at_a_quoted_figure(extract):
    doc = extract("The Kora Front (KF) is an armed group. It operates in Turkana. The Panel estimates its strength at "
                  "between 300 and 380 fighters; the Kenya Defence Forces put it at \"no more than 150\".")
    assert _sizes(doc) == {("kora-front", 300), ("kora-front", 150)}, _sizes(doc)


def test_a_quoted_speech_with_a_figure_is_no_strength(extract):
    doc = extract("The Kora Front (KF) is an armed group. It operates in Turkana. A commander said: \"We put them at "
                  "more than 150, and we will fight them.\"")
    assert not _sizes(doc), _sizes(doc)


def test_the_networks_armed_wing(extract):
    doc = extract("The Kora Front (KF), formed in 2025 by former traffickers, operates in Turkana, according to the "
                  "ministry. The ministry estimates the network's armed wing at between 150 and 200 men.")
    assert _sizes(doc) == {("kora-front", 150)}, _sizes(doc)


# ---------------------------------------------------------------- 9. training somewhere; "the men ... belong to X"
def test_members_receive_training_in_a_country(extract):
    doc = extract("The Kora Front (KF) is an armed group. The KF has carried out bomb attacks in Lamu, and its members "
                  "receive training in Somalia.")
    assert ("kora-front", "somalia") in _operations(doc), _operations(doc)


def test_a_state_army_receiving_training_abroad_is_no_operation(extract):
    doc = extract("The Kenya Defence Forces (KDF) receive training in Britain.")
    assert not _operations(doc), _operations(doc)


def test_the_men_who_did_this_belong_to_a_group(extract):
    doc = extract("Gunmen killed four forest guards and a driver at a ranger station near Kipini on Saturday. \"The "
                  "men who did this belong to the Kora Front, and they will be found,\" ministry spokesman John Otieno "
                  "told reporters.")
    assert _accused(doc) == {"kora-front"}, _accused(doc)


def test_trucks_that_belong_to_a_group_accuse_it_of_nothing(extract):
    doc = extract("Gunmen killed four forest guards near Kipini on Saturday. The ministry said the trucks belong to "
                  "the Kora Front.")
    assert not _accused(doc), _accused(doc)


# ---------------------------------------------------------------- 10. a company's guards; "the gendarmerie"
def test_guards_of_a_security_company_shoot_dead(extract):
    doc = extract("Guards of the security company Tana Sentinel Ltd shot dead five diggers near Kipini on 9 August.")
    assert _accused(doc) == {"tana-sentinel-ltd"}, _accused(doc)
    assert _tolls(doc) == {("people-killed", 5)}, _tolls(doc)


def test_fighters_of_a_company_do_not_make_it_accused(extract):
    doc = extract("Fighters of the Tana Sentinel Ltd shot dead five diggers near Kipini on 9 August.")
    assert not _accused(doc), _accused(doc)


def test_the_gendarmerie_after_the_royal_gendarmerie(extract):
    doc = extract("The Royal Gendarmerie said two gendarmes were wounded in Witu. The gendarmerie has kept a mobile "
                  "unit in Tana River county since 2026.")
    assert _operations(doc) == {("royal-gendarmerie", "tana-river")}, _operations(doc)


def test_the_army_named_by_no_earlier_force_operates_nowhere(extract):
    doc = extract("The Royal Gendarmerie said two gendarmes were wounded in Witu. The army has kept a unit in Tana "
                  "River county since 2026.")
    assert not _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 11. "The X, formed in ... by ..., operate in Y"
def test_a_group_described_by_a_participle_operates(extract):
    doc = extract("The Kora Front (KF), formed in 2025 by former cannabis traffickers, operate in Lamu and Tana River "
                  "counties, according to the ministry.")
    assert ("kora-front", "lamu") in _operations(doc), _operations(doc)


def test_an_airline_described_by_a_participle_operates_nowhere(extract):
    doc = extract("Kenya Airways, formed in 1977 by the government, operates in Nairobi.")
    assert not _operations(doc), _operations(doc)
