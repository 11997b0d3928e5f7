"""Round 39, trade area (arms transfers and sanctions), tuned on heldout41.

1. "All transfers of arms to X remain prohibited by the embargo", "the embargo bars the supply of weapons to X":
   a transfer that a ban forbids is a rule, no delivery (eventchecks.py ``_prohibited``, verbs.yaml
   ``prohibiting``).
2. "designated, under EO N, the X, its commander, Y, alias "Z", and W": the parse makes the alias word the head of
   the list; its subject, apposed names and conjuncts are the targets (paths.py ``alias_list``, verbs.yaml ``alias``).
3. "On 30 October OFAC removed X from the list": the parse swallows the subject into the date phrase; the name
   right after the date is the authority (paths.py ``dated_subject``).
4. "removed X, a company designated in 2027, from the list": the participle on the lifted target is no measure
   of its own (measures.py ``_lifted_ones_past``).
5. "the Foreign Affairs Council": the Council of the European Union by its configuration's name (bodies.yaml).
6. (lead) "removed X, a notary designated in 2027 for registering companies for the cartel, from the SDN List":
   the parse hangs the "from" after the apposition's closing comma inside the apposition; the list is still
   the verb's (paths.py ``has_object``); where the date swallowed the subject and the parse made the name after
   the verb the subject, that name is the target (paths.py ``late_subject``).
"""
from __future__ import annotations

import pytest

from .extract_cases import claims, extract, measures  # noqa: F401

FRONT = "FICTIONAL TEST DOCUMENT.\n\n"


def _recipients(doc) -> set:
    return {r for c in claims(doc, "ArmsTransfer") for r in ([c.get("recipient")] if isinstance(
        c.get("recipient"), str) else c.get("recipient") or [])}


# ---------------------------------------------------------------- 1. a transfer a ban forbids
@pytest.mark.parametrize("text", [
    FRONT + "The Velmor Front is active in the hills of Kessia. All transfers of arms to the Velmor Front without "
    "the Committee's approval remain prohibited by the embargo imposed in resolution 4410 (2029).",
    FRONT + "The Velmor Front is active in the hills of Kessia. Deliveries of weapons to the Velmor Front are "
    "banned under the regional agreement.",
    FRONT + "The Velmor Front is active in the hills of Kessia. The resolution prohibits the supply of rifles to "
    "the Velmor Front.",
])
def test_a_transfer_a_ban_forbids_is_no_transfer(extract, text):
    doc = extract(text)
    assert "velmor-front" not in _recipients(doc), claims(doc, "ArmsTransfer")


def test_a_delivery_in_breach_of_a_ban_is_a_transfer(extract):
    doc = extract(FRONT + "The Velmor Front is active in the hills of Kessia. In March a trucking firm delivered "
                  "forty assault rifles to the Velmor Front.")
    assert "velmor-front" in _recipients(doc), claims(doc, "ArmsTransfer")


def _keys(doc) -> set:
    return {(m.get("authority"), m["status"], tuple(sorted(m["targets"]))) for m in measures(doc)}


# ---------------------------------------------------------------- 2. a list the alias word breaks
@pytest.mark.parametrize("text,want", [
    (FRONT + 'The Red Hand Brigade (RHB) is an armed group in Kessia. On 21 May the Office of Foreign Assets Control '
     'designated, under Executive Order 14059, the RHB, its top commander, Jon Talbot, alias "El Lobo", and Kessel '
     'Holdings S.A.S., a currency exchange house in Varno.', {"red-hand-brigade", "jon-talbot"}),
    (FRONT + 'The Velmor Front is an armed group in Kessia. On 3 March the Office of Foreign Assets Control '
     'designated, under Executive Order 14059, the Velmor Front, its leader, Anna Brisk, alias "La Zorra", and '
     'Marrow Shipping Ltd., a freight firm in Varno.', {"velmor-front", "anna-brisk"}),
    (FRONT + 'The Velmor Front is an armed group in Kessia. On 3 March the Office of Foreign Assets Control '
     'designated, under Executive Order 13224, the Velmor Front, its commander, Piet Varga, alias "El Toro", and '
     'Kessel Holdings S.A.S., a money changer in Varno.', {"velmor-front", "piet-varga"}),
])
def test_the_targets_of_a_list_an_alias_breaks(extract, text, want):
    doc = extract(text)
    targets = {t for m in measures(doc) if m.get("authority") == "office-of-foreign-assets-control" for t in m["targets"]}
    assert want <= targets, measures(doc)


def test_an_alias_outside_a_designation_lists_no_one(extract):
    doc = extract(FRONT + 'The Red Hand Brigade (RHB) is an armed group in Kessia. On 21 May the RHB, its top '
                  'commander, Jon Talbot, alias "El Lobo", and his deputy attended a meeting in Varno.')
    assert not measures(doc), measures(doc)


# ---------------------------------------------------------------- 3. a subject the date phrase swallowed
@pytest.mark.parametrize("text", [
    FRONT + "On 2 May the Foreign Office designated Piet Varga. On 30 October OFAC removed Kessel Holdings Ltd. from "
    "the SDN List following a change of ownership.",
    FRONT + "On 2 May the Foreign Office designated Piet Varga. On 14 November OFAC removed Marrow Shipping Ltd. from "
    "the SDN List.",
    FRONT + "On 2 May the Foreign Office designated Piet Varga. On 9 June OFAC delisted Kessel Holdings Ltd.",
])
def test_the_authority_the_date_swallowed(extract, text):
    doc = extract(text)
    assert any(m.get("authority") == "office-of-foreign-assets-control" and m["status"] == "lifted"
               for m in measures(doc)), measures(doc)


def test_a_name_after_a_date_that_is_no_subject(extract):
    doc = extract(FRONT + "On 2 May the Foreign Office designated Piet Varga. The Foreign Office removed Kessel "
                  "Holdings Ltd. from the list on 30 October.")
    assert not any(m.get("authority") == "office-of-foreign-assets-control" for m in measures(doc)), measures(doc)


# ---------------------------------------------------------------- 4. how a lifted target came to be listed
@pytest.mark.parametrize("text", [
    FRONT + "The Office of Foreign Assets Control on Monday removed Kessel Holdings Ltd., a bus company designated "
    "in 2027, from the SDN List following a change of ownership.",
    FRONT + "The Office of Foreign Assets Control on Monday delisted Marrow Shipping Ltd., a freight firm designated "
    "in 2026.",
    FRONT + "The Office of Foreign Assets Control on Monday removed Kessel Holdings Ltd., a money changer listed in "
    "2025, from the SDN List.",
])
def test_a_lifted_targets_past_listing_is_no_measure(extract, text):
    doc = extract(text)
    assert not any(m["status"] == "imposed" for m in measures(doc)), measures(doc)
    assert any(m["status"] == "lifted" for m in measures(doc)), measures(doc)


def test_a_designation_participle_without_a_lifting_stays(extract):
    doc = extract(FRONT + "The Office of Foreign Assets Control on Monday fined Kessel Holdings Ltd. for dealing with "
                  "Marrow Shipping Ltd., a freight firm designated by the Office of Foreign Assets Control in 2026.")
    assert any(m["status"] == "imposed" for m in measures(doc)), measures(doc)


# ---------------------------------------------------------------- 5. the Council of the EU by its configuration's name
@pytest.mark.parametrize("text", [
    FRONT + "On Monday the Foreign Affairs Council designated the Velmor Front under Council Regulation (EU) 2029/11.",
    FRONT + "The EU Foreign Affairs Council on Monday froze the assets of the Velmor Front.",
    FRONT + "On 4 May the Foreign Affairs Council imposed sanctions on the Velmor Front.",
])
def test_the_foreign_affairs_council_is_the_council_of_the_eu(extract, text):
    doc = extract(text)
    assert any(m.get("authority") == "council-of-the-european-union" for m in measures(doc)), measures(doc)


def test_a_national_foreign_affairs_committee_is_no_council(extract):
    doc = extract(FRONT + "On Monday the Foreign Affairs Committee of Kessia designated the Velmor Front.")
    assert not any(m.get("authority") == "council-of-the-european-union" for m in measures(doc)), measures(doc)


# ---------------------------------------------------------------- 6. the list phrase after a long apposition
@pytest.mark.parametrize("text", [
    FRONT + "On Monday OFAC removed Teodoro Vasquez Lira, a Leon notary designated in 2027 for registering shell "
    "companies for the cartel, from the Specially Designated Nationals List.",
    FRONT + "Last week OFAC removed Kemal Arslan, a trader listed in 2024 for buying fuel for the group, from the "
    "SDN List.",
    FRONT + "Yesterday OFAC removed Dario Ventresca, a broker designated in 2028 for moving money for the clan, "
    "from the SDN List.",
    # the parse makes "OFAC" part of the date and the name after the verb its subject (paths.py ``late_subject``)
    FRONT + "On Monday OFAC removed Ilse Varga Benke, a Pecs notary designated in 2027 for registering shell "
    "companies for the cartel, from the Specially Designated Nationals List.",
])
def test_the_list_after_a_long_apposition_is_the_removals(extract, text):
    doc = extract(text)
    assert [m["status"] for m in measures(doc)] == ["lifted"], measures(doc)


def test_a_from_phrase_inside_the_apposition_lifts_nothing(extract):
    doc = extract(FRONT + "On Monday OFAC designated Kemal Arslan, a trader who bought fuel from the group, under "
                  "Executive Order 14059.")
    assert [m["status"] for m in measures(doc)] == ["imposed"], measures(doc)
