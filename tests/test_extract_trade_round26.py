"""Round 26, trade: a sanctions list whose third name follows a kind of business written with a demonym or a
place ("and the Varnish haulage company C", "and the Korsa fuel distributor C") or whose first name has a
description naming a place ("A, a pharmacy in Tolvo, and of its owner, B"; "on A, a group active in X's
province, on its commander, B") gives every listed name; the description's place is no target. A pronoun whose
latest antecedent is the source a claim is credited to ("..., according to the Board. Its director, X";
"According to the Panel, it is led by X") does not make X control that source. "which" after a description
with a place ("X, a company based in Y, which sold them to Z") stands for X; a middleman's own purchase of the
arms it sells on in the same sentence ("imported by X, which sold them to Z") is no transfer to it."""

from __future__ import annotations

from .extract_cases import claims, extract, measures  # noqa: F401 - extract is a fixture


def _targets(doc) -> list:
    return [set(m.get("targets") or []) for m in measures(doc)]


# ---------------------------------------------------------------- 1. the kind of business before a listed name
def test_a_listed_name_after_a_kind_written_with_a_demonym_or_a_place(extract):
    for text, want in (
            ("The Sanctions Board of Norway decided on Monday to freeze the funds of the armed group Front des "
             "Veilleurs de l'Azawak, its leader Osric Dallo and the Nigerien haulage company Anou Sahel Logistique "
             "SARL, under Law No. 12 of 2019.",
             {"front-des-veilleurs-de-l-azawak", "osric-dallo", "anou-sahel-logistique-sarl"}),
            ('On 4 March, the Office of Foreign Assets Control (OFAC) designated the Varn Liberation Front, its '
             'leader Osric Dallo Marquez, known as "El Lobo", and the Tampico fuel distributor Kaldo Fuels S.A. '
             'under Executive Order 14059.',
             {"varn-liberation-front", "osric-dallo-marquez", "kaldo-fuels-s-a"}),
            ("Norway has frozen the assets of the Front des Veilleurs de l'Azawak and the Malian freight "
             "forwarder Anou Sahel Transit SARL. The decision enters into force on Friday.",
             {"front-des-veilleurs-de-l-azawak", "anou-sahel-transit-sarl"})):
        doc = extract(text)
        assert any(want <= t for t in _targets(doc)), (text, _targets(doc))


# ---------------------------------------------------------------- 2. a place inside a listed name's description
def test_a_listed_name_after_a_description_with_a_place(extract):
    for text, want in (
            ("On 9 March, Ecuador's Financial Intelligence Office froze the bank accounts of Armas del Oriente "
             "Cia. Ltda., a gun shop in Tarapoa, and of its owner, Julio Cesar Andrade Vela.",
             {"armas-del-oriente-cia-ltda", "julio-cesar-andrade-vela"}),
            ("The Council of Ministers imposed restrictive measures on the Frente del Varn, an armed group active "
             "in Peru's Loreto region, on its commander, Osric Dallo Marquez, and on its treasurer, Bela "
             "Tornqvist.",
             {"frente-del-varn", "osric-dallo-marquez", "bela-tornqvist"}),
            ("Norway imposed an asset freeze on the Front des Veilleurs de l'Azawak, a militia based near Gao, "
             "and on its commander, Osric Dallo.",
             {"front-des-veilleurs-de-l-azawak", "osric-dallo"})):
        doc = extract(text)
        assert any(want <= t for t in _targets(doc)), (text, _targets(doc))
        assert not any(t & {"tarapoa", "loreto", "loreto-region", "peru", "gao"} for t in _targets(doc)), _targets(doc)


def test_a_place_after_the_list_is_still_no_target(extract):
    # negative control: a place or a speaker after the list, with no title and name after it, joins no list
    for text in ("Norway froze the assets of the Front des Veilleurs de l'Azawak, a militia active in Gao, "
                 "the ministry said on Friday.",
                 "Norway froze the assets of the Front des Veilleurs de l'Azawak and the Malian town of Gao."):
        doc = extract(text)
        assert _targets(doc) and not any(t & {"gao", "mali"} for t in _targets(doc)), (text, _targets(doc))


# ---------------------------------------------------------------- 3. "according to X" is no antecedent of "its"
def _controls(doc) -> set:
    return {(c.get("controller"), c.get("controlled")) for c in claims(doc, "Control")}


def test_the_source_of_according_to_is_not_what_its_head_controls(extract):
    for text, source in (
            ("The Varn Front operates in the Tolvo and Marsk districts. According to the Monitoring Commission, it is "
             "led by a former mayor, Osric Dallo.", "monitoring-commission"),
            ("Anou Sahel Transit SARL, based in Gao, delivered rifles to the Varn Front in 2024, according to the "
             "Sanctions Board. Its managing director, Osric Dallo, is also listed by the Board today.",
             "sanctions-board"),
            ("The Varn Front operates in the Tolvo district. According to the Kestrel Observatory, its commander is "
             "Bela Tornqvist.", "kestrel-observatory")):
        doc = extract(text)
        assert not any(c == source for _, c in _controls(doc)), (text, _controls(doc))


def test_the_head_of_the_body_named_before_still_controls_it(extract):
    # negative control: the company that is the subject before "Its managing director", a source with the
    # controlled group named in full
    doc = extract("The Kestrel Trading Company, based in Gao, delivered rifles to the Varn Front. Its managing "
                  "director, Osric Dallo, was listed today.")
    assert ("osric-dallo", "kestrel-trading-company") in _controls(doc), _controls(doc)
    doc = extract("According to the Panel of Experts, the Varn Front is led by Osric Dallo.")
    assert ("osric-dallo", "varn-front") in _controls(doc), _controls(doc)


# ---------------------------------------------------------------- 4. "X, a firm based in Y, which sold them to Z"
def _transfers(doc) -> set:
    return {(c.get("supplier"), c.get("recipient")) for c in claims(doc, "ArmsTransfer")}


def test_which_after_a_description_with_a_place_stands_for_the_name(extract):
    for text in (
            "The rifles formed part of a consignment imported through Berbera in 2024 by Kestrel Trading Ltd., a "
            "company based in Berbera, which sold them to the Varn Front through a broker in Tolvo.",
            "Investigators traced the order to Kestrel Trading Ltd., a firm registered in Tolvo, which delivered 40 "
            "rifles to the Varn Front in May.",
            "The mortars had been bought by Kestrel Trading Ltd., a dealer registered in Tolvo, which shipped them "
            "to the Varn Front in May."):
        doc = extract(text)
        assert ("kestrel-trading-ltd", "varn-front") in _transfers(doc), (text, _transfers(doc))


def test_a_place_that_supplies_is_still_no_supplier(extract):
    # negative control: "which" after a town's description stands for no organisation
    doc = extract("Rebels attacked Marsk, a town near Tolvo, which supplied rifles to the Varn Front.")
    assert not any(s for s, _ in _transfers(doc)), _transfers(doc)


# ---------------------------------------------------------------- 5. the middleman's own purchase
def test_the_import_of_a_middleman_who_sells_the_arms_on_is_no_transfer(extract):
    for text in (
            "The rifles formed part of a consignment imported through Berbera in 2024 by Kestrel Trading Ltd., a "
            "company based in Berbera, which sold them to the Varn Front through a broker in Tolvo.",
            "The grenades were imported by Kestrel Trading Ltd., which then sold them to the Varn Front.",
            "The mortars had been bought by Kestrel Trading Ltd., a dealer registered in Tolvo, which shipped them "
            "to the Varn Front in May."):
        doc = extract(text)
        assert (None, "kestrel-trading-ltd") not in _transfers(doc), (text, _transfers(doc))


def test_an_import_of_other_arms_stays(extract):
    # negative control: the middleman sold other arms on; its own import of rifles stays a transfer
    doc = extract("Customs seized 40 rifles imported by Kestrel Trading Ltd. in March; the company had sold pistols "
                  "to the Varn Front in 2023.")
    assert (None, "kestrel-trading-ltd") in _transfers(doc), _transfers(doc)



# ---------------------------------------------------------------- 6. the head of a customs office
def test_the_head_of_a_service_controls_the_office_the_text_names(extract):
    for text, pair in (
            ('Officers of the Regional Directorate of Customs of Tolvo seized rifles on Friday. "This is a record," '
             'said the Regional Director of Customs of Tolvo, Marta Oslin Vega.',
             ("marta-oslin-vega", "regional-directorate-of-customs-of-tolvo")),
            ('Officers of the Directorate General of Customs seized rifles in a postal parcel. "These weapons were '
             'meant for the Varn Front," said the Director General of Customs, Ousmane Kelo.',
             ("ousmane-kelo", "directorate-general-of-customs")),
            ("Officers of the Tolvo Customs Administration of the National Customs Service seized pistols at the "
             "border. The Regional Administrator of Customs for Tolvo, Marta Oslin Vega, told reporters the "
             "pistols were bound for the Varn Front.",
             ("marta-oslin-vega", "tolvo-customs-administration"))):
        doc = extract(text)
        assert pair in _controls(doc), (text, _controls(doc))


def test_a_service_head_without_the_office_named_or_of_the_police_controls_nothing(extract):
    # negative controls: no customs office named; a police commissioner (not settled); a deputy
    for text in ('Customs officers seized rifles. "It is a record," said the Director General of Customs, Ousmane '
                 'Kelo.',
                 'Officers of the Tolvo Police Service seized rifles. "It is a record," said the Commissioner of '
                 'Police for Tolvo, Marta Oslin Vega.',
                 'Officers of the Directorate General of Customs seized rifles. "It is a record," said the Deputy '
                 'Director General of Customs, Ousmane Kelo.'):
        doc = extract(text)
        assert not _controls(doc), (text, _controls(doc))


def test_a_regional_head_heads_no_office_of_another_place(extract):
    # negative control: the office named before is another place's
    doc = extract("Officers of the Tolvo Customs Administration seized pistols at the border. The Regional "
                  "Administrator of Customs for Marsk, Marta Oslin Vega, told reporters the pistols were bound for "
                  "the Varn Front.")
    assert ("marta-oslin-vega", "tolvo-customs-administration") not in _controls(doc), _controls(doc)


# ---------------------------------------------------------------- 7. one measure read twice, once with fewer targets
def test_a_measure_read_again_with_more_targets_is_one_measure(extract):
    for text in (
            "The Government of Croatia today adopted a Decision on restrictive measures concerning the Tolvo "
            "province of Ruritania, freezing the funds and economic resources of the armed group Varn Front (VF), its "
            "commander Osric Dallo and the Marsk-based company Kestrel Trading d.o.o.",
            "Norway imposed sanctions on the Varn Front on Monday, freezing the assets of the Varn Front and its "
            "leader, Osric Dallo.",
            "The Council of the European Union adopted restrictive measures against the Varn Front on Monday, "
            "freezing the funds of the Varn Front, its commander Osric Dallo and its financier Bela Tornqvist."):
        doc = extract(text)
        targets = _targets(doc)
        assert len(targets) == 1 and {"varn-front", "osric-dallo"} <= targets[0], (text, targets)


def test_measures_of_another_status_or_authority_stay_apart(extract):
    # negative controls: a freeze lifted and a ban imposed; two authorities
    doc = extract("On Monday Norway lifted its freeze on the Varn Front and imposed a travel ban on the Varn Front and "
                  "Osric Dallo.")
    assert sorted(m.get("status") for m in measures(doc)) == ["imposed", "lifted"], measures(doc)
    doc = extract("The Office of Foreign Assets Control designated the Varn Front under Executive Order 13224, and the "
                  "Department of State designated the Varn Front and Osric Dallo under Executive Order 14059.")
    assert len({m.get("authority") for m in measures(doc)}) == 2, measures(doc)
