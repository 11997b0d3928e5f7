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
        """(speaker id, stance, verb start in masked text) for the sentence, or None."""
        speech, stance_of = _speech()
        according = re.search(r"\b[Aa]ccording to (?:the |an? )?⟨(\d+)⟩(?![^,]*?(?:information|intelligence|estimate|figures|data))", masked)
        for match in speech.finditer(masked):
            if self.in_quote(sentence.start + back[match.start()]):
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
        on_behalf = None
        for kind, regex in self.lex["stance_clause"].items():
            m = re.search(r"(?:the )?⟨d?(\d+)⟩\s+" + regex, clause)
            if m:
                stance = kind
                subject = mentions[int(m.group(1))].entity
                if subject != speaker:
                    on_behalf = subject
        membership = self.gaz.memberships.get(speaker) or self.membership_here(speaker, claims)
        if membership:
            organisation, role = membership
            if role and role != "None":
                fields["role"] = role
            fields["on_behalf_of"] = on_behalf or organisation
        elif on_behalf:
            fields["on_behalf_of"] = on_behalf
        for s, e, resolved in self.dates_in(sentence):
            if s in used_dates or self.in_quote(sentence.start + s):
                continue
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
        quotes = [q for q in quotes if len(q.split()) >= 2]
        if quotes:
            fields["quote"] = quotes if len(quotes) > 1 else quotes[0]
        regarding = [c for c in here if c.type != "Membership" or c.fields.get("member") != speaker]
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
        fields["regarding"] = regarding  # resolved to ids when written
        ident = slug(f"{speaker}-{stance}-{regarding[0].id}", 80)
        return Candidate("Statement", fields, [sentence], ("Statement", sentence.index), ident)

    def membership_here(self, speaker, claims):
        for candidate in claims.values():
            if candidate.type == "Membership" and candidate.fields.get("member") == speaker:
                return candidate.fields.get("organisation"), candidate.fields.get("role")
        return None



@lru_cache(maxsize=1)
def _speech() -> tuple[re.Pattern, dict]:
    """The speech verbs of the lexicon as one regex, and each verb's stance."""
    stance_of = {verb: stance for stance in ("asserts", "denies", "concurs") for verb in language()["speech"][stance]}
    words = sorted((re.escape(v) for v in stance_of), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(words) + r")\b"), stance_of
