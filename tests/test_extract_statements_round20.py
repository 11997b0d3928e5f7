"""Statements, round 20 of issue #12: classes of wrong statements seen on the
nineteenth held-out set and in a new user's own wire report, each with new
fictional sentences (not the documents' own), in several wordings, and
negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture

_LUSAKA = "LUSAKA, Zambia, June 9 (Wire) - Soldiers of the Zambian army killed six herders near Varna on Friday, " \
    "witnesses said. "


def _by(doc, speaker: str) -> list:
    return [s for s in doc["statements"] if s["speaker"] == speaker]


# ---------------------------------------------------------------- 1. a minister named in lower case speaks for the state
@pytest.mark.parametrize("words, role", [
    ("Dario Venn, the defence minister, said the herders had been armed raiders.", "defence-minister"),
    ("The interior minister, Dario Venn, told reporters on Monday that the herders had crossed from the hills.",
     "interior-minister"),
    ("The Zambian foreign minister, Dario Venn, said in a statement that the troops had been attacked first.",
     "foreign-minister"),
    ("The herders were armed, said Dario Venn, the minister of defence.", "minister-of-defence"),
])
def test_a_minister_named_in_lower_case_speaks_for_the_state(extract, words, role):
    doc = extract(_LUSAKA + words)
    said = _by(doc, "dario-venn")
    assert said and all(s.get("role") == role and s.get("on_behalf_of") == "zambia" for s in said), said


@pytest.mark.parametrize("words", [
    "Dario Venn, a former minister, said the herders had been armed raiders.",
    "Dario Venn, a herder from Varna, said the soldiers had fired first.",
])
def test_a_former_minister_or_another_person_speaks_for_no_state(extract, words):
    said = _by(extract(_LUSAKA + words), "dario-venn")
    assert said and not any(s.get("on_behalf_of") for s in said), said


# ---------------------------------------------------------------- 2. members of a panel speak as the panel
_PANEL = "NAIROBI, Kenya, June 9 (Wire) - The Red Hand Brigade received forty rifles from Doria Trading in March, " \
    "the UN Panel of Experts on South Sudan said in a report. "


@pytest.mark.parametrize("words", [
    "Panel members said the brigade controls the town of Kajo.",
    "Members of the Panel told the agency that the brigade controls the town of Kajo.",
    "A member of the panel said on Monday that the brigade has held the town of Kajo since May.",
])
def test_members_of_a_panel_named_before_speak_as_the_panel(extract, words):
    doc = extract(_PANEL + words)
    assert {s["speaker"] for s in doc["statements"]} == {"un-panel-of-experts-on-south-sudan"}, doc["statements"]


def test_members_of_an_unnamed_un_panel_speak_as_it_did(extract):
    doc = extract("NAIROBI, Kenya, June 9 (Wire) - The Red Hand Brigade received forty rifles from Doria Trading in "
                  "March, a UN panel of experts said. Panel members said the brigade controls the town of Kajo.")
    assert len({s["speaker"] for s in doc["statements"]}) == 1, doc["statements"]


def test_members_of_another_body_speak_for_that_body(extract):
    doc = extract(_PANEL + "Members of the Ostland Human Rights Commission said the brigade controls the town of Kajo.")
    assert "ostland-human-rights-commission" in {s["speaker"] for s in doc["statements"]}, doc["statements"]


# ---------------------------------------------------------------- 3. an unnamed body's place is no speaker
_VARNA = "ABUJA, Nigeria, June 9 (Wire) - Gunmen of the Red Hand Brigade killed nine villagers in Varna on Friday, " \
    "residents said. "


@pytest.mark.parametrize("words", [
    "A traders' union in Dorn, Kessel Province, said the gunmen came from the hills.",
    "A goat herders' association in the town of Tornby said its members were victims of raids.",
    "A women's group in the town of Tarnow, Kessel Province, rejected claims that herders were behind the attack.",
    "A herders' association in Tornby, Kessel Province, said its members were themselves victims of raids and "
    "rejected claims that herders were behind the killings.",
])
def test_the_place_of_an_unnamed_body_does_not_speak(extract, words):
    doc = extract(_VARNA + words)
    assert not doc["statements"], doc["statements"]


@pytest.mark.parametrize("words, speaker", [
    ("The Kessel Farmers Union said the gunmen came from the hills.", "kessel-farmers-union"),
    ("A Red Hand Brigade representative in Brussels, Ilo Marden, told reporters its fighters were not in Varna.",
     "ilo-marden"),
    ("A researcher at the Varna Institute for Peace Studies, Ilo Marden, said in a paper that the brigade has 300 "
     "fighters.", "ilo-marden"),
])
def test_a_named_body_or_a_person_named_after_a_place_still_speaks(extract, words, speaker):
    doc = extract(_VARNA + words)
    assert [s["speaker"] for s in doc["statements"]] == [speaker], doc["statements"]


# ---------------------------------------------------------------- 4. a count no fact records is no statement
_KESSEL = "ABUJA, Nigeria, June 9 (Wire) - The Red Hand Brigade has fought herders across Kessel State for a year. "


@pytest.mark.parametrize("words", [
    "The Ostland Human Rights Commission said 340 people had been killed in the state since January.",
    "The Kessel State government said on Monday that about 60 people have died in clashes since March.",
    "The Ostland Refugee Council said the fighting had displaced more than 40,000 people.",
    "The Ostland Red Cross said the violence had uprooted some 12,000 people from their homes.",
])
def test_a_toll_over_a_period_or_a_displaced_count_is_no_statement(extract, words):
    doc = extract(_KESSEL + words)
    assert not doc["statements"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Ostland Human Rights Commission said the Red Hand Brigade had killed 12 people in Varna on Friday.",
    "The Ostland Refugee Council said the gunmen had burned the granaries of 40 families.",
])
def test_a_toll_of_one_event_or_other_words_are_still_statements(extract, words):
    doc = extract(_KESSEL + words)
    assert len(doc["statements"]) == 1, doc["statements"]


# ---------------------------------------------------------------- 5. a step of an inquiry not yet taken denies nothing
_ROADBLOCK = "LUSAKA, Zambia, June 9 (Wire) - Soldiers of the Zambian army shot dead six men at a roadblock near " \
    "Varna on 17 April, witnesses said. "


@pytest.mark.parametrize("words", [
    "The Military Prosecutor's Office in Varna told us it had opened a case file but had not questioned the soldiers.",
    "The Varna Military Court said it had not yet charged any of the soldiers.",
    "The Zambian Military Prosecutor said on Monday that it had opened a docket and had not interviewed the unit's "
    "officers.",
])
def test_a_step_of_an_inquiry_not_yet_taken_is_no_denial(extract, words):
    doc = extract(_ROADBLOCK + words)
    assert not doc["statements"], doc["statements"]


def test_a_party_that_says_it_did_not_fire_still_denies(extract):
    doc = extract(_ROADBLOCK + "The Zambian army said its soldiers had not fired on the men.")
    assert [s["stance"] for s in doc["statements"]] == ["denies"], doc["statements"]
