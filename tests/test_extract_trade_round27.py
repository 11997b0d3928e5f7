"""Round 27, trade: an armed group's name opening with the construct form "Katibat" ("Katibat Nujum X") is an
armed group's name like "Katiba X", so its designation, its commander and its arms reach it."""

from __future__ import annotations

from .extract_cases import claims, controls, entity, extract, measures, posts  # noqa: F401 - extract is a fixture


def _targets(doc) -> list:
    return [set(m.get("targets") or []) for m in measures(doc)]


# ---------------------------------------------------------------- 1. "Katibat X" is an armed group's name
def test_a_name_opening_with_katibat_is_an_armed_group(extract):
    for text, ident in (
            ("On 3 May, OFAC designated the Katibat Suqur al-Wadi (KSW) and its commander, Omar Idris "
             "al-Tarhuni, pursuant to Executive Order 13726.", "katibat-suqur-al-wadi"),
            ("The Katibat Nujum al-Marj has controlled the town of Qasr Belgrad since March 2027.",
             "katibat-nujum-al-marj"),
            ("According to the Panel, the Katibat Shuhada Tawergha received armed drones from a Benghazi-based "
             "company in 2028.", "katibat-shuhada-tawergha")):
        doc = extract(text)
        assert entity(doc, ident)["type"] == "ArmedGroup", text
    doc = extract("On 3 May, OFAC designated the Katibat Suqur al-Wadi (KSW) and its commander, Omar Idris "
                  "al-Tarhuni, pursuant to Executive Order 13726.")
    assert any({"katibat-suqur-al-wadi", "omar-idris-al-tarhuni"} <= t for t in _targets(doc)), _targets(doc)
    assert ("omar-idris-al-tarhuni", "katibat-suqur-al-wadi") in controls(doc)


def test_a_place_named_after_a_word_like_katibat_stays_a_place(extract):
    # negative control: a town whose name only resembles the word is still a place
    doc = extract("Fighting was reported near Katiya al-Wadi on Sunday, local officials said.")
    assert all(e["type"] != "ArmedGroup" for e in doc["entities"]), [(e["id"], e["type"]) for e in doc["entities"]]


# ---------------------------------------------------------------- 2. "self-declared" ranks the holder of a post
def test_a_self_declared_post_is_the_post(extract):
    for text, member, organisation in (
            ("The Varn Liberation Front's self-declared spokesman, Osric Dallo, said the group had not attacked "
             "the convoy.", "osric-dallo", "varn-liberation-front"),
            ("The Kessi Patriotic Front's self-declared spokeswoman, Bela Tornqvist, wrote to the Panel that the "
             "group taxed no mines.", "bela-tornqvist", "kessi-patriotic-front"),
            ("The Oti Valley Mujahideen Council's self-declared treasurer, Amadou Kelleher, was arrested in "
             "March.", "amadou-kelleher", "oti-valley-mujahideen-council")):
        doc = extract(text)
        held = {p for p in posts(doc) if p[0] == member}
        assert held and all(p[1] == organisation and not p[2].startswith("declared") for p in held), (text, held)
        assert {p[2] for p in held} <= {"spokesman", "spokeswoman", "treasurer"}, held


def test_a_declared_intent_is_no_post(extract):
    # negative control: "declared" as a verb before a post noun leaves the post as it is written
    doc = extract("The Varn Liberation Front's spokesman, Osric Dallo, declared a ceasefire on Friday.")
    assert ("osric-dallo", "varn-liberation-front", "spokesman") in posts(doc), posts(doc)


# ---------------------------------------------------------------- 3. "An army spokesman, X": the forces named before
def test_an_army_spokesman_speaks_for_the_state_forces_named_before(extract):
    for text, member, forces in (
            ("The Togolese Armed Forces have been deployed in Kessi province since 2024. An army spokesman, "
             "Colonel Osric Dallo, said on Sunday that two soldiers were wounded.", "osric-dallo",
             "togolese-armed-forces"),
            ("Soldiers of the Malian Armed Forces reached Tolvo on Monday. An army spokeswoman, Major Bela "
             "Tornqvist, said the town was calm.", "bela-tornqvist", "malian-armed-forces"),
            ("The Nigerian Army said it had cleared the road to Kessi. A day later, an army spokesman, "
             "Lieutenant-Colonel Amadou Kelleher, said six suspects had been arrested.", "amadou-kelleher",
             "nigerian-army")):
        doc = extract(text)
        assert any(p[0] == member and p[1] == forces and p[2].startswith("spokes") for p in posts(doc)), \
            (text, posts(doc), [(e["id"], e["type"]) for e in doc["entities"]])


def test_an_army_officer_or_a_group_spokesman_is_not_read_as_the_state_forces(extract):
    # negative controls: another post than a spokesman's, and "an armed group's spokesman"
    doc = extract("The Togolese Armed Forces have been deployed in Kessi province since 2024. An army officer, "
                  "Colonel Osric Dallo, was killed on Sunday.")
    assert not any(p[0] == "osric-dallo" and p[1] == "togolese-armed-forces" for p in posts(doc)), posts(doc)
    doc = extract("The Togolese Armed Forces have been deployed in Kessi province since 2024. A Varn Liberation "
                  "Front spokesman, Osric Dallo, said the group had withdrawn.")
    assert not any(p[1] == "togolese-armed-forces" for p in posts(doc)), posts(doc)


# ---------------------------------------------------------------- 4. "led by a <description>, Y" / "named Y"
def test_a_leader_named_after_a_description_controls_the_group(extract):
    for text, leader, group in (
            ("The Kessi Patriotic Front, a coalition of local militias led by a self-styled general, Osric Dallo "
             "Marquez, has controlled the mining site of Tolvo since 2027.", "osric-dallo-marquez",
             "kessi-patriotic-front"),
            ("Residents blamed the Varn Liberation Front, an armed group commanded by a former army sergeant, "
             "Amadou Kelleher Sow, for the attack.", "amadou-kelleher-sow", "varn-liberation-front"),
            ("The army said the Oti Valley Mujahideen Council was led by a former livestock dealer named Bela "
             "Ag Tornqvist and had some 300 fighters.", "bela-ag-tornqvist", "oti-valley-mujahideen-council")):
        doc = extract(text)
        assert entity(doc, leader)["type"] == "Person", text
        assert (leader, group) in controls(doc), (text, controls(doc))


def test_a_description_with_no_name_after_it_gives_no_leader(extract):
    # negative control: "led by a former army sergeant" and a place after the comma make no person
    doc = extract("Residents blamed the Varn Liberation Front, an armed group led by a former army sergeant, "
                  "Tolvo residents said.")
    assert not any(c[1] == "varn-liberation-front" for c in controls(doc)), controls(doc)
    assert all(e["type"] != "Person" for e in doc["entities"]), [(e["id"], e["type"]) for e in doc["entities"]]


# ---------------------------------------------------------------- 5. "a <state> army officer, X, sold": X supplies
def test_an_army_officer_named_in_apposition_is_the_supplier(extract):
    for text, person in (
            ("The Group found that a Congolese army (FARDC) officer, Major Osric Dallo Kabeya, sold ammunition from "
             "his unit's stocks to the Kessi Patriotic Front in 2028.", "osric-dallo-kabeya"),
            ("Investigators said a Malian army officer, Captain Amadou Kelleher Sow, sold rifles to the Varn "
             "Liberation Front in March.", "amadou-kelleher-sow"),
            ("The Panel found that a Congolese army officer, Colonel Jean-Pierre Kabeya, sold rifles to the Kessi "
             "Patriotic Front in 2027.", "jean-pierre-kabeya")):
        doc = extract(text)
        transfers = claims(doc, "ArmsTransfer")
        assert transfers and all(t.get("supplier") == person for t in transfers), (text, transfers)


def test_an_army_with_no_named_officer_stays_the_supplier(extract):
    # negative control: the state's forces as the subject, no person apposed to a post
    doc = extract("The Group found that the Congolese army (FARDC) sold ammunition to the Kessi Patriotic Front in "
                  "2028.")
    transfers = claims(doc, "ArmsTransfer")
    assert transfers and all(t.get("supplier") != "kessi-patriotic-front" and "dallo" not in str(t.get("supplier"))
                             for t in transfers), transfers


# ---------------------------------------------------------------- 6. "X is subject to an embargo on <others in X>"
def test_a_state_subject_to_an_embargo_on_others_is_no_target(extract):
    for text in (
            "Ruritania has been subject since 2004 to an arms embargo on non-governmental entities and individuals "
            "operating in its territory, imposed by the Security Council.",
            "The Central African Republic remains subject to an arms embargo on armed groups operating in its "
            "territory, renewed by resolution 2745 (2024).",
            "Somalia has been subject since 1992 to an arms embargo on non-state actors, imposed by the Security "
            "Council in resolution 733 (1992)."):
        doc = extract(text)
        assert not any(t & {"ruritania", "central-african-republic", "somalia"} for t in _targets(doc)), \
            (text, _targets(doc))


def test_a_state_subject_to_an_embargo_is_still_its_target(extract):
    # negative control: an embargo on the state itself, or with no "on" phrase
    for text, state in (("Libya remains subject to the UN arms embargo imposed by resolution 1970 (2011).", "libya"),
                        ("Haiti has been subject since 2022 to a targeted arms embargo imposed by the UN Security "
                         "Council under resolution 2653 (2022).", "haiti")):
        doc = extract(text)
        assert any(state in t for t in _targets(doc)), (text, _targets(doc))
