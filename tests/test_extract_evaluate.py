"""Evaluation of extracted candidates (issue #12, section 6): rows per relation
type and for statements, and new entities matched by name and compatible class,
actor sets by member_of and count, with matched ids read as the gold ids."""

from __future__ import annotations

from kb.extract.evaluate import ENTITIES, TOTAL, evaluate, match_entities

PARENTS = {"Company": "Organisation", "ArmedGroup": "Organisation", "Organisation": "Actor",
           "Settlement": "Place", "Region": "Place"}


def is_a(cls, ancestor):
    while cls:
        if cls == ancestor:
            return True
        cls = PARENTS.get(cls)
    return False


def _row(rows, name):
    return next(r for r in rows if r.name == name)


def test_entities_match_by_label_alias_and_compatible_class():
    wanted = [{"id": "corvid-maritime-sa", "type": "Company", "label": "Corvid Maritime S.A.",
               "aliases": ["Corvid Maritime"]},
              {"id": "pan-akot", "type": "Settlement", "label": "Pan Akot"},
              {"id": "jab", "type": "ArmedGroup", "label": "Jebel Amara Brigades"}]
    proposed = [{"id": "corvid-maritime", "type": "Organisation", "label": "Corvid Maritime"},
                {"id": "pan-akot", "type": "Region", "label": "Pan Akot"},
                {"id": "jebel-amara-brigades", "type": "Company", "label": "Jebel Amara Brigades"},
                {"id": "chad", "type": "State", "label": "Chad"}]
    row, rename = match_entities(proposed, wanted, is_a, frozenset({"chad"}))
    assert (row.gold, row.extracted, row.matched_gold) == (3, 3, 2)  # Chad is known; a company is no armed group
    assert rename == {"corvid-maritime": "corvid-maritime-sa", "pan-akot": "pan-akot"}
    assert row.missed == ["jab"] and row.spurious == ["jebel-amara-brigades"]


def test_actor_sets_match_by_member_and_count_and_relations_follow_renamed_ids():
    gold = {"entities": [{"id": "kestrel-trading", "type": "Company", "label": "Kestrel Trading"},
                         {"id": "six-kestrel-executives", "type": "ActorSet", "label": "six executives",
                          "count": 6, "member_of": "kestrel-trading"}],
            "claims": [{"id": "m", "type": "SanctionsMeasure", "authority": "japan",
                        "targets": ["six-kestrel-executives"], "status": "imposed"}],
            "statements": []}
    found = {"entities": [{"id": "kestrel-trading-ltd", "type": "Company", "label": "Kestrel Trading Ltd.",
                           "aliases": ["Kestrel Trading"]},
                          {"id": "six-executives-of-kestrel-trading", "type": "ActorSet",
                           "label": "Six executives of Kestrel Trading", "count": 6,
                           "member_of": "kestrel-trading-ltd"}],
             "claims": [{"id": "x", "type": "SanctionsMeasure", "authority": "japan",
                         "targets": ["six-executives-of-kestrel-trading"], "status": "imposed"}],
             "statements": []}
    rows = evaluate(found, gold, "", is_a)
    assert _row(rows, ENTITIES).recall == 1.0 and _row(rows, ENTITIES).precision == 1.0
    assert _row(rows, "sanctions").recall == 1.0 and _row(rows, TOTAL).precision == 1.0
    found["entities"][1]["count"] = 5
    rows = evaluate(found, gold, "", is_a)
    assert _row(rows, ENTITIES).missed == ["six-kestrel-executives"]
    assert _row(rows, "sanctions").recall == 0.0


def test_statements_are_scored_with_their_evidence():
    text = "Kestrel Trading sold rifles to the Ravel Front, Japan said. Niger denied it."
    gold = {"claims": [], "statements": [
        {"id": "a", "speaker": "japan", "stance": "asserts", "evidence": "Japan said."},
        {"id": "b", "speaker": "niger", "stance": "denies", "evidence": "Niger denied it."}]}
    found = {"claims": [], "statements": [
        {"id": "x", "speaker": "japan", "stance": "asserts", "evidence_at": [0, 58]},
        {"id": "y", "speaker": "niger", "stance": "asserts", "evidence_at": [59, 75]}]}
    rows = evaluate(found, gold, text, is_a)
    statement = _row(rows, "statement")
    assert (statement.matched_gold, statement.missed, statement.spurious) == (1, ["b"], ["y"])
    assert _row(rows, "denial").recall == 0.0
    assert "entities" not in gold and _row(rows, ENTITIES).gold == 0 and _row(rows, ENTITIES).extracted == 0
