"""Classes of new-entity errors from heldout35-39 (round 37, issue #12), each with fictional
texts of its own and negative controls: the one kind of ammunition a seizure counts in rounds
by its bore alone ("22,000 rounds of 7.62 mm ammunition") is ammunition, while two calibres,
or a cartridge's full name ("9x19mm ammunition"), keep their names."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _ids(doc):
    return {e["id"] for e in doc["entities"]}


_SEIZURE = ("Customs officers at the port of Valdera found rifles and ammunition in a sealed container bound for "
            "the Frente Obrero Armado on Friday, the Revenue Authority of Kestria announced today.\n\n"
            "Items seized:\n- 14 Type 56 assault rifles;\n- {item};\n- 20 hand grenades.\n\n"
            "The Frente Obrero Armado operates in Tarsena province, officers said.\n")


# ---------------------------------------------------------------- 1. one bore counted in rounds: ammunition
@pytest.mark.parametrize("item", [
    "22,000 rounds of 7.62 mm ammunition",
    "4,800 rounds of 9 mm ammunition",
    "about 3,100 rounds of 5.56 mm ammunition",
    "900 rounds of 12.7mm ammunition",
])
def test_one_bore_counted_in_rounds_is_ammunition(extract, item):
    ids = _ids(extract(_SEIZURE.format(item=item)))
    assert "ammunition" in ids, ids
    assert not any(i.endswith("-ammunition") for i in ids), ids


def test_two_calibres_keep_their_names(extract):
    # negative control: two calibres of ammunition side by side are two types
    ids = _ids(extract(_SEIZURE.format(item="5,000 rounds of 7.62 mm ammunition;\n- 1,200 rounds of 9 mm ammunition")))
    assert not ({"7-62-mm-ammunition", "7-62mm-ammunition"} <= ids) and any(i.endswith("mm-ammunition") for i in ids), ids


def test_a_cartridge_full_name_is_kept(extract):
    # negative control: "9x19mm" names a cartridge, not a bore alone
    ids = _ids(extract(_SEIZURE.format(item="about 30,000 rounds of 9x19mm ammunition")))
    assert any(i.startswith("9x19") for i in ids), ids


def test_a_box_of_a_calibre_is_kept(extract):
    # negative control: a calibre not counted in rounds ("22 boxes of") keeps its name
    ids = _ids(extract(_SEIZURE.format(item="22 boxes of 7.62 mm ammunition")))
    assert any(i.startswith("7-62") and i.endswith("ammunition") for i in ids), ids


# ---------------------------------------------------------------- 2. a unit named only with its parent organisation
def _entity(doc, word):
    return [e for e in doc["entities"] if word in e["label"]]


@pytest.mark.parametrize("text, label", [
    ("The United Nations Multidimensional Integrated Stabilization Mission in Korassa (MINURKA) patrols Korosso. "
     "MINURKA's Human Rights Division told the Panel that it shared the Panel's findings on the killing of 14 "
     "villagers in Korosso.", "MINURKA Human Rights Division"),
    ("The Panel documented the killing of 14 villagers in Korosso. The Human Rights Division of the United Nations "
     "Mission in Velaria (UNMIVE) informed the Panel that it shared its findings.",
     "Human Rights Division of the United Nations Mission in Velaria"),
    ("The United Nations Multidimensional Integrated Stabilization Mission in Korassa (MINURKA) patrols Korosso. "
     "MINURKA's Civil Affairs Section told the Panel that it shared the Panel's findings on the killing of 14 "
     "villagers in Korosso.", "MINURKA Civil Affairs Section"),
])
def test_a_unit_is_named_with_its_parent(extract, text, label):
    doc = extract(text)
    units = _entity(doc, label.split(" of ")[0].replace("MINURKA ", ""))
    assert units and units[0]["label"] == label, doc["entities"]
    assert units[0].get("part_of"), units


def test_a_state_body_unit_is_left_alone(extract):
    # negative control: a unit of a state's ministry is read as before (no international parent)
    doc = extract("The Panel documented the killing of 14 villagers in Korosso. The Human Rights Division told the "
                  "Panel that it shared the Panel's findings.")
    assert all(e["label"] != "Human Rights Division" or not e.get("part_of") for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 3. "the government spokeswoman, X": the post is spokeswoman
def _roles(doc):
    return {e["id"] for e in doc["entities"] if e["type"] == "Role"}


@pytest.mark.parametrize("text, role", [
    ("In Porvena, the government spokeswoman, Adela Rosmary Quintal, said the government fully shares the Panel's "
     "account of the attack on Korosso.", "spokeswoman"),
    ("The government spokesman, Tibor Aranyos-Veld, told reporters on Monday that the army had retaken Korosso.",
     "spokesman"),
    ("Kestria's Council of Ministers froze the accounts of Dravo Haulage on Tuesday, the government spokesperson, "
     "Mireille Ostvaag, told reporters.", "spokesperson"),
])
def test_a_government_spokesman_holds_the_post_of_spokesman(extract, text, role):
    roles = _roles(extract(text))
    assert role in roles and not any(r.startswith("government-") for r in roles), roles


def test_a_minister_keeps_the_office(extract):
    # negative control: an office with its portfolio is not cut
    roles = _roles(extract("The Minister of Communication, Tibor Aranyos-Veld, told reporters on Monday that the "
                           "army had retaken Korosso."))
    assert not {"spokesman", "communication"} & roles and roles, roles
