"""`kb match`: propose pairs of entities that may be the same real actor.

Imported entities (imports/) are compared with our curated ones
(facts/entities/) and with each other across datasets (kb/ftm/sides.py
makes both sides FollowTheMoney entities). Two stages:

1. **Blocking** (cheap): each entity gets keys from rigour's name analysis
   (``followthemoney.names.entity_names``: every name part in Latin letters,
   transliterated from Cyrillic, Hangul, Greek, Armenian or Georgian; and the
   name symbols rigour's name corpus gives, the same for Дмитрий and Dmitri
   or علي and Ali), its identifiers and Wikidata ids. Keys are weighted by
   rarity (log N/df); for each imported entity the ``top`` best-weighted of
   ours, and of other datasets, become pairs. A key more than ``common``
   entities share is not used (kb/ftm/match.yaml).
2. **Scoring**: nomenklatura's ``logic-v2`` (OpenSanctions' explainable
   matcher: names across scripts with its name corpus, identifiers such as
   IMO, INN and OGRN, and penalties for different countries, birth dates or
   genders), both ways round, keeping the better score. Pairs at or above
   ``propose`` become candidates, with reasons: which names matched and in
   which scripts, the types, countries, dates and identifiers.

Pairs a curator has judged (facts/links/judgements.yaml, kb/judgements.py)
are never proposed again, nor pairs already joined by ``same`` judgements, nor
pairs between groups judged different; one candidate is kept per pair of
groups. Candidates are written to facts/extracted/matches.jsonl (not a build
input, never published); an ``unsure`` pair stays there, marked, so it is
listed but out of the way.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import math
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .. import judgements as jmod
from ..project import Project
from .sides import COUNTRY_PROPS, DATE_PROPS, NAME_PROPS, Side, imported, ours, script_of

CANDIDATES = Path("facts") / "extracted" / "matches.jsonl"
UNSURE = "unsure"
PENDING = "unreviewed"


@lru_cache(maxsize=1)
def settings() -> dict:
    """kb/ftm/match.yaml: ``top``, ``common``, ``propose``, ``reasons_per_pair``."""
    with open(Path(__file__).with_name("match.yaml"), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def candidate_id(left: str, right: str) -> str:
    """A stable id for a pair: ``match-`` and 10 hex digits of its sha1."""
    return "match-" + hashlib.sha1(f"{left}\t{right}".encode("utf-8")).hexdigest()[:10]


@dataclass
class Result:
    """What a run found. ``candidates``: the records written (pending first by
    score, then unsure); ``counts``: ours, imported, datasets, pairs blocked,
    pairs scored, already judged; ``seconds``: per stage; ``stale``:
    judgements naming an imported entity no import holds now."""

    candidates: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)
    stale: list = field(default_factory=list)


# ---------------------------------------------------------------- the algorithm
def _algorithm():
    from nomenklatura.matching import LogicV2

    return LogicV2, LogicV2.default_config()


def keys(side: Side, proxy) -> set[str]:
    """Blocking keys: ``n:`` name parts (rigour's comparable, Latin form),
    ``s:`` name symbols, ``i:`` identifiers (letters and digits, upper case),
    ``w:`` Wikidata ids. Legal forms and stop words are left out."""
    from followthemoney.names import entity_names
    from rigour.names import NamePartTag, SymbolCategory

    skip = (NamePartTag.LEGAL, NamePartTag.STOP)
    out: set[str] = set()
    for name in entity_names(proxy, consolidate=False, phonetics=False):
        words = sorted({part.comparable for part in name.parts
                        if part.tag not in skip and (len(part.comparable) > 1 or part.numeric)})
        out.update("n:" + w for w in words)
        if len(words) <= 6:  # two words of one name: rare where each word alone is common
            out.update(f"p:{x}|{y}" for n, x in enumerate(words) for y in words[n + 1:])
        for symbol in name.symbols:
            if symbol.category == SymbolCategory.NAME:
                out.add(f"s:{symbol.id}")
    for prop, values in side.properties.items():
        if prop in NAME_PROPS or prop in COUNTRY_PROPS or prop in DATE_PROPS:
            continue
        for value in values:
            norm = "".join(c for c in value.upper() if c.isalnum())
            if len(norm) > 2:
                out.add(("w:" if prop == "wikidataId" else "i:") + norm)
    return out


def _block(ours_keys: list, imp_keys: list, imp_origins: list, top: int, common: int) -> list[tuple[int, int]]:
    """Pairs to score: (i, j) with i < j over ours + imported (ours first)."""
    n_ours = len(ours_keys)
    ours_index: dict[str, list[int]] = defaultdict(list)
    imp_index: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(ours_keys):
        for k in ks:
            ours_index[k].append(i)
    for i, ks in enumerate(imp_keys):
        for k in ks:
            imp_index[k].append(i)
    total = n_ours + len(imp_keys)
    idf = {k: math.log(total / (len(ours_index.get(k, ())) + len(imp_index.get(k, ()))))
           for k in set(ours_index) | set(imp_index)}
    df = {k: len(ours_index.get(k, ())) + len(imp_index.get(k, ())) for k in idf}
    multi = {k for k, post in imp_index.items()
             if df[k] <= common and len({imp_origins[i] for i in post}) > 1}
    pairs: list[tuple[int, int]] = []
    for i, ks in enumerate(imp_keys):
        to_ours: dict[int, float] = defaultdict(float)
        to_imp: dict[int, float] = defaultdict(float)
        for k in ks:
            post = ours_index.get(k)
            if post and df[k] <= common:
                weight = idf[k]
                for o in post:
                    to_ours[o] += weight
            if k in multi:
                weight = idf[k]
                mine = imp_origins[i]
                for j in imp_index[k]:
                    if j > i and not (imp_origins[j] & mine):
                        to_imp[j] += weight
        for o, _ in heapq.nlargest(top, to_ours.items(), key=lambda x: (x[1], -x[0])):
            pairs.append((o, n_ours + i))
        for j, _ in heapq.nlargest(top, to_imp.items(), key=lambda x: (x[1], -x[0])):
            pairs.append((n_ours + i, n_ours + j))
    return pairs


def compare(a: Side, b: Side, pa=None, pb=None, floor: float = 0.0):
    """nomenklatura logic-v2 both ways round: (score, the better direction's
    MatchingResult, (query side, candidate side)). The second way is skipped
    when the first scores below ``floor``: logic-v2 weighs a name part only
    the query has 0.8 and one only the candidate has 0.2, so with the side of
    fewer names as the query first, the other way round scores at most a
    little higher (kb/ftm/match.yaml, ``reverse_within``)."""
    algorithm, config = _algorithm()
    pa, pb = pa or a.proxy(), pb or b.proxy()
    one = algorithm.compare(pa, pb, config)
    if one.score < floor:
        return one.score, one, (a, b)
    two = algorithm.compare(pb, pa, config)
    return (one.score, one, (a, b)) if one.score >= two.score else (two.score, two, (b, a))


# ---------------------------------------------------------------- reasons
def reasons(a: Side, b: Side, result, limit: int | None = None) -> list[str]:
    """One line per reason: the names that matched (each with its script and
    the matcher's detail), types, countries, dates, identifiers, Wikidata,
    and every other feature of the matcher that counted."""
    from followthemoney import model
    from nomenklatura.matching.logic_v2.names.match import name_match

    algorithm, config = _algorithm()
    limit = limit or settings()["reasons_per_pair"]
    found: dict[tuple, tuple] = {}

    def single(side: Side, prop: str, text: str):
        # its own id: nomenklatura caches an entity's names by id
        return model.get_proxy({"id": f"{side.ref}#{prop}#{text}", "schema": side.schema,
                                "properties": {"name": [text]}}, cleaned=False)

    whole = ("name", "alias", "weakAlias", "previousName")  # not the parts (first name, last name)
    names_a = [(p, t) for p in whole for t in a.properties.get(p, [])]
    names_b = [(p, t) for p in whole for t in b.properties.get(p, [])]
    # every name against every name, both ways round: the best counterpart of
    # each name, ties broken by the text, so the reasons never depend on the
    # order of a set
    best: dict[str, tuple] = {}
    for pa_, ta in names_a:
        qa = single(a, pa_, ta)
        for pb_, tb in names_b:
            qb = single(b, pb_, tb)
            one, two = name_match(qa, qb, config), name_match(qb, qa, config)
            res = one if one.score >= two.score else two
            if res.score <= 0:
                continue
            entry = (-res.score, ta, tb, res.detail)
            for key in (("a", ta), ("b", tb)):
                if key not in best or entry < best[key]:
                    best[key] = entry
    for neg, ta, tb, detail in best.values():
        found[(ta, tb)] = (-neg, ta, tb, detail)
    out = []
    for score, text, other, detail in sorted(found.values(), key=lambda f: (-f[0], f[1], f[2]))[:limit]:
        sign = "=" if score >= 0.999 else "~"
        line = f"name “{text}” ({script_of(text)}) {sign} “{other}” ({script_of(other)}): {score:.2f}"
        if detail and score < 0.999:
            line += " [" + re.sub(r"'([^']*)'", r"“\1”", detail) + "]"
        out.append(line)
    out.append(f"type: {a.schema} ({a.cls}, {', '.join(a.origins)}) / {b.schema} ({b.cls}, {', '.join(b.origins)})")
    ca = sorted({c for p in COUNTRY_PROPS for c in a.properties.get(p, [])})
    cb = sorted({c for p in COUNTRY_PROPS for c in b.properties.get(p, [])})
    if ca or cb:
        verdict = ("shared" if set(ca) & set(cb) else "different") if ca and cb else "one side gives none"
        out.append(f"country: {', '.join(ca) or '-'} / {', '.join(cb) or '-'} ({verdict})")
    for prop in DATE_PROPS:
        da, db = a.properties.get(prop, []), b.properties.get(prop, [])
        if da or db:
            what = "birth date" if prop == "birthDate" else "incorporation date"
            verdict = "one side gives none"
            if da and db:
                verdict = ("same" if set(da) & set(db) else
                           "same year" if {d[:4] for d in da} & {d[:4] for d in db} else "different")
            out.append(f"{what}: {', '.join(da) or '-'} / {', '.join(db) or '-'} ({verdict})")
    wa, wb = set(a.properties.get("wikidataId", [])), set(b.properties.get("wikidataId", []))
    if wa & wb:
        out.append(f"Wikidata: {', '.join(sorted(wa & wb))} on both")
    elif wa and wb:
        out.append(f"Wikidata: {', '.join(sorted(wa))} / {', '.join(sorted(wb))} (different items)")
    weights = {f.name: f.weight for f in algorithm.features}
    for name, res in sorted(result.explanations.items()):
        if name == "name_match" or res.score <= 0:
            continue
        out.append(f"{name} ({res.score * weights.get(name, 0):+.2f}): {res.detail}")
    out.append(f"score {result.score:.2f} (nomenklatura logic-v2)")
    return out


# ---------------------------------------------------------------- the run
def run(project: Project, echo=None, propose: float | None = None) -> Result:
    """Find candidates and write them to facts/extracted/matches.jsonl
    (replacing the last run's; the same inputs give the same bytes).
    ``propose``: the lowest score proposed (default: kb/ftm/match.yaml).
    Raises KBError when the curated files or the judgements file are bad."""
    echo = echo or (lambda message: None)
    conf = dict(settings())
    if propose is not None:
        conf["propose"] = propose
    result = Result()
    clock = time.perf_counter()
    judged = jmod.read(project)
    canonical = jmod.groups(judged)
    by_pair = {j.pair: j for j in judged}

    def group(ref: str) -> str:
        return canonical.get(ref, ref)

    different = {frozenset((group(j.left), group(j.right))) for j in judged if j.verdict == "different"}
    ours_sides = ours(project)
    jmod.check_ours(judged, {s.ref for s in ours_sides} | _entity_ids(project))
    result.seconds["read ours"] = time.perf_counter() - clock
    clock = time.perf_counter()
    imp_sides = imported(project)
    result.seconds["read imports"] = time.perf_counter() - clock
    echo(f"comparing {len(imp_sides)} imported entities with {len(ours_sides)} of ours")
    clock = time.perf_counter()
    everyone = ours_sides + imp_sides
    ours_keys = [keys(s, s.proxy()) for s in ours_sides]
    imp_keys = [keys(s, s.proxy()) for s in imp_sides]
    origins = [frozenset(s.origins) for s in imp_sides]
    result.seconds["keys"] = time.perf_counter() - clock
    clock = time.perf_counter()
    pairs = _block(ours_keys, imp_keys, origins, conf["top"], conf["common"])
    result.seconds["blocking"] = time.perf_counter() - clock
    clock = time.perf_counter()
    from followthemoney import model

    best: dict[frozenset, tuple] = {}
    scored = skipped = 0
    proxies: dict[int, object] = {}

    def proxy(index: int):
        found = proxies.get(index)
        if found is None:
            if len(proxies) > 50_000:
                proxies.clear()
            found = proxies[index] = everyone[index].proxy()
        return found

    for i, j in pairs:
        a, b = everyone[i], everyone[j]
        left, right = jmod.pair(a.ref, b.ref)
        ga, gb = group(a.ref), group(b.ref)
        if (left, right) in by_pair or ga == gb or frozenset((ga, gb)) in different:
            skipped += 1
            continue
        if not model.get(a.schema).can_match(model.get(b.schema)):
            continue
        if _size(a) > _size(b):
            a, b, i, j = b, a, j, i
        score, res, order = compare(a, b, proxy(i), proxy(j), conf["propose"] - conf["reverse_within"])
        scored += 1
        if score < conf["propose"]:
            continue
        key = frozenset((ga, gb))
        # one candidate per pair of groups: the best score; on a tie, the
        # pair with one of ours (the node that will be canonical), then by refs
        rank = (-score, not jmod.is_ours(left), left, right)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, order, res)
    records = []
    for (neg, _, left, right), order, res in best.values():
        records.append(_record(left, right, -neg, order, res, PENDING))
    records += _unsure(by_pair, {s.ref: s for s in everyone})
    result.seconds["scoring"] = time.perf_counter() - clock
    present = {s.ref for s in imp_sides}
    result.stale = [j for j in judged if any(not jmod.is_ours(r) and r not in present for r in j.pair)]
    records.sort(key=lambda r: (r["review"] != PENDING, -r["score"], r["id"]))
    write(project, records)
    result.candidates = records
    result.counts = {"ours": len(ours_sides), "imported": len(imp_sides),
                     "datasets": len({o for s in imp_sides for o in s.origins}), "pairs blocked": len(pairs),
                     "pairs scored": scored, "already judged": skipped}
    return result


def _size(side: Side) -> int:
    return sum(len(v) for p, v in side.properties.items() if p in NAME_PROPS)


def _entity_ids(project: Project) -> set[str]:
    """Every id in facts/entities/ (states and places too: a judgement naming
    one is refused later, by the shapes, with a clearer message)."""
    from .. import yamlio

    out = set()
    for path in sorted((project.facts / "entities").rglob("*.yaml")):
        for record in yamlio.load(path) or []:
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                out.add(record["id"])
    return out


def _record(left: str, right: str, score: float, order, res, status: str) -> dict:
    sides = {s.ref: s for s in order}
    a, b = sides[left], sides[right]
    return {"id": candidate_id(left, right), "review": status, "left": left, "right": right,
            "score": round(float(score), 3), "reasons": reasons(a, b, res),
            "sides": [a.snapshot(), b.snapshot()]}


def _unsure(by_pair: dict, sides: dict) -> list[dict]:
    """The pairs judged unsure whose entities are still there, scored again."""
    out = []
    for (left, right), j in sorted(by_pair.items()):
        if j.verdict != UNSURE or left not in sides or right not in sides:
            continue
        score, res, order = compare(sides[left], sides[right])
        record = _record(left, right, score, order, res, UNSURE)
        record["judged"] = {"by": j.by, "at": j.at, **({"note": j.note} if j.note else {})}
        out.append(record)
    return out


# ---------------------------------------------------------------- the candidates file
def path_of(project: Project) -> Path:
    return project.root / CANDIDATES


def read(project: Project) -> list[dict]:
    """The candidates of the last run ([] when there are none)."""
    path = path_of(project)
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def text(records: list[dict]) -> str:
    """The file's text: one JSON object a line, keys sorted."""
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def write(project: Project, records: list[dict]) -> None:
    """Replace the candidates file (removed when there are none)."""
    from ..build import write_file

    path = path_of(project)
    if not records:
        path.unlink(missing_ok=True)
        return
    write_file(path, text(records).encode("utf-8"))
