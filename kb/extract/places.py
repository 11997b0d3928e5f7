"""Places after a cue ("the town of Sorra", :class:`CuedPlaces`), and places
named without a cue of their own: provinces, districts and other administrative units a text names together before a plural noun ("the Kech and
Gwadar districts", "in the Gedo and Lower Juba regions", "the Jayawijaya and
Nduga regencies"). The plural noun says each name is a region, whatever the
NER made of it. The nouns are ``region_plurals`` in ``lexicon/language.yaml``.
"""

from __future__ import annotations

import re

from .lexicon import language
from .mentions import Mention
from .nlp import Sentence

_PLACES = ("Place", "Settlement", "Region")
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"


def _pattern() -> re.Pattern:
    nouns = "|".join(re.escape(n) for n in sorted(language()["region_plurals"], key=len, reverse=True))
    return re.compile(r"\b((?:" + _NAME + r", )*" + _NAME + r",? and " + _NAME + r") (" + nouns + r")\b")


def _singular(noun: str) -> str:
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]


def coordinated_regions(finder, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
    """Mentions of the regions named together before a plural region noun.

    ``finder`` is the :class:`kb.extract.entities.EntityFinder` (it mints the
    ids and records the places as cued); ``taken`` are the mentions found so
    far. A name that is a state, or overlaps a known (curated) entity's
    mention, is left alone; a new entity's mention over the same words (the
    NER's "Nduga" organisation, "Kech" read as a short form of the Kech
    Liberation Front) gives way. Returns the new mentions; the caller drops the
    mentions they replace (``Mention`` spans overlapping them)."""
    out = []
    for match in _pattern().finditer(sentence.text):
        for part in re.finditer(_NAME, match.group(1)):
            name = part.group(0)
            if name in finder.countries or name in finder.demonyms or name in ("The", "And"):
                continue
            start = sentence.start + match.start(1) + part.start()
            end = start + len(name)
            if any(sentence.at(t) == start and t.ent_type_ == "NORP" for t in sentence.span or []):
                continue  # "Arab and African states": peoples, not places
            over = [m for m in taken if not (end <= m.start or start >= m.end)]
            if any(not finder.gaz.entities[m.entity].new or finder.gaz.is_a(m.entity, "State") for m in over
                   if m.entity in finder.gaz.entities):
                continue
            same = [m.entity for m in over if (m.start, m.end) == (start, end) and finder.gaz.is_a(m.entity, "Place")] \
                or [e.id for e in finder.gaz.entities.values() if e.new and e.type in _PLACES and
                    (name in e.names or f"{name} {_singular(match.group(2)).capitalize()}" in e.names)]
            ident = same[0] if same else finder._new(name, "Region")
            entity = finder.gaz.entities[ident]
            noun = match.group(2)
            finder._also_named(ident, f"{name} {_singular(noun).capitalize()}")  # "the Bui division": Bui Division
            if not finder.gaz.is_a(ident, "Place"):
                if entity.type not in ("Organisation", "Person"):
                    continue  # the id is another kind of entity's
                entity.type = "Region"  # an earlier sentence's NER guess, which the plural noun corrects
            finder.cued.add(ident)
            out.append(Mention(start, end, ident, entity.type, "new", name))
    return out


class CuedPlaces:
    """Places after a cue noun (a mixin of :class:`kb.extract.entities.EntityFinder`)."""

    def _cued_places(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """"the village of Let Pan Taw", "the town of Sorra": a settlement, whatever the NER says;
        "the prefecture of Mambéré-Kadéï", "the province of X": a region."""
        out = []
        for match in re.finditer(r"\b(town|village|city|port|district|locality|commune|prefecture|province|region|"
                                 r"county|governorate|department) of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})",
                                 sentence.text):
            start, end = sentence.start + match.start(2), sentence.start + match.end(2)
            if any(not (end <= m.start or start >= m.end) for m in taken + out) or match.group(2) in self.countries:
                continue
            cls = "Settlement" if match.group(1) in ("town", "village", "city", "port", "locality", "commune",
                                                     "district") else "Region"
            ident = self.short_form(match.group(2)) or self._new(match.group(2), cls)
            self.cued.add(ident)
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", match.group(2)))
        return out
