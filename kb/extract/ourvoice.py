"""The issuing monitor's own findings ("We documented 11 men killed", "We have
the names of 19 civilians who died there", "Nothing we gathered suggests that
the men carried weapons", "according to our count", "HCM has verified the
names of 38 of the dead", "Sales records seen by our team show", "On the
evidence we gathered, ...", "We confirmed five deaths." after the killing it
narrates): in a rights monitor's report these are its statements (the gold
format since round 20), while a government's or a company's release narrates
in its own voice and makes none, and plain narration ("Gunmen entered the
village at dawn") is no statement. A mixin of
the extractor (``gaz``, ``finder``, ``text``, ``sents``, ``in_quote``,
``_issuers``); the words are data: the own-voice block of
lexicon/language.yaml.
"""

from __future__ import annotations

import re

from .found import Candidate
from .lexicon import language
from .mentions import slug
from .publishers import masthead_spans
from .regarding import last_killing, ranked

# a masthead line that is a name (capitalised words, a few lower-case particles, " - " between parts), an alias in
# brackets after it
_WORD = r"[A-Z][\w'’.-]*"
_MASTHEAD_NAME = re.compile(rf"^(?P<name>{_WORD}(?:(?:\s+|\s+[-–]\s+)(?:{_WORD}|l['’]{_WORD}|(?:de|des|du|dos|"
                            r"das|do|da|del|la|le|of|the|for|and|au|et|y|e|on|in)(?=\s))){1,10})"
                            r"(?:\s*\((?P<alias>[^()]{2,60})\))?$")

# who narrates as itself, never as a monitor making findings
_NARRATORS = ("State", "GovernmentBody", "StateArmedForces", "Company", "MediaOutlet", "Person",
              "InternationalOrganisation")
_KINDS = ("Atrocity", "Massacre", "Participation", "Estimate", "ArmsTransfer", "Control", "Operation")
_KILLING = ("Atrocity", "Massacre", "Participation", "Estimate")


def _monitor_named(name: str) -> bool:
    """True when ``name`` has a word of ``monitor_name_words`` ("Lowveld Rights
    Monitor"; not "Ostland Ministry of the Interior")."""
    words = {w.casefold() for w in language()["monitor_name_words"]}
    return bool(words & {w.casefold() for w in re.findall(r"[\w'’-]+", name)})


class OwnVoice:
    """Statements of a monitoring organisation's findings in its own voice."""

    def monitor_issuer(self) -> str | None:
        """The one organisation the masthead names that reports in its own
        voice (no state body, company, media outlet, international body or
        person); ``None`` when there is none or more than one."""
        if not hasattr(self, "_monitor_issuer"):
            found = {i for i in self._issuers() if i in self.gaz.entities and self.gaz.is_a(i, "Organisation")
                     and not any(self.gaz.is_a(i, c) for c in _NARRATORS)
                     and _monitor_named(self.gaz.entities[i].label)}
            self._monitor_issuer = next(iter(found)) if len(found) == 1 else None if found else self._masthead_monitor()
        return self._monitor_issuer

    def _masthead_monitor(self) -> str | None:
        """A monitor a masthead line names and the reader found no entity for
        ("Veille Citoyenne des Droits Humains de l'Est (VCDHE)", "Forum for
        Civil Liberties - Central India (FCL-CI)"): proposed as an
        Organisation, the bracketed name an alias; only a name with a word of
        ``monitor_name_words``."""
        for start, _ in masthead_spans(self.text):
            begin = self.text.rfind("\n", 0, start) + 1
            end = self.text.find("\n", start)
            match = _MASTHEAD_NAME.match(self.text[begin:end if end >= 0 else None].strip())
            if match and _monitor_named(match.group("name")):
                break
        else:
            return None
        ident = self.finder._new(match.group("name"), "Organisation")
        if match.group("alias"):
            self.finder._also_named(ident, match.group("alias").strip())
        sentence = next((s for s in self.sents if s.start <= start < s.end), None)
        if sentence is not None:
            self.gaz.entities[ident].extra.setdefault("_sentence", sentence)
        return ident

    def _first_person_finding(self, sentence, mentions, issuer: str) -> bool:
        """True when a clause of the sentence outside quotes has "we", "our
        ..." or the issuer's name as the subject of a verb of
        ``own_finding_lemmas`` ("HCM has verified"), says "according to our
        count" or "on the evidence we gathered", or has records "seen by our
        team" (or by the issuer) as the subject of a verb of
        ``own_evidence_lemmas``; "nothing we gathered suggests" counts."""
        lex = language()
        lemmas, shows = set(lex["own_finding_lemmas"]), set(lex["own_evidence_lemmas"])
        spans = [(m.start, m.end) for m in mentions if m.entity == issuer]
        known = self.gaz.entities[issuer]
        names = {n.casefold() for n in [known.label, *known.names]}  # "SHRW" before the masthead named it
        for token in sentence.span if sentence.span is not None else []:
            at = sentence.at(token)
            if self.in_quote(at):
                continue
            named = token.dep_ in ("nsubj", "pobj") and (any(s <= at < e for s, e in spans) or " ".join(
                t.text for t in token.subtree if t.dep_ in ("compound", "flat") or t is token).casefold() in names)
            if not (token.lower_ == "we" or token.dep_ == "poss" and token.lower_ == "our" or named):
                continue
            subject = token.head if token.dep_ == "poss" else token
            verb = subject.head
            if subject.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.dep_ == "acl" and \
                    verb.head.head.dep_ == "nsubj" and verb.head.head.head.lemma_.lower() in shows:
                return True  # "Sales records seen by our team show that ..."
            if any(c.dep_ == "neg" for c in verb.children):
                continue  # "we could not establish who planted the device"
            if subject.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in lemmas:
                return True
            if subject.dep_ == "nsubj" and token.dep_ == "poss" and verb.lemma_.lower() in shows:
                return True  # (round 31) "Our interviews with defectors show that ..."
            if subject.dep_ == "nsubj" and verb.lemma_.lower() == "be" and any(
                    a.dep_ == "acomp" and a.lemma_.lower() == "able" and any(
                        x.dep_ == "xcomp" and x.lemma_.lower() in lemmas and not any(t.lower_ == "only" for t in x.subtree)
                        for x in a.children) for a in verb.children):
                return True  # (round 31) "We were able to confirm eleven deaths" (not "unable", "not able", "only one")
            if subject.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.head.dep_ == "nsubj" and \
                    verb.head.head.lemma_.lower() in lemmas:
                return True  # "Nothing we gathered suggests that ..."
            if subject.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.lemma_.lower() in lemmas and \
                    verb.head.dep_ == "pobj" and verb.head.head.lower_ == "on":
                return True  # "On the evidence we gathered, the soldiers bear responsibility"
            if subject.dep_ == "pobj" and subject.head.lower_ == "to" and subject.head.head.lower_ == "according":
                return True  # "according to our count"
        return False

    def own_voice(self, sentence, mentions, here, claims) -> Candidate | None:
        """The issuing monitor's statement of a finding in its own voice in
        ``sentence``: about what the sentence codes, else the earlier claims
        it names (its places and actors), else, when it names none, the
        killing reported last; ``None`` when it is no such finding, a total
        over several incidents (``own_voice_totals``) or about no claim."""
        issuer = self.monitor_issuer()
        if issuer is None or re.search(language()["own_voice_totals"], sentence.text) or \
                not self._first_person_finding(sentence, mentions, issuer):
            return None  # "We count at least 12 people killed across the three attacks": no one event
        regarding = [c for c in here if c.type in _KINDS]
        if not regarding:
            named = {m.entity for m in mentions if m.kind != "demonym" and m.entity != issuer}
            lemmas = {t.lemma_.lower() for t in sentence.span} if sentence.span is not None else set()
            regarding = [c for c in ranked(list(claims.values()), {issuer}, named, lemmas, [], here)
                         if c.type in _KILLING]  # a monitor's finding on what it names: the killings it reports
            if not named:  # "We confirmed five deaths." after the killing it narrates
                regarding = last_killing(claims, here)
        summary = not regarding and re.search(language()["own_voice_summary"], sentence.text)
        if summary:
            # (round 27) "Between 6 and 18 June, our field team documented three attacks in which ...": the
            # summary's finding, about the killings the report goes on to narrate (settled by summarised_killings)
            about = [m.entity for m in mentions if m.kind != "demonym" and m.entity != issuer] or [issuer]
            claim = Candidate("Claim", {"says": sentence.text.strip(), "about": about}, [sentence],
                              ("Claim", sentence.index), slug(" ".join(re.findall(r"[\w-]+", sentence.text)[:8])))
            claims[claim.key] = claim
            regarding = [claim]
        if not regarding:
            return None
        # the report is the monitor's own writing: language.yaml channel_of_author ("report" is no channel)
        fields = {"speaker": issuer, "stance": "asserts", "regarding": regarding,
                  "channel": language()["channel_of_author"]}
        ident = slug(f"{issuer}-asserts-{regarding[0].id}", 80)
        statement = Candidate("Statement", fields, [sentence], ("Statement", sentence.index), ident)
        statement.by_report, statement.verb = False, None
        statement.summary = bool(summary)
        return statement

    @staticmethod
    def summarised_killings(claims: dict, statements: list) -> None:
        """A monitor's summary finding (``statement.summary``) is about the
        killings the report codes after it, when it codes any."""
        for statement in statements:
            if not getattr(statement, "summary", False):
                continue
            at = statement.evidence[0].index
            later = [c for c in claims.values() if c.type in ("Atrocity", "Massacre") and c.evidence
                     and c.evidence[0].index > at]
            if later:
                statement.fields["regarding"] = sorted(later, key=lambda c: c.evidence[0].index)
