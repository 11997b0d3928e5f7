"""Classes of events and estimates (round 34, issue #12), each with new fictional sentences of its own and a
negative control."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def killing_places(doc) -> list:
    """The location of every candidate killing."""
    return [c["location"] for c in claims(doc, "Atrocity")]


# ---------------------------------------------------------------- 1. a place word in a body's name is no site
@pytest.mark.parametrize("text, site, body_town", [
    ("Gangs extort traders in the town of Dessa. The Dessa Municipal Police Command blames the Kesh Militia for the "
     "attack on a roadside bar in the town of Tindo on 4 May, in which gunmen killed seven people.", "tindo", "dessa"),
    ("Gangs extort traders in the town of Kesso. The Kesso Municipal Police Command blames the Mano Militia for the "
     "attack on a roadside bar in the town of Semo on 8 June, in which gunmen killed six people.", "semo", "kesso"),
    ("Gangs extort traders in the town of Dumo. The Dumo Municipal Police blame the Sarn Brigade for the attack on a "
     "roadside bar in the village of Tindo on 9 May, in which gunmen killed eight people.", "tindo", "dumo"),
    ("Gangs extort traders in the town of Pelu. The Pelu Town Police Command blames the Koro Front for the attack on "
     "a roadside shop in the town of Lemba on 1 April, in which gunmen killed four people.", "lemba", "pelu"),
])
def test_place_in_a_body_name_is_no_killing_site(extract, text, site, body_town):
    places = killing_places(extract(text))
    assert [site] in places and not any(body_town in p for p in places), places


def test_site_named_outside_the_body_name_stays(extract):
    # negative control: the town is the site the attack hit; the body that blames names none
    places = killing_places(extract(
        "Gangs extort traders in the town of Dessa. The municipal police command blames the Kesh Militia for the "
        "attack on a roadside bar in the town of Dessa on 4 May, in which gunmen killed seven people."))
    assert ["dessa"] in places, places


# ---------------------------------------------------------------- 2. who hires the guards, whose unit the patrol is
def accused(doc) -> set:
    """The actor of every candidate accused participation."""
    return {c["actor"] for c in claims(doc, "Participation")}


@pytest.mark.parametrize("text, company", [
    ("Security guards employed by Tarsk Mining Ltd, a gold company, shot dead four diggers at the village of Semo.",
     "tarsk-mining-ltd"),
    ("Guards hired by Varna Timber SARL, a logging firm, shot dead two farmers in the village of Pira.",
     "varna-timber-sarl"),
    ("Security guards working for Halo Palm Oil Ltd shot dead three villagers at the hamlet of Dumo.",
     "halo-palm-oil-ltd"),
])
def test_company_that_hires_the_guards_is_accused(extract, text, company):
    assert accused(extract(text)) == {company}, claims(extract(text), "Participation")


def test_guards_only_warned_by_a_company_are_not_its_staff(extract):
    # negative control: the company only warned the guards
    doc = extract("Security guards who had been warned by Tarsk Mining Ltd shot dead four diggers at the village of "
                  "Semo.")
    assert "tarsk-mining-ltd" not in accused(doc), claims(doc, "Participation")


@pytest.mark.parametrize("text, force", [
    ("A patrol of the Dessa Rapid Intervention Brigade fired on a canoe near the village of Tindo, killing three "
     "fishermen.", "dessa-rapid-intervention-brigade"),
    ("A squad of the Koro Front opened fire on a bus near the town of Lemba, killing five passengers.", "koro-front"),
    ("A detachment of the Sarn Brigade fired on a crowd at the market of Pira, killing six traders.", "sarn-brigade"),
])
def test_force_whose_unit_killed_is_accused(extract, text, force):
    assert accused(extract(text)) == {force}, claims(extract(text), "Participation")


def test_unit_of_no_named_force_accuses_no_one(extract):
    # negative control: a patrol of no named force
    doc = extract("A patrol fired on a canoe near the village of Tindo, killing three fishermen.")
    assert not accused(doc), claims(doc, "Participation")


# ---------------------------------------------------------------- 3. a strength with a word before its noun
def force_sizes(doc) -> set:
    """(of, value) of every candidate force size."""
    return {(c["of"], c["value"]) for c in claims(doc, "Estimate") if c.get("measure") == "force-size"}


@pytest.mark.parametrize("text, group, value", [
    ("Authorities have acted against Los Tarsqueños, a cartel that smuggles timber from the forests. The interior "
     "ministry puts the cartel's armed strength at \"some 900 gunmen\".", "los-tarsquenos", 900),
    ("Authorities have acted against Los Halcones, a gang that steals cattle from ranches. The defence ministry puts "
     "the gang's estimated strength at \"about 600 gunmen\".", "los-halcones", 600),
    ("Authorities have acted against Los Cuervos, a gang that steals cattle from ranches. The army puts the gang's "
     "fighting strength at \"some 250 gunmen\".", "los-cuervos", 250),
])
def test_strength_with_a_modifier_counts(extract, text, group, value):
    doc = extract(text)
    assert (group, value) in force_sizes(doc), claims(doc, "Estimate")


def test_count_of_acts_after_a_modifier_is_no_strength(extract):
    # negative control: what is counted is no force
    doc = extract("Authorities have acted against Los Tarsqueños, a cartel that smuggles timber from the forests. The "
                  "interior ministry puts the cartel's armed robberies at \"some 900 cases\".")
    assert not force_sizes(doc), claims(doc, "Estimate")
