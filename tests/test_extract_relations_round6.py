"""Typed relations, round 6 of issue #12 (/work/wt/notes/ROUND3.md): classes of
phrasing heldout5 missed or misread (control by retaking, posts of one function,
posts stated by a copula, killings in coordinated clauses, operations between
and across places, names and seats that are no operations, a supplier named
inside the items' description), each with fictional sentences worded unlike
those documents and negative controls. A document dated Tuesday 2025-06-10."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, claims as _claims  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. control by taking a place back
@pytest.mark.parametrize("text, group, place", [
    ("Gunmen of the Tavu Liberation Front overran the river town of Kalemba on Monday.", "tavu-liberation-front",
     "kalemba"),
    ("Troops of the Kemba Brigade recaptured the town of Kalemba on Friday.", "kemba-brigade", "kalemba"),
    ("The Tavu Liberation Front retook the village of Ruko after a week of fighting.", "tavu-liberation-front", "ruko"),
])
def test_retaking_a_place_is_control(extract, text, group, place):
    doc = extract(text)
    one(_claims(doc, "Control"), controller=group, controlled=place)


def test_delegates_taking_a_ferry_control_nothing(extract):
    doc = extract("Delegates of the Harbour Authority took the ferry to Kalemba on Monday.")
    assert _claims(doc, "Control") == []


# ---------------------------------------------------------------- 2. posts: a chief of one function, a copula
@pytest.mark.parametrize("text, role", [
    ("The Kemba Brigade's intelligence chief, Amani Tolo Baraka, travelled to Mombasa.", "intelligence-chief"),
    ("Police arrested the Kemba Brigade's finance chief, Amani Tolo Baraka, on Monday.", "finance-chief"),
])
def test_a_chief_of_one_function_holds_a_post(extract, text, role):
    doc = extract(text)
    post = one(_claims(doc, "Membership"), member="amani-tolo-baraka")
    assert post["organisation"] == "kemba-brigade" and post["role"] == role
    assert _claims(doc, "Control") == []


def test_the_chief_of_a_group_still_controls_it(extract):
    doc = extract("The Kemba Brigade's chief, Amani Tolo Baraka, travelled to Mombasa.")
    one(_claims(doc, "Control"), controller="amani-tolo-baraka", controlled="kemba-brigade")
    assert _claims(doc, "Membership") == []


def test_a_post_stated_by_a_copula(extract):
    doc = extract("The Tavu Liberation Front was formed in 2019. The Front's spokesman is Ali Musa Dabo. "
                  "The Front's commander is Peter Omolo Wekesa.")
    post = one(_claims(doc, "Membership"), member="ali-musa-dabo")
    assert post["organisation"] == "tavu-liberation-front" and post["role"] == "spokesman"
    one(_claims(doc, "Control"), controller="peter-omolo-wekesa", controlled="tavu-liberation-front")


# ---------------------------------------------------------------- 3. killings in coordinated clauses
def test_a_killing_placed_by_the_first_coordinated_verb(extract):
    doc = extract("Fighters of the Tavu Liberation Front attacked the village of Ruko on Monday, burned houses and "
                  "killed eight people.")
    event = one(_claims(doc, "Atrocity"), location=["ruko"])
    one(_claims(doc, "Participation"), actor="tavu-liberation-front", event=event["id"])
    assert one(_claims(doc, "Estimate"), of=event["id"])["value"] == 8


def test_victims_counted_through_them(extract):
    doc = extract("Gunmen of the Kemba Brigade stopped four herders near Kalemba village and shot them.")
    event = one(_claims(doc, "Atrocity"), location=["kalemba"])
    one(_claims(doc, "Participation"), actor="kemba-brigade", event=event["id"])
    estimate = one(_claims(doc, "Estimate"), of=event["id"])
    assert estimate["value"] == 4 and estimate["measure"] == "people-killed"


def test_searching_trucks_is_no_killing(extract):
    doc = extract("Soldiers of the Kemba Brigade stopped three trucks near Kalemba village and searched them.")
    assert _claims(doc, "Atrocity") == []


def test_a_relative_clause_does_not_place_a_killing(extract):
    doc = extract("Fighters of the Kemba Brigade, which has held the town of Masala since 2024, shot dead five "
                  "traders on the road near Kalemba village.")
    assert [c["location"] for c in _claims(doc, "Atrocity")] == [["kalemba"]]


# ---------------------------------------------------------------- 4. operations between and across places
def test_a_group_moving_between_provinces(extract):
    doc = extract("The Tavu Liberation Front was formed in 2019. The militia moves between the provinces of "
                  "Kigoma and Tabora.")
    for place in ("kigoma", "tabora"):
        one(_claims(doc, "Operation"), actor="tavu-liberation-front", location=[place])


def test_raids_across_the_border(extract):
    doc = extract("The Tavu Liberation Front has raided villages across the border in Kenya's Turkana county.")
    one(_claims(doc, "Operation"), actor="tavu-liberation-front", location=["turkana-county"])


def test_moving_between_meetings_is_no_operation(extract):
    doc = extract("The Tavu Liberation Front was formed in 2019. Its envoy moves between meetings in Arusha.")
    assert _claims(doc, "Operation") == []


# ---------------------------------------------------------------- 5. names and seats are no operations
@pytest.mark.parametrize("text", [
    "The United Nations Mission in Kenya said it had sent a patrol.",
    "The Harbour Authority, based in Lindi, said the port was closed.",
])
def test_a_name_or_a_seat_is_no_operation(extract, text):
    doc = extract(text)
    assert _claims(doc, "Operation") == []


def test_a_force_deployed_somewhere_operates_there(extract):
    doc = extract("The Kemba Brigade, deployed in Masala since 2022, said the road was open.")
    one(_claims(doc, "Operation"), actor="kemba-brigade", location=["masala"])


# ---------------------------------------------------------------- 6. a supplier inside the items' description
def test_a_supplier_named_inside_the_description_of_the_items(extract):
    doc = extract("The Tavu Liberation Front obtained quadcopter drones adapted to carry grenades from Orlan "
                  "Trading in May.")
    transfer = one(_claims(doc, "ArmsTransfer"), recipient="tavu-liberation-front")
    assert transfer["supplier"] == "orlan-trading" and transfer["items"] == ["quadcopter-drones"]


def test_items_seized_from_a_firm_are_not_supplied_by_it(extract):
    doc = extract("The Kemba Brigade acquired rifles seized from Orlan Trading.")
    assert all(c.get("supplier") != "orlan-trading" for c in _claims(doc, "ArmsTransfer"))


# ---------------------------------------------------------------- 7. "the shop's owner"
@pytest.mark.parametrize("noun", ["shop", "store"])
def test_a_shops_owner_controls_the_firm(extract, noun):
    doc = extract(f"Orlan Trading sells rifles in Arusha. The {noun}'s owner, Halima Said Juma, has fled.")
    one(_claims(doc, "Control"), controller="halima-said-juma", controlled="orlan-trading")


# ---------------------------------------------------------------- 8. a list of targets through "its leader Y"
@pytest.mark.parametrize("text, targets", [
    ("Canada has today sanctioned the Tavu Liberation Front (TLF), its leader Peter Omolo Wekesa and Orlan Trading "
     "Ltd, a company based in Mombasa, over the killing of miners.",
     ["tavu-liberation-front", "peter-omolo-wekesa", "orlan-trading-ltd"]),
    ("Canada sanctioned Orlan Trading Ltd, its director Ali Musa Dabo, the Kemba Brigade said.",
     ["orlan-trading-ltd", "ali-musa-dabo"]),
])
def test_targets_listed_through_a_possessive_title(extract, text, targets):
    doc = extract(text)
    one(_claims(doc, "SanctionsMeasure"), authority="canada", targets=targets)


def test_a_description_after_a_target_is_no_target(extract):
    doc = extract("Canada sanctioned Orlan Trading Ltd, the Front's supplier, on Monday.")
    measure = one(_claims(doc, "SanctionsMeasure"), authority="canada")
    assert measure["targets"] == ["orlan-trading-ltd"]


# ---------------------------------------------------------------- 9. a state's army by its name; custody is no transfer
def test_a_states_army_is_not_the_group(extract):
    doc = extract("The Tavu Liberation Front operates in Kenya. The Kenyan Army estimates its strength at no more "
                  "than 400 fighters. Last year the group overran the hill town of Kalemba for two days.")
    one(_claims(doc, "Control"), controller="tavu-liberation-front", controlled="kalemba")
    assert [e["type"] for e in doc["entities"] if e["id"] == "kenyan-army"] == ["StateArmedForces"]


def test_a_name_longer_than_the_state_is_a_group(extract):
    doc = extract("The Free Kenyan Army overran the town of Kalemba on Monday.")
    one(_claims(doc, "Control"), controller="free-kenyan-army", controlled="kalemba")


@pytest.mark.parametrize("text", [
    "Customs seized 40 rifles in Mombasa. The rifles have been handed over to the Kenyan Army's ordnance depot for "
    "examination.",
    "Customs seized 40 rifles in Mombasa. The rifles were handed over to the Kenyan Army on Monday.",
])
def test_seized_items_in_custody_are_no_transfer(extract, text):
    doc = extract(text)
    assert _claims(doc, "ArmsTransfer") == []


def test_handing_over_rifles_to_a_group_is_a_transfer(extract):
    doc = extract("Orlan Trading handed over 30 rifles to the Kemba Brigade in May.")
    transfer = one(_claims(doc, "ArmsTransfer"), recipient="kemba-brigade")
    assert transfer["supplier"] == "orlan-trading"


# ---------------------------------------------------------------- 10. a range of victims; "men of X"
@pytest.mark.parametrize("text", [
    "On Monday night, armed men of the Kemba Brigade entered the village of Kalemba, in the district of Masala, and "
    "shot dead between eleven and fifteen villagers.",
    "Raiders of the Kemba Brigade stormed the village of Kalemba and killed between eleven and fifteen villagers.",
])
def test_a_range_of_victims_and_the_men_who_killed_them(extract, text):
    doc = extract(text)
    event = one(_claims(doc, "Atrocity"), location=["kalemba"])
    one(_claims(doc, "Participation"), actor="kemba-brigade", event=event["id"])
    estimate = one(_claims(doc, "Estimate"), of=event["id"])
    assert (estimate["value"], estimate["qualifier"], estimate["maximum"]) == (11, "at-least", 15)


def test_a_range_of_dates_is_no_killing(extract):
    doc = extract("The Kemba Brigade shot a video in Kalemba between May and June.")
    assert _claims(doc, "Atrocity") == []


# ---------------------------------------------------------------- 11. a post before a two-word rank
@pytest.mark.parametrize("rank", ["Lieutenant Commander", "Commodore", "Lieutenant Colonel"])
def test_a_post_before_a_compound_rank(extract, rank):
    doc = extract(f"Kemba Brigade spokesman {rank} Rafiq Hasan Otieno said the crew was arrested.")
    post = one(_claims(doc, "Membership"), member="rafiq-hasan-otieno")
    assert post["organisation"] == "kemba-brigade" and post["role"] == "spokesman"
