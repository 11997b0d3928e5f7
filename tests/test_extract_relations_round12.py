"""Typed relations and posts, round 12 of issue #12 (/work/wt/notes/ROUND12.md):
classes of phrasing heldout11 missed, on sentences written for the purpose, with
negative controls. A document dated Tuesday 2025-06-10.

1. "two of the group's lieutenants, X and Y": a post each (verbs.yaml Membership
   nouns ``lieutenant``, member ``list``; relations.yaml Membership ``expand``).
2. "X's provincial police commander, Y", "The X District Administrator, Y": a
   post in the place's administration, its words whole (verbs.yaml local
   offices, ``portfolio_posts``; coding.py ``post_words``).
3. "its secretary-general, X": the hyphenated post whole (coding.py ``post_words``).
4. A press statement's numbered paragraphs ("4. The group, which is led by X,
   ..."): the number is no word of the sentence (nlp.py ``_paragraphs``).
5. "froze the funds of the X Front (XF), an armed group active in Y": the name
   before the comma operates in Y when the parse took the class noun apart
   (verbs.yaml Operation ``nouns``; paths.py ``before_comma``).
6. "describes the XF as a group of some 200 gunmen that is led by Y and that
   operates in Z": "that" stands for the group, not the gunmen it counts, and the
   second "that" for what the first clause describes (roles.py ``_group_of``).
7. "Gunmen from X ambushed a patrol outside the village of Y, killing three
   soldiers": X operates at Y (verbs.yaml Operation ``ambush``), and the three
   killed are no force size of X (estimates.yaml ``not_force_after_verbs``).
8. "a group of some 350 gunmen", "can field between 250 and 300 gunmen": a
   force size; "12 gunmen of X attacked", "the deaths of five people" none
   (estimates.yaml force-size cues, ``party_verbs``).
9. "a bomb tore through a tea shop in the market of X, killing four civilians,
   according to hospital officials in Y": Y is where the source is, not a place
   of the killing (slotlists.py ``places_within``).
"""

from __future__ import annotations

from .extract_cases import extract, posts as _posts, one, claims as _claims  # noqa: F401 - extract is a fixture



# ---------------------------------------------------------------- 1. a post shared by two names
def test_two_lieutenants_named_after_the_post(extract):
    doc = extract("The Kawe Front is an armed group. OFAC designated two of the group's lieutenants, Jorge Almiron "
                  "and Tomas Vidal, on Monday.")
    assert {("jorge-almiron", "kawe-front", "lieutenant"), ("tomas-vidal", "kawe-front", "lieutenant")} <= _posts(doc)


def test_two_posts_joined_keep_their_own_holders(extract):
    """Negative control: each name keeps the post apposed to it."""
    doc = extract("The Kawe Front is an armed group. Its spokesman, Jorge Almiron, and the envoy of Chad, "
                  "Tomas Vidal, met on Monday.")
    posts = _posts(doc)
    assert ("jorge-almiron", "kawe-front", "spokesman") in posts
    assert not [p for p in posts if p[0] == "tomas-vidal" and p[2] == "spokesman"]


# ---------------------------------------------------------------- 2. local administration
def test_a_provinces_police_commander(extract):
    doc = extract("The Kawe Front attacked a market in Kitui Province. Kitui's provincial police commander, "
                  "Superintendent John Otieno, said the group was responsible.")
    assert ("john-otieno", "kitui-province", "provincial-police-commander") in _posts(doc)
    assert not [c for c in _claims(doc, "Control") if c["controller"] == "john-otieno"]


def test_a_district_administrator_in_title_case(extract):
    doc = extract("The Kawe Front attacked a market in Tembako district. The Tembako District Administrator, "
                  "Ms Mary Wanjiru, said six people died.")
    posts = {(m, r) for m, _, r in _posts(doc)}
    assert ("mary-wanjiru", "district-administrator") in posts


def test_a_commander_of_a_group_is_no_local_post(extract):
    """Negative control: a group's commander commands it; no post in a place."""
    doc = extract("The Kawe Front attacked a market in Kitui Province. The group's commander, John Otieno, "
                  "said it was responsible.")
    assert not [p for p in _posts(doc) if p[0] == "john-otieno"]


def test_two_posts_in_a_list_keep_their_own_holders(extract):
    """Negative control: a post in the singular is the first name's alone."""
    doc = extract("The Kawe Front is an armed group. OFAC listed the group's quartermaster, Jorge Almiron, and its "
                  "chief financier, Tomas Vidal, on Monday.")
    assert not [p for p in _posts(doc) if p[0] == "tomas-vidal" and p[2] == "quartermaster"]


# ---------------------------------------------------------------- 3. a hyphenated post
def test_a_hyphenated_post_is_whole(extract):
    doc = extract("The Regional Coordination Office (RCO) said on Tuesday that the Kawe Front was responsible. "
                  "Its secretary-general, Dr. Adisak Pongpan, called it a crime.")
    roles = {r for m, _, r in _posts(doc) if m == "adisak-pongpan"}
    assert roles == {"secretary-general"}, roles


# ---------------------------------------------------------------- 4. numbered paragraphs
def test_a_numbered_paragraphs_number_is_no_word(extract):
    doc = extract("1. Customs officers seized 20 rifles bound for the Kawe Front, an armed group, at the port.\n\n"
                  "2. Marine Parts Ltd., which owns the vessel, said it had no knowledge of the cargo in the hold.\n\n"
                  "3. The group, which is led by Tomas Vidal Ruiz, is active in the Kitui and Machakos regions of the "
                  "country.\n")
    ids = {e["id"] for e in doc["entities"]}
    assert not [i for i in ids if i[:1].isdigit()], ids
    one(_claims(doc, "Control"), controller="tomas-vidal-ruiz", controlled="kawe-front")


def test_a_numbered_heading_keeps_its_number(extract):
    """Negative control: a heading with no full stop is left as written (a law firm's numbered sections)."""
    from kb.extract.nlp import parse
    assert parse("2. United States: OFAC follows with designations\n")[0].text.startswith("2.")


# ---------------------------------------------------------------- 5. a group apposed and placed
def test_a_group_apposed_as_active_somewhere(extract):
    doc = extract("The ministry froze the funds of the Kawe Liberation Front (KLF), an armed group active in the "
                  "Eastern Region of Kenya, and of its commander, Jorge Almiron.")
    one(_claims(doc, "Operation"), actor="kawe-liberation-front", location=["eastern-region"])


def test_a_person_apposed_as_active_somewhere_operates_nowhere(extract):
    """Negative controls: a person's apposition, and a group founded (not active) somewhere."""
    doc = extract("Police arrested Jorge Almiron, a man active in the Eastern Region of Kenya. The ministry froze the "
                  "funds of the Kawe Liberation Front (KLF), an armed group founded in the Western Region of Kenya.")
    assert not _claims(doc, "Operation"), _claims(doc, "Operation")


# ---------------------------------------------------------------- 6. two relative clauses on a group described
def test_a_group_of_gunmen_that_is_led_and_that_operates(extract):
    doc = extract("The Kawe Front (KF) is an armed group. OFAC describes the KF as a group of some 200 gunmen that "
                  "is led by Pedro Salas Ortiz and that operates in Mombasa.")
    one(_claims(doc, "Control"), controller="pedro-salas-ortiz", controlled="kawe-front")
    one(_claims(doc, "Operation"), actor="kawe-front", location=["mombasa"])


def test_gunmen_that_a_person_leads_are_no_group(extract):
    """Negative control: gunmen counted in no group noun stay gunmen."""
    doc = extract("The Kawe Front (KF) is an armed group. Police arrested some 20 gunmen that were led by Pedro "
                  "Salas Ortiz.")
    assert not _claims(doc, "Control"), _claims(doc, "Control")


# ---------------------------------------------------------------- 7. an ambush at a village
def test_an_ambush_outside_a_village(extract):
    doc = extract("Fighters of the Kawe Front, a separatist faction, ambushed an army patrol outside the tea-growing "
                  "village of Kamuwongo last Saturday, killing three soldiers.")
    one(_claims(doc, "Operation"), actor="kawe-front", location=["kamuwongo"])
    assert not [e for e in _claims(doc, "Estimate") if e.get("measure") == "force-size"], _claims(doc, "Estimate")


def test_a_patrol_ambushed_is_not_the_ambusher(extract):
    """Negative control: the group ambushed does not operate by the soldiers' ambush; its own fighters count."""
    doc = extract("The Kawe Front is an armed group with about 300 fighters. Soldiers ambushed a patrol of the Kawe "
                  "Front outside the village of Kamuwongo on Saturday.")
    assert not [o for o in _claims(doc, "Operation") if o["location"] == ["kamuwongo"]]
    one(_claims(doc, "Estimate"), measure="force-size", value=300)


# ---------------------------------------------------------------- 8. force sizes in gunmen
def test_a_group_of_gunmen_and_gunmen_fielded(extract):
    doc = extract("The Kawe Front (KF) is an armed group. OFAC describes the KF as a group of some 350 gunmen. "
                  "Army officers estimate that the faction can field between 250 and 300 gunmen.")
    one(_claims(doc, "Estimate"), of="kawe-front", measure="force-size", value=350)
    one(_claims(doc, "Estimate"), of="kawe-front", measure="force-size", value=250, maximum=300)


def test_a_raiding_party_and_the_dead_are_no_force(extract):
    """Negative controls: gunmen who attacked, and people whose deaths a gang is blamed for."""
    doc = extract("The Kawe Front (KF) is an armed group. Police said 12 gunmen of the KF attacked the market in "
                  "Mombasa on Monday. The gang is blamed for the deaths of five people, who were shot when gunmen "
                  "opened fire on a dance.")
    assert not [e for e in _claims(doc, "Estimate") if e.get("measure") == "force-size"], _claims(doc, "Estimate")


# ---------------------------------------------------------------- 9. the place of the source
def test_the_place_of_an_according_to_source_places_no_killing(extract):
    doc = extract("A bomb hidden in a motorcycle tore through a tea shop in the market of Kamuwongo, a village, "
                  "killing between four and six civilians, according to hospital officials in Kitui.")
    event = one(_claims(doc, "Atrocity"))
    assert event["location"] == ["kamuwongo"]


def test_two_places_of_a_killing_stay(extract):
    """Negative control: places named by the sentence itself, with no source before them, both stay."""
    doc = extract("Gunmen killed six herders in Kamuwongo and Tembako on Monday, police said.")
    assert {"kamuwongo", "tembako"} <= {p for e in _claims(doc, "Atrocity") for p in e["location"]}
