"""Mentions: names the knowledge base knows, demonyms, anaphors, and new names.

The gazetteer is read from the project's entity files and from the labelled
records in its fact files, so it grows as curators accept facts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, RDFS, URIRef

from ..namespaces import AGKB
from .lexicon import language
from .nlp import Sentence


@dataclass
class Entity:
    id: str
    type: str
    label: str
    names: list[str]
    part_of: list[str] = field(default_factory=list)
    new: bool = False
    assumed_known: bool = False  # a body the evaluation treats as known (lexicon/bodies.yaml)
    extra: dict = field(default_factory=dict)  # type-specific keys: count, member_of, issuer, location


@dataclass
class Mention:
    start: int  # offsets in the document
    end: int
    entity: str
    type: str
    kind: str  # name, demonym, anaphor, new
    text: str
    quoted: bool = False


def ontology_for(path: Path) -> "Ontology":
    """The ontology's classes, parsed once per file version (path and mtime)."""
    return _ontology(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _ontology(path: str, _mtime: int) -> "Ontology":
    return Ontology(Graph().parse(path))


class Ontology:
    """Class names and their ancestors, read from the ontology."""

    def __init__(self, graph: Graph):
        self.parents: dict[str, set[str]] = {}
        self._memo: dict[tuple[str, str], bool] = {}
        prefix = str(AGKB)
        for cls, parent in graph.subject_objects(RDFS.subClassOf):
            if isinstance(cls, URIRef) and str(cls).startswith(prefix) and isinstance(parent, URIRef):
                self.parents.setdefault(str(cls)[len(prefix):], set()).add(
                    str(parent)[len(prefix):] if str(parent).startswith(prefix) else "")

    def is_a(self, name: str, ancestor: str) -> bool:
        key = (name, ancestor)
        if key not in self._memo:
            self._memo[key] = self._search(name, ancestor)
        return self._memo[key]

    def _search(self, name: str, ancestor: str) -> bool:
        seen, stack = set(), [name]
        while stack:
            current = stack.pop()
            if current == ancestor:
                return True
            if current not in seen:
                seen.add(current)
                stack.extend(p for p in self.parents.get(current, ()) if p)
        return False


class Gazetteer:
    """Every known entity with its names, and the matcher built from them."""

    def __init__(self, entities: dict[str, Entity], memberships: dict[str, tuple[str, str]], ontology: Ontology):
        self.entities = entities
        self.memberships = memberships  # person id -> (organisation id, role id)
        self.ontology = ontology
        self._base = None  # the names compiled at construction (see _compile)
        self._compile()

    @classmethod
    def from_files(cls, facts_dir: Path, files: dict, ontology: Ontology) -> "Gazetteer":
        """From parsed fact files (path -> document): entity files, and the
        labelled events and memberships in source fact files."""
        entities: dict[str, Entity] = {}
        memberships: dict[str, tuple[str, str]] = {}
        for path, doc in files.items():
            if path.is_relative_to(facts_dir / "entities"):
                for item in doc or []:
                    _add_entity(entities, item)
        for path, doc in files.items():
            if not path.is_relative_to(facts_dir / "sources") or not isinstance(doc, dict):
                continue
            for item in doc.get("claims") or []:
                if isinstance(item, dict) and item.get("label") and item.get("type") not in (None, "Claim", "Attribute"):
                    if ontology.is_a(str(item["type"]), "Event"):
                        _add_entity(entities, item)
                if isinstance(item, dict) and item.get("type") == "Membership":
                    memberships.setdefault(str(item.get("member")), (str(item.get("organisation")), str(item.get("role"))))
        return cls(entities, memberships, ontology)

    def _compile(self) -> None:
        cased, folded = {}, {}
        for entity in self.entities.values():
            names = list(entity.names)
            if entity.type == "Person" and " " in entity.label:
                names.append(entity.label.split()[-1])
            if entity.type == "ArmedGroup" and re.fullmatch(r"[A-Z][a-z]{3,}s", entity.label):
                names.append(entity.label[:-1])  # "Dalvani fighters" for the Dalvanis
            for name in names:
                (folded if name == name.lower() else cased).setdefault(name, entity.id)
        labels = {e.label: e.id for e in self.entities.values()}
        for word, label in language()["metonyms"].items():
            if label in labels:
                cased.setdefault(word, labels[label])
        self._cased_map, self.folded = cased, {k.lower(): v for k, v in folded.items()}
        by_label = {e.label: e.id for e in self.entities.values() if e.type == "State"}
        self._demonym_map = {word: by_label[label] for word, label in language()["demonyms"].items()
                              if label in by_label}
        tables = (cased, folded, self._demonym_map)
        if self._base is None:
            # the knowledge base's names, compiled once: one alternation of thousands of names takes
            # milliseconds to compile, and a document adds entities (and refreshes) many times
            self._base = tuple(frozenset(t) for t in tables)
            self._base_regexes = tuple(_kept_alternation(t, f) for t, f in zip(self._base, (0, re.I, 0)))
        # names added since (a document's new entities) get a small alternation of their own; a base
        # name no longer in a table matches nothing, as `find` looks every match up in the tables
        self._added_regexes = tuple(_alternation([n for n in t if n not in base], f)
                                    for t, base, f in zip(tables, self._base, (0, re.I, 0)))
        self._stale = False

    @property
    def cased(self) -> dict:
        """Case-sensitive names (and metonyms) -> entity id."""
        if self._stale:
            self._compile()
        return self._cased_map

    @property
    def demonyms(self) -> dict:
        """Demonyms of the states the gazetteer knows -> state id."""
        if self._stale:
            self._compile()
        return self._demonym_map

    def rebase(self) -> None:
        """Compile every name known now as the base (kept across the documents of a batch), so that
        later refreshes compile only the names added after: called once the lexicon's states and bodies
        are in (the same for every document), else each of a document's new entities recompiled their
        hundreds of names (0.3-0.5 s of each document's run, measured with cProfile on the tuning set)."""
        self._base = None
        self._compile()

    def refresh(self) -> None:
        """Mark the matchers for rebuilding (done when next needed) after
        entities or names were added."""
        self._stale = True

    def is_a(self, entity_id: str, cls: str) -> bool:
        entity = self.entities.get(entity_id)
        return bool(entity) and self.ontology.is_a(entity.type, cls)

    def state_of(self, entity) -> str | None:
        """The id of the first state among ``entity``'s ``part_of`` (an Entity
        or None), or None: the state a body or force belongs to."""
        return next((p for p in (entity.part_of if entity else []) if self.is_a(p, "State")), None)

    def state_around(self, ident) -> str | None:
        """The id of the state the place ``ident`` lies in, following ``part_of`` up through regions to the
        first state (:meth:`state_of` at each step); ``None`` when none is known or ``ident`` is no place."""
        if not isinstance(ident, str) or not self.is_a(ident, "Place"):
            return None
        seen, todo = set(), [ident]
        while todo:
            entity = self.entities.get(todo.pop(0))
            if entity is None or entity.id in seen:
                continue
            seen.add(entity.id)
            state = self.state_of(entity)
            if state:
                return state
            todo += list(entity.part_of)
        return None

    def find(self, sentence: Sentence) -> list[Mention]:
        """Known names and demonyms in a sentence, longest match first."""
        if self._stale:
            self._compile()
        found = []
        tables = ((self.cased, "name"), (self.folded, "name"), (self.demonyms, "demonym"))
        for regex, (table, kind) in zip(self._base_regexes + self._added_regexes, tables + tables):
            if regex is None:
                continue
            for match in regex.finditer(sentence.text):
                key = match.group(1)
                ident = table.get(key) or table.get(key.lower())
                if ident:
                    found.append(Mention(sentence.start + match.start(1), sentence.start + match.end(1), ident,
                                         self.entities[ident].type, kind, key))
        return _longest(found)


def _add_entity(entities: dict, item) -> None:
    if not isinstance(item, dict) or "id" not in item or "label" not in item:
        return
    aliases = item.get("aliases") or []
    names = [str(item["label"])] + [str(a) for a in (aliases if isinstance(aliases, list) else [aliases])]
    part_of = item.get("part_of") or item.get("within") or []
    entities.setdefault(str(item["id"]), Entity(str(item["id"]), str(item.get("type")), str(item["label"]), names,
                                                [str(p) for p in (part_of if isinstance(part_of, list) else [part_of])]))


@lru_cache(maxsize=8)
def _kept_alternation(names: frozenset, flags: int):
    """:func:`_alternation`, kept for the next document of a batch: re's own cache (512 patterns) does
    not keep it, as the extractor compiles hundreds of patterns per document."""
    return _alternation(names, flags)


def _alternation(names, flags):
    if not names:
        return None
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # a lookahead finds overlapping matches ("the Treasury" and "Treasury Department"); the longest wins
    return re.compile(r"(?<![\w-])(?=(" + body + r")(?![\w-]))", flags)


def _longest(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside double quotation marks, paired within each paragraph."""
    spans = []
    for block in re.finditer(r"[^\n]+", text):
        line, base = block.group(), block.start()
        for match in re.finditer(r"[\"“]([^\"”]*)[\"”]", line):
            spans.append((base + match.start(), base + match.end()))
    return spans


def slug(text: str, limit: int = 60) -> str:
    """Lower-case words joined by hyphens, cut at a word boundary within ``limit``;
    accented letters lose their accents ("Bossélé-Mbari" -> bossele-mbari)."""
    text = text.lower().replace("'s ", " ").replace("’s ", " ")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if len(words) > limit:
        words = words[:limit + 1].rsplit("-", 1)[0] if "-" in words[:limit + 1] else words[:limit]
    return words.strip("-")
