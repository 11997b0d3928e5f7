"""Round 30, entities: classes of wrong or missed new-entity proposals found on heldout32."""

from __future__ import annotations

from .extract_cases import ENTITY_LEAD as LEAD, extract  # noqa: F401 - extract is a fixture
from .extract_cases import new_entity_names as _names


# ---------------------------------------------------------------- 1. a group's or firm's noun before a person's noun
def test_a_group_noun_that_only_modifies_a_persons_noun_makes_no_group(extract):
    for text, name in (
            ("The talks failed, said Amara Selu Kone, a former militia leader.", "Amara Selu Kone"),
            ("Tomas Brevik Olu, an armed group financier, was arrested in Varnel on Monday.", "Tomas Brevik Olu"),
            ("The police blamed the Kolo Brigade, a group which is commanded by Joaquim Tevo Ranga, a rebel group "
             "commander.", "Joaquim Tevo Ranga"),
            ("The deal was signed by Imre Kasza Dolan, a shipping company director, on Monday.", "Imre Kasza Dolan")):
        doc = extract(LEAD + text)
        assert _names(doc).get(name.casefold()) == "Person", (text, doc["entities"])


def test_a_group_noun_that_heads_the_apposition_still_makes_a_group(extract):
    doc = extract(LEAD + "The Tarkesh Nuru, a militia, attacked the town on Monday, police said.")
    assert _names(doc).get("tarkesh nuru") == "ArmedGroup", doc["entities"]
    doc = extract(LEAD + "The rifles were sold by Tarkel Trading, a shipping company, on Monday.")
    assert _names(doc).get("tarkel trading") == "Company", doc["entities"]


# ---------------------------------------------------------------- 2. a wire's short name after its dateline credit
_CAMP = " - Gunmen attacked a camp at Boruma on Sunday, killing 12 people. "


def test_a_wires_short_name_in_the_body_is_its_publisher(extract):
    for credit, body, short in (
            ("Kestrel Wire Service", "One survivor told Kestrel Wire that the attackers called out the name of the "
             "Kolo Brigade.", "Kestrel Wire"),
            ("Tamsin Coast Press Agency", "According to a police report seen by Tamsin Coast, the Kolo Brigade "
             "obtained rifles from Varnel.", "Tamsin Coast"),
            ("Heron Point News Agency", "The Kolo Brigade's commander told Heron Point in an interview that his "
             "men had not been in Boruma.", "Heron Point")):
        doc = extract("LAKE TOWN, Oct 3 (" + credit + ")" + _CAMP + body)
        assert short.casefold() not in _names(doc), (credit, doc["entities"])


def test_a_wires_one_word_short_form_may_still_be_a_place(extract):
    doc = extract("LAKE TOWN, Oct 3 (Kestrel News Agency)" + _CAMP + "Police said the attackers came from "
                  "Kestrel, a town near the border.")
    assert _names(doc).get("kestrel") in ("Settlement", "Region", "Place"), doc["entities"]


# ---------------------------------------------------------------- 3. "The river" opening a sentence or a quotation
def test_a_capitalised_article_before_river_names_no_river(extract):
    for text in ('"The river is a border, not a back door," the commander said.',
                 '"This river has fed us for a hundred years," a fisherman in Varnel said.',
                 "The Kolo Brigade crossed at night. That river is theirs now, residents said."):
        doc = extract(LEAD + text)
        assert not any(n.endswith("river") for n in _names(doc)), (text, doc["entities"])


def test_a_named_river_is_still_a_place(extract):
    doc = extract(LEAD + "The rifles were ferried across the Tolomba river from Zambia, police said.")
    assert _names(doc).get("tolomba river") == "Place", doc["entities"]


# ---------------------------------------------------------------- 4. a place at the end of a group's particled name
def test_a_groups_cues_are_no_cues_for_the_place_its_name_ends_with(extract):
    for text, place in (
            ("Monitors recorded killings in the Tarno and Beliko sub-prefectures. Members of the Vigilants de Beliko, "
             "a self-defence militia, killed eight herders on the Beliko road. A trader sold shotguns to the "
             "Vigilants de Beliko in August.", "beliko"),
            ("Clashes spread to the Sarra and Dumo districts. The Frente Popular do Dumo, an armed group, attacked "
             "Sarra on Monday. Fighters of the Frente Popular do Dumo burned the market.", "dumo"),
            ("The Brigade des Patriotes de Korla, a militia, holds the Korla and Meni counties. Members of the "
             "Brigade des Patriotes de Korla killed six people in Meni.", "korla")):
        doc = extract(LEAD + text)
        assert _names(doc).get(place) == "Region", (text, doc["entities"])


def test_a_place_a_text_describes_as_a_group_itself_still_votes(extract):
    doc = extract(LEAD + "Clashes spread to the Sarra and Dumo districts. Dumo, an armed group, attacked Sarra on "
                  "Monday. Fighters of Dumo burned the market, and members of Dumo looted shops.")
    assert _names(doc).get("dumo") == "ArmedGroup", doc["entities"]

