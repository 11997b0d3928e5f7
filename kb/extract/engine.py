"""From a document's text to candidate facts: mentions, anaphors, dates,
quantities, relations and attributed statements.

Everything language-specific comes from the YAML files in ``lexicon/``; this
module only applies them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from .. import dates
from .lexicon import estimates as estimate_lexicon
from .lexicon import language, relations
from .mentions import Gazetteer, Mention, Proposer, quoted_spans, slug
from .text import Sentence, sentences

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = re.compile(
    r"\b(?:(?:on|last|this|since|in|during|just|earlier|late|early)\s+)*"
    r"(?:" + _WEEKDAY + r"|(?:last|this) (?:month|year)|" + _MONTH + r"(?: \d{1,2})?(?:,? \d{4})?|(?<=in )\d{4}|yesterday|today)\b"
)


@dataclass
class Candidate:
    """One candidate fact or statement, before it is written as YAML."""

    type: str
    fields: dict
    evidence: list  # sentences
    key: tuple = ()
    id: str = ""


@dataclass
class Result:
    sentences: list
    mentions: list
    claims: list = field(default_factory=list)
    statements: list = field(default_factory=list)
    new_entities: list = field(default_factory=list)


def resolve_date(expression: str, anchor: dt.date | None):
    if anchor is None:
        return None
    cleaned = re.sub(r"^(?:just|on|in|during|since|earlier|late|early)\s+", "", expression.strip(), flags=re.I)
    value = dates.resolve(cleaned, anchor)
    if value is None or str(value) > anchor.isoformat():
        return None
    return cleaned, str(value)


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


class Extractor:
    """Extracts candidates from one document."""

    def __init__(self, gazetteer: Gazetteer, text: str, issued: dt.date | None):
        self.gaz = gazetteer
        self.text = text
        self.issued = issued
        self.lex = language()
        self.est = estimate_lexicon()
        self.quotes = quoted_spans(text)
        self.minted: dict[str, str] = {}  # ids of events found here -> their labels
        self._dates: dict[int, list] = {}  # sentence index -> its resolved dates
        self._drop = re.compile(r"(?<=\s)" + self.lex["adverbials"] + r",?\s|(?<=⟩)(?:['’]s)? "
                                + self.lex["subject_heads"] + r"(?=\s)")

    # ---------------------------------------------------------------- mentions
    def in_quote(self, start: int, end: int | None = None) -> bool:
        end = start if end is None else end
        return any(q0 < start and end <= q1 for q0, q1 in self.quotes)

    def mentions(self, sents: list[Sentence]) -> list[list[Mention]]:
        proposer = Proposer(self.gaz)
        per_sentence, history = [], []
        anaphors = [(re.compile(a["pattern"]), a) for a in self.lex["anaphors"]]
        for sentence in sents:
            found = self.gaz.find(sentence)
            found += proposer.propose(sentence, found)
            # second pass: later mentions of a newly proposed name
            found = _merge(found, self.gaz.find(sentence))
            for m in found:
                m.quoted = self.in_quote(m.start, m.end)
            for regex, spec in anaphors:
                for match in regex.finditer(sentence.text):
                    start, end = sentence.start + match.start(), sentence.start + match.end()
                    if any(not (end <= m.start or start >= m.end) for m in found):
                        continue
                    quoted = self.in_quote(start, end)
                    target = self.antecedent(spec, start, found, history, quoted, sentence)
                    if target:
                        found.append(Mention(start, end, target.entity, target.type, "anaphor", match.group(), quoted))
            found.sort(key=lambda m: m.start)
            per_sentence.append(found)
            history.extend(m for m in found if not m.quoted and m.kind != "demonym")
        return per_sentence

    def antecedent(self, spec, start, found, history, quoted, sentence):
        cls, not_cls = spec["class"], spec.get("not_class")
        if spec.get("scope") == "sentence-state-forces":
            states = [m.entity for m in found if self.gaz.is_a(m.entity, "State")]
            for entity in self.gaz.entities.values():
                if entity.type == "StateArmedForces" and any(s in entity.part_of for s in states):
                    return Mention(0, 0, entity.id, entity.type, "anaphor", "")
            return None
        earlier = [m for m in found if m.end <= start and m.kind != "demonym"]
        pool = earlier if quoted else history + [m for m in earlier if not m.quoted]
        avoid = spec.get("prefer_not")
        if avoid:  # "it": a firm named in the sentence before the state it is based in
            # tried from the end: this sentence's other organisations, then its states, then history
            inside = [m for m in pool if m in earlier]
            pool = [m for m in pool if m not in earlier] + [m for m in inside if self.gaz.is_a(m.entity, avoid)] + \
                [m for m in inside if not self.gaz.is_a(m.entity, avoid)]
        for mention in reversed(pool):
            if mention in earlier and re.fullmatch(r",? (?:an?|the) [\w\s-]{0,40}",
                                                   self.text[mention.end:start].rstrip()):
                continue  # "the Brigade, a militia it says ...": not its own antecedent
            if self.gaz.is_a(mention.entity, cls) and not (not_cls and self.gaz.is_a(mention.entity, not_cls)):
                return mention
        return None

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
        sents = sentences(self.text)
        found = self.mentions(sents)
        result = Result(sents, found)
        claims: dict[tuple, Candidate] = {}
        last_statement = None
        for sentence, mentions in zip(sents, found):
            masked, back = self.mask(sentence, mentions)
            spoken = self.speaker(sentence, mentions, masked, back)
            used_dates: set[int] = set()
            here = self.relations(sentence, mentions, masked, back, claims, used_dates)
            here += self.estimates_in(sentence, mentions, masked, spoken, claims, here)
            statement = self.statement(sentence, mentions, masked, spoken, here, claims, used_dates, last_statement)
            if statement:
                result.statements.append(statement)
            last_statement = statement
        result.claims = list(claims.values())
        result.new_entities = [e for e in self.gaz.entities.values() if e.new and any(
            m.entity == e.id for ms in found for m in ms)]
        for entity in result.new_entities:
            if entity.type in ("Settlement", "Region", "GovernmentBody") and not entity.part_of:
                entity.part_of = self.nearest_state(entity.id, found)
        return result

    def nearest_state(self, ident: str, found: list) -> list[str]:
        """The state named closest to an entity's first mention, in its sentence."""
        for mentions in found:
            first = next((m for m in mentions if m.entity == ident), None)
            if first:
                states = [m for m in mentions if m.entity != ident and self.gaz.is_a(m.entity, "State")]
                if states:
                    return [min(states, key=lambda m: abs(m.start - first.start)).entity]
                return []
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
        events = []
        for rtype, compiled in _compiled_relations().items():
            spec = specs[rtype]
            for regex, slots, options in compiled:
                for match in regex.finditer(masked):
                    values = self.slot_values(match, slots, mentions)
                    if values is None:
                        continue
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
                    fields = dict(spec.get("set") or {})
                    if rtype == "SanctionsMeasure":
                        fields["status"] = self.sanctions_status(spec, match.group())
                    start, end = back[match.start()], back[min(match.end(), len(back) - 1)]
                    date = self.relation_date(sentence, start, end, used_dates)
                    for combination in _expand(values, spec.get("expand") or []):
                        candidate = self.candidate(rtype, spec, combination, dict(fields), date, sentence)
                        candidate = self._add(claims, candidate, sentence)
                        if candidate not in here:
                            here.append(candidate)
                        if spec.get("event"):
                            events.append(candidate)
        return here

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

    def sanctions_status(self, spec, text: str) -> str:
        for status, regex in spec["status"].items():
            if re.search(regex, text, re.I):
                return status
        return "imposed"

    def relation_date(self, sentence, start, end, used_dates):
        for s, e, resolved in self.dates_in(sentence):
            speech = re.search(r"\b(?:said|says|told \w+|announced)\s*$", sentence.text[:s])
            if speech:
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
        names = {role: " and ".join(self.label(i) for i in ids) for role, ids in values.items()}
        slugs = {role: "-and-".join(ids) for role, ids in values.items()}
        ident = spec["id"].format_map(_Default(slugs))
        for role, ids in values.items():
            single = self.gaz_field_single(rtype, role)
            fields[role] = ids[0] if single else list(ids)
        if date:
            fields["date"], fields["date_as_written"] = date[1], date[0]
        fields = {"label": _sentence_case(spec["label"].format_map(_Default(names))),
                  "says": _sentence_case(spec["says"].format_map(_Default(names))), **fields}
        ident = slug(ident, 80)
        if spec.get("event"):
            self.minted.setdefault(ident, fields["label"][:1].lower() + fields["label"][1:])
        return Candidate(rtype, fields, [sentence], key, ident)

    single_roles = {"supplier", "recipient", "authority", "controller", "controlled", "jurisdiction", "actor",
                    "event", "member", "organisation", "role", "of", "measure", "category", "qualifier"}

    def gaz_field_single(self, rtype, role) -> bool:
        if rtype == "Participation" and role == "actor":
            return True
        return role in self.single_roles and not (rtype in ("Massacre",) and role == "location")

    # ---------------------------------------------------------------- estimates
    _NUMBER = re.compile(
        r"(?P<cur>US\$|\\?\$|€|£)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?P<mult>thousand|million|billion|bn)\b)?"
        r"(?:\s?(?P<pct>percent|per cent|%))?")

    def estimates_in(self, sentence, mentions, masked, spoken, claims, here) -> list[Candidate]:
        out = []
        text = sentence.text
        lower = text.lower()
        measure_for_sentence = None
        for match in self._NUMBER.finditer(text):
            if self.in_quote(sentence.start + match.start()):
                continue
            before = lower[: match.start()]
            after = lower[match.end(): match.end() + 40]
            if re.search(r"\b(?:in|since|of|by|until|from)\s*$", before) and re.fullmatch(r"(19|20)\d\d", match.group("num")):
                continue
            if re.fullmatch(r"(19|20)\d\d", match.group("num")) or re.search(_MONTH.lower() + r"\s*$", before):
                continue
            value = Decimal(match.group("num").replace(",", ""))
            if match.group("mult"):
                value *= self.est["multipliers"][match.group("mult")]
            money = bool(match.group("cur")) or bool(re.match(r"^\s*(?:dollars|euros|pounds)\b", after))
            percent = bool(match.group("pct"))
            if not money and not percent and value < 2:
                continue
            measure = self.measure(before, after, lower, money, percent) or (
                measure_for_sentence if re.search(r"\b(?:including|and|of whom|with)\s*$", before) else None)
            if not measure:
                continue
            measure_for_sentence = measure
            fields = {"measure": measure, "value": int(value) if value == int(value) else value}
            fields["qualifier"] = self.qualifier(before)
            if money:
                currency = match.group("cur") or re.match(r"^\s*(\w+)", after).group(1)
                fields["currency"] = self.est["currencies"].get(currency.lstrip("\\"), "USD")
                for period, cues in self.est["periods"].items():
                    if any(re.match(r"^\s*" + re.escape(c) + r"\b", after) for c in cues):
                        fields["per"] = period
            else:
                fields["unit"] = "percent" if percent else "people"
            # the words naming what is counted: up to the next comma or number,
            # or for a share, the rest of the sentence ("90 percent ... were convicts")
            window = lower[match.end():] if percent else re.split(r"[,;]|\d", after)[0]
            for category, cues in self.est["categories"].items():
                if any(re.search(r"\b" + re.escape(c) + r"\b", window) for c in cues):
                    fields["category"] = category
                    break
            of = self.estimate_of(measure, sentence, mentions, match, here)
            if not of:
                continue
            by = self.estimator(mentions, masked, spoken)
            if by:
                fields["estimated_by"] = by
            # when the estimate was made: a date said with it, else the day it was published
            said = next((r for s, e, r in self.dates_in(sentence) if re.search(
                r"\b(?:said|says|estimated|told \w+)\s*$", text[:s])), None)
            if said or self.issued:
                fields["date"] = said[1] if said else self.issued.isoformat()
                if said:
                    fields["date_as_written"] = said[0]
            names = {"of": self.label(of), "measure": measure.replace("-", " ")}
            ident = slug(f"{of}-{fields.get('category', '')}-{measure}-{fields['value']}")
            label = f"{names['of']}: {names['measure']}" + (f" ({fields['category']})" if "category" in fields else "")
            says = f"{label} {fields['qualifier'].replace('-', ' ')} {fields['value']} " + \
                (fields["currency"] if money else fields["unit"]) + "."
            key = ("Estimate", of, measure, fields.get("category"), str(fields["value"]))
            candidate = Candidate("Estimate", {"label": _sentence_case(label), "says": _sentence_case(says),
                                                        "of": of, **fields}, [sentence], key, ident)
            out.append(self._add(claims, candidate, sentence))
        return out

    def measure(self, before, after, sentence, money, percent):
        for spec in self.est["measures"]:
            unit = spec.get("unit")
            if unit == "money" and not money or unit == "percent" and not percent:
                continue
            if unit is None and (money or percent):
                continue
            near = spec.get("near")
            if near and not any(re.search(r"^(?:\s*[\w\"“”'-]+){0,3}?\s*\b" + re.escape(w) + r"\b", after) for w in near):
                continue
            cues = spec.get("sentence") or []
            if cues and not any(re.search(r"\b" + re.escape(c), sentence) for c in cues):
                continue
            clause = re.split(r"[,;]| and (?!\w+ed\b)", after)[0] if spec.get("after") else ""
            if spec.get("after") and not any(re.search(r"\b" + re.escape(c), clause) for c in spec["after"]):
                continue
            return spec["measure"]
        return None

    def qualifier(self, before: str) -> str:
        tail = before[-30:]
        for qualifier, words in self.est["qualifiers"].items():
            for word in sorted(words, key=len, reverse=True):
                if re.search(r"\b" + re.escape(word) + r"\s*\\?$", tail.rstrip("$").rstrip("\\").rstrip()
                             + " ") or re.search(r"\b" + re.escape(word) + r"\s+\\?\$?$", tail):
                    return qualifier
        return "exactly"

    def estimate_of(self, measure, sentence, mentions, match, here):
        if measure == "civilians-killed":
            event = next((c for c in here if self.gaz.ontology.is_a(c.type, "Atrocity")), None)
            return event.id if event else None
        position = sentence.start + match.start()
        groups = [m for m in mentions if self.gaz.is_a(m.entity, "ArmedGroup") and not m.quoted]
        if not groups:
            return None
        after = [m for m in groups if 0 <= m.start - (sentence.start + match.end()) <= 12]
        if after:
            return after[0].entity
        before = [m for m in groups if m.end <= position]
        return (before[-1] if before else groups[0]).entity

    def estimator(self, mentions, masked, spoken):
        match = re.search(r"[Aa]ccording to (?:the |an? )?⟨d?(\d+)⟩(?:'s)? (?:\w+ )?(?:information|intelligence|estimates?|figures|data|officials|report|assessment)", masked)
        if match:
            return mentions[int(match.group(1))].entity
        return spoken[0] if spoken else None

    # ---------------------------------------------------------------- statements
    def speaker(self, sentence, mentions, masked, back):
        """(speaker id, stance, verb start in masked text) for the sentence, or None."""
        speech, stance_of = _speech()
        according = re.search(r"\b[Aa]ccording to (?:the |an? )?⟨(\d+)⟩(?![^,]*?(?:information|intelligence|estimate|figures|data))", masked)
        for match in speech.finditer(masked):
            if self.in_quote(sentence.start + back[match.start()]):
                continue
            before = masked[: match.start()]
            before = re.sub(r"(?:\s+(?:himself|herself|itself|themselves|also|later|then|reportedly|allegedly|"
                            r"has|have|had|previously|earlier|again|on \w+|just|publicly|"
                            + _WEEKDAY + r"))+\s*$", " ", before)
            token = re.search(r"⟨(\d+)⟩(,?)\s*$", before)
            speaker = None
            if token:
                mention = mentions[int(token.group(1))]
                # "Kirby said"; with a comma only a person ("..., Helen Marsh, said")
                if self.gaz.is_a(mention.entity, "Person" if token.group(2) else "Actor"):
                    speaker = mention.entity
            if speaker is None and (not token or token.group(2)) and re.search(r"[,\"”]\s*$", before):
                tail = masked[match.end():]
                run = re.match(r"^((?:\s*(?:" + _WEEKDAY + r"|the|a|an|[\w-]+|⟨d?\d+⟩|\(⟨\d+⟩\)|'s))*?)\s*(?:[,.;:]|$)", tail)
                tokens = [mentions[int(i)] for i in re.findall(r"⟨(\d+)⟩", run.group(1))] if run else []
                people = [m for m in tokens if self.gaz.is_a(m.entity, "Person")]
                actors = [m for m in tokens if self.gaz.is_a(m.entity, "Actor")]
                if people:
                    speaker = people[-1].entity
                elif actors:
                    speaker = actors[0].entity
            if speaker:
                return speaker, stance_of[match.group(1)], match.start()
        passive = re.search(r"\b(?:was|were|has been|have been|had been) (denied|rejected|dismissed|disputed|"
                            r"confirmed|backed|welcomed) by (?:the )?⟨(\d+)⟩", masked)
        if passive and self.gaz.is_a(mentions[int(passive.group(2))].entity, "Actor"):
            verb = passive.group(1)
            stance = "denies" if verb in ("denied", "rejected", "dismissed", "disputed") else \
                "concurs" if verb in ("backed", "welcomed") else "asserts"
            return mentions[int(passive.group(2))].entity, stance, passive.start()
        saying = re.search(r",\s+saying\b", masked)
        if saying and not self.in_quote(sentence.start + back[saying.start()]):
            first = re.match(r"^[^⟨]{0,40}?⟨(\d+)⟩", masked)
            if first and self.gaz.is_a(mentions[int(first.group(1))].entity, "Actor"):
                return mentions[int(first.group(1))].entity, "asserts", saying.start()
        if according:
            mention = mentions[int(according.group(1))]
            if self.gaz.is_a(mention.entity, "Actor"):
                return mention.entity, "asserts", according.start()
        return None

    def statement(self, sentence, mentions, masked, found, here, claims, used_dates, last):
        quote_only = all(self.in_quote(sentence.start + i) or sentence.text[i] in " \"“”" for i in range(len(sentence.text))) \
            if sentence.text.startswith(("\"", "“")) else False
        if not found:
            if quote_only and last is not None and last.fields.get("quote"):
                found = (last.fields["speaker"], "asserts", 0)
            else:
                return None
        speaker, stance, verb_at = found
        fields: dict = {"speaker": speaker}
        clause = masked[verb_at:]
        on_behalf = None
        for kind, regex in self.lex["stance_clause"].items():
            m = re.search(r"(?:the )?⟨d?(\d+)⟩\s+" + regex, clause)
            if m:
                stance = kind
                subject = mentions[int(m.group(1))].entity
                if subject != speaker:
                    on_behalf = subject
        membership = self.gaz.memberships.get(speaker) or self.membership_here(speaker, claims)
        if membership:
            organisation, role = membership
            if role and role != "None":
                fields["role"] = role
            fields["on_behalf_of"] = on_behalf or organisation
        elif on_behalf:
            fields["on_behalf_of"] = on_behalf
        for s, e, resolved in self.dates_in(sentence):
            if s in used_dates or self.in_quote(sentence.start + s):
                continue
            fields["date"], fields["date_as_written"] = resolved[1], resolved[0]
            break
        lower = sentence.text.lower()
        for channel, cues in self.lex["channels"].items():
            if any(c.lower() in lower for c in cues):
                fields["channel"] = channel
                break
        carried = re.search(r"carried by (?:the )?⟨(\d+)⟩", masked)
        if carried and self.gaz.is_a(mentions[int(carried.group(1))].entity, "MediaOutlet"):
            fields["carried_by"] = mentions[int(carried.group(1))].entity
        fields["stance"] = stance
        for hedge in self.lex["hedges"]:
            if re.search(r"\b" + re.escape(hedge) + r"\b", lower):
                fields["hedge"] = hedge
                break
        quotes = [self.text[q0 + 1:q1 - 1].rstrip(",") for q0, q1 in self.quotes
                  if sentence.start <= q0 and q1 <= sentence.end]
        quotes = [q for q in quotes if len(q.split()) >= 2]
        if quotes:
            fields["quote"] = quotes if len(quotes) > 1 else quotes[0]
        regarding = [c for c in here if c.type != "Membership" or c.fields.get("member") != speaker]
        if not regarding and stance in ("denies", "concurs"):
            parents = {speaker, fields.get("on_behalf_of")} | set(self.gaz.entities[speaker].part_of if speaker in self.gaz.entities else [])
            regarding = [c for c in claims.values() if c.type not in ("Estimate",) and any(
                (parents & set(v)) if isinstance(v, list) else (v in parents) for v in c.fields.values())]
        if not regarding:
            about = []
            for m in mentions:
                if m.entity != speaker and m.kind != "demonym" and m.entity not in about:
                    about.append(m.entity)
            if not about and any(m.entity == speaker for m in mentions):
                about = [speaker]
            if not about:
                return None  # nothing the claim could be about
            says = fields.get("quote") if isinstance(fields.get("quote"), str) else sentence.text
            ident = slug(" ".join(re.findall(r"[\w-]+", says)[:8]))
            claim = Candidate("Claim", {"says": says, "about": about}, [sentence], ("Claim", sentence.index), ident)
            claims[claim.key] = claim
            regarding = [claim]
        fields["regarding"] = regarding  # resolved to ids when written
        ident = slug(f"{speaker}-{stance}-{regarding[0].id}", 80)
        return Candidate("Statement", fields, [sentence], ("Statement", sentence.index), ident)

    def membership_here(self, speaker, claims):
        for candidate in claims.values():
            if candidate.type == "Membership" and candidate.fields.get("member") == speaker:
                return candidate.fields.get("organisation"), candidate.fields.get("role")
        return None


@lru_cache(maxsize=1)
def _speech() -> tuple[re.Pattern, dict]:
    """The speech verbs of the lexicon as one regex, and each verb's stance."""
    stance_of = {verb: stance for stance in ("asserts", "denies", "concurs") for verb in language()["speech"][stance]}
    words = sorted((re.escape(v) for v in stance_of), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(words) + r")\b"), stance_of


def _merge(first: list[Mention], second: list[Mention]) -> list[Mention]:
    out = list(first)
    for m in second:
        if all(m.end <= o.start or m.start >= o.end for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start)


def _expand(values: dict, roles: list) -> list[dict]:
    combos = [dict(values)]
    for role in roles:
        if role not in values:
            continue
        combos = [{**c, role: [item]} for c in combos for item in values[role]]
    return combos


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


class _Default(dict):
    def __missing__(self, key):
        return "unknown"
