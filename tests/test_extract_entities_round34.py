"""Classes of new-entity errors from heldout36 (round 34, issue #12), each with
fictional sentences of its own and a negative control: an adverb or conjunction
that opens the sentence ("Yesterday", "Once") and that the NER takes with the
name after it."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _labels(doc):
    return {e["label"] for e in doc["entities"]}


# ---------------------------------------------------------------- 1. "Yesterday Varno Border Agency said": no "Yesterday"
@pytest.mark.parametrize("text,name,opener", [
    ("Yesterday Varno Border Agency said it would list the Corvana Brotherhood as a terrorist entity.",
     "Varno Border Agency", "Yesterday"),
    ("Once Tessaly Revenue Service lists the militia, banks must freeze its accounts.",
     "Tessaly Revenue Service", "Once"),
    ("Earlier Ostrava Maritime Authority detained the vessel at the port of Kelmar.",
     "Ostrava Maritime Authority", "Earlier"),
])
def test_a_clause_opener_is_no_part_of_a_name(extract, text, name, opener):
    labels = _labels(extract(text))
    assert not any(label.startswith(opener + " ") for label in labels), labels


def test_a_capitalised_first_word_of_a_name_stays(extract):
    # negative control: "Still" may open a name ("Still Waters"), so it is no clause opener
    labels = _labels(extract("Yesterday Still Waters Trading Company shipped the rifles to Kelmar, customs said."))
    assert any(label.startswith("Still Waters") for label in labels), labels


# ---------------------------------------------------------------- 2. "Varno County's Tessa": two places, not one
@pytest.mark.parametrize("text,owner", [
    ("Gunmen raided the settlement of Kolwa in Varno County's Tessa sub-county on Sunday.", "Varno County"),
    ("The herders fled from Lomut County's Sigor ward on Friday.", "Lomut County"),
    ("Troops were sent to Lusso Municipality's Pendra ward after the attack.", "Lusso Municipality"),
])
def test_a_region_owning_a_place_is_no_part_of_its_name(extract, text, owner):
    labels = _labels(extract(text))
    assert not any(label.startswith(owner + "'s") for label in labels), labels


def test_a_region_before_an_office_stays_a_region(extract):
    # negative control: "Varno County's commissioner": the region itself is still found
    labels = _labels(extract("Varno County's commissioner, Ilse Marten Kov, said eight herders had been shot dead."))
    assert "Varno County" in labels, labels


# ---------------------------------------------------------------- 3. "The Authority has also ordered": no new entity
@pytest.mark.parametrize("text,head", [
    ("Customs found rifles in the crates, the Varno Revenue Authority announced today. The Authority has also "
     "ordered that every container be scanned.", "Authority"),
    ("The Tessaly Mining Agency suspended the licence on Friday. The Agency said the firm had paid the militia.",
     "Agency"),
    ("The Ostrava Ports Board fined the owner. The Board also barred the vessel from Kelmar for a year.", "Board"),
])
def test_a_body_head_word_alone_is_no_new_entity(extract, text, head):
    labels = _labels(extract(text))
    assert head not in labels, labels


def test_the_body_named_in_full_stays(extract):
    # negative control: the full name the head word stands for is still proposed
    labels = _labels(extract("Customs found rifles in the crates, the Varno Revenue Authority announced today. "
                             "The Authority has also ordered that every container be scanned."))
    assert "Varno Revenue Authority" in labels, labels


def _types(doc):
    return {e["label"]: e["type"] for e in doc["entities"]}


# ---------------------------------------------------------------- 4. "the X (Y) Law of 2029": one law, whole
@pytest.mark.parametrize("text,law", [
    ("The Council of Ministers decided, under the Financial Sanctions (Targeted Designations) Law of 2029, to "
     "freeze all funds belonging to the Kolwa Front.", "Financial Sanctions (Targeted Designations) Law of 2029"),
    ("Varno froze the accounts of the Kolwa Front under the Maritime Security (Ports and Vessels) Act 2027, the "
     "ministry said.", "Maritime Security (Ports and Vessels) Act 2027"),
    ("Prosecutors charged the two brokers under the Arms Control (Brokering) Law of 2025 on Monday.",
     "Arms Control (Brokering) Law of 2025"),
])
def test_a_law_title_with_a_bracketed_part_is_one_law(extract, text, law):
    types = _types(extract(text))
    assert types.get(law) == "LegalInstrument", types


def test_a_centre_for_law_is_no_law(extract):
    # negative control: "Law" ends a body's name without a year after it
    types = _types(extract("The Varno Centre for Maritime Law said the Kolwa Front had seized the port of Kelmar."))
    assert "LegalInstrument" not in types.values(), types


# ---------------------------------------------------------------- 5. "its List of Blocked Persons": a register
@pytest.mark.parametrize("text,register", [
    ("On Friday the Varno Financial Intelligence Unit added Kelmar Fuels and its owner to its List of Blocked "
     "Persons.", "List of Blocked Persons"),
    ("The ministry put the Kolwa Front on its List of Terrorist Organisations on Monday.",
     "List of Terrorist Organisations"),
    ("Tessaly added the two brokers to the List of Designated Entities, the Treasury said.",
     "List of Designated Entities"),
])
def test_a_list_of_names_is_no_entity(extract, text, register):
    labels = _labels(extract(text))
    assert register not in labels, labels


def test_a_body_keeping_a_list_stays(extract):
    # negative control: the body that keeps the list is still proposed
    labels = _labels(extract("The ministry put the Kolwa Front on its List of Terrorist Organisations on Monday."))
    assert "Kolwa Front" in labels, labels
