"""Places after a cue ("the town of Sorra", :class:`CuedPlaces`; where a firm
is based: "Minsk-based", "Ltd of Freetown"), and places
named without a cue of their own: provinces, districts and other administrative units a text names together before a plural noun ("the Kech and
Gwadar districts", "in the Gedo and Lower Juba regions", "the Jayawijaya and
Nduga regencies"). The plural noun says each name is a region, whatever the
NER made of it. The nouns are ``region_plurals`` in ``lexicon/language.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .barewaters import bare_waters
from .lexicon import country_capitals, language, name_regex
from .compass import state_features, state_waters
from .mentions import Mention
from .namepatterns import settlement_apposed
from .nlp import Sentence

_PLACES = ("Place", "Settlement", "Region")
_OWNER = re.compile(r"[A-Z][\w-]*['’]s ")  # a possessor before a region's name ("Iraq's ...")


@lru_cache(maxsize=1)
def _name() -> str:
    """A place's name: lower-case particles run on inside it ("Gracias a Dios",
    "Qasr el-Assi", "Lanao del Sur"; ``place_particles`` in language.yaml)."""
    return name_regex(language()["place_particles"], 0, 3)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """Names joined by "and" before a plural region noun, perhaps after one
    lower-case word ("the Bandarban and Rangamati hill districts"), or after
    the noun and "of" ("the departments of Olancho and Gracias a Dios"). The
    names are group ``names``, the noun group ``noun`` or ``noun2``."""
    nouns = "|".join(re.escape(n) for n in sorted(language()["region_plurals"], key=len, reverse=True))
    names = r"(?:" + _name() + r", )*" + _name() + r",? and " + _name()
    return re.compile(r"\b(?P<names>" + names + r") (?:[a-z]+ )?(?P<noun>" + nouns + r")\b|\bthe (?P<noun2>" + nouns +
                      r") of (?P<names2>" + names + r")\b")


def _singular(noun: str) -> str:
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]


@lru_cache(maxsize=1)
def region_nouns() -> frozenset[str]:
    """The singular of each ``region_plurals`` noun (lexicon/language.yaml):
    "districts" -> "district", "counties" -> "county"."""
    return frozenset(_singular(n) for n in language()["region_plurals"])


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
        group = "names" if match.group("names") else "names2"
        noun = match.group("noun") or match.group("noun2")
        for part in re.finditer(_name(), match.group(group)):
            name, skip = part.group(0), 0
            owner = _OWNER.match(name)
            if owner and len(name) > owner.end() and name[:owner.end() - 3] in finder.countries:
                name, skip = name[owner.end():], owner.end()  # "Kenya's Marsabit and Isiolo counties": the state's
                # (never a name of its own: "Mohale's Hoek")
            if name in finder.countries or name in finder.demonyms or name in ("The", "And"):
                continue
            start = sentence.start + match.start(group) + part.start() + skip
            end = start + len(name)
            if any(sentence.at(t) == start and t.ent_type_ == "NORP" for t in sentence.span or []) and \
                    (noun == "states" or re.search(r"(?:an|ese|ish|ic)$", name)):
                continue  # "Arab and African states": peoples, not places (the NER's people in "X and Y
                # districts" is a district's name all the same)
            over = [m for m in taken if not (end <= m.start or start >= m.end)]
            if any(not finder.gaz.entities[m.entity].new or finder.gaz.is_a(m.entity, "State") for m in over
                   if m.entity in finder.gaz.entities):
                continue
            same = [m.entity for m in over if (m.start, m.end) == (start, end) and finder.gaz.is_a(m.entity, "Place")] \
                or [e.id for e in finder.gaz.entities.values() if e.new and e.type in _PLACES and
                    (name in e.names or f"{name} {_singular(noun).capitalize()}" in e.names)]
            ident = same[0] if same else finder._new(name, "Region")
            entity = finder.gaz.entities[ident]
            finder._also_named(ident, f"{name} {_singular(noun).capitalize()}")  # "the Bui division": Bui Division
            if not finder.gaz.is_a(ident, "Place"):
                if entity.type not in ("Organisation", "Person"):
                    continue  # the id is another kind of entity's
                entity.type = "Region"  # an earlier sentence's NER guess, which the plural noun corrects
            finder.cued.add(ident)
            out.append(Mention(start, end, ident, entity.type, "new", name))
    out += joined_region(finder, sentence, taken + out)
    out += heading_places(finder, sentence, taken + out)
    out += roads(finder, sentence, taken + out)
    return out + particled_region(finder, sentence, taken + out)


_DAY = r"(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})(?:,? \d{4})?"


@lru_cache(maxsize=1)
def _heading() -> re.Pattern:
    """A report's section heading that says where its events happened: a place, perhaps a site noun
    (``heading_sites`` in language.yaml), the region it lies in and a date in brackets or after a comma ("X, Y
    province (18 February)", "X market, Y cercle (6 January)", "X-Z road, Y county (6 March)", "X, Y township, 2 July.")."""
    sites = "|".join(re.escape(n) for group in language()["heading_sites"].values() for n in group)
    nouns = "|".join(re.escape(n) for n in sorted(region_nouns(), key=len, reverse=True))
    return re.compile(r"(?P<place>" + _name() + r")(?: (?P<site>" + sites + r"))?, (?P<region>" + _name() + r") (?P<noun>" +
                      nouns + r")(?: \(" + _DAY + r"\)|, " + _DAY + r"\.?)")  # (29) "X, Y township, 19 August."


def heading_places(finder, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
    """Mentions of the place and the region a section heading names (:func:`_heading`): a settlement, or a
    place under the site's own name ("X-Z road"), and a region with "<name> <noun>" an alias; the NER's
    mentions over the same words give way (a known entity's do not), so that the killings the section tells
    have their place."""
    match = _heading().fullmatch(sentence.text.strip())
    if not match:
        return []
    lead = len(sentence.text) - len(sentence.text.lstrip())
    out = []
    site = match.group("site")
    kind = next((c for c, group in language()["heading_sites"].items() if site in group), None) if site else None
    for group, name, cls in (("place", match.group("place") + (" " + site if kind == "Place" else ""),
                              kind or "Settlement"), ("region", match.group("region"), "Region")):
        start = sentence.start + lead + match.start(group)
        end = start + len(name)
        over = [m for m in taken if not (end <= m.start or start >= m.end)]
        if name in finder.countries or any(m.entity not in finder.gaz.entities or not finder.gaz.entities[m.entity].new
                                           or finder.gaz.is_a(m.entity, "State") for m in over):
            continue
        same = [m.entity for m in over if (m.start, m.end) == (start, end) and finder.gaz.is_a(m.entity, "Place")]
        ident = same[0] if same else finder._new(name, cls)
        if not finder.gaz.is_a(ident, "Place"):
            finder.gaz.entities[ident].type = cls  # the NER's person or organisation: the heading places it
        if group == "region":
            finder._also_named(ident, f"{name} {match.group('noun')}")
        finder.cued.add(ident)
        out.append(Mention(start, end, ident, finder.gaz.entities[ident].type, "new", name))
    return out


@lru_cache(maxsize=1)
def _joined() -> re.Pattern:
    """Two names joined by "and" before a SINGULAR region head in capitals: one
    region's name ("Sistan and Baluchestan Province", "Rivers and Bayelsa" is
    two only before "States")."""
    heads = "|".join(re.escape(h) for h in language()["name_heads"]["Region"] if not h.endswith("s"))
    return re.compile(r"(?<![\w'’-])(?:[A-Z][\w-]*['’]s )?(?P<whole>(?P<name>(?:(?!\w+['’]s\b)" + _name() + r") and " +
                      _name() + r") (?P<head>" + heads + r"))\b")


def joined_region(finder, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
    """Mentions of regions whose one name joins two ("Sistan and Baluchestan
    Province"), with the name less its head as an alias; the NER's mentions of
    the halves give way (the caller drops them); a known entity's do not."""
    out = []
    for match in _joined().finditer(sentence.text):
        start, end = sentence.start + match.start("whole"), sentence.start + match.end("whole")
        over = [m for m in taken if not (end <= m.start or start >= m.end)]
        if any(m.entity not in finder.gaz.entities or not finder.gaz.entities[m.entity].new or
               finder.gaz.is_a(m.entity, "State") for m in over) or match.group("whole").split()[0] in ("The", "In"):
            continue
        ident = finder._new(match.group("whole"), "Region")
        finder._also_named(ident, match.group("name"))
        finder.cued.add(ident)
        out.append(Mention(start, end, ident, "Region", "new", match.group("whole")))
    return out


@lru_cache(maxsize=1)
def _particled() -> re.Pattern:
    """A name with a lower-case particle inside it before a singular region noun ("Brazil's Rio Verde do Norte
    state", "Minas de Oro department"): one region's name, which the NER splits at the particle."""
    particles = "|".join(re.escape(p) for p in language()["place_particles"] if p != "a")
    nouns = "|".join(re.escape(n) for n in sorted(region_nouns(), key=len, reverse=True))
    word = r"[A-Z][\w'’-]*"
    return re.compile(r"(?<![\w'’-])(?:" + word + r"['’]s )?(?P<name>(?!The |In )" + word + r"(?: " + word + r")*(?: (?:" +
                      particles + r") " + word + r")+) (?P<noun>" + nouns + r")\b")


def particled_region(finder, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
    """Mentions of regions named with a particle before a region noun (:func:`_particled`), the name with its
    noun an alias; the NER's mentions of the parts give way (the caller drops them), a known entity's do not."""
    out = []
    for match in _particled().finditer(sentence.text):
        start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
        over = [m for m in taken if not (end <= m.start or start >= m.end)]
        if any(m.entity not in finder.gaz.entities or not finder.gaz.entities[m.entity].new or
               finder.gaz.is_a(m.entity, "State") for m in over):
            continue
        ident = finder._new(match.group("name"), "Region")
        finder._also_named(ident, match.group("name") + " " + match.group("noun"))
        finder.cued.add(ident)
        out.append(Mention(start, end, ident, "Region", "new", match.group("name")))
    return out


# Places whose name a river may share ("the Cuango River" beside "Cuango municipality"): the river's mention wins
_RIVER_NAMESAKES = ("Region", "Settlement")


@lru_cache(maxsize=1)
def _of_place() -> re.Pattern:
    """A place noun of ``of_place_nouns`` (language.yaml), "of" and a name: "the trading centre of X"."""
    nouns = [n for group in language()["of_place_nouns"].values() for n in group]
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + r") of (" +
                      _name() + ")")


class CuedPlaces:
    """Places after a cue noun (a mixin of :class:`kb.extract.entities.EntityFinder`)."""

    def cued_places_over(self, sentence: Sentence, taken: list[Mention], known: list[Mention],
                         out: list[Mention]) -> list[Mention]:
        """Adds :meth:`_cued_places` to ``out``; a state's mention inside a river's name ("the Congo river")
        gives way to it: returns ``taken`` without it, and drops it from ``known``."""
        places = self._cued_places(sentence, taken + out)
        out += places
        spans = [(p.start, p.end, p.type) for p in places]
        spans += [(sentence.start + w.start(), sentence.start + w.end(), "water") for w in state_waters().finditer(
            sentence.text) if w.group(1) in self.countries]  # "the Gulf of Guinea": no place, nor the state
        inside = [m for m in taken if any(start <= m.start and m.end <= end and (
            kind == "Place" and m.type in ("State",) + _RIVER_NAMESAKES or kind in ("Region", "water") and m.type == "State")
            for start, end, kind in spans)]
        known[:] = [m for m in known if m not in inside]
        return [m for m in taken if m not in inside]

    def _cued_places(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """"the village of Let Pan Taw", "the town of Sorra": a settlement, whatever the NER says;
        "the prefecture of Mambéré-Kadéï", "the province of X": a region."""
        out = []
        nouns = language()["of_place_nouns"]
        for match in _of_place().finditer(sentence.text):
            start, end = sentence.start + match.start(2), sentence.start + match.end(2)
            if any(not (end <= m.start or start >= m.end) for m in taken + out) or match.group(2) in self.countries:
                continue
            cls = next(c for c, group in nouns.items() if match.group(1) in group)
            ident = self.short_form(match.group(2)) or self._new(match.group(2), cls)
            self.cued.add(ident)
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", match.group(2)))
        out += self._untagged_places(sentence, taken + out)
        # "14 nautical miles south-west of Morgan's Point": a headland or bay named after a person (``possessive_places``)
        heads = "|".join(language()["possessive_places"])
        for match in re.finditer(r"\b(?:[A-Z][a-z]+ )?[A-Z][a-z]+['’]s (?:" + heads + r")\b", sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if all(end <= m.start or start >= m.end for m in taken + out):
                ident = self.short_form(match.group()) or self._new(match.group(), "Place")
                self.cued.add(ident)
                out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", match.group()))
        # a river or lake is a place a group crosses or a town lies on ("across the Panj river", "Lake Chad"),
        # named as written; seas, gulfs and bays are not (``water_heads``)
        for match in re.finditer(r"\b(?:(" + _name() + r") ([Rr]iver)|(Lake) (" + _name() + r"))\b", sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            # "the Congo river", "the Niger river", "Lake Chad": a river or lake named after its state is one
            state_river = (match.group(1) or match.group(4)) in self.countries
            # (round 15) "the Cuango River" after "the Cuango municipality": the region named after it gives way too
            named_after = bool(match.group(1))
            if any(not (end <= m.start or start >= m.end) and not (state_river and m.type == "State") and not (
                    named_after and m.type in _RIVER_NAMESAKES and m.start == start + match.start(1) - match.start() and
                    m.end == start + match.end(1) - match.start()) for m in taken + out) or \
                    re.match(r"(?:['’]s)?\s+[A-Z]", sentence.text[end - sentence.start:]):
                continue  # "the Mu River People's Defence Force", "Tana River County": a longer name
            if match.group(1) in language()["not_river_names"]:
                continue  # (round 30) '"The river is a border," he said': no river's name
            label = match.group(0)
            ident = self.short_form(label) or self._new(label, "Place")
            self.cued.add(ident)
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", label))
        for start, end, name in bare_waters(self, sentence, taken + out):  # (round 35) "across the Orinoco"
            ident = self.short_form(name) or self._new(name, "Place")
            self.cued.add(ident)
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", name))
        # (round 22) "the Niger Delta", "the Chad Basin": a region named after a state, never the state itself
        for match in state_features().finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if match.group(1) not in self.countries or re.match(r"(?:['’]s)?\s+[A-Z]", sentence.text[end - sentence.start:]) \
                    or any(not (end <= m.start or start >= m.end) and m.type != "State" for m in taken + out):
                continue  # "the Chad Basin Authority": a longer name
            ident = self.short_form(match.group()) or self._new(match.group(), "Region")
            self.cued.add(ident)
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", match.group()))
        return out

    def retype_place(self, ident: str, sentence: Sentence, start: int, label: str, last) -> None:
        """A new entity first read as an organisation or a person (the NER's
        guess, in a heading or without a cue) that a later mention places
        ("Kyauk Sin Taw village", "in Gashena Mesk", "the hamlet of Unión
        Mantaro") becomes a place: a settlement, or the class of the noun after
        it. Entities with a title, a head word or a class of their own keep it."""
        entity = self.gaz.entities.get(ident)
        if entity is None or not entity.new or entity.type not in ("Organisation", "Person") or \
                ident in self.titles_of or any(entity.label.endswith(" " + h) for _, h in self.heads) or \
                self.outweighs_place(ident):
            return
        noun = self.name_noun(last)
        if self.descriptor(last):
            return  # (round 20) "the Shilluk village of Ayod": the village is Ayod
        if noun and noun[0] in _PLACES:
            cls = noun[0]
        elif not noun and label in ("PERSON", "ORG", "GPE", "LOC") and (self.place_context(sentence, start, label) or
                                                                       settlement_apposed(sentence.text[sentence.end_of(last) - sentence.start:])):
            cls = "Settlement"  # (round 29) "Madaka Sabo, a farming village in X" after a heading's "Madaka Sabo"
        else:
            return
        entity.type = cls
        self.cued.add(ident)

    def kind_named(self, ident: str, name: str, last) -> None:
        """(round 21) A new place named again with the noun of its kind after it ("the Tarija department",
        "Cameroon's Far North region" after "Far North"): that form is one of its names too."""
        entity = self.gaz.entities.get(ident)
        noun = self.name_noun(last) if entity is not None and entity.new and entity.type in _PLACES else None
        if noun and noun[0] in _PLACES and noun[1] in language()["name_nouns"][noun[0]] and \
                not name.endswith(" " + noun[1]):  # the kind's noun alone: not "the Korvena state governor"
            self._also_named(ident, f"{name} {noun[1]}")
            if noun[0] == "Region" and entity.type == "Settlement":
                entity.type = "Region"  # "Metekel zone" after a heading's "Metekel": a region

    def retype_known(self, sentence: Sentence, known: list[Mention]) -> None:
        """:meth:`retype_place` for the gazetteer's mentions of new entities in a sentence; a place's
        mention with its kind noun after it adds that name (:meth:`kind_named`)."""
        for m in known:
            entity = self.gaz.entities.get(m.entity)
            last = next((t for t in sentence.span if sentence.end_of(t) == m.end), None) \
                if entity is not None and entity.new and entity.type in _PLACES else None
            if last is not None:
                self.kind_named(m.entity, sentence.text[m.start - sentence.start:m.end - sentence.start], last)
            if entity is None or not entity.new or entity.type not in ("Organisation", "Person") or m.kind == "demonym":
                continue
            last = next((t for t in sentence.span if sentence.end_of(t) == m.end), None)
            if last is not None:
                self.retype_place(m.entity, sentence, m.start, "ORG", last)
                m.type = entity.type

    def _untagged_places(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """A town the NER did not tag, named once after a preposition of
        direction or nearness ("fled towards Dori", "flown from Entebbe",
        "north of Bouaké", "off Skouw"; ``untagged_place_cues`` in
        language.yaml): a settlement when its words are proper nouns no entity
        label covers, no known name, no head word of a body or firm ("from
        Kagera Skylink Ltd") and no month or weekday."""
        if sentence.span is None:
            return []
        lex = language()
        cues = "|".join(re.escape(c) for c in sorted(lex["untagged_place_cues"], key=len, reverse=True))
        out = []
        for match in re.finditer(r"\b(?:" + cues + r") (" + _name() + r")(?![\w'’-])", sentence.text):
            name = match.group(1)
            start, end = sentence.start + match.start(1), sentence.start + match.end(1)
            if any(not (end <= m.start or start >= m.end) for m in taken + out) or name in self.countries or \
                    self.gaz.cased.get(name) or name in lex["calendar_words"] or \
                    any(name == h or name.endswith(" " + h) for _, h in self.heads):
                continue
            tokens = [t for t in sentence.span if start <= sentence.at(t) < end]
            # (round 15) "routing the consignment through Odesa": one word after "through"/"via" the NER took for a
            # person's name is a town on the route
            route = match.group().split()[0] in ("through", "via") and len(tokens) == 1
            if not tokens or any(t.pos_ != "PROPN" or t.ent_type_ not in ("", "PRODUCT", "WORK_OF_ART") + (
                    ("PERSON",) if route else ()) for t in tokens):
                continue
            ident = self.short_form(name) or self._new(name, "Settlement")
            if not self.gaz.is_a(ident, "Place"):
                continue
            self.cued.add(ident)
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", name))
        return out

    def _based(self, sentence: Sentence, mentions: list[Mention]) -> None:
        """Where a firm or person is located: "Minsk-based Orlan Shipping", "X
        and Y, two Miami-based businessmen", "X, a company registered in Ajman"
        (``located_cues`` in language.yaml)."""
        actors = [m for m in mentions if m.kind != "demonym" and self.gaz.is_a(m.entity, "Actor")
                  and not self.gaz.is_a(m.entity, "State")]
        cues = "|".join(re.escape(c) for c in language()["located_cues"])
        found = [(match.group(1), match.start(), match.end()) for match in
                 re.finditer(r"\b([A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2})-(?:" +
                             "|".join(language()["located_suffixes"]) + r")\s+", sentence.text)]
        found += [(match.group(1), match.start(), None) for match in
                  re.finditer(r"\b(?:" + cues + r")\s+(?:the\s+)?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})", sentence.text)]
        nouns = "|".join(re.escape(n) for n in language()["located_nouns"])
        found += [(match.group(1), match.start(), None) for match in  # "X, a gun shop in San Miguel"
                  re.finditer(r"(?<=,\s)an?\s+(?:[\w-]+\s+){0,3}?(?:" + nouns + r")\s+in\s+(?:the\s+)?"
                              r"([A-Z][\w'’-]*(?: (?:(?:de|del|da|do|dos|das|du|des|la|le|el|al) )*[A-Z][\w'’-]*){0,3})",
                              sentence.text)]  # "a gun shop in Ciudad del Este"
        capitals = set(country_capitals().values())
        for m in actors:  # "Kissy Dock Traders Ltd of Freetown": a firm and the capital it is of
            if not self.gaz.is_a(m.entity, "Company"):
                continue
            of = re.match(r" of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w'’-])", sentence.text[m.end - sentence.start:])
            rest = sentence.text[m.end - sentence.start + of.end():] if of else ""
            lead = re.match(r",\s+(?:in\s+)?(?:the\s+)?", rest)
            # (round 19) "X SARL of Kolwezi, in the DR Congo", "X Ltd of Kolwezi, Zambia": any town, its state after it
            stated = bool(lead) and of.group(1) not in self.countries and not any(
                of.group(1).endswith(" " + h) for _, h in self.heads) and \
                any(re.match(re.escape(c) + r"\b", rest[lead.end():]) for c in self.countries)
            if of and (of.group(1) in capitals or stated) and of.group(1) not in language()["metonyms"]:
                place_id = self.gaz.cased.get(of.group(1))
                guess = self.gaz.entities.get(place_id) if place_id else None
                if guess is not None and guess.new and guess.type in ("Organisation", "Person"):
                    guess.type = "Settlement"  # (round 19) the NER's guess, which "X Ltd of <town>" corrects
                place_id = place_id if place_id and self.gaz.is_a(place_id, "Place") else self._new(of.group(1), "Settlement")
                self.located[m.entity] = place_id
                self.cued.add(place_id)
        for place, at, after in found:
            place = re.sub(r"^(?:An?|The) (?=[A-Z])", "", place)  # "A Sorra-based broker" at a sentence's start
            if place in self.demonyms:
                continue  # "A Spanish-registered company": a nationality, no place
            firms = [m for m in actors if after is not None and m.start == sentence.start + after]
            # (round 19) "a Sorra-based livestock trader, X,": the name apposed after the common noun
            noun = re.match(r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+", sentence.text[after:]) if after is not None \
                and not firms else None
            firms = firms or [m for m in actors if noun and m.start == sentence.start + after + noun.end()]
            if not firms:
                # an apposition after the names: "X and Y, two Miami-based businessmen", "X, a company registered in"
                before = sentence.text[:at]
                lead = re.search(r",\s+(?:(?:an?|the|two|three|four|five|both)\s+)?(?:[\w-]+\s+){0,2}$", before)
                if lead is None:
                    continue
                edge = sentence.start + lead.start()
                listed = sorted((m for m in actors if m.end <= edge), key=lambda m: m.start)
                firms = []
                for m in reversed(listed):
                    gap = self.text_of(sentence, m.end, firms[-1].start if firms else edge)
                    if not re.fullmatch(r"(?:,\s*|\s+and\s+|,\s+and\s+)?", gap):
                        break
                    firms.append(m)
            if not firms:
                continue
            known = self.gaz.cased.get(place)
            if known and self.gaz.is_a(known, "State") and place not in self.countries and \
                    place not in self.gaz.entities[known].names:
                known = None  # "Minsk" stands for Belarus only as a metonym
            place_id = known if known and self.gaz.is_a(known, "Place") else self._new(place, "Settlement")
            for firm in firms:
                self.located[firm.entity] = place_id
            self.cued.add(place_id)


@lru_cache(maxsize=1)
def _road() -> re.Pattern:
    """A road named by the two places it joins: "the X-Y highway" (group ``pair`` and ``head``), "the road
    between X and Y" (``head2``, ``one``, ``two``); the head nouns are ``Place`` of ``heading_sites``."""
    heads = "|".join(re.escape(n) for n in language()["heading_sites"]["Place"] if n not in ("checkpoint", "crossing", "bridge"))
    word = r"[A-Z][\w'’]+(?: [A-Z][\w'’]+)?"
    return re.compile(r"\b(?P<pair>" + word + r"[-–]" + word + r") (?P<head>" + heads + r")\b|\bthe (?P<head2>" + heads +
                      r") (?:between|linking|connecting) (?P<one>" + _name() + r") (?:and|to|with) (?P<two>" + _name() + r")\b")


def roads(finder, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
    """Mentions of roads named by the places they join (:func:`_road`): "the X-Y highway" is one place of
    that name (a new entity's mention of "X-Y" gives way); in "the road between X and Y" the head noun is
    the road's mention, "X-Y road" its name and the phrase an alias, and X and Y stay places of their own."""
    out = []
    for match in _road().finditer(sentence.text):
        if match.group("pair"):
            name = match.group("pair").replace("–", "-") + " " + match.group("head")
            start, end = sentence.start + match.start(), sentence.start + match.end()
            alias = None
        else:
            name = f"{match.group('one')}-{match.group('two')} {match.group('head2')}"
            start = sentence.start + match.start("head2")
            end = start + len(match.group("head2"))
            alias = match.group()[4:]
        if match.group("pair") and any(p in finder.countries or p in language()["road_prefixes"]
                                       for p in re.split(r"[-–]", match.group("pair"))):
            continue  # "the Kenya-Uganda road": a road across a border, no name of its own; "the Trans-X highway"
        over = [m for m in taken if not (end <= m.start or start >= m.end)]
        if any(m.entity not in finder.gaz.entities or finder.gaz.is_a(m.entity, "State") or
               not finder.gaz.entities[m.entity].new and not finder.gaz.is_a(m.entity, "Place") for m in over):
            continue
        ident = finder._new(name, "Place")
        if not finder.gaz.is_a(ident, "Place"):
            continue
        if alias:
            finder._also_named(ident, alias)  # (no cue: the road is proposed only when a fact is told at it)
        out.append(Mention(start, end, ident, finder.gaz.entities[ident].type, "new", name))
    return out
