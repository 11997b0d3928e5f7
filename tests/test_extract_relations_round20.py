"""Typed relations, round 20 of issue #12 (/work/wt/notes/ROUND20.md): classes
of wrong or missed proposals heldout19 (and earlier sets at first sight)
showed, on sentences written for the purpose, with negative controls.

1. "X, the group's head of finances", "chief of communications": a function
   after "of" in its plural form ("finances", "operations") names a post in
   the group, no control of it (verbs.yaml ``words.functions``, by lemma too).
2. "the consignee is a hardware store ... the store's owner, X": a firm's noun
   used last for a thing the text does not name refers to that thing, not to
   the last firm named (no Control of that firm).
3. "OFAC designated Y Freight Limited, a haulier, and ...": the object the
   small model makes a second subject after the verb, when a subject comes
   before it, is the object (the measure's target, never its authority).
4. "led by a former Tunisian army sergeant, X": the person named in apposition
   to a noun for one of a state's forces' men, not the forces.
5. "intends to freeze the funds of a third X commander", "also listed an X
   member": one unnamed person whom the group's name only qualifies is no
   measure on the group (roles.py ``unnamed_one``).
6. "froze the funds of X and of two of its commanders. The commanders
   concerned are A and B" ("They are ...", "The leaders are A, B and C"): the
   people the next sentence names are the counted targets, in place of an
   unnamed set (verbs.yaml ``counted_target_nouns``).
7. "His spokesman, Y", "Her adviser, Y" after a person who leads a body or
   holds a post in one: Y holds a post in that body (language.yaml
   ``role_nouns.staff``).
8. "X's spokesman in Y, Z,", "Tunisia's ambassador in Rome, Z,": the name the
   parse hangs on the place the post serves is the post's holder (verbs.yaml
   Membership frame, slot ``prep:in>appos``).
9. "has controlled the X market", "controls Y airport", "retook the X
   market": a facility written after the place it is named for is the place
   controlled, proposed new (language.yaml ``named_facilities``).
"""

from __future__ import annotations

from .extract_cases import extract, claims, measures, posts, controls  # noqa: F401


# ---------------------------------------------------------------- 1. a function's post, by its plural too
def test_a_head_of_a_function_holds_a_post(extract):
    cases = (
        ("The sanctioned men are Omar Velli, who leads the Dorra Brigade, and Karim Sarsa, the group's head of "
         "finances.", "head-of-finances"),
        ("Karim Sarsa, the Dorra Brigade's chief of communications, was arrested on Monday.",
         "chief-of-communications"),
        ("Police said Karim Sarsa, the Dorra Brigade's head of finances, had fled to Sfax.", "head-of-finances"),
    )
    for text, role in cases:
        doc = extract(text)
        assert ("karim-sarsa", "dorra-brigade", role) in posts(doc), (text, posts(doc))
        assert ("karim-sarsa", "dorra-brigade") not in controls(doc), (text, controls(doc))


def test_the_head_of_the_group_still_controls_it(extract):
    """Negative control: "the head of the Dorra Brigade" commands the group."""
    doc = extract("Karim Sarsa, the head of the Dorra Brigade, was arrested on Monday.")
    assert ("karim-sarsa", "dorra-brigade") in controls(doc), controls(doc)


# ---------------------------------------------------------------- 2. "the store" after "a store" the text does not name
def test_a_firm_noun_used_for_an_unnamed_thing_is_no_named_firm(extract):
    for text in (
        "According to the manifest, the shipper is Sarsa Trading SA, a company based in Tunis, and the consignee is "
        "a Gabes hardware store. The National Guard arrested the store's owner, Karim Sarsa, in Gabes on Sunday.",
        "Sarsa Trading SA shipped the crates. They were addressed to a gun shop in Sfax. Police questioned the "
        "shop's owner, Karim Sarsa, on Monday.",
        "Sarsa Trading SA sold the boat to a fishing company registered in Sfax, and the company's director, Karim "
        "Sarsa, signed for it.",
    ):
        doc = extract(text)
        assert ("karim-sarsa", "sarsa-trading-sa") not in controls(doc), (text, controls(doc))


def test_a_firm_noun_for_the_named_firm_still_refers_to_it(extract):
    """Negative controls: "X, a store in Y ... The store's owner" and "the company's owner" after X alone are X's."""
    for text in ("Sarsa Trading SA, a store in Gabes, sold the rifles. The store's owner, Karim Sarsa, was arrested.",
                 "Police raided Sarsa Trading SA on Monday. The company's owner, Karim Sarsa, was arrested."):
        doc = extract(text)
        assert ("karim-sarsa", "sarsa-trading-sa") in controls(doc), (text, controls(doc))
    doc = extract("The assets of Velli Arms d.o.o., a Sfax-registered broker, are frozen. According to the police, "
                  "the broker sold rifles to the Dorra Brigade.")
    assert any(c.get("supplier") == "velli-arms-d-o-o" for c in claims(doc, "ArmsTransfer")), doc["claims"]


# ---------------------------------------------------------------- 3. an object parsed as a second subject
def _measures(doc) -> list:
    return [(m.get("authority"), sorted(m.get("targets") or [])) for m in measures(doc)]


def test_an_object_parsed_as_a_second_subject_is_the_target(extract):
    cases = (
        ("In a separate action, OFAC designated Sorra Valley Freight Limited, a Tunis-based haulier, and its "
         "director, Omar Velli.", ["omar-velli", "sorra-valley-freight-limited"]),
        ("In a separate action, OFAC designated Kibo Hill Freight Limited, a Dodoma-based haulier, and its managing "
         "director, Amani Juma.", ["amani-juma", "kibo-hill-freight-limited"]),
        ("On Tuesday, OFAC designated Marsa Valley Logistics Limited, a Gabes-based trucking firm, for supplying the "
         "Dorra Brigade.", ["marsa-valley-logistics-limited"]),
    )
    for text, targets in cases:
        found = _measures(extract(text))
        assert ("office-of-foreign-assets-control", targets) in found, (text, found)


def test_a_subject_after_a_verb_of_saying_stays_its_subject(extract):
    """Negative control: with no subject before the verb ("..., said X"), nothing is moved; the authority is never
    a target."""
    doc = extract("Sorra Valley Freight Limited, a Tunis-based haulier, was designated on Monday, said OFAC.")
    assert all("office-of-foreign-assets-control" not in t for _, t in _measures(doc)), _measures(doc)


# ---------------------------------------------------------------- 4. a former soldier named in apposition
def test_a_forces_man_named_in_apposition_is_the_person(extract):
    for text in ("The Dorra Brigade is led by a former Tunisian army sergeant, Omar Velli, according to the National "
                 "Guard.",
                 "The Dorra Brigade, whose commander is a former Algerian army captain, Karim Sarsa, attacked the post.",
                 "A former Tunisian army colonel, Karim Sarsa, commands the Dorra Brigade, the police said."):
        doc = extract(text)
        pairs = controls(doc)
        assert any(c in ("omar-velli", "karim-sarsa") and d == "dorra-brigade" for c, d in pairs), (text, pairs)
        assert not any(c.endswith("-armed-forces") for c, _ in pairs), (text, pairs)


def test_a_forces_man_with_no_name_is_still_the_forces(extract):
    """Negative control: "sold ... by a Tunisian army sergeant" with no name after it stays the forces' act."""
    doc = extract("Rifles were sold to the Dorra Brigade by a Tunisian army sergeant, the police said.")
    assert any(c.get("supplier") == "tunisia-armed-forces" for c in claims(doc, "ArmsTransfer")), doc["claims"]


# ---------------------------------------------------------------- 5. one unnamed member as a measure's target
def test_one_unnamed_member_is_no_measure_on_the_group(extract):
    for text in ("She added that Norway intends to freeze the funds of a third Dorra Brigade commander once the "
                 "review is complete.",
                 "Norway said it would also designate another Dorra Brigade commander.",
                 "On Monday Norway also listed a Dorra Brigade member who runs its finances."):
        found = _measures(extract(text))
        assert not any("dorra-brigade" in t for _, t in found), (text, found)


def test_the_group_itself_or_a_named_member_is_still_a_target(extract):
    """Negative controls: the group named as the target, and a member named in apposition."""
    assert ("norway", ["dorra-brigade"]) in _measures(extract("Norway intends to freeze the assets of the Dorra Brigade."))
    found = _measures(extract("Norway designated a Dorra Brigade commander, Omar Velli, on Monday."))
    assert ("norway", ["omar-velli"]) in found, found


# ---------------------------------------------------------------- 6. counted targets named in the next sentence
def test_counted_targets_named_in_the_next_sentence(extract):
    cases = (
        ("Norway has decided to freeze the funds of the Dorra Brigade, an armed group active in Tunisia, and of two "
         "of its commanders. The commanders concerned are Omar Velli, who leads the group, and Karim Sarsa, its head "
         "of finances.", ("norway", ["dorra-brigade", "karim-sarsa", "omar-velli"])),
        ("On Monday the Treasury designated Velli Shipping Ltd and two individuals. They are Omar Velli, the firm's "
         "owner, and Karim Sarsa.", ("treasury-department", ["karim-sarsa", "omar-velli", "velli-shipping-ltd"])),
        ("Canada listed the Dorra Brigade and three of its leaders on Friday. The listing took effect at once. The "
         "leaders are Omar Velli, Karim Sarsa and Amani Juma.", ("canada", ["amani-juma", "dorra-brigade", "karim-sarsa", "omar-velli"])),
    )
    for text, want in cases:
        doc = extract(text)
        assert want in _measures(doc), (text, _measures(doc))
        assert not any(e["type"] == "ActorSet" for e in doc["entities"]), (text, doc["entities"])


def test_counted_targets_not_all_named_stay_a_set(extract):
    """Negative controls: fewer names than the count, or a sentence about other people, add no target."""
    for text in ("Norway has decided to freeze the funds of the Dorra Brigade and of two of its commanders. The "
                 "commanders concerned are Omar Velli and two men whose names were withheld.",
                 "Norway has decided to freeze the funds of the Dorra Brigade and of two of its commanders. The "
                 "group's founders are Omar Velli and Karim Sarsa."):
        found = _measures(extract(text))
        assert found and not any("omar-velli" in t for _, t in found), (text, found)


# ---------------------------------------------------------------- 7. a person's staff
def test_a_persons_staff_hold_posts_in_the_body_he_serves(extract):
    cases = (
        ("The Dorra Brigade is led by Omar Velli. His spokesman, Karim Sarsa, denied the accusation.",
         ("karim-sarsa", "dorra-brigade", "spokesman")),
        ("Tunisia's interior minister, Amani Juma, visited Sfax on Monday. Her adviser, Karim Sarsa, told reporters "
         "the army would stay.", ("karim-sarsa", "tunisia", "adviser")),
        ("Omar Velli, the commander of the Dorra Brigade, was not available. His spokeswoman, Amani Juma, said the "
         "group had left the town.", ("amani-juma", "dorra-brigade", "spokeswoman")),
    )
    for text, want in cases:
        doc = extract(text)
        assert want in posts(doc), (text, posts(doc))


def test_the_staff_of_a_person_with_no_post_hold_none(extract):
    """Negative control: a farmer's spokesman holds no post anywhere."""
    doc = extract("Amani Juma, a farmer, lost his house. His spokesman, Karim Sarsa, said nothing.")
    assert not any(m == "karim-sarsa" for m, _, _ in posts(doc)), posts(doc)


# ---------------------------------------------------------------- 8. a post "in" a place, then the name
def test_a_post_in_a_place_then_the_name(extract):
    cases = (
        ("The Dorra Brigade's spokesman in Sfax, Lieutenant Karim Sarsa, said on Monday that the soldiers had "
         "returned fire.", ("karim-sarsa", "dorra-brigade", "spokesman")),
        ("A spokeswoman for the Dorra Brigade in Gabes, Amani Juma, denied the report.",
         ("amani-juma", "dorra-brigade", "spokeswoman")),
        ("Tunisia's ambassador in Rome, Amani Juma, said the sanctions were unjust.",
         ("amani-juma", "tunisia", "ambassador")),
    )
    for text, want in cases:
        doc = extract(text)
        assert want in posts(doc), (text, posts(doc))


def test_a_place_described_after_a_post_is_no_holder(extract):
    """Negative control: the apposition describes the place, no person holds the post."""
    doc = extract("The Dorra Brigade's spokesman in Sfax, a town of 10,000 people, said nothing.")
    assert not claims(doc, "Membership"), posts(doc)


# ---------------------------------------------------------------- 9. a facility named after its place
def test_a_facility_named_after_its_place_is_controlled(extract):
    cases = (
        ("The Dorra Brigade has controlled the Sfax market since January.", "sfax-market"),
        ("The Dorra Brigade has controlled Gabes airport and the checkpoints on the road north to Sfax since August "
         "2027.", "gabes-airport"),
        ("The Dorra Brigade retook the Sfax market from the army on 9 May.", "sfax-market"),
    )
    for text, place in cases:
        doc = extract(text)
        assert ("dorra-brigade", place) in controls(doc), (text, controls(doc))


def test_a_facility_of_no_place_or_attacked_is_no_control(extract):
    """Negative controls: "the market" names no place; an attack on a market is no control of it."""
    for text in ("The Dorra Brigade has controlled the market since January.",
                 "The Dorra Brigade attacked the Sfax market on Monday."):
        doc = extract(text)
        assert not controls(doc), (text, controls(doc))
