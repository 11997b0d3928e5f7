"""The class of a new organisation from what the whole document says about it.

A name's head word decides its class when it is first met ("... Council" is a
government body), but the document often says more about the same name
elsewhere: "fighters of X", "X militants", "X's stronghold", "X is one of
several jihadist groups", "Mujahideen" inside the name. This stage counts those
cues over every mention of the entity's names (label, abbreviation, short
forms) in the document and retypes a new Organisation or GovernmentBody to
ArmedGroup when the armed cues reach the threshold and outnumber the cues for
a state's body (``lexicon/type_cues.yaml``). Cues are regular expressions over
the document text, built once per entity and set of names: no re-parsing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .lexicon import language, type_cues
from .namepatterns import _PERSON_HEAD_AFTER, opens_clause
from .places import region_nouns

# Classes a vote may change: a head word or the NER gave them, the context may overrule them.
VOTABLE = ("Organisation", "GovernmentBody")
# Classes the NER gives a foreign-language group name ("Los Guaraguaos" as a town, "Movimento Armado do
# Rio Cacheu" as a person): the weight of the group evidence over all the name's mentions ("X, an armed
# gang", "X's leader", "members of X", "X is led by Y", "an arms embargo on X", "X fighters") against the
# place evidence ("in X", "X district") decides (``weigh``).
PLACES = ("Place", "Settlement", "Region")
DESCRIBED_ONLY = PLACES + ("Person",)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# (round 25) a capitalised word after the name: it is the first word of a longer name ("the armed group Kessi|
# Patriotic Front"), which the description is of, not of the place "the Kessi valley" names
_NAME_GOES_ON = r"(?!\s+[A-Z][a-z])"


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    """(armed name words, state name words, armed context template, state context template);
    the templates hold ``{N}`` for the alternation of the entity's names."""
    cues = type_cues()
    armed, state = cues["armed"], cues["state"]
    armed_words = re.compile(r"(?<![\w-])(?:" + _alt(armed["name_words"]) + r")(?![\w-])")
    state_words = re.compile(r"^(?:" + _alt(state["name_words"]) + r")\b|\b(?:" + _alt(state["name_words"]) + r")$")
    people, holdings = "(?i:" + _alt(armed["people"]) + ")", "(?i:" + _alt(armed["holdings"]) + ")"
    kinds, nouns = "(?i:" + _alt(armed["kinds"]) + ")", "(?i:" + _alt(armed["kind_nouns"]) + ")"
    alone = "(?i:" + _alt(armed["nouns_alone"]) + ")"
    copulas = _alt(armed["copulas"])
    stops = "".join(w + r"\b|" for w in armed["description_stops"])  # (round 24) ", who leads an armed band"
    tail = r"(?:an?\s+|the\s+|several\s+|many\s+|two\s+|three\s+)?(?:(?!" + stops + \
        r"and\b|or\b|is\b|was\b|are\b|were\b)[a-z][\w'’-]*\s+)" \
           r"{0,3}?(?:" + "{kinds}" + r"\s+(?:[\w-]+\s+)?(?:" + "{nouns}" + r")" + "{alone}" + r")\b(?!['’-])" + \
        _PERSON_HEAD_AFTER()  # (round 30) ", a former militia leader": a person
    described = r"(?i:,\s+|\s+(?:" + copulas + r")\s+(?:one of\s+)?)" + tail
    # "X - "a gloss" in Sesotho - began as a band of musicians and has turned into one of the most feared gangs":
    # the name opens the sentence, a coordinated verb phrase describes it
    coordinated = r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:{N})(?:\s+[-–—][^.;!?\n]{0,60}?[-–—]|\s*\([^()]{0,60}\))?\s+" \
                  r"[^.;!?\n]{0,150}?\band\s+(?i:" + copulas + r")\s+(?i:one of\s+)?" + tail
    armed_context = (
        r"\b(?:" + people + r")\s+(?i:of|from|belonging to|loyal to|linked to|allied to|with)\s+(?i:the\s+)?(?:{N})\b",
        r"\b(?:{N})(?:['’]s?)?\s+(?:" + people + "|" + holdings + r")\b",
        r"\b(?:{N})" + described.replace("{kinds}", kinds).replace("{nouns}", nouns).replace("{alone}", "|" + alone),
        coordinated.replace("{kinds}", kinds).replace("{nouns}", nouns).replace("{alone}", "|" + alone),
        # "the armed group X", "the gang X": the name after its kind
        # ("the armed group known locally as X": the same)
        r"\b(?:" + kinds + r")\s+(?:" + nouns + r")\s+(?:(?:known|called)\s+(?:locally\s+|also\s+|widely\s+)?as\s+)?"
        r"(?:{N})\b(?!\s*['’]s)" + _NAME_GOES_ON,
        r"\b(?i:the)\s+" + alone + r"\s+(?:{N})\b(?!\s*['’]s)" + _NAME_GOES_ON,
    )
    skinds, snouns = "(?i:" + _alt(state["kinds"]) + ")", "(?i:" + _alt(state["kind_nouns"]) + ")"
    state_context = (
        r"\b(?i:(?:the\s+)?(?:government|state|ministry|minister)['’]s)\s+(?:{N})\b",
        r"\b(?:{N})" + described.replace("{kinds}", skinds).replace("{nouns}", snouns).replace("{alone}", ""),
    )
    return armed_words, state_words, armed_context, state_context


@lru_cache(maxsize=1)
def _armed_tail() -> re.Pattern:
    """The end of a noun phrase that says "armed group": "a rebel faction", "the country's most
    feared gangs" (kinds and kind nouns, or a noun of ``nouns_alone``)."""
    armed = type_cues()["armed"]
    return re.compile(r"(?i:(?:" + _alt(armed["kinds"]) + r")\s+(?:[\w-]+\s+)?(?:" + _alt(armed["kind_nouns"]) +
                      r")|(?<![\w-])(?:" + _alt(armed["nouns_alone"]) + r"))$")


# the end of a longer name before a match ("... Résistance de la |Kibira"): the match is part of it
_INSIDE_NAME = re.compile(r"[A-Z][\w'’-]*\s+(?:(?:de|del|la|le|du|des|do|da|of|the|al|el)\s+){0,2}$")

# verbs that say what their subject is or has become ("X is a militia", "X has turned into a gang")
_BE = ("be", "remain", "become")
_INTO = ("turn", "grow", "develop", "evolve", "transform")


@lru_cache(maxsize=1)
def _group_patterns() -> tuple:
    """(armed templates, group templates, templates for a place-typed name only, place templates);
    each holds ``{N}`` for the alternation of the entity's names."""
    cues = type_cues()
    armed, place = cues["armed"], cues["place"]
    members = "(?i:members|member|ranks|cadres)"
    people = "(?i:" + _alt(armed["group_people"]) + ")"
    verbs = "(?i:" + _alt(armed["group_verbs"]) + ")"
    # "X (XG, "a gloss"), formed in 2024 by deserters, is led by Y": an apposition may stand between
    between = r"(?:\s*\([^()]{0,80}\))?(?:,[^.;]{0,100}?,)?"
    armed_only = (
        r"\b(?i:" + _alt(armed["armed_objects"]) + r")\s+(?i:the\s+)?(?:{N})\b",
        r"\b(?:{N})\s+(?i:" + _alt(armed["armed_acts"]) + r")\b",
        r"\bin\s+(?:the\s+)?(?:{N})['’]?s?\s+hands\b",
    )
    group = (
        r"\b" + members + r"\s+of\s+(?i:the\s+)?(?:{N})\b",
        r"\b(?:{N})(?:['’]s)?\s+" + members + r"\b",
        r"\b(?:{N})" + between + r"\s+(?:is|was|are|were|has been|had been)\s+(?:now\s+)?" + verbs + r"\s+by\b",
        r"\b(?:{N}),\s+(?:whose|which is)\s+(?:led|leader|commander|founder)\b",
        r"\b(?i:" + _alt(armed["group_objects"]) + r")\s+(?i:the\s+)?(?:{N})\b",
    )
    place_only = (
        r"\b" + people + r"\s+of\s+(?i:the\s+)?(?:{N})\b",
        r"\b(?:{N})['’]s?\s+" + people + r"\b",
        r"\b(?:{N})\s+(?i:" + _alt(armed["group_acts"]) + r")\b",
    )
    nouns = "(?i:" + _alt(place["nouns"]) + ")"
    places = (
        r"\b(?i:" + _alt(place["prepositions"]) + r")\s+(?:the\s+)?(?:{N})\b(?!['’]?s?\s+hands\b)",
        r"\b(?:{N})\s+" + nouns + r"\b",
        r"\b(?:the\s+)?" + nouns + r"\s+of\s+(?:{N})\b",
        r"\bfrom\s+(?:{N})\s+to\b",
    )
    return armed_only, group, place_only, places


def _armed_words_in(names) -> bool:
    """True when one of ``names`` holds a word only an armed group's name has ("Mujahideen", "Brigade")."""
    return any(_patterns()[0].search(n) for n in names)


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern:
    """A pattern compiled once (an entity's names meet every template)."""
    return re.compile(pattern)


@lru_cache(maxsize=None)
def _sides(template: str) -> tuple:
    """(before, after): a template's context on each side of ``(?:{N})``, compiled once: the
    words before the name (matched so that they end where the name starts) and after it."""
    before, found, after = template.partition("(?:{N})")
    assert found, template
    return (re.compile("(?:" + before + ")$") if before not in ("", r"\b") else None), re.compile(after)


def count_cues(text: str, templates, names: list[str], skip=None, whole: bool = False) -> int:
    """How often ``templates`` (each holding ``(?:{N})`` once) match ``text`` with one of ``names``
    for the name: every occurrence of a name is checked against each template's context on either
    side, whose patterns are compiled once per process (never per entity). ``skip(end)`` (round 24),
    given where a match of the first template ends, leaves that match out. ``whole`` (round 29): a name
    that goes on ("Rafi| Vigilance Corps") is another, longer name, no occurrence of this one."""
    if not names:
        return 0
    occurrences = [(m.start(), m.end()) for m in _compiled(r"(?<![\w-])(?:" + _alt(names) + r")" +
                                                          (_NAME_GOES_ON if whole else "")).finditer(text)
                   if not _particle_before().search(text, max(0, m.start() - 40), m.start())]
    count = 0
    for index, template in enumerate(templates):
        before, after = _sides(template)
        for start, end in occurrences:
            found = after.match(text, end)
            if found and (before is None or before.search(text, max(0, start - 250), start)) and \
                    not (skip and index == 0 and skip(found.end())):
                count += 1
    return count


@lru_cache(maxsize=1)
def _particle_before() -> re.Pattern:
    """(round 30) A capitalised word and a name particle (``name_particles``) right before a name: "Vigilants de|
    Mboki", "Movimento Armado do| Luangwa" - a longer name, whose cues are no cues for the place it ends with."""
    return re.compile(r"[A-Z][\w'’-]*\s+(?:" + _alt(language()["name_particles"]) + r")\s+$")


class TypeVotes:
    """Mixed into the entity finder; needs ``self.gaz`` and ``self.text`` (the document)."""

    text: str = ""

    def votes(self, ident: str) -> tuple[int, int]:
        """(armed, state): the cues the document gives for a new entity being an
        armed group or a state's body; each cue counts once, name words once."""
        entity = self.gaz.entities[ident]
        armed_words, state_words, armed_context, state_context = _patterns()
        names = [n for n in entity.names if len(n) >= 3]
        armed = int(any(armed_words.search(n) for n in names))
        state = int(any(state_words.search(n) for n in names))
        if not names or not self.text:
            return armed, state
        armed += count_cues(self.text, armed_context[:2], names)
        armed += 2 * self.described_as(ident)[0]  # "X, a rebel faction", "the armed group X": a definition
        armed += count_cues(self.text, _group_patterns()[0], names)  # "an arms embargo on X", "in X hands"
        state += count_cues(self.text, state_context, names)
        return armed, state

    def described_as(self, ident: str) -> tuple[int, int]:
        """(armed, state): how often the document describes a name as an armed group ("X, an armed
        gang", "X is one of several militias") or as a state's body, and nothing else."""
        names = [n for n in self.gaz.entities[ident].names if len(n) >= 3]
        if not names or not self.text:
            return 0, 0
        _, _, armed_context, state_context = _patterns()
        return count_cues(self.text, armed_context[2:], names, self._opens_clause), \
            count_cues(self.text, state_context[1:], names)

    def _opens_clause(self, end: int) -> bool:
        """(round 24) Whether the noun that ends at ``end`` ("According to X, the militia| killed ...") is the
        subject of the verb after it on the parse: the clause's subject, no apposition of the name before."""
        sentences = getattr(self, "sentences", None)
        if not sentences:
            return False
        sentence = sentences[bisect_right([s.start for s in sentences], end - 1) - 1]
        return opens_clause(sentence, end - 1)

    def parsed_descriptions(self, names: list[str]) -> int:
        """How often the parse says a name is an armed group where the words between the name
        and its description are too many for the text patterns ("X - a gloss - began as a band
        of musicians and has turned into one of the country's most feared gangs"): the name is
        the subject of "be"/"remain"/"become" with such an attribute, or of "turn/grow into"
        one (also "one of" such groups), the verb itself or one coordinated with it."""
        sentences = getattr(self, "sentences", None)
        if not sentences or not names:
            return 0
        starts = [s.start for s in sentences]
        count = 0
        for match in _compiled(r"\b(?:" + _alt(names) + r")\b").finditer(self.text):
            sentence = sentences[bisect_right(starts, match.start()) - 1]
            if sentence.span is None or _INSIDE_NAME.search(self.text, max(0, match.start() - 40), match.start()):
                continue  # "the Forces de Résistance de la Kibira ... remain the largest armed group": another name's
            subject = next((t for t in sentence.span if match.start() <= sentence.at(t) < match.end()), None)
            # up the name's own words ("Sefela sa Thaba - a gloss -" parsed with the gloss's noun as the head)
            while subject is not None and subject.dep_ in ("compound", "nmod", "appos", "flat") and subject.head is not subject:
                subject = subject.head
            if subject is None or subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            for verb in [subject.head, *subject.head.conjuncts]:
                nouns = [c for c in verb.children if c.dep_ == "attr"] if verb.lemma_ in _BE else \
                    [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children
                     if g.dep_ == "pobj"] if verb.lemma_ in _INTO else []
                nouns = [g for n in nouns for g in ([g for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                                                     for g in c.children if g.dep_ == "pobj"]
                                                    if n.lower_ == "one" else [n])]
                if any(_armed_tail().search(" ".join(t.text for t in n.doc[n.left_edge.i:n.i + 1] if t.dep_ != "det"))
                       for n in nouns):
                    count += 1
                    break
        return count

    def weigh(self, ident: str) -> tuple[int, int, int]:
        """(group, state, place): the evidence over the whole document that a name the NER took
        for a place or a person names an armed group. Group: a description as one (2 each), an
        armed word in the name (2: "Movimento Armado ..."), what only a group has ("members of X",
        "X is led by Y", "an arms embargo on X", "in X hands"; for a place-typed name also "X
        fighters", "X's leader", "X claimed responsibility", "X operates in"). State: a description
        as a state's body. Place: "in X", "near X", "X district", "the town of X", "from X to"."""
        entity = self.gaz.entities[ident]
        names = [n for n in entity.names if len(n) >= 3]
        if not names or not self.text:
            return 0, 0, 0
        key = (ident, tuple(names), entity.type)  # the document does not change: each name set is weighed once
        weighed = self.__dict__.setdefault("_weighed", {})
        if key not in weighed:
            weighed[key] = self._weigh(entity, names)
        return weighed[key]

    def _weigh(self, entity, names: list[str]) -> tuple[int, int, int]:
        """:meth:`weigh` for one set of names."""
        ident = entity.id
        armed_words, _, armed_context, _ = _patterns()
        armed_only, group_only, place_only, places = _group_patterns()
        described, state = self.described_as(ident)
        described = max(described, self.parsed_descriptions(names))
        group = 2 * described + 2 * int(any(armed_words.search(n) for n in names))
        templates = armed_only + group_only + (place_only + armed_context[:2] if entity.type != "Person" else ())
        group += self._count(templates, names)
        return group, state, self._count(places, names)

    def _count(self, templates, names) -> int:
        """How often the templates match the document with one of ``names`` (:func:`count_cues`), never inside
        a longer name (round 29: "members of the Rafi Vigilance Corps" says nothing of the place Rafi)."""
        return count_cues(self.text, templates, names, whole=True)

    def outweighs_place(self, ident: str) -> bool:
        """True when the document says more of a new entity as a group than as a place (a place
        cue in one sentence must not make a town of "in IZG hands" or "the IZG is active in")."""
        group, _, place = self.weigh(ident)
        return group >= 2 and group > place

    def vote_type(self, ident: str) -> str | None:
        """Retype a new Organisation or GovernmentBody to ArmedGroup when the
        document's cues say so (``threshold`` in type_cues.yaml), and a one-word
        ArmedGroup the document only names as a place to that place; the new
        class, or ``None`` when it stays."""
        entity = self.gaz.entities.get(ident)
        if entity is None or not entity.new or entity.assumed_known or \
                entity.type not in VOTABLE + DESCRIBED_ONLY + ("ArmedGroup",):
            return None
        key = (ident, tuple(entity.names))
        done = self.__dict__.setdefault("_voted", {})
        if key in done:
            return done[key]
        if entity.type in DESCRIBED_ONLY:
            group, state, place = self.weigh(ident)
            cls = "ArmedGroup" if group >= 2 and group > place and not state else None
        elif entity.type == "ArmedGroup":
            # (round 22) a headline's "X armed group", "X militia": one word the document only ever names as a
            # place ("the X region", "in X") and never describes as a group is the place the group is from
            group, state, place = self.weigh(ident) if " " not in entity.label else (1, 0, 0)
            cls = None if group or state or place < 2 or _armed_words_in(entity.names) else \
                "Region" if re.search(r"\b" + re.escape(entity.label) + r"\s+(?:" + "|".join(
                    re.escape(n) for n in sorted(region_nouns())) + r")s?\b", self.text) else "Settlement"
        else:
            armed, state = self.votes(ident)
            cls = "ArmedGroup" if armed >= type_cues()["threshold"] and armed > state else None
        if cls:
            entity.type = cls
            if cls not in PLACES:  # an armed group is no part of a state; a place keeps its state
                entity.part_of = [p for p in entity.part_of if not self.gaz.is_a(p, "State")]
        done[key] = cls
        return cls
