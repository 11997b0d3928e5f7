"""Round 29, trade area (sanctions, arms transfers, control, posts), tuned on heldout31.

1. "received rifles through the Central African Republic": a state or a place the arms came through is their
   route, no supplier; "the drones were supplied through a trading company, X" names the firm (verbs.yaml
   ``slot_not_class``, events.py).
2. "Neither X nor its leaders has been designated", "None of its commanders was listed": a subject of "neither"
   or "none" negates the fact (events.py).
3. "the group's chief of staff, X": a post under the head (Membership chief-of-staff), no control of the body
   (coding.py, verbs.yaml ``words.staff_functions``).
4. "The governor of X province, Y", "The prefect of X department, Y,": the holder the parse hangs on the place
   noun is no place; the division noun stands for the place named before it; Y is a person (roles.py,
   classify.py, language.yaml ``role_nouns.divisions``, ``local_posts``).
"""
from __future__ import annotations

import pytest

from .extract_cases import extract, claims, measures, posts, controls  # noqa: F401

FRONT = "The Korvo Front is an armed group active in the east. "


def _transfers(doc) -> set:
    return {(c.get("supplier"), c["recipient"]) for c in claims(doc, "ArmsTransfer")}


# ---------------------------------------------------------------- 1. a route is no supplier
@pytest.mark.parametrize("text", [
    FRONT + "According to a security source, the Korvo Front received machine guns and mortars through Zambia "
    "last year.",
    FRONT + "Police said the Korvo Front had obtained assault rifles and ammunition through Zambia in March.",
    FRONT + "The Korvo Front bought sniper rifles through Zambia, a customs officer said.",
])
def test_arms_received_through_a_state_have_no_supplier(extract, text):
    doc = extract(text)
    assert (None, "korvo-front") in _transfers(doc), _transfers(doc)
    assert not any(s == "zambia" for s, _ in _transfers(doc)), _transfers(doc)


@pytest.mark.parametrize("text", [
    FRONT + "The Korvo Front's drones were supplied through a Kigali-based trading company, Delmar Trading, which "
    "denied it.",
    FRONT + "Rifles were shipped to the Korvo Front through Delmar Trading in May.",
    FRONT + "Investigators found that mortars had been delivered to the Korvo Front through Delmar Trading.",
])
def test_arms_supplied_through_a_firm_name_the_firm(extract, text):
    doc = extract(text)
    assert ("delmar-trading", "korvo-front") in _transfers(doc), _transfers(doc)


def test_a_dealer_the_arms_were_bought_through_still_supplies_them(extract):
    """Negative control: a company (no state, no place) after "bought through" stays the supplier."""
    doc = extract(FRONT + "Most of the Front's rifles were bought through Delmar Trading, a Kigali-based broker.")
    assert ("delmar-trading", "korvo-front") in _transfers(doc), _transfers(doc)


# ---------------------------------------------------------------- 2. "neither ... nor" subjects
@pytest.mark.parametrize("text", [
    FRONT + "Neither the Korvo Front nor any of its leaders has been designated by the European Union.",
    FRONT + "Neither the Korvo Front nor Aldo Brenn has been sanctioned by the United States.",
    FRONT + "Neither the Korvo Front nor its financier, Aldo Brenn, has been designated by the United Kingdom.",
])
def test_a_neither_subject_is_no_designation(extract, text):
    doc = extract(text)
    assert not measures(doc), measures(doc)


def test_a_plain_designation_still_counts(extract):
    """Negative control: the same designation without "neither" is a measure."""
    doc = extract(FRONT + "The Korvo Front has been designated by the European Union.")
    assert [m for m in measures(doc) if m["targets"] == ["korvo-front"]], measures(doc)


# ---------------------------------------------------------------- 3. chief of staff
@pytest.mark.parametrize("text", [
    FRONT + "On 6 September the Foreign Office added the Korvo Front's chief of staff, Aldo Brenn, to the UK "
    "sanctions list.",
    "The Korvo Front is an armed group led by Osric Vellamy. Its chief of staff, Aldo Brenn, was arrested in May.",
    FRONT + "The Korvo Front's chief of staff, Aldo Brenn, was arrested in May.",
])
def test_a_chief_of_staff_holds_a_post_not_the_group(extract, text):
    doc = extract(text)
    assert ("aldo-brenn", "korvo-front") not in controls(doc), controls(doc)
    assert ("aldo-brenn", "korvo-front", "chief-of-staff") in posts(doc), posts(doc)


def test_the_groups_own_chief_still_controls_it(extract):
    """Negative control: "the group's chief, X" (no "of staff") commands it."""
    doc = extract(FRONT + "The Korvo Front's chief, Aldo Brenn, was arrested in May.")
    assert ("aldo-brenn", "korvo-front") in controls(doc), controls(doc)


# ---------------------------------------------------------------- 4. local offices
@pytest.mark.parametrize("text, member, role", [
    ("Gunmen attacked a convoy near Dassa. The prefect of Tarvola department, Idriss Adam Saleh, agreed.",
     "idriss-adam-saleh", "prefect"),
    ("Gunmen attacked a convoy near Dassa. The prefect of Bitkana department, Mahamat Ousmane Abakar, told "
     "reporters that 19 people were killed.", "mahamat-ousmane-abakar", "prefect"),
    ("Gunmen attacked a convoy near Dassa. The prefect of Mangalmé department, Ali Ousmane Abakar, said the road "
     "was closed.", "ali-ousmane-abakar", "prefect"),
])
def test_a_local_office_holder_after_a_place_noun(extract, text, member, role):
    doc = extract(text)
    assert [p for p in posts(doc) if p[0] == member and p[2] == role], posts(doc)


def test_the_head_of_a_ministry_department_holds_no_local_office(extract):
    """Negative control: "the head of the finance department, X" is no office in a place."""
    doc = extract("Gunmen attacked a convoy near Dassa. The head of the finance department, Idriss Adam Saleh, "
                  "said the road was closed.")
    assert not [p for p in posts(doc) if p[0] == "idriss-adam-saleh"], posts(doc)


# ---------------------------------------------------------------- 5. origin of smuggled arms is no seller
@pytest.mark.parametrize("text", [
    FRONT + "A spokesman said the Korvo Front had bought weapons smuggled from Zambia before.",
    FRONT + "Police said the Korvo Front had bought rifles smuggled from Zambia.",
    FRONT + "The Korvo Front acquired pistols trafficked from Zambia last year, officials said.",
])
def test_arms_smuggled_from_a_state_have_no_supplier(extract, text):
    doc = extract(text)
    assert not any(s == "zambia" for s, _ in _transfers(doc)), _transfers(doc)


def test_a_firm_after_a_describing_participle_still_supplies(extract):
    """Negative control: "drones adapted to carry grenades from X", X a company, supplied them."""
    doc = extract(FRONT + "The Korvo Front obtained drones adapted to carry grenades from Delmar Trading.")
    assert ("delmar-trading", "korvo-front") in _transfers(doc), _transfers(doc)


# ---------------------------------------------------------------- 6. an embargo imposed by A, lifted by B
def _measures(doc) -> set:
    return {(m.get("authority"), tuple(sorted(m["targets"])), m["status"]) for m in measures(doc)}


@pytest.mark.parametrize("text", [
    "The Panel recalls that the general and complete arms embargo on Zambia imposed by Security Council resolution "
    "733 (1992) was lifted by Security Council resolution 2714 (2023).",
    "The arms embargo on Zambia imposed by Security Council resolution 733 (1992) was lifted by Security Council "
    "resolution 2714 (2023), the Panel noted.",
    "Diplomats said the embargo on Zambia imposed by the European Union was lifted by the European Union in March.",
])
def test_an_embargo_imposed_and_lifted_is_two_measures(extract, text):
    doc = extract(text)
    statuses = {m[2] for m in _measures(doc) if m[1] == ("zambia",)}
    assert statuses == {"imposed", "lifted"}, _measures(doc)


def test_a_lifted_embargo_alone_is_one_lifting(extract):
    """Negative control: with no participle of imposing, the lifting alone."""
    doc = extract("The arms embargo on Zambia was lifted by Security Council resolution 2714 (2023).")
    assert {m[2] for m in _measures(doc) if m[1] == ("zambia",)} == {"lifted"}, _measures(doc)


# ---------------------------------------------------------------- 7. removed from a list; extended to
@pytest.mark.parametrize("text, target", [
    # the parse hangs "from the list" on the object's name
    (FRONT + "Separately, OFAC removed Al-Tayyar Gum Exporters from the SDN List on 6 September after the company's "
     "sale to new owners.", "al-tayyar-gum-exporters"),
    (FRONT + "OFAC removed Al-Nour Gum Exporters from the SDN List on Friday.", "al-nour-gum-exporters"),
    (FRONT + "OFAC removed Al-Fajr Gum Exporters from the SDN List on Friday.", "al-fajr-gum-exporters"),
])
def test_removed_from_a_list_is_a_lifting(extract, text, target):
    doc = extract(text)
    assert [m for m in _measures(doc) if m[1] == (target,) and m[2] == "lifted"], _measures(doc)


def test_seized_from_a_depot_is_no_lifting(extract):
    """Negative control: "from" a noun that names no list lifts nothing."""
    doc = extract(FRONT + "Police removed Al-Nour Gum Exporters from the warehouse on Friday.")
    assert not [m for m in _measures(doc) if m[2] == "lifted"], _measures(doc)


@pytest.mark.parametrize("text", [
    FRONT + "On 9 September the Council of the European Union extended the asset freeze under Council Regulation "
    "(EU) 2023/2694 to the Korvo Front and Delmar Trading.",
    FRONT + "The European Union widened its arms embargo to the Korvo Front on Monday.",
    FRONT + "The United Kingdom has extended its sanctions to Delmar Trading and the Korvo Front.",
])
def test_a_measure_extended_to_new_parties(extract, text):
    doc = extract(text)
    assert [m for m in _measures(doc) if "korvo-front" in m[1] and m[2] == "expanded"], _measures(doc)


def test_a_measure_prolonged_to_a_date_has_no_new_target(extract):
    """Negative control: "extended ... to the end of 2030" names a date, no party."""
    doc = extract(FRONT + "The European Union extended its sanctions on the Korvo Front to the end of 2030.")
    assert all(m[1] == ("korvo-front",) for m in _measures(doc)), _measures(doc)


# ---------------------------------------------------------------- 8. "X and its commander" as targets
@pytest.mark.parametrize("text", [
    "Canada would list the Korvo Front and its commander under the Special Economic Measures Act.",
    "The United Kingdom sanctioned the Korvo Front and its leader on Monday.",
    "The European Union will designate the Korvo Front and its commander, officials said.",
])
def test_its_commander_is_the_head_named_before(extract, text):
    doc = extract(FRONT + "Its commander, Aldo Brenn, was trained abroad. " + text)
    assert [m for m in _measures(doc) if "aldo-brenn" in m[1]], _measures(doc)


def test_its_commander_with_no_head_named_is_no_one(extract):
    """Negative control: with no head named, no person is made a target."""
    doc = extract(FRONT + "The United Kingdom sanctioned the Korvo Front and its commander on Monday.")
    assert all(t == "korvo-front" for m in _measures(doc) for t in m[1]), _measures(doc)


# ---------------------------------------------------------------- 9. a known surname inside another's name
OWNER = "Gunmen attacked a convoy near Dassa. The company's owner, Hassan Idriss Mahamat, denied it in a written reply. "


@pytest.mark.parametrize("text", [
    OWNER + "The governor of Guera province, Général Mahamat Nour Abdelkerim, imposed a curfew on Sunday.",
    OWNER + "The governor of Salamat province, Général Mahamat Nour Abdelkerim, imposed a curfew on Sunday.",
    OWNER + "On Monday the governor of Batha province, Général Mahamat Nour Abdelkerim, imposed a curfew.",
])
def test_a_known_surname_inside_a_longer_name_is_not_that_person(extract, text):
    doc = extract(text)
    assert not [p for p in posts(doc) if p[0] == "hassan-idriss-mahamat"], posts(doc)


def test_the_whole_name_still_holds_the_post(extract):
    """Negative control: the known person's whole name apposed to the post holds it."""
    doc = extract(OWNER + "The governor of Salamat province, Hassan Idriss Mahamat, imposed a curfew on Sunday.")
    assert [p for p in posts(doc) if p[0] == "hassan-idriss-mahamat" and p[2] == "governor"], posts(doc)


def test_a_listing_extended_to_a_counted_set_is_the_one_measure(extract):
    """Negative control: "extended its listing of X ... to two companies ..., A and B" stays the one widened listing
    of X (round 22), no second measure against the counted set."""
    doc = extract(FRONT + "On Monday the Council of the European Union extended its listing of the Korvo Front to two "
                  "trading companies that it regards as fronts for the group, Delmar Trading and Orsk Metals.")
    assert len([m for m in _measures(doc) if m[2] == "expanded"]) == 1, _measures(doc)
