"""Classes of new-entity errors from heldout41 (round 39, issue #12), each with fictional texts of its
own and negative controls: a numbered instrument whose number carries a dot or a dash ("Law No. 4.117",
"Decree No. 2031-77") is named whole, with its issuing kind ("Sovereign Ordinance") and its date."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _labels(doc, kind):
    return {e["label"] for e in doc["entities"] if e["type"] == kind}


# ---------------------------------------------------------------- 1. numbered instruments: dotted / dashed numbers
@pytest.mark.parametrize("text, label", [
    ("On Monday the Treasury froze the accounts of Norvale Minerals SA under Law No. 4.117 of 12 March 2011.",
     "Law No. 4.117 of 12 March 2011"),
    ("On Monday the cabinet adopted Ministerial Decree No. 2031-77, freezing the assets of Norvale Minerals SA.",
     "Ministerial Decree No. 2031-77"),
    ("The bank blocked the funds of Norvale Minerals SA pursuant to Sovereign Ordinance No. 5.902 on Monday.",
     "Sovereign Ordinance No. 5.902"),
    ("The ministry froze the funds of Norvale Minerals SA under Decision No. 45 of 3 June 2027, officials said.",
     "Decision No. 45 of 3 June 2027"),
])
def test_a_numbered_instrument_is_named_whole(extract, text, label):
    doc = extract(text)
    assert label in _labels(doc, "LegalInstrument"), doc["entities"]


def test_a_sentence_final_number_keeps_its_full_stop_out(extract):
    # negative control: a full stop after the number ends the sentence, it adds no part to the number
    doc = extract("The Treasury froze the accounts of Norvale Minerals SA under Law No. 4117. The firm denied wrongdoing.")
    assert "Law No. 4117" in _labels(doc, "LegalInstrument"), doc["entities"]
