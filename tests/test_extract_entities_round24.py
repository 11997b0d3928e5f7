"""Round 24, entities: an international organisation's mission, operation or office keeps the state it sits in
as part of its name and is an international organisation ("the United Nations Assistance Mission in Dorvania");
a noun phrase after a name's comma that is the subject of the clause that follows ("According to X, the Barlo
militia killed ...") or the apposition of the next name ("a report by X, a local trader, Omrin Direk, sold ...") is
no description of the name; a name with a body's head word ("... Institute") never becomes a person by an
apposition; a clause after a name's comma ("X, who leads an armed band", "Y, where fighting between armed groups
...") is no description of the name as an armed group; a name the next words place in a state or region
("Varsoma, in Tanzania,", "Tessa Bakoro, in Mali's Brenna region") is a settlement; a name apposed by a post its
holder once held ("X, a former accountant of Y", "Z, an ex-courier") is a person; the Andean legal form "Cía.
Ltda." ("y Cía. S.A.") stays with its company's name, over the parser's sentence break."""

from __future__ import annotations

from .extract_cases import extract, entity_ids as _ids  # noqa: F401 - extract is a fixture


def _types(doc) -> dict:
    return {e["label"]: e["type"] for e in doc["entities"]}


# ---------------------------------------------------------------- 1. an international mission and its seat
def test_an_international_mission_keeps_its_seat_and_class(extract):
    for text, label in (
            ("The team thanked the United Nations Organization Stabilization Mission in the Republic of Kestria "
             "for logistical support in Varn.",
             "United Nations Organization Stabilization Mission in the Republic of Kestria"),
            ("A report by the United Nations Assistance Mission in Dorvania blamed the Barlo militia for the "
             "killings.", "United Nations Assistance Mission in Dorvania"),
            ("The Panel shares the assessment of the United Nations Mission in Varesk that the Zarin Front "
             "recruits children.", "United Nations Mission in Varesk"),
            ("Soldiers trained by the European Union Training Mission in Kestria were deployed to Tesk on Monday.",
             "European Union Training Mission in Kestria")):
        types = _types(extract(text))
        assert types.get(label) == "InternationalOrganisation", (text, types)
        assert not any(other != label and label.startswith(other) for other in types), (text, types)


def test_a_month_or_a_mission_of_no_international_body_takes_no_seat(extract):
    types = _types(extract("Troops of the European Union Training Mission in March trained 300 soldiers of the "
                           "Kestrian army."))
    assert types.get("European Union Training Mission") == "InternationalOrganisation", types
    types = _types(extract("The Barlo Mission in Tesk, a church charity, fed 400 displaced people."))
    assert not any(t == "InternationalOrganisation" for t in types.values()), types


# ---------------------------------------------------------------- 2. a clause's subject is no apposition
def test_the_subject_after_an_opening_phrase_does_not_describe_the_name_before(extract):
    for text, name in (
            ("According to the Varesk Observatory, the Barlo militia killed 12 people near Tesk.",
             "Varesk Observatory"),
            ("For the Tesk Foundation, the militia remains the main threat to farmers.", "Tesk Foundation"),
            ("According to the Varesk Monitoring Mission, the Barlo militia killed 12 people near Tesk.",
             "Varesk Monitoring Mission"),
            ("In a letter to the Kelmar Trust, the armed group demanded a ransom of 2,000 dollars.", "Kelmar Trust"),
            ("Last year, according to a report by the Varn Policy Centre, a local trader, Omrin Direk, sold the "
             "Kalvo Front 40 rifles.", "Varn Policy Centre")):
        types = _types(extract(text))
        assert types.get(name, "Organisation") == "Organisation", (text, types)


def test_a_true_apposition_still_describes_the_name(extract):
    for text, name, cls in (
            ("The Kalvo Front, an armed group, killed 12 people near Tesk.", "Kalvo Front", "ArmedGroup"),
            ("The attack was claimed by the Zorvan Brotherhood, a militia which operates near Tesk.",
             "Zorvan Brotherhood", "ArmedGroup"),
            ("The Zorvan Brotherhood, the militia that controls the hills, was blamed for the attack.",
             "Zorvan Brotherhood", "ArmedGroup")):
        types = _types(extract(text))
        assert types.get(name) == cls, (text, types)


def test_the_next_names_apposition_gives_that_name_its_class(extract):
    types = _types(extract("Last year, according to a report by the Varn Policy Centre, a local trader, Omrin "
                           "Direk, sold the Kalvo Front 40 rifles."))
    assert types.get("Omrin Direk") == "Person", types
    assert types.get("Varn Policy Centre") != "Person", types


# ---------------------------------------------------------------- 3. a clause after a name's comma is no description
def test_a_relative_clause_with_an_armed_noun_does_not_make_a_group(extract):
    for text, name, cls in (
            ("Tenvoro blamed the raid on fighters loyal to Halvik Droum, who leads an armed band known locally as the "
             "Kurrat Raiders.", "Halvik Droum", "Person"),
            ("Fighters loyal to Idrel Kamaru, whose men formed a militia in 2019, attacked Tesk.", "Idrel Kamaru",
             "Person"),
            ("The Panel focused on Lower Tessaly, where fighting between armed groups and government forces displaced "
             "40,000 people. Lower Tessaly borders the Kalvo hills.", "Lower Tessaly", "Region")):
        types = _types(extract(text))
        assert types.get(name) == cls, (text, types)


def test_a_description_after_the_comma_still_counts(extract):
    for text, name in (
            ("The Kurrat Raiders, one of several armed gangs in the area, attacked Tesk.", "Kurrat Raiders"),
            ("Gunmen of the Sorvo Union, a rebel movement, attacked Tesk on Sunday.", "Sorvo Union")):
        types = _types(extract(text))
        assert types.get(name) == "ArmedGroup", (text, types)


# ---------------------------------------------------------------- 4. a name the next words place in a state
def test_a_name_placed_in_a_state_or_region_is_a_place(extract):
    for text, name in (
            ("The barge had arrived from Varsoma, in Tanzania, on 16 November, carrying 40 rifles for the Kalvo "
             "Front. Varsoma is a lake port.", "Varsoma"),
            ("The note instructs the haulier to carry the rifles to Tessa Bakoro, in Mali's Brenna region, for the "
             "Kalvo Front, which operates around Tessa Bakoro.", "Tessa Bakoro"),
            ("The shipment left Port Elvara, in Kenya's Osperi county, on a dhow bound for the Kalvo Front. The dhow "
             "returned to Port Elvara in May.", "Port Elvara")):
        types = _types(extract(text))
        assert types.get(name) == "Settlement", (text, types)


def test_a_body_or_a_person_in_a_state_stays_what_it_is(extract):
    for text, name, cls in (
            ("Kervan Logistics Ltd, in Kenya, declined to comment on the rifles.", "Kervan Logistics Ltd", "Company"),
            ("Officials questioned Ameli Yorsat, in Tanzania, on Monday.", "Ameli Yorsat", "Person"),
            ("The Varn Observatory, in Tanzania since 2019, counted 40 attacks by the Kalvo Front.",
             "Varn Observatory", "Organisation")):
        types = _types(extract(text))
        assert types.get(name) == cls, (text, types)


# ---------------------------------------------------------------- 5. a post once held
def test_a_name_apposed_by_a_former_post_is_a_person(extract):
    for text, name in (
            ("The ministry removed Dovan Velkari Munez, a former accountant of the Kalvo Front, from the list.",
             "Dovan Velkari Munez"),
            ("In a separate action, OFAC removed Ilvana Maret Quisbe Orlan, a former Kalvo Front negotiator, from its list.",
             "Ilvana Maret Quisbe Orlan"),
            ("The court convicted Tomek Rovas Ilbarre, an ex-courier for the Kalvo Front, of smuggling rifles.",
             "Tomek Rovas Ilbarre")):
        types = _types(extract(text))
        assert types.get(name) == "Person", (text, types)


def test_a_body_apposed_by_a_former_post_stays_a_body(extract):
    for text, name, cls in (
            ("The Varn Trading Company, a former supplier of the Kalvo Front, denied the charge.",
             "Varn Trading Company", "Company"),
            ("The Ostra Research Institute, a former partner of the ministry, counted 40 attacks.",
             "Ostra Research Institute", "Organisation")):
        types = _types(extract(text))
        assert types.get(name) == cls, (text, types)


# ---------------------------------------------------------------- 6. the Andean "Cía. Ltda." is one legal form
def test_the_andean_company_form_stays_with_its_name(extract):
    for text, label in (
            ("On 9 March, the ministry froze the bank accounts of Ferretería Kelvar Cía. Ltda., a hardware shop in "
             "Tesk, and of its owner, Dovan Velkari Munez.", "Ferretería Kelvar Cía. Ltda."),
            ("Investigators said Importadora Zelmar Cía. Ltda. shipped 40 rifles to the Kalvo Front in May.",
             "Importadora Zelmar Cía. Ltda."),
            ("The rifles were bought from Armas Olvero y Cía. S.A., a gun shop in Tesk.", "Armas Olvero y Cía. S.A.")):
        types = _types(extract(text))
        assert types.get(label) == "Company", (text, types)
        assert not any(t == "Person" for n, t in types.items() if n in label), (text, types)


def test_a_sentence_after_a_name_without_the_form_stays_apart(extract):
    doc = extract("The rifles came from Armas Olvero Trading Ltd. Its owner, Dovan Velkari Munez, denied the sale.")
    types = _types(doc)
    assert types.get("Armas Olvero Trading Ltd.") == "Company" or types.get("Armas Olvero Trading Ltd") == "Company", \
        types
    assert types.get("Dovan Velkari Munez") == "Person", types
