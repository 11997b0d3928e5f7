"""Classes of events (round 24, issue #12), each with new fictional sentences of its own and a negative control:
an attack joined to a killing ("attacked a camp at X, in Y province, and killed nine workers") is an atrocity at its
own place, no Operation of the attackers in the region (a habitual "has raided settlements in X and Y" still is);
a killing told in a "when" clause on a date of reference ("the deadliest since March, when an attack near X killed
nine passengers") is an earlier killing, whose toll is never the toll of the killing told before (but "on 3 June,
when 31 traders were killed" is the same killing, and "a chief said 15 people had died" still counts it); where
the wounded died ("died of his wounds in X", "died in hospital in Y") is no place of a killing; a killing near a
place the text calls a district ("killed 14 shepherds near X", the verb's own "near") is placed there (but not
"near the border with" a state); a place in the possessive before another ("in X's Y district", "the X
region's Y district") only locates it: no Operation in X (but "in X and in Y's outskirts" is two)."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. an attack joined to a killing: no operation
@pytest.mark.parametrize("text, place", [
    ("In March, fighters of the Varo Front attacked a gold-mining camp at Belko, in the Tessa district of the Dorne "
     "region, and killed nine workers, police said.", "belko"),
    ("Gunmen of the Varo Front raided the hamlet of Lissa in the Molin district on Friday and shot dead six "
     "herders.", "lissa"),
    ("The Varo Front abducted three teachers near Korvi, in the Tessa district, and executed them two days later.",
     "korvi"),
])
def test_an_attack_joined_to_a_killing_is_no_operation(extract, text, place):
    doc = extract(text)
    assert claims(doc, "Operation") == [], claims(doc, "Operation")
    assert [c["location"] for c in claims(doc, "Atrocity")] == [[place]], claims(doc, "Atrocity")


def test_raids_with_no_killing_still_place_the_group(extract):
    # negative control: "has raided settlements in X and Y since 2027": one Operation per place
    doc = extract("The Varo Front has raided settlements in the Tessa and Molin districts since 2027.")
    assert sorted(c["location"][0] for c in claims(doc, "Operation")) == ["molin", "tessa"], claims(doc, "Operation")


# ---------------------------------------------------------------- 2. a "when" clause on a date of reference
@pytest.mark.parametrize("text, first, told", [
    ("Gunmen killed at least 11 herders at a water point near Tamsala on Sunday. The killings near Tamsala were the "
     "deadliest in the county since March, when an attack on a bus killed nine passengers.",
     "killings-in-tamsala", 11),
    ("Militiamen shot dead eight fishermen at the landing site of Beruna on Monday. Residents said it was the "
     "bloodiest day in Beruna since 2019, when soldiers executed twelve men at the same landing.",
     "killings-in-beruna", 8),
    ("Soldiers shot dead six farmers near the town of Rubeni on 4 May. It was the army's deadliest operation in the "
     "region since January, when troops killed nine men at a checkpoint.", "killings-in-rubeni", 6),
])
def test_a_killing_in_a_when_clause_on_a_date_of_reference_is_an_earlier_one(extract, text, first, told):
    doc = extract(text)
    tolls = [c["value"] for c in claims(doc, "Estimate") if c["of"] == first]
    assert tolls == [told], claims(doc, "Estimate")


def test_an_earlier_killing_named_at_its_own_place_is_its_own(extract):
    doc = extract("Bandits killed 23 villagers in the hamlet of Kossa on Friday. Elders said the raid was the worst "
                  "in the valley since 2020, when gunmen on motorbikes shot dead 17 mourners at a funeral near "
                  "Pandaro.")
    tolls = {(c["of"], c["value"]) for c in claims(doc, "Estimate")}
    assert tolls == {("killings-in-kossa", 23), ("killings-in-pandaro", 17)}, claims(doc, "Estimate")


@pytest.mark.parametrize("text, toll", [
    # negative controls: a "when" clause on the killing's own date; a second toll of the same killing
    ("Gunmen of the Varo Front attacked the market at Tamsala on 3 June, when 31 traders were killed.", 31),
    ("Gunmen killed at least 11 herders at a water point near Tamsala on Sunday. A local chief said 15 people had "
     "died.", 15),
])
def test_the_same_killings_toll_still_counts(extract, text, toll):
    doc = extract(text)
    assert toll in [c["value"] for c in claims(doc, "Estimate") if c["of"] == "killings-in-tamsala"], \
        claims(doc, "Estimate")


# ---------------------------------------------------------------- 3. where the wounded died is no place of a killing
@pytest.mark.parametrize("text, first", [
    ("Soldiers shot dead three farmers in the village of Tallo on 4 January. The village chief put the number of dead "
     "at four, counting a teenager who died of his wounds in Marvoz.", "tallo"),
    ("Gunmen killed six herders near Obuno on Sunday. A seventh man died of his injuries in Kessel two days later, "
     "his brother said.", "obuno"),
    ("Soldiers killed four fishermen at the landing site of Beruna. A fifth victim, a boy of 15, died in hospital in "
     "Ruvana on Tuesday, his family said.", "beruna"),
])
def test_where_the_wounded_died_is_no_place_of_a_killing(extract, text, first):
    doc = extract(text)
    assert [c["location"] for c in claims(doc, "Atrocity")] == [[first]], claims(doc, "Atrocity")


def test_people_who_died_at_a_place_in_an_attack_still_place_it(extract):
    # negative control: "four people died in X when gunmen fired on a bus": a killing in X
    doc = extract("Two days after the raid on Obuno, four people died in Kessel when gunmen fired on a bus.")
    assert [c["location"] for c in claims(doc, "Atrocity")] == [["kessel"]], claims(doc, "Atrocity")


# ---------------------------------------------------------------- 4. a killing near a place the text calls a district
@pytest.mark.parametrize("text, place, toll", [
    ("The Varo Front operates in the Kessa and Molin districts. Its fighters killed 14 shepherds near Molin in "
     "February.", "molin", 14),
    ("The Varo Front operates in the Kessa and Molin districts. In May, the group's fighters killed eight people at a "
     "roadblock near Kessa.", "kessa", 8),
    ("Human rights groups say the Varo Front, which is active in the Kessa and Molin districts, shot dead five "
     "community leaders near Molin on 21 November.", "molin", 5),
])
def test_a_killing_near_a_district_is_placed_there(extract, text, place, toll):
    doc = extract(text)
    assert [c["location"] for c in claims(doc, "Atrocity")] == [[place]], claims(doc, "Atrocity")
    assert [c["value"] for c in claims(doc, "Estimate")] == [toll], claims(doc, "Estimate")


def test_a_killing_near_a_border_is_not_placed_in_the_state(extract):
    # negative control: "near the border with Niger": near the border, not in the state (no place, no killing)
    doc = extract("The Varo Front operates in the Kessa and Molin districts. In May, its fighters killed eight people "
                  "near the border with Niger.")
    assert claims(doc, "Atrocity") == [], claims(doc, "Atrocity")


# ---------------------------------------------------------------- 5. a place's possessive only locates the next
@pytest.mark.parametrize("text, place", [
    ("The Varo Front operates in Dorne's al-Tessa district.", "al-tessa"),  # (round 25) the article is the name's
    ("The Varo Front operates in the Dorne region's Tessa district.", "tessa"),
    ("The Varo Front, an armed group active in Karvania's Dorne province, was listed on Monday.", "dorne"),
])
def test_a_place_in_the_possessive_only_locates_the_next(extract, text, place):
    doc = extract(text)
    assert [c["location"] for c in claims(doc, "Operation")] == [[place]], claims(doc, "Operation")


def test_a_place_in_the_possessive_of_no_place_keeps_its_operation(extract):
    # negative control: "in X and in Y's outskirts": Y owns no place named after it
    doc = extract("The Varo Front operates in Dorne and in Tessa's outskirts.")
    assert sorted(c["location"][0] for c in claims(doc, "Operation")) == ["dorne", "tessa"], claims(doc, "Operation")
