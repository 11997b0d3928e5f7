"""Who fills a slot when the parse does not say it directly: weapons named in
the sentence before or after, items listed before a trigger or after a colon,
the authority named before, places within a region, and whether a sanctions
trigger reports a decision taken, announced or lifted (``sanctions_status``).
Mixed into :class:`kb.extract.events.EventCoder`, which gives the sentence,
its mentions and the gazetteer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language, verbs, weapons
from .irrealis import measure_effect
from .named import is_arms


@lru_cache(maxsize=1)
def _part_then_of() -> re.Pattern:
    """(round 26) What stands between a place's name and the larger place that only contains it: a noun of a part
    of a place and "of" (" municipality of ", " district of the ", " area of western "; ``part_of_place_nouns``)."""
    words = language()
    return re.compile(r"\s+(?i:" + "|".join(re.escape(w) for w in words["part_of_place_nouns"]) + r")\s+of\s+(?:the\s+)?"
                      r"(?:(?i:" + "|".join(re.escape(w) for w in words["bearing_adjectives"]) + r")\s+)?")


@lru_cache(maxsize=2)
def _listed_gap(places: bool) -> re.Pattern:
    """What may stand between two listed names (", ", " and ", ", its leader "; for places " and the villages of "),
    compiled once."""
    sites = "|".join(language()["site_of_nouns"]) if places else "(?!)"
    # (round 16) "in X and around the towns of Y", "in X and in the north of Y": a second place phrase
    # coordinated with the first (a preposition of place, a bearing or a part before "of")
    again = r"(?:(?:in|around|across|near|along|throughout)\s+)?" if places else ""
    # (round 20) "across X and neighbouring Y": an adjective of nearness before the second place
    again += r"(?:(?:" + "|".join(language()["near_place_words"]) + r")\s+)?" if places else ""
    parts = "|".join(verbs()["words"]["bearings"] + ["part", "parts", "outskirts"]) if places else "(?!)"
    # (round 17) "A, and his first mate, B", "on X, an armed group, and on its leader, Y": a second name after its title
    # (round 26) "A, a gun shop in X, and of its owner, B"; "on A, a group active in X, on its commander, B": the
    # preposition again ("of" too), with or without "and"
    titled = r"|(?:,\s+an?\s+[a-z][^,()]{0,60})?(?:,?\s+and|,(?=\s+(?:on|against|to|of)\s))\s+" \
        r"(?:(?:on|against|to|of)\s+)?(?:his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+" \
        r"(?:(?:" + "|".join(re.escape(h) for h in language()["honorifics"]) + r")\s+)?" if not places else ""
    # (round 36, trade) "and of its leader, Sheikh B": an honorific before the name (language.yaml honorifics)
    # (round 22) "A, the B Brigade and C": an article before a listed name that is no place
    the = r"(?:the\s+)?" if not places else ""
    # (round 35, events) "A, its leader, B, its chief financial officer, C": the title set off by commas too
    return re.compile(r"(?:\s*\([A-Z][\w.-]{0,11}\))?(?:,\s*(?:and\s+)?(?:(?:its|their)\s+(?:[a-z][\w-]*\s+){0,2}"
                      r"[a-z][\w-]*(?:,\s+|\s+))?" + titled + r"|\s+and\s+" + again + r"(?:the\s+(?:(?:" + sites + r")s?|" + parts +
                      r")\s+of\s+)?)" + the)


# (round 21) "Zarqa-based", "Cyprus-registered": a place's name hyphened to the name after it
_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b")
_BASED = re.compile(r"-(?:based|registered|headquartered|incorporated)\s+")
# (round 22) "and the Lagos-based fishing and haulage company C": the lower-case words of the kind after the place
_BASED_KIND = re.compile(r"-(?:based|registered|headquartered|incorporated)\s+((?:[a-z][\w-]*\s+){0,5})")
# (round 15) "A, B and the company C": the kind of body written before a listed name (verbs.yaml words.business_nouns);
# (round 22) with up to three words of trade before it ("the gold exporter C", "the livestock and transport company C")
# (round 26) "and the Chadian haulage company C": a demonym among them; "distributor", "forwarder" (trade_kind_nouns)
_KINDS = "|".join(verbs()["words"]["business_nouns"] + verbs()["words"]["trade_kind_nouns"])
_KIND_BEFORE = re.compile(r"\s+the\s+(?:[A-Za-z][\w-]*\s+(?:and\s+)?){0,3}(?:" + _KINDS + r")\s+$")
# (round 26) "and the Tampico fuel distributor C", "and the Malian freight forwarder C": the kind after a place or a
# demonym that the list's name follows
_PLACE_KIND = re.compile(r"\s+((?:[a-z][\w-]*\s+(?:and\s+)?){0,3}(?:" + _KINDS + r")\s+)")
# (round 26) ", a gun shop in X": inside the description of a listed name, whose places are no items of the list
# (round 32, trade) after the name's abbreviation too: "A (AB), an armed group from X, and of its commander, B"
_DESCRIBED = re.compile(r"(?:\s*\([A-Z][\w.-]{0,11}\))?,\s+an?\s+[a-z][^,()]{0,60}$")

# (round 24, trade) 'its leader Y, alias "Z", and C': a listed person's alias is no break in the list
_ALIAS = re.compile(r",?\s+(?:alias|a\.k\.a\.?|aka|(?:also\s+)?known\s+as|nicknamed|dubbed)\s+[\"“']?[^,\"“”']{1,40}[\"”']?(?=,)")


# (round 25) "the leader of A, B": a name in an "of" phrase is no item of the list after it
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
# (round 29) "a militia allied with the X Army, the Y": the ally a description names is no item of a list
_ALLY_BEFORE = re.compile(r"\b(?:" + "|".join(language()["ally_words"]) + r")\s+(?:with|to|by)\s+(?:the\s+)?$")


class SlotLists:
    """Mixed into the event coder: slot fillers found around the trigger."""

    def items_named_near(self, step: int) -> list[str]:
        """Weapon types the sentence before (``step`` -1) or after (+1) names
        as what was found ("The team found 58 armoured vehicles and more than
        200 crates of ammunition"; ``inventory_verbs`` in weapons.yaml), or []."""
        index = self.sentence.index + step
        if index < 0 or not self.x.sents or index >= len(self.x.sents) or self.x.sents[index].span is None:
            return []
        found = set(weapons()["inventory_verbs"])
        # (round 17) the token indices of this sentence's names mean nothing in another sentence's parse: a name
        # here ("the Gulf of Aden") must not cut words from an item there ("25 anti-tank guided missiles")
        saved, self.at = self.at, {}
        try:
            nouns = [t for t in self.x.sents[index].span if t.pos_ == "NOUN" and t.dep_ in ("dobj", "conj", "nsubjpass")
                     and any(is_arms(self.item_phrase(c)) for c in self.contents(t))
                     and any(a.lemma_.lower() in found for a in t.ancestors if a.pos_ == "VERB")]
            return [i for i in self.items(nouns) if i != "arms"]
        finally:
            self.at = saved

    def items_before(self, tokens) -> list[str]:
        """The items of the latest transfer in this or the sentence before, for a
        pronoun that stands for them ("delivered them"); [] otherwise."""
        if not any(t.lower_ in ("them", "these", "those") for t in tokens):
            return []
        for coded in reversed(self.coded_here):
            if coded.relation == "ArmsTransfer" and coded.values.get("items"):
                return list(coded.values["items"])
        for claim in reversed(list(self.x.claims.values())):
            if claim.type == "ArmsTransfer" and self.sentence.index - claim.evidence[-1].index <= 1:
                return list(claim.fields.get("items") or ["arms"])
        # "The rifles had their serial numbers ground off. No one knows who supplied them": the arms the sentence
        # before has for its subject
        before = self.x.sents[self.sentence.index - 1] if self.x.sents and self.sentence.index > 0 else None
        if before is None or before.span is None:
            return []
        nouns = [t for t in before.span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
                 and any(is_arms(self.item_phrase(c)) for c in self.contents(t))]
        # "The assault rifles" after "7.62 x 39 mm assault rifles": the type named in full before
        types = [e.id for e in self.x.gaz.entities.values() if e.type == "WeaponType"]
        return [next((t for t in types if t.endswith("-" + i)), i) for i in self.items(nouns) if i != "arms"]

    def listed_after(self, tokens, ids, cls) -> list[str]:
        """Names listed right after the last one a role found, which the parse
        may hang elsewhere ("the assets of A, B and C" with C parsed apart):
        mentions of the same class joined by commas and "and"."""
        mentions = sorted({id(m): m for m in self.at.values()}.values(), key=lambda m: m.start)
        found = [m for t in tokens for m in [self.at.get(t.i)] if m is not None and m.entity in ids]
        if not found and tokens:  # "the trawler's master, A, and his mate, B": the name after a title
            first = self.sentence.at(tokens[0])
            found = [m for m in mentions if m.entity in ids and m.start > first][:1]
        if not found:
            return []
        last, out, based = max(found, key=lambda m: m.end), [], None
        if cls not in ("Place", "Settlement"):  # (round 25) the parse may find only the list's last name
            out = self._listed_before(min(found, key=lambda m: m.start), mentions, ids, cls)
        for m in mentions:
            if m.start < last.end:
                continue
            if m.entity == last.entity or m.kind == "anaphor" and self.x.text[m.start:m.end].lower() in ("its", "their"):
                continue  # "X (XF), its leader Y": the abbreviation, the possessive before a title
            listing = cls not in ("Place", "Settlement")
            if based is None and listing and self.x.gaz.is_a(m.entity, "Place") and _BASED.match(self.x.text, m.end):
                based, kinds = m, _BASED_KIND  # (round 21) "A, B and Zarqa-based C": where C is, no item of the list
                continue
            if based is None and listing and (m.kind == "demonym" or self.x.gaz.is_a(m.entity, "Place")) and \
                    _PLACE_KIND.match(self.x.text, m.end):
                based, kinds = m, _PLACE_KIND  # (round 26) "and the Tampico fuel distributor C": C's kind
                continue
            if based is None and listing and self.x.gaz.is_a(m.entity, "Place") and \
                    _DESCRIBED.fullmatch(self.x.text, last.end, m.start):
                continue  # (round 26) "A, a gun shop in X, and of its owner, B": X describes A
            # "X (XF), its leader Y and Z": a title with "its"/"their" before a listed name
            # (round 15) "in X and the villages of Y and Z": places listed after a place noun and "of"
            kind = kinds.fullmatch(self.x.text, based.end, m.start) if based is not None else None
            gap = self.x.text[last.end:m.start] if kind is None else self.x.text[last.end:based.start] + kind.group(1)
            based = None
            between = _KIND_BEFORE.sub(" ", _ALIAS.sub("", gap))  # "and the company Z": "and Z"
            if not _listed_gap(cls in ("Place", "Settlement")).fullmatch(between) or \
                    not self.x.gaz.is_a(m.entity, cls) or m.kind in ("demonym", "anaphor") or \
                    re.match(r"['’]s\b", self.x.text[m.end:m.end + 3]):
                break  # "Adama Kourouma, the brigade's commander": a description, not a second name
            if self._subject_of_verb(m):
                break  # "sanctions on Kestrel Trading, the White House said": the speaker, not a target
            out.append(m.entity)
            last = m
        return out

    def _listed_before(self, first, mentions, ids, cls) -> list[str]:
        """(round 25) Names listed before the first one a role found ("on the group A, its commander B and the
        company C" parsed with C alone under "on"): walked back while only a list's gap stands between them;
        none in an "of" phrase ("the leader of A, B") or before "'s"."""
        out = []
        for m in reversed([m for m in mentions if m.end <= first.start]):
            if m.entity == first.entity or m.entity in ids or m.kind == "anaphor" and \
                    self.x.text[m.start:m.end].lower() in ("its", "their"):
                continue  # "A, its leader B": the possessive before a title
            between = _KIND_BEFORE.sub(" ", _ALIAS.sub("", self.x.text[m.end:first.start]))
            if not _listed_gap(False).fullmatch(between) or not self.x.gaz.is_a(m.entity, cls) or \
                    m.kind in ("demonym", "anaphor") or re.match(r"['’]s\b", self.x.text[m.end:m.end + 3]) or \
                    _OF_BEFORE.search(self.x.text, max(0, m.start - 12), m.start) or self._subject_of_verb(m) or \
                    _ALLY_BEFORE.search(self.x.text, max(0, m.start - 30), m.start):
                break
            out.insert(0, m.entity)
            first = m
        return out

    def authority_named_before(self, token, ids: list[str]) -> list[str]:
        """Who a sanctions measure's subject is when it names the imposer
        short: "the Committee added X" after "the Security Council Committee
        established pursuant to resolution N", the last body named whose name
        has that noun (``short_body_nouns`` in lexicon/language.yaml); "it
        removed X" after "the Committee added Y", the imposer of the measure
        coded in the sentence before, not an armed group the pronoun would
        stand for. Otherwise ``ids`` unchanged."""
        mention = self.at.get(token.i)
        # "the Committee" that an alias made a mention of an armed group ("the Sebungwe Defence Committee")
        short = mention is not None and mention.text.lower() == token.lower_ and not any(
            self.x.gaz.is_a(mention.entity, c) for c in ("State", "GovernmentBody", "InternationalOrganisation"))
        # (round 19) "the Ministry" alone, for which nothing else resolved (measure_body_nouns)
        alone = token.lemma_.lower() in self.measure_nouns and not ids and not any(c.dep_ == "prep" for c in token.children)
        if (token.i not in self.at or short) and (token.lemma_.lower() in self.body_nouns or alone) and \
                any(c.lower_ == "the" for c in token.children):
            noun = token.lemma_.lower()
            named = next((i for i in reversed(self._named_before() if noun in self.measure_nouns else
                                              self.x.finder.seen) if i in self.x.gaz.entities and
                          noun in self.x.gaz.entities[i].label.lower().split() and any(
                              self.x.gaz.is_a(i, c) for c in ("GovernmentBody", "InternationalOrganisation"))), None)
            return [named] if named else ids
        last = self.last_authority
        if token.pos_ == "PRON" and token.lower_ in ("it", "they") and last and \
                self.sentence.index - last[0] <= 1 and not any(
                    self.x.gaz.is_a(i, c) for i in ids for c in ("State", "GovernmentBody", "InternationalOrganisation")):
            return list(last[1])
        return ids

    def _named_before(self) -> list[str]:
        """(round 19) The entities the sentences before this one name, in order (never one named later:
        "the Department of the Treasury's Office ..." is no Department of State named further on)."""
        return [m.entity for ms in self.x.found_mentions[:self.sentence.index] for m in ms]

    def named_after_colon(self, trigger, counted: list[str]) -> list[str]:
        """The actors a colon after counted targets lists ("designated two
        entities and two individuals: A (AB), a company based in X; its
        leader, B; ..."): in each item between semicolons, the first actor
        named that is neither a place nor a possessive ("A's director, B": B);
        [] unless there are at least two items and every item names one."""
        sets = [self.x.gaz.entities[i] for i in counted]
        end = self.sentence.end_of(trigger)
        # "designated two entities and two individuals as subject to sanctions: ..." (words of the clause between)
        colon = re.match(r"[^;:.]{0,120}:", self.x.text[end:self.sentence.end])
        if not colon or not sets:
            return []
        start = end + colon.end()
        items, at = [], start
        for piece in self.x.text[start:self.sentence.end].split(";"):
            # (round 31) "..., and an agent, B, who X says moved the boats": a relative clause names no one listed
            clause = _RELATIVE.search(piece)
            items.append((at, at + (clause.start() if clause else len(piece))))
            at += len(piece) + 1
        mentions = sorted({id(m): m for m in self.at.values()}.values(), key=lambda m: m.start)

        def actors(a, b):
            return [m.entity for m in mentions if a <= m.start < b and m.kind not in ("demonym", "anaphor")
                    and self.x.gaz.is_a(m.entity, "Actor") and not any(
                        self.x.gaz.is_a(m.entity, c) for c in ("State", "Place", "Settlement", "Region"))
                    and not re.match(r"['’]s\b", self.x.text[m.end:m.end + 3])]
        if len(items) < 2:
            # "added two members to its list: the group's quartermaster, A, and its financier, B": as many
            # names after the colon as the sets count, one list with commas
            names = list(dict.fromkeys(actors(*items[0])))
            total = sum(int(e.extra.get("count") or 0) for e in sets)
            return names if total > 1 and len(names) == total else []
        out = []
        for a, b in items:
            pick = next(iter(actors(a, b)), None)
            if pick is None:
                return []
            if pick not in out:
                out.append(pick)
        return out

    def _subject_of_verb(self, mention) -> bool:
        """True when a token of ``mention`` is the subject of a verb after it."""
        return any(m is mention and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
                   and t.head.i > t.i for i, m in self.at.items() for t in [self.sentence.span.doc[i]])

    def places_within(self, ids: list[str]) -> list[str]:
        """Places of a role without the ones that only say where the one
        before lies: "in San Jacinto, Durango," is one town in its state, "in
        A, B and C" three places (a list ends with "and"/"or"); "the village of
        A in Liberia's B County", "A in B State", (round 25) "near the hamlet of
        A, in B": B only locates A."""
        mentions = sorted({id(m): m for m in self.at.values() if m.entity in ids}.values(), key=lambda m: m.start)
        drop = set()
        for first, second in zip(mentions, mentions[1:]):
            between = self.x.text[first.end:second.start]
            # (round 25) "near the hamlet of A, in B": B only locates A, as in "A, B"
            if first.entity != second.entity and re.fullmatch(r",\s*(?:in\s+(?:the\s+)?)?", between) and \
                    not re.match(r"\s*(?:,\s*[^,.;]{1,60}?\s+)?(?:and|or)\s", self.x.text[second.end:second.end + 80]):
                drop.add(second.entity)
            elif first.entity != second.entity and re.fullmatch(r"\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}['’]s\s+)?",
                                                                between):
                drop.add(second.entity)
        for m in mentions:  # "..., according to hospital officials in X": where the source is, not the place
            if re.search(r"\baccording to\b[^,;.]*$", self.x.text[max(0, m.start - 80):m.start]):
                drop.add(m.entity)
        return [i for i in ids if i not in drop] or ids

    def places_located(self, ids: list[str]) -> list[str]:
        """(round 25) Places of a role with each one that only locates the
        place named just before it ("stopped a bus near the hamlet of A, in B,
        and shot ...", where the parse hangs "in B" on the verb) replaced by
        that place: A, not B; (round 26) so too "in the A municipality of B"."""
        out = []
        for ident in ids:
            here = next((m for m in self.at.values() if m.entity == ident), None)
            cue = re.search(r",\s*in\s+(?:the\s+)?$", self.x.text[max(0, here.start - 12):here.start]) \
                if here is not None else None
            end = here.start - 12 + cue.start() if cue and here.start >= 12 else None
            before = next((m for m in self.at.values() if end is not None and m.end == end and m.entity != ident
                           and self.x.gaz.is_a(m.entity, "Place") and not self.x.gaz.is_a(m.entity, "State")), None)
            pick = before.entity if before is not None else ident
            if here is not None and before is None:  # (round 26) "in the A municipality of B": A, not B
                part = next((m for m in self.at.values() if m.entity != ident and m.end < here.start and
                             self.x.gaz.is_a(m.entity, "Place") and not self.x.gaz.is_a(m.entity, "State") and
                             _part_then_of().fullmatch(self.x.text[m.end:here.start])), None)
                pick = part.entity if part is not None else pick
            if pick not in out:
                out.append(pick)
        return out

    def named_alongside(self, trigger) -> list[str]:
        """The actors a measure names beside its object ("listed X, ...,
        together with its commander, Y", "along with"): the objects of the
        verb's "with" whose adverb is one of ``alongside`` (lexicon/verbs.yaml).
        [] when the verb has none."""
        if trigger.pos_ not in ("VERB", "AUX"):
            return []
        out, alongside = [], self.words["alongside"]
        # the "with" may hang on the verb or on its object ("designated the group's financier, X, together with
        # Y"), and "along" may head it ("sanctioned X, along with Y")
        heads = [trigger] + [o for o in trigger.children if o.dep_ in ("dobj", "nsubjpass")
                             or o.dep_ == "nsubj" and o.i > trigger.i]  # (round 33) an object misparsed as subject
        # (round 33) or on a participle describing the object ("designated X, known as "Y", together with Z")
        heads += [a for o in heads[1:] for n in (o, *[c for c in o.children if c.dep_ == "appos"])
                  for a in n.children if a.dep_ == "acl" and a.tag_ == "VBN"]
        withs = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with" and any(
            a.dep_ == "advmod" and a.lower_ in alongside for a in p.children)]
        withs += [w for h in heads for p in h.children if p.dep_ in ("prep", "advmod") and p.lower_ in alongside
                  for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]
        for g in (g for p in withs for g in p.children if g.dep_ == "pobj"):
            titled = self.titled(g)
            found = titled if titled is not None else self.resolve(g, "Actor")
            out += [i for i in found if i not in out and self.x.gaz.is_a(i, "Actor")]
        return out

    def holders_joined(self, trigger) -> list[str]:
        """"froze the assets of A and two other commanders", which the parse
        reads as "the assets of A and [the assets of] two other commanders":
        the actors coordinated with the trigger's object of ``assets``
        (lexicon/verbs.yaml) that are no assets themselves."""
        assets = self.words["assets"]
        out = []
        # (round 15) "added A and BHB commander B to the list": the parse may make A a modifier of the title noun
        out += [i for obj in trigger.children if obj.dep_ in ("dobj", "nsubjpass") and obj.pos_ == "NOUN"
                and obj.lemma_.lower() in verbs()["rank_posts"] for n in obj.children if n.dep_ == "nmod" and
                n.i < obj.i and n.i in self.at and any(c.dep_ == "cc" and c.lower_ == "and" for c in n.children)
                for i in self.resolve(n, "Person")]
        for obj in (c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in assets):
            for conj in obj.conjuncts:
                if conj.lemma_.lower() not in assets:
                    out += [i for i in self.resolve(conj, "Actor") if i not in out]
        return out

    def extended_to(self, trigger) -> list[str]:
        """The actors a measure is extended to ("extended its listing of X
        under the regime to A and B", "widened the freeze on X to two
        companies it regards as fronts, A and B"): the actors of the verb's
        "to" phrase when its verb is one of ``expanded`` (lexicon/verbs.yaml);
        a counted set there gives way to as many named actors after it in the
        sentence, or stays. [] when the verb has no such phrase."""
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        if verb.lemma_.lower() not in self.status["expanded"]:
            return []
        # "widened its freeze on X to A"; "expanded its designation of X, first made in 2024, to A": the parse
        # hangs the "to" on the aside's participle
        heads = [verb] + [d for d in verb.children if d.dep_ == "dobj" or d.dep_ == "advcl" and d.tag_ == "VBN"]
        # (round 22) "extended its measures against X, listed in 2023 under ..., to A": on the target's participle
        heads += [t for d in heads[1:] if d.dep_ == "dobj" for t in d.subtree if t.dep_ == "acl" and t.tag_ == "VBN"]
        to = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if pobj is None:
            return []
        # up to the verb's next phrase or a legal basis: "..., A and B, under Council Regulation ..." names no target
        end = min([c.left_edge.i for h in heads for c in h.children if c.i > to.i and c.dep_ in ("prep", "advcl", "agent")]
                  + [t.i for t in pobj.subtree if t.dep_ == "prep" and t.lower_ in self.words["basis_preps"]]
                  + [pobj.sent.end])
        after = []
        # (round 29) "to X, who handles payments for Y,": a relative clause on a name says who X is, names no target
        aside = {t.i for d in pobj.subtree if d.dep_ == "relcl" for t in d.subtree}
        for i in range(pobj.i, end):
            m = self.at.get(i) if i not in aside else None
            if m is not None and m.entity not in after and m.kind not in ("demonym", "anaphor") and \
                    self.x.gaz.is_a(m.entity, "Actor") and not any(
                        self.x.gaz.is_a(m.entity, c) for c in ("State", "Place", "GovernmentBody",
                                                               "InternationalOrganisation")):
                after.append(m.entity)
        if not after:
            return []
        first = self.x.gaz.entities[after[0]]
        if first.type == "ActorSet":
            names = after[1:]
            return names if len(names) == int(first.extra.get("count") or 0) else after[:1]
        return [i for i in after if self.x.gaz.entities[i].type != "ActorSet"]

    def _counted_only(self, ident: str) -> bool:
        """True for an unnamed set that only counts kinds of targets ("two
        individuals", "two arms brokers"): no organisation it belongs to."""
        entity = self.x.gaz.entities.get(ident)
        return bool(entity) and entity.type == "ActorSet" and not entity.extra.get("member_of")

    def _not_decided(self, trigger) -> bool:
        """True when a measure is only recommended, urged or considered, or
        is a duty put on others ("banks must freeze", ``obligation_modals``)."""
        heads, token = set(verbs()["status"]["not_decided"]), trigger
        if trigger.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in verbs()["status"]["obligation_modals"]
                                          for c in trigger.children):
            return True  # "EU operators must freeze the funds of ...": a duty the measure sets, not a measure
        if self._asked_of_another(trigger):
            return True
        for _ in range(4):
            if token.lemma_.lower() in heads and token is not trigger:
                return True
            if token.head.i == token.i:
                return False
            token = token.head
        return False

    @staticmethod
    def _asked_of_another(trigger) -> bool:
        """(round 23) True for a measure in a "that" clause with a bare subjunctive verb under a verb of asking or
        proposing ("will propose that X be added to the EU's list", "proposes that the Council freeze ...": what one
        asks of another, no decision; ``demands`` in lexicon/verbs.yaml words)."""
        clause = trigger if trigger.pos_ == "VERB" else next((t for t in trigger.ancestors if t.pos_ == "VERB"), None)
        if clause is None or clause.dep_ != "ccomp" or not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return False
        aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        bare = all(c.lower_ == "be" for c in aux) if aux else clause.tag_ in ("VB", "VBP")
        return bare and clause.head.lemma_.lower() in verbs()["words"]["demands"]

    def _lapsed(self, noun) -> bool:
        """True when a measure's noun is (or the parse hangs it under) the
        subject of a verb in ``status.lapsed`` ("the Council of the EU's
        listing of X expired": the parse may make "Council" the subject)."""
        token = noun
        for _ in range(3):
            if token.dep_ not in ("pobj", "prep"):
                break
            token = token.head
        return token.dep_ == "nsubj" and token.head.lemma_.lower() in self.status["lapsed"]

    @staticmethod
    def imposed_by(noun) -> bool:
        """(round 29) True when a measure's noun has its own participle of imposing with an agent ("the embargo on X
        imposed by resolution N", the parse may hang it on X): the imposing, whatever the main verb does to it."""
        heads = [noun] + [g for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        return noun.pos_ in ("NOUN", "PROPN") and any(
            a.dep_ == "acl" and a.lemma_.lower() in verbs()["words"]["imposing"] and any(
                c.dep_ == "agent" for c in a.children) for h in heads for a in h.children)

    def sanctions_status(self, trigger) -> str:
        lemma = trigger.lemma_.lower()
        if self.imposed_by(trigger):
            return "imposed"  # "the embargo on X imposed by resolution N was lifted by Y": the imposing
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass", "pobj"):
            verb = trigger.head if trigger.dep_ != "pobj" else trigger.head.head
            if verb.lemma_.lower() in self.status["lifted"] + self.status["expanded"]:
                lemma = verb.lemma_.lower()
        if lemma in self.status["lifted"]:
            return "lifted"
        if trigger.pos_ == "NOUN" and self._lapsed(trigger):
            return "lifted"  # "X's listing of Y expired"
        announced = self.status["announced"]
        chain = [trigger]
        while chain[-1].head != chain[-1] and (chain[-1].dep_ in ("xcomp", "conj", "pcomp", "prep", "pobj") or (
                chain[-1].dep_, chain[-1].head.dep_) == ("acl", "dobj") and chain[-1].head.lemma_.lower() in
                announced["effect_subjects"]):
            # (round 37) "(instructed X to) prepare a decision freezing the assets of Y": the verbs the decision is
            # the object of, with the infinitive the parse hangs beside it
            chain += [chain[-1].head] if chain[-1].dep_ != "acl" else [chain[-1].head.head] + [
                c for c in chain[-1].head.head.children if c.dep_ == "xcomp" and c.i < chain[-1].head.i]
        if trigger.dep_ == "acl" and trigger.tag_ == "VB" and trigger.head.lemma_.lower() in announced["nouns"]:
            return "announced"  # "reached political agreement to list X"
        for t in chain:
            if any(c.dep_ == "aux" and c.lower_ in announced["modals"] and not (c.lower_ == "would" and measure_effect(t))
                   for c in t.children):
                return "announced"
            if t is not trigger and t.lemma_.lower() in announced["heads"] and t.pos_ == "VERB":
                return "announced"
        if lemma in announced["lemmas"]:
            return "announced"
        if lemma in self.status["expanded"] or any(c.lemma_.lower() in ("new", "further", "additional", "more")
                                                   for c in trigger.subtree if c.dep_ == "amod") and \
                lemma in ("expand", "extend"):
            return "expanded"
        return "imposed"


def negated(verb) -> bool:
    """True when a verb of being is negated ("is not subject to", "is no longer subject to")."""
    if verb.lemma_.lower() not in ("be", "remain", "stay", "become"):
        return False
    return any(c.dep_ == "neg" or c.lower_ == "longer" and any(g.dep_ == "neg" for g in c.children)
               for c in verb.children)
