"""Statements, round 13 of issue #12: error classes seen on the twelfth
held-out set, each with new fictional sentences (not the documents' own) and
negative controls. A document dated Tuesday 2025-06-10; the knowledge base's
own entities plus every state."""

from __future__ import annotations

from .extract_cases import extract, stances as _stances  # noqa: F401 - extract is a fixture


def _one(doc, speaker):
    found = [s for s in doc["statements"] if s["speaker"] == speaker]
    assert len(found) == 1, doc["statements"]
    return found[0]


# ---------------------------------------------------------------- 1. the issuer's own narration is no statement
def test_the_issuing_body_announcing_its_own_seizure_is_no_statement(extract):
    doc = extract("Ostland Defence Force\nPress Office\n\nPatrol boat stops smugglers\n\n"
                  "The patrol vessel Marten stopped a fishing boat carrying rifles bound for the Red Hand Brigade "
                  "off the coast late on Saturday, the Ostland Defence Force announced today.")
    assert not [s for s in doc["statements"] if s["speaker"] == "ostland-defence-force"], doc["statements"]


def test_a_body_named_only_in_the_headline_still_speaks(extract):
    # control: a headline that names a body is no masthead of the body's own
    doc = extract("Ostland Defence Force stops smugglers\n\n"
                  "The patrol vessel Marten stopped a fishing boat carrying rifles bound for the Red Hand Brigade "
                  "off the coast late on Saturday, the Ostland Defence Force announced today.")
    assert [s for s in doc["statements"] if s["speaker"] == "ostland-defence-force"], doc["statements"]


# ---------------------------------------------------------------- 2. "we have no reason to doubt them" concurs
def test_no_reason_to_doubt_a_partner_concurs(extract):
    doc = extract('Cargo seized at the port of Valdor was bound for the Red Hand Brigade, police said. "This is a big '
                  'seizure," said Inspector Mara Lenz, the police spokeswoman. "Our partners tell us the guns were '
                  'headed for the Red Hand Brigade, and we have no reason to doubt them."')
    assert ("mara-lenz", "concurs") in _stances(doc), doc["statements"]


def test_every_reason_to_doubt_does_not_concur(extract):
    # control: doubt is no concurrence
    doc = extract('Cargo seized at the port of Valdor was bound for the Red Hand Brigade, police said. "This is a big '
                  'seizure," said Inspector Mara Lenz, the police spokeswoman. "Our partners tell us the guns were '
                  'headed for the Red Hand Brigade, and we have every reason to doubt them."')
    assert ("mara-lenz", "concurs") not in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 3. a named lawyer speaks for the client
def test_a_named_lawyer_speaks_on_behalf_of_the_client(extract):
    doc = extract("Kovar Trading shipped rifles to the Red Hand Brigade, the police said. Kovar Trading's lawyer, "
                  'Ilse Brandt, told the ministry in writing that the company "sold pumps, nothing more".')
    said = _one(doc, "ilse-brandt")
    assert (said["stance"], said.get("on_behalf_of"), said.get("role")) == ("denies", "kovar-trading", "lawyer"), said


def test_counsel_for_a_client_named_in_apposition_speaks(extract):
    doc = extract("Kovar Trading shipped rifles to the Red Hand Brigade, the police said. Counsel for Kovar Trading, "
                  'Ilse Brandt, said the company "sold pumps, nothing more".')
    assert _one(doc, "ilse-brandt").get("on_behalf_of") == "kovar-trading", doc["statements"]


def test_an_unnamed_lawyer_carries_the_client_s_words(extract):
    # control: no name in apposition: the client is the speaker
    doc = extract("Kovar Trading shipped rifles to the Red Hand Brigade, the police said. Kovar Trading's lawyer said "
                  'the company "sold pumps, nothing more".')
    assert ("kovar-trading", "denies") in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 4. "the same officers" speak for the body again
def test_the_same_officers_are_the_body_that_spoke_before(extract):
    doc = extract("Officers of the Royal Ostland Army say the Red Hand Brigade operates in Vessa province. "
                  "The same officers put its strength at between 200 and 300 fighters.")
    said = [s for s in doc["statements"] if s["speaker"] == "royal-ostland-army"]
    assert len(said) == 2, doc["statements"]


def test_other_officers_are_not_the_body_that_spoke_before(extract):
    # control: officers with no "same" are not taken for the earlier speaker
    doc = extract("Officers of the Royal Ostland Army say the Red Hand Brigade operates in Vessa province. "
                  "Some officers put its strength at between 200 and 300 fighters.")
    said = [s for s in doc["statements"] if s["speaker"] == "royal-ostland-army"]
    assert len(said) == 1, doc["statements"]


# ---------------------------------------------------------------- 5. a counter-claim coordinated with a denial asserts
_ATTACK = "In March the Red Hand Brigade attacked the market at Kessa, killing 12 civilians, officials said. "


def test_a_denial_and_a_claim_of_another_culprit_are_two_statements(extract):
    doc = extract(_ATTACK + "The brigade's spokesman, Omar Dalil, called the market killings \"a government lie\" on "
                  "a local radio station and claimed that Ostland soldiers had opened fire on the crowd.")
    assert {("omar-dalil", "denies"), ("omar-dalil", "asserts")} <= _stances(doc), doc["statements"]


def test_a_denial_and_a_plan_are_one_statement(extract):
    # control: a coordinated verb of saying that is no counter-claim adds no assertion
    doc = extract(_ATTACK + "The brigade's spokesman, Omar Dalil, called the market killings \"a government lie\" on "
                  "a local radio station and said the group would respond.")
    assert ("omar-dalil", "asserts") not in _stances(doc), doc["statements"]
