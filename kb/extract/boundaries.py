"""Where a new name begins and ends: the span of a spaCy entity without
article, possessive or title, with the rest of a name the NER cut short; and
company names that end in a legal form ("Borneo Seri Niaga Sdn. Bhd.",
"Importadora Ferretera del Desierto S.A. de C.V."), which the NER often cuts
in two or takes for a person.

The legal forms and the lower-case words a name may hold are data, in
``lexicon/legal.yaml`` (``company_forms``, ``name_joiners``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .classify import DOTTED_FORMS
from .lexicon import company_forms, language, name_joiners
from .mentions import Mention
from .nlp import Sentence

# Words that open a sentence or clause and are never the first word of a name.
# " and Security Council": the rest of a body's name after "and", up to its head word (kb/extract/boundaries.py)
_AND_HEAD = re.compile(r" and (?:[A-Z][\w'’-]* ){0,2}(?:Council|Commission|Committee|Authority|Agency|Directorate|"
                       r"Service)(?![\w'’-])")
LEADING = {"The", "A", "An", "In", "On", "At", "However", "But", "And", "According", "For", "After", "Before",
           "While", "When", "As", "If", "Since", "Meanwhile", "By", "Also", "Last", "Then", "This", "That", "Its",
           "His", "Her", "Their", "Our", "It", "He", "She", "They", "We", "Both", "Some", "Many", "One", "From",
           "With", "Under", "Through", "Via", "To", "Of", "Neither", "Nor", "Each", "Every", "Another", "Several",
           "Most", "Few", "Other", "Any"} | set(language()["clause_openers"])  # (round 34) "Yesterday", "Once"
_CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
             "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
_ARTICLE = re.compile(r"^(?:the|The|a|A|an|An)\s+")
_WEEKDAYS = {w for w in _CALENDAR if w.endswith("day")}


def opener_words(words: list[str]) -> int:
    """How many of ``words`` (a capitalised run before a name's head, split on spaces) open the clause
    rather than the name: the words of LEADING ("On", "The"), and (round 39) a weekday with the article
    after it ("On Monday the Council removed": "Council"; "On Tuesday Kenya's Interior Ministry said").
    Months stay: "March 23 Movement" is a name."""
    cut = 0
    while cut < len(words) and (words[cut] in LEADING or words[cut] in _WEEKDAYS or
                                cut and words[cut - 1] in _WEEKDAYS and words[cut] in ("the", "a", "an")):
        cut += 1
    return cut
_POSSESSIVE = re.compile(r"['’]s?$")
# A demonym and a noun for a person before a name the NER took with them: "Bahamian national X".
_NATIONAL = re.compile(r"^([A-Z][\w-]+) (?:national|citizen|resident|businessman|businesswoman) (?=[A-Z])")
# Words that only say what a company does: "X Logistics and General Trading Est." is one name.
_TRADE_WORDS = {"General", "Trading", "Trade", "International", "Global", "Commercial", "Import", "Export",
                "Imports", "Exports", "Services", "Industries", "Industrial", "Investment", "Investments",
                "Contracting", "Commerce", "Marketing", "Logistics", "Supplies", "Supply", "Engineering",
                "Technology", "Technologies", "Manufacturing", "Development", "Holding", "Holdings", "Sons",
                "Partners", "Brothers", "Associates"}


# the rest of a law's title after a bracketed part the NER left out: " (National Designations) Law of 2029"
_TITLED_LAW = re.compile(r" \([A-Z][\w'’ -]{0,60}\) (?:Law|Act|Regulations?|Ordinance|Decree|Order|Code)"
                         r"(?: of \d{4}| \d{4})?(?![\w'’-])")
# a section number before a heading's words ("III. Arms transfers")
_NUMBERED = re.compile(r"(?:[IVX]{1,4}|[0-9]{1,2}|[A-H])\.\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _ranks() -> list[str]:
    """Ranks of ``ranks`` in lexicon/language.yaml, longest first."""
    return sorted(language()["ranks"], key=len, reverse=True)


@lru_cache(maxsize=1)
def _lower_ranks() -> frozenset[str]:
    return frozenset(r.lower() for r in language()["ranks"])


@lru_cache(maxsize=1)
def legal_form_pattern() -> re.Pattern:
    """A legal form after a name, with the comma some write before it; group 1 is the form."""
    forms = sorted(company_forms(), key=len, reverse=True)
    return re.compile(r",?\s+(" + "|".join(forms) + r")(?![\w-])")


def without_legal_form(name: str) -> str:
    """``name`` without the legal form it ends with ("Corvid Maritime S.A." -> "Corvid Maritime")."""
    forms = sorted(company_forms(), key=len, reverse=True)
    return re.sub(r",?\s+(?:" + "|".join(forms) + r")$", "", name)


@lru_cache(maxsize=1)
def particle_joiners() -> frozenset[str]:
    """Lower-case particles between the capitalised words of one name
    (``name_joiners_between`` in lexicon/language.yaml)."""
    return frozenset(language()["name_joiners_between"])


@lru_cache(maxsize=1)
def _word() -> re.Pattern:
    """One word of a name as written: letters, digits, apostrophes, hyphens, a final dot, or "&"."""
    return re.compile(r"[\w'’&][\w'’&.-]*|&")


class Boundaries:
    """Mixed into :class:`kb.extract.entities.EntityFinder` (it gives ``gaz``,
    ``posts``, ``cues``, ``heads``, ``possessor_cut`` and ``joined_on``)."""

    def company_names(self, sentence: Sentence, taken: list[Mention]) -> list[tuple[int, int, str]]:
        """(document start, end, name) of each company name in the sentence
        that ends in a legal form: capitalised words, with the joiners of
        ``name_joiners`` between them, up to and with the form. The name
        starts after a word that opens a clause ("The", "On"), a date word, an
        "X-based" or a possessive; "Kestrel Trading and Vanta Cargo Ltd." is
        two names unless the words after "and" only say what the firm does
        ("... Logistics and General Trading Est."). A name a known entity
        already covers word for word is left to it."""
        text = sentence.text
        joiners = set(name_joiners())
        found = []
        previous = 0  # where the last legal form ended: "X S.A. and Y S.A." are two names
        for match in legal_form_pattern().finditer(text):
            words = [(w.start() + previous, w.end() + previous, w.group())
                     for w in _word().finditer(text[previous:match.start()])]
            previous = match.end()
            kept: list[tuple[int, int, str]] = []
            for start, end, word in reversed(words):
                gap = text[end:kept[-1][0] if kept else match.start()]
                if gap.strip() not in ("", "&") or word.endswith(("-based", "'s", "’s")) or word in _CALENDAR or \
                        re.fullmatch(r"\d+\.", word):  # "8. Transportes Orilla S.A.": a paragraph's number
                    break
                if word[:1].isupper() or word[:1].isdigit() and kept or re.match(r"[a-z]{1,4}-[A-Z]", word):
                    kept.append((start, end, word))
                elif word.lower() in joiners and kept:
                    kept.append((start, end, word))
                else:
                    break
            kept.reverse()
            # (round 16) a capitalised particle opening the name is its own article ("Al Hamra Trading Co.",
            # "El Nasr Ltd"): only a lower-case one is cut
            while kept and (kept[0][2] in LEADING or kept[0][2] in joiners or kept[0][2] in _CALENDAR):
                kept = kept[1:]
            if not any(w[:1].isupper() for _, _, w in kept):
                continue
            names = [w for _, _, w in kept]
            for cut in reversed([i for i, w in enumerate(names) if w == "and"]):
                if not all(w in _TRADE_WORDS for w in names[cut + 1:]):
                    kept = kept[cut + 1:]  # "bin Kalshat and Al-Barakah Maritime Est.": the firm after "and"
                    break
            while kept and kept[0][2] in joiners:
                kept = kept[1:]
            if not kept or sum(w.isupper() and len(w) > 1 for _, _, w in kept) >= 2 and \
                    all(w.isupper() or w.lower() in joiners for _, _, w in kept):
                continue  # "HARROW LYLE & PENN LLP": a letterhead
            start, end = sentence.start + kept[0][0], sentence.start + match.end()
            core_end = sentence.start + kept[-1][1]
            if any(m.start == start and m.end >= core_end and m.kind != "demonym" for m in taken):
                continue  # "Kestrel Trading Ltd." for a known Kestrel Trading
            found.append((start, end, text[kept[0][0]:match.end()]))
        return found

    def _company_mentions(self, sentence: Sentence, taken: list[Mention], known: list[Mention]) -> list[Mention]:
        """Mentions of the companies :meth:`company_names` finds; known names
        inside one ("Mexico" in "Cemex Mexico S.A.") give way to it."""
        out = []
        for start, end, name in self.company_names(sentence, taken):
            inside = [m for m in taken if not (end <= m.start or start >= m.end)]
            if any(m.start < start or m.end > end for m in inside):
                continue  # a longer name crosses it
            taken[:] = [m for m in taken if m not in inside]
            known[:] = [m for m in known if m not in inside]
            ident = self.short_form(name) or self._new(name, "Company")
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", name))
        return out

    def _clean(self, sentence: Sentence, ent) -> tuple[int, int, str, object]:
        """Document offsets, text and last token of an entity without article,
        possessive, title or a state's possessive before it ("Mozambique's"),
        with the rest of a name the NER cut short ("Bangou Koira"; the first
        name of "Héctor Ruelas Ibarra") or that goes on with "on" ("the Panel
        of Experts on Libya")."""
        first, last = ent[0], ent[-1]
        doc = last.doc
        if ent.text.lower() in _lower_ranks():  # "First Admiral" before "Rudi Hartanto Siregar": no name
            return sentence.at(first), sentence.end_of(last), "", last
        while True:
            joined = self._particle_joint(doc, last.i + 1, sentence.span.end, 1, last)
            if joined is not None:
                last = joined  # "Guardianes del Balsas", "Forces de Résistance de la Kibira": one name
            elif last.i + 1 < len(doc) and last.i + 1 < sentence.span.end and doc[last.i + 1].pos_ == "PROPN" \
                    and doc[last.i + 1].is_title and (doc[last.i + 1].ent_type_ in ("", ent.label_) or
                                                      last.dep_ == "compound" and last.head.i == last.i + 1):
                last = doc[last.i + 1]
            elif last.i + 2 < sentence.span.end and doc[last.i + 1].text == "-" and not last.whitespace_ and \
                    not doc[last.i + 1].whitespace_ and doc[last.i + 2].text[:1].isupper():
                last = doc[last.i + 2]  # "Mambéré-Kadéï": a hyphenated name the tokenizer split
            else:
                break
        if ent.label_ == "PERSON":
            particles = language()["name_particles"]
            while first.i > sentence.span.start:
                if self._first_name(doc[first.i - 1], ent):
                    first = doc[first.i - 1]
                elif first.i - 2 >= sentence.span.start and doc[first.i - 1].text == "-" and \
                        not doc[first.i - 1].whitespace_ and not doc[first.i - 2].whitespace_ and \
                        doc[first.i - 2].is_title and doc[first.i - 2].is_alpha:
                    first = doc[first.i - 2]  # (round 27) "Jules-Armand Ebolo Nkodo": the NER cut at the hyphen
                elif first.i - 1 > sentence.span.start and doc[first.i - 1].text in particles and \
                        self._first_name(doc[first.i - 2], ent, linked=False):
                    first = doc[first.i - 2]  # "Ana do Carmo Vieira": the NER kept only "Carmo Vieira"
                else:
                    break
        while ent.label_ != "PERSON" or first.i == ent[0].i:  # (round 19) tokens are made anew: never "is"
            joined = self._particle_joint(doc, first.i - 1, sentence.span.start - 1, -1, first)
            if joined is None:
                break
            first = joined  # "Balsas" of the NER: "Guardianes del Balsas"
            while first.i - 1 >= sentence.span.start and self._run_word(doc[first.i - 1]) and \
                    doc[first.i - 1].pos_ == "PROPN":
                first = doc[first.i - 1]  # "Forces de Résistance": the capitalised words before it
        start, end = sentence.at(first), sentence.end_of(last)
        text = sentence.text[start - sentence.start:end - sentence.start]
        article = _ARTICLE.match(text) or re.match(r"^(?:[A-Z][a-z]+ing\s+(?:the|a|an|its|their)|Several|Most|Few|"
                                                   r"Many|Some|Both|Each|Every|Other|Any)\s+(?=[A-Z])", text)
        if article:  # "the Panel"; "Briefing the Committee", "Several Committee members": no part of the name
            start, text = start + article.end(), text[article.end():]
        opener = re.match(r"(\w+),?\s+(?=[A-Z])", text)
        if opener and opener.group(1) in language()["clause_openers"]:  # "Yesterday Public Safety Canada said"
            start, text = start + opener.end(), text[opener.end():]
        national = _NATIONAL.match(text)
        if national and national.group(1) in self.demonyms:  # "Bahamian national X": the person is X
            start, text = start + national.end(), text[national.end():]
        numbered = _NUMBERED.match(text) if start == sentence.start and \
            not sentence.text.rstrip().endswith((".", '"', "”")) else None
        if numbered:  # "IV. Armed groups": a section's number opens a heading, no name
            start, text = start + numbered.end(), text[numbered.end():]
        after = doc[last.i + 1] if last.i + 1 < sentence.span.end else None
        saint = re.match(r"(?:St\.?|Saint|Ste\.?)\s+[A-Z]\w*['’]s$", text) and \
            (after is None or after.is_punct or after.pos_ not in ("NOUN", "PROPN", "ADJ"))
        if re.search(r"['’]s?$", text) and not text.endswith("s'") and not saint:  # "St. John's" is a town's name
            cut = _POSSESSIVE.search(text)
            text, end = text[:cut.start()], end - len(cut.group())
        for cue, _ in self.posts:
            if text.startswith(cue + " ") and len(text) > len(cue) + 3:
                start, text = start + len(cue) + 1, text[len(cue) + 1:]
                break
        for cue in self.cues:
            if text.startswith(cue + " ") and len(text) > len(cue) + 3:
                start, text = start + len(cue) + 1, text[len(cue) + 1:]
                break
        for rank in _ranks():  # "First Admiral Rudi ...": a rank the NER kept with the first name
            if text.startswith(rank + " ") and text[len(rank) + 1:][:1].isupper():
                start, text = start + len(rank) + 1, text[len(rank) + 1:]
                break
        cut = self.possessor_cut(text)
        if cut:
            start, text = start + cut, text[cut:]
        text = text.rstrip(" ,.") if not re.search(r"\b" + DOTTED_FORMS + r"\.$", text) else text
        # "Philippine National Police (PNP": the abbreviation is an alias, never part of the name;
        # "the UN Panel of Experts on": the name goes on after "on" (below)
        text = re.sub(r"\s*\(.*$|\s+(?:on|of|and|for)$", "", text.strip())
        town = re.fullmatch(r"([A-Z][^,]+), (?:the )?([A-Z][^,]+)", text) if ent.label_ == "GPE" else None
        if town and town.group(2) in self.countries and town.group(1) not in self.countries:
            text = town.group(1)  # (round 19) "in Kolwezi, Zambia" taken for one name: the town, then its state
        if any(text.endswith(" " + head) or text == head for cls, head in self.heads if cls == "GovernmentBody"):
            # "Durango State Attorney General's Office": the NER kept only "General's Office"; a body's
            # name runs back over the capitalised words before it
            run = re.search(r"(?:(?<![\w'’-])[A-Z][\w'’&.-]*\s+)+$", sentence.text[:start - sentence.start])
            if run:
                words = run.group().split()
                words = words[opener_words(words):]
                if words:
                    grown = " ".join(words) + " "
                    start, text = start - len(grown), grown + text
        lead = re.search(r"(?<![\w'’-])(" + "|".join(language()["body_adjectives"]) + r") $",
                         sentence.text[:start - sentence.start])
        if lead and text.split(" ", 1)[0] in language()["state_body_words"] and " " in text:
            # (round 17) "the General Directorate of Customs", "the General Administration of Customs": the NER
            # left out the adjective that opens a state body's name
            start, text = start - len(lead.group()), lead.group() + text
        both = _AND_HEAD.match(sentence.text[start + len(text) - sentence.start:])
        if both and not any(text.endswith(" " + h) or text == h for _, h in self.heads):
            # (round 17) "the African Union's Peace| and Security Council": the NER cut a body's name at its "and"
            text += both.group()
        end = self.joined_on(sentence, start + len(text), text)
        titled = _TITLED_LAW.match(sentence.text[end - sentence.start:])
        if titled and "(" not in text:  # (round 34) "the Restrictive Measures| (National Designations) Law of 2029"
            end += titled.end()
        if _PORTFOLIO_HEAD.search(sentence.text[start - sentence.start:end - sentence.start]):
            more = _PORTFOLIOS.match(sentence.text[end - sentence.start:])
            if more:  # "the Ministry of Trade, Tourism and Telecommunications": one body, its portfolios
                end += more.end()
            else:
                end += self._second_portfolio(sentence, end)
        return start, end, sentence.text[start - sentence.start:end - sentence.start], last

    def _second_portfolio(self, sentence: Sentence, end: int) -> int:
        """(round 19) How far a body's name runs on over "and" and a second
        portfolio ("the Ministry of Justice and Human Rights", "the
        Department of Justice and Constitutional Development"): 0 when the
        words after "and" are a name of their own (another body's or group's
        head word, a post, a state, a person or place the NER tagged, an
        acronym, a possessive, or more capitalised words after them)."""
        more = _TWO_PORTFOLIOS.match(sentence.text[end - sentence.start:])
        if not more:
            return 0
        if not self.second_portfolio(more.group("words").split()):
            return 0
        start = end + more.start("words")
        if any(t.ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "FAC") for t in sentence.span or []
               if start <= sentence.at(t) < end + more.end()):
            return 0
        return more.end()

    @staticmethod
    def _run_word(token) -> bool:
        """True for a capitalised word that may stand inside a name: a proper
        noun in title case (or a name's capitalised noun), no clause opener,
        day or month."""
        return token.text[:1].isupper() and token.text[1:2].islower() and token.pos_ in ("PROPN", "NOUN", "ADJ") \
            and token.text not in LEADING and token.text not in _CALENDAR

    def _particle_joint(self, doc, at: int, stop: int, step: int, edge):
        """The capitalised word beyond one or two name particles at ``at``
        (``name_joiners_between`` of language.yaml: "del", "de la", "du", "do",
        "van"), walking by ``step`` (1 forward, -1 back) and never reaching
        ``stop``; ``None`` when the tokens there are no particle run. Both
        words around the particles must be capitalised ("Guardianes del
        Balsas"); the English verb "do" only inside a run of three proper
        nouns, the first no plural ("Maria do Socorro Lacerda", never "Farmers
        do Business")."""
        particles = particle_joiners()
        index, seen = at, []
        while index != stop and 0 <= index < len(doc) and len(seen) < 2 and doc[index].text in particles:
            seen.append(doc[index])
            index += step
        if not seen or index == stop or not 0 <= index < len(doc):
            return None
        other = doc[index]
        if not self._run_word(other) or other.pos_ != "PROPN" and step == 1:
            return None
        if any(t.text == "do" for t in seen):  # "Maria do Socorro Lacerda", not "Farmers do Business"
            left, right = (edge, other) if step == 1 else (other, edge)
            after = doc[right.i + 1] if right.i + 1 < len(doc) else None
            if not (left.pos_ == right.pos_ == "PROPN" and left.lemma_.lower() == left.lower_ and after is not None
                    and self._run_word(after) and after.pos_ == "PROPN"):
                return None
        return other

    def _first_name(self, token, ent, linked: bool = True) -> bool:
        """True when ``token``, just before a person's name the NER found, is
        the first name it left out: a capitalised proper noun outside any
        entity, compounded into the name, that is no title, rank, cue,
        clause opener or known name, and that does not end a title's words
        ("Minister for Foreign Affairs Jane Doe": a word after a capitalised
        word or after "for"/"of" belongs to the title; the parse may hang the name on it: "His lawyer, Mynor|
        Castañeda Ruiz"). ``linked=False``: a lower-case particle stands between it and the name ("Ana do
        Carmo Vieira"), so the parse need not compound it into the name."""
        before = token.doc[token.i - 1] if token.i > 0 else None
        lex = language()
        titles = {w.lower().rstrip(".") for w in list(lex["ranks"]) + list(self.cues) + [p for p, _ in self.posts]}
        # "... Defence General Héctor Manuel Vides Orellana": after a rank the word is the first name;
        # "Capitán de Fragata Yokasta Mercedes Báez": two first names after a rank the NER took for a body
        if before is not None and (before.is_title and before.lower_.rstrip(".") not in titles and
                                   not before.ent_type_ and not (linked and self._second_first_name(before, ent, titles)) or
                                   before.lower_ in ("for", "of", "on")):
            return False
        return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and \
            (not linked or token.dep_ == "compound" and token.i < token.head.i < ent.end or  # (round 25) or the head
             token.i == ent.start - 1 and ent.root.head.i == token.i) and token.text not in LEADING and token.text not in _CALENDAR \
            and token.lower_.rstrip(".") not in titles and token.text not in self.gaz.cased

    @staticmethod
    def _second_first_name(token, ent, titles) -> bool:
        """True when ``token`` is a first name before another one: a capitalised proper noun outside
        any entity, compounded into the person's name, after a rank, a title or a name the NER typed
        otherwise ("Capitán de Fragata| Yokasta Mercedes Báez")."""
        if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ != "compound" or \
                not token.i < token.head.i < ent.end or token.i == 0:
            return False
        before = token.doc[token.i - 1]
        return bool(before.ent_type_ and before.ent_type_ not in ("PERSON", "DATE", "CARDINAL")) or \
            before.lower_.rstrip(".") in titles

    def _particle_named(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """Names the NER missed whose capitalised words a particle joins
        ("the Guardianes del Balsas, an armed group"): the run of capitalised
        proper nouns around one or two particles (``name_joiners_between``),
        read token by token. Proposed only when an apposition, a head word, a
        title or a relative "who" gives the class (no NER label to fall back on)."""
        out = []
        tokens = sentence.span
        index = tokens.start
        while index < tokens.end:
            token = tokens.doc[index]
            index += 1
            if not self._run_word(token) or token.pos_ != "PROPN":
                continue
            first = last = token
            while True:
                joined = self._particle_joint(tokens.doc, last.i + 1, tokens.end, 1, last)
                if joined is not None:
                    last = joined
                elif last.i + 1 < tokens.end and self._run_word(tokens.doc[last.i + 1]) and \
                        tokens.doc[last.i + 1].pos_ == "PROPN":
                    last = tokens.doc[last.i + 1]
                else:
                    break
            index = last.i + 1
            if not any(t.text in particle_joiners() for t in tokens.doc[first.i:last.i]):
                continue
            start, end = sentence.at(first), sentence.end_of(last)
            if any(not (end <= m.start or start >= m.end) for m in taken + out):
                continue
            name = self.text_of(sentence, start, end)
            cls = self.classify(name, "", sentence, start, end, self.title_before(sentence, start))
            if cls is None:
                continue
            ident = self.short_form(name) or self._new(name, cls)
            out.append(Mention(start, end, ident, self.gaz.entities[ident].type, "new", name))
        return out


# A ministry's name that ends in one portfolio ("Ministry of Trade"), and the portfolios listed after it
# (", Tourism and Telecommunications", a list with a comma): one name (Boundaries._clean).
_PORTFOLIO_HEAD = re.compile(r"\b(?:Ministry|Department|Secretariat|Directorate|Minister) (?:of|for) (?:the )?"
                             r"[A-Z][\w'’-]*$")
# (round 19) " and Human Rights": one or two capitalised words after "and", then no more capitalised words
_TWO_PORTFOLIOS = re.compile(r" and (?P<words>[A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*)?)(?=[\s,.;:)]|$)(?! [A-Z])")
_PORTFOLIOS = re.compile(r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)+,? and [A-Z][\w'’-]*"
                         r"(?: [A-Z][\w'’-]*)?(?=[\s,.;:)]|$)")
