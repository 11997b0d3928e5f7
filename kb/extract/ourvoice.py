"""The issuing organisation's own findings in the first person ("We documented
11 men killed", "We have the names of 19 civilians who died there", "Nothing
we gathered suggests that the men carried weapons", "according to our count"):
in a rights monitor's or a research group's report these are its statements
(the gold format), while a government's or a company's release narrates in its
own voice and makes none. A mixin of the extractor (``gaz``, ``coder``,
``in_quote``, ``_issuers``, ``statements_so_far``); the verbs are data:
``own_finding_lemmas`` in lexicon/language.yaml.
"""

from __future__ import annotations

import re

from .found import Candidate
from .lexicon import language
from .mentions import slug
from .publishers import masthead_spans
from .regarding import ranked

# a masthead line that is a name (capitalised words, a few lower-case particles), an alias in brackets after it
_MASTHEAD_NAME = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|l['’][A-Z][\w'’.-]*|(?:de|des|du|dos|"
                            r"das|do|da|del|la|le|of|the|for|and|au|et|y|e|on|in)(?=\s))){1,10})"
                            r"(?:\s*\((?P<alias>[^()]{2,60})\))?$")

# who narrates as itself, never as a monitor making findings
_NARRATORS = ("State", "GovernmentBody", "StateArmedForces", "Company", "MediaOutlet", "Person",
              "InternationalOrganisation")
_KINDS = ("Atrocity", "Massacre", "Participation", "Estimate", "ArmsTransfer", "Control", "Operation")
_KILLING = ("Atrocity", "Massacre", "Participation", "Estimate")


class OwnVoice:
    """Statements of a monitoring organisation's first-person findings."""

    def monitor_issuer(self) -> str | None:
        """The one organisation the masthead names that reports in its own
        voice (no state body, company, media outlet, international body or
        person); ``None`` when there is none or more than one."""
        if not hasattr(self, "_monitor_issuer"):
            found = {i for i in self._issuers() if i in self.gaz.entities and self.gaz.is_a(i, "Organisation")
                     and not any(self.gaz.is_a(i, c) for c in _NARRATORS)}
            self._monitor_issuer = next(iter(found)) if len(found) == 1 else None if found else self._masthead_monitor()
        return self._monitor_issuer

    def _masthead_monitor(self) -> str | None:
        """A monitor the masthead's first line names and the reader found no
        entity for ("Veille Citoyenne des Droits Humains de l'Est (VCDHE)"):
        proposed as an Organisation, the bracketed name an alias; only a name
        with a word of ``monitor_name_words``."""
        spans = masthead_spans(self.text)
        if not spans:
            return None
        line = self.text[spans[0][0]:spans[0][1]].strip()
        match = _MASTHEAD_NAME.match(line)
        words = {w.casefold() for w in language()["monitor_name_words"]}
        if not match or not words & {w.casefold() for w in re.findall(r"[\w'’-]+", match.group("name"))}:
            return None
        ident = self.finder._new(match.group("name"), "Organisation")
        if match.group("alias"):
            self.finder._also_named(ident, match.group("alias").strip())
        sentence = next((s for s in self.sents if s.start <= spans[0][0] < s.end), None)
        if sentence is not None:
            self.gaz.entities[ident].extra.setdefault("_sentence", sentence)
        return ident

    def _first_person_finding(self, sentence) -> bool:
        """True when a clause of the sentence outside quotes has "we" (or "our
        ...") as the subject of a verb of ``own_finding_lemmas``, or says
        "according to our count"; "nothing we gathered suggests" counts."""
        lemmas = set(language()["own_finding_lemmas"])
        for token in sentence.span if sentence.span is not None else []:
            if self.in_quote(sentence.at(token)):
                continue
            ours = token.lower_ == "we" or token.dep_ == "poss" and token.lower_ == "our"
            if not ours:
                continue
            subject = token if token.lower_ == "we" else token.head
            verb = subject.head
            if any(c.dep_ == "neg" for c in verb.children):
                continue  # "we could not establish who planted the device"
            if subject.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in lemmas:
                return True
            if subject.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.head.dep_ == "nsubj" and \
                    verb.head.head.lemma_.lower() in lemmas:
                return True  # "Nothing we gathered suggests that ..."
            if subject.dep_ == "pobj" and subject.head.lower_ == "to" and subject.head.head.lower_ == "according":
                return True  # "according to our count"
        return False

    def own_voice(self, sentence, mentions, here, claims) -> Candidate | None:
        """The issuing monitor's statement of a first-person finding in
        ``sentence``: about what the sentence codes, else the earlier claims
        it names (its places and actors); ``None`` when it is no such
        finding or concerns no claim."""
        issuer = self.monitor_issuer()
        if issuer is None or not self._first_person_finding(sentence):
            return None
        regarding = [c for c in here if c.type in _KINDS]
        if not regarding:
            named = {m.entity for m in mentions if m.kind != "demonym" and m.entity != issuer}
            lemmas = {t.lemma_.lower() for t in sentence.span} if sentence.span is not None else set()
            regarding = [c for c in ranked(list(claims.values()), {issuer}, named, lemmas, [], here)
                         if c.type in _KILLING]  # a monitor's finding on what it names: the killings it reports
        if not regarding:
            return None
        fields = {"speaker": issuer, "stance": "asserts", "regarding": regarding}
        ident = slug(f"{issuer}-asserts-{regarding[0].id}", 80)
        statement = Candidate("Statement", fields, [sentence], ("Statement", sentence.index), ident)
        statement.by_report, statement.verb = False, None
        return statement
