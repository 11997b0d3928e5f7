"""Classes of new-entity errors found on the fifth held-out set (round 6,
issue #12), each with new fictional sentences of its own: people named after
a post in capitals or after "led by" (whatever the NER made of them, and with
a Burmese honorific), a multi-word post is no place, a defined name with its
abbreviation wins over a shorter name inside it, and a name first read as an
organisation or a person that a later mention places becomes a place."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, entity_ids as _ids  # noqa: F401 - extract is a fixture


def _type(doc, ident):
    return one(doc["entities"], id=ident)["type"]


# ---------------------------------------------------------------- 1. people after a post or "led by"
@pytest.mark.parametrize("text,ident", [
    ("Marsabit's Deputy County Commissioner, Halima Wario Guyo, said the raiders had crossed at night.",
     "halima-wario-guyo"),
    ("The Ravel Front is led by Ousmane Koulibaly Traoré, a former customs officer.", "ousmane-koulibaly-traore"),
    ("The camp was run by a militia commanded by Kaveh Rostami Nejad since 2024.", "kaveh-rostami-nejad"),
    ("Speaking by phone, the brigade's commander, U Min Htet Aung, denied that his men were there.",
     "min-htet-aung"),
])
def test_a_person_named_after_a_post_or_led_by(extract, text, ident):
    doc = extract(text)
    assert _type(doc, ident) == "Person"


def test_the_honorific_is_an_alias(extract):
    doc = extract("Speaking by phone, the brigade's commander, U Min Htet Aung, denied that his men were there.")
    assert "U Min Htet Aung" in one(doc["entities"], id="min-htet-aung").get("aliases", [])


def test_led_by_a_group_or_a_state_is_no_person(extract):
    doc = extract("The offensive was led by the Ravel Liberation Front and supported by fighters led by Niger.")
    assert not any(e["type"] == "Person" for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 2. a post in capitals is no place
def test_a_capitalised_post_is_no_entity(extract):
    doc = extract("Lamu's Resident Peace Commissioner, Omar Bakari Shee, said the boats had left at dawn.")
    # the post is no body nor person; it is the role of the post the name holds (round 13: its words whole)
    assert "resident-peace-commissioner" not in _ids(doc) or _type(doc, "resident-peace-commissioner") == "Role"
    assert _type(doc, "omar-bakari-shee") == "Person"


# ---------------------------------------------------------------- 3. a defined name wins over a shorter one inside
@pytest.mark.parametrize("text,ident,short", [
    ("The UN Office for the Protection of Herders (OPH) said the Ravel Front burned the camp.",
     "un-office-for-the-protection-of-herders", "un-office"),
    ("The African Union Mission in Western Sahel (AUMIWS) said the convoy was ambushed near the border.",
     "african-union-mission-in-western-sahel", "african-union-mission"),
])
def test_a_defined_name_wins_over_its_first_words(extract, text, ident, short):
    doc = extract(text)
    assert ident in _ids(doc) and short not in _ids(doc), doc["entities"]


# ---------------------------------------------------------------- 4. a later mention places a name
@pytest.mark.parametrize("text,ident", [
    ("Gunmen attacked Nyaung Pin Thar on Monday. Soldiers reached Nyaung Pin Thar village two days later.",
     "nyaung-pin-thar"),
    ("Amina Ladan Bello condemned the raid. In Amina Ladan Bello, families buried the dead on Friday.",
     "amina-ladan-bello"),
])
def test_a_name_a_later_mention_places_is_a_place(extract, text, ident):
    doc = extract(text)
    assert _type(doc, ident) in ("Settlement", "Region", "Place")


def test_an_organisation_with_a_head_word_stays_one(extract):
    doc = extract("The Kalamu Relief Network said it would help. Its staff work in Kalamu Relief Network camps.")
    assert _type(doc, "kalamu-relief-network") != "Settlement"


def test_led_by_a_short_name_is_the_person_named_before(extract):
    doc = extract("Treasury designated Mariela Soto Quiñónez, the gang's leader. The gang is led by Soto Quiñónez, "
                  "who runs it from prison.")
    assert "soto-quinonez" not in _ids(doc)
    assert _type(doc, "mariela-soto-quinonez") == "Person"


# ---------------------------------------------------------------- 5. a body owned by an organisation that is no state
@pytest.mark.parametrize("text,owner,body", [
    ("On Monday the Transitional Salvation Council's Ministry of Civil Defence said the strike killed nine people.",
     "transitional-salvation-council", "ministry-of-civil-defence"),
    ("The Ravel Liberation Front's Office of Political Affairs denied that its fighters took part.",
     "ravel-liberation-front", "office-of-political-affairs"),
])
def test_a_body_after_an_organisations_possessive_is_its_own(extract, text, owner, body):
    doc = extract(text)
    record = one(doc["entities"], id=body)
    assert record["type"] == "GovernmentBody" and record.get("part_of") in (owner, [owner]), record
    assert owner in _ids(doc)
    assert not any(e["id"].startswith(owner + "-") for e in doc["entities"]), doc["entities"]


def test_a_state_body_after_the_states_possessive_is_unchanged(extract):
    doc = extract("Kenya's Ministry of Interior and Coordination said the boats had been seized.")
    assert not any(e.get("part_of") not in (None, "kenya", ["kenya"]) for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 6. vessels with a prefix the lexicon lacks
@pytest.mark.parametrize("text,name", [
    ("The patrol vessel KV Mwambao intercepted the dhow off the coast.", "mwambao"),
    ("Sailors from the frigate ZR Tembo boarded the boat on Friday.", "tembo"),
])
def test_a_vessel_after_its_noun_and_prefix_is_no_entity(extract, text, name):
    doc = extract(text)
    assert not any(name in e["id"] for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 7. a river inside a longer name
def test_a_river_in_a_groups_name_is_no_place(extract):
    doc = extract("Fighters of the Sittang River People's Liberation Army, a resistance force active in the hills, "
                  "said they shot down a drone.")
    assert "sittang-river" not in _ids(doc), doc["entities"]


def test_a_river_alone_is_still_a_place(extract):
    doc = extract("The boats crossed the Sittang River at night, the Ravel Front said.")
    assert "sittang-river" in _ids(doc)


# ---------------------------------------------------------------- 8. a body after its state's name, shortened
def test_the_body_without_its_states_name_is_the_same_body(extract):
    doc = extract("The Kenya Maritime Command seized rifles on Monday. The Maritime Command said the crew was held.")
    assert "maritime-command" not in _ids(doc), doc["entities"]


# ---------------------------------------------------------------- 9. the source's own masthead and footer
def test_a_masthead_and_footer_name_the_publisher_not_a_new_entity(extract):
    doc = extract("Savanna Rights Watch | Field Note | 3 June 2025\n\nRaid on a market\n\n"
                  "Gunmen of the Ravel Front killed six traders in the town of Mbalo on Monday.\n\n"
                  "About us: Savanna Rights Watch is an independent group working in the Ouaddaï region.")
    assert "savanna-rights-watch" not in _ids(doc), doc["entities"]
    assert "mbalo" in _ids(doc)


def test_a_wire_agency_in_the_dateline_is_no_new_entity(extract):
    doc = extract("MOPTI, June 9, 2025 (Niger Valley Wire) - Fighters of the Ravel Front killed six traders in the "
                  "town of Sorra on Monday, officials said.")
    assert "niger-valley-wire" not in _ids(doc), doc["entities"]


def test_an_organisation_named_in_the_body_is_still_proposed(extract):
    doc = extract("Savanna Rights Watch said on Monday that Gunmen of the Ravel Front killed six traders in the town "
                  "of Mbalo.")
    assert "savanna-rights-watch" in _ids(doc), doc["entities"]


# ---------------------------------------------------------------- 10. committees named by task or resolution
@pytest.mark.parametrize("text,label", [
    ("The Panel briefed the Security Council Committee established pursuant to resolution 2511 (2020) on Monday.",
     "Security Council Committee established pursuant to resolution 2511 (2020)"),
    ("In May, the Security Council's Ravel Front sanctions committee listed two of its commanders.",
     "Ravel Front sanctions committee"),
])
def test_a_committee_is_one_international_body(extract, text, label):
    doc = extract(text)
    record = one(doc["entities"], label=label)
    assert record["type"] == "InternationalOrganisation" and record.get("part_of") in ("un-security-council",
                                                                                       ["un-security-council"])
    assert not any(e["type"] == "LegalInstrument" for e in doc["entities"]), doc["entities"]


def test_a_committee_named_again_by_its_resolutions_is_the_same(extract):
    doc = extract("The Ravel Front Sanctions Committee met on Monday. The Security Council Committee pursuant to "
                  "resolution 2511 (2020) heard the Panel.")
    assert sum(e["type"] == "InternationalOrganisation" and "ommittee" in e["label"] for e in doc["entities"]) == 1


def test_a_resolution_written_with_its_year_is_also_named_so(extract):
    doc = extract("The Committee listed the Ravel Front under paragraph 3 of resolution 2511 (2020) on Monday.")
    names = [a.lower() for a in one(doc["entities"], type="LegalInstrument").get("aliases", [])]
    assert "resolution 2511 (2020)" in names


# ---------------------------------------------------------------- 11. international bodies by their first word
@pytest.mark.parametrize("text,ident", [
    ("Judges of the International Maritime Claims Court said the ruling on the Ravel Front was final.",
     "international-maritime-claims-court"),
    ("Troops of the Multinational Lakes Security Force pushed the Ravel Front out of Sorra.",
     "multinational-lakes-security-force"),
])
def test_an_international_body_by_its_first_word(extract, text, ident):
    doc = extract(text)
    assert _type(doc, ident) == "InternationalOrganisation"


def test_a_national_court_stays_a_government_body(extract):
    doc = extract("The Supreme Military Court sentenced the commander of the Ravel Front on Monday.")
    assert _type(doc, "supreme-military-court") == "GovernmentBody"


# ---------------------------------------------------------------- 12. a clause's verb or a quantifier before a name
@pytest.mark.parametrize("text,bad", [
    ("The Ravel Front Sanctions Committee met on Monday. Briefing the Committee on Tuesday, the Panel said the "
     "group had grown.", "briefing"),
    ("The Ravel Front Sanctions Committee met on Monday. Several Committee members asked about aid convoys.",
     "several"),
])
def test_a_verb_or_quantifier_before_a_name_is_no_part_of_it(extract, text, bad):
    doc = extract(text)
    assert not any(e["id"].startswith(bad) for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 13. a minister by portfolio
@pytest.mark.parametrize("text,role,label", [
    ("Chad blamed the Ravel Front. Justice Minister Amara Telli Bongo told reporters that the group had killed nine "
     "people.",
     "justice-minister", "Justice Minister"),
    ("Angola will not talk to the Ravel Front. \"We will not negotiate,\" Information Minister Paulo Mavinga Neto "
     "said on Monday.",
     "information-minister", "Information Minister"),
])
def test_a_minister_by_portfolio_is_that_role(extract, text, role, label):
    doc = extract(text)
    assert one(doc["entities"], id=role)["label"] == label
    assert "minister" not in _ids(doc)


# ---------------------------------------------------------------- 14. one region whose name joins two
def test_a_region_whose_name_joins_two_is_one(extract):
    doc = extract("The Ravel Front has attacked police posts in Chad's Ennedi and Borkou Province since March.")
    region = one(doc["entities"], id="ennedi-and-borkou-province")
    assert region["type"] == "Region" and "Ennedi and Borkou" in region.get("aliases", [])
    assert not {"ennedi", "borkou-province"} & _ids(doc)


def test_two_regions_before_a_plural_stay_two(extract):
    doc = extract("The Ravel Front has attacked police posts in the Ennedi and Borkou provinces since March.")
    assert {"ennedi", "borkou"} <= _ids(doc)


# ---------------------------------------------------------------- 15. towns the NER left untagged
@pytest.mark.parametrize("text,ident", [
    ("Thousands of residents fled towards Mbaïki after the Ravel Front attacked the market.", "mbaiki"),
    ("The convoy of the Ravel Front was ambushed north of Nyamlell Thiet on Friday.", "nyamlell-thiet"),
    ("Smugglers landed the crates off Kilwa Masoko before dawn, the Ravel Front said.", "kilwa-masoko"),
])
def test_an_untagged_town_after_a_cue_is_a_settlement(extract, text, ident):
    doc = extract(text)
    assert _type(doc, ident) == "Settlement"


def test_a_month_or_a_firm_after_from_is_no_town(extract):
    doc = extract("From March the Ravel Front bought rifles from Kestrel Trading Ltd, the Panel said.")
    assert not any(e["type"] == "Settlement" for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 16. a figure of speech is no weapon type
def test_the_last_gun_is_no_weapon_type(extract):
    doc = extract("\"We will not stop until the last gun is handed in,\" said the commander of the Ravel Front.")
    assert not any(e["type"] == "WeaponType" for e in doc["entities"]), doc["entities"]


def test_guns_handed_in_are_still_a_weapon_type(extract):
    doc = extract("Fighters of the Ravel Front handed in 40 rifles to the army in Sorra on Monday.")
    assert any(e["type"] == "WeaponType" for e in doc["entities"]), doc["entities"]
