"""Typed relations and posts, round 13 of issue #12 (/work/wt/notes/ROUND13.md):
classes of phrasing heldout12 missed, on sentences written for the purpose, with
negative controls. A document dated Tuesday 2025-06-10.

1. "Zambia's Minister of Mines, Hon. X": a form of address ends no sentence
   (nlp.py ``_joined``, language.yaml ``sentence_abbreviations``) and stands
   between a post and its holder (posts.py, ``post_honorifics``).
2. "The Member of the County Assembly for the ward, Hon. X", "The Member of
   Parliament for Y, X": a seat in an assembly is a post in that body
   (language.yaml ``post_pattern``; posts.py).
3. "The wali (governor) of X Province, Y", "the governor of X, Y", "The X County
   Commissioner, Y": a regional official's post in the place (verbs.yaml local
   offices).
4. "said Major X, the Front's press officer": a post after the name, in the body
   named before the title (posts.py ``owned``).
5. "Colonel X, a spokesman for the ministry": the body named before
   (posts.py ``post_body``); "a deputy for X Province in the National
   Assembly": the assembly, not the constituency (verbs.yaml).
6. "the X Front (Forest Lions), an armed group led by Y": a gloss of several
   words between the name and its description (roles.py).
7. "Officers of the X Army say the group operates in Y": the body speaking of
   "the group" is never the group (anaphora.py ``reporter``); "a message signed
   by X said the group" is X's.
8. "X's Resident District Commissioner, Y": every capitalised word of a post in
   title case is a word of the post (coding.py ``post_words``).
9. A listing's items ("- X, the KF's leader;"): the bullet is no word of the
   sentence (nlp.py ``_BULLET``); "X, a national living in Lusaka, a financier
   of Y": the second apposition the parse hung on the place is X's (paths.py
   ``head_appos``).
10. "X is run by its director, Y": no relation between an entity and itself
    (engine.py ``_self_related``).
11. "Jaish X (Army of the Y, JXY)": the abbreviation after a gloss is the name's,
    the gloss no entity of its own (missed.py ``_glossed``).
12. "has kept a base at the disused workings of X": Control (verbs.yaml
    ``bases``; language.yaml ``settled_nouns`` Place).
13. "The broker is owned by Bulgarian national X": a firm by the noun of its trade
    (language.yaml anaphors), Bulgarian legal forms (legal.yaml).
14. "named the shipper of the cargo ... as X" then "the weapons were intended for
    Y": a transfer from X to Y (relations.yaml Shipper; verbs.yaml ``intend``).
15. "had not shown that X shipped arms": none (verbs.yaml ``unproven``); "could
    not establish who supplied them to the group": a transfer with no supplier,
    the items the sentence before has for its subject (slotlists.py).
16. "had ferried ammunition to the group's landing points": the group's
    (language.yaml ``facilities``); "the machine guns were among a batch sold to X
    by Y" (verbs.yaml items ``head>pobj_of:among>nsubj``).
17. "On Monday the three were charged under the Firearms Act": the three people
    the sentence before named (coding.py ``counted_before``; roles.py), in the
    state of the issuer or of the latest state named (coding.py ``_jurisdiction``).
18. "occupied the abandoned X ranch", "the artisanal gold site of X": a site a
    group holds, a place by its noun (language.yaml ``name_nouns`` Place,
    ``place_cues``; missed.py ``_SITE_OF``).
19. "a boat operator from X, Y, had ferried ...": the name the parse hung on the
    place is the operator's (roles.py).
20. "seized six pistols from KB members that had reached the KB": the parse hangs
    the clause on the members; the items are what was seized from them
    (verbs.yaml ``reach`` items ``head>pobj_of:from>dobj``, or the items "from"
    hangs on); "the gang" after "X (KB), a gang" is X (anaphora.py
    ``armed_by_cues``).
"""

from __future__ import annotations

from .extract_cases import extract, posts as _posts, controls as _controls, one, claims as _claims  # noqa: F401 - extract is a fixture




# ---------------------------------------------------------------- 1. "Hon." between a post and a name
def test_an_honourable_minister(extract):
    doc = extract("Zambia's Minister for National Security, Hon. Jorge Almiron, welcomed the measures on Tuesday.")
    assert ("jorge-almiron", "zambia", "minister-for-national-security") in _posts(doc)


def test_hon_ends_no_sentence():
    from kb.extract.nlp import parse
    texts = [s.text for s in parse("The Minister of Mines, Hon. Jorge Almiron, spoke. The meeting ended.")]
    assert texts[0] == "The Minister of Mines, Hon. Jorge Almiron, spoke.", texts


def test_a_sentence_ending_in_a_word_still_ends():
    """Negative control: a full stop after an ordinary word ends the sentence."""
    from kb.extract.nlp import parse
    assert len(parse("The minister spoke at length. Hon. Jorge Almiron replied.")) == 2


# ---------------------------------------------------------------- 2. a seat in an assembly
def test_a_member_of_an_assembly_for_a_ward(extract):
    doc = extract("The Member of the County Assembly for the ward, Hon. Tomas Vidal, said so. The Member of "
                  "Parliament for Kitwe, Ana Sanz, agreed.")
    posts = {(m, r) for m, _, r in _posts(doc)}
    assert ("tomas-vidal", "member-of-the-county-assembly") in posts
    assert ("ana-sanz", "member-of-parliament") in posts


def test_members_of_a_group_hold_no_seat(extract):
    """Negative control: "members of" a body before a name is no title."""
    doc = extract("The Kawe Front is an armed group. Police arrested two members of the Kawe Front, Tomas Vidal "
                  "and Ana Sanz.")
    assert not [p for p in _posts(doc) if p[2].startswith("member-of")]


# ---------------------------------------------------------------- 3. regional officials
def test_a_wali_and_a_governor(extract):
    doc = extract("Gunmen attacked a convoy in Luapula Province. The wali (governor) of Luapula Province, Jorge "
                  "Banda, declared three days of mourning. The governor of Muchinga Province, Hugo Mwale, agreed.")
    posts = _posts(doc)
    assert ("jorge-banda", "luapula-province", "wali") in posts
    assert ("hugo-mwale", "muchinga-province", "governor") in posts


def test_a_governor_of_a_state_is_no_local_post(extract):
    """Negative control: the governor of a state's central bank is no post in a place."""
    doc = extract("The governor of the Bank of Zambia, Hugo Mwale, said the funds were frozen.")
    assert not [p for p in _posts(doc) if p[1] == "zambia" and p[2] == "governor"]


# ---------------------------------------------------------------- 4. "X, the Front's press officer"
def test_a_post_after_the_name_in_the_body_before_it(extract):
    doc = extract("The Kawe Front is an armed group in Zambia. \"We will win,\" said Major Jorge Almiron, the "
                  "Kawe Front's press officer.")
    assert ("jorge-almiron", "kawe-front", "press-officer") in _posts(doc)


def test_a_description_after_the_name_is_no_post(extract):
    """Negative control: "the Front's oldest fighter" names no post."""
    doc = extract("The Kawe Front is an armed group in Zambia. \"We will win,\" said Jorge Almiron, the Kawe "
                  "Front's oldest fighter.")
    assert not [p for p in _posts(doc) if p[0] == "jorge-almiron"]


# ---------------------------------------------------------------- 5. "a spokesman for the ministry"
def test_a_spokesman_for_the_ministry_named_before(extract):
    doc = extract("The Ministry of Defence of Zambia said ten soldiers died. Colonel Mateo Ruiz, a spokesman for "
                  "the ministry, said the attackers had fled.")
    assert ("mateo-ruiz", "ministry-of-defence-of-zambia", "spokesman") in _posts(doc)


def test_a_deputy_for_a_province_in_the_assembly(extract):
    doc = extract("The National Assembly of Zambia met on Monday. Pablo Ortiz, a deputy for Luapula Province in "
                  "the National Assembly, said seven drivers died.")
    assert ("pablo-ortiz", "national-assembly-of-zambia", "deputy") in _posts(doc)


def test_a_spokesman_for_a_ministry_never_named(extract):
    """Negative control: no ministry named before, no post."""
    doc = extract("Gunmen attacked a convoy in Luapula Province. Colonel Mateo Ruiz, a spokesman for the ministry, "
                  "said the attackers had fled.")
    assert not [p for p in _posts(doc) if p[0] == "mateo-ruiz"]


# ---------------------------------------------------------------- 6. a gloss before the description
def test_a_group_with_a_gloss_led_by(extract):
    doc = extract("Police blamed the killings on the Kawe Front (Forest Lions), an armed group led by Tomas Vidal.")
    assert ("tomas-vidal", "kawe-front") in _controls(doc)


# ---------------------------------------------------------------- 7. "X say the group ..."
def test_the_group_a_body_speaks_of_is_another(extract):
    doc = extract("The Kawe Front attacked Kasenga. Officers of the People's Defence Army (PDA) say the group "
                  "operates in Luapula Province. Last October the group held the village of Mopani Wells for three "
                  "days.")
    assert ("kawe-front", "mopani-wells") in _controls(doc)
    assert not [c for c in _controls(doc) if c[0] == "people-defence-army"]
    assert not [c for c in _claims(doc, "Operation") if c["actor"] == "people-defence-army"]


def test_the_group_speaking_of_itself(extract):
    """Negative control: "the group" as the subject of the speech verb is the group named before."""
    doc = extract("The Kawe Front is an armed group. The group said it held the village of Mopani Wells.")
    assert ("kawe-front", "mopani-wells") in _controls(doc)


def test_a_message_signed_by_the_group_speaks_of_it(extract):
    """Negative control: "a message signed by X said the group ..." is X speaking of itself."""
    doc = extract("The Kawe Front is an armed group. A message signed by the Kawe Front said the group held the "
                  "village of Mopani Wells.")
    assert ("kawe-front", "mopani-wells") in _controls(doc)


# ---------------------------------------------------------------- 8. a post in title case, whole
def test_a_resident_district_commissioner(extract):
    doc = extract("Raiders attacked a school in Kitui district. Kitui's Resident District Commissioner, Mary "
                  "Mutheu, said on Monday that six people died.")
    roles = {r for m, _, r in _posts(doc) if m == "mary-mutheu"}
    assert roles == {"resident-district-commissioner"}, roles


def test_a_lower_case_post_keeps_no_capitalised_name(extract):
    """Negative control: a capitalised name before a lower-case post is no word of it."""
    doc = extract("The Kawe Front is an armed group. The Kawe Front spokesman, Jorge Almiron, said so.")
    roles = {r for m, _, r in _posts(doc) if m == "jorge-almiron"}
    assert roles == {"spokesman"}, roles


# ---------------------------------------------------------------- 9. a listing's bullets
_LISTING = ("The listing covers:\n\n"
            "- the Kawe Front (KF), an armed group that operates in the provinces of Luapula and Muchinga;\n"
            "- Tomas Banda, also known as Abu Salem, the KF's leader;\n"
            "- Hugo Mwale, a dual Zambian-Malawian national living in Lusaka, a financier of the KF;\n"
            "- John Kamau, a Lusaka-based accountant who acts as the group's treasurer;\n")


def test_a_bullet_is_no_word_of_its_item(extract):
    doc = extract(_LISTING)
    assert ("tomas-banda", "kawe-front") in _controls(doc)
    assert ("john-kamau", "kawe-front", "treasurer") in _posts(doc)


def test_a_second_apposition_hung_on_a_place(extract):
    doc = extract(_LISTING)
    assert ("hugo-mwale", "kawe-front", "financier") in _posts(doc)
    assert not [p for p in _posts(doc) if p[0] == "lusaka"]


def test_a_hyphen_inside_a_line_stays():
    """Negative control: only a bullet at the start of a line is cut off."""
    from kb.extract.nlp import parse
    assert parse("The Kawe Front - an armed group - attacked Kasenga.")[0].text.startswith("The Kawe Front - an")
    assert parse("- Tomas Banda, the KF's leader;")[0].text == "Tomas Banda, the KF's leader;"


# ---------------------------------------------------------------- 10. no one controls itself
def test_a_firm_run_by_its_director(extract):
    doc = extract("Kitwe Pumps Ltd is a Lusaka-based exporter. Kitwe Pumps Ltd is run by its director, Erik Banda, "
                  "who has not been listed.")
    controls = _controls(doc)
    assert ("erik-banda", "kitwe-pumps-ltd") in controls
    assert not [c for c in controls if c[0] == c[1]], controls


# ---------------------------------------------------------------- 11. a gloss, then the abbreviation
def test_an_abbreviation_after_a_gloss_is_the_names(extract):
    doc = extract("The ministry blamed the attack on the Jaish Ansar al-Mabruk (Army of the Victorious Helpers, JAM). "
                  "The JAM is led by Idris Kabore Sawadogo. Last October the group held the village of Mopani Wells "
                  "for three days.")
    controls = _controls(doc)
    assert ("idris-kabore-sawadogo", "jaish-ansar-al-mabruk") in controls
    assert ("jaish-ansar-al-mabruk", "mopani-wells") in controls
    assert not [e for e in doc["entities"] if "victorious" in e["id"]]


def test_a_place_and_its_country_in_brackets_are_no_gloss(extract):
    """Negative control: "(Lusaka, Zambia)" defines no abbreviation; both places stay."""
    doc = extract("Police arrested members of the Kawe Front (Lusaka, Zambia) on Monday.")
    assert "kawe-front" in {e["id"] for e in doc["entities"]}
    assert not [e for e in doc["entities"] if "zambia" in e.get("aliases", [])]


# ---------------------------------------------------------------- 12. a base kept at a place
def test_a_base_kept_at_the_workings_of_a_place(extract):
    doc = extract("The Kawe Front is an armed group. The Kawe Front has kept a base at the disused copper workings "
                  "of Kasenga since early 2024.")
    assert ("kawe-front", "kasenga") in _controls(doc)


def test_bases_in_a_place_are_no_control(extract):
    """Negative control: "has kept bases in X" places the group there; it holds no named site."""
    doc = extract("The Kawe Front is an armed group. The Kawe Front has kept bases in Kasenga since early 2024.")
    assert not [c for c in _controls(doc) if c[1] == "kasenga"]


# ---------------------------------------------------------------- 13. "The broker is owned by X"
def test_the_broker_owned_by_a_national(extract):
    doc = extract("According to OFAC, Kitwe Arms EOOD shipped mortars to the Kawe Front in 2024. The broker is "
                  "owned by Bulgarian national Petar Kolev Stoyanov.")
    assert ("petar-kolev-stoyanov", "kitwe-arms-eood") in _controls(doc)
    assert one(doc["entities"], id="kitwe-arms-eood")["type"] == "Company"


def test_a_broker_with_no_firm_before_is_owned_by_no_firm(extract):
    """Negative control: no firm named before "the broker", no control."""
    doc = extract("Police detained Tomas Banda on Monday. The broker is owned by Petar Kolev Stoyanov.")
    assert not _controls(doc)


# ---------------------------------------------------------------- 14. arms: the shipper named, then the buyer
def test_a_shipper_named_before_the_gang_the_weapons_were_intended_for(extract):
    doc = extract("The Coast Guard seized 14 rifles and 20 pistols from a yacht. A packing list found aboard named "
                  "the shipper of the cargo, declared as \"marine spares\", as Kitwe Marine Supplies Ltd, a company "
                  "registered in Lusaka. Police said the weapons were intended for the Kawe Boys (KB), a gang that "
                  "operates in Kitwe.")
    one(_claims(doc, "ArmsTransfer"), supplier="kitwe-marine-supplies-ltd", recipient="kawe-boys")


def test_funds_intended_for_a_gang_are_no_arms(extract):
    """Negative control: what was intended for the gang is no weapon."""
    doc = extract("Police seized cash. The funds were intended for the Kawe Boys (KB), a gang that operates in Kitwe.")
    assert not _claims(doc, "ArmsTransfer")


# ---------------------------------------------------------------- 15. arms not shown, and arms of no known supplier
def test_a_transfer_not_shown_is_none(extract):
    doc = extract("The Kawe Front (KF) is a gang. The Court found that the Council had not shown that Kitwe "
                  "Shipping Ltd shipped rifles to the KF.")
    assert not _claims(doc, "ArmsTransfer")


def test_a_transfer_shown_is_one(extract):
    """Negative control: shown, it is a transfer."""
    doc = extract("The Kawe Front (KF) is a gang. The Court found that the Council had shown that Kitwe "
                  "Shipping Ltd shipped rifles to the KF.")
    one(_claims(doc, "ArmsTransfer"), supplier="kitwe-shipping-ltd", recipient="kawe-front")


def test_who_supplied_them_the_sentence_before_names(extract):
    doc = extract("Soldiers captured rifles from the Kawe Front (KF). The assault rifles had had their serial "
                  "numbers ground off. The Panel could not establish who supplied them to the group.")
    transfer = one(_claims(doc, "ArmsTransfer"), recipient="kawe-front")
    assert "supplier" not in transfer
    assert transfer["items"] == ["assault-rifles"]


def test_who_supplied_the_group_with_no_arms_is_none(extract):
    """Negative control: a question with no arms in it."""
    doc = extract("Soldiers captured rifles from the Kawe Front (KF). The Panel asked who supplied the group.")
    assert not _claims(doc, "ArmsTransfer")


# ---------------------------------------------------------------- 16. arms to a group's sites, arms among a batch
def test_ammunition_ferried_to_the_groups_landing_points(extract):
    doc = extract("The Kawe Front (KF) is an armed group. Police said that a boat operator from Mpulungu, John Kamau "
                  "Otieno, had ferried ammunition to the group's landing points since late 2024.")
    transfer = one(_claims(doc, "ArmsTransfer"), supplier="john-kamau-otieno", recipient="kawe-front")
    assert transfer["items"] == ["ammunition"]


def test_guns_among_a_batch_sold_to_a_group(extract):
    doc = extract("The Kawe Front (KF) is an armed group. According to a ministry statement, the heavy machine guns "
                  "were among a batch sold to the KF last year by Tomas Banda, a trafficker based in Lusaka.")
    transfer = one(_claims(doc, "ArmsTransfer"), supplier="tomas-banda", recipient="kawe-front")
    assert transfer["items"] == ["heavy-machine-guns"]


def test_fish_ferried_to_landing_points_are_no_arms(extract):
    """Negative control: what was ferried is no weapon."""
    doc = extract("The Kawe Front (KF) is an armed group. Police said that a boat operator from Mpulungu, John Kamau "
                  "Otieno, had ferried fish to the group's landing points since late 2024.")
    assert not _claims(doc, "ArmsTransfer")


# ---------------------------------------------------------------- 17. "the three were charged under the X Act"
_CREW = ("The Coast Guard of Zambia detained the master, Desmond Phiri, and two crewmen, Kelvin Banda and Ronald "
         "Mwale, at the base. ")


def test_the_three_named_before_charged_under_an_act(extract):
    doc = extract(_CREW + "On Monday the three were charged under the Firearms Act with importing firearms without a "
                  "licence.")
    one(_claims(doc, "Indictment"), defendants=["desmond-phiri", "kelvin-banda", "ronald-mwale"], jurisdiction="zambia")


def test_the_two_charged_are_not_the_three_named(extract):
    """Negative controls: a count that is not the number named before; a charge under no law of a state."""
    doc = extract(_CREW + "On Monday the two were charged under the Firearms Act with importing firearms.")
    assert not _claims(doc, "Indictment")
    doc = extract(_CREW + "On Monday the three were charged with importing firearms without a licence.")
    assert not _claims(doc, "Indictment")


# ---------------------------------------------------------------- 18. sites a group holds, by their names
def test_a_ranch_occupied_as_a_base(extract):
    doc = extract("The Kawe Front is an armed group. Since February it has occupied the abandoned Mopani ranch, which "
                  "it uses as a base.")
    assert ("kawe-front", "mopani") in _controls(doc)
    assert one(doc["entities"], id="mopani")["type"] == "Place"


def test_the_gold_site_of_a_place_the_ner_missed(extract):
    doc = extract("The Kawe Front is an armed group. The Kawe Front has controlled the artisanal gold site of Kérémazo "
                  "since March 2024.")
    assert ("kawe-front", "keremazo") in _controls(doc)


def test_a_site_of_no_name_is_no_place(extract):
    """Negative control: "the site of the attack" names no place."""
    doc = extract("The Kawe Front is an armed group. Police visited the site of the attack on Monday.")
    assert not [e for e in doc["entities"] if e["type"] == "Place"]


# ---------------------------------------------------------------- 19. "a boat operator from X, Y": Y
def test_an_operator_from_a_town_named_after_it(extract):
    doc = extract("The Kawe Front is an armed group. The Mpika County police commander, Grace Mutheu Phiri, told us "
                  "that a boat operator from Mpulungu, John Kamau Otieno, had ferried ammunition to the group's "
                  "landing points since late 2024.")
    one(_claims(doc, "ArmsTransfer"), supplier="john-kamau-otieno", recipient="kawe-front")


# ---------------------------------------------------------------- 20. arms that reached a group, seized from its members
def test_pistols_seized_from_members_that_had_reached_the_group(extract):
    doc = extract("The Kawe Boys (KB) are a gang. In March, Zambian officers seized six pistols from KB members that "
                  "had reached the KB from Malawi.")
    transfer = one(_claims(doc, "ArmsTransfer"), recipient="kawe-boys")
    assert transfer["items"] == ["pistols"] and "supplier" not in transfer


def test_pistols_seized_from_members_that_had_reached_a_border(extract):
    """Negative control: what reached a border reached no one."""
    doc = extract("The Kawe Boys (KB) are a gang. In March, Zambian officers seized six pistols from KB members that "
                  "had reached the border from Malawi.")
    assert not _claims(doc, "ArmsTransfer")


def test_pistols_from_members_that_had_reached_the_gang(extract):
    """The parse may hang "from" on the items; "the gang" after "X (KB), a gang" is X."""
    doc = extract("Police say the Kawe Boys (KB), a gang that operates in Kitwe, were behind the shooting. In March, "
                  "Zambian officers seized six pistols from KB members that had reached the gang from Malawi; their "
                  "supplier has not been identified.")
    transfer = one(_claims(doc, "ArmsTransfer"), recipient="kawe-boys")
    assert transfer["items"] == ["pistols"]


def test_the_gang_after_a_name_no_cue_calls_armed(extract):
    """Negative control: a name never described as a gang is not what "the gang" stands for."""
    doc = extract("The Kawe Boys (KB) attacked the town. In March, officers seized six pistols that had reached the "
                  "gang.")
    assert not _claims(doc, "ArmsTransfer")
