"""Statements, round 33 of issue #12: classes of wrong or missed statements
seen on heldout35, each with new fictional sentences (not the documents'
own), in several wordings, and negative controls."""

from __future__ import annotations

import pytest

from .extract_cases import extract, holding as _holding  # noqa: F401 - extract is a fixture

_RAID = ("HALDEN, May 2 (Wire) - Gunmen killed nine traders at a market in Varno on Sunday. Police said the Kessel "
         "Brigade, an armed group led by Jon Marsk, had carried out the raid. ")


# ------------------------------------------- 1. "said he accepted the police finding that ...": concurs
@pytest.mark.parametrize("words", [
    "The Governor of Varno, Emil Dorsk, said on Monday that he accepted the police finding that the Kessel Brigade "
    "had carried out the raid.",
    "Emil Dorsk, the mayor of Varno, said he accepts the army assessment that the Kessel Brigade was responsible.",
    "Emil Dorsk, the mayor of Varno, told reporters that he accepted the court finding on the raid.",
])
def test_accepting_a_bodys_finding_concurs(extract, words):
    doc = extract(_RAID + words)
    assert any(s["speaker"] == "emil-dorsk" and s["stance"] == "concurs" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_not_accepting_a_finding_is_no_concurrence(extract):
    # control: a refusal to accept the finding does not concur
    words = "Emil Dorsk, the mayor of Varno, said he did not accept the police finding that the Kessel Brigade did it."
    doc = extract(_RAID + words)
    assert not any(s["stance"] == "concurs" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 2. "the crowd, and not his members, had killed": blame moved off one's own
@pytest.mark.parametrize("words", [
    "The Kessel Brigade's leader, Jon Marsk, insisted to reporters that the crowd, and not his members, had killed "
    "the traders.",
    "Jon Marsk, the leader of the Kessel Brigade, said that soldiers, not his fighters, had opened fire in Varno.",
    "Jon Marsk, the leader of the Kessel Brigade, told the radio that bandits, but not its men, attacked the market.",
])
def test_blame_moved_off_ones_own_people_denies(extract, words):
    doc = extract(_RAID + words)
    assert any(s["speaker"] == "jon-marsk" and s["stance"] == "denies" for s in _holding(doc, words[:20])), \
        doc["statements"]


def test_a_plain_account_of_others_is_no_denial(extract):
    # control: naming who killed, without taking it off one's own people, only asserts
    words = "Jon Marsk, the leader of the Kessel Brigade, said that soldiers had opened fire in Varno."
    doc = extract(_RAID + words)
    assert not any(s["stance"] == "denies" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 3. "a person claiming to speak for X, who gave his name as Y, rejected": Y
@pytest.mark.parametrize("words", [
    "A man claiming to speak for the Kessel Brigade, who gave his name as Jean-Paul Mivara Koss, rejected the accusation in a "
    "message to reporters.",
    "A caller claiming to represent the Kessel Brigade, who identified himself as Jean-Paul Mivara Koss, denied the charge.",
    "A person claiming to speak for the Kessel Brigade, who gave his name as Jean-Paul Mivara Koss, told the radio that the "
    "group had never been to Varno.",
])
def test_a_proxy_who_names_himself_speaks(extract, words):
    doc = extract(_RAID + words)
    held = _holding(doc, words[:20])
    assert any(s["speaker"] == "jean-paul-mivara-koss" for s in held), doc["statements"]
    assert not any(s["speaker"] == "kessel-brigade" for s in held), doc["statements"]


def test_a_proxy_who_names_no_one_speaks_for_the_group(extract):
    # control: without a name of his own the man speaks for the group he claims
    words = "A man claiming to speak for the Kessel Brigade denied the accusation in a message to reporters."
    doc = extract(_RAID + words)
    assert not any(s["speaker"] == "jean-paul-mivara-koss" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 4. "X, whose managing director, Y, told ...": Y speaks
_FIRM = _RAID + "Monitors said rifles used in the raid came from a truck of a haulier in Varno. "


@pytest.mark.parametrize("words", [
    "The truck belongs to a Varno haulier, Osterhag Logistik SPRL, whose managing director, Jean-Paul Mivara Koss, "
    "told customs officers by telephone that his company \"carries grain, not guns\" and had lent the vehicle to a "
    "subcontractor.",
    "The truck belongs to Osterhag Logistik GmbH, whose owner, Jean-Paul Mivara Koss, said the firm had never "
    "carried weapons.",
    "The truck was hired from Osterhag Logistik GmbH, whose chief executive, Jean-Paul Mivara Koss, denied any "
    "knowledge of the rifles.",
])
def test_the_person_of_a_whose_clause_speaks(extract, words):
    doc = extract(_FIRM + words)
    held = _holding(doc, words[:20])
    assert any(s["speaker"] == "jean-paul-mivara-koss" for s in held), doc["statements"]
    assert not any(s["speaker"].startswith("osterhag-logistik") for s in held), doc["statements"]


def test_a_body_speaking_with_a_whose_clause_of_its_own_still_speaks(extract):
    # control: the body is the subject and the "whose" clause only describes it
    words = "Osterhag Logistik GmbH, whose trucks cross the border daily, said it had never carried weapons."
    doc = extract(_FIRM + words)
    assert not any(s["speaker"] == "jean-paul-mivara-koss" for s in _holding(doc, words[:20])), doc["statements"]


# ------------------------------------------- 5. "removed X from the list after he showed that ...": the measure's reason
# (the engine drops it when the measure is coded; measure_reason reads the parse when the measure went uncoded)
def _reason_verb(text):
    from kb.extract.nlp import load
    doc = load()(text)
    return next(t for t in doc if t.dep_ == "advcl" and t.lemma_ in ("show", "prove", "say", "demonstrate"))


@pytest.mark.parametrize("words", [
    "OFAC also removed a cattle trader, Hernan Cedeira, from the Specially Designated Nationals List on Thursday, "
    "after he showed that he had severed his ties with the gang.",
    "The Council took the trader off its sanctions list once he proved that he had left the group.",
    "The ministry delisted the firm on Friday after it showed that it had stopped trading with the gang.",
])
def test_a_measures_reason_is_no_statement(words):
    from kb.extract.speaking import measure_reason
    assert measure_reason(_reason_verb(words))


@pytest.mark.parametrize("words", [
    "The army removed its checkpoints after the governor showed that the gunmen had left.",
    "The army lifted the curfew after the governor said that the gunmen had left.",
])
def test_a_reason_clause_under_another_deed_is_no_measures_reason(words):
    # control: lifting a curfew or removing checkpoints is no sanctions measure
    from kb.extract.speaking import measure_reason
    assert not measure_reason(_reason_verb(words))
