"""Whom a common noun, a short form or an unnamed person stands for when it
speaks: "the Team" (the Monitoring Team named before), "the ministry" or
"police" (the body named before whose name holds the words), "the army" (a
state's armed forces the document names), "a man who said he spoke for the
Brigade" (the Brigade). Mixed into the extractor through
:class:`kb.extract.speakers.SpeakerFinder`; the nouns are data
(``lexicon/language.yaml``)."""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import countries, language, verbs
from .publishers import masthead_spans


def _members_of(label: str) -> str | None:
    """The body noun of a name that is only members of a body ("Panel
    members", "Members of the Panel", "a member of the team": one of
    ``body_member_words`` and one of ``short_body_nouns``), else ``None``."""
    lex = language()
    members = "|".join(re.escape(w) for w in lex["body_member_words"])
    bodies = "|".join(re.escape(w) for w in lex["short_body_nouns"])
    m = re.fullmatch(r"(?:(?:a|an|one|two|three|several|the)\s+)?(?:(?:" + members + r")\s+of\s+the\s+(" + bodies +
                     r")|(?:the\s+)?(" + bodies + r")(?:['’]s)?\s+(?:" + members + r"))", label.strip(), re.I)
    return (m.group(1) or m.group(2)).lower() if m else None


class SpeakerReferents:
    """Mixed into the extractor: the body or group a speaking noun refers to."""

    def short_form_of(self, ident, sentence) -> str:
        """The body a new one-word name stands for ("the Team" after "its
        Analytical Support and Sanctions Monitoring Team", "the Mission" after
        "the United Nations Mission in South Sudan"): the latest body named
        before whose name holds that word, a word of ``body_head_nouns`` or
        ``short_body_nouns``; a name of several words, the body whose name ends
        with it (:meth:`_tail_of`); else ``ident``."""
        entity = self.gaz.entities.get(ident)
        if entity is None or not entity.new:
            return ident
        lex = language()
        word = _members_of(entity.label)
        if word:  # (round 20) "Panel members said", "a member of the Panel told": the panel named before
            return self._body_by_word(ident, word, sentence, lex) or self._spoke_as(word) or ident
        if len(entity.label.split()) > 1:
            return self._tail_of(ident, entity.label, sentence)
        word = entity.label.lower()
        if word not in lex["body_head_nouns"] and word not in lex["short_body_nouns"]:
            return ident
        return self._body_by_word(ident, word, sentence, lex) or ident

    def _body_by_word(self, ident, word, sentence, lex) -> str | None:
        """The latest body named before ``ident`` whose name of several words
        holds ``word`` ("panel", "team"); ``None`` when none does."""
        for ms in reversed(self.found_mentions[:sentence.index + 1]):
            for m in reversed(ms):
                other = self.gaz.entities.get(m.entity)
                if other is None or m.entity == ident or len(other.label.split()) < 2 or \
                        self.gaz.is_a(m.entity, "State") or self.gaz.is_a(m.entity, "Person") or \
                        not self.gaz.is_a(m.entity, "Actor"):
                    continue
                if word in [w.lower() for w in re.findall(r"[\w-]+", other.label)]:
                    return self._tail_of(m.entity, other.label, sentence) if other.new else m.entity
        return None

    def _spoke_as(self, word) -> str | None:
        """The speaker of the latest statement whose sentence names a body by
        ``word`` ("A UN panel of experts said ..." before "Panel members
        said"), or ``None``."""
        for said in reversed(getattr(self, "statements_so_far", [])):
            if any(re.search(r"\b" + re.escape(word) + r"\b", e.text, re.I) for e in said.evidence):
                return said.fields["speaker"]
        return None

    def _tail_of(self, ident, label, sentence) -> str:
        """The body named before whose name ends with a new name of several
        words ("the Monitoring Team" after "the Analytical Support and Sanctions
        Monitoring Team"), when its last word is a body's noun; else ``ident``."""
        lex = language()
        if label.split()[-1].lower() not in lex["body_head_nouns"] + lex["short_body_nouns"]:
            return ident
        tail = " " + label.lower()
        for ms in reversed(self.found_mentions[:sentence.index + 1]):
            for m in reversed(ms):
                other = self.gaz.entities.get(m.entity)
                if other is not None and m.entity != ident and other.label.lower().endswith(tail) and \
                        self.gaz.is_a(m.entity, "Organisation"):
                    return m.entity
        return ident

    def unnamed_minister(self, subject, sentence) -> str | None:
        """The state an unnamed minister speaks for ("The Minister of Home
        Affairs told parliament ..."): a subject of ``portfolio_posts``
        (lexicon/verbs.yaml) with an "of"/"for" portfolio and no name in
        apposition; the state a body the sentence names is part of, else the
        state the document has named most so far. ``None`` otherwise."""
        if subject.lemma_.lower() not in verbs()["portfolio_posts"] or \
                any(c.dep_ == "appos" for c in subject.children) or \
                not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in subject.children) or \
                any(t.i in self.coder.at and self.gaz.is_a(self.coder.at[t.i].entity, "Person") for t in subject.subtree):
            return None  # "Minister for Foreign Affairs Haruka X said": the person
        states = [p for m in self.found_mentions[sentence.index] if m.entity in self.gaz.entities
                  for p in [m.entity] + list(self.gaz.entities[m.entity].part_of) if self.gaz.is_a(p, "State")]
        if not states:
            named = Counter(m.entity for ms in self.found_mentions[:sentence.index] for m in ms
                            if self.gaz.is_a(m.entity, "State"))
            states = [s for s, _n in named.most_common(1)]
        return states[0] if states else None

    def titled_speaker(self, subject, sentence) -> str | None:
        """For a bare "the minister", "the official" (a noun of ``title_nouns``,
        lexicon/language.yaml, after "the" with no modifier and no name): the
        speaker of the latest statement whose role holds that noun ("the
        minister added" after "Interior Minister X said"); "" (no one) when no
        statement's role does, since an anaphor that names a post is no one
        else ("The official put ..." after an official who spoke unnamed);
        ``None`` for any other subject."""
        lemma = subject.lemma_.lower()
        if lemma not in language()["title_nouns"] or subject.i in self.coder.at or subject.tag_ != "NN" or \
                [(c.dep_, c.lower_) for c in subject.children] != [("det", "the")]:
            return None  # not "Prosecutors say", "the army's spokesman said"
        for said in reversed(getattr(self, "statements_so_far", [])):
            if lemma in str(said.fields.get("role") or "").split("-"):
                return said.fields["speaker"]
        return ""

    def named_in_clause(self, subject) -> str | None:
        """The person an unnamed speaker's relative clause names ("The group's
        spokesman, who uses the name X,", "who goes by X", "who calls herself
        X": a verb of ``naming_verbs``, lexicon/language.yaml); a spokesman so
        named speaks for the body the possessive or "for" names (noted in
        ``counsel_for``, like a lawyer). ``None`` otherwise."""
        if subject.pos_ != "NOUN" or subject.i in self.coder.at:
            return None
        heads = [subject] + [g for p in subject.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                             for g in p.children if g.dep_ == "pobj"]  # "A spokeswoman for X, who calls herself Y,"
        for clause in (r for h in heads for r in h.children
                       if r.dep_ == "relcl" and r.lemma_.lower() in language()["naming_verbs"]):
            names = set(language()["given_name_nouns"])
            people = [self.coder.at[t.i].entity for t in clause.subtree if t.i in self.coder.at
                      and self.gaz.is_a(self.coder.at[t.i].entity, "Person") and (
                          t.dep_ in ("oprd", "attr") or t.dep_ == "pobj" and t.head.lower_ in ("by", "as") or
                          t.dep_ in ("appos", "compound") and t.head.lemma_.lower() in names)]
            if not people:
                continue
            bodies = [self.coder.at[t.i].entity for c in subject.children if c.dep_ == "poss" or c.lower_ == "for"
                      for t in c.subtree if t.i in self.coder.at and self.gaz.is_a(self.coder.at[t.i].entity, "Actor")]
            if bodies and subject.lemma_.lower() in language()["spokesman_nouns"]:
                self.__dict__.setdefault("counsel_for", {})[people[0]] = (bodies[0], subject.lemma_.lower())
            return people[0]
        return None

    def unnamed_owner(self, subject) -> str | None:
        """The firm an unnamed owner speaks for ("The company's owner said he
        welcomed the decision", "the shop's proprietor told us"): a subject of
        ``owner_nouns`` (lexicon/language.yaml) with no name in apposition
        whose possessive is a company, named or named again ("the company");
        ``None`` otherwise."""
        if subject.lemma_.lower() not in language()["owner_nouns"] or subject.i in self.coder.at or \
                any(c.dep_ == "appos" for c in subject.children):
            return None
        return next((self.coder.at[c.i].entity for c in subject.children if c.dep_ == "poss" and c.i in self.coder.at
                     and self.gaz.is_a(self.coder.at[c.i].entity, "Company")), None)

    @staticmethod
    def sharer_of(verb) -> list:
        """Who shared the information a participle describes ("officials have
        shared with partners information indicating that ..."): the subject of
        the verb above a noun of ``evidence_nouns``; ``[]`` otherwise."""
        head = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.lemma_.lower() not in language()["evidence_nouns"]:
            return []
        while head.pos_ not in ("VERB", "AUX") and head.head is not head:
            head = head.head
        return [c for c in head.children if c.dep_ == "nsubj"] if head.pos_ in ("VERB", "AUX") else []

    def in_subject_clause(self, sentence, offset, mention) -> bool:
        """True when ``mention`` lies in a clause describing the common-noun
        subject of the verb at ``offset`` (sentence offset): "residents who
        fled to X said" is said by residents, not by X."""
        for token in sentence.span if sentence.span is not None else []:
            if sentence.at(token) - sentence.start != offset:
                continue
            for subject in (c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                            and c.i not in self.coder.at):
                for clause in (c for c in subject.children if c.dep_ in ("relcl", "acl")):
                    first, last = clause.left_edge, clause.right_edge
                    if sentence.at(first) <= mention.start < sentence.at(last) + len(last.text):
                        return True
        return False

    def _reports(self, verb, sentence) -> bool:
        """True when an assertive verb reports something: a clause, a quote or
        an object ("said Kestrel sold ...", "X said." after a quote; "were told
        by Comorian counterparts that ...", whose clause the parse may hang on
        the agent)."""
        deps = {c.dep_ for c in verb.children}
        if "xcomp" in deps and not deps & {"ccomp", "parataxis"} and verb.lemma_.lower() in language()["instruction_lemmas"]:
            return False  # "were told by their counterparts to wait in port": an instruction, not a report
        if deps & {"ccomp", "xcomp", "dobj", "parataxis"} or verb.dep_ in ("parataxis", "ccomp"):
            return True
        if verb.dep_ == "conj" and self._apposed_speaker(verb):
            return True  # "X killed nine farmers, the governor said" parsed as a third coordinated verb
        if any(a.dep_ in ("acl", "relcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
               for c in verb.children if c.dep_ == "agent" for g in c.children for a in g.children):
            return True
        return any(q0 < sentence.end and q1 > sentence.start for q0, q1 in self.quotes) or \
            any(c.dep_ == "prep" and c.lower_ in ("in", "that") for c in verb.children)

    def _state_forces(self, sentence) -> list:
        """The state armed forces the document names nearest before the
        sentence, else the first it names after it ("The army blames the
        Brigade ... the Uganda People's Defence Force (UPDF)"), one whose name
        has a word of ``army_name_words`` first: ``[id]`` or ``[]``."""
        before = [m.entity for ms in self.found_mentions[:sentence.index + 1] for m in ms][::-1]
        after = [m.entity for ms in self.found_mentions[sentence.index + 1:] for m in ms]
        forces = [i for i in before + after if self.gaz.is_a(i, "StateArmedForces")]
        # "the army" is the force whose name says army ("People's Defence Force"), not the police named nearer
        armies = [i for i in forces if self._army_named(i)]
        return (armies or forces)[:1]

    def _state_army(self, ident) -> bool:
        """True for a name that reads as a state's army whatever class the
        document's votes gave it so far: a state's name or demonym, then a
        word of ``army_name_words`` ("Philippine Army", "Sri Lanka Army",
        "Nigerian Army")."""
        entity = self.gaz.entities.get(ident)
        if entity is None or not self._army_named(ident) or self.gaz.is_a(ident, "Person"):
            return False
        first, label = entity.label.split()[0], entity.label
        return first in (language().get("demonyms") or {}) or any(
            label.startswith(c + " ") or len(first) >= 5 and c.startswith(first) for c in countries())

    def _army_named(self, ident) -> bool:
        """True when a force's name has a word of ``army_name_words``."""
        return any(w in self.gaz.entities[ident].label.lower() for w in language()["army_name_words"])

    def apposed_body(self, subject, verb) -> list:
        """``[id]`` of the organisation named beside an unnamed common-noun
        speaker ("A Lima research centre that tracks violence, the X
        Observatory, estimated"; "A research institute based in Y, the Z
        Institute, found", where the parser may hang the name on the place),
        never a name inside its relative clause or past the verb; or ``[]``."""
        if subject.pos_ != "NOUN" or subject.i in self.coder.at or subject.i > verb.i:
            return []
        inner = {t.i for r in subject.subtree if r.dep_ == "relcl" for t in r.subtree}
        return [i for a in subject.subtree if a.dep_ == "appos" and a.i not in inner and a.i in self.coder.at
                and subject.i < a.i < verb.i and not self.gaz.is_a(self.coder.at[a.i].entity, "State")
                and self.coder.at[a.i].kind != "anaphor" for i in self.coder._resolve(a)
                if self.gaz.is_a(i, "Organisation")][:1]

    def _spoke_for(self, subject) -> list:
        """The group an unnamed person speaks for, when the subject's own words
        say so ("a man who said he spoke for the Brigade", "a man presenting
        himself as the group's spokesman", "a caller claiming to speak on behalf
        of the gang"): ``[id]`` or ``[]``; the head is one of ``proxy_nouns``."""
        if subject.lemma_.lower() not in language()["proxy_nouns"] or subject.i in self.coder.at:
            return []
        spokesman = set(language()["spokesman_nouns"]) | set(language()["proxy_post_nouns"])  # (round 29)
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
        heads = set(language()["body_head_nouns"]) | set(language()["short_body_nouns"]) | \
            set(language().get("formation_nouns") or ())
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
        synonyms = language()["body_word_synonyms"]  # "police" after "the Jamaica Constabulary Force"
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
                if all(any(w == x or w.rstrip("s") == x.rstrip("s") or x in synonyms.get(w, ()) for x in label)
                       for w in wanted):
                    return ident
        return None

    def _issuers(self) -> set:
        """The document's author and the bodies its masthead names ("Bangladesh
        Coast Guard / Press release No. 47"): who issues it."""
        spans = getattr(self, "_masthead", None)
        if spans is None:
            spans = self._masthead = masthead_spans(self.text)
        heads = {self.text[s:e].strip().casefold() for s, e in spans}  # "HORN CONFLICT MONITOR": the masthead's name
        out = {m.entity for ms in self.found_mentions for m in ms if any(s <= m.start and m.end <= e for s, e in spans)
               or self.gaz.entities[m.entity].label.casefold() in heads}
        return out | {getattr(self, "author", None)} - {None}

    def _staff_of(self, subject, sentence=None) -> str | None:
        """The body whose staff speak: a plural common noun of ``staff_nouns``
        with "of"/"from" a body named there ("investigators from the X
        Constabulary", "detectives of the Y Police Force"), not an anaphor of
        the body named before; "the same officers" after a body's staff spoke,
        that body; or a branch of ``branch_nouns`` with a body's
        name as its possessive ("the Gendarmerie's regional command"), or with
        a word of ``state_forces_nouns`` ("the military command"): the state
        forces the document names; else ``None``."""
        own = self.coder.at.get(subject.i)
        if own is not None and own.kind != "anaphor":
            return None
        lemma = subject.lemma_.lower()
        previous = getattr(self, "last_speaker", None)
        if lemma in language()["staff_nouns"] and any(c.lower_ == "same" for c in subject.children) and \
                previous is not None and not self.gaz.is_a(previous[0], "Person"):
            return previous[0]  # "Officers of X say ... The same officers put its strength at": X again
        if lemma in language()["branch_nouns"]:
            # "The Gendarmerie's regional command in X dismissed ...": a branch speaks for its body
            for c in subject.children:
                mention = self.coder.at.get(c.i)  # "the Gendarmerie's command", "the X Police Force command"
                if c.dep_ in ("poss", "compound") and mention is not None and mention.kind not in ("anaphor", "demonym") and \
                        self.gaz.is_a(mention.entity, "Organisation"):
                    return mention.entity
            if sentence is not None and any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in
                                            language()["state_forces_nouns"] for c in subject.children):
                forces = self._state_forces(sentence)  # "the provincial military command told journalists"
                return forces[0] if forces else None
            return None
        if subject.tag_ != "NNS" or lemma not in language()["staff_nouns"]:
            return None
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "with", "at"):
                for g in prep.children:
                    mention = self.coder.at.get(g.i)
                    if g.dep_ == "pobj" and mention is not None and mention.kind not in ("anaphor", "demonym") and \
                            self.gaz.is_a(mention.entity, "Organisation") and not (prep.lower_ == "at" and
                            self.gaz.entities[mention.entity].label.split()[-1].lower() in language()["workplace_nouns"]):
                        return mention.entity  # "officers at the X Depot": where they work, no body
        return None

    def _client_of(self, subject, verb=None) -> str | None:
        """The speaker for a lawyer: a subject of ``counsel_nouns`` with a
        possessive or "for" naming a person or a company that is not a state
        or its body. A lawyer named in apposition speaks for the client ("X's
        lawyer, Y, told the ministry", "Counsel for X, Dr. Y, said", "A lawyer
        for X, Y, said", "X told the court through his lawyer, Y, that ...": Y,
        noted in ``counsel_for`` with the client and the noun, also after "His
        lawyer, Y,"); an unnamed one carries the client's words ("X's lawyer
        said", "counsel for X told us": X). Else ``None``."""
        via = [g for p in (verb.children if verb is not None else ()) if p.dep_ == "prep" and p.lower_ in ("through", "via")
               for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in language()["counsel_nouns"]]
        if via and subject.dep_ == "nsubj":  # "the master told investigators through his lawyer, Y, that ...": Y speaks
            lawyer = self._named_counsel(via[0], None)
            if lawyer:
                client = self.coder.at.get(subject.i)
                client = client.entity if client is not None and client.kind not in ("anaphor", "demonym") else None
                self.__dict__.setdefault("counsel_for", {})[lawyer] = (client, via[0].lemma_.lower())
                return lawyer
        if subject.lemma_.lower() not in language()["counsel_nouns"] or subject.i in self.coder.at:
            return None
        owners = [c for c in subject.children if c.dep_ == "poss"]
        owners += [g for p in subject.children if p.dep_ == "prep" and p.lower_ == "for"
                   for g in p.children if g.dep_ == "pobj"]
        owners += [g for a in subject.children if a.dep_ == "acl" and a.lemma_.lower() in ("represent", "act")
                   for g in list(a.children) + [x for p in a.children if p.dep_ == "prep" for x in p.children]
                   if g.dep_ in ("dobj", "pobj")]  # "A lawyer representing X, Y, said", "a lawyer acting for X"
        client, named = None, False
        for owner in owners:
            ids = [i for i in self.coder._resolve(owner) if self.gaz.is_a(i, "Actor")
                   and not any(self.gaz.is_a(i, c) for c in ("State", "GovernmentBody"))]
            if ids and owner.i in self.coder.at:
                client, named = ids[0], self.coder.at[owner.i].kind not in ("anaphor", "demonym")
                break  # a client named, not "the company's lawyers" (read as the speaker noun's owner)
        lawyer = [i for a in subject.children if a.dep_ == "appos" for i in self.coder._resolve(a)
                  if self._counsel_named(i) and i != client]
        lawyer = lawyer[:1] or [i for o in owners if o.dep_ in ("pobj", "dobj") for i in [self._named_counsel(o, client)]
                                if i]
        if lawyer:  # "The shop's lawyer, Y, said": Y, for a client the text may not name
            self.__dict__.setdefault("counsel_for", {})[lawyer[0]] = (client, subject.lemma_.lower())
            return lawyer[0]
        return client if named else None

    def _counsel_named(self, ident) -> bool:
        """True when a name apposed to a lawyer's noun is the lawyer: a person,
        or a new name not yet typed as one (the document's votes settle it)
        that is no state or state body."""
        entity = self.gaz.entities.get(ident)
        return self.gaz.is_a(ident, "Person") or entity is not None and entity.new and not any(
            self.gaz.is_a(ident, c) for c in ("State", "GovernmentBody", "Place"))

    def _named_counsel(self, noun, client) -> str | None:
        """The person named in apposition right after ``noun`` ("his lawyer,
        Y,"; "a lawyer for X, Y," where the parser hangs Y on X), by name, not
        an anaphor; else ``None``."""
        for a in noun.children:
            mention = self.coder.at.get(a.i)
            if a.dep_ == "appos" and a.i > noun.i and mention is not None and mention.kind not in ("anaphor", "demonym") \
                    and mention.entity != client and self._counsel_named(mention.entity):
                return mention.entity
        return None

    def issuer_voice(self, speaker, verb=None) -> bool:
        """True when a body that issues the document speaks in it ("the X
        Defence Force announced today" in X's own press release, "according to
        the ministry" in the ministry's news item): its own narration, not a
        statement (the gold format: a release's own voice makes none). A
        monitoring body (``monitoring_bodies``) summing up its own report
        still speaks ("the Panel found"), and so do its staff ("Department
        officials have shared information indicating that ...")."""
        while verb is not None:
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in language()["staff_nouns"]
                   for c in verb.children):
                return False
            verb = verb.head if verb.head.i != verb.i else None
        if not speaker or speaker not in self.gaz.entities or any(
                self.gaz.is_a(speaker, c) for c in ("Person", "State")):
            return False
        label = self.gaz.entities[speaker].label
        if any(p in label for p in language()["monitoring_bodies"]):
            return False
        if getattr(self, "_masthead", None) is None:
            self._masthead = masthead_spans(self.text)
        for s, e in self._masthead:  # a masthead line that is the body's name, not a headline that names it
            line = self.text[s:e].strip().casefold()
            if label.casefold() == line or any(m.entity == speaker and s <= m.start and m.end <= e and
                   self._named_to(m, e) - m.start >= 0.8 * len(line)
                   for ms in self.found_mentions for m in ms):
                return True
        # (round 27) a letterhead of several lines ("Republic of X / Ministry of Finance / Directorate General of
        # Customs / Y Customs Division"): a line of it that is the body's name
        return label.casefold() in _letterhead(self.text)


    def _named_to(self, mention, end) -> int:
        """Where a masthead body's name ends: after "of (the) <state>" up to
        the line's end ("Ministry of Foreign Affairs of the Slovak Republic":
        the state it belongs to is part of its name), else the mention's end."""
        tail = self.text[mention.end:end]
        if re.match(r"\s+of\s+", tail) and any(mention.end < m.start and m.end <= end and self.gaz.is_a(m.entity, "State")
                                               for ms in self.found_mentions for m in ms):
            return end
        return mention.end


def _letterhead(text: str) -> set[str]:
    """The short lines (casefolded) a document opens with, before its first
    line that reads like a sentence, among its first ``letterhead_lines``
    non-empty lines after a fiction notice (lexicon/language.yaml)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and lines[0].startswith("FICTIONAL"):
        lines = lines[1:]
    out = set()
    for line in lines[:language()["letterhead_lines"]]:
        if len(line.split()) > 8 or re.search(r"[.!?:;\"”,]\s*$", line) or re.search(r"\d", line):
            break
        out.add(line.casefold())
    return out
