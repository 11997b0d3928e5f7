"""The extractor's data: word lists and relation patterns, one YAML file each."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def _read(name: str) -> dict:
    with open(HERE / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def language() -> dict:
    return _read("language")


@lru_cache(maxsize=1)
def saying_lemmas() -> frozenset:
    """Every verb of saying of ``speech_lemmas`` in language.yaml, whatever its stance (lemmas, lower case)."""
    return frozenset(lemma for lemmas in language()["speech_lemmas"].values() for lemma in lemmas)


def relations() -> dict:
    return _read("relations")


def estimates() -> dict:
    return _read("estimates")


def countries() -> list[str]:
    return _read("countries")["countries"]


def country_aliases() -> dict[str, list[str]]:
    """A state's name in ``countries`` -> the other names reporting uses for it."""
    return _read("countries").get("aliases") or {}


def country_capitals() -> dict[str, str]:
    """A state's name in ``countries`` -> the name of its capital."""
    return _read("countries").get("capitals") or {}


def bodies() -> list[dict]:
    return _read("bodies")["bodies"]


def committees() -> list[str]:
    """Regular expressions for the names of committees (``committees`` in bodies.yaml)."""
    return _read("bodies").get("committees") or []


def weapons() -> dict:
    return _read("weapons")


def legal() -> list[dict]:
    return _read("legal")["instruments"]


def penalty_cues() -> list[str]:
    """The words before "under <instrument>" that make the instrument a penalty's basis, not a measure's
    (legal.yaml ``penalty_cues``)."""
    return _read("legal")["penalty_cues"]


def company_forms() -> list[str]:
    """Regular expressions for the legal forms written after a company's name."""
    return _read("legal")["company_forms"]


def name_joiners() -> list[str]:
    """Lower-case words a company's or person's name may hold between capitalised words."""
    return _read("legal")["name_joiners"]


def verbs() -> dict:
    return _read("verbs")


def name_regex(particles: list[str], least: int, most: int) -> str:
    """A regular expression for a capitalised name of one word and ``least``
    to ``most`` more, with a lower-case particle of ``particles`` allowed before
    a word ("Lanao del Sur", "Bir Bahadur Thapa Magar") and an article prefix
    (``article_prefixes`` in language.yaml) before a hyphen ("al-Mousawi",
    "Qasr el-Assi"). (round 22) A word may open with an accented capital ("Élodie", "Ömer", "Şahin")."""
    word = r"[A-ZÀ-ÖØ-ÞĆČĐŁŃŠŚŞŹŻŽİ][\w'’-]+"
    between = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True))
    prefixes = "|".join(re.escape(p) for p in language()["article_prefixes"])
    return word + r"(?: (?:(?:" + between + r") )?" + word + r"| (?:" + prefixes + r")-" + word + \
        r"){" + f"{least},{most}" + "}"


def type_cues() -> dict:
    return _read("type_cues")


def confidence_cues() -> dict[str, list[str]]:
    """The cue words of the learned confidence (confidence.yaml): cue name to its words and phrases."""
    return {str(k): [str(w) for w in v] for k, v in (_read("confidence") or {}).items()}
