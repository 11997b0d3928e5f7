"""The gazetteer's matcher: the knowledge base's names are compiled once (and
kept for the next document of a batch); names added while a document is read
get a small matcher of their own. Both together find what one matcher over all
the names found: the longest name wins, a name whose entity was dropped matches
nothing, and a name given to another entity since follows it."""

from __future__ import annotations

from kb.extract.mentions import Entity, Gazetteer, ontology_for
from kb.extract.nlp import Sentence
from kb.project import Project

ROOT = Project.at(".")


def _gazetteer() -> Gazetteer:
    entities = {
        "treasury-department": Entity("treasury-department", "GovernmentBody", "Treasury Department",
                                      ["Treasury Department", "the Treasury"]),
        "kenya": Entity("kenya", "State", "Kenya", ["Kenya"]),
    }
    return Gazetteer(entities, {}, ontology_for(ROOT.ontology / "agkb.ttl"))


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in gaz.find(Sentence(0, 0, len(text), text))]


def test_names_added_after_construction_are_found_with_the_base_ones():
    gaz = _gazetteer()
    assert _found(gaz, "Kestrel Trading paid the Treasury Department.") == [("Treasury Department",
                                                                           "treasury-department")]
    gaz.entities["kestrel-trading"] = Entity("kestrel-trading", "Company", "Kestrel Trading", ["Kestrel Trading"],
                                             new=True)
    gaz.refresh()
    assert _found(gaz, "Kestrel Trading paid the Treasury Department.") == [
        ("Kestrel Trading", "kestrel-trading"), ("Treasury Department", "treasury-department")]


def test_an_added_longer_name_wins_over_a_base_name_inside_it():
    gaz = _gazetteer()
    gaz.entities["kenya-defence-forces"] = Entity("kenya-defence-forces", "StateArmedForces", "Kenya Defence Forces",
                                                  ["Kenya Defence Forces"], new=True)
    gaz.refresh()
    assert _found(gaz, "The Kenya Defence Forces said so.") == [("Kenya Defence Forces", "kenya-defence-forces")]


def test_a_dropped_entity_is_no_longer_found():
    gaz = _gazetteer()
    del gaz.entities["kenya"]
    gaz.refresh()
    assert _found(gaz, "Kenya said so.") == []


def test_rebase_makes_the_names_known_now_the_base_and_later_ones_small():
    # the lexicon's states and bodies come in at the start of every document: rebased, they are compiled
    # once per batch, and a document's own new entities alone make the small matcher
    gaz = _gazetteer()
    gaz.entities["tanvar"] = Entity("tanvar", "State", "Tanvar", ["Tanvar"], new=True)
    gaz.rebase()
    assert all(regex is None for regex in gaz._added_regexes)
    gaz.entities["kestrel-trading"] = Entity("kestrel-trading", "Company", "Kestrel Trading", ["Kestrel Trading"],
                                             new=True)
    gaz.refresh()
    assert _found(gaz, "Kestrel Trading sold Tanvar drones.") == [("Kestrel Trading", "kestrel-trading"),
                                                                  ("Tanvar", "tanvar")]
    assert gaz._added_regexes[0].pattern.count("|") == 0  # only the one name added since the rebase
