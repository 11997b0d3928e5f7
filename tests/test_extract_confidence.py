"""The learned confidence of extracted candidates (kb/extract/confidence.py):
inference against scikit-learn's, the model file, determinism of the
features, and `confidence` through extract, review and --min-confidence.
No test depends on the trained weights: thresholds come from what a run gives."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest

from kb import review, yamlio
from kb.extract import Metadata, extract
from kb.extract.candidates import REVIEW_KEYS, strip_review
from kb.extract.confidence import MODEL, confidence, drop_below, features, load_model, probability
from kb.project import Project

from .cli_project import candidates as candidates_file
from .cli_project import kb, project_copy
from .conftest import ROOT

# A fictional wire report (invented places, groups and people): an arms
# transfer, a control, sanctions, a killing, a denial and a rejection.
TEXT = """Tarsan Republic sends drones to the Ember Ridge Front

OSKAVA, May 4 (Harbourline) - The Tarsan Republic delivered armed drones to the Ember Ridge Front last month, a United Nations panel said in a report on Thursday.

The Ember Ridge Front, led by Commander Iva Merrow, controls the town of Dolvan, according to the report.

The Tarsan foreign ministry denied that it had sent any weapons to the group. "We have never armed anyone in Oskava," a ministry spokesman, Peren Vask, told reporters.

The Kestrel Council of ministers imposed sanctions on the Ember Ridge Front on Friday, freezing its assets.

Fighters of the Ember Ridge Front killed at least 12 civilians in the village of Harn on Sunday, residents said. The group's spokesman, Lio Dancer, rejected the accusation.
"""
META = dict(date=dt.date(2027, 5, 4), publisher="harbourline")
OPTIONS = ["--date", "2027-05-04", "--publisher", "harbourline", "-q"]


@pytest.fixture()
def root(tmp_path):
    return project_copy(tmp_path, "oskava.txt", TEXT)


def _scored(candidates) -> list[dict]:
    return list(candidates["claims"]) + list(candidates["statements"])


# ---------------------------------------------------------------- the model and its inference
FEATURES = [{"kind=claims": 1.0, "type=Control": 1.0, "words": 0.9, "cue=said": 1.0},
            {"kind=statements": 1.0, "stance=denies": 1.0, "sentences": 2.0, "marks": 3.0, "unknown=feature": 1.0},
            {"kind=claims": 1.0}, {}]


def test_inference_equals_scikit_learn_predict_proba():
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    model = {"intercept": -0.4, "weights": {"kind=claims": 0.7, "type=Control": -1.3, "words": 0.25, "cue=said": 2.1,
                                            "kind=statements": -0.2, "stance=denies": 1.1, "sentences": -0.6,
                                            "marks": 0.3}}
    vectoriser = DictVectorizer(sort=True).fit([model["weights"]])
    reference = LogisticRegression()
    reference.classes_ = np.array([0, 1])
    reference.coef_ = np.array([[model["weights"][n] for n in vectoriser.get_feature_names_out()]])
    reference.intercept_ = np.array([model["intercept"]])
    known = [{k: v for k, v in f.items() if k in model["weights"]} for f in FEATURES]  # sklearn ignores the unknown
    expected = reference.predict_proba(vectoriser.transform(known))[:, 1]
    for feats, p in zip(FEATURES, expected):
        assert probability(feats, model) == pytest.approx(p, abs=1e-12)


def test_inference_is_stable_far_from_zero():
    model = {"intercept": 0.0, "weights": {"x": 1.0}}
    assert probability({"x": 800.0}, model) == 1.0 and probability({"x": -800.0}, model) == 0.0


def test_the_model_file_loads_and_names_what_it_was_trained_on():
    from kb.extract.firstsight import BLIND
    from kb.extract.train import LAST  # the last set scored at first sight: refit after adding it to ENGINES

    model = load_model(MODEL)
    assert model["weights"] and isinstance(model["intercept"], float)
    trained = set(model["sets"]) | set(model.get("first_sight") or {})
    assert f"heldout{LAST}" in trained and model["data"] in ("current", "current+first-sight", "first-sight")
    assert BLIND and not trained & set(BLIND)  # the blind sets are never trained on
    assert model["engine_commit"] and model["date"] and model["fit"]["class_weight"] == "balanced"
    text = MODEL.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=1, ensure_ascii=False) + "\n"  # byte-stable


def test_a_file_that_is_not_a_model_is_refused(tmp_path):
    (tmp_path / "m.json").write_text('{"weights": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a confidence model"):
        load_model(tmp_path / "m.json")


def test_confidence_is_a_review_key():
    assert "confidence" in REVIEW_KEYS
    assert strip_review({"id": "a", "confidence": 0.4, "type": "Control"}) == {"id": "a", "type": "Control"}


# ---------------------------------------------------------------- features and extraction
@pytest.fixture()
def extraction(root):
    project = Project.at(root)
    return extract(project, str(root / "oskava.txt"), Metadata(**META), save=False)


def test_features_are_deterministic_and_come_from_the_records(extraction, root):
    candidates = extraction.candidates
    assert candidates["claims"] and candidates["statements"], "the text must give claims and statements"
    for kind in ("claims", "statements"):
        for record in candidates[kind]:
            once = features(record, kind, candidates)
            assert once == features(json.loads(json.dumps(record)), kind, json.loads(json.dumps(candidates)))
            assert once[f"kind={kind}"] == 1.0 and all(isinstance(v, float) for v in once.values())
            assert list(once) == sorted(once)
    again = extract(Project.at(root), str(root / "oskava.txt"), Metadata(**META), save=False)
    assert [r["confidence"] for r in _scored(again.candidates)] == [r["confidence"] for r in _scored(candidates)]
    with pytest.raises(ValueError):
        features(candidates["claims"][0], "entities", candidates)


def test_cue_words_are_whole_words_from_the_lexicon():
    record = {"id": "x", "type": "Control", "evidence": "The group denied it, officials said."}
    feats = features(record, "claims", {"claims": [record]})
    assert feats.get("cue=denied") == 1.0 and feats.get("cue=said") == 1.0
    other = {"id": "y", "type": "Control", "evidence": "Nothing unsaid or undeniable here."}
    assert "cue=said" not in features(other, "claims", {"claims": [other]})


def test_every_claim_and_statement_gets_a_confidence(extraction):
    for record in _scored(extraction.candidates):
        assert 0.0 <= record["confidence"] <= 1.0 and round(record["confidence"], 2) == record["confidence"]
        assert list(record)[list(record).index("review") + 1] == "confidence"
    assert all("confidence" not in e for e in extraction.candidates.get("entities") or [])


def test_drop_below_keeps_only_what_reaches_the_threshold(extraction):
    candidates = extraction.candidates
    values = sorted({r["confidence"] for r in _scored(candidates)})
    assert len(values) > 1, "the text must give candidates of different confidence"
    threshold = values[len(values) // 2]
    kept = json.loads(json.dumps(candidates))
    dropped = drop_below(kept, threshold)
    assert dropped >= sum(r["confidence"] < threshold for r in _scored(candidates)) > 0
    assert all(r["confidence"] >= threshold for r in _scored(kept))
    ids = {c["id"] for c in kept["claims"]}
    assert all(s["regarding"] and set(s["regarding"]) <= ids for s in kept["statements"])
    assert drop_below(kept, 0.0) == 0


def test_min_confidence_leaves_out_candidates_below_it(root):
    project = Project.at(root)
    everything = extract(project, str(root / "oskava.txt"), Metadata(**META), save=False).candidates
    values = sorted({r["confidence"] for r in _scored(everything)})
    threshold = values[len(values) // 2]
    fewer = extract(project, str(root / "oskava.txt"), Metadata(**META), save=False,
                    min_confidence=threshold).candidates
    assert 0 < len(_scored(fewer)) < len(_scored(everything))
    assert all(r["confidence"] >= threshold for r in _scored(fewer))
    done = kb(root, "extract", str(root / "oskava.txt"), *OPTIONS, "--min-confidence", str(threshold))
    assert done.exit_code == 0, done.output
    written = candidates_file(root)
    assert 0 < len(_scored(written)) <= len(_scored(fewer))  # saving also drops what the knowledge base holds
    assert all(r["confidence"] >= threshold for r in _scored(written))
    assert kb(root, "extract", str(root / "oskava.txt"), "--min-confidence", "1.5").exit_code == 2


def test_evaluate_is_unchanged_without_min_confidence(root):
    from kb.extract import evaluate_source

    gold = root / "oskava.gold.yaml"
    gold.write_text("date: 2027-05-04\nclaims: []\nstatements: []\n", encoding="utf-8")
    project = Project.at(root)
    plain = evaluate_source(project, str(root / "oskava.txt"), Metadata(**META), gold)
    fewer = evaluate_source(project, str(root / "oskava.txt"), Metadata(**META), gold, min_confidence=0.99)
    total = lambda rows: next(r for r in rows if r.name == "relations and statements")  # noqa: E731
    assert total(plain).extracted > total(fewer).extracted


# ---------------------------------------------------------------- review
def test_review_lists_shows_sorts_and_strips_confidence(root):
    done = kb(root, "extract", str(root / "oskava.txt"), *OPTIONS)
    assert done.exit_code == 0, done.output
    candidates = candidates_file(root)
    by_id = {r["id"]: r["confidence"] for r in _scored(candidates)}
    listed = kb(root, "review", "list")
    assert listed.exit_code == 0, listed.output
    header, *lines = listed.output.splitlines()
    assert header.split("\t") == ["id", "status", "kind", "confidence", "says"]
    rows = [line.split("\t") for line in lines]
    for ident, _status, section, shown, _summary in rows:
        assert shown == (f"{by_id[ident]:.2f}" if section in ("claims", "statements") else "-")
    ordered = [line.split("\t") for line in kb(root, "review", "list", "--sort", "confidence").output.splitlines()[1:]]
    values = [float(r[3]) for r in ordered if r[3] != "-"]
    assert values == sorted(values) and len(values) == len(by_id)
    assert all(r[3] == "-" for r in ordered[len(values):])  # those without one come last
    [lowest] = [i for i in by_id if i == ordered[0][0]]
    shown = kb(root, "review", "show", lowest)
    assert shown.exit_code == 0 and f"confidence: {by_id[lowest]:.2f}" in shown.output
    claim = next(c for c in candidates["claims"] if c["type"] == "Control")
    for entity in review.items(Project.at(root)):  # the entities a claim names go in with it
        if entity.section == "entities" and entity.id in json.dumps(claim):
            review.accept(Project.at(root), entity.id)
    review.accept(Project.at(root), claim["id"])
    source = yamlio.load(root / "facts" / "sources" / f"{candidates['source']}.yaml")
    accepted = next(c for c in source["claims"] if c["id"] == claim["id"])
    assert "confidence" not in accepted and "review" not in accepted


# ---------------------------------------------------------------- first-sight candidates (kb/extract/firstsight.py)
def test_first_sight_files_load_name_their_engine_and_hold_only_sets_scored_before_the_blind_ones():
    from kb.extract.firstsight import BLIND, ENGINES, FOLDER, dumps, load

    files = load(ROOT)
    assert set(files) == set(ENGINES)
    for name, data in files.items():
        assert int(name.removeprefix("heldout")) < min(int(b.removeprefix("heldout")) for b in BLIND)
        assert len(data["engine_commit"]) == 40 and data["engine_commit"].startswith(ENGINES[name])
        assert data["set"] == name and data["documents"]
        for stem, records in data["documents"].items():
            assert (ROOT / FOLDER.parent / name / f"{stem}.gold.yaml").is_file()
            assert set(records) >= {"claims", "statements"}
        text = (ROOT / FOLDER / f"{name}.json").read_text(encoding="utf-8")
        assert text == dumps(json.loads(text))  # byte-stable
    assert sorted(p.name for p in (ROOT / FOLDER).iterdir()) == sorted([f"{n}.json" for n in ENGINES] + ["README.md"])


def test_blind_sets_are_never_reconstructed():
    from kb.extract.firstsight import BLIND, reconstruct
    from kb.extract.train import LAST

    assert BLIND and all(int(name.removeprefix("heldout")) > LAST for name in BLIND)  # written after the last scored
    for name in BLIND:
        with pytest.raises(ValueError, match="blind"):
            reconstruct(ROOT, name)


def test_first_sight_labels_come_from_the_current_gold(monkeypatch):
    from kb.extract import train

    project = Project.at(ROOT)
    [doc, *_] = train.first_sight(project, ["heldout18"])
    assert doc.origin == "first-sight" and doc.set == "heldout18"
    assert doc.gold == yamlio.load(ROOT / "tests/fixtures/extract/heldout18" / f"{doc.name}.gold.yaml")
    assert doc.labels == train.label(doc)
    # a claim the current gold names is right; emptied gold makes every scored candidate wrong
    doc.gold = {**doc.gold, "claims": [], "statements": []}
    assert doc.labels and not any(right for _, _, right in train.label(doc))


def test_features_tolerate_old_records_with_missing_keys():
    records = {"claims": [{"id": "c1"}, {"id": "c2", "type": "Control", "by": "x"}], "statements": [{"id": "s1"}]}
    for kind in ("claims", "statements"):
        for record in records[kind]:
            assert features(record, kind, records)[f"kind={kind}"] == 1.0
    assert features({}, "claims", {})["kind=claims"] == 1.0
    confidence(records, load_model(MODEL))
    assert all(0 <= r["confidence"] <= 1 for r in records["claims"] + records["statements"])


def test_the_honest_check_holds_out_every_origin_of_the_set():
    from kb.extract import train

    docs = [train.Document(s, "d", {"claims": [], "statements": []}, {}, "", origin=o)
            for s in ("heldout8", "heldout14") for o in ("current", "first-sight")]
    kept = train.without(docs, "heldout14")
    assert [(d.set, d.origin) for d in kept] == [("heldout8", "current"), ("heldout8", "first-sight")]
    first = [d for d in docs if d.origin == "first-sight"]
    assert set(train.variants(docs[:1], first)) == {"current", "current+first-sight", "first-sight"}
