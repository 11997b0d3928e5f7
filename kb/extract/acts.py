"""Acts of saying over more than one clause or sentence: a later speaker's
own clause in a sentence, a verb of saying coordinated with the author's own
clause, a failed inquiry ("could not establish"), a header ("X said:",
"Quotes attributable to X:") with the quote paragraphs after it, a body's
statement joined with the statement of the person who speaks on its behalf,
and the further statements of a sentence (another speaker, an assertion
coordinated with a denial or a concurrence).
Mixed into :class:`kb.extract.statements.StatementFinder`."""

from __future__ import annotations

import re

from .accusals import bare_rejection, its_voice, own_version
from .figures import number_phrase
from .found import Candidate
from .lexicon import estimates, language
from .mentions import slug
from .speakers import speech_lemmas
from .speaking import _own_figure


class ActsOfSaying:
    """Mixed into the extractor (through the statement finder)."""

    def extra_statements(self, sentence, main) -> list[Candidate]:
        """Statements of the further speakers of a sentence, about what the
        main statement is about (or the sentence's own claim)."""
        out = []
        if main is None:
            return out
        for n, (speaker, stance, _at, verb) in enumerate(self.extra_speakers, start=1):
            fields = {"speaker": speaker, "stance": stance, "regarding": list(main.fields["regarding"])}
            if verb is not None and self.speech_verb is not None and self.own_clause(verb, self.speech_verb):
                fields["regarding"] = self._clause_claims(sentence, verb) or self._clause_claim(sentence, verb, speaker)
                if not fields["regarding"]:
                    continue
            ident = slug(f"{speaker}-{stance}-{fields['regarding'][0].id}", 80)
            out.append(Candidate("Statement", fields, [sentence], ("Statement", sentence.index, n), ident))
        if main.fields.get("stance") in ("denies", "concurs") and (self._coordinated_assertion() or
                                                                    self._own_that_clause()):
            # "acknowledged the ambush ... but said it had 'never placed a bomb'", "confirmed the Panel's account and
            # put the toll at ...": the admission or the figure is an assertion of its own
            fields = {"speaker": main.fields["speaker"], "stance": "asserts", "regarding": list(main.fields["regarding"])}
            ident = slug(f"{main.fields['speaker']}-asserts-{fields['regarding'][0].id}", 80)
            out.append(Candidate("Statement", fields, [sentence], ("Statement", sentence.index, len(out) + 1), ident))
        accusation = self.accusation_besides_denial(sentence, main) if not out else None
        figure = self.figure_besides_denial(sentence, main) if not out and not accusation else []
        if accusation or figure:
            # (round 27) "denied any role and blamed the Y Front", "said soldiers had 'neutralised five terrorists'
            # and denied that civilians had been harmed": the accusation or the figure is an assertion of its own
            speaker = main.fields["speaker"]
            about = figure or self.accused_claims(sentence, accusation[1]) or \
                self._clause_claim(sentence, accusation[0], speaker) or list(main.fields["regarding"])
            fields = {"speaker": speaker, "stance": "asserts", "regarding": about}
            fields.update({k: main.fields[k] for k in ("role", "on_behalf_of", "channel", "date", "date_as_written")
                           if k in main.fields})
            ident = slug(f"{speaker}-asserts-{about[0].id}", 80)
            out.append(Candidate("Statement", fields, [sentence], ("Statement", sentence.index, len(out) + 1), ident))
            out[-1].beside_denial = True  # not who "the report" is later (kb/extract/speakerids.py)
        said = self._said_besides_welcome(sentence, main) if main.fields.get("stance") == "concurs" and not out else None
        if said:
            # "welcomed the designation and said the group had 'between 1,200 and 1,500 armed men'": a welcome,
            # then the speaker's own figure or finding, an assertion of its own
            main.fields["regarding"] = [c for c in main.fields["regarding"] if c not in said] or main.fields["regarding"]
            fields = {"speaker": main.fields["speaker"], "stance": "asserts", "regarding": said}
            ident = slug(f"{main.fields['speaker']}-asserts-{said[0].id}", 80)
            out.append(Candidate("Statement", fields, [sentence], ("Statement", sentence.index, len(out) + 1), ident))
        return out

    def _said_besides_welcome(self, sentence, main) -> list:
        """What a speaker who welcomes (a concurrence that is no confirmation:
        not ``confirm_lemmas``) says in a verb of saying coordinated with the
        welcome, with no subject of its own, when that clause codes claims of
        its own or gives a count of fighters (``force_nouns``,
        lexicon/estimates.yaml); ``[]`` otherwise (its words concur too: "and
        said it shared X's findings", or report no fact)."""
        verb = self.speech_verb
        if verb is None or verb.lemma_.lower() in language()["confirm_lemmas"]:
            return []
        lemmas, forces = speech_lemmas(), set(estimates()["force_nouns"])
        for conj in (c for c in verb.children if c.dep_ == "conj" and lemmas.get(c.lemma_.lower()) == "asserts"):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) or not any(
                    c.dep_ == "ccomp" and lemmas.get(c.lemma_.lower()) is None for c in conj.children):
                continue
            claims = self._clause_claims(sentence, conj)
            if claims:
                return claims
            counted = any(t.pos_ == "NUM" and t.head.lower_ in forces for t in conj.subtree)
            if counted:
                return self._clause_claim(sentence, conj, main.fields["speaker"])
        return []

    def _coordinated_assertion(self) -> bool:
        """True when the verb of saying and a verb coordinated with it share
        a subject and one of them is in ``own_assertions`` or ``counter_claims``
        (lexicon/language.yaml)."""
        verb = self.speech_verb
        if verb is None or not self.extra_speakers == []:
            return False
        pair = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"] + \
            ([verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else [])
        if not pair or any(c.dep_ == "nsubj" for p in pair for c in p.children):
            return False  # a second verb with a subject of its own is its own sentence's
        own = set(language()["own_assertions"]) | set(language()["counter_claims"])
        return any(t.lemma_.lower() in own for t in [verb] + pair)

    def _inside(self, claim, tokens: set[int], sentence) -> bool:
        """True when a claim of this sentence was coded from the clause of
        ``tokens``: one of its parties is named only there and none only
        outside it."""
        values = {v for value in claim.fields.values() for v in (value if isinstance(value, list) else [value])
                  if isinstance(v, str)}
        where: dict[str, set[bool]] = {}
        for i, mention in self.coder.at.items():
            if mention.entity in values and sentence.span is not None and \
                    sentence.span.start <= i < sentence.span.end:
                where.setdefault(mention.entity, set()).add(i in tokens)
        return any(w == {True} for w in where.values()) and not any(w == {False} for w in where.values())

    def _clause_claims(self, sentence, verb) -> list:
        """The claims of this sentence coded from the clause ``verb`` reports
        (or from the figure it gives: "while the army put the number at 1,000")."""
        tokens = self.reported_clause(verb) or ({t.i for c in verb.children if c.dep_ in ("dobj", "prep")
                                                 for t in c.subtree} if _own_figure(verb) else set())
        doc = verb.doc
        # "..., and the Red Cross said its volunteers had buried 17 bodies": a figure named only in this clause
        figures = {doc[i].text.replace(",", "") for i in tokens if doc[i].like_num}
        figures |= {str(number_phrase([doc[i].lower_], self.est)) for i in tokens if doc[i].like_num and
                    number_phrase([doc[i].lower_], self.est)}  # "at fewer than a thousand"
        return [c for c in self._here if c.type not in ("Claim", "Membership") and (self._inside(c, tokens, sentence) or
                c.type == "Estimate" and str(c.fields.get("value")) in figures)]

    def _clause_claim(self, sentence, verb, speaker) -> list:
        """A claim of the words of the clause ``verb`` reports, about what they
        name ("... and the ministry says [the group has set up camps in X]"),
        when no typed claim was coded from them; ``[]`` when they name nothing."""
        tokens = self.reported_clause(verb) or set()
        about = []
        for i in sorted(tokens):
            mention = self.coder.at.get(i)
            if mention is not None and mention.entity != speaker and mention.kind != "demonym" \
                    and mention.entity not in about:
                about.append(mention.entity)
        if not about:
            return []
        first, last = min(tokens), max(tokens)
        doc = verb.doc
        says = self.text[sentence.at(doc[first]):sentence.at(doc[last]) + len(doc[last].text)]
        ident = slug(" ".join(re.findall(r"[\w-]+", says)[:8]))
        claim = Candidate("Claim", {"says": says, "about": about}, [sentence], ("Claim", sentence.index, first), ident)
        self.claims[claim.key] = claim
        return [claim]

    def _inquiry_failed(self) -> bool:
        """True when the verb of saying is an inquiry that failed ("could not
        establish", "was unable to determine", "has not identified"):
        ``speech_needs_clause`` verbs negated or under "unable"/"fail"."""
        verb = self.speech_verb
        if verb is None or verb.lemma_.lower() not in language()["speech_needs_clause"]:
            return False
        return any(c.dep_ == "neg" for c in verb.children) or \
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("unable", "fail")

    def _estimating(self) -> bool:
        """True when the verb of saying gives a figure ("the ministry
        estimates the armed wing at 150 to 200 men", "police intelligence puts
        the group at 300"): one of ``estimating_lemmas`` with a number in what
        it governs, a statement even when no estimate is coded."""
        verb = self.speech_verb
        return verb is not None and verb.lemma_.lower() in language()["estimating_lemmas"] and any(
            t.pos_ == "NUM" and t.ent_type_ not in ("DATE", "TIME") for c in verb.children
            if c.dep_ in ("dobj", "prep", "ccomp") for t in c.subtree)

    def _commentary(self) -> bool:
        """True when the verb of saying is one of ``commentary_lemmas`` ("The
        Panel notes that the Committee listed X", "Member States, it notes,
        remain responsible"): with no claim coded, a remark, not a statement."""
        verb = self.speech_verb
        # (round 36) "sets out what the update says about X", "asked what the army said": a free relative reports nothing
        return verb is not None and (verb.lemma_.lower() in language()["commentary_lemmas"] or any(
            c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children))

    def _unnamed_blame(self) -> bool:
        """True when an accusation names no one: its object is indefinite and
        names no entity ("the ministry blamed an armed smuggling network that
        has grown in the Rif" in a lede the text names later), with no claim
        coded, nothing a statement could be about."""
        verb = self.speech_verb

        def named(noun) -> bool:  # an actor in the noun phrase, not in the clause describing it ("that grew in X")
            clause = {t.i for c in noun.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
            return any(t.i in self.coder.at and t.i not in clause and self.gaz.is_a(self.coder.at[t.i].entity, "Actor")
                       for t in noun.subtree)
        return verb is not None and verb.lemma_.lower() in language()["accusation_lemmas"] and any(
            c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) and not named(c)
            for c in verb.children) or self._series_blamed() or self._blame_in_deed()  # (round 29, 30)

    def _own_that_clause(self) -> bool:
        """True when a concurrence's reported clause is coordinated with a
        second "that" clause giving the speaker's own deed ("said that it
        'shares the concern' and that it had deployed 500 troops to X", not a
        request of ``deed_verbs``: "and that it has asked X to ..."): an
        assertion of its own beside the concurrence."""
        verb = self.speech_verb
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] if verb is not None else []
        return any(c.lemma_.lower() in language()["speech_lemmas"]["concurs"] and any(
            k.dep_ == "conj" and k.lemma_.lower() not in language()["deed_verbs"] and
            any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children) and any(
                s.dep_ == "nsubj" and s.lower_ in ("it", "we", "they") for s in k.children) for k in c.children)
            for c in clauses)

    def _coordinated(self) -> bool:
        """True when the verb of saying reports a clause of its own and is
        coordinated with a clause in the author's voice ("The group operates in
        X, and army intelligence says ...")."""
        verb = self.speech_verb
        return verb is not None and verb.dep_ == "conj" and verb.head.lemma_.lower() not in speech_lemmas() \
            and self.reported_clause(verb) is not None

    def _speaker_claims(self, sentence, here: list) -> list:
        """The claims of this sentence the main speaker states: not those a later
        speaker's own clause reports, and, when the verb of saying is
        coordinated with a clause in the author's voice ("The group operates in
        X, and army intelligence says it has set up camps in Y"), only those of
        its own clause."""
        verb = self.speech_verb
        if verb is None:
            return here
        others = [c for s in self.extra_speakers if s[3] is not None and self.own_clause(s[3], verb)
                  for c in self._clause_claims(sentence, s[3])]
        kept = [c for c in here if not any(c is o for o in others)]
        own = self.reported_clause(verb)
        if self._coordinated():
            kept = [c for c in kept if c.type == "Membership" or self._inside(c, own, sentence)]
        return kept

    def _header_paragraph(self, sentence) -> tuple[int, int] | None:
        """(start, end) of the paragraph a header ending in a colon introduces
        ("Foreign Secretary X said:", "Quotes attributable to X:"): the next
        paragraph, when the header ends its own; else ``None``."""
        if not sentence.text.rstrip().endswith(":") or \
                not re.match(r"[ \t]*\n", self.text[sentence.end:]):
            return None
        start = sentence.end + len(self.text[sentence.end:]) - len(self.text[sentence.end:].lstrip())
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        return (start, end) if end > start else None

    def _concurs_in_quote(self, sentence, fields) -> bool:
        """True when a quoted paragraph's sentence has the speaker's side
        concur: "we share the assessment of X that ...", "Japan agrees with the
        findings" (a concurring verb of ``speech_lemmas`` whose subject is the
        speaker, "we"/"I", or the body it speaks for, with a clause or one of
        ``judgements``, or "with ...")."""
        if sentence.span is None:
            return False
        lex = language()
        concur = {lemma for lemma, kind in speech_lemmas().items() if kind == "concurs"}
        side = {fields["speaker"], fields.get("on_behalf_of")}
        for token in sentence.span:
            if token.lemma_.lower() not in concur or token.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            # the coder's mentions cover the current sentence only: a later one's subject is read by its name
            names = {self.gaz.entities[x].label.lower() for x in side if x in self.gaz.entities}
            ours = any(s.lower_ in ("we", "i") or s.i in self.coder.at and self.coder.at[s.i].entity in side
                       or " ".join(t.lower_ for t in s.subtree if t.dep_ != "det") in names for s in subjects)
            judged = any(c.dep_ in ("dobj", "ccomp") and (c.dep_ == "ccomp" or c.lemma_.lower() in lex["judgements"])
                         or c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
            if ours and judged and not any(c.dep_ == "neg" for c in token.children):
                return True
        return False

    def _in_header(self, sentence, mentions, claims, here) -> bool:
        """True when the sentence belongs to the paragraph a header introduced:
        it joins the header's statement (its evidence, and what it codes)."""
        header = getattr(self, "header", None)
        if header is None or not header[1] <= sentence.start < header[2]:
            return False
        statement = header[0]
        statement.evidence.append(sentence)
        if statement.fields["stance"] == "asserts" and self._concurs_in_quote(sentence, statement.fields):
            statement.fields["stance"] = "concurs"
        typed = [c for c in here if c.type not in ("Claim", "Membership")]
        if not typed and all(c.type == "Claim" for c in statement.fields["regarding"]):
            # "The KSF has used drones bought abroad ...": the earlier claim the quote's words point at
            typed = self.denied_claims(statement.fields["speaker"], statement.fields, sentence, mentions, claims, here)
        if typed:
            kept = [c for c in statement.fields["regarding"] if c.type != "Claim"]
            for dropped in statement.fields["regarding"]:
                if dropped.type == "Claim" and claims.get(dropped.key) is dropped:
                    del claims[dropped.key]  # the header's own words ("X said:") are no claim
            statement.fields["regarding"] = kept + [c for c in typed if not any(c is k for k in kept)]
        self.merged_into = statement
        return True

    def _rejects_denial(self, last, speaker, sentence) -> bool:
        """True when a verb of denial takes as its object the denial just
        reported by another speaker ("rejected that", "dismissed the denial"):
        ``denial_anaphors`` in lexicon/language.yaml."""
        verb = self.speech_verb
        if verb is None or last is None or last.fields.get("stance") != "denies" or \
                last.fields.get("speaker") == speaker or sentence.index - last.evidence[-1].index > 1:
            return False
        words = language()["denial_anaphors"]
        return verb.lemma_.lower() in words["verbs"] and any(
            c.dep_ == "dobj" and (c.lower_ in words["pronouns"] or c.lemma_.lower() in words["nouns"] and any(
                d.dep_ == "det" and d.lower_ in words["pronouns"] for d in c.children)) for c in verb.children)

    def _no_support_for(self, verb) -> bool:
        """True when the speaker found nothing to bear out an account just
        reported ("found no evidence supporting that account", "found no
        evidence for the group's claim", "found nothing to support that
        version"): an object of ``support_nouns`` negated by "no" (or
        "nothing") that a verb of ``support_verbs`` or "for" ties to a noun of
        ``account_nouns``."""
        lex = language()
        if verb is None or verb.lemma_.lower() not in lex["finding_verbs_of_support"]:
            return False
        accounts = set(lex["account_nouns"])
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if not (obj.lower_ == "nothing" or obj.lemma_.lower() in lex["support_nouns"] and
                    any(d.dep_ == "det" and d.lower_ == "no" for d in obj.children)):
                continue
            tied = [g for a in obj.children if a.dep_ in ("acl", "relcl") and a.lemma_.lower() in lex["support_verbs"]
                    for g in a.children if g.dep_ == "dobj"]
            tied += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
            if any(g.lemma_.lower() in accounts for g in tied):
                return True
        return False

    def rebuttal(self, sentence, speaker, last) -> Candidate:
        """The denial of an account another speaker just gave, by a speaker
        who found nothing to support it: about what that account was about."""
        fields = {"speaker": speaker, "stance": "denies", "regarding": list(last.fields["regarding"])}
        membership = self.gaz.memberships.get(speaker) or self.membership_here(speaker, getattr(self, "claims", {}) or {})
        if membership and membership[0]:
            fields["on_behalf_of"] = membership[0]
        self.last_speaker = (speaker, sentence.index)
        ident = slug(f"{speaker}-denies-{fields['regarding'][0].id}", 80) if fields["regarding"] else \
            slug(f"{speaker}-denies-{sentence.index}", 80)
        statement = Candidate("Statement", fields, [sentence], ("Statement", sentence.index), ident)
        statement.by_report = getattr(self, "by_report", False)
        statement.verb = self.speech_verb.lemma_.lower() if self.speech_verb is not None else None
        return statement

    def _accusation_after_denial(self, last, fields, regarding) -> bool:
        """True when the speaker of a denial goes on to accuse another party
        ("... denied that its fighters were near X. He blamed the Y Front for
        the attack."; "It accused the Z militia of the killings"): an assertion
        of its own about a party the text names, not more of the denial. A
        verb of ``accusation_lemmas`` whose regarding is a coded fact or whose
        object is a named actor other than the speaker."""
        verb = self.speech_verb
        if last.fields["stance"] != "denies" or fields["stance"] != "asserts" or verb is None or \
                verb.lemma_.lower() not in language()["accusation_lemmas"] + ["attribute"]:
            return False
        # the accused is the object ("blamed the Y Front") or, "blamed the killings on the Y Front", behind "on"
        objects = [c for c in verb.children if c.dep_ == "dobj"] + \
            [g for h in [verb] + [c for c in verb.children if c.dep_ == "dobj"] for p in h.children
             if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.dep_ == "pobj"]
        named = [self.coder.at[c.i].entity for c in objects if c.i in self.coder.at
                 and self.coder.at[c.i].kind != "anaphor"]
        # a proper name the text has not tied to an entity there ("He blamed the Y Front.") is another party too
        unnamed = [c for c in objects if c.i not in self.coder.at and c.pos_ == "PROPN"]
        return any(c.type != "Claim" for c in regarding) or bool(unnamed) or any(
            i != fields["speaker"] and self.gaz.is_a(i, "Actor") for i in named)

    def join_body_and_spokesman(self, statements: list) -> list:
        """``statements`` (in document order) with a body's statement folded
        into the statement of a person who speaks on its behalf, when both are
        one act of saying: "North Korea has delivered arms to X, the White House
        said Thursday" and, later, "'We can confirm that ...,' said White House
        spokesman Y" (the notes on the gold format: the speaker is the person,
        ``on_behalf_of`` the body, with both evidence passages).

        The person must be tied to the body explicitly (its ``on_behalf_of`` is
        the body's id: a post the text or the knowledge base gives), the two
        must have the same stance, no two different dates or channels, and
        everything the body's statement is about must be something the person's
        statement is about too. Among several such statements of persons, the
        one with the fewest other claims, then the nearest, takes it. A
        statement by a person of another body is never joined."""
        out = list(statements)
        for body in statements:
            speaker, bare = body.fields["speaker"], bare_rejection(body)  # (round 29) "X rejected the accusation."
            if self.gaz.is_a(speaker, "Person") and not bare or body.fields.get("on_behalf_of") or \
                    not body.fields["regarding"]:
                continue
            about = body.fields["regarding"]
            # a statement's own words are never the same claim twice; but "X rejected that claim. Its spokesperson,
            # Y, said ...": a denial or concurrence coding nothing, told on by its spokesperson in the next sentence
            told_on = all(c.type == "Claim" for c in about) and body.fields["stance"] != "asserts" or bare
            if all(c.type == "Claim" for c in about) and not told_on:
                continue
            if body.fields["stance"] == "concurs":
                continue  # (round 27) "The Government of X welcomed the decision. Its Minister of Y, Z, said ...": two
            people = [p for p in out if p is not body and (p.fields.get("on_behalf_of") == speaker
                      and self.gaz.is_a(p.fields["speaker"], "Person") or bare and (p.fields["speaker"] == speaker or
                      its_voice(p) and self.gaz.is_a(p.fields["speaker"], "Person")))
                      and (p.fields["stance"] == body.fields["stance"] or bare and own_version(p))
                      and all(p.fields.get(k) is None or body.fields.get(k) is None or p.fields[k] == body.fields[k]
                              for k in ("date", "channel"))
                      and (all(any(c is r for r in p.fields["regarding"]) for c in about) if not told_on else
                           p.evidence[0].index == body.evidence[-1].index + 1)]
            if not people:
                continue
            at = body.evidence[0].index
            person = min(people, key=lambda p: (len(p.fields["regarding"]) - len(about),
                                                min(abs(e.index - at) for e in p.evidence)))
            _fold_into(person, body, ("date", "date_as_written", "channel", "hedge", "carried_by"))
            if bare:  # the one act denies what the rejection did
                person.fields["stance"] = "denies"
                person.fields.setdefault("on_behalf_of", speaker)  # (round 39) "Its director, Y, wrote ..."
                person.fields["regarding"] += [c for c in about if c.type != "Claim" and
                                               not any(c is r for r in person.fields["regarding"])]
            out.remove(body)
        return self._fold_told_on_denials(self._fold_unnamed_spokespeople(out))

    @staticmethod
    def _fold_told_on_denials(statements: list) -> list:
        """``statements`` with a speaker's words that code no claim ('"Our men
        were elsewhere," X told reporters') folded into the same speaker's
        denial in the sentence just before ("X denied the group took part in
        the raid."): one act of saying, told on; its quote, date and channel go
        to the denial. An accusation of its own ("He blamed the REAN") stays."""
        out = list(statements)
        for told in statements:
            if told.fields["stance"] != "asserts" or not all(c.type == "Claim" for c in told.fields["regarding"]) or \
                    getattr(told, "verb", None) in language()["accusation_lemmas"]:
                continue  # "He blamed the REAN for the attack": an accusation of its own
            first = told.evidence[0].index
            before = next((d for d in out if d is not told and d.fields["speaker"] == told.fields["speaker"]
                           and d.fields["stance"] == "denies" and d.evidence[-1].index == first - 1
                           and any(c.type != "Claim" for c in d.fields["regarding"])), None)
            if before is None or any(before.fields.get(k) not in (None, told.fields.get(k)) and told.fields.get(k)
                                     for k in ("date", "channel")):
                continue
            _fold_into(before, told, ("date", "date_as_written", "channel"))
            out.remove(told)
        return out

    def _fold_unnamed_spokespeople(self, statements: list) -> list:
        """``statements`` with the statement of a body's unnamed spokesperson
        ("..., an army spokeswoman said on Tuesday") dropped when the next
        sentence names that spokesperson speaking ("Major X, spokeswoman for
        the army's 8th Division, told reporters"): the same post, the same
        stance, and the body (or the lead's noun for it) named in the
        person's sentence. A lead that
        restates the words the story then gives in full is one act of saying;
        its date and channel go to the person's statement."""
        posts = set(language()["spokesman_nouns"])
        out = list(statements)
        for body in statements:
            role = str(body.fields.get("role") or "")
            if role not in posts or self.gaz.is_a(body.fields["speaker"], "Person"):
                continue
            last = body.evidence[-1].index
            noun = re.search(r"\b(\w+)\s+" + re.escape(role) + r"\b", body.evidence[-1].text)  # "an army spokeswoman"
            person = next((p for p in out if p is not body and p.fields.get("role") == role
                           and self.gaz.is_a(p.fields["speaker"], "Person") and p.evidence[0].index == last + 1
                           and p.fields["stance"] == body.fields["stance"]
                           and (body.fields["speaker"] in {m.entity for m in self.found_mentions[last + 1]} or noun and
                                re.search(r"\b" + re.escape(noun.group(1)) + r"\b", p.evidence[0].text, re.I))), None)
            if person is None:
                continue
            for key in ("date", "date_as_written", "channel"):
                if key in body.fields and key not in person.fields:
                    person.fields[key] = body.fields[key]
            person.evidence = sorted(person.evidence + body.evidence, key=lambda e: e.index)
            person.fields["regarding"] = [c for c in person.fields["regarding"] if c.type != "Claim"] + [
                c for c in body.fields["regarding"] if c.type != "Claim" and not any(c is r for r in person.fields["regarding"])
            ] or person.fields["regarding"]
            out.remove(body)
        return out


def _fold_into(kept, folded, keys: tuple[str, ...]) -> None:
    """One act of saying told twice: ``folded``'s evidence sentences (in text
    order, none twice), its fields among ``keys`` that ``kept`` lacks, and its
    quotes after ``kept``'s own go to ``kept`` (statements, changed in place)."""
    kept.evidence = sorted(kept.evidence + [e for e in folded.evidence if e not in kept.evidence],
                           key=lambda e: e.index)
    for key in keys:
        if key in folded.fields and key not in kept.fields:
            kept.fields[key] = folded.fields[key]
    if folded.fields.get("quote"):
        mine = kept.fields.get("quote") or []
        mine = [mine] if isinstance(mine, str) else list(mine)
        theirs = folded.fields["quote"] if isinstance(folded.fields["quote"], list) else [folded.fields["quote"]]
        merged = mine + [q for q in theirs if q not in mine]
        kept.fields["quote"] = merged if len(merged) > 1 else merged[0]
