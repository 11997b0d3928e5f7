"""A sanction's end date is read against the date of the list or source that
gives it: on or before that date the measure ended (lifted, formerly
sanctioned, schema:endDate); after it, the measure is in force and due to end
then (imposed, agkb:sanctions, agkb:scheduledEndDate, never schema:endDate).
Dates are compared at the coarser of the two precisions. The lists below are
fictional, written for these tests."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from kb.build import compile as compile_project
from kb.export import summary
from kb.export.documents import Documents
from kb.namespaces import AGKB
from kb.project import Project

from .conftest import ROOT
from .test_ftm_import import FTM, kb, make_project

SCHEMA_END = URIRef("https://schema.org/endDate")
SCHEDULED = AGKB.scheduledEndDate
COMPILER = URIRef(FTM + "fx-compiler")
SEEN = {"first_seen": "2026-03-16T00:00:00", "last_seen": "2026-11-20T00:00:00"}


def entity(fid: str, schema: str, props: dict, seen: dict | None = SEEN) -> str:
    return json.dumps({"id": fid, "schema": schema, "properties": props, **(seen or {})})


def sanction(fid: str, status: str | None, end: str | None, seen: dict | None = SEEN) -> list[str]:
    """A company and its sanction by the Example Council, listed 2026-03-15."""
    props = {"entity": [f"{fid}-co"], "authority": ["Example Council"], "startDate": ["2026-03-15"]}
    if end:
        props["endDate"] = [end]
    if status:
        props["status"] = [status]
    return [entity(f"{fid}-co", "Company", {"name": [f"{fid.title()} Example Trading"]}, seen),
            entity(fid, "Sanction", props, seen)]


def build(tmp_path, lines: list[str], *options) -> Graph:
    root = make_project(tmp_path)
    data = tmp_path / "list.ftm.json"
    data.write_text("\n".join([entity("fx-compiler", "PublicBody", {"name": ["Example Council"]})] + lines) + "\n",
                    encoding="utf-8")
    result = kb(root, "import", "ftm", str(data), "--dataset", "future_test", "--title", "Future test list",
                "--authority", "ftm:fx-compiler", "--authority-map", "Example Council=ftm:fx-compiler",
                "--no-match", *options)
    assert result.exit_code == 0, result.output
    compiled = compile_project(Project.at(root))
    assert compiled.report.conforms, compiled.report.text()
    return compiled


def reading(g: Graph, fid: str) -> tuple:
    """(status, shortcut, schema:endDate, agkb:scheduledEndDate) of the sanction ``fid``."""
    node, target = URIRef(FTM + fid), URIRef(FTM + f"{fid}-co")
    shortcut = ("sanctions" if (COMPILER, AGKB.sanctions, target) in g
                else "formerlySanctioned" if (COMPILER, AGKB.formerlySanctioned, target) in g else None)
    status = g.value(node, AGKB.sanctionsStatus)
    return (str(status).rsplit("#", 1)[1], shortcut,
            *(str(g.value(node, p)) if g.value(node, p) is not None else None for p in (SCHEMA_END, SCHEDULED)))


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    """One list whose version is its latest last_seen, 2026-11-20."""
    lines = (sanction("fx-future", "Active", "2027-09-15") + sanction("fx-past", "Active", "2026-06-30")
             + sanction("fx-delisted", "delisted", "2027-09-15") + sanction("fx-same-day", None, "2026-11-20")
             + sanction("fx-year-now", None, "2026") + sanction("fx-year-next", None, "2027")
             + sanction("fx-month-now", None, "2026-11") + sanction("fx-month-next", None, "2026-12")
             + sanction("fx-open", "Active", None))
    return build(tmp_path_factory.mktemp("dated"), lines)


def test_a_future_end_date_is_when_an_active_listing_is_due_to_end(dated):
    """The bug: an Active listing with a review date after the list's date was
    published as lifted and formerly sanctioned."""
    g = dated.graph
    assert reading(g, "fx-future") == ("Imposed", "sanctions", None, "2027-09-15")
    assert g.value(URIRef(FTM + "fx-future"), SCHEDULED) == Literal("2027-09-15", datatype=XSD.date)
    assert reading(g, "fx-open") == ("Imposed", "sanctions", None, None)


def test_an_end_date_on_or_before_the_list_date_is_lifted(dated):
    g = dated.graph
    assert reading(g, "fx-past") == ("Lifted", "formerlySanctioned", "2026-06-30", None)
    assert reading(g, "fx-same-day") == ("Lifted", "formerlySanctioned", "2026-11-20", None)


def test_a_delisted_status_is_lifted_whatever_its_end_date(dated):
    """Delisted before its scheduled end: lifted; the date it was due to end is
    kept, but not as the date it ended."""
    assert reading(dated.graph, "fx-delisted") == ("Lifted", "formerlySanctioned", None, "2027-09-15")


def test_years_and_months_are_compared_at_the_coarser_precision(dated):
    g = dated.graph
    assert reading(g, "fx-year-now") == ("Lifted", "formerlySanctioned", "2026", None)  # may have ended by 2026-11-20
    assert reading(g, "fx-year-next") == ("Imposed", "sanctions", None, "2027")
    assert reading(g, "fx-month-now") == ("Lifted", "formerlySanctioned", "2026-11", None)
    assert reading(g, "fx-month-next") == ("Imposed", "sanctions", None, "2026-12")


def test_the_version_is_the_date_of_the_list(tmp_path):
    """`--version 2026-05` (a month): an end date in May 2026 may have passed by then."""
    lines = sanction("fx-may", "Active", "2026-05-31") + sanction("fx-june", "Active", "2026-06-01")
    g = build(tmp_path, lines, "--version", "2026-05").graph
    assert reading(g, "fx-may") == ("Lifted", "formerlySanctioned", "2026-05-31", None)
    assert reading(g, "fx-june") == ("Imposed", "sanctions", None, "2026-06-01")


def test_without_a_date_for_the_list_an_end_date_is_lifted(tmp_path):
    """A version that is not a date falls back on each record's last_seen; a
    record with neither cannot tell a future end from a past one, and is read
    as ended (a measure that may have ended never reads as current)."""
    lines = (sanction("fx-unseen", "Active", "2099-01-01", seen=None)
             + sanction("fx-seen", "Active", "2099-01-01", seen={"last_seen": "2026-11-20T00:00:00"}))
    g = build(tmp_path, lines, "--version", "release-7").graph
    assert reading(g, "fx-unseen") == ("Lifted", "formerlySanctioned", "2099-01-01", None)
    assert reading(g, "fx-seen") == ("Imposed", "sanctions", None, "2099-01-01")


def test_the_summary_box_shows_a_listing_in_force_until_its_scheduled_end(dated):
    docs = Documents(dated.triples, Graph().parse(ROOT / "ontology" / "agkb.ttl", format="turtle"))
    rows = {}
    for fid in ("fx-future", "fx-past", "fx-delisted"):
        row, = [r for r in summary.relations(docs, f"<{FTM}{fid}-co>") if r.title == "sanctioned by"]
        rows[fid] = (row.state, row.status, row.due and row.due.split('"')[1], row.end and row.end.split('"')[1])
    assert rows == {"fx-future": ("active", "in force", "2027-09-15", None),
                    "fx-past": ("ended", "lifted", None, "2026-06-30"),
                    "fx-delisted": ("ended", "lifted", None, None)}


def test_the_sanctions_query_gives_the_end_and_the_scheduled_end(dated):
    """The saved query's only date column was the start: a lifted listing read
    as lifted on its start date, and a due end date was not shown."""
    import csv
    import io

    root = dated.project.root
    assert kb(root, "build").exit_code == 0
    result = kb(root, "query", "sanctions", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = {r["target"]: (r["status"], r["date"], r["ended"], r["dueToEnd"])
            for r in csv.DictReader(io.StringIO(result.output))}
    assert rows["Fx-Future Example Trading"] == ("imposed", "2026-03-15", "", "2027-09-15")
    assert rows["Fx-Past Example Trading"] == ("lifted", "2026-03-15", "2026-06-30", "")


def test_export_to_ftm_gives_the_scheduled_end_as_the_end_date(dated, tmp_path):
    out = tmp_path / "out.ftm.json"
    result = kb(dated.project.root, "export", "--format", "ftm", "-o", out)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ends = {e["id"]: e["properties"].get("endDate") for e in lines if e["id"] in ("fx-future", "fx-past")}
    assert ends == {"fx-future": ["2027-09-15"], "fx-past": ["2026-06-30"]}
