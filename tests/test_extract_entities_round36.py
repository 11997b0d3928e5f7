"""Classes of new-entity errors from heldout38 (round 36, issue #12), each with
fictional sentences of its own and a negative control: a verb the NER kept at
the end of a name ("the Government of the Republic of X told the Panel") and a
company whose name ends in a function word ("the managing director of Orlan
Security, X"), read as a post of that function."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _labels(doc):
    return {e["label"] for e in doc["entities"]}


def _types(doc):
    return {c["type"] for c in doc["claims"]}


# ---------------------------------------------------------------- 1. "the Government of X told": no verb in a name
@pytest.mark.parametrize("text", [
    "The Ministry of Defence of the Democratic Republic of the Kalmora told the Group that the militia had at "
    "least 2,000 armed elements.",
    "The Ministry of Mines of the Democratic Republic of the Kalmora told the Group that the militia had at least "
    "2,000 armed elements.",
    "On 3 May the Office of the President of the Democratic Republic of the Kalmora told the Group that the "
    "militia had at least 2,000 armed elements.",
    "The Office of the President of the Democratic Republic of the Kalmora informed the Group that the militia "
    "had at least 2,000 armed elements.",
])
def test_a_verb_after_a_name_is_no_part_of_it(extract, text):
    labels = _labels(extract(text))
    assert not any(label.endswith((" told", " informed")) for label in labels), labels


def test_a_name_that_ends_its_sentence_keeps_its_words(extract):
    # negative control: a name with no verb after it keeps its last word
    labels = _labels(extract("The convoy was stopped on Monday by the Border Police of the Republic of Kalmora."))
    assert any(label.endswith("Kalmora") for label in labels), labels


# ---------------------------------------------------------------- 2. "the managing director of Orlan Security, X"
@pytest.mark.parametrize("text,company", [
    ("The managing director of Orlan Marine Logistics, Petar Vukan Hollis, told officers on Friday that his "
     "firm had ordered valves.", "Orlan Marine Logistics"),
    ("The director of Kessa River Security, Amadou Tiemba Kone, told reporters on Monday that the guards were "
     "unarmed.", "Kessa River Security"),
    ("The managing director of Tarsa Finance, Ilse Marten Dorrit, said on Tuesday that the reports were false.",
     "Tarsa Finance"),
])
def test_a_company_named_after_a_function_is_headed_not_a_post(extract, text, company):
    doc = extract(text)
    roles = {e["label"] for e in doc["entities"] if e["type"] == "Role"}
    assert not any(r.split()[-1] in ("logistics", "security", "finance") for r in roles), roles
    assert "Control" in _types(doc), doc["claims"]


def test_a_chief_of_a_function_still_holds_a_post(extract):
    # negative control: "the group's chief of logistics, X" is a post in one of its functions, not its control
    doc = extract("The Kessa Liberation Front's chief of logistics, Amadou Tiemba Kone, said on Monday that the "
                  "roads were closed.")
    assert "Control" not in _types(doc), doc["claims"]


# ---------------------------------------------------------------- 3. "at the wells of X": a place, not a body
def _typed(doc):
    return {e["label"]: e["type"] for e in doc["entities"]}


@pytest.mark.parametrize("text,name,kinds", [
    ("Kessa fighters killed nine herders at the wells of Ood Baraale on 3 March.", "Ood Baraale", ("Place",)),
    ("Gunmen killed six catechists at the mission station of Tembo-Kalisa on 19 February.", "Tembo-Kalisa",
     ("Settlement",)),
    ("Since April the militia has controlled the mining airstrip of Pista do Varno, where it charges a fee.",
     "Pista do Varno", ("Place",)),
    ("Gunmen killed four drivers at the water point of Bir Kessa on 2 June.", "Bir Kessa", ("Place",)),
])
def test_a_site_noun_before_of_makes_a_place(extract, text, name, kinds):
    types = _typed(extract(text))
    assert types.get(name) in kinds, types


@pytest.mark.parametrize("text,name", [
    ("The gang controls much of the gold mining along the Tessaly Highway, the police said on Monday.",
     "Tessaly Highway"),
    ("Gunmen attacked a village inside the Kessa Indigenous Territory on 3 May, the monitor said.",
     "Kessa Indigenous Territory"),
    ("The convoy was stopped on the Varno Expressway on Monday, the police said.", "Varno Expressway"),
])
def test_a_road_or_reserved_land_head_makes_a_place(extract, text, name):
    types = _typed(extract(text))
    assert types.get(name) in ("Place", "Region", "Settlement"), types


def test_the_wells_company_stays_a_company(extract):
    # negative control: a body named after a well is no place ("the Board of X Wells Ltd")
    types = _typed(extract("The managing director of Varno Water Wells Ltd, Ilse Marten Dorrit, said on Monday "
                           "that the pumps were stolen."))
    assert types.get("Varno Water Wells Ltd") == "Company", types


# ---------------------------------------------------------------- 4. "the regional police spokesman, X": spokesman
def _roles(doc):
    return {e["label"] for e in doc["entities"] if e["type"] == "Role"}


@pytest.mark.parametrize("text", [
    "The regional police spokesman, Inspector Moses Tarsa Anguyo, said on Monday that two men were arrested.",
    "The provincial army spokesman, Major Peter Kessa Obi, said on Tuesday that the road was open again.",
    "A district police spokeswoman, Inspector Ruth Varno Akello, said on Friday that the market was closed.",
])
def test_a_scoped_body_spokesman_holds_the_post_of_spokesman(extract, text):
    roles = _roles(extract(text))
    assert roles and all(r in ("spokesman", "spokeswoman") for r in roles), roles


def test_a_deputy_spokesman_is_not_cut(extract):
    # negative control: no body's noun before the post, whose words stay
    roles = _roles(extract("The group's deputy spokesman, Amadou Tiemba Kone, said on Monday that the road was open."))
    assert "spokesman" not in roles, roles


# ---------------------------------------------------------------- 5. "The Resident District Commissioner of X"
@pytest.mark.parametrize("text,post", [
    ("The Resident District Commissioner of Varno, Grace Akello Dorr, said on Monday that two men were arrested.",
     "resident district commissioner"),
    ("The District Commissioner of Tessaly, Omar Kessa Juma, told journalists on Friday that the school was shut.",
     "district commissioner"),
    ("The Regional Commissioner of Kalmora, Halima Varno Said, said on Tuesday that eleven people had died.",
     "regional commissioner"),
])
def test_a_territorial_commissioner_holds_the_bare_post(extract, text, post):
    roles = {r.lower() for r in _roles(extract(text))}
    assert post in roles and not any(" of " in r for r in roles), roles


def test_a_commissioner_of_an_authority_keeps_its_body(extract):
    # negative control: the office of a body, not a territory, keeps its words
    roles = {r.lower() for r in _roles(extract(
        "The District Commissioner of the Varno Revenue Authority, Omar Kessa Juma, said the trucks were seized."))}
    assert roles == {"district commissioner of the varno revenue authority"}, roles


# ---------------------------------------------------------------- 6. "Côte d'Ivoire's Minister of X": no body
@pytest.mark.parametrize("text", [
    "Côte d'Ivoire's Minister of Defence, Ibrahim Varno Kouassi, welcomed the seizure on Monday.",
    "Trinidad and Tobago's Minister of National Security, Paulo Kessa Vaz, said the boat was seized.",
    "Côte d'Ivoire's Minister of the Interior, Awa Tessaly Kone, said on Friday that the border was closed.",
])
def test_a_state_possessive_with_lowercase_joints_is_no_part_of_a_name(extract, text):
    doc = extract(text)
    orgs = {e["label"] for e in doc["entities"] if e["type"] not in ("Person", "Role", "State")}
    assert not orgs, orgs
    assert any(c["type"] == "Membership" for c in doc["claims"]), doc["claims"]


def test_a_body_named_after_its_state_keeps_its_state(extract):
    # negative control: the state's possessive goes, the body after it stays a new body
    doc = extract("Bosnia and Herzegovina's Border Police said on Monday that the funds were frozen.")
    assert any(e["label"].startswith("Border Police") for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 7. "Instituto de Estudios sobre X": one name
@pytest.mark.parametrize("text,name", [
    ("The Monterrey-based Instituto de Estudios sobre Violencia Regional puts the cartel's strength at 1,200 gunmen.",
     "Instituto de Estudios sobre Violencia Regional"),
    ("The Observatoire sur la Sécurité Régionale, a research centre in Kessa, said on Monday that nine people "
     "were killed.", "Observatoire sur la Sécurité Régionale"),
    ("The Centro de Investigación sobre Conflictos Rurales, a research centre in Varno, estimates the gang's "
     "strength at 300 gunmen.", "Centro de Investigación sobre Conflictos Rurales"),
])
def test_a_foreign_preposition_joins_one_name(extract, text, name):
    labels = _labels(extract(text))
    assert name in labels, labels


def test_an_english_sentence_keeps_two_names_apart(extract):
    # negative control: no foreign joint between two names
    labels = _labels(extract("The Varno Rights Watch and the Kessa Peace Institute said on Monday that nine people "
                             "were killed."))
    assert not any(" and " in label for label in labels), labels


# ---------------------------------------------------------------- 8. "a Guayaquil gun shop": the town it trades in
@pytest.mark.parametrize("text,town", [
    ("Police said that a Varnopolis gun shop, Ferretería del Norte S.A., sold 20 pistols to the gang in 2029.",
     "Varnopolis"),
    ("Police said that a Ostravia gun shop, Armería Kessa Ltda., sold 30 rifles to the militia in 2028.",
     "Ostravia"),
    ("The Panel found that a Belmira gun shop, Armas del Sur S.A., sold 20 pistols to the gang in 2029.",
     "Belmira"),
])
def test_a_one_word_name_before_a_trade_is_a_town(extract, text, town):
    types = _typed(extract(text))
    assert types.get(town) == "Settlement", types


def test_a_group_name_before_a_post_stays_a_group(extract):
    # negative control: "a Varnopolis Front commander": no trade, the group keeps its class
    types = _typed(extract("A Varnopolis Front commander, Ivan Petrov Sokol, said on Monday that the town was calm."))
    assert types.get("Varnopolis Front") != "Settlement", types
