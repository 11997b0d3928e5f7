"""Facts read off the parse, turned into candidates: relations the event coder
found (:mod:`kb.extract.events`) and posts named by titles ("Defence Minister
Ilse Varga", "Helen Marsh, Under Secretary of the Treasury")."""

from __future__ import annotations

import re
from collections import Counter

from .jurisdiction import Jurisdictions
from .measures import MeasureFacts
from .posts import PostFinder
from .lexicon import language, relations, verbs
from .mentions import slug
from .people import state_post


def _expand(values: dict, roles: list) -> list[dict]:
    combos = [dict(values)]
    for role in roles:
        if role not in values:
            continue
        combos = [{**c, role: [item]} for c in combos for item in values[role]]
    return combos


class ParsedFacts(PostFinder, MeasureFacts, Jurisdictions):
    """Mixed into the extractor: candidates from titles and from coded relations."""

    def led_by(self, person: str) -> str | None:
        """The armed group or organisation a person leads or controls, by this
        document's candidates, then by the knowledge base's posts, or ``None``."""
        for claim in reversed(list(self.claims.values())):
            if claim.type in ("Control", "Leadership") and person in (claim.fields.get("controller"),
                                                                     claim.fields.get("leader")):
                organisation = claim.fields.get("controlled") or claim.fields.get("organisation")
                if self.gaz.is_a(organisation, "Organisation"):
                    return organisation
        known = self.gaz.memberships.get(person)
        return known[0] if known and known[1] in language()["control_posts"] else None

    def leader_of(self, organisation: str) -> str | None:
        """(round 29) The one person this document's candidates make the head of an organisation ("list the QNH and
        its commander" after "its commander, X"), or ``None`` when none or several."""
        heads = {c.fields.get("controller") for c in self.claims.values()
                 if c.type == "Control" and c.fields.get("controlled") == organisation}
        heads = {h for h in heads if isinstance(h, str) and self.gaz.is_a(h, "Person")}
        return next(iter(heads)) if len(heads) == 1 else None

    def counted_before(self, count: int, sentence=None) -> list[str]:
        """The targets of the latest sanctions measure naming exactly ``count``
        of them ("the three men" after three were named), else the ``count``
        people the sentence before ``sentence`` names, or []."""
        for claim in reversed(list(self.claims.values())):
            if claim.type == "SanctionsMeasure":
                targets = claim.fields.get("targets") or []
                if len(targets) == count:
                    return list(targets)
        named = list(dict.fromkeys(m.entity for m in (self.found_mentions[sentence.index - 1] if sentence and sentence.index
                                                      else []) if self.gaz.is_a(m.entity, "Person")))
        return named if len(named) == count else []

    def _acting_for(self, actor: str, claims: dict) -> str:
        """The organisation a person holds a post in (this document's posts
        first, then the knowledge base's), or the actor itself."""
        if not self.gaz.is_a(actor, "Person"):
            return actor
        posts = [c.fields["organisation"] for c in claims.values()
                 if c.type == "Membership" and c.fields.get("member") == actor]
        known = self.gaz.memberships.get(actor)
        return posts[-1] if posts else known[0] if known else actor

    def _post_organisation(self, title, role, head, earlier, person) -> str | None:
        lex = language()
        if head is not None:
            for other in reversed(earlier):
                between = self.text[other.end:head]
                if other.end <= head and re.fullmatch(r"(?:['’]s)?(?:\s+[A-Z][\w.-]*|\s+\([A-Z]+\))*\s*", between) \
                        and self.gaz.is_a(other.entity, "Organisation"):
                    return other.entity
        if head is not None:  # "Operation Commander" after "EUNAVFOR MED Operation IRINI": that operation
            prefix = re.search(r"([A-Z][\w-]+)\s+$", self.text[max(0, head - 40):head])
            if prefix and title.split()[0] != prefix.group(1):
                for ident in reversed(self.finder.seen):
                    entity = self.gaz.entities.get(ident)
                    if entity and self.gaz.is_a(ident, "Organisation") and prefix.group(1) in entity.label.split()[1:]:
                        return ident
        inside = [self.gaz.cased.get(w) for w in re.findall(r"[A-Z][\w-]+(?: [A-Z][\w-]+)*", title)]
        # "Under Secretary of the Treasury": a body ("Minister for Internal Affairs": the portfolio's words the NER
        # took for a new body of no known kind are none)
        inside = [i for i in inside if i and self.gaz.is_a(i, "Organisation") and not (
            self.gaz.entities[i].new and self.gaz.entities[i].type == "Organisation")]
        if inside:
            return inside[-1]  # "Under Secretary of the Treasury"
        if slug(title) in lex["force_chief_posts"]:  # (round 17) "the chief of defence staff": the state's forces
            forces = Counter(m.entity for found in self.found_mentions for m in found
                             if self.gaz.is_a(m.entity, "StateArmedForces"))
            return forces.most_common(1)[0][0] if forces else None
        domain = re.search(r"\b(?:of|for)\s+(?:the\s+)?([A-Z].+)$", title)
        if domain and not state_post(title):  # (round 17) "Director General of Customs": the body the document names with "Customs"
            words = r"(?<!\w)" + re.escape(domain.group(1).lower()) + r"(?!\w)"
            named = [m.entity for found in self.found_mentions for m in found
                     if m.entity in self.gaz.entities and any(self.gaz.is_a(m.entity, c) for c in (
                         "GovernmentBody", "StateArmedForces")) and
                     re.search(words, self.gaz.entities[m.entity].label.lower())]
            # "the General Directorate of Customs" before "the Durres Customs Branch": the body named "of Customs"
            ending = [i for i in named if self.gaz.entities[i].label.lower().endswith(domain.group(1).lower())]
            if named:
                return Counter(ending or named).most_common(1)[0][0]
        if role in lex["post_organisations"]:
            return self.finder._known_or_body(lex["post_organisations"][role])
        known = self.gaz.memberships.get(person.entity)
        if known and known[1] == role:
            return known[0]
        if state_post(title):
            states = Counter(i for i in self.finder.seen if self.gaz.is_a(i, "State"))
            if states:
                return states.most_common(1)[0][0]
        return None

    def from_parse(self, coded, sentence, claims, used_dates, here, events) -> None:
        """Candidates for one relation coded on the parse (see :mod:`kb.extract.events`)."""
        rtype, values, fields = coded.relation, dict(coded.values), dict(coded.fields)
        trigger = coded.trigger
        span = sentence.span
        start = trigger.left_edge.idx - span.start_char
        end = trigger.right_edge.idx + len(trigger.right_edge.text) - span.start_char
        accept = None if rtype in ("SanctionsMeasure", "Indictment") else \
            (lambda offset: self.dated_here(trigger, sentence, offset))
        date = self.relation_date(sentence, max(start, 0), end, used_dates, accept)
        if rtype == "Atrocity" and date is None and trigger.dep_ in ("advcl", "xcomp", "conj") and trigger.head != trigger:
            # "fighters attacked the camp on 19 November, killing 73 civilians": the date of the attack
            head = trigger.head
            date = self.relation_date(sentence, max(head.left_edge.idx - span.start_char, 0),
                                      head.right_edge.idx + len(head.right_edge.text) - span.start_char, used_dates)
        if rtype == "Atrocity":
            kind = "Massacre" if trigger.lemma_.lower() == "massacre" else "Atrocity"
            event = self._add(claims, self.candidate(kind, relations()[kind], {"location": values["location"]}, {},
                                                     date, sentence), sentence)
            for item in (event,):
                if item not in here:
                    here.append(item)
            events.append(event)
            for actor in values.get("accused", []):
                part = self.candidate("Participation", relations()["Participation"],
                                      {"actor": [actor], "event": [event.id]}, {"role": "accused-participant"},
                                      None, sentence)
                part = self._add(claims, part, sentence)
                if part not in here:
                    here.append(part)
            if coded.victims is not None:
                estimate = self.victims_estimate(coded.victims, event, sentence, claims, coded.counted)
                if estimate and estimate not in here:
                    here.append(estimate)
            return
        if rtype == "Blame":
            self._blamed(values["accused"], sentence, claims, here, events, coded.trigger)
            return
        if rtype == "Shipper":
            self._shipper(values["supplier"][0], sentence, claims)
            return
        if rtype == "Indictment":
            state = self._jurisdiction(values.get("jurisdiction") or [], trigger)
            if state is None:
                return  # "X was charged with smuggling": a court of no state the text names
            values["jurisdiction"] = [state]
            self._charged_for_killing(trigger, values.get("defendants") or [], sentence, claims, here, events)
        if rtype == "Control" and self.gaz.is_a(values["controlled"][0], "State") and any(
                c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PRON" for c in trigger.children):
            return  # (round 33) "seized the village of X and still hold it": "it" is what was seized, not a state
        if rtype == "Control" and self.gaz.is_a(values["controlled"][0], "Place") and (
                self.gaz.is_a(values["controlled"][0], "State") or any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in language()["role_nouns"]["partitives"]
                    for c in trigger.children)) and self.gaz.is_a(values["controller"][0], "ArmedGroup"):
            # "an armed group that controls much of south-western Libya": where it operates (holding a
            # named town is control)
            rtype, values = "Operation", {"actor": values["controller"], "location": values["controlled"]}
        if rtype == "Control" and self.gaz.is_a(values["controlled"][0], "State"):
            return  # (round 19) a person controls no state ("commander of the X People's Defence Forces' 9th
            # Division": the unit, a name the text may cut; a head of state holds a post)
        function = next((c.lower_ for c in trigger.children if c.dep_ in ("compound", "amod") and
                         c.lower_ in verbs()["words"]["functions"]), None) if rtype == "Control" and \
            trigger.pos_ in ("NOUN", "PROPN") else None
        # "the group's chief of operations, X": the function after "of" names the post the same way
        of_function = next((g.lower_ for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj" and not any(d.dep_ == "det" or d.dep_ == "compound" and
                                                                  d.pos_ == "PROPN" for d in g.children)
                            and {g.lower_, g.lemma_.lower()} & set(verbs()["words"]["functions"])), None) \
            if rtype == "Control" and trigger.pos_ in ("NOUN", "PROPN") and function is None else None
        # (round 29) "the group's chief of staff, X": a post under the head, no command of the body ("chief of defence
        # staff" heads a state's forces: force_chief_posts)
        of_function = of_function or next((g.lower_ for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                                           for g in c.children if g.dep_ == "pobj" and not list(g.children) and
                                           g.lower_ in verbs()["words"]["staff_functions"]), None) \
            if rtype == "Control" and trigger.pos_ in ("NOUN", "PROPN") and function is None else None
        function = function or of_function
        # (round 17) "its deputy commander (for logistics), X", "the vice-president of X Ltd": a second holds a post
        seconds = verbs()["words"]["seconds"]
        seconded = rtype == "Control" and trigger.pos_ in ("NOUN", "PROPN") and (any(
            c.dep_ in ("compound", "amod") and c.lower_ in seconds for c in trigger.children) or trigger.i >= 2 and
            trigger.doc[trigger.i - 1].text == "-" and trigger.doc[trigger.i - 2].lower_ in seconds)
        for_function = next((g.lower_ for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                             for g in c.children if g.dep_ == "pobj" and g.lower_ in verbs()["words"]["functions"]),
                            None) if seconded else None
        if rtype == "Control" and not function and trigger.pos_ == "NOUN" and \
                trigger.lemma_.lower() in verbs()["rank_posts"] and (trigger.tag_ == "NNS" or any(
                    c.dep_ == "compound" and c.i in self.coder.at for c in trigger.children) and not any(
                    c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("a", "an") for c in trigger.children)):
            # (round 15) "ADB commander X", "a KSF commander, Y", (round 29) "two of the group's commanders, A and B":
            # one of the group's commanders holds a post (coding manual, round 29: Control is the head's)
            rtype, values = "Membership", {"member": values["controller"], "organisation": values["controlled"]}
            if trigger.tag_ == "NNS":  # "two of its commanders, A and B": each named one holds the post
                values["member"] = values["member"] + [e for e in self._apposed_people(trigger, values["member"])
                                                       if e not in values["member"]]
        if (function or seconded) and self.gaz.is_a(values["controlled"][0], "Organisation"):
            # "the group's finance chief, X": a post in one of its functions, not the command of the group
            rtype, values = "Membership", {"member": values["controller"], "organisation": values["controlled"]}
        if rtype == "Membership" and self._heads_service(trigger, values):
            rtype, values = "Control", {"controller": values["member"][:1], "controlled": values["organisation"]}
        if rtype == "Control" and self.regional_post(trigger, values):  # (round 34) "the commander of X in Y, Z"
            rtype, values = "Membership", {"member": values["controller"], "organisation": values["controlled"]}
        self.scoped_body(rtype, trigger, values, sentence)  # (round 40) "the X county police commander, Y"
        spec = relations()[rtype]
        if rtype == "Membership" and trigger.tag_ != "NNS":
            values["member"] = values["member"][:1]  # "its quartermaster, X, and its chief financier, Y": X alone
        if rtype == "Membership":  # the post is the trigger noun ("A spokesman for the Warsame Front, X")
            post = (f"{trigger.lower_} of {function}" if of_function else f"{function} {trigger.lower_}") \
                if function else self.post_words(trigger) + (f" for {for_function}" if for_function else "")
            values["role"] = [self.finder.role(slug(post), post)]
            if any(c.type == "Membership" and c.fields.get("member") in values["member"] and
                   c.evidence[-1].index == sentence.index and c.fields.get("role") != values["role"][0] and
                   re.search(r"\b" + re.escape(post) + r"\b", self.label(c.fields["role"]).lower())
                   for c in claims.values()):
                return  # "Its Minister of the Interior, X": the title's whole post, coded already, not "minister"
        shipper = getattr(self, "shipper_named", None)
        if rtype == "ArmsTransfer" and "supplier" not in values and shipper and \
                0 < sentence.index - shipper[1] <= (15 if _the_cargo(trigger) else 2) and values["recipient"] != [shipper[0]]:
            # (round 19) "the weapons were destined for X" several sentences on: the cargo whose consignor was named
            values["supplier"] = [shipper[0]]  # the shipper a document named just before the cargo's destination
            self.shipper_named = None  # last_shipper is that supplier already (_shipper set both)
        last = getattr(self, "last_shipper", None)
        if rtype == "ArmsTransfer" and "supplier" not in values and last and values["recipient"] != [last] and any(
                _SAME_SENDER.search(s.text) for s in self.sents[max(0, sentence.index - 1):sentence.index + 1]):
            values["supplier"] = [last]  # (round 19) "a truck from the same consignor ... bound for X"
        if "items" in values:
            items = [i for i in values.pop("items") if i != "arms"]
            if items:
                fields["items"] = items
        if rtype == "SanctionsMeasure":
            date = self.measure_values(trigger, sentence, claims, values, fields, date)
            if date is False:
                return  # no authority to give it, or a measure named again
        told = _told_just_before(trigger, values, sentence, claims) if rtype == "ArmsTransfer" else None
        for combination in _expand(values, spec.get("expand") or []):
            candidate = told or self.candidate(rtype, spec, combination, dict(fields), date, sentence)
            if rtype == "ArmsTransfer" and not told:
                candidate = self._same_transfer(candidate, claims)
            candidate = self._add(claims, candidate, sentence)
            if "items" in fields:
                candidate.fields["items"] = list(dict.fromkeys((candidate.fields.get("items") or []) + fields["items"]))
            if candidate not in here:
                here.append(candidate)

    def post_words(self, trigger) -> str:
        """The name of the post a trigger names, lower case: a verb's post
        ("is coordinated by X": coordinator; ``post_verbs`` in lexicon/verbs.yaml),
        else the noun with the lower-case words right before it that make the post
        ("its chief financier", "the Panel's arms expert", "a district councillor",
        "Press spokesperson"), less the words that only rank the holder or name
        the body ("principal financier", "police spokesperson": ``not_post_words``)."""
        lemma = trigger.lemma_.lower()
        if trigger.pos_ in ("VERB", "AUX"):
            return verbs()["post_verbs"].get(lemma, lemma)
        skip = set(verbs()["not_post_words"])
        if lemma in verbs()["portfolio_posts"] and getattr(self, "scoped_trigger", None) is not trigger:  # "police minister"
            skip -= set(verbs()["portfolio_words"])
        doc = trigger.doc
        if trigger.i + 2 < len(doc) and doc[trigger.i + 1].text == "-" and not trigger.whitespace_ and \
                not doc[trigger.i + 1].whitespace_ and doc[trigger.i + 2].is_alpha:
            lemma = f"{lemma}-{doc[trigger.i + 2].lower_}"  # "its secretary-general": the whole hyphenated post
        if trigger.i >= 2 and doc[trigger.i - 1].text == "-" and not doc[trigger.i - 2].whitespace_ and \
                not doc[trigger.i - 1].whitespace_ and doc[trigger.i - 2].lower_ in verbs()["words"]["seconds"]:
            return f"{doc[trigger.i - 2].lower_}-{lemma}"  # (round 17) "the vice-chairman of X": the whole post
        words, token = [lemma], trigger.i - 1
        modifiers = {c.i: c for c in trigger.children if c.dep_ in ("compound", "amod")}
        while token in modifiers:
            word = modifiers[token]
            # "a Mohale's Hoek district councillor": the region's noun is a word of the post too, and so is a word of
            # a known Role's name ("its chief financier" once that role is curated: the same post again)
            region = word.i in self.coder.at and (word.lower_ in self.coder.words["region_nouns"] or
                                                  self.gaz.is_a(self.coder.at[word.i].entity, "Role"))
            # "The Kandep District Administrator": a capitalised region noun is a word of the post too, and so is
            # any capitalised word of a post written in title case ("X's Resident District Commissioner")
            if word.i in self.coder.at and not region or word.lower_ in skip or not word.is_alpha or (
                    word.text[:1].isupper() and word.i != word.sent.start and not trigger.text[:1].isupper() and
                    word.lower_ not in self.coder.words["region_nouns"]):
                break
            words.insert(0, word.lower_)
            token -= 1
        # (round 22) "Niger's minister of the interior, X": a portfolio written in lower case after "of"
        of = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == trigger.i + 1), None)
        if of is not None and lemma in verbs()["portfolio_of_posts"] and all(
                t.is_lower and t.is_alpha and t.i not in self.coder.at for t in of.subtree):
            words += [t.lower_ for t in of.subtree]
        return " ".join(words)

    @staticmethod
    def dated_here(trigger, sentence, offset: int) -> bool:
        """False when the date at ``offset`` (in the sentence) belongs to another clause than the verb
        ``trigger``: a verb coordinated with it ("is commanded by X and has controlled Y since April": the
        control is dated, the command is not), or, for a participle or relative clause, the clause it hangs
        on ("X, led by Y, has held Z since March"). True for a noun trigger and for a date of the trigger's
        own clause or of a clause it governs, or of the clause an adverbial or complement clause depends on."""
        if trigger.pos_ not in ("VERB", "AUX"):
            return True
        at = sentence.span.start_char + offset
        token = next((t for t in sentence.span if t.idx <= at < t.idx + len(t.text)), None)
        if token is None:
            return True
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i == trigger.i:
            return True
        coordinated = {d.i for c in trigger.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                       for d in c.subtree}
        if verb.i in coordinated:
            return False
        if any(t.i == verb.i for t in trigger.subtree):
            return True
        if verb in trigger.conjuncts:
            return False  # the verb this one is coordinated with has its own date
        ancestors = list(trigger.ancestors)
        return verb in ancestors and trigger.dep_ not in ("acl", "relcl", "appos", "conj")

    @staticmethod
    def same_clause_after(sentence, end: int, offset: int) -> bool:
        """True unless the date at ``offset`` (after a phrase ending at ``end``; offsets in the sentence)
        stands in another clause than the phrase: one coordinated with it or the clause a participle hangs on
        ("is commanded by X and has controlled Y since April", "X, led by Y, has held Z since March": the
        command is not dated). The phrase's clause is the verb above its last word; the date's is the verb
        above it; the date is kept when that verb is the phrase's or one it governs, not through "and"."""
        if sentence.span is None:
            return True
        base = sentence.span.start_char
        tokens = [t for t in sentence.span if t.idx - base < end]
        token = next((t for t in sentence.span if t.idx - base <= offset < t.idx - base + len(t.text)), None)
        if not tokens or token is None:
            return True

        def clause(t):
            while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
                t = t.head
            return t if t.pos_ in ("VERB", "AUX") else None
        mine, theirs = clause(tokens[-1]), clause(token)
        if mine is None or theirs is None or mine.i == theirs.i:
            return True
        coordinated = {d.i for c in mine.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                       for d in c.subtree}
        return theirs.i not in coordinated and any(t.i == theirs.i for t in mine.subtree)

    def _blamed(self, accused: list, sentence, claims: dict, here: list, events: list, trigger=None) -> None:
        """Participations of those blamed for a killing: the one coded in this
        sentence, else the latest in the three sentences before ("The
        designations follow a drone attack that killed three workers. The KRG
        blamed X for the attack."); (round 26) in the twelve before when the harm is
        definite ("blamed X for the attack", "attributes these killings to Y"): the killing told."""
        back = 12 if trigger is not None and any(
            t.lemma_.lower() in verbs()["words"]["harms"] and any(
                d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those") for d in t.children)
            for t in trigger.subtree if t.i != trigger.i) or self._answers_accusation(sentence) else 3
        event = next((e for e in reversed(events)), None) or next(
            (c for c in reversed(list(claims.values())) if c.type in ("Atrocity", "Massacre")
             and sentence.index - c.evidence[-1].index <= back), None)
        if event is None:
            return
        for actor in accused:
            part = self.candidate("Participation", relations()["Participation"], {"actor": [actor], "event": [event.id]},
                                  {"role": "accused-participant"}, None, sentence)
            part = self._add(claims, part, sentence)
            if part not in here:
                here.append(part)

    def _answers_accusation(self, sentence) -> bool:
        """(round 29) True when the sentence before, in the same paragraph, rejects "the accusation" ("The X
        rejected the accusation. Its spokesman ... blamed a militia"): a blame of the killing accused before."""
        before = self.sents[sentence.index - 1] if sentence.index > 0 else None
        return before is not None and before.span is not None and before.base == sentence.base and any(
            t.lemma_.lower() in language()["accusation_nouns"] and any(
                d.lower_ in ("the", "this", "these", "those") for d in t.children) for t in before.span)

    def _charged_for_killing(self, trigger, defendants: list, sentence, claims: dict, here: list, events: list) -> None:
        """"the killing of six farmers near X, for which prosecutors have
        charged two Y members": the group a set of charged members belongs to
        is accused of the killing this sentence codes."""
        which = any(c.dep_ == "prep" and c.lower_ in ("for", "over") and any(
            g.dep_ == "pobj" and g.lower_ in ("which", "whom") for g in c.children) for c in trigger.children)
        event = next(reversed(events), None) if which else None
        if event is None or sentence not in event.evidence:
            return
        groups = [self.gaz.entities[d].extra.get("member_of") for d in defendants
                  if d in self.gaz.entities and self.gaz.entities[d].type == "ActorSet"]
        for group in dict.fromkeys(g for g in groups if g and self.gaz.is_a(g, "ArmedGroup")):
            part = self.candidate("Participation", relations()["Participation"], {"actor": [group], "event": [event.id]},
                                  {"role": "accused-participant"}, None, sentence)
            part = self._add(claims, part, sentence)
            if part not in here:
                here.append(part)

    def _heads_service(self, trigger, values) -> bool:
        """(round 25) "The commissioner of the X Regional Police, Y", "the Commissioner for the Z Customs Service,
        Y": the head of a state service (language.yaml ``service_heads``) named after "of"/"for" controls it; not
        "the state's commissioner for internal security" (a portfolio), "the X County Commissioner" nor "a
        commissioner of the X Commission" (one of several)."""
        if trigger.lemma_.lower() not in language()["service_heads"] or not values.get("organisation") or \
                not any(self.gaz.is_a(values["organisation"][0], k) for k in ("StateArmedForces", "GovernmentBody")) \
                or any(c.dep_ in ("amod", "compound", "poss") or c.lower_ in ("a", "an", "one")
                       for c in trigger.children):
            return False
        at = self.coder.at
        return any(g.i in at and at[g.i].entity == values["organisation"][0] for p in trigger.children
                   if p.dep_ == "prep" and p.lower_ in ("of", "for") for g in p.children if g.dep_ == "pobj")

    def _apposed_people(self, trigger, named: list[str]) -> list[str]:
        """(round 29) The people named in apposition to a plural title and in its conjuncts, or joined to the
        first one ``named`` ("two of the group's commanders, A and B": A, B), in text order; ids of the
        gazetteer's persons."""
        at, found = self.coder.at, []
        words = [w for w in trigger.subtree if w.i > trigger.i and w.dep_ in ("appos", "conj")]
        words += [c for w in trigger.doc[trigger.i:trigger.sent.end] if w.i in at and at[w.i].entity in named[:1]
                  for c in w.children if c.dep_ == "conj"]
        for word in sorted(words, key=lambda w: w.i):
            if word.i in at and self.gaz.is_a(at[word.i].entity, "Person") and at[word.i].entity not in found:
                found.append(at[word.i].entity)
        return found

    def _shipper(self, supplier: str, sentence, claims: dict) -> None:
        """The supplier of the latest transfer whose sender was not named ("The
        cargo was destined for X. The bill of lading names Y as the shipper.")."""
        self.shipper_named = (supplier, sentence.index)  # "The manifest lists X as the consignor. ... destined for Y"
        self.last_shipper = supplier  # (round 19) for "from the same consignor" later
        for claim in reversed(list(claims.values())):
            if claim.type == "ArmsTransfer" and not claim.fields.get("supplier") and \
                    claim.fields.get("recipient") != supplier:
                self.shipper_named = None
                del claims[claim.key]
                claim.fields["supplier"] = supplier
                claim.key = ("ArmsTransfer", (supplier,)) + claim.key[2:]
                claim.id = slug(f"{supplier}-arms-transfer-to-{claim.fields['recipient']}", 80)
                names = {"supplier": self.label(supplier), "recipient": self.label(claim.fields["recipient"])}
                spec = relations()["ArmsTransfer"]
                claim.fields["label"] = spec["label"].format_map(names)
                claim.fields["says"] = spec["says"].format_map(names)
                claim.evidence.append(sentence)
                self._add(claims, claim, sentence)
                return

    def _same_transfer(self, candidate, claims):
        """A transfer between the same parties is the same fact unless both name
        different items ("rifles" in one sentence, "attack helicopters" in the next);
        "attack drones" and "drones" are the same kind of item. A transfer whose
        supplier is not named, of the kind of items an earlier transfer with a
        supplier gave the same recipient, is that transfer told again."""
        def kinds(items):
            return {i.split("-")[-1] for i in items}
        mine = set(candidate.fields.get("items") or [])
        if not candidate.fields.get("supplier"):  # "the rifles the Front received": the delivery told before
            told = [c for c in claims.values() if c.type == "ArmsTransfer" and c.fields.get("supplier")
                    and c.key[2:3] == candidate.key[2:3] and mine and kinds(mine) & kinds(c.fields.get("items") or [])]
            if told:
                return told[-1]
        same = [c for c in claims.values() if c.type == "ArmsTransfer" and c.key[:3] == candidate.key[:3]]
        if mine and same and all(c.fields.get("items") and not kinds(mine) & kinds(c.fields["items"]) for c in same):
            items = sorted(mine)
            candidate.key = candidate.key + (tuple(items),)
            candidate.id = slug(f"{candidate.id}-{items[0]}", 80)
        return candidate


_SAME_SENDER = re.compile(r"\b(?:the )?same (?:consignor|shipper|sender|exporter|supplier)\b")


def _told_just_before(trigger, values, sentence, claims):
    """(round 25) "X sold rifles to the Front. The weapons were shipped to the group through Y.": a transfer with
    no supplier whose items are the cargo told before ("the weapons") and whose recipient is a common noun or a
    pronoun ("the group", "them") is the transfer with a supplier the sentence before told; else ``None``."""
    if "supplier" in values or not (_the_cargo(trigger) or trigger.dep_ == "conj" and _the_cargo(trigger.head)):
        return None
    heads = [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("to", "for") for g in p.children
             if g.dep_ == "pobj"] + [c for c in trigger.children if c.dep_ == "dative"]
    if not heads or any(g.pos_ == "PROPN" for g in heads):
        return None
    return next((c for c in reversed(list(claims.values())) if c.type == "ArmsTransfer" and c.fields.get("supplier")
                 and 0 <= sentence.index - c.evidence[-1].index <= 1), None)


def _the_cargo(trigger) -> bool:
    """(round 19) True when the trigger's subject is the cargo told before ("the weapons were destined for X")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in ("the", "these", "this") for d in c.children)
               for c in trigger.children)
