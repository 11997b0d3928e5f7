"""Classes of events and estimates (round 31, issue #12), each with new fictional sentences of its own and a
negative control: "between one and two thousand fighters" gives the scale word to both numbers (1,000 to
2,000, not exactly 2,000 nor 2 to 2,000); a conjunct whose own plural auxiliary ("were landed at X and then
crossed into Y") cannot take the single subject of the verb the parse joined it to ("The Agency established
that ...") and shares no subject with it: the body that found a sale does not operate where the rifles went; "executed seven fishermen on the beach
north of X" is a killing at X when no place, only the doer, is named before the bearing; "a group which, according to a <body> statement issued on Monday, has
been operating in X" places the group there, not the body that wrote the statement; "A Catholic mission in X, the Y, said ...": a noun of an act that is
itself the subject of its clause is not its own actor."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def force_sizes(doc) -> set:
    """(value, qualifier, maximum) of every candidate force size."""
    return {(c["value"], c.get("qualifier"), c.get("maximum")) for c in claims(doc, "Estimate")
            if c.get("measure") == "force-size"}


# ---------------------------------------------------------------- 1. a scale word shared by a range
@pytest.mark.parametrize("text, want", [
    ("According to the Interior Ministry of Velda, the Tarsa Front fields between one and two thousand fighters.",
     (1000, "at-least", 2000)),
    ("Officials in Morr say the Kaleb Brigade has between two and three thousand armed men.",
     (2000, "at-least", 3000)),
    ("The Dunmore Militia can field between five and six hundred fighters, a Velda police report says.",
     (500, "at-least", 600)),
])
def test_scale_word_shared_by_a_range(extract, text, want):
    doc = extract(text)
    assert force_sizes(doc) == {want}, claims(doc, "Estimate")


def test_range_with_its_own_scale_words_unchanged(extract):
    # negative control: each number has its own scale word
    doc = extract("Officials in Morr say the Kaleb Brigade has between three hundred and four hundred armed men.")
    assert force_sizes(doc) == {(300, "at-least", 400)}, claims(doc, "Estimate")


# ---------------------------------------------------------------- 2. a plural conjunct shares no single subject
def operations(doc) -> set:
    """(actor, location) of every candidate operation."""
    return {(c["actor"], loc) for c in claims(doc, "Operation") for loc in c["location"]}


@pytest.mark.parametrize("text", [
    "The Kessa Bureau for Control of Illicit Finance established that, last year, Halvor Arms Brokerage sold the "
    "SBF some 200 rifles and nine machine guns, which left the port of Dalo labelled as pump parts, were landed at "
    "Kemp in Marovia and then crossed into Veska by road.",
    "The Lurania Agency for Prevention of Money Laundering established that, in 2027, Brask Defence Trading sold "
    "the AMF some 150 rifles and six mortars, which left the port of Omra labelled as tractor parts, were landed "
    "at Tarra in Tessaland and then crossed into Dalmora by lorry.",
    "The Marovia Bureau for Control of Illicit Trade established that, last autumn, Sefa Arms Brokerage sold the "
    "TLF some 500 rifles and eight mortars, which left the port of Rima labelled as engine parts, were landed at "
    "Lenka in Tessaland and then crossed into Korvia by road.",
])
def test_plural_conjunct_shares_no_single_subject(extract, text):
    doc = extract(text)
    assert not operations(doc), claims(doc, "Operation")


def test_passive_conjunct_of_its_own_subject_still_shares(extract):
    # negative control: fighters driven out of one place and then crossing into another do operate there
    doc = extract("Fighters of the Kessa Front were driven from Omra in May and then crossed into Lurania.")
    assert ("kessa-front", "lurania") in operations(doc), claims(doc, "Operation")


# ---------------------------------------------------------------- 3. a place after a bearing, with only the doer before
def killing_places(doc) -> set:
    """The location lists of every candidate killing."""
    return {tuple(c.get("location") or []) for c in claims(doc, "Atrocity")}


@pytest.mark.parametrize("text, place", [
    ("The Kessa Front (KF) operates around Dalo, a fishing town in Velda. Fighters of the KF executed seven "
     "detained fishermen on the beach north of Dalo on 30 August.", "dalo"),
    ("The Amber Militia is active in Tessaland. Members of the Amber Militia killed nine herders in the hills east "
     "of Korvo last week.", "korvo"),
    ("The Orin Front is active in Velda. Fighters of the Orin Front shot eleven miners in the forest south of Kemba "
     "on 4 May.", "kemba"),
    ("The Orin Front is active in Velda. Members of the Orin Front beheaded four farmers in the fields west of Kemba "
     "in June.", "kemba"),
])
def test_place_after_a_bearing_with_only_the_doer_before(extract, text, place):
    doc = extract(text)
    assert killing_places(doc) == {(place,)}, claims(doc, "Atrocity")


def test_place_after_a_bearing_still_only_locates_a_place_before(extract):
    # negative control: "at a checkpoint in A, south of B": B only says where A lies
    doc = extract("The Sable Brigade controls the coast of Marovia. Gunmen of the Sable Brigade killed twelve traders "
                  "at a checkpoint in Rimasso, south of Lenka, on Friday.")
    assert killing_places(doc) == {("rimasso",)}, claims(doc, "Atrocity")


# ---------------------------------------------------------------- 4. the author of a statement named inside a clause
@pytest.mark.parametrize("text, group, author", [
    ("The provincial command of the Velda National Police (VNP) blamed the Kessa Armed Movement (KAM), a group "
     "which, according to a VNP statement issued on Monday, has been operating in the Dalo and Rima districts since "
     "2027.", "kessa-armed-movement", "velda-national-police"),
    ("The regional command of the Tessaland Gendarmerie (TG) blamed the Orin Liberation Army (OLA), a movement "
     "which, according to a TG report released on Friday, has been active in the Kemba and Sulo districts since "
     "2025.", "orin-liberation-army", "tessaland-gendarmerie"),
    ("The Korvia Police Service (KPS) blamed the Amber Militia (AM), a group which, according to a KPS statement "
     "released on Sunday, has been operating in the Vasso and Omra districts since 2024.", "amber-militia",
     "korvia-police-service"),
    ("The Dalmora Armed Forces (DAF) blamed the Red Hand Movement (RHM), a group that, according to a DAF bulletin "
     "issued last week, has been active in the Pella and Noro districts since 2023.", "red-hand-movement",
     "dalmora-armed-forces"),
])
def test_author_of_a_statement_does_not_operate(extract, text, group, author):
    doc = extract(text)
    actors = {a for a, _ in operations(doc)}
    assert group in actors and author not in actors, claims(doc, "Operation")


def test_group_apposed_after_a_comma_still_operates(extract):
    # negative control: free words after a comma still lead to the group's place
    doc = extract("The Marovia Border Guard (MBG) said the Sable Brigade (SB), a militia formed in 2024, is active in "
                  "the Lenka and Tarra districts.")
    assert {("sable-brigade", "lenka"), ("sable-brigade", "tarra")} <= operations(doc), claims(doc, "Operation")


# ---------------------------------------------------------------- 5. an act noun is not its own clause's actor
@pytest.mark.parametrize("text", [
    "Gunmen killed nine diggers at a gold camp near Velo on Sunday. A Catholic mission in Velo town, the Missão de "
    "Nossa Senhora, said its priests had buried about two dozen bodies by Tuesday.",
    "Fighters attacked a market near Lenka. A Catholic mission in Lenka, the Misión de San Telmo, said its staff had "
    "counted forty burned houses.",
    "Gunmen killed twenty miners near Sulo on Sunday. A Catholic mission in Sulo town, the Missão de São Tiago, said "
    "its volunteers had buried twenty bodies by Monday.",
    "Gunmen killed twenty miners near Sulo on Sunday. An Anglican mission in Sulo town, the Misión de Santo Tomás, "
    "said its volunteers had buried twenty bodies by Monday.",
])
def test_act_noun_is_not_its_own_actor(extract, text):
    doc = extract(text)
    assert not operations(doc), claims(doc, "Operation")


def test_act_noun_of_a_named_group_still_places_it(extract):
    # negative control: the group's own campaign in a place
    doc = extract("Fighters of the Sable Brigade shot five traders near Omra. The Sable Brigade's campaign in Omra "
                  "began in 2024, the mayor said.")
    assert ("sable-brigade", "omra") in operations(doc), claims(doc, "Operation")
