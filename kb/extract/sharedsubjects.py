"""Subjects shared between clauses on the dependency parse: the subject a
relative clause, participle, infinitive, coordinated verb or prepositional
clause takes from the verb or noun it depends on ("Kestrel Trading, which sold
...", "rifles supplied by X", "accusing the firm of supplying"). Mixed into
:class:`kb.extract.paths.SlotPaths`, which asks for it when a slot path finds
no subject of its own.

The dependency labels are spaCy's English (ClearNLP) scheme.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import verbs
from .roles import RELATIVE


@lru_cache(maxsize=1)
def _instruments() -> frozenset:
    """Nouns of acts a body adopts (verbs.yaml instrument_nouns)."""
    return frozenset(verbs()["instrument_nouns"])


def _disagrees(verb, subjects) -> bool:
    """(round 31) True when a conjunct's own plural auxiliary ("were", "are") cannot take the single subject
    of the verb it is joined to: the parse joined it to the wrong verb."""
    plural = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are") for c in verb.children)
    return plural and bool(subjects) and all(s.tag_ in ("NN", "NNP") and not any(
        c.dep_ == "conj" for c in s.children) for s in subjects)


def _adopting(noun):
    """The verb that adopts the instrument ``noun``: its head when the noun is the object; (round 38, trade) also
    when a phrase between them makes the parse hang the noun on the verb as an adverb ("adopted, on the basis of the
    Act, an ordinance freezing ...") or on that phrase's last noun ("..., under the Sanctions Act, an order ...")."""
    if noun.dep_ in ("dobj", "npadvmod") and noun.head.lemma_.lower() in verbs()["instrument_verbs"]:
        return noun.head
    if noun.dep_ != "appos" or noun.head.i > noun.i:
        return None
    head = noun.head
    while head.dep_ in ("pobj", "prep") and head.head.i < head.i:
        head = head.head
    if head.pos_ == "VERB" and head.lemma_.lower() in verbs()["instrument_verbs"] and noun.head.i > head.i:
        return head
    return None


class SharedSubjects:
    """Needs ``at`` (token index -> mention) and ``words`` (the coder's word lists)."""

    def inherited_subject(self, token, step: str) -> list:
        """The subject a clause shares with the verb it depends on."""
        head = token.head
        if token.dep_ == "relcl":
            # "Kestrel Trading, which sold ...": the relative pronoun stands for the noun
            rel = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE]
            return [head] if rel or step == "nsubj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) \
                else []
        if token.dep_ == "acl" and token.tag_ == "VB" and step == "nsubj" and head.dep_ in ("dobj", "attr") and \
                any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children):
            # "the Council reached agreement to list X": who reached it is who is to list; but "welcomed the
            # decision by the Council to impose ...": the noun's own "by" names who is to impose
            agents = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
                      if g.dep_ == "pobj"]
            # (round 22) "welcomed Kenya's decision to list X": the noun's possessor is who is to list
            agents = agents or [c for c in head.children if c.dep_ == "poss" and c.i in self.at]
            return agents or [c for c in head.head.children if c.dep_ == "nsubj"]
        if token.dep_ == "acl" and token.tag_ == "VBG" and step == "nsubj" and head.lemma_.lower() in _instruments():
            # "X adopted an order imposing sanctions on Y": who adopted the instrument acts by it
            verb = _adopting(head)
            if verb is not None:
                return [c for c in verb.children if c.dep_ == "nsubj"]
        if token.dep_ == "acl":
            # "rifles supplied by X": the noun is the participle's passive subject; "X, a militia led by Y":
            # the name the noun is apposed to as well
            named = [head, head.head] if head.dep_ == "appos" and head.pos_ == "NOUN" else [head]
            if token.tag_ == "VBN" and any(c.dep_ == "dobj" and c.i > token.i for c in token.children):
                # (round 19) "a trader, X, sold rifles to Y" read as a participle on "trader": a verb with an
                # object of its own is active, the noun its subject (no passive one, so never a recipient)
                # ("a trader, X, sold": the name apposed to the noun)
                return named + [c for c in head.children if c.dep_ == "appos" and c.i < token.i] if step == "nsubj" else []
            return named if step == "nsubjpass" and token.tag_ == "VBN" else \
                ([head] if step == "nsubj" and token.tag_ == "VBG" else [])
        if token.dep_ == "advcl" and step == "nsubjpass" and token.tag_ == "VBN" and token.i < head.i and \
                not any(c.dep_ in ("mark", "aux", "auxpass") for c in token.children):
            # "Led by X, the group ...": a participle clause before its verb is passive on the verb's subject
            return [c for c in head.children if c.dep_ == "nsubj"]
        if token.dep_ == "pcomp":
            head = head.head
            # "accusing the firm of supplying", "designated X for providing": the object did it
            before = token.doc[token.head.i - 1] if token.head.i > 0 else None
            if step == "nsubj" and token.head.lower_ == "in" and before is not None and \
                    before.lemma_.lower() in ("role", "part", "involvement", "hand"):
                owners = [c for c in before.children if c.dep_ == "poss"]
                if owners:
                    return owners  # "its role in delivering missiles"
            if step == "nsubj" and token.head.lower_ == "as" and head.lemma_.lower() in self.words["describing"]:
                return [c for c in head.children if c.dep_ == "dobj"]  # (round 31) "identified X as having shipped"
            if step == "nsubj" and (token.head.lower_ in ("of", "for") or token.head.lower_ == "with" and
                                    head.lemma_.lower() in self.words["charging"]):
                if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass"):
                    return [head]
                objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
                if objects:
                    return objects
        if step == "nsubj" and token.dep_ == "advcl" and head.lemma_.lower() in self.words["describing"] and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
            # (round 31) "the Panel identified X as having delivered rifles": the object did it, not the identifier
            return [c for c in head.children if c.dep_ == "dobj"]
        if step == "nsubj" and token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.children):
            return []  # (round 17) "The firm sold X and is owned by Y": the shared subject is the passive one's
        for dep in ("nsubj", "nsubjpass"):
            subjects = [c for c in head.children if c.dep_ == dep]
            if token.dep_ == "conj" and _disagrees(token, subjects):
                continue  # (round 31) "The Office established that ..., were landed at X": not the Office's verb
            if subjects and (dep == step or token.dep_ in ("xcomp", "advcl", "pcomp")):
                return subjects if step == "nsubj" or dep == step else []
            if subjects and token.dep_ == "conj" and step == "nsubj" and head.pos_ in ("VERB", "AUX") and \
                    token.tag_ != "VBN" or subjects and token.dep_ == "conj" and step == "nsubj" and \
                    any(c.dep_ == "aux" for c in token.children) and not any(c.dep_ == "auxpass" for c in token.children):
                # "The group is commanded by X and has controlled Y": an active verb coordinated with a passive
                # one shares its subject
                return subjects
            if subjects and dep == "nsubj" and step == "nsubjpass" and token.dep_ == "conj" and \
                    head.tag_ in ("VBZ", "VBD", "VBP") and any(c.dep_ == "auxpass" for c in token.children):
                # "The group operates in X and is commanded by Y": the passive one's subject too (not after a
                # participle the parse made the verb: "guns mounted on trucks were delivered")
                return subjects
        if head.dep_ in ("xcomp", "conj") and head != token:
            return self.inherited_subject(head, step)
        return []
