"""Classes of new-entity errors from heldout41 (round 39, issue #12), each with fictional texts of its
own and negative controls: a numbered instrument whose number carries a dot or a dash ("Law No. 4.117",
"Decree No. 2031-77") is named whole, with its issuing kind ("Sovereign Ordinance") and its date."""

from __future__ import annotations

import pytest

from .extract_cases import extract  # noqa: F401 - extract is a fixture


def _labels(doc, kind):
    return {e["label"] for e in doc["entities"] if e["type"] == kind}


# ---------------------------------------------------------------- 1. numbered instruments: dotted / dashed numbers
@pytest.mark.parametrize("text, label", [
    ("On Monday the Treasury froze the accounts of Norvale Minerals SA under Law No. 4.117 of 12 March 2011.",
     "Law No. 4.117 of 12 March 2011"),
    ("On Monday the cabinet adopted Ministerial Decree No. 2031-77, freezing the assets of Norvale Minerals SA.",
     "Ministerial Decree No. 2031-77"),
    ("The bank blocked the funds of Norvale Minerals SA pursuant to Sovereign Ordinance No. 5.902 on Monday.",
     "Sovereign Ordinance No. 5.902"),
    ("The ministry froze the funds of Norvale Minerals SA under Decision No. 45 of 3 June 2027, officials said.",
     "Decision No. 45 of 3 June 2027"),
])
def test_a_numbered_instrument_is_named_whole(extract, text, label):
    doc = extract(text)
    assert label in _labels(doc, "LegalInstrument"), doc["entities"]


def test_a_sentence_final_number_keeps_its_full_stop_out(extract):
    # negative control: a full stop after the number ends the sentence, it adds no part to the number
    doc = extract("The Treasury froze the accounts of Norvale Minerals SA under Law No. 4117. The firm denied wrongdoing.")
    assert "Law No. 4117" in _labels(doc, "LegalInstrument"), doc["entities"]


def _types(doc):
    return {e["label"]: e["type"] for e in doc["entities"]}


# ---------------------------------------------------------------- 2. "X, a <modifier> band / gang": an armed group
@pytest.mark.parametrize("text, name", [
    ("Villagers blamed the raid on the Rano Maitso, a cattle-raiding band, on Tuesday.", "Rano Maitso"),
    ("We attribute the killings to the Loha Mainty, a dahalo band from the hills.", "Loha Mainty"),
    ("Police said the attack was the work of the Voro Mena, a criminal gang, and arrested two men.", "Voro Mena"),
])
def test_a_band_or_gang_in_apposition_is_an_armed_group(extract, text, name):
    assert _types(extract(text)).get(name) == "ArmedGroup", extract(text)["entities"]


def test_a_band_before_a_name_gives_no_group(extract):
    # negative control: "a band" that does not stand in apposition to the name types nothing
    doc = extract("A band of armed men attacked Ambatomena village on Tuesday, residents said.")
    assert "ArmedGroup" not in _types(doc).values(), doc["entities"]


# ---------------------------------------------------------------- 3. "the X pass": a place
@pytest.mark.parametrize("text, alias", [
    ("Since August the band has held the Belamba pass on the cattle trail, where it collects a fee.", "Belamba pass"),
    ("The militia seized the Korvasi pass on the road to the coast in March, officials said.", "Korvasi pass"),
    ("Since May the rebels have controlled the Tazrin mountain pass, residents said.", "Tazrin mountain pass"),
])
def test_a_named_pass_is_a_place(extract, text, alias):
    doc = extract(text)
    places = [e for e in doc["entities"] if e["type"] == "Place" and alias in (e.get("aliases") or []) + [e["label"]]]
    assert places, doc["entities"]


# ---------------------------------------------------------------- 4. a control post whose holder speaks: a Role
@pytest.mark.parametrize("text, role", [
    ("The Sakaly Front raided two villages. Its leader, Randria Koto, told a radio station on Monday that his men "
     "had not been there.", "leader"),
    ("The Mena Vato Front was blamed for the raid. The group's leader, Lova Rasoa, said on Monday that the "
     "group had played no part.", "leader"),
    ("Villagers blamed the Mena Loha band. The band's leader, Bota Rakoto, known as \"Zaza\", denied that his men had "
     "been in the village.", "leader"),
])
def test_a_control_post_whose_holder_speaks_is_a_role(extract, text, role):
    doc = extract(text)
    assert role in {e["label"] for e in doc["entities"] if e["type"] == "Role"}, doc["entities"]


def test_an_owner_who_speaks_is_no_role(extract):
    # negative control: an owner's post is Control of his firm (older gold files list no Role for it)
    doc = extract("Vakana Haulage SARL carried the arms. Its owner, Hery Rabe, denied that his trucks had carried weapons.")
    assert "owner" not in {e["label"] for e in doc["entities"] if e["type"] == "Role"}, doc["entities"]


def test_a_control_post_whose_holder_does_not_speak_is_no_role(extract):
    # negative control: the post is Control of the body; with no statement of his it names no role
    doc = extract("The Sakaly Front raided two villages in March. Its leader, Randria Koto, was arrested in May.")
    assert "leader" not in {e["label"] for e in doc["entities"] if e["type"] == "Role"}, doc["entities"]


@pytest.mark.parametrize("text, post", [
    ("Norvale Minerals SA supplied the rifles. The company's director, Paul Andrimanjaka, said on Monday that the "
     "firm sells nothing but ore.", "director"),
    ("The Belamba brigade was deployed in May. Its commander, General Jean Rakoto, said on Tuesday that more troops "
     "would arrive.", "commander"),
    ("The commander of the Belamba Cattle Guard, Koto Rabe, told reporters in April that his men had fired first.",
     "commander"),
])
def test_a_speaking_director_or_commander_is_no_role(extract, text, post):
    # negative control (round 39 narrowing): older gold files code a director's or commander's post as Control only
    doc = extract(text)
    assert post not in {e["label"] for e in doc["entities"] if e["type"] == "Role"}, doc["entities"]
