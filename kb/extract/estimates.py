"""Estimates: numbers in a sentence that count a force, its losses, the people
an attack killed, or money spent, with their qualifier, currency and period.
The cues are data (``lexicon/estimates.yaml``)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from .named import weapon_type
from .found import _MONTH, Candidate, sentence_case as _sentence_case
from .lexicon import estimates as estimate_lexicon, verbs
from .measured import measured_group
from .mentions import slug
from .restated import bare_toll, figure_again, first_toll_measure
from .tolls import TollTargets
from .figures import NumberReader, _number_words, number_phrase


class EstimateFinder(TollTargets, NumberReader):
    """Mixed into the extractor: the estimates of one sentence."""

    @property
    def victim_words(self) -> set:
        """The nouns that name a killing's victims (``victims`` in lexicon/verbs.yaml)."""
        return _victim_words()

    def estimates_in(self, sentence, mentions, masked, spoken, claims, here) -> list[Candidate]:
        out = []
        text = sentence.text
        lower = text.lower()
        not_a_force = False
        measure_for_sentence = None
        for match in self.numbers_in(text):
            if self.in_quote(sentence.start + match.start()) and not self._quoted_figure(sentence, match) or \
                    sentence.start + match.start() in self.consumed:
                continue
            at = sentence.start + match.start()
            if any(m.start <= at < m.end for m in mentions):
                continue  # "E.O. 13224", "resolution 2653": a number in a name
            before = lower[: match.start()]
            after = lower[match.end(): match.end() + 40]
            counted_words = re.split(r"[,;(]|\s(?:who|which|that|with|carrying)\b", after)[0]
            if weapon_type(" ".join(counted_words.split()[:4])):
                continue  # "40 armoured personnel carriers": equipment, not a force ("120 men, who carry rifles" is)
            year = re.fullmatch(r"(19|20)\d\d", text[match.start():match.end()])  # "two thousand" is no year
            if re.search(r"\b(?:in|since|of|by|until|from)\s*$", before) and year:
                continue
            if year or re.search(_MONTH.lower() + r"\s*$", before):
                continue
            value = Decimal(match.group("num").replace(",", ""))
            if match.group("mult"):
                value *= self.est["multipliers"][match.group("mult")]
            money = bool(match.group("cur")) or bool(re.match(r"^\s*(?:dollars|euros|pounds)\b", after))
            percent = bool(match.group("pct"))
            if not money and not percent and value < 2:
                continue
            if re.match(r"^\s*(?:" + _MONTH.lower() + r")\b", after):
                continue  # "on 14 November 2025": a date
            if _cue_before("clock_times", r"(?!\w)", r"^\s*").search(after):
                continue  # (round 33) "at about four in the morning, gunmen of X": a time of day, no count
            if _cue_before("age_cues", r"\s+(?:between\s+)?(?:[\w-]+\s+(?:and|to|or)\s+)?$").search(before):
                continue  # (round 39) "two herders aged sixteen and seventeen": ages, no count
            if _cue_before("vague_counts", r"\s+$").search(before):
                continue  # "several dozen active members": no figure
            if _cue_before("source_counts", r"\s+(?:the\s+)?(?:[a-z]+\s+)?$").search(before):
                continue  # (round 27) "according to two passengers who survived": who tell, no toll nor force
            measure = self.measure(before, after, lower, money, percent) or (
                measure_for_sentence if re.search(r"\b(?:including|and|of whom|with)\s*$", before) else None)
            again = figure_again(before, claims, sentence, lower[match.end():]) if not money and not percent else None
            measure = again.fields["measure"] if again is not None else measure  # "MINUSCA put it at about 1,200"
            counted = re.findall(r"[a-z]+", after)[:2]
            if measure == "force-size" and counted and (counted[0] in self.est["not_force_modifiers"] or (
                    not_a_force and counted[0] == "of")):
                not_a_force = True  # "its five crew members, four of them ...": a boat's crew, not a force
                continue
            if measure == "force-size" and counted and not any(w in self.est["force_nouns"] for w in counted) and \
                    counted[0] not in ("in", "and", "of", "including", "to", "at", "now", "by", "as", "last", "a",
                                       "this", "ago", "up", "down", "from") and not (
                    counted[0] == "according" and re.search(r"\b(?:strength|numbers|ranks|manpower)\b", lower)):
                continue  # "more than 300 shelters": not people; (round 22) "its strength: 1,200, according to X" is
            if not measure:
                continue
            if measure == "force-size" and (
                    _cue_before("not_force_after_verbs", r"\s+(?:at least |some |about |more than )?$").search(before)
                    or _cue_before("counted_acts", r"\b", r"\bnumbers? of (?:\w+ ){0,2}?").search(before)):
                continue  # "killing three soldiers": the people hurt; (round 25) "the number of killings ... at 50": acts
            if measure == "force-size" and re.match(r"^\s*[a-z]+\s+(?:(?:of|from)\s+[^,;]{1,40}?\s+)?(?:" +
                                                    "|".join(self.est["party_verbs"]) + r")\b", after):
                continue  # "12 gunmen of the X attacked the market": a raiding party
            if measure == "force-size" and self._party(sentence, sentence.start + match.start()):
                continue  # (round 17) "about forty fighters of the X (XF) entered Y": a party the parse makes the doer
            if measure == "force-size" and measure_for_sentence is None and \
                    re.search(r"\b(?:among them|of them|of whom|among whom)\s*$", before):
                continue  # "killing eight people, among them two police officers": a part of the dead, no force
            if measure == "force-size" and re.match(r"^\s*of (?:the|them|whom|its|their)\b", after):
                continue  # "recognised two of the gunmen as members": some of a force, not its strength
            if measure.endswith("-killed") and (counted and counted[0] in self.est["not_people_counted"] or
                                                re.search(r"\b(?:among them|including|of them|of whom)\s*$", before)):
                continue  # "a heavy toll, with 40 cattle dead": no people; "..., among them two children": a part
            if (measure.endswith("-killed") or measure == "force-size") and \
                    re.search(r"\b(?:the|these|those|both)\s+$", before) and any(
                    c.type == "Estimate" and c.fields.get("measure", "").endswith("-killed") for c in claims.values()):
                continue  # (round 16) "the army said the two men were combatants killed in ...": those counted before,
                # no new toll nor a force's strength
            if measure.endswith("-killed") and re.match(r"^\s*names\s+of\b(?!\s+(?:the\s+)?(?:dead|victims|those killed))",
                                                        after):
                continue  # (round 17) "a list of 40 names of officials": no dead counted
            if measure.endswith("-killed") and counted and counted[0] in ("more", "further", "other"):
                continue  # "pulled five more bodies from a pit": some added to a toll, not the toll
            if measure.endswith("-killed") and re.match(r"^\s*of (?:them|whom)\b", after):
                continue  # "shot dead seven villagers, two of them children": a part of the toll, no toll of its own
            # a category is a part of a force counted apart ("50,000, including 10,000 contractors and 40,000
            # convicts"); "has some 1,500 contractors" is the whole force of a company of contractors
            part = measure_for_sentence is not None or re.search(r"\b(?:including|includes|included|of whom|among)\b"
                                                                  r"[^,;]{0,30}$", before)
            prior, measure_for_sentence = measure_for_sentence, measure
            fields = {"measure": measure, "value": int(value) if value == int(value) else value}
            fields["qualifier"] = self.qualifier(before)
            low = _shared_scale(before, lower[match.start():match.end()], self.est)
            if low:  # (round 31) "between one and two thousand fighters": the scale serves both numbers
                fields["value"], fields["qualifier"], fields["maximum"] = low, "at-least", fields["value"]
            # a range: "between 400 and 600 contractors", "an estimated 2,000 to 2,500 fighters"
            upper = re.match(r"^\s*(?:and|to|-|–)\s*(\d{1,3}(?:,\d{3})+|\d+)\b", lower[match.end():])
            if upper is None and not match.group("cur"):  # "between three hundred and four hundred fighters"
                upper = re.match(r"^\s*(?:and|to)\s*(" + _number_words().pattern + r")", lower[match.end():], re.I)
            top = upper and number_phrase(re.split(r"[\s-]+", upper.group(1).replace(",", "")), self.est)
            if upper and top is not None:
                fields["qualifier"], fields["maximum"] = "at-least", int(top)
                low = _shared_scale("between " + lower[match.start():match.end()] + " and ", upper.group(1), self.est)
                fields["value"] = low or fields["value"]  # "between two and three thousand": 2000, not 2
                self.consumed.add(sentence.start + match.end() + upper.start(1))
                window_end = match.end() + upper.end()
                after = lower[window_end: window_end + 40]
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
            for category, cues in self.est["categories"].items() if part or percent else ():
                if any(re.search(r"\b" + re.escape(c) + r"\b", window) for c in cues):
                    fields["category"] = category
                    break
            of = again.fields["of"] if again is not None else \
                self.estimate_of(measure, sentence, mentions, match, here)
            if not of or measure.endswith("-killed") and counted and counted[0] in self.est["part_victims"] and \
                    self._told_before(of, sentence):
                continue  # "... shot them. Two women were killed when their houses were set alight": a part
            if measure == "people-killed" and (prior or "").endswith("-killed") and not re.match(r"^\s*[a-z]", after):
                measure = fields["measure"] = prior  # (round 27) "put the toll at 12 civilians; a network counted 17"
            elif measure == "people-killed" and bare_toll(before, after):
                pass  # (round 32) "put the toll at 12": a toll naming no victims counts people, after any first toll
            elif measure == "people-killed" and counted[:1] == ["deaths"]:  # (round 17) "We confirmed nine deaths"
                measure = fields["measure"] = first_toll_measure(of, claims) or self._victims_measure(of) or measure
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
            year = re.match(r"^(?:\s+[a-z-]+){0,2}?\s+in\s+((?:19|20)\d\d)\b", lower[match.end():]) \
                if measure == "force-size" else None
            if year and (not self.issued or year.group(1) <= str(self.issued.year)):
                fields["date"], fields["date_as_written"] = year.group(1), "in " + year.group(1)  # "up from about 60 in 2025"
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
            if spec.get("of_dead"):  # (round 27) "seven of the dead were civilians"
                if re.match(_of_dead(tuple(spec["of_dead"]), tuple(near)), after):
                    return spec["measure"]
                continue
            if near and not any(re.search(r"^(?:\s*[\w\"“”'-]+){0,3}?\s*\b" + re.escape(w) + r"\b", after) for w in near):
                continue
            lead = spec.get("before")  # "put the toll at nineteen": the words just before the number
            if lead and not re.search(r"\b(?:" + "|".join(re.escape(w) for w in lead) + r")\s+[\"“]?(?:" +
                                      "|".join(re.escape(q) for words in self.est["qualifiers"].values() for q in words) +
                                      r")?\s*$", before):
                continue
            if spec.get("bare") and re.match(r"^\s*[a-z]", after):
                continue  # (round 16) "counted seven." but not "counted seven boats"
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
        # longest words first across qualifiers: "no more than" is at-most, not "more than"
        pairs = sorted(((w, q) for q, words in self.est["qualifiers"].items() for w in words), key=lambda p: -len(p[0]))
        for word, qualifier in pairs:
            if re.search(r"\b" + re.escape(word) + r"\s*\\?$", tail.rstrip("$").rstrip("\\").rstrip()
                         + " ") or re.search(r"\b" + re.escape(word) + r"\s+\\?\$?$", tail):
                return qualifier
        return "exactly"

    def estimate_of(self, measure, sentence, mentions, match, here):
        if measure == "people-killed":  # "put the toll at nine dead": the killing here, or told just before
            # (round 15) "gave a higher toll of six dead": another count of the last killing, however far back
            # (round 16) "The ombudsman's office counted seven" after "We confirmed five deaths": the same killing
            lower = sentence.text.lower()
            back = 3 if re.search(r"toll|\bnumber (?:of (?:the )?)?(?:dead|deaths|killed|victims)\b|\bdeath count",
                                  lower) else 2 if re.search(
                r"\b(?:counted|recorded|registered|confirmed|documented|verified)\b", lower) else 1
            back = 10 ** 6 if _cue_before("toll_compared", r" toll\b").search(sentence.text.lower()) else back
            if self._earlier_killing(sentence, sentence.start + match.start()):
                event = self._toll_of(sentence, here, 0)  # (round 24) "since March, when an attack killed nine"
                return event if event and not self._told_before(event, sentence) else None
            return self._toll_of(sentence, here, back) or self._killing_named_here(sentence, mentions)
        if measure == "civilians-killed":
            if self._second_killing(sentence, sentence.start + match.start()) or \
                    self._earlier_killing(sentence, sentence.start + match.start()):
                return None  # "..., and an attack on a shrine killed five worshippers": not the first killing's toll
            of_dead = re.match(r"^\s*of\s+(?:the|those)\b", sentence.text[match.end():].lower())  # (round 27)
            return self._toll_of(sentence, here, 3 if "toll" in sentence.text.lower() else 2 if of_dead else 0)
        position = sentence.start + match.start()
        # who gives the figure is not what it counts: "The Nigerian Army puts the faction's strength at ..."
        # (round 32) or past a relative clause: "The X Police, which has sent two detectives to Y, said that ..."
        # (never "The KDM, which operates in X, now counts 3,000 fighters": a verb of saying only)
        giver = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:(?:\s+(?!(?:is|are|was|were|be|been|being)\b)\w+)?\s+(?:"
                           + "|".join(self.est["estimating_verbs"]) + r")|,\s+(?:which|who)\s[^,;.()]{1,80},"
                           r"(?:\s+(?!(?:is|are|was|were|be|been|being)\b)\w+)?\s+(?:said|says|say|told|believes|believe|estimates|estimated))\b")
        # "The army puts its strength at ...": "its" is not the army whatever the anaphor resolver chose
        # "According to the police, it has some 150 armed members": the police only give the figure
        giving = [m for m in mentions if giver.match(self.text, m.end) or
                  re.search(r"\b[Aa]ccording to (?:the\s+)?$", self.text[max(0, m.start - 20):m.start]) or
                  m.kind != "anaphor" and self._state_telling(m)]
        givers = {m.entity for m in giving}
        # (round 16) "The army estimates the KAF's strength": a giver read as an anaphor ("the army" taken for the
        # group when no state force was named before) does not hide the group the sentence names by name
        named_givers = {m.entity for m in giving if m.kind != "anaphor"}
        groups = [m for m in mentions if self.gaz.is_a(m.entity, "ArmedGroup") and not m.quoted
                  and (m.entity not in named_givers if m.kind != "anaphor" else m.entity not in givers)]
        lower = sentence.text.lower()
        # "the gang has", "the group's strength": a non-state group, never a state's forces
        mods = r"(?:(?:" + "|".join(self.est["strength_modifiers"]) + r")\s+)?"  # (round 34) "its armed strength"
        named = re.search(r"\bthe (?:" + "|".join(self.est["group_nouns"]) + r")(?:['’]s\s+" + mods + r"(?:" +
                          "|".join(self.est["strength_nouns"]) + r")| (?:" + "|".join(self.est["group_count_verbs"]) +
                          r"))\b", lower)
        if named:  # "Police believe the gang has 150 men": the police only give the figure
            groups = [m for m in groups if self._non_state_group(m.entity)]
        if not groups and (named or re.search(r"\b(?:its|their)\s+" + mods + r"(?:"
                                              + "|".join(self.est["strength_nouns"]) + r")\b", lower) or re.search(
                r"\b(?:it|they) (?:has|have|had|numbers|counts)\b", lower)):
            givers = {m.entity for m in mentions}
            # "its strength", "the group has": the non-state armed group the text named last before this sentence,
            # else a state's forces, though never the forces of the state whose officials give the figure
            # ("Togolese officials put its strength at ...": "its" is the group the sentence before was about)
            seen = [i for i in reversed(self._named_before(sentence)) if i not in givers]
            group = next((i for i in seen if self._non_state_group(i)), None)
            if group or named:
                return group
            return next((i for i in seen if self.gaz.is_a(i, "ArmedGroup") and not (
                    set(self.gaz.entities[i].part_of) & givers)), None)
        if measure == "fighters-killed":  # (round 22) "19 soldiers were killed in an ambush the army blamed on X",
            groups = [m for m in groups if not _blamed().search(self.text[max(0, m.start - 40):m.start])]  # X's victims
        if not groups:
            return None
        measured = measured_group(sentence, position, groups)  # (round 20) the parse says whose strength it is
        if measured is not None:
            return measured.entity
        # (round 20) "told the Panel it had 500 men; the X did not respond": a group past a semicolon is another clause's
        later = [m for m in groups if m.start > position and ";" not in self.text[position:m.start]]
        after = [m for m in later if 0 <= m.start - (sentence.start + match.end()) <= 12]
        if after:
            return after[0].entity
        before = [m for m in groups if m.end <= position]
        return before[-1].entity if before else later[0].entity if later else None

    def _joined_count(self, victims) -> int:
        """The people the victims noun's conjuncts count ("and a truck driver",
        "and two nurses"); 0 unless each conjunct is a victims word with a count."""
        joined = [c for c in victims.conjuncts if c.i > victims.i]
        counts = [1 if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) else
                  next((self.count_of(n) for n in c.children if n.dep_ == "nummod"), None) for c in joined]
        if not joined or any(n is None for n in counts) or \
                any(c.lemma_.lower() not in self.victim_words for c in joined):
            return 0
        return int(sum(counts))

    def _party(self, sentence, at: int) -> bool:
        """True when the number at ``at`` counts the people who did something
        ("some 25 gunmen belonging to X crossed the river", "around sixty men
        from X, some on motorcycles, surrounded the school"): the counted noun is
        the subject of a verb of an attack or a movement (``party_lemmas``), a
        raiding party, not a force's strength ("X has 400 fighters", "whose 300
        fighters operate near Y"); (round 18) or those something was done to
        (``acted_on_lemmas``: "the arrest of some 40 fighters of X", "30 X fighters were captured", "X shot dead
        six men")."""
        token = next((t for t in sentence.span if sentence.at(t) == at), None) if sentence.span is not None else None
        noun = token.head if token is not None and token.dep_ == "nummod" else None
        if noun is None:
            return False
        acted_on = self.est["acted_on_lemmas"]
        if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "with", "from"):  # (round 25) "spoke to 25 people"
            return noun.head.head.lemma_.lower() in self.est["heard_lemmas"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            return noun.head.head.lemma_.lower() in acted_on  # (round 18) "the detention of 40 men by X"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and self._acted_after_doer(noun.head, acted_on):
            return True  # (round 36) "the execution by soldiers of X of three men": the victims after the doer
        if noun.dep_ in ("nsubjpass", "dobj"):  # (round 18) "some 30 fighters were captured by the army"
            return noun.head.lemma_.lower() in acted_on  # (round 20) "soldiers of X shot dead six men": the victims
        if noun.dep_ != "nsubj":
            return False
        return noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in self.est["party_lemmas"]

    @staticmethod
    def _acted_after_doer(of, acted_on) -> bool:
        """(round 36) True for the "of" of "the execution by soldiers of X of three men": the parse hangs it on the
        doer's name or on the verb, while the act (``acted_on_lemmas``) is the noun right before "by"."""
        by = next((a for a in of.ancestors if a.dep_ == "prep" and a.lower_ == "by"), None)
        if by is None and of.head.pos_ == "VERB":
            by = next((c for c in of.head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and
                       c.i < of.i), None)
        return by is not None and by.i > 0 and by.doc[by.i - 1].lemma_.lower() in acted_on

    def _quoted_figure(self, sentence, match) -> bool:
        """True when the number stands in a short quoted phrase that a
        sentence's reported speech ends on (told the Panel that the group had
        "no more than 300 armed men"): the figure, not a quoted speech."""
        at = sentence.start + match.start()
        span = next(((q0, q1) for q0, q1 in self.quotes if q0 < at < q1), None)
        # (round 18) a quote that goes on after a strength's phrase ("no more than 800 men under arms, and many of
        # them part-time"): the phrase up to the first comma or semicolon after the number
        cut = re.search(r"[,;](?!\d)", self.text[at:span[1]]) if span is not None else None
        cut = cut if cut is not None and set(re.findall(r"[a-z]+", self.text[at:at + cut.start()])) & set(
            self.est["force_nouns"]) else None  # a strength's phrase ("800 men"), never a toll's ("31 dead, including")
        span = (span[0], at + cut.start()) if cut is not None else span
        if span is None or span[1] - span[0] > 60 or span[0] - sentence.start < 20:
            return False
        lead = self.text[sentence.start:span[0]]
        # (round 15) or that a verb of estimating puts a figure at ("the army put it at \"no more than 150\"")
        # (round 17) or that a verb of saying puts in what a group has ("said the group had \"no more than 60 armed
        # men\"")
        return bool(re.search(r"\bthat\b[^\"“”]{0,60}$", lead) or re.search(  # (round 32) "speaks of \"...\""
            r"\bwhile\s+[^,;.\"“”]{2,60}?\s+(?:speaks|spoke|talks|talked)\s+of\s*$", lead) or re.search(
            # (round 27) however long the clause before its verb ("said the group was led by X and had \"...\"")
            r"\b(?:said|says|told\s+\w+|added|insisted|claimed|estimated)\s+(?:that\s+)?[^\"“”.;]{0,150}?\b(?:has|had|have|"
            r"numbers|numbered|fields|fielded|counts|counted)\s*$", lead) or re.search(
            r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:it|them|its\s+\w+|their\s+\w+|the\s+\w+"
            # (round 27) "puts the group's strength at \"approximately 1,800 fighters\"" (round 34) "armed strength"
            r"(?:\s+of\s+(?:the\s+)?\w+|\s+killed)?|(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s(?:\s+\w+){1,2})\s+at\s*$",  # (round 18) "put the
            # number of dead at \"more than 30\""
            lead)) and not re.search(r"[.!?,]", re.sub(r"(?<=\d)[.,](?=\d)", "", self.text[span[0]:span[1]]))

    def _state_telling(self, m) -> bool:
        """(round 40) True when a state's forces or body is the subject of "told" ("The X Police told journalists")."""
        return any(self.gaz.is_a(m.entity, k) for k in ("StateArmedForces", "GovernmentBody")) and bool(re.match(
            r"(?:\s*\([^()]{1,12}\))?(?:\s+\w+)?\s+(?:" + "|".join(self.est["state_telling_verbs"]) + r")\b", self.text[m.end:]))

    def _named_before(self, sentence) -> list[str]:
        """The entities named (or pointed at) in the sentences before this one, in document order."""
        found = getattr(self, "found_mentions", None) or []
        return [m.entity for ms in found[:sentence.index] for m in ms if m.kind != "demonym" and not m.quoted]

    def _non_state_group(self, ident: str) -> bool:
        return self.gaz.is_a(ident, "ArmedGroup") and not self.gaz.is_a(ident, "StateArmedForces")

    def estimator(self, mentions, masked, spoken):
        match = re.search(r"[Aa]ccording to (?:the |an? )?⟨d?(\d+)⟩(?:'s)? (?:\w+ )?(?:information|intelligence|estimates?|figures|data|officials|report|assessment)", masked)
        if match:
            return mentions[int(match.group(1))].entity
        return spoken[0] if spoken else None

    def victims_estimate(self, victims, event, sentence, claims, counted=None) -> Candidate | None:
        """The estimate of the people a killing counts ("Between 200 and 300
        people were killed": at least 200, at most 300; "twelve villagers": 12;
        ``counted``, the number token of "shot eleven of them dead", counts the
        ``victims`` noun named before)."""
        count = counted if counted is not None else next((c for c in victims.children if c.dep_ == "nummod"), None)
        if count is None:
            return None
        if victims.lower_ in self.est["part_victims"] and self._told_before(event.id, sentence):
            return None  # "... shot them. Two women were killed when their houses were set alight": a part of it
        upper = [c for c in count.children if c.dep_ == "conj" and self.number(c.text) is not None]
        value = self.count_of(count) if not upper else self.number(count.text)
        if value is None:
            return None
        if not upper and counted is None:  # "six border guards and a truck driver": seven
            value += self._joined_count(victims)
        fields = {}
        words = [t.lower_ for t in count.subtree if t.dep_ in ("quantmod", "advmod", "amod") and t.i < count.i]
        before = " ".join(words) or sentence.span.doc.text[max(0, count.idx - 30):count.idx].lower()
        fields["qualifier"] = "at-least" if upper else self.qualifier(before + " ")
        if upper:
            fields["maximum"] = int(self.number(upper[0].text))
        base = sentence.base
        self.consumed.update(base + t.idx for t in count.subtree)
        measure = "civilians-killed" if victims.lemma_.lower() in self.est["civilian_words"] else "people-killed"
        fields = {"measure": measure, "value": int(value), **fields, "unit": "people"}
        if self.issued:
            fields["date"] = self.issued.isoformat()
        label = f"{self.label(event.id)}: {measure.replace('-', ' ')}"
        says = f"{label} {fields['qualifier'].replace('-', ' ')} {fields['value']} people."
        key = ("Estimate", event.id, measure, None, str(fields["value"]))
        candidate = Candidate("Estimate", {"label": _sentence_case(label), "says": _sentence_case(says),
                                           "of": event.id, **fields}, [sentence], key,
                              slug(f"{event.id}-{measure}-{fields['value']}"))
        return self._add(claims, candidate, sentence)


@lru_cache(maxsize=None)
def _cue_before(key: str, tail: str, head: str = "") -> re.Pattern:
    """A pattern for a word of ``key`` in lexicon/estimates.yaml after ``head`` and followed by ``tail``,
    compiled once."""
    return re.compile(head + r"\b(?:" + "|".join(re.escape(w) for w in estimate_lexicon()[key]) + r")" + tail)


@lru_cache(maxsize=None)
def _of_dead(dead: tuple, civilian: tuple) -> re.Pattern:
    """(round 27) "of the dead were civilians" after a number: a part of a toll told before, counted as civilians."""
    return re.compile(r"^\s*of\s+(?:the\s+)?(?:" + "|".join(map(re.escape, dead)) + r")\s+(?:were|was)\s+"
                      r"(?:all\s+|also\s+)?(?:" + "|".join(map(re.escape, civilian)) + r")\b")


def _blamed() -> re.Pattern:
    """A ``killer_cues`` word ending the text before a group ("blamed on the "): the group that killed."""
    return _cue_before("killer_cues", r"\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _victim_words() -> frozenset:
    return frozenset(verbs()["victims"])


def _shared_scale(before: str, figure: str, est: dict) -> int | None:
    """(round 31) The lower bound of "between one and two thousand", whose first number is a bare word
    that takes the scale word ("hundred", "thousand", "million") of the second; ``None`` otherwise."""
    scale = re.search(r"\b(hundred|thousand|million)\b", figure)
    low = re.search(r"\bbetween\s+([a-z]+)\s+and\s+$", before)
    value = est["number_words"].get(low.group(1)) if low and scale else None
    if not isinstance(value, int) or not 1 <= value < 20:
        return None
    return value * dict(est["multipliers"], hundred=100).get(scale.group(1), 0) or None
