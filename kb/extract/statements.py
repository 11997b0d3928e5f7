"""Statements: who said, denied or concurred with what, in which role, on
whose behalf, when, where and in which words. Speech verbs and cues are data
(``lexicon/language.yaml``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .found import _WEEKDAY, Candidate
from .lexicon import language
from .mentions import slug


class StatementFinder:
    """Mixed into the extractor: the speaker and statement of one sentence."""

    def speaker(self, sentence, mentions, masked, back):
        """(speaker id, stance, verb start in masked text) for the sentence, or None.

        The parse is read first (the subject of a speech verb, the agent of a
        passive one); the word patterns below catch what the parse misses.
        """
        self.speech_verb = None
        parsed = self.speaker_on_parse(sentence, masked, back)
        if parsed:
            return parsed
        speech, stance_of = _speech()
        according = re.search(r"\b[Aa]ccording to (?:the |an? )?⟨(\d+)⟩(?![^,]*?(?:information|intelligence|estimate|figures|data))", masked)
        for match in speech.finditer(masked):
            if self.in_quote(sentence.start + back[match.start()]) or \
                    sentence.start + back[match.start()] in self.coded_triggers:
                continue
            before = masked[: match.start()]
            before = re.sub(r"(?:\s+(?:himself|herself|itself|themselves|also|later|then|reportedly|allegedly|"
                            r"has|have|had|previously|earlier|again|on \w+|just|publicly|"
                            + _WEEKDAY + r"))+\s*$", " ", before)
            token = re.search(r"⟨(\d+)⟩(,?)\s*$", before)
            speaker = None
            if token:
                mention = mentions[int(token.group(1))]
                # "Kirby said"; with a comma only a person ("..., Helen Marsh, said")
                if self.gaz.is_a(mention.entity, "Person" if token.group(2) else "Actor"):
                    speaker = mention.entity
            if speaker is None and (not token or token.group(2)) and re.search(r"[,\"”]\s*$", before):
                tail = masked[match.end():]
                run = re.match(r"^((?:\s*(?:" + _WEEKDAY + r"|the|a|an|[\w-]+|⟨d?\d+⟩|\(⟨\d+⟩\)|'s))*?)\s*(?:[,.;:]|$)", tail)
                tokens = [mentions[int(i)] for i in re.findall(r"⟨(\d+)⟩", run.group(1))] if run else []
                people = [m for m in tokens if self.gaz.is_a(m.entity, "Person")]
                actors = [m for m in tokens if self.gaz.is_a(m.entity, "Actor")]
                if people:
                    speaker = people[-1].entity
                elif actors:
                    speaker = actors[0].entity
            if speaker:
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
            if self.gaz.is_a(mention.entity, "Actor"):
                return mention.entity, "asserts", according.start()
        return None

    def speaker_on_parse(self, sentence, masked, back):
        """The first speaker the parse gives, as (id, stance, masked offset);
        further speakers of the sentence (a relative clause, "a charge Tehran
        rejects"; coordinated subjects, "The UK and Australia have reached the
        same conclusion") go to ``self.extra_speakers``."""
        found = []
        for entry in self._speakers_of(sentence, masked, back):
            if found and entry[0] in [f[0] for f in found]:
                continue
            found.append(entry)
        self.extra_speakers = []
        if not found:
            return None
        first = found[0]
        self.speech_verb, self._verb_base = first[3], sentence.base
        self.extra_speakers = [f for f in found[1:] if f[3] is first[3] or f[3].dep_ == "relcl"]
        return first[:3]

    def _speakers_of(self, sentence, masked, back):
        span = sentence.span
        if span is None:
            return
        lemmas = _speech_lemmas()
        for token in span:
            stance = lemmas.get(token.lemma_.lower())
            if stance is None or token.pos_ not in ("VERB", "AUX") or sentence.at(token) in self.coded_triggers:
                continue
            if self.in_quote(sentence.at(token)):
                continue
            if stance == "asserts" and not self._reports(token, sentence):
                continue
            if token.lemma_.lower() in language()["concur_needs_object"] and not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("conclusion", "assessment", "view", "finding")
                    for c in token.children):
                continue  # "reached the same conclusion", not "reached the coast"
            subjects = [c for c in token.children if c.dep_ == "nsubj"] or \
                [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] or \
                self.coder.inherited_subject(token, "nsubj")
            subjects = [t for s in subjects for t in [s] + list(s.conjuncts)]
            offset = sentence.at(token) - sentence.start
            at = next((i for i, b in enumerate(back) if b >= offset), len(masked))
            for subject in subjects:
                ident = self._speaker_id(subject, token, sentence)
                if ident:
                    yield ident, stance, at, token

    def _speaker_id(self, subject, token, sentence) -> str | None:
        if subject.lower_ in ("which", "who", "that") and token.dep_ == "relcl":
            subject = token.head  # "The Tarkhan Group, which has repeatedly denied ..."
        if subject.lower_ in ("it", "they") and token.dep_ in ("relcl", "acl", "parataxis") and token.head.i < token.i:
            # "X, two businessmen it says smuggled rifles": the pronoun inside a clause is the subject of
            # the sentence's main verb
            root = token.sent.root
            main = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
            ids = [i for c in main for i in self.coder._resolve(c) if self.gaz.is_a(i, "Actor")]
            if ids:
                return ids[0]
        reference = self._same_speaker(subject, sentence)
        if reference:
            return reference
        # "A British Foreign Office minister, Helen Marsh, said": the person in apposition
        ids = [i for a in subject.children if a.dep_ == "appos" for i in self.coder._resolve(a)
               if self.gaz.is_a(i, "Person")]
        if not ids and subject.i not in self.coder.at:
            holder = self.finder.office_holder(subject, sentence)  # "the mayor of the capital, Kyiv"
            if holder:
                return holder
        ids = ids or [i for i in self.coder._resolve(subject) if self.gaz.is_a(i, "Actor")]
        body = self.finder.unnamed_class(subject)
        if body and ids and not any(self.gaz.is_a(ids[0], c) for c in ("State", "GovernmentBody",
                                                                           "InternationalOrganisation")) \
                and subject.i not in self.coder.at:
            ids = []  # "the Marlow administration": a body, not Marlow
        if not ids and subject.lemma_.lower() in _speaker_nouns():
            inner = [self.coder.at[t.i].entity for t in subject.subtree if t.i in self.coder.at
                     and t.i < subject.i and self.gaz.is_a(self.coder.at[t.i].entity, "Actor")]
            ids = inner[-1:]
        if not ids:
            body = self.finder.unnamed_body(subject, sentence)
            ids = [body] if body else []
        return ids[0] if ids else None

    def extra_statements(self, sentence, main) -> list[Candidate]:
        """Statements of the further speakers of a sentence, about what the
        main statement is about (or the sentence's own claim)."""
        out = []
        if main is None:
            return out
        for n, (speaker, stance, _at, verb) in enumerate(self.extra_speakers, start=1):
            fields = {"speaker": speaker, "stance": stance, "regarding": list(main.fields["regarding"])}
            ident = slug(f"{speaker}-{stance}-{fields['regarding'][0].id}", 80)
            out.append(Candidate("Statement", fields, [sentence], ("Statement", sentence.index, n), ident))
        return out

    def _same_speaker(self, subject, sentence) -> str | None:
        """The speaker of a recent statement, for "they said", "the monitors
        wrote", "the report found" after a body was named as speaking."""
        previous = getattr(self, "last_speaker", None)
        if previous is None or sentence.index - previous[1] > 3:
            return None
        lemma = subject.lemma_.lower()
        bare = not [c for c in subject.children if c.dep_ in ("compound", "amod", "poss", "nmod") or
                    (c.dep_ == "prep" and c.lower_ == "of")]
        recent = sentence.index - previous[1] <= 2
        person = self.gaz.is_a(previous[0], "Person")
        # "They also said ...", "it notes": a pronoun subject of saying is who spoke just before
        if subject.lower_ in ("they", "he", "she") and (subject.i not in self.coder.at or recent):
            return previous[0] if subject.lower_ == "they" or person or subject.i not in self.coder.at else None
        if subject.lower_ == "it" and recent and not person:
            return previous[0]
        if bare and lemma in language()["report_nouns"] and subject.i not in self.coder.at \
                and not self.gaz.is_a(previous[0], "Person"):
            return previous[0]
        return None

    def _own_measure(self, speaker, regarding) -> bool:
        """True when all a statement is about is the speaker's own sanctions measure."""
        return bool(regarding) and all(c.type == "SanctionsMeasure" and c.fields.get("authority") == speaker
                                       for c in regarding)

    def _second_party(self, speaker, fields, regarding, sentence) -> bool:
        """A confirmation by a second party (the notes on the gold format:
        "confirmed" by a second party concurs): the verb is one of
        ``confirm_lemmas`` and it is said to someone else ("confirmed to the
        Panel"), or every claim it regards was stated earlier by someone other
        than the speaker or the body it speaks for."""
        verb = self.speech_verb
        if verb.lemma_.lower() not in language()["confirm_lemmas"]:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.i in self.coder.at for g in c.children)
               for c in verb.children):
            return True
        party = {speaker, fields.get("on_behalf_of")}
        earlier = [c for c in regarding if c.evidence and c.evidence[0].index < sentence.index]
        if not earlier or len(earlier) != len(regarding):
            return False
        said_by = {st.fields["speaker"] for st in self.statements_so_far for c in earlier if c in st.fields["regarding"]}
        said_by |= {st.fields.get("on_behalf_of") for st in self.statements_so_far
                    for c in earlier if c in st.fields["regarding"]}
        return not (said_by & party)

    def _said_when(self):
        """Document spans where a date belongs to the speech verb ("said on
        Sunday", "said Thursday"), or ``None`` when the speaker was not read
        off the parse."""
        verb = self.speech_verb
        if verb is None:
            return None
        spans = []
        for child in verb.children:
            if child.dep_ in ("prep", "npadvmod", "advmod", "tmod", "nmod", "obl") and child.i > verb.i - 3:
                first, last = child.left_edge, child.right_edge
                spans.append((first.idx, last.idx + len(last.text)))
        offset = self._verb_base
        return [(a + offset, b + offset) for a, b in spans]

    def _reports(self, verb, sentence) -> bool:
        """True when an assertive verb reports something: a clause, a quote or
        an object ("said Kestrel sold ...", "X said." after a quote)."""
        deps = {c.dep_ for c in verb.children}
        if deps & {"ccomp", "xcomp", "dobj", "parataxis"} or verb.dep_ in ("parataxis", "ccomp"):
            return True
        return any(q0 < sentence.end and q1 > sentence.start for q0, q1 in self.quotes) or \
            any(c.dep_ == "prep" and c.lower_ in ("in", "that") for c in verb.children)

    def statement(self, sentence, mentions, masked, found, here, claims, used_dates, last):
        quote_only = all(self.in_quote(sentence.start + i) or sentence.text[i] in " \"“”" for i in range(len(sentence.text))) \
            if sentence.text.startswith(("\"", "“")) else False
        if not found:
            if quote_only and last is not None and last.fields.get("quote"):
                found = (last.fields["speaker"], "asserts", 0)
            else:
                return None
        speaker, stance, verb_at = found
        fields: dict = {"speaker": speaker}
        clause = masked[verb_at:]
        later = [e[2] for e in getattr(self, "extra_speakers", []) if e[2] > verb_at]
        if later:
            clause = masked[verb_at:min(later)]  # a second speaker's words are not the first's stance
        on_behalf = None
        for kind, regex in self.lex["stance_clause"].items():
            m = re.search(r"(?:the )?⟨d?(\d+)⟩\s+" + regex, clause)
            if m:
                subject = mentions[int(m.group(1))].entity
                if re.search(r",\s+(?:a|an|the)\s+(?:charge|claim|accusation|allegation|assertion|finding)s?\s+$",
                             clause[:m.start()]):
                    # ", a charge Tehran rejects": Tehran's own statement, not the speaker's stance
                    if self.gaz.is_a(subject, "Actor") and subject != speaker:
                        self.extra_speakers.append((subject, kind, verb_at + m.start(), None))
                    continue
                stance = kind
                if subject != speaker:
                    on_behalf = subject
        for kind, regex in self.lex["stance_anywhere"].items():
            if re.search(regex, clause):
                stance = kind
        membership = self.gaz.memberships.get(speaker) or self.membership_here(speaker, claims)
        if membership:
            organisation, role = membership
            if role and role != "None":
                fields["role"] = role
            fields["on_behalf_of"] = on_behalf or organisation
        elif on_behalf:
            fields["on_behalf_of"] = on_behalf
        said_at = self._said_when()
        for s, e, resolved in self.dates_in(sentence):
            if s in used_dates or self.in_quote(sentence.start + s):
                continue
            if said_at is not None and not any(a <= sentence.start + s < b for a, b in said_at):
                continue  # a date of what the statement reports, not of the statement ("... last month, X said")
            fields["date"], fields["date_as_written"] = resolved[1], resolved[0]
            break
        lower = sentence.text.lower()
        for channel, cues in self.lex["channels"].items():
            if any(c.lower() in lower for c in cues):
                fields["channel"] = channel
                break
        carried = re.search(r"carried by (?:the )?⟨(\d+)⟩", masked)
        if carried and self.gaz.is_a(mentions[int(carried.group(1))].entity, "MediaOutlet"):
            fields["carried_by"] = mentions[int(carried.group(1))].entity
        fields["stance"] = stance
        for hedge in self.lex["hedges"]:
            if re.search(r"\b" + re.escape(hedge) + r"\b", lower):
                fields["hedge"] = hedge
                break
        quotes = [self.text[q0 + 1:q1 - 1].rstrip(",") for q0, q1 in self.quotes
                  if sentence.start <= q0 and q1 <= sentence.end]
        # a quote that began in an earlier sentence ("... Front. We have the receipts," said X.)
        opened = [(q0, q1) for q0, q1 in self.quotes if q0 < sentence.start < q1 <= sentence.end]
        covered = [s for s in self.sents for q0, q1 in opened if q0 <= s.start and s.end <= q1]
        quotes = [self.text[q0 + 1:q1 - 1].rstrip(",") for q0, q1 in opened] + quotes
        quotes = [q for q in quotes if len(q.split()) >= 2]
        if quotes:
            fields["quote"] = quotes if len(quotes) > 1 else quotes[0]
        earlier = [c for c in claims.values() if any(e in covered for e in c.evidence) and c not in here]
        regarding = [c for c in earlier + here if c.type != "Membership" or c.fields.get("member") != speaker]
        if not regarding and stance in ("denies", "concurs"):
            parents = {speaker, fields.get("on_behalf_of")} | set(self.gaz.entities[speaker].part_of if speaker in self.gaz.entities else [])
            regarding = [c for c in claims.values() if c.type not in ("Estimate",) and any(
                (parents & set(v)) if isinstance(v, list) else (v in parents) for v in c.fields.values())]
        if not regarding:
            about = []
            for m in mentions:
                if m.entity != speaker and m.kind != "demonym" and m.entity not in about:
                    about.append(m.entity)
            if not about and any(m.entity == speaker for m in mentions):
                about = [speaker]
            if not about:
                return None  # nothing the claim could be about
            says = fields.get("quote") if isinstance(fields.get("quote"), str) else sentence.text
            ident = slug(" ".join(re.findall(r"[\w-]+", says)[:8]))
            claim = Candidate("Claim", {"says": says, "about": about}, [sentence], ("Claim", sentence.index), ident)
            claims[claim.key] = claim
            regarding = [claim]
        if self._own_measure(speaker, regarding) and self.speech_verb is not None and \
                self.speech_verb.lemma_.lower() in ("announce", "unveil", "publish", "issue"):
            return None  # "the Department of State announced that it will designate X": the measure itself
        if stance == "asserts" and self.speech_verb is not None and self._second_party(speaker, fields, regarding,
                                                                                       sentence):
            fields["stance"] = "concurs"  # "Kenya confirmed to the Panel", "FGS officials confirmed that ..."
        fields["regarding"] = regarding  # resolved to ids when written
        self.last_speaker = (speaker, sentence.index)
        ident = slug(f"{speaker}-{stance}-{regarding[0].id}", 80)
        return Candidate("Statement", fields, covered + [sentence], ("Statement", sentence.index), ident)

    def membership_here(self, speaker, claims):
        for candidate in claims.values():
            if candidate.type == "Membership" and candidate.fields.get("member") == speaker:
                return candidate.fields.get("organisation"), candidate.fields.get("role")
        return None



@lru_cache(maxsize=1)
def _speech_lemmas() -> dict:
    return {lemma: stance for stance, lemmas in language()["speech_lemmas"].items() for lemma in lemmas}


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset:
    return frozenset(language()["speaker_nouns"])


@lru_cache(maxsize=1)
def _speech() -> tuple[re.Pattern, dict]:
    """The speech verbs of the lexicon as one regex, and each verb's stance."""
    stance_of = {verb: stance for stance in ("asserts", "denies", "concurs") for verb in language()["speech"][stance]}
    words = sorted((re.escape(v) for v in stance_of), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(words) + r")\b"), stance_of
