"""Typed relations, round 17 of issue #12 (/work/wt/notes/ROUND17.md): classes
of phrasing heldout16 (and heldout13-15 at first sight) missed or proposed
wrongly, on sentences written for the purpose, with negative controls.

1. "the Public Prosecution charged him", "X was charged by prosecutors": a
   state's prosecution service named without its state (verbs.yaml
   ``prosecutors``) indicts in the document's own state: the state its
   masthead names, else its dateline's capital, else the first state it names
   (coding.py); an international court's prosecutor is no state's, and a
   charge with no prosecuting subject stays unplaced.
2. "charged the master, A, and his first mate, B", "charged both men", "the
   two suspects were charged": every defendant a list of titled names or a
   counted plural ("both men", language.yaml ``counted_people``) stands for.
"""

from __future__ import annotations

from .extract_cases import extract, claims  # noqa: F401


def _indictments(doc) -> set:
    return {(tuple(sorted(c["defendants"])), c.get("jurisdiction")) for c in claims(doc, "Indictment")}


# ---------------------------------------------------------------- 1. a prosecution service without its state
def test_a_prosecution_service_named_alone_indicts_in_the_documents_state(extract):
    for text in ("Officers in Malta seized pistols from a van. Its driver, Karl Vella Camilleri, was arrested on "
                 "Friday. On Monday the Public Prosecution charged him with smuggling weapons.",
                 "Police in Malta arrested Karl Vella Camilleri at the port. The Special Prosecution Office later "
                 "indicted Karl Vella Camilleri for arms trafficking.",
                 "Maltese customs seized 40 rifles on Friday. Karl Vella Camilleri was charged by prosecutors with "
                 "supplying the rifles.",
                 "The Attorney General's Office charged Karl Vella Camilleri, a lorry driver, with smuggling after "
                 "the seizure in Malta."):
        assert (("karl-vella-camilleri",), "malta") in _indictments(extract(text)), text


def test_a_masthead_state_wins_over_states_named_in_the_text(extract):
    doc = extract("REPUBLIC OF MALTA\nCUSTOMS DEPARTMENT\n\nPress release\n\n"
                  "Rifles bound for Libya were found in a container that had arrived from Tunisia. The driver, "
                  "Karl Vella Camilleri, was arrested. The Public Prosecution charged him with arms trafficking.")
    assert _indictments(doc) == {(("karl-vella-camilleri",), "malta")}, _indictments(doc)


def test_no_state_for_an_international_prosecutor_or_a_charge_without_a_prosecutor(extract):
    """Negative controls: an international court's prosecutors, and "was charged" with no prosecuting body."""
    for text in ("Officers in Malta met the press. Prosecutors at the International Criminal Court charged "
                 "Jean-Pierre Lumbala with war crimes.",
                 "Officers in Malta met the press. Police say Anton Borg was charged with theft."):
        assert not claims(extract(text), "Indictment"), text


# ---------------------------------------------------------------- 2. every defendant of a list or a count
def test_titled_names_and_counted_people_are_all_defendants(extract):
    cases = (
        ("Customs officers in Malta boarded the trawler. The Public Prosecution charged the trawler's master, "
         "Paul Cassar, and his first mate, Simon Abela, with arms trafficking.", ("paul-cassar", "simon-abela")),
        ("In Malta, the driver of the van, Paul Cassar, and a dock worker, Simon Abela, were arrested at the port. "
         "The Public Prosecution charged both men with smuggling.", ("paul-cassar", "simon-abela")),
        ("Police in Malta detained Paul Cassar and Simon Abela. The two suspects were charged by the Attorney "
         "General on Friday.", ("paul-cassar", "simon-abela")),
    )
    for text, defendants in cases:
        assert (defendants, "malta") in _indictments(extract(text)), (text, _indictments(extract(text)))


def test_a_speaker_after_a_list_is_no_defendant(extract):
    """Negative control: "A and his lawyer, B, said" - B speaks, he is not charged."""
    doc = extract("In Malta, the Public Prosecution charged Paul Cassar with smuggling, and his lawyer, Simon Abela, "
                  "said the charge was unfounded.")
    assert not any("simon-abela" in d for d, _ in _indictments(doc)), _indictments(doc)


# ---------------------------------------------------------------- 3. an owner named in a passive or through kin
def _controls(doc) -> set:
    return {(c["controller"], c["controlled"]) for c in claims(doc, "Control")}


def test_a_firm_owned_by_a_person_is_controlled_by_that_person(extract):
    cases = (
        ("The Treasury designated Baraka Freight Ltd, a firm based in Kisumu. The firm sold trucks to the Red Hills "
         "Front and is owned by Peter Kamau Njoroge, who was not designated.", ("peter-kamau-njoroge", "baraka-freight-ltd")),
        ("According to the Treasury, Kivu Trading Ltd is owned by the governor's brother-in-law, Omari Said Juma, and "
         "shipped rifles to the Red Hills Front.", ("omari-said-juma", "kivu-trading-ltd")),
        ("Lamu Shipping Ltd, which carried the rifles, is owned by his cousin, Hassan Abdi Noor.",
         ("hassan-abdi-noor", "lamu-shipping-ltd")),
    )
    for text, pair in cases:
        doc = extract(text)
        assert pair in _controls(doc), (text, _controls(doc))


def test_the_active_subject_of_a_coordinated_passive_owns_nothing(extract):
    """Negative control: "The firm sold X and is owned by Y": the firm is not the owner of anything."""
    doc = extract("The firm Baraka Freight Ltd sold trucks to Tana Gems Ltd and is owned by Peter Kamau Njoroge.")
    assert not [p for p in _controls(doc) if p[0] == "baraka-freight-ltd"], _controls(doc)


# ---------------------------------------------------------------- 4. a second in command holds a post
def _posts(doc) -> set:
    return {(c["member"], c["organisation"], c["role"]) for c in claims(doc, "Membership")}


GROUP = "The Red Hills Front (RHF) is an armed group in the north. "


def test_a_deputy_or_vice_holder_of_a_commanding_post_holds_a_post_not_control(extract):
    cases = (
        (GROUP + "The RHF's deputy commander for logistics, Peter Okello, manages the group's revenue from gold.",
         "peter-okello", "red-hills-front", "deputy-commander-for-logistics"),
        ("The vice-chairman of Tana Gems Ltd, Samuel Kiprop, signed the contract.",
         "samuel-kiprop", "tana-gems-ltd", "vice-chairman"),
        (GROUP + "Joseph Lukwago, the Front's assistant commander, was arrested in May.",
         "joseph-lukwago", "red-hills-front", "assistant-commander"),
    )
    for text, person, body, role in cases:
        doc = extract(text)
        assert (person, body, role) in _posts(doc), (text, _posts(doc))
        assert not [p for p in _controls(doc) if p[0] == person], (text, _controls(doc))


def test_the_commander_himself_keeps_control(extract):
    """Negative control: without "deputy" the apposed commander controls the group."""
    doc = extract(GROUP + "The RHF's commander, John Opio, manages the group's revenue from gold.")
    assert ("john-opio", "red-hills-front") in _controls(doc), _controls(doc)


def test_managing_a_bodys_things_is_no_control_of_the_body(extract):
    for text in (GROUP + "Peter Okello manages the group's revenue from gold sites.",
                 GROUP + "Peter Okello runs the RHF's fuel depots near the border.",
                 GROUP + "Peter Okello directs its recruitment network in the camps."):
        assert not [p for p in _controls(extract(text)) if p[0] == "peter-okello"], text
    doc = extract(GROUP + "Peter Okello runs the RHF.")
    assert ("peter-okello", "red-hills-front") in _controls(doc), _controls(doc)


def test_commanding_a_part_of_a_group_is_no_control_of_it(extract):
    for text in (GROUP + "The Treasury said Peter Okello had commanded the RHF unit that held the village of Moroto.",
                 GROUP + "Peter Okello leads the Front's logistics cell in Gulu.",
                 GROUP + "Peter Okello directs the RHF wing in the east."):
        assert not [p for p in _controls(extract(text)) if p[0] == "peter-okello"], text


# ---------------------------------------------------------------- 5. titles ending in "General"; a parliamentary secretary
def test_a_director_general_of_a_domain_controls_the_body_named_for_it(extract):
    cases = (
        "The Revenue Authority of Malta seized rifles at the port on Saturday. \"This is the largest seizure in ten "
        "years,\" the Director General of Revenue, Karl Vella Camilleri, told journalists.",
        "The Revenue Authority of Malta said on Monday that the cargo had been declared as pumps. The Director-General "
        "of Revenue, Karl Vella Camilleri, said the driver had fled.",
        "Karl Vella Camilleri, the Director General of Revenue, said the Revenue Authority of Malta had opened an "
        "inquiry.",
    )
    for text in cases:
        doc = extract(text)
        assert ("karl-vella-camilleri", "revenue-authority-of-malta") in _controls(doc), (text, _controls(doc))


def test_a_commissioner_of_a_service_heads_it_but_a_minister_serves_the_state(extract):
    doc = extract("The Police Force of Malta arrested the driver. \"The rifles came from Libya,\" Commissioner of "
                  "Police Karl Vella Camilleri said.")
    assert ("karl-vella-camilleri", "police-force-of-malta") in _controls(doc), _controls(doc)
    # negative control: a minister "for Foreign Affairs" serves the state, he heads no ministry named for it here
    doc = extract("The Ministry of Foreign Affairs of Malta listed the Red Hills Front. Minister for Foreign Affairs "
                  "Karl Vella Camilleri said Malta shared the findings.")
    assert not _controls(doc), _controls(doc)
    assert ("karl-vella-camilleri", "malta") in {p[:2] for p in _posts(doc)}, _posts(doc)


def test_a_parliamentary_secretary_serves_the_state(extract):
    for text in ("Malta imposed sanctions on the Red Hills Front on Monday. Parliamentary Secretary Karl Vella "
                 "Camilleri said Malta shared the findings.",
                 "Malta's Parliamentary Secretary for Trade, Karl Vella Camilleri, said Malta would list the group."):
        doc = extract(text)
        assert any(p[0] == "karl-vella-camilleri" and p[1] == "malta" and p[2].startswith("parliamentary-secretary")
                   for p in _posts(doc)), (text, _posts(doc))


# ---------------------------------------------------------------- 6. the head of a state's armed forces
def test_a_chief_of_defence_staff_controls_the_states_forces(extract):
    forces = "The Ghana Armed Forces (GAF) have kept a battalion at Tamale since January. "
    for text in (forces + "The chief of defence staff, General Peter Okello, said the army would clear the forest.",
                 forces + "Army Chief of Staff Peter Okello told reporters the GAF had lost two men.",
                 forces + "\"We will hold the road,\" said the Chief of the General Staff, Peter Okello."):
        doc = extract(text)
        assert ("peter-okello", "ghana-armed-forces") in _controls(doc), (text, _controls(doc))


def test_a_chief_of_staff_of_a_person_controls_no_forces(extract):
    """Negative control: a minister's chief of staff heads a function, not the forces."""
    doc = extract("The Ghana Armed Forces (GAF) have kept a battalion at Tamale. The minister's chief of staff, "
                  "Peter Okello, said the road was open.")
    assert not _controls(doc), _controls(doc)


# ---------------------------------------------------------------- 7. a second target named after its title
def _targets(doc) -> set:
    return {tuple(sorted(m["targets"])) for m in claims(doc, "SanctionsMeasure")}


def test_a_leader_named_after_and_on_its_title_is_a_target_too(extract):
    cases = (
        "On Monday, the Government of Malta decided to impose national sanctions on the Red Hills Front (RHF), an armed "
        "group operating in the north, and on its leader, Peter Okello.",
        "Malta imposed sanctions against the Red Hills Front, a militia in the north, and against its commander, "
        "Peter Okello.",
        "Malta sanctioned the Red Hills Front and its leader, Peter Okello.",
    )
    for text in cases:
        doc = extract(text)
        assert ("peter-okello", "red-hills-front") in _targets(doc), (text, _targets(doc))


def test_a_speaker_after_the_targets_is_no_target(extract):
    """Negative control: "..., and its spokesman, X, said": X speaks for the group, he is not listed."""
    doc = extract("Malta sanctioned the Red Hills Front on Monday, and its spokesman, Peter Okello, said the group "
                  "would appeal.")
    assert not any("peter-okello" in t for t in _targets(doc)), _targets(doc)


# ---------------------------------------------------------------- 8. a post named with a bare noun for its body
def test_a_ministry_spokesman_speaks_for_the_ministry_named_before(extract):
    cases = (
        "The Ministry of Interior of Malta said on Monday that it welcomed the seizure. A ministry spokesman, "
        "Brigadier Karl Vella, said patrols had increased.",
        "The Ministry of Interior of Malta welcomed the seizure. Patrols had increased, a ministry spokesman, Karl "
        "Vella, told reporters.",
        "The Ministry of Interior of Malta opened an inquiry. Karl Vella, a ministry spokesman, said it would report.",
    )
    for text in cases:
        doc = extract(text)
        assert ("karl-vella", "ministry-of-interior-of-malta", "spokesman") in _posts(doc), (text, _posts(doc))


def test_a_bare_noun_with_no_body_named_before_gives_no_post(extract):
    """Negative control: no ministry was named, so "a ministry spokesman" is no one's post here."""
    doc = extract("Patrols had increased, a ministry spokesman, Karl Vella, told reporters in Valletta.")
    assert not [p for p in _posts(doc) if p[0] == "karl-vella"], _posts(doc)


def test_a_county_police_commander_is_no_control_of_the_national_police(extract):
    """Negative control: "The X County police commander, Y": a post, never the command of the national police."""
    doc = extract("The National Police Service of Malta said on Monday that it had arrested two men. The Gozo County "
                  "police commander, Karl Vella, said the boat had been seized.")
    assert not [p for p in _controls(doc) if p[0] == "karl-vella"], _controls(doc)
