"""Round 30, entities: classes of wrong or missed new-entity proposals found on heldout32."""

from __future__ import annotations

from .extract_cases import ENTITY_LEAD as LEAD, extract  # noqa: F401 - extract is a fixture
from .extract_cases import new_entity_names as _names


# ---------------------------------------------------------------- 1. a group's or firm's noun before a person's noun
def test_a_group_noun_that_only_modifies_a_persons_noun_makes_no_group(extract):
    for text, name in (
            ("The talks failed, said Amara Selu Kone, a former militia leader.", "Amara Selu Kone"),
            ("Tomas Brevik Olu, an armed group financier, was arrested in Varnel on Monday.", "Tomas Brevik Olu"),
            ("The police blamed the Kolo Brigade, a group which is commanded by Joaquim Tevo Ranga, a rebel group "
             "commander.", "Joaquim Tevo Ranga"),
            ("The deal was signed by Imre Kasza Dolan, a shipping company director, on Monday.", "Imre Kasza Dolan")):
        doc = extract(LEAD + text)
        assert _names(doc).get(name.casefold()) == "Person", (text, doc["entities"])


def test_a_group_noun_that_heads_the_apposition_still_makes_a_group(extract):
    doc = extract(LEAD + "The Tarkesh Nuru, a militia, attacked the town on Monday, police said.")
    assert _names(doc).get("tarkesh nuru") == "ArmedGroup", doc["entities"]
    doc = extract(LEAD + "The rifles were sold by Tarkel Trading, a shipping company, on Monday.")
    assert _names(doc).get("tarkel trading") == "Company", doc["entities"]
