"""Which state's courts act in an indictment the event coder found: the state
named in its clause, the state whose institutions its words name, the state of
a prosecution service, else the document's own state. Mixed into
:class:`kb.extract.coding.ParsedFacts`, which gives the gazetteer, the coder's
mentions and the document."""

from __future__ import annotations

import re

from .lexicon import verbs
from .mentions import slug


class Jurisdictions:
    """Mixed into the extractor: the state of an indictment's court."""

    def _jurisdiction(self, places: list[str], trigger) -> str | None:
        """The state whose court, jury or prosecutors act in the clause of an
        indictment ``trigger``: a state named there ("prosecutors in France",
        "Libyan prosecutors"); else the state whose institutions the clause's
        words name (``jurisdictions`` in lexicon/verbs.yaml: "a federal grand
        jury" is the United States'); else the state a place named there lies
        in (its part_of, the lexicon's cities, the state named nearest it).
        ``None`` when none is found."""
        states = [p for p in places if self.gaz.is_a(p, "State")]
        if states:
            return states[0]
        doc = trigger.doc
        words = doc[trigger.left_edge.i:trigger.right_edge.i + 1].text.lower()
        for state, cues in verbs()["jurisdictions"].items():
            if any(re.search(r"(?<!\w)" + re.escape(c) + r"(?!\w)", words) for c in cues):
                return state
        for place in places:
            entity = self.gaz.entities.get(place)
            owner = [owned] if (owned := self.gaz.state_of(entity)) else []
            if not owner and entity is not None and entity.new:
                owner = self.nearest_state(place, self.found_mentions)
            if owner:
                return owner[0]
        prosecuting = self._prosecuting_state(trigger)
        if prosecuting:
            return prosecuting
        if re.search(r"\bunder (?:the |its )?(?:[A-Z][\w()-]*\s+){1,6}Act\b", doc[trigger.i:trigger.right_edge.i + 1].text):
            author = self.gaz.entities.get(self.author or "")  # "charged under the Firearms Act": the issuer's state
            return self.gaz.state_of(author) or \
                self.finder.recent_state()
        return None

    def _prosecuting_state(self, trigger) -> str | None:
        """(round 17) The state of a prosecution service named without one ("the Public Prosecution charged him",
        "X was indicted by prosecutors"; ``prosecutors`` in lexicon/verbs.yaml): the body's own state, else the
        issuer's, else the state the document names first. ``None`` for no such subject, or an international one."""
        cues = set(verbs()["words"]["prosecutors"])
        heads = [c for c in trigger.children if c.dep_ == "nsubj"] + [
            g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for head in heads:
            phrase = list(head.subtree)
            if not any(t.lemma_.lower() in cues or t.lower_ in cues for t in phrase):
                continue
            named = [self.coder.at[t.i].entity for t in phrase if t.i in self.coder.at]
            if any(self.gaz.is_a(e, "InternationalOrganisation") for e in named):
                return None  # "the ICC Prosecutor": no state's court
            for ident in named:
                entity = self.gaz.entities.get(ident)
                owner = self.gaz.state_of(entity)
                if owner:
                    return owner
            author = self.gaz.entities.get(self.author or "")
            owner = self.gaz.state_of(author)
            if owner:
                return owner
            return self._first_state()
        return None

    def _first_state(self) -> str | None:
        """The document's own state, or ``None``: a state its masthead names ("REPUBLIC OF X", "COAST GUARD OF
        X"), else the state whose capital its dateline names, else the first state it names (a state or its
        adjective, or the state of a body or force named)."""
        from .lexicon import country_aliases, country_capitals
        from .publishers import dateline_city, masthead_spans

        states = {slug(e.label): e.id for e in self.gaz.entities.values() if e.type == "State"}
        head = "-" + "-".join(slug(self.text[a:b]) for a, b in masthead_spans(self.text)) + "-"
        named = [(len(slug(n)), country) for country in states for n in [country] + [
            slug(a) for c, aliases in country_aliases().items() if slug(c) == country for a in aliases]
                 if f"-{slug(n)}-" in head]
        if named:
            return states[max(named)[1]]
        city = dateline_city(self.text)
        capital = next((c for c, town in country_capitals().items() if city and slug(town) == slug(city)), None)
        if capital and slug(capital) in states:
            return states[slug(capital)]
        for ident in [m.entity for found in self.found_mentions for m in found] + self.finder.seen:
            entity = self.gaz.entities.get(ident)
            if entity is not None and entity.type == "State":
                return ident
            owner = self.gaz.state_of(entity)
            if owner and entity.type in ("GovernmentBody", "StateArmedForces"):
                return owner
        return None
