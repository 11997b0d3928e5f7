"""Round 39, the lead's rule (issue #12): a weekday that opens the clause, and the article after it, are no part
of the name that follows ("On Monday the Council removed X", "On Tuesday Kenya's Interior Ministry said"): the
capitalised run before a body's head word is cut after them (``opener_words`` in kb/extract/boundaries.py, used
by ``Boundaries._clean`` and ``missed._head_named``). Months stay: "the March 23 Movement" is a name. And the
side accused of a killing that says "any dead fell in a fight they started" denies it (kb/extract/combat.py)."""
from __future__ import annotations

import pytest

from .extract_cases import extract, new_entity_names, stances  # noqa: F401


@pytest.mark.parametrize("text", [
    "On Monday the Council removed Halvard Moe, a shipowner listed in 2027 for carrying arms for the junta, "
    "from its list.",
    "On Tuesday Ostland's Interior Ministry said it had arrested five men near Kessa.",
    "On Friday the Commission said the fund would close.",
])
def test_a_weekday_opening_the_clause_is_no_part_of_a_name(extract, text):
    doc = extract(text)
    names = new_entity_names(doc)
    assert not any(n.split()[0] in ("monday", "tuesday", "friday") for n in names), names


def test_a_month_opening_a_name_stays(extract):
    """Negative control: a month word can open a name."""
    doc = extract("On Monday the March 23 Movement seized the town of Kessa.")
    names = new_entity_names(doc)
    assert "march 23 movement" in names, names


# (round 39) "any dead 'fell in a fight they started'": the side accused of a killing recasts whoever died as
# fallen in a fight (kb/extract/combat.py ``_the_dead``, language.yaml ``combat_death_nouns``)
@pytest.mark.parametrize("said", [
    "A spokesman for the band told us that any dead fell in a fight the villagers started.",
    "The band's spokesman said by telephone that any dead \"fell in a fight they started\".",
    "A spokesman for the band said the dead had fallen in a fight over the herd.",
])
def test_any_dead_fallen_in_a_fight_deny(extract, said):
    doc = extract("Vondro Mena, a cattle-raiding band, killed seven villagers in Ambodisa on 3 May. " + said)
    assert ("vondro-mena", "denies") in stances(doc), stances(doc)


def test_a_fight_the_band_lost_no_denial(extract):
    """Negative control: the speaker's own men fallen in a fight deny nothing."""
    doc = extract("Vondro Mena, a cattle-raiding band, killed seven villagers in Ambodisa on 3 May. A spokesman for "
                  "the band said its own men had fallen in a fight with the gendarmes.")
    assert ("vondro-mena", "denies") not in stances(doc), stances(doc)
