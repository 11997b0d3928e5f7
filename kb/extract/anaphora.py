"""Mentions of one document: the gazetteer's names, new names, and anaphors ("the group", "its", "the province",
"the capital") resolved to an earlier mention, to the subject of the pronoun's clause, or to a state's forces or
capital. Mixed into :class:`kb.extract.engine.Extractor`. ``named_as_source`` (used by the post and event coders)
tells a pronoun's antecedent from a body named only as the source of a claim."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import bodies
from .mentions import Mention
from .namesakes import split_namesakes
from .nlp import Sentence, is_dateline
from .subjects import ClauseSubjects


def named_as_source(x, index: int, ident: str, start: int) -> bool:
    """(round 26) True when the latest name of ``ident`` before offset ``start`` (in sentence ``index`` or the one
    before) is the object of "according to" ("..., according to the Board. Its director, X", "According to the
    Group, it is led by X"): the source a claim is credited to, no antecedent of the pronoun at ``start``. ``x``
    gives ``sents`` and ``found_mentions``."""
    named = [(i, m) for i in (index - 1, index) if 0 <= i < len(x.found_mentions)
             for m in x.found_mentions[i] if m.entity == ident and m.kind not in ("anaphor", "demonym") and m.end <= start]
    if not named:
        return False
    i, m = max(named, key=lambda p: p[1].start)
    span = x.sents[i].span if i < len(x.sents) else None
    token = None if span is None else next(
        (t for t in reversed(span) if x.sents[i].at(t) < m.end and x.sents[i].at(t) >= m.start), None)
    while token is not None and token.dep_ in ("compound", "flat", "amod", "nmod", "appos") and token.head.i != token.i:
        token = token.head
    return token is not None and token.dep_ == "pobj" and token.head.lower_ == "to" and \
        token.head.head.lower_ == "according"


class MentionFinder(ClauseSubjects):
    """Needs ``gaz``, ``finder``, ``lex``, ``quotes``, ``text`` and ``sents``."""

    def in_quote(self, start: int, end: int | None = None) -> bool:
        end = start if end is None else end
        return any(q0 < start and end <= q1 for q0, q1 in self.quotes)

    def mentions(self, sents: list[Sentence]) -> list[list[Mention]]:
        per_sentence, history, heard = [], [], []  # heard: mentions inside quotations
        self.finder.sentences = sents  # the type votes read every sentence's parse (kb/extract/votes.py)
        anaphors = [(re.compile(a["pattern"]), a) for a in self.lex["anaphors"]]
        for sentence in sents:
            found = _own_bodies_only(self.gaz, self.lex, sentence, self.gaz.find(sentence))
            self.finder.in_heading = self.heading(sentence)
            found += self.finder.propose(sentence, found)
            # second pass: later mentions of a newly proposed name
            found = _merge(found, self.gaz.find(sentence))
            found = self.state_forces(sentence, found)
            self.finder.saw(sorted(found, key=lambda m: m.start))
            for m in found:
                m.quoted = self.in_quote(m.start, m.end)
            for regex, spec in anaphors:
                for match in regex.finditer(sentence.text):
                    start, end = sentence.start + match.start(), sentence.start + match.end()
                    if any(not (end <= m.start or start >= m.end) for m in found):
                        continue
                    start, words = _anaphor_start(sentence, start, end, match.group())
                    if start is None or _no_anaphor(sentence, start, end, found):
                        continue
                    quoted = self.in_quote(start, end)
                    target = self.antecedent(spec, start, found, history, quoted, sentence)
                    if target is None and not quoted and spec.get("class") == "ArmedGroup" and spec.get("not_class") \
                            and " " in match.group():  # a noun ("the group"), never a bare "they"
                        # (round 16) "... to an armed group in X called Y," he said. "The group is commanded by ...":
                        # a group named only inside a quotation, when no other fits
                        target = self.antecedent(spec, start, [], heard, quoted, sentence)
                    if target and _bare_army(match.group(), spec, self.gaz.entities.get(target.entity)):
                        continue  # (round 16) "the army" with no state force named yet: no rebel "Brigade" either
                    if target:
                        found.append(Mention(start, end, target.entity, target.type, "anaphor", words, quoted))
            found.sort(key=lambda m: m.start)
            per_sentence.append(found)
            history.extend(m for m in found if not m.quoted and m.kind != "demonym" and not _describing(self.gaz, sentence, m, found))
            heard.extend(m for m in found if m.quoted and m.kind != "demonym")
        self._generic_forces_named()
        merged = getattr(self.finder, "merged", {})  # "Navy" of a headline inside "the Navy of the Dominican Republic"
        for found in per_sentence:  # a class the type votes changed after a mention was made
            for m in found:
                while m.entity in merged:
                    m.entity = merged[m.entity]
                entity = self.gaz.entities.get(m.entity)
                if entity is not None and entity.new and m.type != entity.type and m.kind != "demonym":
                    m.type = entity.type
        for old in merged:
            self.gaz.entities.pop(old, None)
        if merged:
            self.gaz.refresh()
        split_namesakes(self.finder, per_sentence, self.text)  # (round 27) "X cercle" and the town of X
        return per_sentence

    def _generic_forces_named(self) -> None:
        """(round 16) "an army spokeswoman" before "the Philippine Army": the state's forces proposed under a
        generic label ("<demonym> armed forces") are the one army the document names for that state (a new
        force whose name ends in words of ``army_name_words``), when it names exactly one."""
        words = self.lex["army_name_words"]
        heads = tuple(words) + tuple(w + "s" for w in words if w.endswith("force"))  # "... Defence Forces"
        for entity in list(self.gaz.entities.values()):
            if not entity.new or entity.type != "StateArmedForces" or not entity.part_of or \
                    entity.id != f"{entity.part_of[0]}-armed-forces" or entity.extra.get("_branch"):
                continue
            named = [e.id for e in self.gaz.entities.values() if e.new and e.id != entity.id and
                     e.type == "StateArmedForces" and entity.part_of[0] in e.part_of and e.label.lower().endswith(heads)]
            if len(named) == 1:
                self.finder.merge_into(entity.id, named[0])

    def state_forces(self, sentence: Sentence, found: list[Mention]) -> list[Mention]:
        """A demonym before a noun for forces names the state's forces: "the
        Mozambican armed forces", "the Congolese army", "Burundian soldiers",
        "Kenyan police officers" (known forces, or proposed as "<demonym> armed
        forces" / "<demonym> police")."""
        if sentence.span is None:
            return found
        forces = set(self.lex["role_nouns"]["forces"])
        out = []
        for m in found:
            token = next((t for t in sentence.span if sentence.at(t) == m.start), None) if m.kind == "demonym" else None
            head = token.head if token is not None and token.dep_ in ("amod", "compound", "nmod") else None
            while head is not None and head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "NOUN":
                head = head.head  # "Kenyan police officers"
            if head is None or head.i <= token.i or not (
                    head.lemma_.lower() in forces or any(t.lemma_.lower() in forces for t in token.doc[token.i + 1:head.i])):
                out.append(m)
                continue
            units = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                     if g.dep_ == "pobj"]
            if units and any(x.start <= sentence.at(units[0]) < x.end and self.gaz.is_a(x.entity, "ArmedGroup")
                             for x in found):
                out.append(m)  # (round 17) "Kenyan soldiers of the 5th X Brigade": the unit's men (kb/extract/roles.py)
                continue
            # (round 19) "a Malian army officer": the forces are "Malian army", the officer one of their men
            last = head if head.lemma_.lower() in forces else \
                max(t for t in token.doc[token.i + 1:head.i] if t.lemma_.lower() in forces)
            end = sentence.end_of(head)
            written = self.text[m.start:sentence.end_of(last)]
            ident = self.coder.forces(m.entity, written)
            out.append(Mention(m.start, end, ident, self.gaz.entities[ident].type, "name", written))
        return out

    def antecedent(self, spec, start, found, history, quoted, sentence):
        cls, not_cls = spec["class"], spec.get("not_class")
        if spec.get("scope") == "capital":
            ident = self.finder.capital(self.dateline_city(), self.finder.main_state())
            return Mention(0, 0, ident, "Settlement", "anaphor", "") if ident else None
        if spec.get("scope") == "main-state":
            ident = self.finder.main_state()
            return Mention(0, 0, ident, "State", "anaphor", "") if ident else None
        if spec.get("scope") == "sentence-state-forces":
            states = [m.entity for m in found if self.gaz.is_a(m.entity, "State")]
            for entity in self.gaz.entities.values():
                if entity.type == "StateArmedForces" and any(s in entity.part_of for s in states):
                    return Mention(0, 0, entity.id, entity.type, "anaphor", "")
            # "the Ghana Armed Forces have held X ... and government troops have been deployed in Y": no state
            # named alone, the state's forces the sentence names (or, failing that, the text named last)
            forces = [m for m in found + history[::-1] if m.kind != "demonym" and self.gaz.is_a(m.entity, "StateArmedForces")]
            return Mention(0, 0, forces[0].entity, "StateArmedForces", "anaphor", "") if forces and not states else None
        heads = spec.get("heads")
        if heads is not None:  # "its fighters", "it seized": only where the pronoun's noun or verb fits the class
            token = next((t for t in sentence.span if sentence.at(t) == start), None) if sentence.span is not None \
                else None
            if token is None or token.head.lemma_.lower() not in heads:
                return None
        if spec.get("subject_first") and not quoted:
            subject = self.clause_subject(sentence, start, found, cls, not_cls)
            if subject:
                return subject
        earlier = [m for m in found if m.end <= start and m.kind != "demonym"]
        if not quoted and self.unnamed_speaker(sentence, start, found):
            # "The army said its troops ...": the state's forces the text named, else none
            forces = [m for m in earlier[::-1] + history[::-1] if m.kind != "demonym" and
                      self.gaz.is_a(m.entity, "StateArmedForces")]
            return forces[0] if forces and self.gaz.is_a(forces[0].entity, cls) else None
        voice = self.voice_topic(spec, start, found, history, quoted, sentence)
        if voice is not None:  # (round 32, trade) "X said in a statement ... . Its spokesperson, Y, said": X
            return voice or None
        if (heads is not None or spec.get("topic_first") and self._opens(sentence, start)) and not quoted \
                and not earlier:  # (round 21) "... to the UK sanctions list. It also froze": the body, not the UK
            topic = self.previous_subject(sentence, history, cls, not_cls)
            if topic:  # "The X Front has kept a base at the workings of Y. Its fighters ...": the Front, not Y
                return topic
        pool = earlier if quoted else history + [m for m in earlier if not m.quoted]
        bound = self.co_subject(sentence, start, found) | self.reporter(sentence, start, found)
        if bound:  # "The Department designated it": an object pronoun is never its own clause's subject
            pool = [m for m in pool if m.entity not in bound]
        avoid, stop = spec.get("prefer_not"), spec.get("stop_at")
        if avoid:  # "it": a firm named in the sentence before the state it is based in
            # tried from the end: this sentence's other organisations, then its states, then history
            inside = [m for m in pool if m in earlier]
            pool = [m for m in pool if m not in earlier] + [m for m in inside if self.gaz.is_a(m.entity, avoid)] + \
                [m for m in inside if not self.gaz.is_a(m.entity, avoid)]
        armed = self.armed_noun(spec, start, sentence)
        named = self.named_by_noun(spec, start, sentence, pool) or _described_by_noun(self, spec, start, sentence, pool)
        if named is not None and spec.get("class") == "ArmedGroup" and not self.gaz.is_a(named.entity, cls):
            entity = self.gaz.entities.get(named.entity)  # (round 39) "X, a band ... the band": X, a group (no place)
            if entity is None or not entity.new or entity.type not in ("Place", "Settlement", "Region"):
                return None
            entity.type, entity.part_of = "ArmedGroup", [p for p in entity.part_of if not self.gaz.is_a(p, "State")]
        if named is not None or spec.get("named_only"):
            return named
        if self.unnamed_before(spec, start, sentence, pool):
            return None
        if self.unit_unnamed(spec, start, sentence, pool):
            return None  # (round 20) "fighters of the battalion" when no body named a battalion: not another group
        titled = self.titled_noun(spec, start, sentence)
        for mention in reversed(pool):
            if titled and not self.titled(mention.entity, titled, pool):
                continue  # "the minister added": the person the text called a minister, no one else
            if mention in earlier and re.fullmatch(r",? (?:an?|the) [\w\s-]{0,40}",
                                                   self.text[mention.end:start].rstrip()):
                continue  # "the Brigade, a militia it says ...": not its own antecedent
            if armed and self.armed_by_cues(mention):
                return Mention(mention.start, mention.end, mention.entity, "ArmedGroup", mention.kind, mention.text)
            if (armed or cls == "ArmedGroup" and not_cls) and self.state_by_cues(mention):
                continue  # "Intelligence gathered by the Coast Guard indicates that the gang ...": never the state's
            if self.gaz.is_a(mention.entity, cls) and not (not_cls and self.gaz.is_a(mention.entity, not_cls)):
                return mention
            if spec.get("or_exactly") and mention.entity in self.gaz.entities and \
                    self.gaz.entities[mention.entity].type == spec["or_exactly"]:
                # "Its chairman" after a body of no known kind: that body, named in this sentence or the two
                # before (round 21: never a university named paragraphs earlier)
                return mention if mention.start >= self._before_start(sentence) else None
            if stop and self.gaz.is_a(mention.entity, stop) and not any(
                    self.gaz.is_a(mention.entity, c) for c in spec.get("pass_over", ())):
                return None  # another kind of organisation was named since: the general rule decides
        return None

    def voice_topic(self, spec, start, found, history, quoted, sentence):
        """(round 32, trade) "Its spokesperson, Y, said" opening a sentence after one whose main subject is an
        organisation: that organisation when it fits the class, ``False`` when it does not (no other body
        named since), ``None`` for any other pronoun (``voice_topic`` in the spec: the lemmas of the voice)."""
        nouns = spec.get("voice_topic")
        token = next((t for t in sentence.span if sentence.at(t) == start), None) \
            if nouns and sentence.span is not None and not quoted else None
        if token is None or token.dep_ != "poss" or token.head.lemma_.lower() not in nouns or \
                token.head.dep_ not in ("nsubj", "nsubjpass") or token.head.head.dep_ != "ROOT" or \
                any(m.end <= start and m.kind != "demonym" for m in found):
            return None
        topic = self.previous_subject(sentence, history, "Organisation", None)
        if topic is None or self.gaz.is_a(topic.entity, "State"):
            return None
        fits = self.gaz.is_a(topic.entity, spec["class"]) and not (
            spec.get("not_class") and self.gaz.is_a(topic.entity, spec["not_class"])) or \
            spec.get("or_exactly") and getattr(self.gaz.entities.get(topic.entity), "type", None) == spec["or_exactly"]
        # (round 34, trade) "X welcomed the Council's decision. Its director, Y, told ...": X; a topic of
        # another kind leaves the spec's general rule to decide (``voice_falls_back``)
        return topic if fits else None if spec.get("voice_falls_back") else False

    def named_by_noun(self, spec, start, sentence, pool):
        """The latest earlier mention whose name ends with the anaphor's noun
        ("the brigade" after "the Red Hand Brigade", "the battalion" after
        "the 41st Mountain Battalion", "the company" after "Marsk Trading
        Company"), for the armed-group and company patterns; never a state.
        ``None`` when no name ends so."""
        if spec.get("class") not in ("ArmedGroup", "Company") and not spec.get("named_only") or \
                spec.get("heads") is not None:
            return None
        match = _compiled(spec["pattern"]).match(sentence.text, start - sentence.start)
        if match is None or len(match.group().split()) != 2:
            return None  # "the armed group": a description, not a short form of a name
        noun = match.group().split()[-1].lower()
        for mention in reversed(pool):
            entity = self.gaz.entities.get(mention.entity)
            if entity is not None and mention.kind != "anaphor" and not self.gaz.is_a(mention.entity, "State") and \
                    entity.label.split()[-1].lower() == noun and len(entity.label.split()) > 1:
                return mention
        return None

    def unnamed_before(self, spec, start, sentence, pool) -> bool:
        """(round 20) True when a firm's noun ("the store") was last used indefinitely for a thing the text
        does not name ("the consignee is a hardware store"), after the last firm named: "the store's owner"
        is that store's, no firm's. "X, a store in Y" and "X is a store" describe X (no unnamed thing)."""
        if spec.get("class") != "Company" or spec.get("heads") is not None:
            return False
        match = _compiled(spec["pattern"]).match(sentence.text, start - sentence.start)
        firms = [m.end for m in pool if self.gaz.is_a(m.entity, "Company")]
        if match is None or not firms:
            return False
        noun = match.group().split()[-1].lower()
        for s in (self.sents or [])[max(0, sentence.index - 3):sentence.index + 1]:
            for t in s.span if s.span is not None else ():
                if not firms[-1] <= s.at(t) < start or t.lemma_.lower() != noun or not any(
                        d.dep_ == "det" and d.lower_ in ("a", "an", "another") for d in t.children):
                    continue
                subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None) if t.dep_ == "attr" else None
                described = t.dep_ == "appos" and t.head.pos_ == "PROPN" or subject is not None and \
                    subject.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children) or \
                    any(re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*,\s*", self.text[m.end:s.at(t.left_edge)])
                        for m in pool if m.end <= s.at(t.left_edge))  # "X d.o.o., a broker" however parsed
                if not described:
                    return True
        return False

    def unit_unnamed(self, spec, start, sentence, pool) -> bool:
        """True when the anaphor is "the <unit noun>" (``unit_anaphor_nouns``: "the battalion", "the brigade")
        and no body named before has that noun in its name: the text's unit is none of them."""
        match = _compiled(spec["pattern"]).match(sentence.text, start - sentence.start) \
            if spec.get("class") == "ArmedGroup" and spec.get("heads") is None else None
        noun = match.group().split()[-1].lower() if match is not None and len(match.group().split()) == 2 else None
        return noun in self.lex["unit_anaphor_nouns"] and not any(
            noun in self.gaz.entities[m.entity].label.lower().split() for m in pool if m.entity in self.gaz.entities)

    def titled_noun(self, spec, start, sentence) -> str | None:
        """The noun of a post ("official", "minister": ``title_nouns``,
        lexicon/language.yaml) a Person anaphor at ``start`` is, else ``None``."""
        if spec.get("class") != "Person":
            return None
        match = _compiled(spec["pattern"]).match(sentence.text, start - sentence.start)
        noun = match.group().split()[-1].lower() if match and " " in match.group() else None
        return noun if noun in self.lex["title_nouns"] else None

    def titled(self, ident, noun, pool) -> bool:
        """True when a mention of ``ident`` in ``pool`` carries the post
        ``noun`` just before it ("Interior Minister X") or in an apposition
        just after it ("X, a senior official, said")."""
        word = _compiled(r"(?i)\b" + re.escape(noun) + r"s?\b")
        for m in pool:
            if m.entity != ident or m.kind == "anaphor":
                continue
            before = re.split(r"[,.;:()\"“”]", self.text[max(0, m.start - 40):m.start])[-1]
            after = re.match(r",([^,.;]{0,60})[,.;]", self.text[m.end:m.end + 70])
            if word.search(before) or after and word.search(after.group(1)):
                return True
        return False

    def armed_noun(self, spec, start, sentence) -> bool:
        """True when the anaphor at ``start`` is "the gang", "the militia" (an armed-group
        anaphor whose noun is one of ``armed_anaphor_nouns`` in lexicon/language.yaml; not
        "the group", which may be a company's)."""
        if spec.get("class") != "ArmedGroup" or spec.get("heads") is not None:
            return False
        match = _compiled(spec["pattern"]).match(sentence.text, start - sentence.start)
        return match is not None and match.group().split()[-1].lower() in self.lex["armed_anaphor_nouns"]

    def armed_by_cues(self, mention) -> bool:
        """True for a new organisation of no known kind that the document's cues call
        armed at least once and never a state's body (:meth:`kb.extract.votes.TypeVotes.votes`):
        "the gang" after it is that organisation ("the Marsh Road Posse, an armed gang ...
        Police estimate that the gang has ..."), which the noun then types an armed group."""
        entity = self.gaz.entities.get(mention.entity)
        if entity is None or not entity.new or entity.type != "Organisation" or entity.assumed_known:
            return False
        armed, state = self._cues(mention.entity)
        if not armed and not state:  # "the Gully Dons, a gang which operates ...": the noun itself, no adjective
            names = "|".join(re.escape(n) for n in sorted(entity.names, key=len, reverse=True) if len(n) >= 3)
            nouns = "|".join(re.escape(n) for n in self.lex["armed_anaphor_nouns"])
            # "the Gully Dons (GD), a gang": the abbreviation between the name and its description too
            armed = bool(names) and bool(re.search(r"\b(?:" + names + r")(?:\s+\([^()]{1,12}\))?,\s+an?\s+(?:[\w-]+\s+){0,2}?(?:" + nouns +
                                                   r")\b", self.text))
        if not armed or state:
            return False
        entity.type = "ArmedGroup"
        return True

    def state_by_cues(self, mention) -> bool:
        """True for a new name the document's cues call a state's body and never armed,
        or whose last words name a state's service ("the Coast Guard", "the Gendarmerie", "the Burkinabe army"
        however the name was typed; ``state_service_heads`` in lexicon/language.yaml): no gang or group."""
        entity = self.gaz.entities.get(mention.entity)
        if entity is None or not entity.new or entity.assumed_known or not self.gaz.is_a(mention.entity, "Organisation"):
            return False
        if any(entity.label.lower().endswith(h.lower()) for h in self.lex["state_service_heads"]):
            return True
        words = unicodedata.normalize("NFKD", entity.label).encode("ascii", "ignore").decode().split()
        if len(words) == 2 and words[0] in self.lex["demonyms"] and words[1].lower() in ("army", "military", "forces"):
            return True  # "the Burkinabe army" however the name was typed
        armed, state = self._cues(mention.entity)
        return bool(state) and not armed

    def _cues(self, ident: str) -> tuple[int, int]:
        cache = self.__dict__.setdefault("_armed_votes", {})  # one count per entity and set of names
        key = (ident, tuple(self.gaz.entities[ident].names))
        if key not in cache:
            cache[key] = self.finder.votes(ident)
        return cache[key]

    def _before_start(self, sentence) -> int:
        """Where the sentence two before ``sentence`` starts (or the first sentence's start)."""
        return self.sents[max(0, sentence.index - 2)].start if sentence.index and self.sents else sentence.start

    def dateline_city(self) -> str | None:
        """The city of the document's dateline ("PORT-AU-PRINCE, Sept 3, 2026 (...) -"), or ``None``."""
        for sentence in (self.sents or [])[:8]:
            if is_dateline(sentence.text):
                return re.match(r"^[^,(—–-]+(?:-[^,(—–-]+)*", sentence.text).group().strip()
        return None


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _anaphor_start(sentence: Sentence, start: int, end: int, words: str) -> tuple:
    """(round 18) Where an anaphor the pattern matched starts, and its words: a "that" the parse makes the
    clause's conjunction is none of it ("said that the group had" -> "the group"; "told reporters that fighters
    of X attacked": no anaphor, ``None``)."""
    if sentence.span is None or not words.lower().startswith("that "):
        return start, words
    tokens = [t for t in sentence.span if start <= sentence.at(t) < end]
    if len(tokens) < 2 or tokens[0].lower_ != "that" or tokens[0].dep_ != "mark" and tokens[0].head in tokens:
        return start, words
    if tokens[1].lower_ in ("the", "this", "these", "those") and tokens[1].dep_ == "det":
        return sentence.at(tokens[1]), words[sentence.at(tokens[1]) - start:]
    return None, words


def _described_by_noun(x, spec, start: int, sentence: Sentence, pool) -> Mention | None:
    """(round 39) The latest name apposed to the noun ("X, a dahalo band") or opening with it ("Brigade de X")."""
    match = _compiled(spec["pattern"]).match(sentence.text, start - sentence.start) if spec.get("heads") is None else None
    words = match.group().split() if match is not None and spec.get("class") == "ArmedGroup" else ()
    noun = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,3}?" + re.escape(words[-1].lower()) + r"\b") if len(words) == 2 else None
    body = lambda m: words[-1].lower() in x.lex["generic_anaphor_nouns"] and x.gaz.is_a(m.entity, "Organisation") and \
        not x.gaz.is_a(m.entity, "ArmedGroup")  # noqa: E731 - "X, a monitoring group ... the group": no X ("the band": X)
    return next((m for m in reversed(pool) if m.kind != "anaphor" and not body(m) and (noun.match(x.text, m.end) or m.entity
                 in x.gaz.entities and x.gaz.entities[m.entity].label.split()[0].lower() == words[-1].lower())), None) if noun else None


def _describing(gaz, sentence: Sentence, m: Mention, found: list[Mention]) -> bool:
    """(round 34, trade) "the X Movement (XM), a Mai-Mai coalition": a name that only qualifies the noun apposed
    to another body's name describes that body, no antecedent of a later "it" / "the group" of its own ("Corvana, a
    Kelso Brigade stronghold": a place's description still names the Brigade)."""
    if sentence.span is None:
        return False
    tokens = [t for t in sentence.span if m.start <= sentence.at(t) < m.end]
    last = tokens[-1] if tokens else None
    if last is None or last.dep_ not in ("compound", "amod", "nmod") or last.head.i <= last.i or \
            last.head.pos_ != "NOUN" or last.head.dep_ != "appos":
        return False
    named = last.head.head
    return any(o is not m and o.entity != m.entity and o.kind != "demonym" and gaz.is_a(o.entity, "Organisation")
               and o.start <= sentence.at(named) < o.end for o in found)


def _no_anaphor(sentence: Sentence, start: int, end: int, found: list[Mention]) -> bool:
    """(round 18) True when the noun an anaphor pattern matched names its own group ("the fighters of the X
    Front", "those gunmen from X"): no one named before."""
    noun = " " in sentence.text[start - sentence.start:end - sentence.start].strip()  # never "his", "its"
    if noun and any(m.start > end and not sentence.text[end - sentence.start:m.start - sentence.start].strip() and
           m.kind not in ("anaphor", "demonym") for m in found):
        return True  # (round 28) "the armed group Liwa X": the noun the name right after it is apposed to
    if sentence.span is None:
        return False
    tokens = [t for t in sentence.span if start <= sentence.at(t) < end]
    if not tokens:
        return False
    noun = tokens[-1]
    named = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for g in p.children
             if g.dep_ == "pobj"]
    return any(m.start <= sentence.at(g) < m.end for g in named for m in found)


@lru_cache(maxsize=1)
def _state_bodies() -> frozenset:
    """Ids of the lexicon's bodies that belong to one state ("Foreign Office": the United Kingdom's)."""
    return frozenset(b["id"] for b in bodies() if b.get("part_of") and not b.get("assumed_known"))


def _own_bodies_only(gaz, lex, sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """(round 33) "the Federal Foreign Office", "the Kestrian Foreign Office": a state's body of the lexicon
    named after a state body's adjective or another state's demonym is another state's body, no mention of it."""
    def other_state(m):  # (round 36) "the Treasury of Moldova", "Moldova's Treasury": another state's own body
        own = gaz.entities[m.entity].part_of
        return bool(own) and any(gaz.is_a(o.entity, "State") and o.entity not in own and (
            re.fullmatch(r"\s+of\s+(?:the\s+)?", sentence.text[m.end - sentence.start:o.start - sentence.start]) or
            re.fullmatch(r"['’]s?\s+", sentence.text[o.end - sentence.start:m.start - sentence.start])) for o in found)

    def qualified(m):
        word = re.search(r"(?:^|\s)([A-Z][\w-]*)\s$", sentence.text[:m.start - sentence.start])
        if word is None:
            return False
        state = gaz.demonyms.get(word.group(1))
        return word.group(1) in lex["state_body_adjectives"] or state is not None and \
            state not in gaz.entities[m.entity].part_of
    return [m for m in found if not other_state(m) and (m.entity not in _state_bodies() or not qualified(m))]


def _merge(first: list[Mention], second: list[Mention]) -> list[Mention]:
    out = list(first)
    for m in second:
        if all(m.end <= o.start or m.start >= o.end for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start)


def _bare_army(text: str, spec: dict, entity) -> bool:
    """True when "the army" / "the military" would stand for a non-state armed group whose name
    says neither word ("the Tarvo Brigade"): in a report the bare noun is the state's army (an
    "Arakan Army" may still be "the army")."""
    if spec.get("class") != "ArmedGroup" or entity is None or \
            not re.fullmatch(r"[Tt]he (?:army|military)", text):
        return False
    return not re.search(r"\b(?:army|military|armed forces)\b", entity.label, re.I)

