"""Fit the extractor's confidence model (``make confidence``).

Two kinds of labelled candidates: the current engine's, from running the
extractor over every gold set in :data:`SETS` (tests/fixtures/extract/: the
top-level documents, tuning, heldout, heldout2 up to the last set scored at
first sight; never a set that is still blind), and the first-sight ones, what
the engine of each round proposed for heldout8 onwards the first time it read them
(tests/fixtures/extract/firstsight/, :mod:`kb.extract.firstsight`). Each
proposed claim and statement is labelled right or wrong by the CURRENT gold
files and scorer (:func:`kb.extract.evaluate.evaluate`: a candidate is wrong
when its row lists it as ``spurious``; a claim of no scored type, such as a
free-text ``Claim``, has no label and is left out). A logistic regression
(scikit-learn; balanced classes, :data:`C`, :data:`RANDOM_STATE`) is fitted on
the features of :func:`kb.extract.confidence.features`.

Which data it is fitted on is decided by the leave-one-set-out check, printed
for each variant of :func:`variants` (current only, current plus first-sight,
first-sight only): for each set of :data:`JUDGED`, a model fitted without ANY
data of that set, its AUC on that set's first-sight candidates, and their
precision and recall (relations and statements, the scorer's counts) when the
candidates below each of :data:`THRESHOLDS` are dropped (as ``kb extract
--min-confidence`` drops them, then scored again). The variant with the
highest mean AUC is fitted on all its data and written to
``kb/extract/lexicon/confidence.json`` atomically, sorted and byte-stable,
naming the data it was trained on.

scikit-learn is a test dependency only: ``kb extract`` reads the JSON.
Usage: ``python -m kb.extract.train [--model PATH] [--root DIR]``.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .confidence import KINDS, MODEL, confidence, drop_below, features
from .firstsight import ENGINES

FIXTURES = Path("tests") / "fixtures" / "extract"
# The gold sets trained on ("." is the top-level documents): every set up to the last one scored at first sight
# (firstsight.ENGINES); later sets stay out until they have been scored blind (firstsight.BLIND).
LAST = max(int(name.removeprefix("heldout")) for name in ENGINES)
SETS = (".", "tuning", "heldout") + tuple(f"heldout{n}" for n in range(2, LAST + 1))
JUDGED = tuple(f"heldout{n}" for n in range(14, LAST + 1))  # the leave-one-set-out report
THRESHOLDS = (0.2, 0.3, 0.4)
C = 0.3  # inverse regularisation strength, fixed (not tuned on the judged sets)
RANDOM_STATE = 0


@dataclass
class Document:
    """One gold document: its set, name, candidate records, gold facts, text,
    and the labelled candidates as (kind, index in records[kind], right)."""

    set: str
    name: str
    records: dict
    gold: dict
    text: str
    is_a: object = None
    labels: list = field(default_factory=list)
    origin: str = "current"  # "current": this engine's candidates; "first-sight": the first engine's that scored it


def collect(project, sets=SETS, progress=None) -> list[Document]:
    """Extract and label every gold document of ``sets`` (folders under
    tests/fixtures/extract/ of ``project``; "." for the top level): each
    ``<name>.txt`` with a ``<name>.gold.yaml`` beside it, its date from the
    gold file as ``kb extract --evaluate`` reads it. Nothing is written.
    ``progress(set, name)`` is called per document."""
    from .. import yamlio
    from . import Context, Metadata, run
    from .candidates import records
    from .document import open_document

    context = Context(project)
    out = []
    for name in sets:
        folder = project.root / FIXTURES / name
        for txt in sorted(folder.glob("*.txt")):
            gold_path = txt.with_name(txt.name[:-4] + ".gold.yaml")
            if not gold_path.is_file():
                continue
            gold = yamlio.load(gold_path) or {}
            stated = gold.get("date")
            meta = Metadata(stated if hasattr(stated, "isoformat") else None)
            document = open_document(project, str(txt), meta, save=False)
            result = run(project, document, context=context)
            doc = Document(name, txt.stem, records(result, document.id, set()), gold, document.text,
                           result.ontology.is_a)
            doc.labels = label(doc)
            out.append(doc)
            if progress:
                progress(name, txt.stem)
    return out


def first_sight(project, sets=None, progress=None) -> list[Document]:
    """The first-sight candidates of ``sets`` (default: every file of
    tests/fixtures/extract/firstsight/, :mod:`kb.extract.firstsight`) as
    documents of origin "first-sight", labelled by the CURRENT gold files and
    scorer; the text is read from the set's current ``<name>.txt``. Blind
    sets are never read."""
    from .. import yamlio
    from . import Context, Metadata
    from .document import open_document
    from .firstsight import load

    is_a = Context(project).ontology.is_a
    out = []
    for name, data in load(project.root, tuple(sets or ENGINES)).items():
        folder = project.root / FIXTURES / name
        for stem, records in sorted(data["documents"].items()):
            gold = yamlio.load(folder / f"{stem}.gold.yaml") or {}
            stated = gold.get("date")
            document = open_document(project, str(folder / f"{stem}.txt"),
                                     Metadata(stated if hasattr(stated, "isoformat") else None), save=False)
            records = {**records, **{k: records.get(k) or [] for k in ("entities", "claims", "statements")}}
            doc = Document(name, stem, records, gold, document.text, is_a, origin="first-sight")
            doc.labels = label(doc)
            out.append(doc)
            if progress:
                progress(name, stem)
    return out


def _rows(doc: Document, candidates: dict):
    from .evaluate import evaluate, state_names

    return evaluate(candidates, doc.gold, doc.text, doc.is_a, state_names())


def label(doc: Document) -> list[tuple[str, int, bool]]:
    """(kind, index, right) for each scored claim and statement of ``doc``."""
    from .evaluate import Facts

    spurious = {row.name: set(row.spurious) for row in _rows(doc, doc.records)}
    facts = Facts(doc.records, "")
    out = []
    for i, claim in enumerate(doc.records["claims"]):
        name = facts.category(claim)
        if name is not None:
            out.append(("claims", i, claim["id"] not in spurious.get(name, set())))
    for i, statement in enumerate(doc.records["statements"]):
        out.append(("statements", i, statement["id"] not in spurious.get("statement", set())))
    return out


def examples(docs: list[Document]) -> tuple[list[dict], list[int]]:
    """Feature dicts and labels (1 right, 0 wrong) of every labelled candidate."""
    X, y = [], []
    for doc in docs:
        for kind, i, right in doc.labels:
            X.append(features(doc.records[kind][i], kind, doc.records))
            y.append(int(right))
    return X, y


def fit(X: list[dict], y: list[int]) -> dict:
    """Weights and intercept of a logistic regression of ``y`` on ``X``
    (probability of right), rounded to 6 decimals. Raises ValueError when
    ``y`` has one class only."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform(X)
    regression = LogisticRegression(C=C, class_weight="balanced", random_state=RANDOM_STATE, max_iter=10000)
    regression.fit(matrix, y)
    weights = {name: round(float(w), 6) for name, w in zip(vectoriser.get_feature_names_out(), regression.coef_[0])}
    return {"weights": dict(sorted(weights.items())), "intercept": round(float(regression.intercept_[0]), 6)}


def _git(root: Path, *args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def model_file(project, docs: list[Document], data: str = "current") -> dict:
    """The model fitted on every document of ``docs``, with what it was
    trained on: ``data`` (the variant's name), the sets of the current
    engine's candidates, the first-sight sets with their engines' commits,
    counts, the engine's commit ("+changes" when kb/extract/ differs from it)
    and that commit's date (so retraining the same engine writes the same
    bytes)."""
    from .firstsight import load
    X, y = examples(docs)
    model = fit(X, y)
    commit = _git(project.root, "rev-parse", "HEAD") or "unknown"
    if _git(project.root, "status", "--porcelain", "--", "kb/extract", ":!kb/extract/lexicon/confidence.json"):
        commit += "+changes"
    model.update({
        "about": "Learned confidence of kb extract's claim and statement candidates: p(right) = "
                 "1 / (1 + exp(-(intercept + sum of weight * feature))); features: kb/extract/confidence.py. "
                 "Written by `make confidence` (kb/extract/train.py); do not edit by hand.",
        "data": data,
        "sets": [("top-level" if s == "." else s) for s in SETS
                 if any(d.set == s and d.origin == "current" for d in docs)],
        "first_sight": {name: load(project.root, (name,))[name]["engine_commit"] for name in SETS
                        if any(d.set == name and d.origin == "first-sight" for d in docs)},
        "engine_commit": commit,
        "date": _git(project.root, "log", "-1", "--format=%cs") or "unknown",
        "fit": {"C": C, "class_weight": "balanced", "random_state": RANDOM_STATE, "solver": "lbfgs"},
        "examples": {"documents": len(docs), "right": sum(y), "wrong": len(y) - sum(y),
                     "first_sight_documents": sum(d.origin == "first-sight" for d in docs),
                     "claims": sum(k == "claims" for d in docs for k, _, _ in d.labels),
                     "statements": sum(k == "statements" for d in docs for k, _, _ in d.labels)},
    })
    return model


def write_model(path: Path, model: dict) -> None:
    """Write ``model`` as sorted, indented JSON, atomically (a temporary file
    in the same folder, then renamed)."""
    body = json.dumps(model, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".confidence-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(body)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _auc(scores: list[float], y: list[int]) -> float | None:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, scores)) if 0 < sum(y) < len(y) else None


def leave_one_out(train: list[Document], test: list[Document], judged=JUDGED,
                  thresholds=THRESHOLDS) -> list[dict]:
    """For each set of ``judged``: fit on the documents of ``train`` of
    every OTHER set (none of the held set's data, of any origin), then test
    on the documents of ``test`` of that set (the first-sight candidates):
    AUC, and total precision and recall with no drop and with each
    threshold's drop, scored against the gold. Rows: ``set``,
    ``candidates``, ``wrong``, ``auc``, ``at`` {threshold: (precision,
    recall, dropped)} with threshold 0 for no drop."""
    from .evaluate import TOTAL, combine

    out = []
    for held in judged:
        tested = [d for d in test if d.set == held]
        if not tested:
            continue
        X, y = examples(without(train, held))
        model = fit(X, y)
        scores, truth, at = [], [], {}
        for doc in tested:
            scored = copy.deepcopy(doc.records)
            confidence(scored, model)
            for kind, i, right in doc.labels:
                scores.append(scored[kind][i]["confidence"])
                truth.append(int(right))
        for threshold in (0.0,) + tuple(thresholds):
            results, dropped = [], 0
            for doc in tested:
                scored = copy.deepcopy(doc.records)
                confidence(scored, model)
                dropped += drop_below(scored, threshold) if threshold else 0
                results.append((doc.name, _rows(doc, scored)))
            total = next(r for r in combine(results) if r.name == TOTAL)
            at[threshold] = (total.precision, total.recall, dropped)
        out.append({"set": held, "candidates": len(truth), "wrong": len(truth) - sum(truth),
                    "auc": _auc(scores, truth), "at": at})
    return out


def without(docs: list[Document], held: str) -> list[Document]:
    """The documents of ``docs`` not of set ``held``, whatever their origin
    (the current engine's or first-sight): a held-out set lends nothing."""
    return [d for d in docs if d.set != held]


def variants(current: list[Document], first: list[Document]) -> dict[str, list[Document]]:
    """The training data compared by the leave-one-set-out check, by name:
    the current engine's candidates only, those plus the first-sight ones,
    and the first-sight ones only."""
    return {"current": current, "current+first-sight": current + first, "first-sight": first}


def mean_auc(rows: list[dict]) -> float:
    """The mean AUC of the leave-one-set-out rows that have one (0 when none)."""
    aucs = [r["auc"] for r in rows if r["auc"] is not None]
    return sum(aucs) / len(aucs) if aucs else 0.0


def report(rows: list[dict]) -> str:
    """The leave-one-set-out rows as a Markdown table."""
    cuts = sorted({t for r in rows for t in r["at"] if t})
    head = "| set | scored | wrong | AUC | no drop P / R | " + " | ".join(f"drop < {t} P / R (n)" for t in cuts) + " |"
    lines = [head, "|" + " --- |" * (5 + len(cuts))]

    def pr(value):
        p, r, n = value
        return f"{p:.2f} / {r:.2f}" + (f" ({n})" if n else "")
    for row in rows:
        auc = "-" if row["auc"] is None else f"{row['auc']:.2f}"
        lines.append(f"| {row['set']} | {row['candidates']} | {row['wrong']} | {auc} | {pr(row['at'][0.0])} | "
                     + " | ".join(pr(row["at"][t]) for t in cuts) + " |")
    return "\n".join(lines)


def default_drop(rows: list[dict], most_recall_lost: float = 0.01) -> float | None:
    """The lowest threshold that raises precision on every judged set while
    lowering recall by at most ``most_recall_lost`` on each, or None."""
    for threshold in sorted({t for r in rows for t in r["at"] if t}):
        if rows and all(r["at"][threshold][0] > r["at"][0.0][0] and
                        r["at"][0.0][1] - r["at"][threshold][1] <= most_recall_lost + 1e-9 for r in rows):
            return threshold
    return None


def main(argv: list[str] | None = None) -> int:
    """Command line: the leave-one-set-out check of each training variant
    (:func:`variants`), then the variant with the highest mean AUC fitted on
    all its data and written as the model."""
    from ..project import Project

    parser = argparse.ArgumentParser(prog="python -m kb.extract.train", description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".", help="the project (default: the current folder)")
    parser.add_argument("--model", default=str(MODEL), help="where to write the model (default: %(default)s)")
    args = parser.parse_args(argv)
    project = Project.at(Path(args.root).resolve())
    started = time.monotonic()
    current = collect(project)
    first = first_sight(project)
    print(f"extracted {len(current)} gold documents, read {len(first)} first-sight ones "
          f"in {time.monotonic() - started:.0f} s", file=sys.stderr)
    checked = {}
    for name, docs in variants(current, first).items():
        checked[name] = rows = leave_one_out(docs, first)
        print(f"\n{name} (mean AUC {mean_auc(rows):.3f}):\n" + report(rows))
    chosen = max(checked, key=lambda n: (round(mean_auc(checked[n]), 6), -list(checked).index(n)))
    write_model(Path(args.model), model_file(project, variants(current, first)[chosen], chosen))
    print(f"\nchosen: {chosen} (highest mean AUC); wrote {args.model}", file=sys.stderr)
    threshold = default_drop(checked[chosen])
    print("\ndefault drop justified at " + str(threshold) if threshold is not None else
          "\nno threshold raises precision on every judged set at a recall cost of at most 0.01: no default drop")
    return 0


if __name__ == "__main__":
    sys.exit(main())
