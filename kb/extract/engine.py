"""From a document's text to candidate facts: mentions, anaphors, dates,
quantities, relations and attributed statements.

Everything language-specific comes from the YAML files in ``lexicon/``; this
module only applies them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .anaphora import MentionFinder
from .arms import arms_named, lead_in, list_item
from .entities import EntityFinder
from .coding import ParsedFacts
from .estimates import EstimateFinder
from .measured import unnamed_source
from .events import EventCoder
from .found import _DATE, Candidate, Result, resolve_date
from .lexicon import estimates as estimate_lexicon
from .lexicon import language
from .mentions import Gazetteer, Mention, quoted_spans
from .named import penalty_only
from .nlp import Sentence
from .ourvoice import OwnVoice
from .people import in_contact_line, signed
from .compass import named_after_state
from .postroles import apposed_roles
from .measures import targets_running_authority
from .posts import head_posts, territory_posts
from .unnamed import counted_members
from .unlisted import retype_unlisted_states
from .publishers import dateline_city, issuing_lines, masthead_spans, signoff_spans
from .relpatterns import RelationPatterns
from .reportauthors import REPORT
from .statements import StatementFinder, channel_in
from .text import sentences


def _repoint(result: Result, old: str, new: str) -> None:
    """Every list field of every claim and statement of ``result`` that names ``old`` names ``new`` instead (once)."""
    for candidate in result.claims + result.statements:
        for key, value in candidate.fields.items():
            if isinstance(value, list) and old in value:
                candidate.fields[key] = list(dict.fromkeys(new if v == old else v for v in value))


class Extractor(RelationPatterns, MentionFinder, EstimateFinder, StatementFinder, OwnVoice, ParsedFacts):
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
        self.sets_named: set[int] = set()  # sentences whose counted targets the next sentence names (measures.py)
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
                    self.coder.attach(sentence, mentions)
                    self.posts(sentence, mentions, claims)
                continue  # "UN experts say rebels received heavy weapons": the body says it again
            self.mentions_here = mentions
            self.coded_triggers = set()
            masked, back = self.mask(sentence, mentions)
            used_dates: set[int] = set()
            self.coder.attach(sentence, mentions)  # posts look names up in the sentence's own tokens
            posts = self.posts(sentence, mentions, claims)
            here = self.relations(sentence, mentions, masked, back, claims, used_dates) + posts
            spoken = self.speaker(sentence, mentions, masked, back)
            here += self.estimates_in(sentence, mentions, masked, spoken, claims, here)
            statement = self.statement(sentence, mentions, masked, spoken, here, claims, used_dates, last_statement)
            if statement is None and not spoken:  # "We documented 11 men killed" in a monitor's own report
                statement = self.own_voice(sentence, mentions, here, claims)
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
        # (round 22) an estimate "according to the report" is the body's that wrote it, once settled; else no one's
        said = {id(c): s.fields["speaker"] for s in result.statements for c in s.fields["regarding"]}
        unsettled = {id(c) for c in claims.values() if c.fields.get("estimated_by") == REPORT}
        for claim in claims.values():
            if id(claim) in unsettled and said.get(id(claim), REPORT) != REPORT:
                claim.fields["estimated_by"] = said[id(claim)]
            elif id(claim) in unsettled:
                del claim.fields["estimated_by"]
        result.statements = self.join_body_and_spokesman(result.statements)
        self.summarised_killings(claims, result.statements)  # "We documented three attacks", then each attack
        self.join_widened(claims, result.statements)
        self.merge_parent_authorities(claims, result.statements)
        for statement in result.statements:  # a channel no cue gave: language.yaml channel_unstated
            if "channel" not in statement.fields:  # a cue in another sentence of the same act of saying
                statement.fields.update(channel_in(statement.evidence, self.lex["channels"]))
            statement.fields.setdefault("channel", self.lex["channel_of_author"] if self.author and
                                        statement.fields.get("speaker") == self.author else self.lex["channel_unstated"])
        self.attacks_told_as_killings(claims, result.statements)  # "attacked the market in X", then the toll
        heads = head_posts(list(claims.values()))  # (round 29) "led by A" and "two of its commanders, A and B"
        heads |= targets_running_authority(list(claims.values()))  # (round 33) "the man who manages it" is no head of X
        result.claims = [c for c in claims.values() if not _self_related(c) and id(c) not in heads]
        for statement in result.statements:
            statement.fields["regarding"] = [c for c in statement.fields["regarding"] if id(c) not in heads] or \
                statement.fields["regarding"]
        for claim in result.claims:  # an estimate no one is reported to have made is the source's own
            if claim.type == "Estimate" and "estimated_by" not in claim.fields and self.author and \
                    id(claim) not in unsettled and not any(
                    unnamed_source(s, found[s.index]) for s in claim.evidence):  # "..., local officials said": no one's
                claim.fields["estimated_by"] = self.author
        result.new_entities = self.new_entities(found, result)
        territory_posts(result.claims, result.statements, self.gaz)  # (round 29) "The governor of X, Y": a post of X's state
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
        closing = signoff_spans(self.text)  # (round 38) "Issued by: / Communication Office": the press office
        city = (dateline_city(self.text) or "").casefold()  # where the writer files from: only when a fact needs it
        mentioned = {m.entity for sentence, ms in zip(self.sents, found) for m in ms
                     if (not self.heading(sentence) and m.kind != "anaphor" or " " in self.gaz.entities[m.entity].label)
                     and not in_contact_line(sentence.text, self.gaz.entities[m.entity].type)
                     and not (self.gaz.entities[m.entity].type == "LegalInstrument" and  # (round 22) "punishable under"
                              penalty_only(self.text[max(0, m.start - 120):m.start]))
                     and not self.publication(m)
                     and not any(s <= m.start and m.end <= e for s, e in own + (
                         closing if self.gaz.entities[m.entity].type != "Person" else []))  # its signer stays
                     and not (city and self.gaz.entities[m.entity].label.casefold() == city)}
        # "told Meridian Wire": the wire agency of the dateline ("LOMÉ, Dec 2 (Meridian Wire) -") named again
        own_names = {self.text[s:e].strip() for s, e in own if s and self.text[s - 1] == "("}
        # (round 30) "told Zambezi Wire" after "(Zambezi Wire Service)": the credit less a tail, two words or more
        own_names |= {short for n in own_names for t in language()["agency_name_tails"] if n.endswith(" " + t)
                      and len((short := n[:-len(t) - 1]).split()) >= 2}
        # "Haki Mlima Observatory is an independent ...": a firm or NGO whose masthead line is its name alone
        # is the publisher, named again in a footer or as "us"
        own_names |= {n for n in (self.text[s:e].strip() for s, e in own if not s or self.text[s - 1] == "\n")
                      if any(e.label == n and e.type in ("Company", "Organisation") for e in self.gaz.entities.values())
                      and re.fullmatch(r"[^\n|–—]+", n) and (self.text.find(n + "\n") >= 0)}
        issuers = issuing_lines(self.text)  # (round 27) "Ministry of Foreign Affairs" over "Press release": the publisher
        own_names |= {e.label for e in self.gaz.entities.values() if e.new and e.type == "GovernmentBody" and any(
            line == n or len(n.split()) > 2 and line.startswith(n + " of ") for n in e.names for line in issuers)}
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
            city and e.label.casefold() == city or e.label in own_names or
            re.match(self.lex["publication_pattern"], e.label) or e.label in self.lex["messaging_services"])}
        for candidate in result.claims + result.statements:
            about = candidate.fields.get("about")
            if isinstance(about, list) and any(v in passing for v in about) and any(v not in passing for v in about):
                # a claim about the group "told reporters in Nairobi": about the group only, never an id not proposed
                candidate.fields["about"] = [v for v in about if v not in passing]
            for key, value in candidate.fields.items():
                want([v for v in value if v not in passing] if key == "about" and isinstance(value, list) else value)
        want(getattr(self, "silent_speakers", []))  # (round 20) "The provincial government said ...": no statement
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
                if sentence.index not in self.sets_named:  # (round 20) unless the next sentence names them
                    want(counted_members(self.finder, sentence, mentions))  # "two of its commanders" a measure names
        self._definite_weapons(result, wanted)
        self._one_calibre_rounds(result, wanted)
        used = {v for c in result.claims + result.statements for value in c.fields.values()
                for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)}
        kinds = [self.gaz.entities[i].label for i in wanted if self.gaz.entities[i].type == "WeaponType"]
        # "drones" beside "reconnaissance drones": the bare word names no type of its own unless a fact uses it;
        # (round 17) nor "assault rifles" beside "Vektor R4 assault rifles" (a model or calibre, with a number)
        wanted = [i for i in wanted if i in used or self.gaz.entities[i].type != "WeaponType" or
                  " " in self.gaz.entities[i].label and not any(
                      k.endswith(" " + self.gaz.entities[i].label) and re.search(r"\d", k[:-len(self.gaz.entities[i].label)])
                      for k in kinds) or
                  not any(k.endswith(" " + self.gaz.entities[i].label) for k in kinds)]
        retype_unlisted_states([self.gaz.entities[i] for i in wanted], self.text)  # (round 20) "Sorenia's army"
        for ident in wanted:  # grows while it is read: what the new entities refer to
            entity = self.gaz.entities[ident]
            if ident in self.finder.located:
                entity.extra.setdefault("location", self.finder.located[ident])
            if entity.type in ("Settlement", "Region", "GovernmentBody") and not entity.part_of:
                entity.part_of = self.nearest_state(ident, found)
            want(entity.part_of)
            want(list(entity.extra.values()))
        self._state_bodies_named(wanted, found)
        self._parent_units(wanted, found)
        return [self.gaz.entities[i] for i in wanted]

    def _state_bodies_named(self, wanted: list, found: list) -> None:
        """(round 17) "the Ministry of the Interior", "the Financial Intelligence Unit" named without their state
        (``stateless_bodies`` in language.yaml) in a document whose state is clear (:meth:`document_state`):
        "Ministry of the Interior of Latvia", part of it, the name as written an alias."""
        owned = {m.entity for ms in found for m in ms if re.match(r"\s+of\s", self.text[m.end:m.end + 5])}
        bodies = [i for i in wanted if self.gaz.entities[i].type == "GovernmentBody" and not self.gaz.entities[i].part_of
                  and re.fullmatch(self.lex["stateless_bodies"], self.gaz.entities[i].label)
                  and i not in owned]  # never "the Ministry of Defence of a third State"
        state = self.document_state(found) if bodies else None
        for ident in bodies if state else []:
            entity = self.gaz.entities[ident]
            written = entity.label
            if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", written, re.I)
                   for n in self.gaz.entities[state].names if n):
                continue  # "Ministry of Foreign Affairs and Trade of the Republic of North Macedonia": named with it
            entity.label = f"{written} of {self.gaz.entities[state].label}"
            entity.names += [n for n in (written,) if n not in entity.names]
            entity.part_of = [state]

    def _parent_units(self, wanted: list, found: list) -> None:
        """(round 37) A new unit a text names only with one organisation that is no state, before it ("MINUSCA's
        Human Rights Division") or after it ("the Human Rights Division of the United Nations Mission in X"): named
        with that parent as written, part of it and of its class (``parent_unit_heads``)."""
        mentions = [m for ms in found for m in ms]
        for ident in wanted:
            entity = self.gaz.entities[ident]
            if not entity.new or entity.part_of or len(entity.label.split()) < 2 or \
                    entity.label.split()[-1] not in self.lex["parent_unit_heads"]:
                continue
            names, parents = [], set()
            for m in (m for m in mentions if m.entity == ident and m.kind != "anaphor"):
                owner = [(f"{self.text[o.start:o.end]} {entity.label}", o.entity) for o in mentions
                         if o.end <= m.start and re.fullmatch(r"['’]s\s+", self.text[o.end:m.start])] + \
                        [(self.text[m.start:o.end], o.entity) for o in mentions
                         if o.start >= m.end and re.fullmatch(r"\s+of\s+(?:the\s+)?", self.text[m.end:o.start])]
                names += [n for n, _ in owner[:1]]
                parents |= {p for _, p in owner[:1]} if owner else {None}
            parent = next(iter(parents)) if len(parents) == 1 else None
            if parent is None or parent == ident or not self.gaz.is_a(parent, "Organisation") or \
                    self.gaz.is_a(parent, "State") or self.gaz.is_a(parent, "GovernmentBody"):
                continue
            entity.names += [n for n in (entity.label,) if n not in entity.names]
            entity.label = names[0]
            entity.part_of, entity.type = [parent], self.gaz.entities[parent].type  # a unit is of its parent's class

    def document_state(self, found: list) -> str | None:
        """The state a document is about, when it is clear: the state its masthead names, else the one its
        mentions name (a state, its demonym, its bodies and forces) at least three times and twice as often as any
        other; ``None`` otherwise."""
        counts: Counter = Counter()
        for mentions in found:
            for m in mentions:
                entity = self.gaz.entities.get(m.entity)
                if entity is None:
                    continue
                if entity.type == "State":
                    counts[m.entity] += 1
                elif entity.type in ("GovernmentBody", "StateArmedForces"):
                    counts.update(p for p in entity.part_of if self.gaz.is_a(p, "State"))
        head = " ".join(self.text[s:e] for s, e in masthead_spans(self.text)).casefold()
        named = [i for i in counts if re.search(r"\b" + re.escape(self.gaz.entities[i].label.casefold()) + r"\b", head)]
        if len(named) == 1:
            return named[0]
        ranked = counts.most_common(2) + [(None, 0)]
        return ranked[0][0] if ranked[0][1] >= 3 and ranked[0][1] >= 2 * ranked[1][1] else None

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
            _repoint(result, bare, fuller[0])
            wanted.remove(bare)

    def _one_calibre_rounds(self, result: Result, wanted: list) -> None:
        """(round 37) "- 22,000 rounds of 7.62 mm ammunition;": the one kind of ammunition a document counts in
        rounds by its bore alone, with no other calibre of ammunition beside it, is ammunition; two calibres, or a
        cartridge's full name ("9x19mm ammunition"), keep their names."""
        kinds = [i for i in wanted if self.gaz.entities[i].type == "WeaponType" and
                 re.search(r"\d.*\bammunition$", self.gaz.entities[i].label)]
        label = self.gaz.entities[kinds[0]].label if len(kinds) == 1 else ""
        if not re.fullmatch(r"[\d.]+\s*(?:mm|millimetre|millimeter)\s+ammunition", label) or \
                not re.search(r"\brounds\s+of\s+" + re.escape(label) + r"\b", self.text, flags=re.I):
            return
        plain = self.finder.weapon("ammunition")
        _repoint(result, kinds[0], plain)
        if plain in wanted:
            wanted.remove(kinds[0])
        else:
            wanted[wanted.index(kinds[0])] = plain

    def publication(self, mention) -> bool:
        """(round 17) True for a name that is where texts are published or posted, not an actor: a gazette, an
        official journal or register ("the Kestria Gazette"; ``publication_pattern``), the name after the noun
        "gazette" ("the official gazette Vestnik Ostravy"), a messaging service ("a message on Telegram";
        ``messaging_services``). Such a name is proposed only when a fact uses it (a newspaper that reports)."""
        label = self.gaz.entities[mention.entity].label
        return bool(re.match(self.lex["publication_pattern"], label)) or label in self.lex["messaging_services"] or \
            bool(re.search(r"\b(?:gazette|journal)\s+$", self.text[max(0, mention.start - 20):mention.start]))

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
        named = None if named_after_state(entity.label, self.finder.countries) else self.finder.named_state(entity.label)
        if named:
            return [named]  # "Armed Forces of the Philippines", "Nigerian Army", Juba (a capital)
        for mentions in found:
            for mention in mentions:
                if mention.entity == ident:
                    state = self.finder.stated_state(mention, mentions, self.text, self.nearest_state)
                    if state:
                        return [state]
        return []


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
