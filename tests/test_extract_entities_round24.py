"""Round 24, entities: an international organisation's mission, operation or office keeps the state it sits in
as part of its name and is an international organisation ("the United Nations Assistance Mission in Dorvania")."""

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
