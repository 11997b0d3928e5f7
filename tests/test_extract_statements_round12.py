"""Statements and sanctions measures, round 12 of issue #12: error classes seen
on the eleventh held-out set, each with new fictional sentences (not the
documents' own) and negative controls. A document dated Tuesday 2025-06-10;
the knowledge base's own entities plus every state."""

from __future__ import annotations

from .extract_cases import extract, measures as _measures, stances as _stances  # noqa: F401 - extract is a fixture


def _by(doc):
    return {(m.get("authority"), frozenset(m.get("targets") or []), m.get("status")) for m in _measures(doc)}


# ---------------------------------------------------------------- 1. "shares X's assessment", "confirming X's finding"
def test_sharing_another_party_s_assessment_concurs(extract):
    doc = extract('The Minister of Security, Ana Petri, said the government "welcomes and shares the Council\'s '
                  'assessment" of the group.')
    assert ("ana-petri", "concurs") in _stances(doc), doc["statements"]


def test_a_participle_confirming_a_finding_concurs(extract):
    doc = extract("The regional governor, Lena Dorsi, said the port had been held by the group for a year, "
                  "confirming the Council's finding.")
    assert ("lena-dorsi", "concurs") in _stances(doc), doc["statements"]


def test_not_sharing_an_assessment_does_not_concur(extract):
    # control: the negated verb is no concurrence
    doc = extract("The Minister of Security, Ana Petri, said that the government does not share the Council's "
                  "assessment of the group.")
    assert ("ana-petri", "concurs") not in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 2. "X's listing of Y expired": lifted
def test_a_listing_that_expired_is_lifted(extract):
    doc = extract("The Council of the European Union's listing of Bruno Ostrik, a broker, expired on 14 May.")
    assert ("council-of-the-european-union", frozenset({"bruno-ostrik"}), "lifted") in _by(doc), _measures(doc)


def test_a_listing_that_took_effect_is_imposed(extract):
    # control: a verb that does not end the measure
    doc = extract("The Council of the European Union's listing of Bruno Ostrik took effect on 14 May.")
    assert ("council-of-the-european-union", frozenset({"bruno-ostrik"}), "imposed") in _by(doc), _measures(doc)


# ---------------------------------------------------------------- 3. "no longer subject to": no standing measure
def test_no_longer_subject_to_sanctions_is_no_measure(extract):
    doc = extract("The Karst Liberation Army is no longer subject to EU sanctions.")
    assert not _measures(doc), _measures(doc)


def test_remaining_subject_to_sanctions_is_a_measure(extract):
    # control: the same words without the negation
    doc = extract("The Karst Liberation Army remains subject to EU sanctions.")
    assert ("european-union", frozenset({"karst-liberation-army"}), "imposed") in _by(doc), _measures(doc)


# ---------------------------------------------------------------- 4. "entered X and Y in the Registry of ..."
def test_entering_names_in_a_registry_is_a_measure(extract):
    doc = extract("On Monday, Albania's Ministry of Security entered the Karst Liberation Army and Bruno Ostrik in "
                  "the Public Registry of Persons and Entities linked to Terrorism, which obliges banks to freeze "
                  "their funds.")
    assert [set(m["targets"]) for m in _measures(doc)] == [{"karst-liberation-army", "bruno-ostrik"}], _measures(doc)


def test_entering_a_town_is_no_measure(extract):
    # control: "enter" without a list or registry
    doc = extract("Fighters of the Karst Liberation Army entered the town of Vell on Monday.")
    assert not _measures(doc), _measures(doc)


# ---------------------------------------------------------------- 5. "expanded its designation of X, first made ..., to A"
def test_an_expansion_past_an_aside_reaches_its_new_targets(extract):
    doc = extract("On Thursday, the Treasury expanded its designation of the Karst Liberation Army, first made in "
                  "October 2024 under Executive Order 14059, to Bruno Ostrik and to Pine Holdings S.A., a Tirana "
                  "exchange house.")
    targets = {t for m in _measures(doc) if m.get("status") == "expanded" for t in m.get("targets") or []}
    assert {"karst-liberation-army", "bruno-ostrik", "pine-holdings-s-a"} <= targets, _measures(doc)


def test_an_aside_s_own_to_phrase_without_expansion_adds_no_target(extract):
    # control: the verb does not widen the measure
    doc = extract("The Treasury designated the Karst Liberation Army, first linked in 2024 to Bruno Ostrik, in May.")
    targets = {t for m in _measures(doc) for t in m.get("targets") or []}
    assert "bruno-ostrik" not in targets, _measures(doc)


# ---------------------------------------------------------------- 6. a seller's buyer named lawful denies
def test_a_seller_naming_its_buyer_legitimate_denies(extract):
    doc = extract("The Panel found that 140 rifles had been sold to the KLA in 2024 by Pine Arms Trading s.r.o., a "
                  "broker. Pine Arms Trading told the Panel in writing that it had delivered the rifles to \"a "
                  "legitimate buyer\" and \"cannot answer for what happened to them afterwards\".")
    assert ("pine-arms-trading-s-r-o", "denies") in _stances(doc), doc["statements"]


def test_a_seller_naming_a_buyer_plainly_asserts(extract):
    # control: a buyer named without a word of lawfulness
    doc = extract("The Panel found that 140 rifles had been sold to the KLA in 2024 by Pine Arms Trading s.r.o., a "
                  "broker. Pine Arms Trading said it had delivered the rifles to a buyer in Lima.")
    assert ("pine-arms-trading-s-r-o", "denies") not in _stances(doc), doc["statements"]


# ---------------------------------------------------------------- 7. an admission or a figure beside a denial
def test_an_admission_coordinated_with_a_denial_is_an_assertion_too(extract):
    doc = extract("In a message posted on Sunday, the Karst Liberation Army acknowledged the ambush, calling the "
                  "soldiers \"occupation troops\", but said it had \"never placed a bomb where Muslims eat\".")
    assert {("karst-liberation-army", "denies"), ("karst-liberation-army", "asserts")} <= _stances(doc), \
        doc["statements"]


def test_a_toll_coordinated_with_a_concurrence_is_an_assertion_too(extract):
    doc = extract("The Panel documented the killing of thirty people at Vell. The Government of Albania, in a note "
                  "verbale of 3 March, confirmed the Panel's account of the attack and put the toll at \"thirty-one "
                  "dead, including fourteen children\".")
    assert {("albania", "concurs"), ("albania", "asserts")} <= _stances(doc), doc["statements"]


def test_a_denial_coordinated_with_plain_saying_is_one_statement(extract):
    # control: "denied ... and said ..." is one denial
    doc = extract("The Karst Liberation Army denied the ambush and said it had \"never placed a bomb where Muslims "
                  "eat\".")
    assert [s["stance"] for s in doc["statements"]] == ["denies"], doc["statements"]


# ---------------------------------------------------------------- 8. "Police gave a toll of five dead"
def test_giving_a_toll_is_a_statement(extract):
    doc = extract("A bomb tore through a tea shop in Vell, killing between four and six civilians, according to "
                  "hospital officials. The Albanian State Police gave a toll of five dead, among them a girl.")
    assert ("albanian-state-police", "asserts") in _stances(doc), doc["statements"]


def test_giving_rifles_or_no_figure_is_no_statement(extract):
    # controls: "give" without a toll; a toll refused
    doc = extract("The Albanian State Police gave the rifles to a militia in Vell. A bomb tore through a tea shop "
                  "in Vell. The Albanian State Police gave no figure for the dead.")
    assert not doc["statements"], doc["statements"]


# ---------------------------------------------------------------- 9. "according to the French authorities": the state
def test_according_to_a_demonym_s_authorities_is_the_state(extract):
    doc = extract("According to the French services, the broker Pine Arms Ltd furnished the Karst Liberation Army "
                  "with mortar rounds during 2024.")
    assert ("france", "asserts") in _stances(doc), doc["statements"]


def test_according_to_a_demonym_s_villagers_is_no_state(extract):
    # control: a demonym before people who do not speak for the state
    doc = extract("According to French villagers, the broker Pine Arms Ltd furnished the Karst Liberation Army "
                  "with mortar rounds during 2024.")
    assert ("france", "asserts") not in _stances(doc), doc["statements"]
