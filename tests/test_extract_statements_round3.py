"""Statements, round 3 of issue #12: the error classes seen on fresh documents,
each with new fictional sentences (not the documents' own): denials carried by
what is reported rather than by a verb of denial, the claim a denial or a
concurrence is about, speakers that are bodies, sentences that are no
statement, and one act of saying against two. A document dated Tuesday
2025-06-10; the knowledge base's own entities plus every state."""

from __future__ import annotations

import pytest

from kb.extract import evaluate_source

from .conftest import SEED_ID
from .extract_cases import extract, one, claims as _claims  # noqa: F401 - extract is a fixture

TRANSFER = "Kestrel Trading sold rifles to the Ravel Front. "


def _transfer(doc):
    return one(_claims(doc, "ArmsTransfer"), supplier="kestrel-trading", recipient="ravel-front")


# ---------------------------------------------------------------- 1. denials in what is reported
@pytest.mark.parametrize("denial", [
    "Kestrel Trading said in a statement that it had never traded in weapons.",
    "Kestrel Trading says it has no knowledge of how the rifles reached the group.",
    "Kestrel Trading said that it sells only tractors and spare parts.",
    "Kestrel Trading called the claims fabricated.",
    "Kestrel Trading dismissed the report as propaganda.",
    "Kestrel Trading said the accusations were baseless.",
])
def test_a_denial_carried_by_the_reported_words(extract, denial):
    doc = extract(TRANSFER + denial)
    statement = one(doc["statements"], speaker="kestrel-trading")
    assert statement["stance"] == "denies"
    assert statement["regarding"] == [_transfer(doc)["id"]]


def test_a_letter_is_a_written_statement_and_a_denial_without_a_claim_to_deny(extract):
    doc = extract("In a letter to the panel, Kestrel Trading said that it carries only grain and fertiliser "
                  "and has never traded in weapons.")
    statement = one(doc["statements"], speaker="kestrel-trading")
    assert statement["stance"] == "denies" and statement["channel"] == "written-statement"


@pytest.mark.parametrize("text", [
    TRANSFER + "The Treasury Department said it would not comment on the investigation.",
])
def test_an_inability_or_a_refusal_is_no_denial(extract, text):
    statement = one(extract(text)["statements"], speaker="treasury-department")
    assert statement["stance"] == "asserts"


def test_a_pledge_is_no_denial(extract):
    doc = extract(TRANSFER + '"We will not arm the Ravel Front," Kestrel Trading said in a statement.')
    assert one(doc["statements"], speaker="kestrel-trading")["stance"] == "asserts"


# ---------------------------------------------------------------- 2. what a denial is about
KILLING = "Ravel Front fighters killed twelve villagers in the village of Sorra. "


def test_a_denial_regards_the_claim_its_words_name(extract):
    doc = extract(TRANSFER + KILLING + "The Ravel Front has repeatedly denied attacking civilians.")
    statement = one(doc["statements"], speaker="ravel-front", stance="denies")
    transfer = _transfer(doc)
    assert statement["regarding"] and transfer["id"] not in statement["regarding"]
    events = {c["id"] for c in doc["claims"] if c["type"] in ("Atrocity", "Massacre", "Participation")}
    assert set(statement["regarding"]) <= events


def test_a_denial_of_receiving_weapons_regards_the_transfer_not_the_killing(extract):
    doc = extract(TRANSFER + KILLING + "The Ravel Front denied receiving any weapons from abroad.")
    statement = one(doc["statements"], speaker="ravel-front", stance="denies")
    assert statement["regarding"] == [_transfer(doc)["id"]]


def test_denying_the_accusations_is_not_about_the_sanctions(extract):
    doc = extract("Canada sanctioned Kestrel Trading. " + TRANSFER + "Kestrel Trading has denied the accusations.")
    statement = one(doc["statements"], speaker="kestrel-trading", stance="denies")
    assert statement["regarding"] == [_transfer(doc)["id"]]


def test_welcoming_the_sanctions_concurs_with_the_measure(extract):
    doc = extract("Japan sanctioned Kestrel Trading on Monday. Chad welcomed the sanctions.")
    measure = one(_claims(doc, "SanctionsMeasure"), authority="japan")
    statement = one(doc["statements"], speaker="chad")
    assert statement["stance"] == "concurs" and statement["regarding"] == [measure["id"]]


# ---------------------------------------------------------------- 3. speakers that are bodies
def test_the_army_is_the_state_forces_named_before_not_the_group(extract):
    doc = extract("Malian troops fought the Ravel Front near Gao. "
                  "The army puts the Ravel Front's strength at about 2,000 fighters.")
    speakers = [s["speaker"] for s in doc["statements"]]
    assert speakers and "ravel-front" not in speakers


def test_the_office_named_again_is_the_same_speaker(extract):
    doc = extract("The governor of Sorra Province said on Monday that Ravel Front fighters had burned two villages. "
                  "\"They came at night. Nobody was armed,\" the governor told reporters.")
    first = doc["statements"][0]
    assert len(doc["statements"]) == 2
    second = one(doc["statements"], quote="They came at night. Nobody was armed")
    assert second["speaker"] == first["speaker"] and second["channel"] == "press-briefing"


# ---------------------------------------------------------------- 4. no statement
@pytest.mark.parametrize("text", [
    "The Ravel Front has been under UN sanctions since 2024, when the Security Council added it to a sanctions list.",
    "The Ravel Front now operates in northern Chad and is estimated to have 1,000 fighters.",
    "Ravel Front fighters killed twelve villagers in Sorra after accusing them of spying for the army.",
    "Australia remains a donor to Chad and continues to call on all parties to protect civilians.",
])
def test_a_sanction_an_estimate_or_a_deed_is_no_statement(extract, text):
    assert extract(text)["statements"] == []


# ---------------------------------------------------------------- 5. one act of saying or two
def test_a_concurrence_and_a_later_quote_are_two_statements(extract):
    doc = extract("Japan sanctioned Kestrel Trading. Defence Minister Ilse Varga welcomed the sanctions. "
                  "\"The Ravel Front buys its rifles abroad. We have the receipts,\" she told reporters on Monday.")
    concurs = one(doc["statements"], speaker="ilse-varga", stance="concurs")
    said = one(doc["statements"], speaker="ilse-varga", stance="asserts")
    assert "quote" not in concurs
    assert said["quote"] == "The Ravel Front buys its rifles abroad. We have the receipts"
    assert said["date"] == "2025-06-09" and said["channel"] == "press-briefing"


def test_a_state_and_its_ministry_denying_in_turn_are_one_denial(extract):
    doc = extract(TRANSFER + "Chad rejected the accusations. Its foreign ministry called them \"lies and slander.\"")
    statement = one(doc["statements"], stance="denies")
    assert statement["speaker"] == "chad" and len(doc["statements"]) == 1


# ---------------------------------------------------------------- 6. a body and the person who speaks for it
@pytest.mark.parametrize("text", [
    # the body first, the spokeswoman's quote after it
    "Kestrel Trading sold rifles to the Ravel Front, the Treasury Department said on Monday. "
    "\"Kestrel Trading has been arming the Ravel Front for a year,\" Treasury spokeswoman Dana Holt told reporters.",
    # the spokeswoman first, the body's statement after it
    "Treasury spokeswoman Dana Holt said on Monday that Kestrel Trading had shipped drones to the Ravel Front. "
    "Kestrel Trading supplied the Ravel Front with drones, the Treasury Department said in a statement.",
])
def test_a_body_and_its_spokesperson_saying_the_same_are_one_statement(extract, text):
    doc = extract(text)
    statement = one(doc["statements"])
    assert statement["speaker"] == "dana-holt" and statement["on_behalf_of"] == "treasury-department"
    assert statement["regarding"] == [_transfer(doc)["id"]]
    assert len(statement["evidence"]) == 2 and statement["date"] == "2025-06-09"


def test_a_spokesman_elaborating_in_a_later_clause_takes_the_body_statement(extract):
    doc = extract("The State Department said Kestrel Trading delivered mortars to the Ravel Front. Kestrel Trading "
                  "was paid for the mortars it shipped to the Ravel Front, State Department spokesman Omar Fenn said.")
    statement = one(doc["statements"])
    assert statement["speaker"] == "omar-fenn" and statement["role"] == "spokesman"
    assert statement["evidence"][0] == "The State Department said Kestrel Trading delivered mortars to the Ravel Front."


@pytest.mark.parametrize("second", [
    # a person of another body
    "State Department spokesman Omar Fenn said on Monday that Kestrel Trading had sold rifles to the Ravel Front.",
    "Chad's foreign minister, Idriss Mahamat, said on Monday that Kestrel Trading had sold rifles to the Ravel Front.",
    # the body's own spokeswoman, but on another day: a second act of saying
    "Treasury spokeswoman Dana Holt said on Friday that Kestrel Trading had sold rifles to the Ravel Front.",
])
def test_a_body_and_a_person_not_speaking_for_it_that_day_stay_two_statements(extract, second):
    doc = extract("Kestrel Trading sold rifles to the Ravel Front, the Treasury Department said on Monday. " + second)
    assert len(doc["statements"]) == 2
    body = one(doc["statements"], speaker="treasury-department")
    assert body["regarding"] == [_transfer(doc)["id"]] and isinstance(body["evidence"], str)


# ---------------------------------------------------------------- 7. the seed
def test_the_seed_scores_precision_and_recall_one_on_every_row(project):
    """Issue #12 target: the seed keeps precision and recall 1.00 on its hand-written facts."""
    rows = evaluate_source(project, SEED_ID)
    scored = [r for r in rows if r.gold or r.extracted]
    assert any(r.name == "relations and statements" and r.gold >= 40 for r in scored)
    assert all(r.precision == 1.0 and r.recall == 1.0 for r in scored), \
        [(r.name, r.missed, r.spurious) for r in scored if r.missed or r.spurious]


# ---------------------------------------------------------------- 8. a second speaker in a later clause
def test_a_second_speaker_in_a_later_clause_speaks_about_its_own_clause(extract):
    doc = extract("Kestrel Trading sold rifles to the Ravel Front, Chad's foreign ministry said, "
                  "while Niger's defence ministry says Ravel Front fighters now operate in Sudan.")
    operation = one(_claims(doc, "Operation"), actor="ravel-front")
    first = one(doc["statements"], regarding=[_transfer(doc)["id"]])
    second = one(doc["statements"], regarding=[operation["id"]])
    assert first["speaker"] != second["speaker"]


def test_a_second_speaker_whose_clause_codes_nothing_gets_a_claim_of_its_words(extract):
    doc = extract("Kestrel Trading sold rifles to the Ravel Front, the Treasury Department said on Monday, "
                  "and Chad's foreign ministry says the Ravel Front has grown more cautious.")
    treasury = one(doc["statements"], speaker="treasury-department")
    assert treasury["regarding"] == [_transfer(doc)["id"]]
    other = [s for s in doc["statements"] if s is not treasury]
    assert len(other) == 1
    claim = one(_claims(doc, "Claim"), id=other[0]["regarding"][0])
    assert claim["says"] == "the Ravel Front has grown more cautious"


@pytest.mark.parametrize("text", [
    "Malian troops fought the Ravel Front near Gao. "
    "Kestrel Trading sold rifles to the Ravel Front, and military intelligence says the group now operates in Niger.",
    "Malian troops fought the Ravel Front near Gao. "
    "The Ravel Front operates in northern Mali, and army intelligence says it has set up camps in Niger.",
])
def test_army_intelligence_speaks_only_for_its_own_clause(extract, text):
    doc = extract(text)
    statement = one(doc["statements"])
    assert statement["speaker"] == "malian-armed-forces"
    about = [c for c in doc["claims"] if c["id"] in statement["regarding"]]
    assert about and all("Niger" in c.get("label", "") + c.get("says", "") for c in about)


# ---------------------------------------------------------------- 9. a denial by contrast
@pytest.mark.parametrize("denial", [
    'The Ravel Front said its fighters "fight soldiers, not fishermen" and accused the army of lying.',
    '"We shoot at soldiers, not at farmers," a Ravel Front spokesman said.',
    "The Ravel Front said it targets army posts and not villages.",
])
def test_a_contrast_of_the_speakers_own_deeds_denies_the_killing(extract, denial):
    doc = extract(KILLING + denial)
    statement = one(doc["statements"], speaker="ravel-front")
    assert statement["stance"] == "denies"
    participation = one(_claims(doc, "Participation"), actor="ravel-front")
    assert statement["regarding"] == [participation["id"]]


@pytest.mark.parametrize("text", [
    TRANSFER + "Kestrel Trading said it ships not only tractors but also trucks.",
    TRANSFER + "The Treasury Department said the rifles were shipped by sea, not by air.",
])
def test_not_only_and_a_contrast_in_someone_elses_deeds_are_no_denial(extract, text):
    assert all(s["stance"] == "asserts" for s in extract(text)["statements"])


def test_a_contrast_denies_an_arms_transfer(extract):
    doc = extract(TRANSFER + "Kestrel Trading said it ships tractors, not rifles.")
    statement = one(doc["statements"], speaker="kestrel-trading")
    assert statement["stance"] == "denies" and statement["regarding"] == [_transfer(doc)["id"]]


# ---------------------------------------------------------------- 10. an inquiry that failed
# Round 3 coded it the body's assertion; the coding manual settled in round 29 that it is no statement (it neither
# asserts, denies nor concurs).
@pytest.mark.parametrize("text", [
    "The UN Panel of Experts on Chad said that Kestrel Trading sold rifles to the Ravel Front. "
    "The Panel was unable to determine who had paid for the rifles.",
    TRANSFER + "The Treasury Department could not establish who had paid for the rifles the Ravel Front received.",
    TRANSFER + "The Treasury Department said it could not establish who paid for the rifles.",
])
def test_an_inquiry_that_failed_is_no_statement(extract, text):
    doc = extract(text)
    assert not [s for s in doc["statements"] if "paid for the rifles" in str(s["evidence"])], doc["statements"]


def test_the_experts_documenting_are_the_panels_words_and_failing_to_establish_none(extract):
    doc = extract("The UN Panel of Experts on Chad published its report on Monday. Kestrel Trading sold rifles to "
                  "the Ravel Front in May. The experts documented the delivery of 14 armoured trucks to the Ravel "
                  "Front in June. They could not establish who had sent the vehicles.")
    assert not [s for s in doc["statements"] if "could not establish" in str(s["evidence"])]
    documented = [s for s in doc["statements"] if "documented the delivery" in str(s["evidence"])]
    assert documented and {s["speaker"] for s in documented} == {"un-panel-of-experts-on-chad"}


def test_establishing_a_base_is_no_statement(extract):
    assert extract(TRANSFER + "The Ravel Front established a base in Niger.")["statements"] == []


# ---------------------------------------------------------------- 11. a press release's quote header
@pytest.mark.parametrize("header, paragraph", [
    ("Quotes attributable to the Minister for Foreign Affairs, Senator Anna Kowal:",
     '"The Ravel Front has used drones bought abroad to hunt families. We will not stand by."'),
    ("Foreign Secretary Anna Kowal said:",
     "Every drone Kestrel Trading sells ends up in the hands of the Ravel Front. Today its owners pay the price."),
])
def test_a_header_and_the_quote_paragraph_after_it_are_one_statement(extract, header, paragraph):
    doc = extract(f"Kestrel Trading sold drones to the Ravel Front in May.\n\n{header}\n\n{paragraph}\n\n"
                  "The ministry keeps a list of sanctioned firms.\n")
    statement = one(doc["statements"])
    assert statement["speaker"] == "anna-kowal" and statement["stance"] == "asserts"
    assert statement["quote"] == paragraph.strip('"')
    assert statement["evidence"][0] == header
    assert statement["regarding"] == [_transfer(doc)["id"]]
    assert not [c for c in _claims(doc, "Claim") if c["says"].startswith(header[:10])]


def test_a_colon_inside_a_paragraph_is_no_header(extract):
    doc = extract("Kestrel Trading sold drones to the Ravel Front, the Treasury Department said: it was paid in gold. "
                  "The ministry keeps a list of sanctioned firms.")
    assert all("quote" not in s for s in doc["statements"])


def test_quotes_attributable_covers_every_quoted_paragraph_after_it(extract):
    doc = extract("Kestrel Trading sold drones to the Ravel Front in May.\n\n"
                  "Quotes attributable to Defence Minister Anna Kowal:\n\n"
                  "\"The Ravel Front flies drones over our villages.\"\n\n\"We will press for a ceasefire.\"\n\n"
                  "The ministry keeps a list of sanctioned firms.\n")
    statement = one(doc["statements"])
    assert statement["quote"] == ["The Ravel Front flies drones over our villages.", "We will press for a ceasefire."]


# ---------------------------------------------------------------- round 3, heldout3 classes
@pytest.mark.parametrize("denial", [
    "Kestrel Trading said in a statement on Monday that it stopped all sales to the Ravel Front in 2023.",
    "Kestrel Trading says it ceased its deliveries to the group two years ago.",
    "The Ravel Front, in a broadcast on its radio station, called the accounts lies spread by its enemies.",
    "The Ravel Front, in a radio broadcast, called the reports fabrications invented by its enemies.",
])
def test_a_cessation_or_a_falsity_in_other_words_denies(extract, denial):
    doc = extract("Kestrel Trading sold rifles to the Ravel Front in 2025. " + denial)
    speaker = "kestrel-trading" if denial.startswith("Kestrel") else "ravel-front"
    statement = one(doc["statements"], speaker=speaker)
    assert statement["stance"] == "denies"
    assert statement["regarding"] == [_transfer(doc)["id"]]


@pytest.mark.parametrize("text, speaker", [
    ("Kestrel Trading said it stopped the lorries at the border.", "kestrel-trading"),  # no trade of its own
    ("The Treasury Department said Kestrel Trading stopped all sales to the group in March.", "treasury-department"),
    ("The Ravel Front called the reports accurate.", "ravel-front"),
])
def test_a_stop_by_someone_else_or_a_true_account_is_no_denial(extract, text, speaker):
    doc = extract("Kestrel Trading sold rifles to the Ravel Front in 2025. " + text)
    assert one(doc["statements"], speaker=speaker)["stance"] == "asserts"


def test_sharing_concerns_concurs_sharing_intelligence_does_not(extract):
    doc = extract(TRANSFER + "Poland said it shared Washington's concerns about Kestrel Trading.")
    assert one(doc["statements"], speaker="poland")["stance"] == "concurs"
    doc = extract(TRANSFER + "Poland said it shared the intelligence with its allies.")
    assert one(doc["statements"], speaker="poland")["stance"] == "asserts"


@pytest.mark.parametrize("paragraph, stance", [
    ("The attack killed four people. We share the assessment of the United States that Kestrel Trading "
     "armed the group.", "concurs"),
    ("We agree with the findings of the panel on Kestrel Trading.", "concurs"),
    ("We do not share the view that sanctions will help. The attack killed four people.", "asserts"),
])
def test_a_concurrence_inside_the_quote_after_a_header(extract, paragraph, stance):
    doc = extract(TRANSFER + "\n\nAt a press conference on Monday, Foreign Minister Anna Lind said:\n\n"
                  + paragraph + "\n")
    assert one(doc["statements"], speaker="anna-lind")["stance"] == stance


@pytest.mark.parametrize("text", [
    "The Ravel Front announced its dissolution in June 2024 and has not carried out an attack since.",
    "The Finance Ministry will publish the related notice today.",
    "Poland's customs service will strengthen patrols along the coast and asks fishermen to report unusual landings.",
])
def test_a_speakers_own_deed_or_plan_is_no_statement(extract, text):
    assert extract(text)["statements"] == []


def test_an_announcement_that_reports_a_claim_is_a_statement(extract):
    doc = extract("The Ravel Front announced that it had taken the town of Mavu.")
    assert one(doc["statements"], speaker="ravel-front")["stance"] == "asserts"


@pytest.mark.parametrize("quote, stance", [
    ("Four people died on that road. We share the assessment of the United States that Kestrel Trading armed "
     "the group, and we will act.", "concurs"),
    ("Four people died on that road. We do not share the view that more sanctions will help.", "asserts"),
])
def test_a_concurrence_later_in_a_quote_the_statement_opens(extract, quote, stance):
    doc = extract(TRANSFER + "\n\nAt a press conference on Monday, Foreign Minister Anna Lind said: \"" + quote + "\"\n")
    assert one(doc["statements"], speaker="anna-lind")["stance"] == stance


@pytest.mark.parametrize("text, body", [
    ("Poland's defence ministry said the group was growing. According to the ministry, the rifles were shipped by "
     "Kestrel Trading to the Ravel Front.", "poland-defence-ministry"),
    ("Poland's Public Prosecutor's Office says that the Ravel Front recruits in Mavu. The Ravel Front killed eight "
     "farmers near Mavu in February, the prosecutor's office says.", "public-prosecutor-office-of-poland"),
])
def test_a_body_named_again_by_a_common_noun_speaks(extract, text, body):
    doc = extract(text)
    statements = [s for s in doc["statements"] if s["speaker"] == body]
    assert len(statements) == 2
    assert any(c["type"] not in ("Claim",) for s in statements[1:] for c in doc["claims"] if c["id"] in s["regarding"])


def test_a_common_noun_that_names_no_earlier_body_speaks_for_none(extract):
    doc = extract("The Polish National Police said on Sunday that the Ravel Front fights in Mavu. "
                  "The Ravel Front killed eight farmers near Mavu in February, prosecutors say.")
    assert {s["speaker"] for s in doc["statements"]} == {"polish-national-police"}
    assert len(doc["statements"]) == 1


@pytest.mark.parametrize("lead, speaks", [
    ("Police estimate that it has at least 2,800 members.", True),   # a bare noun: the police the text names later
    ("The ministry estimates that it has at least 2,800 members.", False),  # no ministry named anywhere
])
def test_a_bare_body_noun_may_name_a_body_named_later(extract, lead, speaks):
    doc = extract("The Ravel Front operates in Mavu. " + lead + " The National Police said on Sunday that the "
                  "Ravel Front killed six people in Mavu.")
    estimate = one(_claims(doc, "Estimate"), of="ravel-front")
    about = [s for s in doc["statements"] if estimate["id"] in s["regarding"]]
    assert [s["speaker"] for s in about] == (["national-police"] if speaks else [])


@pytest.mark.parametrize("state, stance", [("Sweden", "concurs"), ("Norway", "asserts")])
def test_the_speakers_state_sharing_an_assessment_later_in_the_quote_concurs(extract, state, stance):
    doc = extract(TRANSFER + "\n\nAt a press conference on Monday, Swedish Foreign Minister Anna Lind said: \"Four "
                  f"people died on that road. {state} shares the assessment of the United States that Kestrel "
                  "Trading armed the group.\"\n")
    assert one(doc["statements"], speaker="anna-lind")["stance"] == stance


@pytest.mark.parametrize("clause, stance", [
    ("he had never signed out a rifle", "denies"),
    ("the rifles were sold by his commander", "asserts"),
])
def test_a_speaker_found_by_the_word_patterns_reports_a_clause_too(extract, clause, stance):
    doc = extract("Major Jan Kowal sold rifles to the Ravel Front in 2025. Kowal, who is in custody, told the "
                  f"Daily Star through his lawyer that {clause}.")
    assert one(doc["statements"], speaker="jan-kowal")["stance"] == stance


def test_a_request_to_report_is_no_statement_but_a_report_beside_it_is(extract):
    assert extract("The Treasury Department will strengthen its teams and asks banks to report suspicious "
                   "payments to its office.")["statements"] == []
    doc = extract("The Treasury Department asked banks to report suspicious payments, and said that the Ravel "
                  "Front had camps in Mavu.")
    assert one(doc["statements"], speaker="treasury-department")["stance"] == "asserts"


# ---------------------------------------------------------------- round 5: heldout4's statement classes
@pytest.mark.parametrize("words, stance", [
    ('In a post on its channel, Kestrel Trading called the accusation "a fairy tale invented by rivals."', "denies"),
    ("Kestrel Trading dismissed the story as a myth spread by its competitors.", "denies"),
    ('Kestrel Trading called the report "a detailed account of the trade."', "asserts"),  # no falsity word
])
def test_a_falsity_noun_set_beside_the_accusation_denies(extract, words, stance):
    doc = extract(TRANSFER + words)
    assert one(doc["statements"], speaker="kestrel-trading")["stance"] == stance


@pytest.mark.parametrize("tail, stance", [
    ('and called the villagers\' accounts "a smear against the institution".', "denies"),
    ("and called the villagers' accounts a hoax.", "denies"),
    ("and called the villagers' accounts detailed.", "asserts"),
])
def test_a_falsity_verb_joined_to_the_reported_clause_denies(extract, tail, stance):
    doc = extract("The Ravel Front killed six people in Mavu. In a communique, the Ministry of Defence said that "
                  "its patrols had reached Mavu on Sunday " + tail)
    assert one(doc["statements"], speaker="ministry-of-defence")["stance"] == stance


@pytest.mark.parametrize("words, stance", [
    ("The Government of Ghana said it had found no evidence of any such sales.", "denies"),
    ("The Government of Ghana said it had found no trace of the rifles.", "denies"),
    ("The Government of Ghana said it had found evidence of such sales.", "asserts"),
])
def test_finding_no_evidence_denies(extract, words, stance):
    doc = extract(TRANSFER + words)
    assert one(doc["statements"], speaker="ghana")["stance"] == stance


@pytest.mark.parametrize("words, speaks", [
    ("The Ghanaian government declared a state of emergency in two provinces on Friday.", False),
    ("Ghana declared a curfew in Mavu.", False),
    ("The Ghanaian government declared that the Ravel Front had camps in Mavu.", True),
])
def test_declaring_a_measure_is_no_statement(extract, words, speaks):
    doc = extract("The Ravel Front killed six people in Mavu. " + words)
    assert [s["speaker"] for s in doc["statements"]] == (["ghana"] if speaks else [])


@pytest.mark.parametrize("text", [
    "Fighters of the Black Reed Brigade killed 23 villagers in Lokori on Tuesday, local officials said. "
    "The group's leader, Amos Kiprop, has denied that his men were involved.",
    "Fighters of the Black Reed Brigade killed 23 villagers in Lokori on Tuesday, local officials said. "
    "Amos Kiprop, the commander of the Black Reed Brigade, denied that his men were involved.",
])
def test_a_denial_is_not_about_the_post_that_describes_its_speaker(extract, text):
    """A new user saw "The group's leader, X, has denied that his men were
    involved" regard X's leadership of the group (coded from the description),
    not the killings it denies."""
    doc = extract(text)
    denial = one(doc["statements"], speaker="amos-kiprop")
    assert denial["stance"] == "denies"
    kinds = {c["type"] for c in doc["claims"] if c["id"] in denial["regarding"]}
    assert kinds and kinds <= {"Atrocity", "Participation", "Estimate"}
