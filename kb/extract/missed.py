"""Names the NER missed, found by what the text says around them: a name the
text defines with its initials ("Ahrar al-Mahra (AAM)"), a capitalised run with
a head word the lexicons know ("... Brigade", "... Trading"), a run before a
class noun ("the Marrow valley"), names after a cue, and abbreviations in
parentheses. Mixed into :class:`kb.extract.entities.EntityFinder`, which gives
``gaz``, ``heads``, ``countries``, ``_new`` and the classifier's tests.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .boundaries import LEADING, opener_words
from .classify import DOTTED_FORMS, only_titles
from .namepatterns import KNOWN_AS, ordinal_formation, with_ordinal
from .lexicon import language, type_cues
from .mentions import Mention
from .nlp import Sentence

# "X (ABBR)", "X (ABBR, "a gloss")", "X (ABBR; ...)": the abbreviation a name defines
_DEFINING = re.compile(r"((?:[\w'’]+[\s-]+){1,8})\(([A-Z]{2,6})(?:\)|[,;]\s)")
_ABBREVIATION = re.compile(r"^\s*\((?:(?=[A-Z])((?<=\()[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?=\))|[A-Z]{2,6}(?=[,;]\s))"
                           r"|[\"“]((?:[A-Z][\w.&'’-]*\s?){1,4})(?<!\s)[\"”]\))")
# (round 16) "the X Front, known as the XF,", "X, also known by its initials XLF,": a body's initials after
# "known as" without brackets or quotes
_KNOWN_AS_INITIALS = re.compile(r"^,?\s+(?:also\s+|better\s+|commonly\s+)?(?:known (?:as|by (?:its|the) "
                                r"(?:initials|acronym))|called)\s+(?:the\s+)?([A-Z][A-Z0-9&]{1,7})(?=[,;.)]|\s)")
# "X (Men of the Tassili Front, JRT)", "X (Union of the Free Valleys)": a translation of a group's name, with
# the words "of", "the", "for", "and" between its capitalised words, and its abbreviation after a comma
_GLOSSED = re.compile(r"^\s*\(((?:[A-Z][\w'’-]*)(?:\s+(?:(?:of|the|for|and|in)\s+)*[A-Z][\w'’-]*){1,8})"
                      r"(?:,\s*([A-Z]{2,6}))?\)")
# "the artisanal gold site of X", "the disused workings of Y": a site's name the NER missed
_SITE_OF = re.compile(r"\b(?:site|workings) of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?![\w'’-])")
# a lower-case particle joined to a capitalised word ("zeGwayi", "deMello"): both initials count
_CAMEL = re.compile(r"[a-z]{1,3}[A-Z][a-z]")


@lru_cache(maxsize=1)
def _numbered_route() -> re.Pattern:
    """A road's name closed by its number ("National Route 9"; ``numbered_route_heads``, language.yaml)."""
    heads = "|".join(re.escape(h) for h in language()["numbered_route_heads"])
    return re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+ ){0,2}(?:" + heads + r") \d{1,3}[A-Z]?(?![\w'’-])")


# A first name, a quoted nickname and a surname: 'Ana "La Flaca" Ruiz'.
_NICKNAMED = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]+ [\"“][A-Z][\w' -]{1,25}[\"”] [A-Z][\w'’-]+"
                        r"(?: [A-Z][\w'’-]+)?(?![\w-])")


_JOINERS = {"de", "la", "du", "des", "del", "of", "the", "in", "for", "and", "et", "d", "l", "y", "e", "do", "da"}


def _fits(alias: str, names: list) -> bool:
    """True when the capitals of ``alias`` are, in order, initials of the words of one of ``names`` ("DRC" of
    "Democratic Republic of the Congo")."""
    for name in names:
        initials = iter(w[0].upper() for w in re.findall(r"[\w]+", name))
        if all(any(i == c for i in initials) for c in re.sub(r"[^A-Z]", "", alias)):
            return True
    return False


def _spelled_back(before: str, letters: str) -> int | None:
    """The offset in ``before`` where the words that spell ``letters`` by their initials begin, read backwards from its
    end over joiners ("de", "la", "of"); ``None`` when a word on the way fits no letter."""
    words = list(re.finditer(r"[\w'’-]+", before))
    need = list(letters.upper())
    at = None
    for word in reversed(words):
        if not need:
            break
        if word.group().lower().strip("'’") in _JOINERS:
            continue
        if word.group()[0].upper() != need[-1]:
            return None
        need.pop()
        at = word.start()
    return at if not need and at is not None and not before[at:].count("\n") else None


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    """:meth:`MissedNames._armed_named`'s pattern, compiled once."""
    words = "|".join(re.escape(w) for w in type_cues()["armed"]["opening_words"])
    return re.compile(r"(?<![\w'’-])((?:" + words + r")(?:\s+(?:(?:al|el|ad|ash|as|ar|an|at|az|ul|wal)-)?[A-Z][\w'’]*"
                      r"(?:-[A-Z][\w'’]*)?){1,4})(?![\w'’-])")


def _initials(word: str) -> str:
    """The initials a word gives an abbreviation: its first letter, and the
    capital after a joined lower-case particle ("zeGwayi" -> "zG")."""
    return word[0] + (word[_CAMEL.match(word).end() - 2] if _CAMEL.match(word) else "")


# A capitalised name: words with capitals, joined by "of", "and", "for", "de", "do", "da", "al-".
_NAME = re.compile(r"(?<![\w.-])((?:[A-Z][\w'’&-]*\.?\s+(?:(?:of|and|for|de|du|do|da|dos|das|al|the)\s+)?)*[A-Z][\w'’&-]*\.?)")


class MissedNames:
    """Mixed into the entity finder: names the NER did not tag."""

    def _defined(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """A name the NER missed that the text defines with its initials
        ("Ahrar al-Mahra (AAM)", "the Kaduna Peace Front (KPF)"): the words
        before the parenthesis whose initials spell the abbreviation; an
        organisation until an apposition or copula says more."""
        out = []
        for match in _DEFINING.finditer(sentence.text):
            words = re.findall(r"[\w'’]+", match.group(1))
            abbr = match.group(2)
            lowered = False  # "Forces armées congolaises (FAC)", "Front de libération du X (FLX)": a name
            for first in range(len(words)):  # written in sentence case, its lower-case words counted
                part = words[first:]
                if not part[0][:1].isupper() or part[0] in LEADING:
                    continue
                content = [w for w in part if w.lower() not in self.defined_words]
                if "".join(w[0] for w in part if w[:1].isupper()) == abbr:
                    break
                if "".join(_initials(w) for w in part).upper() == abbr or \
                        "".join(w[0] for w in content).upper() == abbr:
                    lowered = len(abbr) >= 3 and len(part) <= 7
                    break
            else:
                continue
            if first and re.fullmatch(r"UN|AU|EU", words[first - 1]):
                part = words[first - 1:]  # "the UN Office for the Coordination of Humanitarian Affairs (OCHA)"
            at = match.start(1) + match.group(1).find(part[0])
            lowered = lowered and bool(sentence.text[:at].strip())  # a sentence's first word has a capital anyway
            name = match.group(1)[at - match.start(1):].rstrip(" -")
            start, end = sentence.start + at, sentence.start + at + len(name)
            # a shorter new name the NER found inside gives way ("UN Office" of "the UN Office for the
            # Coordination of Humanitarian Affairs (OCHA)", "United Nations Mission" of "... in South Sudan (UNMISS)")
            inner = [m for m in taken if start <= m.start and m.end <= end and (m.start, m.end) != (start, end)
                     and m.kind in ("new", "name")]
            if any(not (end <= m.start or start >= m.end) for m in taken + out if m not in inner) or \
                    self.not_a_name(name, "") or name in self.countries or \
                    not lowered and not all(w[:1].isupper() or w.lower() in self.defined_words or _CAMEL.match(w)
                                            for w in part):
                continue
            ident = self.short_form(name) or self._new(name, "Organisation")
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", name))
        return out

    def _head_named(self, sentence: Sentence, at: int, text: str, taken: list[Mention]) -> list[Mention]:
        """A name that ends in a head word ("Kestrel Trading"), if the NER missed it."""
        words = text.split()
        cut = opener_words(words)
        lead, words = sum(len(w) + 1 for w in words[:cut]), words[cut:]
        while words and words[-1] in ("of", "and", "for", "de", "du", "do", "da", "dos", "das", "al", "the"):
            words = words[:-1]
        name = " ".join(words)
        if len(words) < 2 or not name:
            return []
        name = name if re.search(r"\b" + DOTTED_FORMS + r"\.$", name) else name.rstrip(".")
        cls = next((c for c, head in self.heads if name.endswith(" " + head)), None)
        if cls is None or self.not_a_name(name, "") or only_titles(name):  # "Media Relations Office": a press
            # service's office; "Tánaiste and Minister for Defence": titles, whatever head word they end in
            return []
        start, name = with_ordinal(sentence.text[:at + lead], sentence.start + at + lead, name)  # "the 32nd X Regiment"
        cls = "StateArmedForces" if ordinal_formation(name) else cls
        end = start + len(name)
        # "Guadalcanal" of a headline inside "the Guadalcanal Plains": a new name inside gives way to the longer one
        if any(not (end <= m.start or start >= m.end) and not (
                start <= m.start and m.end <= end and (m.start, m.end) != (start, end) and m.kind == "name" and
                m.entity in self.gaz.entities and self.gaz.entities[m.entity].new and
                not self.gaz.entities[m.entity].assumed_known and cls in ("Region", "Place")) for m in taken):
            return []
        ident = self.short_form(name) or self._new(name, cls)
        return [Mention(start, end, ident, self.gaz.entities[ident].type, "new", name)]

    def _noun_named(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """Names the NER missed before a class noun: "the Orsk gang coalition",
        "the Marrow valley" (a run of capitalised proper nouns that modifies a
        noun of ``name_nouns``)."""
        out = []
        tokens = list(sentence.span)
        for index, last in enumerate(tokens):
            if last.pos_ != "PROPN" or not last.text[:1].isupper() or not self.name_noun(last):
                continue
            first = index
            while first > 0 and tokens[first - 1].pos_ == "PROPN" and tokens[first - 1].text[:1].isupper() and \
                    tokens[first - 1].dep_ in ("compound", "nmod", "amod") or first > 1 and \
                    tokens[first - 1].text == "-" and not tokens[first - 1].whitespace_ and \
                    not tokens[first - 2].whitespace_ and tokens[first - 2].pos_ == "PROPN" and \
                    tokens[first - 2].text[:1].isupper():
                first -= 2 if tokens[first - 1].text == "-" else 1  # (round 19) "the Kolwe-Mbanda road": both ends
            if first > 1 and tokens[first - 1].text == "-" and not tokens[first - 1].whitespace_ and \
                    not tokens[first - 2].whitespace_ and tokens[first - 2].text in language()["hyphened_articles"]:
                first -= 2  # (round 25) "the al-Marun desert": the article joined to the name is part of it
            start, end = sentence.at(tokens[first]), sentence.end_of(last)
            if any(not (end <= m.start or start >= m.end) for m in taken + out) or first == 0 and \
                    tokens[first].text in ("The", "A", "An"):
                continue
            name = self.text_of(sentence, start, end)
            cls, noun = self.name_noun(last)
            if first == index and self.descriptor(last):
                continue  # (round 20) "an Ijaw armed group": a people, no name
            if self.not_a_name(name, sentence.text[:start - sentence.start].rstrip()) or name in self.countries:
                continue
            # "Tenga province" after the Tenga Valley Liberation Army: the place, not the group
            ident = self.short_form(name, place_only=cls in ("Settlement", "Region", "Place")) or self._new(name, cls)
            self._also_named(ident, f"{name} {noun}")
            if cls == "ArmedGroup" and " " not in name and not name.endswith("s"):
                self._also_named(ident, name + "s")
            if self.gaz.is_a(ident, "Place"):
                self.cued.add(ident)  # "the Marrow valley": the noun points at a place
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", name))
        return out

    def _numbered_routes(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """(round 21) A road's name closed by its number ("National Route 9", "Highway 45"; ``numbered_route_heads``),
        which the NER cuts before the number or misses: one place. A name the NER cut inside it gives way."""
        out = []
        for match in _numbered_route().finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(not (end <= m.start or start >= m.end) and not (start <= m.start and m.end <= end)
                   for m in taken + out):
                continue
            ident = self.short_form(match.group()) or self._new(match.group(), "Place")
            if self.gaz.entities[ident].new and self.gaz.entities[ident].type in ("Settlement", "Organisation"):
                self.gaz.entities[ident].type = "Place"  # the NER's town or body: a road
            self.cued.add(ident)
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", match.group()))
        return out

    def _armed_named(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """An armed group's name the NER missed that opens with a word only such names open with
        ("Jaish Ansar al-Sistan", "Jamaat Nasr al-Sahel"; ``opening_words`` in type_cues.yaml):
        the word and the capitalised words and "al-" particles after it."""
        out = []
        for match in _opening().finditer(sentence.text):
            name = match.group(1)
            start, end = sentence.start + match.start(1), sentence.start + match.end(1)
            if len(name.split()) < 2 or any(not (end <= m.start or start >= m.end) for m in taken + out):
                continue
            ident = self.short_form(name) or self._new(name, "ArmedGroup")
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", name))
        return out

    def _cued_names(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """Capitalised names the NER missed: those ending in a head word
        ("Kestrel Trading", "Vanta Design and Manufacturing Industries"), after
        a title or cue ("Defence Minister Ilse Varga", "strongman Ivo Dren"),
        and after place cues ("the town of Sorra")."""
        out = []
        for match in _NAME.finditer(sentence.text):
            for offset, part in self.split_names(match.group(1)):
                out += self._head_named(sentence, match.start(1) + offset, part, taken + out)
        for match in _NICKNAMED.finditer(sentence.text):  # 'its leader Ana "La Flaca" Ruiz': a person, however the
            start, end = sentence.start + match.start(), sentence.start + match.end()  # NER cut it
            if all(end <= m.start or start >= m.end or start <= m.start and m.end <= end and m.entity in
                   self.gaz.entities and self.gaz.entities[m.entity].new for m in taken + out):
                ident = self._new(match.group(), "Person")
                out.append(Mention(start, end, ident, "Person", "new", match.group()))
        ranks = sorted(language()["ranks"], key=len, reverse=True)
        # a last word may open with a lower-case particle and a hyphen ("al-Harbawi", "ag-Ghaly")
        for match in re.finditer(r"(?<![\w-])([A-Z][a-z'’-]+(?: (?:[a-z]{2,3}-)?[A-Z][a-z'’-]+){1,4})(?![\w-])",
                                 sentence.text):
            start, end = sentence.start + match.start(1), sentence.start + match.end(1)
            name, ranked = match.group(1), False
            rank = next((r for r in ranks if name.startswith(r + " ")), None)
            while rank:  # "Senior Superintendent Thandeka Nomsa Dlamini": the rank is no part of the name
                start, name, ranked = start + len(rank) + 1, name[len(rank) + 1:], True
                rank = next((r for r in ranks if name.startswith(r + " ")), None)
            if len(name.split()) < 2 or len(name.split()) > 3:
                continue
            if any(not (end <= m.start or start >= m.end) for m in taken + out):
                continue
            title = self.title_before(sentence, sentence.start + match.start(1))
            before = sentence.text[:match.start(1)].rstrip()
            if title or ranked and len(name.split()) > 2 and before.endswith(","):
                cls = "Person"  # "A ministry spokesman, Brigadier Omar Sami al-Harbawi,": a rank opens an apposition
            elif any(before.endswith(c) for c in ("town of", "village of", "city of")) and name == match.group(1):
                cls = "Settlement"
            else:
                continue
            ident = self._new(name, cls)
            if title in dict(self.posts):
                self.titles_of[ident] = dict(self.posts)[title]
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", name))
        for match in _SITE_OF.finditer(sentence.text):  # "the artisanal gold site of X": a place a group may hold
            start, end = sentence.start + match.start(1), sentence.start + match.end(1)
            if all(end <= m.start or start >= m.end for m in taken + out):
                ident = self._new(match.group(1), "Place")
                out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", match.group(1)))
        return out

    def _abbreviations(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """"The Ravel Liberation Front (RLF)": RLF becomes an alias of the entity;
        so does a nickname ('Wilmer Yate, known as "Rastrojo"'). Returns the mentions of bodies whose names end in a
        state's name, found by their initials (:meth:`_ending_in_state`)."""
        found: list[Mention] = []
        for m in mentions:
            if any(o.start < m.start and o.end >= m.end and o.kind != "anaphor" for o in mentions):
                continue  # (round 16) "the Front populaire de la Kessa (FPK)": the group's, not the place's inside it
            after = sentence.text[m.end - sentence.start:]
            abbr = _ABBREVIATION.match(after)  # also a name in quotes: 'X ("Mekong Force")'
            abbr = abbr or re.match(r"^" + KNOWN_AS, after)  # 'X, known as "Rastrojo"': an alias
            # 'X (also known as "Chairman Bravo")': the alias in brackets, title and all
            abbr = abbr or re.match(r"^\s*\((?:also\s+)?(?:known as|alias|a\.k\.a\.)\s+[\"“]([^\"”]{1,40})[\"”]\)", after)
            # (round 16) "the X Front, known as the XF, ...": initials after "known as" are a body's alias
            entity = self.gaz.entities.get(m.entity)
            abbr = abbr or (entity is not None and entity.type != "Person" and _KNOWN_AS_INITIALS.match(after))
            if not abbr and entity is not None and (glossed := _GLOSSED.match(after)):
                self._glossed(m, entity, glossed, mentions)
                continue
            if not abbr or entity is None:
                continue
            group = abbr.lastindex or 1
            alias = abbr.group(group)
            if entity.type == "State" and alias.isupper() and not _fits(alias, entity.names + [entity.label]):
                # (round 17) "the Forces armées de la République démocratique du Congo (FARDC)", "the ... Mission in
                # the Democratic Republic of the Congo (MONUSCO)": initials that do not fit the state name the body
                # whose name ends in it
                body = self._ending_in_state(sentence, m, alias, mentions)
                if body is not None:
                    found.append(body)
                    continue
            if alias not in entity.names:
                entity.names.append(alias)
                self.gaz.refresh()
            at = m.end + abbr.start(group)
            for other in mentions:  # the abbreviation the NER took for a name of its own ("(MARC)" as a town,
                # "SOMEPIM's managing director" later in the sentence)
                if ((other.start, other.end) in ((at, at + len(alias)), (at, at + len(alias) + 1)) or other.text == alias and
                    other.entity in self.gaz.entities and set(self.gaz.entities[other.entity].names) <= {alias}) \
                        and other.entity != m.entity and \
                        other.kind in ("new", "name") and (e := self.gaz.entities.get(other.entity)) is not None \
                        and e.new and not e.assumed_known and entity.type != "State":
                    self.merge_into(other.entity, m.entity)
                    other.entity, other.type = m.entity, entity.type
                    entity.names[:] = [n for n in entity.names if not n.endswith(('"', "”"))]  # the NER's cut
        return found

    def _ending_in_state(self, sentence: Sentence, m: Mention, alias: str, mentions: list[Mention]) -> Mention | None:
        """The mention of a body whose name ends in the state ``m`` names and whose initials are ``alias``: the words
        before the state whose initials spell it ("Forces armées de la République démocratique du Congo (FARDC)"),
        else a new name right before "in (the)" the state ("United Nations Organization Stabilization Mission in the
        Democratic Republic of the Congo (MONUSCO)"); ``None`` when neither is written."""
        before = sentence.text[:m.start - sentence.start]
        own = "".join(w[0].upper() for w in re.findall(r"[\w'’-]+", m.text) if w.lower() not in _JOINERS)
        # the state's own words spell the end of the initials: "Congo" the C, "République démocratique du Congo" RDC
        spelled = (_spelled_back(before, alias[:-len(tail)]) for tail in (own, m.text[:1].upper())
                   if len(tail) < len(alias) and alias.endswith(tail))
        start = next((at for at in spelled if at is not None), None)
        cls = "Organisation"
        if start is not None:
            cls = "StateArmedForces" if re.match(r"(?:Forces|Armed Forces|Army|Armée|Fuerzas|Forças)\b", before[start:]) \
                else "Organisation"
            at = sentence.start + start
        else:
            lead = next((o for o in mentions if o.kind == "new" and re.fullmatch(r" in (?:the )?", before[o.end - sentence.start:])
                         and (e := self.gaz.entities.get(o.entity)) is not None and e.new), None)
            if lead is None:
                return None
            at, cls = lead.start, self.gaz.entities[lead.entity].type
        name = sentence.text[at - sentence.start:m.end - sentence.start]
        ident = self._new(name, cls)
        entity = self.gaz.entities[ident]
        entity.names += [n for n in (alias,) if n not in entity.names]
        if cls == "StateArmedForces":
            entity.part_of = entity.part_of or [m.entity]
        self.gaz.refresh()
        return Mention(at, m.end, ident, cls, "new", name)

    def _glossed(self, m: Mention, entity, glossed, mentions: list[Mention]) -> None:
        """'Jamaat X (Men of the Y Front, JMY)': the translation and the
        abbreviation are aliases of a group's name; a name the NER found
        inside the translation ("Y Front") is the group's too."""
        heads = language()["own_body_nouns"]
        if not entity.new or entity.type in ("Person", "State", "GovernmentBody", "LegalInstrument") or \
                " " not in glossed.group(1) and not glossed.group(2) or \
                not glossed.group(2) and glossed.group(1).rsplit(" ", 1)[-1].lower().rstrip("s") not in heads:
            return  # "Lamu County (Kaunti ya Lamu)" is no group's translation
        for alias in filter(None, glossed.groups()):
            if alias not in entity.names:
                entity.names.append(alias)
        self.gaz.refresh()
        end = m.end + glossed.end()
        for other in mentions:
            inside = m.end < other.start and other.end <= end or other.text in glossed.groups()  # or the abbreviation
            if inside and other.entity != m.entity and other.kind in ("new", "name") \
                    and (e := self.gaz.entities.get(other.entity)) is not None and e.new and not e.assumed_known:
                self.merge_into(other.entity, m.entity)
                other.entity, other.type = m.entity, entity.type
