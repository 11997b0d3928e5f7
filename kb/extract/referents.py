"""Whom a common noun, a short form or an unnamed person stands for when it
speaks: "the Team" (the Monitoring Team named before), "the ministry" or
"police" (the body named before whose name holds the words), "the army" (a
state's armed forces the document names), "a man who said he spoke for the
Brigade" (the Brigade). Mixed into the extractor through
:class:`kb.extract.speakers.SpeakerFinder`; the nouns are data
(``lexicon/language.yaml``)."""

from __future__ import annotations

import re

from .lexicon import language


class SpeakerReferents:
    """Mixed into the extractor: the body or group a speaking noun refers to."""

    def short_form_of(self, ident, sentence) -> str:
        """The body a new one-word name stands for ("the Team" after "its
        Analytical Support and Sanctions Monitoring Team", "the Mission" after
        "the United Nations Mission in South Sudan"): the latest body named
        before whose name holds that word, a word of ``body_head_nouns`` or
        ``short_body_nouns``; else ``ident``."""
        entity = self.gaz.entities.get(ident)
        if entity is None or not entity.new or len(entity.label.split()) != 1:
            return ident
        word = entity.label.lower()
        lex = language()
        if word not in lex["body_head_nouns"] and word not in lex["short_body_nouns"]:
            return ident
        for ms in reversed(self.found_mentions[:sentence.index + 1]):
            for m in reversed(ms):
                other = self.gaz.entities.get(m.entity)
                if other is None or m.entity == ident or len(other.label.split()) < 2 or \
                        self.gaz.is_a(m.entity, "State") or self.gaz.is_a(m.entity, "Person") or \
                        not self.gaz.is_a(m.entity, "Actor"):
                    continue
                if word in [w.lower() for w in re.findall(r"[\w-]+", other.label)]:
                    return m.entity
        return ident

    def _state_forces(self, sentence) -> list:
        """The state armed forces the document names nearest before the
        sentence, else the first it names after it ("The army blames the
        Brigade ... the Uganda People's Defence Force (UPDF)"): ``[id]`` or ``[]``."""
        before = [m.entity for ms in self.found_mentions[:sentence.index + 1] for m in ms][::-1]
        after = [m.entity for ms in self.found_mentions[sentence.index + 1:] for m in ms]
        return next(([i] for i in before + after if self.gaz.is_a(i, "StateArmedForces")), [])

    def _spoke_for(self, subject) -> list:
        """The group an unnamed person speaks for, when the subject's own words
        say so ("a man who said he spoke for the Brigade", "a man presenting
        himself as the group's spokesman", "a caller claiming to speak on behalf
        of the gang"): ``[id]`` or ``[]``; the head is one of ``proxy_nouns``."""
        if subject.lemma_.lower() not in language()["proxy_nouns"] or subject.i in self.coder.at:
            return []
        spokesman = set(language()["spokesman_nouns"])
        for token in subject.subtree:
            owners = []
            if token.lemma_.lower() == "speak":
                owners = [g for p in token.children if p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
                owners += [g for p in token.children if p.lower_ == "on" for b in p.children if b.lower_ == "behalf"
                           for o in b.children if o.lower_ == "of" for g in o.children if g.dep_ == "pobj"]
            elif token.lemma_.lower() in spokesman:
                owners = [c for c in token.children if c.dep_ == "poss"] + \
                    [g for p in token.children if p.lower_ in ("for", "of") for g in p.children if g.dep_ == "pobj"]
            ids = [i for o in owners for i in self.coder._resolve(o) if self.gaz.is_a(i, "Actor")
                   and not self.gaz.is_a(i, "Person")]
            if ids:
                return ids[:1]
        return []

    def body_named_before(self, noun, sentence) -> str | None:
        """The body an earlier sentence named whose name holds the words of a
        common-noun phrase ("the ministry" after "Cameroon's defence
        ministry", "the prosecutor's office" or "prosecutors" after "the
        Public Prosecutor's Office", "police" after "the National Police"):
        "the detectives" after "the Uganda Police Force" (``body_member_nouns``):
        the latest such body that is a government body, state armed forces or
        organisation (never a state or a person), or for a bare noun with no
        article the first one named later; ``None`` when the phrase has
        a proper name of its own or no earlier body fits."""
        heads = set(language()["body_head_nouns"]) | set(language()["short_body_nouns"])
        members = language()["body_member_nouns"]
        if noun.i in self.coder.at or noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in heads and \
                noun.lemma_.lower() not in heads and noun.lemma_.lower() not in members:
            return None
        words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ in ("poss", "compound", "amod") or t is noun]
        if any(t.i in self.coder.at or t.pos_ == "PROPN" and t is not noun for t in words):
            return None
        wanted = [t.lemma_.lower().rstrip("s") if t.dep_ == "poss" else t.lemma_.lower() for t in words]
        if noun.lemma_.lower() in members:  # "the detectives say": the police named before
            if len(words) > 1:
                return None
            wanted = [members[noun.lemma_.lower()]]
        spoken = [[st.fields["speaker"]] for st in getattr(self, "statements_so_far", [])]
        named = [[m.entity for m in ms] for ms in self.found_mentions[:sentence.index]]
        later = [[m.entity for m in ms] for ms in self.found_mentions[sentence.index + 1:]][::-1]
        # bodies that spoke (new ones too), then named ones, then (a bare noun: "Police estimate ...") named later
        bare = not any(c.dep_ in ("det", "poss") for c in noun.children)
        for idents in [*reversed(spoken), *reversed(named), *(reversed(later) if bare else [])]:
            for ident in reversed(idents):
                if ident not in self.gaz.entities or not any(
                        self.gaz.is_a(ident, c) for c in ("GovernmentBody", "StateArmedForces", "Organisation")) \
                        or self.gaz.is_a(ident, "State") or self.gaz.is_a(ident, "Person"):
                    continue
                label = [w.lower().removesuffix("'s").removesuffix("’s") for w in
                         re.findall(r"[\w'’-]+", self.gaz.entities[ident].label)]
                if all(any(w == x or w.rstrip("s") == x.rstrip("s") for x in label) for w in wanted):
                    return ident
        return None
