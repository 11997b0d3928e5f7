"""Round 24, trade: a second's post ("the group's deputy commander, X") is a post in the body, never its
control."""

from __future__ import annotations

from .extract_cases import extract, controls, posts  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. a second's post is no control
def test_a_seconds_post_after_the_bodys_possessive_is_no_control(extract):
    for text, member, role in (
            ("The Talvo Front is led by Osric Vellamy. The Panel notes that the group's deputy commander, Brann "
             "Oduya, is the brother of the state minister.", "brann-oduya", "deputy-commander"),
            ("Police said the Talvo Front's vice chairman, Brann Oduya, had been arrested in Port Selim.",
             "brann-oduya", "vice-chairman"),
            ("Osric Vellamy founded the Talvo Front in 2019. Investigators believe the Front's assistant director, "
             "Brann Oduya, handled its payments.", "brann-oduya", "assistant-director")):
        doc = extract(text)
        assert not any(c == member for c, _ in controls(doc)), (text, controls(doc))
        assert (member, "talvo-front", role) in posts(doc), (text, posts(doc))


def test_the_bodys_own_commander_still_controls_it(extract):
    doc = extract("Investigators believe the Talvo Front's commander, Brann Oduya, handled its payments.")
    assert ("brann-oduya", "talvo-front") in controls(doc), controls(doc)

