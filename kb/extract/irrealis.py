"""Clauses a text does not assert: a rule or a possibility ("must be
notified"), what no evidence suggests ("had no information suggesting that
the rifles had reached X"), what someone calls for ("called for the force to
be given more helicopters"). A relation coded on a trigger in such a clause
is not proposed (:meth:`kb.extract.events.EventCoder.apply`). The cue words
are data (``lexicon/verbs.yaml`` words ``evidence_verbs``, ``demands``).
"""

from __future__ import annotations

from .lexicon import verbs

_MODALS = ("must", "should", "may", "might", "could", "shall")


def under_modal(trigger) -> bool:
    """True when the clause a trigger stands in states a rule or a possibility
    ("the delivery of equipment ... must still be notified")."""
    token = trigger
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def unasserted(trigger) -> bool:
    """True for a trigger in a clause of what no evidence suggests ("no
    information suggesting that the rifles had reached X", "no evidence that")
    or of what someone calls for ("called for X to be given helicopters",
    "urged Y to supply"): the text does not say it happened."""
    words = verbs()["words"]
    head = trigger.head
    if trigger.dep_ in ("ccomp", "acl") and head.i != trigger.i:
        noun = head.head if head.dep_ == "acl" and head.lemma_.lower() in words["evidence_verbs"] else head
        if noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
            return True
    if trigger.pos_ == "VERB" and trigger.dep_ in ("xcomp", "ccomp", "advcl") and head.i != trigger.i and \
            head.lemma_.lower() in words["demands"] and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return True
    return False


def measure_effect(verb) -> bool:
    """(round 19) True when the verb tells a measure's effect: its subject is the measure ("the designation
    would freeze ...", "a move that would block ...": verbs.yaml status.announced.effect_subjects)."""
    nouns = set(verbs()["status"]["announced"].get("effect_subjects") or [])
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects = [verb.head if s.lower_ in ("that", "which") and verb.dep_ == "relcl" else s for s in subjects]
    return any(s.lemma_.lower() in nouns for s in subjects)
