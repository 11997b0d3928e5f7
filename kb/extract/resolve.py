"""Which known entity a proposed name stands for: fuzzy, alias-aware matching
of a proposed (label, class) against the labels and aliases the knowledge base
(or the pending candidates) already hold.

Used twice: a name the extractor proposes as new is linked to the entity the
knowledge base holds under another name ("Department of the Treasury" for
``treasury-department``, "the 15-member Security Council" for
``un-security-council``), and the same new entity proposed by several
documents ("Kestrel Trading", "Kestrel Trading Co.") becomes one candidate.

Names are compared as sets of words after normalising (:func:`words`): case,
dots inside abbreviations, punctuation, articles and linking words, legal forms
of companies and descriptive modifiers are dropped, so word order and "of the"
do not matter. Two names match when

1. their word sets are equal once the names of the known entity's state or
   parent ("US", "UN", "American") are set aside; when the proposal does not
   name that state itself, it needs a word that is not a head word, so
   "Treasury" links to the US Treasury Department but "Defence Ministry" to no
   state's ministry; or
2. one set holds the other and the words only one side has are head words
   ("Group", "Department", ``generic`` in ``resolve.yaml``), with at least one
   shared word that is not a head word ("Wagner" and "Wagner Group", never
   "Ministry" and "Defence Ministry"); or
3. (not for people) rapidfuzz's token-set ratio of the two word sets is at
   least :data:`THRESHOLD`, and every word that is not a head word has a
   counterpart on the other side with at least that ratio (spelling variants:
   "Defense"/"Defence", "Shabaab"/"Shabab"; never "Red Ridge"/"Black Ridge").

Classes must be compatible: equal, one a subclass of the other in the
ontology (a proposed ``Organisation`` may be a known ``GovernmentBody``; a
``Company`` is never an ``ArmedGroup``), or a pair ``resolve.yaml`` lists as
``compatible``. A name two entities match equally well is ambiguous and links
to neither. The word lists are data, in ``resolve.yaml``; the threshold's data
is in docs/resolve.md.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import yaml
from rapidfuzz import fuzz

# The lowest token-set ratio (0-100) for a fuzzy match (rule 3), and for each
# naming word's counterpart. Chosen on the 147 labelled proposals in
# tests/fixtures/resolve/pairs.yaml (93 that name a known entity, 54 that do
# not, written before the rules were tuned): every threshold from 84 to 92
# makes no false link and finds 87 of the 93; the true fuzzy pairs score 92.3
# and more, the best false one 80. 88 is the middle of that range.
# docs/resolve.md has the sweep.
THRESHOLD = 88.0
SUBSET = 99.0  # the score of rule 2: below an equal name, so "European Union Council" is the council, not the union


@dataclass(frozen=True)
class Known:
    """One entity a proposal may resolve to.

    ``id``: its id; ``cls``: its ontology class name (``GovernmentBody``);
    ``names``: label then aliases; ``part_of``: ids of its state or parent
    organisation (their names are optional words in a match).
    """

    id: str
    cls: str
    names: tuple[str, ...]
    part_of: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _lists() -> dict:
    with open(Path(__file__).with_name("resolve.yaml"), encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return {"drop": frozenset(data["stop_words"]) | frozenset(data["legal_forms"]),
            "descriptive": re.compile("(?:" + "|".join(data["descriptive"]) + ")$"),
            "generic": frozenset(data["generic"]),
            "compatible": frozenset(frozenset((a, b)) for group in data.get("compatible") or []
                                    for a in group for b in group if a != b)}


def words(name: str) -> frozenset[str]:
    """The words of a name that identify it: ``"the U.S. Department of the
    Treasury"`` -> ``{"us", "department", "treasury"}``.

    Case and accents are folded, dots inside abbreviations removed, possessive
    ``'s`` and punctuation dropped, then the stop words, legal forms and
    descriptive modifiers of ``resolve.yaml``. A name made only of such words
    keeps them (so "The Company" is not empty).
    """
    lists = _lists()
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"(?<=\b\w)\.(?=\w\b|\w\.|\s|$)", "", text)  # U.S. -> US, U.N. -> UN
    text = re.sub(r"['’]s\b", "", text)
    tokens = [t.strip("-") for t in re.split(r"[^\w-]+", text)]
    tokens = [t for t in tokens if t and not lists["descriptive"].fullmatch(t)]
    raw = [w for t in tokens for w in t.split("-") if w]
    kept = [w for w in raw if w not in lists["drop"]]
    return frozenset(kept or raw)


class Index:
    """Known entities ready for :meth:`resolve`.

    ``entities``: :class:`Known` records (or any objects with ``id``, ``type``
    or ``cls``, and ``names`` or ``label``/``aliases``). ``is_a(cls,
    ancestor) -> bool`` tells the ontology's subclass relation; without it two
    classes are compatible only when equal. ``qualifiers``: extra words per
    entity id that may be left out of a name (demonyms of its state: "American"
    for a US body); :meth:`from_records` fills them.
    """

    def __init__(self, entities: Iterable = (), is_a: Callable[[str, str], bool] | None = None,
                 qualifiers: dict[str, list[frozenset]] | None = None):
        self.is_a = is_a or (lambda a, b: a == b)
        self.entities: dict[str, Known] = {}
        self._names: list[tuple[frozenset, str]] = []  # (words, id)
        self._extra = {k: [frozenset(n) for n in v] for k, v in (qualifiers or {}).items()}
        self._optional: dict[str, list[frozenset]] = {}
        for entity in entities:
            self.add(entity)

    @classmethod
    def from_records(cls, records: Iterable[dict], is_a=None, demonyms: dict[str, str] | None = None) -> "Index":
        """From fact-file entity records (``id``, ``type``, ``label``,
        ``aliases``, ``part_of``/``within``); ``demonyms`` maps a demonym to
        its state's label ("American": "United States")."""
        known = [_known(r) for r in records if isinstance(r, dict) and r.get("id") and r.get("label")]
        by_label = {k.names[0]: k.id for k in known}
        qualifiers: dict[str, list[frozenset]] = {}
        for word, label in sorted((demonyms or {}).items()):
            if label in by_label:
                qualifiers.setdefault(by_label[label], []).append(words(word))
        return cls(known, is_a, qualifiers)

    def add(self, entity) -> Known:
        """Add one entity (or replace it, by id); returns it as :class:`Known`."""
        known = entity if isinstance(entity, Known) else _known(entity)
        if known.id in self.entities:
            self._names = [(w, i) for w, i in self._names if i != known.id]
        self.entities[known.id] = known
        self._optional.clear()
        self._names.extend((words(n), known.id) for n in known.names if n)
        return known

    def compatible(self, a: str, b: str) -> bool:
        """True when class ``a`` equals ``b``, one is a subclass of the other,
        or ``resolve.yaml`` lists them as ``compatible``."""
        return a == b or self.is_a(a, b) or self.is_a(b, a) or frozenset((a, b)) in _lists()["compatible"]

    def optional(self, ident: str) -> list[frozenset]:
        """Names that may be left out of the names of entity ``ident``, as
        word sets: the names of its state or parent, and their demonyms."""
        if ident not in self._optional:
            out = list(self._extra.get(ident, ()))
            for parent in self.entities[ident].part_of:
                if parent in self.entities:
                    out += [words(name) for name in self.entities[parent].names]
                    out += self._extra.get(parent, [])
            self._optional[ident] = out
        return self._optional[ident]

    def score(self, label: str, ident: str, cls: str | None = None) -> float:
        """How well ``label`` matches entity ``ident``, 0-100 (100 for rule 1, 99 for rule 2)."""
        known = self.entities[ident]
        person = self.is_a(cls or known.cls, "Person") or known.cls == "Person"
        return max((_score(p, w, self.optional(ident), person) for p in _variants(label)
                    for w, i in self._names if i == ident), default=0.0)

    def resolve(self, label: str, cls: str, within: Iterable[str] = (), exclude: Iterable[str] = ()) -> str | None:
        """The id of the known entity ``label`` names, or None.

        ``cls`` is the proposal's class; ``within`` the ids of the states or
        parents the text places it in (a guess, so it ranks matches and
        excludes none); ``exclude`` ids never to return. An entity placed
        ``within`` wins, then the best score, then one whose own label matched
        (not an alias); two entities still equal make the name ambiguous (None).
        """
        proposals = _variants(label)
        within, exclude = set(within), set(exclude)
        person = cls == "Person" or self.is_a(cls, "Person")
        scores: dict[str, tuple] = {}
        for names, ident in self._names:
            known = self.entities[ident]
            if ident in exclude or not self.compatible(cls, known.cls):
                continue
            value = max(_score(p, names, self.optional(ident), person or known.cls == "Person") for p in proposals)
            if value >= THRESHOLD:
                placed = bool(within & set(known.part_of))
                scores[ident] = max(scores.get(ident, ()), (placed, value, names == words(known.names[0])))
        ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
        if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None  # nothing matches, or two entities match equally well ("Kestrel")
        return ranked[0][0]

def resolve(label: str, cls: str, known: Index | Iterable, within: Iterable[str] = ()) -> str | None:
    """The id of the entity in ``known`` that the proposed ``label`` of class
    ``cls`` names, or None when none matches.

    ``known`` is an :class:`Index` (build one per document or batch: it
    normalises every name once) or an iterable of :class:`Known` records,
    which is indexed on each call with classes compatible only when equal.
    ``within``: ids of the states or parents the text places the proposal in.
    Example: ``resolve("Department of the Treasury", "GovernmentBody", index)``
    -> ``"treasury-department"`` when the index holds it under the alias
    "Treasury Department" or the label "U.S. Department of the Treasury".
    """
    index = known if isinstance(known, Index) else Index(known)
    return index.resolve(label, cls, within)


def _variants(label: str) -> list[frozenset]:
    """The words of a label, and of its parts when it ends in a parenthesised
    abbreviation: "Agence France-Presse (AFP)" is tried as both names."""
    found = re.fullmatch(r"(.+?)\s*\(([^()]+)\)\s*", label)
    names = [label] if not found else [found.group(1), found.group(2)]
    return [words(n) for n in names]


def _strip(name: frozenset, optional: list[frozenset]) -> tuple[frozenset, bool]:
    """``name`` without every optional name it contains whole; and whether it contained one."""
    rest = name
    for qualifier in optional:
        if qualifier and qualifier <= rest and qualifier != rest:
            rest = rest - qualifier
    return rest, rest != name


def _score(proposal: frozenset, names: frozenset, optional: list[frozenset], person: bool) -> float:
    """Rule 1 (100), rule 2 (:data:`SUBSET`), rule 3 (the token-set ratio) or no match (0)."""
    generic = _lists()["generic"]
    p, stated = _strip(proposal, optional)
    k, dropped = _strip(names, optional)
    if p == k:
        # equal once the state is set aside: a proposal that does not name the
        # state needs a word of its own ("Treasury"), not only "Defence Ministry"
        return 100.0 if stated or not dropped or p - generic else 0.0
    if p <= k or k <= p:
        return SUBSET if (p & k) - generic and not (p ^ k) - generic else 0.0
    pd, kd = p - generic, k - generic
    if person or not stated and (not pd or not kd):
        return 0.0  # people's names differ by one letter ("Karen Black", "Karen Blake"): no fuzzy match
    if any(max((fuzz.ratio(w, v) for v in kd), default=0) < THRESHOLD for w in pd) or \
            any(max((fuzz.ratio(w, v) for v in pd), default=0) < THRESHOLD for w in kd):
        return 0.0  # a naming word with no counterpart: "Red Ridge" is not "Black Ridge"
    return fuzz.token_set_ratio(" ".join(sorted(p)), " ".join(sorted(k)))


def _known(record) -> Known:
    if isinstance(record, dict):
        get = record.get
    else:
        def get(key, default=None):
            return getattr(record, key, default)
    names = get("names")
    if not names:
        aliases = get("aliases") or []
        names = [get("label")] + list(aliases if isinstance(aliases, list) else [aliases])
    part_of = get("part_of") or get("within") or []
    part_of = part_of if isinstance(part_of, (list, tuple)) else [part_of]
    return Known(str(get("id")), str(get("type") or get("cls")), tuple(str(n) for n in names if n),
                 tuple(str(p) for p in part_of))

