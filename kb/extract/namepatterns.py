"""Patterns of new names compiled from ``lexicon/language.yaml`` once: posts and titles, the nouns of
names and places, what may follow a name (an apposition, a nickname, a settlement noun, letters after a
name) and what may come just before it. Read by :mod:`kb.extract.classify` and the finders that cut names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language

# A nickname after a name: 'Wilmer Yate, known as "Rastrojo", a former commander'.
KNOWN_AS = r"(?:,?\s+(?:also\s+|better\s+)?(?:known as|alias|dubbed|nicknamed)\s+[\"“]([^\"”]{1,40})[\"”])"
_SPEECH_AFTER = r"(?!\s+(?:said|says|told|added|reported|announced|wrote|stated))"


@lru_cache(maxsize=1)
def title_pattern() -> str:
    """Any title of a post (``post_pattern`` and ``posts`` of the lexicon)."""
    lex = language()
    return "(?:" + lex["post_pattern"] + "|" + "|".join(re.escape(t) for t in lex["posts"]) + ")"


def only_titles(name: str) -> bool:
    """True for a title or titles and nothing else: "Defence Minister", "Tánaiste and Minister for Defence"."""
    return all(re.fullmatch(title_pattern(), part) or part in language()["ranks"] for part in name.split(" and "))


@lru_cache(maxsize=1)
def _name_nouns() -> list[tuple[str, str]]:
    """(noun, class) of ``name_nouns``, longest first."""
    pairs = [(noun, cls) for cls, nouns in language()["name_nouns"].items() for noun in nouns]
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=1)
def _place_nouns() -> str:
    """Nouns for places, singular and plural ("town", "mountains"), as an alternation."""
    lex = language()
    nouns = set(lex["role_nouns"]["places"]) | {n for c in ("Region", "Place", "Settlement") for n in lex["name_nouns"][c]}
    return "|".join(sorted({re.escape(n) for n in nouns} | {re.escape(n) + "s" for n in nouns}, key=len, reverse=True))


def _apposed(after: str, noun: str) -> bool:
    """True when ``after`` (the text after a name) opens with an apposition
    whose head is ``noun``, a parenthesised abbreviation allowed first:
    ", an armed group", " (FPF), an armed group", ", the Brotherhood's chief financier"."""
    return bool(_apposition(noun).match(after))


def opens_clause(sentence, at: int) -> bool:
    """(round 24) Whether the token of ``sentence`` at document offset ``at`` is the subject of a verb after it
    ("According to X, the militia| killed ...": a clause's subject where a pattern saw an apposition)."""
    if sentence.span is None:
        return False
    token = next((t for t in sentence.span if sentence.at(t) <= at < sentence.end_of(t)), None)
    if token is None:
        return False
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.i > token.i and token.head.pos_ in ("VERB", "AUX"):
        return True
    # the parse hung the noun on the name and left the verb after it without a subject: "..., the militia killed"
    verb = token.nbor() if token.i + 1 < len(token.doc) else None
    return verb is not None and verb.tag_ in ("VBD", "VBZ", "VBP", "MD") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _apposition_match(after: str, noun: str):
    """(round 24) The match of :func:`_apposed`'s pattern (its end is the end of the noun), or ``None``."""
    return _apposition(noun).match(after)


@lru_cache(maxsize=None)
def _apposition(noun: str) -> re.Pattern:
    """:func:`_apposed`'s pattern for one noun, compiled once (re's own cache of 512 patterns does not
    keep them: a document compiles more)."""
    return re.compile(r"^(?:\s*\([^)]{1,20}\))?" + KNOWN_AS + r"?,\s+(?:an?|the|one|another)\s+(?:[\w’'-]+\s+){0,3}?"
                      + re.escape(noun) + r"\b" + _SPEECH_AFTER + _PERSON_HEAD_AFTER())


@lru_cache(maxsize=1)
def _PERSON_HEAD_AFTER() -> str:
    """(round 30) A person's noun after the noun: "X, a former militia leader", "an armed group financier" -
    the noun only modifies the head, a person (``appositives: Person`` and ``apposed_posts``)."""
    lex = language()
    nouns = sorted(set(lex["appositives"]["Person"]) | set(lex["apposed_posts"]), key=len, reverse=True)
    return r"(?!\s+(?:" + "|".join(re.escape(n) for n in nouns) + r")\b)"


@lru_cache(maxsize=1)
def _postnominal() -> re.Pattern:
    """Letters after a name for a member of a parliament or the bar (``postnominals``): ", T.D.", " MP"."""
    letters = "|".join(re.escape(p) for p in sorted(language()["postnominals"], key=len, reverse=True))
    return re.compile(r"^,?\s+(?:" + letters + r")(?=[\s,.;:]|$)")


@lru_cache(maxsize=1)
def _settlement_apposed() -> re.Pattern:
    """", a forestry settlement", ", a small trading centre": a settlement noun (``settlement_appositives``) after
    an article and at most two modifiers, never "of" ("X, the mayor of the town" is a person)."""
    nouns = "|".join(re.escape(n) for n in sorted(language()["settlement_appositives"], key=len, reverse=True))
    return re.compile(r"^,\s+(?:an?|the)\s+(?:(?!of\b|for\b|in\b)[\w-]+\s+){0,2}(?:" + nouns + r")\b")


def local_origin(after: str) -> bool:
    """True when the text after a name opens with a noun for a local person and a name ("Corozal Town|
    businessman Marlon Tate"): the name is a place of origin."""
    return bool(_local_origin().match(after))


@lru_cache(maxsize=1)
def _local_origin() -> re.Pattern:
    nouns = "|".join(re.escape(n) for n in language()["local_person_nouns"])
    return re.compile(r"^\s+(?:" + nouns + r")\s+[A-Z]")


def settlement_apposed(after: str) -> bool:
    """True when the text after a name opens with a settlement noun in apposition (", a fishing village")."""
    return bool(_settlement_apposed().match(after))


@lru_cache(maxsize=1)
def _titled() -> re.Pattern:
    """A capitalised post with its portfolio or a rank, then a comma, just before a name: "Minister for
    Foreign Affairs,", "the Colonel,"."""
    ranks = "|".join(re.escape(r) for r in sorted(language()["ranks"], key=len, reverse=True))
    # (round 26) any post noun of ``post_title_nouns``, and a second "of"/"for" ("the Regional Director of Customs
    # for X,")
    posts = "|".join(re.escape(p) for p in language()["post_title_nouns"] + ["Ambassador"])
    return re.compile(r"(?:\b(?:" + posts + r")\s+(?:for|of)\s+(?:the\s+)?"
                      r"[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for|the)\s+){0,2}[A-Z][\w'’-]*){0,5}|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:"
                      + ranks + r")),$")


@lru_cache(maxsize=1)
def _bare_post() -> re.Pattern:
    """(round 26) A post apposed to a name without an article, with the body it is held in: ", logistics chief of the
    X", ", deputy commander of Y" (``apposed_posts``): the name is a person's, whatever the NER made of it."""
    posts = "|".join(re.escape(p) for p in sorted(language()["apposed_posts"], key=len, reverse=True))
    return re.compile(r"^,\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + posts + r")\s+(?:of|for|at)\s+(?:the\s+)?[A-Z]")


# A police post named like a force: "Inspector General of Police", "Commissioner of Police".
_POLICE_POST = re.compile(r"(?:(?:Deputy |Additional )?(?:Inspector|Director) General|Commissioner|Superintendent|"
                          r"Inspector|Director|Chief) of (?:the )?Police")
# Between two names of one entity: '"the Brigade of Kora", the Koran armed group known locally as Brigade Kora'.
_KNOWN_LOCALLY = re.compile(r"^[\"”’']?,\s+(?:the|an?)\s+(?:[\w’'-]+\s+){1,4}?(?:known|called)\s+"
                            r"(?:locally\s+|also\s+|widely\s+|simply\s+)?as\s+(?:the\s+)?$")


def spoken_language(token) -> bool:
    """(round 21) True when a name's token is a language, no entity: the object of a verb of speech
    (``language_verbs``: "the attackers spoke Tamasheq", "translated from Kanuri"), or coordinated with a
    language the lexicon knows (``language_names``: "interviews were held in Kanuri, Tamasheq and French")."""
    lex = language()
    head = token
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # up the coordination to its first word
    if head.dep_ in ("dobj", "obj") and head.head.lemma_ in lex["language_verbs"] or \
            head.dep_ == "pobj" and head.head.head.lemma_ in lex["language_verbs"]:
        return True
    members = [head]
    for t in head.subtree:
        if t.dep_ == "conj" and t.head in members:
            members.append(t)
    names = set(lex["language_names"])
    return len(members) > 1 and any(t.text in names for t in members if t.i != token.i) and \
        all(t.pos_ == "PROPN" or t.text in names for t in members)


def addressed_as_person(text: str, name: str) -> bool:
    """(round 22) True when the document ``text`` calls the bearer of a person-shaped ``name`` (two to four
    capitalised words) "Mr X", "Ms X", "Dr X" (honorifics but "Lady"): "Jonas Arakwe, a former supplier of fuel"
    is a person, not the company an agent noun ("supplier", "exporter") would make him."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or not text:
        return False
    forms = "|".join(re.escape(h) for h in language()["honorifics"] if h != "Lady")
    return re.search(r"\b(?:" + forms + r")\s+" + re.escape(words[-1]) + r"\b", text) is not None


@lru_cache(maxsize=1)
def _formation() -> re.Pattern:
    heads = "|".join(re.escape(h) for h in language()["formation_heads"])
    return re.compile(r"(?:[A-Z][\w'’-]* ){0,3}(?:" + heads + r")")


_ORDINAL_BEFORE = re.compile(r"(?<![\w.,/-])\d{1,3}(?:st|nd|rd|th) $")


def with_ordinal(before: str, start: int, name: str) -> tuple[int, str]:
    """(start, name) of a military formation's name with the ordinal the NER left before it ("41st" of
    "the 41st Motorised Infantry Battalion"); any other name unchanged."""
    ordinal = _ORDINAL_BEFORE.search(before)
    if ordinal is None or not _formation().fullmatch(name):
        return start, name
    return start - len(ordinal.group()), ordinal.group() + name


def ordinal_formation(name: str) -> bool:
    """True for a formation named by its ordinal ("the 6th Division", "the 32nd Rapid Reaction Regiment"): a
    state army's unit, never an armed group's name."""
    return bool(re.match(r"\d{1,3}(?:st|nd|rd|th) ", name)) and bool(_formation().fullmatch(name.split(" ", 1)[1]))


def with_firm_opener(before: str, start: int, name: str) -> tuple[int, str]:
    """(round 29) (start, name) of a firm's name with the word opening it that the NER left before it
    ("Transports" of "Transports Guéra Express"; ``company_openers`` in lexicon/language.yaml); else unchanged."""
    opener = re.search(r"(?<![\w'’-])(" + "|".join(map(re.escape, language()["company_openers"])) + r") $", before)
    if opener is None or not name[:1].isupper():
        return start, name
    return start - len(opener.group()), opener.group() + name
