"""Classes of event errors from heldout41 (round 39, issue #12), each with fictional sentences of its own and a
negative control."""

from __future__ import annotations

import pytest

from .extract_cases import claims, extract  # noqa: F401 - extract is a fixture


def _operators(doc) -> set:
    return {c.get("actor") for c in claims(doc, "Operation")}


# --------------------- 1. "X, a dahalo band ... The band has operated in": X (the NER's place), not the other group
def _two_groups(vigilance: str, band: str, noun: str, acts: str) -> str:
    return (f"Members of the {vigilance}, a village vigilance group, beat two herders to death. We attribute the "
            f"raid on Ambohitsara to the {band}, a {noun}.\n\nThe {band}. The {noun.split()[-1]} {acts}")


@pytest.mark.parametrize("text,group", [
    (_two_groups("Vondrona Miaro Ambalabe", "Tafika Maintso", "dahalo band",
                 "has operated in the Betroka and Isoanala districts since 2026."), "tafika-maintso"),
    (_two_groups("Vondrona Miaro Sandravola", "Tafika Maintso", "cattle-raiding band",
                 "has operated in the Betroka and Isoanala districts since 2025."), "tafika-maintso"),
    (_two_groups("Vondrona Miaro Ambalabe", "Tafika Maintso", "cattle-rustling gang",
                 "has operated in the Betroka and Isoanala districts since 2024."), "tafika-maintso"),
])
def test_the_band_is_the_name_apposed_to_band(extract, text, group):
    doc = extract(text)
    assert group in _operators(doc), claims(doc, "Operation")


@pytest.mark.parametrize("band", ["Tafika Fotsy", "Miaramila Mena"])
def test_the_band_is_never_the_vigilance_group(extract, band):
    doc = extract(_two_groups("Vondrona Miaro Ambalabe", band, "cattle-raiding band",
                              "has operated in the Betroka and Isoanala districts since 2025."))
    assert "vondrona-miaro-ambalabe" not in _operators(doc), claims(doc, "Operation")


def test_the_group_after_a_vigilance_group_is_still_that_group(extract):
    # negative control: "the group" after the only name apposed to "group" is that group
    doc = extract("Members of the Vondrona Miaro Ambalabe, a village vigilance group, beat two herders to death."
                  "\n\nThe group has operated in the Betroka and Isoanala districts since 2026.")
    assert "vondrona-miaro-ambalabe" in _operators(doc), claims(doc, "Operation")


@pytest.mark.parametrize("text", [
    "The Korvel Front has raided villages in Dastra since 2025. The Ombrel Rights Watch, a research group, puts its "
    "strength at 300 fighters.\n\nThe group obtained armed drones from Varnhold Optics Ltd in May.",
    "The Korvel Front has raided villages in Dastra since 2025. Eleven farmers died there in May, according to the "
    "Ombrel Rights Watch, a monitoring group based in Kessara.\n\nVarnhold Optics Ltd sent a shipment of rifles to "
    "the group in June.",
    "The Korvel Front has raided villages in Dastra since 2025. The Ombrel Rights Watch, a human rights group based "
    "in Kessara, counted eleven dead.\n\nVarnhold Optics Ltd delivered armed drones to the group in May.",
])
def test_the_group_is_never_a_monitor_apposed_to_group(extract, text):
    # negative control of rule 1: a name apposed to "a research / monitoring group" is a body of another kind, no
    # antecedent of a later "the group" (the armed group named before keeps it)
    doc = extract(text)
    recipients = {c.get("recipient") for c in claims(doc, "ArmsTransfer")}
    assert "ombrel-rights-watch" not in recipients and "korvel-front" in recipients, claims(doc, "ArmsTransfer")


# ------------------------------------------ 3. "aged sixteen and seventeen": ages, never a force's size nor a toll
@pytest.mark.parametrize("text", [
    "Fighters of the Korvel Front shot dead nine men in Dastra, among them two herders aged sixteen and seventeen.",
    "Fighters of the Korvel Front abducted boys aged 14 to 17 from Dastra, where the Front has 300 fighters.",
    "Fighters of the Korvel Front took away twelve men aged between 20 and 40 from Dastra.",
])
def test_an_age_is_no_count(extract, text):
    doc = extract(text)
    sizes = {c.get("value") for c in claims(doc, "Estimate") if c.get("measure") == "force-size"}
    assert not sizes & {14, 16, 17, 20, 40}, claims(doc, "Estimate")


def test_a_count_after_an_age_is_still_a_count(extract):
    # negative control: a force's size told beside an age
    doc = extract("The Korvel Front, led by a man aged 50, has about 400 fighters in Dastra, according to the army.")
    sizes = {c.get("value") for c in claims(doc, "Estimate") if c.get("measure") == "force-size"}
    assert 400 in sizes and 50 not in sizes, claims(doc, "Estimate")


# ----------------------------------------------- 4. "beat them until they died": a killing by harm, like "to death"
@pytest.mark.parametrize("text", [
    "Kessara, 4 June. Militiamen of the Tarvo Defence Brigade tied three traders to a post in Kessara and beat them "
    "until they died.",
    "Guards of the Tarvo Defence Brigade beat two farmers in Kessara until they died.",
    "Fighters of the Tarvo Defence Brigade stabbed four herders in Kessara until they died.",
])
def test_harm_until_they_died_is_a_killing(extract, text):
    doc = extract(text)
    assert claims(doc, "Atrocity"), claims(doc, "Estimate")


def test_harm_until_they_fled_is_no_killing(extract):
    # negative control: harm that ends in anything but death
    doc = extract("Militiamen of the Tarvo Defence Brigade beat three traders in Kessara until they fled.")
    assert not claims(doc, "Atrocity"), claims(doc, "Atrocity")
