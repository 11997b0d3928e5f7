"""Batch intake and review (issue #12, sections 3 and 4): several sources in one
run, dates read from datelines, unknown publishers, one candidate for an entity
several documents propose, links to entities known under another name, and a
review that never dead-ends. Real files in tmp folders, a real HTTP server on
127.0.0.1; the documents are fictional."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from http.server import BaseHTTPRequestHandler

import pytest
import yaml

from kb import review, yamlio
from kb.build import compile as compile_project
from kb.errors import KBError
from kb.extract import Metadata, extract
from kb.extract.dateline import find as find_dateline
from kb.extract.candidates import references
from kb.extract.pending import load_entities

from .servers import thread_server
from .test_extract import _snapshot, tmp_project  # noqa: F401 - the fixture

KB = [sys.executable, "-m", "kb.cli"]

BROKER = """Drone broker sanctioned over Sudan flights

{dateline} The Department of the Treasury on Tuesday imposed sanctions on Kestrel Trading Co., a shipping company based in Dubai, accusing it of delivering drones to the Crescent Front, a rebel army fighting in Sudan.

The Crescent Front has about 12,000 fighters, officials said.
"""

PANEL = """Security Council panel names drone supplier

NEW YORK, 9 March 2026 — A panel of experts told the 15-member Security Council that Kestrel Trading, a shipping company registered in Dubai, delivered drones to the Crescent Front, a rebel army in Sudan.

The Crescent Front controls the town of Kadugli, the panel said.
"""

TREASURY = """
- id: treasury-department
  type: GovernmentBody
  label: United States Department of the Treasury
  aliases: [Treasury Department]
  description: The finance ministry of the United States.
  part_of: united-states
"""


def _kb(root, *args):
    return subprocess.run(KB + ["--root", str(root), *args], capture_output=True, text=True)


def _write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- datelines
DATELINES = [
    ("WASHINGTON, January 20, 2023 -", "dateline"),
    ("KYIV, Ukraine (AP) — Jan. 20, 2023 —", "dateline"),
    ("20 January 2023 —", "date line"),
    ("Council of the EU\nPress release | 20.01.2023\n", "press release date"),
    ("FOR IMMEDIATE RELEASE\nJanuary 20, 2023\n", "release line"),
    ("FOR IMMEDIATE RELEASE January 20, 2023 —", "release line"),
]


@pytest.mark.parametrize("dateline,kind", DATELINES)
def test_a_dateline_needs_no_date(tmp_project, tmp_path, dateline, kind):  # noqa: F811
    """Each form of dateline dates a local file with no --date, and the seed says where the date came from."""
    source = _write(tmp_path, "article.txt", BROKER.format(dateline=dateline))
    done = extract(tmp_project, str(source), Metadata(publisher="the-moscow-times"))
    assert done.document.issued == dt.date(2023, 1, 20)
    assert find_dateline(done.document.text).kind == kind
    assert done.document.date_from.startswith("its dateline") and "2023" in done.document.date_from
    seed = tmp_project.seeds / f"{done.document.id}.yaml"
    assert str(yamlio.load(seed)["date"]) == "2023-01-20"
    assert "# The date is read from its dateline" in seed.read_text(encoding="utf-8")


def test_no_dateline_and_impossible_dates(tmp_project, tmp_path):  # noqa: F811
    assert find_dateline("WASHINGTON, February 30, 2023 - Nothing.") is None
    assert find_dateline("The report, published on January 20, 2023, said.") is None  # not at a line's start
    assert find_dateline("x" * 700 + "\nWASHINGTON, January 20, 2023 - late") is None  # beyond the window
    source = _write(tmp_path, "undated.txt", "Militia news\n\nThe Crescent Front fought on, officials said.\n")
    before = _snapshot(tmp_project.root)
    with pytest.raises(KBError, match=r"no dateline found\); pass --date"):
        extract(tmp_project, str(source), Metadata(publisher="the-moscow-times"))
    assert _snapshot(tmp_project.root) == before


# ---------------------------------------------------------------- publishers and authors
def test_unknown_publisher_leaves_the_project_buildable(tmp_project, tmp_path):  # noqa: F811
    """Regression: `--publisher reuters` for a local file used to save a seed
    citing an id no entity had, and every build failed afterwards."""
    source = _write(tmp_path, "a.txt", BROKER.format(dateline="WASHINGTON, March 3, 2026 -"))
    done = extract(tmp_project, str(source), Metadata(publisher="reuters"))
    assert done.document.registered == ["reuters"]
    outlets = yamlio.load(tmp_project.facts / "entities" / "media-outlets.yaml")
    assert [(o["id"], o["type"], o["label"]) for o in outlets] == [("reuters", "MediaOutlet", "Reuters")]
    report = compile_project(tmp_project).report
    assert report.conforms, report.text()
    build = _kb(tmp_project.root, "validate")
    assert build.returncode == 0, build.stdout + build.stderr


@pytest.mark.parametrize("meta,message", [
    (Metadata(publisher="moscow-times"), "did you mean 'the-moscow-times'"),
    (Metadata(publisher="russia"), "'russia' is a State, not a media outlet"),
    (Metadata(publisher="the-moscow-times", author="jane-roe"), "--author 'jane-roe' is not an id"),
    (Metadata(publisher="the-moscow-times", author="missiles"), "not a person or agency"),
    (Metadata(publisher="the-moscow-times", language="english language"), "--language"),
])
def test_bad_publisher_or_author_is_refused_with_the_fix(tmp_project, tmp_path, meta, message):  # noqa: F811
    source = _write(tmp_path, "a.txt", BROKER.format(dateline="WASHINGTON, March 3, 2026 -"))
    before = _snapshot(tmp_project.root)
    with pytest.raises(KBError) as caught:
        extract(tmp_project, str(source), meta)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert _snapshot(tmp_project.root) == before


# ---------------------------------------------------------------- one candidate per entity
def _two_documents(project, folder):
    with open(project.facts / "entities" / "organisations.yaml", "a", encoding="utf-8") as handle:
        handle.write(TREASURY)
    a = _write(folder, "a.txt", BROKER.format(dateline="WASHINGTON, March 3, 2026 -"))
    b = _write(folder, "b.md", "# " + PANEL)
    meta = Metadata(publisher="the-moscow-times")
    return extract(project, str(a), meta), extract(project, str(b), meta)


def test_two_documents_propose_one_entity(tmp_project, tmp_path):  # noqa: F811
    first, second = _two_documents(tmp_project, tmp_path / "in")
    entities = {r["id"]: r for r in load_entities(tmp_project)}
    front = entities["crescent-front"]
    assert [m["source"] for m in front["mentioned"]] == [first.document.id, second.document.id]
    for mention in front["mentioned"]:
        text = (tmp_project.seeds / f"{mention['source']}.txt").read_text(encoding="utf-8")
        assert text[mention["at"][0]:mention["at"][1]] == mention["text"]
        assert [text[s:e] for s, e in mention["marks"]] == ["Crescent Front"]
    assert [i.id for i in review.items(tmp_project)].count("crescent-front") == 1
    # names the knowledge base holds under another name link to it
    assert "department-of-the-treasury" not in entities
    assert "security-council" not in entities
    claims = yamlio.load(first.path)["claims"] + yamlio.load(first.path)["statements"]
    assert any("treasury-department" in str(c.values()) for c in claims)
    joined = second.entities["joined"]
    assert ("Crescent Front", "crescent-front") in joined
    assert ("Kestrel Trading", "kestrel-trading-co") in joined  # "Kestrel Trading Co." in the first document


def test_accept_once_then_both_documents_can_be_accepted(tmp_project, tmp_path):  # noqa: F811
    first, second = _two_documents(tmp_project, tmp_path / "in")
    review.accept(tmp_project, "crescent-front")
    assert "crescent-front" not in {i.id for i in review.items(tmp_project)}
    with pytest.raises(KBError, match="no candidate with id 'crescent-front'"):
        review.accept(tmp_project, "crescent-front")  # no second copy to accept as a duplicate id
    _place_kadugli(tmp_project)
    for done in (first, second):
        claim = _claim_on(done, "crescent-front")
        pending = {i.id for i in review.items(tmp_project)}
        entities = {str(e["id"]): e for e in load_entities(tmp_project)}
        named, todo = [], sorted(references(claim))
        while todo:  # what it names, and what those name ("a firm registered in Dubai": Dubai too)
            ident = todo.pop(0)
            if ident in pending and ident not in named:
                named.append(ident)
                todo += sorted(references(entities[ident])) if ident in entities else []
        review.accept_many(tmp_project, [claim["id"], *named])  # the candidates it names first, whatever the order
    accepted = yamlio.load(tmp_project.facts / "entities" / "extracted.yaml")
    ids = [e["id"] for e in accepted]
    assert ids[0] == "crescent-front" and len(ids) == len(set(ids)) and "mentioned" not in accepted[0]
    assert compile_project(tmp_project).report.conforms


def _claim_on(done, entity: str) -> dict:
    """The first claim of an extracted document that names ``entity``."""
    return next(c for c in yamlio.load(done.path)["claims"] if entity in references(c))


def _place_kadugli(project):
    """What a curator does before accepting: the town the panel names lies in Sudan."""
    path = project.facts / "extracted" / "entities.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  label: Kadugli\n" in text
    record = text.split("label: Kadugli")[1].split("- id:")[0]
    if "within:" in record:  # the extractor placed it in the document's state already
        assert "within: sudan" in record
        return
    path.write_text(text.replace("  label: Kadugli\n", "  label: Kadugli\n  within: sudan\n"), encoding="utf-8")


def test_reject_hits_the_one_candidate(tmp_project, tmp_path):  # noqa: F811
    first, second = _two_documents(tmp_project, tmp_path / "in")
    review.reject(tmp_project, "crescent-front")
    assert {r["id"]: r["review"] for r in load_entities(tmp_project)}["crescent-front"] == "rejected"
    claim = _claim_on(second, "crescent-front")
    with pytest.raises(KBError, match="refers to rejected candidate"):
        review.accept(tmp_project, claim["id"])
    again = extract(tmp_project, str(tmp_path / "in" / "a.txt"), Metadata(publisher="the-moscow-times"))
    assert again.document.id == first.document.id
    front = {r["id"]: r for r in load_entities(tmp_project)}["crescent-front"]
    assert front["review"] == "rejected" and len(front["mentioned"]) == 2  # re-extraction replaces its own evidence


def test_proposals_merge_across_documents_by_name():
    """"Kestrel Trading Co." joins the candidate "Kestrel Trading" another document proposed."""
    from kb.extract.pending import link_entities
    from kb.extract.resolve import Index

    pending = [{"id": "kestrel-trading", "type": "Company", "review": "extracted-unreviewed", "label": "Kestrel Trading",
                "mentioned": [{"source": "doc-a", "at": [0, 10], "text": "Kestrel Trading ...", "marks": [[0, 15]]}]}]
    candidates = {"source": "doc-b", "claims": [{"id": "c1", "type": "ArmsTransfer", "supplier": "kestrel-trading-co"}],
                  "statements": [], "entities": [
                      {"id": "kestrel-trading-co", "type": "Company", "label": "Kestrel Trading Co.",
                       "mentioned": [{"source": "doc-b", "at": [5, 30], "text": "...", "marks": [[5, 24]]}]},
                      {"id": "kestrel-trading", "type": "ArmedGroup", "label": "Kestrel Trading"}]}
    report = link_entities(candidates, Index(), pending, {"kestrel-trading"})
    assert report["joined"] == [("Kestrel Trading Co.", "kestrel-trading")]
    assert report["new"] == ["kestrel-trading-2"]  # same name, another class: another entity, a free id
    assert candidates["claims"][0]["supplier"] == "kestrel-trading"
    assert pending[0]["aliases"] == ["Kestrel Trading Co."]
    assert [m["source"] for m in pending[0]["mentioned"]] == ["doc-a", "doc-b"]


# ---------------------------------------------------------------- review show and accept --source
def test_review_show_marks_the_span(tmp_project, tmp_path):  # noqa: F811
    first, _ = _two_documents(tmp_project, tmp_path / "in")
    shown = _kb(tmp_project.root, "review", "show", "crescent-front")
    assert shown.returncode == 0, shown.stderr
    assert "rebel army fighting in Sudan" in shown.stdout and "[Crescent Front]" in shown.stdout
    assert f"seeds/{first.document.id}.txt, characters" in shown.stdout
    assert shown.stdout.count("characters") == 2  # one evidence per document
    claim = yamlio.load(first.path)["claims"][0]["id"]
    shown = _kb(tmp_project.root, "review", "show", claim)
    assert shown.returncode == 0 and "[" in shown.stdout and "evidence_at" not in shown.stdout
    missing = _kb(tmp_project.root, "review", "show", "no-such")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1


def test_accept_source_rolls_back_then_accepts(tmp_project, tmp_path):  # noqa: F811
    _, second = _two_documents(tmp_project, tmp_path / "in")
    # the panel's two statements lose the channel the article does not name (a curator took out the
    # default, public-remark), and Kadugli comes without the state the article does not state: the
    # whole document's acceptance is undone
    text = second.path.read_text(encoding="utf-8")
    assert text.count("  channel: public-remark\n") == 2
    second.path.write_text(text.replace("  channel: public-remark\n", ""), encoding="utf-8")
    before = _snapshot(tmp_project.root)
    failed = _kb(tmp_project.root, "review", "accept", "--source", second.document.id)
    # a one-line summary naming the candidates file and line to edit, then every problem on its own line
    first, *problems = failed.stderr.splitlines()
    assert failed.returncode == 2 and len(problems) == 2, failed.stderr
    assert first.startswith("error: facts/extracted/") and "and 2 more problem(s)" in first
    assert "nothing was changed" in first
    assert "kb:kadugli, path schema:containedInPlace" in failed.stderr
    for line in (first[len("error: "):], *(p.strip() for p in problems)):
        file, number = line.split(":")[:2]
        assert file.startswith("facts/extracted/") and (tmp_project.root / file).is_file(), line
        assert number.isdigit() and "candidate '" in line, line
    assert _snapshot(tmp_project.root) == before
    _place_kadugli(tmp_project)
    path = second.path  # what a curator does: the panel told the Security Council, in writing
    path.write_text(path.read_text(encoding="utf-8").replace("  stance: asserts\n",
                                                             "  stance: asserts\n  channel: written-statement\n"),
                    encoding="utf-8")
    done = _kb(tmp_project.root, "review", "accept", "--source", second.document.id)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    entities = [line for line in lines if "facts/entities/extracted.yaml" in line]
    assert lines[:len(entities)] == entities and {"accepted crescent-front", "accepted kadugli"} <= {
        line.split(" into")[0] for line in entities}
    assert not [i for i in review.items(tmp_project) if second.document.id in i.sources and i.status != "rejected"]
    assert compile_project(tmp_project).report.conforms
    # what accepting wrote is block style throughout, for editing by hand
    for written in (tmp_project.facts / "sources" / f"{second.document.id}.yaml",
                    tmp_project.facts / "entities" / "extracted.yaml"):
        nodes = [yaml.compose(written.read_text(encoding="utf-8"))]
        assert nodes[0] is not None
        while nodes:
            node = nodes.pop()
            assert not getattr(node, "flow_style", False), f"{written.name}:{node.start_mark.line + 1}"
            if isinstance(node.value, list):
                nodes += [n for pair in node.value for n in (pair if isinstance(pair, tuple) else (pair,))]


def test_a_bad_value_in_a_candidate_is_reported_at_the_candidate(tmp_project, tmp_path):  # noqa: F811
    """Regression (new-user trial): a value the loader refuses (an unknown channel) was reported at a line of
    facts/sources/<id>.yaml, the file the acceptance had written and then put back."""
    _, second = _two_documents(tmp_project, tmp_path / "in")
    text = second.path.read_text(encoding="utf-8")
    second.path.write_text(text.replace("  channel: public-remark\n", "  channel: telegram-post\n", 1), encoding="utf-8")
    before = _snapshot(tmp_project.root)
    failed = _kb(tmp_project.root, "review", "accept", "--source", second.document.id)
    assert failed.returncode == 2 and failed.stderr.count("\n") == 1, failed.stderr
    where, _, message = failed.stderr[len("error: "):].partition(": ")
    file, number = where.split(":")
    assert file == tmp_project.relative(second.path) and number.isdigit(), failed.stderr
    record = second.path.read_text(encoding="utf-8").splitlines()[int(number) - 1:]
    assert record[0].startswith("- id: ") and "  channel: telegram-post" in record[:12]
    assert message.startswith(f"candidate '{record[0][len('- id: '):]}'") and "unknown id 'telegram-post'" in message
    assert "nothing was changed" in message and _snapshot(tmp_project.root) == before


# ---------------------------------------------------------------- the batch
class _Pages(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        pages = {"/panel": PANEL.encode("utf-8")}
        body = pages.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")


def test_a_batch_of_good_and_bad_documents(tmp_project, tmp_path):  # noqa: F811
    folder = tmp_path / "in"
    _write(folder, "a.txt", BROKER.format(dateline="WASHINGTON, March 3, 2026 -"))
    _write(folder, "b-undated.md", "# Militia news\n\nThe Crescent Front fought on, officials said.\n")
    _write(folder, "ignored.pdf", "%PDF")
    _write(folder, "c.html", "<html><body><article><p>KYIV, Ukraine (AP) — Jan. 20, 2023 — The Crescent Front, "
                             "a rebel army, seized the town of Kadugli, officials said.</p></article></body></html>")
    with thread_server(_Pages) as server:
        sources = [str(folder), f"{server.url}/panel", f"{server.url}/missing", str(tmp_path / "no-such.txt")]
        done = _kb(tmp_project.root, "extract", *sources, "--publisher", "the-moscow-times")
        assert done.returncode == 3, done.stdout + done.stderr
        out = done.stdout
        assert out.startswith("3 documents read: 3 saved under seeds/, 0 skipped as already known, 3 failed")
        assert "b-undated.md" in out and "pass --date" in out and "HTTP 404" in out and "no-such.txt" in out
        assert 'date from its dateline "NEW YORK, 9 March 2026"' in out
        assert "ignored.pdf" not in out + done.stderr
        assert "new entities (ArmedGroup" in out
        assert len(done.stderr.splitlines()) == 3 and all(line.startswith("error: ") for line in done.stderr.splitlines())
        assert len(load_entities(tmp_project)) == len({r["id"] for r in load_entities(tmp_project)})
        assert compile_project(tmp_project).report.conforms
        again = _kb(tmp_project.root, "extract", str(folder / "a.txt"), f"{server.url}/panel", "-q")
        assert again.returncode == 0, again.stderr
        assert again.stdout.startswith("0 documents read: 0 saved under seeds/, 2 skipped as already known, 0 failed")
        none = _kb(tmp_project.root, "extract", f"{server.url}/missing")
        assert none.returncode == 2 and none.stderr.count("\n") == 1
    title = _kb(tmp_project.root, "extract", str(folder), "--title", "One headline")
    assert title.returncode == 2 and "takes one document" in title.stderr
