"""Typed relations, round 3 of issue #12 (/work/wt/notes/ROUND3.md): each class
of phrasing the held-out documents missed, with fictional sentences worded
unlike those documents. A document dated Tuesday 2025-06-10; the knowledge
base's own entities plus every state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, claims as _claims  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. arms transfers
@pytest.mark.parametrize("text", [
    "The mortars were handed to the Ravel Front by Orlan Shipping in April.",  # "by" hung on the recipient
    "Orlan Shipping's consignments of mortars reached the Ravel Front in April.",  # possessive shipper
    "The Ravel Front bought mortars from Orlan Shipping in April.",
    "The Ravel Front procured mortars from Orlan Shipping in April.",  # a verb parsed as the items' modifier
])
def test_company_supplier_in_varied_phrasing(extract, text):
    doc = extract(text)
    transfer = one(_claims(doc, "ArmsTransfer"), recipient="ravel-front")
    assert transfer["supplier"] == "orlan-shipping" and transfer["items"] == ["mortars"]
    assert transfer["date"] == "2025-04"


def test_a_shipper_named_before_the_destination_supplies_it(extract):
    doc = extract("The bill of lading lists Orlan Shipping as the consignor. Customs officers said the mortars "
                  "were destined for the Ravel Front.")
    transfer = one(_claims(doc, "ArmsTransfer"), recipient="ravel-front")
    assert transfer["supplier"] == "orlan-shipping"


# ---------------------------------------------------------------- 2. sanctions
@pytest.mark.parametrize("text, state", [
    ("The Australian Government imposed sanctions on Orlan Shipping.", "australia"),
    ("The Government of Canada sanctioned Orlan Shipping on Monday.", "canada"),
])
def test_a_governments_measure_is_the_states(extract, text, state):
    doc = extract(text)
    measure = one(_claims(doc, "SanctionsMeasure"), authority=state)
    assert measure["targets"] == ["orlan-shipping"] and measure["status"] == "imposed"


def test_un_sanctions_are_the_security_councils(extract):
    doc = extract("The Ravel Front has been under UN sanctions since 2023.")
    measure = one(_claims(doc, "SanctionsMeasure"), targets=["ravel-front"])
    assert measure["authority"] == "un-security-council"


@pytest.mark.parametrize("text", [
    "The Department of State revoked the designation of the Ravel Front on Monday.",
    "The European Union delisted the Ravel Front on Monday.",
])
def test_revocations_lift(extract, text):
    doc = extract(text)
    assert one(_claims(doc, "SanctionsMeasure"), targets=["ravel-front"])["status"] == "lifted"


# ---------------------------------------------------------------- 3. operations
@pytest.mark.parametrize("text, places", [
    ("The Ravel Front has fighters in Niger and Chad.", {"niger", "chad"}),
    ("The Ravel Front keeps two battalions across Mali.", {"mali"}),
    ("The Ravel Front has also sent gunmen east to Chad.", {"chad"}),
    ("The Ravel Front has pushed north into Algeria since March.", {"algeria"}),
])
def test_operations_from_presence_and_movement(extract, text, places):
    doc = extract(text)
    operations = _claims(doc, "Operation")
    assert {o["actor"] for o in operations} == {"ravel-front"}
    assert {loc for o in operations for loc in o["location"]} == places
    assert all(len(o["location"]) == 1 for o in operations)  # one operation per place, as gold files do


@pytest.mark.parametrize("text", [
    "The Ravel Front has no presence in Niger.",
    "The Ravel Front, which has repeatedly denied having fighters in Niger, did not comment.",
])
def test_no_operation_when_denied_or_negated(extract, text):
    assert _claims(extract(text), "Operation") == []


# ---------------------------------------------------------------- 5. atrocities
def test_a_town_in_its_state_is_one_place(extract):
    doc = extract("The killing of 14 people at a clinic in Sorra, Zamfara State, in December shocked the country.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["sorra"]
    estimate = one(_claims(doc, "Estimate"), of=event["id"])
    assert (estimate["measure"], estimate["value"]) == ("people-killed", 14)


@pytest.mark.parametrize("text, value, measure", [
    ("Ravel Front gunmen fired on a crowd in the town of Sorra on Monday, killing nine protesters.", 9, "people-killed"),
    ("Ravel Front fighters opened fire on a market in the village of Sorra on Monday, killing twelve traders.", 12,
     "people-killed"),
    ("On Monday Ravel Front fighters raided the village of Sorra, killing at least 40 villagers.", 40,
     "civilians-killed"),
])
def test_killings_without_the_word_massacre(extract, text, value, measure):
    doc = extract(text)
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["sorra"] and event["date"] == "2025-06-09"
    one(_claims(doc, "Participation"), actor="ravel-front", event=event["id"], role="accused-participant")
    estimate = one(_claims(doc, "Estimate"), of=event["id"])
    assert (estimate["measure"], estimate["value"]) == (measure, value)


# ---------------------------------------------------------------- 6. estimates
def test_the_body_giving_a_figure_is_not_what_it_counts(extract):
    doc = extract("Malian troops put the Ravel Front's strength at no more than 1,200 fighters.")
    estimate = one(_claims(doc, "Estimate"), measure="force-size")
    assert (estimate["of"], estimate["value"], estimate["qualifier"]) == ("ravel-front", 1200, "at-most")


def test_its_strength_is_the_group_named_before(extract):
    doc = extract("The Ravel Front is a jihadist faction. The Malian army estimates its strength at 900 fighters.")
    estimate = one(_claims(doc, "Estimate"), measure="force-size")
    assert (estimate["of"], estimate["value"]) == ("ravel-front", 900)


def test_a_range_of_fighters(extract):
    doc = extract("The Ravel Front is believed to have between 700 and 950 fighters.")
    estimate = one(_claims(doc, "Estimate"), measure="force-size")
    assert (estimate["of"], estimate["value"], estimate["qualifier"], estimate["maximum"]) == \
        ("ravel-front", 700, "at-least", 950)


# ---------------------------------------------------------------- 7. posts from titles
@pytest.mark.parametrize("text, member, organisation, role", [
    ("Minister for Foreign Affairs Jane Doe said Australia had sanctioned Orlan Shipping.", "jane-doe", "australia",
     "minister-for-foreign-affairs"),
    ("Canada sanctioned Orlan Shipping, the Minister of Foreign Affairs, Senator Marie Roy, said.", "marie-roy",
     "canada", "minister-of-foreign-affairs"),
    ("The United States sanctioned the Ravel Front, said Coordinator for Counterterrorism John Tillman.",
     "john-tillman", "department-of-state", "coordinator-for-counterterrorism"),
])
def test_posts_from_titles(extract, text, member, organisation, role):
    doc = extract(text)
    post = one(_claims(doc, "Membership"), member=member)
    assert (post["organisation"], post["role"]) == (organisation, role)


# ================================================================ round 3, second pass
# ---------------------------------------------------------------- 8. indictments on the parse
@pytest.mark.parametrize("text, defendants, jurisdiction", [
    # a jury of one country's courts ("grand jury", "District of"): the United States
    ("A federal grand jury in the District of Nevada indicted Tom Arden and Lena Voss on Monday.",
     {"tom-arden", "lena-voss"}, "united-states"),
    # a city stands for the state it lies in (named nearby)
    ("Tom Arden was charged in a criminal court in Velora on Monday. Velora is the largest city in Peru.",
     {"tom-arden"}, "peru"),
    ("Prosecutors in Portugal have charged Lena Voss with arms trafficking.", {"lena-voss"}, "portugal"),
    ("Chilean prosecutors indicted Tom Arden in absentia in May.", {"tom-arden"}, "chile"),
])
def test_indictments(extract, text, defendants, jurisdiction):
    doc = extract(text)
    indictment = one(_claims(doc, "Indictment"))
    assert set(indictment["defendants"]) == defendants and indictment["jurisdiction"] == jurisdiction


def test_a_charge_that_is_no_indictment(extract):
    assert _claims(extract("The broker charged Tom Arden a fee of $300 for the shipment."), "Indictment") == []


# ---------------------------------------------------------------- 9. arms traced to a supplier
@pytest.mark.parametrize("text, items", [
    ("The mortars seized from the Ravel Front were traced to Orlan Shipping.", ["mortars"]),
    ("Serial numbers traced the grenades recovered from Ravel Front fighters to Orlan Shipping.", ["grenades"]),
    ("Investigators traced the rifles taken from the Ravel Front to a dealer in Minsk, Orlan Shipping.", ["rifles"]),
])
def test_arms_traced_to_a_supplier(extract, text, items):
    transfer = one(_claims(extract(text), "ArmsTransfer"))
    assert (transfer["supplier"], transfer["recipient"], transfer["items"]) == ("orlan-shipping", "ravel-front", items)


def test_traced_later_names_the_sender_of_the_cargo_before(extract):
    doc = extract("The Ravel Front received 40 mortars in May. Investigators later traced the mortars to Orlan Shipping.")
    transfer = one(_claims(doc, "ArmsTransfer"), recipient="ravel-front")
    assert transfer["supplier"] == "orlan-shipping" and transfer["date"] == "2025-05"


@pytest.mark.parametrize("text", [
    "Police traced the Ravel Front commander to a hideout in Niamey.",  # no arms
    "The Ravel Front received 40 mortars in May. Rifles of another make were traced to Orlan Shipping.",  # other items
])
def test_traced_without_a_transfer(extract, text):
    assert not any(c.get("supplier") == "orlan-shipping" for c in _claims(extract(text), "ArmsTransfer"))


# ---------------------------------------------------------------- 10. targets named after their title
@pytest.mark.parametrize("text, authority, targets", [
    ("Canada imposed sanctions on the commander of the Ravel Front, General Tom Arden, and on Orlan Shipping.",
     "canada", {"tom-arden", "orlan-shipping"}),
    ("Japan froze the assets of the leader of the Ravel Front, Tom Arden.", "japan", {"tom-arden"}),
    ("The European Union designated the founder of Orlan Shipping (OS), the Belarusian businessman Tom Arden.",
     "european-union", {"tom-arden"}),
    ("The United States sanctioned a Belarusian shipping company, Orlan Shipping, on Monday.", "united-states",
     {"orlan-shipping"}),
])
def test_a_target_named_after_its_title(extract, text, authority, targets):
    measure = one(_claims(extract(text), "SanctionsMeasure"), authority=authority)
    assert set(measure["targets"]) == targets


def test_an_unnamed_commander_is_not_his_group(extract):
    doc = extract("Canada sanctioned the commander of the Ravel Front on Monday.")
    assert not [m for m in _claims(doc, "SanctionsMeasure") if "ravel-front" in m["targets"]]


# ---------------------------------------------------------------- 11. conventions shared with the gold files
@pytest.mark.parametrize("text, measure", [
    ("Ravel Front gunmen attacked the village of Sorra on Monday, killing twelve fishermen.", "people-killed"),
    ("Ravel Front gunmen attacked the village of Sorra on Monday, killing eight farmers.", "people-killed"),
    ("Ravel Front gunmen attacked the village of Sorra on Monday, killing twelve villagers.", "civilians-killed"),
])
def test_occupations_are_people_villagers_civilians(extract, text, measure):
    assert one(_claims(extract(text), "Estimate"))["measure"] == measure


@pytest.mark.parametrize("text, role", [
    ("White House National Security Council spokesman Tom Arden said Japan had sanctioned Orlan Shipping.",
     "national-security-spokesman"),  # the knowledge base's role for the whole title
    ("Ravel Front spokesman Tom Arden said the group had no mortars.", "spokesman"),  # the generic one
])
def test_a_title_takes_the_role_the_knowledge_base_holds(extract, text, role):
    assert one(_claims(extract(text), "Membership"), member="tom-arden")["role"] == role


@pytest.mark.parametrize("text, authority, target", [
    ("The European Union sanctioned Kestrel Trading in March 2024. On Monday the European Union lifted its "
     "sanctions on Kestrel Trading.", "european-union", "kestrel-trading"),
    ("Canada imposed sanctions on Orlan Shipping in 2022. Canada removed Orlan Shipping from its sanctions list "
     "on Friday.", "canada", "orlan-shipping"),
])
def test_a_lifting_is_never_merged_into_the_measure_it_ends(extract, text, authority, target):
    """A lifted sanction never reads as current: the lifting was folded into the
    earlier imposing (same authority and targets), which kept status imposed."""
    measures = [c for c in extract(text)["claims"] if c["type"] == "SanctionsMeasure"]
    assert sorted(m["status"] for m in measures) == ["imposed", "lifted"]
    lifted = one(measures, status="lifted")
    assert lifted["authority"] == authority and lifted["targets"] == [target]
    assert lifted["id"] == f"{authority}-lifts-sanctions-against-{target}"


@pytest.mark.parametrize("text", [
    "Washington slapped sanctions on Kestrel Trading, the White House said.",
    "The United States imposed sanctions on Kestrel Trading, the White House said on Monday.",
])
def test_the_speaker_after_a_target_is_not_a_target(extract, text):
    measure = one(extract(text)["claims"], type="SanctionsMeasure")
    assert measure["targets"] == ["kestrel-trading"]


def test_a_measure_by_a_state_and_by_its_department_is_one_and_its_statement_follows(extract):
    """The merge of a parent authority's measure into its part's raised
    TypeError (candidates are not hashable) when a statement regarded it."""
    doc = extract("The United States imposed sanctions on Kestrel Trading on Monday, a State Department spokesman "
                  "said. The Treasury Department sanctioned Kestrel Trading on Monday.")
    measure = one(doc["claims"], type="SanctionsMeasure")
    assert measure["authority"] == "treasury-department"
    assert [s["regarding"] for s in doc["statements"]] == [[measure["id"]]]


# ---------------------------------------------------------------- round 3b: operations in lists of regions
@pytest.mark.parametrize("text, places", [
    ("The Ravel Front is active across the Tillaberi and Dosso regions.", {"tillaberi", "dosso"}),
    ("The Ravel Front's fighters roam the districts of Tahoua and Maradi.", {"tahoua", "maradi"}),
    ("The Ravel Front has fighters in the Sarno and Kelba zones.", {"sarno", "kelba"}),
])
def test_operations_in_a_list_of_regions(extract, text, places):
    doc = extract(text)
    operations = _claims(doc, "Operation")
    assert {o["actor"] for o in operations} == {"ravel-front"}
    assert {loc for o in operations for loc in o["location"]} == places
    assert all(len(o["location"]) == 1 for o in operations)
    regions = {e["id"]: e["type"] for e in doc["entities"]}
    assert all(regions.get(p) == "Region" for p in places if p in regions)


@pytest.mark.parametrize("text", [
    "The Ministry of Health of Niger operates in the Tillaberi and Dosso regions.",  # a government body
    "Orlan Shipping operates in the provinces of Tahoua and Maradi.",  # a company
])
def test_no_operation_for_bodies_and_companies(extract, text):
    assert _claims(extract(text), "Operation") == []


# ---------------------------------------------------------------- round 4: control
@pytest.mark.parametrize("text, place", [
    ("The Ravel Front is an armed group. Last year it seized the town of Kelba.", "kelba"),
    ("The Ravel Front operates in the provinces of Sarno and Maradi, and in May they overran the market town of "
     "Tahoua.", "tahoua"),
    ("The Ravel Front took the mining town of Dosso in March.", "dosso"),
])
def test_a_group_that_seizes_the_town_of_x_controls_x(extract, text, place):
    control = one(_claims(extract(text), "Control"), controlled=place)
    assert control["controller"] == "ravel-front"


@pytest.mark.parametrize("text", [
    "The Treasury's Office of Foreign Assets Control designated the gang, its leader Tom Arden, and Orlan Shipping.",
    "The Ministry of Defence designated the Ravel Front and its commander, Tom Arden.",
    "The European Union listed the Ravel Front and its chief, Tom Arden.",
])
def test_a_title_never_makes_a_person_control_a_state_body(extract, text):
    controls = _claims(extract(text), "Control")
    assert all(c["controlled"] not in ("office-of-foreign-assets-control", "ministry-of-defence", "european-union",
                                       "treasury-department") for c in controls)


@pytest.mark.parametrize("text", [
    "The Ravel Front, led by Tom Arden, operates in Niger.",
    "Tom Arden commands the Ravel Front.",
    "The Ravel Front is an armed group. Its leader, Tom Arden, lives in Niger.",
])
def test_a_leader_controls_his_group(extract, text):
    one(_claims(extract(text), "Control"), controller="tom-arden", controlled="ravel-front")


# ---------------------------------------------------------------- round 4: force size
@pytest.mark.parametrize("text, value, qualifier, maximum", [
    ("The Ravel Front operates in Niger. Niger's army puts the group's strength at 300.", 300, "exactly", None),
    ("The Ravel Front operates in Peru. The Peruvian army puts its strength at fewer than three hundred armed "
     "fighters.", 300, "at-most", None),
    ("The Ravel Front operates in Niger. The Nigerien military (FAN) estimates that the group has between 150 and "
     "200 fighters but only about 60 firearms.", 150, "at-least", 200),
    ("The Ravel Front operates in Niger. The experts put its strength at roughly two thousand fighters.",
     2000, "approximately", None),
])
def test_the_force_size_is_the_groups_never_the_army_that_gives_it(extract, text, value, qualifier, maximum):
    estimates = [c for c in _claims(extract(text), "Estimate") if c["measure"] == "force-size"]
    estimate = one(estimates)
    assert (estimate["of"], estimate["value"], estimate["qualifier"], estimate.get("maximum")) == \
        ("ravel-front", value, qualifier, maximum)


def test_contractors_are_a_category_only_when_part_of_a_force(extract):
    whole = one(_claims(extract("Orlan Group, which is commanded by Tom Arden, has some 1,500 contractors in Mali."),
                        "Estimate"))
    assert whole["value"] == 1500 and "category" not in whole
    parts = _claims(extract("Orlan Group has 5,000 men, including 1,000 contractors."), "Estimate")
    assert one(parts, value=1000)["category"] == "contractors" and "category" not in one(parts, value=5000)


# ---------------------------------------------------------------- round 4: who is accused of a killing
@pytest.mark.parametrize("text", [
    "A drone struck the market in Kelba on Monday, killing 23 civilians. Witnesses attributed the strike to the "
    "Ravel Front.",
    "The killings of nine miners in Kelba were blamed on the Ravel Front.",
    "Gunmen killed six herders near the village of Kelba in May. The police attributed the killings to the Ravel "
    "Front.",
    "The Ravel Front (RF) operates in Niger. The regional police say RF fighters shot dead nine workers who were "
    "building a road in Kelba in February.",
])
def test_the_group_a_killing_is_blamed_on_is_accused(extract, text):
    doc = extract(text)
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["kelba"]
    one(_claims(doc, "Participation"), actor="ravel-front", event=event["id"], role="accused-participant")


def test_what_is_attributed_is_not_always_a_killing(extract):
    doc = extract("Gunmen killed six herders near the village of Kelba in May. Local officials attributed the delay "
                  "to the Ravel Front.")
    assert _claims(doc, "Participation") == []


# ---------------------------------------------------------------- round 4: listings
@pytest.mark.parametrize("text, status, targets", [
    ("In Brussels, the European Union agreed on Monday to add Tom Arden to its sanctions list.", "announced",
     ["tom-arden"]),
    ("EU foreign ministers agreed to list Orlan Shipping and Tom Arden.", "announced", ["orlan-shipping", "tom-arden"]),
    ("On 2 May, the Canadian government added Orlan Shipping, a freight company, and its owner, Tom Arden, to the "
     "list of persons designated under its sanctions regulations.", "imposed", ["orlan-shipping", "tom-arden"]),
])
def test_listings_added_agreed_and_long_objects(extract, text, status, targets):
    measure = one(_claims(extract(text), "SanctionsMeasure"))
    assert measure["status"] == status and sorted(measure["targets"]) == targets


@pytest.mark.parametrize("text", [
    "The Ravel Front listed Tom Arden as a traitor.",
    "The Ravel Front added Orlan Shipping to its list of enemies.",
])
def test_an_armed_group_imposes_no_sanctions(extract, text):
    assert all(m.get("authority") != "ravel-front" for m in _claims(extract(text), "SanctionsMeasure"))


@pytest.mark.parametrize("text, group", [
    ("The Ravel Front broke away from the Kelba Alliance in 2023. The group is led by Tom Arden. The experts put its "
     "strength at roughly two thousand fighters.", "ravel-front"),
    ("The Ravel Front operates in Niger. The Nigerien army estimates that the group has about 900 fighters.",
     "ravel-front"),
])
def test_its_strength_is_the_group_named_before_never_the_army(extract, text, group):
    estimate = one(_claims(extract(text), "Estimate"))
    assert estimate["of"] == group and estimate["measure"] == "force-size"


def test_a_strength_given_after_an_unclassed_body_is_not_the_bodys(extract):
    doc = extract("The Directorate of Maritime Customs searched the boat. The Nigerien army estimates that the group "
                  "has about 900 fighters.")
    assert all(e["of"] != "directorate-of-maritime-customs" for e in _claims(doc, "Estimate"))


def test_a_body_named_before_its_directors_title_is_controlled(extract):
    """The counterpart of "its leader X" after a state body: "OFAC Director X" names the office."""
    control = one(_claims(extract("OFAC Director Nadia Brennan said the designations would continue."), "Control"))
    assert control["controlled"] == "office-of-foreign-assets-control"


# ---------------------------------------------------------------- round 4: the recipient a pronoun stands for
@pytest.mark.parametrize("text", [
    "The Nigerien army fights the Ravel Front. Export records reviewed by the Sahel Conflict Monitor show that it "
    "procured armed drones from Orlan Shipping in 2024.",
    "The Ravel Front operates in Niger. Customs papers seen by the Sahel Conflict Monitor show that it bought rifles "
    "from Orlan Shipping in 2024.",
    "The Ravel Front operates in Niger. A trader told the Sahel Conflict Monitor that it bought rifles from Orlan "
    "Shipping in 2024.",
])
def test_a_pronoun_recipient_is_never_the_monitor_reporting_it(extract, text):
    assert all(t["recipient"] != "sahel-conflict-monitor" for t in _claims(extract(text), "ArmsTransfer"))


@pytest.mark.parametrize("text", [
    "The Ravel Front operates in Niger. Documents show that it bought rifles from Orlan Shipping in 2024.",
    "The Ravel Front fights in Mali. Officials said it had bought mortars from Orlan Shipping in 2024.",
])
def test_a_pronoun_recipient_read_as_a_state_is_the_group(extract, text):
    transfer = one(_claims(extract(text), "ArmsTransfer"))
    assert transfer["recipient"] == "ravel-front" and transfer["supplier"] == "orlan-shipping"


def test_a_state_that_buys_stays_the_recipient_when_no_group_is_named(extract):
    transfer = one(_claims(extract("Chad is a landlocked country. Officials said it bought rifles from Orlan Shipping "
                                   "in 2024."), "ArmsTransfer"))
    assert transfer["recipient"] == "chad"


# ---------------------------------------------------------------- round 4: killings named by other nouns
@pytest.mark.parametrize("text, place, count", [
    ("Police are investigating the shooting of fourteen people at a bar in the town of Kelba.", "kelba", 14),
    ("Survivors described the bombing of twelve worshippers near the village of Sarno.", "sarno", 12),
])
def test_a_shooting_or_bombing_of_counted_victims_is_a_killing(extract, text, place, count):
    doc = extract(text)
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == [place]
    assert one(_claims(doc, "Estimate"), of=event["id"])["value"] == count


@pytest.mark.parametrize("text", [
    "The shooting range in the town of Kelba reopened.",
    "The Ravel Front's raid on a camp in the village of Sarno was its largest.",
])
def test_a_harm_noun_without_victims_is_no_killing(extract, text):
    assert _claims(extract(text), "Atrocity") == []


def test_what_a_candidate_says_ends_with_one_full_stop(extract):
    measure = one(extract("The United States sanctioned Sefu Trading Ltd. on Monday.")["claims"],
                  type="SanctionsMeasure")
    assert measure["says"].endswith("Sefu Trading Ltd.") and not measure["says"].endswith("..")


# ---------------------------------------------------------------- round 5: the target set of a measure
@pytest.mark.parametrize("text, count", [
    ("Britain is imposing sanctions on the Orlan Brigade, an armed group based in Chad, on its commander, Sam Delo, "
     "and on six members of the group's finance committee.", 6),
    ("Japan announced that it is placing sanctions on the Orlan Brigade, on its founder, Sam Delo, and on three "
     "members of the Orlan Brigade's military council.", 3),
])
def test_every_target_of_a_measure_with_repeated_on(extract, text, count):
    doc = extract(text)
    measure = one(_claims(doc, "SanctionsMeasure"))
    group = one([e for e in doc["entities"] if e["type"] == "ActorSet"])
    assert group["count"] == count and group["member_of"] == "orlan-brigade"
    assert measure["targets"] == ["orlan-brigade", "sam-delo", group["id"]]
    assert all(e["measure"] != "force-size" for e in _claims(doc, "Estimate"))  # a count of targets is no strength


@pytest.mark.parametrize("text, target", [
    ("The Orlan Brigade operates in Chad. Britain first designated the Chadian group in 2014.", ["orlan-brigade"]),
    ("The Orlan Brigade fights in Mali. Japan listed this Malian militia as a terrorist entity.", ["orlan-brigade"]),
    ("Britain sanctioned a Chadian group.", None),
])
def test_a_demonym_describing_a_target_is_never_the_state(extract, text, target):
    measures = _claims(extract(text), "SanctionsMeasure")
    assert all(m.get("targets") != ["chad"] and m.get("targets") != ["mali"] for m in measures)
    if target:
        assert one(measures)["targets"] == target


@pytest.mark.parametrize("text, status, count", [
    ("The Ravel Front is led by Tom Arden. The Treasury said it intends to designate Arden and four of his deputies "
     "under Executive Order 14059.", "announced", 4),
    ("The Ravel Front is led by Tom Arden. Japan plans to sanction Arden and two of his aides.", "announced", 2),
    ("The Ravel Front is led by Tom Arden. Australia would impose asset freezes and travel bans on three financiers "
     "of the Ravel Front.", "announced", 3),
])
def test_a_counted_set_of_a_leaders_men_is_a_target(extract, text, status, count):
    doc = extract(text)
    group = one([e for e in doc["entities"] if e["type"] == "ActorSet"])
    assert group["count"] == count and group["member_of"] == "ravel-front"
    measure = one(_claims(doc, "SanctionsMeasure"))
    assert measure["status"] == status and group["id"] in measure["targets"]


def test_two_of_the_named_things_is_no_actor_set(extract):
    doc = extract("Tom Arden sold three of his trucks. Britain sanctioned two of the ships.")
    assert [e for e in doc["entities"] if e["type"] == "ActorSet"] == []


@pytest.mark.parametrize("text, targets", [
    ("Japan is also listing Orlan Shipping Ltd, a freight forwarder registered in Lagos, Nigeria, and its managing "
     "director, Tom Arden, for their role in arming the group.", ["orlan-shipping-ltd", "tom-arden"]),
    ("Britain designated Orlan Shipping, a company based in Lagos, and its owner, Sam Delo.",
     ["orlan-shipping", "sam-delo"]),
])
def test_a_firm_described_and_its_director_are_both_targets(extract, text, targets):
    assert one(_claims(extract(text), "SanctionsMeasure"))["targets"] == targets


def test_a_firm_owned_by_a_person_is_the_only_target(extract):
    measure = one(_claims(extract("Britain designated Orlan Shipping, a company owned by Sam Delo and his brother."),
                          "SanctionsMeasure"))
    assert measure["targets"] == ["orlan-shipping"]


# ---------------------------------------------------------------- round 5: control of a place NER took for a body
@pytest.mark.parametrize("text, place", [
    ("In March, Ravel Front fighters seized the district centre of Kel-e Sabz in Badakhshan and have held it since.",
     "kel-e-sabz"),
    ("Last year the Ravel Front overran the market town of Kelba before troops pushed it out.", "kelba"),
    ("The Ravel Front holds the village of Kelbari.", "kelbari"),
])
def test_a_group_that_takes_the_town_of_x_controls_x(extract, text, place):
    control = one(_claims(extract(text), "Control"))
    assert control["controller"] == "ravel-front" and control["controlled"] == place


def test_a_community_centre_attacked_is_no_control(extract):
    assert _claims(extract("The Ravel Front attacked the community centre of Sarno."), "Control") == []


# ---------------------------------------------------------------- round 5: a monitor never operates
@pytest.mark.parametrize("text", [
    "About this report: The Sarno Rural Monitoring Centre is an independent organisation based in Kelba that "
    "documents violence against farmers.",
    "The Kelba Human Rights Watch operates in Sarno and Kelba.",
])
def test_a_monitoring_body_has_no_operation(extract, text):
    assert _claims(extract(text), "Operation") == []


def test_a_group_based_in_a_town_still_operates(extract):
    assert one(_claims(extract("The Ravel Front is an armed group based in Kelba."), "Operation"))["actor"] == "ravel-front"


# ---------------------------------------------------------------- round 5: "a hundred and fifty" is one number
@pytest.mark.parametrize("text, value", [
    ("The Ravel Front operates in Kelba. We estimate that the group has around a hundred and fifty armed members.", 150),
    ("The Ravel Front operates in Kelba. Police say the group has two thousand and forty fighters.", 2040),
])
def test_a_number_in_words_with_and_is_one_force_size(extract, text, value):
    estimate = one(_claims(extract(text), "Estimate"))
    assert estimate["of"] == "ravel-front" and estimate["value"] == value


# ---------------------------------------------------------------- round 5: "a group active in A and B"
@pytest.mark.parametrize("text", [
    "The Ravel Front is a criminal armed group active in the municipalities of Sarno and Kelbari.",
    "The Ravel Front is a gang operating across the provinces of Sarno and Kelbari.",
])
def test_a_group_described_as_active_in_places_operates_there(extract, text):
    ops = _claims(extract(text), "Operation")
    assert sorted(o["location"][0] for o in ops) == ["kelbari", "sarno"] and {o["actor"] for o in ops} == {"ravel-front"}


def test_a_group_famous_in_a_place_does_not_operate_there(extract):
    assert _claims(extract("The Ravel Front is a group famous in Sarno."), "Operation") == []


# ---------------------------------------------------------------- round 5: the shipper a relative clause names
@pytest.mark.parametrize("text, supplier", [
    ("The UK government on Wednesday froze the assets of Orlan Shipping LLC, a shipping agent based in Lagos, Nigeria, "
     "which it said had shipped drone components bound for the Ravel Front through Chad in 2026.", "orlan-shipping-llc"),
    ("Orlan Shipping sent rifles destined for the Ravel Front.", "orlan-shipping"),
])
def test_a_shipper_of_items_bound_for_a_group_supplies_it(extract, text, supplier):
    transfer = one(_claims(extract(text), "ArmsTransfer"))
    assert transfer["supplier"] == supplier and transfer["recipient"] == "ravel-front"
