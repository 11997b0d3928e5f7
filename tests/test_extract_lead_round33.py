"""Round 33, the lead's rule (issue #12), from heldout35's German release: "the Federal Government" of a press
release whose masthead names its state is that state's government, never the state its text named last
("a militia in Myanmar's Kayah State ... the Federal Government will designate": Germany, not Myanmar);
``UnnamedBodies.masthead_state`` in kb/extract/unnamed.py."""
from __future__ import annotations

import pytest

from .extract_cases import extract, measures  # noqa: F401


def _authorities(doc) -> set:
    return {m.get("authority") for m in measures(doc)}


@pytest.mark.parametrize("head,state", [
    ("FEDERAL MINISTRY OF FINANCE\nFederal Republic of Germany\n\nPress release\n\n", "germany"),
    ("MINISTRY OF EXTERNAL AFFAIRS\nRepublic of India\n\nMedia statement\n\n", "india"),
    ("FEDERAL DEPARTMENT OF FOREIGN AFFAIRS\nSwiss Confederation | Switzerland\n\nNews release\n\n", "switzerland"),
])
def test_a_qualified_government_is_the_mastheads_state(extract, head, state):
    text = head + ("The Korvo Front is a militia in Mali's Tessik region. Its fighters burned the market of "
                   "Varno in Mali last year. The Federal Government will designate four commanders of the "
                   "Korvo Front next month.")
    doc = extract(text)
    assert state in _authorities(doc) and "mali" not in _authorities(doc), _authorities(doc)


def test_without_a_state_in_the_masthead_the_state_named_last_stands(extract):
    """Negative control: a masthead that names no state (a law firm's) leaves the round-21 reading."""
    doc = extract("HARLOW & VENN LLP\nSanctions update\n\nThe Korvo Front is a militia in Mali's Tessik region. "
                  "The Federal Government will designate four commanders of the Korvo Front next month.")
    assert "mali" in _authorities(doc), _authorities(doc)
