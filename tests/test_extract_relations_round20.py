"""Typed relations, round 20 of issue #12 (/work/wt/notes/ROUND20.md): classes
of wrong or missed proposals heldout19 (and earlier sets at first sight)
showed, on sentences written for the purpose, with negative controls.

1. "X, the group's head of finances", "chief of communications": a function
   after "of" in its plural form ("finances", "operations") names a post in
   the group, no control of it (verbs.yaml ``words.functions``, by lemma too).
"""

from __future__ import annotations

from .extract_cases import extract, claims, measures, posts, controls  # noqa: F401


# ---------------------------------------------------------------- 1. a function's post, by its plural too
def test_a_head_of_a_function_holds_a_post(extract):
    cases = (
        ("The sanctioned men are Omar Velli, who leads the Dorra Brigade, and Karim Sarsa, the group's head of "
         "finances.", "head-of-finances"),
        ("Karim Sarsa, the Dorra Brigade's chief of communications, was arrested on Monday.",
         "chief-of-communications"),
        ("Police said Karim Sarsa, the Dorra Brigade's head of finances, had fled to Sfax.", "head-of-finances"),
    )
    for text, role in cases:
        doc = extract(text)
        assert ("karim-sarsa", "dorra-brigade", role) in posts(doc), (text, posts(doc))
        assert ("karim-sarsa", "dorra-brigade") not in controls(doc), (text, controls(doc))


def test_the_head_of_the_group_still_controls_it(extract):
    """Negative control: "the head of the Dorra Brigade" commands the group."""
    doc = extract("Karim Sarsa, the head of the Dorra Brigade, was arrested on Monday.")
    assert ("karim-sarsa", "dorra-brigade") in controls(doc), controls(doc)
