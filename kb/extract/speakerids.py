"""Which actor a speaker's subject stands for, read off the parse: a
state's government as the state, a lawyer's client, a report's author,
the speaker named just before ("they said", "the same report"), the
person in apposition, an office holder. Mixed into the extractor through
:class:`kb.extract.speakers.SpeakerFinder`; the words are data
(``lexicon/language.yaml``, ``lexicon/verbs.yaml``)."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import language, saying_lemmas, verbs
from .reportauthors import REPORT


class SpeakerIds:
    """Mixed into the extractor: the actor one speaking subject names."""

    def _government_of(self, subject) -> str | None:
        """The state a "Government of X" subject stands for ("the Government
        of the Federal Republic of X", ``government_nouns`` in
        lexicon/verbs.yaml): the first state named inside its "of" phrase or
        in a possessive before it, or ``None``. A state's government speaks as the state, as it imposes
        measures as the state (``_authority``)."""
        if subject.lemma_.lower() not in verbs()["authorities"]["government_nouns"]:
            return None
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for t in prep.subtree:
                    mention = self.coder.at.get(t.i)
                    if mention is None or mention.kind in ("anaphor", "demonym"):
                        continue
                    state = self._authority(mention.entity)  # the body "Government of the Republic of X" too
                    if self.gaz.is_a(state, "State"):
                        return state
        # "Libya's Government of National Unity", "Ostland's transitional government": the state it governs
        owners = [self.coder.at.get(c.i) for c in subject.children if c.dep_ == "poss"]
        return next((m.entity for m in owners if m is not None and m.kind != "anaphor" and
                     self.gaz.is_a(m.entity, "State")), None)

    def _speaker_id(self, subject, token, sentence) -> str | None:
        if subject.lower_ in ("which", "who", "that") and token.dep_ == "relcl":
            subject = token.head  # "The Tarkhan Group, which has repeatedly denied ..."
        doc = token.doc
        aside = token.dep_ == "parataxis" and 0 < token.i - 1 and token.i + 1 < len(doc) and \
            doc[subject.i - 1].text == "," and doc[token.i + 1].text == ","  # "who, it said, were shot by"
        if subject.lower_ in ("it", "they") and token.dep_ in ("relcl", "acl", "parataxis") and \
                (token.head.i < token.i or aside):
            # "X, two businessmen it says smuggled rifles": the pronoun inside a clause is the subject of
            # the sentence's main verb ("The Council's announcement cites attacks ..., in which, it said, ...":
            # the body whose announcement it is)
            root = token.sent.root
            main = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
            main += [p for c in main if c.i not in self.coder.at and c.lemma_.lower() in _speaker_nouns()
                     for p in c.children if p.dep_ == "poss"]
            ids = [i for c in main for i in self.coder._resolve(c) if self.gaz.is_a(i, "Actor")]
            if ids:
                return ids[0]
            if token.dep_ == "relcl" and subject.i not in self.coder.at:
                return None  # "Documents name X as the shipper of the cargo, which they describe as fish": no actor
        if subject.lower_ in ("he", "she") and self._unknown_spoke_before(sentence):
            getattr(self, "not_speaking", set()).add(sentence.at(token))  # nor by the word patterns
            return None  # (round 32) '"...," the Director, A B, told journalists. He said ...': that unknown man
        outer = self._reporting_subject(subject, token)
        if outer is not None:
            # "The governor's office said it shared the navy's concern": "it" is the office (who says it), never
            # the body that spoke last (nor by the word patterns when the office is no entity)
            ident = self._speaker_id(outer, token.head, sentence)
            if ident is None:
                getattr(self, "not_speaking", set()).add(sentence.at(token))
            return ident
        if subject.i not in self.coder.at and subject.lower_ in language()["partitive_speaker_words"] and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PRON" for g in p.children)
                for p in subject.children) and not any(a.dep_ == "appos" for a in subject.children):
            getattr(self, "not_speaking", set()).add(sentence.at(token))  # nor by the word patterns
            return None  # '"...," said one of them': one of a set of people, never the body "them" might stand for
        if subject.pos_ == "NOUN" and subject.i not in self.coder.at and any(
                c.dep_ == "amod" and c.lower_ in language()["former_words"] for c in subject.children):
            getattr(self, "not_speaking", set()).add(sentence.at(token))  # nor by the word patterns
            return None  # "Two former FAS members told us", "a former commander of the group said": no one's voice
        if subject.pos_ in ("NOUN", "PROPN") and subject.i not in self.coder.at and any(
                a.dep_ == "appos" and self._unlisted_name(a) for a in subject.children):
            # "Canada's Minister of X, Elodie Y, said", "Their mother, Rosa Z, told us": the person the name gives
            # speaks, not the state or body the noun's modifiers name; when the name is no entity, no one
            getattr(self, "not_speaking", set()).add(sentence.at(token))  # nor by the word patterns
            return None
        if subject.i not in self.coder.at and subject.lemma_.lower() in language()["report_nouns"]:
            author = self._report_by(subject)
            if author:
                return author  # "A study by the X Institute found": the Institute
            self.by_report = True  # "the experts said", "UN sanctions monitors", "the update shows"
        state = self._government_of(subject)
        if state:
            return state  # "The Government of the Islamic Republic of Mauritania welcomed ...": the state
        client = self._client_of(subject, token) or self.unnamed_owner(subject)
        if client:
            return client  # "X's lawyer, Y, said": Y, for X; "X's lawyer said": X (counsel carries X's words)
        body = self._staff_of(subject, sentence)
        if body:
            return body  # "Investigators from the X Police believe", "Detectives of the Y Force say"
        reference = self._same_speaker(subject, sentence)
        if reference:
            return reference
        titled = self.titled_speaker(subject, sentence)
        if titled is not None:
            return titled or None  # "the minister added": the minister who spoke, never the person named last
        # "A British Foreign Office minister, Helen Marsh, said": the person in apposition
        ids = [i for a in subject.children if a.dep_ == "appos" for i in self.coder._resolve(a)
               if self.gaz.is_a(i, "Person")]
        ids = ids or self.apposed_body(subject, token)  # "A research centre that tracks violence, the X Observatory,"
        titled_body = subject.i in self.coder.at and not self.gaz.is_a(self.coder.at[subject.i].entity, "Person")
        if not ids and subject.pos_ in ("NOUN", "PROPN") and (subject.i not in self.coder.at or titled_body):
            # "An FRK representative in Brussels, Léonidas X, told": the parser hangs the name on the place;
            # (round 22) "The Minister for Development Cooperation, X, said": on the post's capitalised words;
            # (round 26) also when the post was read as a body's name ("the Regional Director of Ports for X, Y,")
            pobjs = [t for t in subject.subtree if t.dep_ == "pobj"] if titled_body else _pobj_chain(subject)
            ids = [i for g in pobjs for a in g.children if a.dep_ == "appos" for i in self.coder._resolve(a)
                   if self.gaz.is_a(i, "Person")][:1]
        if not ids and subject.i not in self.coder.at and subject.pos_ == "NOUN":
            # "A man who identified himself as X, ...": the name the speaker gave himself (a reflexive object)
            ids = [i for r in subject.children if r.dep_ == "relcl" and any(
                       c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves") for c in r.children)
                   for p in r.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                   if g.dep_ == "pobj" for i in self.coder._resolve(g) if self.gaz.is_a(i, "Person")]
        if not ids:
            ids = [i for i in [self.named_in_clause(subject)] if i]  # "The spokesman, who uses the name X,"
        if not ids and subject.i not in self.coder.at and subject.lemma_.lower() in language()["message_nouns"]:
            # "A banner signed by the group ... denied that", "a leaflet issued by X said": who put it out
            ids = [i for r in subject.children if r.dep_ == "acl" and r.tag_ == "VBN"
                   for a in [r] + list(r.conjuncts) for c in a.children if c.dep_ == "agent"
                   for g in c.children if g.dep_ == "pobj" for i in self.coder._resolve(g)
                   if self.gaz.is_a(i, "Actor")][:1]
        if not ids and subject.i not in self.coder.at and subject.lemma_.lower() in language()["message_nouns"]:
            # (round 27) "An army statement issued on Tuesday said", "the ministry's communiqué said": the body
            # the modifier names (a state's forces for "army")
            owners = [c for c in subject.children if c.dep_ in ("compound", "poss") and c.pos_ in ("NOUN", "PROPN")]
            ids = [i for c in owners for i in [self._speaker_id(c, token, sentence)] if i][:1]
        if not ids and subject.i not in self.coder.at:
            holder = self.finder.office_holder(subject, sentence) or self.unnamed_minister(subject, sentence)
            if holder:  # "the mayor of the capital, Kyiv"; "The Minister of Home Affairs told parliament"
                return holder
        if subject.dep_ != "appos" or subject.i in self.coder.at:  # an apposition resolves to what it is apposed to
            ids = ids or [i for i in self.coder._resolve(subject) if self.gaz.is_a(i, "Actor")]
        mention = self.coder.at.get(subject.i)
        if subject.lemma_.lower() in language()["state_forces_nouns"] and \
                (mention is None or mention.kind == "anaphor") and \
                not any(c.dep_ in ("compound", "amod", "poss") for c in subject.children):
            # "the army said": a state's forces, never an armed group the anaphor would fall back to
            forces = [i for i in ids if self.gaz.is_a(i, "StateArmedForces") or self._state_army(i)]
            named = self._state_forces(sentence)
            ids = named if named and self._army_named(named[0]) and not (forces and self._army_named(forces[0])) \
                else [i for i in forces or named if self._army_named(i)]  # never the police or gendarmerie
        body = self.finder.unnamed_class(subject)
        if body and ids and not any(self.gaz.is_a(ids[0], c) for c in ("State", "GovernmentBody",
                                                                           "InternationalOrganisation")) \
                and subject.i not in self.coder.at:
            ids = []  # "the Marlow administration": a body, not Marlow
        if not ids and subject.lemma_.lower() in _speaker_nouns():
            inner = [self.coder.at[t.i].entity for t in subject.subtree if t.i in self.coder.at
                     and t.i < subject.i and self.gaz.is_a(self.coder.at[t.i].entity, "Actor")]
            if subject.lemma_.lower() in language()["counsel_nouns"]:
                # "In a letter to the ministry, the company's lawyers said": never the body they write to
                inside = {t.i for t in subject.subtree}
                elsewhere = {self.coder.at[t.i].entity for t in subject.sent if t.i in self.coder.at and t.i not in inside
                             and t.i < subject.left_edge.i}
                inner = [i for i in inner if not self.gaz.is_a(i, "GovernmentBody") and not self.gaz.is_a(i, "State")
                         and i not in elsewhere]
            ids = inner[-1:]
            if not ids:
                # "Police intelligence puts the group at", "a police report says": the body the modifier names again
                ids = [b for c in subject.children if c.dep_ in ("compound", "amod", "nmod") and c.i < subject.i
                       for b in [self.body_named_before(c, sentence)] if b][:1]
        if not ids and subject.lemma_.lower() in language()["proxy_nouns"] and subject.i not in self.coder.at:
            ids = self._self_named(subject)  # (round 33) "a person ..., who gave his name as Y, rejected": Y
            self.proxy_voice = ids[0] if ids else None  # "he" next is that man
        if not ids:
            ids = self._spoke_for(subject)
            self.proxy_voice = ids[0] if ids else None  # "a woman presenting herself as X's spokeswoman"
        if not ids:
            body = self.finder.unnamed_body(subject, sentence) or self.body_named_before(subject, sentence)
            ids = [body] if body else []
        if not ids and self.by_report and subject.lemma_.lower() not in ("group",) and \
                not [c for c in subject.children if c.dep_ in ("poss", "compound")]:
            # "the experts also documented ...", "the investigators found": the body that wrote the report,
            # settled when the document is read (dropped when it names none)
            return REPORT
        state = self._authority(ids[0]) if ids else None  # "The Government of the Union of X" named whole: the state
        return (state if self.gaz.is_a(state, "State") else ids[0]) if ids else None

    def _reporting_subject(self, subject, token):
        """The noun subject of the verb of saying whose reported clause
        ``token`` heads, when ``subject`` is a pronoun ("X's office said it
        shared ...", "Local elders told us they backed ..."): the one who says
        it, or ``None``. The pronoun subject of a reported clause is the
        reporter, not whoever spoke last."""
        if subject.lower_ not in ("it", "they", "he", "she") or token.dep_ != "ccomp" or token.i < token.head.i or \
                token.head.lemma_.lower() not in saying_lemmas():
            return None  # '"He added that ...; the Navy has not identified who': no clause the Navy reports
        return next((c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)

    def _reported_pronoun(self, sentence, mention) -> bool:
        """True when ``mention`` is the pronoun subject of a clause another
        verb of saying reports with a noun subject (:meth:`_reporting_subject`),
        for the word patterns, which would read it as the body it stands for."""
        if mention.kind != "anaphor" or sentence.span is None:
            return False
        return any(self.coder.at.get(t.i) is mention and t.dep_ == "nsubj" and
                   self._reporting_subject(t, t.head) is not None for t in sentence.span)

    def _unlisted_name(self, token) -> bool:
        """True when ``token`` heads a proper name of two words or more (the
        name and its compounds) whose last word no mention of an actor
        covers: a person the text names who is no entity ("Rosa Cardenas
        Nino" when only "Cardenas", another person's surname, was matched;
        not "Brigadier X Y" when "X Y" was)."""
        words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
        mention = self.coder.at.get(token.i)
        return token.pos_ == "PROPN" and len(words) >= 2 and (mention is None or not self.gaz.is_a(mention.entity, "Actor"))

    def _same_speaker(self, subject, sentence) -> str | None:
        """The speaker of a recent statement, for "they said", "the monitors
        wrote", "the report found" after a body was named as speaking."""
        previous = getattr(self, "last_speaker", None)
        first = getattr(self, "first_here", None)
        if subject.lower_ == "it" and first is not None and not self.gaz.is_a(first, "Person"):
            return first
        if previous is None or sentence.index - previous[1] > 3:
            return None
        lemma = subject.lemma_.lower()
        bare = not [c for c in subject.children if c.dep_ in ("compound", "amod", "poss", "nmod") and
                    c.lower_ not in ("same", "latest", "new") or (c.dep_ == "prep" and c.lower_ == "of")
                    or c.dep_ == "det" and c.lower_ in ("a", "an")]  # "A researcher at X": someone new
        recent = sentence.index - previous[1] <= 2
        person = self.gaz.is_a(previous[0], "Person")
        # "They also said ...", "it notes": a pronoun subject of saying is who spoke just before
        # '"...," he said' after "A man who said he spoke for X called ...": the same man, for X
        at = getattr(self, "proxy_at", None) or ("", -9)  # ... and '"...," he wrote. He blamed X.': still that man
        proxy = at[0] == previous[0] and sentence.index - at[1] <= 3 and recent
        if subject.lower_ in ("he", "she") and person:
            seen = self.__dict__.setdefault("pronoun_of", {})  # the pronoun each speaker was last told by
            if seen.setdefault(previous[0], subject.lower_) != subject.lower_:
                return None  # '"...," she said.' then a man named and "He said the group ...": not her
        if subject.lower_ in ("they", "he", "she") and (subject.i not in self.coder.at or recent):
            return previous[0] if subject.lower_ == "they" or person or proxy or subject.i not in self.coder.at else None
        if subject.lower_ == "it" and recent and not person:
            return previous[0]
        if bare and subject.i not in self.coder.at and previous[0] in self.gaz.entities and \
                lemma in self.gaz.entities[previous[0]].label.lower().split():
            return previous[0]  # "the governor told local radio" after "The governor of Borno State said"
        if bare and lemma in language()["message_nouns"] and subject.i not in self.coder.at:
            # "the note said" after "X welcomed the decision in a note verbale": who sent the message just named
            for said in reversed(getattr(self, "statements_so_far", [])[-1:]):
                named = said.evidence[-1].span
                if sentence.index - said.evidence[-1].index <= 2 and named is not None and \
                        any(t.lemma_.lower() == lemma for t in named):
                    self.message_again = subject.i  # like "he said": the same act when it goes on denying
                    return said.fields["speaker"]
        if bare and lemma in language()["report_nouns"] and subject.i not in self.coder.at:
            author = self._author_named_before(subject, sentence)
            if author is not None:
                return author or None  # "the same report said": who wrote the report named before, or no one
            # "the monitors wrote" after "the conflict monitor Sahel Watch said"; "the same report says" is who
            # wrote it, not the firm that rejected it in between
            for said in reversed(getattr(self, "statements_so_far", [])):
                if sentence.index - said.evidence[-1].index > 3:
                    break
                if said.fields["stance"] == "denies" or getattr(said, "beside_denial", False):
                    continue  # (round 27) nor the accusation that goes with a denial
                who = said.fields["speaker"]
                if self.gaz.is_a(who, "Organisation") and not self.gaz.is_a(who, "State"):
                    return who
                break
        return None


    def _unknown_spoke_before(self, sentence) -> bool:
        """(round 32) True when the sentence just before, in the same parsed
        paragraph, has a verb of saying whose subject names a person by a
        proper name the text's mentions do not cover: "he" next is that
        person, not the speaker of record before him."""
        span, previous = sentence.span, getattr(self, "last_speaker", None)
        if span is None or span.start == 0 or previous is not None and previous[1] >= sentence.index - 1:
            return False
        before = span.doc[span.start - 1].sent
        lemmas = saying_lemmas()
        labels = " ".join(e.label for e in self.gaz.entities.values() if self.gaz.is_a(e.id, "Person"))
        places = ("ORG", "GPE", "LOC", "NORP", "FAC")  # a body or a place in apposition is no person
        return any(t.lemma_.lower() in lemmas and t.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and any(g.pos_ == "PROPN" and g.dep_ == "appos" and g.ent_type_ not in places and
                                      g.text not in labels for g in c.subtree)
            for c in t.children) for t in before)

    def _self_named(self, subject) -> list:
        """The actor an unnamed speaker names himself as in a relative clause
        ("who gave his name as Y", "who identified herself as Y"): ``[id]`` or ``[]``."""
        for clause in (c for c in subject.subtree if c.dep_ == "relcl"):
            if clause.lemma_.lower() not in language()["self_naming_lemmas"]:
                continue
            named = [self.coder.at[t.i].entity for p in clause.subtree if p.lower_ == "as" for t in p.subtree
                     if t.i in self.coder.at and self.coder.at[t.i].kind != "anaphor"]
            named = [i for i in named if self.gaz.is_a(i, "Actor")]
            if named:
                return named[:1]
        return []


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset:
    return frozenset(language()["speaker_nouns"])





def _pobj_chain(head) -> list:
    """The objects of the prepositions that hang on ``head`` and, in turn, on
    those objects ("the Delegate of the Tax Authority for X": Authority, X);
    no relative clause or verb below them is followed."""
    out, todo = [], [head]
    while todo:
        token = todo.pop()
        for g in (g for p in token.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"):
            out.append(g)
            todo.append(g)
    return out
