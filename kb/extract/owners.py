"""Ownership and control told without a verb of owning in the sentence: a
possessive ("his Concord Catering group", "strongman X, whose Azawagh Defence
Movement ...") and a partitive across two sentences ("X runs a number of
businesses. One is Y."). Mixed into :class:`kb.extract.events.EventCoder`;
the partitive verbs are ``partitive`` in ``lexicon/verbs.yaml``.
"""

from __future__ import annotations

from .lexicon import verbs


class OwnerReadings:
    """Needs the event coder's ``at``, ``pending``, ``x``, ``_resolve`` and ``possessor``."""

    def partitive(self, span) -> list:
        """"X runs a number of businesses. One is Y.": the relation with Y
        (``partitive`` in lexicon/verbs.yaml)."""
        from .events import Coded  # events.py imports this module
        out, pending = [], self.pending
        self.pending = None
        table = verbs()["partitive"]
        for token in span:
            if pending and token.lemma_ == "be" and token.dep_ == "ROOT" and \
                    any(c.dep_ == "nsubj" and c.lower_ in ("one", "another") for c in token.children):
                (relation, first, second), person = pending
                for attr in (c for c in token.children if c.dep_ == "attr"):
                    ids = [i for i in self._resolve(attr) if self.x.gaz.is_a(i, "Organisation")]
                    if ids:
                        out.append(Coded(relation, {first: [person], second: ids[:1]}, {}, token))
            entry = table.get(token.lemma_.lower())
            if entry and token.pos_ == "VERB":
                objects = [c for c in token.children if c.dep_ == "dobj" and c.i not in self.at and (
                    c.tag_ == "NNS" or any(g.tag_ == "NNS" for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                           for g in p.children))]
                # the subject, or the person a descriptive subject names ("A vocal critic ..., Prigozhin, 61, runs")
                people = [self.at[t.i].entity for c in token.children if c.dep_ == "nsubj" for t in c.subtree
                          if t.i in self.at and self.x.gaz.is_a(self.at[t.i].entity, "Person")]
                if objects and people:
                    self.pending = (tuple(entry), people[-1])
        return out

    def possessed(self, span) -> list:
        """"his Concord Catering group", "Prigozhin's company": a person owns the
        company; "strongman X, whose Azawagh Defence Movement ...": a person
        controls the armed group."""
        from .events import Coded  # events.py imports this module
        out = []
        for token in span:
            mention = self.at.get(token.i)
            if mention is None or token.dep_ == "compound":
                continue
            company = self.x.gaz.is_a(mention.entity, "Company")
            group = self.x.gaz.is_a(mention.entity, "ArmedGroup")
            for poss in (c for c in token.children if c.dep_ == "poss"):
                if group and poss.lower_ != "whose":
                    continue
                owners = [i for i in self._resolve(self.possessor(poss)) if self.x.gaz.is_a(i, "Person")]
                if owners and owners[0] != mention.entity and company:
                    out.append(Coded("Ownership", {"owner": owners[:1], "owned": [mention.entity]}, {}, token))
                elif owners and group:
                    out.append(Coded("Control", {"controller": owners[:1], "controlled": [mention.entity]}, {}, token))
        return out
