"""The entity page's summary box and grouped claims (kb/export/summary.py,
kb/export/entity_view.py): on small graphs written here, and on the seed's
Wagner Group page."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph

from kb import nt
from kb.export import summary
from kb.export.documents import Documents
from kb.export.site import Site

from .conftest import ROOT
from .test_site import DIST

A = "https://w3id.org/agkb/ontology#"
ID = "https://w3id.org/agkb/id/"
RDF_TYPE = nt.TYPE
XSD = "http://www.w3.org/2001/XMLSchema#"


def i(name: str) -> str:
    return f"<{ID}{name}>"


def a(name: str) -> str:
    return f"<{A}{name}>"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "agkb.ttl", format="turtle")


def label(node: str, text: str, lang: str = "en") -> tuple:
    return (node, "<http://www.w3.org/2000/01/rdf-schema#label>", nt.literal(text, lang=lang))


def measure(name: str, authority: str, target: str, status: str | None, date: str | None = None,
            end: str | None = None, due: str | None = None) -> list:
    node = i(name)
    out = [(node, RDF_TYPE, a("SanctionsMeasure")), (node, a("imposedBy"), i(authority)),
           (node, a("target"), i(target)), label(node, name)]
    if status:
        out.append((node, a("sanctionsStatus"), a(status)))
    if date:
        out.append((node, "<http://purl.org/dc/terms/date>", nt.literal(date, datatype=f"{XSD}date")))
    if end:
        out.append((node, "<https://schema.org/endDate>", nt.literal(end, datatype=f"{XSD}date")))
    if due:
        out.append((node, a("scheduledEndDate"), nt.literal(due, datatype=f"{XSD}date")))
    return out


def group_docs(ontology, extra: list) -> Documents:
    triples = [label(i("group"), "Example Group"), (i("group"), RDF_TYPE, a("ArmedGroup")),
               (i("group"), "<http://www.w3.org/2004/02/skos/core#altLabel>", nt.literal("Группа Пример", lang="ru")),
               (i("group"), "<http://www.w3.org/2004/02/skos/core#altLabel>", nt.literal("Exemplar", lang="en")),
               (i("group"), a("nickname"), nt.literal("the Examples", lang="en"))]
    for name in ("us", "eu", "uk", "un"):
        triples += [label(i(name), name.upper()), (i(name), RDF_TYPE, a("State"))]
    return Documents(set(triples + extra), ontology)


def test_names_in_every_script_label_first(ontology):
    docs = group_docs(ontology, [])
    names = summary.names(docs, i("group"))
    assert [(n.text, n.language) for n in names] == [
        ("Example Group", "en"), ("Exemplar", "en"), ("the Examples", "en"), ("Группа Пример", "ru")]


def test_sanctions_status_never_reads_a_lifted_or_ended_measure_as_current(ontology):
    extra = (measure("us-1", "us", "group", "Imposed", "2020-01-05")
             + measure("eu-1", "eu", "group", "Lifted", "2021-03")
             + measure("uk-1", "uk", "group", "Imposed", "2019", end="2022-06-30")
             + measure("un-1", "un", "group", "Imposed", "2018-02-01")
             + measure("un-2", "un", "group", "Announced", "2024-01-01")
             # the UN lifted its sanctions later: the rules derive formerlySanctioned, and no agkb:sanctions
             + [(i("un"), a("formerlySanctioned"), i("group")), (i("us"), a("sanctions"), i("group")),
                (i("eu"), a("formerlySanctioned"), i("group"))])
    docs = group_docs(ontology, extra)
    rows = [r for r in summary.relations(docs, i("group")) if r.title == "sanctioned by"]
    got = [(nt.lexical(r.fact).rsplit("/", 1)[1], r.state, r.status) for r in rows]
    assert got == [("un-1", "ended", "lifted later"), ("uk-1", "ended", "ended 2022-06-30"),
                   ("us-1", "active", "in force"), ("eu-1", "ended", "lifted"),
                   ("un-2", "ended", "lifted later")]
    assert [nt.lexical(r.date) for r in rows] == ["2018-02-01", "2019", "2020-01-05", "2021-03", "2024-01-01"]


def test_a_measure_in_force_with_a_scheduled_end_reads_in_force_until_then(ontology):
    """An imported listing's end date after its list's date is when it is due
    to end (agkb:scheduledEndDate): in force, "until" that date; it read as
    lifted. A lifted measure's scheduled end is not shown as its end."""
    extra = (measure("uk-1", "uk", "group", "Imposed", "2026-03-15", due="2027-09-15")
             + measure("eu-1", "eu", "group", "Lifted", "2025-01-10", due="2027-09-15")
             + [(i("uk"), a("sanctions"), i("group")), (i("eu"), a("formerlySanctioned"), i("group"))])
    docs = group_docs(ontology, extra)
    rows = [r for r in summary.relations(docs, i("group")) if r.title == "sanctioned by"]
    got = [(nt.lexical(r.fact).rsplit("/", 1)[1], r.state, r.status, r.due and nt.lexical(r.due)) for r in rows]
    assert got == [("eu-1", "ended", "lifted", None), ("uk-1", "active", "in force", "2027-09-15")]
    html = Site(docs, "0", "t").resource_page(i("group"))[1].decode()
    box = html[html.index('<section class="summary"'):html.index("</section>")]
    assert '<span class="when">since 2026-03-15 until 2027-09-15</span> <span class="status status-active">in force' in box
    assert '<span class="when">2025-01-10</span> <span class="status status-ended">lifted' in box


def test_a_sanctions_shortcut_without_a_measure_is_shown(ontology):
    docs = group_docs(ontology, [(i("us"), a("sanctions"), i("group")), (i("eu"), a("formerlySanctioned"), i("group"))])
    rows = [(r.others, r.fact, r.state) for r in summary.relations(docs, i("group")) if r.title == "sanctioned by"]
    assert rows == [([i("eu")], None, "ended"), ([i("us")], None, "active")]  # undated: by name
    # and on the authority's side
    rows = [(r.others, r.state) for r in summary.relations(docs, i("us")) if r.title == "sanctions"]
    assert rows == [([i("group")], "active")]


def test_arms_control_and_operations(ontology):
    t = i("transfer")
    extra = [(t, RDF_TYPE, a("ArmsTransfer")), (t, a("supplier"), i("us")), (t, a("recipient"), i("group")),
             (t, a("item"), i("rifles")), (t, "<http://purl.org/dc/terms/date>", nt.literal("2022-11", datatype=f"{XSD}gYearMonth")),
             (i("control"), RDF_TYPE, a("Control")), (i("control"), a("controller"), i("uk")),
             (i("control"), a("controlled"), i("group")),
             (i("op"), RDF_TYPE, a("Operation")), (i("op"), a("actor"), i("group")),
             (i("op"), "<https://schema.org/location>", i("mali"))]
    docs = group_docs(ontology, extra)
    rows = {r.title: r for r in summary.relations(docs, i("group"))}
    assert set(rows) == {"arms received from", "controlled by", "operates in"}
    assert rows["arms received from"].others == [i("us")] and rows["arms received from"].details == [i("rifles")]
    assert nt.lexical(rows["arms received from"].date) == "2022-11"
    assert rows["controlled by"].others == [i("uk")] and rows["operates in"].others == [i("mali")]
    supplier = {r.title: r for r in summary.relations(docs, i("us"))}
    assert supplier["arms supplied to"].others == [i("group")]


def test_identities_with_their_verification(ontology):
    link = "<https://w3id.org/agkb/id/link/group-wikidata>"
    extra = [(i("group"), "<http://www.w3.org/2004/02/skos/core#exactMatch>", "<http://www.wikidata.org/entity/Q1>"),
             (i("group"), "<http://www.w3.org/2004/02/skos/core#exactMatch>", "<https://example.org/other>"),
             (link, RDF_TYPE, a("IdentityLink")), (link, a("linkedEntity"), i("group")),
             (link, a("externalResource"), "<http://www.wikidata.org/entity/Q1>"),
             (link, a("verificationMethod"), a("IdentifierInRecord")),
             (link, a("checkedOn"), nt.literal("2026-11-01", datatype=f"{XSD}date"))]
    docs = group_docs(ontology, extra)
    found = summary.identities(docs, i("group"))
    assert [(x.resource, x.link, x.method) for x in found] == [
        ("http://www.wikidata.org/entity/Q1", link, a("IdentifierInRecord")), ("https://example.org/other", None, None)]
    html = Site(docs, "0", "t").resource_page(i("group"))[1].decode()
    assert '<a href="http://www.wikidata.org/entity/Q1">' in html and "verified by" in html and "2026-11-01" in html


def test_claims_grouped_by_kind_and_ordered_by_date(ontology):
    def claim(name, about, date=None):
        node = f"<{ID}claim/{name}>"
        out = [(node, RDF_TYPE, a("Claim")), (node, a("about"), about), label(node, name)]
        if date:
            out.append((about, "<http://purl.org/dc/terms/date>", nt.literal(date, datatype=f"{XSD}date")))
        return node, out
    extra = measure("m-late", "us", "group", "Imposed") + measure("m-early", "eu", "group", "Imposed")
    c1, t1 = claim("late", i("m-late"), "2022-12-22")
    c2, t2 = claim("early", i("m-early"), "2022-11")
    c3, t3 = claim("undated", i("group"))
    c4 = f"<{ID}claim/attr>"
    t4 = [(c4, RDF_TYPE, a("Claim")), (c4, a("about"), i("group")), (c4, f"<{nt.RDF}subject>", i("group")),
          (c4, f"<{nt.RDF}predicate>", a("operatesIn")), (c4, f"<{nt.RDF}object>", i("mali"))]
    docs = group_docs(ontology, extra + t1 + t2 + t3 + t4)
    grouped = summary.grouped_claims(docs, sorted([c1, c2, c3, c4]))
    assert grouped == [("Sanctions", [c2, c1]), ("Attributes and relations", [c4]),
                       ("Other claims and statements", [c3])]


def test_the_wagner_page_starts_with_its_summary():
    text = (DIST / "entity" / "wagner-group.html").read_text(encoding="utf-8")
    main = text[text.index("<main>"):]
    box = main[main.index('<section class="summary"'):main.index("</section>")]
    assert main.index('<section class="summary"') < main.index("<h2>")
    assert '<span lang="ru" dir="auto">Группа Вагнера</span>' in box and "PMC Wagner" in box
    assert re.search(r"<th>controlled by</th><td><ul><li><a href=\"../entity/yevgeny-prigozhin.html\">", box)
    assert "United States" in box and "announced, not yet in force" in box and "status-active" not in box
    assert "North Korea" in box and "infantry rockets" in box and "Central African Republic" in box
    headings = re.findall(r'<h3 id="claims-\d+">([^<]+) \(\d+\)</h3>', main)
    assert headings[:3] == ["Sanctions", "Arms transfers", "Control, ownership and leadership"]
    assert main.index('id="claim-north-korea-arms-delivery-to-wagner"') < main.index('id="claim-wagner-is-russian"')


def _dated(node: str, predicate: str, value: str) -> tuple:
    kind = {4: "gYear", 7: "gYearMonth", 10: "date"}[len(value)]
    return (node, predicate, nt.literal(value, datatype=f"{XSD}{kind}"))


DC_DATE, START, END = "<http://purl.org/dc/terms/date>", "<https://schema.org/startDate>", "<https://schema.org/endDate>"
DUE = a("scheduledEndDate")  # when a measure is due to end: neither rule 30 nor the box reads it as a lift's date
MEASURE_DATES = [[], [(DC_DATE, "2021")], [(DC_DATE, "2021-03")], [(DC_DATE, "2021-03-15")],
                 [(START, "2021-03-15")], [(a("listingDate"), "2021-03-15")],
                 [(START, "2019-01-01"), (a("listingDate"), "2023-05-05")], [(START, "2021-03-15"), (DUE, "2027")]]
LIFT_DATES = [[], [(DC_DATE, "2021")], [(DC_DATE, "2020")], [(DC_DATE, "2021-03")], [(DC_DATE, "2021-02")],
              [(DC_DATE, "2021-03-14")], [(DC_DATE, "2021-03-15")], [(DC_DATE, "2021-04-01")],
              [(END, "2021-03-10"), (DC_DATE, "2022")], [(END, "2022-01-01"), (DC_DATE, "2020")],
              [(START, "2024-01-01")], [(a("listingDate"), "2018-06-30")],
              [(START, "2020-01-01"), (DUE, "2030-01-01")], [(START, "2022-01-01"), (DUE, "2019-06")]]


def test_the_summary_box_lifts_a_measure_exactly_when_rule_30_does(ontology):
    """The summary box decides "lifted later" per measure in Python
    (summary._lifted_later); rule 30 (ontology/rules/30-direct-relations.rq,
    run on Oxigraph as the build runs it) decides the same thing when it
    withholds agkb:sanctions. Every combination of a measure's and a lift's
    dates, precisions and date properties, by the same authority or another,
    must get the same answer from both."""
    from kb.oxi import Work

    rule = (ROOT / "ontology" / "rules" / "30-direct-relations.rq").read_text(encoding="utf-8")
    sanctions = (i("un"), a("sanctions"), i("group"))
    checked = lifted = 0
    for measure_dates in MEASURE_DATES:
        for lift_dates in LIFT_DATES:
            for lifter in ("un", "us"):
                triples = measure("m", "un", "group", "Imposed") + measure("lift", lifter, "group", "Lifted")
                triples += [_dated(i("m"), p, v) for p, v in measure_dates]
                triples += [_dated(i("lift"), p, v) for p, v in lift_dates]
                by_rule = sanctions not in set(Work(set(triples), Graph()).construct(rule))
                by_box = summary._lifted_later(group_docs(ontology, triples).index, i("m"), i("un"), i("group"))
                assert by_box == by_rule, (measure_dates, lift_dates, lifter)
                checked += 1
                lifted += by_rule
    assert checked == len(MEASURE_DATES) * len(LIFT_DATES) * 2 and 0 < lifted < checked / 2
