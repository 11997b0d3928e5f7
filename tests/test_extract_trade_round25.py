"""Round 25, trade: seized arms given "for tracing", "for testing" or "for marking and tracing" go into custody
and are supplied to no one; a sanctions list whose parse keeps only its last name ("on the armed group A, its
commander B and the transport company C") gives every listed name, never a name in an "of" phrase before it;
"known as" is a listed person's alias; "the weapons were shipped to the group" after a
transfer with a supplier is that transfer told again; the commissioner of a named state service controls it; arms
that come "from" places the group overran, raided or looted are taken, not supplied."""

from __future__ import annotations

from .extract_cases import extract, claims, measures  # noqa: F401 - extract is a fixture


def _transfers(doc) -> set:
    return {(c.get("supplier"), c.get("recipient")) for c in claims(doc, "ArmsTransfer")}


# ---------------------------------------------------------------- 1. arms handed on for tracing
def test_arms_given_for_tracing_or_testing_go_into_custody(extract):
    for text, body in (
            ("Customs seized 40 rifles bound for the Varn Liberation Front. The weapons have been handed over to "
             "the National Commission for Small Arms for tracing.", "national-commission-for-small-arms"),
            ("Customs seized 40 rifles bound for the Varn Liberation Front. The rifles were handed to the Kestrian "
             "Ballistics Laboratory for tracing.", "kestrian-ballistics-laboratory"),
            ("Customs seized 40 rifles at the port. Officers later shipped the weapons to the Regional Arms "
             "Registry for marking and tracing.", "regional-arms-registry")):
        doc = extract(text)
        assert not any(r == body for _, r in _transfers(doc)), (text, _transfers(doc))


def test_arms_sent_for_another_purpose_are_still_supplied(extract):
    doc = extract("Customs seized 40 rifles at the port. The Tarvo Company had sent the rifles to the Varn Front "
                  "for training and combat.")
    assert ("tarvo-company", "varn-front") in _transfers(doc), _transfers(doc)


# ---------------------------------------------------------------- 2. a list the parse keeps only the end of
def _targets(doc) -> list:
    return [set(m.get("targets") or []) for m in measures(doc)]


def test_every_name_of_a_listed_sanctions_target_list(extract):
    for text, want in (
            ("The Government of Norway has today imposed a freeze of funds and a travel ban on the armed group "
             "Front des Veilleurs de l'Azawak, its commander Osric Dallo and the transport company Anou Sahel "
             "Logistique SARL. The measures enter into force on Thursday.",
             {"front-des-veilleurs-de-l-azawak", "osric-dallo"}),
            ("Norway has frozen the assets of the armed group Front des Veilleurs de l'Azawak, its treasurer Osric "
             "Dallo and the trading company Anou Sahel Logistique SARL. The decision enters into force on Friday.",
             {"front-des-veilleurs-de-l-azawak", "osric-dallo", "anou-sahel-logistique-sarl"}),
            ('On 19 May, the Office of Foreign Assets Control (OFAC) designated the Varn Liberation Front, its leader '
             'Osric Dallo Marquez, known as "El Lobo", and the company Kaldo Fuels Ltd under Executive Order 14059.',
             {"varn-liberation-front", "osric-dallo-marquez", "kaldo-fuels-ltd"})):
        doc = extract(text)
        assert any(want <= t for t in _targets(doc)), (text, _targets(doc))


def test_a_name_in_an_of_phrase_before_the_target_is_no_target(extract):
    doc = extract("Norway imposed an asset freeze on the leader of the Front des Veilleurs de l'Azawak, Osric Dallo, "
                  "and on the company Anou Sahel Logistique SARL. The decision enters into force on Friday.")
    assert _targets(doc) and not any("front-des-veilleurs-de-l-azawak" in t for t in _targets(doc)), _targets(doc)


# ---------------------------------------------------------------- 3. the cargo told again
def test_the_cargo_shipped_on_to_the_group_is_the_transfer_told_before(extract):
    for text in (
            "Tarvo Surplus Ltd sold 300 assault rifles to the Varn Front in 2027. The weapons were declared as "
            "hunting equipment and shipped to the group through a port in Kestria.",
            "Tarvo Surplus Ltd supplied the Varn Front with 40 mortars last year. These weapons were trucked to the "
            "rebels across the northern border.",
            "Tarvo Surplus Ltd delivered 40 mortars to the Varn Front in May. The mortars were hidden in fuel "
            "tankers and smuggled to the fighters near Tesk."):
        doc = extract(text)
        assert _transfers(doc) == {("tarvo-surplus-ltd", "varn-front")}, (text, _transfers(doc))


def test_the_cargo_shipped_on_to_a_named_recipient_is_another_transfer(extract):
    doc = extract("Tarvo Surplus Ltd sold 300 assault rifles to the Varn Front in 2027. The weapons were later "
                  "shipped to the Dorva Brigade by an unknown broker.")
    assert any(r == "dorva-brigade" for _, r in _transfers(doc)), _transfers(doc)


# ---------------------------------------------------------------- 4. the head of a state service
def _controls(doc) -> set:
    return {(c["controller"], c["controlled"]) for c in claims(doc, "Control")}


def _posts(doc) -> set:
    return {(c["member"], c["organisation"]) for c in claims(doc, "Membership")}


def test_the_commissioner_of_a_named_state_service_controls_it(extract):
    for text, body in (
            ("The commissioner of the Tesk Regional Police, Daro Mensah, told reporters on Tuesday that the "
             "attackers were fighters of the Varn Front.", "tesk-regional-police"),
            ('"The rifles were bound for the Varn Front," said the commissioner of the Kestria National Police, '
             'Daro Mensah.', "kestria-national-police"),
            ("Daro Mensah, the commissioner of the Tesk Regional Police, said the Varn Front had attacked the "
             "village.", "tesk-regional-police")):
        doc = extract(text)
        assert ("daro-mensah", body) in _controls(doc), (text, _controls(doc), _posts(doc))
        assert ("daro-mensah", body) not in _posts(doc), (text, _posts(doc))


def test_a_portfolio_or_a_county_commissioner_holds_a_post(extract):
    doc = extract("The Tesk County Commissioner, Daro Mensah, said the attackers were fighters of the Varn Front.")
    assert ("daro-mensah", "tesk") in _posts(doc) and not _controls(doc), (_posts(doc), _controls(doc))
    doc = extract("A commissioner of the Tesk Regional Police, Daro Mensah, said the Varn Front had attacked the "
                  "village.")
    assert ("daro-mensah", "tesk-regional-police") in _posts(doc) and not _controls(doc), (_posts(doc), _controls(doc))


# ---------------------------------------------------------------- 5. arms taken from positions overrun
def test_arms_from_places_overrun_or_raided_are_taken_not_supplied(extract):
    for text in (
            "The Varn Front's rifles and ammunition come mostly from Zambian army positions it has overrun.",
            "Most of the Varn Front's ammunition came from Peruvian police stations that its fighters raided in 2027.",
            "The Varn Front's mortars originate from Zambian army depots looted by its fighters.",
            "The Varn Front obtained its rifles from Zambian army bases it had stormed."):
        doc = extract(text)
        assert not claims(doc, "ArmsTransfer"), (text, _transfers(doc))


def test_arms_from_a_supplier_that_sold_them_are_still_supplied(extract):
    doc = extract("Most of the Varn Front's rifles came from the Zambian army, which sold them in 2027.")
    assert ("zambia-armed-forces", "varn-front") in _transfers(doc), _transfers(doc)
