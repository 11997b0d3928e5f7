"""Who a figure measures and who gave it, read from the parse of its sentence
(round 20): the group whose strength a count gives is the subject of the verb
that has or numbers it ("X, which has fought Y, is estimated to number 1,500
fighters"), or the owner of the strength noun ("puts X's strength at 700"); a
figure credited to people no name gives ("local officials said", "according to
residents") has no known source. The words are data (``lexicon/estimates.yaml``)."""

from __future__ import annotations

from .lexicon import estimates as estimate_lexicon

_RELATIVE = {"which", "that", "who"}


def _token_at(sentence, at: int):
    """The token of the sentence's parse that starts at document offset ``at``."""
    if sentence.span is None:
        return None
    return next((t for t in sentence.span if sentence.at(t) <= at < sentence.end_of(t)), None)


def _subject(verb):
    """The subject of a verb, through the verbs it completes ("is estimated to
    number": the subject of "estimated") and a relative pronoun's noun."""
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return subject
        verb = verb.head if verb.dep_ in ("xcomp", "conj") and verb.head is not verb else None
    return None


def measured_group(sentence, at: int, groups: list):
    """The group mention (of ``groups``) whose strength the number at ``at``
    gives, read from the parse, or ``None`` when the parse does not say: the
    subject of a verb of having or numbering (``strength_verbs``) whose object is
    the counted noun, or the owner of a strength noun the figure is put at."""
    token = _token_at(sentence, at)
    if token is None:
        return None
    lex = estimate_lexicon()
    noun = token.head if token.dep_ in ("nummod", "quantmod") else token
    while noun.dep_ == "nummod":  # "between 700 and 900 fighters"
        noun = noun.head
    head = noun
    while head.dep_ == "pobj" and head.head.dep_ == "prep":  # "field between 300 and 400 fighters", "at 700"
        head = head.head.head
    if head is noun and noun.dep_ in ("dobj", "attr"):
        head = noun.head
    if head is noun:
        return None
    found = None
    strength = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and
                     c.lemma_.lower() in lex["strength_nouns"]), None)
    if strength is not None:  # "puts the brigade's strength at 650": the owner of the strength
        found = next((c for c in strength.children if c.dep_ == "poss"), None)
    elif head.lemma_.lower() in lex["placing_verbs"]:  # "estimate the group at 250 fighters": its object
        found = next((c for c in head.children if c.dep_ == "dobj" and c is not noun), None) or _subject(head)
    elif head.lemma_.lower() in lex["strength_verbs"]:
        found = _subject(head)
    if found is None:
        return None
    where = sentence.at(found)
    return next((m for m in groups if m.start <= where < m.end), None)


def unnamed_source(sentence, mentions) -> bool:
    """True when the sentence credits what it says to people it names by no
    name ("local officials said", "residents told reporters", "according to
    witnesses"): the subject of a verb of saying, or the object of "according
    to", is a common noun (``unnamed_sources``) that no mention covers."""
    if sentence.span is None:
        return False
    lex = estimate_lexicon()
    for token in sentence.span:
        if token.lemma_.lower() not in lex["unnamed_sources"] or token.pos_ != "NOUN":
            continue
        said = token.dep_ in ("nsubj",) and token.head.lemma_.lower() in lex["source_verbs"] or \
            token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
        # "officials of the ministry", "a leader, Name," are named; "officials in Town" are not
        away = {t.i for c in token.children if c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}
        if said and not any(m.start <= sentence.at(t) < m.end for t in token.subtree if t.i not in away
                            for m in mentions):
            return True
    return False
