"""(round 20) States the lexicon does not list (countries.yaml), told by how the document names them.

A new place or organisation whose name the text uses the way it uses a state's ("the government of X", "X's army",
"X's border with Y", its demonym before "troops" or "authorities", the country of a dateline "TOWN, X, date")
at least twice is a state. Cue words are data: ``unlisted_state`` in lexicon/language.yaml.
"""

from __future__ import annotations

import re

from .lexicon import language

# classes the NER or a cue gives an unlisted state's name
RETYPED = ("Settlement", "Region", "Place", "Organisation")


def demonym_forms(name: str) -> list[str]:
    """The demonyms a state's name makes ("Sorenia": "Sorenian"; "Vaskar": "Vaskari", "Vaskarese", "Vaskarian")."""
    forms = [name + "n", name + "ian", name + "ese", name + "i", name + "an"]
    if name.endswith(("a", "e", "o")):
        forms += [name[:-1] + "an", name[:-1] + "ian", name[:-1] + "ese", name[:-1] + "i"]
    return forms


def state_cues(text: str, name: str) -> int:
    """How many times ``text`` names ``name`` as a state's name (see the module's docstring)."""
    cues = language()["unlisted_state"]
    label = re.escape(name)
    demonyms = "|".join(re.escape(d) for d in demonym_forms(name))
    patterns = (
        r"(?<!" + r")(?<!".join(r"\b" + w + " " for w in cues["not_state_adjectives"]) + r")\b(?i:" +
        "|".join(cues["nouns_of"]) + r") of (?:the )?" + label + r"\b(?!['’-])",
        r"\b" + label + r"['’]s (?i:" + "|".join(cues["nouns_after_possessive"]) + r")\b",
        r"\b(?:" + demonyms + r") (?i:" + "|".join(cues["nouns_after_demonym"]) + r")\b",
        r"\A\s*[A-Z][\w'’ .-]{1,40}, " + label + r",? (?:\(|\d|(?i:" + "|".join(cues["dateline_months"]) + r"))",
    )
    return sum(len(re.findall(p, text)) for p in patterns)


def retype_unlisted_states(entities: list, text: str) -> None:
    """Make ``State`` of each new entity in ``entities`` (a place or organisation of one or two words, no head
    word) the text names as a state at least twice; it belongs to no other place then."""
    for entity in entities:
        words = entity.label.split()
        if entity.type not in RETYPED or not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words) or \
                words[-1] in language()["unlisted_state"]["not_state_heads"]:
            continue
        if state_cues(text, entity.label) >= 2:
            entity.type = "State"
            entity.part_of = []
