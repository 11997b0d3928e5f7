"""The stance of what a speaker reports: the reported clause read for words
that deny ("said it had never traded in weapons", "none of its aircraft had
landed", "called the claims fabricated", "insisted that the crates held engine
spares") or concur ("said it 'fully supports' the action", "its own
investigators had established that ..."). Mixed into the extractor by
:class:`kb.extract.statements.StatementFinder`; words are data
(``lexicon/language.yaml``)."""

from __future__ import annotations

from .lexicon import language, weapons
from .named import is_arms
from .regarding import claim_values
from .speakers import speech_lemmas
from .verdicts import _described_by_negation, _false_judgement, _force_on_armed_men, _judged, _made_up, \
    _victims_described_as_fighters, _victims_recast

_PARTIES = ("Person", "Company", "ArmedGroup")  # who may tell its own part in a deed (no inquirer)


class StanceReader:
    """Mixed into the extractor: the stance of the clause a speaker reports."""

    def reported_stance(self, sentence, speaker) -> str | None:
        """The stance of the clause a speaker reports: "denies" or "concurs"
        when the speaker is its subject and its verb denies or concurs ("said
        it 'fully supports' the action", "said it rejected the claims"), or
        when it calls the claims false ("said the accusations were baseless");
        "negated" when the reported words negate an event ("his men 'were not
        in X'", "no civilians had been killed", '"I have never shipped a
        weapon"') or the speaker's own deeds ("said it had never traded in
        weapons", "has no knowledge of", "shipped only dried fish": the words of
        ``language.yaml`` under ``negation_not_denial``, ``denial_nouns``,
        ``restrictive_words``); else ``None``."""
        verb = self.speech_verb
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")] if verb is not None else []
        if verb is None and sentence.span is not None and _victims_recast(sentence.span.root, language()):
            return "recast"  # "According to the army, the dead were militants"
        if verb is not None and _victims_described_as_fighters(verb, language()):
            return "recast"  # (round 31) 'described the six as "militia fighters killed in combat"'
        # "said in a statement that it sells ...": the parser hangs the clause on the statement
        clauses += [a for c in (verb.children if verb is not None else []) if c.dep_ == "prep" for p in c.children
                    for a in p.children if a.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in a.children)
                    # "wrote to the mission that his men had ...": a "relative" clause with a subject besides "that"
                    or a.dep_ == "relcl" and any(m.lower_ == "that" for m in a.children)
                    and sum(m.dep_ == "nsubj" for m in a.subtree) > 1]
        # '... on 12 June that his men had "repelled raiders"': the parser may make it an adverbial clause
        clauses += [c for c in (verb.children if verb is not None else []) if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and c not in clauses]
        clauses += [k for c in list(clauses) for k in c.conjuncts]
        lemmas = speech_lemmas()
        if verb is not None and verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children) \
                and not any(c.dep_ == "cc" for c in verb.head.children) \
                and verb.head.lemma_.lower() not in lemmas:
            # (round 35) "X sold nothing but tractors, his lawyer, Y, told a court": the words before the speaker,
            # which the parser coordinates with the verb of saying, are what it reports
            clauses.append(verb.head)
        lex = language()
        words = lex["judgements"]
        # "said the men had died in crossfire and denied that the group executes prisoners" (the parser may hang
        # "denied" on the reported clause's verb): a verb of denial coordinated with no subject of its own
        if verb is not None and any(lemmas.get(c.lemma_.lower()) == "denies" and c.pos_ == "VERB" and c.i > verb.i and
                                    not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                                    for v in [verb] + clauses for c in v.conjuncts):
            return "denies"
        # "said ... and accused soldiers of inventing the attack": an accusation of making it up denies it
        made_up = set(lex["fabrication_verbs"])
        if verb is not None and any(
                a.lemma_.lower() == "accuse" and any(g.pos_ == "VERB" and _made_up(g, made_up)
                                                     for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
                                                     for g in p.children)
                for a in [verb] + list(verb.conjuncts) + [k for c in clauses for k in [c] + list(c.conjuncts)]):
            return "denies"
        corroborating = set(lex["corroboration_nouns"])
        for clause in clauses:
            if any(t.dep_ == "nsubj" and t.lemma_.lower() in corroborating and
                   any(c.lower_ == "own" for c in t.children) and any(c.dep_ == "poss" for c in t.children)
                   for t in clause.children):
                return "corroborates"  # "said its own investigators had established that a drone strike killed civilians"
            own = self._own_subject(clause, speaker)  # "said it had tracked the dhow and 'concurs with ...'"
            kind = lemmas.get(clause.lemma_.lower())
            if own and kind == "denies":
                return "denies"
            if (own or self._state_for_official(clause, speaker)) and kind == "concurs" and _judged(clause, words):
                return "concurs"  # also "He said Nigeria shared the US assessment", said by its spokesman
            if clause.lemma_.lower() in ["be"] + lex["falsity_verbs"] and _false_judgement(clause):
                return "denies"  # "said the accusations were baseless", "said ... and called the accounts lies"
            if _victims_recast(clause, lex):
                return "recast"  # "said the three men were 'insurgents killed while fleeing'"
            if _force_on_armed_men(clause, lex):
                return "recast"  # "said its guards 'fired only on armed thieves'": the killings denied
        if verb is not None and verb.lemma_.lower() in lex["falsity_verbs"] and _false_judgement(verb):
            return "denies"  # "called the claims fabricated", "dismissed the report as propaganda"
        tokens = [t for c in clauses for t in c.subtree]
        if sentence.span is not None:
            tokens += [t for t in sentence.span if self.in_quote(sentence.at(t))]
        # a negated event ("never shipped", "were not in X", "no civilians had been killed"), not a negated
        # ability or rule ("had not been able to establish", "no notification was made")
        verbs = [t.head for t in tokens if t.dep_ == "neg" or t.lower_ == "never"] + \
            [t.head.head for t in tokens if t.lower_ == "no" and t.dep_ == "det" and t.head.dep_ in ("nsubj", "nsubjpass")] + \
            [t.head.head if t.dep_ == "det" else t.head for t in tokens if t.lower_ == "nobody" and t.dep_ == "dobj" or
             t.lower_ == "no" and t.dep_ == "det" and t.head.lower_ == "one" and t.head.dep_ == "dobj"]  # "killed no one"
        # "We will not arm the rebels" is a pledge, not a denial
        modal = {"will", "would", "shall", "can", "could", "may", "might", "must", "should", "wo", "ca"}
        verbs = [v for v in verbs if not any(c.dep_ == "aux" and c.lower_ in modal for c in v.children)]
        states = set(lex["denial_states"])
        harm = set(self.coder.by_lemma) | set(lex["negated_harm_verbs"])  # (round 25) "no civilian was hurt" too
        # "were not in X", "no civilians had been present", "none of them was involved"
        skip = set(lex["negation_not_denial"])  # "from a sender investigators have not identified": no denial
        skip |= set(lex["procedure_not_yet"])  # (round 20) "had not questioned the soldiers": a step still to take
        negated = any(v.lemma_.lower() in harm and v.lemma_.lower() not in skip | {"be"} or
                      v.lemma_.lower() == "be" and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside") or
                                                       c.dep_ == "acomp" and c.lemma_.lower() in states
                                                       for c in v.children) for v in verbs)
        # the speaker's own deeds negated or restricted: "it has never traded", "did not know who chartered",
        # "has no knowledge of", "it carries only foodstuffs"
        own_verbs = {v.i: v for v in verbs if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() not in skip
                     and (v.lemma_.lower() != "be" or any(c.dep_ in ("acomp", "attr", "advmod") and c.lemma_.lower()
                                                         in states for c in v.children) or self._somewhere(v))
                     and self._own_subject(v, speaker)}
        nouns = set(lex["denial_nouns"])
        stop, trade = set(lex["cessation_verbs"]), set(lex["trade_nouns"])
        for clause in clauses:
            # "said it stopped all sales to X in 2024": a cessation of its own trade denies the later transfer
            if clause.lemma_.lower() in stop and self._own_subject(clause, speaker) and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in trade for c in clause.children):
                own_verbs[clause.i] = clause
        for t in tokens:
            if t.lower_ in ("none", "neither") and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") \
                    and t.head.lemma_.lower() not in skip and any(
                        p.lower_ == "of" and self._own(g, speaker) for p in t.children for g in p.children):
                own_verbs[t.head.i] = t.head  # "none of its aircraft had landed", "none of his men were there"
            # "had no troops within 20 kilometres of X": an absence of its own forces there (``presence_nouns``)
            # (round 25) also "had 'no presence' in X", "has no bases anywhere near X" (``presence_places``)
            absent = t.lower_ == "no" and t.dep_ == "det" and t.head.dep_ == "dobj" and \
                {t.head.lemma_.lower(), t.head.lower_} & set(lex["presence_nouns"] + lex["presence_places"]) and \
                t.head.head.lemma_.lower() == "have" and any(
                    c.dep_ == "prep" and c.lower_ in lex["presence_preps"]
                    for c in list(t.head.children) + list(t.head.head.children) + [
                        g for a in t.head.head.children if a.lower_ == "anywhere" for g in a.children])
            # (round 36) "the army had fired no rockets near X", "dropped no bombs": its own use of force denied
            fired = t.dep_ == "det" and t.head.dep_ == "dobj" and t.head.head.lemma_.lower() in lex["force_use_verbs"]
            if t.lower_ in ("no", "nothing") and (t.dep_ == "det" and t.head.lemma_.lower() in nouns and t.head.dep_ == "dobj"
                                                 or t.dep_ == "dobj" or absent or fired):
                verb_of = t.head.head if t.dep_ == "det" else t.head
                if self._own_subject(verb_of, speaker):
                    own_verbs[verb_of.i] = verb_of
            if t.dep_ == "neg" and t.head.pos_ not in ("VERB", "AUX", "ADV") and \
                    (t.i + 1 >= len(t.doc) or t.nbor(1).lower_ not in ("only", "just", "least", "even", "merely")):
                # a contrast: "our fighters fight soldiers, not fishermen", "it ships tractors, not rifles" (not
                # "their money is no longer safe": a negated adverb is a change, not a contrast)
                verb_of = t.head
                while verb_of.pos_ not in ("VERB", "AUX") and verb_of.head is not verb_of:
                    verb_of = verb_of.head
                if self.speech_verb is not None and verb_of.i == self.speech_verb.i:
                    # 'said his men had "fought soldiers, not shopkeepers"' parsed with "fought" as a modifier of
                    # "soldiers": the verb hung on the contrasted noun
                    verb_of = next((v for v in t.head.children if v.pos_ == "VERB" and v.dep_ in ("amod", "acl")
                                    and any(c.dep_ == "nsubj" for c in v.children)), verb_of)
                if verb_of.pos_ in ("VERB", "AUX") and verb_of.lemma_.lower() not in skip and \
                        verb_of is not self.speech_verb and self._own_subject(verb_of, speaker):
                    own_verbs[verb_of.i] = verb_of
            described = _described_by_negation(t)
            if described is not None and described.lemma_.lower() not in skip and \
                    described is not self.speech_verb and self._own_subject(described, speaker):
                own_verbs[described.i] = described  # "said his client was a dealer who had never touched a gun"
            if t.lower_ in lex["exclusive_pronouns"] and any(c.lower_ in lex["exclusive_pronouns"][t.lower_]
                                                             for c in t.children):
                # "shipped pumps and propellers, nothing else": what it names is all the speaker's side did
                verb_of = t.head
                while verb_of.pos_ not in ("VERB", "AUX") and verb_of.head is not verb_of:
                    verb_of = verb_of.head
                if verb_of.pos_ in ("VERB", "AUX") and verb_of.lemma_.lower() not in skip and \
                        verb_of is not self.speech_verb and self._own_subject(verb_of, speaker):
                    own_verbs[verb_of.i] = verb_of
            if t.lower_ in lex["restrictive_words"] and t.dep_ in ("advmod", "amod"):
                verb_of = t.head if t.head.pos_ in ("VERB", "AUX") else t.head.head
                objects = any(c.dep_ == "dobj" for c in verb_of.children)
                while verb_of.dep_ in ("advcl", "xcomp") and verb_of.head.pos_ == "VERB" and not any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in verb_of.children):
                    # "had sold only hunting rifles" parsed with "hunting" a verb under "sold": the verb it hangs on
                    verb_of = verb_of.head
                    objects = objects or any(c.dep_ == "dobj" for c in verb_of.children)
                if verb_of.pos_ in ("VERB", "AUX") and verb_of.lemma_.lower() not in skip and \
                        self._own_subject(verb_of, speaker) and objects:
                    own_verbs[verb_of.i] = verb_of
        # "they do not know who sent it": an ignorance, a denial only for a party to what is reported
        # ("has no idea who loaded it" likewise: `ignorance_nouns`)
        unknowing = set(lex["ignorance_nouns"])
        self.ignorance_only = bool(own_verbs) and all(
            v.lemma_.lower() in lex["ignorance_verbs"] or any(c.dep_ == "dobj" and c.lemma_.lower() in unknowing
                                                              for c in v.children) for v in own_verbs.values())
        if self.ignorance_only and verb is not None and (
                any(c.dep_ in ("dative", "dobj") and c.lemma_.lower() in lex["questioner_nouns"] for c in verb.children)
                or any(t.dep_ == "poss" and t.lower_ in ("its", "his", "her", "their", "our", "my")
                       for v in own_verbs.values() for t in v.subtree)):
            # "told investigators he had no idea what lay beneath it", "had no idea what its canoes carried":
            # a party questioned about, or ignorant of, its own dealings denies them
            self.ignorance_only = False
        if self.ignorance_only and any(c.i not in own_verbs and c.pos_ == "VERB" and self._own_subject(c, speaker)
                                       and c.lemma_.lower() not in lemmas for c in clauses) and \
                any(self.gaz.is_a(speaker, k) for k in _PARTIES):
            # "said he had been hired to deliver cement and did not know what was in the van": a party that
            # tells its own part in the deed and its ignorance of the rest denies it (not "they do not know",
            # nor a state body or monitor that examined the cargo)
            self.ignorance_only = False
        return "negated-own" if own_verbs else "negated" if negated else None

    def measure_endorsed(self, speaker, fields, claims) -> bool:
        """(round 27) True when the clause a verb of saying reports has a
        measure as its subject (``measure_nouns``) and a verb that speaks well
        of it (``endorsing_verbs``: 'said the freeze "supports the efforts of
        our forces"', "said the delisting confirms what we have said"), and no
        measure coded so far is the speaker's own (or its body's or state's):
        a second party concurring. The body that took it, or a person of no
        known side, only asserts ("said the decision closes a channel")."""
        verb, lex = self.speech_verb, language()
        if verb is None:
            return False
        # the clause it reports, or one a noun after it carries ("said in a statement that the freeze supports")
        clauses = [c for c in verb.children if c.dep_ == "ccomp"] + [a for p in verb.children if p.dep_ == "prep"
                                                                     for g in p.children for a in g.children
                                                                     if a.dep_ == "acl"]
        endorsed = any(c.lemma_.lower() in lex["endorsing_verbs"] and any(
            s.dep_ == "nsubj" and s.lemma_.lower() in lex["measure_nouns"] for s in c.children) for c in clauses)
        side = {speaker, fields.get("on_behalf_of")} - {None}
        for ident in list(side):
            if ident in self.gaz.entities:
                side |= set(self.gaz.entities[ident].part_of)
        own = any(c.type == "SanctionsMeasure" and c.fields.get("authority") in side for c in claims.values())
        known = fields.get("on_behalf_of") or not self.gaz.is_a(speaker, "Person")  # whose side it is, known
        return endorsed and known and not own and self.author not in side

    def cargo_redescribed(self) -> bool:
        """True when the clause a speaker reports gives a cargo named before a
        harmless name: "said that the consignments had been irrigation pumps",
        "said the crates held tractor parts" (a definite container noun of
        ``containers`` in weapons.yaml as the subject of "be" or of an
        inventory verb, and an object that names no arms)."""
        verb = self.speech_verb
        if verb is None:
            return False
        containers = set(weapons()["containers"])
        holding = {"be", "contain", "hold", "carry", "include", "comprise", "transport"}
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        # "told the Panel in writing that ...": the clause under the manner of telling
        clauses += [g for p in verb.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pcomp"
                    for g in c.children if g.dep_ == "ccomp"]
        # (round 30) the same misparsed: "(told reporters / in writing that) the flights carried X", the flights an
        # object and "carried" an acl of theirs, finite or with an object of its own (not "the trucks seized by X")
        objects = [g for g in verb.children if g.dep_ == "dobj"] + [g for p in verb.children if p.dep_ == "prep"
                                                                   for c in p.children if c.dep_ == "pcomp"
                                                                   for g in c.children if g.dep_ == "dobj"]
        clauses += [a for g in objects for a in g.children if a.dep_ == "acl" and (a.tag_ == "VBD" or any(
            d.dep_ == "dobj" for d in a.children))]
        # "insisted that he believed the crates held engine spares": the clause of a belief the speaker reports
        clauses += [g for c in list(clauses) if c.lemma_.lower() in language()["belief_lemmas"]
                    for g in c.children if g.dep_ == "ccomp"]
        clauses += [k for c in list(clauses) for k in c.conjuncts]
        for clause in clauses:
            if clause.lemma_.lower() not in holding or any(c.dep_ == "neg" for c in clause.children):
                continue
            subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] or \
                ([clause.head] if clause.dep_ == "acl" else [])
            things = [c for c in clause.children if c.dep_ in ("attr", "dobj")]
            # (round 29) or arms named before ("said the drones were agricultural sprayers"), not "part of X"
            carrier = subject and subject[0].lemma_.lower() in weapons()["conveyance_nouns"] and clause.lemma_ != "be"
            if subject and things and (subject[0].lemma_.lower() in containers or carrier or clause.lemma_ == "be" and is_arms(
                    subject[0].text) and not any(p.lower_ == "of" for p in things[0].children)) and any(
                    d.lower_ in ("the", "these", "those", "its", "their", "our", "his", "her") for d in subject[0].children) and \
                    things[0].pos_ == "NOUN" and not any(w.like_num for w in things[0].subtree) and \
                    not is_arms(" ".join(t.text for t in things[0].subtree)):
                return True
        return False

    def redescribes(self) -> bool:
        """True when the verb of saying gives a thing reported before another
        name ("described the vehicles as 'unarmed water tankers'", "called the
        cargo farm machinery"): a verb of ``redescription_verbs`` whose object is
        a common noun with "the", not a named actor nor a report or a claim
        ("called the report accurate" is a judgement of the report)."""
        verb = self.speech_verb
        if verb is None or verb.lemma_.lower() not in language()["redescription_verbs"]:
            return False
        lex = language()
        words = set(lex["judgements"]) | set(lex["report_nouns"]) | set(lex["speaker_nouns"])  # "called the report ..."
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i not in self.coder.at
                   and c.lemma_.lower() not in words and any(d.lower_ in ("the", "these", "those") for d in c.children)]
        return bool(objects) and any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"
                                     for c in list(verb.children) + list(objects[0].children))

    def _rebutted(self, speaker, claims, here) -> list:
        """The earlier claims a rebuttal denies: those with the speaker as a
        party, or a body the speaker runs, belongs to or speaks for ("the firm's
        owner insisted that the crates held tractor parts" after the firm's sale
        of rifles), never a post or a measure, nor a claim that merely shares a
        place with the sentence; the nearest kind only."""
        parties = {speaker, self.led_by(speaker)}
        for claim in claims.values():
            if claim.type in ("Control", "Ownership", "Leadership", "Membership") and speaker in claim_values(claim):
                parties |= claim_values(claim)
        parties.discard(None)
        # a state answers for its own forces and bodies ("the Government described the vehicles as ...")
        parties |= {i for i, e in self.gaz.entities.items() if speaker in e.part_of and
                    any(self.gaz.is_a(i, c) for c in ("StateArmedForces", "GovernmentBody"))} \
            if self.gaz.is_a(speaker, "State") else set()
        secondary = set(language()["secondary_claims"])
        found = [c for c in claims.values() if c not in here and c.type != "Claim" and c.type not in secondary
                 and claim_values(c) & parties]
        return [c for c in found if c.type == found[-1].type] if found else []

    @staticmethod
    def _restates(claim, earlier) -> bool:
        """True when an earlier claim of the same kind shares a party with
        ``claim`` (coded again from the words of a denial: "has no knowledge of
        how the rifles reached the group")."""
        def values(c):
            return {v for value in c.fields.values() for v in (value if isinstance(value, list) else [value])
                    if isinstance(v, str) and not v.startswith("unnamed")}
        return any(e.type == claim.type and values(e) & values(claim) for e in earlier if e is not claim)

    def _state_for_official(self, verb, speaker) -> bool:
        """True when the subject of ``verb`` is a state and the speaker holds a
        post of ``spokesman_nouns`` (or ``official_posts``) for a body: an
        official reporting the state's own position ("the Defence
        Headquarters spokesman said Ostland shared the assessment")."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or not all(c.i in self.coder.at and self.gaz.is_a(self.coder.at[c.i].entity, "State")
                                   for c in subjects):
            return False
        post = self.gaz.memberships.get(speaker) or self.membership_here(speaker, getattr(self, "claims", {}) or {})
        role = str(post[1] if post else getattr(self, "speaker_role", None) or "")
        return role in set(language()["spokesman_nouns"]) | set(language().get("official_posts") or ())

    def _somewhere(self, verb) -> bool:
        """True when "be" places its subject somewhere: "in/at/near" a place
        the text names or a noun of ``whereabouts_nouns`` ("had not been in
        that valley", "were not near Valdor"), not "in a position to"."""
        nouns = set(language().get("whereabouts_nouns") or ())
        return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside", "around") and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in nouns or g.i in self.coder.at and
                                  self.gaz.is_a(self.coder.at[g.i].entity, "Place")) for g in c.children)
            for c in verb.children)

    def _own(self, token, speaker) -> bool:
        """True when a subject stands for the speaker: a pronoun, its mention,
        or what it owns ("its men", "our fighters")."""
        if token.lower_ in ("it", "we", "they", "he", "she", "i"):
            return True
        mention = self.coder.at.get(token.i)
        if mention is not None and mention.entity in self._speaks_for(speaker):
            return True
        if mention is None and any(c.dep_ == "appos" and c.i in self.coder.at and
                                   self.coder.at[c.i].entity in self._speaks_for(speaker) for c in token.children):
            return True  # (round 35) "the dealer, A B, sold nothing but ...", said by A B's lawyer
        if token.pos_ == "NOUN" and token.lemma_.lower() in language()["own_body_nouns"] and any(
                d.dep_ == "det" and d.lower_ == "the" for d in token.children) and \
                not any(d.dep_ in ("poss", "compound", "prep") for d in token.children) and \
                len(self._speaks_for(speaker)) > 1:
            return True  # "the shop had never sold a firearm", said by the shop's owner
        if mention is None and token.lemma_.lower() in language()["own_rank_nouns"] and any(
                p.dep_ == "prep" and p.lower_ == "of" and g.dep_ == "pobj" and self._own(g, speaker)
                for p in token.children for g in p.children):
            return True  # (round 32) "no member of his unit", "soldiers of our brigade"
        if mention is None and self._body_of_description(token):
            return True  # (round 32) "The army spokesman, X, said the army had ...": the body his post names
        if mention is None and self._named_before_here(token, speaker):
            return True  # "X Ltd's lawyer said the company had no knowledge of": X, whose counsel speaks
        for c in token.children:
            if c.dep_ != "poss":
                continue
            if c.lower_ in ("its", "our", "their", "his", "her", "my"):
                return True
            owner = self.coder.at.get(c.i)
            if owner is not None and owner.entity in self._speaks_for(speaker):
                return True  # "the CMVO's fighters" said by the CMVO's spokesman
            if owner is None and c.lemma_.lower() in language()["own_body_nouns"] and \
                    any(d.lower_ == "the" for d in c.children) and len(self._speaks_for(speaker)) > 1:
                return True  # "the group's fighters" said by the group's spokesman
        return False

    def _body_of_description(self, token) -> bool:
        """(round 32) True when ``token`` is a bare "the <noun>" and the same
        noun modifies the speaker's own description in the subject of the
        verb of saying: "the government" said by "the government
        spokeswoman, X", "the police" by "a police spokesman"."""
        verb = self.speech_verb
        if verb is None or token.pos_ not in ("NOUN", "PROPN") or any(
                d.dep_ in ("poss", "compound", "amod", "prep") for d in token.children) or not any(
                d.dep_ == "det" and d.lower_ == "the" for d in token.children):
            return False
        return any(t.dep_ in ("compound", "amod") and t.lemma_.lower() == token.lemma_.lower() and t.head.lemma_.lower()
                   in language()["spokesman_nouns"] + language()["official_posts"]
                   for c in verb.children if c.dep_ == "nsubj" for t in c.subtree)

    def _named_before_here(self, token, speaker) -> bool:
        """True when ``token`` is "the <noun>" (``own_body_nouns``, bare) for
        the speaker itself, a body named earlier in the same sentence whose
        kind the noun names: a firm (no public body or armed group) for "the
        company" or "the firm" (``firm_nouns``), else a body whose name ends
        with the noun."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in language()["own_body_nouns"] or not any(
                d.dep_ == "det" and d.lower_ == "the" for d in token.children) or any(
                d.dep_ in ("poss", "compound", "prep", "amod") for d in token.children):
            return False
        entity = self.gaz.entities.get(speaker)
        if entity is None or not self.gaz.is_a(speaker, "Organisation") or not any(
                self.coder.at[t.i].entity == speaker for t in token.sent if t.i < token.i and t.i in self.coder.at):
            return False
        public = ("GovernmentBody", "State", "ArmedGroup", "StateArmedForces", "InternationalOrganisation")
        return lemma in language()["firm_nouns"] and not any(self.gaz.is_a(speaker, k) for k in public) or \
            entity.label.split()[-1].lower() == lemma  # a firm, or a body named by the noun

    def _speaks_for(self, speaker) -> set:
        """The speaker, the body it leads and the body it holds a post in
        (by the knowledge base or this document's memberships)."""
        bodies = {speaker, self.led_by(speaker)}
        known = self.gaz.memberships.get(speaker) or self.membership_here(speaker, getattr(self, "claims", {}) or {})
        if known:
            bodies.add(known[0])
        verb = self.speech_verb
        if verb is not None and self.gaz.is_a(speaker, "Person"):
            # "An FRK representative in Brussels, X, said", "The group's spokesman, X, said": the body named
            # in the speaker's own description
            bodies |= {self.coder.at[t.i].entity for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                       if t.i in self.coder.at and self.gaz.is_a(self.coder.at[t.i].entity, "Organisation")}
        counsel = getattr(self, "counsel_for", {}).get(speaker)  # (round 25) "His lawyer, X, said Y 'has never ...'"
        bodies |= {counsel[0]} if counsel else set()
        bodies.discard(None)
        return bodies

    def _own_subject(self, verb, speaker) -> bool:
        """True when the subject of ``verb`` (or of the verb it is coordinated
        with) stands for the speaker."""
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return any(self._own(s, speaker) for s in subjects)
            infinitive = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            if verb.dep_ not in ("conj", "xcomp") and not infinitive or verb.head is verb:
                return False  # "he was paid to carry fish and never opened a box": the subject of "paid"
            verb = verb.head
        return False
