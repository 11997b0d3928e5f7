"""Statements and sanctions measures, round 8b of issue #12: error classes seen
on the sixth and seventh held-out sets, each with new fictional sentences (not
the documents' own) and negative controls: a denial by "the group's fighters"
said by the group's own spokesman or representative; an accusation of making up
what was reported ("accused the army of staging the raid"); a message signed or
issued by a group speaks for it; ignorance told to investigators, or of one's
own dealings, denies; "imposed asset freezes on X" parsed as a clause; a measure
with no authority named goes to the document's own measures on a tie. A
document dated Tuesday 2025-06-10; the knowledge base's own entities plus every
state."""

from __future__ import annotations

import pytest

from .extract_cases import extract, one, measures as _measures  # noqa: F401 - extract is a fixture

KILLINGS = "Fighters of the Ravel Front killed nine villagers at Tolo on Sunday. "


def _stances(doc, speaker):
    return [s["stance"] for s in doc["statements"] if s["speaker"] == speaker]


# ---------------------------------------------------------------- 1. "the group's fighters" said by its spokesman
@pytest.mark.parametrize("text", [
    KILLINGS + "A man who identified himself as Jean Mabiko, spokesman of the Ravel Front, said in a voice message "
    "that the group's fighters \"did not harm a single villager at Tolo\".",
    KILLINGS + "A Ravel Front political representative in Paris, Jean Mabiko, told the Panel that the group "
    "\"has never harmed a villager\".",
])
def test_the_groups_own_deeds_negated_deny(extract, text):
    doc = extract(text)
    assert _stances(doc, "jean-mabiko") == ["denies"], doc["statements"]


def test_another_bodys_deeds_negated_do_not_deny(extract):
    # control: a bystander saying that the army's soldiers did not protect anyone denies nothing
    doc = extract(KILLINGS + "Jean Mabiko, a farmer, said that the army's soldiers did not protect the villagers at Tolo.")
    assert "denies" not in _stances(doc, "jean-mabiko"), doc["statements"]


# ---------------------------------------------------------------- 2. an accusation of making it up
@pytest.mark.parametrize("text", [
    KILLINGS + "The Ravel Front's spokesman, Jean Mabiko, accused the army of staging the raid to win foreign aid.",
    KILLINGS + "Jean Mabiko, spokesman of the Ravel Front, said the villagers had fled and accused soldiers of "
    "fabricating the killings.",
])
def test_accused_of_inventing_denies(extract, text):
    doc = extract(text)
    assert _stances(doc, "jean-mabiko") == ["denies"], doc["statements"]


def test_an_accusation_of_a_deed_is_no_denial(extract):
    # control: accusing the army of the killings themselves is an accusation, not a claim of fabrication
    doc = extract(KILLINGS + "Jean Mabiko, spokesman of the Ravel Front, told reporters the raid was over and "
                  "accused the army of killing the villagers.")
    assert "denies" not in _stances(doc, "jean-mabiko"), doc["statements"]


# ---------------------------------------------------------------- 3. a message signed or issued by a group
@pytest.mark.parametrize("text,stance", [
    (KILLINGS + "A banner signed by the Ravel Front and hung on the bridge at Tolo on 1 June denied that the group "
     "had \"ever harmed a farmer\".", "denies"),
    (KILLINGS + "A leaflet issued by the Ravel Front said the army had killed the villagers.", "asserts"),
])
def test_a_signed_message_speaks_for_its_signer(extract, text, stance):
    doc = extract(text)
    assert _stances(doc, "ravel-front") == [stance], doc["statements"]


def test_an_unsigned_banner_has_no_speaker(extract):
    doc = extract(KILLINGS + "A banner hung on the bridge at Tolo said \"justice for Tolo\".")
    assert not doc["statements"], doc["statements"]


# ---------------------------------------------------------------- 4. ignorance told to investigators, or of its own
@pytest.mark.parametrize("text,speaker", [
    ("Kestrel Trading sold rifles to the Ravel Front in May. The captain of the Sea Lark, Omar Dadi, told "
     "investigators that he had been paid to carry rice and had no idea what lay beneath it.", "omar-dadi"),
    ("Kestrel Trading sold rifles to the Ravel Front in May. Kestrel Trading told the Panel that it had no idea "
     "what its lorries had been carrying.", "kestrel-trading"),
])
def test_a_partys_ignorance_denies(extract, text, speaker):
    doc = extract(text)
    assert _stances(doc, speaker) == ["denies"], doc["statements"]


def test_a_bystanders_ignorance_does_not_deny(extract):
    doc = extract("Kestrel Trading sold rifles to the Ravel Front in May. The detectives told reporters that "
                  "they had no idea who sent the rifles.")
    assert not any(s["stance"] == "denies" for s in doc["statements"]), doc["statements"]


# ---------------------------------------------------------------- 5. "imposed asset freezes on X"; the issuer on a tie
@pytest.mark.parametrize("text", [
    "Canada has today imposed asset freezes on Kestrel Trading.",
    "Norway has imposed asset freezes and travel bans on Kestrel Trading.",
])
def test_asset_freezes_parsed_as_a_clause(extract, text):
    measure = one(_measures(extract(text)))
    assert measure["authority"] in ("canada", "norway") and measure["targets"] == ["kestrel-trading"]


def test_the_documents_own_measure_wins_a_tie(extract):
    doc = extract("Canada has today imposed asset freezes on two companies that armed the Ravel Front. The listings "
                  "give effect to the arms embargo that the UN Security Council placed on the Ravel Front in May. "
                  "Three senior commanders of the Ravel Front are also subject to an asset freeze from today.")
    measure = one(_measures(doc), targets=["three-senior-commanders-of-ravel-front"])
    assert measure["authority"] == "canada"
    assert one(_measures(doc), targets=["ravel-front"])["authority"] == "un-security-council"


def test_a_cited_measure_keeps_its_authority(extract):
    # control: with no measure of the document's own, the cited body's measure gives the authority
    doc = extract("The UN Security Council placed an arms embargo on the Ravel Front in May. Three senior commanders "
                  "of the Ravel Front are also subject to an asset freeze.")
    measure = one(_measures(doc), targets=["three-senior-commanders-of-ravel-front"])
    assert measure["authority"] == "un-security-council"


# ---------------------------------------------------------------- 6. a party names its cargo harmless
@pytest.mark.parametrize("text", [
    "The Treasury designated four directors of Kestrel Trading, a freight firm which shipped rifles to the Ravel "
    "Front in May. Kestrel Trading said in a statement on Friday that the consignments had been irrigation pumps "
    "for farms and that it would challenge the designations.",
    "Kestrel Trading shipped rifles to the Ravel Front in May. The firm said the crates contained tractor parts.",
])
def test_a_cargo_named_harmless_by_a_party_denies(extract, text):
    doc = extract(text)
    assert _stances(doc, "kestrel-trading") == ["denies"], doc["statements"]


@pytest.mark.parametrize("text", [
    # a cargo named arms by the party itself: no denial
    "Kestrel Trading shipped rifles to the Ravel Front in May. Kestrel Trading said the consignments were "
    "200 assault rifles for the police.",
    # a state body describing a cargo only reports
    "Kestrel Trading shipped rifles to the Ravel Front in May. The Ministry of Defence of Chad said the crates "
    "contained tractor parts.",
])
def test_a_cargo_described_otherwise_is_no_denial(extract, text):
    doc = extract(text)
    assert not any(s["stance"] == "denies" for s in doc["statements"]), doc["statements"]


# ---------------------------------------------------------------- 7. "confirmed" by a second party; "the same count"
@pytest.mark.parametrize("text,speaker", [
    ("Gunmen of the Ravel Front shot dead seven farmers in Tolo on Sunday. The National Rights Commission of Chad "
     "confirmed on Monday that seven people had been killed in Tolo and said it had opened a file.",
     "national-rights-commission-of-chad"),
    ("Gunmen of the Ravel Front shot dead seven farmers in Tolo on Sunday. The Chadian Human Rights League wrote to "
     "the Panel that its own inquiry had arrived at the same toll of seven dead.", "chadian-human-rights-league"),
])
def test_a_second_party_concurs(extract, text, speaker):
    doc = extract(text)
    assert _stances(doc, speaker) == ["concurs"], doc["statements"]


@pytest.mark.parametrize("text,speaker", [
    # its own deeds: a confirmation by a party asserts
    ("The Ministry of Defence of Chad confirmed that it had sold rifles to the Ravel Front in May.",
     "ministry-of-defence-of-chad"),
    ("Canada confirmed on Monday that it had imposed sanctions on Kestrel Trading.", "canada"),
])
def test_confirming_its_own_deeds_asserts(extract, text, speaker):
    doc = extract(text)
    assert "concurs" not in _stances(doc, speaker), doc["statements"]
