"""Round 27, trade: an armed group's name opening with the construct form "Katibat" ("Katibat Nujum X") is an
armed group's name like "Katiba X", so its designation, its commander and its arms reach it."""

from __future__ import annotations

from .extract_cases import claims, controls, entity, extract, measures  # noqa: F401 - extract is a fixture


def _targets(doc) -> list:
    return [set(m.get("targets") or []) for m in measures(doc)]


# ---------------------------------------------------------------- 1. "Katibat X" is an armed group's name
def test_a_name_opening_with_katibat_is_an_armed_group(extract):
    for text, ident in (
            ("On 3 May, OFAC designated the Katibat Suqur al-Wadi (KSW) and its commander, Omar Idris "
             "al-Tarhuni, pursuant to Executive Order 13726.", "katibat-suqur-al-wadi"),
            ("The Katibat Nujum al-Marj has controlled the town of Qasr Belgrad since March 2027.",
             "katibat-nujum-al-marj"),
            ("According to the Panel, the Katibat Shuhada Tawergha received armed drones from a Benghazi-based "
             "company in 2028.", "katibat-shuhada-tawergha")):
        doc = extract(text)
        assert entity(doc, ident)["type"] == "ArmedGroup", text
    doc = extract("On 3 May, OFAC designated the Katibat Suqur al-Wadi (KSW) and its commander, Omar Idris "
                  "al-Tarhuni, pursuant to Executive Order 13726.")
    assert any({"katibat-suqur-al-wadi", "omar-idris-al-tarhuni"} <= t for t in _targets(doc)), _targets(doc)
    assert ("omar-idris-al-tarhuni", "katibat-suqur-al-wadi") in controls(doc)


def test_a_place_named_after_a_word_like_katibat_stays_a_place(extract):
    # negative control: a town whose name only resembles the word is still a place
    doc = extract("Fighting was reported near Katiya al-Wadi on Sunday, local officials said.")
    assert all(e["type"] != "ArmedGroup" for e in doc["entities"]), [(e["id"], e["type"]) for e in doc["entities"]]
