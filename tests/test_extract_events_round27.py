"""Classes of events and estimates (round 27, issue #12), each with new fictional sentences of its own and a
negative control: bodies a hospital or clinic "received" count a killing's toll; "seven of the dead were
civilians" counts the civilians of a toll told before; people a figure is credited to ("according to two
passengers who survived") are no toll; a force's size in a short quote after a long clause ("said the group was
led by X and had \"between 300 and 450 fighters\"") or after "puts the group's strength at" is an estimate; a
verb of estimating with a bare figure or range ("estimates between 2,200 and 2,600.") gives another figure for the
estimate just told; a bare count ("counted 17") takes the measure of the toll told before it in its own sentence;
a toll coded earlier in the sentence does not hide the killing told before it."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def tolls(doc) -> set:
    """(measure, value) of every candidate estimate of a killing."""
    return {(c["measure"], c["value"]) for c in claims(doc, "Estimate") if c["measure"].endswith("-killed")}


def sizes(doc) -> set:
    """(of, value, qualifier, maximum) of every candidate force size."""
    return {(c["of"], c["value"], c["qualifier"], c.get("maximum")) for c in claims(doc, "Estimate")
            if c["measure"] == "force-size"}


# ---------------------------------------------------------------- 1. bodies received: a toll
@pytest.mark.parametrize("text, value", [
    ("On Monday gunmen killed villagers in Dorvale. Nurses at the Dorvale clinic said they had received 17 bodies.",
     17),
    ("Gunmen opened fire on the market of Kossa on Sunday, killing traders. A doctor said the district hospital "
     "had received 26 bodies, and relatives put the toll higher.", 26),
    ("Fighters attacked the village of Belko on Friday, killing farmers. The morgue in Lissa took in nine bodies, "
     "a mortuary attendant said.", 9),
])
def test_bodies_received_count_a_toll(extract, text, value):
    doc = extract(text)
    assert ("people-killed", value) in tolls(doc), claims(doc, "Estimate")


def test_goods_received_count_no_toll(extract):
    # negative control: what a group received is no toll
    doc = extract("Gunmen killed villagers in Dorvale on Monday. The Varo Front had received 40 rifles from Tessa.")
    assert not any(v == 40 for _, v in tolls(doc)), claims(doc, "Estimate")


# ---------------------------------------------------------------- 2. "N of the dead were civilians"
@pytest.mark.parametrize("text, value", [
    ("On 18 June gunmen opened fire in the market of Kossa, killing traders. Local officials counted 11 dead; "
     "according to our count, seven of the dead were civilians.", 7),
    ("Fighters attacked the village of Belko on Friday and killed 20 people. Twelve of the victims were villagers, "
     "the mayor said.", 12),
    ("Militiamen raided the village of Lissa on Sunday, killing 14 people. Nine of those killed were civilians.", 9),
])
def test_the_civilians_among_the_dead(extract, text, value):
    doc = extract(text)
    assert ("civilians-killed", value) in tolls(doc), claims(doc, "Estimate")


def test_the_soldiers_among_the_dead_are_no_civilians(extract):
    # negative control: soldiers among the dead are not civilians
    doc = extract("Fighters attacked the village of Belko on Friday and killed 20 people. Four of the dead were "
                  "soldiers.")
    assert ("civilians-killed", 4) not in tolls(doc), claims(doc, "Estimate")


# ---------------------------------------------------------------- 3. "according to two passengers": who tell
@pytest.mark.parametrize("text", [
    "On 11 June gunmen stopped a bus near the village of Lissa and shot dead two teachers and a nurse, according to "
    "two passengers who survived.",
    "Militiamen killed three herders near the village of Kossa on Sunday, according to four residents who fled.",
    "Gunmen shot dead a trader in the market of Belko on Friday, citing five witnesses who saw it, the police said.",
])
def test_the_people_who_tell_are_no_toll(extract, text):
    doc = extract(text)
    assert not any(v in (2, 4, 5) for _, v in tolls(doc)), claims(doc, "Estimate")


def test_two_teachers_and_a_nurse_are_three(extract):
    doc = extract("On 11 June gunmen stopped a bus near the village of Lissa and shot dead two teachers and a nurse, "
                  "according to two passengers who survived.")
    assert tolls(doc) == {("people-killed", 3)}, claims(doc, "Estimate")


def test_a_toll_according_to_the_police_stays(extract):
    # negative control: a count of the dead before "according to" is still a toll
    doc = extract("Gunmen killed people in the village of Dorvale on Monday. Seven people were killed, according to "
                  "the police.")
    assert ("people-killed", 7) in tolls(doc), claims(doc, "Estimate")


# ---------------------------------------------------------------- 4. a force's size in a short quote
GROUP = "The Varo Front is an armed group that operates in the Lissa region of Tessa. "


@pytest.mark.parametrize("text, value, qualifier, maximum", [
    (GROUP + 'An army statement issued on Tuesday said the group was led by a former cattle trader named Amadou '
             'Kone and had "between 300 and 450 fighters" in the area.', 300, "at-least", 450),
    (GROUP + 'The army puts the group\'s strength at "approximately 1,800 fighters".', 1800, "approximately", None),
    (GROUP + 'The ministry puts the Varo Front\'s strength at "some 900 men".', 900, "approximately", None),
    (GROUP + 'Officials told reporters the group had lost its leader in March and had "no more than 200 armed men".',
     200, "at-most", None),
])
def test_a_quoted_force_size(extract, text, value, qualifier, maximum):
    doc = extract(text)
    assert ("varo-front", value, qualifier, maximum) in sizes(doc), claims(doc, "Estimate")


def test_a_quoted_speech_is_no_force_size(extract):
    # negative control: a quote that is speech, not a figure
    doc = extract(GROUP + 'The army said the group was led by Amadou Kone and had "killed 300 people, burned our '
                          'villages and fled".')
    assert not sizes(doc), claims(doc, "Estimate")


# ---------------------------------------------------------------- 5. "estimates between N and M." with no noun
@pytest.mark.parametrize("text, value, maximum", [
    (GROUP + "The army puts the group's strength at about 1,800 fighters. Tessan military intelligence, cited in "
             "press reports, estimates between 2,200 and 2,600.", 2200, 2600),
    (GROUP + "The army puts the group's strength at about 1,800 fighters. A local official reckoned 3,000.", 3000,
     None),
    (GROUP + "The army puts the group's strength at about 1,800 fighters. The Kessel Institute estimates "
             "2,500 to 2,900.", 2500, 2900),
])
def test_a_bare_figure_estimated_after_a_force_size(extract, text, value, maximum):
    doc = extract(text)
    assert any(v == value and m == maximum for _, v, _, m in sizes(doc)), claims(doc, "Estimate")


def test_an_estimate_of_something_else_is_no_second_figure(extract):
    # negative control: a noun after the figure counts something else
    doc = extract(GROUP + "The army puts the group's strength at about 1,800 fighters. The ministry estimates 3,000 "
                          "displaced people in camps.")
    assert not any(v == 3000 for _, v, _, _ in sizes(doc)), claims(doc, "Estimate")


# ---------------------------------------------------------------- 6. a bare count takes its sentence's measure
@pytest.mark.parametrize("text, want", [
    ("On 2 April fighters attacked the village of Kora, killing civilians. Local authorities put the toll at 12 "
     "civilians; a civil society network counted 17.", ("civilians-killed", 17)),
    ("On 14 March fighters attacked the village of Kora, killing 21 civilians. The chief told us that 29 people had "
     "been buried, and the administrator put the toll at 17.", ("people-killed", 17)),
    ("Gunmen raided the village of Dessa on Sunday, killing villagers. The mayor gave a toll of 30 villagers, and "
     "the police counted 25.", ("civilians-killed", 25)),
])
def test_a_bare_count_takes_the_measure_of_its_sentence(extract, text, want):
    doc = extract(text)
    assert want in tolls(doc), claims(doc, "Estimate")


# ---------------------------------------------------------------- 7. "in the A and B communes of C": not C
@pytest.mark.parametrize("text, container", [
    ("The Varo Front, an armed group, has operated in the Dessa and Kora cercles of Lissa province since 2026.",
     "lissa"),
    ("Fighters of the Varo Front have been active in the Dessa and Kora communes of Lissa department since March.",
     "lissa-department"),
    ("The Varo Front operates mainly in the Dessa and Kora arrondissements of Haiti's Lissa department.", "lissa"),
])
def test_the_container_of_local_units_is_no_place_of_operations(extract, text, container):
    doc = extract(text)
    places = [c["location"] for c in claims(doc, "Operation")]
    assert [container] not in places, places


def test_a_department_named_alone_is_a_place_of_operations(extract):
    # negative control: a department named alone still places the group
    doc = extract("The Varo Front operates in Lissa province.")
    assert [c["location"] for c in claims(doc, "Operation")] == [["lissa-province"]], claims(doc, "Operation")


# ---------------------------------------------------------------- 8. "accused X of carrying out the attack"
@pytest.mark.parametrize("text", [
    "On 18 June, gunmen opened fire in the market of Kossa, killing traders. The Dessa Militia denied responsibility "
    "and accused the Varo Front of carrying out the attack.",
    "Gunmen shot dead six farmers in the village of Lissa on Monday. Officials accused the Varo Front of having "
    "orchestrated the massacre.",
    "Gunmen shot dead six farmers in the village of Lissa on Monday. The police accused the Varo Front of launching "
    "the raid.",
])
def test_accused_of_doing_the_attack(extract, text):
    doc = extract(text)
    assert "varo-front" in {c["actor"] for c in claims(doc, "Participation")}, claims(doc, "Participation")


def test_accused_of_doing_something_else(extract):
    # negative control: what else the group is accused of doing is no part in the killing
    doc = extract("Gunmen shot dead six farmers in the village of Lissa on Monday. The army accused the Varo Front of "
                  "carrying out recruitment drives.")
    assert "varo-front" not in {c["actor"] for c in claims(doc, "Participation")}, claims(doc, "Participation")
