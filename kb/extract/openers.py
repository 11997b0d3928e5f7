"""(round 30, events) Where a killing happened when its sentence names no place: the place of its paragraph's
opener. A monitor's report tells each incident in a paragraph that opens with its place and date ("X, Y
district, 12 August. Gunmen stopped a bus ... and killed nine passengers."; "X town, 4 October. Soldiers opened
fire ..."); the killings the paragraph tells are at X. Mixed into :class:`kb.extract.events.EventCoder`."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language
from .places import _DAY, _name


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    """ "X, Y district, 12 August.", "X town, 4 October.", "X, 3 May 2029.": a place (perhaps a settlement noun,
    ``heading_sites`` in language.yaml), perhaps the region it lies in, and a date after a comma."""
    sites = "|".join(re.escape(n) for n in language()["heading_sites"]["Settlement"])
    return re.compile(r"(?P<place>" + _name() + r")(?: (?:" + sites + r"))?(?:, " + _name() +
                      r"(?: [a-z-]+)?)?, " + _DAY + r"\.?")


class ParagraphOpeners:
    """Mixed into the event coder: the place a killing's paragraph opens with."""

    def opener_place(self) -> list:
        """The settlement or site the first sentence of the current paragraph names as its place, when that
        sentence is nothing but a place and a date and the current sentence is another one; [] otherwise."""
        sents, found = self.x.sents, getattr(self.x, "found_mentions", None) or []
        first = self.sentence.index
        while first > 0 and sents[first - 1].base == self.sentence.base:
            first -= 1
        if first == self.sentence.index or first >= len(found):
            return []
        opener = sents[first]
        match = _opener().fullmatch(opener.text.strip())
        if match is None:
            return []
        lead = len(opener.text) - len(opener.text.lstrip())
        start, end = opener.start + lead + match.start("place"), opener.start + lead + match.end("place")
        here = [m.entity for m in found[first] if start <= m.start and m.end <= end and (
            self.x.gaz.is_a(m.entity, "Settlement") or self._site(m.entity))][:1]
        if here or any(start <= m.start and m.end <= end for m in found[first]):
            return here
        # (round 38) "Paillant, 18 September." with the bare name left unfound there: the settlement of that very
        # name the document finds elsewhere ("the mayor of Paillant")
        name = opener.text.strip()[match.start("place"):match.end("place")]
        return [m.entity for ms in found for m in ms if m.text == name and
                self.x.gaz.is_a(m.entity, "Settlement")][:1]

    def names_road(self, token) -> bool:
        """True for a place's name that only names a road after it ("on the Tamberi road", "the Osseli highway":
        ``route_nouns`` in language.yaml): the road leads to the place, which is not where a thing on it happened."""
        head = token
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        # (a road the text names as a place of its own, "the Kolo-Benda road" as one mention, is that place)
        return head.i != token.i and head.lemma_.lower() in language()["route_nouns"] and head.i not in self.at
