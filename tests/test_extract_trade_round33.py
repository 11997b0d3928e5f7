"""Round 33, trade area (sanctions, control), tuned on heldout35.

1. "OFAC designated A S.A., a ... based in X, together with its owner, B": the parse may take the object after the
   verb for its subject; the person named "together with" it is a target all the same (slotlists.py
   ``named_alongside``).
2. "The Panel estimates that the X has ... . Its founder, Y, has commanded it": the "its" after a body that only
   reported on another is not that body's (eventchecks.py ``_reported_other``): no control of the reporting body.
"""
from __future__ import annotations

import pytest

from .extract_cases import extract, claims, measures  # noqa: F401


def _targets(doc) -> set:
    return {t for m in measures(doc) for t in m.get("targets") or []}


def _controls(doc) -> set:
    return {(c.get("controller"), c.get("controlled")) for c in claims(doc, "Control")}


# ---------------------------------------------------------------- 1. "together with its owner" after a misparsed object
@pytest.mark.parametrize("text", [
    "Under the same order, OFAC designated Exportadora Loma Verde S.A., a fruit exporter based in Pelotra, "
    "together with its owner, Osvaldo Ruiz Caranta.",
    "Under the same order, OFAC designated Maderas del Sur S.A., a timber exporter based in Pelotra, together with "
    "its owner, Osvaldo Ruiz Caranta.",
    "In a separate action under the same order, OFAC designated Exportadora Loma Verde S.A., a fruit exporter based "
    "in Pelotra, together with its owner, Osvaldo Ruiz Caranta.",
])
def test_owner_named_together_with_a_designated_company_is_a_target(extract, text):
    doc = extract(text)
    assert "osvaldo-ruiz-caranta" in _targets(doc), [m.get("targets") for m in measures(doc)]


def test_owner_named_only_beside_a_company_is_no_target(extract):
    """Negative control: a company seen together with its owner is no designation of either."""
    doc = extract("OFAC designated Exportadora Loma Verde S.A. last year. Transportes Miravel S.A., a trucking firm "
                  "based in Pelotra, was seen together with its owner, Osvaldo Ruiz Caranta.")
    assert "osvaldo-ruiz-caranta" not in _targets(doc), [m.get("targets") for m in measures(doc)]


# ---------------------------------------------------------------- 2. "its" after "The Panel estimates that X ..."
PANEL = "The Panel of Experts on Ruritania submitted its final report to the Security Council on Monday. "


@pytest.mark.parametrize("text", [
    PANEL + "The Panel estimates that the Vessa Valley Army (VVA), a militia of herders, has 900 fighters. "
    "Its founder, Tomas Arvel Drin, a former customs officer, has commanded it since 2024.",
    PANEL + "The Panel found that the Vessa Valley Army had grown to 900 fighters. "
    "Its leader, Tomas Arvel Drin, has commanded it since 2024.",
    PANEL + "The Panel reports that the Vessa Valley Army now controls three districts. "
    "Its founder, Tomas Arvel Drin, has led it since 2024.",
])
def test_its_after_a_report_on_another_body_is_not_the_reporters(extract, text):
    doc = extract(text)
    assert not any(c[1] and "panel" in c[1] for c in _controls(doc)), _controls(doc)


def test_its_after_the_body_itself_said_is_still_the_body(extract):
    """Negative control: the body that said it had done something is the one "its" stands for."""
    doc = extract("The Vessa Valley Army is an armed group. The Vessa Valley Army said that it had taken the town. "
                  "Its founder, Tomas Arvel Drin, has commanded it since 2024.")
    assert ("tomas-arvel-drin", "vessa-valley-army") in _controls(doc), _controls(doc)
