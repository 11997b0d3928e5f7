"""Entities named through the lexicons rather than found by the NER: legal
instruments (``lexicon/legal.yaml``), weapon types (``lexicon/weapons.yaml``),
roles, a state's ministries and services, bodies whose name holds a state, and
unnamed sets of actors."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import committees, country_capitals, estimates, language, weapons
from .mentions import Entity, Mention, slug
from .nlp import Sentence
from .postroles import unscoped


@lru_cache(maxsize=1)
def _weapon_words() -> list[tuple[str, str]]:
    """(words, weapon type id), longest first; words are lower case."""
    pairs = [(w.lower(), ident) for ident, spec in weapons()["types"].items() for w in spec["words"]]
    return sorted(pairs, key=lambda p: -len(p[0]))


def weapon_type(phrase: str) -> str | None:
    """The weapon type id a noun phrase names ("30 armoured vehicles" ->
    armoured-vehicles), or ``None``. Plurals are matched by their singular."""
    text = " " + re.sub(r"\s+", " ", phrase.lower()).strip() + " "
    for words, ident in _weapon_words():
        for form in (words, words + "s", words + "es", words[:-1] + "ies" if words.endswith("y") else words):
            if f" {form} " in text or text.rstrip().endswith(" " + form):
                return ident
    return None


@lru_cache(maxsize=1)
def _penalty_cue() -> re.Pattern:
    from .lexicon import penalty_cues
    cues = "|".join(re.escape(c) for c in sorted(penalty_cues(), key=len, reverse=True))
    return re.compile(r"\b(?:" + cues + r")\s+(?:[\w,]+\s+){0,3}?under\s+(?:the\s+|its\s+|[A-Z][\w'’-]*['’]s\s+)?$", re.I)


def penalty_only(before: str) -> bool:
    """True when the words ``before`` a law's name cite it only as what punishes a breach ("Breaches are
    punishable under the", "an offence under"): such a law is no entity of its own (legal.yaml penalty_cues)."""
    return bool(_penalty_cue().search(before[-120:]))


def is_arms(phrase: str) -> bool:
    """True when a noun phrase names arms: a weapon type or a generic word."""
    if weapon_type(phrase):
        return True
    low = " " + phrase.lower() + " "
    return any(re.search(r"\b" + re.escape(w) + r"s?\b", low) for w in weapons()["generic"])

@lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    """Number words ("forty", "hundred"; ``number_words`` and ``multipliers`` of lexicon/estimates.yaml)."""
    lex = estimates()
    return frozenset(lex["number_words"]) | frozenset(lex["multipliers"])


# The last words of a state body's unit named after its owner's possessive ("the Jamaica Customs
# Agency's Contraband Enforcement Team", "the National Police's Anti-Kidnapping Unit").
_UNIT_WORDS = {"Team", "Unit", "Squad", "Section", "Branch", "Division", "Command", "Cell", "Desk", "Bureau"}

# A day or month after "on" is no word of a body's name: "Japan's Ministry of Finance| on Tuesday".
_NO_DATE = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
            r"July|August|September|October|November|December)\b)")
# "Bolivia's| Ministry of Government": the capitalised run after a possessive
# "the National Unity Government's| Ministry of Human Rights": an owner's name, its possessive, a body's name
_OWNED = re.compile(r"(?<![\w'’-])((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)['’]s\s+([A-Z][\w'’-]*(?:\s+(?:(?:of|for|on)(?:\s+the)?\s+|"
                    r"and\s+)?" + _NO_DATE + r"[A-Z][\w'’-]*)*)")
# "Prime Minister's office spokesman X": the office of a head of state or government
_POST_OFFICE = re.compile(r"(?<![\w'’-])((?:Prime Minister|Deputy Prime Minister|President|Vice[- ]President|Premier|"
                          r"Chancellor)['’]s [Oo]ffice)\b")
# "the Navy of the |Dominican Republic": the capitalised run before "of (the)" and a state's name
_OF_STATE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,6}[A-Z][\w'’-]*)\s+of\s+"
                       r"(?:the\s+)?$")
_POSSESSED = re.compile(r"['’]s\s+([A-Z][\w'’-]*(?:\s+(?:(?:of|for|on)(?:\s+the)?\s+|and\s+)?" + _NO_DATE +
                        r"[A-Z][\w'’-]*)*)")


@lru_cache(maxsize=1)
def _possessed_lower() -> re.Pattern:
    """(round 22) "'s customs directorate": a state's body in lower case (``possessed_body_heads``, language.yaml)."""
    lex = language()
    heads = "|".join(re.escape(h) for h in sorted(lex["possessed_body_heads"], key=len, reverse=True))
    nots = "|".join(re.escape(w) for w in lex["possessed_body_not_words"])
    return re.compile(r"['’]s\s+((?:(?!(?:" + nots + r")\b)[a-z][a-z-]+\s+){1,2}(?:" + heads + r"))\b(?![’'-])")


# (round 26) an instrument by kind, number and year: "X Decree No. 109 of 22 June 2007", "X Decree No. 109/2007"
_NUMBERED = re.compile(r"(.+?) No\. ?(?:(\d+) of (?:[1-3]?\d [A-Z][a-z]+ )?((?:19|20)\d\d)|(\d+)/((?:19|20)\d\d))")


class NamedEntities:
    """Mixed into :class:`kb.extract.entities.EntityFinder` (it gives ``gaz``,
    ``_new``, ``legal``, ``posts`` and ``demonyms``)."""

    def committees(self, sentence: Sentence) -> list[Mention]:
        """Mentions of committees named by their task or founding resolutions
        (``committees`` in ``lexicon/bodies.yaml``): an international body under
        the name as written, part of the Security Council when the name or the
        sentence names it; also named "Committee" for later sentences."""
        out: list[Mention] = []
        for pattern in committees():
            for match in re.finditer(pattern, sentence.text):
                name = re.sub(r"^(?:.*['’]s |(?:The|A|An|In|On|At|By|To|Under|From) )", "", match.group())
                start = sentence.start + match.end() - len(name)
                end = sentence.start + match.end()
                if any(not (end <= m.start or start >= m.end) for m in out) or len(name.split()) < 3:
                    continue
                earlier = next((i for i in reversed(self.seen) if i in self.gaz.entities and i != slug(name) and
                                self.gaz.entities[i].type == "InternationalOrganisation" and
                                self.gaz.entities[i].label.lower().endswith("committee")), None)
                if earlier:  # the committee the document named first, named again by its resolutions
                    self._also_named(earlier, name)
                ident = earlier or self._new(name, "InternationalOrganisation")
                entity = self.gaz.entities[ident]
                if "Security Council" in sentence.text and "un-security-council" in self.gaz.entities:
                    entity.part_of = entity.part_of or ["un-security-council"]
                out.append(Mention(start, end, ident, entity.type, "new", name))
        return out

    def legal_instruments(self, sentence: Sentence):
        """(document offset, id, text) of each legal instrument the sentence names."""
        for regex, spec in self.legal:
            for match in regex.finditer(sentence.text):
                text = match.group()  # (round 28) "No. 6/2028 Coll.": a Czech or Slovak collection ends the citation
                text += " Coll." if re.search(r"No\. ?[\d/]+$", text) and sentence.text.startswith(" Coll.", match.end()) else ""
                number = match.group(1) if regex.groups else ""

                def fill(template: str) -> str:
                    return template.replace("{1}", number).replace("{text}", text)
                label = fill(spec["label"])
                ident = slug(fill(spec["id"]).replace("/", "-"), 80) if "{text}" in spec["id"] else \
                    spec["id"].replace("{1}", number.replace("/", "-").lower())
                ident = self._numbered_as(label, ident)
                if ident not in self.gaz.entities:
                    self._new(label, "LegalInstrument", ident,
                              **({"issuer": spec["issuer"]} if spec.get("issuer") else {}))
                entity = self.gaz.entities[ident]
                if spec.get("alias") and fill(spec["alias"]) not in entity.names:
                    entity.names.append(fill(spec["alias"]))
                year = re.match(r" \((?:19|20)\d\d\)", sentence.text[match.end():])
                if year:  # "resolution 2734 (2024)": the year it was adopted names it too
                    for written in (text[:1].upper() + text[1:] + year.group(), label + year.group(),
                                    label.removeprefix("UN ") + year.group()):  # (29) the UN's own form
                        if written not in entity.names:
                            entity.names.append(written)
                yield sentence.start + match.start(), ident, text

    def _numbered_as(self, label: str, ident: str) -> str:
        """(round 26) The id of the instrument a label names by kind, number and year, however written ("Decree
        No. 109 of 22 June 2007", then "Decree No. 109/2007"): the one the document named first, else ``ident``."""
        found = _NUMBERED.fullmatch(label)
        if not found:
            return ident
        key = (found.group(1), found.group(2) or found.group(4), found.group(3) or found.group(5))
        seen = self.__dict__.setdefault("_numbered", {})
        seen.setdefault(key, ident)
        if seen[key] != ident and label not in self.gaz.entities[seen[key]].names:
            self.gaz.entities[seen[key]].names.append(label)
        return seen[key]

    def weapon(self, phrase: str) -> str | None:
        """The id of the weapon type a phrase names, proposing it when unknown:
        a type of the lexicon when the phrase is one of its words ("armored
        personnel carriers"), else the phrase itself when it contains a weapon
        word ("drone engines", "attack drones"); ``None`` for generic words."""
        text = re.sub(r"\s*-\s*", "-", " ".join(phrase.lower().split()))  # "anti - ship" from tokens: "anti-ship"
        count = _count_words()
        words = text.split(" ")
        units = list(weapons()["calibre_units"])
        while len(words) > 1 and (re.fullmatch(r"[\d.,]+|some|about|around|nearly|almost|over|approximately", words[0])
                                  or all(w in count for w in words[0].split("-"))) and \
                not (len(words) > 2 and re.fullmatch(r"[\d.,]+", words[0]) and words[1] in units + ["x", "×"]):
            words = words[1:]  # "forty assault rifles", "some 60 mortar bombs": the count is no part of the type
        while len(words) > 1 and (words[0].upper() in self.gaz.cased or words[0].title() in self.gaz.cased) and \
                not weapon_type(words[0]):
            words = words[1:]  # "the IZG assault rifles": the group's name before the weapon noun is no part of it
        text = " ".join(words)
        if text.split(" ", 1)[0] in weapons().get("not_item_words", []):
            return None  # "until the last gun is handed in": a figure of speech, no type of arms
        singular = re.sub(r"(?:es|s)$", "", text)
        for words, ident in _weapon_words():
            if text in (words, words + "s", words + "es") or singular == words:
                if ident not in self.gaz.entities:
                    spec = weapons()["types"][ident]
                    self.gaz.entities[ident] = Entity(ident, "WeaponType", spec["label"], [spec["label"]], new=True)
                entity = self.gaz.entities[ident]
                if text != entity.label and text not in entity.names and text.endswith("s"):
                    entity.names.append(text)
                return ident
        if weapon_type(text) is None:
            return None
        ident = slug(text)
        if ident not in self.gaz.entities:
            self.gaz.entities[ident] = Entity(ident, "WeaponType", text, [text], new=True)
        return ident

    def role(self, role_id: str, title: str | None = None) -> str:
        """A Role id, proposing the role (labelled as the title is written) when
        the knowledge base lacks it."""
        role_id, title = unscoped(role_id, title)  # (round 35) "regional spokesman": a spokesman
        if role_id not in self.gaz.entities:
            label = title or next((t for t, r in self.posts if r == role_id), role_id.replace("-", " "))
            self.gaz.entities[role_id] = Entity(role_id, "Role", label, [], new=True)
        return role_id

    def _branch(self, sentence, start, end, name, taken) -> Mention | None:
        """"a French Navy frigate": a state's service named by its demonym."""
        if name not in ("Navy", "Air Force", "Army", "Coast Guard", "Marines", "Special Forces", "National Guard"):
            return None
        before = [m for m in taken if m.kind == "demonym" and 0 <= start - m.end <= 1]
        if not before:
            return None
        state = before[0].entity
        written = self.text_of(sentence, before[0].start, end)
        ident = self._new(written, "StateArmedForces")
        entity = self.gaz.entities[ident]
        entity.part_of = entity.part_of or [state]
        entity.extra.setdefault("_branch", True)
        return Mention(before[0].start, end, ident, "StateArmedForces", "new", written)

    @staticmethod
    def text_of(sentence, start, end) -> str:
        return sentence.text[start - sentence.start:end - sentence.start]

    def state_body(self, name: str, state: str, after: str = "") -> str | None:
        """What a name holding a state's name stands for: the state itself
        ("the Government of South Sudan"), its known armed forces ("the Malian
        National Army"), new state forces ("South Sudan People's Defence
        Forces", part of the state); "" to leave the state's own mention;
        ``None`` for another organisation."""
        label = self.gaz.entities[state].label
        # "the Australian Government", "the Malian government": the state, named by its demonym
        called = "|".join(re.escape(w) for w in [label] + [d for d, s in self.demonyms.items() if s == label])
        # "the Government of the Republic of Korea", "the Government of the Islamic Republic of X": the state,
        # named by its formal name (a known alias, or a form word such as Republic/Kingdom before its name)
        formal = "|".join(re.escape(n) for n in sorted({label, *self.gaz.entities[state].names}, key=len, reverse=True)
                          if n[:1].isupper())
        if re.fullmatch(r"(?:(?:Federal |National |Transitional )?Government of (?:the )?"
                        r"(?:(?:[A-Z][\w'’]*\s)*(?:Republic|Kingdom|Federation|Commonwealth|State|Sultanate|Emirate|"
                        r"Principality|Grand Duchy) of (?:the )?)?(?:" + formal + r")|"
                        r"(?:" + called + r")(?:['’]s)? [Gg]overnment|"
                        # (round 15) the formal name alone: "designated by the Kingdom of X", "the Republic of Y"
                        r"(?:the )?(?:[A-Z][\w'’]*\s)*(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|Emirate|"
                        r"Principality|Grand Duchy) of (?:the )?(?:" + formal + r"))", name):
            if re.match(r"^\s*\([A-Z]{2,6}\)", after):  # "the Federal Government of Somalia (FGS)": a named body
                ident = self._new(name, "GovernmentBody")
                self.gaz.entities[ident].part_of = self.gaz.entities[ident].part_of or [state]
                return ident
            return state
        # "the Bangladesh Army", "the Kenyan Army" (not "the Free Syrian Army": more than the state's name)
        if re.search(r"\b(?:Defen[cs]e Forces|Armed Forces|National Army|Navy|Air Force|Coast Guard|Military)$", name) or \
                re.fullmatch(r"(?:" + called + r") Army", name):
            known = [e.id for e in self.gaz.entities.values() if e.type == "StateArmedForces" and state in e.part_of
                     and not e.new]
            if known and name.endswith(("National Army", "Armed Forces", "Military")):
                return ""  # the parse links the words to the known forces
            same = next((e.id for e in self.gaz.entities.values() if e.type == "StateArmedForces" and state in e.part_of
                         and e.label.casefold() == name.casefold()), None)
            if same:  # "the Togolese army" read earlier as "Togolese armed forces": one entity, its name as written
                self._also_named(same, name)
                self.seen.append(same)
                return same
            ident = self._new(name, "StateArmedForces")
            self.gaz.entities[ident].part_of = self.gaz.entities[ident].part_of or [state]
            return ident
        return None

    def possessed_bodies(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """A state's bodies named after the state's possessive ("Bolivia's
        Ministry of Government", "Panama's Superintendency of Banks"; its forces: "Peru's National Police"), whether
        the NER found them or not: proposed as "<name> of <state>" (the gold
        convention: ``ministry-of-government-of-bolivia``) with the written form
        and the bare name as aliases, part of the state. The name is the run of
        capitalised words after the possessive (joined by of, for, and, on) and
        begins or ends with a word of ``state_body_words`` (``lexicon/language.yaml``)."""
        out = []
        for owner in taken:
            if owner.kind == "demonym" or not self.gaz.is_a(owner.entity, "State"):
                continue
            at = owner.end - sentence.start
            match = _POSSESSED.match(sentence.text, at) or _possessed_lower().match(sentence.text, at)
            if not match:
                continue
            name = match.group(1) if match.group(1)[:1].isupper() else match.group(1).title()  # "customs directorate"
            words = name.split()
            # "Kestria's Federal Police", "X's National Guard": a state's force of two words or more
            force = words[0] not in self.lex_body_words and \
                any(name.endswith(" " + h) for c, h in self.heads if c == "StateArmedForces")  # not "Ministry of ... Police"
            if len(words) < 2 or not (words[0] in self.lex_body_words or words[-1] in self.lex_body_words or force):
                continue
            start, end = sentence.start + match.start(1), sentence.start + match.end(1)
            state = self.gaz.entities[owner.entity]  # "the Ministry" or another state's body inside it gives way
            if any(not (end <= m.start or start >= m.end) and not (m in taken and start <= m.start and m.end <= end and
                   state.id not in getattr(self.gaz.entities.get(m.entity), "part_of", [state.id])) for m in taken + out):
                continue
            ident = self._new(f"{name} of {state.label}", "StateArmedForces" if force else "GovernmentBody")
            entity = self.gaz.entities[ident]
            entity.part_of = entity.part_of or [state.id]
            for alias in (sentence.text[owner.start - sentence.start:match.end(1)], name, match.group(1)):
                self._also_named(ident, alias)
            out.append(Mention(start, end, ident, entity.type, "new", name))
        out += self._owned_bodies(sentence, taken + out)
        out += self._of_state_bodies(sentence, taken + out)
        return out + self._post_offices(sentence, taken + out)

    def _post_offices(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """The office of a head of state or government named by the post's possessive ("Prime
        Minister's office spokesman X", "the President's Office said"): a body under the name as
        written, part of the state the sentence names, or else the one the document names most."""
        out = []
        for match in _POST_OFFICE.finditer(sentence.text):
            start, end = sentence.start + match.start(1), sentence.start + match.end(1)
            # the post inside ("President") gives way
            if any(not (end <= m.start or start >= m.end) and not (start <= m.start and m.end <= end)
                   for m in taken + out):
                continue
            ident = self._new(match.group(1), "GovernmentBody")
            entity = self.gaz.entities[ident]
            state = next((m.entity for m in taken if m.kind != "demonym" and self.gaz.is_a(m.entity, "State")),
                         None) or self.main_state()
            entity.part_of = entity.part_of or ([state] if state else [])
            out.append(Mention(start, end, ident, entity.type, "new", match.group(1)))
        return out

    def _of_state_bodies(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """A state's body or force named in full with the state after "of" ("the Navy of the
        Dominican Republic", "the Royal Police Force of Antigua and Barbuda", "the Ministry of
        Foreign Affairs of Ghana"): one entity under the whole name, part of the state, never the
        state alone nor the bare head word. The words before "of" are a capitalised run that ends
        in a force's head word (``name_heads`` of StateArmedForces) or begins or ends with a word
        of ``state_body_words``; "the Government of X" is the state (:meth:`state_body`)."""
        out = []
        forces = [h for c, h in self.heads if c == "StateArmedForces"]
        for owner in taken:
            if owner.kind == "demonym" or not self.gaz.is_a(owner.entity, "State"):
                continue
            run = _OF_STATE.search(sentence.text[:owner.start - sentence.start])
            if not run:
                continue
            words = run.group(1).split()
            while words and words[0] in ("The", "A", "An", "In", "On", "At", "By", "Of"):
                words = words[1:]
            name = " ".join(words)
            if not words or words[0] == "Government" or words[-1] in ("Government", "Republic", "Kingdom"):
                continue
            if any(name == h or name.endswith(" " + h) for h in forces):
                cls = "StateArmedForces"
            elif words[0] in self.lex_body_words or words[-1] in self.lex_body_words:
                cls = "GovernmentBody"
            else:
                continue
            start = owner.start - len(sentence.text[:owner.start - sentence.start]) + run.start(1) + \
                len(run.group(1)) - len(name)
            end = owner.end
            # "Navy" of a headline ("Navy seizes rifles ..."): a new head word named before gives way
            inner = [m for m in taken + out if start <= m.start and m.end <= owner.start and m.kind in ("new", "name")
                     and m.entity in self.gaz.entities and self.gaz.entities[m.entity].new
                     and not self.gaz.entities[m.entity].assumed_known and m.entity != owner.entity]
            if any(not (end <= m.start or start >= m.end) for m in taken + out if m is not owner and m not in inner):
                continue
            full = self.text_of(sentence, start, end)
            ident = self._new(full, cls)
            entity = self.gaz.entities[ident]
            entity.part_of = entity.part_of or [owner.entity]
            for m in inner:
                self.merge_into(m.entity, ident)
            out.append(Mention(start, end, ident, entity.type, "new", full))
        return out

    def merge_into(self, old: str, new: str) -> None:
        """Make a new entity named earlier under a part of a longer name ("Navy" of a headline, then
        "the Navy of the Dominican Republic") a name of the longer one: its names become aliases
        and its mentions are re-pointed when the document's mentions are complete
        (:meth:`kb.extract.anaphora.Anaphora.mentions` reads ``merged``)."""
        if old == new or old not in self.gaz.entities:
            return
        merged = self.__dict__.setdefault("merged", {})
        merged[old] = new
        names, self.gaz.entities[old].names = self.gaz.entities[old].names, []
        for name in names:
            self._also_named(new, name)

    def _owned_bodies(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """A body named after the possessive of an organisation that is no state
        ("the National Unity Government's Ministry of Human Rights", "the Ravel
        Front's Office of Political Affairs"): the body under its own name, part
        of the owner, which is its own entity (an organisation unless a head word
        says more, or the entity a mention there names), and never one name glued
        to the other. The body's first word is one of ``state_body_words``, or
        the owner is a state body (its head word says so) and the body a unit
        of it ("the Jamaica Customs Agency's Contraband Enforcement Team")."""
        out = []
        for match in _OWNED.finditer(sentence.text):
            owner_name, name = match.group(1), match.group(2)
            while owner_name.split()[0] in ("The", "A", "An", "In", "On", "At", "By"):
                owner_name = owner_name.split(" ", 1)[1] if " " in owner_name else ""
                if not owner_name:
                    break
            # (round 22) "the Customs Division's Freeport Enforcement Unit": an owner a state's body by its words
            body_owner = bool(owner_name) and (owner_name.split()[-1] in self.lex_body_words or any(
                w in language()["unit_owner_words"] for w in owner_name.split()))
            unit = len(name.split()) >= 2 and name.split()[-1] in _UNIT_WORDS and (body_owner or any(
                owner_name.endswith(" " + h) for c, h in self.heads if c in ("GovernmentBody", "StateArmedForces")))
            if not owner_name or not unit and (name.split()[0] not in self.lex_body_words or len(name.split()) < 3) or \
                    owner_name in self.countries:
                continue
            o_start = sentence.start + match.end(1) - len(owner_name)
            o_end = sentence.start + match.end(1)
            start, end = sentence.start + match.start(2), sentence.start + match.end(2)
            if any(not (end <= m.start or start >= m.end) and not (  # (round 22) a new place inside gives way
                    unit and start <= m.start and m.end <= end and self.gaz.entities[m.entity].new and
                    self.gaz.is_a(m.entity, "Place")) for m in taken + out):
                continue  # "the Treasury's Office of Foreign Assets Control": a body the gazetteer knows
            over = [m for m in taken + out if not (o_end <= m.start or o_start >= m.end)]
            if unit:  # "Jamaica" inside "the Jamaica Customs Agency": the body's name holds its state
                over = [m for m in over if not (self.gaz.is_a(m.entity, "State") and o_start <= m.start and m.end <= o_end
                                                and (m.start, m.end) != (o_start, o_end))]
            if over and not (len(over) == 1 and (over[0].start, over[0].end) == (o_start, o_end)):
                continue
            if over and self.gaz.is_a(over[0].entity, "State"):
                continue  # a state's body: possessed_bodies
            owner = over[0].entity if over else None
            if owner is None:
                cls = next((c for c, h in self.heads if owner_name.endswith(" " + h)), "Organisation")
                cls = "GovernmentBody" if unit and body_owner and cls in ("Organisation", "ArmedGroup") else cls
                owner = self._new(owner_name, cls)
                out.append(Mention(o_start, o_end, owner, self.gaz.entities[owner].type, "new", owner_name))
            force = unit and self.gaz.is_a(owner, "StateArmedForces") and not re.search(
                r"\b(?:Financial|Intelligence|Records|Licensing|Press)\b", name)
            # (round 19) "the National Police's Border Police Unit": a force's unit is a force
            ident = self._new(name, "StateArmedForces" if force else "GovernmentBody")
            entity = self.gaz.entities[ident]
            entity.part_of = entity.part_of or [owner]
            self._also_named(ident, f"{owner_name}{match.group(0)[len(match.group(1)):match.start(2) - match.start()]}{name}")
            out.append(Mention(start, end, ident, entity.type, "new", name))
        return out

    def ministry(self, state: str, topic: str, written: str) -> str:
        """A state's ministry named by an adjective ("the Yemeni defence
        ministry"): "Ministry of Defence of Yemen", proposed when unknown."""
        label = self.gaz.entities[state].label
        for entity in self.gaz.entities.values():
            if entity.type == "GovernmentBody" and state in entity.part_of and written in entity.names:
                return entity.id
        for entity in self.gaz.entities.values():  # "North Korea's foreign ministry": the known ministry
            names = " ".join([entity.label] + entity.names).lower()
            if entity.type == "GovernmentBody" and state in entity.part_of and "ministry" in names and topic and \
                    all(word in names for word in topic.lower().split()):
                return entity.id
        topic = {"foreign": "foreign affairs", "interior": "internal affairs"}.get(topic, topic)
        name = f"Ministry of {topic.title().replace(' And ', ' and ')} of {label}" if topic else \
            f"Government ministry of {label}"
        ident = self._new(name, "GovernmentBody", slug(written))  # "japanese-foreign-ministry"
        entity = self.gaz.entities[ident]
        entity.part_of = entity.part_of or [state]
        if written not in entity.names:
            entity.names.append(written)
        return ident

    def capital(self, city: str | None, state: str | None) -> str | None:
        """The settlement "the capital" names: the dateline's city when it is a
        state's capital (``capitals`` in countries.yaml), else the capital of
        ``state``; proposed when the knowledge base lacks it."""
        capitals = country_capitals()
        by_city = {c.lower(): s for s, c in capitals.items()}
        name = None
        if city and city.lower() in by_city:
            name, owner = capitals[by_city[city.lower()]], by_city[city.lower()]
        elif state and self.gaz.entities[state].label in capitals:
            owner = self.gaz.entities[state].label
            name = capitals[owner]
        if name is None:
            return None
        for entity in self.gaz.entities.values():
            if entity.label == name and entity.type == "Settlement":
                return entity.id
        ident = self._new(name, "Settlement")
        states = [e.id for e in self.gaz.entities.values() if e.type == "State" and e.label == owner]
        self.gaz.entities[ident].part_of = self.gaz.entities[ident].part_of or states[:1]
        return ident

    def _known_or_body(self, ident: str) -> str | None:
        """An id from the lexicon's bodies, if the gazetteer has it."""
        return ident if ident in self.gaz.entities else None

    def actor_set(self, count: int | None, noun: str, member_of: str | None, label: str) -> str:
        """The id of an unnamed, counted set of actors, proposing it."""
        ident = slug(label)
        extra = {k: v for k, v in (("count", count), ("member_of", member_of)) if v is not None}
        return self._new(label, "ActorSet", ident, **extra)

    def unnamed_class(self, token) -> str | None:
        """The class of a body a common noun names ("administration"), or ``None``."""
        return next((c for noun, c in self.unnamed if token.lemma_.lower() == noun or token.lower_ == noun), None)
