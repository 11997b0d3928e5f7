"""`kb bench`'s parts: the generator is deterministic and writes fact files the
real loader accepts; a measured run reports every stage. No timing is asserted."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kb.bench.generate import generate
from kb.bench.report import BEGIN, END, update_docs
from kb.bench.run import EDITED, edit_fact_file, measure_child, run_make
from kb.bench.scratch import make_copy
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


BUILD_STAGES = ["load", "rules", "validate", "index", "exports", "void", "frames", "site", "pages", "commit"]


def test_generated_project_builds_with_make_and_is_measured(tmp_path):
    """`make` in a generated project runs kb build (every stage reported with
    its peak memory), an edit of one fact file rebuilds a few files, a touch
    or nothing at all changes nothing, and kb query's path answers."""
    root = generate(tmp_path / "kb", 3000, seed=2)
    full = run_make(root)
    assert list(full["stages"]) == BUILD_STAGES and full["peak"] > 0
    assert full["written"] == len((root / "dist" / "SHA256SUMS").read_text().splitlines()) + 1
    assert run_make(root)["stages"] == {}  # nothing to do: make does not run kb build
    before = (root / "dist" / "kb.nt").read_bytes()
    edit_fact_file(root, 0)
    edited = run_make(root)
    assert 0 < edited["written"] < full["written"] / 4
    assert (root / "dist" / "kb.nt").read_bytes() != before
    assert "(edit 0) " in (root / "dist" / "kb.nt").read_text()
    edit_fact_file(root, 1)
    text = (root / EDITED).read_text()
    assert "(edit 1) " in text and "(edit 0)" not in text
    queries = measure_child("queries", root, ROOT / "queries", None)
    assert set(queries["stages"]) == {"q:load", "q:sanctions", "q:arms-transfers", "q:claim-stances"}
    assert all(queries["rows"].values())


def test_scratch_copy_runs_make_on_the_repository_setup(tmp_path):
    """The copy `make` runs in: code and project copied with their times, the
    virtualenv and JS libraries linked; a repository that `make` has not set
    up is refused (make in the copy would install it into that .venv)."""
    copy = make_copy(ROOT, tmp_path / "repo")
    assert (copy / ".venv").resolve() == (ROOT / ".venv").resolve() and (copy / "node_modules").is_symlink()
    for name in ("Makefile", "kb/load/__init__.py", "seeds", "VERSION"):
        assert (copy / name).stat().st_mtime_ns == (ROOT / name).stat().st_mtime_ns
    assert not (copy / "dist").exists() and not (copy / "imports").exists()
    bare = tmp_path / "bare"
    bare.mkdir()
    with pytest.raises(FileNotFoundError, match="run `make`"):
        make_copy(bare, tmp_path / "other")


def test_report_goes_between_the_markers(tmp_path):
    doc = tmp_path / "bench.md"
    doc.write_text(f"# Title\nprose\n{BEGIN}\nold numbers\n{END}\nmore prose\n")
    data = {"machine": "test machine", "sizes": {}}
    update_docs(doc, data)
    text = doc.read_text()
    assert text.startswith("# Title\nprose\n") and text.endswith(f"{END}\nmore prose\n")
    assert "old numbers" not in text and "test machine" in text and "not measured" in text


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
