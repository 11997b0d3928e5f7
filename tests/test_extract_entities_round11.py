"""Classes of new-entity errors from heldout10's misses (round 11, issue #12),
each with new fictional sentences of its own and negative controls: a
release's contact line (a firm's staff, an address), letters after a name and a
capitalised post before it (a person), a company named after the noun before it."""

from __future__ import annotations

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _ids(doc):
    return {e["id"] for e in doc["entities"]}


def _entity(doc, ident):
    found = [e for e in doc["entities"] if e["id"] == ident]
    assert found, (ident, [(e["id"], e["type"]) for e in doc["entities"]])
    return found[0]


# ---------------------------------------------------------------- 1. contact lines
def test_a_firms_contact_line_names_no_entity(extract):
    doc = extract("OFAC designated the Kavra Front on Monday.\n\n"
                  "Contacts: Rosalind Peverell, Partner, Chicago; Amadou Sy-Lachance, Counsel, Paris.\n")
    assert not {"rosalind-peverell", "rosalind-peverell-partner", "amadou-sy-lachance"} & _ids(doc), _ids(doc)


def test_an_address_in_a_queries_line_is_no_entity(extract):
    doc = extract("OFAC designated the Kavra Front on Monday.\n\n"
                  "- Queries: press office, Ministry of Fisheries, Kestrel House, Corkstown 4.\n")
    assert "kestrel-house" not in _ids(doc), _ids(doc)


def test_a_media_contact_with_a_post_still_names_its_person(extract):
    doc = extract("Officers of the Harbour Revenue Agency seized 40 rifles at the port on Monday.\n\n"
                  "Media contact: Odile Brancaster-Hume, Corporate Communications Manager, Harbour Revenue Agency\n")
    assert "odile-brancaster-hume" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 2. a person by the words around the name
def test_letters_after_a_name_make_it_a_person_and_name_nothing(extract):
    doc = extract("The Minister for Fisheries and Marine Resources, Órla Ní Mhurchú, T.D., welcomed the decision "
                  "to list the Kavra Front.")
    assert _entity(doc, "orla-ni-mhurchu")["type"] == "Person"
    assert not {"t-d", "td"} & _ids(doc), _ids(doc)


def test_a_title_of_address_before_a_surname_is_the_person_named_before(extract):
    doc = extract("The Tánaiste and Minister for Defence, Nuala Ní Chathasaigh, welcomed the listings. "
                  "Tánaiste Ní Chathasaigh said: \"The Kavra Front must disarm.\"")
    assert _entity(doc, "nuala-ni-chathasaigh")["type"] == "Person"
    assert not {"tanaiste-ni-chathasaigh", "tanaiste-and-minister-for-defence"} & _ids(doc), _ids(doc)


def test_the_rank_and_a_comma_before_a_name(extract):
    doc = extract("The Tánaiste, Nuala Ó Ceallaigh, welcomed the listings of the Kavra Front.")
    assert _entity(doc, "nuala-o-ceallaigh")["type"] == "Person"


def test_a_capitalised_post_with_its_portfolio_before_a_name(extract):
    doc = extract("Its Minister of the Interior, Ermelinda Sarmento Bouro, said the Kavra Front had burned 40 homes.")
    assert _entity(doc, "ermelinda-sarmento-bouro")["type"] == "Person"


# ---------------------------------------------------------------- 3. a company by the noun before its name
def test_a_company_named_after_the_noun_before_it(extract):
    doc = extract("The Council found that a shipping agent, Samudra Jaya Kargo, delivered rifles to the Kavra Front "
                  "in May.")
    assert _entity(doc, "samudra-jaya-kargo")["type"] == "Company"


def test_a_person_after_a_noun_for_a_person_stays_a_person(extract):
    doc = extract("The Council found that a former soldier, Tomasz Wierzbicki, delivered rifles to the Kavra Front "
                  "in May.")
    assert _entity(doc, "tomasz-wierzbicki")["type"] == "Person"
