"""(round 27) A town and the district named after it: "operates in the Goundam and Niafunké cercles" and
"near the town of Goundam" name two places, a region and its chief town. The finder gives both forms to one
entity ("Goundam", also "Goundam Cercle"); when a bare mention of the name has a cue that makes it a town
(``namesake_town_cues`` in lexicon/language.yaml: "the town of X", "X town", "10 km east of X", "officials
in X"), the region becomes an entity of its own, "X <noun>", and keeps the mentions written with its noun;
the bare mentions are the town's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language, name_regex
from .mentions import Entity, slug
from .places import region_nouns

_PLACES = ("Region", "Settlement")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    """The cues before a bare name and after it (language.yaml ``namesake_town_cues``)."""
    cues = language()["namesake_town_cues"]
    before = re.compile(r"\b(?:" + "|".join(cues["before"]) + r") $")
    after = re.compile(r"^ (?:" + "|".join(cues["after"]) + r")\b")
    return before, after


@lru_cache(maxsize=8)
def _after(nouns: str) -> re.Pattern:
    """The pattern of :func:`_noun_after` for one alternation of region nouns (built once per lexicon)."""
    name = name_regex(language()["place_particles"], 0, 3)
    # (round 37) only the noun in any case: "X and the lake district" joins no name "the" to X
    return re.compile(r"(?:(?:, " + name + r")*,? (?:and|or) " + name + r")? (?:[a-z]+ )?(?i:" + nouns + r")\b")


def _noun_after(text: str, end: int, nouns: str) -> bool:
    """True when the region noun follows the name, perhaps after other names joined to it ("X and Y
    cercles", "X, Y and Z districts") or one lower-case word ("X hill districts")."""
    return bool(_after(nouns).match(text[end:end + 160]))


def _noun_before(text: str, start: int, nouns: str) -> bool:
    """True for "the districts of X and Y", "the X district's" is :func:`_noun_after`'s."""
    return bool(re.search(r"\b(?:" + nouns + r") of (?:the )?(?:[\w'’ -]+(?:,|,? and) )?$", text[max(0, start - 80):start],
                          re.I))


@lru_cache(maxsize=1)
def _nouns() -> tuple[list[str], str]:
    """The region nouns, longest first, and their alternation with the plurals (language.yaml ``region_plurals``)."""
    nouns_list = sorted(region_nouns(), key=len, reverse=True)
    return nouns_list, "|".join(re.escape(n) for n in sorted(set(nouns_list) | set(language()["region_plurals"]),
                                                            key=len, reverse=True))


def split_namesakes(finder, per_sentence: list, text: str) -> None:
    """Splits each new place that is both a region ("X <noun>" one of its names) and a town a cue names
    (module doc): the entity becomes the settlement X, a new region "X <noun>" takes the mentions written
    with the noun. Changes ``finder.gaz`` and the mentions in place."""
    gaz = finder.gaz
    nouns_list, nouns = _nouns()
    before, after = _cues()
    for entity in list(gaz.entities.values()):
        if not entity.new or entity.assumed_known or entity.type not in _PLACES:
            continue
        bare = entity.label
        kinds = [n for n in entity.names if n.casefold().startswith(bare.casefold() + " ")
                 and n[len(bare) + 1:].casefold() in nouns_list]
        if not kinds:
            continue
        mine = [m for ms in per_sentence for m in ms if m.entity == entity.id and m.kind != "anaphor"]
        regional, town = [], False
        for m in mine:
            written = text[m.start:m.end]
            if re.match(r" [Cc]ity\b", text[m.end:m.end + 6]):
                continue  # "X city": a name of its own ("west of Tahoua city" says nothing of X)
            if written.casefold() != bare.casefold() or _noun_after(text, m.end, nouns) or \
                    _noun_before(text, m.start, nouns):
                regional.append(m)
            elif before.search(text[max(0, m.start - 60):m.start]) or after.match(text[m.end:m.end + 40]):
                town = True
        if not town or not regional:
            continue
        noun = kinds[0][len(bare) + 1:]
        label = f"{bare} {noun.lower()}"
        ident = slug(label)
        if ident in gaz.entities:
            continue
        gaz.entities[ident] = Entity(ident, "Region", label, [label] + kinds, part_of=list(entity.part_of), new=True)
        entity.names = [n for n in entity.names if n not in kinds]
        entity.type = "Settlement"
        finder.cued.update((ident, entity.id))
        for m in mine:
            m.entity, m.type = (ident, "Region") if m in regional else (entity.id, "Settlement")
        for m in (m for ms in per_sentence for m in ms if m.entity == entity.id and m.kind == "anaphor"):
            regional_word = re.search(r"\b(?:" + nouns + r")\b", m.text, re.I)  # "the district": the region's
            m.entity, m.type = (ident, "Region") if regional_word else (entity.id, "Settlement")
        gaz.refresh()
