"""(round 35) A river named bare after a crossing or a river's course ("across the Orinoco", "up the Ubangi",
"crossed the Black Volta", "on the east bank of the White Nile"): a place, whatever the NER made of it.
The cues are data (``bare_water_cues`` in lexicon/language.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language


@lru_cache(maxsize=1)
def bare_water() -> re.Pattern:
    """The cue, "the", then a name of one or two capitalised words (group 1) that no capitalised word, possessive
    or common noun follows: "across the Kelmar border" names a border, not a river."""
    lex = language()
    cues = "|".join(sorted(lex["bare_water_cues"], key=len, reverse=True))
    return re.compile(r"\b(?:" + cues + r")\s+the\s+([A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*)?)"
                      r"(?=\s*[,.;:)]|\s*$|\s+(?:" + "|".join(lex["bare_water_after"]) + r")\b)")


def bare_waters(finder, sentence, taken: list) -> list[tuple[int, int, str]]:
    """(start, end, name) of each bare river of ``sentence`` that no mention of ``taken`` covers and that names
    no state, demonym, opening word (``not_river_names``) or world region ("across the Sahara")."""
    out = []
    lex = language()
    for match in bare_water().finditer(sentence.text):
        name = match.group(1)
        start, end = sentence.start + match.start(1), sentence.start + match.end(1)
        if name in finder.countries or name in finder.demonyms or name in lex["not_river_names"] or \
                name in lex["world_regions"] or \
                any(not (end <= m.start or start >= m.end) for m in taken):
            continue
        out.append((start, end, name))
    return out
