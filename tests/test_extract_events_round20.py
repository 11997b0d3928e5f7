"""Classes of wrong and missed event and estimate proposals (round 20, issue #12), each with new fictional
sentences of its own and a negative control: the group a strength figure measures is the subject of the verb
that has or numbers it, or the owner of the strength noun, never another group the sentence names (nor one past
a semicolon); a figure credited to people no name gives ("local officials said") is not the publisher's own
estimate; the people a force shot are not its strength; two subjects the parse hangs on one verb; "the Kongo
village of X"; "maintains bases"; "X and neighbouring Y"; people counted are people-killed; community leaders
killed and "attribute ... to X"; "the battalion" names back a battalion only; "operates along the X River";
"a group that calls itself X"."""

from __future__ import annotations

import pytest

from kb.extract import fact_files, run
from kb.extract.candidates import records
from kb.extract.document import Document

from .extract_cases import DATE, claims, extract  # noqa: F401 - extract is a fixture


def _sizes(doc) -> set:
    return {(c["of"], c["value"]) for c in claims(doc, "Estimate") if c["measure"] == "force-size"}


# ---------------------------------------------------------------- 1. whose strength: the parse's subject
@pytest.mark.parametrize("text, size", [
    ("The Ravel Front, which has fought the Korlo Defence Army since 2023, is estimated by the monitors to number "
     "about 1,500 fighters.", ("ravel-front", 1500)),
    ("The Ravel Front, allied with the Korlo Defence Army, is believed to field between 300 and 400 fighters.",
     ("ravel-front", 300)),
    ("The Korlo Defence Army says the Ravel Front, its rival in the hills, numbers some 2,000 men.",
     ("ravel-front", 2000)),
    ("The police estimate the Ravel Front at about 250 fighters, months after it split from the Korlo Defence "
     "Army.", ("ravel-front", 250)),
    ("Allied with the Korlo Defence Army, the Ravel Front has about 900 fighters, the ministry said.",
     ("ravel-front", 900)),
])
def test_the_group_measured_is_the_subject_of_the_verb_that_numbers_it(extract, text, size):
    doc = extract(text)
    assert size in _sizes(doc), _sizes(doc)
    assert not {s for s in _sizes(doc) if s[0] == "korlo-defence-army"}, _sizes(doc)


def test_the_owner_of_the_strength_noun_is_measured(extract):
    doc = extract("The monitors put the Ravel Front's strength at about 700 fighters, though the Korlo Defence "
                  "Army disputes it.")
    assert ("ravel-front", 700) in _sizes(doc), _sizes(doc)


def test_a_group_counted_by_another_group_keeps_its_own_figure(extract):
    # negative control: the second group's own figure stays its own
    doc = extract("The Ravel Front has some 600 fighters, while the Korlo Defence Army is thought to have 400.")
    assert ("ravel-front", 600) in _sizes(doc) and ("korlo-defence-army", 400) in _sizes(doc), _sizes(doc)


# ---------------------------------------------------------------- 2. a figure from people with no name
@pytest.fixture(scope="module")
def published(project):
    facts = fact_files(project)

    def go(text: str) -> list[dict]:
        result = run(project, Document("case", text, DATE, "tana-wire", []), facts)
        return claims(records(result, "case", set()), "Estimate")
    return go


@pytest.mark.parametrize("text", [
    "Gunmen killed 14 villagers in Korbesa on Sunday, local officials said.",
    "Gunmen killed six farmers in Merti on Monday, according to witnesses.",
    "Gunmen of the Ravel Front killed five herders in Boma on Friday. Officials in Boma later put the toll at 16.",
    "Residents told reporters that gunmen had killed nine traders in Sako on Friday.",
])
def test_a_figure_from_unnamed_people_is_not_the_publishers(published, text):
    tolls = [t for t in published(text) if t["value"] != 5]
    assert tolls and all("estimated_by" not in t for t in tolls), tolls


def test_a_figure_no_one_is_said_to_give_stays_the_publishers(published):
    # negative control: the report's own figure
    tolls = published("Gunmen of the Ravel Front killed five herders in Boma on Friday.")
    assert tolls and all(t.get("estimated_by") == "tana-wire" for t in tolls), tolls


def test_a_named_source_gives_the_figure(published):
    tolls = published("Gunmen killed 20 people in Sako on Friday. A community leader, Abel Tanui, said 20 people "
                      "had died.")
    assert {t.get("estimated_by") for t in tolls} >= {"abel-tanui"}, tolls


# ---------------------------------------------------------------- 3. the people a force shot are not its strength
@pytest.mark.parametrize("text", [
    "On 17 April, soldiers of the Korlo Defence Army deployed in Mabu territory shot dead six men at a roadblock.",
    "Fighters of the Ravel Front hacked to death nine farmers near Dalo on Friday.",
    "Troops of the Korlo Defence Army arrested 40 men in Kelo after the raid.",
    "The Ravel Front's gunmen beheaded twelve men on the Sira road, witnesses said.",
])
def test_the_people_a_force_acted_on_are_not_its_strength(extract, text):
    doc = extract(text)
    assert not _sizes(doc), _sizes(doc)


def test_a_force_that_has_its_fighters_keeps_its_strength(extract):
    # negative control: the object of "has" is the force's own
    doc = extract("Fighters of the Ravel Front shot dead two men in Dalo. The Ravel Front has 400 fighters.")
    assert ("ravel-front", 400) in _sizes(doc), _sizes(doc)


# ---------------------------------------------------------------- 4. two subjects the parse hangs on one verb
def _accused(doc) -> set:
    return {c["actor"] for c in claims(doc, "Participation")}


@pytest.mark.parametrize("text", [
    "Korlo Defence Army units deployed on Tuesday to settlements in Mabu, two days after gunmen attacked the village "
    "of Dalo and killed at least 27 people, officials said.",
    "Korlo Defence Army troops moved on Friday into farms near Mabu, a week after bandits raided the hamlet of Dalo "
    "and killed eleven farmers.",
    "Korlo Defence Army soldiers arrived on Monday at camps in Mabu, hours after gunmen attacked the village of Dalo "
    "and killed nine herders, residents said.",
])
def test_the_force_sent_after_a_killing_is_not_accused_of_it(extract, text):
    doc = extract(text)
    assert "korlo-defence-army" not in _accused(doc), _accused(doc)


def test_the_killers_named_as_the_subject_are_still_accused(extract):
    # negative control: the group is the subject of the attack and the killing
    doc = extract("Two days after the election, Ravel Front fighters attacked the village of Dalo and killed nine "
                  "farmers, officials said.")
    assert "ravel-front" in _accused(doc), _accused(doc)


# ---------------------------------------------------------------- 5. "the Kongo village of X": the place is X
def _killings(doc) -> set:
    return {c["location"][0] for c in claims(doc, "Atrocity")}


@pytest.mark.parametrize("text, place, word", [
    ("On 14 March, fighters of the Ravel Front, a Pende armed group, attacked the Kongo village of Dalo-Kati "
     "before dawn. We documented the killing of 21 civilians, among them nine children.", "dalo-kati", "kongo"),
    ("On 2 April, fighters of the Ravel Front attacked a Pende camp near Lambo, 12 km east of Sako, burning "
     "shelters. We documented nine civilians killed.", "lambo", "pende"),
    ("Gunmen of the Ravel Front attacked the Kongo hamlet of Dalo-Kati on Friday. Survivors said they fled into "
     "the forest. At least 12 villagers were killed.", "dalo-kati", "kongo"),
    ("Armed men raided a Pende settlement near Sako at dawn. Eleven civilians were killed, witnesses said.",
     "sako", "pende"),
])
def test_a_word_before_the_noun_a_place_follows_is_not_where_they_were_killed(extract, text, place, word):
    doc = extract(text)
    assert place in _killings(doc) and word not in _killings(doc), _killings(doc)


def test_a_place_named_before_its_site_noun_is_still_the_place(extract):
    # negative control: "Dalo town" with no place after the noun is at Dalo
    doc = extract("Gunmen of the Ravel Front attacked Dalo town before dawn. At least 12 people were killed.")
    assert "dalo" in _killings(doc), _killings(doc)


# ---------------------------------------------------------------- 6. "maintains bases around X"
def _operations(doc) -> set:
    return {(c["actor"], c["location"][0]) for c in claims(doc, "Operation")}


@pytest.mark.parametrize("text, place", [
    ("The Ravel Front maintains bases around Dalo.", "dalo"),
    ("Ravel Front fighters have kept bases near Kelo since 2024.", "kelo"),
    ("According to the army, the Ravel Front has bases in Sako.", "sako"),
])
def test_bases_a_group_keeps_somewhere_place_it_there(extract, text, place):
    doc = extract(text)
    assert ("ravel-front", place) in _operations(doc), _operations(doc)


def test_no_basis_is_no_base(extract):
    # negative control: "basis", the word the parser makes of "bases", in its own sense
    doc = extract("The Ravel Front said the charges had no basis in Dalo or anywhere else.")
    assert not _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 7. "across X and neighbouring Y"
@pytest.mark.parametrize("text", [
    "The Ravel Front has fought rival herder militias across Moura and neighbouring Bakhmut for more than a year.",
    "Since 2023 the Ravel Front has been active in Moura and nearby Bakhmut.",
    "The Ravel Front has operated across Moura and adjacent Bakhmut since 2023.",
])
def test_a_place_after_and_neighbouring_is_listed_too(extract, text):
    doc = extract(text)
    assert {("ravel-front", "moura"), ("ravel-front", "bakhmut")} <= _operations(doc), _operations(doc)


def test_a_place_after_another_verb_is_not_listed(extract):
    # negative control: "and neighbouring" joins a place only; a clause after it is not the list
    doc = extract("The Ravel Front operates in Moura, and neighbouring farmers in Bakhmut have fled.")
    assert ("ravel-front", "bakhmut") not in _operations(doc), _operations(doc)


# ---------------------------------------------------------------- 8. "29 people": people, not civilians
def _tolls(doc) -> set:
    return {(c["measure"], c["value"]) for c in claims(doc, "Estimate") if c["measure"].endswith("-killed")}


@pytest.mark.parametrize("text, toll", [
    ("Ravel Front fighters attacked the village of Dalo on Friday. We documented the killing of 21 civilians. The "
     "chief of the village told us that 29 people had been buried, and the mayor put the toll at 17.",
     ("people-killed", 29)),
    ("Gunmen attacked a church in Kelo on Sunday. A priest said 40 worshippers were killed in the attack.",
     ("people-killed", 40)),
    ("Ravel Front fighters ambushed a bus near Sako and killed four civilians. The bus company later said 12 "
     "passengers died and that the toll could rise.", ("people-killed", 12)),
])
def test_people_not_said_to_be_civilians_are_people_killed(extract, text, toll):
    doc = extract(text)
    assert toll in _tolls(doc), _tolls(doc)


def test_villagers_counted_are_civilians_killed(extract):
    # negative control
    doc = extract("Ravel Front fighters attacked the village of Dalo on Friday. We documented the killing of 21 "
                  "civilians. The chief said 29 villagers had died and the toll could rise.")
    assert ("civilians-killed", 29) in _tolls(doc), _tolls(doc)


# ---------------------------------------------------------------- 9. community leaders killed; "attribute ... to X"
@pytest.mark.parametrize("text, place", [
    ("The UN mission has documented the killing of eight community leaders in Dalo between March and May, and local "
     "rights groups attribute at least six of those killings to the Ravel Front.", "dalo"),
    ("Police attributed the killing of two activists in Kelo to the Ravel Front.", "kelo"),
    ("Gunmen shot dead three social leaders in Sako on Friday. The killings were attributed to the Ravel Front.",
     "sako"),
])
def test_leaders_killed_and_the_group_the_killings_are_attributed_to(extract, text, place):
    doc = extract(text)
    assert place in _killings(doc), _killings(doc)
    assert "ravel-front" in _accused(doc), _accused(doc)


def test_something_else_attributed_to_a_group_accuses_it_of_nothing(extract):
    # negative control: the delay, not the killing, is attributed
    doc = extract("Gunmen shot dead three farmers in Sako on Friday. The ministry attributed the delay in the inquiry "
                  "to the Ravel Front.")
    assert "ravel-front" not in _accused(doc), _accused(doc)


# ---------------------------------------------------------------- 10. a group past a semicolon is another clause's
@pytest.mark.parametrize("text", [
    "Two council members told the monitors that a local battalion had \"no more than 500\" men under arms; the Korlo "
    "Defence Army did not respond to requests for figures.",
    "Elders said a rival militia now had about 700 fighters; the Ravel Front declined to comment.",
    "Officials in Dalo estimate that an unnamed faction fields 400 men; the Ravel Front denies any link to it.",
])
def test_a_figure_is_not_given_to_a_group_named_past_a_semicolon(extract, text):
    doc = extract(text)
    assert not _sizes(doc), _sizes(doc)


def test_a_group_named_after_its_figure_in_the_same_clause_is_measured(extract):
    # negative control
    doc = extract("About 500 fighters serve in the Ravel Front, officials said.")
    assert ("ravel-front", 500) in _sizes(doc), _sizes(doc)


# ---------------------------------------------------------------- 11. "the battalion" names back a battalion only
@pytest.mark.parametrize("text", [
    "The Ravel Front operates near Dalo. On 3 May, fighters of the battalion opened fire on a convoy near Kelo, "
    "killing nine migrants.",
    "The Ravel Front operates near Dalo. Soldiers of the brigade shot dead six traders in Kelo on Friday.",
    "The Ravel Front has bases near Dalo. The regiment's gunmen killed four herders in Kelo last week.",
])
def test_a_unit_noun_never_names_back_a_group_of_another_name(extract, text):
    doc = extract(text)
    assert "ravel-front" not in _accused(doc), _accused(doc)


def test_a_unit_noun_names_back_the_unit_of_that_name(extract):
    # negative controls: a battalion named before; "the group" names back any group
    doc = extract("The Sable Battalion operates near Dalo. On 3 May, fighters of the battalion opened fire on a "
                  "convoy near Kelo, killing nine migrants.")
    assert "sable-battalion" in _accused(doc), _accused(doc)
    doc = extract("The Ravel Front operates near Dalo. On 3 May, fighters of the group opened fire on a convoy near "
                  "Kelo, killing nine migrants.")
    assert "ravel-front" in _accused(doc), _accused(doc)


# ---------------------------------------------------------------- 12. "operates along the X River (in Y)"
@pytest.mark.parametrize("text, place", [
    ("The Ravel Front operates along the Sira River.", "sira-river"),
    ("The Ravel Front has fought the army along the Lugo River for two years.", "lugo-river"),
    ("Since 2022 the Ravel Front has operated along the Lugo River and in Kelo province.", "lugo-river"),
    ("A rival militia, the Ravel Front, operates along the Sira River in Kelo.", "kelo"),
])
def test_a_group_operating_along_a_river_or_road_operates_there(extract, text, place):
    doc = extract(text)
    assert ("ravel-front", place) in _operations(doc), _operations(doc)


def test_along_with_a_partner_is_no_place(extract):
    # negative control: "along with" names a partner; "along the river in Kelo" places it in Kelo only
    doc = extract("The Ravel Front operates in Dalo, along with the Korlo Defence Army.")
    assert {p for _, p in _operations(doc)} == {"dalo"}, _operations(doc)
    doc = extract("The Ravel Front operates along the Sira River in Kelo.")
    assert {p for _, p in _operations(doc)} == {"kelo"}, _operations(doc)


# ---------------------------------------------------------------- 13. "a group that calls itself X": X is blamed
@pytest.mark.parametrize("blame", [
    "Police blamed the attack on an armed group that calls itself the Ravel Front.",
    "Police blamed the killings on a militia known as the Ravel Front.",
    "Officials blamed a group called the Ravel Front for the attack.",
])
def test_the_group_a_described_body_is_named_is_blamed(extract, blame):
    doc = extract("Gunmen killed nine villagers in Dalo on Sunday. " + blame)
    assert "ravel-front" in _accused(doc), _accused(doc)


def test_a_group_the_described_body_fought_is_not_blamed(extract):
    # negative control: the name is the object of another verb, not the body's name
    doc = extract("Gunmen killed nine villagers in Dalo on Sunday. Police blamed the killings on a militia that had "
                  "fought the Ravel Front.")
    assert "ravel-front" not in _accused(doc), _accused(doc)
