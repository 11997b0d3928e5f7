"""Whether the words around a name make it a place (split from ``classify``):
a preposition of place before it ("operates in Durango", "at Wad Karsi"), a
place noun and "of" ("the mountains of Lanao del Sur"), the ends of a route
("from Bulawayo to Victoria Falls"), "and" after a known place; and whether
the words after it place it in a state or region ("Varsoma, in Kestria,").
:class:`PlaceContext` is mixed into :class:`kb.extract.classify.Classifier`
(it gives ``gaz`` and ``countries``); words are data
(``lexicon/language.yaml``)."""

from __future__ import annotations

import re

from .lexicon import language
from .namepatterns import _place_nouns
from .nlp import Sentence
from .places import region_nouns

# (round 24) ", in (the) Kestria", ", in Kestria's Lomba region", ", in the Lomba district": where a place lies
_PLACED_IN = re.compile(r"^,\s+in\s+(?:the\s+)?((?!(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                        r"(?:['’]s\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?(?:\s+([a-z]+))?")


class PlaceContext:
    """Mixed into :class:`kb.extract.classify.Classifier`: the words around a name that make it a place."""

    def placed_in(self, name: str, label: str, after: str) -> bool:
        """(round 24) Whether the words after a name place it in a state or a region ("Varsoma, in Kestria,",
        "Tessa du Nord, in Kestria's Lomba region"): a known state or place, or a name before a region noun
        (``region_plurals``), after ", in (the)". Never a person's name of two words or more; :meth:`classify`
        asks only after a body's head word ("Kestrel Logistics Ltd, in Kenya") has given its class."""
        match = _PLACED_IN.match(after)
        if match is None or label == "PERSON" and " " in name or \
                label not in ("ORG", "GPE", "LOC", "FAC", "PERSON", "") or \
                not all(w[:1].isupper() or w in language()["name_particles"] for w in name.split()):
            return False
        where = match.group(1)
        known = self.gaz.cased.get(where, "")
        return where in self.countries or bool(known) and self.gaz.is_a(known, "Place") or \
            bool(match.group(2)) and match.group(2) in region_nouns()

    def place_context(self, sentence: Sentence, start: int, label: str) -> bool:
        """True when the words before a name point at a place: a preposition of
        place ("operates in Durango", "at Wad Karsi"; "from" only for a name the
        NER took for a person, or after a noun for a person: "a teacher from Jurm"), a place noun and "of" ("the mountains of Lanao
        del Sur"), or "and" after a place ("in Durango and Coahuila"; not after
        a comma: "a shop in Tucson, and Mario Encinas")."""
        before = sentence.text[:start - sentence.start].rstrip()
        if re.fullmatch(r"[A-Z][a-z]+", before):
            before = before.lower()  # "In Pichari, ...": a preposition opening the sentence
        preps = "around|near|outside|off|in|at|into|towards?|across|throughout" + ("|from" if label == "PERSON" else "")
        if re.search(r"\b(?:" + preps + r")$", before) or re.search(r"\b(?:" + _place_nouns() + r") of$", before) or \
                re.search(r"\b(?:the|[Tt]he|its|[A-Z][\w'’-]*['’]s) (?:[a-z][\w-]* ){0,2}(?:" +
                          "|".join(language()["place_office_nouns"]) + r") of$", before) or \
                re.search(r"\b(?:road|roads|route|highway|track|trail|flights?|bus|boat) (?:to|from)$", before) or \
                re.search(r"\b(?:" + "|".join(language()["motion_verbs"]) + r") to$", before):
            # "on the road to Las Guácimas", "fled to Kasungu": where a road leads or people went is a place
            return True
        if re.search(r"\b(?:" + "|".join(language()["route_verbs"]) + r")(?: [a-z]+){0,2} (?:through|via)$", before):
            return True  # (round 18) "the truck travelled south through Kapata": a place on the route
        if re.search(r"\bfrom$", before) and re.match(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+to\s+[A-Z]",
                                                      sentence.text[start - sentence.start:]) or \
                re.search(r"\bfrom\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+to$", before):
            return True  # "on the line from Bulawayo to Victoria Falls": both ends of a route are places
        origin = "|".join(language()["origin_nouns"])
        if re.search(r"\b(?:a|an)(?: [a-z-]+){0,3} (?:" + origin + r") from$", before):
            return True  # "a former cattle dealer from Catacamas": where a person comes from
        joined = re.search(r"([A-Z][\w'’-]*(?: (?:del |de |al-)?[A-Z][\w'’-]*)*) (?:and|or)$", before)
        if joined:
            known = self.gaz.cased.get(joined.group(1))
            return bool(known) and self.gaz.is_a(known, "Place") and not self.gaz.is_a(known, "State") and \
                self.place_context(sentence, sentence.start + joined.start(1), label)
        return False
