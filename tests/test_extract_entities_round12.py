"""Classes of new-entity errors from heldout11's misses (round 12, issue #12),
each with new fictional sentences of its own and negative controls: the weapon
types of a seizure or shipment list the parser broke, a model's number before a
weapon noun, a hyphenated word of manufacture, a negated purchase of one item."""

from __future__ import annotations

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _ids(doc):
    return {e["id"] for e in doc["entities"]}


def _weapons(doc):
    return {e["id"] for e in doc["entities"] if e["type"] == "WeaponType"}


# ---------------------------------------------------------------- 1. weapon types in broken lists
def test_a_seizure_list_after_a_sentence_rooted_on_a_noun(extract):
    doc = extract("A sniffer dog check followed by an X-ray scan revealed, under sacks of rice, 30 assault rifles, "
                  "nine light machine guns, four grenade launchers, about 12,000 rounds of ammunition and two "
                  "commercial drones. The cargo was bound for the Kavra Front.")
    assert {"assault-rifles", "light-machine-guns", "grenade-launchers", "ammunition",
            "commercial-drones"} <= _weapons(doc), _weapons(doc)


def test_a_list_after_furnished_with(extract):
    doc = extract("According to the investigators, the broker furnished the Kavra Front with 60 mm mortar rounds "
                  "and sniper rifles during 2025.")
    assert {"60-mm-mortar-rounds", "sniper-rifles"} <= _weapons(doc), _weapons(doc)


def test_items_after_according_to_shipped_by(extract):
    doc = extract("According to OFAC, pistols and 5.56 mm ammunition were shipped to the Kavra Front in 2025 by "
                  "Sorbel Trading Ltd., a dealer registered in Lyon.")
    assert {"pistols", "5-56-mm-ammunition"} <= _weapons(doc), _weapons(doc)


def test_moving_rifles_across_a_border(extract):
    doc = extract("The listing of Osvaldo Pereyra Lucchetti, a broker accused of moving rifles across the lake "
                  "for the Kavra Front, expired on 2 June.")
    assert "rifles" in _weapons(doc), _weapons(doc)


def test_a_weapon_a_non_arms_verb_governs_is_no_item(extract):
    doc = extract("Investigators documented that the Kavra Front trained its fighters to drop grenades from "
                  "balloons.")
    assert "grenades" not in _weapons(doc), _weapons(doc)


def test_a_list_of_no_arms_after_revealed(extract):
    doc = extract("A review followed by an audit revealed, behind the accounts, 12 shell companies and four trusts.")
    assert not _weapons(doc), _weapons(doc)


# ---------------------------------------------------------------- 2. the words of a weapon type
def test_a_models_number_is_part_of_the_type(extract):
    doc = extract("The Panel found that 80 Type 81 assault rifles recovered from Kavra Front camps had been sold "
                  "to the group in 2024 by Hollin Arms s.r.o.")
    assert "type-81-assault-rifles" in _weapons(doc), _weapons(doc)
    assert "assault-rifles" not in _weapons(doc), _weapons(doc)


def test_a_count_before_the_weapon_is_no_model(extract):
    doc = extract("The Panel found that 80 assault rifles recovered from Kavra Front camps had been sold to the "
                  "group in 2024 by Hollin Arms s.r.o.")
    assert "assault-rifles" in _weapons(doc), _weapons(doc)


def test_a_hyphenated_word_of_manufacture_is_no_type(extract):
    doc = extract("Our researchers photographed factory-made sniper rifles in the hands of Kavra Front fighters.")
    assert "sniper-rifles" in _weapons(doc), _weapons(doc)
    assert "factory-made-sniper-rifles" not in _weapons(doc), _weapons(doc)


# ---------------------------------------------------------------- 3. a negated purchase of one item
def test_never_bought_a_single_item_names_no_arms(extract):
    doc = extract("A Kavra Front spokesman said the movement \"has never bought a grenade abroad\".")
    assert "grenades" not in _weapons(doc), _weapons(doc)


def test_a_purchase_of_counted_items_names_them(extract):
    doc = extract("A Kavra Front spokesman said the movement bought 40 grenades abroad in 2024.")
    assert "grenades" in _weapons(doc), _weapons(doc)


def test_night_vision_scopes_are_a_weapon_type(extract):
    doc = extract("Police allege that a boat firm smuggled night-vision scopes to the Kavra Front in 2025.")
    assert "night-vision-scopes" in _weapons(doc), _weapons(doc)


def test_the_scope_of_a_measure_is_no_weapon(extract):
    doc = extract("The Council widened the scope of the measures against the Kavra Front.")
    assert not _weapons(doc), _weapons(doc)

