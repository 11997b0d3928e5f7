"""Classes of wrong sanctions proposals (round 21, issue #12), each with new fictional sentences of its own and
a negative control: a subject "It" opening a sentence is the body the sentence before was about (its main
subject), not a state named in passing as a modifier ("the UK sanctions list"); "the Federal Government" with no
state after it is the state the document is about, the same one each time; "Its chairman" names a body of no
known kind only from this sentence or the two before, never a university or firm named paragraphs earlier;
"the committee" names back only a body whose name ends with that noun, nothing else; "A, B and Zarqa-based C":
the place hyphened to C says where C is, and C stays in the list of targets."""

from __future__ import annotations

import pytest

from .extract_cases import claims, controls, measures, extract  # noqa: F401 - extract is a fixture


def _authorities(doc) -> set:
    return {m["authority"] for m in measures(doc)}


# ---------------------------------------------------------------- 1. "It" opening a sentence: the topic
@pytest.mark.parametrize("text", [
    "On Friday, the Office of Financial Sanctions Implementation added the Ravel Front's treasurer to the UK "
    "sanctions list. It also froze the assets of Marnoc Haulage Ltd.",
    "The Office of Financial Sanctions Implementation placed two Ravel Front commanders on the Canadian "
    "consolidated list on Monday. It later imposed an asset freeze on Marnoc Haulage Ltd.",
    "Last week the Office of Financial Sanctions Implementation named the Ravel Front in a notice citing a "
    "France-based broker. It designated Marnoc Haulage Ltd. the same day.",
])
def test_a_sentence_opening_it_is_the_body_the_sentence_before_was_about(extract, text):
    doc = extract(text)
    got = {(m["authority"], tuple(m["targets"])) for m in measures(doc)}
    marnoc = {a for a, t in got if any("marnoc" in x for x in t)}
    assert marnoc and all("office" in a for a in marnoc), got


def test_it_after_a_state_as_subject_stays_the_state(extract):
    # negative control: the sentence before was about the state itself
    doc = extract("On Friday, Canada added the Ravel Front's treasurer to its sanctions list. It also froze the "
                  "assets of Marnoc Haulage Ltd.")
    got = {(m["authority"], tuple(m["targets"])) for m in measures(doc)}
    assert {a for a, t in got if any("marnoc" in x for x in t)} == {"canada"}, got


# ---------------------------------------------------------------- 2. "the Federal Government": the state's own
@pytest.mark.parametrize("text", [
    "Norway imposes sanctions on the Ravel Front\n\nThe Federal Government today froze the funds of the Ravel Front "
    "under the Sanctions Act 2019.",
    "Statement by the Ministry of Foreign Affairs of Norway\n\nOn Monday the National Government removed Marnoc "
    "Haulage Ltd. from the national sanctions list.",
    "Norway's measures against the Ravel Front\n\nThe Ravel Front was designated by the Federal Government on "
    "Monday, the ministry said.",
])
def test_a_government_named_by_no_state_is_the_state_the_document_is_about(extract, text):
    doc = extract(text)
    assert _authorities(doc) == {"norway"}, [(m["authority"], m["targets"]) for m in measures(doc)]


def test_the_federal_government_of_a_named_state_stays_that_state(extract):
    # negative control: the state named after "of" wins over the one named before
    doc = extract("Norway welcomed the step.\n\nThe Federal Government of Somalia froze the funds of the Ravel "
                  "Front on Monday.")
    assert _authorities(doc) == {"somalia"}, [(m["authority"], m["targets"]) for m in measures(doc)]


def test_the_federal_government_named_again_is_the_same_state(extract):
    doc = extract("Norway imposes sanctions on the Ravel Front\n\nThe Federal Government today froze the funds of the "
                  "Ravel Front. The group buys fuel in Sudan. At the same time, the Federal Government removed "
                  "Marnoc Haulage Ltd. from the national list.")
    assert _authorities(doc) == {"norway"}, [(m["authority"], m["targets"]) for m in measures(doc)]


# ---------------------------------------------------------------- 3. "Its chairman": a body named just before
_EARLIER = ("A researcher at Dornvale University, Dr. Ada Krell, put the Ravel Front's strength at 600. The Ravel "
            "Front has fought the army since 2022. ")


@pytest.mark.parametrize("text", [
    _EARLIER + "The vigilance committee, which operates in Sarn district, has clashed with the Front. Its chairman, "
    "Tobin Ostrava Kell, said the committee only protected villages.",
    _EARLIER + "Residents say the village watch has held the ford since May. Its leader, Tobin Ostrava Kell, denied "
    "that.",
    _EARLIER + "Farmers formed a defence council last year, residents said.\n\nIts chairman, Tobin Ostrava Kell, "
    "told reporters the council had no guns.",
])
def test_its_chairman_does_not_reach_back_to_a_body_named_paragraphs_before(extract, text):
    doc = extract(text)
    assert not {c for c in controls(doc) if c[1] == "dornvale-university"}, controls(doc)


def test_its_chairman_right_after_a_body_of_no_known_kind_is_still_its(extract):
    # negative control: the body named in the sentence before
    doc = extract("Dornvale Exchange was delisted on Monday. Its chairman, Tobin Ostrava Kell, said the listing "
                  "had been a mistake.")
    assert ("tobin-ostrava-kell", "dornvale-exchange") in controls(doc), controls(doc)


# ---------------------------------------------------------------- 4. "the committee": a named committee only
@pytest.mark.parametrize("text, actor", [
    ("Residents blamed the raid on the Sarn Valley Self-Defence Committee, a militia from a neighbouring community. "
     "The committee, which operates in Tarvo district, has clashed with the Ravel Front since last year.",
     "sarn-valley-self-defence-committee"),
    ("The Ravel Front fought the Upper Sarn Vigilance Committee last year. Residents say the committee is active "
     "in Tarvo district.", "upper-sarn-vigilance-committee"),
    ("Officials accused the Sarn Border Defence Committee, an armed outfit, of looting. The committee operates in "
     "Tarvo district and along the river.", "sarn-border-defence-committee"),
])
def test_the_committee_names_back_a_committee_named_before(extract, text, actor):
    doc = extract(text)
    got = {(c["actor"], tuple(c["location"])) for c in claims(doc, "Operation")}
    assert (actor, ("tarvo",)) in got, got


def test_the_committee_with_no_committee_named_is_no_one(extract):
    # negative control: no body named a committee: neither the Front nor anyone else operates in Tarvo
    doc = extract("The Ravel Front raided two villages last year. The committee, which operates in Tarvo district, "
                  "has clashed with the Front since.")
    got = {(c["actor"], tuple(c["location"])) for c in claims(doc, "Operation")}
    assert not {g for g in got if g[1] == ("tarvo",)}, got


# ---------------------------------------------------------------- 5. "and Dornvale-based C": C is listed too
@pytest.mark.parametrize("text", [
    "On Monday, the Office of Foreign Assets Control designated the Ravel Front, its leader Tobin Ostrava Kell and "
    "Dornvale-based Marnoc Haulage LLC under Executive Order 13224.",
    "Canada imposed sanctions on the Ravel Front, Tobin Ostrava Kell and Dornvale-based Marnoc Haulage LLC on Monday.",
    "The Ravel Front, Tobin Ostrava Kell and Tarvo-based Marnoc Haulage LLC were added to the EU sanctions list on "
    "Monday.",
])
def test_a_company_with_its_seat_hyphened_before_it_stays_a_target(extract, text):
    doc = extract(text)
    targets = {t for m in measures(doc) for t in m["targets"]}
    assert "marnoc-haulage-llc" in targets and "ravel-front" in targets, targets
    assert not targets & {"dornvale", "tarvo"}, targets


def test_a_place_hyphened_to_no_name_adds_no_target(extract):
    # negative control: "Dornvale-based media" is who reported it, no target
    doc = extract("Canada froze the assets of the Ravel Front and Tobin Ostrava Kell on Monday, Dornvale-based "
                  "media reported.")
    targets = {t for m in measures(doc) for t in m["targets"]}
    assert targets == {"ravel-front", "tobin-ostrava-kell"}, targets
