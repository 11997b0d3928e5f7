"""kb extract and kb review: sentences, scores against hand-written facts, the
review workflow, and fetching from a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import yaml

from kb import review, yamlio
from kb.build import compile as compile_project
from kb.errors import KBError
from kb.extract import Metadata, evaluate_source, extract
from kb.extract.candidates import UNREVIEWED
from kb.extract.pending import load_entities
from kb.extract.text import sentences
from kb.project import Project

from .conftest import ROOT, SEED_ID
from .servers import thread_server

FIXTURES = ROOT / "tests" / "fixtures" / "extract"
DOCS = {"sahel-gold-sanctions": "2024-05-17", "darfur-air-cargo": "2025-10-04", "libya-port-seizure": "2026-03-08",
        "caspian-drone-deal": "2025-09-12", "red-sea-missile-network": "2026-06-03"}
# Each was scored unseen first, then the patterns were generalised with what it
# showed (see docs/extraction-scores.md for each document's first score).
TUNED = tuple(DOCS)
KB = [sys.executable, "-m", "kb.cli"]


def _meta(name: str) -> Metadata:
    import datetime as dt
    return Metadata(date=dt.date.fromisoformat(DOCS[name]), title=f"Test document {name}",
                    publisher="the-moscow-times", author="agence-france-presse")


@pytest.fixture()
def tmp_project(tmp_path) -> Project:
    for folder in ("facts", "seeds", "ontology", "shapes", "queries"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    for name in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        shutil.copy(ROOT / name, tmp_path / name)
    return Project.at(tmp_path)


def _snapshot(root: Path) -> dict:
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- sentences
@pytest.mark.parametrize("path", [ROOT / "seeds" / f"{SEED_ID}.txt"] + [FIXTURES / f"{n}.txt" for n in DOCS])
def test_sentences_keep_their_offsets(path):
    text = path.read_text(encoding="utf-8")
    found = sentences(text)
    assert len(found) > 10
    for sentence in found:
        assert text[sentence.start:sentence.end] == sentence.text
    assert all(not s.text.endswith(("U.S.", "Mr.", "St.")) for s in found if s.text != found[-1].text)


def test_sentences_do_not_split_after_abbreviations():
    text = 'According to U.S. information, Mr. Smith said so. "Yes," he said. Next one.'
    assert [s.text for s in sentences(text)] == [
        "According to U.S. information, Mr. Smith said so.", '"Yes," he said.', "Next one."]


# ---------------------------------------------------------------- scores
def _overall(rows):
    from kb.extract.evaluate import overall
    return overall(rows)


def test_seed_meets_the_target(project):
    """Issue #3 target: precision and recall >= 0.8 on the seed's typed relations and statements."""
    rows = evaluate_source(project, SEED_ID)
    total = _overall(rows)
    assert total.gold >= 20
    assert total.precision >= 0.8 and total.recall >= 0.8, [(r.name, r.missed, r.spurious) for r in rows]


@pytest.mark.parametrize("name", TUNED)
def test_test_documents_score(project, name):
    rows = evaluate_source(project, str(FIXTURES / f"{name}.txt"), _meta(name), FIXTURES / f"{name}.gold.yaml")
    total = _overall(rows)
    assert total.precision >= 0.8 and total.recall >= 0.8, [(r.name, r.missed, r.spurious) for r in rows]


def test_evaluate_counts_misses_and_spurious(project, tmp_path):
    """A gold file with one fact changed gives exactly one miss and one spurious candidate."""
    gold = yaml.safe_load((FIXTURES / "darfur-air-cargo.gold.yaml").read_text())
    gold["claims"][0]["authority"] = "european-union"
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(gold))
    rows = {r.name: r for r in evaluate_source(project, str(FIXTURES / "darfur-air-cargo.txt"),
                                               _meta("darfur-air-cargo"), path)}
    assert rows["sanctions"].missed == ["us-sanctions-volkov-air-cargo"]
    assert rows["sanctions"].spurious == ["united-states-sanctions-against-volkov-air-cargo"]


def test_evaluate_cli_prints_a_table(project):
    done = subprocess.run(KB + ["extract", SEED_ID, "--evaluate"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for name in ("arms transfer", "sanctions", "denial", "concurrence", "control", "indictment", "operation",
                 "atrocity", "estimate", "membership", "statement", "relations and statements", "new entities"):
        assert name in done.stdout


# ---------------------------------------------------------------- what extraction finds
def test_known_facts_are_not_proposed_again(project):
    """On the seed, candidates matching hand-written facts are dropped, and
    nothing is written when ``save`` is off."""
    before = _snapshot(ROOT / "facts")
    done = extract(project, SEED_ID, save=False)
    assert done.known >= 20 and done.path is None
    kinds = {c["type"] for c in done.candidates["claims"]}
    assert "ArmsTransfer" not in kinds and "SanctionsMeasure" not in kinds
    assert _snapshot(ROOT / "facts") == before


def test_relative_dates_and_quantities(project):
    from kb.extract import run
    from kb.extract.document import open_document
    document = open_document(project, SEED_ID, Metadata(), save=False)
    result = run(project, document)
    transfer = next(c for c in result.claims if c.type == "ArmsTransfer")
    assert (transfer.fields["recipient"], transfer.fields["date"], transfer.fields["date_as_written"]) == \
        ("wagner-group", "2022-11", "last month")
    spending = next(c for c in result.claims if c.type == "Estimate" and c.fields["measure"] == "spending")
    assert (spending.fields["value"], spending.fields["qualifier"], spending.fields["currency"],
            spending.fields["per"]) == (100000000, "more-than", "USD", "P1M")
    # "..., the White House said Thursday" is the statement of its spokesman, dated by it
    statement = next(s for s in result.statements if s.fields.get("on_behalf_of") == "white-house"
                     and "the White House said Thursday" in s.evidence[0].text)
    assert statement.fields["speaker"] == "john-kirby"
    assert (statement.fields["date"], statement.fields["date_as_written"]) == ("2022-12-22", "Thursday")
    denial = next(s for s in result.statements if s.fields["stance"] == "denies")
    assert denial.fields["speaker"] == "north-korean-foreign-ministry"
    assert denial.fields["carried_by"] == "korean-central-news-agency"


# ---------------------------------------------------------------- the review workflow
def _extract_darfur(project):
    return extract(project, str(FIXTURES / "darfur-air-cargo.txt"), _meta("darfur-air-cargo"))


def test_extract_saves_the_document_and_candidates(tmp_project):
    done = _extract_darfur(tmp_project)
    seed_yaml = tmp_project.seeds / f"{done.document.id}.yaml"
    seed_txt = tmp_project.seeds / f"{done.document.id}.txt"
    meta = yamlio.load(seed_yaml)
    assert meta["sha256"] == hashlib.sha256(seed_txt.read_bytes()).hexdigest()
    assert str(meta["date"]) == "2025-10-04"
    text = seed_txt.read_text(encoding="utf-8")
    doc = yamlio.load(done.path)
    entities = load_entities(tmp_project)
    assert doc["claims"] and doc["statements"] and entities and "entities" not in doc
    for record in doc["claims"] + doc["statements"]:
        assert record["review"] == UNREVIEWED
        evidence = record["evidence"] if isinstance(record["evidence"], list) else [record["evidence"]]
        spans = record["evidence_at"] if isinstance(record["evidence_at"][0], list) else [record["evidence_at"]]
        for excerpt, (start, end) in zip(evidence, spans):
            assert text[start:end] == excerpt
        for start, end in record.get("marks") or []:
            assert any(s <= start and end <= e for s, e in spans)
    for record in entities:
        [mention] = record["mentioned"]
        assert mention["source"] == done.document.id
        assert text[mention["at"][0]:mention["at"][1]] == mention["text"]
        names = {str(record["label"]).lower(), *(str(a).lower() for a in record.get("aliases") or [])}
        assert any(text[s:e].lower() in names for s, e in mention["marks"]), record


def test_unreviewed_candidates_are_never_built(tmp_project):
    done = _extract_darfur(tmp_project)
    graph = compile_project(tmp_project).graph
    published = {str(s) for s in graph.subjects()} | {str(o) for o in graph.objects()}
    for record in done.candidates["claims"] + load_entities(tmp_project):
        assert not any(iri.endswith("/" + record["id"]) for iri in published), record["id"]


def test_accept_moves_a_candidate_into_the_facts(tmp_project):
    done = _extract_darfur(tmp_project)
    # "Volkov Air Cargo, an airline registered in Belarus": the firm's location is the state, accepted first
    for ident in ("crescent-front", "belarus", "volkov-air-cargo", "drones", "ammunition",
                  "volkov-air-cargo-arms-transfer-to-crescent-front"):
        review.accept(tmp_project, ident)
    facts = yamlio.load(tmp_project.facts / "sources" / f"{done.document.id}.yaml")
    assert [c["id"] for c in facts["claims"]] == ["volkov-air-cargo-arms-transfer-to-crescent-front"]
    assert "review" not in facts["claims"][0] and "evidence_at" not in facts["claims"][0]
    graph = compile_project(tmp_project).graph
    assert any(str(s).endswith("/volkov-air-cargo-arms-transfer-to-crescent-front") for s in graph.subjects())
    assert "volkov-air-cargo" not in {i.id for i in review.items(tmp_project)}


def test_accept_refuses_pending_references_and_bad_candidates(tmp_project):
    _extract_darfur(tmp_project)
    before = _snapshot(tmp_project.root)
    with pytest.raises(KBError, match="not yet accepted: crescent-front"):
        review.accept(tmp_project, "crescent-front-operations-in-sudan")
    # a statement a curator left without a channel does not validate: nothing changes on disk
    for ident in ("karen-blake", "treasury-department", "these-flights-are-fuelling-a-war-that-has"):
        review.accept(tmp_project, ident)
    statement = next(i for i in review.items(tmp_project) if i.section == "statements"
                     and i.record["speaker"] == "karen-blake")
    text = statement.path.read_text(encoding="utf-8")
    edited = re.sub(r"(  speaker: karen-blake\n(?:  (?!channel:)\S.*\n)*)  channel: public-remark\n", r"\1", text, count=1)
    assert edited != text  # "said", no route named: public-remark, which the curator took out
    statement.path.write_text(edited, encoding="utf-8")
    middle = _snapshot(tmp_project.root)
    with pytest.raises(KBError, match="channel"):
        review.accept(tmp_project, statement.id)
    assert _snapshot(tmp_project.root) == middle
    assert before != middle


def test_accept_after_the_curator_edits(tmp_project):
    _extract_darfur(tmp_project)
    for ident in ("karen-blake", "treasury-department", "these-flights-are-fuelling-a-war-that-has"):
        review.accept(tmp_project, ident)
    statement = next(i for i in review.items(tmp_project) if i.section == "statements"
                     and i.record["speaker"] == "karen-blake")
    text = statement.path.read_text(encoding="utf-8")
    text = re.sub(r"(  speaker: karen-blake\n(?:  (?!channel:)\S.*\n)*)  channel: public-remark\n",
                  r"\1  channel: press-briefing\n", text, count=1)
    statement.path.write_text(text, encoding="utf-8")
    review.accept(tmp_project, statement.id)
    assert compile_project(tmp_project).report.conforms


def test_reject_survives_re_extraction(tmp_project):
    done = _extract_darfur(tmp_project)
    review.reject(tmp_project, "crescent-front-operations-in-chad")
    again = _extract_darfur(tmp_project)
    assert again.document.id == done.document.id
    doc = yamlio.load(again.path)
    chad = [c for c in doc["claims"] if c["id"] == "crescent-front-operations-in-chad"]
    assert len(chad) == 1 and chad[0]["review"] == "rejected"
    assert len(list(tmp_project.seeds.glob("*.txt"))) == 2


def test_review_cli(tmp_project):
    _extract_darfur(tmp_project)
    run = lambda *a: subprocess.run(KB + ["--root", str(tmp_project.root), "review", *a],  # noqa: E731
                                    capture_output=True, text=True)
    listed = run("list")
    assert listed.returncode == 0 and "crescent-front\textracted-unreviewed" in listed.stdout
    assert run("reject", "chad").returncode == 0
    assert "chad" not in [line.split("\t")[0] for line in run("list").stdout.splitlines()]
    missing = run("accept", "no-such-candidate")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "no-such-candidate" in missing.stderr


# ---------------------------------------------------------------- fetching
ARTICLE = (FIXTURES / "sahel-gold-sanctions.html").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    hits: list = []

    def log_message(self, *args):
        pass

    def _send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        type(self).hits.append((self.path, self.headers.get("User-Agent")))
        routes = {
            "/article": lambda: self._send(200, ARTICLE),
            "/redirect": lambda: self._send(302, headers=[("Location", "/article")]),
            "/redirect-ftp": lambda: self._send(302, headers=[("Location", "ftp://127.0.0.1/article")]),
            "/missing": lambda: self._send(404, b"not here"),
            "/pdf": lambda: self._send(200, b"%PDF-1.4", "application/pdf"),
            "/big": lambda: self._send(200, b"<p>" + b"x" * 300_000 + b"</p>"),
            "/latin1": lambda: self._send(200, ARTICLE.replace(b"meta charset=\"utf-8\"", b"meta name=\"x\"")
                                          .replace(b"militia", "milice \u00e9t\u00e9".encode("latin-1")),
                                          "text/html"),
            "/latin1-declared": lambda: self._send(200, "Caf\u00e9 text on 1 May.\n".encode("latin-1"),
                                                   "text/plain; charset=iso-8859-1"),
        }
        if self.path == "/slow":
            time.sleep(3)
            return self._send(200, ARTICLE)
        if self.path == "/big-stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"y" * 10_000)
            return None
        return routes.get(self.path, lambda: self._send(404))()


@pytest.fixture()
def server():
    _Handler.hits = []
    with thread_server(_Handler) as running:
        yield running


def test_fetch_saves_an_html_article_once(tmp_project, server):
    url = f"{server.url}/article"
    done = extract(tmp_project, url)
    meta = yamlio.load(tmp_project.seeds / f"{done.document.id}.yaml")
    assert meta["url"] == url and meta["title"] == "EU punishes Sahel militia over gold-for-guns trade"
    assert str(meta["date"]) == "2024-05-17" and meta["publisher"] == "example-wire"
    assert meta["retrieved_at"].tzinfo is not None
    text = (tmp_project.seeds / f"{done.document.id}.txt").read_text(encoding="utf-8")
    assert "Most read" not in text and "Copyright" not in text and "Black Ridge Brigade" in text
    assert meta["sha256"] == hashlib.sha256(text.encode()).hexdigest()
    outlets = yamlio.load(tmp_project.facts / "entities" / "media-outlets.yaml")
    assert [o["id"] for o in outlets] == ["example-wire"]
    assert _Handler.hits[0][1].startswith("agkb/")
    assert compile_project(tmp_project).report.conforms  # the saved document can be cited at once
    seeds_before = sorted(p.name for p in tmp_project.seeds.iterdir())
    again = extract(tmp_project, url)
    assert again.document.id == done.document.id
    assert sorted(p.name for p in tmp_project.seeds.iterdir()) == seeds_before
    assert len(_Handler.hits) == 1  # the known URL is not fetched again


def test_fetch_follows_an_http_redirect(tmp_project, server):
    done = extract(tmp_project, f"{server.url}/redirect")
    assert "Black Ridge Brigade" in done.document.text


@pytest.mark.parametrize("path,message,options", [
    ("/redirect-ftp", "redirects to a ftp: address", {}),
    ("/missing", "HTTP 404", {}),
    ("/slow", "no response within 0.5 s", {"timeout": 0.5}),
    ("/big", "over the 100000-byte limit", {"max_bytes": 100_000}),
    ("/big-stream", "over the 100000-byte limit", {"max_bytes": 100_000}),
    ("/pdf", "content type 'application/pdf' is not an article", {}),
    ("/latin1", "not UTF-8 and declares no charset", {}),
])
def test_fetch_failures_are_one_line_and_change_nothing(tmp_project, server, path, message, options):
    before = _snapshot(tmp_project.root)
    with pytest.raises(KBError) as caught:
        extract(tmp_project, f"{server.url}{path}", **options)
    assert message in str(caught.value) and f"{server.url}{path}" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert _snapshot(tmp_project.root) == before


def test_fetch_decodes_a_declared_charset(server):
    from kb.extract.fetch import fetch
    assert fetch(f"{server.url}/latin1-declared").body == "Caf\u00e9 text on 1 May.\n"


def test_fetch_failure_cli_exit_code(tmp_project, server):
    done = subprocess.run(KB + ["--root", str(tmp_project.root), "extract", f"{server.url}/missing"],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "HTTP 404" in done.stderr and "/missing" in done.stderr


def test_not_a_url_or_file(tmp_project):
    done = subprocess.run(KB + ["--root", str(tmp_project.root), "extract", "no/such/file.txt"],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "no such file" in done.stderr
    done = subprocess.run(KB + ["--root", str(tmp_project.root), "extract", "file:///etc/passwd"],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "not an http or https address" in done.stderr


def test_markdown_is_reduced_to_its_words(tmp_project, tmp_path):
    from kb.extract.text import markdown_to_text
    assert markdown_to_text("# Head\n\nBy [AFP](#), **bold** and _it_ cost \\$5.") == \
        "Head\n\nBy AFP, bold and it cost $5."
    source = tmp_path / "note.md"
    source.write_text("# Militia news\n\nThe **Crescent Front** has about 20,000 fighters, officials said.\n")
    done = extract(tmp_project, str(source), Metadata(date=__import__("datetime").date(2025, 1, 2),
                                                      publisher="the-moscow-times"))
    text = (tmp_project.seeds / f"{done.document.id}.txt").read_text()
    assert text.startswith("Militia news\n") and "**" not in text
    assert any(c["type"] == "Estimate" for c in done.candidates["claims"])


@pytest.mark.parametrize("body", ["", "  \n\n\t\n"])
def test_an_empty_document_is_refused_and_the_project_still_builds(tmp_project, tmp_path, body):
    """An empty file was saved as a seed with an empty title, and every later
    build failed on it; a blank one was then 'skipped as already saved'."""
    empty = tmp_path / "empty.txt"
    empty.write_text(body, encoding="utf-8")
    seeds = sorted(p.name for p in tmp_project.seeds.iterdir())
    done = subprocess.run(KB + ["--root", str(tmp_project.root), "extract", str(empty), "--date", "2027-01-01",
                                "--publisher", "reuters"], capture_output=True, text=True)
    assert done.returncode == 2 and "the document has no text" in done.stderr and str(empty) in done.stderr
    assert sorted(p.name for p in tmp_project.seeds.iterdir()) == seeds


# ---------------------------------------------------------------- evaluating a set of documents
def _two_documents(tmp_path) -> Path:
    folder = tmp_path / "set"
    folder.mkdir()
    for name in ("dalvani-drone-engines", "wire-tarkhan-niger"):
        for suffix in (".txt", ".gold.yaml"):
            shutil.copy(FIXTURES / "tuning" / f"{name}{suffix}", folder / f"{name}{suffix}")
    return folder


def test_evaluating_a_folder_sums_its_documents(project, tmp_path):
    """Each document against the gold file beside it; the set's rows are the
    documents' counts summed (micro-averages), as docs/extraction-scores.md reports sets."""
    from kb.extract import evaluate_sources
    from kb.extract.evaluate import ENTITIES, combine
    folder = _two_documents(tmp_path)
    results = evaluate_sources(project, [str(folder)])
    assert [name for name, _ in results] == ["dalvani-drone-engines", "wire-tarkhan-niger"]
    alone = evaluate_source(project, str(folder / "wire-tarkhan-niger.txt"),
                            gold=folder / "wire-tarkhan-niger.gold.yaml")
    assert [(r.name, r.gold, r.extracted, r.matched_gold) for r in results[1][1]] == \
        [(r.name, r.gold, r.extracted, r.matched_gold) for r in alone]
    summed = {r.name: r for r in combine(results)}
    for name in ("relations and statements", ENTITIES):
        each = [next(r for r in rows if r.name == name) for _, rows in results]
        assert summed[name].gold == sum(r.gold for r in each) > 0
        assert summed[name].matched_extracted == sum(r.matched_extracted for r in each)


def test_evaluate_cli_on_a_folder_prints_each_document_and_the_sums(tmp_path):
    folder = _two_documents(tmp_path)
    done = subprocess.run(KB + ["extract", str(folder), "--evaluate"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1].startswith("dalvani-drone-engines") and lines[2].startswith("wire-tarkhan-niger")
    assert any(line.startswith("all documents") for line in lines) and "new entities" in done.stdout
    as_json = subprocess.run(KB + ["extract", str(folder), "--evaluate", "--format", "json"], cwd=ROOT,
                             capture_output=True, text=True)
    data = json.loads(as_json.stdout)
    assert set(data["documents"]) == {"dalvani-drone-engines", "wire-tarkhan-niger"}
    assert {row["type"] for row in data["all"]} >= {"relations and statements", "new entities"}


def test_evaluate_refuses_a_document_without_its_gold_file(tmp_path):
    folder = _two_documents(tmp_path)
    (folder / "wire-tarkhan-niger.gold.yaml").unlink()
    done = subprocess.run(KB + ["extract", str(folder), "--evaluate"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 2 and "wire-tarkhan-niger.txt" in done.stderr and "gold" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    two = subprocess.run(KB + ["extract", str(folder), "--evaluate", "--gold", str(FIXTURES / "tuning" /
                               "wire-tarkhan-niger.gold.yaml")], cwd=ROOT, capture_output=True, text=True)
    assert two.returncode == 2 and "--gold takes one document" in two.stderr


def test_a_dateline_agency_publishes_a_local_file(tmp_project, tmp_path):
    """Regression (new-user trial): a local wire report whose dateline credits an agency ("(Harbour Wire)") was
    refused for want of --publisher; the agency is its publisher, registered as a media outlet. A dateline
    without one still needs --publisher."""
    body = ("Rebels seize river town\n\nKOSSOVA, March 4, 2026 (Harbour Wire) - Fighters of the Tamar Front "
            "seized the river town of Oleno on Tuesday, residents said.\n")
    path = tmp_path / "report.txt"
    path.write_text(body, encoding="utf-8")
    done = extract(tmp_project, str(path))
    meta = yamlio.load(tmp_project.seeds / f"{done.document.id}.yaml")
    assert meta["publisher"] == "harbour-wire" and str(meta["date"]) == "2026-03-04"
    outlets = yamlio.load(tmp_project.facts / "entities" / "media-outlets.yaml")
    assert [(o["id"], o["label"]) for o in outlets] == [("harbour-wire", "Harbour Wire")]
    assert compile_project(tmp_project).report.conforms
    bare = tmp_path / "bare.txt"
    bare.write_text(body.replace(" (Harbour Wire)", "").replace("Oleno", "Ipari"), encoding="utf-8")
    with pytest.raises(KBError, match="names no publisher; pass --publisher"):
        extract(tmp_project, str(bare))
