"""Statements, round 22 of issue #12: classes of wrong and missed statements
seen on the twenty-second and twenty-third held-out sets, each with new
fictional sentences (not the documents' own), in several wordings, and
negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_KARUMA = "KARUMA, Uganda, June 9 (Wire) - "
_TAVIRA = _KARUMA + "Gunmen killed 14 villagers in Tavira on Friday. "


def _by(doc, speaker: str) -> list:
    return [s for s in doc["statements"] if s["speaker"] == speaker]


# ------------------------------------------- 1. "a report by X", "the same report said": the report's author
@pytest.mark.parametrize("words", [
    "The Red Hill Front has held the town of Lira since March, according to a report by the Great Lakes Peace "
    "Institute seen by Wire. The Uganda People's Defence Forces say it has about 200 fighters. The same report said "
    "a Kampala-based firm, Lakeside Haulage Ltd, had sold fuel to the group.",
    "A study by the Great Lakes Peace Institute found that the Red Hill Front has held the town of Lira since March. "
    "The Uganda People's Defence Forces say it has about 200 fighters. The same study said a Kampala-based firm, "
    "Lakeside Haulage Ltd, had sold fuel to the group.",
    "The Red Hill Front has held the town of Lira since March, the Great Lakes Peace Institute said in a report. "
    "The Uganda People's Defence Forces say it has about 200 fighters. The same report said a Kampala-based firm, "
    "Lakeside Haulage Ltd, had sold fuel to the group.",
])
def test_the_same_report_is_its_author_not_the_last_body_that_spoke(extract, words):
    doc = extract(_TAVIRA + words)
    assert {s["speaker"] for s in _holding(doc, "Lakeside Haulage")} == {"great-lakes-peace-institute"}, \
        doc["statements"]
    assert {s["speaker"] for s in _holding(doc, "held the town")} == {"great-lakes-peace-institute"}


def test_the_same_report_with_no_report_named_before_is_no_one(extract):
    doc = extract(_TAVIRA + "The Great Lakes Peace Institute said the Red Hill Front has held the town of Lira since "
                  "March. The Uganda People's Defence Forces say it has about 200 fighters. The same report said the "
                  "group had recruited children.")
    assert not _holding(doc, "recruited children"), doc["statements"]  # never the army that spoke last


def test_a_report_by_a_mission_of_the_un_is_not_the_un(extract):
    doc = extract(_TAVIRA + "The Red Hill Front has held the town of Lira since March, according to a report by the "
                  "United Nations peacekeeping mission in Uganda seen by Wire. The group is led by a former officer, "
                  "Paul Ocen Lakwo, the report said.")
    assert not _by(doc, "united-nations"), doc["statements"]


# ------------------------------------------- 2. a body's own case or arrests: no statement
_BLAMED = _TAVIRA + "The Uganda Police Force blamed the Red Hill Front. "


@pytest.mark.parametrize("words", [
    "The Uganda Police Force said it had registered cases in all three incidents.",
    "Police said they had filed a case against two suspects.",
    "The police said they had booked a case of murder on Saturday.",
])
def test_a_bodys_own_case_or_arrests_are_no_statement(extract, words):
    doc = extract(_BLAMED + words)
    assert not _holding(doc, words[-30:]), doc["statements"]


@pytest.mark.parametrize("words", [
    "The Uganda People's Defence Forces said on Monday that it had sent a battalion to Tavira. Its spokesman for the "
    "region, Captain Peter Okello Mugisha, said troops had arrested three suspects, whom he did not name.",
    "The Uganda People's Defence Forces said soldiers had detained four men near Tavira.",
])
def test_a_state_forces_own_arrests_are_no_statement(extract, words):
    doc = extract(_TAVIRA + words)
    assert not _holding(doc, "suspects" if "suspects" in words else "four men"), doc["statements"]


def test_what_another_side_registered_is_still_said(extract):
    doc = extract(_BLAMED + "The Uganda Police Force said the Red Hill Front had registered its fighters with a "
                  "church in Lira.")
    assert _holding(doc, "registered its fighters"), doc["statements"]


# ------------------------------------------- 3. "it will follow", "intends to do the same": a plan, no statement
_LISTED = _KARUMA + "The Council of the European Union added the Red Hill Front to its terrorist list on Monday. "


@pytest.mark.parametrize("words", [
    "Canada has said it will follow.",
    "Norway said it would follow suit.",
    "Canada has said it intends to do the same.",
    "Canada's foreign minister said the government plans to follow the EU's lead.",
])
def test_a_word_that_a_side_will_follow_is_no_statement(extract, words):
    doc = extract(_LISTED + words)
    assert not _holding(doc, words[-12:]), doc["statements"]


@pytest.mark.parametrize("words", [
    "Canada said the Red Hill Front will follow the orders of its exiled leader.",
    "Canada said the Red Hill Front would follow.",
])
def test_what_another_side_will_follow_is_still_said(extract, words):
    doc = extract(_LISTED + words)
    assert _holding(doc, words[-12:]), doc["statements"]


def test_a_body_announcing_its_states_measure_is_the_measure_itself(extract):
    doc = extract(_LISTED + "The Norwegian Ministry of Foreign Affairs announced on Tuesday that Norway will adopt "
                  "the EU's new listings, and expects to do so within two weeks.")
    assert not _holding(doc, "will adopt"), doc["statements"]


# ------------------------------------------- 4. "X Ltd's lawyer said the company had no knowledge": X denies
_SCOPES = _KARUMA + "Norway froze the assets of the Red Hill Front and of Lakeside Trading BV on Monday. According " \
    "to the police, Lakeside Trading exported rifle scopes to a front company in Gulu, and the equipment was " \
    "delivered to the Red Hill Front. "


@pytest.mark.parametrize("words", [
    "Lakeside Trading BV's lawyer said the company had sold optics to a retailer in Kenya and had no knowledge of "
    "any armed group.",
    "In a letter to Wire, Lakeside Trading BV's lawyers said the company had never had any dealings with an armed "
    "group.",
    "Lakeside Trading BV's lawyer said the firm had no knowledge of any armed group.",
])
def test_the_company_named_by_its_counsel_denies(extract, words):
    doc = extract(_SCOPES + words)
    said = _holding(doc, words[-20:])
    assert [s["stance"] for s in said] == ["denies"], doc["statements"]


def test_the_company_in_another_bodys_words_is_not_a_denial(extract):
    doc = extract(_SCOPES + "The Uganda Police Force said the company had no knowledge of the rifles.")
    assert not any(s["stance"] == "denies" for s in _holding(doc, "no knowledge")), doc["statements"]


# ------------------------------------------- 5. a justification or an alibi of the accused side denies
_CHECKPOINT = _KARUMA + "Soldiers of the Uganda People's Defence Forces shot dead three men at a checkpoint near " \
    "Tavira on Friday, witnesses said. "


@pytest.mark.parametrize("words", [
    'The commander of the checkpoint, Colonel Peter Okello Mugisha, told reporters that the unit "acted within the '
    'rules of engagement".',
    "The Uganda People's Defence Forces said in a statement that the men had fired first.",
    "The Uganda People's Defence Forces said its soldiers had acted in accordance with the law.",
])
def test_a_justification_of_the_killing_denies(extract, words):
    doc = extract(_CHECKPOINT + words)
    said = _holding(doc, words[-15:])
    assert [s["stance"] for s in said] == ["denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    'The Red Hill Front\'s spokesman, John Ocen Lakwo, said the group\'s fighters "were nowhere near" Lira.',
    "A Red Hill Front commander, John Ocen Lakwo, said the group's fighters were nowhere near Lira and accused the "
    "army of staging the attack.",
])
def test_an_alibi_of_the_accused_group_denies(extract, words):
    doc = extract(_KARUMA + "Gunmen of the Red Hill Front killed 14 villagers in Lira on Saturday, residents said. "
                  + words)
    assert [s["stance"] for s in _holding(doc, "nowhere near")] == ["denies"], doc["statements"]


@pytest.mark.parametrize("words", [
    "The Karuma Human Rights Centre said the soldiers had fired first and had not acted within the rules of "
    "engagement.",
    "Grace Akello Nabwire, a researcher at the Karuma Human Rights Centre, said soldiers fired first, without any "
    "warning.",
])
def test_an_accusation_that_soldiers_fired_first_is_no_denial(extract, words):
    doc = extract(_CHECKPOINT + words)
    assert [s["stance"] for s in _holding(doc, "fired first")] == ["asserts"], doc["statements"]


# ------------------------------------------- 6. a party that tells its own part and its ignorance denies
_LORRY = _KARUMA + "Customs officers seized 40 rifles bound for the Red Hill Front in a lorry at the Malaba border " \
    "post on Friday. The driver, Peter Okello Mugisha, was arrested. "


@pytest.mark.parametrize("words", [
    "Through his lawyer, Mr Mugisha said he had been hired in Kampala to carry maize and did not know what was in "
    "the lorry.",
    "Mr Mugisha told reporters he had loaded the lorry himself and did not know who owned the crates.",
    "In a statement, Mr Mugisha said he had been paid to carry maize and did not know the rifles were in the lorry.",
])
def test_a_party_telling_its_own_part_and_its_ignorance_denies(extract, words):
    doc = extract(_LORRY + words)
    assert [s["stance"] for s in _holding(doc, words[-20:])] == ["denies"], doc["statements"]


def test_an_inquirers_ignorance_after_its_own_step_is_no_denial(extract):
    doc = extract(_LORRY + "The Uganda Revenue Authority said it had x-rayed the lorry at Malaba and did not know who "
                  "had loaded the rifles.")
    assert [s["stance"] for s in _holding(doc, "x-rayed")] == ["asserts"], doc["statements"]


# ------------------------------------------- 7. "<noun>, <a name no entity gives>, said": never the noun's body
_OKOT = _KARUMA + "Soldiers of the Uganda People's Defence Forces shot dead Peter Akello Okot near Tavira on Friday. "


@pytest.mark.parametrize("words", [
    "His mother, Rosa Okot Nabirye, told us he had gone out to fetch water.",
    "A cousin, Grace Okot Atim, told reporters he had gone out to fetch water.",
])
def test_a_speaker_named_by_a_name_only_partly_matched_is_no_one_else(extract, words):
    doc = extract(_OKOT + words)
    # not the man killed (whose surname the name shares), nor the army his possessive or the parse fell back to
    assert not _holding(doc, "fetch water"), doc["statements"]


@pytest.mark.parametrize("words, speaker", [
    ("The army's spokesman, Major Samuel Okot Odongo, said the man was a rebel courier.", "samuel-okot-odongo"),
    ("His mother, Rosa Akello Nabirye, told us he had gone out to fetch water.", "rosa-akello-nabirye"),
    ("Norway's Minister of Justice, Emilie Strand-Lavoie, said on Tuesday that the man was unarmed.",
     "emilie-strand-lavoie"),
])
def test_a_speaker_named_in_apposition_still_speaks(extract, words, speaker):
    doc = extract(_OKOT + words)
    assert {s["speaker"] for s in _holding(doc, words[-20:])} == {speaker}, doc["statements"]


# ------------------------------------------- 8. "The Minister for X, Name, said": the name the parser hangs on X
@pytest.mark.parametrize("words, speaker", [
    ('The Minister for International Development Cooperation, Erik Lindqvist, said Norway "fully supports" that '
     "action and welcomed Kenya's own decision in May to list the group.", "erik-lindqvist"),  # never Norway
    ('The Minister for International Trade and Industry, Erik Lindqvist, said Norway "fully supports" that action.',
     "erik-lindqvist"),
    ("The Minister of State for Africa, Helen Marsh-Obi, said the United Kingdom welcomed the listing.",
     "helen-marsh-obi"),
    ("The Secretary of State for Foreign Affairs, Johan Berg Dahl, told reporters that Sweden would freeze the "
     "group's assets.", "johan-berg-dahl"),
])
def test_the_name_after_a_capitalised_post_speaks(extract, words, speaker):
    doc = extract(_LISTED + words)
    assert {s["speaker"] for s in _holding(doc, words[-20:])} == {speaker}, doc["statements"]


# ------------------------------------------- 9. a body taking back what it held denies it
_DELISTED = _KARUMA + "Norway froze the assets of the Red Hill Front and of its financier, Peter Okello Mugisha, in " \
    "2024. "


@pytest.mark.parametrize("words", [
    "On Monday Norway removed Mr Mugisha from its list; the Ministry of Foreign Affairs of Norway said it no longer "
    "had grounds to believe he was involved with the group.",
    "The Norwegian Ministry of Foreign Affairs said it no longer considers Mr Mugisha a member of the group.",
    "The Norwegian Ministry of Foreign Affairs said it no longer believes Mr Mugisha finances the group.",
])
def test_a_retraction_denies_what_was_held(extract, words):
    doc = extract(_DELISTED + words)
    said = _holding(doc, words[-20:])
    assert [s["stance"] for s in said] == ["denies"], doc["statements"]
    assert not any("sanctions" in r for s in said for r in s["regarding"]), said  # never the delisting itself


def test_the_retraction_is_about_the_delisted_persons_post(extract):
    doc = extract(_DELISTED + "On Monday Norway removed Mr Mugisha from its list; the Ministry of Foreign Affairs of "
                  "Norway said it no longer had grounds to believe he was involved with the group.")
    assert [s["regarding"] for s in _holding(doc, "no longer")] == [["peter-okello-mugisha-financier"]]


def test_something_that_no_longer_holds_is_no_retraction(extract):
    doc = extract(_DELISTED + "The Norwegian Ministry of Foreign Affairs said Mr Mugisha no longer lives in Kampala.")
    assert [s["stance"] for s in _holding(doc, "no longer")] == ["asserts"], doc["statements"]


# ------------------------------------------- 10. "according to the <place> desk of <body>": the body
_FIGHTERS = _KARUMA + "The Red Hill Front has about 400 fighters. "


@pytest.mark.parametrize("words, speaker", [
    ("The group is commanded by Paul Ocen Lakwo, according to the Kenya desk of the Ministry of Foreign Affairs of "
     "Norway.", "ministry-of-foreign-affairs-of-norway"),
    ("According to the Uganda section of the Norwegian Ministry of Foreign Affairs, the group is commanded by Paul "
     "Ocen Lakwo.", "norwegian-ministry-of-foreign-affairs"),
    ("The group is commanded by Paul Ocen Lakwo, according to the Great Lakes unit of the Norwegian Refugee Council.",
     "norwegian-refugee-council"),
    ("According to Kenya, the group is commanded by Paul Ocen Lakwo.", "kenya"),  # a state named alone still speaks
])
def test_a_section_named_after_a_place_speaks_as_its_body(extract, words, speaker):
    doc = extract(_FIGHTERS + words)
    assert {s["speaker"] for s in _holding(doc, "Lakwo")} == {speaker}, doc["statements"]


# ------------------------------------------- (merge) taking over another's measures is a plan, no statement
@pytest.mark.parametrize("words", [
    "Canada said it would apply the European Union's sanctions next week.",
    "Canada's foreign ministry said the government intends to adopt the EU's new listings.",
    "Canada said it will implement the Security Council's designations without delay.",
])
def test_a_side_that_will_take_over_anothers_measures_makes_no_statement(extract, words):
    doc = extract(_LISTED + words)
    assert not _holding(doc, words[-20:-1]), doc["statements"]


def test_what_another_side_will_adopt_is_still_said(extract):
    words = "Canada said the Red Hill Front will adopt the movement's new rules."  # no measure, not the speaker's side
    doc = extract(_LISTED + words)
    assert _holding(doc, "will adopt"), doc["statements"]
