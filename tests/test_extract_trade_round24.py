"""Round 24, trade: a second's post ("the group's deputy commander, X") is a post in the body, never its
control; a relative named as who owns or runs a body ("owned by the leader's brother, X") is a person of their
own; a person sent or transferred elsewhere after a clause on arms receives no arms; a listed person's alias
('its leader Y, alias "Z", and C') does not end a list of sanctions targets; the body after its owner's possessive
("the US Department of the Treasury's Office of Foreign Assets Control") is the authority; "the company X"
describes X and stands for no firm named before; "documented the sale of rifles to X by Y": Y supplied them."""

from __future__ import annotations

from .extract_cases import extract, claims, controls, measures, posts  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. a second's post is no control
def test_a_seconds_post_after_the_bodys_possessive_is_no_control(extract):
    for text, member, role in (
            ("The Talvo Front is led by Osric Vellamy. The Panel notes that the group's deputy commander, Brann "
             "Oduya, is the brother of the state minister.", "brann-oduya", "deputy-commander"),
            ("Police said the Talvo Front's vice chairman, Brann Oduya, had been arrested in Port Selim.",
             "brann-oduya", "vice-chairman"),
            ("Osric Vellamy founded the Talvo Front in 2019. Investigators believe the Front's assistant director, "
             "Brann Oduya, handled its payments.", "brann-oduya", "assistant-director")):
        doc = extract(text)
        assert not any(c == member for c, _ in controls(doc)), (text, controls(doc))
        assert (member, "talvo-front", role) in posts(doc), (text, posts(doc))


def test_the_bodys_own_commander_still_controls_it(extract):
    doc = extract("Investigators believe the Talvo Front's commander, Brann Oduya, handled its payments.")
    assert ("brann-oduya", "talvo-front") in controls(doc), controls(doc)


# ---------------------------------------------------------------- 2. a relative named after a kin noun
def test_a_relative_named_after_a_kin_noun_is_a_person_of_their_own(extract):
    for text, owner in (
            ("The Talvo Front is led by Osric Kimani Vellamy. Kessa Trading is owned by the Front leader's brother, "
             "Daro Kimani Vellamy, and buys fuel for the group.", "daro-kimani-vellamy"),
            ("The Talvo Front is led by Osric Vellamy. Kessa Trading, which is owned by Vellamy's sister-in-law, "
             "Mira Vellamy, buys fuel for the group.", "mira-vellamy"),
            ("The Talvo Front is led by Osric Vellamy. His cousin, Daro Vellamy, owns Kessa Trading, which buys "
             "fuel for the group.", "daro-vellamy")):
        doc = extract(text)
        assert (owner, "kessa-trading") in controls(doc), (text, controls(doc))
        assert ("osric-vellamy", "kessa-trading") not in controls(doc) and \
            ("osric-kimani-vellamy", "kessa-trading") not in controls(doc), (text, controls(doc))


def test_a_kin_noun_without_a_name_or_before_a_firm_names_no_person(extract):
    doc = extract("The Talvo Front is led by Osric Vellamy. Kessa Trading is owned by his brother and buys fuel "
                  "for the group.")
    assert not [e for e in doc["entities"] if e["type"] == "Person" and e["id"] != "osric-vellamy"], doc["entities"]
    doc = extract("Kessa Trading's partner, Vanta Holdings Ltd, shipped the fuel to the Talvo Front.")
    assert not [e for e in doc["entities"] if e["type"] == "Person"], doc["entities"]


# ---------------------------------------------------------------- 3. a person posted elsewhere receives no arms
def test_a_person_sent_elsewhere_after_a_clause_on_arms_receives_none(extract):
    for text in (
            "An army spokesman told the Panel that no weapon had left the army's stores and that Major Osric Vellamy "
            "had been transferred to Port Selim.",
            "Police said no rifles were missing and that Captain Daro Mensah was transferred to the northern command.",
            "The rifles were counted and the quartermaster, Daro Mensah, was sent to Port Selim in May."):
        doc = extract(text)
        assert not claims(doc, "ArmsTransfer"), (text, claims(doc, "ArmsTransfer"))


def test_arms_coordinated_with_their_sending_still_reach_the_recipient(extract):
    for text in ("Forty rifles were bought in Port Selim and smuggled to the Talvo Front.",
                 "Rifles sold to the Talvo Front by Kessa Trading were seized in May.",
                 # the parse may make the items the subject of the participle before the verb of sending
                 "Machine guns mounted on pick-up trucks were delivered to the Talvo Front in May; the police could "
                 "not identify who sent them."):
        doc = extract(text)
        assert [c for c in claims(doc, "ArmsTransfer") if c["recipient"] == "talvo-front"
                and c.get("items") in (["rifles"], ["machine-guns"])], (text, claims(doc, "ArmsTransfer"))


# ---------------------------------------------------------------- 4. a listed person's alias does not end the list
def test_a_listed_persons_alias_does_not_end_the_list_of_targets(extract):
    for text, last in (
            ('On 6 February, the Office of Foreign Assets Control (OFAC) designated the Talvo Front, its commander '
             'Osric Vellamy, alias "El Lobo", and the river transport company Transportes Río Verdal S.A.S., based '
             'in Puerto Selim, under Executive Order 14059.', "transportes-rio-verdal-s-a-s"),
            ("On Thursday, OFAC designated the armed group Talvo Front, its leader Osric Vellamy, alias El Lobo, and "
             "the shrimp exporter Pesquera Río Azul S.A. under Executive Order 14059.", "pesquera-rio-azul-s-a"),
            ('The European Union listed the Talvo Front, its commander Osric Vellamy, nicknamed "Lobo", and the '
             'fishing company Pesquera Azul S.A. under its regime for Haiti.', "pesquera-azul-s-a")):
        doc = extract(text)
        targets = {t for m in measures(doc) for t in m["targets"]}
        assert {"talvo-front", "osric-vellamy", last} <= targets, (text, measures(doc))


def test_a_speaker_after_an_alias_is_no_target(extract):
    doc = extract('The Treasury designated Osric Vellamy, alias "El Lobo", the Treasury said on Tuesday.')
    assert [m["targets"] for m in measures(doc)] == [["osric-vellamy"]], measures(doc)


# ---------------------------------------------------------------- 5. the body a possessive names acts
def test_the_body_after_its_owners_possessive_is_the_authority(extract):
    for text in (
            "On Thursday, the US Department of the Treasury's Office of Foreign Assets Control (OFAC) designated the "
            "Talvo Front under Executive Order 14059.",
            "The Talvo Front was designated on Tuesday by the United States Department of the Treasury's Office of "
            "Foreign Assets Control.",
            "The Treasury's Office of Foreign Assets Control designated the Talvo Front on Tuesday."):
        doc = extract(text)
        assert [m["authority"] for m in measures(doc)] == ["office-of-foreign-assets-control"], (text, measures(doc))
        assert not [e for e in doc["entities"] if "treasury-office" in e["id"]], (text, doc["entities"])


def test_the_owner_named_alone_still_acts(extract):
    doc = extract("The US Department of the Treasury designated the Talvo Front on Tuesday.")
    assert [m["authority"] for m in measures(doc)] == ["treasury-department"], measures(doc)


# ---------------------------------------------------------------- 6. "the company X": a description, no anaphor
def test_a_firms_kind_before_its_name_stands_for_no_firm_named_before(extract):
    for text, wanted in (
            ('Marlow & Finch LLP is a law firm. On 6 February, OFAC designated the Talvo Front, its commander Osric '
             'Vellamy, alias "Lobo", and the river transport company Transportes Río Verdal S.A.S. under Executive '
             'Order 14059.', "transportes-rio-verdal-s-a-s"),
            ("Kessa Trading is a logistics company in Port Selim. Canada froze the assets of the Talvo Front "
             "and of the fishing company Pesquera Azul S.A. on Tuesday.", "pesquera-azul-s-a"),
            ("Kessa Trading is a logistics company in Port Selim. The Treasury designated the Talvo Front and the "
             "gold exporter Auric Sands Ltd on Tuesday.", "auric-sands-ltd")):
        doc = extract(text)
        targets = {t for m in measures(doc) for t in m["targets"]}
        assert wanted in targets and "kessa-trading" not in targets and "marlow-finch-llp" not in targets, \
            (text, measures(doc))


def test_the_company_alone_still_stands_for_the_firm_named_before(extract):
    doc = extract("Kessa Trading is a logistics company in Port Selim. Investigators said the company sold 40 rifles "
                  "to the Talvo Front in May.")
    assert [(c.get("supplier"), c["recipient"]) for c in claims(doc, "ArmsTransfer")] == [
        ("kessa-trading", "talvo-front")], claims(doc, "ArmsTransfer")


# ---------------------------------------------------------------- 7. "the sale of X to Y by Z" under an active verb
def test_the_by_of_a_transfer_noun_hung_on_the_active_verb_names_the_supplier(extract):
    for text, supplier in (
            ("The Panel also documented the sale of 60 rifles from army stores in Kessa to the Talvo Front in "
             "September 2028 by an army logistics officer, Major Osric Vellamy.", "osric-vellamy"),
            ("The Panel documented the delivery of 60 rifles to the Talvo Front in May by a local trader, Osric "
             "Vellamy.", "osric-vellamy"),
            ("Customs officers recorded the export of 40 mortars to the Talvo Front in May by Kessa Trading.",
             "kessa-trading")):
        doc = extract(text)
        assert [(c.get("supplier"), c["recipient"]) for c in claims(doc, "ArmsTransfer")] == [
            (supplier, "talvo-front")], (text, claims(doc, "ArmsTransfer"))


def test_the_agent_of_a_passive_verb_of_finding_supplies_nothing(extract):
    for text in ("The sale of 60 rifles to the Talvo Front was documented by the Panel of Experts.",
                 "The Panel documented the sale of 60 rifles to the Talvo Front, confirmed by the Kestrian army."):
        doc = extract(text)
        assert [c.get("supplier") for c in claims(doc, "ArmsTransfer")] == [None], (text, claims(doc, "ArmsTransfer"))
