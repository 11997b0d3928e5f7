"""Language tags for names and text: well-formed BCP 47, and the script a text is in.

A name keeps its language and script. The rules here are the one place they
are decided, for the YAML loader and for importers alike:

- a tag is a well-formed BCP 47 tag (RFC 5646, section 2.1), published in
  lower case, as RDF 1.1 allows and as Oxigraph stores it, so that every
  store returns the published term;
- a text whose letters are in a script English is not written in (Cyrillic,
  Hangul, Arabic, ...) is never tagged ``en``;
- a name whose language a source does not give is tagged ``und-<script>``
  (BCP 47's "undetermined" language with an ISO 15924 script subtag), which
  says what is known and nothing more.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# RFC 5646 2.1 (langtag; the grandfathered and private-use-only forms are left out):
# language ["-" script] ["-" region] *("-" variant) *("-" extension) ["-" privateuse]
_LANGTAG = re.compile(
    r"^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})"  # language, with extlang
    r"(?:-[a-z]{4})?"  # script
    r"(?:-(?:[a-z]{2}|[0-9]{3}))?"  # region
    r"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"  # variants
    r"(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*"  # extensions
    r"(?:-x(?:-[a-z0-9]{1,8})+)?$"  # private use
)

# The first word of a letter's Unicode name -> its ISO 15924 script code.
# Han, kana and Hangul are told apart because Chinese, Japanese and Korean
# names are written in them.
_SCRIPTS = {
    "LATIN": "Latn", "CYRILLIC": "Cyrl", "GREEK": "Grek", "ARABIC": "Arab", "HEBREW": "Hebr",
    "HANGUL": "Hang", "CJK": "Hani", "HIRAGANA": "Hira", "KATAKANA": "Kana", "DEVANAGARI": "Deva",
    "BENGALI": "Beng", "GURMUKHI": "Guru", "GUJARATI": "Gujr", "TAMIL": "Taml", "TELUGU": "Telu",
    "KANNADA": "Knda", "MALAYALAM": "Mlym", "SINHALA": "Sinh", "THAI": "Thai", "LAO": "Laoo",
    "TIBETAN": "Tibt", "MYANMAR": "Mymr", "KHMER": "Khmr", "GEORGIAN": "Geor", "ARMENIAN": "Armn",
    "ETHIOPIC": "Ethi", "SYRIAC": "Syrc", "THAANA": "Thaa", "MONGOLIAN": "Mong", "TIFINAGH": "Tfng",
    "NKO": "Nkoo", "BOPOMOFO": "Bopo", "YI": "Yiii", "CHEROKEE": "Cher", "CANADIAN": "Cans",
}
_SCRIPT_NAMES = {
    "Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek", "Arab": "Arabic", "Hebr": "Hebrew",
    "Hang": "Hangul", "Hani": "Han", "Hira": "Hiragana", "Kana": "Katakana", "Deva": "Devanagari",
}


class TagError(ValueError):
    """A language tag that is not well-formed, or does not fit its text."""


def normalize(tag: object) -> str:
    """``tag`` as published: lower case, checked to be well-formed BCP 47.

    Raises TagError (with a message fit for a curator) for anything else,
    including a YAML boolean such as ``no`` read as False."""
    if isinstance(tag, bool) or getattr(tag, "guess", None) == "boolean":  # kb.yamlio.Plain
        word = str(tag).lower() if not isinstance(tag, bool) else ("true" if tag else "false")
        raise TagError(f"YAML reads {word} as a boolean (yes/no/on/off are booleans in YAML 1.1), not a "
                       f"language; quote it: \"{word}\"")
    if not isinstance(tag, str):
        raise TagError(f"a language tag is text such as en or ru, not {tag!r}")
    low = tag.strip().lower()
    if not _LANGTAG.match(low):
        raise TagError(f"{tag!r} is not a well-formed BCP 47 language tag (such as en, ru, ko or und-Cyrl)")
    return low


@lru_cache(maxsize=65536)
def _script_of(char: str) -> str | None:
    name = unicodedata.name(char, "")
    return _SCRIPTS.get(name.split(" ", 1)[0]) if name else None


def scripts(text: str) -> set[str]:
    """The ISO 15924 codes of the scripts of ``text``'s letters (``{"Cyrl"}``
    for "Аркадий"); digits, punctuation and marks count for none."""
    found = set()
    for char in text:
        if char.isalpha():
            code = _script_of(char)
            found.add(code or "Zyyy")
    return found


def script_name(code: str) -> str:
    return _SCRIPT_NAMES.get(code, code)


def check(tag: str, text: str, name: bool = True) -> None:
    """Refuse ``en`` (and its regional forms) for a text in a script English
    is not written in. A ``name`` (a label, an alias) may have no letter of
    another script; a longer text (a description, a quote) may mix scripts
    but not be written wholly in another. Raises TagError naming the script."""
    parts = tag.split("-")
    if parts[0] != "en":
        return
    if len(parts) > 1 and len(parts[1]) == 4 and parts[1] != "latn":
        raise TagError(f"{tag!r} names a script English is not written in")
    found = scripts(text)
    other = found - {"Latn"}
    if other and (name or "Latn" not in found):
        names = ", ".join(script_name(code) for code in sorted(other))
        raise TagError(f"{text!r} is written in {names} script, so it cannot be tagged en; give its language, "
                       f"e.g. {{ru: {text}}} (or und-{sorted(other)[0]} when the language is not known)")


def undetermined(text: str, default: str = "en") -> str:
    """The tag for a name whose language nobody gave: ``default`` for a text
    in Latin letters only (or with no letters), else ``und-<script>`` of its
    first non-Latin script (lower case, as published)."""
    other = sorted(scripts(text) - {"Latn"})
    if not other:
        return default
    return f"und-{other[0].lower()}"


def preference(literal) -> tuple:
    """A sort key putting the name to show first: English, then other names
    without a language, then by language tag and text. ``literal`` is an
    rdflib Literal (or anything with ``language`` and ``str``)."""
    language = (getattr(literal, "language", None) or "").lower()
    rank = 0 if language == "en" else 1 if language.startswith("en-") else 2 if not language else 3
    return rank, language, str(literal)


def preferred(literals):
    """The literal to show of several names (``preference``), or None."""
    return min(literals, key=preference, default=None)
