"""Round 28, trade area (sanctions, arms transfers, control, posts), tuned on heldout30.

1. Reverted after the coding manual settled it in round 29: "A BHB commander, X", one of the group's
   commanders, holds a post (Membership, role commander) as round 15 read it; Control is the head's ("its
   commander, X"). The tests below keep the three wordings, now for the post.
2. "X adopted Regulation N, which freezes the funds of Y": the adopter of the act imposes the measure, even
   under a masthead naming another issuer (measures.py ``_adopter``; verbs.yaml ``adopting_verbs``).
3. "the armed group Liwa X": a descriptive noun with a name right after it is no anaphor of an earlier
   group (anaphora.py ``_no_anaphor``).
"""
from __future__ import annotations

import pytest

from .extract_cases import extract, measures, posts, controls  # noqa: F401


def _measures(doc) -> set:
    return {(m.get("authority"), tuple(sorted(m["targets"])), m["status"]) for m in measures(doc)}


# ---------------------------------------------------------------- 1. "A BHB commander, X"
@pytest.mark.parametrize("text", [
    "The Black Hill Brigade (BHB) operates in the north. A BHB commander, Tomas Varga, said the group would fight on.",
    "The Black Hill Brigade (BHB) raided two villages. A BHB commander, Tomas Varga, told reporters that the "
    "villagers had informed for the army.",
    "The Black Hill Brigade (BHB) holds the ridge. According to residents, a BHB commander, Tomas Varga, ordered "
    "the roads closed.",
])
def test_an_indefinite_commander_of_a_named_group_holds_a_post(extract, text):
    doc = extract(text)
    assert ("tomas-varga", "black-hill-brigade", "commander") in posts(doc)
    assert ("tomas-varga", "black-hill-brigade") not in controls(doc)


def test_its_commander_commands_the_group(extract):
    """Control is the head's: "its commander, Tomas Varga" commands the group."""
    doc = extract("The Black Hill Brigade (BHB) operates in the north. Its commander, Tomas Varga, said the group "
                  "would fight on.")
    assert ("tomas-varga", "black-hill-brigade") in controls(doc)


# ---------------------------------------------------------------- 2. "adopted Regulation N, which freezes"
_MASTHEAD = "Ministry of Foreign Affairs of the Republic of Latvia\n\nPress release\n\nRiga, 10 June 2025\n\n"


@pytest.mark.parametrize("text", [
    "The Government of Latvia today adopted Government Regulation No. 12/2025, which freezes the funds of the "
    "Black Hill Brigade and of Riverside Agro LLC.",
    "The Government of Latvia on Monday published Decree No. 7/2025, which freezes the funds and economic resources "
    "of the Black Hill Brigade and of Riverside Agro LLC.",
    "The Government of Latvia adopted Cabinet Regulation No. 301, which freezes the assets of the Black Hill "
    "Brigade and of Riverside Agro LLC.",
])
def test_the_adopter_of_an_act_that_freezes_imposes_the_measure(extract, text):
    found = _measures(extract(_MASTHEAD + text))
    assert ("latvia", ("black-hill-brigade", "riverside-agro-llc"), "imposed") in found, found


def test_a_body_that_criticised_the_act_is_no_adopter(extract):
    """Negative control: the subject of a verb that does not adopt the act is not the measure's authority."""
    found = _measures(extract(_MASTHEAD + "Estonia criticised Regulation No. 12/2025, which freezes the funds of "
                              "the Black Hill Brigade and of Riverside Agro LLC."))
    assert not [m for m in found if m[0] == "estonia"], found


# ---------------------------------------------------------------- 3. "the armed group Liwa X"
@pytest.mark.parametrize("noun", ["armed group", "militia", "group"])
def test_a_noun_apposed_to_the_name_after_it_is_no_anaphor(extract, noun):
    doc = extract("Latvia freezes assets of Dorra armed group\n\nThe Government of Latvia today froze the funds of "
                  f"the {noun} Black Hill Brigade and of its commander, Tomas Varga.")
    found = _measures(doc)
    assert any("black-hill-brigade" in t for _, t, _ in found), found
    assert not any("dorra" in " ".join(t) for _, t, _ in found), found


def test_the_group_without_a_name_after_it_is_still_an_anaphor(extract):
    """Negative control: "the group" with no name after it stands for the group named before."""
    doc = extract("The Black Hill Brigade operates in the north. Latvia today froze the funds of the group.")
    assert any("black-hill-brigade" in t for _, t, _ in _measures(doc))


# ---------------------------------------------------------------- 4. "A Foreign Office minister told ... the Government"
@pytest.mark.parametrize("text", [
    "The Black Hill Brigade operates in Latvia. A Foreign, Commonwealth and Development Office minister, Lord "
    "Ashby, told the House of Lords on Tuesday that the Government intends to designate the Black Hill Brigade.",
    "The Black Hill Brigade operates in Latvia. A Foreign, Commonwealth and Development Office minister, Lady Orme, "
    "told MPs that the Government would designate the Black Hill Brigade in the coming weeks.",
    "The Black Hill Brigade operates in Latvia. A Foreign, Commonwealth and Development Office spokeswoman, Jane "
    "Hale, said on Monday that the Government intends to designate the Black Hill Brigade.",
])
def test_the_government_of_a_speaker_whose_title_names_a_uk_body(extract, text):
    found = _measures(extract(text))
    assert any(a == "uk-government" and t == ("black-hill-brigade",) for a, t, _ in found), found


def test_the_government_of_an_unnamed_speaker_is_not_the_uk(extract):
    """Negative control: a speaker whose title names no body gives the UK nothing."""
    found = _measures(extract("The Black Hill Brigade operates in Latvia. A minister, Lord Ashby, told reporters "
                              "on Tuesday that the Government of Latvia intends to designate the Black Hill Brigade."))
    assert not any(a in ("uk-government", "united-kingdom") for a, _, _ in found), found

