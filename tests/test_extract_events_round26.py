"""Classes of events (round 26, issue #12), each with new fictional sentences of its own and a negative control:
a killing told as what someone does in the simple present ("a militia that kills farmers in X", "gangs that
murder herders near Y", "fishermen are killed near Z every month") is no event (but "killed farmers in X" and a
headline's "Gunmen kill 12 farmers in X" still are); a state named only as the owner of a part of it ("on the
islands of Lake X in Y's Z province") is no place an actor operates in (but "in Y and in W's Z region" still
places it in Y); a killing "in the A municipality (district, area) of B" is placed at A, the place B only
contains (but "in B" alone still places it at B); victims named by a trade written as one word, a local office
or travel ("nine farmworkers", "two village administrators", "six travellers") count a killing's toll (not
"officials said", who speak); a killing "on the road between A and B" is placed at A and B, not at the road named
after them (a road between places the text never named on their own stays); who is blamed for "the attack", "these
killings" is accused of the killing the text told, up to twelve sentences before (an indefinite "an attack" still
looks three back only); people "taken from X" by the first verb of a chain ("detained five men from X, accused them
of passing information to the army and shot them") are killed at X, and "them" skips the object of what they
were accused of (but a killing that names its own place stays there)."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. a killing told as a habit: no event
@pytest.mark.parametrize("text", [
    '"Our banks will not serve a militia that kills farmers in the village of Dorvale," the minister of Tessa said.',
    "Gangs that murder herders near the village of Kossa are rarely brought to trial in Varsel.",
    "Fishermen are killed near the village of Belko almost every month, the report of the Varo Commission says.",
    "The Varo Front shoots traders at the market of Lissa and burns their trucks, residents say.",
])
def test_a_killing_told_as_a_habit_is_no_event(extract, text):
    doc = extract(text)
    assert claims(doc, "Atrocity") == [], claims(doc, "Atrocity")


@pytest.mark.parametrize("text, place", [
    ("On 3 May a militia killed farmers in the village of Dorvale.", "dorvale"),
    ("Gunmen kill 12 farmers in the village of Dorvale, the police of Tessa say.", "dorvale"),
])
def test_a_killing_told_as_an_event_still_is_one(extract, text, place):
    # negative control: the past tense, and a headline's present with its count, still tell one killing
    doc = extract(text)
    assert [c["location"] for c in claims(doc, "Atrocity")] == [[place]], claims(doc, "Atrocity")


# ---------------------------------------------------------------- 2. "in Y's Z province": no operation in Y
@pytest.mark.parametrize("text, state, where", [
    ("The Varo Front operates on the islands of Lake Kivu in Congo's South Kivu province.", "congo", "lake-kivu"),
    ("Fighters of the Varo Front are present on the shores of Lake Tana in Ethiopia's Lissa region.", "ethiopia",
     "lake-tana"),
    ("The Varo Front is active on the islands of Lake Victoria in Kenya's Homa Bay county.", "kenya",
     "lake-victoria"),
    ("Since March, Varo Front fighters have been deployed to the islands of Lake Mweru in Zambia's Luapula "
     "province.", "zambia", None),
])
def test_the_owner_of_a_part_is_no_place_of_operations(extract, text, state, where):
    doc = extract(text)
    places = [c["location"] for c in claims(doc, "Operation")]
    assert [state] not in places, places
    assert where is None or [where] in places, places


def test_a_state_named_alone_still_places_the_actor(extract):
    # negative control: "in Mali" names the state itself; "Niger's" only owns the region after it
    doc = extract("The Varo Front operates in Mali and in Niger's Tillaberi region.")
    places = [c["location"] for c in claims(doc, "Operation")]
    assert ["mali"] in places and ["niger"] not in places, places


# ---------------------------------------------------------------- 3. "in the A municipality of B": the killing is at A
@pytest.mark.parametrize("text, place", [
    ("OFAC attributed to the Varo Front the killing of nine farmers in the Kossa municipality of Tessa in February.",
     "kossa"),
    ("Gunmen of the Varo Front shot dead seven traders in the Belko district of Lissa on 3 May.", "belko"),
    ("Nine farmers were killed in the Kossa municipality of Tessa on 2 March when gunmen of the Varo Front opened "
     "fire.", "kossa"),
    ("Residents said that on Friday Varo Front gunmen had shot dead six traders at the market in the Belko district "
     "of Lissa.", "belko"),
])
def test_a_killing_in_a_part_of_a_place_is_placed_at_the_part(extract, text, place):
    doc = extract(text)
    assert [c["location"] for c in claims(doc, "Atrocity")] == [[place]], claims(doc, "Atrocity")


def test_a_killing_in_the_larger_place_named_alone_stays_there(extract):
    # negative control: no part named before "of", the place itself
    doc = extract("Gunmen of the Varo Front shot dead seven traders in Lissa on 3 May.")
    assert [c["location"] for c in claims(doc, "Atrocity")] == [["lissa"]], claims(doc, "Atrocity")


# ---------------------------------------------------------------- 4. "nine farmworkers", "two village administrators"
@pytest.mark.parametrize("text, place, toll", [
    ("OFAC attributed to the Varo Front the killing of nine farmworkers in the village of Kossa in February.",
     "kossa", 9),
    ("On 2 May, Varo Front fighters took two village administrators from their homes in Belko and killed them in a "
     "forest nearby.", "belko", 2),
    ("Gunmen of the Varo Front stopped a bus near the village of Lissa and shot dead six travellers.", "lissa", 6),
])
def test_victims_named_by_a_trade_an_office_or_travel(extract, text, place, toll):
    doc = extract(text)
    assert [c["location"] for c in claims(doc, "Atrocity")] == [[place]], claims(doc, "Atrocity")
    assert [c["value"] for c in claims(doc, "Estimate")] == [toll], claims(doc, "Estimate")


def test_officials_who_speak_are_no_victims(extract):
    # negative control: "officials" as the ones who say something
    doc = extract("Officials of the Tessa army said on Monday that the Varo Front had been driven out of Kossa.")
    assert claims(doc, "Atrocity") == [] and claims(doc, "Estimate") == [], doc["claims"]


# ---------------------------------------------------------------- 5. "on the road between A and B": at A and B
_BEFORE = "The Varo Front has raided villages near Kossa and near Belko since 2027. "


@pytest.mark.parametrize("text", [
    _BEFORE + "In January the gang also killed eight travellers on the road between Kossa and Belko, the state "
    "government said.",
    _BEFORE + "Six farmworkers were killed on the road between Kossa and Belko on Sunday.",
    _BEFORE + "On 4 May its gunmen shot dead six traders on the highway between Kossa and Belko.",
    _BEFORE + "Police blamed the gang for the killing of nine travellers on the road between Kossa and Belko.",
])
def test_a_killing_on_the_road_between_two_places_is_at_both(extract, text):
    doc = extract(text)
    assert [c["location"] for c in claims(doc, "Atrocity")] == [["kossa", "belko"]], claims(doc, "Atrocity")


def test_a_road_between_places_never_named_alone_stays(extract):
    # negative control: the road is the only place the text gives
    doc = extract("Gunmen of the Varo Front shot dead six traders on the highway between Lissa and Dorvale on 4 May.")
    assert [c["location"] for c in claims(doc, "Atrocity")] == [["lissa-dorvale-highway"]], claims(doc, "Atrocity")


# ---------------------------------------------------------------- 6. blamed for "the attack" told paragraphs before
_KILLING = ("On Sunday gunmen shot dead eleven diggers at a gold camp near the village of Kossa, officials said. "
            "The camp had been reopened in March. Traders said the road had been closed for a week. "
            "Relief agencies sent food on Tuesday. The prefect asked for more troops. ")


@pytest.mark.parametrize("text", [
    _KILLING + "The army blamed the Varo Front for the attack.",
    _KILLING + "A spokesman for the Lissa Defence Council blamed the killings on the Varo Front.",
    _KILLING + "We attribute these killings to the Varo Front.",
])
def test_blamed_for_the_killing_told_paragraphs_before(extract, text):
    doc = extract(text)
    assert [c["actor"] for c in claims(doc, "Participation")] == ["varo-front"], claims(doc, "Participation")
    assert [c["event"] for c in claims(doc, "Participation")] == ["killings-in-kossa"], claims(doc, "Participation")


def test_an_indefinite_attack_far_after_is_another(extract):
    # negative control: "an attack" names no killing told before
    doc = extract(_KILLING + "The army blamed the Varo Front for an attack on a convoy.")
    assert claims(doc, "Participation") == [], claims(doc, "Participation")


# ---------------------------------------------------------------- 7. "detained five men from X, ..., and shot them"
@pytest.mark.parametrize("text, place, toll", [
    ("On 3 May, Varo Front fighters detained five men from the village of Kossa, accused them of passing information "
     "to the army and shot them near the river.", "kossa", 5),
    ("Gunmen of the Varo Front dragged four farmers from the village of Belko, beat them and shot them at the river.",
     "belko", 4),
    ("Varo Front fighters took three teachers from the village of Dorvale, questioned them for hours and killed them.",
     "dorvale", 3),
    ("Varo Front fighters seized two administrators from the village of Lissa, accused them of spying for the army "
     "and executed them.", "lissa", 2),
])
def test_people_taken_from_a_place_and_killed(extract, text, place, toll):
    doc = extract(text)
    assert [c["location"] for c in claims(doc, "Atrocity")] == [[place]], claims(doc, "Atrocity")
    assert [c["value"] for c in claims(doc, "Estimate")] == [toll], claims(doc, "Estimate")


def test_a_killing_with_its_own_place_stays_there(extract):
    # negative control: the place the killing names wins over where the chain began
    doc = extract("Varo Front fighters took four fishermen from the village of Kossa, drove them to the village of "
                  "Belko and killed them in the village of Belko.")
    assert [c["location"] for c in claims(doc, "Atrocity")] == [["belko"]], claims(doc, "Atrocity")
