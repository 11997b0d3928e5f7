"""Statements: who said, denied or concurred with what, in which role, on
whose behalf, when, where and in which words. Speech verbs and cues are data
(``lexicon/language.yaml``)."""

from __future__ import annotations

import re
from collections import Counter

from .accusals import CoordinatedAccusations
from .acts import ActsOfSaying
from .combat import CombatDeaths
from .deeds import OwnDeeds
from .found import Candidate
from .lexicon import language
from .mentions import slug
from .regarding import claim_values, involvement_denied, last_killing, ranked
from .speakers import REPORT, SpeakerFinder
from .speaking import (denied_alongside, failed_alone, failed_inquiry, measure_announced, measure_reason, not_yet_said,
                       own_check, own_count)
from .stance import StanceReader


class StatementFinder(OwnDeeds, CombatDeaths, CoordinatedAccusations, ActsOfSaying, StanceReader, SpeakerFinder):
    """Mixed into the extractor: the speaker and statement of one sentence."""

    def _quote_goes_on(self, sentence) -> list:
        """The later sentences of a quote that opens in ``sentence`` and ends
        after it (X said: "... road. Japan shares the assessment ...").
        """
        out = []
        for q0, q1 in self.quotes:
            if sentence.start <= q0 < sentence.end < q1:
                out += [s for s in self.sents if sentence.end <= s.start and s.end <= q1 + 1]
        return out

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

    def statement(self, sentence, mentions, masked, found, here, claims, used_dates, last):
        if self._in_header(sentence, mentions, claims, here):
            return None
        made = self._statement(sentence, mentions, masked, found, here, claims, used_dates, last)
        paragraph = self._header_paragraph(sentence) if made is not None else None
        if paragraph:
            start, end = paragraph
            quotes = [self.text[start:end].strip()]
            # "Quotes attributable to X:" covers every quoted paragraph that follows it
            while re.search(r"attributable", sentence.text, re.I) and quotes[-1][:1] in "\"“":
                following = re.match(r"\s*\n\s*([\"“][^\n]*)", self.text[end:])
                if not following:
                    break
                quotes.append(following.group(1).strip())
                end += following.end()
            quotes = [q[1:-1] if q[:1] in "\"“" and q[-1:] in "\"”" else q for q in quotes]
            made.fields["quote"] = quotes if len(quotes) > 1 else quotes[0]
            self.header = (made, start, end)
        return made

    def _statement(self, sentence, mentions, masked, found, here, claims, used_dates, last):
        quote_only = all(self.in_quote(sentence.start + i) or sentence.text[i] in " \"“”" for i in range(len(sentence.text))) \
            if sentence.text.startswith(("\"", "“")) else False
        continued = False
        if not found:
            # only the sentence right after: not after an unnamed speaker's quote ('..., said a farmer. "..."')
            if quote_only and last is not None and last.fields.get("quote") and \
                    last.evidence[-1].index >= sentence.index - 1:
                found = (last.fields["speaker"], "asserts", 0)
                continued = True  # the next sentence of the same speaker's quote: the same act of saying
            else:
                return None
        speaker, stance, verb_at = found
        if self.issuer_voice(speaker, self.speech_verb):
            return None  # "..., the X Defence Force announced today" in X's own release: its narration
        if not_yet_said(self.speech_verb):
            return None  # "Ostland will report the seizure to the Committee": an act of saying still to come
        if failed_alone(self.speech_verb) or failed_inquiry(self.speech_verb) or measure_announced(self.speech_verb):
            return None  # "The Panel was unable to confirm that account", "could not establish who", "agreed to add X"
        verb = self.speech_verb
        if verb is not None and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in language()["reason_marks"]
                                                             for c in verb.children) and \
                (any(c.type == "SanctionsMeasure" for c in here) or measure_reason(verb)):
            return None  # "removed X from its list after the company showed that ...": the measure's reason
        fields: dict = {"speaker": speaker}
        self._here = here
        mine = self._speaker_claims(sentence, here)
        verb = self.speech_verb
        if last is not None and last.fields["speaker"] != speaker and self._no_support_for(verb):
            return self.rebuttal(sentence, speaker, last)  # "The Panel found no evidence supporting that account"
        if verb is not None and any(c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in verb.children):
            return None  # "gave no figure for the dead", "put no number on it": nothing said
        if verb is not None and verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG") and \
                sentence.at(verb.head) in self.coded_triggers:
            # "revoked the designation, having concluded that ...": the measure's grounds, no statement unless they
            # report a fact of their own ("sanctioned X, finding that it had shipped rifles to Y"), which it is about
            mine = [c for c in mine if c.type not in ("SanctionsMeasure", "Claim")]
            if not mine or not any(c.dep_ == "ccomp" for c in verb.children):  # "accusing the firm of ...": grounds
                return None
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
        if stance == "asserts" and (re.search(self.lex["account_agreement"], clause) or
                                    re.search(self.lex["account_correct"], clause)):
            stance = "concurs"  # "said the police account matched what survivors had told him", "... was correct"
        defence = re.search(self.lex["self_defence_denials"], clause)
        if defence and not re.search(r"\b(?:not|never|n't)\b", clause[max(0, defence.start() - 30):defence.start()]):
            stance = "denies"  # 'said its rangers "acted in legitimate defence"', "had fired in self-defence"
        retracted = bool(re.search(self.lex["retraction_denials"], clause))
        if re.search(self.lex["justification_denials"], clause) or retracted or \
                any(re.search(self.lex[k], clause) for k in ("standing_denials", "fired_first_denials", "basis_denials", "alibi_denials")):
            stance = "denies"  # 'said the unit "acted within the rules of engagement"'; "no longer believes he is"
        if re.search(self.lex["lawful_trade_denials"], clause) and any(self.gaz.is_a(speaker, k) for k in ("Person", "Company", "ArmedGroup")):
            stance = "denies"  # (round 36) "every sale he made was registered with the Army": its trade called lawful
        for kind, regex in self.lex["stance_phrases"].items():
            if re.search(regex, clause):
                stance = kind  # "we have no reason to doubt them": a concurrence in the speaker's own words
        reported = self.reported_stance(sentence, speaker) if stance == "asserts" else None
        combat = reported is None and stance == "asserts" and self.combat_death(speaker, claims)
        if combat:
            reported = "recast"  # (round 26) 'said the five men "died in crossfire"': the killing denied
        elif reported is None and stance == "asserts" and denied_alongside(self.speech_verb) and \
                any(self.gaz.is_a(speaker, k) for k in ("Person", "Company", "ArmedGroup")):
            reported = "negated-own"  # (round 26) "told the Panel that ... and had never handled weapons"
        if reported is None and stance == "asserts" and self.speech_verb is not None and \
                (self.speech_verb.lemma_.lower() in language()["rebuttal_lemmas"] or self.redescribes()):
            rebutted = self._rebutted(speaker, claims, here)
            reported = "rebutted" if rebutted else None  # "insisted that the crates held engine spares"
        if reported is None and stance == "asserts" and self.cargo_redescribed():
            # "said that the consignments had been irrigation pumps": a party's own cargo named harmless denies;
            # a state body or a monitor describing a cargo only reports
            rebutted = self._rebutted(speaker, claims, here)
            if rebutted:
                reported = "rebutted"
            elif not any(self.gaz.is_a(speaker, c) for c in ("State", "GovernmentBody", "InternationalOrganisation",
                                                              "MediaOutlet", "StateArmedForces")):
                reported, self.ignorance_only = "negated-own", False
        if reported == "corroborates":
            # "said its own inquiry had found evidence that civilians were among the dead": a finding of its own
            # that confirms a relation coded here, or, when its words code none, one reported before
            # (a post named with the speaker, "Kassa's mayor, X, said ...", is no finding)
            reported = "concurs" if any(c.type not in ("Claim", "Membership") for c in mine) or any(
                c.type != "Claim" for c in self.denied_claims(speaker, fields, sentence, mentions, claims, here)) \
                else None
        if reported in ("denies", "concurs"):
            stance = reported  # "the Foreign Office said it 'fully supports' the US action"
        membership = self.gaz.memberships.get(speaker) or self.membership_here(speaker, claims)
        if membership:
            organisation, role = membership
            if role and role != "None":
                fields["role"] = role
            fields["on_behalf_of"] = on_behalf or organisation
        elif on_behalf:
            fields["on_behalf_of"] = on_behalf
        if "on_behalf_of" not in fields:
            post = self._state_post(speaker)
            if post:  # "X, the defence minister, said": the minister speaks for the state
                fields["role"], fields["on_behalf_of"] = post
        counsel = getattr(self, "counsel_for", {}).get(speaker)
        if counsel and "on_behalf_of" not in fields:
            fields["role"], fields["on_behalf_of"] = self.finder.role(*[counsel[1]] * 2), counsel[0]  # "X's lawyer, Y,"
            if counsel[0] is None:
                del fields["on_behalf_of"]  # "the master told police through his lawyer, Y,": a client unnamed
        if getattr(self, "speaker_role", None) and "role" not in fields:
            fields["role"] = self.finder.role(self.speaker_role, self.speaker_role)  # "A spokesman for the FPF"
        said_at = self._said_when()
        # "fled since January, according to X": with no verb of saying, the sentence's dates are what X reports
        attributed = said_at is None and re.search(r"\baccording to\b", sentence.text, re.I)
        for s, e, resolved in ([] if attributed else self.dates_in(sentence)):
            if s in used_dates or self.in_quote(sentence.start + s):
                continue
            if said_at is not None and not any(a <= sentence.start + s < b for a, b in said_at):
                continue  # a date of what the statement reports, not of the statement ("... last month, X said")
            fields["date"], fields["date_as_written"] = resolved[1], resolved[0]
            break
        if stance == "asserts" and self.measure_endorsed(speaker, fields, claims):
            stance = "concurs"  # 'the freeze "supports the efforts of our forces"': another's measure endorsed
        lower = sentence.text.lower()
        fields.update(channel_in([sentence], self.lex["channels"]))
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
        post = self.membership_here(speaker, claims)  # (round 29) "two of its commanders, A and B, said": B's post too
        regarding = [c for c in earlier + mine if (c.type != "Membership" or c.fields.get("member") != speaker and
                                                   (c.fields.get("organisation"), c.fields.get("role")) != post)
                     and not self._describes_speaker(c, speaker, sentence)]
        if retracted:  # "no longer had grounds to believe he was involved": what it held of him, not the delisting
            targets = {t for c in regarding if c.type == "SanctionsMeasure" for t in c.fields.get("targets") or []}
            held = [c for c in claims.values() if c.type == "Membership" and c.fields.get("member") in targets]
            regarding = held or [c for c in regarding if c.type != "SanctionsMeasure"]
        if reported == "rebutted":
            stance = "denies"
            regarding = rebutted + [c for c in regarding if c.type != "Claim" and c not in rebutted]
        if reported == "recast":  # the dead called combatants: a denial of the killings only
            reported, self.denied_kinds = "negated", ("Atrocity", "Massacre", "Participation", "Estimate")
        if reported in ("negated", "negated-own"):
            # "said his men 'were not in Morne Lazare'", "said no civilians had been killed at X": a denial of
            # what was reported before about the speaker or the places and actors the clause names
            denied = self.denied_claims(speaker, fields, sentence, mentions, claims, here)
            if getattr(self, "denied_kinds", None):
                denied = [c for c in denied if c.type in self.denied_kinds] or last_killing(claims, here)
                self.denied_kinds = None
            if reported == "negated-own" and getattr(self, "ignorance_only", False) and not any(
                    claim_values(c) & {speaker, fields.get("on_behalf_of"), self.led_by(speaker)} for c in denied):
                denied, reported = [], None  # "the detectives say; they do not know who sent it"
            if denied:
                stance = "denies"
                regarding = denied + [c for c in regarding if c not in denied and c.type != "Claim"
                                      and not self._restates(c, denied)]
            elif reported == "negated-own" or combat:
                stance = "denies"  # "said it has never traded in weapons": a denial of what no claim here says
        if stance in ("denies", "concurs") and regarding:
            # "denied receiving any weapons": what the denial's own words code restates an earlier claim
            earlier = self.denied_claims(speaker, fields, sentence, mentions, claims, here)
            if earlier and all(self._restates(c, earlier) for c in regarding):
                regarding = earlier
        if not regarding and stance in ("denies", "concurs") and not retracted:  # a retraction: its own words
            regarding = self.denied_claims(speaker, fields, sentence, mentions, claims, here)
        if stance in ("denies", "concurs") and regarding and all(c.type == "Claim" and c in here for c in regarding):
            # "said it shared the assessment of the X government": what X holds, not the speaker's own words
            regarding = self.denied_claims(speaker, fields, sentence, mentions, claims, here) or regarding
        if not regarding and stance == "denies" and not retracted:  # "'We had nothing to do with it,' said X"
            regarding = involvement_denied(claims, here, sentence.text)
        if not regarding and self._inquiry_failed():
            # "could not establish who had sent the vehicles": about the claim it could not settle
            regarding = self.denied_claims(speaker, fields, sentence, mentions, claims, here)
        if not regarding and self._coordinated():
            regarding = self._clause_claim(sentence, self.speech_verb, speaker)  # not the author's clause
        if not regarding:
            about = []
            for m in mentions:
                if m.entity != speaker and m.kind != "demonym" and m.entity not in about:
                    about.append(m.entity)
            if not about and (any(m.entity == speaker for m in mentions) or fields.get("quote") or self._estimating()):
                about = [speaker]
            if not about:
                return None  # nothing the claim could be about
            if self._own_deed(stance, fields) or self._position(stance, speaker) or self._own_inquiry(stance, fields, speaker) or \
                    self._inquiry_failed() or self._commentary() or self._unnamed_blame() or self._uncoded_figure(sentence):
                self.last_speaker = (speaker, sentence.index)  # no statement, but "Cardozo said" next is who spoke
                self.__dict__.setdefault("silent_speakers", []).append(speaker)  # a body named, if only as speaker
                return None  # "the ministry will publish the notice"
            says = fields.get("quote") if isinstance(fields.get("quote"), str) else self.claim_words(sentence)
            ident = slug(" ".join(re.findall(r"[\w-]+", says)[:8]))
            claim = Candidate("Claim", {"says": says, "about": about}, [sentence], ("Claim", sentence.index), ident)
            claims[claim.key] = claim
            regarding = [claim]
        if self._own_measure(speaker, regarding, fields.get("on_behalf_of")) and self.speech_verb is not None and \
                self.speech_verb.lemma_.lower() in ("announce", "unveil", "publish", "issue"):
            return None  # "the Department of State announced that it will designate X": the measure itself
        if stance == "denies" and self._rejects_denial(last, speaker, sentence):
            # 'The group denied it was there. The farm's owner rejected that.': the owner asserts what was denied
            stance, regarding = "asserts", [c for c in last.fields["regarding"] if c.type != "Claim"] or regarding
        if stance == "asserts" and self.denial_told_on(last, fields, regarding, sentence):
            stance = "denies"  # "X rejected the accusations. Its lawyer, Y, said the company acted only as an agent"
        if stance == "asserts" and any(self._concurs_in_quote(s, fields) for s in self._quote_goes_on(sentence)):
            stance = "concurs"  # 'X said: "... Japan shares the assessment of Y that ..."'
        fields["stance"] = stance
        if stance == "asserts" and self.speech_verb is not None and not own_count(self.speech_verb) and \
                not own_check(self.speech_verb) and not self._confirms_own_deed(speaker) and (
                self._second_party(speaker, fields, regarding, sentence) or
                self._confirms_other(speaker, fields, regarding, sentence)):
            # "Kenya confirmed to the Panel", "FGS officials confirmed that ...", "the Panel confirmed that the
            # vehicles were of the same type": a second party confirming what was reported
            fields["stance"] = "concurs"
        fields["regarding"] = regarding  # resolved to ids when written
        self.last_speaker = (speaker, sentence.index)
        evidence = covered + [sentence]
        part = speaker in self.gaz.entities and last is not None and \
            last.fields["speaker"] in self.gaz.entities[speaker].part_of and fields["stance"] == last.fields["stance"] \
            and fields["stance"] != "asserts"
        # 'X blamed the group. "They came to burn us out," X said.': the quote that follows an unquoted accusation
        # and names its speaker again tells on the same act of saying (not 'X said that ... "...," X told reporters')
        quoted_on = last is not None and last.fields["speaker"] == speaker and not last.fields.get("quote") and \
            getattr(last, "verb", None) in language()["accusation_lemmas"] and \
            fields.get("quote") and fields["stance"] == last.fields["stance"] == "asserts" and \
            evidence[0].text.lstrip()[:1] in "\"“" and self.gaz.is_a(speaker, "Person")
        # (round 26) 'X said he shared the army's view. "Everybody knows who came," he said.': a remark that codes
        # nothing, a bare "he said" with no route, hearer or date of its own, goes on with the concurrence
        remark = last is not None and last.fields["stance"] == "concurs" and fields["stance"] == "asserts" and \
            all(c.type == "Claim" for c in regarding) and not fields.get("channel") and not fields.get("date") and \
            self.speech_verb is not None and self.speech_verb.lemma_.lower() in ("say", "add") and \
            not any(c.dep_ in ("dobj", "dative", "prep") for c in self.speech_verb.children)
        if (getattr(self, "speaker_pronoun", False) and last is not None and last.fields["speaker"] == speaker and
                (fields["stance"] in (last.fields["stance"], "denies") or last.fields["stance"] == "denies" or remark)
                and not self._accusation_after_denial(last, fields, regarding) or part
                or continued or quoted_on) and evidence[0].index - last.evidence[-1].index <= 1:
            # not '"...," she told reporters' after "X welcomed the sanctions": a second act of saying; but
            # "Belarus rejected the accusations. Its foreign ministry called them baseless." is one
            # '"I never shipped a weapon," he said.' after "X rejected the accusation": one act of saying
            last.evidence += [e for e in evidence if e not in last.evidence]
            if fields["stance"] == "denies" or fields["stance"] == "concurs" and last.fields["stance"] == "asserts":
                last.fields["stance"] = fields["stance"]  # the quote's next sentence concurs: the act concurs
            more = [c for c in regarding if c.type != "Claim" or not any(r.type != "Claim" for r in last.fields["regarding"])]
            last.fields["regarding"] += [c for c in more if not any(c is r for r in last.fields["regarding"])]
            if fields.get("quote"):
                quotes = last.fields.get("quote") or []
                quotes = [quotes] if isinstance(quotes, str) else quotes
                new = fields["quote"] if isinstance(fields["quote"], list) else [fields["quote"]]
                merged = quotes + [q for q in new if q not in quotes]
                last.fields["quote"] = merged if len(merged) > 1 else merged[0]
            self.merged_into = last
            return None
        ident = slug(f"{speaker}-{fields['stance']}-{regarding[0].id}", 80)
        statement = Candidate("Statement", fields, evidence, ("Statement", sentence.index), ident)
        statement.by_report = speaker == REPORT or getattr(self, "by_report", False)
        statement.verb = self.speech_verb.lemma_.lower() if self.speech_verb is not None else None
        return statement

    def _state_post(self, speaker) -> tuple | None:
        """(role, state) when a person who speaks is named with a state's post
        in lower case ("X, the defence minister, said", "the interior minister,
        X, told", "the Ostlandic foreign minister, X,": one of
        ``state_post_heads``): the state its words name (a demonym or a
        possessive), else the state the document names most; ``None`` for
        any other speaker."""
        verb = self.speech_verb
        if verb is None or not self.gaz.is_a(speaker, "Person"):
            return None
        heads = set(language()["state_post_heads"])
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            for post in [subject] + [c for c in subject.children if c.dep_ == "appos"]:
                if post.lemma_.lower() not in heads or post.text[:1].isupper() or not any(
                        self.coder.at.get(t.i) is not None and self.coder.at[t.i].entity == speaker
                        for t in subject.subtree):
                    continue
                if any(c.lower_ in language()["former_words"] for c in post.children):
                    return None  # "a former minister": no post held now
                words = [c for c in post.children if c.dep_ in ("compound", "amod") and c.i < post.i
                         and c.text[:1].islower()] + [post]
                words += [t for c in post.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                          for t in c.subtree]
                title = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
                named = [self.coder.at[c.i].entity for c in post.children if c.dep_ in ("amod", "poss", "compound")
                         and c.i in self.coder.at and self.gaz.is_a(self.coder.at[c.i].entity, "State")]
                states = Counter(i for i in self.finder.seen if self.gaz.is_a(i, "State"))
                state = named[0] if named else states.most_common(1)[0][0] if states else None
                return (self.finder.role(slug(title), title), state) if state else None
        return None

    def _describes_speaker(self, claim, speaker, sentence) -> bool:
        """True for the speaker's control, leadership or operations that this
        sentence codes from its description of the speaker, outside the clause
        it reports ("The group's leader, X, denied that his men were involved",
        "The RDF, deployed in X since 2021, confirmed the deliveries")."""
        role = {"Control": "controller", "Leadership": "leader", "Operation": "actor"}.get(claim.type)
        if role is None or claim.fields.get(role) != speaker or not any(claim is c for c in self._here):
            return False
        own = self.reported_clause(self.speech_verb) if self.speech_verb is not None else None
        return own is None or not self._inside(claim, own, sentence)

    def denied_claims(self, speaker, fields, sentence, mentions, claims, here) -> list:
        """Earlier claims a statement denies or concurs with when its sentence
        codes none (:func:`kb.extract.regarding.ranked`): those the speaker, the
        body it speaks for, what it belongs to or the group it leads take part
        in, those about the places and actors the sentence names, and those of
        the party whose findings it names ("rejected the Panel's findings"),
        of the kind the sentence's words point at. Computed once per sentence,
        speaker and state of the claims (a statement asks up to four times)."""
        key = (speaker, fields.get("on_behalf_of"), sentence.index, len(claims), len(self.statements_so_far),
               id(self.speech_verb), tuple(id(c) for c in here))
        memo = self.__dict__.setdefault("_denied_memo", {})
        if key not in memo:
            memo[key] = self._denied_claims(speaker, fields, sentence, mentions, claims, here)
        return list(memo[key])

    def _denied_claims(self, speaker, fields, sentence, mentions, claims, here) -> list:
        parties = {speaker, fields.get("on_behalf_of"), self.led_by(speaker)}
        if speaker in self.gaz.entities:
            parties |= set(self.gaz.entities[speaker].part_of)
        named = {m.entity for m in mentions if m.kind != "demonym" and m.entity != speaker
                 and m.entity not in parties and not self.gaz.is_a(m.entity, "MediaOutlet")}
        lemmas, owners = set(), set()
        if sentence.span is not None:
            words = set(language()["judgements"]) | set(language()["report_nouns"])
            verb = self.speech_verb  # the speaker's description ("the group's leader, X") names no kind of claim
            described = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree} \
                if verb is not None and verb.doc is sentence.span.doc else set()
            for token in sentence.span:
                if token.i not in described:
                    lemmas.add(token.lemma_.lower())
                if token.dep_ == "poss" and token.head.lemma_.lower() in words and token.i in self.coder.at:
                    owners.add(self.coder.at[token.i].entity)  # "the Panel's findings"
                if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in words:
                    owners |= {self.coder.at[t.i].entity for t in token.subtree if t.i in self.coder.at}  # "of the X"
        said_by = [c for st in self.statements_so_far if owners & {st.fields["speaker"], st.fields.get("on_behalf_of")}
                   for c in st.fields["regarding"]] + [c for c in claims.values() if c.fields.get("authority") in owners]
        named -= owners
        return ranked(list(claims.values()), parties, named, lemmas, said_by, here)

    def reports_by_body(self, statements: list) -> list:
        """Statements whose speaker a report noun named ("the experts said",
        "according to UN sanctions monitors", "the update shows", "according to
        a confidential report") are the monitoring body the document names (a
        "Panel of Experts", a "Group of Experts": ``monitoring_bodies`` in
        language.yaml), when it names exactly one; those with no speaker but the
        report are dropped when it names none."""
        phrases = [p for p in language()["monitoring_bodies"] if " " in p]
        bodies = {m.entity for ms in self.found_mentions for m in ms
                  if any(p in self.gaz.entities[m.entity].label for p in phrases)}
        body = next(iter(bodies)) if len(bodies) == 1 else None
        out = []
        for statement in statements:
            if getattr(statement, "by_report", False) and body:
                old = statement.fields["speaker"]
                statement.fields["speaker"] = body
                statement.id = statement.id.replace(slug(old), slug(body), 1) if old != REPORT else \
                    slug(f"{body}-{statement.fields['stance']}-{statement.id}", 80)
            if statement.fields["speaker"] == REPORT:
                continue
            out.append(statement)
        return out

    def membership_here(self, speaker, claims):
        for candidate in claims.values():
            if candidate.type == "Membership" and candidate.fields.get("member") == speaker:
                return candidate.fields.get("organisation"), candidate.fields.get("role")
        return None


def channel_in(sentences, channels: dict) -> dict:
    """``{"channel": slug}`` for the first of ``channels`` (language.yaml: slug ->
    cues) whose cue one of ``sentences`` holds, in text order, or {}: the route
    a statement's sentence names ("told reporters", "in a statement"); the
    engine also reads the other sentences of one act of saying ("X blamed Y."
    then '"...," X told reporters in Z'; new-user trial)."""
    for sentence in sorted(sentences, key=lambda e: e.index):
        lower = sentence.text.lower()
        for channel, cues in channels.items():
            if any(c.lower() in lower for c in cues):
                return {"channel": channel}
    return {}
