"""Which killing a toll counts (round 17, split from ``estimates``): the one a
sentence tells, the last one told a few sentences before, the one whose place
the sentence names; and whether a count is only a part of a toll told before
or the toll of a second killing in the same sentence. Mixed into
:class:`kb.extract.estimates.EstimateFinder`."""

from __future__ import annotations

from .lexicon import verbs

# (round 24) nouns of time a "when" clause may describe ("since the year when", "since last year, when")
_TIME_WORDS = ("year", "month", "week", "day", "time", "season", "decade", "night", "morning", "evening")
_REFERENCE = frozenset(verbs()["words"]["reference_dates"])  # "since", "before", ...: a date of reference


def earlier_clause(verb) -> bool:
    """(round 24) True when ``verb`` (or the first verb of its clause) is a
    "when" clause on a date of reference ("since March, when ...", "the worst
    since 2019, when soldiers executed twelve men"; words.reference_dates in
    verbs.yaml): it tells an earlier event than the one the sentence is about."""
    while verb is not None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # "... when raiders entered the camp and shot dead 30 people": the clause's first verb
    date = verb.head if verb is not None and verb.dep_ in ("relcl", "advcl") and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children) else None
    return date is not None and (date.ent_type_ in ("DATE", "TIME") or date.lower_ in _TIME_WORDS) and \
        date.dep_ == "pobj" and date.head.lower_ in _REFERENCE


class TollTargets:
    """Needs ``claims``, ``gaz`` and ``est`` (the estimates lexicon) of the extractor."""

    def _victims_measure(self, event: str) -> str | None:
        """"civilians-killed" when the sentence that told the killing ``event``
        names its victims with a civilian word ("killed villagers as they
        fled"), else ``None``."""
        claim = next((c for c in self.claims.values() if c.id == event), None)
        span = claim.evidence[0].span if claim is not None and claim.evidence else None
        civilian = set(self.est["civilian_words"])
        return "civilians-killed" if span is not None and any(
            t.lemma_.lower() in civilian and t.dep_ in ("dobj", "nsubjpass") for t in span) else None

    def _told_before(self, event: str, sentence) -> bool:
        """True when the killing ``event`` was first told in a sentence before this one."""
        claim = next((c for c in self.claims.values() if c.id == event), None)
        return claim is not None and bool(claim.evidence) and claim.evidence[0].index < sentence.index

    def _toll_of(self, sentence, here, back: int) -> str | None:
        """The killing a toll counts: one this sentence tells, or the one it
        blames someone for ("blamed the group for the killings at the
        roadblock, where it put the toll at four civilian drivers"), else the
        last one told at most ``back`` sentences before ("The Government
        confirmed the attack and put the toll at 14 dead" after the survivors'
        accounts); ``None`` when there is none."""
        atrocity = lambda c: self.gaz.ontology.is_a(c.type, "Atrocity")  # noqa: E731
        event = next((c.id for c in here if atrocity(c)), None) or next(
            (c.fields["event"] for c in here if c.type == "Participation" and c.fields.get("event") in self.killing_ids()),
            None)
        if event or not back:
            return event
        last = next((c for c in reversed(list(self.claims.values())) if atrocity(c)), None)
        if last is None:
            return None
        # the last sentence that spoke of it: its own evidence, or who was blamed for it
        # (round 27) before this one: a first toll coded here ("had received 26 bodies, and ... put the toll at") is
        # no telling of it
        told = max((e.index for c in self.claims.values() if c is last or last.id in (c.fields.get("event"),
                    c.fields.get("of")) for e in c.evidence if e.index < sentence.index), default=-10 ** 6)
        return last.id if 0 < sentence.index - told <= back else None

    def _killing_named_here(self, sentence, mentions) -> str | None:
        """The one killing told before whose place this sentence names ("its
        agents had recovered eleven bodies on the X trail" after "gunmen killed
        14 migrants near X"), however far back; ``None`` when none or several
        (a killing told at two places counts only when the sentence names both)."""
        named = {m.entity for m in mentions if m.start >= sentence.start}
        found = {c.id for c in self.claims.values() if self.gaz.ontology.is_a(c.type, "Atrocity") and
                 c.fields.get("location") and set(c.fields["location"]) <= named and c.evidence and
                 c.evidence[0].index < sentence.index}  # all its places: not a summary of two incidents
        return next(iter(found)) if len(found) == 1 else None

    def killing_ids(self) -> set:
        """The ids of the killings coded so far."""
        return {c.id for c in self.claims.values() if self.gaz.ontology.is_a(c.type, "Atrocity")}

    @staticmethod
    def _second_killing(sentence, at: int) -> bool:
        """True when the number at ``at`` counts the object of a verb joined to
        an earlier one of the same verb with a subject of its own ("killed six
        ..., and an ambush killed four": another killing told in the same
        sentence)."""
        token = next((t for t in sentence.span if sentence.at(t) == at), None) if sentence.span is not None else None
        verb = token.head.head if token is not None and token.dep_ == "nummod" else None
        return verb is not None and verb.pos_ == "VERB" and verb.dep_ == "conj" and \
            verb.lemma_.lower() == verb.head.lemma_.lower() and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children)

    def _earlier_killing(self, sentence, at: int) -> bool:
        """(round 24) True when the number at ``at`` counts the victims of a
        killing told in a "when" clause on a date of reference ("the deadliest
        since March, when an attack on a bus killed nine passengers"): an
        earlier killing, not the one told before."""
        token = next((t for t in sentence.span if sentence.at(t) == at), None) if sentence.span is not None else None
        return token is not None and token.dep_ == "nummod" and earlier_clause(token.head.head)
