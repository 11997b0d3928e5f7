"""Where a killing happened when its own sentence names no place: the killing
coded in the sentence before, the place attacked just before or just after, or
the region the attack struck (split from slotlists.py along the boundary
between listed slot fillers and a killing's place). Mixed into
:class:`kb.extract.events.EventCoder`, which gives the sentence, its mentions
and the gazetteer.
"""

from __future__ import annotations

import re

from .lexicon import language, type_cues
from .roles import settled_nouns
from .tolls import earlier_clause

# ", a forestry settlement", ", a farming village": an apposition that says a name is a settlement
_SETTLEMENT_APPOSED = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(settled_nouns()["Settlement"]))
                                 + r")\b")


# (round 27) the bearing of "12 km east of B", "north of B": B only locates the place named before it
_BEARINGS = {"north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west", "northeast",
             "northwest", "southeast", "southwest"}


# (round 24) the "near" of a killing's own phrase: the verb's, its site's ("at a roadblock near X"), its victims'
_NEAR_PATHS = ("prep:near", "prep:at>prep:near", "dobj>prep:near", "prep:of>prep:near", "prep:of>prep:at>prep:near",
               "dobj>prep:at>prep:near")


def _names_body(token) -> bool:
    """(round 34) True for a place word inside a body's capitalised name ("the Tarvo State Prosecutor's Office",
    "the Lemba District Police"): a head of ``body_head_nouns`` its compounds and possessives lead to."""
    heads = language()["body_head_nouns"]
    while token.dep_ in ("compound", "poss") and token.head.i > token.i and token.head.text[:1].isupper():
        token = token.head
        if token.lemma_.lower() in heads or token.lower_ in heads:
            return True
    return False


def _cared_at(token) -> bool:
    """(round 37) True for a place where the wounded or dead were taken (``care_nouns`` in language.yaml): inside
    the "to" phrase ("brought to the mortuary at B") or in a phrase of the verb that has one ("taken to hospital in
    A")."""
    care = set(language()["care_nouns"])

    def named(noun) -> set:  # "hospital", and "health centre" with the word before it
        before = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1]
        return {noun.lemma_.lower(), " ".join(before + [noun.lemma_.lower()])}

    def cares(verb) -> bool:
        return verb.pos_ in ("VERB", "AUX") and any(p.dep_ == "prep" and p.lower_ in ("to", "into") and any(
            o.dep_ == "pobj" and named(o) & care for o in p.children) for p in verb.children)
    return any(a.dep_ == "prep" and cares(a.head) for a in token.ancestors)


class KillingPlaces:
    """Mixed into the event coder: the place of a killing told around the trigger."""

    def _killing_told_before(self, trigger) -> list:
        """The place of a toll that names none of its own: the places of the
        killing coded in the sentence before ("A councillor said thirteen
        mourners had died"), else, when the killers are "the gunmen", "they" or
        a bare plural ("gendarmes"),
        the first settlement the sentence before says attackers entered or raided
        ("a convoy of gunmen entered X, a farming village. The gunmen went from
        house to house and shot dead seven villagers": ``incursions`` in
        verbs.yaml); [] when there is none or when the sentence says it is
        another killing ("in a separate attack")."""
        self.attackers_before = []
        # (round 17) not "two days later", "were later found dead": an adverb of time, no other killing
        if any(t.lower_ in ("separate", "another", "other", "earlier", "later", "second") and not (
                t.lower_ in ("later", "earlier") and t.dep_ == "advmod") for t in trigger.sent):
            return []
        if earlier_clause(trigger):
            return []  # (round 24) "since 2019, when soldiers executed twelve men at the landing": an earlier one
        for coded in reversed(self.coded_here):  # "denied the X killings and said the fishermen had been killed by Y"
            if coded.relation == "Atrocity" and coded.values.get("location") and any(
                    d.lower_ == "the" for v in [self._victims_noun(trigger)] if v is not None for d in v.children):
                return list(coded.values["location"])
        killings = {c.id: c for c in self.x.claims.values() if c.type in ("Atrocity", "Massacre")}
        for claim in reversed(list(self.x.claims.values())):
            if claim.type in ("Atrocity", "Massacre") and self.sentence.index - claim.evidence[-1].index == 1:
                return list(claim.fields.get("location") or [])
            # (round 15) "A local association gave a toll of 23 dead. The Government stated that nine people had
            # died": the killing whose toll the sentence before gave
            if claim.type == "Estimate" and self.sentence.index - claim.evidence[-1].index == 1 and \
                    claim.fields.get("of") in killings:
                return list(killings[claim.fields["of"]].fields.get("location") or [])
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
        verb = trigger
        while not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "They went from house to house, dragged men out and shot them": the first verb's
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        # "Six workers ... were killed" (no one named): the attack told just before
        # (round 14) "The Panel documented the killing of 14 villagers": a definite noun naming no killer likewise
        # (round 19) "MINUSCA documented 23 civilians killed": a participle describing the victims names none either
        passive = not subjects and (any(c.dep_ == "nsubjpass" for c in trigger.children) or trigger.dep_ == "acl" and
                                    trigger.tag_ == "VBN" or trigger.pos_ == "NOUN" and
                                    any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children)) and \
            not any(c.dep_ in ("agent", "poss") or c.lower_ == "by" for c in trigger.children)
        # the killers referred back to ("the gunmen", "they") or unnamed ("gendarmes shot dead nine men"), no name
        if not passive and (not subjects or not any(s.lower_ in ("they", "them") or any(
                d.lower_ in ("the", "these", "those") for d in s.children) or s.tag_ == "NNS" and s.i not in self.at
                and not any(d.dep_ in ("det", "poss", "compound", "nummod") for d in s.children) for s in subjects)):
            return []
        # (round 15) the attack may be told up to three sentences before, in the same paragraph ("armed men
        # attacked a camp near the village of X. Survivors told us ... . At least 21 people were killed")
        for index in range(self.sentence.index - 1, self.sentence.index - 4, -1):
            if index < 0 or index < self.sentence.index - 1 and self.x.sents[index].base != self.sentence.base:
                break
            places = self._attacked_in(index)
            if places:
                return places
        return []

    def _attacked_in(self, index) -> list:
        """The first settlement sentence ``index`` says attackers entered or
        raided (``incursions`` in verbs.yaml), and who attacked it
        (``attackers_before``); [] when there is none."""
        before = self.x.sents[index].span if index >= 0 and index < len(self.x.sents) else None
        found = getattr(self.x, "found_mentions", None) or []
        if before is None or index >= len(found):
            return []
        entered = set(self.words["incursions"])
        # the object of the attack, or of its preposition, and what locates it ("attacked the camp of a plant near
        # the village of X"), not a relative clause on it
        hit = {d.i for v in before if v.pos_ == "VERB" and v.lemma_.lower() in entered
               for o in [c for c in v.children if c.dep_ == "dobj"] +
               [g for p in v.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
               for d in o.subtree if not any(a.dep_ == "relcl" and a.i in [x.i for x in o.subtree]
                                             for a in d.ancestors if a.i != o.i)}
        # (round 19) or a site of its own ("attacked miners' camps at X" after "the gold site of X"), not a river
        # (round 20) "the Kongo village of X", "a Pende camp near Y": a word before a noun that a place follows names
        # no place of the attack
        # (the parse may hang "near Y" on the verb)
        hit -= {d.i for t in before if t.pos_ == "NOUN" and any(p.dep_ == "prep" and p.lower_ in ("of", "near") and
                                                                any(g.pos_ == "PROPN" for g in p.subtree)
                                                                for p in list(t.children) + [
                                                                    x for x in t.head.children if x.i > t.i and
                                                                    t.dep_ == "dobj" and x.lower_ == "near"])
                for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i for d in c.subtree}
        places = [m.entity for m in found[index] if (self.x.gaz.is_a(m.entity, "Settlement") or self._site(m.entity)) and any(
            m.start <= self.x.sents[index].at(t) < m.end for t in before if t.i in hit)]
        # (round 14) who made the attack: a non-state armed group its subject names ("X fighters attacked")
        by = {d.i for v in before if v.pos_ == "VERB" and v.lemma_.lower() in entered for c in v.children
              if c.dep_ == "nsubj" for d in c.subtree}
        # (round 30) or a new organisation whose fighters the subject names ("Fighters of the X (XY) surrounded ...")
        people = set(type_cues()["armed"]["people"])
        fighters = {d.i for v in before if v.pos_ == "VERB" and v.lemma_.lower() in entered for s in v.children
                    if s.dep_ == "nsubj" for c in s.subtree if c.lower_ in people for p in c.children
                    if p.dep_ == "prep" and p.lower_ in ("of", "from") for d in p.subtree}
        self.attackers_before = [m.entity for m in found[index] if places and (self.x.gaz.is_a(
            m.entity, "ArmedGroup") and not self.x.gaz.is_a(m.entity, "StateArmedForces") and any(
            m.start <= self.x.sents[index].at(t) < m.end for t in before if t.i in by) or self._fighters_of(
            m, fighters, before, index))][:1]
        return places[:1]  # "near the village of X, in Y County": the first names the site, the next locate it

    def _fighters_of(self, mention, fighters: set, before, index) -> bool:
        """(round 30) True for a new organisation named where ``fighters`` says whose fighters attacked; it is
        retyped an armed group."""
        entity = self.x.gaz.entities.get(mention.entity)
        if entity is None or not entity.new or entity.type != "Organisation" or mention.kind == "anaphor" or not any(
                mention.start <= self.x.sents[index].at(t) < mention.end for t in before if t.i in fighters):
            return False
        entity.type = "ArmedGroup"
        return True

    @staticmethod
    def accuser(token) -> bool:
        """(round 33) True for the subject of a verb of blaming (``blaming_lemmas`` in language.yaml) above the
        killing: "The police hold X responsible for the attack, in which gunmen killed ..." (the police accuse)."""
        while token.dep_ == "compound" and token.head.i != token.i:
            token = token.head  # "The Tarsk Gendarmerie": the name's head
        verb = token.head
        if verb.lemma_.lower() == "hold" and not any(t.lower_ in language()["holding_to_account"] for t in verb.subtree):
            return False  # "fighters held the town and killed ...": they held it
        return token.dep_ == "nsubj" and verb.lemma_.lower() in language()["blaming_lemmas"] and any(
            c.dep_ in ("dobj", "prep", "acomp", "ccomp") for c in verb.children)

    def only_locates(self, token) -> bool:
        """True for a place named only to say where another lies: (round 27) "near A, 12 km east of B" (a bearing
        of a name), (round 28) "in A, which lies in Y north of B" (in a relative clause on a place whose verb is one
        of ``locating`` in verbs.yaml)."""
        if self.names_road(token):
            return True  # (round 30) "at a checkpoint on the Tamberi road": the road leads there, the killing is not
        if _names_body(token):
            return True  # (round 34) "the Tarvo State Prosecutor's Office blames ...": a body's name, no site
        if any(a.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") and
               a.head.lemma_.lower() in language()["instrument_lemmas"] for a in (token, *token.ancestors)):
            return True  # (round 36) "ammunition packed in A was used to kill ...": where the means came from
        if _cared_at(token):
            return True  # (round 37) "fourteen others taken to hospital in A": where the wounded went, not the site
        bearing = token.head.head if token.head.lower_ == "of" else None
        if bearing is not None and bearing.lower_ in _BEARINGS and (
                bearing.head.i in self.at or bearing.head.pos_ == "PROPN"):
            return True
        return any(a.dep_ == "relcl" and a.lemma_.lower() in self.words["locating"] and (
            a.head.i in self.at or a.head.pos_ == "PROPN") for a in token.ancestors)

    def named_paragraphs_before(self, token, trigger) -> bool:
        """(round 29) True when ``token`` is an anaphor in the victims' words ("the village's teacher") whose place this
        paragraph never names: a
        place told paragraphs before, which a killing the paragraph tells is no more than likely to be in."""
        mention = self.at.get(token.i)
        victims = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if mention is None or mention.kind != "anaphor" or not any(
                token.i in [d.i for d in v.subtree] for v in victims):
            return False  # only in the victims' words ("the village's teacher"), never a site ("on the town's jetty")
        here = [m for s, found in zip(self.x.sents, self.x.found_mentions)
                if s.base == self.sentence.base and s.index <= self.sentence.index for m in found]
        return not any(m.entity == mention.entity and m.kind != "anaphor" for m in here)

    def placed(self, places: list, trigger) -> list:
        """A killing's places: (round 26) a road named after two others of the list gives way to them ("on the road
        between A and B"); (round 36) a river, lake or sea whose own phrase goes on "near" a settlement ("shot two men
        on the X river near Y", "on Lake X near Y") gives way to it: the point reference the text places it at."""
        places = [i for i in places if len(places) < 2 or not self._road_between(i, places)]
        return list(dict.fromkeys(self._settlement_near(i, trigger) or i for i in places))

    def _settlement_near(self, ident: str, trigger):
        """The settlement a water's own words say it was near ("the X river near Y"), or ``None``."""
        entity = self.x.gaz.entities.get(ident)
        if entity is None or not any(w in language()["not_site_words"] for w in entity.label.lower().split()):
            return None
        for t in trigger.sent:
            if t.i in self.at and self.at[t.i].entity == ident and t.dep_ == "pobj":
                hosts = (t, t.head.head)  # the parse may hang "near Y" on the noun "on the X river" hangs on
                for near in (c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "near"):
                    named = [c for c in near.children if c.dep_ == "pobj"]  # "near Y", "near the town of Y"
                    named += [g for c in named for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                              for g in o.children if g.dep_ == "pobj"]
                    for place in (c for c in named if c.i in self.at):
                        if self.x.gaz.is_a(self.at[place.i].entity, "Settlement"):
                            return self.at[place.i].entity
        return None

    def _site(self, ident: str) -> bool:
        """True for a place of class Place that is no river, lake or sea (``not_site_words`` in language.yaml)."""
        entity = self.x.gaz.entities.get(ident)
        return entity is not None and entity.type == "Place" and not any(
            w in language()["not_site_words"] for w in entity.label.lower().split())

    def _region_attacked(self, trigger) -> list:
        """The region a killing's subject, a harm (``words.harms``), names as
        where it struck, when no settlement places it ("an attack on a shrine in
        X district killed five"), or the region a verb of killing says it was
        near ("killed 14 shepherds near X"); [] otherwise."""
        subjects = [c for c in trigger.children if c.dep_ == "nsubj" and c.lemma_.lower() in self.words["harms"]]
        paths = ("nsubj>prep:on>prep:in", "nsubj>prep:in", "nsubj>prep:at>prep:in") if subjects else ()
        # (round 24) "killed 14 shepherds near X", "killed eight people at a roadblock near X": a place named only as
        # what the killing was near, though the text calls it a district (the town of its name); a verb's only (a
        # noun's "the killing of six men at a checkpoint near X" may name a town the text also calls a district)
        for path in paths + (_NEAR_PATHS if trigger.pos_ == "VERB" else ()):
            for t in self.slot(trigger, path):
                if path in _NEAR_PATHS and t.i not in self.at:
                    continue  # "near the border with X": near the border, not X
                regions = [r for r in self.resolve(t, "Region") if not self.x.gaz.is_a(r, "State")]
                if regions:
                    return regions[:1]
        return []

    @staticmethod
    def _victims_noun(trigger):
        """The object or passive subject of a verb of killing, or ``None``."""
        return next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)

    def _killing_placed_after(self, trigger) -> list:
        """The place of a killing whose sentence names only a region or none:
        the first settlement the next sentence says "the attackers", "the
        gunmen" or "they" shot at, attacked or entered ("Gunmen killed nine
        villagers in the Northern Region. The attackers ... shot residents of
        X, a farming settlement"; kill verbs and ``incursions`` in verbs.yaml);
        [] otherwise."""
        # (round 15) or the sentence after that ("Gunmen killed four guards at a station ... . "<quote>," a
        # spokesman said. He said the attackers had arrived at the station at X")
        return self._attacked_after(self.sentence.index + 1) or self._attacked_after(self.sentence.index + 2)

    def _attacked_after(self, index) -> list:
        """The first settlement sentence ``index`` says the attackers, named
        back, shot at, attacked or entered; [] otherwise."""
        found = getattr(self.x, "found_mentions", None) or []
        if index >= len(self.x.sents) or index >= len(found) or self.x.sents[index].span is None:
            return []
        after = self.x.sents[index]
        if any(t.lower_ in ("separate", "another", "other", "earlier", "later", "second") for t in after.span):
            return []
        acts = set(self.words["incursions"]) | set(self.kill_lemmas)
        hit = set()
        for v in after.span:
            if v.pos_ != "VERB" or v.lemma_.lower() not in acts:
                continue
            subjects = [c for c in v.children if c.dep_ == "nsubj"]
            if not any(s.lower_ == "they" or s.tag_ == "NNS" and s.i not in {t.i for t in after.span if any(
                    m.start <= after.at(t) < m.end for m in found[index])} and any(
                    d.lower_ in ("the", "these", "those") for d in s.children) for s in subjects):
                continue  # the killers referred back to, not named anew ("Police killed two suspects in X")
            for o in [c for c in v.children if c.dep_ == "dobj"] + \
                    [g for p in v.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]:
                hit |= {d.i for d in o.subtree if not any(a.dep_ in ("relcl", "appos") and a.i != o.i and
                                                          a.i in {x.i for x in o.subtree} for a in d.ancestors)}
        hit_mentions = [m for m in found[index] if any(m.start <= after.at(t) < m.end for t in after.span if t.i in hit)]
        for m in hit_mentions:  # "residents of X, a forestry settlement in Y": a place the NER took for a body
            entity = self.x.gaz.entities.get(m.entity)
            if entity is not None and entity.new and entity.type in ("Organisation", "Company") and \
                    _SETTLEMENT_APPOSED.match(self.x.text, m.end):
                entity.type = "Settlement"
        places = [m.entity for m in hit_mentions if self.x.gaz.is_a(m.entity, "Settlement")]
        return places[:1]
