"""Typed relations, round 18 of issue #12 (/work/wt/notes/ROUND18.md): classes
of wrong or partial proposals heldout17 (and earlier sets at first sight)
showed, on sentences written for the purpose, with negative controls.

1. "designated the militia's treasurer, X, together with Y", "sanctioned X,
   along with Y": a further target named by "together/along with", whether
   the parse hangs the "with" on the verb, on its object, or under "along".
2. "extended its freeze on X to two companies, A and B, under Council
   Regulation ...": the names of a legal basis ("under", "pursuant to") after
   the extension's "to" are no targets.
"""

from __future__ import annotations

from .extract_cases import extract, claims, measures  # noqa: F401


def _targets(doc) -> list:
    return [sorted(m.get("targets") or []) for m in measures(doc)]


# ---------------------------------------------------------------- 1. "together with", "along with"
def test_a_target_named_together_or_along_with_the_object(extract):
    for text in ("The Treasury sanctioned Omar Velli, along with the Karsa Trading Company, on Monday.",
                 "In a separate action, the Office of Foreign Assets Control designated the militia's treasurer, "
                 "Omar Velli, together with Karsa Trading Company, a Tripoli-registered firm.",
                 "Omar Velli was designated by the Office of Foreign Assets Control on Monday, along with Karsa "
                 "Trading Company.",
                 "The Council of the European Union listed the Karsa Trading Company together with its director, "
                 "Omar Velli."):
        assert ["karsa-trading-company", "omar-velli"] in _targets(extract(text)), text


def test_a_with_inside_a_clause_on_the_target_names_no_target(extract):
    """Negative control: "together with" inside a relative clause about the target."""
    text = ("The Treasury sanctioned Omar Velli, who had met Rami Dost together with Karsa Trading Company "
            "officials.")
    assert _targets(extract(text)) == [["omar-velli"]], _targets(extract(text))


# ---------------------------------------------------------------- 2. a legal basis after "extended ... to"
def test_a_legal_basis_after_an_extension_is_no_target(extract):
    cases = (
        ("On Monday, the Council of the European Union extended its asset freeze on the Dorra Brigade to two front "
         "companies, Selim Freight Ltd and Marwa Haulage Ltd, under Council Regulation (EC) No 1234/2019.",
         ["dorra-brigade", "marwa-haulage-ltd", "selim-freight-ltd"]),
        ("The Treasury widened its designation of the Dorra Brigade to Selim Freight Ltd and Marwa Haulage Ltd "
         "pursuant to Executive Order 13224.", ["dorra-brigade", "marwa-haulage-ltd", "selim-freight-ltd"]),
        ("The United Kingdom expanded its listing of the Dorra Brigade to its commander, Amin Dorra, under the "
         "Counter-Terrorism Sanctions Regulations.", ["amin-dorra", "dorra-brigade"]),
    )
    for text, want in cases:
        assert _targets(extract(text)) == [want], (text, _targets(extract(text)))
