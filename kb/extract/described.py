"""A class for a new name from later in its sentence (split from
``classify``): a name "known locally as" another is one entity, a body's name
from a headline is the same body named in full, and a name first met without
a class of its own gets one from a later apposition ("the Dalvanis, the rebel
movement fighting ...") or from what a copula says of it ("X is a militia").
:class:`LaterClasses` is mixed into :class:`kb.extract.classify.Classifier`
(it gives ``gaz``, ``heads``, ``appositives`` and ``merge_into``)."""

from __future__ import annotations

import re

from .namepatterns import _KNOWN_LOCALLY, _apposed, _apposition_match, opens_clause
from .nlp import Sentence


def apposed_elsewhere(sentence: Sentence, end: int, noun: str) -> bool:
    """(round 24) Whether the noun phrase after a name's comma ("X, the Barlo militia ...") is no apposition of
    the name though it reads like one: the subject of the clause that follows ("According to X, the Barlo militia
    killed ...": the parse makes the noun a verb's subject), or the apposition of the next name ("a report by X,
    a local trader, Omar Dirie, sold ...")."""
    after = sentence.text[end - sentence.start:]
    match = _apposition_match(after, noun)
    if match is None:
        return False
    if re.match(r",\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|del|da|dos|van|von|bin|al-\w+)){0,4},",
                after[match.end():]):
        return True
    return opens_clause(sentence, end + match.end() - 1)


class LaterClasses:
    """Mixed into :class:`kb.extract.classify.Classifier`: classes a new name
    gets from later in its sentence."""

    def described(self, sentence: Sentence, mentions: list) -> None:
        """A new entity first met without a class of its own (or a body's by its
        name's head alone) gets one from a later apposition ("the Dalvanis, the rebel movement fighting ...") or
        from what a copula says of it ("the CPO ... remains the dominant armed
        group in ...", "X is a militia")."""
        for first, second in zip(mentions, mentions[1:]):
            if first.entity != second.entity and _KNOWN_LOCALLY.match(sentence.text[first.end - sentence.start:
                                                                                  second.start - sentence.start]) \
                    and all(self.gaz.entities.get(m.entity) is not None and self.gaz.entities[m.entity].new
                            for m in (first, second)):
                self.merge_into(first.entity, second.entity)  # '"the Brigade of Kora", the armed group known
                # locally as Brigade Kora': one group, the quoted name an alias
        for m in mentions:  # "Coast Guard seizes ..." of a headline, then "the Coast Guard of X": one body
            head = (entity := self.gaz.entities.get(m.entity)) is not None and entity.label.partition(" of ")[0]
            old = next((i for i in getattr(self, "headed", ()) if i != m.entity and (e := self.gaz.entities.get(i))
                        and e.new and e.label == head and any(head == h for _, h in self.heads)), None)
            if old and entity.new and entity.type in ("StateArmedForces", "GovernmentBody"):
                self.merge_into(old, m.entity)
        for m in mentions:
            entity = self.gaz.entities.get(m.entity)
            if entity is None or not entity.new or entity.type not in ("Organisation", "GovernmentBody"):
                continue
            after = sentence.text[m.end - sentence.start:]
            for cls, noun in self.appositives:
                if _apposed(after, noun) and not apposed_elsewhere(sentence, m.end, noun):
                    # a body's name head ("X Defence Council" of a headline) yields to "(XDC), an armed group"
                    if entity.type == "Organisation" or cls in ("ArmedGroup", "PrivateMilitaryCompany"):
                        entity.type = m.type = cls
                    break
            else:
                cls = self._copula_class(sentence, m)
                if cls:
                    entity.type = m.type = cls

    def _copula_class(self, sentence: Sentence, mention) -> str | None:
        """The class a copula gives a mention that is its subject ("X remains
        the dominant armed group"), from the appositive nouns of the lexicon."""
        if sentence.span is None:
            return None
        token = next((t for t in sentence.span if sentence.at(t) >= mention.start and sentence.at(t) < mention.end
                      and t.dep_ in ("nsubj", "nsubjpass")), None)
        if token is None:
            return None
        verbs = [token.head] + list(token.head.conjuncts)
        for verb in verbs:
            if verb.lemma_ not in ("be", "remain", "become"):
                continue
            for attr in (c for c in verb.children if c.dep_ == "attr"):
                words = " ".join(t.lower_ for t in attr.doc[attr.left_edge.i:attr.i + 1] if t.dep_ != "det")
                for cls, noun in self.appositives:
                    if words == noun or words.endswith(" " + noun):
                        return cls
        return None
