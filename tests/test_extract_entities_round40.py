"""Classes of post errors from heldout42 (round 40, issue #12), each with fictional texts of its own and
negative controls: a body's noun before a post held in a place only scopes it ("The Marro county police
commander, X" holds the post commander, of the police named before; the coding manual, round 37), and a
pronoun after "<post noun>s of X," is the subject of a reporting clause, never a holder of the post."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _posts(doc):
    return {(c["member"], c["role"], c["organisation"]) for c in claims(doc, "Membership")}


# ---------------------------------------------------------------- 1. "the <place> county police commander, X"
@pytest.mark.parametrize("text, post", [
    ("The Ruritanian Police Service said the raiders fled. The Valdor county police commander, Tomas Ivanek Brel, "
     "told reporters in Korvo on Wednesday that no officer had been posted there.",
     ("tomas-ivanek-brel", "commander", "ruritanian-police-service")),
    ("The Ostrava National Police blamed the gang. The Lenko district police commander, Anna Marek Kolar, said "
     "on Monday that three suspects had been arrested.",
     ("anna-marek-kolar", "commander", "ostrava-national-police")),
    ("The Valdor National Police opened an inquiry. On Friday the Marro county police commander, Jacinta Lemoi "
     "Wanjala, told the radio that the herders had been armed.",
     ("jacinta-lemoi-wanjala", "commander", "valdor-national-police")),
])
def test_a_scoped_police_commander_holds_the_bare_post_of_the_police(extract, text, post):
    doc = extract(text)
    assert post in _posts(doc), claims(doc, "Membership")
    assert not any(e["type"] == "Role" and "police commander" in e["label"] for e in doc["entities"]), doc["entities"]


def test_a_police_minister_keeps_the_portfolio(extract):
    # negative control: before "minister" the body's word is the portfolio, not a scope
    doc = extract("Ruritania's police minister, Tomas Ivanek Brel, said on Monday that the raiders had fled.")
    assert not any(role == "minister" for _m, role, _o in _posts(doc)), claims(doc, "Membership")


# ---------------------------------------------------------------- 2. "Officers of X, he said, had ..."
@pytest.mark.parametrize("text", [
    "The rebels' spokesman, Emil Varga, spoke on Monday. Officers of the Ruritanian Police Reserve, he said, had "
    "opened fire on the herders.",
    "Emil Varga, a farmer, spoke on Monday. Commanders of the Kessel Hill Army, she added, had ordered the raid.",
    "Emil Varga, a herder, spoke to reporters. Officers of the Tarsa Police Reserve, he went on, had taken the "
    "cattle.",
])
def test_a_reporting_pronoun_after_a_plural_post_holds_no_post(extract, text):
    doc = extract(text)
    assert not any(m == "emil-varga" for m, _r, _o in _posts(doc)), claims(doc, "Membership")


def test_a_named_officer_after_the_comma_holds_the_post(extract):
    # negative control: a name (not a pronoun) apposed after the comma still holds the post
    doc = extract("A senior officer of the Ruritanian Police Reserve, Emil Varga, said the herders had fled.")
    assert any(m == "emil-varga" for m, _r, _o in _posts(doc)), claims(doc, "Membership")


# ---------------------------------------------------------------- 3. "the <Body> spokesperson, <rank> NAME"
def _types(doc):
    return {e["label"]: e["type"] for e in doc["entities"]}


@pytest.mark.parametrize("text, name, post", [
    ("In a statement issued on Tuesday, the Tarsa Gendarmerie spokesperson, Superintendent Dorcas Kemunto Nyabuto, "
     "identified the raiders.", "Dorcas Kemunto Nyabuto", "spokesperson"),
    ("In a statement issued on Tuesday, the Tarsa Coast Guard spokeswoman, Superintendent Dorcas Kemunto Nyabuto, "
     "described the raid.", "Dorcas Kemunto Nyabuto", "spokeswoman"),
    ("On Sunday the Valdor National Police spokesman, Superintendent Nyabuto Kerubo Momanyi, identified the raiders.",
     "Nyabuto Kerubo Momanyi", "spokesman"),
])
def test_a_name_after_a_bodys_lower_case_post_is_a_person(extract, text, name, post):
    doc = extract(text)
    assert _types(doc).get(name) == "Person", doc["entities"]
    assert _types(doc).get(post) == "Role", doc["entities"]


def test_a_firm_after_a_bodys_post_stays_a_firm(extract):
    # negative control: a name with a body's head word is no person's
    doc = extract("On Sunday the Valdor National Police spokesman, Kerubo Shipping Holdings, was named in the report.")
    assert _types(doc).get("Kerubo Shipping Holdings") != "Person", doc["entities"]
