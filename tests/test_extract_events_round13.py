"""Classes of operation, killing and estimate errors from heldout12's misses
(round 13, issue #12), each with new fictional sentences of its own and a
negative control: "the group" in what another body's officers say is not that
body; state forces kept or deployed somewhere; "government troops" beside the
state's forces the sentence names; police officers of a named service."""

from __future__ import annotations

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _operations(doc) -> set:
    return {(c["actor"], loc) for c in claims(doc, "Operation") for loc in c["location"]}


def _sizes(doc) -> set:
    return {(c["of"], c["value"]) for c in claims(doc, "Estimate") if c["measure"] == "force-size"}


# ---------------------------------------------------------------- 1. "X say the group ...": not X
def test_the_group_in_what_another_bodys_officers_say(extract):
    doc = extract("The Kerio Front (KF) is led by Abel Loyan. Officers of the Tarvo Brigade say the group operates "
                  "in Baringo and Pokot counties. The same officers put its strength at between 200 and 300 fighters.")
    assert _operations(doc) == {("kerio-front", "baringo"), ("kerio-front", "pokot")}, _operations(doc)
    assert _sizes(doc) == {("kerio-front", 200)}, _sizes(doc)


def test_the_group_in_what_its_own_spokesman_says(extract):
    doc = extract("The Kerio Front (KF) is led by Abel Loyan. A spokesman for the Tarvo Brigade said the group "
                  "operates in Baringo.")
    assert _operations(doc) == {("tarvo-brigade", "baringo")}, _operations(doc)


# ---------------------------------------------------------------- 2. forces kept or deployed somewhere
def test_battalions_kept_deployed_in_a_place(extract):
    doc = extract("The Kenya Defence Forces (KDF) have kept two battalions deployed in Marsabit since April 2024.")
    assert _operations(doc) == {("kenya-defence-forces", "marsabit")}, _operations(doc)
    assert claims(doc, "Operation")[0]["date"] == "2024-04"


def test_a_company_keeps_trucks_parked_in_a_place(extract):
    doc = extract("Lodwar Haulage Ltd. has kept two trucks parked in Marsabit since April 2024.")
    assert not _operations(doc), _operations(doc)


def test_police_officers_of_a_named_service_deployed_to_a_place(extract):
    doc = extract("On the morning of 4 May, police officers of the Kenya Police Service (KPS) who had been deployed "
                  "to Turkana County since March opened fire on traders at a market outside Lokori.")
    assert _operations(doc) == {("kenya-police-service", "turkana-county")}, _operations(doc)


def test_police_officers_of_no_named_service(extract):
    doc = extract("Police officers who had been deployed to Turkana County since March opened fire on traders.")
    assert not _operations(doc), _operations(doc)


def test_government_troops_beside_the_forces_the_sentence_names(extract):
    doc = extract("He added that the Kenya Defence Forces have held the town of Moyale since May, and that "
                  "government troops have been deployed in the Marsabit Region since January.")
    assert ("kenya-defence-forces", "marsabit-region") in _operations(doc), _operations(doc)


def test_government_troops_where_no_forces_are_named(extract):
    doc = extract("Ruto said government troops have been deployed in the Marsabit Region since January.")
    assert not _operations(doc), _operations(doc)
