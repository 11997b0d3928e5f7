"""`kb bench`'s parts: the generator is deterministic and writes fact files the
real loader accepts; a measured run reports every stage. No timing is asserted."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kb.bench.generate import generate
from kb.bench.run import OUR_STAGES, measure
from kb.build import compile as compile_project
from kb.project import Project

ROOT = Path(__file__).resolve().parent.parent


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def test_generator_is_deterministic(tmp_path):
    a = generate(tmp_path / "a", 3000, seed=5)
    b = generate(tmp_path / "b", 3000, seed=5)
    c = generate(tmp_path / "c", 3000, seed=6)
    assert digest(a) == digest(b)
    assert digest(a) != digest(c)


def test_generated_knowledge_base_is_real_and_valid(tmp_path):
    root = generate(tmp_path / "kb", 5000, seed=1)
    compiled = compile_project(Project.at(root))
    assert compiled.report.conforms, compiled.report.text()
    assert 3500 < len(compiled.graph) < 7500  # near the size asked for
    kinds = {str(t).rsplit("#", 1)[-1] for t in compiled.graph.objects(None, None)
             if str(t).startswith("https://w3id.org/agkb/ontology#")}
    assert {"SanctionsMeasure", "ArmsTransfer", "Claim", "Statement", "Excerpt"} <= kinds


def test_measured_run_reports_every_stage(tmp_path):
    root = generate(tmp_path / "kb", 3000, seed=2)
    run = measure("ours", root, ROOT / "queries", None)
    assert set(run.stages) == set(OUR_STAGES)
    assert all(seconds >= 0 and rss > 0 for seconds, rss in run.stages.values())
    assert run.triples == len(compile_project(Project.at(root)).graph)
    assert set(run.rows) == {"sanctions", "arms-transfers", "claim-stances"} and all(run.rows.values())
    assert (root / "kb.ttl").is_file() and (root / "kb.nt").is_file()


def test_extraction_corpus_never_holds_held_out_documents(tmp_path):
    from kb.bench.extract import corpus
    fixtures = tmp_path / "tests" / "fixtures" / "extract"
    for folder in ("", "tuning", "heldout"):
        (fixtures / folder).mkdir(parents=True, exist_ok=True)
        (fixtures / folder / f"doc{folder}.txt").write_text("text")
    assert sorted(p.name for p in corpus(tmp_path)) == ["doc.txt", "doctuning.txt"]


def test_batch_extraction_gives_what_one_document_at_a_time_gives(project):
    import datetime as dt

    from kb.extract import fact_files, run
    from kb.extract.batch import run_many
    from kb.extract.candidates import records
    from kb.extract.document import Document
    facts = fact_files(project)
    texts = sorted((ROOT / "tests" / "fixtures" / "extract").glob("*.txt"))[:2]
    documents = [Document(p.stem, p.read_text(), dt.date(2026, 7, 1), None, []) for p in texts]
    together = [records(r, d.id, set()) for r, d in zip(run_many(project, documents, facts), documents)]
    alone = [records(run(project, d, facts), d.id, set()) for d in documents]
    assert together == alone and together[0]["claims"]
