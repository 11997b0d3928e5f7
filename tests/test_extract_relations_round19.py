"""Typed relations, round 19 of issue #12 (/work/wt/notes/ROUND19.md): classes
of missed or wrong proposals heldout18 (and earlier sets at first sight)
showed, on sentences written for the purpose, with negative controls.

1. "entered on the list X, a company ..., and its director, Y", "added to its
   list X": the object written after the list, which the parse hangs on the
   list as an apposition; "entered X, which ..., and its leader, Y, on the
   list": a second object the parse joins to the verb.
2. "the Ministry entered X on the list" after "the Ministry of Finance": a
   measure's subject named short by a body's head noun (language.yaml
   ``measure_body_nouns``) is the body named before.
3. "under Council Regulation (EU) No 873/2016": "No" before an instrument's
   number is no negation of the measure.
4. "X bought and delivered rifles, scopes and drones to Y": two verbs joined
   by "and" share their objects (the parse may hang the items and the "to" on
   the first); the buyer hands the arms on, no recipient of its own.
5. "a trader, X, sold rifles to Y" read as a participle on "trader": a verb
   with an object of its own is active, the noun its subject, never a
   recipient (nor a news outlet the parse joined to it).
6. "distributed shotguns to its members", "issued rifles to the militia":
   verbs of handing out arms.
7. "a Sorra-based livestock trader, X,": the place is where the person
   named after the common noun is based (proposed as a settlement), never "A
   Sorra" at a sentence's start.
8. "X, described as the group's chief financier,", "Y, identified as its
   treasurer,": a post given by a participle of describing (verbs.yaml
   ``describing_verbs``).
9. "commander of the Niger Armed Forces' 4th Division",
   "the head of Chad": a person controls no state (no gold file has one; a
   head of state holds a post), whatever the text cut the unit's name to.
10. "The administrator of Sorra zone, X": a civil office of a zone is a post
   in the place (only a commander of a zone holds none: round 18's
   ``command_areas``).
11. "According to the transit entry, the consignor is X" (the copula names the
   shipper); "the weapons were destined for Y" sentences later (the cargo
   told before: X supplied it); "a truck from the same consignor ... bound
   for Z": X again.
12. "X has designated Y ...; the designation would freeze any assets": a
   conditional "would" whose subject is the measure (or "a move that would")
   tells the measure's effect, no intention: the measure stays imposed
   (verbs.yaml ``status.announced.effect_subjects``).
13. "brokered the sale of 40 machine guns, 82mm mortars and ammunition to X":
   the "to" the parse hangs on the rest of the list, apposed to the noun or
   made a second object of the verb.
"""

from __future__ import annotations

from .extract_cases import extract, claims, measures, entity_ids, posts, controls  # noqa: F401


def _measures(doc) -> list:
    return [(m.get("authority"), sorted(m.get("targets") or []), m.get("status")) for m in measures(doc)]


# ---------------------------------------------------------------- 1. the object after the list
def test_the_object_written_after_the_list(extract):
    cases = (
        ("The Ministry of Finance entered on the list Karsa Trading Company and its director, Omar Velli.",
         ["karsa-trading-company", "omar-velli"]),
        ("On Friday the Ministry of Finance added to its national list Karsa Trading Company, a firm registered "
         "in Tunis, and its director, Omar Velli.", ["karsa-trading-company", "omar-velli"]),
        ("The Treasury placed the armed group Dorra Brigade, which operates in the Tell region, and its leader, "
         "Omar Velli, on its sanctions list.", ["dorra-brigade", "omar-velli"]),
    )
    for text, want in cases:
        found = _measures(extract(text))
        assert any(t == want and s == "imposed" for _, t, s in found), (text, found)


def test_a_list_named_after_the_list_is_no_target(extract):
    """Negative control: the list's own name apposed to it is no target."""
    text = "The Treasury added Omar Velli to its list, the Specially Designated Nationals List, on Monday."
    found = _measures(extract(text))
    assert [t for _, t, _ in found] == [["omar-velli"]], found


# ---------------------------------------------------------------- 2. "the Ministry" after "the Ministry of Finance"
def test_a_body_named_short_by_its_head_noun_imposes_the_measure(extract):
    cases = (
        ("The Ministry of Finance of Ruvia met on Monday. The Ministry then entered Karsa Trading Company on the "
         "national list.", "imposed"),
        ("The Council of the European Union met the Foreign Office on Monday. The Council then removed Karsa "
         "Trading Company from its list of persons subject to restrictive measures.", "lifted"),
        ("The Department of State reviewed the file in May. In June the Department designated Karsa Trading "
         "Company as a Specially Designated Global Terrorist.", "imposed"),
    )
    for text, status in cases:
        found = _measures(extract(text))
        assert len(found) == 1 and found[0][0] and found[0][1] == ["karsa-trading-company"] and \
            found[0][2] == status, (text, found)


def test_a_short_body_noun_names_no_other_kind_of_body(extract):
    """Negative control: "the Ministry" is no Council named before."""
    text = ("The Council of the European Union met on Monday. The Ministry then entered Karsa Trading Company on "
            "the national list.")
    found = _measures(extract(text))
    assert not any(a == "council-of-the-european-union" for a, _, _ in found), found


def test_a_body_named_in_full_or_later_is_no_short_form(extract):
    """Negative control: "the Department of the Treasury's Office ..." is no short form of the Department of
    State named after it."""
    text = ("Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Karsa Trading "
            "Company for equipping the Dorra Brigade. Concurrently, the Department of State is designating Omar Velli.")
    found = _measures(extract(text))
    assert ("office-of-foreign-assets-control", ["karsa-trading-company"], "imposed") in found, found


# ---------------------------------------------------------------- 3. "No" before an instrument's number
def test_no_before_an_instruments_number_negates_nothing(extract):
    for text in ("The Council of the European Union added Karsa Trading Company to the list under Regulation (EU) "
                 "No 873/2016.",
                 "On Monday, the Council of the European Union removed Karsa Trading Co., Ltd., a Tunis-registered "
                 "timber exporter, from the list of persons subject to restrictive measures under Council "
                 "Regulation (EU) No 873/2016.",
                 "The Cabinet placed Omar Velli on the national register under Decree (CM) No. 12/2024."):
        found = _measures(extract(text))
        assert len(found) == 1 and found[0][1], (text, found)


def test_no_before_sanctions_still_negates(extract):
    """Negative control: "imposed no sanctions on X" is no measure."""
    text = "The Council of the European Union imposed no sanctions on Karsa Trading Company under Regulation (EU) No 873/2016."
    assert _measures(extract(text)) == [], _measures(extract(text))


# ---------------------------------------------------------------- 4. "bought and delivered ... to Y"
def _transfers(doc) -> set:
    return {(c.get("supplier"), c.get("recipient")) for c in claims(doc, "ArmsTransfer")}


def test_two_verbs_joined_by_and_share_their_objects(extract):
    for text in ("According to the Treasury, Karsa Trading Company bought and delivered 30 sniper rifles, "
                 "night-vision scopes and four armed drones to the Dorra Brigade between May and August 2024.",
                 "Karsa Trading Company purchased and shipped assault rifles and mortar rounds to the Dorra Brigade "
                 "in 2023.",
                 "In 2023 Karsa Trading Company procured and then supplied 12 machine guns, 40 rifles and night-vision "
                 "goggles to the Dorra Brigade."):
        assert _transfers(extract(text)) == {("karsa-trading-company", "dorra-brigade")}, (text, _transfers(extract(text)))


def test_a_buyer_that_keeps_the_arms_still_receives_them(extract):
    """Negative control: "bought rifles from X and used them" makes the buyer the recipient."""
    text = "The Dorra Brigade bought 40 assault rifles from Karsa Trading Company and used them in the attack."
    assert _transfers(extract(text)) == {("karsa-trading-company", "dorra-brigade")}, _transfers(extract(text))


# ---------------------------------------------------------------- 5. "a trader, X, sold ..." read as a participle
def test_a_noun_before_sold_with_an_object_is_the_seller(extract):
    text = ("According to a security report seen by the Tell Herald, a Tunis-based livestock trader, Omar Velli, "
            "sold at least 60 AK-pattern rifles and several boxes of ammunition to Brigade commanders last year.")
    found = _transfers(extract(text))
    assert not any(r in ("tell-herald", "omar-velli") for _, r in found), found
    text = "A Tunis-based livestock trader, Omar Velli, sold at least 60 AK-pattern rifles to the Dorra Brigade last year."
    assert _transfers(extract(text)) == {("omar-velli", "dorra-brigade")}, _transfers(extract(text))


def test_rifles_sold_to_a_group_still_go_to_it(extract):
    """Negative control: a participle without an object of its own stays passive ("rifles sold to X by Y")."""
    text = "Police found assault rifles sold to the Dorra Brigade by Omar Velli."
    assert _transfers(extract(text)) == {("omar-velli", "dorra-brigade")}, _transfers(extract(text))


# ---------------------------------------------------------------- 6. verbs of handing out arms
def test_verbs_of_handing_out_arms(extract):
    for text in ("The Dorra Brigade is active in the Tell. In November Omar Velli distributed shotguns and rifles to "
                 "its members.",
                 "Omar Velli issued 200 assault rifles to the Dorra Brigade in March.",
                 "Omar Velli resold the mortars to the Dorra Brigade in 2023."):
        assert ("omar-velli", "dorra-brigade") in _transfers(extract(text)), (text, _transfers(extract(text)))


def test_handing_out_no_arms_is_no_transfer(extract):
    """Negative control: what is handed out must be arms."""
    for text in ("Omar Velli distributed food and blankets to the Dorra Brigade's families in March.",
                 "Omar Velli issued a statement to the Dorra Brigade in March."):
        assert _transfers(extract(text)) == set(), (text, _transfers(extract(text)))


# ---------------------------------------------------------------- 7. "a Sorra-based trader, X,"
def _located(doc) -> dict:
    return {e["id"]: e.get("location") for e in doc["entities"] if e.get("location")}


def test_the_place_a_named_person_or_firm_is_based_in(extract):
    cases = (("According to a report seen by the Tell Herald, a Sorra-based livestock trader, Omar Velli, sold "
              "rifles to the Dorra Brigade.", "omar-velli"),
             ("A Sorra-based arms broker, Omar Velli, met the group's commanders in May.", "omar-velli"),
             ("Police questioned a Sorra-based freight company, Karsa Trading Company, about the cargo.",
              "karsa-trading-company"))
    for text, who in cases:
        doc = extract(text)
        assert _located(doc).get(who) == "sorra" and "a-sorra" not in entity_ids(doc), (text, _located(doc))


def test_a_nationality_before_registered_is_no_place(extract):
    """Negative control: "A Spanish-registered company, X," names a nationality, no settlement."""
    doc = extract("A Spanish-registered company, Karsa Trading Company, sold the group two boats.")
    assert "spanish" not in entity_ids(doc) and not _located(doc), (entity_ids(doc), _located(doc))


def test_a_name_further_on_is_not_the_one_based_there(extract):
    """Negative control: a name inside a longer apposition is not the one based in the place."""
    text = "Police questioned a Sorra-based livestock trader, an uncle of Omar Velli, about the cargo."
    assert _located(extract(text)) == {}, _located(extract(text))


# ---------------------------------------------------------------- 8. "X, described as the group's financier,"
def test_a_post_given_by_a_participle_of_describing(extract):
    cases = (("The Treasury designated Rami Dost, identified as the Dorra Brigade's treasurer, in May.", "treasurer"),
             ("The Dorra Brigade is active in the Tell. Rami Dost, named as its spokesman, denied the attack.",
              "spokesman"),
             ("The Treasury listed Rami Dost, described by the Panel as a recruiter for the Dorra Brigade, in May.",
              "recruiter"))
    for text, role in cases:
        assert ("rami-dost", "dorra-brigade", role) in posts(extract(text)), (text, posts(extract(text)))


def test_a_description_that_is_no_post_gives_none(extract):
    """Negative control: "described as a threat by the group's spokesman": no post of the one described."""
    text = "Rami Dost, described as a threat by the Dorra Brigade's spokesman, was arrested."
    assert not any(m == "rami-dost" for m, _, _ in posts(extract(text))), posts(extract(text))


# ---------------------------------------------------------------- 9. no one controls a state
def test_a_person_controls_no_state(extract):
    for text in ("\"This is an organised group,\" said Brigadier Omar Velli, commander of the Niger Armed Forces' "
                 "4th Division, speaking at his headquarters.",
                 "Omar Velli, the head of Chad, met the envoy on Monday.",
                 "The Treasury designated Omar Velli, who commands Mali's 3rd Military Region, on Monday."):
        found = controls(extract(text))
        assert not any(c in ("niger", "chad", "mali") for _, c in found), (text, found)


def test_a_person_still_controls_a_group(extract):
    """Negative control: the commander of an armed group controls it."""
    text = "The commander of the Dorra Brigade, Omar Velli, denied the attack."
    assert controls(extract(text)) == {("omar-velli", "dorra-brigade")}, controls(extract(text))


# ---------------------------------------------------------------- 10. a civil office of a zone
def test_a_civil_office_of_a_zone_is_a_post_in_it(extract):
    cases = (("The administrator of Sorra zone, Omar Velli, said the rifles came from the hills.", "administrator"),
             ("Omar Velli, the commissioner of Sorra zone, said the road was closed.", "commissioner"),
             ("The prefect of Sorra zone, Omar Velli, ordered a curfew on Monday.", "prefect"))
    for text, role in cases:
        found = posts(extract(text))
        assert any(m == "omar-velli" and r == role for m, _, r in found), (text, found)


def test_a_commander_of_a_zone_still_holds_no_office_of_it(extract):
    """Negative control (round 18): the commander of an operational zone holds no post of the place."""
    text = "The commander of the Sorra operational zone, Colonel Omar Velli, said the road was closed."
    assert not any(m == "omar-velli" for m, _, _ in posts(extract(text))), posts(extract(text))


# ---------------------------------------------------------------- 11. the consignor of a cargo
_FILLER = ("The container was to travel on by lorry. It also held crates of tiles. \"Tiles do not rattle like that,\" "
           "the inspector said. \"Our dogs did their work.\" ")


def test_the_consignor_named_by_a_copula_supplies_the_cargo(extract):
    for text in ("Customs officers found 40 assault rifles in a container. According to the transit entry, the "
                 "consignor is Karsa Trading Company, a company based in Tunis. " + _FILLER +
                 "The police said the weapons were destined for the Dorra Brigade.",
                 "Customs officers found 40 assault rifles in a container. According to the manifest, the shipper was "
                 "Karsa Trading Company. Police said the rifles were bound for the Dorra Brigade.",
                 "Customs officers found 40 assault rifles in a container. The bill of lading names Karsa Trading "
                 "Company as the shipper. " + _FILLER + "These rifles were destined for the Dorra Brigade."):
        assert _transfers(extract(text)) == {("karsa-trading-company", "dorra-brigade")}, (text, _transfers(extract(text)))


def test_the_same_consignor_again(extract):
    text = ("Customs officers found 40 assault rifles in a container. The bill of lading names Karsa Trading Company "
            "as the shipper. The rifles were destined for the Dorra Brigade. In May, police had stopped a truck from "
            "the same consignor carrying ammunition. That consignment was bound for the Rift Front.")
    assert ("karsa-trading-company", "rift-front") in _transfers(extract(text)), _transfers(extract(text))


def test_a_cargo_far_on_or_from_another_sender_is_not_the_consignors(extract):
    """Negative controls: a new cargo sentences later, and "a different consignor"."""
    text = ("Customs officers found 40 assault rifles in a container. According to the transit entry, the consignor "
            "is Karsa Trading Company. " + _FILLER + "A second shipment of rifles was destined for the Rift Front.")
    assert ("karsa-trading-company", "rift-front") not in _transfers(extract(text)), _transfers(extract(text))
    text = ("Customs officers found 40 assault rifles in a container. The bill of lading names Karsa Trading Company "
            "as the shipper. The rifles were destined for the Dorra Brigade. " + _FILLER + "Police had stopped a "
            "truck from a different consignor carrying ammunition. That consignment was bound for the Rift Front.")
    assert ("karsa-trading-company", "rift-front") not in _transfers(extract(text)), _transfers(extract(text))


# ---------------------------------------------------------------- 12. "the designation would freeze"
def test_would_of_a_measures_effect_is_no_intention(extract):
    for text in ("The United States has designated the Dorra Brigade's leader, Omar Velli, as a global terrorist. The "
                 "designation would freeze any assets of Omar Velli and the Dorra Brigade in US jurisdictions.",
                 "Canada has listed the Dorra Brigade, a move that would freeze the assets of the Dorra Brigade in "
                 "Canada.",
                 "The Treasury has sanctioned Omar Velli. The sanctions would block the property of Omar Velli in the "
                 "United States."):
        found = _measures(extract(text))
        assert found and all(s == "imposed" for _, _, s in found), (text, found)


def test_would_of_an_intention_is_still_announced(extract):
    """Negative control: "said it would freeze the assets of X" is an intention."""
    found = _measures(extract("The Treasury said it would freeze the assets of Omar Velli."))
    assert [s for _, _, s in found] == ["announced"], found


# ---------------------------------------------------------------- 13. "the sale of A, B and C to X"
def test_the_recipient_of_a_listed_sale(extract):
    for text in ("Karsa Trading Company brokered the sale of 40 heavy machine guns, 82mm mortars and ammunition to the "
                 "Dorra Brigade in May.",
                 "Karsa Trading Company arranged the delivery of 40 assault rifles, 60mm mortars and ammunition to the "
                 "Dorra Brigade in May.",
                 "Karsa Trading Company organised the shipment of 20 sniper rifles, RPG launchers and ammunition to the "
                 "Dorra Brigade in May.",
                 "Karsa Trading Company brokered the sale of 12.7mm heavy machine guns, 82mm mortars and ammunition to "
                 "the Dorra Brigade in September 2023, relying on forged paperwork in the name of a Tunis "
                 "haulier, the Inspector found."):
        assert _transfers(extract(text)) == {("karsa-trading-company", "dorra-brigade")}, (text, _transfers(extract(text)))


def test_an_apposition_that_is_no_list_of_arms_names_no_recipient(extract):
    """Negative control: "the sale of rifles, a deal worth 2 million dollars to the group's creditors"."""
    for text in ("The panel documented the sale of rifles, a deal worth 2 million dollars to the Dorra Brigade's "
                 "creditors.",
                 "Karsa Trading Company financed the sale of rifles and donated a school to the Dorra Brigade."):
        assert _transfers(extract(text)) == set(), (text, _transfers(extract(text)))
