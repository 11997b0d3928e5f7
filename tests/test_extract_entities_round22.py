"""Round 22, entities: a statute named by its kind, an optional bracketed number and its title after "on" or
"concerning" ("the Ordinance (2027:311) on Restrictive Measures concerning X", "its Ordinance on Measures
against X") is one legal instrument, its title's words no organisation; an EU common position by its number is
one; a law cited only as what punishes a breach ("punishable under", "liable to fines under") is no entity; a
headline's "X armed group" names the place X when the text only ever names X as a place; a name apposed to a
post may open with an accented capital ("Élodie", "Ömer"); a count of people whose names the next words list
("two of its commanders, A and B") is those people, no ActorSet; a short verbless heading of a lot
("Seizure list:", "Inventory of the haul:") opens a list of arms; "the X Division's Y Unit" is a body Y, part of the
state body X, never one name glued; a place named again with "island" after it has that form as a name too;
"X Y, a supplier of fuel" whom the text calls "Mr Y" is a person, not a company."""

from __future__ import annotations

from .extract_cases import extract, entity, entity_ids as _ids  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. a statute's title is one instrument
def test_a_statute_named_by_its_title_is_one_instrument(extract):
    for text, label, words in (
            ("The decision is taken under the Ordinance (2027:311) on Restrictive Measures concerning the Korvena "
             "Highlands, issued under the Act (1998:42) on Certain International Sanctions.",
             "Act (1998:42) on Certain International Sanctions", {"restrictive-measures",
                                                                  "certain-international-sanctions"}),
            ("The Government froze the assets of the Talvo Front under the Decree (2026:88) on Sanctions against "
             "the Talvo Front.", "Decree (2026:88) on Sanctions against the Talvo Front", set()),
            ("The Government will list the group under its Ordinance on Measures against Harakat al-Talvo, the ministry "
             "said.", "Ordinance on Measures against Harakat al-Talvo", {"measures-against-harakat-al-talvo"}),
            ("On Monday the ministry listed the company under the Federal Act on International Restrictive Measures "
             "on Monday.", "Federal Act on International Restrictive Measures", set())):
        doc = extract(text)
        found = [e for e in doc["entities"] if e["label"] == label]
        assert found and found[0]["type"] == "LegalInstrument", (text, doc["entities"])
        assert not words & _ids(doc), (text, doc["entities"])
        assert not any(e["type"] == "Organisation" and e["label"] in label for e in doc["entities"]), \
            (text, doc["entities"])


def test_act_on_as_a_verb_names_no_instrument(extract):
    for text in ("The ministry said it would act on the findings of the Korvena Commission.",
                 "The Order on Tuesday froze the accounts of the Talvo Front, the court said."):
        doc = extract(text)
        assert not any(e["type"] == "LegalInstrument" for e in doc["entities"]), (text, doc["entities"])


def test_a_common_position_is_one_instrument(extract):
    doc = extract("Belgium will propose that the Talvo Front be added to the list established by Council Common "
                  "Position 2001/931/CFSP.")
    assert entity(doc, "council-common-position-2001-931-cfsp")["type"] == "LegalInstrument", doc["entities"]
    assert not any(e["type"] == "Organisation" and "Position" in e["label"] for e in doc["entities"])


# ---------------------------------------------------------------- 2. a law that only punishes is no entity
def test_a_law_cited_only_for_its_penalties_is_no_entity(extract):
    for text in (
            "Breaches are punishable under the Act on Penalties for Violations of International Sanctions.",
            "Anyone who breaches the freeze is liable to fines under the Law on Foreign Trade Controls.",
            "Making funds available to the group carries penalties under the Sanctions Act 2019.",
            "Violations are punishable under the Sanctions Act, the agency reminded traders."):
        doc = extract(text)
        assert not any(e["type"] == "LegalInstrument" for e in doc["entities"]), (text, doc["entities"])
        assert not any("violations" in i or "penalties" in i for i in _ids(doc)), (text, doc["entities"])


def test_a_law_the_measure_rests_on_stays(extract):
    for text, label in (
            ("The ministry listed the Talvo Front under the Law on Foreign Trade Controls on Monday.",
             "Law on Foreign Trade Controls"),
            ("The group was designated under the Sanctions Act 2019; breaches are punishable under the Penal Code.",
             "Sanctions Act 2019"),
            # a law named as the basis and again for its penalties stays
            ("The measures are adopted under the Sanctions Act and the Regulations on Korvena. Violations are "
             "punishable under the Sanctions Act.", "Sanctions Act"),
            ("The decision was taken under the Act on the Freezing of Funds with a View to Combating Terrorism "
             "(325/2013) on Monday.", "Act on the Freezing of Funds with a View to Combating Terrorism (325/2013)")):
        doc = extract(text)
        assert any(e["label"] == label and e["type"] == "LegalInstrument" for e in doc["entities"]), \
            (text, doc["entities"])


# ---------------------------------------------------------------- 3. a headline's "X armed group" names a place
def test_a_name_before_a_group_noun_that_the_text_names_as_a_place_is_a_place(extract):
    for text, ident in (
            ("New listings target Korvena armed group\n\nThe Talvo Front is an armed group active in the Korvena "
             "region. It operates in the Korvena and Marsabet districts.", "korvena"),
            ("Dunmore militia blamed for market raid\n\nPolice blamed the Talvo Front for the killings in Dunmore on "
             "Monday. Many residents fled from Dunmore to Dessa.", "dunmore"),
            ("Sanctions hit Arvella gang\n\nThe Talvo Front, a gang based in Arvella, was listed on Monday. Its "
             "fighters hold the road near Arvella.", "arvella")):
        doc = extract(text)
        found = [e for e in doc["entities"] if e["id"] == ident]
        assert not found or found[0]["type"] in ("Region", "Settlement", "Place"), (text, doc["entities"])
        assert entity(doc, "talvo-front")["type"] == "ArmedGroup", (text, doc["entities"])


def test_a_group_the_text_describes_as_one_stays_a_group(extract):
    doc = extract("Talvo militia kills 12 in raid on market\n\nThe Talvo, an armed group formed in 2019, killed 12 "
                  "traders in Korvena. Talvo fighters burned the stalls in Korvena.")
    assert entity(doc, "talvo")["type"] == "ArmedGroup", doc["entities"]


# ---------------------------------------------------------------- 4. a name opening with an accented capital
def test_a_name_with_an_accented_capital_is_apposed_to_its_post(extract):
    for text, label in (
            ("Norway's Minister of Public Safety, Élodie Marchand-Lavoie, said on Tuesday that the government "
             "intends to list the Talvo Front as a terrorist entity.", "Élodie Marchand-Lavoie"),
            ("The group's spokesman, Ömer Yıldız Kaya, said the Talvo Front had attacked the town.",
             "Ömer Yıldız Kaya"),
            ("The company's lawyer, Łukasz Żmuda, told reporters the firm had never sold a weapon.", "Łukasz Żmuda"),
            ("A spokesman for the Talvo Front, Émile Toko, denied the charge.", "Émile Toko")):
        doc = extract(text)
        assert any(e["label"] == label and e["type"] == "Person" for e in doc["entities"]), (text, doc["entities"])


def test_a_lower_case_accented_word_opens_no_name(extract):
    doc = extract("The ministry's spokesman, élite units aside, said the Talvo Front had attacked the town.")
    assert not any(e["type"] == "Person" for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 5. a counted set the next words name is no set
def test_a_counted_set_named_by_apposition_is_no_actor_set(extract):
    for text, people in (
            ("On Monday, the Council extended its restrictive measures against the Talvo Front, listed in June 2027, "
             "to two of the group's commanders, Jonas Mbeki Arakwe and Pierre Ouédraogo Sanou.",
             {"jonas-mbeki-arakwe", "pierre-ouedraogo-sanou"}),
            ("The Treasury also designated three of its commanders, Jonas Arakwe, Pierre Sanou and Marc Tadesse, on "
             "Friday, in an action against the Talvo Front.", {"jonas-arakwe", "pierre-sanou", "marc-tadesse"}),
            ("Norway designated two financiers of the Talvo Front, Amadou Sore Diallo and Jean Kabila Otto, on "
             "Friday.", {"amadou-sore-diallo", "jean-kabila-otto"}),
            ("The Treasury designated two managers of Kestrel Logistics, Amadou Sore Diallo and Jean Kabila Otto, "
             "on Friday.", {"amadou-sore-diallo", "jean-kabila-otto"})):
        doc = extract(text)
        assert not any(e["type"] == "ActorSet" for e in doc["entities"]), (text, doc["entities"])
        assert people <= _ids(doc), (text, doc["entities"])


def test_a_counted_set_left_unnamed_stays_a_set(extract):
    for text in ("The Treasury designated three commanders of the Talvo Front on Friday.",
                 "Norway designated two financiers of the Talvo Front on Friday, the statement said."):
        doc = extract(text)
        assert any(e["type"] == "ActorSet" and e.get("member_of") == "talvo-front" for e in doc["entities"]), \
            (text, doc["entities"])


# ---------------------------------------------------------------- 6. a verbless heading opens a list of arms
def test_a_verbless_heading_of_a_lot_opens_a_list_of_arms(extract):
    for heading in ("Seizure list:", "Inventory of the haul:", "Recovered items:"):
        doc = extract("Customs officers at the port of Korvena seized a container on Monday.\n\n" + heading + "\n\n"
                      "- 40 AKM-pattern assault rifles, 7.62 x 39 mm\n- 300 PG-7 rockets\n"
                      "- 12,000 rounds of 7.62 x 39 mm ammunition\n")
        assert {"akm-pattern-assault-rifles", "pg-7-rockets"} <= _ids(doc), (heading, doc["entities"])


def test_a_heading_of_people_opens_no_list_of_arms(extract):
    doc = extract("The ministry listed three people on Monday.\n\nList of persons:\n\n- Jonas Arakwe, a trader in "
                  "rifles\n- Pierre Sanou, a driver\n")
    assert not any(e["type"] == "WeaponType" for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 7. a state body's unit is a body of its own
def test_a_unit_of_a_body_named_by_its_words_is_a_body_of_its_own(extract):
    for text, owner, unit in (
            ("Officers of the Customs Division's Harbour Enforcement Unit seized a consignment of rifles on Thursday.",
             "customs-division", "harbour-enforcement-unit"),
            ("Officers of the Korvena Revenue Authority's Border Enforcement Unit seized 40 rifles on Thursday.",
             "korvena-revenue-authority", "border-enforcement-unit"),
            ("The Immigration Directorate's Document Fraud Section said the passports were forged.",
             "immigration-directorate", "document-fraud-section")):
        doc = extract(text)
        found = entity(doc, unit)
        assert found["type"] == "GovernmentBody" and found.get("part_of") == owner, (text, doc["entities"])
        assert entity(doc, owner)["type"] == "GovernmentBody", (text, doc["entities"])
        assert not any(i.startswith(owner + "-") for i in _ids(doc)), (text, doc["entities"])


def test_an_armed_group_s_unit_stays_unglued_to_no_state_body(extract):
    doc = extract("Fighters of the Talvo Front's Mobile Strike Unit attacked Korvena on Thursday.")
    assert not any(e["type"] == "GovernmentBody" for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 8. a place named with "island" after it
def test_a_place_named_again_with_island_has_that_name(extract):
    for text in ("The group has held Korvena island in the lake since 2026, officials said. Fishermen fled Korvena "
                 "on Monday.",
                 "Fishermen fled Korvena on Monday. The army retook Korvena island on Tuesday."):
        doc = extract(text)
        assert "Korvena island" in (entity(doc, "korvena").get("aliases") or []), (text, doc["entities"])


def test_a_group_before_island_gets_no_island_name(extract):
    doc = extract("The Talvo Front attacked Korvena on Monday. Talvo Front fighters hold the island, residents said.")
    assert not any(a.endswith(" island") for e in doc["entities"] for a in e.get("aliases") or []), doc["entities"]


def test_a_place_named_before_gives_way_to_the_unit_named_for_it(extract):
    doc = extract("Officers seized rifles at the Harbourside bonded warehouse.\n\nOfficers of the Customs Division's "
                  "Harbourside Enforcement Unit seized a consignment of rifles at Harbourside on Thursday.")
    assert entity(doc, "harbourside-enforcement-unit")["part_of"] == "customs-division", doc["entities"]


# ---------------------------------------------------------------- 9. "X, a supplier" called "Mr X" is a person
def test_a_name_an_agent_noun_follows_is_a_person_when_the_text_says_mr(extract):
    for text in (
            "The Government also decided today to remove Jonas Arakwe, a former supplier of fuel to the group, from "
            "the national list. Mr Arakwe has ended all business with the Talvo Front, the Ministry said.",
            "Jonas Arakwe, a supplier of fuel to the Talvo Front, was listed in 2027. Mr Arakwe denied the charge.",
            "Police arrested Jonas Arakwe, an arms exporter based in Korvena, on Monday. Ms Tadesse, his lawyer, said "
            "Dr. Arakwe would appeal."):
        doc = extract(text)
        assert entity(doc, "jonas-arakwe")["type"] == "Person", (text, doc["entities"])
        assert "arakwe" not in _ids(doc), (text, doc["entities"])


def test_a_firm_an_agent_noun_follows_stays_a_company(extract):
    doc = extract("Kestrel Fuels, a supplier of fuel to the Talvo Front, was listed in 2027. Mr Arakwe, its owner, "
                  "denied the charge.")
    assert entity(doc, "kestrel-fuels")["type"] == "Company", doc["entities"]
