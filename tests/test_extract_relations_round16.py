"""Typed relations and entities, round 16 of issue #12 (/work/wt/notes/ROUND16.md):
classes of phrasing heldout15 proposed wrongly or missed, on sentences written
for the purpose, with negative controls.

1. "The group's former commander, X": a past holder of a commanding post
   controls nothing now (relations.yaml macro ``PAST``), in any wording
   ("late leader", "erstwhile head"); the current holder keeps Control.
2. "Vice-Minister of Foreign Affairs X", "Deputy-Governor": a hyphenated
   prefix is part of the title (language.yaml ``post_pattern``), so the post
   is the whole title, not "Minister of ...".
3. "X was added to the national list of the Y Committee", "entered in the
   register of the Z Ministry": the list's owner is the authority
   (verbs.yaml list frame, ``prep:to>prep:of``); and no body sanctions
   itself ("X was added ..., freezing its funds": measures.py).
4. "the Philippine Army": a state's adjective that differs from its people's
   (language.yaml ``demonyms``) makes the army a state's force, so "the group"
   after it stands for the armed group; and the state's forces proposed under
   a generic label before the army is named ("an army spokeswoman") are that
   army (anaphora.py; language.yaml ``army_heads``).
5. "Al Hamra Pumps Trading Co.", "El Nasr General Trading LLC": a capitalised
   particle opening a company's name is its own article, not cut
   (boundaries.py; lower-case ones still are).
6. "The owner of X Trading, A, and an airport agent, B, were arrested": A,
   named right after the title's phrase, is the holder (the parse may make A a
   conjunct and B the apposition: paths.py step ``appos``), and a sentence's
   opening "The owner of X, A," names a person (people.py).
7. Weapon types keep their model: a maker's name and number between a count
   and the noun ("48 Zastava 70 pistols"), a list item's noun the parse took
   for a verb ("- 12 AR-15-pattern carbines, 5.56x45mm;"), and a calibre
   written as one word ("rounds of 7.62x39mm ammunition"; arms.py).
8. "X is the group's treasurer", "Y remains the commander of Z", "His wife,
   X, is the group's treasurer": the copula's subject holds the post (paths.py
   step ``copula_subject``; the name apposed to a common noun, never the
   noun's owner; not under "not").
"""

from __future__ import annotations

from .extract_cases import extract, measures, one, claims, posts, controls, entity, weapons  # noqa: F401

GROUP = "The Black Hill Brigade (BHB) is an armed group in the north. "


def _measures(doc) -> set:
    return {(m.get("authority"), tuple(sorted(m["targets"]))) for m in measures(doc)}


# ---------------------------------------------------------------- 1. a former holder controls nothing
def test_a_former_commander_controls_nothing(extract):
    for text in (GROUP + "The BHB's former commander, Ivan Petrovsky, was arrested in May.",
                 GROUP + "The Black Hill Brigade's late leader, Ivan Petrovsky, was buried in May.",
                 GROUP + "The BHB's erstwhile chief Ivan Petrovsky now lives in exile.",
                 "Riverside Agro LLC's former owner, Ivan Petrovsky, sold his shares in May."):
        doc = extract(text)
        assert not [c for c in controls(doc) if c[0] == "ivan-petrovsky"], text


def test_a_current_commander_keeps_control(extract):
    """Negative control: without "former" the apposed commander controls the group."""
    doc = extract(GROUP + "The BHB's commander, Ivan Petrovsky, was arrested in May.")
    assert ("ivan-petrovsky", "black-hill-brigade") in controls(doc)
    doc = extract(GROUP + "The BHB's new commander, Ivan Petrovsky, was named in May.")
    assert ("ivan-petrovsky", "black-hill-brigade") in controls(doc)


# ---------------------------------------------------------------- 2. "Vice-Minister of X"
def test_a_hyphenated_prefix_is_part_of_the_title(extract):
    doc = extract("Vice-Minister of Foreign Affairs Anna Kowalczyk said Latvia shared the conclusions of the panel.")
    assert ("anna-kowalczyk", "latvia", "vice-minister-of-foreign-affairs") in posts(doc)
    doc = extract("Latvia's Vice-Minister of Defence, Janis Ozols, told reporters the border was calm.")
    assert ("janis-ozols", "latvia", "vice-minister-of-defence") in posts(doc)
    assert not [p for p in posts(doc) if p[2] == "minister-of-defence"]


def test_an_unprefixed_minister_keeps_the_plain_title(extract):
    """Negative control: "Minister of Defence X" is the minister, with no prefix invented."""
    doc = extract("Latvia's Minister of Defence, Janis Ozols, told reporters the border was calm.")
    assert ("janis-ozols", "latvia", "minister-of-defence") in posts(doc)


# ---------------------------------------------------------------- 3. the list's owner; no self-sanction
def test_the_owner_of_the_list_is_the_authority(extract):
    for text in ("The Black Hill Brigade was added to the national list of the Ministry of Finance of Latvia in "
                 "September, freezing any funds it holds in Latvia.",
                 "The Black Hill Brigade was entered in the sanctions register of the Ministry of Finance of Latvia "
                 "in 2024.",
                 "In 2024 the Black Hill Brigade was added to the list of the Council of the European Union."):
        found = _measures(extract(text))
        assert any(a in ("ministry-of-finance-of-latvia", "council-of-the-european-union") and
                   t == ("black-hill-brigade",) for a, t in found), (text, found)
        assert not [a for a, t in found if a in t], (text, found)


def test_the_subject_who_adds_stays_the_authority(extract):
    """Negative control: a body that adds X to another's list is still the one acting."""
    found = _measures(extract("The Latvian Ministry of Finance placed the Black Hill Brigade on the sanctions list "
                              "of the European Union in May."))
    assert ("latvian-ministry-of-finance", ("black-hill-brigade",)) in found


def test_no_group_sanctions_itself(extract):
    found = _measures(extract(GROUP + "The Black Hill Brigade was added to the national list in September, "
                                      "freezing any funds it holds in Latvia."))
    assert not [a for a, t in found if a in t], found


# ---------------------------------------------------------------- 4. a state's army named by its adjective
SAID = "The Black Hill Brigade operates in the north of Luzon, according to the Philippine Army. "


def test_the_philippine_army_is_the_states_force(extract):
    doc = extract(SAID)
    army = entity(doc, "philippine-army")
    assert army["type"] == "StateArmedForces" and army.get("part_of") == "philippines"


def test_the_group_after_a_states_army_is_the_armed_group(extract):
    doc = extract(SAID + "An analyst said the group probably had between 60 and 90 armed members.")
    assert {c["of"] for c in claims(doc, "Estimate") if c["measure"] == "force-size"} == {"black-hill-brigade"}
    doc = extract(SAID + "The army also accused a dealer in Manila, Ivan Petrovsky, of selling the group hand "
                         "grenades last year.")
    assert {c.get("recipient") for c in claims(doc, "ArmsTransfer")} == {"black-hill-brigade"}


def _forces(doc) -> set:
    return {e["id"] for e in doc["entities"] if e["type"] == "StateArmedForces"}


def test_generic_forces_named_before_the_army_are_the_army(extract):
    assert _forces(extract("Philippine army blames rebels for deadly ambush on patrol. " + SAID)) == {"philippine-army"}
    assert _forces(extract("Kenyan soldiers were deployed to Lamu in May. The Kenya Defence Forces said the Black "
                           "Hill Brigade had fled.")) == {"kenya-defence-forces"}


def test_another_force_or_state_stays_its_own(extract):
    """Negative controls: a navy is no army, and another state's forces are not merged into the army named."""
    assert _forces(extract("Kenyan soldiers were deployed to Lamu in May. The Kenya Navy said the Black Hill "
                           "Brigade had fled.")) == {"kenya-armed-forces", "kenya-navy"}
    assert {"philippine-army", "kenya-armed-forces"} <= _forces(extract("Kenyan troops crossed into the area in May. "
                                                                        + SAID))


# ---------------------------------------------------------------- 5. "Al" opening a company's name
def test_a_capitalised_particle_opens_the_company_name(extract):
    doc = extract("The air waybill names Al Hamra Pumps Trading Co., a company in Jahra, as the consignee.")
    assert entity(doc, "al-hamra-pumps-trading-co")["type"] == "Company"
    doc = extract("Shipments went to El Nasr General Trading LLC in Tripoli in May.")
    assert entity(doc, "el-nasr-general-trading-llc")["type"] == "Company"


def test_a_lower_case_particle_before_a_company_is_cut(extract):
    """Negative control: "bin Kalshat and Al-Barakah Maritime Est." is still the firm after "and"."""
    doc = extract("The rifles were sold by bin Kalshat and Al-Barakah Maritime Est. in May.")
    assert entity(doc, "al-barakah-maritime-est")["type"] == "Company"


# ---------------------------------------------------------------- 6. the holder named right after the title
CONSIGNEE = "The air waybill names Al Hamra Pumps Trading Co., a company in Jahra, as the consignee. "


def test_the_name_after_the_titles_phrase_holds_it(extract):
    for name in ("Omar Salem Al-Mutairi", "Jassim Salem Al-Rumi"):  # the parse hangs the first on the firm's name
        doc = extract(CONSIGNEE + f"The owner of Al Hamra Pumps Trading, {name}, and an airport clearing agent, Talal "
                                  "Mubarak Al-Kandari, were arrested on Sunday evening.")
        assert controls(doc) == {(name.lower().replace(" ", "-"), "al-hamra-pumps-trading-co")}, name
    doc = extract("The Black Hill Brigade is an armed group in the north. The commander of the Black Hill Brigade, "
                  "Ivan Petrovsky, and a courier, Janis Ozols, were killed in May.")
    assert controls(doc) == {("ivan-petrovsky", "black-hill-brigade")}


def test_a_later_apposed_name_holds_no_title(extract):
    """Negative control: with no name after the title's phrase, the agent apposed later controls nothing."""
    doc = extract(CONSIGNEE + "The owner of Al Hamra Pumps Trading, who was not named, and an airport clearing "
                              "agent, Nasser Ali Al-Harbi, were arrested on Sunday evening.")
    assert not [c for c in controls(doc) if c[0] == "nasser-ali-al-harbi"]


# ---------------------------------------------------------------- 7. weapon types with their model
LEAD = "Customs officers opened the crates in the presence of police. The seized items were:\n\n"


def test_weapon_types_keep_their_model(extract):
    doc = extract(LEAD + "- 48 Beretta 92 pistols, 9x19mm;\n- 12 AR-15-pattern carbines, 5.56x45mm;\n- about "
                         "30,000 rounds of 9x19mm ammunition;\n- 40 night-vision monoculars.")
    assert {"beretta-92-pistols", "ar-15-pattern-carbines", "9x19mm-ammunition"} <= weapons(doc)
    assert not {"pistols", "carbines", "ammunition"} & weapons(doc)
    doc = extract("Police seized 48 Zastava 70 pistols and 2,000 rounds of 7.62x39mm ammunition in May.")
    assert {"zastava-70-pistols", "7-62x39mm-ammunition"} <= weapons(doc)


def test_a_count_alone_is_no_model(extract):
    """Negative control: "48 pistols and 12 rifles" are bare types; no maker's name stands before them."""
    doc = extract("Police seized 48 pistols and 12 rifles in May.")
    assert weapons(doc) == {"pistols", "rifles"}


# ---------------------------------------------------------------- 8. "X is the group's treasurer"
def test_the_copulas_subject_holds_the_post(extract):
    doc = extract(GROUP + "Anna Kowalczyk remains the treasurer of the Black Hill Brigade.")
    assert ("anna-kowalczyk", "black-hill-brigade", "treasurer") in posts(doc)
    doc = extract(GROUP + "Its leader is Ivan Petrovsky. His wife, Anna Kowalczyk, is the group's treasurer, the "
                          "army said.")
    assert {p[:2] for p in posts(doc) if p[2] == "treasurer"} == {("anna-kowalczyk", "black-hill-brigade")}
    doc = extract(GROUP + "Ivan Petrovsky is the commander of the Black Hill Brigade.")
    assert ("ivan-petrovsky", "black-hill-brigade") in controls(doc)


def test_no_post_for_an_unnamed_subject_or_a_denied_one(extract):
    """Negative controls: "His wife is the treasurer" names no one (not the husband); "is not" holds no post."""
    doc = extract(GROUP + "Its leader is Ivan Petrovsky. His wife is the group's treasurer, the army said.")
    assert not [p for p in posts(doc) if p[2] == "treasurer"]
    doc = extract(GROUP + "Anna Kowalczyk is not the group's treasurer.")
    assert not [p for p in posts(doc) if p[2] == "treasurer"]
