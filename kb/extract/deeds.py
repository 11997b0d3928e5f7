"""Assertions that are no statement: the speaker's own deed, plan, position,
step of procedure or sanctions measure ("the ministry will publish the
notice", "said it had opened an inspection"), or a figure no fact records
("said 340 people had been killed in the state since January"), not words
about a claim (the gold format: a statement is about a claim). Word lists
are data (``lexicon/language.yaml``)."""

from __future__ import annotations

from .lexicon import language, saying_lemmas
from .regarding import claim_values


class OwnDeeds:
    """Mixed into the statement finder: whether an act of saying only reports
    the speaker's own deed."""

    def _own_deed(self, stance, fields) -> bool:
        """True when an assertion with no claim coded is the speaker's own deed
        or plan, not words about something ("the ministry will publish the
        notice", "the group announced its dissolution", "asks residents to
        report landings"): its verb is one of ``deed_verbs`` (or an infinitive
        one of them asks for) and reports no clause (no ``ccomp``, no
        "in a statement that ..."), no quote and no judgement noun (the gold
        format: a statement is about a claim)."""
        verb = self.speech_verb
        if stance != "asserts" or verb is None or fields.get("quote"):
            return False
        deeds = language()["deed_verbs"]
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in deeds and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return True  # "asks fishing communities to report landings": a request, not a report
        if verb.lemma_.lower() not in deeds:
            return False
        judgements = set(language()["judgements"])
        for child in verb.children:
            if child.dep_ in ("ccomp", "parataxis") or child.dep_ == "dobj" and child.lemma_.lower() in judgements:
                return False
            if child.dep_ == "prep" and any(a.dep_ in ("acl", "ccomp") for p in child.children for a in p.children):
                return False
        return verb.dep_ not in ("parataxis", "ccomp")

    def _position(self, stance, speaker=None) -> bool:
        """True when an assertion that codes no claim reports a position its
        side would take ("said Ireland would also support adding the group to
        the regime": one of ``position_verbs`` or ``plan_verbs`` under a modal)
        or a step its own side will take ('said the army would "clear the hills
        of every armed man"', "said her government would rebuild": any verb
        but ``answer_verbs`` under a modal of the future, after the verb of
        saying and outside a quote, whose subject is the speaker's side named
        by a noun or a possessive, :meth:`_intending`)."""
        verb = self.speech_verb
        if stance != "asserts" or verb is None:
            return False
        words = language()
        verbs, answers = set(words["position_verbs"]) | set(words["plan_verbs"]), set(words["answer_verbs"])
        future = ("would", "will", "shall", "'ll", "wo")
        if any(self._following(c) for c in verb.children if c.dep_ == "ccomp"):
            return True  # "Canada has said it will follow", "said it intends to do the same"
        if any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in future for a in c.children) and (
                c.lemma_.lower() == "be" and any(p.dep_ == "prep" and any(
                    g.lemma_.lower() in words["agenda_nouns"] for g in p.children) for p in c.children) or
                c.lemma_.lower() in words["agenda_verbs"] and any(a.dep_ == "auxpass" for a in c.children))
               for c in verb.children):
            return True  # (round 30) "said the recommendations would be on the agenda", "the report will be discussed"
        return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in future for a in c.children) and (
            c.lemma_.lower() in verbs or c.lemma_.lower() in words["agenda_verbs"] and self._agenda_of(c, speaker) or c.i > verb.i and c.lemma_.lower() not in answers and not any(
                a.dep_ == "aux" and self.in_quote(self._verb_base + a.idx) for a in c.children)  # 'said: "X will"'
            and self._intending(c, speaker)) for c in verb.children)

    def _agenda_of(self, clause, speaker) -> bool:
        """(round 29) True when the subject of a clause is a body, named by a
        noun, that the speaker speaks for, or that the speaker's own
        description names by the same word ("The Committee chair, X, said the
        Committee would discuss the update")."""
        verb = self.speech_verb
        # the body's name in the speaker's own description ("The Committee chair", "the chair of the Committee")
        described = {t.lower_ for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                     if t.pos_ == "PROPN" and t.text[:1].isupper() and self.coder.at.get(t.i) is None} if verb is not None \
            else set()
        return any(s.dep_ == "nsubj" and s.pos_ != "PRON" and (
            self.coder.at.get(s.i) is not None and self.coder.at[s.i].entity in self._speaks_for(speaker) - {speaker}
            or self.coder.at.get(s.i) is None and s.lower_ in described) for s in clause.children)

    def _blame_in_deed(self) -> bool:
        """(round 30) True when an accusation of someone unnamed (a pronoun)
        is one step of a deed the sentence tells ("stopped the herders,
        accused them of spying and killed eight of them"): the narration of
        an attack, with no claim coded, no statement."""
        verb = self.speech_verb
        if verb is None or verb.lemma_.lower() not in language()["accusation_lemmas"]:
            return False
        speech = saying_lemmas()
        return any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children) and any(
            c.pos_ == "VERB" and c.lemma_.lower() not in speech | set(language()["accusation_lemmas"])
            for c in verb.conjuncts)

    def _series_blamed(self) -> bool:
        """(round 29) True when an accusation's "for"/"of" object is a run of
        events ("blamed the group for a series of attacks on gold-panning
        sites", "accused X of repeated raids"): one of ``series_words`` heads
        it or qualifies it; with no claim coded, nothing a statement is about."""
        verb = self.speech_verb
        if verb is None or verb.lemma_.lower() not in language()["accusation_lemmas"]:
            return False
        series = set(language()["series_words"])
        heads = [g for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("for", "of") and
                 p.head.i in {verb.i} | {c.i for c in verb.children if c.dep_ == "dobj"} for g in p.children
                 if g.dep_ == "pobj"]
        return any(g.lemma_.lower() in series or any(c.dep_ in ("amod", "nummod") and c.lower_ in series
                                                     for c in g.children) for g in heads)

    def _following(self, clause) -> bool:
        """True when a reported clause says its subject will follow another's
        step ("it will follow", "would follow suit", "intends to do the same",
        "plans to mirror the listing", "will adopt the EU's new listings"): a
        ``following_verbs`` verb, "do the same", or an ``adoption_verbs`` verb
        whose object is another's measure, under a modal of the future or one
        of ``intention_verbs``."""
        words = language()
        follows = set(words["following_verbs"])

        def step(verb):
            objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
            if verb.lemma_.lower() == "do":
                return "same" in objects
            if verb.lemma_.lower() in words["adoption_verbs"]:  # "will adopt the EU's new listings"
                return any(c.dep_ == "dobj" and c.lemma_.lower() in words["adopted_measure_nouns"] and
                           any(p.dep_ == "poss" for p in c.children) for c in verb.children)
            # "will follow the orders of its leader" is no step of the speaker's
            return verb.lemma_.lower() in follows and all(o in words["following_objects"] for o in objects)
        if not any(c.dep_ == "nsubj" and (c.pos_ == "PRON" or c.lemma_.lower() in words["own_side_nouns"] or
                                          self.gaz.is_a(getattr(self.coder.at.get(c.i), "entity", None), "State"))
                   for c in clause.children):
            return False  # "it will follow", "the government intends to do the same", "Norway will follow"
        if step(clause) and any(a.dep_ == "aux" and a.lower_ in ("would", "will", "shall", "'ll", "wo")
                                for a in clause.children):
            return True
        return clause.lemma_.lower() in words["intention_verbs"] and any(
            x.dep_ == "xcomp" and step(x) for x in clause.children)

    def _intending(self, clause, speaker) -> bool:
        """True when the subject of a clause is the speaker's own side named by
        a noun, not a pronoun ("the army", "police", "her government", "we"):
        "said it would destroy the army" may be a forecast about anything."""
        for s in (c for c in clause.children if c.dep_ == "nsubj"):
            mention = self.coder.at.get(s.i)
            if s.lower_ in ("we", "i") or any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their", "his", "her", "my")
                                              for c in s.children):
                return True
            if mention is not None and mention.kind != "anaphor" and (
                    mention.entity in self._speaks_for(speaker) or any(self.gaz.is_a(mention.entity, k) for k in (
                        "StateArmedForces", "GovernmentBody"))):
                return True
            if s.pos_ == "NOUN" and s.lemma_.lower() in language()["own_side_nouns"]:
                return True
            if s.lower_ in ("it", "they") and any(self.gaz.is_a(b, k) for b in self._speaks_for(speaker) | {speaker}
                                                  for k in ("State", "StateArmedForces", "GovernmentBody")):
                return True  # "The county government said it would distribute food": a state's body's own plan
        return False

    def _own_inquiry(self, stance, fields, speaker=None) -> bool:
        """True when an assertion that codes no claim reports only the
        speaker's own step of procedure ("said it had opened an inspection of
        the company's licences", "is examining the export records", "said it
        had suspended work on the road"): the reported clause's verb is one of
        ``procedure_verbs``, opens one of ``procedure_nouns`` or stops one of
        ``work_nouns`` (``cessation_verbs``), and its subject is a pronoun or a
        noun of the speaker's own side when a state's side speaks ("said troops
        had arrested three suspects", ``own_side_nouns``; not a monitor's
        "soldiers had arrested nine herders"); "said it had registered a case"
        (``case_openers``) likewise, and "the army had recovered two crates of
        ammunition" (``own_seizure_verbs``)."""
        verb, words = self.speech_verb, language()
        if stance != "asserts" or verb is None or fields.get("quote") and not _quote_in_clause(verb, fields["quote"]):
            return False  # a quote beyond the reported clause may say more; 'said it was "studying the request"' not
        official = any(self.gaz.is_a(b, k) for b in self._speaks_for(speaker) | {speaker, fields.get("on_behalf_of")}
                       for k in ("State", "StateArmedForces"))  # a state's forces, not a commission
        for clause in _reported_clauses(verb):
            if any(c.dep_ == "conj" and any(d.dep_ in ("nsubj", "nsubjpass") and d.pos_ != "PRON" for d in c.children)
                   for c in clause.children):
                continue  # "said it was cooperating with the inquiry and that X had stolen the boats": more
            if clause.lemma_.lower() == "be" and any(
                    p.dep_ == "prep" and p.lower_ in words["procedure_status_marks"] and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in words["procedure_nouns"] for g in p.children)
                    for p in clause.children):
                return True  # "said the matter was under review": a step of procedure, whatever its subject
            if clause.lemma_.lower() in words["procedure_openers"] and any(
                    c.dep_ == "nsubjpass" and c.lemma_.lower() in words["procedure_nouns"] for c in clause.children):
                return True  # "told the Panel that an investigation had been opened"
            if clause.lemma_.lower() in words["withdrawal_verbs"] and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in words["own_side_nouns"] + words["force_words"] and any(
                        m.dep_ == "poss" and m.lower_ in ("its", "our", "their") for m in c.children)
                    for c in clause.children):
                return True  # (round 29) "told the Panel that its troops had withdrawn from X": its own move
            if not any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PRON" or official and c.pos_ == "NOUN" and
                       c.lemma_.lower() in words["own_side_nouns"] and not any(m.dep_ in ("compound", "poss", "prep")
                                                                              for m in c.children))
                       for c in clause.children):
                continue  # "said it had"; "troops had arrested three suspects" said by the state's side, not a monitor
            lemma = clause.lemma_.lower()
            if lemma == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in words["procedure_case_nouns"] and any(
                    a.dep_ == "amod" and a.tag_ == "VBN" and a.lemma_.lower() in words["case_openers"]
                    for a in c.children) for c in clause.children):
                return True  # "said it had registered cases": the parser's "had" with "registered" on the noun
            if lemma in words["cessation_verbs"] and any(c.dep_ == "dobj" and c.lemma_.lower() in words["work_nouns"]
                                                         for c in clause.children):
                return True  # "said it had suspended work on the road"
            if any(c.dep_ == "ccomp" for c in clause.children):
                continue  # "said it had verified that X shipped rifles": what it established, a clause of its own
            if lemma in words["procedure_verbs"] + words["procedure_not_yet"] + words["own_step_verbs"] + \
                    words["own_work_verbs"] + words["own_seizure_verbs"] or lemma in words[
                    "procedure_openers"] + words["case_openers"] and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in words["procedure_nouns"] + words["procedure_case_nouns"]
                    for c in clause.children):
                return True
        return False

    def _own_measure(self, speaker, regarding, behalf=None) -> bool:
        """True when all a statement is about is the speaker's own sanctions
        measure (or that of the state or body it speaks for: "the Minister of
        Foreign Affairs, X, announced that Canada is imposing sanctions"), with
        what it says of the targets ("on X, an armed group based in Lebanon")."""
        entity = self.gaz.entities.get(speaker)
        states = {p for p in (entity.part_of if entity is not None else ()) if self.gaz.is_a(p, "State")}
        verb = self.speech_verb
        if not states and verb is not None and self.gaz.is_a(speaker, "GovernmentBody"):
            # a body of no state named yet: the state its announced clause names as subject ("SECO announced
            # that Switzerland will adopt the listings")
            states = {m.entity for c in verb.children if c.dep_ == "ccomp" for n in c.children if n.dep_ == "nsubj"
                      for m in [self.coder.at.get(n.i)] if m is not None and self.gaz.is_a(m.entity, "State")}
        # ... or that of the state the speaking body belongs to ("the X Ministry of Foreign Affairs announced
        # that X will adopt the listings")
        own = [c for c in regarding if c.type == "SanctionsMeasure" and c.fields.get("authority") in {speaker, behalf} | states]
        targets = {t for c in own for t in c.fields.get("targets") or []}
        return bool(own) and all(c in own or c.type in ("Operation", "Control", "Leadership", "Membership")
                                 and claim_values(c) & targets for c in regarding)

    def _confirms_own_deed(self, speaker) -> bool:
        """True when a verb of ``confirm_lemmas`` reports a clause whose
        subject is the speaker's own side ("the group's spokesman confirmed to
        us that the group had executed two men", "confirmed that its fighters
        had taken the town"): a party telling its own deed asserts it, it is
        no second party concurring."""
        verb = self.speech_verb
        if verb is None or verb.lemma_.lower() not in language()["confirm_lemmas"]:
            return False
        words = language()
        return any(self._own_subject(c, speaker) and not (c.lemma_.lower() in words["sighting_verbs"] and any(
            t.lower_ in words["sighting_traces"] for t in c.doc[c.i + 1:c.i + 5]))  # "found freshly dug graves"
                   for c in _reported_clauses(verb))

    def _confirms_other(self, speaker, fields, regarding, sentence) -> bool:
        """True when a verb of ``confirm_lemmas`` confirms what another party
        did ("FGS officials confirmed that ...", "the Panel confirmed that the
        vehicles were of the same type"): not its own side's deed, nor a fact
        this very sentence tells first ("the Panel confirmed that X delivered
        ten carriers to Y": nothing earlier to concur with, an assertion)."""
        if self.speech_verb.lemma_.lower() not in language()["confirm_lemmas"] or speaker == self.author or \
                self._heading_monitor(speaker):
            return False  # (round 34) "The Group confirmed that ..." in the Group's own report: its finding
        facts = [c for c in regarding if c.type != "Claim"]
        return not facts or not any(claim_values(c) & {speaker, fields.get("on_behalf_of")} for c in regarding) and \
            not all(c.evidence and c.evidence[0].index == sentence.index for c in facts)

    def _heading_monitor(self, speaker) -> bool:
        """True when the speaker is a monitoring body (``monitoring_bodies``)
        a heading of the document names ("Group of Experts on X: summary of
        the mid-term update"): the report is its own, what it confirms its finding."""
        label = self.gaz.entities[speaker].label if speaker in self.gaz.entities else ""
        if not any(p in label for p in language()["monitoring_bodies"] if " " in p):
            return False
        return any(label.casefold() in sent.text.casefold() or any(m.entity == speaker for m in ms)
                   for sent, ms in zip(self.sents, self.found_mentions) if self.heading(sent))

    def _uncoded_figure(self, sentence=None) -> bool:
        """True when the clause an assertion reports, which codes no claim, is
        only a count no fact records: people displaced ("said the fighting had
        displaced more than 40,000 people", "said some 9,000 people had fled",
        "were forced to flee": ``displacement_verbs``) or a toll over a period
        rather than of one event ("said about 60 people had been killed in the
        province since March": ``toll_verbs`` with "since"). With no clause
        reported ("About 3,000 people have fled the district, according to X",
        "..., while the government puts the figure at 2,500"), the sentence's
        main clause, when it and every clause coordinated with it give such a
        count."""
        verb, words = self.speech_verb, language()
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] if verb is not None else []
        if not clauses and sentence is not None and sentence.span is not None:
            # "..., according to X", "..., while the government puts the figure at 2,500": the main clause
            root = sentence.span.root
            return root is not verb and all(_figure_clause(c, words) for c in [root] + list(root.conjuncts))
        if verb is None:
            return False
        return any(_figure_clause(c, words) for c in clauses + [d for c in clauses for d in c.conjuncts])


def _figure_clause(clause, words) -> bool:
    """True when a clause gives a count of people displaced or a toll over a
    period (:meth:`OwnDeeds._uncoded_figure`): a number in it and its verb,
    or the infinitive it governs ("were forced to flee"), one of
    ``displacement_verbs``, or one of ``toll_verbs`` with "since"; or a sum
    of money (``money_words``)."""
    inside = list(clause.subtree)
    if not any(t.like_num or t.pos_ == "NUM" for t in inside):
        return False
    money = set(words["money_words"])
    if any(t.lemma_.lower() in money or t.text in money for t in inside if t.i != clause.i):
        return True  # (round 29) a sum of money: "these levies brought the group at least 2.4 million US dollars"
    lemmas = {clause.lemma_.lower()} | {c.lemma_.lower() for c in clause.children if c.dep_ == "xcomp"}
    return bool(lemmas & set(words["displacement_verbs"])) or clause.lemma_.lower() in words["toll_verbs"] and any(
        t.lower_ == "since" and t.dep_ == "prep" and t.head.i == clause.i for t in inside)


def _quote_in_clause(verb, quote) -> bool:
    """True when the quoted words lie inside a clause the verb of saying
    reports ('said it was "studying the request"'): the quote says nothing
    the clause does not."""
    words = " ".join(str(quote).split())
    for clause in _reported_clauses(verb):
        text = " ".join(verb.doc[clause.left_edge.i:clause.right_edge.i + 1].text.split())
        if words and words in text:
            return True
    return False


def _reported_clauses(verb) -> list:
    """The clauses a verb of saying reports: its ``ccomp``s, and an
    ``xcomp`` with a subject of its own, which the parser makes of 'said it
    was "studying the request"'."""
    return [c for c in verb.children if c.dep_ == "ccomp" or
            c.dep_ == "xcomp" and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]
