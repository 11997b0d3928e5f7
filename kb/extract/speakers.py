"""Who speaks in a sentence: the subject of a verb of saying read off the
parse (or the person in apposition, the office holder, the body a noun names,
the body that last spoke for "they" or "the report"), with the word patterns
of ``lexicon/language.yaml`` for what the parse misses. Mixed into the
extractor; :mod:`kb.extract.statements` builds the statement.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .found import _WEEKDAY
from .lexicon import estimates, language, verbs, weapons
from .referents import SpeakerReferents
from .reportauthors import REPORT, ReportAuthors, _report_words  # REPORT: kb.extract.statements imports it from here
from .speakerids import SpeakerIds, _speaker_nouns
from .speaking import SpeechVerbs


class SpeakerFinder(SpeechVerbs, SpeakerIds, SpeakerReferents, ReportAuthors):
    """Mixed into the extractor: the speaker of one sentence."""

    def speaker(self, sentence, mentions, masked, back):
        """(speaker id, stance, verb start in masked text) for the sentence, or None.

        The parse is read first (the subject of a speech verb, the agent of a
        passive one); the word patterns below catch what the parse misses. A
        speaker named by a one-word short form ("the Team", "the Mission") is
        the body named before whose name ends with that word
        (:meth:`short_form_of`).
        """
        found = self._speaker(sentence, mentions, masked, back)
        proxy = re.search(r"\b(?:spoke|speaks|speaking) (?:for|on behalf of) (?:the )?⟨(\d+)⟩", masked)
        if found and (proxy and mentions[int(proxy.group(1))].entity == found[0] or
                      getattr(self, "proxy_voice", None) == found[0]):
            self.proxy_at = (found[0], sentence.index)  # "A man who said he spoke for X": "he" next is that man
        whose = re.search(r"⟨(\d+)⟩,\s+whose\s+(?:[\w-]+\s+){0,4}?[\w-]+,\s+⟨(\d+)⟩,\s*$", masked[:found[2]]) \
            if found else None
        if whose and mentions[int(whose.group(1))].entity == found[0] and \
                self.gaz.is_a(mentions[int(whose.group(2))].entity, "Person"):
            # (round 33) "X, whose managing director, Y, told ...": Y speaks, not the body the clause hangs on
            found = (mentions[int(whose.group(2))].entity,) + tuple(found[1:])
        if found:
            return (self.state_governed(found[0], mentions) or self.short_form_of(found[0], sentence),) + tuple(found[1:])
        return found

    def state_governed(self, ident, mentions) -> str | None:
        """The state a government speaker named after the state's possessive
        is ("Libya's Government of National Unity welcomed", "Chad's
        transitional government said"): a speaker whose name opens with one
        of ``government_nouns`` (lexicon/verbs.yaml) right after "<State>'s"."""
        entity = self.gaz.entities.get(ident)
        if entity is None or self.gaz.is_a(ident, "State") or \
                entity.label.split()[0].lower() not in verbs()["authorities"]["government_nouns"]:
            return None
        for m in mentions:
            if m.entity == ident and m.kind != "anaphor":
                owner = [s for s in mentions if s.kind != "anaphor" and self.gaz.is_a(s.entity, "State") and
                         re.fullmatch(r"['’]s\s+", self.text[s.end:m.start])]
                if owner:
                    return owner[0].entity
        return None

    def _speaker(self, sentence, mentions, masked, back):
        self.speech_verb = None
        self.by_report = False  # the speaker is named by a report noun ("the experts", "UN monitors", "the update")
        self.speaker_role = None  # "A spokesman for the FPF denied": the post of an unnamed speaker
        self.speaker_pronoun = False  # "..., he said": the speaker is a pronoun
        self.proxy_voice = None  # the group an unnamed man or woman said they spoke for
        parsed = self.speaker_on_parse(sentence, masked, back)
        if parsed:
            return parsed
        header = re.match(r"^\W*[Qq]uotes?\s+(?:are\s+)?attributable\s+to\b.*:\s*$", masked)
        if header:
            # a press release's "Quotes attributable to the Minister, Senator X:" before the quote paragraph
            ids = [mentions[int(i)].entity for i in re.findall(r"⟨(\d+)⟩", masked[header.start():])]
            people = [i for i in ids if self.gaz.is_a(i, "Person")]
            actors = [i for i in ids if self.gaz.is_a(i, "Actor")]
            if people or actors:
                return (people[-1] if people else actors[0]), "asserts", 0
        # "Background, from the Monitoring Team's most recent report: ...": what follows the colon is its report's
        sourced = re.match(r"^\W*(?:(?:[A-Z][\w-]*|⟨d?\d+⟩),?\s+)?[Ff]rom (?:the |an? )?⟨(\d+)⟩['’]s\s+(?:[\w-]+\s+){0,3}?(?:"
                           + _report_words() + r")\s*:", masked)
        if sourced and self.gaz.is_a(mentions[int(sourced.group(1))].entity, "Actor"):
            return mentions[int(sourced.group(1))].entity, "asserts", sourced.start()
        speech, stance_of = _speech()
        according = re.search(r"\b[Aa]ccording to (?:the |an? )?(?=⟨\d+⟩|⟨d\d+⟩\s+(?:" + "|".join(language()["state_voices"]) + r")\b)⟨d?(\d+)⟩(?![^,]*?(?:information|intelligence|estimate|figures|data))", masked)
        for match in speech.finditer(masked):
            if self.in_quote(sentence.start + back[match.start()]) or \
                    sentence.start + back[match.start()] in self.coded_triggers or \
                    sentence.start + back[match.start()] in self.not_speaking or \
                    self.noun_at(sentence, back[match.start()]):
                continue  # "after he sold his shares": a noun, not "shares the assessment"
            before = masked[: match.start()]
            before = re.sub(r"(?:\s+(?:himself|herself|itself|themselves|also|later|then|reportedly|allegedly|"
                            r"has|have|had|previously|earlier|again|on \w+|just|publicly|"
                            + _WEEKDAY + r"))+\s*$", " ", before)
            token = re.search(r"⟨(\d+)⟩(,?)\s*$", before)
            speaker = None
            if token:
                mention = mentions[int(token.group(1))]
                # "Kirby said"; with a comma only a person ("..., Helen Marsh, said")
                if self.gaz.is_a(mention.entity, "Person" if token.group(2) else "Actor") and not (
                        mention.kind == "anaphor" and mention.text.lower().split()[-1] in language()["state_forces_nouns"]
                        and not (self.gaz.is_a(mention.entity, "StateArmedForces") and self._army_named(mention.entity))) and \
                        not self.in_subject_clause(sentence, back[match.start()], mention) and \
                        not self._reported_pronoun(sentence, mention):  # "X's office said it agreed": not "it"
                    speaker = mention.entity  # but "the army" is never an armed group
            if speaker is None and (not token or token.group(2)) and re.search(r"[,\"”]\s*$", before):
                tail = masked[match.end():]
                # each word is taken whole (an atomic group): a tail the run cannot end fails in linear time
                run = re.match(r"^((?:\s*(?>(?:" + _WEEKDAY + r"|the|a|an|[\w-]+)(?![\w-])|⟨d?\d+⟩|\(⟨\d+⟩\)|'s))*?)"
                               r"\s*(?:[,.;:]|$)", tail)
                # "..., estimated that X had": a name after "that" is no speaker ("its own inquiry" may point at one),
                # nor one a relative clause names ('"...," said a farmer who had fled with his family')
                said = (re.split(r"\b(?:who|whom|whose|which)\b", run.group(1))[0] + " that").split(" that", 1) if run else ["", ""]
                # (round 32) "The army, the FAOR, accused the KB of ...": with a subject before the verb, a name
                # after it is its object, not an inverted speaker
                named = [] if self.subject_before(sentence, back[match.start()]) else re.findall(r"⟨(\d+)⟩", said[0])
                tokens = [mentions[int(i)] for i in named] + [
                    m for m in (mentions[int(i)] for i in re.findall(r"⟨(\d+)⟩", said[1])) if m.kind == "anaphor"]
                people = [m for m in tokens if self.gaz.is_a(m.entity, "Person")]
                actors = [m for m in tokens if self.gaz.is_a(m.entity, "Actor")]
                if people:
                    speaker = people[-1].entity
                elif actors:
                    speaker = actors[0].entity
            if speaker:
                self._verb_on_parse(sentence, back[match.start(1)] if match.start(1) < len(back) else None)
                return speaker, stance_of[match.group(1)], match.start()
        passive = re.search(r"\b(?:was|were|has been|have been|had been) (denied|rejected|dismissed|disputed|"
                            r"confirmed|backed|welcomed) by (?:the )?⟨(\d+)⟩", masked)
        if passive and self.gaz.is_a(mentions[int(passive.group(2))].entity, "Actor"):
            verb = passive.group(1)
            stance = "denies" if verb in ("denied", "rejected", "dismissed", "disputed") else \
                "concurs" if verb in ("backed", "welcomed") else "asserts"
            return mentions[int(passive.group(2))].entity, stance, passive.start()
        saying = re.search(r",\s+saying\b", masked)
        if saying and not self.in_quote(sentence.start + back[saying.start()]):
            first = re.match(r"^[^⟨]{0,40}?⟨(\d+)⟩", masked)
            if first and self.gaz.is_a(mentions[int(first.group(1))].entity, "Actor"):
                return mentions[int(first.group(1))].entity, "asserts", saying.start()
        if according:
            mention = mentions[int(according.group(1))]
            # "according to the Libya desk of the Ministry of X": the ministry, not the place its section covers
            part = re.match(r"\s+(?:" + "|".join(language()["section_nouns"]) + r")\s+of\s+(?:the\s+)?⟨(\d+)⟩",
                            masked[according.end():])
            if part and not self.gaz.is_a(mention.entity, "Actor") or part and self.gaz.is_a(mention.entity, "State"):
                mention = mentions[int(part.group(1))]
            if self.gaz.is_a(mention.entity, "Actor"):
                # "according to UN sanctions monitors": the body that wrote the report, not the UN
                self.by_report = bool(re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:" + _report_words() + r")\b",
                                               masked[according.end():]))
                return mention.entity, "asserts", according.start()
        for token in sentence.span if sentence.span is not None else []:
            # "According to the ministry, ...": the body named before
            if token.lower_ == "according" and not self.in_quote(sentence.at(token)):
                nouns = [p for to in token.children if to.lower_ == "to" for p in to.children if p.dep_ == "pobj"]
                body = next((b for b in (self.body_named_before(n, sentence) for n in nouns) if b), None)
                if body:
                    offset = sentence.at(token) - sentence.start
                    return body, "asserts", next((i for i, b in enumerate(back) if b >= offset), len(masked))
        report = self._according_to_report(sentence, masked, back)
        if report:
            return report
        return None

    def speaker_on_parse(self, sentence, masked, back):
        """The first speaker the parse gives, as (id, stance, masked offset);
        further speakers of the sentence (a relative clause, "a charge Tehran
        rejects"; coordinated subjects, "The UK and Australia have reached the
        same conclusion") go to ``self.extra_speakers``."""
        found = []
        self.not_speaking, self.first_here = set(), None
        for entry in self._speakers_of(sentence, masked, back):
            if found and entry[0] in [f[0] for f in found]:
                continue
            found.append(entry)
            self.first_here = found[0][0]  # "The Panel found that ...; it has not identified the sender": the Panel
        self.extra_speakers = []
        # (round 31) "Trinidad and Tobago's Minister, Z, welcomed ...": the parser may read the "and" of a name as two
        # subjects; a body named only as a possessor does not speak when another speaker has the same verb
        found = [f for f in found if not (self._possessor_only(sentence, f[0]) and any(
            g is not f and g[3] is f[3] for g in found))] or found
        if not found:
            return None
        first = found[0]
        self.speech_verb, self._verb_base = first[3], sentence.base
        verb = first[3]
        if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" and \
                verb.head.lemma_.lower() in speech_lemmas() and any(c.dep_ == "ccomp" for c in verb.head.children):
            # (round 35) "Writing to the Panel, the spokesman maintained that ...": the verb the participle
            # frames reports the clause
            self.speech_verb = verb.head
        self.by_report, self.speaker_role, self.speaker_pronoun = first[4]
        # a relative clause speaks only when it denies or concurs ("X, which has denied ..."); "the
        # Cimarrones, who accused the victims of informing" is what they did, not a statement on the claim
        # a second speaker with a clause of its own in a later clause ("X sold rifles to Y, the ministry said,
        # and army intelligence says they were flown to Z") speaks about what its clause reports
        self.extra_speakers = [f[:4] for f in found[1:] if f[3] is first[3] or f[3].dep_ == "relcl" and f[1] != "asserts"
                               or self.own_clause(f[3], first[3])]
        return first[:3]

    def _possessor_only(self, sentence, ident) -> bool:
        """True when ``ident`` is named in the sentence, and always with "'s"
        right after it ("Antigua and Barbuda's Minister")."""
        at = [self.coder.at[t.i] for t in sentence.span if t.i in self.coder.at and self.coder.at[t.i].entity == ident] \
            if sentence.span is not None else []
        return bool(at) and all(self.text[m.end:m.end + 2] in ("'s", "’s") for m in at)

    def _scare_quoted(self, token, sentence) -> bool:
        """(round 27) True when the verb of saying is inside a quote of a few words
        (at most ``scare_quote_words``) and its subject is outside it: 'The Council on
        Tuesday "strongly condemned" the killings' is the Council's act of saying."""
        at = sentence.at(token)
        quote = next(((q0, q1) for q0, q1 in self.quotes if q0 < at <= q1), None)
        words = len(self.text[quote[0] + 1:quote[1] - 1].split()) if quote is not None else 0
        return quote is not None and words <= language()["scare_quote_words"] and \
            any(c.dep_ == "nsubj" and not self.in_quote(sentence.at(c)) for c in token.children)

    @staticmethod
    def _discovery(token) -> bool:
        """(round 36) True for a verb of finding (``discovery_lemmas``) whose
        object is a weapon or its packing ("found assault rifles and
        ammunition", "discovered three crates") and which reports no clause:
        the find of things, which the gold codes as no statement, unlike "found
        that ..." or "found no evidence". Weapon words: lexicon/weapons.yaml."""
        from .named import weapon_type
        if token.lemma_.lower() not in language()["discovery_lemmas"] or any(
                c.dep_ in ("ccomp", "oprd", "xcomp", "advcl") for c in token.children):
            return False
        generic = set(weapons()["generic"]) | set(weapons()["containers"])
        objects = [o for c in token.children if c.dep_ == "dobj" for o in [c, *c.conjuncts]]
        if any(t.dep_ in ("relcl", "mark") or t.dep_ == "acl" and any(c.dep_ == "nsubj" for c in t.children)
               for o in objects for t in o.subtree):
            return False  # "found rifles that X had bought from Y": what the finder reports of them (and "found
            # that X procured machine guns", which the parser may read as an object)
        return any(o.lemma_.lower() in generic or weapon_type(" ".join(t.text for t in o.subtree if t.i <= o.i))
                   is not None for o in objects)

    def _speakers_of(self, sentence, masked, back):
        span = sentence.span
        if span is None:
            return
        lemmas = speech_lemmas()
        unnamed = set()  # verbs of an unnamed speaker the parse gives
        plain = set()  # what unnamed people ("witnesses", "the passengers": ``unnamed_people``) tell
        people = set(language()["unnamed_people"]) | set(estimates()["unnamed_sources"])
        for token in span:
            stance = lemmas.get(token.lemma_.lower())
            if stance is None or token.pos_ not in ("VERB", "AUX") or sentence.at(token) in self.coded_triggers or \
                    token.lemma_.lower() in language()["finding_lemmas"] and token.dep_ not in ("ROOT", "ccomp", "conj"):
                continue
            if self.in_quote(sentence.at(token)) and not self._scare_quoted(token, sentence) or \
                    token.lemma_.lower() in language()["shared_lemmas"] and \
                    not self.sharer_of(token):
                continue  # "Navy intelligence indicates that ...": the issuer's own finding, no statement
            if not self._speaks(token, sentence):
                self.not_speaking.add(sentence.at(token))  # nor by the word patterns
                continue
            if stance == "asserts" and not self._reports(token, sentence):
                continue
            wanted = language()["speech_needs_object"].get(token.lemma_.lower()) or \
                language()["finding_lemmas"].get(token.lemma_.lower())
            counted = token.lemma_.lower() == "put" and any(c.dep_ == "dobj" for c in token.children) and any(
                c.dep_ == "prep" and c.lower_ == "at" and any(t.pos_ == "NUM" for t in c.subtree) for c in token.children)
            if wanted is not None and not counted and (not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in wanted or
                                               "*" in wanted and c.dep_ in ("dobj", "ccomp", "oprd") or
                                               c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.lemma_.lower() in wanted or
                                               c.dep_ == "dobj" and any(a.dep_ == "amod" and a.lemma_.lower() in wanted
                                                                        for a in c.children) or
                                               c.dep_ == "prep" and c.lower_ in wanted and
                                               any(d.dep_ == "dobj" for d in token.children)
                                               for c in token.children) or any(c.dep_ == "prt" for c in token.children)):
                continue  # "reached the same conclusion", not "reached the coast"; "puts its strength at"; "holds
                # the gang responsible", not "holds talks"; "ties the group to the killings", not "tied the boat"
            if self._discovery(token):
                self.not_speaking.add(sentence.at(token))  # (round 36) "Officers ... found rifles and ammunition
                continue  # packed inside crates": a discovery of things, no finding
            if stance == "concurs" and token.lemma_.lower() in language()["concur_needs_judgement"] and not any(
                    c.dep_ == "ccomp" or c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _judged()
                    for c in token.children):
                if any(c.dep_ == "dobj" for c in token.children):
                    self.not_speaking.add(sentence.at(token))  # "welcomed the delegation": nor by the word patterns
                continue  # "supports the findings", not "supports the Mozambican armed forces"
            if token.i in plain:
                self.not_speaking.add(sentence.at(token))  # (round 27) "The passengers said the fighters accused the
                continue  # victims of ...": what unnamed people tell of another's words is no statement
            if any(a.i in unnamed for a in token.ancestors) and not any(c.dep_ == "nsubj" for c in token.children):
                self.not_speaking.add(sentence.at(token))  # "An association ... said its members were ... and
                continue  # rejected claims": the unnamed speaker's second verb, parsed into its words (round 20)
            subjects = [c for c in token.children if c.dep_ == "nsubj"] or \
                [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] or \
                self.sharer_of(token) or self.coder.inherited_subject(token, "nsubj")
            if not subjects and token.dep_ == "acl" and token.tag_ in ("VBD", "VBZ", "VBN") and \
                    "ROOT" in (token.head.dep_, token.head.head.dep_ if token.head.dep_ == "appos" else "") and \
                    token.head.pos_ in ("NOUN", "PROPN") and \
                    any(c.dep_ == "ccomp" for c in token.children) and not any(c.dep_ == "agent" for c in token.children):
                # "The X Commission (XC), which sent its own team, confirmed that ...": the parser makes the
                # finite verb a clause of the subject it cannot attach as one ("A research centre that tracks
                # violence, the X Observatory, estimated that ...": of the name in apposition)
                subjects = [token.head]
            if not subjects and token.dep_ == "xcomp" and token.head.dep_ == "acomp":
                # "the Panel was unable to determine who ...": the subject of "was"
                subjects = [c for c in token.head.head.children if c.dep_ == "nsubj"]
            subjects = [t for s in subjects for t in [s] + list(s.conjuncts)]
            # "..., killed nine farmers, the governor of the region said": the parser may make the reported
            # words' last noun the subject and the speaker its apposition, which ends right before the verb
            if not subjects or all(s.i < token.i for s in subjects):
                subjects = self._apposed_speaker(token) or subjects  # the reported words' noun is no speaker
            offset = sentence.at(token) - sentence.start
            at = next((i for i, b in enumerate(back) if b >= offset), len(masked))
            for subject in subjects:
                self.by_report = False
                ident = self._speaker_id(subject, token, sentence)
                if not ident and subject.pos_ == "NOUN" and subject.i not in self.coder.at and subject.i < token.i \
                        and subject.head.i == token.i and any(t.i in self.coder.at for p in subject.children
                                                              if p.dep_ == "prep" for t in p.subtree) \
                        and not any(self.gaz.is_a(self.coder.at[t.i].entity, "Person") for t in subject.subtree
                                    if t.i in self.coder.at):  # "A lawyer for X's family, Y, said": Y may speak
                    # (round 20) "A goat herders' association in Tornby, X State, said": an unnamed speaker;
                    # the place its words name is no speaker, nor by the word patterns
                    self.not_speaking.add(sentence.at(token))
                    unnamed.add(token.i)
                if not ident and subject.pos_ == "NOUN" and subject.lemma_.lower() in people and \
                        not any(t.i in self.coder.at for t in subject.subtree):
                    plain |= {t.i for c in token.children if c.dep_ == "ccomp" for t in c.subtree}
                if ident and ident in self.gaz.entities and self.gaz.entities[ident].type == "ActorSet":
                    continue  # "the two men on board told the boarding team": unnamed people, no speaker of record
                if ident and token.lemma_.lower() in language()["belief_lemmas"] and ident in self._issuers():
                    continue  # "our investigators believe" in the issuer's own release: its finding, no statement
                if ident:
                    role = subject.lemma_.lower() if subject.lemma_.lower() in language()["spokesman_nouns"] + \
                        language()["owner_nouns"] and not self.gaz.is_a(ident, "Person") else None
                    yield ident, stance, at, token, (self.by_report, role, subject.lower_ in ("he", "she", "they")
                                                     or getattr(self, "message_again", None) == subject.i)


@lru_cache(maxsize=1)
def _judged() -> frozenset:
    """Nouns whose welcome or support concurs ("welcomed the seizure", "supports the findings"): the
    ``judgements`` and ``welcomed_deeds`` of language.yaml, read once."""
    return frozenset(language()["judgements"]) | frozenset(language()["welcomed_deeds"])


@lru_cache(maxsize=1)
def speech_lemmas() -> dict:
    """Each speech lemma's stance; ``finding_lemmas`` assert."""
    found = {lemma: "asserts" for lemma in language()["finding_lemmas"]}
    return found | {lemma: stance for stance, lemmas in language()["speech_lemmas"].items() for lemma in lemmas}


@lru_cache(maxsize=1)
def _speech() -> tuple[re.Pattern, dict]:
    """The speech verbs of the lexicon as one regex, and each verb's stance."""
    stance_of = {verb: stance for stance in ("asserts", "denies", "concurs") for verb in language()["speech"][stance]}
    words = sorted((re.escape(v) for v in stance_of), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(words) + r")\b"), stance_of
