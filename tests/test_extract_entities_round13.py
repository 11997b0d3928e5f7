"""Classes of new-entity errors from heldout12's misses (round 13, issue #12),
each with new fictional sentences of its own and negative controls: the
publisher's own name in a masthead line, a state's demonym the lexicon lacks,
a group's translated name and abbreviation in brackets."""

from __future__ import annotations

from .extract_cases import extract, entity_ids as _ids, entity as _entity  # noqa: F401 - extract is a fixture


# ---------------------------------------------------------------- 1. the publisher's own name
def test_a_monitors_masthead_name_in_its_footer_is_no_proposal(extract):
    doc = extract("Marsh Rights Watch\nField brief No. 2/2025\n\nGunmen of the Kavra Front killed six farmers near "
                  "Dorvani on 2 May, survivors told us.\n\nMarsh Rights Watch is an independent monitoring group "
                  "based in the delta.")
    assert "marsh-rights-watch" not in _ids(doc), _ids(doc)
    assert "kavra-front" in _ids(doc)


def test_a_body_named_in_the_text_and_not_in_the_masthead_stays(extract):
    doc = extract("Weekly digest\n\nThe Kavra Front attacked Dorvani on 2 May. The Marsh Rights Watch said the "
                  "Kavra Front killed six farmers there.")
    assert "marsh-rights-watch" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 2. demonyms
def test_a_demonym_of_a_two_word_state_is_no_person(extract):
    doc = extract('"Our Saint Lucian partners tell us the rifles were bound for the Kavra Front," said Lieutenant '
                  "Orla Benn, a spokeswoman for the navy.")
    assert "saint-lucian" not in _ids(doc), _ids(doc)


def test_a_surname_that_ends_like_a_demonym_is_still_a_person(extract):
    doc = extract("The Kavra Front is led by Tomas Adrian, a former trader, the police said.")
    assert "tomas-adrian" in _ids(doc), _ids(doc)


# ---------------------------------------------------------------- 3. a translated name in brackets
def test_a_translation_and_abbreviation_in_brackets_are_aliases(extract):
    doc = extract("The ministry attributed the raid to the Jamaat Rijal al-Tassili (Men of the Tassili Front, JRT). "
                  "The JRT denied any part in it.")
    group = _entity(doc, "jamaat-rijal-al-tassili")
    assert {"Men of the Tassili Front", "JRT"} <= set(group.get("aliases") or []), group
    assert "tassili-front" not in _ids(doc), _ids(doc)


def test_a_translation_alone_ending_in_a_group_word(extract):
    doc = extract("The army blamed the Liwa Suqur al-Wadi (Falcons of the Valley Brigade) for the ambush near "
                  "Dorvani.")
    group = _entity(doc, "liwa-suqur-al-wadi")
    assert "Falcons of the Valley Brigade" in (group.get("aliases") or []), group


def test_a_place_with_a_local_name_in_brackets_keeps_it_apart(extract):
    doc = extract("Fighting spread from the town of Maro (Old Port of Maro) to Dorvani on Monday, the Kavra Front "
                  "said.")
    for e in doc["entities"]:
        assert "Old Port of Maro" not in (e.get("aliases") or []), e
