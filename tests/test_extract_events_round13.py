"""Classes of operation, killing and estimate errors from heldout12's misses
(round 13, issue #12), each with new fictional sentences of its own and a
negative control: "the group" in what another body's officers say is not that
body; state forces kept or deployed somewhere; "government troops" beside the
state's forces the sentence names; police officers of a named service."""

from __future__ import annotations

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _operations(doc) -> set:
    return {(c["actor"], loc) for c in claims(doc, "Operation") for loc in c["location"]}


def _sizes(doc) -> set:
    return {(c["of"], c["value"]) for c in claims(doc, "Estimate") if c["measure"] == "force-size"}


# ---------------------------------------------------------------- 1. "X say the group ...": not X
def test_the_group_in_what_another_bodys_officers_say(extract):
    doc = extract("The Kerio Front (KF) is led by Abel Loyan. Officers of the Tarvo Brigade say the group operates "
                  "in Baringo and Pokot counties. The same officers put its strength at between 200 and 300 fighters.")
    assert _operations(doc) == {("kerio-front", "baringo"), ("kerio-front", "pokot")}, _operations(doc)
    assert _sizes(doc) == {("kerio-front", 200)}, _sizes(doc)


def test_the_group_in_what_its_own_spokesman_says(extract):
    doc = extract("The Kerio Front (KF) is led by Abel Loyan. A spokesman for the Tarvo Brigade said the group "
                  "operates in Baringo.")
    assert _operations(doc) == {("tarvo-brigade", "baringo")}, _operations(doc)


# ---------------------------------------------------------------- 2. forces kept or deployed somewhere
def test_battalions_kept_deployed_in_a_place(extract):
    doc = extract("The Kenya Defence Forces (KDF) have kept two battalions deployed in Marsabit since April 2024.")
    assert _operations(doc) == {("kenya-defence-forces", "marsabit")}, _operations(doc)
    assert claims(doc, "Operation")[0]["date"] == "2024-04"


def test_a_company_keeps_trucks_parked_in_a_place(extract):
    doc = extract("Lodwar Haulage Ltd. has kept two trucks parked in Marsabit since April 2024.")
    assert not _operations(doc), _operations(doc)


def test_police_officers_of_a_named_service_deployed_to_a_place(extract):
    doc = extract("On the morning of 4 May, police officers of the Kenya Police Service (KPS) who had been deployed "
                  "to Turkana County since March opened fire on traders at a market outside Lokori.")
    assert _operations(doc) == {("kenya-police-service", "turkana-county")}, _operations(doc)


def test_police_officers_of_no_named_service(extract):
    doc = extract("Police officers who had been deployed to Turkana County since March opened fire on traders.")
    assert not _operations(doc), _operations(doc)


def test_government_troops_beside_the_forces_the_sentence_names(extract):
    doc = extract("He added that the Kenya Defence Forces have held the town of Moyale since May, and that "
                  "government troops have been deployed in the Marsabit Region since January.")
    assert ("kenya-defence-forces", "marsabit-region") in _operations(doc), _operations(doc)


def test_government_troops_where_no_forces_are_named(extract):
    doc = extract("Ruto said government troops have been deployed in the Marsabit Region since January.")
    assert not _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 3. tolls of a killing told before
def _tolls(doc) -> set:
    return {(c["measure"], c["value"]) for c in claims(doc, "Estimate") if c["measure"].endswith("-killed")}


def test_a_toll_put_three_sentences_after_the_killing(extract):
    doc = extract("On 3 March 2025, gunmen attacked the village of Kaputir, burned the market and shot residents as "
                  "they fled. The Panel documented the deaths of 17 civilians. Survivors identified the attackers as "
                  "Kerio Front fighters. The Government of Kenya confirmed the attack and put the toll at 11 dead.")
    assert _tolls(doc) == {("civilians-killed", 17), ("people-killed", 11)}, _tolls(doc)


def test_a_toll_where_a_body_blames_a_group_for_the_killings(extract):
    doc = extract("Gunmen shot dead traders at a roadblock near the hamlet of Kaputir on Sunday. The ministry blamed "
                  "the Kerio Front for the killings at the roadblock, where it put the toll at five civilian drivers.")
    assert ("civilians-killed", 5) in _tolls(doc), _tolls(doc)


def test_bodies_counted_after_the_group_was_blamed(extract):
    doc = extract("The Kerio Front shot dead traders at a roadblock near the hamlet of Kaputir on Sunday. The "
                  "ministry blamed the group for the killings at the roadblock. Joseph Ekai, a deputy for Turkana, "
                  "said he had counted nine bodies at the hospital in Lodwar.")
    assert ("people-killed", 9) in _tolls(doc), _tolls(doc)


def test_bodies_counted_long_after_the_killing_count_no_toll(extract):
    doc = extract("The Kerio Front shot dead traders at a roadblock near the hamlet of Kaputir on Sunday. The market "
                  "reopened on Monday. Prices rose. Joseph Ekai said he had counted nine bodies in a mass grave near "
                  "Lodwar.")
    assert not _tolls(doc), _tolls(doc)


# ---------------------------------------------------------------- 4. a name glossed at length, then its class
def test_a_group_glossed_at_length_in_brackets_then_its_class(extract):
    doc = extract("The listing covers:\n\n- Saraya Abtal al-Rif (Brigades of the Heroes of the Countryside, SAR), an "
                  "armed group that operates in the governorates of Medenine and Tataouine, along the border with "
                  "Libya;")
    assert _operations(doc) == {("saraya-abtal-al-rif", "medenine"), ("saraya-abtal-al-rif", "tataouine")}, \
        _operations(doc)


def test_a_company_glossed_in_brackets_operates_nowhere(extract):
    doc = extract("The listing covers:\n\n- Sahel Pumps Trading SARL (Sahel Pumps, SPT), a trading company that "
                  "operates in the governorates of Medenine and Tataouine;")
    assert not _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 5. the victims and the topic of a killing
def test_shepherds_killed_by_the_groups_fighters(extract):
    doc = extract("The Kerio Front has kept a base at the disused quarry of Lodwar Stone Holdings since early 2024. "
                  "In November 2024 its fighters killed six shepherds near the village of Kaputir.")
    atrocity = claims(doc, "Atrocity")
    assert [a["location"] for a in atrocity] == [["kaputir"]], atrocity
    assert [p["actor"] for p in claims(doc, "Participation")] == ["kerio-front"], claims(doc, "Participation")
    assert ("people-killed", 6) in _tolls(doc)


def test_its_soldiers_after_an_army_subject_are_not_the_groups(extract):
    doc = extract("The army attacked a camp of the Kerio Front near Lodwar. In November 2024 its soldiers killed six "
                  "shepherds near the village of Kaputir.")
    assert not [p for p in claims(doc, "Participation") if p["actor"] == "kerio-front"], claims(doc, "Participation")


def test_goats_killed_are_no_victims(extract):
    doc = extract("In November 2024 fighters of the Kerio Front killed six goats near the village of Kaputir.")
    assert not claims(doc, "Atrocity"), claims(doc, "Atrocity")


# ---------------------------------------------------------------- 6. "put the toll at N"; parts and additions
def test_a_toll_put_at_a_bare_number(extract):
    doc = extract("Gunmen killed at least fourteen miners in the village of Kaputir on Saturday. The Turkana County "
                  "Health Team put the toll at nineteen after workers pulled five more bodies from a flooded pit.")
    assert _tolls(doc) == {("people-killed", 14), ("people-killed", 19)}, _tolls(doc)


def test_a_toll_put_at_civilians(extract):
    doc = extract("Gunmen killed villagers in the village of Kaputir on Saturday. The Government put the toll at four "
                  "civilian drivers. Officials put the toll at more than 20.")
    assert _tolls(doc) == {("civilians-killed", 4), ("people-killed", 20)}, _tolls(doc)


def test_children_among_a_toll_are_no_toll_of_their_own(extract):
    doc = extract("Gunmen killed at least nine villagers in the village of Kaputir on Saturday. Local officials put "
                  "the toll higher, at between nine and 14 dead, among them two children.")
    assert ("civilians-killed", 2) not in _tolls(doc), _tolls(doc)


def test_cattle_in_a_toll_are_no_people(extract):
    doc = extract("Gunmen killed seven villagers in the village of Kaputir on Saturday. The drought took a heavy "
                  "toll, with 40 cattle dead.")
    assert ("people-killed", 40) not in _tolls(doc), _tolls(doc)


# ---------------------------------------------------------------- 7. "X was behind a shooting ... in which N died"
def test_a_gang_behind_a_shooting_in_which_people_died(extract):
    doc = extract("Police said the Lomut Boys, a gang led by Ivan Ekai, has about 60 members and was behind a shooting "
                  "at a wedding in the village of Kaputir in April in which five people died.")
    assert [a["location"] for a in claims(doc, "Atrocity")] == [["kaputir"]], claims(doc, "Atrocity")
    assert [p["actor"] for p in claims(doc, "Participation")] == ["lomut-boys"], claims(doc, "Participation")
    assert ("people-killed", 5) in _tolls(doc), _tolls(doc)


def test_a_party_in_which_people_danced_is_no_killing(extract):
    doc = extract("The Lomut Boys, a gang led by Ivan Ekai, held a street party in the village of Kaputir in March "
                  "in which five people danced.")
    assert not claims(doc, "Atrocity") and not claims(doc, "Participation"), doc["claims"]


# ---------------------------------------------------------------- 8. patrols sent somewhere
def test_patrols_sent_into_a_region(extract):
    doc = extract("According to the Panel, the Kerio Front operates across the Baringo and Pokot regions and, since "
                  "January 2025, has also sent patrols into the Samburu region.")
    assert ("kerio-front", "samburu") in _operations(doc), _operations(doc)


def test_a_delegation_sent_to_a_region_is_no_operation(extract):
    doc = extract("The Kerio Front has sent a delegation of elders to the Samburu region.")
    assert not _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 9. a figure quoted at the end of reported speech
def test_a_force_size_quoted_in_reported_speech(extract):
    doc = extract("The Kerio Front is an armed group in Baringo. The Kenyan authorities told the Panel that the group "
                  "had \"no more than 300 armed men\".")
    assert _sizes(doc) == {("kerio-front", 300)}, _sizes(doc)
    assert one_size(doc)["qualifier"] == "at-most"


def test_a_figure_in_a_quoted_speech_is_no_estimate(extract):
    doc = extract("The Kerio Front is an armed group in Baringo. A commander said: \"We have 300 fighters and more "
                  "will come.\"")
    assert not _sizes(doc), _sizes(doc)


def one_size(doc) -> dict:
    found = [c for c in claims(doc, "Estimate") if c["measure"] == "force-size"]
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- 10. a force size dated by its year
def test_an_earlier_force_size_is_dated_by_its_year(extract):
    doc = extract("The Kerio Front is led by Abel Loyan. Officers put its strength at between 200 and 300 fighters, "
                  "up from about 90 in 2023.")
    dates = {c["value"]: c["date"] for c in claims(doc, "Estimate") if c["measure"] == "force-size"}
    assert dates == {200: "2025-06-10", 90: "2023"}, dates


def test_a_force_size_before_a_place_keeps_the_reports_date(extract):
    doc = extract("The Kerio Front is led by Abel Loyan. Officers put its strength at about 300 fighters in Baringo.")
    assert [c["date"] for c in claims(doc, "Estimate")] == ["2025-06-10"], claims(doc, "Estimate")


# ---------------------------------------------------------------- 11. a killing told by a chain of verbs after an entry
_RAID = ("At about 5.30 a.m. on 29 May, a group of some thirty armed men entered Kaputir, a farming village on the edge "
         "of the Loima forest in Turkana County. They went from house to house, dragged men into the open and shot "
         "them. Two women were killed when their houses were set alight. We documented the deaths of eleven "
         "villagers, including three boys under fifteen.")


def test_they_went_dragged_and_shot_in_the_village_they_entered(extract):
    doc = extract(_RAID)
    assert [a["location"] for a in claims(doc, "Atrocity")] == [["kaputir"]], claims(doc, "Atrocity")
    assert _tolls(doc) == {("civilians-killed", 11)}, _tolls(doc)


def test_women_killed_in_a_killing_told_in_their_own_sentence_are_its_toll(extract):
    doc = extract("Gunmen killed five women near the village of Kaputir on Sunday.")
    assert _tolls(doc) == {("civilians-killed", 5)}, _tolls(doc)


def test_records_showed_a_count_of_the_dead_after_the_toll(extract):
    doc = extract(_RAID + " The Turkana County Commissioner, Peter Lokol, told us on 25 June that government records "
                  "showed eight dead.")
    assert _tolls(doc) == {("civilians-killed", 11), ("people-killed", 8)}, _tolls(doc)


def test_records_of_the_dead_with_no_killing_told_are_no_toll(extract):
    doc = extract("Floods hit the village of Kaputir in May. Hospital records showed eight dead.")
    assert not _tolls(doc), _tolls(doc)
