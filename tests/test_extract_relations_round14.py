"""Typed relations and posts, round 14 of issue #12 (/work/wt/notes/ROUND14.md):
classes of phrasing heldout13 proposed wrongly or missed, on sentences written
for the purpose, with negative controls.

1. "the Army's Director of Information, Colonel X": a capitalised title whose
   "of" names a function is a post, not the command of the body (coding.py,
   PROPN triggers like NOUN ones).
2. "The Commander of the Border Guard, Captain X": a commanding title over the
   body after "of" is Control, not a post (posts.py ``_heads_body``;
   language.yaml ``title_functions``).
3. "had no information suggesting that the rifles had reached X", "called for
   the force to be given more helicopters": clauses the text does not assert
   (irrealis.py; verbs.yaml ``evidence_verbs``, ``demands``).
4. "X confirmed that consignment to the Panel": the subject of a speech verb
   sent nothing (paths.py ``governor``) and a demonstrative names a transfer
   told before, its "to" an addressee (events.py).
5. "According to the police, it has some 300 armed members": the body the
   figure is attributed to is not what "it" counts (estimates.py givers).
6. "killing nine people, among them three police officers": a part of the dead,
   no force size (estimates.py).
7. "bought 60 rifles ... and had them delivered to X": who had them delivered
   supplied X (paths.py ``causer``, ``bought``; verbs.yaml ``causatives``).
8. "fighters attacked the village of X. The Panel documented the killing of 14
   villagers": a definite killing that names no killer is the attack's, at the
   place attacked, the group whose fighters attacked accused
   (slotlists.py ``_killing_told_before``, ``attackers_before``).
9. "killed ... at the Estancia X, near the village of Y": Y only locates X, the
   killing is at X (events.py).
"""

from __future__ import annotations

from .extract_cases import extract, posts as _posts, controls as _controls, one, claims as _claims  # noqa: F401 - extract is a fixture




def _transfers(doc):
    return {(c.get("supplier"), c.get("recipient")) for c in _claims(doc, "ArmsTransfer")}


# ---------------------------------------------------------------- 1. "Director of Information"
def test_a_director_of_a_function_holds_a_post(extract):
    doc = extract("The Ruritanian Army said the convoy was ambushed. \"We lost four men,\" said the Ruritanian "
                  "Army's Director of Information, Colonel Tomas Varga.")
    assert not [c for c in _controls(doc) if c[0] == "tomas-varga"]
    assert [p for p in _posts(doc) if p[0] == "tomas-varga"]


def test_a_director_of_a_body_controls_it(extract):
    """Negative control: "the director of the Kestrel Agency, X" still controls it."""
    doc = extract("The director of the Kestrel Trading Company, Tomas Varga, said the cargo was fish.")
    assert ("tomas-varga", "kestrel-trading-company") in _controls(doc)


# ---------------------------------------------------------------- 2. "The Commander of the Border Guard"
def test_a_commander_of_the_body_controls_it(extract):
    doc = extract("The Marsland Border Guard seized the boat on Monday. The Commander of the Marsland Border "
                  "Guard, Captain Ilse Moreau, said the seizure was the largest this year.")
    assert not [p for p in _posts(doc) if p[0] == "ilse-moreau"]


def test_a_chief_of_staff_holds_a_post():
    """Negative control: "Chief of Staff", "Director of Information" head a function, not the body."""
    from kb.extract.posts import _heads_body
    assert _heads_body("Commander of the Border Guard")
    assert not _heads_body("Chief of Staff")
    assert not _heads_body("Director of Information")
    assert not _heads_body("Deputy Commander of the Border Guard")


# ---------------------------------------------------------------- 3. clauses not asserted
def test_no_information_suggesting_a_transfer(extract):
    doc = extract("The Government of Ruritania replied that it had no information suggesting that the mortars "
                  "had reached the Kawe Front.")
    assert not _claims(doc, "ArmsTransfer")


def test_a_call_for_helicopters_is_no_transfer(extract):
    for text in ("Ranchers' associations have called for the Kestrel Brigade to be given more armoured vehicles.",
                 "Farmers' unions have urged the government to supply the Kestrel Brigade with more rifles."):
        assert not _claims(extract(text), "ArmsTransfer"), text


def test_information_that_a_transfer_happened(extract):
    """Negative control: a clause the text asserts still gives the transfer."""
    doc = extract("The Panel found that the mortars had reached the Kawe Front in May.")
    assert (None, "kawe-front") in _transfers(doc)


# ---------------------------------------------------------------- 4. "confirmed that consignment to the Panel"
def test_a_body_confirming_a_consignment_sent_nothing(extract):
    doc = extract("The Panel found that rifles reached the Kawe Front in May. The Ruritanian Security Bureau "
                  "confirmed that consignment to the Monitoring Group for Ruritania.")
    transfers = _transfers(doc)
    assert transfers == {(None, "kawe-front")}, transfers


def test_a_body_making_a_delivery_sent_it(extract):
    """Negative control: the subject of a verb that is no speech verb made the delivery."""
    doc = extract("Kestrel Trading Company completed a delivery of rifles to the Kawe Front in May.")
    assert ("kestrel-trading-company", "kawe-front") in _transfers(doc)


def _estimates(doc):
    return {(c["of"], c["measure"], c["value"]) for c in _claims(doc, "Estimate")}


# ---------------------------------------------------------------- 5. "According to the police, it has"
def test_according_to_a_body_it_has_members(extract):
    doc = extract("The Kawe Front is an armed group in Ruritania. According to the Ruritanian Police, it has some "
                  "300 armed members.")
    assert ("kawe-front", "force-size", 300) in _estimates(doc)
    assert not [e for e in _estimates(doc) if e[0] == "ruritanian-police"]


def test_a_body_that_has_members(extract):
    """Negative control: a group named as the subject keeps its figure."""
    doc = extract("According to the Ruritanian Police, the Kawe Front has some 300 armed members.")
    assert ("kawe-front", "force-size", 300) in _estimates(doc)


# ---------------------------------------------------------------- 6. "among them three police officers"
def test_officers_among_the_dead_are_no_force(extract):
    doc = extract("The Kawe Front is an armed group in Ruritania. Police said Kawe Front fighters attacked a market "
                  "in Tindo on Monday, killing nine people, among them three police officers.")
    assert not [e for e in _estimates(doc) if e[1] == "force-size"], _estimates(doc)


def test_a_force_with_a_part_of_it(extract):
    """Negative control: a force counted before "among them" is still counted."""
    doc = extract("The Kawe Front is an armed group in Ruritania. Police said the Kawe Front has 300 fighters, "
                  "among them 40 foreign fighters.")
    assert ("kawe-front", "force-size", 300) in _estimates(doc)


# ---------------------------------------------------------------- 7. "and had them delivered to X"
def test_had_them_delivered(extract):
    doc = extract("The Kawe Front is an armed group. Tomas Varga bought 60 assault rifles from a seller in Ruritania and "
                  "had them delivered to the Kawe Front in October.")
    assert ("tomas-varga", "kawe-front") in _transfers(doc)
    assert ("kawe-front", "kawe-front") not in _transfers(doc)


def test_had_them_inspected_is_no_transfer(extract):
    """Negative control: a causative of another verb moves no arms."""
    doc = extract("The Kawe Front is an armed group. Tomas Varga bought 60 assault rifles from a seller in Ruritania and "
                  "had them inspected by the Kawe Front in October.")
    assert not [t for t in _transfers(doc) if t[1] == "kawe-front"], _transfers(doc)


# ---------------------------------------------------------------- 8. "documented the killing of 14 villagers"
def test_the_killing_after_an_attack(extract):
    doc = extract("The Kawe Front is an armed group. On 9 May, Kawe Front fighters attacked the village of Tindo-Mabu. "
                  "The Panel documented the killing of between 14 and 19 villagers.")
    assert [c for c in _claims(doc, "Atrocity") if c["location"] == ["tindo-mabu"]]
    assert ("killings-in-tindo-mabu", "civilians-killed", 14) in _estimates(doc)
    assert [c for c in _claims(doc, "Participation") if c["actor"] == "kawe-front"]


def test_the_killing_after_an_attack_by_unnamed_gunmen(extract):
    """Negative control: gunmen of no named group: a killing, no one accused."""
    doc = extract("The Kawe Front is an armed group. On 9 May, gunmen attacked the village of Tindo-Mabu. "
                  "The Panel documented the killing of between 14 and 19 villagers.")
    assert [c for c in _claims(doc, "Atrocity") if c["location"] == ["tindo-mabu"]]
    assert not _claims(doc, "Participation")


def test_a_killing_by_someone_named(extract):
    """Negative control: a killing whose killer is named is no toll of the attack before."""
    doc = extract("The Kawe Front is an armed group. On 9 May, Kawe Front fighters attacked the village of Tindo-Mabu. "
                  "Police condemned the killing of 14 villagers by the Ruritanian Army.")
    assert not [c for c in _claims(doc, "Atrocity") if c.get("location") == ["tindo-mabu"]]


# ---------------------------------------------------------------- 9. "at X, near the village of Y"
def test_a_killing_at_a_ranch_near_a_village(extract):
    doc = extract("The Kawe Front is an armed group. He said the workers had been killed in a bunkhouse at the "
                  "Estancia Los Robles, near the village of Tindo-Mabu, shortly before dawn.")
    assert [c["location"] for c in _claims(doc, "Atrocity")] == [["estancia-los-robles"]]


def test_a_killing_near_a_village_alone(extract):
    """Negative control: a killing placed only "near" a village is placed there."""
    doc = extract("The Kawe Front is an armed group. Kawe Front gunmen killed five farmers near the village of "
                  "Tindo-Mabu on Monday.")
    assert [c["location"] for c in _claims(doc, "Atrocity")] == [["tindo-mabu"]]
