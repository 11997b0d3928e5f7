"""Look-up stage: finding resources of the published knowledge base by name
(`kb search`), and the helpers `kb show` shares: ids, labels and types.

Everything reads an Oxigraph store holding dist/kb.nt and the ontology
(``kb.query.published_store``), so the terms are the published ones.

Names are compared by the best of rapidfuzz's WRatio (a weighted mix of
whole-string and partial ratios, 0-100: "prigozin" finds "Prigozhin") and its
token-set ratio (100 when every word searched is in the name, however long);
a name shorter than the search by the token-sort ratio instead, so that
"Moscow Times North Korea" does not find every name it contains; and no
higher than how well each word searched is found among the name's words
(``coverage``). Names are compared after folding case and accents; a name
in a script other than Latin is also compared in Latin letters, transliterated
by ICU through normality's ``ascii_text`` (Пригожин -> Prigozin), so a name
is found whichever script the search or the knowledge base uses. Which
script a name is in comes from ``kb.langtag.scripts``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from . import langtag
from .errors import KBError
from .namespaces import AGKB, ID, PREFIXES
from .results import compact

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SUBCLASS = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
SKOS_PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
SKOS_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
DC_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
NAME_PROPERTIES = {
    "http://www.w3.org/2000/01/rdf-schema#label": "label",
    "http://www.w3.org/2004/02/skos/core#altLabel": "alias",
    str(AGKB.weakAlias): "weak alias",
    str(AGKB.nickname): "nickname",
}
# Resources that are about something else are not looked up by name: claims
# (their label is what they say), statements, excerpts, identity link
# records and the records of imported lists.
INNER = tuple(f"{ID}{part}/" for part in ("claim", "statement", "excerpt", "link", "record", "dataset"))
MIN_SCORE = 80
_PUNCT = re.compile(r"[^\w]+", re.UNICODE)
_DOUBLE = re.compile(r"([a-z])\1+")
SPELLINGS = Path(__file__).with_name("spellings.yaml")


def iri_of(ident: str) -> str:
    """The IRI an id given on the command line stands for: a full IRI (with or
    without <>), a prefixed name (``kb:wagner-group``, ``claim:prigozhin-age``),
    or a path under https://w3id.org/agkb/id/ (``wagner-group``,
    ``source/2022-12-23-...``, ``ftm/<id>``). ``ftm:<id>``, as ``kb match``
    and ``--authority`` write an imported entity, is ``ftm/<id>``."""
    text = ident.strip()
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    if re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        return text
    prefix, sep, local = text.partition(":")
    if sep and prefix == "ftm":
        return f"{ID}ftm/{local}"
    if sep and prefix in PREFIXES:
        return PREFIXES[prefix] + local
    return f"{ID}{text}"


def display_id(iri: str) -> str:
    """How an IRI is shown: a prefixed name where one fits, else the IRI."""
    return compact(iri)


def literal_sort_key(literal: ox.Literal) -> tuple:
    """kb.langtag.preference for a pyoxigraph literal: English names first."""
    return langtag.preference(_Named(literal))


class _Named:
    """An ox.Literal seen as langtag.preference expects (``language`` and ``str``)."""

    def __init__(self, literal: ox.Literal):
        self.language = literal.language
        self.value = literal.value

    def __str__(self) -> str:
        return self.value


class Labels:
    """Labels, names and classes of the resources of one store, looked up
    once each (the store holds the ontology too, for the labels of classes,
    properties and concepts)."""

    def __init__(self, store: ox.Store):
        self.store = store
        self._cache: dict = {}
        self._parents: dict | None = None

    def objects(self, subject, predicate) -> list:
        return [q.object for q in self.store.quads_for_pattern(subject, predicate, None, None)]

    def label(self, term, fallback: bool = True) -> str:
        """The name to show for a term: its preferred rdfs:label, skos:prefLabel or
        dcterms:title (English first, kb.langtag.preferred), a literal's text,
        or (unless ``fallback`` is false: then '') the last part of the IRI."""
        if term is None:
            return ""
        if isinstance(term, ox.Literal):
            return term.value
        found = self._cache.get(term)
        if found is None:
            found = ""
            for predicate in (RDFS_LABEL, SKOS_PREF, DC_TITLE):
                names = [o for o in self.objects(term, predicate) if isinstance(o, ox.Literal)]
                if names:
                    found = min(names, key=literal_sort_key).value
                    break
            self._cache[term] = found
        if not found and fallback:
            text = term.value if isinstance(term, ox.NamedNode) else str(term)
            return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text
        return found

    def _superclasses(self) -> dict:
        if self._parents is None:
            parents: dict = {}
            for quad in self.store.quads_for_pattern(None, SUBCLASS, None, None):
                parents.setdefault(quad.subject, set()).add(quad.object)
            closed: dict = {}
            for cls in parents:
                seen, todo = set(), list(parents[cls])
                while todo:
                    up = todo.pop()
                    if up not in seen:
                        seen.add(up)
                        todo.extend(parents.get(up, ()))
                closed[cls] = seen
            self._parents = closed
        return self._parents

    def types(self, term) -> list[ox.NamedNode]:
        """The most specific of the term's agkb: classes (none is a superclass
        of another), sorted; other classes only when it has no agkb: class."""
        types = [o for o in self.objects(term, RDF_TYPE) if isinstance(o, ox.NamedNode)]
        ours = [t for t in types if t.value.startswith(str(AGKB))] or types
        parents = self._superclasses()
        implied = set().union(*(parents.get(t, set()) for t in ours)) if ours else set()
        return sorted((t for t in ours if t not in implied), key=lambda t: t.value)

    def type_name(self, term) -> str:
        """The term's most specific class as written in the fact files (``Person``,
        ``ArmsTransfer``), several joined by '/', or '' when it has none."""
        return "/".join(compact(t.value).split(":", 1)[-1] for t in self.types(term))


@dataclass
class Hit:
    """One resource found by ``search``: its IRI, class, names (label and
    language tag), the name that matched best, through which property, and
    the score (0-100)."""

    iri: str
    type: str
    labels: list[tuple[str, str]] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)
    matched: str = ""
    matched_as: str = ""
    score: float = 0.0
    matched_language: str = ""

    def as_json(self) -> dict:
        return {"id": display_id(self.iri), "iri": self.iri, "type": self.type,
                "labels": [{"value": v, "language": lang} for v, lang in self.labels],
                "aliases": [{"value": v, "language": lang} for v, lang in self.aliases],
                "matched": {"value": self.matched, "language": self.matched_language, "as": self.matched_as},
                "score": round(self.score, 1)}


def fold(text: str) -> str:
    """A name as compared: accents removed (NFKD), case folded, punctuation
    as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_PUNCT.sub(" ", plain.casefold()).split())


@lru_cache(maxsize=1)
def _spellings() -> list[tuple[str, str]]:
    import yaml

    with open(SPELLINGS, encoding="utf-8") as handle:
        return [tuple(pair) for pair in yaml.safe_load(handle)["replace"]]


def skeleton(latin: str) -> str:
    """A folded Latin name with the spellings of kb/spellings.yaml replaced
    and doubled letters made single ("yevgeny prigozhin" -> "evgeni prigozin")."""
    out = latin
    for old, new in _spellings():
        out = out.replace(old, new)
    return _DOUBLE.sub(r"\1", out)


def forms(text: str) -> set[str]:
    """The forms of a name that are compared: folded; for a name with letters
    of a script other than Latin also its Latin transliteration (ICU, through
    normality); and the skeleton (``skeleton``) of the Latin ones."""
    out = {fold(text)}
    if langtag.scripts(text) - {"Latn"}:
        from normality import ascii_text

        latin = ascii_text(text)
        if latin:
            out.add(fold(latin))
    out |= {skeleton(f) for f in out if not langtag.scripts(f) - {"Latn"}}
    return {f for f in out if f}


def coverage(search_form: str, name_form: str) -> float:
    """How well every word searched is found in the name (0-100): the mean,
    over the words searched, of the best rapidfuzz ratio with a word of the
    name, a word the name's word starts with (three letters or more) counting
    as found. "pmc wagner" covers "wagner group operations in libya" at 70."""
    from rapidfuzz import fuzz

    words = name_form.split()
    if not words:
        return 0.0
    scores = []
    for word in search_form.split():
        best = max(100.0 if len(word) >= 3 and w.startswith(word) else fuzz.ratio(word, w) for w in words)
        scores.append(best)
    return sum(scores) / len(scores) if scores else 0.0


def names(store: ox.Store) -> list[tuple[ox.NamedNode, str, ox.Literal]]:
    """(resource, kind of name, name) for every label, alias, weak alias and
    nickname of a resource under https://w3id.org/agkb/id/ that is not a
    claim, statement, excerpt or record."""
    out = []
    for predicate, kind_ in NAME_PROPERTIES.items():
        for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
            subject, name = quad.subject, quad.object
            if isinstance(subject, ox.NamedNode) and isinstance(name, ox.Literal) \
                    and subject.value.startswith(str(ID)) and not subject.value.startswith(INNER):
                out.append((subject, kind_, name))
    return out


def search(store: ox.Store, text: str, limit: int = 10, kind: str | None = None,
           min_score: float = MIN_SCORE) -> list[Hit]:
    """Resources whose label, alias or nickname is like ``text``, best first
    (score, then the shorter name, then the IRI); at most ``limit``; only of
    class ``kind`` (a class name such as ``Person``, or its subclasses) when
    given. Raises KBError for an empty search or an unknown class."""
    from rapidfuzz import fuzz, process

    wanted = forms(text)
    if not wanted:
        raise KBError(f"nothing to search for in {text!r}: give a name or part of one")
    labels = Labels(store)
    kind_node = None
    if kind:
        kind_node = ox.NamedNode(iri_of(kind) if ":" in kind else f"{AGKB}{kind}")
        if not any(True for _ in store.quads_for_pattern(kind_node, RDF_TYPE, None, None)):
            raise KBError(f"no class {kind!r} in the ontology (give a class such as Person, ArmedGroup, State)")
    choices, owners = [], []
    for subject, kind_, name in names(store):
        for form in forms(name.value):
            choices.append(form)
            owners.append((subject, kind_, name))
    best: dict = {}
    found = []
    for query_form in wanted:
        for scorer in (fuzz.WRatio, fuzz.token_set_ratio):
            found += [(query_form, *match) for match in process.extract(
                query_form, choices, scorer=scorer, limit=None, score_cutoff=min_score)]
    for query_form, choice, score, index in found:
        if len(choice) < len(query_form):
            # both scorers are symmetric: a short name inside a long search would
            # score as a part of it; a name must hold the search, not the reverse
            score = fuzz.token_sort_ratio(query_form, choice)
        score = min(score, coverage(query_form, choice))
        if score < min_score:
            continue
        subject, kind_, name = owners[index]
        key = (-score, len(name.value), 0 if kind_ == "label" else 1, name.value)
        if subject not in best or key < best[subject][0]:
            best[subject] = (key, kind_, name)
    hits = []
    for subject, (key, kind_, name) in best.items():
        if kind_node is not None:
            classes = set(labels.objects(subject, RDF_TYPE))
            if kind_node not in classes:
                continue
        hits.append((key, subject.value, _hit(labels, subject, kind_, name, -key[0])))
    hits.sort(key=lambda item: (item[0][0], item[0][1], item[1]))
    return [hit for _, _, hit in hits[:limit]]


def _hit(labels: Labels, subject: ox.NamedNode, kind_: str, name: ox.Literal, score: float) -> Hit:
    def named(predicate) -> list[tuple[str, str]]:
        found = [o for o in labels.objects(subject, predicate) if isinstance(o, ox.Literal)]
        return [(o.value, o.language or "") for o in sorted(found, key=literal_sort_key)]

    aliases = []
    for predicate in list(NAME_PROPERTIES)[1:]:
        aliases += named(ox.NamedNode(predicate))
    return Hit(subject.value, labels.type_name(subject), named(RDFS_LABEL), sorted(set(aliases)),
               name.value, kind_, score, name.language or "")
