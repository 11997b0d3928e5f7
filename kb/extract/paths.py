"""Slot paths on the dependency parse: from a trigger word to the tokens that
fill a role ("nsubj", "dobj>prep:of", "agent", "head>nsubj"), with
coordination and relative clauses (subjects shared between clauses:
:mod:`kb.extract.sharedsubjects`). Mixed into
:class:`kb.extract.events.EventCoder`; the paths themselves are data
(``lexicon/verbs.yaml``).

The dependency labels are spaCy's English (ClearNLP) scheme.
"""

from __future__ import annotations

from .lexicon import language, saying_lemmas, verbs, weapons
from .named import is_arms
from .sharedsubjects import SharedSubjects


class SlotPaths(SharedSubjects):
    """Needs ``at`` (token index -> mention), ``apposed_after`` and ``x`` (the extractor)."""

    # ------------------------------------------------------------ slots
    def slot(self, trigger, path: str) -> list:
        """Tokens a slot path reaches from the trigger, with their conjuncts."""
        current = [trigger]
        for depth, step in enumerate(path.split(">")):
            nxt = []
            for token in current:
                # "a travel ban and an asset freeze on X": the conjuncts of an object lead on too
                for t in [token] + (list(token.conjuncts) if depth and token.pos_ in ("NOUN", "PROPN") else []):
                    nxt += [n for n in self.step(t, step) if n not in nxt]
            current = nxt
        out = []  # (round 31) "A mission in X said ...": a noun that is its own clause's subject is not its own actor
        for token in (c for c in current if not (path.startswith("clause>") and c.i == trigger.i)):
            # "X, a freight forwarder ..., and its director, Y": the parse joins the second to the first's apposition
            apposed = [c for a in token.children if a.dep_ == "appos" and a.i > token.i for c in a.subtree
                       if c.dep_ == "conj" and any(d.dep_ == "poss" and d.lower_ in ("its", "their") for d in c.children)
                       and any(d.dep_ == "appos" and d.i in self.at for d in c.children)]
            for t in [token] + list(token.conjuncts) + apposed:
                if t not in out:
                    out.append(t)
            out += [n for n in self._called(token) if n not in out]
        return out

    def _place(self, token) -> bool:
        """(round 31) True when the mention at ``token`` is a place (not the doer named before a bearing)."""
        return self.x.gaz.is_a(self.at[token.i].entity, "Place")

    def _called(self, token) -> list:
        """"a man known as X", "a former officer named X": the name a common noun is given (words.called)."""
        if token.pos_ != "NOUN":
            return []
        return [g for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in self.words["called"]
                for g in [x for x in c.children if x.dep_ == "oprd"] +
                [y for x in c.children if x.dep_ == "prep" and x.lower_ == "as" for y in x.children if y.dep_ == "pobj"]]

    def step(self, token, step: str) -> list:
        if step == "self":
            return [token]
        if step == "subtree_not_subject":  # the subtree, less a subject that is itself a name ("Background, from
            # the report: JTS gunmen killed ...": a heading word the parse made the subject is no place of the act)
            return [t for t in self.step(token, "subtree") if not (t.dep_ == "nsubj" and t.head.i == token.i)]
        if step == "held_of":  # (round 36, trade) "froze all funds in the country of A, ..., and of B": the holders
            # after a place phrase on the assets and after the assets themselves; none unless the place's comes first
            direct = [p for o in token.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children if p.dep_ == "pobj"]
            placed = [p for i in token.children if i.dep_ == "prep" and i.lower_ == "in" for n in i.children
                      if n.dep_ == "pobj" for o in n.children if o.dep_ == "prep" and o.lower_ == "of"
                      for p in o.children if p.dep_ == "pobj"]
            # ", of its leader, C" after A: a third holder the parse hung on A's name
            placed += [p for a in placed if a.pos_ == "PROPN" for o in a.children if o.dep_ == "prep" and o.lower_ == "of"
                       and o.i > 0 and o.doc[o.i - 1].text == "," for p in o.children if p.dep_ == "pobj"]
            return placed + direct if direct and placed and max(t.i for t in placed) < min(t.i for t in direct) else []
        if step == "dated_subject":  # (round 39, trade) "On 30 October OFAC removed X": a subject-less verb whose
            # date phrase swallowed the name after the date (the name the date's words hang on)
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in token.children):
                return []  # (a "subject" after the verb is its object misread: see late_subject)
            return [p for o in token.children if o.dep_ == "prep" and o.lower_ in ("on", "in") and o.i < token.i
                    for p in o.children if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ != "DATE"
                    and p.i + 1 == token.i and any(c.ent_type_ == "DATE" for c in p.children)]
        if step == "late_subject":  # (round 39, lead) "On Monday OFAC removed X, a notary ...": with the subject
            # swallowed by the date, the parse makes the name after the verb its subject; it is the object
            if any(c.dep_ == "dobj" for c in token.children) or not self.step(token, "dated_subject"):
                return []
            return [c for c in token.children if c.dep_ == "nsubj" and c.i > token.i]
        if step == "alias_list":  # (round 39, trade) "designated the X, its commander, Y, alias "Z", and W": the parse
            # makes the alias word (words.alias) the list's head, the first name its subject, the last its conjunct
            heads = [a for a in token.children if a.dep_ == "dep"] + ([token.head] if token.dep_ == "advcl" else [])
            named = [n for a in heads if a.lower_ in self.words["alias"] for n in a.children
                     if n.dep_ in ("nsubj", "conj") and n.i > token.i]  # and "its commander, Y" apposed to the first
            named += [c for n in named for c in n.conjuncts if c not in named]
            apposed = [c for n in named for c in n.children if c.dep_ == "appos"]
            return named + apposed + [p for c in apposed for p in c.children if p.dep_ == "appos"]
        if step == "freezing_of":  # (round 38, trade) "ordered the freezing of the funds of A, ..., and of B": the
            # parse hangs the second holder's "of" on the freezing noun; both hold the assets (words.assets)
            assets = [p for o in token.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children
                      if p.dep_ == "pobj" and p.lemma_.lower() in self.words["assets"]]
            held = [p for a in assets for o in a.children if o.dep_ == "prep" and o.lower_ == "of"
                    for p in o.children if p.dep_ == "pobj"]
            more = [p for o in token.children if o.dep_ == "prep" and o.lower_ == "of" and assets and o.i > assets[0].i
                    for p in o.children if p.dep_ == "pobj" and p.lemma_.lower() not in self.words["assets"]]
            return held + more if held and more else []
        if step == "died_in":  # (round 24) "died in X", but not "died of his wounds in X", "died later in hospital
            # in X": where the wounded died (words.wounds) is not where they were attacked
            if any(t.lemma_.lower() in self.words["wounds"] for c in token.children if c.dep_ == "prep"
                   for t in c.subtree):
                return []
            return self.step(token, "prep:in")
        if step == "dated_clause":  # "was behind a shooting in X in May in which four people died": a relative
            # clause the parse hung on the date is about the event of the clause the date stands in
            token = _first_verb(token)  # (round 40) "in which houses were set on fire and 14 were shot dead"
            date = token.head if token.dep_ == "relcl" and token.head.ent_type_ == "DATE" else None
            if date is None or date.dep_ != "pobj" or date.head.head.pos_ not in ("VERB", "AUX"):
                return []
            if date.head.lower_ in self.words["reference_dates"]:
                return []  # (round 24) "the deadliest since March, when an attack killed nine": an earlier event
            return [t for t in date.head.head.subtree if t.i in self.at and t.i not in {d.i for d in token.subtree}]
        if step == "subtree":  # anywhere in the trigger's phrase or clause (a place named in passing), but not in a
            # relative clause on its subject ("fighters of X, which has held the village of Y, shot ..." is not in Y)
            # ("... shot nine workers who were building a road in Y": the victims' clause does place it)
            # ("Gunmen who walked into a feast in the village of Y shot ...": a "who" clause on unnamed attackers does)
            inside = {d.i for s in token.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree
                      if t.dep_ == "relcl" and (t.head.i in self.at or t.head.i != s.i or not any(
                          c.dep_ == "nsubj" and c.lower_ == "who" for c in t.children)) for d in t.subtree}
            # "near K, a hamlet on the road north of N": a place that only locates the place apposed before it
            inside |= {d.i for t in token.subtree if t.dep_ == "appos" and t.head.i in self.at for d in t.subtree}
            # (round 33) "a civil society group based in X, ... shot": where a body sits (located_suffixes) is no site
            inside |= {d.i for t in token.subtree if t.dep_ == "acl" and t.lower_ in language()["located_suffixes"]
                       for d in t.subtree}
            found = [t for t in token.subtree if t.i in self.at and t is not token and t.i not in inside]
            # "near K, a hamlet on the road north of N" (the parse may hang "north" on the verb): a place after a
            # bearing only locates a place named before it, and is no site of its own when one precedes it
            return [t for t in found if not (t.dep_ == "pobj" and t.head.lower_ == "of" and
                                             t.head.head.lower_ in self.words["bearings"] and
                                             any(f.i < t.head.head.i and self._place(f) for f in found))]
        if step == "in_subtree":  # a place in the phrase ("a campaign of violence against civilians in X")
            return [g for t in token.subtree if t.dep_ == "prep" and t.lower_ in ("in", "across", "throughout")
                    for g in t.children if g.dep_ == "pobj"]
        if step == "clause":  # the verb a phrase hangs from ("accompany FACA units on operations in X")
            t = token
            while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
                t = t.head
            return [t] if t is not token and t.pos_ in ("VERB", "AUX") else []
        if step.startswith("pobj_of:"):  # "the armed group behind the insurgency": the noun "behind" hangs on
            return [token.head.head] if token.dep_ == "pobj" and token.head.lower_ == step[8:] else []
        if step.startswith("subtree:"):  # the object of any "by" in the phrase ("by guards at a site run by X"),
            # of any "from" ("capsized under fire from X gunmen")
            return [g for t in token.subtree if t.lower_ == step[8:] for g in t.children if g.dep_ == "pobj"]
        if step == "governor_to":  # (round 15) "documented the delivery of X to Y": the "to" on the noun's verb
            verb = token.head if token.dep_ in ("dobj", "nsubjpass") and token.head != token else None
            if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs()["transfer_governors"]:
                return []
            return [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" and p.i > token.i
                    for g in p.children if g.dep_ == "pobj"]
        if step == "sender":  # (round 15) "reached X through Y, sent by Z": who sent what a verb says arrived
            return [g for c in token.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and
                    c.lemma_.lower() in verbs()["sending_verbs"] for a in c.children if a.dep_ == "agent"
                    for g in a.children if g.dep_ == "pobj"]
        if step == "user":  # "X had been flying drones bought from Y": the verb of using the items is the object of
            return [token.head] if token.dep_ in ("dobj", "nsubjpass") and token.head != token and \
                token.head.lemma_.lower() in self.words["uses"] else []
        if step == "governor":  # the verb a noun is the object of ("completed an arms delivery")
            # not a speech verb: "X confirmed that consignment to the Panel" (X said it, sent nothing)
            return [token.head] if token.dep_ in ("dobj", "nsubjpass") and token.head != token and \
                token.head.lemma_.lower() not in saying_lemmas() else []
        if step == "active_governor":  # (round 24) "documented the sale of rifles to X by Y": the "by" the parse hangs on
            # the active verb whose object the noun is (an active verb has no agent of its own)
            verb = token.head if token.dep_ == "dobj" and token.head != token else None
            return [verb] if verb is not None and verb.pos_ == "VERB" and not any(
                c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) else []
        if step == "present":  # "a criminal armed group active in X": the word placing the noun
            return [c for c in token.children if c.dep_ in ("amod", "acl") and c.lemma_.lower() in self.words["present"]]
        if step == "bound":  # "drone components bound for X": the participle naming where the items go
            return [c for c in token.children if c.dep_ == "acl" and c.lower_ in self.words["bound"]]
        if step == "site_at":  # "has held the cattle market at X": a place a group holds (words.sites) named by its
            # town, the "at" on the object or on the verb
            sites = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in self.words["sites"]]
            return [g for site in sites for p in list(site.children) + list(token.children)
                    if p.dep_ == "prep" and p.lower_ == "at" for g in p.children if g.dep_ == "pobj"]
        if step == "dobj_lead":  # "sold the KLF assault rifles": the small model folds the first of two objects, a
            # name, into the second as a modifier; the name right after the verb (and an article) before more nouns
            out = []
            for obj in (c for c in token.children if c.dep_ == "dobj" and c.i > token.i):
                first = next((t for t in token.doc[token.i + 1:obj.i] if t.dep_ != "det"), None)
                mention = self.at.get(first.i) if first is not None else None
                # only before items ("the Myanmar military": a state's name is a modifier, the object no items)
                if mention is not None and mention.kind != "demonym" and first.dep_ in ("compound", "nmod") and \
                        first.head.i <= obj.i and obj.i not in self.at and \
                        not self.x.gaz.is_a(mention.entity, "State") and is_arms(self.item_phrase(obj)):
                    out.append(first)
            return out
        if step == "where_head":  # "the gold shafts around X, where they dig": the place the clause's noun names
            if token.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in token.children):
                return []
            head = token.head
            return [head] + [g for p in head.children if p.dep_ == "prep" and p.lower_ in ("around", "in", "near", "at", "of")
                             for g in p.children if g.dep_ == "pobj"]
        if step == "appos":
            apposed = [c for c in token.children if c.dep_ == "appos"]
            # (round 16) "The owner of X Trading, A, and an agent, B,": the name right after the title's phrase
            # comes first, however the parse hung it (it may make A a conjunct and B the apposition)
            of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"] if token.pos_ == "NOUN" else []
            near = self.apposed_after(of[0]) if of else None  # the comma right after the body's name
            first = next((t for t in token.doc[of[0].i + 2:of[0].i + 8] if self.at.get(t.i) is near), None) \
                if near is not None else None
            return [first] + [c for c in apposed if c is not first] if first is not None else apposed
        if step == "poss":  # "an armed group whose leader is X": "whose" stands for the noun its clause describes
            return [self.possessor(c) for c in token.children if c.dep_ == "poss"]
        if step == "next":  # "delisted Adel Ghariani, whose ...": the name right after a verb the parse cut off
            after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if after is None or token.dep_ in ("amod", "acl") or any(c.dep_ in ("dobj", "nsubjpass")
                                                                     for c in token.children):
                return []  # a verb with an object of its own ("targets Iran's arms trade"), "a designated consignee"
            return [after] if after.i in self.at and self.at[after.i].kind != "demonym" and \
                after.i < token.sent.end else []
        if step == "next_object":  # "killed at least fourteen miners, the army said": the parse may take the
            # object for a subject of the reporting verb after it; the noun right after an active verb with no
            # object of its own, over number, determiner and adjective words only (six tokens at most)
            if token.pos_ != "VERB" or token.dep_ in ("amod", "acl") or any(
                    c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children):
                return []
            for t in token.doc[token.i + 1:min(token.i + 7, token.sent.end)]:
                if t.pos_ in ("NOUN", "PROPN"):
                    return [t] if t.dep_ in ("nsubj", "conj", "appos") else []
                if t.dep_ not in ("det", "nummod", "advmod", "amod", "quantmod", "compound"):
                    return []
            return []
        if step == "after_comma":  # "the FPF's commander, the desert strongman Ali Jibril Makhlouf," (parsed apart)
            mention = self.apposed_after(token)
            return [t for t in token.doc[token.i + 2:token.i + 9] if self.at.get(t.i) is mention][:1] if mention else []
        if step == "described_from":  # "obtained drones adapted to carry grenades from Y": the "from" the parse
            # hung inside the participle describing the items (not "rifles seized from soldiers": taken, not supplied)
            described = [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() not in self.words["taken"]]
            described += [x for c in described for x in c.children if x.dep_ == "xcomp"]
            return [g for c in described for p in c.children if p.dep_ == "prep" and p.lower_ == "from"
                    for g in p.children if g.dep_ == "pobj"]
        if step == "described_as":  # (round 19) "X, described as the group's chief financier,": the person the
            # participle of describing hangs on (verbs.yaml describing_verbs)
            verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "as" else None
            if verb is None or verb.dep_ != "acl" or verb.tag_ != "VBN" or \
                    verb.lemma_.lower() not in verbs()["describing_verbs"]:
                return []
            return [verb.head]
        if step == "shared":  # (round 19) "bought and delivered rifles ... to X": the first of two verbs joined
            # with nothing between them but "and", whose objects the parse may hang on either
            head = token.head
            if token.dep_ != "conj" or head.pos_ != "VERB" or not 0 < token.i - head.i <= 3 or any(
                    t.dep_ not in ("cc", "advmod", "punct") for t in token.doc[head.i + 1:token.i]):
                return []
            return [head]
        if step == "conj_object":  # (round 19) "entered X, which ..., and its leader, Y, on the list": a second
            # object the parse joined to the verb
            return [c for c in token.children if self._conj_object(c)]
        if step == "which_place":  # (round 22) "an attack on the village of X in which 12 villagers were killed": the
            # place of an attack ("on the village of X") a relative clause of "in which"/"where" hangs on, never any
            # place a clause follows ("villages of X where")
            # (round 29) "... in which gunmen separated the men and shot 27 of them": the clause's first verb
            token = _first_verb(token)
            place = token.head
            near = place.head if place.dep_ == "pobj" and place.head.lower_ == "near" else None
            if token.dep_ == "relcl" and near is not None and near.head.pos_ == "PROPN":
                place = near.head  # "the village of X, near Y, in which ...": X, not Y
            harm = any(a.lemma_.lower() in self.words["harms"] for a in list(place.ancestors)[:4])
            return [place] if token.dep_ == "relcl" and harm and any(
                c.lower_ in ("where", "which") for t in token.children for c in [t] + list(t.children)) else []
        if step == "which_doer":  # (round 22) ... and who carried out the attack the clause's place or noun is in
            token = _first_verb(token)  # (round 40) "in which houses were burned and 14 were shot dead"
            t = token.head if token.dep_ == "relcl" else None
            while t is not None and t.dep_ in ("pobj", "prep", "dobj") and t.head.i != t.i:
                t = t.head
                if t.pos_ == "VERB" and {t.lemma_.lower(), t.lower_} & set(self.words["harm_doing"]) and any(
                        c.lemma_.lower() in self.words["harms"] for c in t.children if c.dep_ == "dobj"):
                    return [c for c in t.children if c.dep_ == "nsubj"]
            return []
        if step == "acl_head":  # (round 19) "documented 23 civilians killed": the people a participle describes
            return [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN" else []
        if step == "taken_from":  # (round 26) "detained five men from X, accused them of ... and shot them": where
            # the first verb of the coordination took them from (words.taking), its "from" on the verb or its object
            # (the parse may hang the second verb on the first as "dep")
            first = token
            while first.dep_ in ("conj", "dep") and first.head.i != first.i and first.head.pos_ == "VERB":
                first = first.head
            return [g for t in ([first] if first is not token else []) if t.lemma_.lower() in self.words["taking"]
                    for h in [t] + [o for o in t.children if o.dep_ == "dobj"] for p in h.children
                    if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj"]
        if step == "first_conj":  # "attacked X, burned houses and killed ...": the first verb of the coordination
            t = token
            while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
                t = t.head
            return [t] if t is not token else []
        if step == "copula_subject":  # (round 16) "X is the group's treasurer", "Y remains the commander of Z"
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"] if token.dep_ == "attr" and \
                token.head.lemma_.lower() in ("be", "remain") and not any(c.dep_ == "neg" for c in token.head.children) \
                else []  # not "X is not the group's treasurer"
            # "His wife, X, is the group's treasurer": the name apposed to a common noun, never the noun's owner
            return [a for c in subjects for a in ([c] if c.pos_ != "NOUN" else
                                                  [x for x in c.children if x.dep_ == "appos" and x.i in self.at])]
        if step == "copula_attr":  # "The Panel's coordinator is X": the subject's predicate
            return [c for c in token.head.children if c.dep_ == "attr"] if token.dep_ == "nsubj" and \
                token.head.lemma_ == "be" else []
        if step == "causer":  # "bought rifles ... and had them delivered to X": the "have" that makes it happen
            return [token.head] if token.dep_ in ("ccomp", "xcomp") and token.head.i != token.i and \
                token.head.lemma_.lower() in self.words["causatives"] else []
        if step == "bought":  # what the verb the "have" is joined to has for its object ("bought rifles ... and had")
            return [c for c in token.head.children if c.dep_ == "dobj"] if token.dep_ == "conj" and \
                token.head.pos_ == "VERB" else []
        if step == "conj_head":  # "a businessman and owner of X": the noun a title is coordinated with
            return [token.head] if token.dep_ == "conj" and token.head.pos_ == "NOUN" and token.head.i != token.i else []
        if step == "before_comma":  # "the X Front (XF), an armed group active in Y": the name before the comma
            # (and its bracketed abbreviation) when the parse took the noun for a clause's word of its own
            i = min([c.i for c in token.children if c.dep_ in ("det", "amod", "compound") and c.i < token.i] +
                    [token.i]) - 1
            if i <= token.sent.start or token.doc[i].text != ",":
                return []
            i -= 1
            if token.doc[i].text == ")":
                while i > token.sent.start and token.doc[i].text != "(":
                    i -= 1
                i -= 1
            return [token.doc[i]] if i >= token.sent.start and i in self.at else []
        if step == "head_appos":  # "Idris Fallah, Bluefin's managing director": the noun the title is apposed to
            if token.dep_ != "appos":
                return []
            # "X, a national living in Lusaka, a financier of Y": the parse may hang a second apposition on the
            # place the first one names; the person the first is apposed to
            top = token.head
            while top.dep_ in ("pobj", "prep", "acl", "appos") and top.head.i < top.i:
                top = top.head
                if top.i in self.at and self.x.gaz.is_a(self.at[top.i].entity, "Person"):
                    return [token.head, top]
            return [token.head]
        if step == "conveyance_owner":  # (round 32, trade) "the company's aircraft flew rifles to X": whose craft
            return [g for c in token.children if c.dep_ == "nsubj" and c.lemma_.lower() in weapons()["conveyance_nouns"]
                    for g in c.children if g.dep_ == "poss"]
        if step == "head":
            # a relative clause the parse took for a complement ("an attack in October that killed three")
            relative = token.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which")
                                                     for c in token.children)
            return [token.head] if (token.dep_ in ("acl", "amod", "relcl", "advcl", "xcomp", "conj", "attr") or
                                    relative) and token.head.i != token.i else []
        if step.startswith("prep:"):
            word = step[5:]
            preps = [c for c in token.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ == word]
            # "on X, and on Y": a preposition coordinated with the first (the parse may hang it on the verb)
            preps += [c for p in list(preps) for c in p.conjuncts if c.lower_ == word and c not in preps]
            preps += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == word
                      and preps and c not in preps]
            if preps and token.dep_ in ("dobj", "nsubjpass", "conj"):  # "froze the assets of X, and of Y" (hung on the verb)
                verb = token.head if token.dep_ != "conj" or token.head.pos_ in ("VERB", "AUX") else token.head.head
                preps += [c for c in verb.children if c.lower_ == word and c.i > token.i and c not in preps and (
                    c.dep_ == "conj" and c.pos_ == "ADP" or
                    c.dep_ == "prep" and c.i > 0 and token.doc[c.i - 1].lower_ in ("and", "as well as", ","))]
                preps += [c for p in list(preps) for c in p.conjuncts if c.lower_ == word and c not in preps]  # ", and on Z"
            return [g for p in preps for g in p.children if g.dep_ in ("pobj", "pcomp")]
        if step == "agent":
            return [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if step == "dative":
            return [c for c in token.children if c.dep_ == "dative"]
        if step == "pobj":
            return [c for c in token.children if c.dep_ == "pobj"]
        found = [c for c in token.children if c.dep_ == step]
        if step in ("nsubj", "dobj") and token.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in token.children):
            # (round 20) "OFAC designated Y Freight Limited, a haulier, and ...": the small model may make the object
            # a second subject after the verb; with a subject before the verb, it is the object
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            late = [c for c in subjects if c.i > token.i] if any(c.i < token.i for c in subjects) else []
            found = [c for c in found if c not in late] if step == "nsubj" else late
        if step == "dobj" and found and token.pos_ in ("VERB", "AUX"):
            # "imposing sanctions on X, and travel bans on Y": a noun the parse coordinated with the verb is an object
            found += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > found[0].i]
        if not found and step in ("nsubj", "nsubjpass"):
            # the small model sometimes hangs the subject on an auxiliary ("troops remained deployed")
            found = [g for c in token.children if c.dep_ in ("aux", "auxpass") for g in c.children
                     if g.dep_ in ("nsubj", "nsubjpass")]
        if step == "nsubj" and token.pos_ in ("VERB", "AUX"):
            # "X, whose leader is Y, alias "Z", operates in ...": the small model may make a word of the apposition
            # the subject and hang the name under it as that word's own subject
            found += [g for c in found if c.i not in self.at and c.pos_ == "NOUN" for g in c.children
                      if g.dep_ == "nsubj" and g.i in self.at and g.i < c.i and g not in found]
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children) or bool(found)
        if not found and not has_subject and step in ("nsubj", "nsubjpass") and \
                token.dep_ in ("xcomp", "conj", "advcl", "relcl", "acl", "pcomp"):
            found = self.inherited_subject(token, step)
        return found

    @staticmethod
    def _conj_object(child) -> bool:
        """A noun the parse joined to its verb as a conjunct after the verb's object ("entered X ... and its
        leader, Y, on the list")."""
        return child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "dobj" and c.i < child.i for c in child.head.children)

    @staticmethod
    def _done(obj, words: set) -> bool:
        """The object of a verb of doing is one of ``words``, or (round 36) "them"/"it" after one of them in its
        sentence ("denied the killings and accused Y of carrying them out")."""
        return obj.lemma_.lower() in words or obj.lower_ in ("them", "it") and any(
            t.lemma_.lower() in words for t in obj.sent if t.i < obj.i)

    def has_object(self, trigger, words: set) -> bool:
        """True when the trigger's object (direct, or of a preposition) is one of ``words``."""
        for child in trigger.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr", "dative", "pobj", "oprd") and child.lemma_.lower() in words:
                return True
            if child.dep_ in ("dep", "conj") and child.i > trigger.i and child.lemma_.lower() in words and any(
                    c.dep_ == "dobj" for c in trigger.children):
                return True  # "impose asset freezes ... on X" parsed as "asset" the object and "freezes" apart
            if child.dep_ == "ccomp" and child.i > trigger.i and child.lemma_.lower() in words and any(
                    c.dep_ == "nsubj" and c.i == child.i - 1 for c in child.children):
                return True  # "imposed asset freezes on X" parsed as a clause: "asset" the subject of "freezes"
            if child.dep_ in ("prep", "agent", "dative"):
                if any(g.lemma_.lower() in words or g.lemma_.lower() + " " + g.head.lemma_ in words
                       for g in child.children if g.dep_ in ("pobj",)):
                    return True
                if any(g.dep_ == "pcomp" and g.lemma_.lower() in self.words["doing"] and any(
                        o.dep_ == "dobj" and self._done(o, words) for o in g.children) for g in child.children):
                    return True  # (round 27) "accused X of carrying out the attack"
                if any(g.dep_ == "pobj" and any(c.lemma_.lower() in words for c in g.conjuncts)
                       for g in child.children):
                    return True
            if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() not in words and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in words for p in child.children
                    if p.dep_ == "prep" and p.lower_ in ("of", "for", "from") for g in p.children):
                return True  # "accused the Warsame Front of an attack" (the parse hangs "of" on the object); (round 29)
                # "removed X from the SDN List"
            if (child.dep_ == "dobj" or child.dep_ == "nsubj" and child.i > trigger.i) and any(
                    p.dep_ == "prep" and p.lower_ == "from" and p.nbor(-1).lower_ == "," and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in words for g in p.children) for p in child.subtree):
                return True  # (round 39) "removed X, a notary designated in 2027 for ..., from the SDN List": the
                # parse hangs the "from" after the apposition's closing comma inside the apposition
            if child.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "of" and any(  # (round 29) "accused a
                    g.dep_ == "pcomp" and g.lemma_.lower() in self.words["doing"] and any(  # militia allied with Y,
                        o.dep_ == "dobj" and self._done(o, words) for o in g.children)  # the Z, of carrying out
                    for g in p.children) for p in child.subtree):  # the killings": "of" hung deeper in the object
                return True
            if child.dep_ == "dobj" and any(g.lemma_.lower() in ("responsible", "accountable") and any(
                    p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in words
                                                                   for o in p.children) for p in g.children)
                                            for g in child.children if g.dep_ in ("amod", "oprd", "acomp")):
                return True  # "holds the officers responsible for these deaths"
            if child.dep_ in ("ccomp", "advcl", "xcomp", "oprd", "acomp") and \
                    child.lemma_.lower() in ("responsible", "accountable") and any(
                    p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in words
                                                                   for o in p.children) for p in child.children):
                return True  # the same, parsed as a clause: "hold [the gang responsible for the killing]"
            if (child.dep_ == "dobj" or self._conj_object(child)) and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in words and g.head.lower_ in ("to", "on") for g in child.subtree):
                return True  # "added X, a company, and its commander, Y, to the list": "to" hung on the last object
            if child.dep_ == "acomp" and any(g.dep_ == "pobj" and g.lemma_.lower() in words for p in child.children
                                             if p.dep_ == "prep" for g in p.children):
                return True  # "are subject to an asset freeze", "remain liable to sanctions"
            if child.dep_ == "xcomp" and child.lemma_ == "be" and self.has_object(child, words):
                return True  # "ceased to be a designated person"
            if child.dep_ == "attr" and any(a.dep_ == "amod" and a.lower_ in words for a in child.children):
                return True  # "a designated person", "a listed entity" (words.listed)
        if trigger.lemma_.lower() == "lift" or trigger.dep_ in ("amod", "relcl"):
            return trigger.head.lemma_.lower() in words  # "the embargo that the Council placed on X"
        return False


def _first_verb(token):
    """The first verb of the clause a conjoined verb with no active subject of its own stands in ("in which gunmen
    separated the men and shot 27 of them", "in which houses were set on fire and 14 civilians were shot dead")."""
    while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ == "VERB" and \
            not any(c.dep_ == "nsubj" for c in token.children):
        token = token.head
    return token
