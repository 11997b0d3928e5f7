"""Round 36, trade area (sanctions), tuned on heldout38.

1. "froze all funds in the country of A, an armed group ..., of its leader, Sheikh B, and of its financier, C": the
   holders of an "of" phrase after a place phrase on the assets join those of the assets' own "of" (paths.py
   ``held_of``), and an honorific may stand before a name listed after its title (slotlists.py ``_listed_gap``).
2. "removed from the national list X, a former commander": the name written after the list is the target.
3. "X Trade DOOEL": a Macedonian or Serbian legal form ends a company's name (legal.yaml company_forms).
4. "The Government of X adopted ... . By the same decision, the Government removed Y": with a masthead body of no
   known state, a bare "the Government" is the state an earlier measure has for authority (measures.py).
5. "designated A and B ..., freezing their assets": the participle is the listing's effect, no second measure
   (measures.py ``_listing_effect``, verbs.yaml listing_verbs).
"""
from __future__ import annotations

import pytest

from .extract_cases import extract, measures  # noqa: F401


def _measures(doc) -> list:
    return [(m.get("authority"), sorted(m.get("targets") or []), m.get("status")) for m in measures(doc)]


# ---------------------------------------------------------------- 1. "funds in the country of A, ..., and of B"
@pytest.mark.parametrize("text,targets", [
    ("At its session on Monday, the Government of the Republic of Georgia adopted, under the Law on Restrictive "
     "Measures and in alignment with Council Decision (CFSP) 2029/412, a decision freezing all funds and economic "
     "resources in the country of Ansar al-Jabal (AJ), an armed group in Niger's Tahoua region, of its leader, Sheikh "
     "Sani Bello Kura, and of its financier, Piet Laros Vinke.", ["ansar-al-jabal", "piet-laros-vinke", "sani-bello-kura"]),
    ("At its session on Tuesday, the Government of the Republic of Moldova adopted, under the Law on Restrictive "
     "Measures and in alignment with Council Decision (CFSP) 2029/77, a decision freezing all funds and economic "
     "resources in the country of Harakat Ahl al-Sahil (HAS), an armed group in Mali's Gao region, of its leader, "
     "Sheikh Ismail Haro Dini, and of its financier, Marco Dendi Alva.",
     ["harakat-ahl-al-sahil", "ismail-haro-dini", "marco-dendi-alva"]),
    ("At its session on Friday, the Government of the Republic of Georgia adopted, under the Law on Restrictive "
     "Measures, a decision freezing all funds and economic resources in the country of Jama'at Ahl al-Sahel (JAS), an "
     "armed group in Mali's Kidal region, of its leader, Sheikh Musa Ag Ibrahim, and of its financier, Yusuf Bakari "
     "Dan.", ["jama-at-ahl-al-sahel", "musa-ag-ibrahim", "yusuf-bakari-dan"]),
])
def test_holders_after_a_place_phrase_join(extract, text, targets):
    found = _measures(extract(text))
    assert any(t == targets for _, t, _ in found), found


def test_a_holder_after_the_place_phrase_joins_the_later_ones(extract):
    # the parse hangs "in the country of A" and "and of its financier, C" both on the funds (paths.py held_of)
    found = _measures(extract(
        "At its session on Thursday, the Government of the Republic of Georgia adopted, under the Law on Restrictive "
        "Measures and in alignment with Council Decision (CFSP) 2029/1141, a decision freezing all funds and economic "
        "resources in the country of Jama'at Ahl al-Jibal (JAJ), an armed group in Niger's Tahoua region, of its "
        "leader, Sheikh Sani Bello Kura, and of its financier, Piet Laros Vinke."))
    assert any(t == ["jama-at-ahl-al-jibal", "piet-laros-vinke", "sani-bello-kura"] for _, t, _ in found), found


def test_a_place_phrase_after_the_holder_is_no_holder(extract):
    # negative control: "the funds of A in the territory of B": B is where the funds are, no target
    found = _measures(extract("Moldova froze the funds of the Kessel Valley Front in the territory of Tessaly."))
    assert found and all("tessaly" not in t for _, t, _ in found), found


# ---------------------------------------------------------------- 2. "removed from the national list X"
@pytest.mark.parametrize("text,target", [
    ("On Tuesday Moldova removed from the national list Ismail Haro Dini, a former commander of the group.",
     "ismail-haro-dini"),
    ("On Monday the Government of Georgia removed from the national list Piet Laros Vinke, a trader who died in March.",
     "piet-laros-vinke"),
    ("On Friday Georgia removed from its national list Sani Bello Kura, a former militia financier.", "sani-bello-kura"),
])
def test_a_name_after_the_list_is_delisted(extract, text, target):
    found = _measures(extract(text))
    assert any(target in t and s == "lifted" for _, t, s in found), found


def test_removed_from_a_list_with_no_name_after_it(extract):
    # negative control: a list with no name after it, nor any object, proposes no lifting
    found = _measures(extract("On Tuesday the notice was removed from the ministry's website."))
    assert not any(s == "lifted" for _, _, s in found), found


# ---------------------------------------------------------------- 3. "X Trade DOOEL"
@pytest.mark.parametrize("text,target", [
    ("The Varno Financial Office ordered the freezing of the accounts of Kessel Arms Trade DOOEL.",
     "kessel-arms-trade-dooel"),
    ("The Varno Financial Office ordered the freezing of the accounts of Orun Ballistic DOO.", "orun-ballistic-doo"),
    ("Moldova froze the assets of Dendi Munitions Export DOOEL on Monday.", "dendi-munitions-export-dooel"),
])
def test_a_macedonian_legal_form_ends_a_company_name(extract, text, target):
    found = _measures(extract(text))
    assert any(target in t for _, t, _ in found), found


# ---------------------------------------------------------------- 4. "By the same decision, the Government removed"
def _masthead(body: str) -> str:
    return ("REPUBLIC OF MOLDOVA\nMinistry of Foreign Affairs and Trade\n\nPress Release\n\n"
            "The Government of the Republic of Moldova adopted a decision freezing all funds of the Kessel Valley Front. "
            + body)


@pytest.mark.parametrize("body,target", [
    ("By the same decision, the Government removed from the national list Ismail Haro Dini, a former commander.",
     "ismail-haro-dini"),
    ("By the same decision, the Government removed Piet Laros Vinke from the national list.", "piet-laros-vinke"),
    ("By the same decision, the Government also removed from the national list Sani Bello Kura, a trader.",
     "sani-bello-kura"),
])
def test_a_bare_government_is_the_state_of_the_measure_before(extract, body, target):
    found = _measures(extract(_masthead(body)))
    assert ("moldova", [target], "lifted") in found, found


def test_a_masthead_of_a_known_state_keeps_its_own(extract):
    # negative control: no earlier measure by a state: the bare Government is no other state's
    found = _measures(extract("REPUBLIC OF MOLDOVA\nMinistry of Foreign Affairs and Trade\n\nPress Release\n\n"
                              "The Council of the European Union listed the Kessel Valley Front. The Government "
                              "removed Piet Laros Vinke from the national list."))
    assert not any(a == "council-of-the-european-union" and s == "lifted" for a, _, s in found), found


# ---------------------------------------------------------------- 5. "designated A, freezing their assets"
@pytest.mark.parametrize("text", [
    "On 27 June Moldova designated Marco Dendi Alva and the Kessel Valley Front's treasurer, Piet Laros Vinke, under "
    "the Sanctions Regulations 2020, freezing their assets and banning them from travel to Moldova.",
    "The Kessel Valley Front has raided Tahoua since May. On 4 May the Treasury of Moldova sanctioned the group's "
    "leader, Marco Dendi Alva, and its treasurer, Piet Laros Vinke, freezing their assets.",
    "The Kessel Valley Front holds Tahoua. On 4 May Georgia designated the Front's commander, Sani Bello Kura, and its "
    "financier, Idris Wala Mahdi, under the Sanctions Act, freezing their property and banning them from entry.",
])
def test_a_freezing_participle_is_the_listings_effect(extract, text):
    found = _measures(extract(text))
    assert len(found) == 1, found


def test_a_freeze_of_another_holder_stays(extract):
    # negative control: the participle freezes a holder of its own, named: a second measure
    found = _measures(extract("On 4 May Moldova designated Marco Dendi Alva, freezing the assets of the Kessel "
                              "Valley Front."))
    assert len(found) == 2, found
