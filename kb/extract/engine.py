"""From a document's text to candidate facts: mentions, anaphors, dates,
quantities, relations and attributed statements.

Everything language-specific comes from the YAML files in ``lexicon/``; this
module only applies them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .anaphora import MentionFinder
from .arms import arms_named, lead_in, list_item
from .entities import EntityFinder
from .coding import ParsedFacts, _expand
from .estimates import EstimateFinder
from .events import EventCoder
from .found import _DATE, Candidate, Result, resolve_date, sentence_case as _sentence_case
from .lexicon import estimates as estimate_lexicon
from .lexicon import language, relations
from .mentions import Gazetteer, Mention, quoted_spans, slug
from .nlp import Sentence
from .people import in_contact_line, signed
from .postroles import apposed_roles
from .unnamed import counted_members
from .publishers import dateline_city, masthead_spans
from .statements import StatementFinder
from .text import sentences

@lru_cache(maxsize=1)
def _compiled_relations():
    out = {}
    for rtype, spec in relations().items():
        if rtype != "macros":
            out[rtype] = [_compile_pattern(p if isinstance(p, str) else p["pattern"]) + (
                {} if isinstance(p, str) else p,) for p in spec["patterns"]]
    return out


_SLOT = re.compile(r"\{(\w+):(\w+)([+~]?)\}")
_LIST_SEP = (r"(?:['’]s (?:[\w-]+ ){0,2}?[\w-]+(?=,? and ))?"  # "A's southern suburbs and (in) B"
             r"(?:,? and (?:also )?(?:across the border )?(?:in )?(?:other (?:\w+ ){0,2}(?:in|of) )?"
             r"|, (?:and )?(?:in )?|,? or |/)")
# Before a mention: an article, a direction, or "the town of".
_PREFIX = (r"(?:the |a |an )?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|"
           r"south-eastern|south-western|neighbou?ring|parts of|much of) )?"
           r"(?:(?:the )?(?:town|village|city|region|district|province|camp|area|port|state) of )?"
           r"(?:(?:(?:the|its|his|her|their) (?:[\w-]+['’]s )?|⟨d?\d+⟩['’]s )(?:founder|owner|chief executive|leader|"
           r"commander|head|chairman|director|president|deputy|spokesman|son|brother|wife),? )?"
           r"(?:(?:" + "|".join(re.escape(t) for t in sorted(language()["person_titles"], key=len, reverse=True))
           + r") )?")


def _compile_pattern(pattern: str):
    slots = []

    def slot(match):
        role, cls, mod = match.groups()
        name = f"s{len(slots)}"
        slots.append((name, role, cls, mod))
        token = r"⟨d?\d+⟩" if mod == "~" else r"⟨\d+⟩"
        if mod == "+":
            return rf"{_PREFIX}(?P<{name}>{token}(?:{_LIST_SEP}{_PREFIX}{token})*)"
        return rf"{_PREFIX}(?P<{name}>{token})"

    for name, value in (relations().get("macros") or {}).items():
        pattern = pattern.replace("{" + name + "}", value)
    source = _SLOT.sub(slot, pattern)
    return re.compile(source, re.I), slots


class Extractor(MentionFinder, EstimateFinder, StatementFinder, ParsedFacts):
    """Extracts candidates from one document."""

    def __init__(self, gazetteer: Gazetteer, text: str, issued: dt.date | None, parsed: list | None = None,
                 author: str | None = None):
        self.gaz = gazetteer
        self.text = text
        self.issued = issued
        self.lex = language()
        self.est = estimate_lexicon()
        self.quotes = quoted_spans(text)
        self.parsed = parsed  # the sentences, when the caller parsed the text already (batches)
        self.author = author  # the document's author id: who made the estimates nobody is said to have made
        self.finder = EntityFinder(gazetteer)
        self.finder.text = text  # the type votes read the whole document (kb/extract/votes.py)
        self.coder = EventCoder(self)
        self.mentions_here: list[Mention] = []
        self.coded_triggers: set[int] = set()  # offsets of words that triggered a measure ("agrees on sanctions")
        self.statements_so_far: list = []
        self.claims: dict = {}
        self.sents: list = []
        self.extra_speakers: list = []
        self.minted: dict[str, str] = {}  # ids of events found here -> their labels
        self._dates: dict[int, list] = {}  # sentence index -> its resolved dates
        self._drop = re.compile(r"(?<=\s)" + self.lex["adverbials"] + r",?\s|(?<=⟩)(?:['’]s)? "
                                + self.lex["subject_heads"] + r"(?=\s)")

    # ---------------------------------------------------------------- masks
    def mask(self, sentence: Sentence, found: list[Mention]) -> tuple[str, list[int]]:
        """The sentence with each mention replaced by ⟨i⟩, and a map from
        masked offsets back to sentence offsets."""
        out, back, pos, skip = [], [], 0, -1
        for index, mention in enumerate(found):
            if index == skip:
                continue
            s, e = mention.start - sentence.start, mention.end - sentence.start
            out.append(sentence.text[pos:s])
            back.extend(range(pos, s))
            token = f"⟨d{index}⟩" if mention.kind == "demonym" else f"⟨{index}⟩"
            following = found[index + 1] if index + 1 < len(found) else None
            if following and self.possessor(sentence, mention, following):
                # "Russia's private military group Wagner": the possessor only
                # describes the organisation that follows; mask both as one.
                token, e, skip = f"⟨{index + 1}⟩", following.end - sentence.start, index + 1
            out.append(token)
            back.extend([s] * len(token))
            pos = e
        out.append(sentence.text[pos:])
        back.extend(range(pos, len(sentence.text) + 1))
        return self._simplify("".join(out), back)

    def _simplify(self, masked: str, back: list[int]) -> tuple[str, list[int]]:
        """Drop words that sit between a subject and its verb without changing
        who acts ("⟨1⟩ on Thursday imposed", "⟨1⟩ officials said"), keeping the
        offset map in step."""
        keep = [True] * len(masked)
        for match in self._drop.finditer(masked):
            for i in range(match.start(), match.end()):
                keep[i] = False
        text = "".join(c for c, k in zip(masked, keep) if k)
        return text, [b for b, k in zip(back, keep + [True] * (len(back) - len(keep))) if k]

    def possessor(self, sentence, mention, following) -> bool:
        """True for "Russia's (private military group) Wagner": a state owning an organisation's name."""
        between = sentence.text[mention.end - sentence.start: following.start - sentence.start]
        return bool(re.fullmatch(r"['’]s (?:[a-z-]+ ){0,4}", between)) and following.kind in ("name", "new") \
            and self.gaz.is_a(following.entity, "Organisation") and not self.gaz.is_a(following.entity, "State") \
            and self.gaz.is_a(mention.entity, "State")

    # ---------------------------------------------------------------- dates
    def dates_in(self, sentence: Sentence) -> list[tuple]:
        """(start, end, (as written, value)) for each date in the sentence that resolves."""
        if sentence.index not in self._dates:
            found = ((m.start(), m.end(), resolve_date(m.group(), self.issued)) for m in _DATE.finditer(sentence.text))
            self._dates[sentence.index] = [d for d in found if d[2]]
        return self._dates[sentence.index]

    # ---------------------------------------------------------------- run
    def run(self) -> Result:
        sents = self.sents = sentences(self.text) if self.parsed is None else self.parsed
        found = self.mentions(sents)
        self.found_mentions = found  # every sentence's mentions (the state a place lies in)
        result = Result(sents, found, ontology=self.gaz.ontology)
        claims: dict[tuple, Candidate] = {}
        self.claims = claims  # the document's candidates so far (read by the event coder)
        last_statement = None
        for sentence, mentions in zip(sents, found):
            if self.heading(sentence):
                if signed(sentence.text):  # "Media contact: Name, Title, Body": the one fact a signature gives
                    self.mentions_here = mentions
                    self.posts(sentence, mentions, claims)
                continue  # "UN experts say rebels received heavy weapons": the body says it again
            self.mentions_here = mentions
            self.coded_triggers = set()
            masked, back = self.mask(sentence, mentions)
            used_dates: set[int] = set()
            posts = self.posts(sentence, mentions, claims)
            here = self.relations(sentence, mentions, masked, back, claims, used_dates) + posts
            spoken = self.speaker(sentence, mentions, masked, back)
            here += self.estimates_in(sentence, mentions, masked, spoken, claims, here)
            statement = self.statement(sentence, mentions, masked, spoken, here, claims, used_dates, last_statement)
            if statement:
                for claim in here:  # an estimate reported in a statement was made by its speaker
                    if claim.type == "Estimate" and "estimated_by" not in claim.fields:
                        claim.fields["estimated_by"] = statement.fields["speaker"]
                result.statements.append(statement)
                result.statements += self.extra_statements(sentence, statement)
                self.statements_so_far = result.statements
            if statement is not None or last_statement is not None and \
                    sentence.index - last_statement.evidence[-1].index > 2:
                last_statement = statement  # kept over a quote's first sentence ('"I sell tractors. ...," he said.')
        self.found_mentions = found
        result.statements = self.reports_by_body(result.statements)
        result.statements = self.join_body_and_spokesman(result.statements)
        self.merge_parent_authorities(claims, result.statements)
        result.claims = [c for c in claims.values() if not _self_related(c)]
        for claim in result.claims:  # an estimate no one is reported to have made is the source's own
            if claim.type == "Estimate" and "estimated_by" not in claim.fields and self.author:
                claim.fields["estimated_by"] = self.author
        result.new_entities = self.new_entities(found, result)
        return result

    def heading(self, sentence: Sentence) -> bool:
        """True for a headline, a subheading or a list item: a paragraph of its
        own, of at most 30 words, that does not end like a sentence."""
        alone = (sentence.start == 0 or self.text[sentence.start - 1] == "\n") and \
            self.text[sentence.end:sentence.end + 1] in ("", "\n")
        return alone and len(sentence.text.split()) <= 30 and not re.search(r"[.!?:;\"”’')]\s*$", sentence.text)

    def new_entities(self, found: list, result: Result) -> list:
        """New entities the candidates need: those mentioned in a relation,
        statement or more than in passing, those the candidates refer to, and
        what those belong to (part_of, member_of, issuer, location)."""
        # a single word met only in headings ("Media release", "Jihadist faction kills ...", "Lanao" of a
        # headline) is no proposal of its own: the body names what it is about again, in full
        # the source's own masthead, wire agency and footer name its publisher: proposed only when a fact needs it
        own = masthead_spans(self.text)
        city = (dateline_city(self.text) or "").casefold()  # where the writer files from: only when a fact needs it
        mentioned = {m.entity for sentence, ms in zip(self.sents, found) for m in ms
                     if (not self.heading(sentence) and m.kind != "anaphor" or " " in self.gaz.entities[m.entity].label)
                     and not in_contact_line(sentence.text, self.gaz.entities[m.entity].type)
                     and not any(s <= m.start and m.end <= e for s, e in own)
                     and not (city and self.gaz.entities[m.entity].label.casefold() == city)}
        # "told Meridian Wire": the wire agency of the dateline ("LOMÉ, Dec 2 (Meridian Wire) -") named again
        own_names = {self.text[s:e].strip() for s, e in own if s and self.text[s - 1] == "("}
        # "Haki Mlima Observatory is an independent ...": a firm or NGO whose masthead line is its name alone
        # is the publisher, named again in a footer or as "us"
        own_names |= {n for n in (self.text[s:e].strip() for s, e in own if not s or self.text[s - 1] == "\n")
                      if any(e.label == n and e.type in ("Company", "Organisation") for e in self.gaz.entities.values())
                      and re.fullmatch(r"[^\n|–—]+", n) and (self.text.find(n + "\n") >= 0)}
        mentioned = {i for i in mentioned if self.gaz.entities[i].label not in own_names}
        wanted: list[str] = []

        def want(value):
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, str) and v in self.gaz.entities and self.gaz.entities[v].new and v not in wanted:
                    wanted.append(v)

        for ident, entity in self.gaz.entities.items():
            # places are proposed when a fact needs them or a cue names them ("the town of ...")
            if entity.new and ident in mentioned and (entity.type not in ("Settlement", "Region", "Place")
                                                      or ident in self.finder.cued):
                want(ident)
        # the dateline's city and the source's own name are what a bare claim is "about" only in passing
        passing = {ident for ident, e in self.gaz.entities.items() if e.new and (
            city and e.label.casefold() == city or e.label in own_names)}
        for candidate in result.claims + result.statements:
            for key, value in candidate.fields.items():
                want([v for v in value if v not in passing] if key == "about" and isinstance(value, list) else value)
        lead = False  # after "A search revealed:", the list's items are arms
        for sentence, mentions in zip(self.sents, found):  # arms seized, found or shipped, transfer or not
            line = self.text[self.text.rfind("\n", 0, sentence.start) + 1:sentence.start + 2]  # the bullet may be cut off
            item = lead and sentence.span is not None and re.match(r"\s*[-•*–]\s", line)
            if sentence.span is not None and (item or not self.heading(sentence)):
                inside = {t.i for t in sentence.span for m in mentions if m.start <= sentence.at(t) < m.end}
                want(list_item(self.finder, sentence.span, inside) if item else
                     arms_named(self.finder, sentence.span, inside))
            lead = bool(item) or sentence.span is not None and lead_in(sentence.span)
            if not self.heading(sentence):  # "MTT's lawyer, X", "X, a deputy for Y": posts named, a fact or not
                want(apposed_roles(self.finder, sentence, mentions, lambda i: self.gaz.is_a(i, "Person"),
                                     self.text))
                want(counted_members(self.finder, sentence, mentions))  # "two of its commanders" a measure names
        self._definite_weapons(result, wanted)
        used = {v for c in result.claims + result.statements for value in c.fields.values()
                for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)}
        kinds = [self.gaz.entities[i].label for i in wanted if self.gaz.entities[i].type == "WeaponType"]
        # "drones" beside "reconnaissance drones": the bare word names no type of its own unless a fact uses it
        wanted = [i for i in wanted if i in used or self.gaz.entities[i].type != "WeaponType" or
                  " " in self.gaz.entities[i].label or
                  not any(k.endswith(" " + self.gaz.entities[i].label) for k in kinds)]
        for ident in wanted:  # grows while it is read: what the new entities refer to
            entity = self.gaz.entities[ident]
            if ident in self.finder.located:
                entity.extra.setdefault("location", self.finder.located[ident])
            if entity.type in ("Settlement", "Region", "GovernmentBody") and not entity.part_of:
                entity.part_of = self.nearest_state(ident, found)
            want(entity.part_of)
            want(list(entity.extra.values()))
        return [self.gaz.entities[i] for i in wanted]

    def _definite_weapons(self, result: Result, wanted: list) -> None:
        """"two 60 mm mortars ... the mortars were delivered": a bare weapon word
        written only after "the" (or inside the fuller type's name) is the one
        fuller type the document names; its facts are re-pointed to it."""
        types = [i for i in wanted if self.gaz.entities[i].type == "WeaponType"]
        for bare in list(types):
            label = self.gaz.entities[bare].label
            fuller = [i for i in types if self.gaz.entities[i].label.endswith(" " + label)]
            if len(fuller) != 1 or " " in label:
                continue
            before = re.findall(r"(\S+)\s+" + re.escape(label) + r"\b", self.text, flags=re.I)
            full = self.gaz.entities[fuller[0]].label.split(" ")
            if not before or any(w.lower() not in ("the", "these", "those", full[-2].lower()) for w in before):
                continue
            for candidate in result.claims + result.statements:
                for key, value in candidate.fields.items():
                    if isinstance(value, list) and bare in value:
                        candidate.fields[key] = list(dict.fromkeys(fuller[0] if v == bare else v for v in value))
            wanted.remove(bare)

    def nearest_state(self, ident: str, found: list) -> list[str]:
        """The state a new place or body belongs to, only where the text says
        it: a city the lexicon knows (``cities`` in language.yaml: Dubai is in
        the United Arab Emirates), else what a sentence naming it states
        (:meth:`kb.extract.entities.EntityFinder.stated_state`: "Sorra,
        Niger", "Niger's Tillabéri region", "the Nigerien town of Sorra"),
        else none: a state is never guessed from being named nearby."""
        entity = self.gaz.entities[ident]
        city = self.lex["cities"].get(entity.label)
        if city:
            state = next((e.id for e in self.gaz.entities.values() if e.type == "State" and e.label == city), None)
            if state:
                return [state]
        named = self.finder.named_state(entity.label)
        if named:
            return [named]  # "Armed Forces of the Philippines", "Nigerian Army", Juba (a capital)
        for mentions in found:
            for mention in mentions:
                if mention.entity == ident:
                    state = self.finder.stated_state(mention, mentions, self.text, self.nearest_state)
                    if state:
                        return [state]
        return []

    def _add(self, claims: dict, candidate: Candidate, sentence: Sentence) -> Candidate:
        existing = claims.get(candidate.key)
        if existing:
            if sentence not in existing.evidence:
                existing.evidence.append(sentence)
            for key, value in candidate.fields.items():
                existing.fields.setdefault(key, value)
            return existing
        claims[candidate.key] = candidate
        return candidate

    # ---------------------------------------------------------------- relations
    def relations(self, sentence, mentions, masked, back, claims, used_dates) -> list[Candidate]:
        here: list[Candidate] = []
        specs = relations()
        events: list[Candidate] = []
        self.consumed: set[int] = set()  # document offsets of numbers a coded relation used
        # killings first: "X blamed Y for the killing of ..." needs the killing it is about
        for coded in sorted(self.coder.code(sentence, mentions), key=lambda c: c.relation != "Atrocity"):
            self.from_parse(coded, sentence, claims, used_dates, here, events)
            if coded.relation == "SanctionsMeasure":  # "agreed to add": the verbs the measure depends on too
                head = coded.trigger
                self.coded_triggers.add(sentence.at(head))
                while head.dep_ == "xcomp" and head.head.i != head.i:
                    head = head.head
                    self.coded_triggers.add(sentence.at(head))
        for rtype, compiled in _compiled_relations().items():
            spec = specs[rtype]
            for regex, slots, options in compiled:
                for match in regex.finditer(masked):
                    values = self.slot_values(match, slots, mentions)
                    if values is None or rtype in ("Control", "Operation") and any(
                            self.coder.reporter_only(i, [mentions[int(n)] for n in re.findall(r"⟨(\d+)⟩", match.group())],
                                                     mentions) for i in values.get("controlled", []) +
                            values.get("controller", []) + values.get("actor", [])):
                        continue  # "It is headed by X" where "it" found only the police the text quoted before
                    for role in options.get("inherit") or []:
                        if role not in values:
                            earlier = [c for c in claims.values() if c.type == rtype and c.fields.get(role)]
                            if not earlier:
                                break
                            value = earlier[-1].fields[role]
                            values[role] = value if isinstance(value, list) else [value]
                    if any(role not in values for role in options.get("inherit") or []):
                        continue
                    if spec.get("needs_event"):
                        event = next((c for c in events if self.gaz.ontology.is_a(c.type, spec["needs_event"])), None)
                        if event is None:
                            continue
                        values["event"] = [event.id]
                    if rtype == "Shipper":
                        self._shipper(values["supplier"][0], sentence, claims)
                        continue
                    fields = dict(spec.get("set") or {})
                    start, end = back[match.start()], back[min(match.end(), len(back) - 1)]
                    accept = None if rtype in ("SanctionsMeasure", "Indictment") else \
                        (lambda offset, end=end: offset < end or self.same_clause_after(sentence, end, offset))
                    date = self.relation_date(sentence, start, end, used_dates, accept)
                    for combination in _expand(values, spec.get("expand") or []):
                        candidate = self.candidate(rtype, spec, combination, dict(fields), date, sentence)
                        candidate = self._add(claims, candidate, sentence)
                        if candidate not in here:
                            here.append(candidate)
                        if spec.get("event"):
                            events.append(candidate)
        return _subsumed(self._inside_state(here, claims, sentence, mentions), claims)

    def _inside_state(self, here: list, claims: dict, sentence, mentions) -> list:
        """Drop an operation in a state when the sentence places the same actor
        in a place the state possesses ("operates in Chad's Wadi Fira province":
        Wadi Fira, not Chad)."""
        owned = {(a.entity, b.entity) for a, b in zip(mentions, mentions[1:])
                 if self.gaz.is_a(a.entity, "State") and re.fullmatch(r"['’]s\s+", self.text[a.end:b.start])}
        keep = []
        for c in here:
            if c.type == "Operation" and any(
                    o is not c and o.type == "Operation" and o.fields.get("actor") == c.fields.get("actor") and
                    (c.fields["location"][0], o.fields["location"][0]) in owned for o in here):
                if len(c.evidence) == 1:
                    claims.pop(c.key, None)
                continue
            keep.append(c)
        return keep

    def slot_values(self, match, slots, mentions) -> dict | None:
        values: dict[str, list] = {}
        for name, role, cls, mod in slots:
            text = match.group(name)
            if text is None or role.startswith("_"):
                continue
            ids = []
            for index in re.findall(r"⟨d?(\d+)⟩", text):
                mention = mentions[int(index)]
                if self.gaz.is_a(mention.entity, cls) and mention.entity not in ids:
                    ids.append(mention.entity)
            if not ids:
                return None
            values.setdefault(role, [])
            values[role] += [i for i in ids if i not in values[role]]
        return values

    def relation_date(self, sentence, start, end, used_dates, accept=None):
        """The first date of ``sentence`` inside its text ``start:end`` (offsets in the sentence) or up to 40
        characters after it, not one a verb of speech dates; ``accept(offset)`` may refuse a date by where it
        stands (:meth:`kb.extract.coding.ParsedFacts.dated_here`). Adds its offset to ``used_dates``."""
        for s, e, resolved in self.dates_in(sentence):
            speech = re.search(r"\b(?:said|says|told \w+|announced)\s*$", sentence.text[:s])
            if speech or accept is not None and not accept(s):
                continue
            if start <= s < end or 0 <= s - end <= 40:
                used_dates.add(s)
                return resolved
        return None

    def label(self, ident: str) -> str:
        entity = self.gaz.entities.get(ident)
        if entity:
            return entity.label
        return self.minted.get(ident, ident.replace("-", " "))

    def candidate(self, rtype, spec, values, fields, date, sentence) -> Candidate:
        key = (rtype,) + tuple(tuple(values.get(k, ())) for k in spec["key"])
        for variant in spec.get("variants") or ():  # relations.yaml: a lifting apart from the imposing
            if all(fields.get(k) == v for k, v in variant["when"].items()):
                spec = {**spec, **variant}
                key += tuple(sorted(variant["when"].items()))
        names = {role: " and ".join(self.label(i) for i in ids) for role, ids in values.items()}
        slugs = {role: "-and-".join(ids) for role, ids in values.items()}
        ident = spec["id"].format_map(_Default(slugs))
        for role, ids in values.items():
            single = self.gaz_field_single(rtype, role)
            fields[role] = ids[0] if single else list(ids)
        if date:
            fields["date"], fields["date_as_written"] = date[1], date[0]
        says = _sentence_case(spec["says"].format_map(_Default(names)))
        fields = {"label": _sentence_case(spec["label"].format_map(_Default(names))),
                  "says": says[:-1] if says.endswith("..") else says, **fields}  # "... Ltd.."
        ident = slug(ident, 80)
        if spec.get("event"):
            self.minted.setdefault(ident, fields["label"][:1].lower() + fields["label"][1:])
        return Candidate(rtype, fields, [sentence], key, ident)

    single_roles = {"owner", "owned", "leader", "supplier", "recipient", "authority", "controller", "controlled", "jurisdiction", "actor",
                    "event", "member", "organisation", "role", "of", "measure", "category", "qualifier"}

    def gaz_field_single(self, rtype, role) -> bool:
        if rtype == "Participation" and role == "actor":
            return True
        return role in self.single_roles and not (rtype in ("Massacre", "Atrocity") and role == "location")

def _subsumed(here: list, claims: dict) -> list:
    """Drop a transfer without a supplier when the same sentence gives one with
    a supplier to the same recipient (the parse and a pattern read it twice)."""
    keep = []
    for c in here:
        if c.type == "ArmsTransfer" and not c.fields.get("supplier") and any(
                o.type == "ArmsTransfer" and o.fields.get("supplier") and o.fields.get("recipient") == c.fields.get(
                    "recipient") for o in here):
            if len(c.evidence) == 1:
                claims.pop(c.key, None)
            continue
        keep.append(c)
    return keep


# the two parties of a relation, never one entity ("X is run by its director, Y": "its" read as X is no controller)
_PARTIES = {"Control": ("controller", "controlled"), "Ownership": ("owner", "owned"),
            "Leadership": ("leader", "organisation"), "ArmsTransfer": ("supplier", "recipient"),
            "Membership": ("member", "organisation")}


def _self_related(claim) -> bool:
    """True for a relation whose two parties are the same entity ("X controls X")."""
    roles = _PARTIES.get(claim.type)
    if roles is None:
        return False
    one, other = ([v] if isinstance(v, str) else list(v or []) for v in (claim.fields.get(r) for r in roles))
    return bool(set(one) & set(other))


class _Default(dict):
    def __missing__(self, key):
        return "unnamed " + key
