"""Where a place lies by the words around its name (round 22): a compass part of a state still puts a place in the
state ("Doroba, a town in western Chad", "in the east of Chad"; never "east of Chad"), and a feature named after a
state is no mention of it ("Lake Chad", "the Niger Delta", "the Gulf of Guinea"). Word lists: ``bearing_adjectives``,
``bearing_nouns``, ``state_feature_heads`` and ``state_water_openers`` in ``lexicon/language.yaml``; read by
:mod:`kb.extract.places` and :mod:`kb.extract.boundaries`."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language, name_regex


@lru_cache(maxsize=1)
def _name() -> str:
    """A place's name with its lower-case particles (as :mod:`kb.extract.places` reads one)."""
    return name_regex(language()["place_particles"], 0, 3)


@lru_cache(maxsize=1)
def state_features() -> re.Pattern:
    """A name and a word of ``state_feature_heads`` (language.yaml) after it: "Niger Delta" (group 1 the name)."""
    heads = "|".join(re.escape(h) for h in language()["state_feature_heads"])
    return re.compile(r"\b(" + _name() + r") (?:" + heads + r")\b")


@lru_cache(maxsize=1)
def state_waters() -> re.Pattern:
    """A word of ``state_water_openers`` (language.yaml) and a name: "Gulf of Guinea" (group 1 the name)."""
    openers = "|".join(re.escape(h) for h in sorted(language()["state_water_openers"], key=len, reverse=True))
    return re.compile(r"\b(?:" + openers + r") (" + _name() + r")\b")


@lru_cache(maxsize=1)
def bearing() -> str:
    """A compass part before a state's name, optional: "northern ", "the east of ", "the far north of the "
    (``bearing_adjectives`` and ``bearing_nouns`` in language.yaml); for a pattern after "in"."""
    words = language()
    adjectives = "|".join(re.escape(w) for w in sorted(words["bearing_adjectives"], key=len, reverse=True))
    nouns = "|".join(re.escape(w) for w in sorted(words["bearing_nouns"], key=len, reverse=True))
    # "the east of X" is inside X, "east of X" is not
    return r"(?:(?:" + adjectives + r")\s+|the\s+(?:" + nouns + r")\s+of\s+(?:the\s+)?)?"


@lru_cache(maxsize=1)
def off_bearing() -> str:
    """Lookbehinds refusing an "of" right after a bare compass noun: "a town east of X" lies outside X."""
    nouns = [w for w in language()["bearing_nouns"] if " " not in w]
    return "".join(r"(?<!\b" + re.escape(w) + r"\s)" for w in nouns)


@lru_cache(maxsize=1)
def stated_in() -> re.Pattern:
    """The words between a place and the state after it that put it in the state ("Sorra, Niger", "Sorra (Niger",
    "Sorra, a village in Niger", "Sorra is a town in northern Niger", "Sorra in the east of Niger")."""
    return re.compile(r",?\s*(?:in\s+)?(?:the\s+)?" + bearing() + r"|\s*\(\s*|(?:,|\s+(?:is|was|lies))\s+(?:a|an|the)\s+"
                      r"(?:[\w-]+\s+){0,4}" + off_bearing() + r"(?:in|of)\s+(?:the\s+)?" + bearing() +
                      r"|\s+(?:in|of)\s+(?:the\s+)?" + bearing())


def named_after_state(label: str, states) -> bool:
    """True for a region named after a state ("Niger Delta", "Chad Basin": ``state_feature_heads``), which
    says nothing of the state it lies in (the Niger Delta is in Nigeria)."""
    match = state_features().fullmatch(label)
    return match is not None and match.group(1) in states
