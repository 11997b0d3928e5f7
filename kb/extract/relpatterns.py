"""Relations read by the patterns of ``lexicon/relations.yaml`` on a sentence's masked text
(mentions replaced by ``⟨n⟩``), after the ones coded on the parse: the compiled patterns, the slot
values, a relation's date, and the candidate built from them. Mixed into
:class:`kb.extract.engine.Extractor`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .coding import _expand
from .found import Candidate, sentence_case as _sentence_case
from .lexicon import language, relations
from .mentions import slug
from .nlp import Sentence


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


# (round 24) a place in the possessive before another ("X's Y", "the X region's Y", "X's al-Y"): X owns Y
_OWNER_PLACE = re.compile(r"(?:\s+[a-z]+)?['’]s\s+(?:(?:the|al|el)[\s-])?")


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


class RelationPatterns:
    """The pattern-matched relations of one document (needs the attributes and methods of
    :class:`kb.extract.engine.Extractor`)."""

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
                    if rtype == "Operation" and self._denied(sentence, start, end):
                        continue  # (round 17) "disputed that its fighters were active in X": no operation
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

    @staticmethod
    def _denied(sentence, start: int, end: int) -> bool:
        """True when the words ``start:end`` of ``sentence`` stand in a clause a
        verb of denial governs, outside them ("denied that the group had been in
        X"; ``denial_lemmas`` in lexicon/language.yaml)."""
        if sentence.span is None:
            return False
        inside = [t for t in sentence.span if start <= sentence.at(t) - sentence.start < end]
        denial = set(language()["denial_lemmas"])
        return any(a.lemma_.lower() in denial and a not in inside for t in inside[:1] + [
            t for t in inside if t.pos_ in ("VERB", "AUX", "ADJ")] for a in list(t.ancestors)[:3])

    def _inside_state(self, here: list, claims: dict, sentence, mentions) -> list:
        """Drop an operation in a place when the sentence places the same actor
        in a place it possesses ("operates in Chad's Wadi Fira province": Wadi
        Fira, not Chad; "in the Dorne region's Tessa district": Tessa)."""
        # (round 24) any place's: "in X's Y district", "in the X region's Y district", "in X's al-Y district"
        owned = {(a.entity, b.entity) for a, b in zip(mentions, mentions[1:])
                 if self.gaz.is_a(a.entity, "Place") and self.gaz.is_a(b.entity, "Place") and
                 _OWNER_PLACE.fullmatch(self.text[a.end:b.start])}
        # (round 17) "in the Varsa area of western X", "in A and B territories of Y": X and Y only contain the
        # part the name before them names, recognised or not; no operation in the container
        # (round 26) "on the islands of Lake X in Y's Z province": Y only owns the part named after it, recognised
        # or not (its name alone elsewhere in the sentence still places the actor there)
        # (round 33) "the province of A in central Y", "A province in eastern Y": Y only contains the part named
        def boxed(m) -> bool:
            before = self.text[max(sentence.start, m.start - 80):m.start]
            return bool(_part_of_place().search(before) or _part_in_place().search(before) or
                        _owner_of_part().match(self.text, m.end))
        contained = {m.entity for m in mentions if boxed(m)} - {m.entity for m in mentions if not boxed(m)}
        keep = []
        for c in here:
            if c.type == "Operation" and c.fields["location"][0] in contained:
                if len(c.evidence) == 1:
                    claims.pop(c.key, None)
                continue
            if c.type == "Operation" and any(
                    o is not c and o.type == "Operation" and o.fields.get("actor") == c.fields.get("actor") and
                    (c.fields["location"][0], o.fields["location"][0]) in owned for o in here):
                if len(c.evidence) == 1:
                    claims.pop(c.key, None)
                continue
            keep.append(c)
        return keep

    def attacks_told_as_killings(self, claims: dict, statements: list) -> None:
        """Drop an operation of an actor in a place when the document accuses the same actor of a killing
        there and each sentence the operation rests on tells it by a verb of attack on the place ("X fighters
        attacked the market in Y. ... 32 civilians were killed"; ``attack_lemmas`` in lexicon/language.yaml):
        the attack is the killing, not an operation. Statements about the operation follow the killing."""
        lemmas = set(language()["attack_lemmas"])
        killings = {c.id: c for c in claims.values() if c.type in ("Atrocity", "Massacre")}
        accused = {}
        for part in claims.values():
            event = part.fields.get("event") if part.type == "Participation" else None
            event = event[0] if isinstance(event, list) and event else event
            actor = part.fields.get("actor")
            actor = actor[0] if isinstance(actor, list) and actor else actor
            if event in killings:
                for place in killings[event].fields.get("location") or []:
                    accused[(actor, place)] = killings[event]
        for key, c in list(claims.items()):
            actor, place = c.fields.get("actor"), c.fields.get("location") or [None]
            actor = actor[0] if isinstance(actor, list) and actor else actor
            killing = accused.get((actor, place[0])) if c.type == "Operation" else None
            if killing is None or not all(self._attacked_at(s, place[0], lemmas) for s in c.evidence):
                continue
            del claims[key]
            for statement in statements:
                regarding = statement.fields.get("regarding") or []
                if any(r is c for r in regarding):
                    merged: list = []
                    for r in (killing if r is c else r for r in regarding):
                        if not any(r is m for m in merged):
                            merged.append(r)
                    statement.fields["regarding"] = merged

    def _attacked_at(self, sentence, place: str, lemmas: set) -> bool:
        """True when a verb of ``lemmas`` in ``sentence`` governs a mention of ``place``."""
        if sentence.span is None:
            return False
        starts = {m.start for m in self.found_mentions[sentence.index] if m.entity == place}
        return any(a.lemma_.lower() in lemmas and a.pos_ == "VERB" for t in sentence.span if sentence.at(t) in starts
                   for a in t.ancestors)

    def slot_values(self, match, slots, mentions) -> dict | None:
        values: dict[str, list] = {}
        for name, role, cls, mod in slots:
            text = match.group(name)
            if text is None or role.startswith("_"):
                continue
            ids = []
            for index in re.findall(r"⟨d?(\d+)⟩", text):
                mention = mentions[int(index)]
                if role in ("controlled", "owned") and mention.text.lower() in ("its", "their", "his", "her"):
                    continue  # (round 17) "directs its recruitment network": the thing, not its owner
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


def _same_items(one, other) -> bool:
    """Whether two transfers may carry the same arms: items in common, or no items told for one of them."""
    a, b = set(one.fields.get("items") or []) - {"arms"}, set(other.fields.get("items") or []) - {"arms"}
    return not (a and b) or bool(a & b)


def _subsumed(here: list, claims: dict) -> list:
    """Drop a transfer without a supplier when the same sentence gives one with
    a supplier to the same recipient (the parse and a pattern read it twice),
    or one whose recipient the sentence makes the supplier of the same arms
    ("imported by X, which sold them to Y": how the middleman got them, round 26);
    and a sanctions measure the sentence reads again with more targets."""
    keep = []
    for c in here:
        if c.type == "ArmsTransfer" and not c.fields.get("supplier") and any(
                o.type == "ArmsTransfer" and o.fields.get("supplier") and (
                    o.fields.get("recipient") == c.fields.get("recipient") or o.fields.get("supplier") ==
                    c.fields.get("recipient") and _same_items(o, c)) for o in here):
            if len(c.evidence) == 1:
                claims.pop(c.key, None)
            continue
        if c.type == "SanctionsMeasure" and len(c.evidence) == 1 and any(_wider_measure(o, c) for o in here):
            claims.pop(c.key, None)  # (round 26) "adopted restrictive measures on A, freezing the funds of A, B and C"
            continue
        keep.append(c)
    return keep


def _wider_measure(wide, narrow) -> bool:
    """(round 26) Whether ``wide`` is the same measure as ``narrow`` read with more of its targets: one authority and
    status, no other legal basis, and targets that strictly hold the narrow one's (two triggers of one clause)."""
    if wide is narrow or wide.type != "SanctionsMeasure":
        return False
    same = all(wide.fields.get(k) == narrow.fields.get(k) for k in ("authority", "status"))
    bases = [set(m.fields.get("legal_basis") or []) for m in (wide, narrow)]
    return same and (not bases[0] or not bases[1] or bases[0] == bases[1]) and \
        set(narrow.fields.get("targets") or []) < set(wide.fields.get("targets") or [])


class _Default(dict):
    def __missing__(self, key):
        return "unnamed " + key


@lru_cache(maxsize=1)
def _owner_of_part() -> re.Pattern:
    """(round 26) A possessive, names and a noun of a part of a place just after a mention ("'s South Kivu
    province", "'s Kossa and Belko regions"): the mention only owns that part."""
    nouns = "|".join(re.escape(w) for w in language()["part_of_place_nouns"])
    return re.compile(r"['’]s\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:and|or)\s+|\s+|-)){1,6}(?i:" + nouns + r")\b")


@lru_cache(maxsize=1)
def _part_of_place() -> re.Pattern:
    """A name, a noun of a part of a place and "of" just before a mention ("the Varsa area of western ")."""
    words = language()
    # "the Brass and Southern Ijaw local government areas of ": up to two plain words before the part noun
    return re.compile(r"\b[A-Z][^\s,;.()]*(?:\s+(?!(?:in|the|of|and|or|a|an|to|at|on|for|with|from|by|its|their)\b)"
                      r"[a-z][\w-]*){0,2}\s+(?i:" + "|".join(re.escape(w) for w in words["part_of_place_nouns"]) +
                      r")\s+of\s+(?:the\s+)?(?:(?i:" + "|".join(re.escape(w) for w in words["bearing_adjectives"]) +
                      r")\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")  # (round 27) "arrondissements of Haiti's Artibonite department"


@lru_cache(maxsize=1)
def _part_in_place() -> re.Pattern:
    """(round 33) A part of a place named just before "in" and a mention ("the province of Los Ríos in central ",
    "Kayah State in eastern "): the mention only contains that part."""
    words = language()
    nouns = "|".join(re.escape(w) for w in words["part_of_place_nouns"] + ["state", "states"])
    name = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|or)){0,4}"
    return re.compile(r"\b(?:(?i:" + nouns + r")\s+of\s+(?:the\s+)?" + name + r"|" + name + r"\s+(?i:" + nouns +
                      r"))\s+in\s+(?:the\s+)?(?:(?i:" + "|".join(re.escape(w) for w in words["bearing_adjectives"]) +
                      r")\s+)?$")
