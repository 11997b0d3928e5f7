"""Round 27, entities: a district (cercle, territory, sub-prefecture, arrondissement) named after its chief town and
that town, when a cue makes a bare mention a town ("the town of X", "X town", "12 km east of X", "officials in X"),
are two places, the region "X <noun>" and the settlement X; without such a cue they stay one."""

from __future__ import annotations

from .extract_cases import extract  # noqa: F401 - extract is a fixture

LEAD = "Police seized rifles in Varnel. "  # a first sentence: the name is never the document's first words


def _types(doc) -> dict:
    return {e["label"]: e["type"] for e in doc["entities"] if not e.get("assumed_known")}


def _names(doc) -> dict:
    return {n.casefold(): e["type"] for e in doc["entities"] if not e.get("assumed_known")
            for n in [e["label"]] + list(e.get("aliases") or [])}


# ---------------------------------------------------------------- 1. a district and its chief town
def test_a_district_and_the_town_it_is_named_after_are_two_places(extract):
    for text, town, region in (
            ("The Tessalit Defence Front operates in the Dorvane and Mirasso cercles. Gunmen attacked a market near the "
             "town of Dorvane on Sunday, local officials said.", "Dorvane", "Dorvane cercle"),
            ("The Kombay Brigade operates in the Selveka, Talun and Borgo districts. On 3 May its fighters shelled the "
             "livestock market in Selveka town, killing eleven people.", "Selveka", "Selveka district"),
            ("The Ravel Militia has been active in the Ombasso and Kiteri territories since 2026. On 4 June it burned "
             "a camp near Lusenda, 15 km east of Ombasso, the United Nations said.", "Ombasso", "Ombasso territory"),
            ("The Union of Free Herders is active in the Ngalo and Birnao sub-prefectures. Local authorities in Ngalo "
             "said 12 people had been killed.", "Ngalo", "Ngalo sub-prefecture")):
        doc = extract(LEAD + text)
        types, names = _types(doc), _names(doc)
        assert types.get(town) == "Settlement", (text, types)
        assert names.get(region.casefold()) == "Region", (text, types)
        assert region.casefold() not in {n.casefold() for e in doc["entities"] if e["label"] == town
                                         for n in e.get("aliases") or []}, (text, doc["entities"])


def test_the_region_keeps_the_operation_and_the_town_the_killing(extract):
    doc = extract(LEAD + "The Tessalit Defence Front operates in the Dorvane and Mirasso cercles. Gunmen attacked a "
                         "market near the town of Dorvane on Sunday, killing nine traders, local officials said.")
    ids = {e["label"]: e["id"] for e in doc["entities"]}
    ops = [c for c in doc["claims"] if c["type"] == "Operation"]
    assert any(ids.get("Dorvane cercle") in c["location"] for c in ops), ops
    kills = [c for c in doc["claims"] if c["type"] == "Atrocity"]
    assert any(ids.get("Dorvane") in c.get("location", []) for c in kills), kills


def test_a_district_named_bare_without_a_town_cue_stays_one_region(extract):
    # negative control: "deployed to X", "the people of X" make no town
    for text, name in (
            ("The Kombay Brigade operates in the Selveka and Talun districts. The army deployed a battalion to "
             "Selveka in May.", "Selveka"),
            ("The Ravel Militia has been active in the Ombasso and Kiteri territories. Its leader said the militia "
             "protects the people of Ombasso.", "Ombasso")):
        doc = extract(LEAD + text)
        places = [e for e in doc["entities"] if e["label"].startswith(name)]
        assert len(places) == 1 and places[0]["type"] == "Region", (text, places)
