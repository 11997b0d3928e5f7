"""Whether a place's name is proposed as a place, and which state a name
puts a place or body in (split from ``boundaries``): a place named without a
cue ("the town of") is one only where the words around it make it so, a
state's capital only where it is named as where something is, not for its
government; the state the words around a mention state ("Sorra, Niger", "the
Nigerien town of Sorra") or that a name holds ("the Nigerian Army", Juba).
Mixed into :class:`kb.extract.entities.EntityFinder` (it gives ``gaz`` and
``place_context``); :class:`kb.extract.engine` asks it for ``stated_state``
and ``named_state``."""

from __future__ import annotations

import re
from functools import lru_cache

from .classify import local_origin, settlement_apposed
from .compass import stated_in
from .lexicon import country_capitals, language
from .mentions import Mention
from .nlp import Sentence


class PlaceNames:
    """Mixed into :class:`kb.extract.entities.EntityFinder`: places named
    without a cue, and the states names put places and bodies in."""

    def uncued_place(self, sentence: Sentence, start: int, end: int, name: str, label: str) -> bool:
        """True when a name the NER or the words before it make a place is
        proposed although no cue ("the town of") names it: not a state's
        capital (there it stands for the government: "pressure on Caracas"),
        not a heading ("Background") and not a dateline's city ("10 March
        2027, Zamboanga City - ")."""
        before, after = sentence.text[:start - sentence.start], sentence.text[end - sentence.start:]
        if settlement_apposed(after) or local_origin(after):
            return True  # "Villa Cangrejo, a fishing village,", "Corozal Town businessman X": the words are the cue
        firms = "|".join(re.escape(n) for n in language()["appositives"]["Company"])
        if re.search(r"\b[Aa]n?\s*$", before) and re.match(r"\s+(?:[a-z-]+\s+){0,2}(?:" + firms + r")\b", after):
            return True  # "a Porto shipping company": where the firm is
        if re.match(r"^-(?:" + "|".join(re.escape(w) for w in language()["located_suffixes"]) + r")\b", after):
            return True  # "Plovdiv-based arms broker X": where the firm is, whatever the NER made of the name
        if label not in ("GPE", "LOC") and not self.place_context(sentence, start, label):
            return False
        if name in country_capitals().values():
            return self.capital_as_place(name, before, after)
        if name == sentence.text.strip(" .:"):
            return False
        return not (re.fullmatch(r"\s*(?:\d{1,2} [A-Z][a-z]+ \d{4},\s*)?", before) and
                    re.match(r"^\s*(?:,[^,–—-]{0,30})?\s*[–—-]", after))

    def capital_as_place(self, name: str, before: str, after: str) -> bool:
        """True when a state's capital is named as where something is or goes
        ("Kissy Dock Traders Ltd of Freetown", "left Freetown", "a lawyer in
        Panama City", "a Honiara businessman"), not for its government ("pressure
        on Caracas", "the government in Kathmandu", "In Lima, officials ...") or
        where someone spoke ("she said in Quito"). Capitals that stand for their
        state (``metonyms`` in lexicon/language.yaml) never are."""
        lex = language()
        if name in lex["metonyms"]:
            return False
        if re.match(r"^\s+(?:" + "|".join(re.escape(n) for n in lex["origin_nouns"]) + r")\b", after):
            return True  # "Honiara businessman Peter Ruatoka"
        if re.match(r"^-(?:" + "|".join(re.escape(w) for w in lex["located_suffixes"]) + r")\b", after):
            return True  # "Plovdiv-based arms broker X": where the firm is, not the government
        word = re.search(r"(\S+)\s+(\S+)\s*$", " " + before)
        if word is None or word.group(2) not in ("in", "of", "at", "from", "left", "for", "to", "near", "outside"):
            return False
        if not word.group(1)[:1].isalpha() or word.group(1).lower() in ("government", "authorities", "officials", "said",
                                                                        "says", "told", "regime", "junta", "rulers"):
            return False  # "In Lima, ...", "the government in Kathmandu", "she said in Quito"
        return True

    def stated_state(self, mention: Mention, mentions: list[Mention], text: str, place_state=None) -> str | None:
        """The state the words around ``mention`` (of a place or body) put it
        in, or ``None``: "Sorra, Niger", "Sorra (Niger)", "Sorra, a village
        in Niger", "Sorra is a town in Niger", "Sorra in Niger", "Niger's Tillabéri region", "the Nigerien
        town of Sorra", "the Ministry of Defence of Niger"; never "Sorra, the Niger army said". A place it is put
        in ("Wad Karsi, in North Kordofan") gives that place's state, through
        ``place_state(id, ...)`` (the engine's lookup). ``mentions`` are the
        sentence's mentions; ``text`` the document."""
        for other in mentions:
            if other is mention or other.kind == "anaphor" or other.entity == mention.entity:
                continue
            state = self.gaz.is_a(other.entity, "State")
            place = not state and self.gaz.is_a(other.entity, "Place") and other.kind != "demonym"
            if not (state or place):
                continue
            if other.start >= mention.end:
                between = text[mention.end:other.start]
                said = stated_in().fullmatch(between)
                said = said and re.match(r"\s*(?:[,.;:)—–-]|['’]s\b|and\b|or\b|$)", text[other.end:other.end + 4])
            else:
                between = text[other.end:mention.start]
                said = other.kind == "demonym" and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}(?:of\s+)?", between) or \
                    other.kind != "demonym" and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+){0,3}(?:of\s+)?", between)
            if not said:
                continue
            if state:
                return other.entity
            if place_state is not None and not self.gaz.entities[other.entity].part_of:
                return (place_state(other.entity, [mentions]) or [None])[0]
            return self.gaz.state_of(self.gaz.entities[other.entity])
        return None

    def named_state(self, label: str) -> str | None:
        """The state a name holds ("Armed Forces of the Philippines", "the
        Nigerian Army": its name or demonym) or whose capital it is (Juba,
        ``capitals`` in countries.yaml); ``None`` when none or several."""
        states = {self.gaz.cased[n] for n in re.findall(r"[A-Z][\w'’-]*(?: (?:of |the )*[A-Z][\w'’-]*)*", label)
                  for n in [n] + n.split() if n in self.gaz.cased and self.gaz.is_a(self.gaz.cased[n], "State")}
        states |= {s for word, s in self.gaz.demonyms.items() if _whole_word(word).search(label)}
        capital_of = {c: s for s, c in country_capitals().items()}
        if label in capital_of:
            states |= {e.id for e in self.gaz.entities.values() if e.type == "State" and e.label == capital_of[label]}
        return states.pop() if len(states) == 1 else None


@lru_cache(maxsize=None)
def _whole_word(word: str) -> re.Pattern:
    """``word`` as a whole word, compiled once: the demonyms alone are more patterns than re's own
    cache keeps (512 with everything else a document compiles), so they were compiled again for
    every name."""
    return re.compile(r"\b" + re.escape(word) + r"\b")
