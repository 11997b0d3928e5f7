"""Relations found on the dependency parse, the way political event coders do
it: a trigger (a verb lemma or a noun from ``lexicon/verbs.yaml``) gives the
relation type, and its roles are filled from the trigger's subjects, objects,
prepositional objects, passive agents, coordinated phrases, appositions and
relative clauses, each resolved to a mention of a known or new entity.

Sources of the method: Schrodt's KEDS/TABARI and PETRARCH event coders (verb
dictionaries over parsed sentences); the dependency labels are spaCy's English
(ClearNLP) scheme.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .named import is_arms
from .lexicon import language, verbs
from .mentions import Mention
from .paths import SlotPaths
from .killplaces import KillingPlaces
from .slotlists import SlotLists, negated
from .roles import RoleResolver
from .irrealis import under_modal, unasserted
from .eventchecks import EventChecks
from .owners import OwnerReadings
from .openers import ParagraphOpeners


@dataclass
class Coded:
    """One relation read off the parse: its type, role values (lists of ids),
    constant fields, the trigger token and the extent of its clause."""

    relation: str
    values: dict
    fields: dict = field(default_factory=dict)
    trigger: object = None
    victims: object = None  # the token counting the victims of a killing
    counted: object = None  # the number counting them when it stands apart ("shot eleven of them dead")


class EventCoder(SlotPaths, SlotLists, KillingPlaces, RoleResolver, EventChecks, OwnerReadings, ParagraphOpeners):
    """Codes the relations of one sentence from its parse.

    ``extractor`` supplies the gazetteer (``gaz``), the entity finder
    (``finder``: weapon types, actor sets, state forces) and ``is_a``.
    """

    def __init__(self, extractor):
        self.x = extractor
        data = verbs()
        self.words = {k: set(v) for k, v in data["words"].items()}
        self.victims = set(data["victims"])
        # verbs of killing someone (their victims the object): "shot residents of X"
        self.kill_lemmas = {lemma for f in data["frames"] if f["relation"] == "Atrocity"
                            and "dobj" in f["roles"]["victims"]["slots"] for lemma in f.get("lemmas", [])}
        self.status = data["status"]
        self.by_lemma: dict[str, list] = {}
        self.by_noun: dict[str, list] = {}
        for frame in data["frames"]:
            for lemma in frame.get("lemmas", []):
                self.by_lemma.setdefault(lemma, []).append(frame)
            for noun in frame.get("nouns", []):
                self.by_noun.setdefault(noun, []).append(frame)
        self.set_nouns = set(language()["set_nouns"])
        self.pending = None  # a relation waiting for "One is X" in the next sentence
        self.coded_here: list = []
        self.last_measure = -10  # index of the last sentence where a sanctions measure was coded
        self.authority_votes: Counter = Counter()  # authorities of measures whose targets are not named
        self.last_authority = None  # (sentence index, authority ids) of the last measure coded with an authority
        self.body_nouns = set(language()["short_body_nouns"])
        self.measure_nouns = set(language().get("measure_body_nouns") or [])  # (round 19) looked up before only

    # ------------------------------------------------------------ entry point
    def attach(self, sentence, mentions: list[Mention]) -> None:
        """Make ``sentence`` the current one: ``at`` maps each of its tokens
        (by document index) to the mention covering it. The engine calls it
        before reading the sentence's posts, which look names up in it too."""
        self.sentence = sentence
        self.at = {}
        for m in mentions if sentence.span is not None else ():  # quoted words count: a speaker's claim is coded
            for token in sentence.span:
                if m.start <= sentence.at(token) < m.end:
                    self.at.setdefault(token.i, m)

    def code(self, sentence, mentions: list[Mention]) -> list[Coded]:
        """Every relation the dictionaries find in one parsed sentence."""
        span = sentence.span
        if span is None:
            return []
        self.attach(sentence, mentions)
        # "X was also targeted" right after a measure: the sanctions context carries over
        # "The Committee also amended the entry of X, listed in 2024": a body with a sanctions word in its name too
        sanctions_context = any(t.lemma_.lower() in self.words["sanctions"] for t in span) or \
            sentence.index - self.last_measure <= 2 or any(
                w in self.words["sanctions"] or w[:-1] in self.words["sanctions"] for m in mentions
                if m.entity in self.x.gaz.entities for w in re.findall(r"[a-z]+", self.x.gaz.entities[m.entity].label.lower()))
        out = self.possessed(span) + self.partitive(span) + self.entries_below(span)
        self.coded_here = out  # what this sentence gave so far ("... and Z delivered them": the items before)
        for token in span:
            lemma = token.lemma_.lower()
            frames = []
            # "intends to designate X": the tagger may take the infinitive for an adjective ("designate")
            if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.dep_ in ("amod", "acl") or \
                    token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
                # a form the lemmatiser gets wrong ("waged" -> "wag") may be listed as written
                frames += self.by_lemma.get(lemma, []) or self.by_lemma.get(token.lower_, [])
            if token.pos_ in ("NOUN", "PROPN"):
                frames += self.by_noun.get(lemma, [])
            for frame in frames:
                if lemma in frame.get("needs_sanctions_context", []) and not sanctions_context and not (
                        lemma in frame.get("authority_context", []) and self._authority_subject(token)):
                    continue
                coded = self.apply(frame, token)
                if coded:
                    out.append(coded)
        if any(c.relation == "SanctionsMeasure" for c in out):
            self.last_measure = sentence.index
        authorities = [c.values["authority"] for c in out if c.relation == "SanctionsMeasure" and c.values.get("authority")]
        if authorities:
            self.last_authority = (sentence.index, authorities[-1])
        # a noun ("the EU arms embargo") whose verb was coded itself ("widens the embargo") is that verb's object
        verbs_coded = {(c.relation, c.trigger.i) for c in out if c.trigger is not None and c.trigger.pos_ != "NOUN"}
        # "were traced to Y" read as a whole transfer names no shipper of another one
        transfers = {c.trigger.i for c in out if c.relation == "ArmsTransfer" and c.trigger is not None}
        return [c for c in out if not (c.trigger is not None and c.trigger.pos_ == "NOUN" and
                                       (c.relation, c.trigger.head.i) in verbs_coded and not self.imposed_by(c.trigger)) and
                not (c.relation == "Shipper" and c.trigger.i in transfers)]

    def entries_below(self, span) -> list[Coded]:
        """"approved the addition of the entries specified below to its
        Sanctions List", then "Entity: X." and "Individual: Y." lines (a UN
        committee's press release): one imposed measure by the verb's subject
        on the names right after those labels (``entry_labels`` in
        lexicon/verbs.yaml) in the sentences that follow."""
        words = self.words
        for token in span:
            added = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "addition"]
            if token.pos_ != "VERB" or not added or not any(t.lower_ == "below" for t in added[0].subtree) or \
                    not any(t.lemma_.lower() in words["lists"] for t in added[0].subtree):
                continue
            bodies = ("State", "GovernmentBody", "InternationalOrganisation")
            authority = [i for s in token.children if s.dep_ == "nsubj"
                         for i in self.authority_named_before(s, self.resolve(s, "Actor", issuer=True))
                         if any(self.x.gaz.is_a(i, c) for c in bodies)]
            # a subject the parse lost in a long name ("the Committee pursuant to resolutions ... concerning X"):
            # the first body the sentence names before the verb
            authority = authority or [m.entity for m in self.x.found_mentions[self.sentence.index]
                                      if m.start < self.sentence.at(token) and m.kind != "demonym"
                                      and any(self.x.gaz.is_a(m.entity, c) for c in bodies)][:1]
            labels = "|".join(re.escape(w) for w in words["entry_labels"])
            targets = []
            for sentence, mentions in list(zip(self.x.sents, self.x.found_mentions))[self.sentence.index + 1:][:20]:
                label = re.match(r"\s*(?:" + labels + r")\s*:\s*", sentence.text)
                first = next((m for m in mentions if label and m.start == sentence.start + label.end()), None)
                if first is not None and first.entity not in targets and self.x.gaz.is_a(first.entity, "Actor"):
                    targets.append(first.entity)
            if authority and targets:
                return [Coded("SanctionsMeasure", {"authority": authority[:1], "targets": targets},
                              {"status": "imposed"}, token)]
        return []

    def _authority_subject(self, token) -> bool:
        """True when the subject of a verb is a body that imposes sanctions (a
        state, a government body, an international organisation): "The European
        Union listed X" is a listing without any word for sanctions."""
        subjects = [s for s in token.children if s.dep_ == "nsubj"]
        if not subjects and token.dep_ == "xcomp":  # "EU ministers agreed to list X": the subject of "agreed"
            subjects = [s for s in token.head.children if s.dep_ == "nsubj"]
        if not subjects and token.dep_ == "acl":  # (round 22) "Kenya's decision to list X": the noun's possessor
            subjects = [s for s in token.head.children if s.dep_ == "poss"]
        return any(self.x.gaz.is_a(i, c) for s in subjects for i in self._resolve(s)
                   for c in ("State", "GovernmentBody", "InternationalOrganisation"))

    def _holder_only(self, token) -> bool:
        """True when ``token`` stands for armed actors a state only holds ("an embargo on X's armed groups"), also
        when the parse takes a long state name for the subject ("The Republic of X's armed groups are subject")."""
        collectives = self.words["armed_collectives"]
        if token.pos_ == "NOUN" and token.i not in self.at:
            return token.lemma_.lower() in collectives
        mention = self.at.get(token.i)
        last = max((t for t in token.sent if self.at.get(t.i) is mention), key=lambda t: t.i, default=None)
        return last is not None and last.dep_ == "poss" and last.head.lemma_.lower() in collectives

    def _measure_on_others(self, trigger) -> bool:
        """(round 27) True when the measure a state "is subject to" falls on others it only holds: "X has been subject
        to an arms embargo on non-governmental entities and individuals operating in its territory"."""
        if trigger.lemma_.lower() not in ("be", "remain", "become", "stay"):
            return False
        kinds = set(self.words["armed_collectives"]) | set(self.words["held_parties"])
        to = [p for h in [trigger] + [c for c in trigger.children if c.dep_ == "acomp"] for p in h.children
              if p.dep_ == "prep" and p.lower_ == "to"]
        return any(g.dep_ == "pobj" and g.lemma_.lower() in kinds for p in to for n in p.children if n.dep_ == "pobj"
                   for o in n.children if o.dep_ == "prep" and o.lower_ == "on" for g in o.children)

    def _head_of_owner(self, token) -> list[str]:
        """The head named before of the body "its"/"their" stands for ("its commander"), else nothing."""
        owner = [i for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")
                 for i in self.resolve(c, "Organisation")]
        head = self.x.leader_of(owner[0]) if len(owner) == 1 and hasattr(self.x, "leader_of") else None
        return [head] if head else []

    def apply(self, frame: dict, trigger) -> Coded | None:
        if any(c.dep_ == "neg" for c in trigger.children) or any(
                g.dep_ == "neg" for c in trigger.children if c.dep_ in ("aux", "auxpass") for g in c.children):
            return None  # "has not yet designated the company", "who was not himself designated" (the parse may
            # hang the "not" on the auxiliary)
        if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("none", "neither") or any(
                g.lower_ == "neither" for g in c.children)) for c in trigger.children):
            return None  # (round 29) "Neither X nor its leaders has been designated", "none of them was listed"
        if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in self.words["unproven"] and any(
                c.dep_ == "neg" for c in trigger.head.children) and not any(c.lower_ == "who" for c in trigger.children) \
                and not self._figure_remark(trigger):
            return None  # "had not shown that the vessels carried arms": not said to have happened ("who" did is)
        if trigger.dep_ != "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "what", "whoever")
                                           and not (c.lower_ == "who" and frame["relation"] == "ArmsTransfer" and any(
                                               p.dep_ == "prep" and p.lower_ == "to" for p in trigger.children))
                                           for c in trigger.children):
            return None  # "who sent it is not known": a question (but "who supplied them to X": X got them)
        if trigger.pos_ == "NOUN" and any(c.lower_ in self.words["past_posts"] for c in trigger.children):
            return None  # "Hamid, a former JAB financier": no longer the post
        if frame.get("not_under_modal") and under_modal(trigger) or frame["relation"] != "SanctionsMeasure" and \
                unasserted(trigger):
            return None  # "must be notified", "no information suggesting that", "called for X to be given"
        if frame.get("not_joined_to") and any(c.dep_ == "conj" and c.i > trigger.i and c.lemma_.lower() in
                                              frame["not_joined_to"] for c in trigger.children):
            return None  # (round 19) "bought and delivered rifles to X": the buyer hands them on
        if frame.get("not_under") and any(a.lemma_.lower() in frame["not_under"] for a in list(trigger.ancestors)[:2]):
            return None  # "has denied having any presence in X"
        if trigger.tag_ == "VBG" and any(c.lower_ == "whose" for c in trigger.children):
            return None  # "whose listing the General Court annulled": a noun the parse took for a verb
        if frame.get("object") and not self.has_object(trigger, self.words[frame["object"]]):
            return None
        if frame.get("bare") and any(c.dep_ in ("prep", "ccomp", "xcomp", "oprd", "advcl") and not self._when_or_how(c)
                                     for c in trigger.children):
            return None  # "blamed X for the crisis", "blamed X on Y": what for is said, it is no bare blame
        if frame.get("object") and any(c.dep_ in ("dobj", "nsubjpass") and any(
                g.lower_ == "no" and not _numbered(g) for g in c.children) for c in trigger.children):
            return None  # "has no presence in X", "imposed no sanctions on Y"
        if frame["relation"] == "ArmsTransfer" and trigger.pos_ == "NOUN" and not any(
                c.lower_ == "of" for c in trigger.children) and any(
                c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in trigger.children):
            return None  # "confirmed that consignment to the Panel": one told before, its "to" an addressee
        if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
            return None  # "no deployment in X"
        if frame.get("definite") and not any(c.dep_ in ("dobj", "nsubjpass") and any(
                d.lower_ in ("the", "this", "these", "those") for d in c.children) for c in trigger.children):
            return None  # "rifles of the same type ... were traced to X": not the cargo reported before
        needs = frame.get("needs", {}).get(trigger.lemma_.lower())
        if needs is not None and not any(c.lower_ in needs or c.lower_ == "to" and any(  # "beat to death"
                g.lower_ in needs for g in c.children) for c in trigger.children):
            return None
        values, used, victims, counted = {}, set(), None, None
        early = frame["relation"] not in ("SanctionsMeasure", "Atrocity")
        done: list = []
        for role, spec in frame["roles"].items():
            if early and any(r not in values and r in done for r in frame.get("require", [])):
                return None  # a required role before this one is missing: resolve no more (sets of actors count)
            done.append(role)
            for slot in spec["slots"]:
                if frame["relation"] == "Atrocity" and slot.startswith(("head>", "first_conj>")) and \
                        self._own_clause(trigger):
                    continue  # "X killed eleven fishermen at A, and an attack on B killed five": a second killing
                tokens = [t for t in self.slot(trigger, slot) if t.i not in used]
                if slot.endswith("nsubj") and len(tokens) > 1 and len({(t.dep_, t.head.i) for t in tokens}) == 1:
                    tokens = [max(tokens, key=lambda t: t.i)]  # (round 20) "X units deployed ..., after gunmen
                    # attacked Y": two subjects the parse gave one verb; the nearer is its own
                if spec.get("arms"):  # (round 24) a trigger with its own subject: never the items of the verb before
                    tokens = [t for t in tokens if not (slot == "head" and t.pos_ in ("VERB", "AUX") and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children))]
                    hits = [t for t in tokens if any(is_arms(self.phrase(c)) or is_arms(self.item_phrase(c))
                                                     for c in self.contents(t))]
                    if any(c.lower_ == "no" and c.dep_ == "det" for t in hits for c in t.children):
                        return None  # "no rifles had reached the group": a denial, not a transfer
                    if hits:
                        values[role] = self.items(hits)
                        if values[role] == ["arms"]:
                            # "The cargo was destined for X" after "the team found 58 armoured vehicles"; "seized
                            # a cache of weapons bound for X. The team found 1,520 rifles ...": those
                            definite = any(c.lower_ in ("the", "this", "these") for t in hits for c in t.children)
                            values[role] = self.items_named_near(-1 if definite else 1) or values[role]
                        used.update(t.i for t in hits)
                        break
                    earlier = self.items_before(tokens)
                    if earlier:  # "X sold drone components to Y, and Z delivered them to ...": the same items
                        values[role] = earlier
                        break
                    continue
                if spec.get("victims"):
                    # "stopped five farmers on the road and shot them": the people the first verb's object counts
                    tokens = tokens + [o for t in tokens if t.lower_ == "them" and trigger.dep_ == "conj"
                                       for o in trigger.head.children if o.dep_ == "dobj" and o.i < t.i]
                    # (round 19) "detained five men at X, drove them to Y and shot them": the people an earlier
                    # verb's object counts, however the parse chains the verbs
                    tokens = tokens + [b for t in tokens if t.lower_ == "them"
                                       for b in [self._them_before(t)] if b is not None]
                    # "ambushed villagers ... and shot eleven of them dead": eleven of the first verb's object
                    part = self._of_them(trigger, tokens)
                    if part is not None:
                        tokens = self._counted_objects(trigger, part, tokens)
                    # "five people, among them a girl, who were shot": the noun the relative clause describes
                    tokens = tokens + [t.head.head for t in tokens if t.lower_ in ("who", "that") and
                                       t.head.dep_ == "relcl" and t.head.head.i != t.head.i]
                    # "seven garimpeiros, Brazilian gold miners": the victims a word of another language names
                    # (the parse may hang the apposition on the verb: the noun after the comma, over its modifiers)
                    apposed = {a.i: (a, t) for t in tokens for a in t.children if a.dep_ == "appos" and a.pos_ == "NOUN"}
                    apposed.update({n.i: (n, t) for t in tokens if t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == ","
                                    for n in [next((x for x in t.doc[t.i + 2:t.i + 6] if x.pos_ == "NOUN" and
                                                    x.dep_ in ("appos", "npadvmod", "dep")), None)] if n is not None and
                                    all(x.dep_ in ("amod", "compound", "det") for x in t.doc[t.i + 2:n.i])})
                    tokens = tokens + [a for a, _ in apposed.values()]
                    hits = [t for t in tokens if t.lemma_.lower() in self.victims]
                    if any(c.lower_ == "no" for t in hits for c in t.children):
                        return None  # "no civilians had been killed": a denial, not a killing
                    if hits:
                        # "the deaths of five people, among them a girl, who were shot": the victims a number counts
                        hits.sort(key=lambda t: not any(c.dep_ == "nummod" for c in t.children))
                        values[role], victims = ["victims"], hits[0]
                        counted = part if part is not None and hits[0].i < part.i else None
                        if hits[0].i in apposed and not any(c.dep_ == "nummod" for c in hits[0].children):
                            # "seven garimpeiros, Brazilian gold miners": the number counts the word apposed to
                            counted = next((c for c in apposed[hits[0].i][1].children if c.dep_ == "nummod"), None)
                        break
                    continue
                ids = []
                avoid = spec.get("not_class") or []
                avoid = ([avoid] if isinstance(avoid, str) else avoid) + (spec.get("slot_not_class") or {}).get(slot, [])
                # "X, an armed group ...; Y, a trading company based in Z": the company is based there, not the
                # group the parse hung its apposition on
                if tokens and spec.get("not_heads") and tokens[0].pos_ == "NOUN" and \
                        tokens[0].lemma_.lower() in self.words[spec["not_heads"]]:
                    continue
                if spec.get("named") and tokens and tokens[0].i not in self.at and (any(
                        c.dep_ == "poss" for c in tokens[0].children) or tokens[0].lemma_.lower() in self.words["sub_units"]):
                    continue  # (round 17) "X manages the group's revenue", "commanded the X unit": not the body
                for t in tokens:
                    if role == "accused" and self.accuser(t):
                        continue  # (round 33) "The police hold X responsible for the attack in which ...": who blames
                    if spec["class"] in ("Place", "Settlement") and self.only_locates(t):
                        continue  # "near A, 12 km east of B", "in A, which lies north of B": B only says where A lies
                    if "subtree" in slot and self.named_paragraphs_before(t, trigger):
                        continue  # (round 29) "including the village's teacher": a village of another paragraph
                    if spec["class"] == "Person" and t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i > t.i and \
                            t.i in self.at and (t.head.i not in self.at or self.at[t.head.i].entity != self.at[t.i].entity):
                        continue  # (round 29) "Général Mahamat Nour X": a known surname inside another's name is not him
                    titled = self.titled(t) if spec.get("titled") else None
                    found = self.resolve(t, spec["class"], issuer=role == "authority") if titled is None else \
                        [i for i in titled if self.x.gaz.is_a(i, spec["class"])]
                    if role == "authority" and frame["relation"] == "SanctionsMeasure":
                        found = self.authority_named_before(t, found)
                    if role == "controlled" and frame["relation"] == "Control" and self.facility_named(t):
                        found = [self.facility_named(t)]  # (round 20) "controlled the X market": the market
                    if role == "targets" and t.lemma_.lower() in language()["control_posts"] and self._head_of_owner(t):
                        found = self._head_of_owner(t)  # (round 29) "list the QNH and its commander": the head named
                    if role == "targets" and self.unnamed_one(t):
                        found = []  # (round 20) "freeze the funds of a third X commander": one unnamed man, not X
                    if role == "targets" and (self._holder_only(t) or self._measure_on_others(trigger)):
                        found = [i for i in found if not self.x.gaz.is_a(i, "State")]  # "X's armed groups": not X
                    if not found and role == "accused":  # "guards of the security company X shot dead ..."
                        found = self.company_of_staff(t) or self.group_of_fighters(t) or \
                            self.force_of_unit(t)  # (round 30) "fighters of X"; (round 34) "a patrol of X"
                    if not found and role == "actor" and frame["relation"] == "Operation":
                        found = self.force_named_before(t)  # "the gendarmerie has kept a unit in X"
                    for ident in found:
                        anaphor = t.pos_ == "PRON" or t.i in self.at and self.at[t.i].kind == "anaphor"
                        if any(self.x.gaz.is_a(ident, c) for c in avoid) or anaphor and any(
                                self.x.gaz.is_a(ident, c) for c in spec.get("pronoun_not") or []):
                            continue  # "the Department designated X's leader and its commander": not the Department's
                        if ident not in ids:
                            ids.append(ident)
                            used.add(t.i)
                if not ids and tokens and role == "accused" and slot == "agent":
                    break  # "had been killed by the army": the killer the text names, unresolved, is no one else
                if ids:
                    if spec.get("list"):
                        ids += [i for i in self.listed_after(tokens, ids, spec["class"])
                                if i not in ids and not any(self.x.gaz.is_a(i, c) for c in avoid)]
                        if spec["class"] in ("Place", "Settlement"):
                            ids = self.places_within(self.places_located(ids))
                    values[role] = ids if spec.get("list") else ids[:1]
                    break
        for role in ("actor", "controller", "controlled") if frame["relation"] in ("Operation", "Control") else ():
            if role in values:  # "It is headed by X" after "the police said": not the police the text only quoted
                filled = [self.at[t.i] for i in used for t in trigger.doc[i].subtree if t.i in self.at]
                values[role] = [i for i in values[role] if not self.reporter_only(i, filled, list(self.at.values()))]
                if not values[role]:
                    return None
        if frame["relation"] == "SanctionsMeasure" and (self._not_decided(trigger) or negated(trigger)):
            return None  # "recommends that the committee consider designating X", "is no longer subject to": none
        if frame["relation"] == "SanctionsMeasure" and values.get("targets"):
            # "the EU's Iran drone regime": the body that imposes a measure is not its target
            own = {a for a in values.get("authority") or []} | {p for a in values.get("authority") or []
                                                                for p in self.x.gaz.entities[a].part_of}
            # (round 22) "will adopt the EU's new listings": the body whose measure is adopted is not its target
            own |= {self.at[c.i].entity for d in trigger.children if d.dep_ == "dobj" for c in d.children if c.dep_ ==
                    "poss" and c.i in self.at and self.x.gaz.is_a(self.at[c.i].entity, "InternationalOrganisation")}
            values["targets"] = [t for t in values["targets"] if t not in own]
            if not values["targets"]:
                del values["targets"]
        if frame["relation"] == "SanctionsMeasure" and values.get("targets"):
            beside = [i for i in self.named_alongside(trigger) + self.holders_joined(trigger)
                      if i not in values.get("authority", [])]
            values["targets"] = list(dict.fromkeys(values["targets"] + beside))
        widened = self.extended_to(trigger) if frame["relation"] == "SanctionsMeasure" and values.get("targets") else []
        if widened:  # "extended its listing of X ... to two companies, A and B": X, A and B
            values["targets"] = list(dict.fromkeys(values["targets"] + widened))
        only_counted = [i for i in values.get("targets") or [] if self._counted_only(i)] \
            if frame["relation"] == "SanctionsMeasure" else []
        # "sanctioned two individuals and two entities: A, a ...; its leader, B; ...": the names after the colon
        named = self.named_after_colon(trigger, only_counted) if only_counted else []
        sets = [i for i in values.get("targets") or [] if self.x.gaz.entities[i].type == "ActorSet"] \
            if frame["relation"] == "SanctionsMeasure" and not named else []
        listed = self.named_after_colon(trigger, sets) if sets else []
        if listed and len(listed) == sum(int(self.x.gaz.entities[i].extra.get("count") or 0) for i in sets):
            # "added two of the group's members to its list: A and B": the set is the names after the colon
            values["targets"] = [t for t in values["targets"] if t not in sets and t not in listed] + listed
        elif named:
            values["targets"] = named
        elif only_counted and len(only_counted) == len(values["targets"]):
            del values["targets"]  # "sanctioned two individuals and two entities": the next words name them
        if frame["relation"] == "Atrocity" and "victims" in values and "location" not in values:
            # "A councillor said thirteen mourners had died": a second toll of the killing told just before;
            # "killed nine villagers in the Northern Region. The attackers shot residents of X": the place after
            values["location"] = self._killing_told_before(trigger) or self._killing_placed_after(trigger) or \
                self.opener_place() or self._region_attacked(trigger)  # (round 30) "X, Y district, 12 August. ..." 
            if not values["location"]:
                del values["location"]
            elif "accused" not in values and getattr(self, "attackers_before", None):
                values["accused"] = list(self.attackers_before)  # "X fighters attacked Y. ... the killing of 14"
        if frame["relation"] == "Atrocity" and values.get("location"):  # (round 26) "on the road between A and B":
            # A and B, not the road named after them; (round 36) "on the X river near Y": Y
            values["location"] = self.placed(values["location"], trigger)
        if frame["relation"] == "Atrocity" and len(values.get("location") or []) > 1:  # "at X, near the village of Y"
            near = {self.at[t.i].entity for t in trigger.sent if t.i in self.at and any(
                a.dep_ == "prep" and a.lower_ == "near" for a in list(t.ancestors)[:3])}
            values["location"] = [i for i in values["location"] if i not in near] or values["location"]
        if frame["relation"] == "Atrocity" and victims is not None and self._habitual_or_several(trigger, victims):
            return None  # (round 26) "a group that kills fishermen on X"; (round 37) "three attacks in which ..."
        if frame["relation"] == "Atrocity" and victims is not None and "accused" not in values and \
                any(c.lower_ == "further" for c in victims.children):
            # "X gunmen killed eleven fishermen at A, and an attack on B killed a further five": the same killers
            values["accused"] = next((list(c.values["accused"]) for c in reversed(self.coded_here)
                                      if c.relation == "Atrocity" and c.values.get("accused")), None)
            if not values["accused"]:
                del values["accused"]
        if any(role not in values for role in frame.get("require", [])):
            if frame["relation"] == "SanctionsMeasure" and values.get("authority"):
                # "OFAC designated a company and an individual": who designates, though no target is named
                self.authority_votes.update(values["authority"])
            return None
        values = {role: ids for role, ids in values.items() if not role.startswith("_")}
        if frame["relation"] == "Atrocity" and trigger.pos_ == "NOUN" and len(values.get("location") or []) > 1 and any(
                c.type in ("Atrocity", "Massacre") and set(c.fields.get("location") or []) & set(values["location"])
                for c in self.x.claims.values()):
            return None  # (round 19) "investigate the killings at A and B": those told before, no joint killing
        if frame["relation"] == "ArmsTransfer" and values.get("supplier") == values.get("recipient"):
            return None
        if frame["relation"] == "ArmsTransfer" and (trigger.pos_ == "VERB" and self._custody(trigger, values) or self._prohibited(trigger)):
            return None  # "handed over to the army's depot for examination", "transfers to X remain prohibited": none
        misread = frame["relation"] == "ArmsTransfer" and values.get("recipient") and self._misread_pronoun(trigger, values)
        if misread:
            # "Export records reviewed by HCM show that it procured ...": "it" is not the monitor, nor the state
            # named last, but the armed group the text is about
            if misread == "reporter":
                return None  # which group "it" is the parse cannot tell: nothing rather than a wrong recipient
            group = next((i for i in reversed(self.x.finder.seen) if self.x.gaz.is_a(i, "ArmedGroup") and not
                          self.x.gaz.is_a(i, "StateArmedForces") and i not in (values.get("supplier") or [])), None)
            values["recipient"] = [group] if group else values["recipient"]  # "Chad ... it bought": the state
        if frame["relation"] == "Operation" and any(
                set(re.findall(r"\w+", self.x.gaz.entities[i].label.lower())) & self.words["monitors"]
                for i in values.get("actor", [])):
            return None  # "the X Monitoring Centre, an organisation based in Y": a body that reports, never operates
        if frame["relation"] == "Operation" and trigger.pos_ in ("NOUN", "PROPN") and trigger.text[:1].isupper() and \
                trigger.i != trigger.sent.start:
            return None  # "the United Nations Mission in South Sudan": a word of a name, not an operation
        if frame["relation"] == "Operation" and trigger.lemma_.lower() in self.words["seats"] and not all(
                self.x.gaz.is_a(i, "ArmedGroup") for i in values.get("actor", [])):
            return None  # "the Harbour Authority, based in X": where a body sits (an armed group based there operates)
        if frame["relation"] == "Operation":
            for ident in values.get("actor", []):
                entity = self.x.gaz.entities[ident]
                if entity.new and entity.type == "Organisation":
                    entity.type = "ArmedGroup"  # "The Tiburones operate in ...": a group that operates is armed
        fields = {}
        if frame["relation"] == "SanctionsMeasure":
            status = self.sanctions_status(trigger)
            # "agreed to add X to its list": a fixed "imposed" is only announced under a plan or a modal
            fields["status"] = status if frame.get("status") == "imposed" and status == "announced" else \
                frame.get("status") or status
        return Coded(frame["relation"], values, fields, trigger, victims, counted)


def _numbered(token) -> bool:
    """(round 19) "No" before a number: an instrument's number ("Regulation (EU) No 873/2016", "Order No. 12"),
    which the small model may make the verb's object; no negation."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.text in ("No", "No.") and nxt is not None and (nxt.like_num or any(ch.isdigit() for ch in nxt.text))
