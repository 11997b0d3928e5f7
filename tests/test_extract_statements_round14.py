"""Statements and sanctions measures, round 14 of issue #12: error classes
seen on the thirteenth held-out set, each with new fictional sentences (not
the documents' own) and negative controls. A document dated Tuesday
2025-06-10; the knowledge base's own entities plus every state."""

from __future__ import annotations

from .extract_cases import extract, stances as _stances  # noqa: F401 - extract is a fixture


def _said_by(doc, speaker):
    return [s for s in doc["statements"] if s["speaker"] == speaker]


# ---------------------------------------------------------------- 1. a body's own step of procedure is no statement
def test_a_ministry_opening_an_inspection_makes_no_statement(extract):
    doc = extract("Kovar Trading sold rifles to the Red Hand Brigade, the police said. "
                  "Ostland's Ministry of Trade said it had opened an inspection of the firm's export permits.")
    assert not [s for s in doc["statements"] if "trade" in s["speaker"]], doc["statements"]


def test_a_ministry_examining_records_makes_no_statement(extract):
    doc = extract("Kovar Trading sold rifles to the Red Hand Brigade, the police said. "
                  "Ostland's Ministry of Trade has informed the police that it is examining the firm's records.")
    assert not [s for s in doc["statements"] if "trade" in s["speaker"]], doc["statements"]


def test_a_ministry_saying_what_it_found_still_speaks(extract):
    # control: a finding about a fact, not a step of procedure
    doc = extract("Kovar Trading sold rifles to the Red Hand Brigade, the police said. "
                  "Ostland's Ministry of Trade said it had never licensed the firm to export weapons.")
    assert [s for s in doc["statements"] if "trade" in s["speaker"]], doc["statements"]


# ---------------------------------------------------------------- 2. an inquiry that failed, about no claim coded
def test_a_panel_unable_to_identify_who_sent_nothing_coded_makes_no_statement(extract):
    doc = extract("UN Panel of Experts on Ostland\n\nThe experts examined crates of mortar bombs at Valdor. "
                  "The Panel has not been able to identify who packed the crates.")
    assert not [s for s in doc["statements"] if "packed" in str(s.get("evidence"))], doc["statements"]


def _measures(doc):
    return [c for c in doc["claims"] if c["type"] == "SanctionsMeasure"]


# ---------------------------------------------------------------- 3. measures named again in a compliance note
def test_the_actions_named_again_as_a_subject_are_no_new_measure(extract):
    doc = extract("On Monday, the Ostland Treasury designated the Red Hand Brigade under the Terrorism Order 2019. "
                  "The same day, the Valdor Ministry of Finance designated its leader, Piet Koral.\n\n"
                  "Compliance notes\n\n"
                  "The Ostland Treasury and Valdor Ministry of Finance actions freeze all assets of the Red Hand "
                  "Brigade and Piet Koral.")
    assert len(_measures(doc)) == 2, _measures(doc)


def test_actions_on_a_new_target_are_still_a_measure(extract):
    # control: a target no earlier measure names
    doc = extract("On Monday, the Ostland Treasury designated the Red Hand Brigade under the Terrorism Order 2019. "
                  "The Treasury's actions also freeze all assets of Kovar Trading.")
    assert any("kovar-trading" in (m.get("targets") or []) for m in _measures(doc)), _measures(doc)


# ---------------------------------------------------------------- 4. a national list with its authority in the masthead
def test_a_release_removing_a_name_from_the_national_list_is_the_issuers_lifting(extract):
    doc = extract("Ministry of Foreign Affairs of Ostland\nPress Release\n\nChanges to the national list\n\n"
                  "Kovar Trading was removed from the national list of terrorist entities on Monday after a review.")
    found = [(m.get("authority"), m.get("status")) for m in _measures(doc) if m.get("targets") == ["kovar-trading"]]
    assert found == [("ministry-of-foreign-affairs-of-ostland", "lifted")], _measures(doc)


def test_a_removal_in_a_news_report_gets_no_authority_from_the_outlet(extract):
    # control: a newspaper's masthead is no authority
    doc = extract("THE VALDOR COURIER\n\nNews\n\n"
                  "Kovar Trading was removed from the national list of terrorist entities on Monday after a review.")
    assert not _measures(doc), _measures(doc)


# ---------------------------------------------------------------- 5. "sold only X": a restriction the parse hangs on a verb
_SOLD = ("The Treasury said that Kovar Trading shipped machine guns and sniper rifles to the Red Hand Brigade in 2024. "
         "Kovar Trading's lawyer in Valdor, Ilse Brandt, told us that the company had sold {} hunting rifles and spare "
         "parts to licensed dealers in Ostburg.")


def test_a_lawyer_saying_the_client_sold_only_hunting_rifles_denies_the_transfer(extract):
    doc = extract(_SOLD.format("only"))
    assert any(s["stance"] == "denies" and any("arms-transfer" in r for r in s["regarding"])
               for s in doc["statements"]), doc["statements"]


def test_sold_hunting_rifles_without_only_is_no_denial(extract):
    # control: no restriction, no denial
    doc = extract(_SOLD.format("some"))
    assert not [s for s in doc["statements"] if s["stance"] == "denies"], doc["statements"]


# ---------------------------------------------------------------- 6. rejecting the denial just reported asserts
_REJECT = ("Gunmen shot dead five farm workers at the Finca Alta estate near Valdor on Sunday, police said. "
           "The Red Hand Brigade denied that its fighters had been at Finca Alta. "
           "The owner of the estate, Piet Koral, {}")


def test_an_owner_rejecting_that_denial_asserts(extract):
    doc = extract(_REJECT.format("rejected that."))
    assert [s for s in doc["statements"] if s["speaker"] == "piet-koral" and s["stance"] == "asserts"], \
        doc["statements"]


def test_an_owner_rejecting_the_accusation_still_denies(extract):
    # control: the object is the accusation, not the denial just reported
    doc = extract(_REJECT.format("rejected the accusation that his guards had fired first."))
    assert not [s for s in doc["statements"] if s["speaker"] == "piet-koral" and s["stance"] == "asserts"], \
        doc["statements"]


def test_rejecting_that_claim_after_a_denial_that_accuses_still_denies(extract):
    # control: "that claim" may be the accusation the denial carried ("said they were killed by the army")
    doc = extract("Gunmen shot dead five farm workers at the Finca Alta estate near Valdor on Sunday, police said. "
                  'The Red Hand Brigade denied the killings and said the workers had been "killed by the army". '
                  "The Ostland Army rejected that claim.")
    assert not [s for s in doc["statements"] if s["speaker"] == "ostland-army" and s["stance"] == "asserts"], \
        doc["statements"]


# ---------------------------------------------------------------- 7. a plan to seek a review is no statement
_PLAN = ("On Monday, the Ostland Treasury designated Piet Koral for funding the Red Hand Brigade. "
         "Koral said {}")


def test_saying_he_would_apply_for_a_review_is_no_statement(extract):
    doc = extract(_PLAN.format("he would apply to the Treasury for a review."))
    assert not [s for s in doc["statements"] if "review" in str(s.get("evidence"))], doc["statements"]


def test_saying_he_never_funded_the_group_still_denies(extract):
    # control: no modal, and a denial of his own dealings
    doc = extract(_PLAN.format("he had never funded the Red Hand Brigade."))
    assert [s for s in doc["statements"] if s["stance"] == "denies"], doc["statements"]


# ---------------------------------------------------------------- 8. a measure's reason clause is no act of saying
def test_a_delisting_after_the_company_showed_something_is_no_statement_by_it(extract):
    doc = extract("On Monday the Ostland Treasury removed Kovar Trading from its sanctions list, after the company "
                  "showed that it had stopped shipping cargo for the Red Hand Brigade.")
    assert not [s for s in doc["statements"] if s["speaker"] == "kovar-trading"], doc["statements"]


def test_the_company_showing_something_in_a_sentence_of_its_own_still_speaks(extract):
    # control: no measure in the sentence
    doc = extract("Kovar Trading shipped rifles to the Red Hand Brigade, the police said. Later the company showed "
                  "that it had stopped shipping cargo for the Red Hand Brigade.")
    assert [s for s in doc["statements"] if s["speaker"] == "kovar-trading"], doc["statements"]
