"""Classes of new-entity errors from heldout12's misses (round 13, issue #12),
each with new fictional sentences of its own and negative controls: the
publisher's own name in a masthead line, a state's demonym the lexicon lacks,
a group's translated name and abbreviation in brackets."""

from __future__ import annotations

from .extract_cases import extract, weapons as _weapons, entity_ids as _ids, entity as _entity  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. the publisher's own name
def test_a_monitors_masthead_name_in_its_footer_is_no_proposal(extract):
    doc = extract("Marsh Rights Watch\nField brief No. 2/2025\n\nGunmen of the Kavra Front killed six farmers near "
                  "Dorvani on 2 May, survivors told us.\n\nMarsh Rights Watch is an independent monitoring group "
                  "based in the delta.")
    assert "marsh-rights-watch" not in _ids(doc), _ids(doc)
    assert "kavra-front" in _ids(doc)


def test_a_body_named_in_the_text_and_not_in_the_masthead_stays(extract):
    doc = extract("Weekly digest\n\nThe Kavra Front attacked Dorvani on 2 May. The Marsh Rights Watch said the "
                  "Kavra Front killed six farmers there.")
    assert "marsh-rights-watch" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 2. demonyms
def test_a_demonym_of_a_two_word_state_is_no_person(extract):
    doc = extract('"Our Saint Lucian partners tell us the rifles were bound for the Kavra Front," said Lieutenant '
                  "Orla Benn, a spokeswoman for the navy.")
    assert "saint-lucian" not in _ids(doc), _ids(doc)


def test_a_surname_that_ends_like_a_demonym_is_still_a_person(extract):
    doc = extract("The Kavra Front is led by Tomas Adrian, a former trader, the police said.")
    assert "tomas-adrian" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 3. a translated name in brackets
def test_a_translation_and_abbreviation_in_brackets_are_aliases(extract):
    doc = extract("The ministry attributed the raid to the Jamaat Rijal al-Tassili (Men of the Tassili Front, JRT). "
                  "The JRT denied any part in it.")
    group = _entity(doc, "jamaat-rijal-al-tassili")
    assert {"Men of the Tassili Front", "JRT"} <= set(group.get("aliases") or []), group
    assert "tassili-front" not in _ids(doc), _ids(doc)


def test_a_translation_alone_ending_in_a_group_word(extract):
    doc = extract("The army blamed the Liwa Suqur al-Wadi (Falcons of the Valley Brigade) for the ambush near "
                  "Dorvani.")
    group = _entity(doc, "liwa-suqur-al-wadi")
    assert "Falcons of the Valley Brigade" in (group.get("aliases") or []), group


def test_a_place_with_a_local_name_in_brackets_keeps_it_apart(extract):
    doc = extract("Fighting spread from the town of Maro (Old Port of Maro) to Dorvani on Monday, the Kavra Front "
                  "said.")
    for e in doc["entities"]:
        assert "Old Port of Maro" not in (e.get("aliases") or []), e


# ---------------------------------------------------------------- 4. weapon types as a seizure list writes them

def test_a_model_and_a_calibre_stay_in_the_type(extract):
    doc = extract("Soldiers recovered two 14.5mm KPV heavy machine guns, several SPG-9 launchers and a quantity of "
                  "7.62mm ammunition after the fighting at Dorvani.")
    assert {"14-5mm-kpv-heavy-machine-guns", "spg-9-launchers", "7-62mm-ammunition"} <= _weapons(doc), _weapons(doc)
    assert "heavy-machine-guns" not in _weapons(doc)


def test_a_calibre_written_with_x_and_a_pattern(extract):
    doc = extract("The Panel inspected weapons captured from the Kavra Front. They included 7.62 x 51 mm battle "
                  "rifles, two 82 mm mortars and RPK-pattern machine guns.")
    assert {"7-62-x-51-mm-battle-rifles", "82-mm-mortars", "rpk-pattern-machine-guns"} <= _weapons(doc), _weapons(doc)


def test_included_names_no_arms_without_a_weapon_word(extract):
    doc = extract("The measures included an arms embargo and a travel ban on the Kavra Front.")
    assert not _weapons(doc), _weapons(doc)


def test_the_items_of_a_bulleted_seizure_list(extract):
    doc = extract("A search of the hold revealed:\n\n- twelve AK-pattern rifles, calibre 7.62 x 39 mm;\n- thirty "
                  "9 mm semi-automatic pistols;\n- six 30-round magazines;\n- approximately 3,000 rounds of 7.62 mm "
                  "and 9 mm ammunition.\n\nThe crew of the Sea Lark were detained.")
    assert {"ak-pattern-rifles", "9-mm-semi-automatic-pistols", "7-62-mm-and-9-mm-ammunition"} <= _weapons(doc), \
        _weapons(doc)
    assert "ammunition" not in _weapons(doc)


def test_a_bulleted_list_without_an_arms_verb_names_no_arms(extract):
    doc = extract("The Kavra Front set out its demands:\n\n- the return of its rifles;\n- talks with the army.")
    assert not _weapons(doc), _weapons(doc)


def test_parts_for_a_weapon_are_a_type_of_their_own(extract):
    doc = extract("Borlan Export shipped night-vision goggles and parts for 9mm pistols to the Kavra Front in 2024.")
    assert "9mm-pistol-parts" in _weapons(doc) and "9mm-pistols" not in _weapons(doc), _weapons(doc)


def test_parts_for_no_weapon_are_no_arms(extract):
    doc = extract("Borlan Export shipped spare parts for its tractors to the Kavra Front in 2024.")
    assert not _weapons(doc), _weapons(doc)


def test_the_bare_word_after_the_is_the_fuller_type_named_before(extract):
    doc = extract("The Panel inspected weapons captured from the Kavra Front. They included two 82 mm mortars. The "
                  "Panel found that the mortars were delivered to the Kavra Front in 2024 by Borlan Haulage Ltd.")
    assert "82-mm-mortars" in _weapons(doc) and "mortars" not in _weapons(doc), _weapons(doc)


def test_a_counted_bare_word_is_a_lot_of_its_own(extract):
    doc = extract("Soldiers recovered two 82 mm mortars at Dorvani. In March, Borlan Haulage Ltd sold six mortars "
                  "to the Kavra Front, the police said.")
    assert {"82-mm-mortars", "mortars"} <= _weapons(doc), _weapons(doc)


# ---------------------------------------------------------------- 5. posts named as holders' roles
def _roles(doc):
    return {e["id"]: e["label"] for e in doc["entities"] if e["type"] == "Role"}


def test_a_firms_lawyer_apposed_to_a_name(extract):
    doc = extract("Borlan Trading's lawyer, Anna Berg, said the firm had only ever sold pumps to the Kavra Front.")
    assert "lawyer" in _roles(doc), _roles(doc)


def test_a_lawyer_through_whom_a_client_speaks_is_no_post_of_the_client(extract):
    doc = extract("Through his attorney, Ivo Kral has said he was hired by the Kavra Front to deliver boat parts.")
    assert "attorney" not in _roles(doc), _roles(doc)


def test_a_deputy_for_a_province_and_the_name_is_a_person(extract):
    doc = extract("Ivo Kral, a deputy for Sarna Province in the National Assembly, said the Kavra Front had killed "
                  "seven drivers.")
    assert "deputy" in _roles(doc), _roles(doc)
    assert _entity(doc, "ivo-kral")["type"] == "Person"


def test_a_deputy_without_a_seat_is_no_post(extract):
    doc = extract("Ivo Kral, a deputy manager at Borlan Trading, said the firm had sold pumps to the Kavra Front.")
    assert "deputy" not in _roles(doc), _roles(doc)


def test_a_county_title_before_a_name_drops_the_countys_name(extract):
    doc = extract("The Marro County Commissioner, Peter Odhiambo Kirui, told us the Kavra Front killed eight people.")
    assert _roles(doc).get("county-commissioner") == "County Commissioner", _roles(doc)


def test_a_capitalised_title_before_an_honorific(extract):
    doc = extract("The Member of the County Assembly for the ward, Hon. Samson Tole Baya, told us he blamed the "
                  "Kavra Front.")
    assert "member-of-the-county-assembly" in _roles(doc), _roles(doc)


def test_a_local_title_with_its_gloss(extract):
    doc = extract("The wali (governor) of Sarna Province, Yacine Ouali, declared three days of mourning after the "
                  "Kavra Front attack.")
    assert _roles(doc).get("wali") == "wali (governor)", _roles(doc)


def test_who_acts_as_the_groups_treasurer(extract):
    doc = extract("Helga Dunn, a Lyon-based accountant who acts as the group's treasurer, was listed with the "
                  "Kavra Front.")
    assert "treasurer" in _roles(doc) and "accountant" not in _roles(doc), _roles(doc)


def test_a_spokesman_for_a_ministry_after_a_rank(extract):
    doc = extract("Colonel Amar Zidi, a spokesman for the ministry, said the Kavra Front had lost 40 men.")
    assert "spokesman" in _roles(doc), _roles(doc)


def test_a_firms_lawyer_who_speaks_unnamed(extract):
    doc = extract("Borlan Trading's lawyer said the firm had never sold arms to the Kavra Front.")
    assert "lawyer" in _roles(doc), _roles(doc)


def test_a_trade_or_a_rank_is_no_post(extract):
    doc = extract("Ivo Kral, a former forest guard, leads the Kavra Front. Ana Lobo, a police officer, saw him.")
    assert not _roles(doc), _roles(doc)


# ---------------------------------------------------------------- 6. people opening a listing's items
def test_a_person_opening_a_list_item(extract):
    doc = extract("The listing covers:\n\n- Kavra Front, an armed group that operates in the hills;\n- Ivo Kralj, a "
                  "dual Dutch-Tunisian national living in Utrecht, a financier of the Kavra Front;\n- Mira Lobo, a "
                  "Tunis-based accountant who acts as the group's treasurer;\n- Borlan B.V., a Utrecht-based exporter "
                  "of pumps.")
    assert _entity(doc, "ivo-kralj")["type"] == "Person"
    assert _entity(doc, "mira-lobo")["type"] == "Person"
    assert _entity(doc, "utrecht")["type"] == "Settlement"
    assert _entity(doc, "borlan-b-v")["type"] == "Company"


# ---------------------------------------------------------------- 7. places named by the noun after or before them
def test_a_ranch_a_group_occupies_is_a_place(extract):
    doc = extract("Since February the Kavra Front has occupied the abandoned Moroto ranch, which it uses as a base.")
    assert _entity(doc, "moroto")["type"] == "Place"


def test_a_national_park_is_a_place(extract):
    doc = extract("Gunmen attacked Dorvani, near the southern edge of the Sabali National Park, on Monday, the Kavra "
                  "Front said.")
    assert _entity(doc, "sabali-national-park")["type"] == "Place"


def test_the_gold_site_and_workings_of_a_name_are_places(extract):
    doc = extract("The Kavra Front has controlled the artisanal gold site of Kisuma since March and has kept a base "
                  "at the disused phosphate workings of Ain Dalla since 2026.")
    assert _entity(doc, "kisuma")["type"] == "Place"
    assert _entity(doc, "ain-dalla")["type"] == "Place"


def test_a_city_before_a_firms_noun_after_a_is_where_the_firm_is(extract):
    doc = extract("The Council removed Marenav Lda, a Porto shipping company, from its list of the Kavra Front's "
                  "suppliers.")
    assert _entity(doc, "porto")["type"] == "Settlement"
    assert _entity(doc, "marenav-lda")["type"] == "Company"


def test_a_firm_named_with_its_noun_after_the_stays_a_firm(extract):
    doc = extract("The Council listed the Kestrel shipping company for supplying the Kavra Front.")
    assert _entity(doc, "kestrel")["type"] == "Company"


# ---------------------------------------------------------------- 8. people's names the NER cut or mistyped
def test_a_first_name_before_a_particle_surname(extract):
    doc = extract("Minister of Foreign Affairs Joost van Aalst took the decision to list the Kavra Front.")
    assert "joost-van-aalst" in _ids(doc) and "van-aalst" not in _ids(doc), _ids(doc)


def test_a_place_with_a_particle_is_no_person(extract):
    doc = extract("Fighters of the Kavra Front reached the town of Port de Paix on Monday.")
    assert _entity(doc, "port-de-paix")["type"] == "Settlement"


def test_names_apposed_to_crewmen_are_people(extract):
    doc = extract("The vessel's master, Ivo Kral, 51, and two crewmen, Tomas Pereira and Kelvin Joseph, all nationals "
                  "of Grenada, were charged with smuggling rifles for the Kavra Front.")
    for ident in ("ivo-kral", "tomas-pereira", "kelvin-joseph"):
        assert _entity(doc, ident)["type"] == "Person", ident


def test_a_firm_apposed_to_suspects_keeps_its_class(extract):
    doc = extract("Police detained two suspects, Tomas Pereira and the Kavra Trading Company, on Monday.")
    assert _entity(doc, "kavra-trading-company")["type"] == "Company"


# ---------------------------------------------------------------- 9. counted sets of a group's people a measure names
def _sets(doc):
    return {(e.get("member_of"), e.get("count")) for e in doc["entities"] if e["type"] == "ActorSet"}


def test_two_of_its_commanders_after_a_measure(extract):
    doc = extract("Canada intends to impose sanctions on the Kavra Front and two of its commanders under the "
                  "Special Economic Measures Act.")
    assert ("kavra-front", 2) in _sets(doc), _sets(doc)


def test_further_members_of_a_groups_network(extract):
    doc = extract("The Minister intends to list two further members of the Kavra Front's finance network once the "
                  "review is complete.")
    assert ("kavra-front", 2) in _sets(doc), _sets(doc)


def test_a_counted_set_without_a_measure_is_no_proposal(extract):
    doc = extract("Two of its commanders were killed near Dorvani, the Kavra Front said.")
    assert not _sets(doc), _sets(doc)


# ---------------------------------------------------------------- 10. an alias in brackets
def test_also_known_as_in_brackets_is_an_alias_title_and_all(extract):
    doc = extract('OFAC designated the Kavra Front, its leader Ivo Bawa Kral (also known as "Chairman Bravo"), on '
                  "Thursday.")
    assert "Chairman Bravo" in (_entity(doc, "ivo-bawa-kral").get("aliases") or [])
    assert "chairman-bravo" not in _ids(doc), _ids(doc)


def test_a_bracketed_remark_is_no_alias(extract):
    doc = extract('OFAC designated the Kavra Front (which it calls "a criminal band") on Thursday.')
    assert "a criminal band" not in (_entity(doc, "kavra-front").get("aliases") or [])


# ---------------------------------------------------------------- 11. a place named with a possessive
def test_a_point_named_after_a_person_is_one_place(extract):
    doc = extract("The patrol stopped a yacht 14 nautical miles south-west of Morgan's Point on Saturday, the Kavra "
                  "Front said.")
    assert _entity(doc, "morgan-point")["label"] == "Morgan's Point"
    assert "morgan" not in _ids(doc), _ids(doc)


def test_a_possessive_before_another_noun_is_no_place(extract):
    doc = extract("Morgan's men attacked the Kavra Front on Saturday near Dorvani.")
    assert not any(e["type"] == "Place" and "Morgan" in e["label"] for e in doc["entities"]), doc["entities"]


def test_a_possessive_place_keeps_the_word_before_it(extract):
    doc = extract("The coast guard stopped the trawler 40 nautical miles south of Saint Aldo's Island, the Kavra "
                  "Front said.")
    assert any(e["label"] == "Saint Aldo's Island" and e["type"] == "Place" for e in doc["entities"]), doc["entities"]
