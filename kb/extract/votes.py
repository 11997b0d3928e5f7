"""The class of a new organisation from what the whole document says about it.

A name's head word decides its class when it is first met ("... Council" is a
government body), but the document often says more about the same name
elsewhere: "fighters of X", "X militants", "X's stronghold", "X is one of
several jihadist groups", "Mujahideen" inside the name. This stage counts those
cues over every mention of the entity's names (label, abbreviation, short
forms) in the document and retypes a new Organisation or GovernmentBody to
ArmedGroup when the armed cues reach the threshold and outnumber the cues for
a state's body (``lexicon/type_cues.yaml``). Cues are regular expressions over
the document text, built once per entity and set of names: no re-parsing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import type_cues

# Classes a vote may change: a head word or the NER gave them, the context may overrule them.
VOTABLE = ("Organisation", "GovernmentBody")
# Classes the NER gives a foreign-language group name ("Los Guaraguaos" as a town): only the text
# describing the name itself ("X, an armed gang", "X is a militia") overrules them, as "fighters of
# X" is said of a town as well. Not a person: in "X, led by Y, is an armed group" the words after Y
# describe X.
DESCRIBED_ONLY = ("Place", "Settlement", "Region")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    """(armed name words, state name words, armed context template, state context template);
    the templates hold ``{N}`` for the alternation of the entity's names."""
    cues = type_cues()
    armed, state = cues["armed"], cues["state"]
    armed_words = re.compile(r"(?<![\w-])(?:" + _alt(armed["name_words"]) + r")(?![\w-])")
    state_words = re.compile(r"^(?:" + _alt(state["name_words"]) + r")\b|\b(?:" + _alt(state["name_words"]) + r")$")
    people, holdings = "(?i:" + _alt(armed["people"]) + ")", "(?i:" + _alt(armed["holdings"]) + ")"
    kinds, nouns = "(?i:" + _alt(armed["kinds"]) + ")", "(?i:" + _alt(armed["kind_nouns"]) + ")"
    described = r"(?i:,\s+|\s+(?:is|was|remains|became|has become)\s+(?:one of\s+)?)(?:an?\s+|the\s+|several\s+|many\s+|" \
                r"two\s+|three\s+|several\s+)?(?:(?!and\b|or\b)[a-z][\w-]*\s+){0,3}?(?:" + "{kinds}" + r")\s+(?:[\w-]+\s+)?(?:" + \
                "{nouns}" + r")\b"
    armed_context = (
        r"\b(?:" + people + r")\s+(?i:of|from|belonging to|loyal to|linked to|allied to|with)\s+(?i:the\s+)?(?:{N})\b",
        r"\b(?:{N})(?:['’]s?)?\s+(?:" + people + "|" + holdings + r")\b",
        r"\b(?:{N})" + described.replace("{kinds}", kinds).replace("{nouns}", nouns),
    )
    skinds, snouns = "(?i:" + _alt(state["kinds"]) + ")", "(?i:" + _alt(state["kind_nouns"]) + ")"
    state_context = (
        r"\b(?i:(?:the\s+)?(?:government|state|ministry|minister)['’]s)\s+(?:{N})\b",
        r"\b(?:{N})" + described.replace("{kinds}", skinds).replace("{nouns}", snouns),
    )
    return armed_words, state_words, armed_context, state_context


class TypeVotes:
    """Mixed into the entity finder; needs ``self.gaz`` and ``self.text`` (the document)."""

    text: str = ""

    def votes(self, ident: str) -> tuple[int, int]:
        """(armed, state): the cues the document gives for a new entity being an
        armed group or a state's body; each cue counts once, name words once."""
        entity = self.gaz.entities[ident]
        armed_words, state_words, armed_context, state_context = _patterns()
        names = [n for n in entity.names if len(n) >= 3]
        armed = int(any(armed_words.search(n) for n in names))
        state = int(any(state_words.search(n) for n in names))
        if not names or not self.text:
            return armed, state
        alternation = _alt(names)
        for template in armed_context:
            armed += len(re.findall(template.replace("{N}", alternation), self.text))
        for template in state_context:
            state += len(re.findall(template.replace("{N}", alternation), self.text))
        return armed, state

    def described_as(self, ident: str) -> tuple[int, int]:
        """(armed, state): how often the document describes a name as an armed group ("X, an armed
        gang", "X is one of several militias") or as a state's body, and nothing else."""
        names = [n for n in self.gaz.entities[ident].names if len(n) >= 3]
        if not names or not self.text:
            return 0, 0
        _, _, armed_context, state_context = _patterns()
        alternation = _alt(names)
        return (len(re.findall(armed_context[2].replace("{N}", alternation), self.text)),
                len(re.findall(state_context[1].replace("{N}", alternation), self.text)))

    def vote_type(self, ident: str) -> str | None:
        """Retype a new Organisation or GovernmentBody to ArmedGroup when the
        document's cues say so (``threshold`` in type_cues.yaml); the new class,
        or ``None`` when it stays."""
        entity = self.gaz.entities.get(ident)
        if entity is None or not entity.new or entity.assumed_known or entity.type not in VOTABLE + DESCRIBED_ONLY:
            return None
        key = (ident, tuple(entity.names))
        done = self.__dict__.setdefault("_voted", {})
        if key in done:
            return done[key]
        if entity.type in DESCRIBED_ONLY:
            armed, state = self.described_as(ident)
            cls = "ArmedGroup" if armed and not state else None
        else:
            armed, state = self.votes(ident)
            cls = "ArmedGroup" if armed >= type_cues()["threshold"] and armed > state else None
        if cls:
            entity.type = cls
            entity.part_of = [p for p in entity.part_of if not self.gaz.is_a(p, "State")]
        done[key] = cls
        return cls
