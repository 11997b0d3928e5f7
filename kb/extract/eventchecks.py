"""Checks the event coder makes on a relation it has read off the parse
(split from ``events.py``): a second killing coordinated with the first, a
state body only quoted before, items put in custody rather than supplied, a
pronoun misread as a state or as the body that reports, a phrase that only dates what was said, a sender known
through its owner, items carried on to a place after their sale, a
negation that only remarks on a figure, the people "them" stands for, a killing told as a habit."""

from __future__ import annotations

import re
from functools import lru_cache

from .anaphora import named_as_source
from .lexicon import language, type_cues, verbs


class EventChecks:
    """Mixed into :class:`~kb.extract.events.EventCoder`; needs ``x`` (the
    extractor), ``at`` (token index -> mention), ``words``, ``kill_lemmas`` and ``victims``."""

    def _own_clause(self, trigger) -> bool:
        """True when a verb of killing coordinated with another one has a
        subject of its own that is no pronoun ("X killed eleven fishermen at
        A, and an attack on a shrine killed five"): a second killing."""
        return trigger.dep_ == "conj" and trigger.head.lemma_.lower() in self.kill_lemmas and \
            trigger.lemma_.lower() in self.kill_lemmas and \
            any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in trigger.children)

    @staticmethod
    def _habitual(trigger, victims) -> bool:
        """(round 26) True for a killing told as what someone does, not as an event: a verb in the simple present
        ("a group that kills fishermen on X", "gangs that murder herders near Y", "fishermen are killed near Z every
        month") whose victims (the token ``victims``) are a bare plural, counted by no number, article or possessive
        (a headline's "Gunmen kill 12 farmers in X" is still one)."""
        aux = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
        if trigger.pos_ != "VERB" or not (trigger.tag_ in ("VBZ", "VBP") and not aux or trigger.tag_ == "VBN" and aux
                                          and all(a.tag_ in ("VBZ", "VBP") for a in aux)):
            return False
        return victims.tag_ == "NNS" and not any(
            d.dep_ in ("nummod", "det", "poss", "quantmod") or d.like_num for d in victims.children)

    def _habitual_or_several(self, trigger, victims) -> bool:
        """A killing told as a habit or as a summary of several: no one killing."""
        return self._habitual(trigger, victims) or self._several_told(trigger)

    def _several_told(self, trigger) -> bool:
        """(round 37) True for a killing told in a relative clause on several harms ("documented three attacks in
        which civilians were killed", "several raids in which herders died"; a number above one or one of
        ``series_words`` in language.yaml): a summary of killings told one by one, no one killing."""
        head = trigger.head
        if trigger.dep_ != "relcl" or head.tag_ != "NNS" or head.lemma_.lower() not in self.words["harms"]:
            return False
        series = set(language()["series_words"])
        return any(c.lower_ in series or c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1")
                   for c in head.children)

    def _road_between(self, ident: str, places: list) -> bool:
        """(round 26) True when ``ident`` is a road named after two other places of the list ("the A-B road",
        minted from "on the road between A and B"): the killing is placed at A and B."""
        entity = self.x.gaz.entities.get(ident)
        if entity is None or entity.label.split()[-1].lower() not in self.words["road_nouns"]:
            return False
        named = [i for i in places if i != ident and i in self.x.gaz.entities and
                 self.x.gaz.entities[i].label.lower() in entity.label.lower()]
        return len(named) >= 2

    def _reported_other(self, ident: str, start: int) -> bool:
        """True when the sentence before names ``ident`` last as the subject of
        a verb whose "that"-clause has another named body for subject ("The
        Panel estimates that the X has ..."): what it reported on, not itself,
        is what the next sentence's "it" stands for."""
        index = self.sentence.index
        if index < 1 or index - 1 >= len(self.x.found_mentions):
            return False
        before, sent = self.x.found_mentions[index - 1], self.x.sents[index - 1]
        named = [m for m in before if m.entity == ident and m.kind not in ("anaphor", "demonym")]
        if not named or any(m.entity == ident for m in self.x.found_mentions[index] if m.end <= start):
            return False
        last = max(named, key=lambda m: m.start)
        for verb in sent.span:
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and last.start <= sent.at(c) < last.end]
            for clause in (c for c in verb.children if c.dep_ == "ccomp") if subjects else ():
                if any(m.entity != ident and m.kind not in ("anaphor", "demonym") and self.x.gaz.is_a(m.entity, "Organisation")
                       and any(m.start <= sent.at(w) < m.end for c in clause.children if c.dep_ == "nsubj" for w in c.subtree)
                       for m in before):
                    return True
        return False

    def reporter_only(self, ident: str, filled: list, here: list) -> bool:
        """True when only a pronoun ("it", "its") among the mentions that
        filled a role (``filled``) stands for ``ident``, a state's forces or
        body that the sentence's mentions (``here``) do not name and that the
        text has so far named only as who said something (a speaker, in no
        relation as an actor; a post's body is none): "the police said ... It is headed by X" is about the group
        the police spoke of, which the resolver did not find."""
        mentions = [m for m in filled if m.entity == ident]
        pronouns = [m for m in mentions if m.kind == "anaphor" and m.text.lower() in ("it", "its", "their", "they")]
        if pronouns and len(pronouns) == len(mentions) and named_as_source(self.x, self.sentence.index, ident,
                                                                             pronouns[0].start):
            return True  # (round 26) "According to the Group, it is led by X": not the Group
        if pronouns and len(pronouns) == len(mentions) and pronouns[0].text.lower() in ("it", "its") and \
                self._reported_other(ident, pronouns[0].start):
            return True  # (round 33) "The Panel estimates that the X has ... . Its founder, Y": X's, not the Panel's
        if not any(self.x.gaz.is_a(ident, c) for c in ("StateArmedForces", "GovernmentBody")):
            return False
        # (round 16) "The army moved two battalions into X" after "the Philippine Army said": a noun its name holds
        # names that force as surely as its name ("the army" after "the Gendarmerie said" still does not)
        label = self.x.gaz.entities[ident].label.lower() if ident in self.x.gaz.entities else ""
        if not mentions or any(m.kind != "anaphor" or m.text.split()[-1].lower() in label.split() for m in mentions) or any(
                m.entity == ident and m.kind != "anaphor" for m in here):
            return False
        if not any(st.fields.get("speaker") == ident for st in self.x.statements_so_far):
            return False
        acting = ("actor", "controller", "controlled", "supplier", "recipient", "authority", "targets", "owner", "owned")
        return not any(ident in (v if isinstance(v, list) else [v]) for c in self.x.claims.values()
                       for k, v in c.fields.items() if k in acting)  # the body of a post, who gave a figure: no act

    @staticmethod
    def _any_items(trigger) -> bool:
        """(round 33) True when the items given are none in particular ("denied selling any ammunition to the
        militia", "had not sent any weapons"): a transfer denied or doubted, no transfer itself."""
        items = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(d.dep_ == "det" and d.lower_ == "any" for c in items for d in c.children)

    def _custody(self, trigger, values) -> bool:
        """True when a verb of giving puts items in custody rather than
        supplying them: given "for examination" (``words.custody``), or "handed
        over" to a state, its forces or one of its bodies."""
        # (round 25) "for tracing", "for marking and tracing": the gerund's lemma ("trace") is not the list's
        # word, and the purpose may be the second of two
        purpose = any(w.lemma_.lower() in self.words["custody"] or w.lower_ in self.words["custody"]
                      for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for"
                      for g in p.children for w in (g, *g.conjuncts))
        over = any(c.dep_ == "prt" and c.lower_ == "over" for c in trigger.children)
        official = any(self.x.gaz.is_a(i, k) for i in values.get("recipient", [])
                       for k in ("State", "StateArmedForces", "GovernmentBody"))
        return purpose or over and official or self._overrun(trigger) or self._any_items(trigger) or \
            self._owned_sender(trigger, values) or self._carried_on(trigger, values)

    def _prohibited(self, trigger) -> bool:
        """(round 39) True when the transfer is what a ban forbids ("all transfers of arms to X remain prohibited",
        "the embargo bars the supply of weapons to X", "banned from selling rifles to X"): a rule, no delivery
        (``words.prohibiting``)."""
        heads = [trigger.head, trigger.head.head] if trigger.dep_ in ("pobj", "pcomp") else [trigger.head]
        return any(h.lemma_.lower() in self.words["prohibiting"] for h in heads if h.i != trigger.i) or any(
            c.dep_ == "acomp" and c.lemma_.lower() in self.words["prohibiting"] for c in trigger.head.children
            if trigger.dep_ in ("nsubj", "nsubjpass"))

    def _carried_on(self, trigger, values) -> bool:
        """(round 35) True when a verb sends on the items a transfer before it gave someone ("sold rifles to X,
        shipping them from A to B", "... and flew them to B") and names a state or place: where they went, no
        second recipient."""
        head = trigger.head
        if trigger.dep_ not in ("advcl", "conj") or head.lemma_.lower() not in _giving() or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children) or \
                not any(c.dep_ == "dobj" and c.lower_ in ("them", "it") for c in trigger.children) or \
                not any(c.dep_ in ("dative", "prep") and c.lower_ in ("to", "for") or c.dep_ == "dobj" and any(
                    p.lower_ == "to" for p in c.children) for c in head.children):
            return False
        return bool(values.get("recipient")) and all(self.x.gaz.is_a(i, "State") or self.x.gaz.is_a(i, "Place")
                                                     for i in values["recipient"])

    def _owned_sender(self, trigger, values) -> bool:
        """(round 35) True when the sender is a body written through its owner ("every cargo his company had sent to
        X") and went unresolved: a named sender the reader knows, never an unnamed supplier."""
        if values.get("supplier"):
            return False
        senders = [c for c in trigger.children if c.dep_ == "nsubj"] + \
            [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return any(s.lemma_.lower() in self.words["business_nouns"] and any(
            d.dep_ == "poss" and d.lower_ in ("his", "her") for d in s.children) for s in senders)

    def _overrun(self, trigger) -> bool:
        """(round 25) True when the items came "from" a place the clause on it says was overrun, raided or looted
        ("come from army positions it has overrun", "obtained from police stations its fighters raided";
        ``words.overrun``): taken, not supplied."""
        return any(p.dep_ == "prep" and p.lower_ == "from" and (p.head == trigger or p.head.head == trigger)
                   for p in trigger.subtree for g in p.children if g.dep_ == "pobj" for c in g.children
                   if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in self.words["overrun"])

    def _misread_pronoun(self, trigger, values) -> str | None:
        """True when the recipient is a pronoun read as a state, or as the body
        the same sentence names as who reports ("reviewed by X", "told X",
        "according to X"): a writer would have named that body, not said "it".
        Gives "state", "reporter" or ``None``."""
        sent = trigger.sent
        pronouns = [t for t in sent if t.pos_ == "PRON" and t.i in self.at and self.at[t.i].entity in values["recipient"]]
        if any(self.x.gaz.is_a(self.at[p.i].entity, "State") for p in pronouns):
            return "state"
        told = ("review", "tell", "accord", "report", "examine", "see", "obtain", "verify")
        reporters = {self.at[t.i].entity for t in sent if t.i in self.at and t.pos_ != "PRON" and (
            any(a.lower_ in ("by", "to") and a.head.lemma_.lower() in told for a in list(t.ancestors)[:2])
            or t.dep_ in ("dobj", "dative") and t.head.lemma_.lower() == "tell")}
        return "reporter" if any(self.at[p.i].entity in reporters for p in pronouns) else None

    def company_of_staff(self, token) -> list:
        """The company whose staff a killer's noun names ("guards of the
        private security company X", ``company_staff`` in lexicon/verbs.yaml):
        ``[id]`` or ``[]``."""
        if token.lemma_.lower() not in self.words["company_staff"]:
            return []
        # (round 34) "guards employed by X", "guards working for X": the company that hires them (``hired_by``)
        heads = [p for p in token.children if p.dep_ == "prep" and p.lower_ == "of"] + [
            p for a in token.children if a.dep_ == "acl" and a.lemma_.lower() in self.words["hired_by"]
            for p in a.children if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ == "for"]
        return [i for p in heads for g in p.children
                if g.dep_ == "pobj" for i in self._resolve(g) if self.x.gaz.is_a(i, "Company")][:1]

    def force_of_unit(self, token) -> list:
        """(round 34) The armed force a killer's unit belongs to ("a patrol of the X", "a squad of X soldiers";
        ``killer_units`` in lexicon/verbs.yaml): ``[id]`` or ``[]``."""
        if token.lemma_.lower() not in self.words["killer_units"]:
            return []
        return [i for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for g in p.children
                if g.dep_ == "pobj" for i in self._resolve(g) if self.x.gaz.is_a(i, "ArmedGroup")][:1]

    def group_of_fighters(self, token) -> list:
        """(round 30) The new organisation whose fighters a killer's noun names ("Fighters of the Union pour la
        Paix (UPV) killed ...", "militiamen from X", "X gunmen"; ``people`` in type_cues.yaml): ``[id]``, retyped
        an armed group (a body whose fighters kill is armed), or ``[]``; a known body is never retyped."""
        people = type_cues()["armed"]["people"]
        mention = self.at.get(token.i)
        if mention is not None and _fighters_of().search(self.x.text[max(0, mention.start - 40):mention.start]):
            named = [token]  # the parse may split a long name and make a word of it the subject
        elif token.lower_ not in people:
            return []
        else:
            named = [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for g in p.children
                     if g.dep_ == "pobj"] + [c for c in token.children if c.dep_ == "compound"]
        named = [g for g in named if g.i in self.at and self.at[g.i].kind != "anaphor"]  # "of the group": no name
        found = [i for g in named for i in self._resolve(g) if self.x.gaz.entities[i].new and
                 self.x.gaz.entities[i].type == "Organisation"][:1]
        for ident in found:
            self.x.gaz.entities[ident].type = "ArmedGroup"
        return found

    def force_named_before(self, token) -> list:
        """The state force or armed group an earlier sentence named whose
        name ends with the common noun an operation's subject is ("the
        gendarmerie" after "the Royal Gendarmerie"): ``[id]`` or ``[]``."""
        if token.dep_ != "nsubj" or token.i in self.at or token.pos_ != "NOUN" or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or \
                any(c.dep_ in ("compound", "amod", "poss") for c in token.children):
            return []
        for mentions in reversed(self.x.found_mentions[:self.sentence.index + 1]):
            for m in reversed(mentions):
                entity = self.x.gaz.entities.get(m.entity)
                if entity is not None and self.x.gaz.is_a(m.entity, "ArmedGroup") and \
                        entity.label.split()[-1].lower() == token.lower_ and len(entity.label.split()) > 1:
                    return [m.entity]
        return []

    @staticmethod
    def _when_or_how(prep) -> bool:
        """(round 19) A phrase that says only when or where a thing was said ("on the same day", "on Monday",
        "in a statement"): a date or time, or "in" a message (``said_in_nouns`` in language.yaml); never "for" or
        "over" what."""
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        return prep.dep_ == "prep" and bool(objects) and (
            prep.lower_ in ("on", "in", "during", "after") and all(g.ent_type_ in ("DATE", "TIME") for g in objects)
            or prep.lower_ == "in" and all(g.lemma_.lower() in language()["said_in_nouns"] for g in objects))

    def _figure_remark(self, trigger) -> bool:
        """True when the negated verb above ``trigger`` only remarks on the figure
        after it ("said nine people were killed, a figure the agency could not
        confirm"; words.figure_nouns): the parse's head, not a denial of the act."""
        return any(c.dep_ == "nsubj" and c.i > trigger.i and any(
            t.lemma_.lower() in self.words["figure_nouns"] for t in c.subtree) for c in trigger.head.children)

    @staticmethod
    def _of_them(trigger, tokens):
        """The number in "N of them" that a conjoined killing verb ``trigger`` has for its object ("... and shot
        eleven of them dead"), among ``tokens`` or (round 23) its own objects whatever the slot; else ``None``."""
        return next((t for t in tokens + [c for c in trigger.children if c.dep_ == "dobj"]
                     if t.like_num and trigger.dep_ == "conj" and any(
                         p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ == "them" for g in p.children)
                         for p in t.children)), None)

    @staticmethod
    def _counted_objects(trigger, part, tokens) -> list:
        """``tokens`` with the first verb's objects that "N of them" after ``trigger`` counts ("ambushed villagers
        ... and shot eleven of them"); (round 23) without them when a nearer noun object stands between ("joined
        officers in chasing the raiders and shot four of them": the raiders, not the officers)."""
        nearer = {o.i for o in trigger.head.children if o.dep_ == "dobj" and o.i < part.i and any(
            t.dep_ in ("dobj", "nsubjpass") and t.pos_ == "NOUN" for t in o.doc[o.i + 1:part.i])}
        objects = [o for o in trigger.head.children if o.dep_ == "dobj" and o.i < part.i and o.i not in nearer]
        if objects and all(o.pos_ == "PRON" for o in objects) and trigger.head.dep_ == "conj":
            # (round 30) "stopped herders ..., accused them of spying and killed eight of them": the first verb's
            objects += [o for o in trigger.head.head.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
        groups = set(verbs()["words"]["victim_groups"])  # (round 30) "stopped a group of herders": the herders
        return [t for t in tokens if t.i not in nearer] + objects + [
            g for o in objects if o.lemma_.lower() in groups for p in o.children if p.dep_ == "prep" and
            p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]

    def _them_before(self, them):
        """The people "them" stands for in "gathered the men near the well and shot them": the nearest object
        before it in its sentence that names victims (``victims`` in lexicon/verbs.yaml), or None; (round 26) not
        the object of a gerund after a preposition ("accused them of passing information and shot them")."""
        for t in reversed(them.doc[them.sent.start:them.i]):
            if t.dep_ in ("dobj", "nsubjpass") and t.pos_ == "NOUN" and t.head.dep_ == "pcomp":
                continue  # (round 26) "accused them of passing information": what they were said to do, no one held
            if t.dep_ in ("dobj", "nsubjpass") and t.pos_ == "NOUN":
                return t if t.lemma_.lower() in self.victims else None
        return None


@lru_cache(maxsize=1)
def _giving() -> frozenset:
    """The lemmas of the transfer frames whose subject gives the items."""
    return frozenset(lemma for f in verbs()["frames"] if f["relation"] == "ArmsTransfer" and "not_joined_to" not in f
                     for lemma in f.get("lemmas", []))


@lru_cache(maxsize=1)
def _fighters_of() -> re.Pattern:
    """ "fighters of (the) ", "militiamen from ": a killer's noun (``armed: people`` in type_cues.yaml) right
    before a name, at the end of the text searched."""
    return re.compile(r"\b(?:" + "|".join(type_cues()["armed"]["people"]) + r") (?:of|from) (?:the )?$", re.I)
