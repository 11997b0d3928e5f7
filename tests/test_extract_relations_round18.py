"""Typed relations, round 18 of issue #12 (/work/wt/notes/ROUND18.md): classes
of wrong or partial proposals heldout17 (and earlier sets at first sight)
showed, on sentences written for the purpose, with negative controls.

1. "designated the militia's treasurer, X, together with Y", "sanctioned X,
   along with Y": a further target named by "together/along with", whether
   the parse hangs the "with" on the verb, on its object, or under "along".
2. "extended its freeze on X to two companies, A and B, under Council
   Regulation ...": the names of a legal basis ("under", "pursuant to") after
   the extension's "to" are no targets.
3. "Y Exchange was delisted ... Its chairman, Z": a business post's "its" is
   the nearest firm or body of no known kind, not a firm named before it nor
   an armed group named since.
4. "the commander of the X operational zone", "commander of the X security
   sector": a military area's commander holds no office of the place X
   (verbs.yaml ``command_areas``); "the mayor of X, Y" still does.
5. "X's armed groups are subject to the arms embargo", "an embargo on X's
   militias": the state that only holds the armed actors is no target
   (verbs.yaml ``armed_collectives``); "an embargo on X" still targets X.
"""

from __future__ import annotations

from .extract_cases import extract, claims, measures  # noqa: F401


def _targets(doc) -> list:
    return [sorted(m.get("targets") or []) for m in measures(doc)]


def _controls(doc) -> set:
    return {(c["controller"], c["controlled"]) for c in claims(doc, "Control")}


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


# ---------------------------------------------------------------- 3. "Its chairman" after a body of no known kind
def test_its_chairman_is_the_nearest_firm_or_body_of_no_known_kind(extract):
    for text in ("On Friday, the Foreign Office removed Lumen Star Money Exchange from the UK sanctions list. The "
                 "exchange house had been listed in 2025 for moving funds for the Dorra Brigade. Its chairman, Omar "
                 "Velli, welcomed the decision.",
                 "The Treasury designated Karsa Trading Company in March. On Friday, the Foreign Office removed Lumen "
                 "Star Money Exchange from the UK sanctions list. Its chairman, Omar Velli, welcomed the decision."):
        assert _controls(extract(text)) == {("omar-velli", "lumen-star-money-exchange")}, text


def test_its_chairman_passes_over_ministries_and_armed_groups(extract):
    """Controls: the firm is still found past a ministry, an international body and an armed group."""
    for text in ("The Treasury designated Karsa Trading Company and the Dorra Brigade in March. Its chairman, Omar "
                 "Velli, denied wrongdoing.",
                 "Karsa Trading Company was delisted by the Foreign Office in May after a review by the United "
                 "Nations. Its managing director, Omar Velli, welcomed it."):
        assert _controls(extract(text)) == {("omar-velli", "karsa-trading-company")}, text


# ---------------------------------------------------------------- 4. a military area's commander
def _posts(doc) -> set:
    return {(c["member"], c["organisation"]) for c in claims(doc, "Membership")}


def test_the_commander_of_a_zone_or_sector_holds_no_office_of_the_place(extract):
    for text in ("Colonel Omar Velli, the commander of the Lumeri operational zone, told a newspaper that no "
                 "civilian was killed.",
                 "The commander of the Lumeri military zone, Colonel Omar Velli, said no civilian was killed.",
                 "Omar Velli, commander of the Lumeri security sector, denied it."):
        assert ("omar-velli", "lumeri") not in _posts(extract(text)), text


def test_a_mayor_still_holds_the_office_of_the_place(extract):
    """Control: a place's own office."""
    doc = extract("Fighters attacked the town of Lumeri on Monday. The mayor of Lumeri, Omar Velli, said eleven "
                  "people were killed.")
    assert ("omar-velli", "lumeri") in _posts(doc), _posts(doc)


# ---------------------------------------------------------------- 5. a state's armed groups
def test_a_state_is_no_target_of_a_measure_on_its_armed_groups(extract):
    for text in ("Chad's armed groups are subject to the arms embargo imposed by the United Nations Security "
                 "Council under resolution 1999 (2010).",
                 "The United Nations Security Council imposed an arms embargo on Chad's armed groups in 2010.",
                 "Chad's militias have been under a United Nations Security Council arms embargo since 2010."):
        assert ["chad"] not in _targets(extract(text)), text
    # a long state name the parse splits ("The Republic ... 's armed groups are subject to")
    text = ("The Central African Republic's armed groups are subject to the arms embargo imposed by the United "
            "Nations Security Council.")
    assert ["central-african-republic"] not in _targets(extract(text)), _targets(extract(text))


def test_a_measure_on_the_state_itself_still_targets_it(extract):
    """Controls: the state named as the object, or as the subject of "is subject to"."""
    for text in ("The United Nations Security Council imposed an arms embargo on Chad in 2010.",
                 "Chad is subject to the arms embargo imposed by the United Nations Security Council."):
        assert _targets(extract(text)) == [["chad"]], text
