"""(round 29) A place's name before a common noun for an armed group ("Sulu armed
group commanders", "act on South Kordofan armed group", "the Jufra militia") where
the document also names that place with a region noun ("the Philippines' Sulu and
Basilan provinces", "Sudan's South Kordofan state"): the words are the place, the
group is unnamed. The group nouns are ``appositives: ArmedGroup`` in
``lexicon/language.yaml``; the region nouns ``region_plurals``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language
from .mentions import Mention
from .nlp import Sentence
from .places import _name, _pattern, region_nouns


@lru_cache(maxsize=1)
def _group_noun() -> str:
    """The alternation of the armed-group nouns, longest first (built once: it is asked for every NER name)."""
    nouns = sorted(language()["appositives"]["ArmedGroup"], key=len, reverse=True)
    return r"(?:" + "|".join(re.escape(n) for n in nouns) + r")\b"


@lru_cache(maxsize=1)
def _singular() -> str:
    """The alternation of the singular region nouns, longest first."""
    return "|".join(re.escape(n) for n in sorted(region_nouns(), key=len, reverse=True))


def named_region(text: str, name: str) -> bool:
    """True when ``text`` names ``name`` with a region noun after it ("South Kordofan state") or among
    names joined before a plural one ("the Sulu and Basilan provinces", "the provinces of Sulu and Tawi")."""
    if re.search(r"(?<![\w'’-])" + re.escape(name) + r" (?:" + _singular() + r")\b", text):
        return True
    for match in _pattern().finditer(text):
        names = match.group("names") or match.group("names2")
        if any(re.sub(r"^[A-Z][\w-]*['’]s? ", "", part.group()) == name for part in re.finditer(_name(), names)):
            return True
    return False


def group_place(finder, sentence: Sentence, start: int, name: str, taken: list[Mention]) -> Mention | None:
    """The mention of the place in "<place> <group noun>" (the NER's name with the noun in it or before it),
    when the document names the place with a region noun (:func:`named_region`); else ``None``."""
    after = sentence.text[start - sentence.start + len(name):]
    cut = re.fullmatch(r"(.+?) " + _group_noun() + r".*", name)
    place = cut.group(1) if cut else name if re.match(r"\s+(?:[a-z-]+\s+)?" + _group_noun(), after) else None
    if not place or not re.fullmatch(r"(?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2}", place) or \
            place in finder.countries or not named_region(finder.text or "", place):
        return None
    end = start + len(place)
    if any(not (end <= m.start or start >= m.end) for m in taken):
        return None
    ident = finder.short_form(place, place_only=True) or finder._new(place, "Region")
    finder.cued.add(ident)
    return Mention(start, end, ident, finder.gaz.entities[ident].type, "new", place)
