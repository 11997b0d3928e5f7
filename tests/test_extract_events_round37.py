"""Classes of event errors from heldout39 (round 37, issue #12), each with fictional sentences of its own and a
negative control."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _places(doc):
    return [c.get("location") for c in claims(doc, "Atrocity")]


# ------------------------------------------------- 1. "nine killed and others taken to hospital in X town"
@pytest.mark.parametrize("text,village,town", [
    ("Gunmen stormed the village of Morsabo in Telvane district on Friday. A local councillor said that six farmers "
     "had been killed and eight others taken to hospital in Dunvari.", "morsabo", "dunvari"),
    ("Fighters of the Corvana Brotherhood raided the village of Ketessa on 3 May. Officials said eleven herders had "
     "been killed and the wounded were flown to a clinic at Brindoa.", "ketessa", "brindoa"),
    ("Armed men attacked the settlement of Ombali on Sunday. A nurse said four villagers were killed and their "
     "bodies brought to the mortuary in Kassoro.", "ombali", "kassoro"),
])
def test_where_the_wounded_were_taken_is_no_place_of_the_killing(extract, text, village, town):
    doc = extract(text)
    places = _places(doc)
    assert [village] in places, claims(doc, "Atrocity")
    assert not any(town in (p or []) for p in places), claims(doc, "Atrocity")


def test_a_killing_at_a_hospital_stays_at_its_town(extract):
    # negative control: the hospital is where the killing happened, not where anyone was taken
    doc = extract("Gunmen of the Corvana Brotherhood killed six patients at a hospital in Dunvari on 4 May.")
    assert ["dunvari"] in _places(doc), claims(doc, "Atrocity")


# ------------------------------------------------- 2. "documented three attacks in which civilians were killed"
@pytest.mark.parametrize("text", [
    "In May the Varno Rights Watch documented four attacks in which civilians were killed around the town of "
    "Morsabo.",
    "Our researchers recorded several raids in which herders were shot dead near the town of Kassoro.",
    "The Panel investigated two ambushes in which villagers were killed on the road to Brindoa in March.",
])
def test_a_summary_of_several_attacks_codes_no_one_killing(extract, text):
    doc = extract(text)
    assert claims(doc, "Atrocity") == [], claims(doc, "Atrocity")


def test_one_attack_in_which_civilians_were_killed_stays_a_killing(extract):
    # negative control: a single attack told in the same way is one killing
    doc = extract("The Varno Rights Watch documented an attack in which six civilians were killed in Morsabo on "
                  "4 May.")
    assert claims(doc, "Atrocity"), doc["claims"]


# ------------------------------------------------- 3. "deployed to X and the lake district" (X also names a cercle)
def _operations(doc):
    return [(c.get("actor"), c.get("location")) for c in claims(doc, "Operation")]


_LEAD = ("Gunmen opened fire on a fair near the town of Tavro on Sunday, killing traders. The army blamed the Katiba "
         "Dunmore, an armed group that has operated in the Tavro and Kessa cercles since 2026.\n\n")


@pytest.mark.parametrize("text", [
    "Malian troops deployed to Tavro and the lake district to escort traders.",
    "Malian troops were deployed to Tavro and the river district on Monday.",
    "On Monday Malian troops deployed to Tavro or the border districts, the army said.",
])
def test_a_lower_case_district_after_a_town_leaves_the_town_a_town(extract, text):
    doc = extract(_LEAD + text)
    assert ("malian-armed-forces", ["tavro"]) in _operations(doc), _operations(doc)


def test_a_name_joined_to_a_named_region_stays_the_region(extract):
    # negative control: "the Tavro and Kessa cercles" still names the cercle
    doc = extract(_LEAD + "Malian troops deployed to Tavro and the lake district to escort traders.")
    assert ("katiba-dunmore", ["tavro-cercle"]) in _operations(doc), _operations(doc)
