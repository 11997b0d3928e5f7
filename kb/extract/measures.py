"""Sanctions measures read off the parse: who imposed them (the body named,
the state its government stands for, the authority of the document's other
measures or its masthead), on what basis and for what reason; one measure
when a text names its authority by a body and by the body above it.
Mixed into :class:`kb.extract.coding.ParsedFacts`."""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import language, relations, verbs


class _NoEntity:
    part_of: list = []


_NONE = _NoEntity()


class MeasureFacts:
    """Mixed into the extractor: the fields of a sanctions measure."""

    def merge_parent_authorities(self, claims: dict, statements: list) -> None:
        """One measure, not two, when a text names its authority once by the
        body that imposed it and once by the body above it ("under U.N.
        sanctions" and "the Security Council put him on its blacklist"): the
        measure by the parent body joins the one by its part, whose authority is
        kept; statements about it follow."""
        measures = [c for c in claims.values() if c.type == "SanctionsMeasure" and c.fields.get("authority")]
        for old in [c for c in measures if getattr(c, "restated_by", None)]:
            new = next((c for c in measures if c is not old and (c.fields["authority"], tuple(sorted(
                c.fields.get("targets") or []))) == old.restated_by), None)
            if new is not None and old.key in claims:
                self._give_way(claims, statements, old, new)
        measures = [c for c in claims.values() if c.type == "SanctionsMeasure" and c.fields.get("authority")]
        for parent in measures:
            child = next((c for c in measures if c is not parent and c.key in claims and
                          set(c.fields.get("targets") or []) == set(parent.fields.get("targets") or []) and
                          parent.fields["authority"] in self.gaz.entities.get(c.fields["authority"], _NONE).part_of),
                         None)
            if child is None or parent.key not in claims:
                continue
            self._give_way(claims, statements, parent, child)

    def join_widened(self, claims: dict, statements: list) -> None:
        """(round 22) One widening, not a widening and a new listing, when a
        sentence both widens an authority's measure against X and lists A and B
        ("extended its measures against X, listed in May 2023, to A and B",
        "added A and B, expanding its listing of X", "designated A, widening its
        sanctions on X"): the widening targets X, A and B, dated by the later of
        the two dates; the earlier date, when there is one, is X's first listing."""
        spec = relations()["SanctionsMeasure"]
        measures = [c for c in claims.values() if c.type == "SanctionsMeasure" and c.fields.get("authority")]
        for wide in [c for c in measures if c.fields.get("status") == "expanded"]:
            sentence = wide.evidence[0]
            new = next((c for c in measures if c.key in claims and c.fields.get("status") == "imposed" and
                        c.evidence == [sentence] and c.fields["authority"] == wide.fields["authority"] and
                        not set(wide.fields.get("targets") or []) <= set(c.fields.get("targets") or [])), None)
            if new is None or wide.key not in claims or not wide.fields.get("targets") or any(
                    self.gaz.is_a(t, "State") for t in wide.fields["targets"]):
                continue  # "widens the EU's Iran regime to cover X and adds A": a state's regime, no listing
            first = [t for t in wide.fields["targets"] if t not in new.fields["targets"]]
            dated = sorted((str(c.fields["date"]), c.fields.get("date_as_written") or "") for c in (wide, new)
                           if c.fields.get("date"))
            later = dated[-1] if dated else None
            earlier = dated[0] if len(dated) == 2 and dated[0][0] != dated[1][0] else None
            fields = {k: v for k, v in wide.fields.items() if k not in (
                "label", "says", "authority", "targets", "date", "date_as_written")}
            values = {"authority": [wide.fields["authority"]], "targets": list(dict.fromkeys(first + list(
                new.fields["targets"])))}
            joined = self.candidate("SanctionsMeasure", spec, values, dict(fields), later and (later[1], later[0]), sentence)
            joined.evidence = list(wide.evidence)
            self._give_way(claims, statements, wide, joined)
            self._give_way(claims, statements, new, joined)
            claims[joined.key] = joined
            if earlier:
                fields = {k: v for k, v in fields.items() if k != "status"}
                fields["status"] = "imposed"
                listed = self.candidate("SanctionsMeasure", spec, {"authority": values["authority"], "targets": first},
                                        fields, (earlier[1], earlier[0]), sentence)
                claims.setdefault(listed.key, listed)

    @staticmethod
    def _give_way(claims: dict, statements: list, parent, child) -> None:
        """Drop the measure ``parent`` for ``child``: its evidence and fields child lacks join child, and
        statements about it follow."""
        del claims[parent.key]
        child.evidence += [e for e in parent.evidence if e not in child.evidence]
        for key, value in parent.fields.items():
            if key not in ("label", "says", "authority", "targets"):
                child.fields.setdefault(key, value)
        for statement in statements:
            regarding = statement.fields.get("regarding") or []
            if any(c is parent for c in regarding):  # candidates are compared by identity (not hashable)
                merged: list = []
                for c in (child if c is parent else c for c in regarding):
                    if not any(c is m for m in merged):
                        merged.append(c)
                statement.fields["regarding"] = merged

    def _authority(self, ident: str) -> str:
        """The known authority a measure's imposer stands for (``authorities``
        in lexicon/verbs.yaml): a state's government by the state ("the
        Australian Government", "the Government of Canada"), "UN sanctions" by
        the Security Council; any other id unchanged."""
        table = verbs()["authorities"]
        if ident in table["bodies"]:
            return table["bodies"][ident]
        entity = self.gaz.entities.get(ident)
        if entity is None or not entity.new:
            return ident
        nouns = "|".join(re.escape(n) for n in table["government_nouns"])
        match = re.fullmatch(r"(?:the\s+)?(?:(?P<adj>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:" + nouns + r")|(?:" + nouns
                             + r")\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))",
                             entity.label, re.I)
        if not match:
            return ident
        written = match.group("adj") or match.group("name")
        label = language()["demonyms"].get(written, written)
        # "the Government of the Republic of Korea": a state's formal name (an alias in lexicon/countries.yaml), or
        # "the Islamic Republic of Mauritania": the name after a form of state (``state_forms`` there)
        forms = "|".join(re.escape(f) for f in table.get("state_forms", []))
        short = re.fullmatch(r"(?:[\w'’-]+\s+)*?(?:" + forms + r")\s+of\s+(?:the\s+)?(.+)", label, re.I) if forms else None
        for name in [label] + ([short.group(1)] if short else []):
            state = next((e.id for e in self.gaz.entities.values() if e.type == "State" and (
                e.label == name or name in e.names)), None)
            if state:
                return state
        return ident

    def _restating(self, trigger, sentence, claims, values) -> None:
        """"X adopted an order imposing sanctions on A. The order freezes the funds of A, B and C": the
        measure named again by its noun (``measure_subject_nouns``, with "the"/"this"), its targets in full;
        the earlier measure of the same authority, one or two sentences before, whose targets are some of
        these, is marked to give way to it (:meth:`merge_parent_authorities`)."""
        nouns = set(verbs()["measure_subject_nouns"])
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in nouns and any(
                d.lower_ in ("the", "this") for d in c.children) for c in trigger.children):
            return
        targets = set(values.get("targets") or [])
        for c in claims.values():
            if c.type == "SanctionsMeasure" and c.fields.get("authority") in values.get("authority", []) and \
                    0 < sentence.index - c.evidence[-1].index <= 2 and set(c.fields.get("targets") or []) < targets:
                c.restated_by = (values["authority"][0], tuple(sorted(targets)))

    def _named_next(self, trigger, sentence) -> list[str]:
        """(round 20) "froze the funds of X and of two of its commanders. The commanders concerned are A, ...,
        and B" ("They are ..."): the people a counted plural noun among the measure's objects stands for, named in
        a copula of one of the next two sentences whose subject is that noun again (or "they", the next one),
        when their number is the count (``counted_target_nouns`` in lexicon/verbs.yaml); [] otherwise. A new
        name of no known kind so named is a person (the noun says so)."""
        nouns = set(verbs()["counted_target_nouns"])
        counted = []
        for noun in (t for t in sentence.span if t.tag_ == "NNS" and t.lemma_.lower() in nouns and t.i > trigger.i):
            number = next((c for c in noun.children if c.dep_ == "nummod"), None)
            if number is None and noun.head.lower_ == "of" and noun.head.head.pos_ == "NUM":
                number = noun.head.head  # "two of its commanders"
            if number is not None and self.count_of(number):
                counted.append((noun.lemma_.lower(), int(self.count_of(number))))
        for after in self.sents[sentence.index + 1:sentence.index + 3] if counted else ():
            root = after.span.root if after.span is not None else None
            if root is None or root.lemma_ != "be":
                continue
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            count = next((n for lemma, n in counted if subject is not None and (subject.lemma_.lower() == lemma or
                          subject.lower_ == "they" and after.index == sentence.index + 1)), None)
            if count is None:
                continue
            named = [t for a in root.children if a.dep_ == "attr" for t in [a] + list(a.conjuncts)] + [
                c for c in root.children if c.dep_ == "conj" and c.pos_ == "PROPN"]  # "are A, ..., and B" parsed apart
            people = []
            for t in named:
                at = after.at(t)
                entity = next((self.gaz.entities.get(m.entity) for m in self.found_mentions[after.index]
                               if m.start <= at < m.end), None)
                if entity is not None and entity.new and entity.type == "Organisation":
                    entity.type = "Person"  # "The commanders concerned are X, known as 'Y'": a person
                if entity is not None and self.gaz.is_a(entity.id, "Person") and entity.id not in people:
                    people.append(entity.id)
            return people if len(people) == count and len(people) == len(named) else []
        return []

    def _court(self, ident: str) -> bool:
        """True for a court or tribunal (``court_nouns`` in lexicon/verbs.yaml), which rules on measures and
        imposes none."""
        entity = self.gaz.entities.get(ident)
        words = set(re.findall(r"[a-z]+", entity.label.lower())) if entity is not None else set()
        return bool(words & set(verbs()["court_nouns"]))

    def _named_again(self, trigger, claims, values) -> bool:
        """True when the measure's subject is the measures themselves ("The
        State Department and OFAC actions block all property of A and B", a
        law firm's compliance note) and every target is one of an earlier
        measure's: the measures named again, not a new one."""
        nouns = set(verbs()["measure_subject_nouns"])
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in nouns for c in trigger.children):
            return False
        before = {t for c in claims.values() if c.type == "SanctionsMeasure" for t in c.fields.get("targets") or []}
        return bool(values.get("targets")) and set(values["targets"]) <= before

    @staticmethod
    def _listing_effect(trigger) -> bool:
        """(round 36) True for "designated A and B ..., freezing their assets and banning them from travel": a
        participle of an effect (``listing_effects``) on a listing verb (``listing_verbs``) whose object is the targets' own, the listing's effect."""
        return trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "conj") and trigger.lemma_.lower() in \
            verbs()["listing_effects"] and trigger.head.lemma_.lower() in \
            verbs()["listing_verbs"] and any(p.dep_ == "poss" and p.lower_ in ("their", "its", "his", "her") for o in
                                             trigger.children if o.dep_ == "dobj" for p in o.children)

    @staticmethod
    def _lifted_ones_past(trigger) -> bool:
        """(round 39) True for "removed X, a bus company designated in 2027, from the list": a participle that
        describes a lifted target (``lifted``) tells how it came to be listed, no measure of its own."""
        if trigger.dep_ != "acl" or trigger.tag_ != "VBN":
            return False
        verb = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return verb is not None and verb.lemma_.lower() in verbs()["status"]["lifted"]

    def _issuing_authority(self) -> str | None:
        """The one state or government body the document's masthead names
        (its issuer: "Ministry of Foreign Affairs / Press release"), as the
        authority of a measure that names none, or ``None``."""
        issuers = [self._authority(i) for i in sorted(self._issuers()) if i in self.gaz.entities and any(
            self.gaz.is_a(i, c) for c in ("State", "GovernmentBody", "InternationalOrganisation"))]
        issuers = list(dict.fromkeys(issuers))
        return issuers[0] if len(issuers) == 1 else None

    def _speakers_state(self, trigger) -> str | None:
        """The state of whoever reports the clause of ``trigger`` ("Canada's
        foreign ministry said the government intends to ...": Canada): the
        subject of a verb above it, or that subject's possessor, when it is a
        state or names one; None when no verb above has such a subject."""
        token = trigger
        while token.head.i != token.i:
            token = token.head
            for subject in (c for c in token.children if c.dep_ == "nsubj"):
                # (round 28) "A Foreign Office minister, X, told ... that the Government": the body her title names
                words = [subject] + [c for c in subject.children if c.dep_ == "poss"] + [
                    w for c in subject.children if c.dep_ in ("compound", "nmod") for w in c.subtree]
                for word in words:
                    mention = self.coder.at.get(word.i)
                    entity = getattr(mention, "entity", None)
                    if entity and self.gaz.is_a(entity, "State"):
                        return entity
                    state = entity and self.gaz.state_of(self.gaz.entities.get(entity))
                    if state:
                        return state
        return None

    def _adopter(self, trigger) -> str | None:
        """(round 28) The state or body that adopted, issued or published the act a measure verb's relative clause
        hangs on ("The Government of X adopted Regulation N, which freezes ...", "the Council issued a decision that
        lists ..."): the subject of the verb whose object the clause modifies (``adopting_verbs`` in
        lexicon/verbs.yaml), or ``None``."""
        if trigger.dep_ not in ("relcl", "advcl") or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that")
                                                             for c in trigger.children):
            return None
        # the clause on the act ("Regulation N, which"; a title's "No. N" may split it), or on the verb itself
        verb = next((a for a in trigger.ancestors if a.pos_ == "VERB"), None)
        if verb is None or verb.lemma_.lower() not in verbs()["adopting_verbs"] or verb.i > trigger.i:
            return None
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            for word in subject.subtree:
                entity = getattr(self.coder.at.get(word.i), "entity", None)
                if entity and any(self.gaz.is_a(entity, c) for c in ("State", "GovernmentBody", "InternationalOrganisation")):
                    return entity
        return None

    def _bare_government(self, trigger) -> bool:
        """True when a measure's subject (or that of the verbs it depends on) is "the Government" alone: no
        name, no state after it, no qualifier ("the provincial government")."""
        token = trigger
        for _ in range(4):
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if subjects:
                s = subjects[0]
                return s.lemma_.lower() == "government" and s.i not in self.coder.at and all(
                    c.dep_ == "det" for c in s.children)
            if token.dep_ == "acl" and token.head.dep_ == "dobj" and token.head.lemma_.lower() in ("decision", "order"):
                token = token.head.head  # (round 37) "instructed the Ministry to prepare a decision freezing ..."
                continue
            if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
                return False
            token = token.head
        return False

    def measure_values(self, trigger, sentence, claims, values, fields, date):
        """Fill in a measure's authority, legal basis and reason (in
        ``values`` and ``fields``); returns its date, or ``False`` when no
        measure is to be proposed."""
        span = sentence.span
        rtype = "SanctionsMeasure"
        if self._named_again(trigger, claims, values) or self._listing_effect(trigger) or self._lifted_ones_past(trigger):
            return False
        # a minister imposing sanctions acts for the state or body of her post
        values["authority"] = [self._authority(self._acting_for(a, claims)) for a in values.get("authority", [])]
        # (round 16) no body sanctions itself: "X was added to the list ..., freezing its funds" (the participle's
        # subject is not the passive's X)
        values["authority"] = [a for a in values["authority"] if a not in (values.get("targets") or [])]
        if any(self._court(a) for a in values["authority"]):
            return False  # "after the General Court annulled its listing": a ruling, the listing body lifts
        if not values["authority"]:
            del values["authority"]
        if "authority" not in values:
            earlier = [c for c in claims.values() if c.type == rtype and c.fields.get("authority")]
            same = [c for c in earlier if sentence.index - c.evidence[-1].index == 1 and values.get("targets")
                    and set(c.fields.get("targets") or []) == set(values["targets"])]
            if same:
                # "X removed A from its list. A had been designated in March 2026": the same target's
                # measure in the sentence before names who took the earlier one
                values["authority"] = [same[-1].fields["authority"]]
        if "authority" not in values:
            adopter = self._adopter(trigger)
            if adopter:  # (round 28) "X adopted Regulation N, which freezes the funds of Y": X imposes it
                values["authority"] = [self._authority(self._acting_for(adopter, claims))]
        if "authority" not in values and self._bare_government(trigger):
            # (round 22) "The Government also decided to remove X": the document's own government each time (the
            # issuer's, else the state the document names most), not the authority of the measure told last
            issuer = self._issuing_authority()
            # (round 36) an issuer of no known state ("Ministry of Foreign Affairs and Trade" in the masthead): the
            # state a measure before has for authority ("the Government of X adopted ... . By the same decision,
            # the Government removed Y")
            before = next((c.fields["authority"] for c in reversed(earlier) if self.gaz.is_a(c.fields["authority"], "State")),
                          None) if not issuer or not self.gaz.state_of(self.gaz.entities.get(issuer)) and not \
                self.gaz.is_a(issuer, "State") else None  # (round 37) or no one issuer: "REPUBLIC OF X / Ministry ..."
            own = self._speakers_state(trigger) or before or issuer and (
                self.gaz.state_of(self.gaz.entities.get(issuer)) or issuer) or self.finder.main_state()
            if own:  # (round 28) a state whose government is a known body ("Government of the United Kingdom")
                values["authority"] = [next((e.id for e in self.gaz.entities.values() if own in (e.part_of or []) and
                                             e.type == "GovernmentBody" and e.label.startswith("Government of")), own)]
        if "authority" not in values and not earlier and not self.coder.authority_votes:
            issuer = self._issuing_authority()
            if issuer is None:
                return False
            values["authority"] = [issuer]  # "X was removed from the national list": the masthead's body
        if "authority" not in values:
            # the authority the document's measures most often had (the issuer of a press release)
            votes = Counter()  # "the Government of X designated two entities": the state, as the measures have it
            for a, n in self.coder.authority_votes.items():
                votes[self._authority(a)] += n
            counts = Counter(c.fields["authority"] for c in earlier) + votes
            top = max(counts.values())
            voted = [a for a in counts if counts[a] == top and votes[a]]
            if len(voted) == 1 and sum(1 for a in counts if counts[a] == top) > 1:
                # a tie: the authority of the document's own measure on a set it names later ("New Zealand
                # imposed freezes on two companies ...") before another body's measure it cites
                values["authority"] = voted
            else:
                values["authority"] = [next((c.fields["authority"] for c in reversed(earlier)
                                             if counts[c.fields["authority"]] == top),
                                            counts.most_common(1)[0][0])]
        if set(values["authority"]) & set(values.get("targets") or []):
            return False  # the votes gave the target itself: no authority this measure can have
        for earlier in claims.values():  # "the UN arms embargo on Libya" after the Council's embargo on Libya
            if earlier.type == rtype and set(earlier.fields.get("targets") or []) == set(values.get("targets", [])) \
                    and values["authority"][0] in self.gaz.entities.get(earlier.fields.get("authority"), _NONE).part_of:
                values["authority"] = [earlier.fields["authority"]]
        self._restating(trigger, sentence, claims, values)
        people = self._named_next(trigger, sentence)
        if people:  # the unnamed set ("two commanders") the people named next are
            self.sets_named.add(sentence.index)
            values["targets"] = list(dict.fromkeys([t for t in values.get("targets") or [] if not (
                self.gaz.entities.get(t, _NONE).type == "ActorSet" and self.gaz.entities[t].new)] + people))
        basis = [m.entity for m in self.mentions_here if self.gaz.is_a(m.entity, "LegalInstrument")]
        if basis:
            fields["legal_basis"] = list(dict.fromkeys(basis))
        # the grounds: "for supplying ...", "for its activities in ..." (on the trigger or its clause)
        reason = next((c for t in (trigger, trigger.head) for c in t.children if c.dep_ == "prep"
                       and c.lower_ == "for" and c.i > trigger.i), None)
        if reason is not None:
            fields["reason"] = span.doc.text[reason.idx:reason.right_edge.idx + len(reason.right_edge.text)]
        if date is None:  # "OFAC also sanctioned ...": announced with the authority's other measures
            dated = [c for c in claims.values() if c.type == rtype and c.fields.get("date")
                     and c.fields.get("authority") in values["authority"]]
            if dated and any(t.lower_ == "also" for t in trigger.children):
                date = (dated[-1].fields.get("date_as_written", dated[-1].fields["date"]), dated[-1].fields["date"])
        return date


def targets_running_authority(claims) -> set[int]:
    """(round 33) The ``id()`` of each Control whose controlled body is the authority of a measure told in the
    same sentence and whose controller is one of that measure's targets: "X has blocked the funds of a company
    and of the man who manages it, Y" (the "it" that found X): no body's target runs it. ``claims``: the
    document's candidates."""
    measures = [(c.fields.get("authority"), set(c.fields.get("targets") or []), {s.index for s in c.evidence})
                for c in claims if c.type == "SanctionsMeasure"]
    out = set()
    for c in claims:
        if c.type != "Control":
            continue
        controller, controlled = (set(v if isinstance(v, list) else [v]) for v in
                                  (c.fields.get("controller"), c.fields.get("controlled")))
        if any(controlled & set(a if isinstance(a, list) else [a]) and controller & targets and
               at & {s.index for s in c.evidence} for a, targets, at in measures):
            out.add(id(c))
    return out
