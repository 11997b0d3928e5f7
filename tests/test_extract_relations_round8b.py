"""Typed relations, round 8b of issue #12 (/work/wt/notes/ROUND3.md): classes of
phrasing heldout6 and heldout7 still missed or read wrongly ("it"/"its" read as
the state whose region an armed group crosses into, a place named only to
locate a hamlet by its bearing, a date of one clause given to the clause
coordinated with it), with fictional sentences worded unlike those documents
and negative controls. A document dated Tuesday 2025-06-10."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, claims as _claims  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. "it"/"its" whose verb or noun fits an armed group
@pytest.mark.parametrize("text, place", [
    ("The Kerio Valley Front, which is headed by a former teacher, has been active in Kenya's Turkana county since "
     "2023 and also crosses into Uganda's Moroto district, where it has burned police posts.", "moroto"),
    ("The Kerio Valley Front raided cattle camps in Kenya's Turkana county last year. In Uganda's Moroto district "
     "it has kidnapped traders since March.", "moroto"),
])
def test_a_pronoun_acting_as_an_armed_group_is_the_group_not_the_state(extract, text, place):
    doc = extract(text)
    ops = _claims(doc, "Operation")
    assert [c for c in ops if c["actor"] == "uganda"] == []
    one(ops, actor="kerio-valley-front", location=[place])


@pytest.mark.parametrize("text", [
    "The Kerio Valley Front raided cattle camps in Kenya's Turkana county. Uganda says its fighters now number "
    "about 600.",
    "The Kerio Valley Front raided cattle camps in Kenya's Turkana county. Officials in Uganda estimate its ranks at "
    "about 600 men.",
])
def test_a_possessive_of_fighters_is_the_group_not_the_state_that_counts_them(extract, text):
    doc = extract(text)
    size = one(_claims(doc, "Estimate"), measure="force-size")
    assert (size["of"], size["value"]) == ("kerio-valley-front", 600)


def test_a_pronoun_whose_verb_fits_a_state_stays_with_the_state(extract):
    """Negative control: "it had deployed troops" after a state is said is no group's operation."""
    doc = extract("The Kerio Valley Front raided cattle camps near the town of Lodwar. Kenya said it had sent "
                  "troops to the border on Monday.")
    assert [c for c in _claims(doc, "Operation") if c["actor"] == "kerio-valley-front" and
            c["location"] != ["lodwar"]] == []


def test_a_company_named_since_the_group_keeps_its_pronoun(extract):
    """Negative control: an organisation of another kind named after the group ends the search."""
    doc = extract("The Kerio Valley Front raided cattle camps in Kenya's Turkana county. Sabaki Trading, a firm "
                  "based in Mombasa, said its leader had never met the group.")
    assert [c for c in _claims(doc, "Control") if c["controlled"] == "kerio-valley-front"] == []


# ---------------------------------------------------------------- 2. a place after a bearing locates another place
@pytest.mark.parametrize("text", [
    "On Sunday, gunmen ambushed villagers returning from the market near Dabelé, a hamlet on the road north of "
    "Sololo, and shot eleven of them dead.",
    "Raiders shot dead eleven herders near Dabelé, a settlement south-west of Sololo, on Sunday.",
])
def test_a_place_after_a_bearing_is_no_site_of_the_killing(extract, text):
    doc = extract(text)
    assert one(_claims(doc, "Atrocity"))["location"] == ["dabele"]


def test_a_place_after_a_bearing_is_the_site_when_no_other_is_named(extract):
    """Negative control: "a village north of X" names no other place, so X locates the killing."""
    doc = extract("Gunmen shot dead nine traders in a village 20 km north of Sololo on Sunday.")
    assert one(_claims(doc, "Atrocity"))["location"] == ["sololo"]


# ---------------------------------------------------------------- 3. a date of one clause only
@pytest.mark.parametrize("text", [
    "The Kerio Valley Front is commanded by Daudi Lokai and has held the town of Lodwar since April.",
    "The Kerio Valley Front, led by Daudi Lokai, has held the town of Lodwar since April.",
    "The Kerio Valley Front is run by Daudi Lokai and has occupied the town of Lodwar since April.",
])
def test_a_date_of_the_coordinated_clause_does_not_date_the_command(extract, text):
    doc = extract(text)
    command = one(_claims(doc, "Control"), controller="daudi-lokai", controlled="kerio-valley-front")
    assert "date" not in command
    held = one(_claims(doc, "Control"), controller="kerio-valley-front", controlled="lodwar")
    assert held["date"] == "2025-04"


def test_a_date_of_the_commanding_clause_dates_the_command(extract):
    """Negative control: the date stands in the command's own clause."""
    doc = extract("The Kerio Valley Front has been commanded by Daudi Lokai since April.")
    command = one(_claims(doc, "Control"), controller="daudi-lokai", controlled="kerio-valley-front")
    assert command["date"] == "2025-04"


# ---------------------------------------------------------------- 4. a post written as a signature
@pytest.mark.parametrize("text, role", [
    ("Officers of the Kenya Revenue Authority seized the tusks on Monday.\n\nMedia contact: Grace Achieng, "
     "Corporate Communications Manager, Kenya Revenue Authority", "corporate-communications-manager"),
    ("Rangers of the Kenya Wildlife Service found the carcasses on Friday.\n\nPress enquiries: Grace Achieng, "
     "Public Affairs Officer, Kenya Wildlife Service", "public-affairs-officer"),
])
def test_a_signature_gives_the_post_and_its_body(extract, text, role):
    doc = extract(text)
    post = one(_claims(doc, "Membership"), member="grace-achieng")
    assert post["role"] == role
    assert post["organisation"] in ("kenya-revenue-authority", "kenya-wildlife-service")


def test_an_address_line_is_no_signature(extract):
    """Negative control: a body and its town on a line of their own name no person and no post."""
    doc = extract("Officers of the Kenya Revenue Authority seized the tusks on Monday.\n\nKenya Revenue Authority, "
                  "Times Tower, Nairobi")
    assert _claims(doc, "Membership") == []


# ---------------------------------------------------------------- 5. "which" after "a man known as X" is the band
@pytest.mark.parametrize("text", [
    "Witnesses named the Kerio Valley Front, a band led by a man known as Lokai, which has raided villages across "
    "Turkana since 2024.",
    "Witnesses named the Kerio Valley Front, a militia commanded by Daudi Lokai, which has raided villages across "
    "Turkana since 2024.",
])
def test_which_after_the_leaders_name_is_the_group(extract, text):
    doc = extract(text)
    ops = _claims(doc, "Operation")
    assert [op["actor"] for op in ops] == ["kerio-valley-front"]


def test_which_after_a_group_named_by_a_nickname_stays_the_group(extract):
    """Negative control: "which" after a named group, with no person in between, is still the group."""
    doc = extract("Witnesses named the Kerio Valley Front, which has raided villages across Turkana since 2024.")
    one(_claims(doc, "Operation"), actor="kerio-valley-front")


# ---------------------------------------------------------------- 6. a force's size, whatever its men carry
@pytest.mark.parametrize("text, value, qualifier", [
    ("Survivors named the Kerio Valley Front as the attackers. We estimate the band's strength at no more than a "
     "hundred and twenty men, who carry hunting rifles.", 120, "at-most"),
    ("The Kerio Valley Front raided villages across Turkana. Police put its strength at some three hundred fighters, "
     "who are armed with assault rifles and mortars.", 300, "approximately"),
])
def test_a_force_size_stands_though_its_men_carry_weapons(extract, text, value, qualifier):
    doc = extract(text)
    size = one(_claims(doc, "Estimate"), measure="force-size")
    assert (size["of"], size["value"], size["qualifier"]) == ("kerio-valley-front", value, qualifier)


@pytest.mark.parametrize("text", [
    "The Kerio Valley Front raided villages across Turkana. Police say the band fields 40 armoured pick-up trucks.",
    "The Kerio Valley Front raided villages across Turkana. Police say the band spent $300,000 on fuel last year.",
])
def test_equipment_and_money_are_no_force_size(extract, text):
    """Negative controls: a count of vehicles and an amount of money never are the force's size."""
    doc = extract(text)
    assert [e for e in _claims(doc, "Estimate") if e["measure"] == "force-size"] == []


# ---------------------------------------------------------------- 7. spilling over into a region; items sent across a border
def test_a_group_that_spills_over_into_a_region_operates_there(extract):
    doc = extract("The Kerio Valley Front regularly spills over into Uganda's Moroto district.")
    one(_claims(doc, "Operation"), actor="kerio-valley-front", location=["moroto"])


def test_water_spilling_over_is_no_operation(extract):
    """Negative control: a flood that spills over has no actor."""
    doc = extract("Floodwater spilled over into the Moroto district in May.")
    assert _claims(doc, "Operation") == []


@pytest.mark.parametrize("text", [
    "Sabaki Trading smuggled assault rifles and rocket-propelled grenade launchers across the border to the Kerio "
    "Valley Front.",
    "Sabaki Trading trucked mortars through Uganda to the Kerio Valley Front.",
])
def test_items_sent_across_a_border_to_a_group_are_a_transfer_to_it(extract, text):
    doc = extract(text)
    one(_claims(doc, "ArmsTransfer"), supplier="sabaki-trading", recipient="kerio-valley-front")


def test_timber_sent_across_a_border_is_no_arms_transfer(extract):
    """Negative control: no weapon, no arms transfer."""
    doc = extract("Sabaki Trading shipped timber across the border to Uganda.")
    assert _claims(doc, "ArmsTransfer") == []


# ---------------------------------------------------------------- a vessel's crew is no force
@pytest.mark.parametrize("text", [
    "Customs officers stopped the trawler off Lokori. Its six crew members, five of them foreign nationals, were "
    "handed over to the Coast Guard.",
    "The Ravel Front's envoy met three board members of Kestrel Trading in May.",
])
def test_a_crew_or_board_count_is_no_force_size(extract, text):
    doc = extract(text)
    assert not [c for c in doc["claims"] if c.get("measure") == "force-size"], doc["claims"]


def test_members_of_a_group_still_count(extract):
    doc = extract("The Ravel Front has about 400 members, most of them former soldiers.")
    sizes = [c for c in doc["claims"] if c.get("measure") == "force-size"]
    assert [(c["of"], c["value"]) for c in sizes] == [("ravel-front", 400)]
