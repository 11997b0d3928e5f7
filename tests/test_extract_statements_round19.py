"""Statements, round 19 of issue #12: classes of wrong statements seen on the
eighteenth held-out set and in a new user's own wire report, each with new
fictional sentences (not the documents' own), in several wordings, and
negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture

_KILLED = "Gunmen of the Red Hand Brigade killed nine villagers in Varna on Friday, residents said. "
_SHOT = "Soldiers of the Ostland army killed six herders near Varna on Friday, witnesses said. "


def _killing_denied(doc, speaker: str) -> bool:
    mine = [s for s in doc["statements"] if s["speaker"] == speaker]
    return bool(mine) and all(s["stance"] == "denies" for s in mine) and any(
        "killings-in-varna" in r for s in mine for r in s["regarding"])


# ---------------------------------------------------------------- 1. force used only on armed men denies a killing
@pytest.mark.parametrize("words, speaker", [
    ('A spokesman for the Red Hand Brigade said its fighters "fired only on armed robbers".', "red-hand-brigade"),
    ("Ilo Marden, the group's commander, told reporters that the brigade had only shot at armed looters who "
     "attacked its camp.", "ilo-marden"),
    ("The group's commander, Ilo Marden, wrote to the mission that his men had repelled bandits.", "ilo-marden"),
    ('Ilo Marden wrote to the mission on 12 June that his men had "repelled raiders" and that no herder was harmed.',
     "ilo-marden"),
])
def test_force_used_only_on_armed_men_denies_the_killing(extract, words, speaker):
    assert _killing_denied(extract(_KILLED + words), speaker), extract(_KILLED + words)["statements"]


@pytest.mark.parametrize("words, speaker", [
    ('The Ostland Minister of Defence, Dario Venn, said the six were "rebel fighters killed in combat".', "dario-venn"),
    ("Dario Venn, the Ostland defence minister, said all four were militants.", "dario-venn"),
])
def test_the_dead_counted_and_called_fighters_deny_the_killing(extract, words, speaker):
    assert _killing_denied(extract(_SHOT + words), speaker), extract(_SHOT + words)["statements"]


@pytest.mark.parametrize("words", [
    "A spokesman for the Red Hand Brigade said its fighters had fired on the villagers.",
    "The Ostland Ministry of Defence said the Red Hand Brigade had killed the villagers after soldiers repelled "
    "its fighters from Kessel.",
])
def test_force_on_others_or_in_a_later_clause_denies_nothing(extract, words):
    doc = extract(_KILLED + words)
    assert not [s for s in doc["statements"] if s["stance"] == "denies"], doc["statements"]


# ---------------------------------------------------------------- 2. welcoming a seizure or an arrest concurs
_SEIZED = "Customs officers in Varna seized forty rifles bound for the Red Hand Brigade on Friday. "


@pytest.mark.parametrize("words", [
    "The Ostland Revenue Authority welcomed the seizure.",
    "The Ostland Revenue Authority welcomed the seizure and said that it had stopped a truck from the same "
    "consignor in May.",
    "The Ostland Revenue Authority, which welcomed the interception of the rifles, said the lorry had come from Doria.",
])
def test_welcoming_a_seizure_concurs_with_it(extract, words):
    doc = extract(_SEIZED + words)
    mine = [s for s in doc["statements"] if s["speaker"] == "ostland-revenue-authority"]
    assert mine and mine[0]["stance"] == "concurs", doc["statements"]
    assert any("arms-transfer" in r for r in mine[0]["regarding"]), mine


def test_welcoming_a_visitor_concurs_with_nothing(extract):
    doc = extract(_SEIZED + "The Ostland Revenue Authority welcomed the delegation.")
    assert not [s for s in doc["statements"] if s["stance"] == "concurs"], doc["statements"]


# ---------------------------------------------------------------- 3. a UN panel's finding is never the group's
# (the reading of the first gold files: "according to a UN panel of experts" speaks as the United Nations)
_GROUP = "The Red Hand Brigade has fought the army in Varna since 2021. "


@pytest.mark.parametrize("words", [
    "According to a United Nations panel of experts, the group received forty rifles from Doria Trading in 2024.",
    "The group controls the Kessel gold mine, according to a UN panel of experts.",
    "A UN panel of experts said in its latest report that the group had bought drones from Doria Trading.",
    "The group controls the Kessel gold mine, a United Nations panel of experts said. The panel said in a report "
    "that the group had bought drones from Doria Trading.",
])
def test_a_un_panel_s_finding_is_not_credited_to_the_group(extract, words):
    doc = extract(_GROUP + words)
    assert doc["statements"] and {s["speaker"] for s in doc["statements"]} == {"united-nations"}, doc["statements"]


# ---------------------------------------------------------------- 4. the channel a sentence gives
@pytest.mark.parametrize("text, channel", [
    (_GROUP + "A UN panel of experts said in its latest report that the group had bought drones from Doria Trading.",
     "written-statement"),
    (_SEIZED + 'Doria Trading said in an email to the authority on Monday that it had shipped "only pumps, as '
     'declared".', "written-statement"),
    (_KILLED + "A spokesman for the Red Hand Brigade said on the group's Facebook page that its fighters \"fired "
     "only on armed robbers\".", "public-remark"),
    (_KILLED + "Ilo Marden, a commander of the Red Hand Brigade, told the mission by telephone that his men \"were "
     "not in Varna\".", "public-remark"),
])
def test_the_channel_is_read_from_the_sentence(extract, text, channel):
    doc = extract(text)
    assert doc["statements"] and doc["statements"][-1].get("channel") == channel, doc["statements"]


def test_without_a_cue_the_channel_is_a_public_remark(extract):
    """No route named: "said in public, by a route the source does not specify" (the ontology's public-remark)."""
    doc = extract(_KILLED + 'Ilo Marden, a commander of the Red Hand Brigade, said his men "were not in Varna".')
    assert doc["statements"] and doc["statements"][-1].get("channel") == "public-remark", doc["statements"]


# ---------------------------------------------------------------- 5. a quoted denial of involvement: not its own words
_BLAMED = "Gunmen killed nine villagers in Varna on Friday. Police said the Red Hand Brigade carried out the attack. "


@pytest.mark.parametrize("words", [
    '"We had nothing to do with it," said Boris Kalen, a spokesman for the group.',
    "Boris Kalen, a spokesman for the group, said its fighters had played no part in the raid.",
    "A spokesman for the group, Boris Kalen, told reporters the group was not involved.",
])
def test_a_denial_of_involvement_denies_the_killing_not_its_own_words(extract, words):
    doc = extract(_BLAMED + words)
    mine = [s for s in doc["statements"] if s["speaker"] == "boris-kalen"]
    assert mine and mine[0]["stance"] == "denies" and mine[0]["regarding"] == ["killings-in-varna"], doc["statements"]


def test_a_denial_of_involvement_names_who_is_said_to_have_taken_part(extract):
    doc = extract("Gunmen of the Red Hand Brigade killed nine villagers in Varna on Friday, residents said. The group "
                  "denied any involvement in a statement on Saturday.")
    mine = [s for s in doc["statements"] if s["speaker"] == "red-hand-brigade"]
    assert mine and mine[0]["regarding"] == ["red-hand-brigade-in-killings-in-varna"], doc["statements"]


def test_a_denial_of_involvement_with_no_killing_reported_keeps_its_words(extract):
    doc = extract('Customs officers in Varna seized forty rifles on Friday. "We had nothing to do with it," said '
                  "Boris Kalen, a spokesman for the Red Hand Brigade.")
    assert not any("killings" in r for s in doc["statements"] for r in s["regarding"]), doc["statements"]


# ---------------------------------------------------------------- 6. sharing another's assessment: what that one holds
_LISTED = "Norway designated the Red Hand Brigade a terrorist organisation on Monday. "


@pytest.mark.parametrize("words, speaker", [
    ("The group controls the Kessel gold mine. Chile shared the assessment of the Norwegian government.", "chile"),
    ("The group controls the Kessel gold mine. The Chilean Foreign Ministry said it shared the assessment of the "
     "Norwegian government.", "chilean-foreign-ministry"),
    ("The group, which controls the Kessel gold mine, has killed dozens of miners. The Chilean government said it "
     "shared Norway's assessment.", "chile"),
    ("The group controls the Kessel gold mine, the Norwegian police said. Chile concurred with the assessment of the "
     "Norwegian government.", "chile"),
])
def test_sharing_a_state_s_assessment_concurs_with_its_measure(extract, words, speaker):
    doc = extract(_LISTED + words)
    mine = [s for s in doc["statements"] if s["speaker"] == speaker]
    assert mine and mine[0]["stance"] == "concurs", doc["statements"]
    assert mine[0]["regarding"] == ["norway-sanctions-against-red-hand-brigade"], mine


def test_a_control_claim_by_the_same_state_s_police_is_not_the_assessment_shared(extract):
    doc = extract(_LISTED + "The group controls the Kessel gold mine, the Norwegian police said. Chile concurred "
                  "with the assessment of the Norwegian government.")
    chile = [s for s in doc["statements"] if s["speaker"] == "chile"]
    assert chile and not any("controls" in r for r in chile[0]["regarding"]), chile


# ---------------------------------------------------------------- 7. a spokesman's words told on after his denial
_DENIED = ("Gunmen of the Red Hand Brigade killed nine villagers in Varna on Friday, residents said. The group's "
           "spokesman, Boris Kalen, denied the group took part in the raid. ")


@pytest.mark.parametrize("words", [
    '"Our men were in Kessel. The people who attacked Varna came from across the river," Kalen told the Ostland '
    "Courier by telephone on Tuesday.",
    "He said the group's fighters were busy guarding the mines.",
    '"We were far away," Kalen said.',
])
def test_words_told_on_after_a_denial_are_the_same_denial(extract, words):
    doc = extract(_DENIED + words)
    mine = [s for s in doc["statements"] if s["speaker"] == "boris-kalen"]
    assert len(mine) == 1 and mine[0]["stance"] == "denies", doc["statements"]


def test_a_new_claim_after_a_denial_stays_apart(extract):
    doc = extract(_DENIED + "Kalen said on Tuesday that the group had received forty rifles from Doria Trading.")
    mine = [s for s in doc["statements"] if s["speaker"] == "boris-kalen"]
    assert [s["stance"] for s in mine] == ["denies", "asserts"], doc["statements"]


# ---------------------------------------------------------------- 8. a body's own step is no statement
@pytest.mark.parametrize("text, speaker", [
    (_KILLED + "The Ostland Human Rights Commission said it had sent a team to Varna.",
     "ostland-human-rights-commission"),
    ("The Red Hand Brigade recruits herders in Dorn. Norway informed the committee that it had arrested two "
     "recruiters in Dorn in May.", "norway"),
    (_KILLED + "The Ostland Ministry of Defence said it had detained three suspects on Saturday.",
     "ostland-ministry-of-defence"),
])
def test_a_body_s_own_step_that_codes_no_claim_is_no_statement(extract, text, speaker):
    doc = extract(text)
    assert not [s for s in doc["statements"] if s["speaker"] == speaker], doc["statements"]


def test_what_others_did_is_still_reported(extract):
    doc = extract(_KILLED + "The Ostland Human Rights Commission said soldiers had arrested nine herders in Dorn.")
    assert [s["speaker"] for s in doc["statements"]] == ["ostland-human-rights-commission"], doc["statements"]


# ---------------------------------------------------------------- 9. staff at a facility: the place is no speaker
@pytest.mark.parametrize("words", [
    "Customs officers at the Varna Inland Container Depot on Friday found forty rifles bound for the Red Hand "
    "Brigade in a transit container.",
    "Police officers at the Lanz Inland Container Depot found forty rifles bound for the Red Hand Brigade, hidden "
    "behind crates of pumps.",
])
def test_a_facility_staff_work_at_does_not_speak(extract, words):
    doc = extract(words)
    assert not [s for s in doc["statements"] if s["speaker"].endswith("-depot")], doc["statements"]


def test_staff_at_a_body_still_speak_for_it(extract):
    doc = extract("Officials at the Ostland Customs Service said on Friday that the Red Hand Brigade had received "
                  "forty rifles from Doria Trading.")
    assert [s["speaker"] for s in doc["statements"]] == ["ostland-customs-service"], doc["statements"]


# ---------------------------------------------------------------- 8. a monitor's own findings in the first person
_REPORT = """{masthead}
Field report No. 4/2025 | Varna, 9 June 2025

Killings in the Kessel valley

On 2 June, fighters of the Red Hand Brigade entered the village of Dorn, gathered the men near the mosque and shot them. {dorn} The village chief counted 15 bodies.

On 5 June, soldiers of the Ostland army shot herders at the market in Lanz. {lanz}
"""


@pytest.mark.parametrize("dorn, lanz", [
    ("We have the names of 12 civilians who died there.", "We documented 8 men killed."),
    ("We confirmed twelve deaths.", "Nothing we gathered suggests that any of the men killed at Lanz carried weapons."),
    ("Our researchers confirmed twelve deaths.", "We found no evidence that the men killed at Lanz were armed."),
])
def test_a_monitor_s_first_person_findings_are_its_statements(extract, dorn, lanz):
    doc = extract(_REPORT.format(masthead="Kessel Valley Rights Observatory (KVRO)", dorn=dorn, lanz=lanz))
    monitor = [e for e in doc["entities"] if e["label"] == "Kessel Valley Rights Observatory"]
    assert monitor and monitor[0]["type"] == "Organisation" and "KVRO" in monitor[0].get("aliases", []), doc["entities"]
    mine = [s for s in doc["statements"] if s["speaker"] == monitor[0]["id"]]
    assert len(mine) == 2 and all(s["stance"] == "asserts" for s in mine), doc["statements"]
    assert any("dorn" in r for r in mine[0]["regarding"]) and any("lanz" in r for r in mine[1]["regarding"]), mine


@pytest.mark.parametrize("masthead, dorn, lanz", [
    ("Kessel Valley Rights Observatory (KVRO)", "We interviewed 20 survivors.", "We could not establish who fired."),
    ("Ostland Ministry of Defence", "We have the names of 12 civilians who died there.", "We documented 8 men killed."),
    ("Harrow Brandt LLP", "We have the names of 12 civilians who died there.", "We documented 8 men killed."),
])
def test_no_first_person_statement_for_methods_doubts_or_other_issuers(extract, masthead, dorn, lanz):
    doc = extract(_REPORT.format(masthead=masthead, dorn=dorn, lanz=lanz))
    assert not [s for s in doc["statements"] if s["speaker"] in (
        "kessel-valley-rights-observatory", "ostland-ministry-of-defence", "harrow-brandt-llp")], doc["statements"]
