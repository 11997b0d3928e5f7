"""Round 33, trade area (sanctions, control), tuned on heldout35.

1. "OFAC designated A S.A., a ... based in X, together with its owner, B": the parse may take the object after the
   verb for its subject; the person named "together with" it is a target all the same (slotlists.py
   ``named_alongside``).
2. "The Panel estimates that the X has ... . Its founder, Y, has commanded it": the "its" after a body that only
   reported on another is not that body's (eventchecks.py ``_reported_other``): no control of the reporting body.
3. "X has blocked the funds of a company and of the man who manages it, Y": no target of X's measure in the same
   sentence controls X (measures.py ``targets_running_authority``).
4. "denied selling any ammunition to the militia": items none in particular make no transfer (eventchecks.py
   ``_any_items``).
5. "designated its leader, X, known as "Y", together with Z": the "with" the parse hangs on the object's participle
   names a target too (slotlists.py ``named_alongside``).
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from kb.extract.measures import targets_running_authority

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


# ---------------------------------------------------------------- 3. "the man who manages it" does not run the authority
# (the engine's pronoun finds the authority only with entities the knowledge base knows; the filter is tested on
# the candidates it reads)
def _claim(kind, sentence, **fields):
    return SimpleNamespace(type=kind, fields=fields, evidence=[SimpleNamespace(index=sentence)])


@pytest.mark.parametrize("authority,controller,many", [
    ("revenue-office-of-ruritania", "tomas-arvel-drin", False),   # "... and of the man who manages it, T"
    ("vessa-central-bank", "mirela-osk-vant", True),              # "... and of the woman who directs it, M"
    ("karst-ministry-of-finance", "tomas-arvel-drin", True),      # "... and of the man who runs it, T"
])
def test_a_target_who_manages_it_does_not_run_the_authority(authority, controller, many):
    measure = _claim("SanctionsMeasure", 4, authority=[authority] if many else authority,
                     targets=["karst-brokerage", controller])
    control = _claim("Control", 4, controller=[controller], controlled=[authority])
    assert targets_running_authority([measure, control]) == {id(control)}


def test_a_head_of_the_authority_in_another_sentence_still_runs_it():
    """Negative control: told in another sentence, or of a body no measure imposes, the Control stays."""
    measure = _claim("SanctionsMeasure", 4, authority="revenue-office-of-ruritania", targets=["tomas-arvel-drin"])
    other = _claim("Control", 6, controller=["tomas-arvel-drin"], controlled=["revenue-office-of-ruritania"])
    company = _claim("Control", 4, controller=["tomas-arvel-drin"], controlled=["karst-brokerage"])
    assert targets_running_authority([measure, other, company]) == set()


# ---------------------------------------------------------------- 4. "denied selling any ammunition": no transfer
def _transfers(doc) -> list:
    return [(c.get("supplier"), c.get("recipient"), tuple(c.get("items") or [])) for c in claims(doc, "ArmsTransfer")]


FRONT = "The Korvo Front is an armed group active in the east of Ruritania. "


@pytest.mark.parametrize("text", [
    FRONT + "Through his lawyer, the trader denied selling any ammunition to the Korvo Front.",
    FRONT + "The broker rejected claims that he supplied any grenades to the Korvo Front.",
    FRONT + "In a letter, the firm denied delivering any rifles to the Korvo Front.",
])
def test_items_none_in_particular_make_no_transfer(extract, text):
    doc = extract(text)
    assert not any(t[1] == "korvo-front" for t in _transfers(doc)), _transfers(doc)


def test_items_named_make_a_transfer(extract):
    """Negative control: the same sentence with the items named is a transfer."""
    doc = extract(FRONT + "Customs officers said the trader sold 300 rifles to the Korvo Front in March.")
    assert any(t[1] == "korvo-front" for t in _transfers(doc)), _transfers(doc)


# ---------------------------------------------------------------- 5. "together with" on the object's participle
@pytest.mark.parametrize("text", [
    "OFAC designated the group's leader, Osvaldo Ruiz Caranta, known as \"El Gallo\", together with Transportes "
    "Miravel S.A., a haulage company, under Executive Order 14059.",
    "On Monday OFAC designated the gang's leader, Osvaldo Ruiz Caranta, known as \"Chato\", together with "
    "Maderas del Sur S.A., a timber company.",
    "OFAC designated its leader, Osvaldo Ruiz Caranta, also known as \"El Gallo\", along with Transportes Miravel "
    "S.A., a haulage firm.",
])
def test_a_target_named_together_with_after_the_objects_alias(extract, text):
    doc = extract(text)
    assert {"osvaldo-ruiz-caranta"} < _targets(doc) and len(_targets(doc)) == 2, [m.get("targets") for m in measures(doc)]


def test_a_company_known_together_with_another_is_no_target(extract):
    """Negative control: "together with" on a participle of no measure's object names no target."""
    doc = extract("OFAC designated Osvaldo Ruiz Caranta last year. Transportes Miravel S.A., a haulage company "
                  "known for its work together with Maderas del Sur S.A., was not named.")
    assert not any("transportes" in t or "maderas" in t for t in _targets(doc)), [m.get("targets") for m in measures(doc)]
