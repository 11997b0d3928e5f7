"""Match judgements: the curators' decisions on proposed matches, kept as data
in ONE file, ``facts/links/judgements.yaml`` (like nomenklatura's resolver),
and what the build publishes from them.

A judgement names two entities, each an id in facts/entities/ (``wagner-group``)
or an imported FollowTheMoney entity (``ftm:<id>``), and says ``same``,
``different`` or ``unsure``, who judged (``by``), when (``at``, UTC), the
matcher's ``score`` and ``reasons`` at the time, and an optional ``note``.
The keys are the ``sh:name``s of ``agsh:MatchJudgementShape``
(shapes/judgements.ttl); tests/test_ftm_match.py checks that :data:`KEYS` is
that list.

Publishing: the ``same`` judgements join entities into groups (transitively:
A = B and B = C make one group). Each group has one canonical node: our
curated entity when the group holds one (two of ours in one group is an
error: they would be duplicates), otherwise the imported entity whose FtM id
sorts first in code-point order, a rule that depends only on the group's
members, never on the order of decisions. Every other member gets an
``agkb:IdentityMatch`` record (``id/link/match/ftm/<id>``) naming the
canonical node and the member, derived from the judgements on the path
between them; rule ontology/rules/65-identity-matches.rq derives
``owl:sameAs`` from it. Judgements themselves are published as
``agkb:MatchJudgement`` nodes (``id/judgement/<a>/<b>``). ``different`` and
``unsure`` judgements stay in the file: they keep pairs from being proposed
again.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import quote

import yaml

from . import nt, yamlio
from .errors import KBError
from .namespaces import ID, LINK
from .project import Project

PATH = Path("facts") / "links" / "judgements.yaml"
KEYS = ("entities", "judgement", "by", "at", "score", "reasons", "note")
VERDICTS = ("same", "different", "unsure")
HEADER = ("# Match judgements: whether two entities (ours: an id in facts/entities/; imported: ftm:<id>)\n"
          "# are the same real actor. Written by `kb review accept|reject|unsure ID`; a build input.\n"
          "# `same` publishes one canonical IRI with owl:sameAs to the others; `different` is never\n"
          "# proposed again; `unsure` stays listed in `kb review list`. See docs/guide.md,\n"
          "# \"Matching imported entities with ours\".\n")
_OURS = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WHEN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$")

A = "https://w3id.org/agkb/ontology#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
JUDGEMENT = f"{ID}judgement/"


@dataclass
class Judgement:
    """One decision. ``left``/``right``: entity refs, in :func:`pair` order;
    ``verdict``: same, different or unsure; ``at``: UTC dateTime text
    (``2026-11-25T10:12:03Z``); ``line``: where it starts in the file (0 for
    a new one)."""

    left: str
    right: str
    verdict: str
    by: str
    at: str
    score: float | None = None
    reasons: list = field(default_factory=list)
    note: str | None = None
    line: int = 0

    @property
    def pair(self) -> tuple[str, str]:
        return self.left, self.right

    def record(self) -> dict:
        """The YAML record, keys in :data:`KEYS` order, empty ones left out."""
        out = {"entities": [self.left, self.right], "judgement": self.verdict, "by": self.by, "at": self.at}
        if self.score is not None:
            out["score"] = round(float(self.score), 3)
        if self.reasons:
            out["reasons"] = list(self.reasons)
        if self.note:
            out["note"] = self.note
        return out


def is_ours(ref: str) -> bool:
    """True for an id of facts/entities/, False for ``ftm:<id>``."""
    return not ref.startswith("ftm:")


def pair(a: str, b: str) -> tuple[str, str]:
    """The order a pair is kept in: ours first, else code-point order."""
    if is_ours(a) != is_ours(b):
        return (a, b) if is_ours(a) else (b, a)
    return (a, b) if a <= b else (b, a)


def iri(ref: str) -> str:
    """The node of an entity ref, as an N-Triples IRI."""
    if is_ours(ref):
        return f"<{ID}{ref}>"
    return f"<{ID}ftm/{_quoted(ref[4:])}>"


def _quoted(ftm_id: str) -> str:
    return quote(ftm_id, safe="-._~")  # as kb/ftm/to_rdf.py mints imported IRIs


def _part(ref: str) -> str:
    return ref if is_ours(ref) else "ftm/" + _quoted(ref[4:])


def judgement_iri(left: str, right: str) -> str:
    """``<id/judgement/wagner-group/ftm/ex-pmc-wagner>``."""
    return f"<{JUDGEMENT}{_part(left)}/{_part(right)}>"


def match_iri(member: str) -> str:
    """``<id/link/match/ftm/<id>>``: the identity match record of an imported member."""
    return f"<{LINK}match/{_part(member)}>"


# ---------------------------------------------------------------- reading
def path_of(project: Project) -> Path:
    return project.root / PATH


def read(project: Project) -> list[Judgement]:
    """Every judgement of the project's file, in file order ([] when there is
    no file). Raises KBError ``facts/links/judgements.yaml:<line>: ...`` on
    the first bad record: malformed YAML, an unknown key, entities that are
    not two distinct refs (not both ours), a verdict that is not same,
    different or unsure, a missing ``by`` or ``at``, a time that is not UTC
    ``YYYY-MM-DDTHH:MM:SSZ``, a score outside 0-1, or a pair judged twice."""
    path = path_of(project)
    if not path.is_file():
        return []
    name = str(PATH)
    try:
        doc = yamlio.load(path, exact=True)
    except KBError as error:
        error.path = name
        raise
    if doc is None:
        return []
    if not isinstance(doc, yamlio.Seq):
        raise KBError("a judgements file is a list of judgements, each starting with `- entities:`", name, 1)
    out: list[Judgement] = []
    seen: dict[tuple, int] = {}
    for index, item in enumerate(doc):
        line = doc.lines[index]
        judgement = _one(item, name, line)
        if judgement.pair in seen:
            raise KBError(f"the pair {judgement.left}, {judgement.right} is judged twice (first at line "
                          f"{seen[judgement.pair]}); keep one judgement", name, line)
        seen[judgement.pair] = line
        out.append(judgement)
    return out


def _one(item, name: str, line: int) -> Judgement:
    if not isinstance(item, yamlio.Map):
        raise KBError("a judgement is a mapping with `entities:`, `judgement:`, `by:` and `at:`", name, line)

    def where(key):
        return item.line_of(key)

    for key in item:
        if key not in KEYS:
            near = difflib.get_close_matches(str(key), KEYS, n=1)
            hint = f"; did you mean '{near[0]}'?" if near else f"; a judgement has {', '.join(KEYS)}"
            raise KBError(f"unknown key '{key}'{hint}", name, where(key))
    for key in ("entities", "judgement", "by", "at"):
        if key not in item:
            raise KBError(f"a judgement needs `{key}:`", name, line)
    refs = item["entities"]
    if not isinstance(refs, list) or len(refs) != 2 or not all(isinstance(r, str) for r in refs):
        raise KBError("`entities` names the two entities judged, e.g. [wagner-group, ftm:ex-pmc-wagner]",
                      name, where("entities"))
    for ref in refs:
        if ref.startswith("ftm:") and len(ref) > 4 and not any(c.isspace() for c in ref):
            continue
        if not _OURS.match(ref):
            raise KBError(f"`entities`: {ref!r} is neither an entity id (lower-case words joined by hyphens) "
                          "nor ftm:<id> of an imported entity", name, where("entities"))
    if refs[0] == refs[1]:
        raise KBError(f"`entities` names {refs[0]} twice; a judgement is about two entities", name, where("entities"))
    if is_ours(refs[0]) and is_ours(refs[1]):
        raise KBError("`entities` names two of our entities; judgements are about imported entities (ftm:<id>), "
                      "and two curated duplicates are merged in facts/entities/", name, where("entities"))
    verdict = item["judgement"]
    if verdict not in VERDICTS:
        raise KBError(f"`judgement` is one of {', '.join(VERDICTS)}, not {verdict!r}", name, where("judgement"))
    by = item["by"]
    if not isinstance(by, str) or not by.strip():
        raise KBError("`by` is the name of the curator who judged", name, where("by"))
    at = item["at"]
    if not isinstance(at, str) or not _WHEN.match(at) or not _valid_time(at):
        raise KBError(f"`at` is when the judgement was made, in UTC: YYYY-MM-DDTHH:MM:SSZ, not {at!r}",
                      name, where("at"))
    score = None
    if "score" in item:
        try:
            score = float(Decimal(str(item["score"])))
        except (InvalidOperation, ValueError):
            score = -1.0
        if not 0.0 <= score <= 1.0:
            raise KBError(f"`score` is the matcher's score, a number from 0 to 1, not {item['score']!r}",
                          name, where("score"))
    reasons = item.get("reasons") or []
    if not isinstance(reasons, list) or not all(isinstance(r, str) and r.strip() for r in reasons):
        raise KBError("`reasons` is a list of one-line reasons", name, where("reasons"))
    if any("\n" in r or "\r" in r for r in reasons):
        raise KBError("each reason is one line", name, where("reasons"))
    note = item.get("note")
    if note is not None and (not isinstance(note, str) or not note.strip()):
        raise KBError("`note` is a non-empty text", name, where("note"))
    left, right = pair(refs[0], refs[1])
    return Judgement(left, right, str(verdict), str(by), str(at), score, [str(r) for r in reasons],
                     str(note) if note is not None else None, line)


def _valid_time(text: str) -> bool:
    try:
        dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- writing
def now() -> str:
    """The current UTC time, to the second, as judgements write it."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def with_judgement(text: str | None, judgement: Judgement, old: Judgement | None = None) -> str:
    """The file's text with ``judgement`` appended (and ``old``, the earlier
    judgement of the same pair read from this text, removed), so the file
    reads in the order decisions were made and comments elsewhere stay."""
    text = text if text is not None else HEADER
    lines = text.split("\n")
    if old is not None and old.line:
        starts = sorted(j.line for j in _lines_of(text))
        later = [s for s in starts if s > old.line]
        end = later[0] - 1 if later else len(lines)
        while end > old.line and not lines[end - 1].strip():
            end -= 1
        del lines[old.line - 1:end]
    record = judgement.record()
    first = yaml.safe_dump(record.pop("entities"), default_flow_style=True, allow_unicode=True, width=1000)
    rest = yaml.safe_dump(record, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    block = f"- entities: {first.strip()}\n" + "".join("  " + line + "\n" for line in rest.splitlines())
    return "\n".join(lines).rstrip("\n") + "\n\n" + block


def find(text: str | None, refs: tuple[str, str]) -> Judgement | None:
    """The judgement of the pair ``refs`` in a judgements file's text (its
    verdict and line), or None."""
    if not text:
        return None
    wanted = pair(*refs)
    doc = yaml.compose(text)
    if doc is None or not isinstance(doc, yaml.SequenceNode):
        return None
    for node, record in zip(doc.value, yaml.safe_load(text)):
        named = record.get("entities") if isinstance(record, dict) else None
        if isinstance(named, list) and len(named) == 2 and all(isinstance(r, str) for r in named) \
                and pair(*named) == wanted:
            return Judgement(wanted[0], wanted[1], str(record.get("judgement")), "", "",
                             line=node.start_mark.line + 1)
    return None


def curator(project: Project) -> str:
    """Who is judging: $KB_CURATOR, else git's user.name in the project,
    else the login name."""
    import getpass
    import os
    import subprocess

    name = os.environ.get("KB_CURATOR", "").strip()
    if not name:
        try:
            name = subprocess.run(["git", "config", "user.name"], cwd=project.root, capture_output=True,
                                  text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            name = ""
    return name or getpass.getuser()


def _lines_of(text: str) -> list[Judgement]:
    doc = yaml.compose(text)
    if doc is None or not isinstance(doc, yaml.SequenceNode):
        return []
    return [Judgement("", "", "", "", "", line=n.start_mark.line + 1) for n in doc.value]


# ---------------------------------------------------------------- groups
def groups(judgements: list[Judgement], name: str = str(PATH)) -> dict[str, str]:
    """Each entity ref in a ``same`` judgement -> its group's canonical ref.

    The canonical ref is our entity when the group has one, otherwise the
    ``ftm:`` ref that sorts first. Raises KBError at the judgement that puts
    two of our entities in one group."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    ours: dict[str, str] = {}
    for j in judgements:
        if j.verdict != "same":
            continue
        a, b = find(j.left), find(j.right)
        if a == b:
            continue
        ours_a = ours.get(a) or (a if is_ours(a) else None)
        ours_b = ours.get(b) or (b if is_ours(b) else None)
        if ours_a and ours_b and ours_a != ours_b:
            first, second = sorted((ours_a, ours_b))
            raise KBError(f"this judgement makes {first} and {second} (both in facts/entities/) the same actor; "
                          "merge them in facts/entities/, or judge one pair different", name, j.line)
        parent[b] = a
        if ours_a or ours_b:
            ours[a] = ours_a or ours_b
    members: dict[str, list[str]] = {}
    for ref in list(parent):
        members.setdefault(find(ref), []).append(ref)
    out = {}
    for root, refs in members.items():
        canonical = ours.get(root) or min(refs)
        for ref in refs:
            out[ref] = canonical
    return out


def same_group(mapping: dict[str, str], a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are already one actor by the judgements."""
    return a in mapping and mapping.get(a) == mapping.get(b)


# ---------------------------------------------------------------- publishing
@dataclass
class Published:
    """What the build adds: triples (N-Triples strings) and the file and line
    of each node."""

    triples: list = field(default_factory=list)
    origins: dict = field(default_factory=dict)


def imported_ids(project: Project) -> set[str]:
    """The FtM ids of every import (from imports/<dataset>/origins.tsv)."""
    from .ftm.imports import ORIGINS_FILE
    from .ftm.load import folders

    out: set[str] = set()
    for folder in folders(project.root):
        with open(folder / ORIGINS_FILE, encoding="utf-8") as handle:
            out.update(row.rpartition("\t")[0] for row in handle)
    return out


def triples(project: Project, entities: dict) -> Published:
    """The judgements' triples for the build. ``entities``: our entity ids ->
    their nodes. An id of ours not in facts/entities/, or an ``ftm:<id>`` no
    import holds (a typo, or an entity a newer list dropped), is an error
    (KBError ``file:line``, with the nearest id): left out in silence, the
    same-as link would vanish from dist/ with nobody told."""
    judgements = read(project)
    out = Published()
    if not judgements:
        return out
    present = imported_ids(project)
    name = str(PATH)
    check_ours(judgements, entities)
    check_imported(judgements, present)
    kept = [j for j in judgements if j.verdict == "same"]
    canonical = groups(kept, name)
    add = out.triples.append
    for j in kept:
        node = judgement_iri(j.left, j.right)
        out.origins[node] = (name, j.line)
        add((node, nt.TYPE, f"<{A}MatchJudgement>"))
        add((node, f"<{A}judgedEntity>", iri(j.left)))
        add((node, f"<{A}judgedEntity>", iri(j.right)))
        add((node, f"<{A}verdict>", f"<{A}Same>"))
        add((node, f"<{A}judgedBy>", nt.literal(j.by)))
        when = dt.datetime.fromisoformat(j.at.replace("Z", "+00:00"))
        add((node, f"<{PROV}generatedAtTime>", nt.literal(nt.canonical_datetime(when), datatype=f"{XSD}dateTime")))
        if j.score is not None:
            score = Decimal(str(round(j.score, 3)))
            add((node, f"<{A}matchScore>", nt.literal(nt.canonical_decimal(score), datatype=f"{XSD}decimal")))
        for reason in j.reasons:
            add((node, f"<{A}matchReason>", nt.literal(reason)))
        if j.note:
            add((node, "<http://www.w3.org/2000/01/rdf-schema#comment>", nt.literal(j.note)))
    for member, path in _paths(kept, canonical).items():
        node = match_iri(member)
        out.origins[node] = (name, path[0].line)
        add((node, nt.TYPE, f"<{A}IdentityMatch>"))
        add((node, f"<{A}canonicalEntity>", iri(canonical[member])))
        add((node, f"<{A}matchedEntity>", iri(member)))
        for j in path:
            add((node, f"<{PROV}wasDerivedFrom>", judgement_iri(j.left, j.right)))
    return out


def check_ours(judgements: list[Judgement], ours) -> None:
    """Raise KBError (file:line, with the nearest id) at the first judgement
    naming an id that is not one of ``ours`` (the ids of facts/entities/)."""
    for j in judgements:
        for ref in j.pair:
            if is_ours(ref) and ref not in ours:
                near = difflib.get_close_matches(ref, list(ours), n=1)
                raise KBError(f"`entities`: {ref!r} is not an entity in facts/entities/"
                              + (f"; did you mean '{near[0]}'?" if near else ""), str(PATH), j.line)


def check_imported(judgements: list[Judgement], present: set[str]) -> None:
    """Raise KBError (file:line) at the first judgement naming ``ftm:<id>``
    that is not among ``present`` (the FtM ids of every import), with the
    nearest imported id (rapidfuzz's ratio of 60 or more, the cut-off
    difflib's 0.6 gives for our own ids)."""
    for j in judgements:
        for ref in j.pair:
            if is_ours(ref) or ref[4:] in present:
                continue
            from rapidfuzz import fuzz, process

            near = process.extractOne(ref[4:], present, scorer=fuzz.ratio, score_cutoff=60) if present else None
            hint = (f"; did you mean ftm:{near[0]}?" if near else
                    "; no import holds it (if a newer list dropped it, remove the judgement)")
            raise KBError(f"unknown imported entity {ref}{hint}", str(PATH), j.line)


def _paths(kept: list[Judgement], canonical: dict[str, str]) -> dict[str, list[Judgement]]:
    """Each member that is not canonical -> the judgements on the path from
    its canonical node (breadth first, judgements in file order)."""
    edges: dict[str, list[tuple[str, Judgement]]] = {}
    for j in kept:
        edges.setdefault(j.left, []).append((j.right, j))
        edges.setdefault(j.right, []).append((j.left, j))
    out: dict[str, list[Judgement]] = {}
    for root in sorted(set(canonical.values())):
        trail: dict[str, list[Judgement]] = {root: []}
        queue = [root]
        while queue:
            current = queue.pop(0)
            for other, j in edges.get(current, []):
                if other not in trail:
                    trail[other] = trail[current] + [j]
                    queue.append(other)
        out.update({m: p for m, p in trail.items() if m != root})
    return dict(sorted(out.items()))
