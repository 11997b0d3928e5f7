"""What a token of the parse stands for when it fills a role: a mention of a
known or new entity, the organisation a plural of people stands for ("Ravel
Front fighters", "EU foreign ministers"), a state's armed forces ("Malian
troops"), a place a common noun names ("the town of Sorra"), an unnamed set of
actors ("six executives of Kestrel Trading"), or weapon types ("30 armoured
vehicles"). Mixed into :class:`kb.extract.events.EventCoder`; the places, sets of actors and forces
a common noun names come from :mod:`kb.extract.nounroles`, the weapon types an item phrase names from
:mod:`kb.extract.itemphrases`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .itemphrases import ItemPhrases
from .lexicon import language
from .nounroles import NounReferents

RELATIVE = {"which", "that", "who", "whom"}


@lru_cache(maxsize=1)
def _class_nouns() -> frozenset:
    """The last words of ``name_nouns`` ("group", "coalition", "valley")."""
    return frozenset(n.split()[-1] for nouns in language()["name_nouns"].values() for n in nouns)


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset:
    """A word list of ``lexicon/language.yaml`` under ``role_nouns``."""
    return frozenset(language()["role_nouns"][key])


@lru_cache(maxsize=1)
def settled_nouns() -> dict:
    """The kind of place "the <noun> of X" names (``settled_nouns`` in lexicon/language.yaml): X then is no
    organisation, whatever NER took it for."""
    return {kind: frozenset(nouns) for kind, nouns in language()["settled_nouns"].items()}


def _group_of(token):
    """The class noun a counted noun belongs to ("a group of some 200 gunmen that ...": the group), or the token."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in _class_nouns():
        return token.head.head
    return token


class RoleResolver(NounReferents, ItemPhrases):
    """Needs ``x`` (the extractor: ``gaz``, ``finder``, ``number``), ``at``
    (token index -> mention) and ``set_nouns``."""

    def possessor(self, token):
        """The token a possessive stands for: "whose" is the noun its relative
        clause describes ("Lakou Wouj, whose fighters operate ..."); others are themselves."""
        if token.lower_ != "whose":
            return token
        clause = token.head
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl":
            return clause.head
        before = token.doc[token.i - 2] if token.i >= 2 and token.doc[token.i - 1].text == "," else None
        return before if before is not None else token  # "X, whose ..." the parse did not read as a clause

    def unnamed_one(self, token) -> bool:
        """(round 20) True for one person the text does not name, whom a group's name only qualifies: "a third
        X commander", "another X member" (a singular noun of ``stand_for`` with "a"/"an"/"another" and no name
        apposed); as a measure's target it is no measure on the group."""
        if token.i in self.at or token.tag_ != "NN" or token.lemma_.lower() not in _words("stand_for") or \
                token.lemma_.lower() in _words("forces"):
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children):
            return False
        return not any(c.dep_ == "appos" for c in token.children) and self.apposed_after(token) is None

    def facility_named(self, token) -> str | None:
        """(round 20) "has controlled the X market", "controls Y airport": a facility written after the place it
        is named for (``named_facilities`` in lexicon/language.yaml) is a place of its own, "X market", proposed
        new; ``None`` for other tokens."""
        if token.i in self.at or token.lemma_.lower() not in language()["named_facilities"]:
            return None
        words = [t for t in token.doc[token.left_edge.i:token.i] if t.dep_ not in ("det", "poss", "case", "punct")]
        if not words or any(not t.text[:1].isupper() or t.pos_ not in ("PROPN", "ADJ") or t.i in self.at and not
                            self.x.gaz.is_a(self.at[t.i].entity, "Place") for t in words):  # ("the Sfax market": ADJ)
            return None
        return self.x.finder._new(" ".join(t.text for t in words + [token]), "Place")

    def apposed_after(self, token):
        """The mention apposed to a noun right after its comma, which the parse
        may hang elsewhere: "the FPF's commander, the desert strongman Ali
        Jibril Makhlouf," (the words between are articles and modifiers)."""
        doc = token.doc
        if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
            return None
        for t in doc[token.i + 2:min(len(doc), token.i + 8)]:
            if t.i in self.at:  # (round 40) "Officers of X, he went on, had ...": a pronoun is no apposition
                return None if t.pos_ == "PRON" else self.at[t.i]
            if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or t.text == ",":
                return None
        return None

    def titled(self, token) -> list[str] | None:
        """For a singular title noun with its organisation ("the commander of
        the KSF, Major General X"): the person named right after its phrase, which the parse may hang
        on the organisation or elsewhere; [] when the text names no one (the
        title never stands for the organisation here). ``None`` for any other
        token."""
        if token.i in self.at or token.tag_ != "NN" or token.lemma_.lower() not in _words("titles"):
            return None
        of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not of:
            return None  # "KAM's leader, X", "its owner, the Greek national X": the resolver finds the name
        last = of[0]
        end = max([last] + [t for t in last.subtree if t.dep_ not in ("appos", "punct") and t.head.dep_ != "appos"
                            and t.i >= last.i], key=lambda t: t.i)
        after = self.sentence.at(end) + len(end.text)
        comma = re.match(r"\s*(?:\([^()]{1,20}\)\s*)?,", self.x.text[after:])  # "of the KSF (KSF), X"
        if comma is None:
            return []
        after += comma.end()
        later = sorted({id(m): m for m in self.at.values() if m.start >= after}.values(), key=lambda m: m.start)
        name = next((m for m in later if self.x.gaz.is_a(m.entity, "Person")), None)
        if name and re.fullmatch(r"\s+(?:[\w.'’-]+\s+){0,4}", self.x.text[after:name.start]):
            return [name.entity]
        return []

    def resolve(self, token, cls: str, issuer: bool = False) -> list[str]:
        """Entity ids a token stands for, of class ``cls`` (or a subclass); a
        legal instrument stands for the body that issued it ("imposed by
        Security Council resolution 2428")."""
        if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
            which = token.lower_ == "which"
            # "a force commanded by X that is active in Y": "that" on a person's name, for what a person is not
            that = token.lower_ == "that" and cls != "Person"
            token = token.head.head
            if which or that and not any(self.x.gaz.is_a(i, cls) for i in self._resolve(token)):
                token = _not_a_person(token)
            token = _group_of(token) if cls != "Person" else token
            outer = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("in", "near") else None
            if which and outer is not None and outer.pos_ in ("NOUN", "PROPN") and \
                    any(self.x.gaz.is_a(i, cls) for i in self._resolve(outer)):
                token = outer  # (round 25) "the town of X in the Y valley, which they hold": the phrase's head, X
            elif token.dep_ == "pobj" and cls not in ("Place", "Settlement") and \
                    not any(self.x.gaz.is_a(i, cls) for i in self._resolve(token)):
                # (round 26) "X, a company based in Y, which sold them to Z": the parse hangs the clause on the
                # place of the description; the name the description is apposed to
                token = next((a for a in list(token.ancestors)[:5] if a.pos_ in ("NOUN", "PROPN") and
                              any(self.x.gaz.is_a(i, cls) for i in self._resolve(a))), token)
        elif token.lower_ == "that" and token.head.dep_ == "conj" and token.doc[token.i - 1].lower_ == "and":
            # "a group that is led by X and that operates in Y": the parse may hang the second clause on the main
            # verb; "that" stands for what the relative clause before it describes
            earlier = [t for t in token.sent if t.i < token.i and t.dep_ == "relcl" and any(
                c.lower_ in RELATIVE and c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
            if earlier:
                token = _group_of(earlier[-1].head)
        elif token.lower_ in RELATIVE and token.head.dep_ == "ccomp" and token.head.head.dep_ == "relcl":
            # "X, a firm based in Lagos, which it said had shipped ...": the parse may hang the clause on the place
            token = next((a for a in [token.head.head.head] + list(token.head.head.head.ancestors)
                          if a.pos_ in ("NOUN", "PROPN") and any(self.x.gaz.is_a(i, cls) for i in self._resolve(a))),
                         token.head.head.head)
        ids = self._resolve(token)
        ids = [self.x.gaz.entities[i].extra.get("issuer", i) if issuer and self.x.gaz.is_a(i, "LegalInstrument")
               else i for i in ids]
        return [i for i in ids if self.x.gaz.is_a(i, cls)]

    def _resolve(self, token) -> list[str]:
        mention = self.at.get(token.i)
        lemma = re.sub(r"men$", "man", token.lemma_.lower())  # "militiamen": the lemmatiser may keep the plural
        if mention is not None and token.dep_ == "poss" and token.head.lemma_.lower() in _words("seconds") and \
                self.x.gaz.is_a(mention.entity, "Person"):
            group = self.x.led_by(mention.entity)
            if group:
                return [group]  # "its leader X and his deputy, Y": Y's post is in the group X leads
        if mention is not None and self.x.gaz.is_a(mention.entity, "StateArmedForces") and \
                lemma not in language()["role_nouns"]["forces"]:
            named = [self.at[c.i] for c in token.children if c.dep_ == "appos" and c.i in self.at] or \
                [m for m in [self.apposed_after(token)] if m is not None]
            if named and self.x.gaz.is_a(named[0].entity, "Person"):
                return [named[0].entity]  # (round 20) "led by a former Tunisian army sergeant, X": X, the forces' man
        if mention is not None and self.x.gaz.is_a(mention.entity, "StateArmedForces"):
            # the parse hangs the name on the post or, beside the post, on the forces
            named = [self.at[g.i] for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i not in self.at
                     for g in list(c.children) + list(token.children) if g.dep_ == "appos" and g.i > c.i and g.i in self.at]
            if named and self.x.gaz.is_a(named[0].entity, "Person"):
                return [named[0].entity]  # (round 27) "a Congolese army (FARDC) officer, Major X, sold": X, the man
        if mention is not None and token.dep_ == "poss" and token.head.lemma_.lower() in _words("staff") and \
                self.x.gaz.is_a(mention.entity, "Person"):
            body = self.x.led_by(mention.entity) or next((
                c.fields["organisation"] for c in reversed(list(self.x.claims.values())) if c.type == "Membership" and
                c.fields.get("member") == mention.entity and isinstance(c.fields.get("organisation"), str)), None)
            return [body] if body else []  # (round 20) "His spokesman, Y": Y's post is in the body X serves
        if mention is None and token.dep_ == "pobj" and token.head.lower_ == "as":
            described = self._described(token.head.head)
            if described is not None:
                return self._resolve(described)  # "describes the group, also called Y, as an organisation that ..."
        if mention is None and token.pos_ == "PROPN":
            # "the Department of the Treasury's Office of Foreign Assets Control": the named body inside
            inside = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.i in self.at]
            if inside and self.x.gaz.is_a(self.at[inside[0].i].entity, "Organisation"):
                return [self.at[inside[0].i].entity]
        if mention is not None and token.pos_ == "PROPN":  # (round 24) named whole: "the US Department of the
            # Treasury's Office of Foreign Assets Control" (the parse heads the owner): the body it owns
            owned = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.i in self.at and self.at[g.i].entity != mention.entity and any(
                         p.dep_ == "poss" and p.i in self.at and self.at[p.i].entity == mention.entity for p in g.children)]
            if owned and self.x.gaz.is_a(self.at[owned[0].i].entity, "Organisation"):
                return [self.at[owned[0].i].entity]
        named = [g for c in token.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _words("naming")
                 for g in list(c.children) + [x for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                                              for x in p.children] if g.dep_ in ("oprd", "pobj", "attr") and g.i in self.at]
        if mention is None and token.pos_ == "NOUN" and not named:  # (round 29) "a militia of herders loyal to a
            # sultan, which he called X": the parse hangs the naming clause on the description's last noun
            named = [g for d in token.subtree if d.i > token.i and d.dep_ == "pobj" and d.head.dep_ == "prep"
                     for c in d.children if c.dep_ == "relcl" and c.lemma_.lower() in _words("naming") and
                     any(w.lower_ in ("which", "that") for w in c.children)
                     for o in c.children if o.dep_ in ("oprd", "attr") for g in o.subtree if g.i in self.at]
            # the longest name in it ("the Groupe d'Autodefense de X": the group, not the place X)
            named.sort(key=lambda g: self.at[g.i].start - self.at[g.i].end)
            # "a clan militia allied with the X Army, the Y, of ...": a name apposed to the description's last noun,
            # itself named otherwise, is the description's
            named = named or [a for d in token.subtree if token.lemma_.lower() in language()["named_armed_nouns"] and
                              d.i > token.i and d.dep_ == "pobj" and d.i in self.at
                              for a in d.children if a.dep_ == "appos" and a.i in self.at and
                              self.at[a.i].entity != self.at[d.i].entity and self.at[a.i].kind in ("name", "new") and
                              self.x.gaz.entities[self.at[a.i].entity].new]
            entity = self.x.gaz.entities.get(self.at[named[0].i].entity) if named else None
            if entity is not None and entity.new and entity.type == "Organisation" and \
                    token.lemma_.lower() in language()["named_armed_nouns"]:
                entity.type = "ArmedGroup"  # a militia the speaker names is an armed group
        if mention is None and token.pos_ == "NOUN" and named:
            return self._resolve(named[0])  # (round 20) "an armed group that calls itself X", "a militia known as X"
        if mention is None and token.dep_ == "appos" and token.head.i in self.at:
            return self._resolve(token.head)  # "the Dalvanis, the rebel movement ..."
        if mention is None and token.dep_ == "attr" and token.head.lemma_ in ("be", "remain", "become"):
            subjects = [c for c in token.head.children if c.dep_ == "nsubj" and c.i in self.at]
            if subjects:
                return self._resolve(subjects[0])  # "The Tallow Front is an armed group that controls ..."
        if mention is None and token.dep_ in ("appos", "dobj", "pobj", "conj") and token.left_edge.i >= 2 and \
                token.doc[token.left_edge.i - 1].text == "," and token.left_edge.lower_ in ("a", "an"):
            before = token.left_edge.i - 2
            opened = next((i for i in range(before - 1, max(before - 16, 0), -1) if token.doc[i].text == "("), None) \
                if token.doc[before].text == ")" else None
            if opened is not None and opened >= 1:
                before = opened - 1  # "the Kech Liberation Front (KLF), an armed group ...", "X (Sons of Y, Z), a ..."
            if before in self.at and (token.dep_ == "appos" or token.lemma_.lower() in _class_nouns()):
                return [self.at[before].entity]  # the name just before ", an armed group ..."
        if mention is None:
            # (round 29) "the governor of X province, Y": the parse may hang the post's holder on the place noun
            apposed = [c for c in token.children if c.dep_ == "appos" and c.i in self.at and not (
                lemma in _words("places") | _words("divisions") and self.x.gaz.is_a(self.at[c.i].entity, "Person"))] + [  # "an operator from X, Y"
                a for p in token.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children for a in g.children
                if a.dep_ == "appos" and a.i in self.at and self.x.gaz.is_a(self.at[a.i].entity, "Person")]
            if apposed:
                return self._resolve(apposed[0])  # "its owner, the Greek national Stavros Lekkas"
            following = self.apposed_after(token)
            if following and lemma in _words("titles") and self.x.gaz.is_a(following.entity, "Person"):
                return [following.entity]  # "Jade Harbour's chief executive, Lim Wei Chen" (parsed apart)
            following = self.apposed_after(token.right_edge) if lemma in _words("kin") else None
            if following and self.x.gaz.is_a(following.entity, "Person"):
                return [following.entity]  # (round 17) "owned by the minister's brother-in-law, X": X
            held = [t for c in token.children if c.dep_ in ("amod", "compound") and any(
                w.lower_ in ("held", "controlled", "run") for w in c.subtree) for t in c.subtree if t.i in self.at]
            if held:
                return [self.at[held[0].i].entity]  # "JAB-held airstrips"
        if mention is None and token.pos_ == "NUM" and token.dep_ in ("nsubj", "nsubjpass") and token.like_num and any(
                c.lower_ == "the" for c in token.children) and not list(token.rights):  # "the three were charged"
            return self.x.counted_before(int(self.x.count_of(token) or 0), self.sentence)
        if mention is None and token.tag_ == "NNS" and token.lemma_.lower() in _words("counted_people") and not list(
                token.rights):  # (round 17) "charged both men", "the two suspects were charged": those just named
            number = next((c for c in token.children if c.dep_ == "nummod"), None)
            count = 2 if any(c.lower_ == "both" for c in token.children) else \
                int(self.x.count_of(number) or 0) if number is not None and any(
                    c.lower_ == "the" for c in token.children) else 0
            if count > 1:
                return self.x.counted_before(count, self.sentence)
        if mention is None and token.pos_ == "NUM":  # "five of his lieutenants": the set the number counts
            of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") and not any(d.lower_ in ("the", "these", "those")
                                                                              for d in g.children)]
            if of and (of[0].lower_ in self.set_nouns or of[0].lemma_.lower() + "s" in self.set_nouns):
                return self.actor_set(of[0], token)
        if mention is not None and not (mention.kind == "demonym" and lemma in _words("forces")):
            return [self.forces(mention.entity) if lemma in _words("forces") and self.x.gaz.is_a(mention.entity, "State")
                    else mention.entity]
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < token.i]
        inner = [self.at.get(t.i) for m in modifiers for t in m.subtree if t.i in self.at]
        inner = [m for m in inner if m is not None] + [self.at[o.i] for m in modifiers if m.lower_ == "whose"
                                                      for o in [self.possessor(m)] if o.i in self.at]
        owner = next((m.entity for m in inner if self.x.gaz.is_a(m.entity, "Person")), None)
        if owner and lemma in _words("followers") and any(m.dep_ == "poss" for m in modifiers):
            group = self.x.led_by(owner)
            if group:
                return [group]  # "his fighters", "Dorvil's men": the group he leads
        if inner and lemma in _words("facilities") and any(m.dep_ == "poss" for m in modifiers) and \
                self.x.gaz.is_a(inner[-1].entity, "Organisation"):
            return [inner[-1].entity]  # "the militia's workshops outside Basra"
        if inner and all(m.kind == "demonym" for m in inner) and lemma in _class_nouns() and \
                lemma not in _words("forces"):  # "the Nepalese group": the group named before, never the state
            return self.group_before(token) if any(c.lower_ in ("the", "this", "that") for c in token.children) else []
        if inner and lemma in _class_nouns() and self.x.gaz.is_a(inner[-1].entity, "Organisation"):
            return [inner[-1].entity]  # "the Lakou Wouj gang coalition"
        if lemma == "ministry" and token.dep_ == "compound":  # "a Japanese foreign ministry spokesperson"
            inner = inner + [self.at[t.i] for c in token.head.lefts if c.i < token.i and c.dep_ in ("amod", "compound")
                             for t in c.subtree if t.i in self.at]
        start = token.head.left_edge if lemma == "ministry" and token.dep_ == "compound" else token.left_edge
        if lemma == "ministry" and inner and self.x.gaz.is_a(inner[0].entity, "State"):
            topic = [t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod") and t.i not in self.at]
            written = token.doc[start.i:token.i + 1].text
            written = re.sub(r"^(?:the|a|an|its|their)\s+", "", written, flags=re.I)
            return [self.x.finder.ministry(inner[0].entity, " ".join(topic), written)]
        if lemma not in _words("forces") and inner and any(c.dep_ == "compound" and c.lemma_.lower() == "police"
                                                           for c in token.children):
            lemma = "police"  # "Kenyan police officers"
        if lemma in _words("forces") and inner:
            # (round 17) "Kenyan soldiers of the 5th Mountain Brigade", "KDF troops of the X Regiment": the unit the
            # soldiers belong to, not the state's forces (nor the army) the modifier names
            unit = [i for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj" for i in self._resolve(g) if self.x.gaz.is_a(i, "ArmedGroup")]
            if unit:
                return unit[:1]
            state = next((m.entity for m in inner if self.x.gaz.is_a(m.entity, "State")), None)
            if state:
                # (round 38) "Somalia's army": the possessive state stays in the name written, which a reader
                # uses as an alias of the army's own name; "its troops" does not
                named = any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in token.children)
                words = [t.text for t in token.doc[token.left_edge.i:token.i + 1]
                         if t.dep_ not in (("det",) if named else ("det", "poss", "case"))]
                written = re.sub(r" (['’]s)\b", r"\1", " ".join(words))
                return [self.forces(state, written)]  # "Malian troops", "the Malian National Army"
            group = next((m.entity for m in inner if self.x.gaz.is_a(m.entity, "ArmedGroup")), None)
            if group:
                return [group]  # "Ravel Front fighters"
        counted = any(c.dep_ == "nummod" for c in token.children)
        if mention is None and lemma in _words("titles") and token.dep_ in ("appos", "conj") and not (
                counted and token.dep_ == "conj") and \
                token.head.i in self.at and self.x.gaz.is_a(self.at[token.head.i].entity, "Person"):
            return []  # "Colonel Adama Kourouma, the brigade's commander": a description of the person (but "X and
            # two other KLA commanders" are more people)
        if counted and (token.lower_ in self.set_nouns or lemma + "s" in self.set_nouns or lemma in self.set_nouns):
            return self.actor_set(token)  # "three commanders of the Wadi Jaref Brigade"
        if lemma in _words("stand_for"):  # "a Japanese foreign ministry spokesperson": the ministry
            for c in sorted((c for c in token.children if c.dep_ == "compound"), key=lambda c: -c.i):
                body = self._resolve(c)
                if body:
                    return body
        if inner and lemma in _words("stand_for"):
            return [inner[-1].entity]  # "EU foreign ministers", "Treasury officials", "Tarkhan contractors"
        if lemma in _words("stand_for"):
            source = [i for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "for") for g in c.children
                      if g.dep_ == "pobj" for i in self._resolve(g)]
            if source and self.x.gaz.is_a(source[0], "Organisation"):
                return source[:1]  # "Fighters from the Tarkhan Group", "militiamen of the Kitumba group"
        if lemma in _words("partitives"):  # "much of south-western Libya", "parts of North Darfur"
            of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
            if of:
                return self._resolve(of[0])
        regions = self.regions_named(token, lemma)
        if regions:
            return regions
        if lemma in _words("divisions"):  # (round 29) "the prefect of X department": the place X
            named = [t for c in token.children if c.dep_ == "compound" for t in c.subtree if t.i in self.at]
            if named and self.x.gaz.is_a(self.at[named[-1].i].entity, "Place"):
                return [self.at[named[-1].i].entity]
        if lemma in _words("places"):
            of = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "near", "outside", "around", "at")
                  for g in c.children if g.dep_ == "pobj"]
            if of:  # (round 15) "the villages of X and Y": both
                ids = list(dict.fromkeys(i for o in [of[0]] + (list(of[0].conjuncts) if token.tag_ == "NNS" else [])
                                         for i in self._resolve(o)))
                kind = next((k for k, nouns in settled_nouns().items() if lemma in nouns), None)
                for ident in ids:  # "the district centre of X", "the town of X": a place NER took for a body
                    entity = self.x.gaz.entities.get(ident)
                    # "the landing site of X": a place the NER took for a person
                    retyped = ("Organisation", "Company") + (("Person",) if lemma in _words("sites") else ())
                    if kind and entity is not None and entity.new and entity.type in retyped:
                        entity.type = kind
                return ids
            named = [t for c in token.children if c.dep_ == "compound" for t in c.subtree if t.i in self.at]
            if named:
                return [self.at[named[-1].i].entity]  # "the Bari region", "the Tesh gas field"
            owner = [c for c in token.children if c.dep_ == "poss" and c.i in self.at
                     and self.x.gaz.is_a(self.at[c.i].entity, "Place")]
            if owner:
                return [self.at[owner[0].i].entity]  # "Yemen's Red Sea coast"
        if token.tag_ in ("NNS", "NNPS") and (token.lower_ in self.set_nouns or lemma + "s" in self.set_nouns):
            return self.actor_set(token)
        if mention is not None:
            return [mention.entity]
        body = self.x.post_body(token, self.sentence) if hasattr(self.x, "post_body") else None
        return [body] if body else []  # "X, a spokesman for the ministry": the ministry named before

    def _described(self, verb):
        """The object of a verb of describing (``words.describing``) that an
        "as" phrase on it, or on a participle hung on it ("also called Y"),
        stands for; ``None`` when there is none or it names nothing."""
        for v in (verb, verb.head):
            if v.pos_ == "VERB" and v.lemma_.lower() in self.words["describing"]:
                objects = [c for c in v.children if c.dep_ == "dobj" and c.i in self.at]
                return objects[0] if objects else None
            if v.dep_ not in ("dep", "acl", "conj", "advcl") or v.head.i == v.i:
                return None
        return None

    def group_before(self, token) -> list[str]:
        """The non-state armed group named last before ``token`` in the
        document ("... the KPLF. X first designated the Nepalese group"), as a
        one-id list, or ``[]`` when none is."""
        at = self.sentence.at(token)
        for index in range(self.sentence.index, -1, -1):
            for m in reversed(self.x.found_mentions[index]):
                if (index < self.sentence.index or m.end <= at) and m.kind != "demonym" and \
                        self.x.gaz.is_a(m.entity, "ArmedGroup") and not self.x.gaz.is_a(m.entity, "StateArmedForces"):
                    return [m.entity]
        return []


def _not_a_person(token):
    """What "which" stands for when the parse hangs it on a person's name: "a band led by a man known as X,
    which has raided ...". "which" never is a person (English says "who"), so it is the noun the name hangs
    on through "known as" and "led by", or the name that noun is apposed to ("the Kerio Front, a band ...")."""
    start = token
    for _ in range(4):
        up = token.head.head if token.dep_ == "pobj" else None
        if up is not None and token.head.lower_ == "as" and up.dep_ == "acl" and \
                up.lemma_.lower() in ("know", "name", "call"):
            token = up.head
        elif up is not None and token.head.dep_ == "agent" and up.dep_ == "acl":
            token = up.head
        else:
            break
    if token is not start and token.dep_ == "appos" and token.pos_ == "NOUN":
        token = token.head
    return token
