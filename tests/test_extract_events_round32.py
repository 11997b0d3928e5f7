"""Classes of events and estimates (round 32, issue #12), each with new fictional sentences of its own and a
negative control: a later toll that names no victims ("The district police later put the toll at 9") counts
people, even after a first toll of civilians or villagers (the coding manual's round-29 reading)."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def tolls(doc) -> set:
    """(measure, value) of every candidate toll."""
    return {(c.get("measure"), c["value"]) for c in claims(doc, "Estimate") if c.get("measure", "").endswith("-killed")}


# ---------------------------------------------------------------- 1. a bare later toll counts people
@pytest.mark.parametrize("text, first, second", [
    ("On 4 March gunmen of the Karo Valley Front attacked the village of Moraba and shot residents as they fled. "
     "We documented the killing of 14 villagers. The Tesk District Police later put the toll at 9.",
     ("civilians-killed", 14), ("people-killed", 9)),
    ("On 2 May fighters of the Lunar Hills Militia attacked the hamlet of Sefo and killed 11 civilians. "
     "The Vardo county administration put the toll at 15.",
     ("civilians-killed", 11), ("people-killed", 15)),
    ("On 9 June gunmen of the Orra Ridge Brigade stormed the village of Pelko and killed 8 villagers. "
     "Local officials later gave a toll of 13.",
     ("civilians-killed", 8), ("people-killed", 13)),
])
def test_bare_later_toll_counts_people(extract, text, first, second):
    doc = extract(text)
    found = tolls(doc)
    assert second in found and ("civilians-killed", second[1]) not in found, claims(doc, "Estimate")


def test_toll_naming_civilians_keeps_civilians(extract):
    # negative control: the toll names its victims
    doc = extract("On 2 May fighters of the Lunar Hills Militia attacked the hamlet of Sefo and killed 11 civilians. "
                  "The Vardo county administration put the toll at 15 civilians.")
    assert ("people-killed", 15) not in tolls(doc), claims(doc, "Estimate")


# ---------------------------------------------------------------- 2. a body that says, past a relative clause, gives
def force_sizes(doc) -> set:
    """(of, value) of every candidate force size."""
    return {(c["of"], c["value"]) for c in claims(doc, "Estimate") if c.get("measure") == "force-size"}


@pytest.mark.parametrize("text", [
    "The Veska Gendarmerie, which has sent three officers to Dalo, said in a statement that the network was active "
    "in the Orm district and had between 120 and 200 members.",
    "The Marovian National Police, which opened an inquiry in May, said that the ring operated along the coast and "
    "had about 90 armed members.",
    "The Lurania Police Service, which arrested two couriers in April, said that the cell was based in Omra and had "
    "some 60 armed men.",
])
def test_body_saying_past_a_relative_clause_has_no_strength(extract, text):
    doc = extract(text)
    assert not {o for o, _ in force_sizes(doc)}, claims(doc, "Estimate")


def test_body_with_its_own_strength_keeps_it(extract):
    # negative control: the armed group itself has the figure
    doc = extract("The Orra Ridge Brigade, which controls the hills above Dalo, has some 400 fighters.")
    assert {v for _, v in force_sizes(doc)} == {400}, claims(doc, "Estimate")


def test_group_past_a_relative_clause_keeps_its_count(extract):
    # negative control: "counts" is the group's own strength, no verb of saying
    doc = extract("The Orra Ridge Brigade, which operates in the hills above Dalo, now counts some 900 fighters.")
    assert {v for _, v in force_sizes(doc)} == {900}, claims(doc, "Estimate")


# ---------------------------------------------------------------- 3. the number of civilians killed put at N
@pytest.mark.parametrize("text, value", [
    ("Gunmen raided the village of Tarso on Sunday, firing into the crowd at its market. The county health office "
     "put the number of civilians killed at no fewer than 13, a spokesman said, adding that the toll could rise.", 13),
    ("Gunmen of the Karo Valley Front raided the hamlet of Moraba on Friday. The UN mission put the number of "
     "civilians killed at 21, a spokesman said on Saturday.", 21),
    ("Fighters of the Orra Ridge Brigade stormed the village of Pelko at dawn on Monday and shot residents as they "
     "fled. Local officials put the civilian death toll at 16.", 16),
])
def test_number_of_civilians_killed_put_at(extract, text, value):
    doc = extract(text)
    assert ("civilians-killed", value) in tolls(doc), claims(doc, "Estimate")


def test_number_of_wounded_put_at_is_no_toll(extract):
    # negative control: the wounded are no toll
    doc = extract("Gunmen raided the village of Tarso on Sunday, firing into the crowd at its market. The county "
                  "health office put the number of wounded at 13, a spokesman said.")
    assert not {v for _, v in tolls(doc) if v == 13}, claims(doc, "Estimate")


# ---------------------------------------------------------------- 4. "X's figure is lower: N" restates the estimate
@pytest.mark.parametrize("text, value", [
    ("An army spokesman told reporters that the Tarsa Front had \"some three thousand fighters\". The UN mission's "
     "figure is lower: between 900 and 1,200 armed men, according to a report.", 900),
    ("Police said the Kaleb Brigade had about 700 fighters. The monitors' figure is higher: some 1,100 armed men, "
     "according to their report.", 1100),
    ("A government adviser said the Dunmore Militia had 250 fighters. The NGO's figure is much higher, around 600 "
     "armed men.", 600),
])
def test_figure_is_lower_restates_the_estimate(extract, text, value):
    doc = extract(text)
    assert value in {v for _, v in force_sizes(doc)}, claims(doc, "Estimate")


def test_figure_without_a_comparison_stays_unowned(extract):
    # negative control: no figure of a group told before
    doc = extract("The harvest was poor this year. The ministry's figure is lower: some 600 tonnes of grain.")
    assert not force_sizes(doc), claims(doc, "Estimate")


# ---------------------------------------------------------------- 5. "while Y speaks of \"N\"": a rival figure
@pytest.mark.parametrize("text, value", [
    ("The Tarsa Front has grown fast in Velda. Estimates of the Tarsa Front's strength vary widely. The UN mission "
     "puts it at between 900 and 1,200 fighters, while the Velda army speaks of \"no more than 400\".", 400),
    ("The Kaleb Brigade is active in Morr. Police put its strength at about 700 fighters, while the brigade itself "
     "talks of \"some 2,000\".", 2000),
    ("The Dunmore Militia operates near Lenka. A monitoring group put its strength at 350 fighters, while the "
     "governor spoke of \"about 900\".", 900),
])
def test_speaks_of_a_rival_figure(extract, text, value):
    doc = extract(text)
    assert value in {v for _, v in force_sizes(doc)}, claims(doc, "Estimate")


def test_speaks_of_without_a_figure_before(extract):
    # negative control: no estimate told before
    doc = extract("The Dunmore Militia operates near Lenka, while the governor spoke of \"about 900 displaced\".")
    assert not force_sizes(doc), claims(doc, "Estimate")
