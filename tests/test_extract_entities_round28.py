"""Round 28, entities: classes of wrong or missed new-entity proposals found on heldout30."""

from __future__ import annotations

from .extract_cases import ENTITY_LEAD as LEAD, extract  # noqa: F401 - extract is a fixture
from .extract_cases import new_entity_names as _names, new_entity_types as _types


# ---------------------------------------------------------------- 1. the people of a contact line
def test_the_people_of_a_contact_line_are_no_new_entities(extract):
    body = "The ministry froze the assets of the Kolo Front on Monday.\n\n"
    for footer, person in (
            ("Contacts: Mirela Dastoor (Geneva), Tobias Vlaming (Nairobi).", "Tobias Vlaming"),
            ("Press contact: Annika Lövgren, press secretary to the Minister for Trade", "Annika Lövgren"),
            ("Media enquiries: Ramon Estevez Pardo, Press Office, Ministry of Finance, Lisbon", "Ramon Estevez Pardo"),
            ("Contact: Oona Kettunen (Helsinki)", "Oona Kettunen")):
        doc = extract(body + footer)
        assert person.casefold() not in _names(doc), (footer, doc["entities"])


def test_a_person_the_body_names_is_still_proposed(extract):
    doc = extract("The ministry froze the assets of the Kolo Front on Monday, its spokesman Tobias Vlaming said.\n\n"
                  "Contacts: Mirela Dastoor (Geneva)")
    assert _names(doc).get("tobias vlaming") == "Person", doc["entities"]
    from kb.extract.people import in_contact_line  # a post and a body sign the line: its person stays
    assert not in_contact_line("Contact: Lee Min-ha, Deputy Director, Sanctions Division, Ministry of Foreign Affairs "
                               "(02-555-0101)", "Person")


# ---------------------------------------------------------------- 2. a headline's "of X armed group"
def test_a_place_before_armed_group_without_article_is_a_place(extract):
    for text, place in (
            ("Norvia freezes assets of Tarkesh armed group and its leader\n\nThe Kolo Brigade operates in Norvia's "
             "Tarkesh province, the ministry said.", "Tarkesh"),
            ("Army opens offensive against Velmar militia\n\nThe Kolo Brigade attacked a camp in Velmar on Monday, "
             "police said.", "Velmar"),
            ("Court upholds listing of Morvak armed group\n\nThe Kolo Brigade operates around Morvak, a market town "
             "in the east, the ministry said.", "Morvak")):
        doc = extract(text)
        types = _types(doc)
        assert types.get(place) in ("Settlement", "Region", "Place"), (text, types)


def test_a_named_group_before_armed_group_stays_a_group(extract):
    doc = extract(LEAD + "The ministry froze the assets of the Tarkesh Liberation Front armed group on Monday.")
    assert _types(doc).get("Tarkesh Liberation Front") == "ArmedGroup", doc["entities"]


# ---------------------------------------------------------------- 3. a Czech or Slovak "No. N/YYYY Coll."
def test_the_collection_of_laws_ends_a_numbered_citation(extract):
    for text, label in (
            ("The Government today adopted Government Regulation No. 31/2027 Coll., which freezes the funds of the "
             "Kolo Front.", "Government Regulation No. 31/2027 Coll."),
            ("The Cabinet issued Cabinet Decision No. 7/2026 Coll. on Tuesday against the Kolo Front.",
             "Cabinet Decision No. 7/2026 Coll."),
            ("The freeze was imposed by Decree No. 112/2028 Coll., the ministry said.", "Decree No. 112/2028 Coll.")):
        doc = extract(LEAD + text)
        assert _names(doc).get(label.casefold()) == "LegalInstrument", (text, doc["entities"])


def test_a_citation_without_the_collection_keeps_its_number(extract):
    doc = extract(LEAD + "The Government adopted Government Regulation No. 31/2027, which freezes the funds of the Kolo Front.")
    assert _names(doc).get("government regulation no. 31/2027") == "LegalInstrument", doc["entities"]
    assert not any("Coll" in n for n in _names(doc)), doc["entities"]
