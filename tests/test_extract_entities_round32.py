"""Classes of new-entity errors from heldout34 (round 32, issue #12), each with
fictional sentences of its own and a negative control: the Arabic article "el"
inside a place's name, a place named before "militia" that the text elsewhere
calls a state, and Spanish legal forms of companies written without dots."""

from __future__ import annotations

import pytest

from .extract_cases import extract, entity_ids as _ids  # noqa: F401 - extract is a fixture


def _types(doc):
    return {e["id"]: e["type"] for e in doc["entities"]}


def _labels(doc):
    return {e["label"] for e in doc["entities"]}


# ---------------------------------------------------------------- 1. "Bahr el Ghazal": one name over "el"
@pytest.mark.parametrize("text,name", [
    ("Displaced families fled Southern Bahr el Zaraf state after the raids, the Kestrel Relief Network said.",
     "Southern Bahr el Zaraf"),
    ("Cattle raiders crossed into Northern Bahr el Tamir county on Sunday, officials said.", "Northern Bahr el Tamir"),
    ("Aid workers left Eastern Bahr el Zaraf state on Friday after the raids.", "Eastern Bahr el Zaraf"),
])
def test_el_joins_a_name(extract, text, name):
    labels = _labels(extract(text))
    assert name in labels, labels


def test_el_between_lower_case_words_joins_nothing(extract):
    # negative control: "el" after a lower-case word is no particle inside a name
    labels = _labels(extract("The band played el tango in Corvana, and Dario Menz sang."))
    assert not any(" el " in label for label in labels), labels


# ---------------------------------------------------------------- 2. "X militia" where the text says "X state"
@pytest.mark.parametrize("text,place", [
    ("Sudan: UN targets Southern Bahr el Zaraf militia. Raids spread across Southern Bahr el Zaraf state in June, "
     "the panel said.", "southern-bahr-el-zaraf"),
    ("UN and OFAC target Western Bahr el Kiram militia. A militia that has grown rapidly in Western Bahr el Kiram "
     "state over the past year, the Kiram Defence Army (KDA), was listed.", "western-bahr-el-kiram"),
    ("Chad: UN and OFAC target Western Bahr el Kiram militia. A militia that has grown in Western Bahr el Kiram "
     "state, the Kiram Front, was listed.", "western-bahr-el-kiram"),
])
def test_a_militia_of_a_named_state_is_no_group(extract, text, place):
    types = _types(extract(text))
    assert types.get(place, "Region") == "Region", types


def test_a_named_militia_without_a_state_stays_a_group(extract):
    # negative control: the text never calls the name a state or province
    types = _types(extract("Chad: UN and OFAC target the Karsa Hills Militia. The Karsa Hills Militia raided "
                           "Tessarin on Monday."))
    assert types.get("karsa-hills-militia") == "ArmedGroup", types


# ---------------------------------------------------------------- 3. "X SL": a Spanish company
@pytest.mark.parametrize("text,firm", [
    ("Police searched the offices of Metales Ruiz Calvo SL, a Toledo trader.", "metales-ruiz-calvo-sl"),
    ("The rifles were shipped by Transportes Ebro Norte SLU from Valencia.", "transportes-ebro-norte-slu"),
    ("Customs fined Aceros Lumbreras Vidal SL for false papers.", "aceros-lumbreras-vidal-sl"),
])
def test_a_name_ending_in_sl_is_a_company(extract, text, firm):
    types = _types(extract(text))
    assert types.get(firm) == "Company", types


def test_a_person_is_not_made_a_company(extract):
    # negative control: no legal form after the name
    types = _types(extract("Police arrested Ramiro Lumbreras Vidal, a Toledo trader, on Monday."))
    assert types.get("ramiro-lumbreras-vidal") == "Person", types


# ---------------------------------------------------------------- 4. "adopted an Agreement": no actor
@pytest.mark.parametrize("text", [
    "The Council of Ministers yesterday adopted an Agreement freezing the funds of the Valdera Front.",
    "The Cabinet yesterday adopted an Agreement freezing the accounts of Kestrel Air Cargo.",
    "The Council of Ministers yesterday approved an Agreement suspending the licences of Dravik Logistics.",
])
def test_an_agreement_alone_is_no_entity(extract, text):
    labels = _labels(extract(text))
    assert "Agreement" not in labels, labels


def test_a_body_named_after_an_agreement_stays(extract):
    # negative control: "Agreement" inside a longer name
    labels = _labels(extract("The Tessarin Agreement Monitoring Commission visited Corvana on Monday."))
    assert "Tessarin Agreement Monitoring Commission" in labels, labels



# ---------------------------------------------------------------- 5. "the Minister of A, B and C, X": no body
@pytest.mark.parametrize("text", [
    '"Gold dug under threat will not be laundered here," affirmed the Minister of Foreign Affairs, European Union '
    'and Cooperation, Inés Lasarte Orbegozo.',
    '"The border stays open," affirmed the Minister of Defence, Veterans and Security, Jorge Almeida Rocha.',
    "The Minister of Finance, Planning and Development, Kofi Darko Mensah, signed the order.",
])
def test_a_portfolio_list_is_no_name(extract, text):
    types = _types(extract(text))
    assert not [i for i, t in types.items() if t in ("Organisation", "GovernmentBody", "Company")
                and i not in ("of-defence",)], types


def test_the_minister_named_after_a_portfolio_stays(extract):
    # negative control: the person after "the Minister of X," is kept
    types = _types(extract("The Minister of Defence, Jorge Almeida Rocha, visited Corvana on Monday."))
    assert types.get("jorge-almeida-rocha") == "Person", types


# ---------------------------------------------------------------- 6. "the Nordeste subregion": a region
@pytest.mark.parametrize("text,region", [
    ("The group has operated in the gold-mining Nordeste subregion of Antioquia since 2024.", "nordeste"),
    ("Fighting spread across the Bajo Cauca subregion in March, the army said.", "bajo-cauca"),
    ("Gunmen burned farms in the Alto Sinú subregion on Friday, the mayor said.", "alto-sinu"),
])
def test_a_name_before_subregion_is_a_region(extract, text, region):
    types = _types(extract(text))
    assert types.get(region) == "Region", types


def test_a_cooperative_named_after_a_subregion_stays(extract):
    # negative control: no "subregion" after the name
    types = _types(extract("The Nordeste Mining Cooperative sold gold to Velmora Arms Ltd."))
    assert types.get("nordeste-mining-cooperative") == "Organisation", types
