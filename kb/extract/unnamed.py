"""Bodies and people a text names without a proper name: "the Marlow
administration", "the panel of experts that monitors sanctions on Chad", "the
mayor of the capital, Kyiv" (a mixin of :class:`kb.extract.entities.EntityFinder`,
which gives ``gaz``, ``_new``, ``unnamed``, ``recent_state`` and ``main_state``).
The nouns are ``unnamed_bodies`` and ``office_nouns`` in ``lexicon/language.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language, name_regex
from .nlp import Sentence
from .places import region_nouns


@lru_cache(maxsize=1)
def _apposed_names() -> tuple:
    """(list, name): a list of two or more people's names apposed after a comma (", A, B and C"), and one name."""
    name = name_regex(language()["name_particles"], 1, 4)
    return re.compile(r",\s+" + name + r"(?:,\s+" + name + r")*,?\s+and\s+" + name + r"(?=[,.;]|\s|$)"), re.compile(name)


def names_apposed(after: str) -> int:
    """(round 22) How many people's names a counted set is apposed to in the words ``after`` it ("two of its
    commanders, A and B"): such a set is named, no ActorSet (tests/fixtures/extract/README.md); 0 when none."""
    listed, name = _apposed_names()
    match = listed.match(after)
    return len(name.findall(match.group())) if match else 0


class UnnamedBodies:
    """Proposes bodies and office holders named by common nouns."""

    def office_holder(self, token, sentence: Sentence) -> str | None:
        """A person a text names only by office ("the mayor of the capital,
        Kyiv, said"): proposed as "Mayor of Kyiv"."""
        if token.lemma_.lower() not in language()["office_nouns"]:
            return None
        holder = self.apposed_holder(token)
        if holder:
            return holder
        apposed = {t.i for a in token.subtree if a.dep_ == "appos" for t in a.subtree}
        places = [t for t in token.subtree if t.pos_ == "PROPN" and t.i > token.i]
        places = [t for t in places if t.i not in apposed] or places  # "the mayor of the capital, Kyiv": Kyiv
        if not places:
            return None
        last = places[-1]
        name = " ".join(t.text for t in last.doc[last.left_edge.i:last.i + 1] if t.pos_ == "PROPN")
        if last.dep_ == "compound" and last.head.lemma_.lower() in region_nouns() and last.head.i > last.i:
            name = f"the {name} {last.head.text.title()}"  # "the governor of the Sahel region"
        ident = self._new(f"{token.lemma_.title()} of {name}", "Person")
        self.gaz.entities[ident].extra.setdefault("_sentence", sentence)
        return ident

    def apposed_holder(self, token) -> str | None:
        """(round 26) The person an office noun's apposition names ("The prefect of X, Jean-Paul Y, told"; the
        parse may hang the name on the office or on its place): a run of two to five capitalised proper nouns
        the NER left untyped or took for a person, no known name; ``None`` when there is none."""
        pobjs = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
        for a in [c for h in [token] + pobjs for c in h.children if c.dep_ == "appos"]:
            words = [t for t in a.doc[a.left_edge.i:a.i + 1] if t.text != "-"]
            span = a.doc[a.left_edge.i:a.i + 1]
            if not 2 <= len(words) <= 5 or any(t.pos_ != "PROPN" or not t.is_title or
                                                 t.ent_type_ not in ("", "PERSON") for t in words):
                continue
            name = span.text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
            if name in self.gaz.cased:
                continue
            return self._new(name, "Person")
        return None

    def own_government(self, name: str, after: str) -> str | None:
        """(round 21) The state a qualified government named by no state stands for
        ("The Federal Government today adopted", "the National Government said"): the
        state the masthead names (round 33), else the one named last, else the one
        named most, as for "the government", and the
        same state each time the document names it so again; ``None`` for another
        name or one a state follows ("the Federal Government of X")."""
        if not re.fullmatch(r"(?:Federal|National|Union|Central) Government", name) or \
                re.match(r"\s*(?:of|\()", after):
            return None
        known = self.__dict__.setdefault("_governments", {})
        if name not in known:  # (round 33) a press release's masthead state before a state its text names
            known[name] = self.masthead_state() or self.recent_state() or self.main_state()
        return known[name]

    def masthead_state(self) -> str | None:
        """(round 33) The one state the document's masthead names ("FEDERAL
        FOREIGN OFFICE / Federal Republic of Germany": Germany; the masthead as
        :func:`kb.extract.publishers.masthead_spans` reads it), by any of its
        names as a whole word; ``None`` when it names none or several."""
        if "_masthead_state" not in self.__dict__:
            from .publishers import masthead_spans
            text = getattr(self, "text", "") or ""
            head = " ".join(text[s:e] for s, e in masthead_spans(text)).casefold()
            named = {e.id for e in self.gaz.entities.values() if e.type == "State" and head and any(
                re.search(r"(?<!\w)" + re.escape(n.casefold()) + r"(?!\w)", head) for n in e.names if n)}
            self._masthead_state = next(iter(named)) if len(named) == 1 else None
        return self._masthead_state

    def unnamed_class(self, token) -> str | None:
        """The class of a body a common noun names ("administration"), or ``None``."""
        return next((c for noun, c in self.unnamed if token.lemma_.lower() == noun or token.lower_ == noun), None)

    def unnamed_body(self, token, sentence: Sentence) -> str | None:
        """The id of a body a noun phrase names without a proper name ("the
        Marlow administration", "the panel of experts that monitors ..."),
        proposed as a new entity; ``None`` when the head is no such noun."""
        head = token.lemma_.lower()
        tail = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1]
        words = [t for t in token.doc[token.left_edge.i:token.i + 1] if t.dep_ != "det" and t.lower_ not in ("its",)]
        words = _without_hyphened_participle(words)
        if tail:
            words += list(tail[0].subtree)
        phrase = "".join(t.text_with_ws for t in words).strip()
        # (round 23) a phrase the body's noun only opens names someone else ("a government spokesman",
        # "administration officials"): no body, unless the head is the noun's own ("the monitoring group on X")
        cls = next((c for noun, c in self.unnamed if phrase.lower() == noun or phrase.lower().endswith(" " + noun)
                    or phrase.lower().startswith(noun + " ") and head == noun.split()[-1] or head == noun), None)
        if cls is None or not phrase:
            return None
        bare = phrase.lower()
        if bare in ("government", "administration", "presidency", "ministry"):
            # "the presidency said": the state's, when the document says which state it is about: the one
            # named last (or a body of it), else the one it names most
            state = self.recent_state() or self.main_state()
            if state is None or bare == "ministry":
                return None
            if bare == "government":
                return state
            phrase = f"{bare} of {self.gaz.entities[state].label}"
            ident = self._new(phrase[:1].upper() + phrase[1:], cls)
            self.gaz.entities[ident].part_of = self.gaz.entities[ident].part_of or [state]
            self.gaz.entities[ident].extra.setdefault("_sentence", sentence)
            return ident
        earlier = next((i for i, e in self.gaz.entities.items() if e.new and e.label.lower().endswith(" " + bare)), None)
        if earlier is not None and " " in bare:
            return earlier  # (round 23) "the regional government" after "the X regional government": that body
        label = phrase[:1].upper() + phrase[1:]
        ident = self._new(label, cls)
        self.gaz.entities[ident].extra.setdefault("_sentence", sentence)
        seat = re.fullmatch(r"([a-z][\w -]*) of ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})", phrase)
        if seat:  # (round 26) "the township administration of X" is also "X township administration"
            self._also_named(ident, f"{seat.group(2)} {seat.group(1)}")
        return ident


def _without_hyphened_participle(words: list) -> list:
    """(round 26) The words of a body's noun phrase without a hyphened participle that opens it ("the
    military-appointed township administration", "the newly-formed council"): how it came to be, no part of
    its name."""
    if len(words) > 3 and words[1].text == "-" and words[2].tag_ == "VBN" and not words[1].whitespace_ and \
            not words[0].whitespace_:
        return words[3:]
    return words


_PEOPLE_SETS = ("members", "commanders", "leaders", "financiers", "officers", "officials", "executives",
                "associates", "facilitators", "lieutenants", "fighters")


def counted_members(finder, sentence: Sentence, mentions: list) -> list[str]:
    """ActorSet ids (count, member_of) for a counted set of a group's people a
    measure names: "sanctions on the Front and two of its commanders", "to list
    two further members of the Front's finance network". Only in a sentence
    with a word of a measure (``set_measure_words``), of a group that is no
    state body; never "the three men" (a set named before)."""
    from re import finditer, IGNORECASE, search

    from .lexicon import estimates
    lex = language()
    text = sentence.text
    if not search(r"\b(?:" + "|".join(lex["set_measure_words"]) + r")", text, IGNORECASE):
        return []
    numbers = estimates()["number_words"]
    out = []
    pattern = r"\b(?P<n>" + "|".join(numbers) + r"|\d+)\s+(?:further\s+|more\s+|other\s+)?" \
              r"(?:(?P<of>of\s+(?:its|their|the\s+group['’]s)\s+)|)(?:senior\s+|top\s+)?(?P<noun>" + \
              "|".join(_PEOPLE_SETS) + r")\b(?P<rest>\s+of\s+(?:the\s+)?)?"
    for match in finditer(pattern, text):
        at = sentence.start + match.start()
        if match.group("of"):  # "two of its commanders": the group "its" stands for, named before in the sentence
            groups = [m for m in mentions if m.end <= at and finder.gaz.is_a(m.entity, "Organisation")]
        elif match.group("rest"):  # "two members of the Front's finance network", "of the Front"
            after = sentence.start + match.end()
            groups = [m for m in mentions if after <= m.start <= after + 2 and finder.gaz.is_a(m.entity, "Organisation")]
        else:
            continue
        groups = [m for m in groups if not any(finder.gaz.is_a(m.entity, c) for c in
                                               ("State", "GovernmentBody", "StateArmedForces", "InternationalOrganisation"))]
        if not groups:
            continue
        group = groups[-1] if match.group("of") else groups[0]
        count = int(match.group("n")) if match.group("n").isdigit() else numbers[match.group("n").lower()]
        if names_apposed(text[(match.end() if match.group("of") else group.end - sentence.start):]) == count:
            continue  # "two of its commanders, A and B": the set is named
        same = [e.id for e in finder.gaz.entities.values() if e.type == "ActorSet" and
                e.extra.get("member_of") == group.entity and e.extra.get("count") == count]
        if same:  # the set the facts of the sentence already name ("four senior members of X")
            out += [i for i in same[:1] if i not in out]
            continue
        label = f"{match.group('n')} {match.group('noun')} of {finder.gaz.entities[group.entity].label}"
        out.append(finder.actor_set(count, match.group("noun"), group.entity, label[:1].upper() + label[1:]))
    return out
