"""New entities from the parse: spaCy's named entities given an ontology class,
abbreviations and short forms, titles and cues that make a person, government
bodies by their everyday names, places after cues and "X-based" firms (the
entities named through lexicons are in :mod:`kb.extract.named`).

Word lists live in ``lexicon/language.yaml`` (heads, appositives, posts, cues),
``lexicon/bodies.yaml``, ``lexicon/legal.yaml`` and ``lexicon/weapons.yaml``.
"""

from __future__ import annotations

import re

from .arms import _ends_in_weapon
from .boundaries import Boundaries, without_legal_form
from .earlier import EarlierNames
from .classify import Classifier
from .lexicon import bodies, countries, country_aliases, language, legal
from .mentions import Entity, Gazetteer, Mention, slug
from .missed import MissedNames
from .placegroups import group_place
from .placenames import PlaceNames
from .named import NamedEntities
from .namepatterns import spoken_language, with_firm_opener, with_ordinal
from .nlp import Sentence, is_dateline
from .people import apposed_people
from .places import CuedPlaces, coordinated_regions
from .unnamed import UnnamedBodies
from .votes import TypeVotes

# "Hwange to Dete Junction": the two ends of a route the NER took for one name
_ROUTE = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}) to ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})")
# an Arabic article opening the part of a name after an apostrophe ("Liwa Dur' al-Sahil")
_ARTICLED = re.compile(r"(?:al|el|ad|adh|ash|as|at|ar|an|az|ul)-[A-Z]")
_NUMERIC = {"CARDINAL", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


_STATE_PREFIXES = (("U.S.", "US", "United States"), ("U.K.", "UK", "United Kingdom"))


def weapon_model(name: str, after: str) -> bool:
    """True for a name with a number in it ("Vektor R4", "Glock 19", "M60") written right before the
    words of a weapon type ("assault rifles", "-pattern launchers"): the model, part of the type's name."""
    if not re.search(r"\d", name):
        return False
    words = re.match(r"(?:-[a-z]+)?((?:\s+[a-z][\w-]*){1,4})", after)
    if not words:
        return False
    words = words.group(1).split()
    return any(_ends_in_weapon(" ".join(words[:k])) for k in range(1, len(words) + 1))


def state_prefix_variants(name: str) -> list[str]:
    """The other spellings of a name that opens with a state's short name:
    "US Department of State" and "United States Department of State" for
    "U.S. Department of State" (a reader writes any of them for one body)."""
    for forms in _STATE_PREFIXES:
        for form in forms:
            if name.startswith(form + " ") and len(name) > len(form) + 3:
                rest = name[len(form):]
                return [f + rest for f in forms if f != form]
    return []


class EntityFinder(EarlierNames, NamedEntities, MissedNames, Boundaries, PlaceNames, Classifier, CuedPlaces, UnnamedBodies, TypeVotes):
    """Adds the known bodies to a gazetteer and proposes new entities per sentence."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        lex = language()
        self.heads = sorted(((cls, h) for cls, hs in lex["name_heads"].items() for h in hs), key=lambda c: -len(c[1]))
        self.appositives = sorted(((cls, n) for cls, ns in lex["appositives"].items() for n in ns),
                                  key=lambda c: -len(c[1]))
        self.posts = sorted(lex["posts"].items(), key=lambda p: -len(p[0]))
        # (round 21) an honorific before a name is a cue too, and no part of the name ("Ato X", "Father X")
        self.cues = sorted(set(lex["person_cues"]) | set(lex["person_titles"]) | set(lex["cut_honorifics"]),
                           key=len, reverse=True)
        self.place_cues = lex["place_cues"]
        self.countries = set(countries())
        self.demonyms = lex["demonyms"]
        self.lex_body_words = set(lex["state_body_words"])
        self.unnamed = sorted(lex["unnamed_bodies"].items(), key=lambda p: -len(p[0]))
        self.legal = [(re.compile(spec["pattern"]), spec) for spec in legal()]
        # lower-case words a name defined by its initials may hold ("Front pour la Renaissance du Tibesti (FRT)")
        self.defined_words = set(lex["defined_name_words"]) | set(lex["name_joiners_between"])
        self.titles_of: dict[str, str] = {}  # person id -> role id from the title before the name
        self.seen: list[str] = []  # entities in the order the document names them
        self.cued: set[str] = set()  # places named with a cue ("the town of", "Minsk-based")
        self.located: dict[str, str] = {}  # organisation id -> place id ("Minsk-based")
        self.in_heading = False  # the sentence read now is a headline or subheading (set by the engine)
        self.headed: set[str] = set()  # new entities first named in a heading ("Lanao" of the headline)
        self._add_bodies()

    # ------------------------------------------------------------ set-up
    def _add_bodies(self) -> None:
        known_names = {n for e in self.gaz.entities.values() for n in e.names}
        by_name = {n: e for e in self.gaz.entities.values() if e.type == "State" for n in e.names}
        aliases = country_aliases()
        for name in self.countries:  # every state of the world is known to the reader
            other = [a for a in aliases.get(name, []) if a not in known_names]
            if name in by_name:
                by_name[name].names.extend(a for a in other if a not in by_name[name].names)
            elif slug(name) not in self.gaz.entities:
                self.gaz.entities[slug(name)] = Entity(slug(name), "State", name, [name] + other, new=True,
                                                       assumed_known=True)
        for spec in bodies():
            if spec["id"] in self.gaz.entities:
                entity = self.gaz.entities[spec["id"]]
                entity.names.extend(a for a in spec.get("aliases", []) if a not in entity.names)
                continue
            names = [spec["label"]] + [a for a in spec.get("aliases", []) if a not in known_names]
            part_of = [spec["part_of"]] if spec.get("part_of") else []
            self.gaz.entities[spec["id"]] = Entity(spec["id"], spec["type"], spec["label"], names, part_of, new=True,
                                                   assumed_known=bool(spec.get("assumed_known")))
        taken = {n for e in self.gaz.entities.values() for n in e.names}
        for entity in self.gaz.entities.values():  # "US Department of State" for "U.S. Department of State"
            for name in list(entity.names):
                for other in state_prefix_variants(name):
                    if other not in taken:
                        entity.names.append(other)
                        taken.add(other)
        self.gaz.rebase()  # the same names in every document: compiled once per batch

    def _new(self, name: str, cls: str, ident: str | None = None, **extra) -> str:
        bare = self.addressed(name) if cls in ("Person", "Organisation") and not ident else None
        if bare:  # "Comrade Sukru": the person is Sukru, the form of address only an alias (never an organisation)
            ident = self._new(bare, "Person", **extra)
            self._also_named(ident, name)
            return ident
        short = without_legal_form(name)
        earlier = self.gaz.entities.get(slug(short)) if cls in ("Company", "PrivateMilitaryCompany") and short != name \
            and not ident else None
        if earlier and earlier.new and earlier.type in ("Organisation", "Company", "PrivateMilitaryCompany"):
            # "Bastion-Yug" named before "Bastion-Yug LLC": one company, under its full name
            self._also_named(earlier.id, name)
            earlier.label, earlier.type = name, cls if earlier.type != "PrivateMilitaryCompany" else earlier.type
            self.seen.append(earlier.id)
            return earlier.id
        ident = ident or slug(name)
        if ident and ident not in self.gaz.entities:
            names = [name]
            short = without_legal_form(name)
            if cls == "Company" and short != name and len(short.split()) >= 2:
                names.append(short)  # "Corvid Maritime S.A." is also "Corvid Maritime"
            self.gaz.entities[ident] = Entity(ident, cls, name, names, new=True, extra=dict(extra))
            self.gaz.refresh()
            if self.in_heading:
                self.headed.add(ident)
        self.seen.append(ident)
        return ident

    def _provincial(self, sentence: Sentence, start: int, end: int, name: str, out: list[Mention]) -> bool:
        """A province's government, read as the province ("the Government of
        Odisha" -> the place Odisha, named before in the document or known),
        or a department of it ("the Revenue Department of the Government of
        Kerala" -> a body "Revenue Department", part of the place). Appends
        the mention to ``out`` and returns True when ``name`` is either; a
        state's government is ``state_body``'s, "the Government of National
        Unity" (no place) stays a name."""
        found = re.fullmatch(r"(?:(.+?) of (?:the )?)?(?:State |Provincial |Regional )?Government of (?:the )?([A-Z].*)",
                             name)
        if not found:
            return False
        place = self.gaz.cased.get(found.group(2))
        if place is None or not self.gaz.is_a(place, "Place") or self.gaz.is_a(place, "State"):
            return False
        body = found.group(1)
        if body is None:
            out.append(Mention(start, end, place, self.gaz.entities[place].type, "name", name))
            return True
        if not any(body.endswith(" " + h) or body == h for c, h in self.heads if c == "GovernmentBody"):
            return False
        ident = self._new(body, "GovernmentBody")
        self._also_named(ident, name)
        entity = self.gaz.entities[ident]
        entity.part_of = entity.part_of or [place]
        out.append(Mention(start, end, ident, "GovernmentBody", "new", name))
        return True

    @staticmethod
    def _joined_people(ents, taken: list[Mention]) -> list:
        """The NER's entities with a person's name it cut in two joined again:
        a single capitalised word it typed otherwise right before a PERSON
        ("Rajendra" + "Kumar Netam"), or a PERSON, a lower-case particle of
        ``name_particles`` and one capitalised word ("Hamid Suleiman" + "do" +
        "Rosário"). Never across punctuation or a name the gazetteer knows, nor
        a word ending a title ("Secretary of State Anna Lind").
        One pass over the entities (linear)."""
        from spacy.tokens import Span
        particles = set(language()["name_particles"])
        ranks = {r.lower() for r in language()["ranks"]}
        out = list(ents)
        i = 0
        while i + 1 < len(out):
            a, b = out[i], out[i + 1]
            if b.label_ == "PERSON" and a.label_ != "PERSON" and len(a) > 1 and b.start == a.end and \
                    a[:-1].text.lower() in ranks and a[-1].is_title and a[-1].pos_ == "PROPN":
                # "First Admiral Rudi" + "Hartanto Siregar": a rank and a first name the NER took for a body
                out[i:i + 2] = [Span(a.doc, a.end - 1, b.end, label="PERSON")]
                continue
            word = a if b.label_ == "PERSON" else b if a.label_ == "PERSON" else None
            gap = b.start - a.end
            if word is not None and len(word) == 1 and word[0].is_title and word[0].pos_ == "PROPN" and \
                    (gap == 0 and word is a or gap == 1 and word is b and a.doc[a.end].lower_ in particles) and \
                    a.label_ not in _NUMERIC and b.label_ not in _NUMERIC and \
                    not (word is a and a.start > 0 and (a.doc[a.start - 1].is_title or
                                                        a.doc[a.start - 1].lower_ in ("of", "for", "on"))) and \
                    not any(m.start < word.end_char and word.start_char < m.end for m in taken):
                out[i:i + 2] = [Span(a.doc, a.start, b.end, label="PERSON")]
                continue
            i += 1
        return out

    def addressed(self, name: str) -> str | None:
        """The name without a leading form of address (``address_forms``: "Comrade Sukru" -> "Sukru") or a quoted
        nickname ('Ana "La Flaca" Ruiz' -> "Ana Ruiz"), or ``None`` when it has neither."""
        if quoted := re.fullmatch(r"([A-Z][\w'’-]*) [\"“][^\"”]{1,30}[\"”] ([A-Z].*)", name):
            return quoted.group(1) + " " + quoted.group(2)
        first, _, rest = name.partition(" ")
        if first in language()["address_forms"] and rest[:1].isupper():
            return rest
        return None

    def _also_named(self, ident: str, name: str) -> None:
        """Add a name of a new entity ("Kitumba group" for Kitumba)."""
        entity = self.gaz.entities[ident]
        if name not in entity.names:
            entity.names.append(name)
            self.gaz.refresh()

    # ------------------------------------------------------------ per sentence
    def _apostrophe_joined(self, sentence: Sentence, out: list[Mention]) -> list[Mention]:
        """(round 17) "Liwa Dur' al-Sahil": a transliteration's apostrophe (an ayn or hamza) before an Arabic article
        ("al-", "el-", "ash-") is inside one name, which the NER cut in two; the two new names become one."""
        ordered = sorted(out, key=lambda m: m.start)
        for first, second in zip(ordered, ordered[1:]):
            between = sentence.text[first.end - sentence.start:second.start - sentence.start]
            entities = [self.gaz.entities.get(m.entity) for m in (first, second)]
            if between not in ("' ", "’ ") or not _ARTICLED.match(second.text) or first.text.endswith("s") or \
                    first.kind != "new" or second.kind != "new" or any(e is None or not e.new or e.assumed_known
                                                                         for e in entities):
                continue
            name = sentence.text[first.start - sentence.start:second.end - sentence.start]
            cls = second.type if second.type not in ("Organisation", "Settlement", "Region") else first.type
            ident = self._new(name, cls)
            for m in (first, second):
                self.merge_into(m.entity, ident)
            joined = Mention(first.start, second.end, ident, self.gaz.entities[ident].type, "new", name)
            return self._apostrophe_joined(sentence, [m for m in out if m not in (first, second)] + [joined])
        for first in ordered:  # "Katibat Shura' ash-Sharq" with no name of the NER after the apostrophe
            rest = re.match(r"['’] (" + _ARTICLED.pattern + r"[\w'’-]*)(?![\w'’-])",
                            sentence.text[first.end - sentence.start:])
            entity = self.gaz.entities.get(first.entity)
            end = first.end + (rest.end() if rest else 0)
            if rest is None or first.kind != "new" or entity is None or not entity.new or entity.assumed_known or \
                    first.text.endswith("s") or any(m.start < end and m.end > first.end for m in out):
                continue
            name = sentence.text[first.start - sentence.start:end - sentence.start]
            ident = self._new(name, entity.type)
            self.merge_into(first.entity, ident)
            out = [m for m in out if m is not first] + [Mention(first.start, end, ident, entity.type, "new", name)]
        return out

    def propose(self, sentence: Sentence, known: list[Mention]) -> list[Mention]:
        """Mentions of new entities in a sentence; ``known`` are the gazetteer's."""
        out: list[Mention] = []
        taken = list(known)

        def free(start, end):
            return all(end <= m.start or start >= m.end for m in taken + out)

        for c in self.committees(sentence):  # "the Security Council Committee established pursuant to resolution 2206"
            taken = [m for m in taken if m.end <= c.start or m.start >= c.end]
            known[:] = [m for m in known if m.end <= c.start or m.start >= c.end]
            out.append(c)
        for match_at, ident, text in self.legal_instruments(sentence):
            end = match_at + len(text)
            # the instrument's name wins over bodies inside it ("EU Council Decision (CFSP) 2024/1234")
            inside = [m for m in taken if not (end <= m.start or match_at >= m.end)]
            taken = [m for m in taken if m not in inside]
            known[:] = [m for m in known if m not in inside]
            if free(match_at, end):
                out.append(Mention(match_at, end, ident, "LegalInstrument", "new", text))
        span = sentence.span
        if span is None or is_dateline(sentence.text):  # a dateline's city or agency is no name
            agency = re.search(r"\(([A-Z][\w'’&. -]{2,40})\)\s*(?:[-–—]|$)", sentence.text or "")
            if agency:  # (round 19) nor later, "told Kolo Wire by telephone": the publisher is listed by no one
                self.__dict__.setdefault("refused", set()).add(agency.group(1).strip())
            return out
        self.retype_known(sentence, known)  # "Kyauk Sin Taw village" after a heading's "Kyauk Sin Taw"
        regions = coordinated_regions(self, sentence, taken + out) + apposed_people(self, sentence, taken + out)
        taken = [m for m in taken if all(m.end <= r.start or m.start >= r.end for r in regions)]
        known[:] = [m for m in known if all(m.end <= r.start or m.start >= r.end for r in regions)]
        out += regions
        owned = self.possessed_bodies(sentence, taken + out)  # "Bolivia's Ministry of Government"
        # "Jamaica" of "the Jamaica Customs Agency's Contraband Enforcement Team" gives way to the body's name
        taken = [m for m in taken if not any(o.start <= m.start and m.end <= o.end and o.entity != m.entity for o in owned)]
        known[:] = [m for m in known if not any(o.start <= m.start and m.end <= o.end and o.entity != m.entity
                                                for o in owned)]
        out += owned
        taken = self.cued_places_over(sentence, taken, known, out)  # "the Congo river": a river, not the state
        out += self._company_mentions(sentence, taken, known)
        words = [t for t in span if t.is_alpha]
        headline = len(words) >= 4 and not sentence.text.rstrip().endswith((".", '"', "”", ":")) and \
            sum(t.is_title or t.is_upper for t in words) >= 0.7 * len(words)
        for ent in [] if headline else self._joined_people(span.ents, taken):  # a headline in title case is no name
            if ent.label_ in _NUMERIC:
                continue
            start, end, name, last = self._clean(sentence, ent)
            start, name = with_ordinal(sentence.text[:start - sentence.start], start, name)  # "41st X Battalion"
            start, name = with_firm_opener(sentence.text[:start - sentence.start], start, name)  # (29) "Transports X"
            if not name or weapon_model(name, sentence.text[end - sentence.start:]):
                continue  # "96 Vektor R4 assault rifles": a weapon's model, a word of its type
            if (place := group_place(self, sentence, start, name, taken + out)) is not None:
                out.append(place)  # (round 29) "Sulu armed group commanders" with "Sulu province": the place
                continue
            nick = re.search(r",?\s+(?:also\s+|better\s+)?(?:known as|alias|dubbed|nicknamed)\s+(?:[\"“']?|[\"“'][A-Z][\w'’.-]*\s)$",
                             sentence.text[:start - sentence.start])
            if nick:  # "X, known as Dedé", 'known as "Comandante Dedé"': a nickname is the person's alias, no entity
                owner = next((m for m in taken + out if m.end == sentence.start + nick.start() and
                              self.gaz.is_a(m.entity, "Person")), None)
                if owner is not None:  # never "a trader known as Amani Tolo Baraka": a name of its own
                    self._also_named(owner.entity, name)
                    continue
            if self._provincial(sentence, start, end, name, out):
                taken = [m for m in taken if not (start <= m.start and m.end <= end)]
                known[:] = [m for m in known if not (start <= m.start and m.end <= end)]
                continue
            # "Lanao" of the headline inside "Lanao del Sur" of the body: the body's longer name wins
            headed = [m for m in taken if m.entity in self.headed and start <= m.start and m.end <= end and
                      (m.start, m.end) != (start, end) and m.kind != "demonym"]
            # "the BJS's South Bastar Divisional Committee" after "the Bastar division": an organisation's
            # longer name wins over a place the document itself added
            # (not a place opening the name: "the Durango State Attorney General's Office" is the place's body)
            headed += [m for m in taken if ent.label_ == "ORG" and start < m.start and m.end <= end and
                       (m.start, m.end) != (start, end) and m.kind != "demonym" and m not in headed and
                       self.gaz.entities[m.entity].new and self.gaz.is_a(m.entity, "Place") and
                       not self.gaz.is_a(m.entity, "State")]
            # "Lotus" of "the Golden Lotus compound" (the NER left out "Golden") inside "Golden Lotus Entertainment
            # Group": an organisation named earlier by a part of the name gives way, and becomes its alias
            absorbed = [m for m in taken if ent.label_ == "ORG" and start <= m.start and m.end <= end and
                        (m.start, m.end) != (start, end) and m.kind == "name" and m not in headed and
                        (e := self.gaz.entities.get(m.entity)) is not None and e.new and not e.assumed_known and
                        e.type == "Organisation" and len(e.names) == 1]
            headed += absorbed
            if headed and not self.in_heading:
                taken = [m for m in taken if m not in headed]
                known[:] = [m for m in known if m not in headed]
            prefixed = None
            if not free(start, end):
                # "Global Affairs Canada", "the South Sudan People's Defence Forces": an organisation
                # whose name holds the state it belongs to; "the UN Group of Experts on the DRC": a
                # body whose name holds the body it belongs to
                # "the Durango State Attorney General's Office": a state body whose name holds its province
                body = any(name.endswith(" " + h) for c, h in self.heads if c in ("GovernmentBody", "StateArmedForces")) \
                    or bool(re.search(r"\b(?:Ministry|Department|Secretariat|Directorate) (?:of|for) [A-Z]", name))
                inside = [m for m in taken if start <= m.start and m.end <= end and (m.start, m.end) != (start, end)
                          and (self.gaz.is_a(m.entity, "State") or m.start == start and
                               self.gaz.is_a(m.entity, "InternationalOrganisation") or
                               body and self.gaz.is_a(m.entity, "Place") and m.kind != "demonym")]
                if not ((ent.label_ == "ORG" or body) and inside and all(start <= m.start and m.end <= end for m in taken
                                                                if not (end <= m.start or start >= m.end))):
                    continue
                state = inside[0].entity
                rest = (self.text_of(sentence, start, inside[0].start) + self.text_of(sentence, inside[0].end, end))
                if re.fullmatch(r"\s*(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern)?|[Cc]entral|[Nn]orth-?(?:east|west)ern|"
                                r"[Ss]outh-?(?:east|west)ern)?\s*", rest):
                    continue  # "Eastern DR Congo": the state itself
                own = self.state_body(name, state, sentence.text[end - sentence.start:]) \
                    if self.gaz.is_a(state, "State") else None
                if own is None and self.gaz.is_a(state, "State") and inside[0].start == start:
                    bare = self.text_of(sentence, inside[0].end, end).strip()
                    if bare.split(" ", 1)[0] in self.lex_body_words:
                        prefixed = (state, bare)  # "U.S. Department of Homeland Security": also its bare name
                if own is not None:
                    if own:
                        out.append(Mention(start, end, own, self.gaz.entities[own].type, "name", name))
                        taken = [m for m in taken if m not in inside]
                        known[:] = [m for m in known if m not in inside]
                    continue
                taken = [m for m in taken if m not in inside]
                known[:] = [m for m in known if m not in inside]
            branch = self._branch(sentence, start, end, name, taken)
            if branch:
                out.append(branch)
                taken = [m for m in taken if not (m.end <= branch.end and m.start >= branch.start)]
                known[:] = [m for m in known if not (m.end <= branch.end and m.start >= branch.start)]
                continue
            at_place = re.fullmatch(r"(.+?) at ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)", name)
            if at_place and any(at_place.group(1).endswith(" " + h) for c, h in self.heads
                                if c in ("StateArmedForces", "GovernmentBody", "ArmedGroup", "Company")):
                # "handed over to the Guyana Police Force at Charity": the body, and where it was
                place_start = start + at_place.start(2)
                name, end = at_place.group(1), start + len(at_place.group(1))
                if free(place_start, place_start + len(at_place.group(2))):
                    place = self.short_form(at_place.group(2), place_only=True) or \
                        self._new(at_place.group(2), "Settlement")
                    self.cued.add(place)
                    out.append(Mention(place_start, place_start + len(at_place.group(2)), place,
                                       self.gaz.entities[place].type, "new", at_place.group(2)))
            route = _ROUTE.fullmatch(name) if re.search(r"\bfrom\s*$", sentence.text[:start - sentence.start]) else None
            if route:  # "from Hwange to Dete Junction" taken for one name: two places, the ends of a route
                for at in (1, 2):
                    part_start = start + route.start(at)
                    if not free(part_start, part_start + len(route.group(at))):
                        continue
                    ident = self.short_form(route.group(at)) or self._new(route.group(at), "Settlement")
                    self.cued.add(ident)
                    out.append(Mention(part_start, part_start + len(route.group(at)), ident,
                                       self.gaz.entities[ident].type, "new", route.group(at)))
                continue
            parts = self.split_names(name)
            if len(parts) > 1:  # "Kestrel Trading and Vanta Cargo": two names the NER took for one
                for offset, part in parts:
                    out += self._head_named(sentence, start - sentence.start + offset, part, taken + out)
                continue
            title = self.title_before(sentence, start)
            placed = self.name_noun(last)
            short = self.short_form(name, place_only=bool(placed) and placed[0] in ("Settlement", "Region", "Place"))
            if short:
                self.retype_place(short, sentence, start, ent.label_, last)  # "Kyauk Sin Taw village"
                self.kind_named(short, name, last)  # (round 21) "Tarija department" after "Tarija"
                out.append(Mention(start, end, short, self.gaz.entities[short].type, "name", name))
                continue
            state = self.state_short_form(name) or self.own_government(name, sentence.text[end - sentence.start:])
            if state:  # "Korea" after "the Republic of Korea": the state named before, not a new place
                out.append(Mention(start, end, state, "State", "name", name))
                continue
            noun = self.name_noun(last)
            if " " not in name and (self.descriptor(last) or spoken_language(last)):
                continue  # (round 20) "a Nuba militia", "Maasai herders": a people; (21) "spoke Tamasheq": a language
            if " " not in name and not name.isupper() and (last.pos_ in ("ADJ", "NOUN") or last.dep_ == "amod" and not noun) \
                    or re.match(r"\s+(?:program|programme|scheme|fund|award|prize)\b", sentence.text[end - sentence.start:]):
                continue  # "a former Koranic teacher", "Overland deliveries"; "the Rewards for Justice program"
            cls = self.classify(name, ent.label_, sentence, start, end, title, noun)
            if cls is None:
                continue
            if cls != "Person" and sentence.text[:start - sentence.start].rstrip().rpartition(" ")[2] in \
                    language()["address_forms"]:
                cls = "Person"  # "known only as Comrade Lakhan" with "Lakhan" alone the NER's place
            if prefixed and cls == "Organisation":
                cls = "GovernmentBody"  # "U.S. Department of Homeland Security": a state's body by its words
            ident = self._new(name, cls)
            for m in absorbed if not self.in_heading else []:
                self.merge_into(m.entity, ident)
            if prefixed and cls == "GovernmentBody":
                self._also_named(ident, prefixed[1])
                self.gaz.entities[ident].part_of = self.gaz.entities[ident].part_of or [prefixed[0]]
            if noun and noun[0] == cls:  # "the Kitumba group": also "Kitumba group", and "the Kitumbas"
                self._also_named(ident, f"{name} {noun[1]}")
                if self.gaz.is_a(ident, "Place"):
                    self.cued.add(ident)
                if cls == "ArmedGroup" and " " not in name and not name.endswith("s"):
                    self._also_named(ident, name + "s")
            if cls == "Person" and title in dict(self.posts):
                self.titles_of[ident] = dict(self.posts)[title]
            if cls in ("Settlement", "Region") and any(
                    sentence.text[:start - sentence.start].rstrip().endswith(c.rstrip(",")) for c in self.place_cues):
                self.cued.add(ident)  # "outside Basra", "north of Goma": a place the text points at
            if cls in ("Settlement", "Region") and self.uncued_place(sentence, start, end, name, ent.label_):
                self.cued.add(ident)  # a town or province named without a cue
            if cls == "Region" and any(name.endswith(" " + head) for c, head in self.heads if c == "Region"):
                self.cued.add(ident)  # "Sagaing Region", "the Nuba Mountains": the name says it is a place
            if cls == "Place" and not self.in_heading and (re.match(r"(?:Gulf|Bay|Strait|Straits) of ", name) or any(
                    name.endswith(" " + head) for c, head in self.heads if c == "Place")):
                self.cued.add(ident)  # (round 17) "the Gulf of Aden", "the Lomari National Park": a named place
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", name))
        out = self._apostrophe_joined(sentence, out)
        if not headline:  # "HARROW LYLE & PENN LLP": a letterhead is no name either
            defined = self._defined(sentence, taken + out)
            out = [m for m in out if not any(d.start <= m.start and m.end <= d.end for d in defined)] + defined
            known[:] = [m for m in known if not any(d.start <= m.start and m.end <= d.end for d in defined)]
            named = self._cued_names(sentence, taken + out)
            named += self._armed_named(sentence, taken + out + named)  # "Jaish Ansar al-Sistan"
            named += self._numbered_routes(sentence, taken + named)  # (round 21) "National Route 9"
            known[:] = [m for m in known if not any(n.start <= m.start and m.end <= n.end and
                                                    (n.start, n.end) != (m.start, m.end) for n in named)]
            out = [m for m in out if not any(n.start <= m.start and m.end <= n.end and
                                             (n.start, n.end) != (m.start, m.end) for n in named)] + named
            out += self._particle_named(sentence, taken + out)
            out += self._noun_named(sentence, taken + out)
        self.described(sentence, taken + out)
        bodies = self._abbreviations(sentence, taken + out)  # "the Forces armées de la République ... du Congo (FARDC)"
        if bodies:
            def inside(m):
                return any(b.start <= m.start and m.end <= b.end for b in bodies)
            out = [m for m in out if not inside(m)] + bodies
            known[:] = [m for m in known if not inside(m)]
        self._based(sentence, taken + out)
        for m in out:  # "Fighters of the Oti Valley Mujahideen Council": the document's cues overrule "Council"
            if self.vote_type(m.entity):
                m.type = self.gaz.entities[m.entity].type
        for m in out:  # (round 21) "the Chapare province of Cochabamba department": also "Cochabamba department"
            last = next((t for t in sentence.span if sentence.end_of(t) == m.end), None) if m.kind == "new" else None
            if last is not None:
                self.kind_named(m.entity, sentence.text[m.start - sentence.start:m.end - sentence.start], last)
        return out
