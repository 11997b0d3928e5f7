"""Statements and sanctions measures, round 11 of issue #12: error classes seen
on the tenth held-out set, each with new fictional sentences (not the
documents' own) and negative controls. A document dated Tuesday 2025-06-10;
the knowledge base's own entities plus every state."""

from __future__ import annotations

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _measures(doc):
    return [c for c in doc["claims"] if c["type"] == "SanctionsMeasure"]


def _stances(doc):
    return {(s["speaker"], s["stance"]) for s in doc["statements"]}


def _by(doc):
    return {(m.get("authority"), frozenset(m.get("targets") or [])) for m in _measures(doc)}


# ---------------------------------------------------------------- 1. "the decision by X to impose" is X's
def test_the_decision_by_a_body_to_impose_names_the_authority(extract):
    doc = extract("The Foreign Minister, Odile Ferrand, has welcomed today's decision by the Council of the European "
                  "Union to impose restrictive measures on a militia in Ruritania. The Council listed the Karst "
                  "Liberation Army (KLA), an armed group. A logging firm, Verdant Pine Holdings Ltd, was listed under "
                  "the same acts.")
    assert ("council-of-the-european-union", frozenset({"verdant-pine-holdings-ltd"})) in _by(doc), _measures(doc)
    assert not any(m.get("authority") == "odile-ferrand" for m in _measures(doc)), _measures(doc)


def test_who_reached_agreement_to_list_is_still_the_authority(extract):
    # control: an agreement with no "by" is its subject's
    doc = extract("The Council of the European Union reached agreement to list the Karst Liberation Army under its sanctions regime.")
    assert any(m.get("authority") == "council-of-the-european-union" for m in _measures(doc)), _measures(doc)


# ---------------------------------------------------------------- 2. "together with its commander, Y"
def test_a_target_named_together_with_the_object(extract):
    doc = extract("The Council of the European Union listed the Karst Liberation Army (KLA), an armed group that "
                  "operates in the north, together with its commander, Bruno Valdemar Ostrik, under Council "
                  "Decision (CFSP) 2025/101.")
    targets = {t for m in _measures(doc) for t in m.get("targets") or []}
    assert {"karst-liberation-army", "bruno-valdemar-ostrik"} <= targets, _measures(doc)


def test_a_with_phrase_without_together_adds_no_target(extract):
    # control: "in coordination with" names a partner, not a target
    doc = extract("The Council of the European Union listed the Karst Liberation Army in coordination with the "
                  "Government of Canada.")
    targets = {t for m in _measures(doc) for t in m.get("targets") or []}
    assert "canada" not in targets, _measures(doc)


# ---------------------------------------------------------------- 3. coordinated authorities: one measure each
def test_two_authorities_that_designate_together_make_two_measures(extract):
    doc = extract("Australia and Japan designated the Karst Liberation Army as a terrorist organisation in May 2025.")
    assert {("australia", frozenset({"karst-liberation-army"})),
            ("japan", frozenset({"karst-liberation-army"}))} <= _by(doc), _measures(doc)


def test_one_authority_with_a_partner_named_elsewhere_makes_one_measure(extract):
    # control: the partner named outside the subject is no authority
    doc = extract("Australia designated the Karst Liberation Army in May 2025, after talks with Japan.")
    assert {m.get("authority") for m in _measures(doc)} == {"australia"}, _measures(doc)
