"""Classes of new-entity errors from heldout37 (round 35, issue #12), each with
fictional sentences of its own and a negative control: an organisation's
apposition ("X, a charity that runs a clinic") and a news outlet's noun before
its name ("the Varno daily X") type the name, which the NER took for a person's."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _types(doc):
    return {e["label"]: e["type"] for e in doc["entities"]}


# ---------------------------------------------------------------- 1. "X, a charity that runs ...": an organisation
@pytest.mark.parametrize("text,name", [
    ("Santé Pour Tous, a charity that runs two clinics in Vorlak, said on Monday that eleven people had died.",
     "Santé Pour Tous"),
    ("Vigilancia Ribereña, a rights group based in Tessaly, said the militia had killed four fishermen.",
     "Vigilancia Ribereña"),
    ("Médicos del Llano, a medical charity, said on Tuesday that its staff had counted nine bodies.",
     "Médicos del Llano"),
])
def test_an_organisation_apposition_makes_an_organisation(extract, text, name):
    types = _types(extract(text))
    assert types.get(name) == "Organisation", types


def test_a_charity_worker_stays_a_person(extract):
    # negative control: the noun only modifies a person's ("a charity worker")
    types = _types(extract("Dario Petrak, a charity worker in Kelmar, said the militia had killed four fishermen."))
    assert types.get("Dario Petrak") == "Person", types


# ---------------------------------------------------------------- 2. "the Varno daily Glas Naroda": a news outlet
@pytest.mark.parametrize("text,name", [
    ("Speaking to the Varno daily Glas Naroda on Friday, the minister denied the claims.", "Glas Naroda"),
    ("Speaking to the Kelmar weekly Ostrava Vjesnik on Friday, Dario Petrak denied the claims.", "Ostrava Vjesnik"),
    ("In an interview with the newspaper Sloboda Tessaly, the colonel denied that his men had fired.",
     "Sloboda Tessaly"),
])
def test_a_news_noun_before_a_name_makes_a_news_outlet(extract, text, name):
    types = _types(extract(text))
    assert types.get(name) == "MediaOutlet", types


def test_a_person_after_a_news_noun_phrase_stays_a_person(extract):
    # negative control: the name after the outlet's phrase is a person's
    types = _types(extract("Speaking to the Kelmar weekly Ostrava Vjesnik on Friday, Dario Petrak denied the claims."))
    assert types.get("Dario Petrak") == "Person", types


# ---------------------------------------------------------------- 3. "across the Orinoco": a river named bare
@pytest.mark.parametrize("text,name", [
    ("The traders smuggled 30 rifles across the Varno from Tessaly to the militia in 2029.", "Varno"),
    ("The firm shipped shotguns up the Kessa to militia intermediaries at Kolwa on a barge.", "Kessa"),
    ("Fighters who crossed the Red Kalu at night attacked the camp.", "Red Kalu"),
    ("Gunmen killed 40 villagers at Tarsa, on the east bank of the Blue Morro, on 19 March.", "Blue Morro"),
])
def test_a_river_named_bare_after_a_crossing_is_a_place(extract, text, name):
    types = _types(extract(text))
    assert types.get(name) == "Place", types


def test_a_border_after_a_crossing_names_no_river(extract):
    # negative control: a common noun after the name ("across the Kelmar border") names no river
    labels = _types(extract("The militia moved across the Kelmar border into Tessaly."))
    assert not any(t == "Place" and label.startswith("Kelmar") for label, t in labels.items()), labels


# ---------------------------------------------------------------- 4. "the army's regional spokesman": a spokesman
@pytest.mark.parametrize("text,role", [
    ("The army's regional spokesman, Major Tomas Vel Arce, told reporters that the two men had been killed in combat.",
     "spokesman"),
    ("The Kelmar Defence Force's military spokeswoman, Captain Marta Loyola, said six fighters had been killed.",
     "spokeswoman"),
    ("The Varno Front's national spokesperson, Captain Ana Ruiz Vela, said six fighters had been killed.",
     "spokesperson"),
])
def test_a_spokesman_post_drops_its_scope(extract, text, role):
    roles = {label for label, t in _types(extract(text)).items() if t == "Role"}
    assert role in roles and not any(r.endswith(" " + role) for r in roles), roles


@pytest.mark.parametrize("post", ["district administrator", "county commissioner", "regional commander"])
def test_an_office_named_with_its_territory_keeps_it(post):
    # negative control: only a spokesman's or coordinator's scope goes
    from kb.extract.mentions import slug
    from kb.extract.postroles import unscoped
    assert unscoped(slug(post), post) == (slug(post), post)
