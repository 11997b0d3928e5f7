"""Classes of new-entity errors from heldout16's misses (round 17, issue #12),
each with new fictional sentences of its own and negative controls: legal
instruments named by kind and number or by title (a general licence, a
government's numbered resolution, a law numbered within its year, "the Law on
..."); a weapon's numbered model written before its type ("96 Korvak M70 assault
rifles"), the plain type beside it, a list item's calibre after its type; a gazette, a
messaging service or a press division is no actor; gulfs, bays, reserves and parks are places; a
state body's name the NER cut ("General", "Office for ..."); initials after a state's name that spell
the body whose name ends in it ("... du Congo (FARDC)", "Mission in the ... (MONUSCO)"); a
transliteration's apostrophe before an Arabic article inside one name ("Liwa Dur' al-Sahil"); a
ministry named without its state in a document whose state is clear ("Ministry of the Interior of X")."""

from __future__ import annotations

from .extract_cases import extract, entity_ids as _ids, entity as _entity  # noqa: F401 - extract is a fixture


def _labels(doc) -> set:
    return {e["label"] for e in doc["entities"]}


# ---------------------------------------------------------------- 1. instruments by kind and number, laws by title
def test_a_general_licence_is_an_instrument_in_either_spelling(extract):
    doc = extract("OFAC also issued General License 77, which authorises the wind-down of contracts with Norvak "
                  "Shipping until March.")
    assert _entity(doc, "general-license-77")["type"] == "LegalInstrument"
    doc = extract("The Treasury published General Licence No. 12A on Friday for dealings with the Kavra Front.")
    licence = _entity(doc, "general-license-12a")
    assert "General Licence No. 12A" in licence.get("aliases", []), licence


def test_a_numbered_act_of_a_government_or_a_law_of_a_year_is_an_instrument(extract):
    doc = extract("Government Resolution No. 552 bans Anselm Toure from entering the country.")
    assert "Government Resolution No. 552" in _labels(doc), _labels(doc)
    doc = extract("The Ministry of Finance froze the accounts of Norvak Shipping under Law 41 of 2019.")
    assert "Law 41 of 2019" in _labels(doc), _labels(doc)
    doc = extract("The bank acted under Decree No. 7 of 2021 and the Kavra Front was listed.")
    assert "Decree No. 7 of 2021" in _labels(doc), _labels(doc)


def test_a_law_named_by_its_title_is_one_instrument(extract):
    doc = extract("The order was adopted under the Law on Restrictive Measures of the Republic of Ostrava and bans "
                  "Anselm Toure from entering.")
    assert "Law on Restrictive Measures of the Republic of Ostrava" in _labels(doc), _labels(doc)
    doc = extract("The cabinet acted under the Law on the Prevention of Money Laundering and Terrorist Financing, "
                  "the ministry said.")
    assert "Law on the Prevention of Money Laundering and Terrorist Financing" in _labels(doc), _labels(doc)


def test_a_law_on_a_common_noun_is_no_instrument(extract):
    doc = extract("The law on sanctions was amended in 2019, officials said, and the Kavra Front was listed.")
    assert not any(e["type"] == "LegalInstrument" for e in doc["entities"]), doc["entities"]


# ---------------------------------------------------------------- 2. a weapon's model is part of its type
def _weapons(doc) -> set:
    return {e["id"] for e in doc["entities"] if e["type"] == "WeaponType"}


def test_a_maker_and_numbered_model_before_weapon_words_name_one_type(extract):
    doc = extract("Customs officers seized 40 Korvak M70 assault rifles and 12 Helvar M9 machine guns at the port of "
                  "Dorvani.")
    assert {"korvak-m70-assault-rifles", "helvar-m9-machine-guns"} <= _weapons(doc), doc["entities"]
    assert "korvak-m70" not in _ids(doc) and "helvar-m9" not in _ids(doc), _ids(doc)
    doc = extract("The Kavra Front received 30 Helvar 19 pistols from Norvak Shipping in March.")
    assert "helvar-19-pistols" in _weapons(doc), doc["entities"]
    doc = extract("Police said Korvak M70 rifles were found in the house of Anselm Toure.")
    assert "korvak-m70-rifles" in _weapons(doc), doc["entities"]
    doc = extract("Seized items:\n\n- 96 Korvak M70 assault rifles;\n- 14 M9 general-purpose machine guns;")
    assert {"korvak-m70-assault-rifles", "m9-general-purpose-machine-guns"} <= _weapons(doc), doc["entities"]


def test_a_recipient_before_a_count_is_no_maker_and_a_numbered_name_alone_stays(extract):
    doc = extract("Norvak Shipping supplied the KLF 200 rifles in May, the panel said.")
    assert "rifles" in _weapons(doc) and not any("klf" in w for w in _weapons(doc)), doc["entities"]
    doc = extract("M23 fighters attacked the town of Dorvani on Monday, the army said.")
    assert not _weapons(doc), doc["entities"]


def test_a_plain_type_beside_its_numbered_model_is_no_proposal_of_its_own(extract):
    doc = extract("Officers seized assault rifles and machine guns at the port. The seized items:\n\n"
                  "- 40 Korvak M70 assault rifles;\n- 12 Helvar M9 machine guns;")
    assert {"korvak-m70-assault-rifles", "helvar-m9-machine-guns"} <= _weapons(doc), doc["entities"]
    assert "assault-rifles" not in _ids(doc) and "machine-guns" not in _ids(doc), _ids(doc)


def test_a_plain_type_beside_another_kind_without_a_model_stays(extract):
    doc = extract("Officers seized assault rifles and machine guns at the port. Police said the Kavra Front also had "
                  "sniper rifles and heavy machine guns.")
    assert {"assault-rifles", "machine-guns"} <= _weapons(doc), doc["entities"]


def test_a_list_items_calibre_after_its_type_opens_the_type(extract):
    doc = extract("Officers seized the following:\n\n- 300 mortar bombs, 82mm;\n- 120 mortar rounds, 60 mm;\n"
                  "- 8 rocket-propelled grenade launchers, 40 mm.")
    assert {"82mm-mortar-bombs", "60-mm-mortar-rounds", "40-mm-rocket-propelled-grenade-launchers"} <= _weapons(doc), \
        doc["entities"]


def test_a_list_item_with_a_model_keeps_its_calibre_out(extract):
    doc = extract("Officers seized the following:\n\n- 24 AKM assault rifles, 7.62 x 39 mm;\n- 4 shell companies.")
    assert _weapons(doc) == {"akm-assault-rifles"}, doc["entities"]


def test_a_numbered_act_in_brackets_after_a_named_act_is_no_instrument_of_its_own(extract):
    doc = extract("The measures are taken under the Foreign Trade Act (Act No. 12 of 1950) against the Kavra Front.")
    assert "act-no-12-of-1950" not in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 3. where texts are published, a release's press division
def test_a_gazette_a_journal_and_a_messaging_service_are_no_actors(extract):
    doc = extract("Sanctions orders are published in the official gazette Vestnik Ostravy and take effect on "
                  "publication. The Kavra Front was listed.")
    assert _ids(doc) == {"kavra-front"}, _ids(doc)
    doc = extract("Watch the Kestria Gazette for the intended listing of the Kavra Front.")
    assert "kestria-gazette" not in _ids(doc), _ids(doc)
    doc = extract("On Monday, the Kavra Front claimed the attack in a message on WhatsApp, the police said.")
    assert "whatsapp" not in _ids(doc), _ids(doc)


def test_a_newspaper_named_gazette_that_reports_stays(extract):
    doc = extract("The Kestria Gazette reported that the Kavra Front had killed six farmers in Dorvani.")
    assert "kestria-gazette" in _ids(doc), _ids(doc)


def test_a_ministrys_press_division_in_a_contact_line_is_no_body(extract):
    for unit in ("Press and Information Division", "Communication and Public Diplomacy Department",
                 "Media Relations Department"):
        doc = extract(f"The Kavra Front was listed on Monday.\n\nPress contact: {unit}, Ministry of Foreign Affairs "
                      "of Ostrava.")
        assert not any("division" in i or "department" in i for i in _ids(doc)), _ids(doc)


def test_a_ministrys_counter_terrorism_division_stays(extract):
    doc = extract("Anselm Toure, head of the Counter-Terrorism Division of the Ministry of Foreign Affairs, said the "
                  "Kavra Front was listed on Monday.")
    assert any("counter-terrorism-division" in i for i in _ids(doc)), _ids(doc)


# ---------------------------------------------------------------- 4. gulfs, bays, reserves and parks are places
def test_a_named_gulf_or_bay_is_a_place(extract):
    doc = extract("The rifles had been brought across the Gulf of Aden by boat from Yemen, the police said.")
    assert _entity(doc, "gulf-of-aden")["type"] == "Place"
    doc = extract("The Navy intercepted a trawler carrying mortars for the Kavra Front in the Bay of Morvan on Monday.")
    assert _entity(doc, "bay-of-morvan")["type"] == "Place"


def test_a_reserve_or_park_named_in_passing_is_a_place(extract):
    doc = extract("Fighters entered Dorvani, a village on the edge of the Kavra Special Reserve, on Monday.")
    assert _entity(doc, "kavra-special-reserve")["type"] == "Place"
    doc = extract("The attack took place near the southern edge of the Lomari National Park on Monday.")
    assert _entity(doc, "lomari-national-park")["type"] == "Place"


def test_a_sea_stays_no_place(extract):
    doc = extract("The dhow was seized in the Red Sea on Monday by the Navy of Kestria.")
    assert "red-sea" not in _ids(doc), _ids(doc)


def test_a_place_named_before_a_seizure_cuts_no_word_of_the_items_found_next(extract):
    # (the name's token positions in the first sentence are those of "tank guided missiles" in the second)
    doc = extract("On Monday, sailors of the Kestrian Navy boarded a stateless dhow sailing east in the early hours in "
                  "the Gulf of Aden and seized a large cache of weapons bound for the Kavra Front. The boarding team "
                  "found 1,520 AK-pattern rifles, 64 rocket-propelled grenade launchers and 25 anti-tank guided "
                  "missiles hidden beneath sacks of cement.")
    items = {i for c in doc["claims"] if c["type"] == "ArmsTransfer" for i in c.get("items", [])}
    assert "anti-tank-guided-missiles" in items, doc["claims"]


# ---------------------------------------------------------------- 5. a body's name the NER cut at either end
def test_the_adjective_opening_a_state_bodys_name_is_part_of_it(extract):
    doc = extract("The General Directorate of Customs reminds freight forwarders that false declarations are offences.")
    assert "general-directorate-of-customs" in _ids(doc), _ids(doc)
    doc = extract("Inspectors of the General Administration of Customs seized pistols bound for the Kavra Front.")
    assert "general-administration-of-customs" in _ids(doc), _ids(doc)
    doc = extract("Officers of the National Directorate of Migration in Dorvani arrested Anselm Toure on Monday.")
    assert any(i.startswith("national-directorate-of-migration") for i in _ids(doc)), _ids(doc)


def test_a_capitalised_word_that_opens_no_body_stays_out(extract):
    doc = extract("In General, the Directorate of Customs said nothing about the Kavra Front.")
    assert "directorate-of-customs" in _ids(doc), _ids(doc)


def test_an_office_for_something_is_one_name(extract):
    doc = extract("The United Nations Office for the Coordination of Humanitarian Affairs has reported more than 40 "
                  "dead in the village of Dorvani.")
    labels = _labels(doc)
    assert "United Nations Office for the Coordination of Humanitarian Affairs" in labels, labels
    doc = extract("The Kestrian Office for Refugees said 300 families had fled Dorvani after the attack.")
    assert "Kestrian Office for Refugees" in _labels(doc), _labels(doc)


def test_an_office_of_a_known_body_stays_the_known_body(extract):
    doc = extract("On Thursday, the US Treasury's Office of Foreign Assets Control (OFAC) designated the Kavra Front.")
    assert {i for i in _ids(doc) if "office" in i} == {"office-of-foreign-assets-control"}, _ids(doc)


# ---------------------------------------------------------------- 6. initials after a state's name that do not fit it
def test_initials_that_spell_the_words_before_a_state_name_the_body(extract):
    doc = extract("Officials of the Forces armées de la République démocratique du Congo (FARDC) in Bunia said the "
                  "Kavra Front had 900 fighters. The FARDC said the men were fighters.")
    force = _entity(doc, "forces-armees-de-la-republique-democratique-du-congo")
    assert force["type"] == "StateArmedForces" and "FARDC" in force.get("aliases", []), force
    # the state's French name is the DR Congo's, not the Republic of the Congo's "Congo" inside it
    assert force.get("part_of") == "democratic-republic-of-the-congo", force
    doc = extract("Fighters of the Kavra Front crossed from the République du Congo into the République démocratique "
                  "du Congo on Monday, officials in Bunia said.")
    assert {"congo", "democratic-republic-of-the-congo"} <= _ids(doc), _ids(doc)
    doc = extract("Soldiers of the Armed Forces of the Republic of Kenya (KAF-R) were deployed near Dorvani.")
    assert not any("KAF-R" in (e.get("aliases") or []) for e in doc["entities"] if e["type"] == "State"), doc["entities"]


def test_initials_after_a_mission_in_a_state_name_the_mission(extract):
    doc = extract("The United Nations Organization Stabilization Mission in the Democratic Republic of the Congo "
                  "(MONUSCO) counted 26 dead in Dorvani.")
    mission = next(e for e in doc["entities"] if e["label"].startswith("United Nations Organization Stabilization"))
    assert mission["label"].endswith("Democratic Republic of the Congo") and "MONUSCO" in mission["aliases"], mission


def test_initials_that_fit_the_state_stay_its_alias(extract):
    doc = extract("The Kavra Front attacked towns in the Central African Republic (CAR) on Monday.")
    assert not any(e["type"] != "State" and "CAR" in (e.get("aliases") or []) for e in doc["entities"]), \
        doc["entities"]


# ---------------------------------------------------------------- 7. a transliteration's apostrophe inside a name
def test_an_apostrophe_before_an_arabic_article_is_inside_one_name(extract):
    doc = extract("According to the police, the weapons were intended for Liwa Dur' al-Sahil, an armed group that "
                  "operates in Dorvani.")
    assert _entity(doc, "liwa-dur-al-sahil")["type"] == "ArmedGroup"
    assert "al-sahil" not in _ids(doc) and "liwa-dur" not in _ids(doc), _ids(doc)
    doc = extract("Fighters of Katibat Shura' ash-Sharq attacked Dorvani on Monday, the army said.")
    assert any(i.startswith("katibat-shura-ash-sharq") for i in _ids(doc)), _ids(doc)


def test_a_plural_possessive_before_an_arabic_name_stays_two(extract):
    doc = extract("The Brothers' al-Nasr camp near Dorvani was attacked by the army on Monday.")
    assert not any("brothers-al-nasr" in i for i in _ids(doc)), _ids(doc)


# ---------------------------------------------------------------- 8. a state body named without its state
def test_a_ministry_named_without_its_state_in_a_states_release_gets_the_state(extract):
    doc = extract("Ministry of Foreign Affairs of the Republic of Estonia\nPress Release\n\n"
                  "Estonia sets sanctions against the Kavra Front\n\n"
                  "The Government of Estonia on Monday imposed national sanctions on the Kavra Front. The Ministry of "
                  "the Interior has entered its leader in the list of foreigners barred from Estonia. Persons who hold "
                  "funds of the Kavra Front must report them to the Financial Intelligence Unit.")
    ministry = _entity(doc, "ministry-of-the-interior")
    assert ministry["label"] == "Ministry of the Interior of Estonia" and "Ministry of the Interior" in \
        ministry["aliases"], ministry
    assert _entity(doc, "financial-intelligence-unit")["label"] == "Financial Intelligence Unit of Estonia"


def test_a_ministry_in_a_document_about_several_states_keeps_its_name(extract):
    doc = extract("Chad and Niger traded accusations on Monday. Niger said the Kavra Front was armed by Chad; Chad "
                  "denied it. The Ministry of Defence said it would investigate.")
    assert _entity(doc, "ministry-of-defence")["label"] == "Ministry of Defence"


def test_a_ministry_of_another_state_keeps_its_name(extract):
    doc = extract("Estonia listed the Kavra Front on Monday. Estonia said a certificate named the Ministry of Defence "
                  "of a third State. Estonia and its partners will act, Estonia said.")
    assert all(not e["label"].endswith("of Estonia") for e in doc["entities"] if "ministry" in e["id"]), \
        doc["entities"]


# ---------------------------------------------------------------- 9. a body's name the NER cut at its "and"
def test_a_bodys_name_goes_on_over_and_to_its_head_word(extract):
    doc = extract("The Eastern Union's Peace and Security Council condemned the killing of the workers on Tuesday.")
    assert any(e["label"].endswith("Peace and Security Council") for e in doc["entities"]), doc["entities"]
    doc = extract("The Kestrian Trade and Industry Commission fined Norvak Shipping on Monday.")
    assert any(e["label"].endswith("Trade and Industry Commission") for e in doc["entities"]), doc["entities"]


def test_a_name_with_its_own_head_stops_before_and(extract):
    doc = extract("The Kavra Front and Security Council members met in Dorvani on Monday.")
    assert "kavra-front" in _ids(doc), _ids(doc)
