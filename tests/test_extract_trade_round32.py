"""Round 32, trade area (sanctions), tuned on heldout34.

1. "The Council of Ministers adopted an Agreement freezing the funds of X": who adopted the agreement acts by it
   (verbs.yaml ``instrument_nouns`` has "agreement").
2. "the funds of A (AB), an armed group from X, of its commander, B, and of its treasurer, C": the list goes on past
   the name's abbreviation and description (slotlists.py ``_DESCRIBED``).
"""
from __future__ import annotations

import pytest

from .extract_cases import extract, claims, measures  # noqa: F401

FRONT = "The Korvo Front is an armed group active in the east. "


def _measures(doc) -> set:
    return {(m.get("authority"), tuple(sorted(m.get("targets") or []))) for m in measures(doc)}


# ---------------------------------------------------------------- 1. "adopted an Agreement freezing"
@pytest.mark.parametrize("text", [
    FRONT + "The Government of Canada yesterday adopted an Agreement freezing the funds of the Korvo Front.",
    FRONT + "On Friday the Government of Canada approved an agreement freezing the assets of the Korvo Front.",
    FRONT + "The Government of Canada signed an Agreement blocking the bank accounts of the Korvo Front.",
])
def test_who_adopts_an_agreement_freezing_funds_imposes_the_freeze(extract, text):
    doc = extract(text)
    assert ("canada", ("korvo-front",)) in _measures(doc), _measures(doc)


def test_an_agreement_criticised_is_no_act_of_the_critic(extract):
    """Negative control: criticising the agreement is no adoption of it."""
    doc = extract(FRONT + "The Government of Canada criticised an agreement freezing the funds of the Korvo Front.")
    assert not any(m.get("authority") == "canada" for m in measures(doc)), _measures(doc)


# ---------------------------------------------------------------- 2. the list past "(AB), an armed group from X,"
@pytest.mark.parametrize("text", [
    "The Government of Canada froze the funds of the Korvo Front (KF), an armed group from Ruritania's province "
    "of Vessa, of its commander, Tomas Arvel Drin, and of its treasurer, Mirela Osk Vant.",
    "The Government of Canada froze the assets of the Korvo Front (KF), a gang active in Ostrava, "
    "of its leader, Tomas Arvel Drin, alias \"Tomo\", and of its treasurer, Mirela Osk Vant.",
    "The Government of Canada froze the funds of the Korvo Front (KF), a militia from Karsk province, "
    "of its commander, Tomas Arvel Drin, alias \"the Hawk\", and of its treasurer, Mirela Osk Vant.",
])
def test_listed_targets_after_an_abbreviation_and_a_description(extract, text):
    doc = extract(text)
    want = ("canada", ("korvo-front", "mirela-osk-vant", "tomas-arvel-drin"))
    assert want in _measures(doc), _measures(doc)


def test_a_name_inside_another_phrase_is_no_listed_target(extract):
    """Negative control: a person who only fought the group is no target."""
    doc = extract("The Government of Canada froze the funds of the Korvo Front (KF), an armed group from the Vessa "
                  "valley. Its fighters were driven out by the troops of Tomas Arvel Drin.")
    assert all("tomas-arvel-drin" not in (m.get("targets") or []) for m in measures(doc)), _measures(doc)


# ---------------------------------------------------------------- 3. "Its spokesperson" after the body that spoke
def _post_bodies(doc) -> set:
    return {(c.get("member"), c.get("organisation")) for c in claims(doc, "Membership")}


@pytest.mark.parametrize("text", [
    "Customs officers said the rifles were bound for the Korvo Syndicate, an armed gang operating among gold diggers "
    "of the Vessa province. The Ruritanian Republic Police, which has sent two detectives to Beira, said in a "
    "statement that the syndicate was active in the Osk district. Its national spokesperson, Inspector Dara Velt "
    "Omsk, said that the gang had been led since 2027 by Edmore Kufa Vant.",
    "Investigators believe the drones were meant for the Korvo Syndicate, an armed group active in the Vessa "
    "province. The Ruritanian Republic Police said on Monday that the syndicate had moved its camps to the east. "
    "Its spokesman, Superintendent Dara Velt Omsk, said that the group was recruiting.",
    "The rifles were sold to the Korvo Syndicate, an armed gang operating in the Vessa province. The Ruritanian "
    "Republic Police told reporters on Friday that the syndicate had attacked a convoy near Osk. Its spokesperson, "
    "Dara Velt Omsk, said five drivers were missing.",
])
def test_its_spokesperson_after_a_body_that_spoke_is_that_body_s(extract, text):
    doc = extract(text)
    bodies = _post_bodies(doc)
    assert ("dara-velt-omsk", "ruritanian-republic-police") in bodies, bodies
    assert ("dara-velt-omsk", "korvo-syndicate") not in bodies, bodies


def test_its_spokesperson_after_a_gang_named_as_subject_is_the_gang_s(extract):
    """Negative control: the sentence before has the gang for its subject."""
    doc = extract("The Ruritanian Republic Police has fought the Korvo Syndicate, an armed gang based in the Vessa "
                  "province, since 2027. The Korvo Syndicate said that it had attacked a convoy. Its spokesperson, "
                  "Dara Velt Omsk, said five drivers were missing.")
    bodies = _post_bodies(doc)
    assert ("dara-velt-omsk", "ruritanian-republic-police") not in bodies, bodies


# ---------------------------------------------------------------- 4. "the company's aircraft flew rifles to X"
def _transfers(doc) -> set:
    return {(c.get("supplier"), c.get("recipient")) for c in claims(doc, "ArmsTransfer")}


@pytest.mark.parametrize("text", [
    FRONT + "Vantor Air Cargo Ltd. is a charter company based in Osk. Investigators say that the company's "
    "aircraft flew rifles and ammunition to a dirt airstrip near Osk for the Korvo Front on six occasions.",
    FRONT + "Vantor Air Cargo Ltd. is a charter company based in Osk. The company's planes carried mortar bombs "
    "to the Korvo Front in May.",
    FRONT + "Vantor Air Cargo Ltd. is a haulage company based in Osk. Police said that the firm's lorries "
    "delivered rifles to the Korvo Front last year.",
])
def test_the_owner_of_the_craft_that_carried_arms_supplied_them(extract, text):
    doc = extract(text)
    assert ("vantor-air-cargo-ltd", "korvo-front") in _transfers(doc), _transfers(doc)


def test_the_owner_of_craft_that_carried_no_arms_supplied_none(extract):
    """Negative control: the craft carried sugar."""
    doc = extract(FRONT + "Vantor Air Cargo Ltd. is a charter company based in Osk. Investigators say that the "
                  "company's aircraft flew sugar and flour to a dirt airstrip for the Korvo Front.")
    assert not _transfers(doc), _transfers(doc)


# ---------------------------------------------------------------- 5. "the government spokeswoman, X"
MALI = ("Gunmen killed nine traders in the town of Osk in central Mali on Monday. The Malian Armed Forces, "
        "deployed in Osk since May, blamed the Korvo Front. ")


@pytest.mark.parametrize("text", [
    MALI + "In Bamako, the government spokeswoman, Dara Velt Omsk, said Mali would send a judge to Osk.",
    MALI + "The government spokesman, Dara Velt Omsk, told state radio that the Front had two hundred fighters.",
    MALI + "A government spokesperson, Dara Velt Omsk, said on Tuesday that troops had been sent to the town.",
])
def test_a_government_spokesperson_holds_a_post_of_the_state(extract, text):
    doc = extract(text)
    bodies = _post_bodies(doc)
    assert ("dara-velt-omsk", "mali") in bodies, bodies


def test_a_spokesperson_of_an_unnamed_body_holds_no_post_of_the_state(extract):
    """Negative control: a mission spokesman is no state's."""
    doc = extract(MALI + "A mission spokesman, Dara Velt Omsk, said the toll could rise.")
    bodies = _post_bodies(doc)
    assert ("dara-velt-omsk", "mali") not in bodies, bodies


def test_a_government_spokesman_named_by_his_office_holds_that_office_only(extract):
    """Negative control: "A government spokesman, Minister of Communication X": no spokesman's post."""
    doc = extract(MALI + "A government spokesman, Minister of Communication Dara Velt Omsk, said the army respects "
                  "the law.")
    assert not any(c.get("role") == "spokesman" for c in claims(doc, "Membership")), _post_bodies(doc)


def test_a_government_spokesman_named_by_no_one_speaks_for_no_state(extract):
    """Negative control: "A government spokesman in X said": no name apposed, left as before."""
    doc = extract(MALI + "A government spokesman in Bamako said the matter was under review.")
    assert not claims(doc, "Membership"), _post_bodies(doc)
    assert not any(s.get("speaker") == "mali" for s in doc.get("statements") or []), doc.get("statements")
