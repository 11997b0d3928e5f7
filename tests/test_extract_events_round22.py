"""Classes of events and relations (round 22, issue #12), each with new fictional sentences of its own and a
negative control: a listed target written after its place and trade ("and the Lagos-based shipping company C",
"and the gold exporter C") or after an article ("A, the B Brigade and C") stays in the list of targets."""

from __future__ import annotations

import pytest

from .extract_cases import measures, extract  # noqa: F401 - extract is a fixture


def _targets(doc) -> list:
    return [sorted(m["targets"]) for m in measures(doc)]


# ---------------------------------------------------------------- 1. a listed target after its place and trade
@pytest.mark.parametrize("text", [
    "On Monday, OFAC designated the Ruvo Brigade, its commander Tomas Elder and the Lagos-based shipping company "
    "Marlin Freight Ltd pursuant to Executive Order 13224.",
    "The Treasury sanctioned the Ruvo Brigade, its financier Tomas Elder and the Lagos-based fishing and haulage "
    "firm Marlin Freight Ltd on Friday.",
    "The Treasury sanctioned Tomas Elder, the Ruvo Brigade and the gold exporter Marlin Freight Ltd.",
])
def test_a_listed_target_after_its_place_and_trade_stays_a_target(extract, text):
    doc = extract(text)
    assert ["marlin-freight-ltd", "ruvo-brigade", "tomas-elder"] in _targets(doc), _targets(doc)


def test_a_person_after_a_place_and_a_trade_that_is_no_business_ends_the_list(extract):
    # negative control: "the Lagos-based analyst Joan Merrow" is no listed firm
    doc = extract("The European Union sanctioned Tomas Elder and the Lagos-based analyst Joan Merrow, the "
                  "Treasury said.")
    assert _targets(doc) == [["tomas-elder"]], _targets(doc)


def test_a_possessive_after_the_article_ends_the_list(extract):
    # negative control: "the Ruvo Brigade's commander" describes the name before it
    doc = extract("The Treasury designated Tomas Elder, the Ruvo Brigade's commander.")
    assert _targets(doc) == [["tomas-elder"]], _targets(doc)

