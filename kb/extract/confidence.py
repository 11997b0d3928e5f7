"""A learned confidence for each claim and statement candidate (issue #12).

The rules propose; this module says how likely each proposal is to be right,
so that a curator reads the doubtful ones first (``kb review list --sort
confidence``) and, if asked, ``kb extract --min-confidence P`` leaves out the
weakest. The model is a logistic regression over :func:`features`, fitted by
:mod:`kb.extract.train` (``make confidence``) on the candidates the engine
proposes for the gold sets of tests/fixtures/extract/ and those each round's
engine proposed for its held-out set at first sight (tests/fixtures/extract/
firstsight/), each labelled right or wrong by the current scorer
(:mod:`kb.extract.evaluate`). It is data,
``lexicon/confidence.json``: feature weights and an intercept. Inference here
is a dot product and the logistic function, with no learning library.

Features come only from the candidate records of one document (what
:func:`kb.extract.candidates.records` returns): the candidate's type, which
fields it has, the classes of the entities it names (a new entity's type, or
``known``), stance and speaker, the evidence (sentence count, length, names
marked, cue words from ``lexicon/confidence.yaml``) and how the other
candidates of the document point at it.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from .candidates import REVIEW_KEYS

MODEL = Path(__file__).resolve().parent / "lexicon" / "confidence.json"
KINDS = ("claims", "statements")
# fields whose value is a word of a small vocabulary, not an entity: one feature per value
_VALUE_KEYS = ("stance", "measure", "category", "hedge")
# fields that are no features: free text, and the channel, which the engine fills with a default where no cue
# names one (since round 19) but the first-sight candidates of older engines lack (the cue words of the
# evidence, lexicon/confidence.yaml, carry what a named channel says)
_TEXT_KEYS = ("id", "type", "evidence", "says", "label", "quote", "date", "date_as_written", "aliases", "value",
              "confidence", "channel")


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, re.Pattern], ...]:
    from .lexicon import confidence_cues

    out = []
    for name, words in sorted(confidence_cues().items()):
        alternatives = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
        out.append((name, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")))
    return tuple(out)


def _evidence(record: dict) -> list[str]:
    value = record.get("evidence")
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v]


def features(record: dict, kind: str, candidates: dict) -> dict[str, float]:
    """The features of one candidate, by name (absent features are 0).

    ``record`` is a claim (``kind`` "claims") or statement (``kind``
    "statements") of ``candidates``, the document's records as
    :func:`kb.extract.candidates.records` makes them (``entities``,
    ``claims``, ``statements``). Deterministic: the same records give the same
    dict. Raises ValueError for another ``kind``.
    """
    if kind not in KINDS:
        raise ValueError(f"features of {kind!r}: only claims and statements have a confidence")
    new = {str(e.get("id")): str(e.get("type")) for e in candidates.get("entities") or [] if isinstance(e, dict)}
    claims = {str(c.get("id")): str(c.get("type")) for c in candidates.get("claims") or []}
    f: dict[str, float] = {f"kind={kind}": 1.0}
    if kind == "claims":
        f[f"type={record.get('type')}"] = 1.0
    for key, value in record.items():
        if key in _TEXT_KEYS or key in REVIEW_KEYS or value in (None, "", []):
            continue
        f[f"has={key}"] = 1.0
        for v in value if isinstance(value, list) else [value]:
            if not isinstance(v, str):
                continue
            if key in _VALUE_KEYS:
                f[f"{key}={v}"] = 1.0
            elif v in new:
                f[f"{key}=new"] = 1.0
                f[f"entity={new[v]}"] = 1.0
            elif v in claims:
                f[f"{key}=claim"] = 1.0
                f[f"regards={claims[v]}"] = 1.0
            elif key != "role":
                f[f"{key}=known"] = 1.0
    if kind == "statements":
        f["self"] = float(bool(record.get("on_behalf_of")) and record.get("on_behalf_of") == record.get("speaker"))
        f["quote"] = float(bool(record.get("quote")))
        f["regarding"] = float(min(len(record.get("regarding") or []), 3))
    else:
        ident = record.get("id")
        f["stated"] = float(min(sum(ident in (s.get("regarding") or []) for s in candidates.get("statements") or []),
                                3))
        f["referred"] = float(any(ident in (c.get(k) if isinstance(c.get(k), list) else [c.get(k)])
                                  for c in candidates.get("claims") or [] for k in ("of", "event")))
        f["same_type"] = math.log1p(sum(t == record.get("type") for t in claims.values()))
    sentences = _evidence(record)
    text = " ".join(sentences).replace("’", "'").lower()
    f["sentences"] = float(min(len(sentences), 3))
    f["words"] = min(len(text.split()), 90) / 30
    f["marks"] = float(min(len(record.get("marks") or []), 4))
    f["digits"] = float(bool(re.search(r"\d", text)))
    f["quoted"] = float(bool(re.search(r"[\"“”]", text)))
    for name, pattern in _cues():
        if pattern.search(text):
            f[f"cue={name}"] = 1.0
    return {k: v for k, v in sorted(f.items()) if v}


@lru_cache(maxsize=4)
def load_model(path: str | Path = MODEL) -> dict:
    """The model file (JSON): ``weights`` (feature name to weight),
    ``intercept``, ``data`` (which candidates it was fitted on), ``sets``
    and ``first_sight`` sets trained on, ``engine_commit``, ``date`` and the
    fitting options. Raises OSError when it cannot be read, ValueError when it
    is not a model."""
    model = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(model, dict) or not isinstance(model.get("weights"), dict) or "intercept" not in model:
        raise ValueError(f"{path}: not a confidence model (weights and intercept)")
    return model


def probability(feats: dict[str, float], model: dict) -> float:
    """The model's probability (0-1) that a candidate with these features is
    right: the logistic function of the intercept plus the dot product of
    weights and features (features the model does not know weigh 0)."""
    weights = model["weights"]
    z = float(model["intercept"]) + sum(float(weights.get(k, 0.0)) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def confidence(records: dict, model: dict | None = None) -> None:
    """Put ``confidence`` (the probability the candidate is right, two
    decimals) on every claim and statement of ``records`` (one document's
    candidates, changed in place), right after its ``review`` key. ``model``
    defaults to :data:`MODEL`."""
    model = model if model is not None else load_model()
    for kind in KINDS:
        scored = [round(probability(features(r, kind, records), model), 2) for r in records.get(kind) or []]
        records[kind] = [_with(r, p) for r, p in zip(records.get(kind) or [], scored)]


def _with(record: dict, p: float) -> dict:
    out = {}
    for key, value in record.items():
        if key != "confidence":
            out[key] = value
        if key == "review":
            out["confidence"] = p
    out.setdefault("confidence", p)
    return out


def drop_below(records: dict, threshold: float) -> int:
    """Remove from ``records`` (in place) the claims and statements whose
    ``confidence`` is below ``threshold``, the claims that point (``of``,
    ``event``) at a removed claim, and the statements left regarding none;
    returns how many were removed. A statement regarding a removed claim and
    a kept one keeps the kept one."""
    before = len(records.get("claims") or []) + len(records.get("statements") or [])
    claims = [c for c in records.get("claims") or [] if float(c.get("confidence", 1.0)) >= threshold]
    while True:
        kept = {c["id"] for c in claims}
        gone = {c["id"] for c in records.get("claims") or []} - kept
        still = [c for c in claims if not any(c.get(k) in gone for k in ("of", "event") if isinstance(c.get(k), str))]
        if len(still) == len(claims):
            break
        claims = still
    kept = {c["id"] for c in claims}
    statements = []
    for s in records.get("statements") or []:
        regarding = [r for r in s.get("regarding") or [] if r in kept]
        if float(s.get("confidence", 1.0)) >= threshold and regarding:
            statements.append({**s, "regarding": regarding} if regarding != s.get("regarding") else s)
    records["claims"], records["statements"] = claims, statements
    return before - len(claims) - len(statements)
