"""Where a name begins and ends, around what spaCy marked: a state's or
region's possessive before it ("Mozambique's Cabo Delgado"), the words that go
on with it ("the Panel of Experts on Libya", "the Embassy of X in Tunis"), a
run of names joined by "and", and the title or cue just before a name. Mixed
into :class:`kb.extract.classify.Classifier` (split from it in round 24, no
change of behaviour).
"""

from __future__ import annotations

import re

from .lexicon import language
from .nlp import Sentence

# A possessive before a name ("Mozambique's Cabo Delgado"): the possessor stays its own mention.
# (round 36) a state's name with its lower-case joints: "Côte d'Ivoire's", "Trinidad and Tobago's"
_POSSESSOR = re.compile(r"^([A-Z][\w-]*(?:(?: | and | of | of the | d['’]| de | do | da )[A-Z][\w-]*){0,3})['’]s\s+(?=[A-Z])")
# (round 20) a region named with its head word: "Kogi State", "Ruvuma Province" (never "Islamic State")
_REGION_NAME = re.compile(r"(?!(?:Islamic|Sovereign|Independent|Free|Member|Nation|Police|Secretary|Minister)\b)"
                          r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:State|Province|Region|Governorate|"
                          r"County|District|Municipality|Department)")  # (round 34) "Baringo County's Tiaty"
# (round 19) a body named by its portfolio, up to the portfolio's first word ("the Ministry of Defence")
_PORTFOLIO_BODY = re.compile(r"\b(?:Ministry|Department|Secretariat|Directorate) (?:of|for) (?:the )?[A-Z][\w'’-]*$")


class NameExtents:
    """The extent of a name (uses ``gaz``, ``heads``, ``posts``, ``cues``,
    ``countries`` and ``demonyms`` of :class:`kb.extract.entities.EntityFinder`)."""

    def possessor_cut(self, text: str) -> int:
        """How many characters of ``text`` are a state's possessive before a
        name ("Mozambique's " in "Mozambique's Cabo Delgado"), or a known
        state body's before a name of two words or more (the unit of "the
        Jamaica Customs Agency's Contraband Enforcement Team"), or 0."""
        match = _POSSESSOR.match(text)
        owner = self.gaz.cased.get(match.group(1), "") if match else ""
        if match and (self.gaz.is_a(owner, "State") or owner in self.gaz.entities and
                      self.gaz.entities[owner].type in ("GovernmentBody", "StateArmedForces", "InternationalOrganisation")
                      and len(text) - match.end() > 3 and len(text[match.end():].split()) >= 2):
            # "the Jamaica Customs Agency's Contraband Enforcement Team": the body's own unit keeps its own name
            return match.end()
        if match and _REGION_NAME.fullmatch(match.group(1)):
            return match.end()  # (round 20) "Kogi State's Bassa", "Ruvuma Province's Tunduru": the region that has it
        return 0

    def joined_on(self, sentence: Sentence, end: int, name: str) -> int:
        """The end of a name that goes on with "on (the) X" ("the Panel of
        Experts on Libya"): ``end`` moved past it, or ``end`` unchanged."""
        rest = sentence.text[end - sentence.start:]
        if re.search(r"\b(?:Ministry|Secretariat|Directorate|Department)$", name) or \
                re.search(r"\b(?:Office|Agency)$", name) and rest.startswith(" for "):
            # "the Guerrero Secretariat| of Public Security": the NER cut a body's name before its "of"
            # (round 17) "the United Nations Office| for the Coordination of Humanitarian Affairs"; (round 31) "the
            # State Agency| for National Security"
            match = re.match(r"^ (?:of|for) (?:the )?[A-Z][\w'’-]*(?: (?:and |of |the )?[A-Z][\w'’-]*){0,5}", rest)
            return end + match.end() if match else end
        if name in language()["of_place_heads"]:
            # (round 31) "in east Port| of Spain": the NER cut a place named "Port of X", "Cape of X" at its "of"
            match = re.match(r"^ of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?![\w'’-])", rest)
            return end + match.end() if match else end
        if re.match(r"(?:Embassy|Consulate|Consulate General|High Commission|Permanent Mission|Mission) of ", name) or \
                re.fullmatch(r"(?!International\b)(?:[A-Z][\w-]* ){1,3}(?:Court|Tribunal|Prosecutor['’]s Office)", name):
            # "the Embassy of the Republic of Korea| in Tunis": where a state's mission sits is part of its name;
            # (round 20) so is a local court's or prosecutor's seat ("the Federal Court| in Tabora")
            match = re.match(r"^ in (?!(?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December))[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?![\w'’-])", rest)
            return end + match.end() if match else end
        if self.seated_mission(name):
            # (round 24) "the United Nations Organization Stabilization Mission| in the Democratic Republic of the
            # Congo": the state an international mission is in belongs to its name
            match = re.match(r"^ in (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December)\b)[A-Z][\w'’-]*(?: (?:of |and |the )*[A-Z][\w'’-]*)*", rest)
            return end + match.end() if match else end
        if not any(name.endswith(head) for head in language()["on_heads"]):
            return end
        match = re.match(r"^ on (?:the )?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                         r"[A-Z][\w'’-]*(?: (?:of |and |the )*[A-Z][\w'’-]*)*", rest)
        return end + match.end() if match else end

    def seated_mission(self, name: str) -> bool:
        """(round 24) Whether ``name`` is an international organisation's mission, operation or office named
        without its seat ("United Nations Assistance Mission", "African Union Transition Mission"): it opens with
        a known international organisation's name and ends with a word of ``seated_mission_heads``."""
        return name.endswith(tuple(" " + h for h in language()["seated_mission_heads"])) and \
            self.international_prefix(name)

    def title_before(self, sentence: Sentence, start: int) -> str | None:
        """The title or cue just before a name ("Defence Minister", "strongman"), or ``None``."""
        before = sentence.text[:start - sentence.start].rstrip()
        for post, _ in self.posts:
            if before.endswith(post) and (len(before) == len(post) or not before[-len(post) - 1].isalnum()):
                return post
        for cue in self.cues:
            if before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalnum()):
                return cue
        return None

    def second_portfolio(self, words: list[str]) -> bool:
        """(round 19) Whether the words after "and" in "the Ministry of Defence
        and ..." are a second portfolio of the body ("Human Rights"), not a
        name of their own: one or two capitalised words, none a head word of a
        body, group, force or place (``name_heads``), a word of
        ``portfolio_stops``, an acronym, a state or a demonym."""
        stop = set(language()["portfolio_stops"]) | {h for c, h in self.heads if c not in ("Company", "Region")}
        return 0 < len(words) <= 2 and " ".join(words) not in self.countries and not any(
            w in stop or w.isupper() or not w[:1].isupper() or w in self.countries or w in self.demonyms for w in words)

    def split_names(self, text: str):
        """(offset, name) of the names in a capitalised run: "Kestrel Trading and
        Vanta Cargo" is two names, "Vanta Design and Manufacturing Industries" one."""
        parts = [(0, text)]
        for joint in re.finditer(r" and ", text):
            left = text[:joint.start()]
            if _PORTFOLIO_BODY.search(left) and self.second_portfolio(text[joint.end():].split()):
                continue  # (round 19) "Ministry of Defence and Human Rights": "Defence" is a portfolio, no head
            if any(left.endswith(" " + head) for _, head in self.heads) and len(left.split()) >= 2:
                return [(0, left)] + [(joint.end() + o, p) for o, p in self.split_names(text[joint.end():])]
        return parts
