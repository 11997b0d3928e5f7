"""`kb import ftm`: FollowTheMoney files become imports/<dataset>/, the build
reads them, SHACL checks them like any other claim, and bad input changes
nothing. The fixtures in tests/fixtures/ftm/ are fictional, written for these
tests; Q4115189 is Wikidata's sandbox item."""

from __future__ import annotations

import hashlib
import shutil
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kb.build import compile as compile_project
from kb.cli import main
from kb.ftm import entities as ftm_entities
from kb.namespaces import AGKB, ID

CONCEPT = AGKB._NS
from kb.project import Project

from .conftest import ROOT
from .servers import thread_server

FIXTURES = ROOT / "tests" / "fixtures" / "ftm"
V1, V2 = FIXTURES / "example-sanctions.ftm.json", FIXTURES / "example-sanctions-v2.ftm.json"
FTM = "https://w3id.org/agkb/id/ftm/"
IMPORT = ("import", "ftm", "--dataset", "example_sanctions", "--title", "Example consolidated sanctions list",
          "--authority", "ftm:ex-compiler")


def kb(root, *args):
    return CliRunner().invoke(main, ["--root", str(root), *[str(a) for a in args]], catch_exceptions=False)


def make_project(tmp: Path) -> Path:
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, tmp / folder)
    for name in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        shutil.copy(ROOT / name, tmp / name)
    return tmp


def tree(folder: Path) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    root = make_project(tmp_path_factory.mktemp("ftm"))
    result = kb(root, *IMPORT, V1)
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture(scope="module")
def built(imported):
    compiled = compile_project(Project.at(imported))
    assert compiled.report.conforms, compiled.report.text()
    return compiled


def test_import_reports_what_it_could_not_map(imported):
    output = kb(imported, *IMPORT, V1).output
    assert "already imported (no change)" in output
    assert "30 entities read, 29 imported" in output
    for what in ("schema Note (no class in the mapping)",
                 "value Thing:country=zz (no state or territory for this country code)",
                 "value of LegalEntity:ogrnCode (rejected by FollowTheMoney as not a valid identifier)"):
        assert what in output
    meta = (imported / "imports" / "example_sanctions" / "dataset.yaml").read_text(encoding="utf-8")
    assert "schema Note (no class in the mapping): 1" in meta and "sha256: " in meta


def test_files_of_an_import(imported):
    folder = imported / "imports" / "example_sanctions"
    assert sorted(p.name for p in folder.iterdir()) == ["dataset.yaml", "entities.ftm.json", "entities.nt",
                                                         "origins.tsv"]
    assert (folder / "entities.ftm.json").read_bytes() == V1.read_bytes()
    lines = (folder / "entities.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(set(lines)) and not any(" _:" in line or line.startswith("_:") for line in lines)


def test_import_twice_changes_nothing(imported):
    before = tree(imported / "imports")
    assert kb(imported, *IMPORT, V1).exit_code == 0
    assert tree(imported / "imports") == before


def label(graph, node, lang):
    return {str(o) for o in graph.objects(node, RDFS.label) if isinstance(o, Literal) and o.language == lang}


def test_names_keep_their_script_and_language(built):
    g = built.graph
    petrov, kim, crescent = URIRef(FTM + "ex-person-petrov"), URIRef(FTM + "ex-person-kim"), \
        URIRef(FTM + "ex-org-crescent")
    assert label(g, petrov, "en") == {"Dmitri Ivanovich Petrov"}
    assert label(g, petrov, "ru") == {"Дмитрий Иванович Петров"}  # the line gives the language
    assert label(g, kim, "und-hang") == {"김철수"} and label(g, kim, "en") == {"Kim Chol Su"}
    assert label(g, crescent, "und-arab") == {"جبهة الهلال"}
    wagner = URIRef(FTM + "ex-pmc-wagner")
    assert Literal("ЧВК Вагнер", lang="und-cyrl") in set(g.objects(wagner, SKOS.altLabel))
    assert (URIRef(FTM + "ex-vessel-star"), AGKB.previousName, Literal("Northern Example", lang="en")) in g
    assert str(g.value(petrov, URIRef("https://schema.org/birthDate"))) == "1971-03-15"
    assert g.value(petrov, URIRef("https://schema.org/nationality")) == ID["russia"]
    assert str(g.value(kim, URIRef("https://schema.org/birthDate"))) == "1965"


def test_every_fact_is_a_claim_attributed_and_derived_from_its_record(built):
    g = built.graph
    measure = URIRef(FTM + "ex-sanction-kim")
    claims = list(g.subjects(AGKB.about, measure))
    assert len(claims) == 1
    claim = claims[0]
    record = URIRef("https://w3id.org/agkb/id/record/example_sanctions/ex-sanction-kim")
    assert g.value(claim, PROV.wasDerivedFrom) == record == g.value(measure, PROV.wasDerivedFrom)
    authority = g.value(claim, PROV.wasAttributedTo)
    assert authority == g.value(measure, AGKB.imposedBy)
    assert str(g.value(authority, RDFS.label)) == "Example Security Council Committee"
    assert str(g.value(record, URIRef("http://purl.org/dc/terms/identifier"))) == "ex-sanction-kim"
    assert str(g.value(record, AGKB.firstSeen)) == "2023-01-27T08:00:00"
    dataset = g.value(record, URIRef("http://purl.org/dc/terms/isPartOf"))
    assert str(g.value(dataset, URIRef("http://www.w3.org/ns/dcat#version"))) == "2026-01-15"
    assert g.value(dataset, PROV.wasAttributedTo) == URIRef(FTM + "ex-compiler")
    assert str(g.value(measure, AGKB.unscId)) == "EXi.001"
    # an entity's own claim is attributed to the dataset's authority
    person = URIRef(FTM + "ex-person-kim")
    (own,) = [c for c in g.subjects(AGKB.about, person)]
    assert g.value(own, PROV.wasAttributedTo) == URIRef(FTM + "ex-compiler")


def test_one_entity_under_two_authorities(built):
    g = built.graph
    wagner = URIRef(FTM + "ex-pmc-wagner")
    authorities = {str(g.value(a, RDFS.label)) for a in g.subjects(AGKB.sanctions, wagner)}
    assert authorities == {"Office of Example Sanctions", "Council of the Example Union"}


def test_a_delisted_entity_never_reads_as_sanctioned(built):
    g = built.graph
    delistov = URIRef(FTM + "ex-person-delistov")
    assert not list(g.subjects(AGKB.sanctions, delistov))
    assert len(list(g.subjects(AGKB.formerlySanctioned, delistov))) == 1
    assert g.value(URIRef(FTM + "ex-sanction-delistov"), AGKB.sanctionsStatus) == CONCEPT.Lifted


def test_relations_of_each_kind(built):
    g = built.graph
    org = "http://www.w3.org/ns/org#"
    expected = {"ex-membership-petrov": URIRef(org + "Membership"), "ex-directorship-petrov": AGKB.Directorship,
                "ex-ownership-volga": AGKB.Ownership, "ex-ownership-star": AGKB.Ownership,
                "ex-family-petrov": AGKB.FamilyRelation, "ex-associate-petrov-kim": AGKB.Association,
                "ex-occupancy-kim": AGKB.Occupancy, "ex-control-volga": AGKB.Control}
    for ident, cls in expected.items():
        assert (URIRef(FTM + ident), RDF.type, cls) in g, ident
    petrov, volga, star = (URIRef(FTM + i) for i in ("ex-person-petrov", "ex-company-volga", "ex-vessel-star"))
    assert (petrov, URIRef(org + "memberOf"), URIRef(FTM + "ex-pmc-wagner")) in g
    assert (petrov, AGKB.owns, volga) in g and (volga, AGKB.owns, star) in g
    assert (URIRef(FTM + "ex-person-kim"), URIRef(org + "holds"), URIRef(FTM + "ex-position-minister")) in g
    role = g.value(URIRef(FTM + "ex-membership-petrov"), URIRef(org + "role"))
    assert str(g.value(role, SKOS.prefLabel)) == "Commander"
    ministry = URIRef(FTM + "ex-publicbody-industry")
    assert (ministry, RDF.type, AGKB.GovernmentBody) in g
    assert g.value(ministry, URIRef(org + "subOrganizationOf")) == ID["north-korea"]
    assert (star, AGKB.flagState, ID["north-korea"]) in g and str(g.value(star, AGKB.imoNumber)) == "IMO9123453"
    # a state the project does not hold resolves to a stable IRI with a node of its own
    assert (URIRef(FTM + "ex-company-wagner-logistics"), AGKB.registeredIn, ID["germany"]) in g
    assert (ID["germany"], RDF.type, AGKB.State) in g


def test_wikidata_id_is_an_identity_link_citing_the_record(built):
    g = built.graph
    wagner, wd = URIRef(FTM + "ex-pmc-wagner"), URIRef("http://www.wikidata.org/entity/Q4115189")
    assert (wagner, SKOS.exactMatch, wd) in g
    (link,) = list(g.subjects(AGKB.externalResource, wd))
    assert g.value(link, AGKB.verificationMethod) == CONCEPT.IdentifierInRecord
    assert g.value(link, PROV.wasDerivedFrom) == URIRef(
        "https://w3id.org/agkb/id/record/example_sanctions/ex-pmc-wagner")
    assert not [o for o in g.objects(None, SKOS.exactMatch) if "opensanctions" in str(o)]


def test_opensanctions_dataset_links_entity_pages(tmp_path):
    root = make_project(tmp_path)
    assert kb(root, *IMPORT, "--opensanctions", V1).exit_code == 0
    g = compile_project(Project.at(root)).graph
    page = URIRef("https://www.opensanctions.org/entities/ex-vessel-star/")
    assert (URIRef(FTM + "ex-vessel-star"), SKOS.exactMatch, page) in g
    assert not list(g.subjects(SKOS.exactMatch, URIRef("https://www.opensanctions.org/entities/ex-sanction-kim/")))


@pytest.mark.parametrize("fixture, message", [
    ("malformed-line.ftm.json", "tests/fixtures/ftm/malformed-line.ftm.json:3: not valid JSON: "),
    ("unknown-schema.ftm.json", "tests/fixtures/ftm/unknown-schema.ftm.json:3: unknown FollowTheMoney schema "
                                "'Spaceship' for entity 'ex-ship-x'"),
])
def test_bad_file_is_a_one_line_error_and_changes_nothing(tmp_path, fixture, message, monkeypatch):
    root = make_project(tmp_path)
    assert kb(root, *IMPORT, V1).exit_code == 0
    before = tree(root)
    monkeypatch.chdir(ROOT)
    result = kb(root, *IMPORT, Path("tests/fixtures/ftm") / fixture)
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {message}") and result.output.count("\n") == 1, result.output
    assert tree(root) == before


def test_unknown_authority_is_refused(tmp_path):
    root = make_project(tmp_path)
    result = kb(root, "import", "ftm", "--dataset", "x", "--authority", "united-state", V1)
    assert result.exit_code == 2
    assert "authority 'united-state' is not an entity in facts/entities/ (did you mean 'united-states'?)" \
        in result.output
    assert not (root / "imports").exists() or not any((root / "imports").iterdir())


def test_a_fact_another_import_holds_is_refused_at_import(tmp_path):
    """Two datasets holding the same FtM Sanction id made a build fail with
    "every fact must point to exactly one source"; the second import is now
    refused with the line and the other dataset, and changes nothing."""
    root = make_project(tmp_path)
    assert kb(root, *IMPORT, V1).exit_code == 0
    before = tree(root / "imports")
    result = kb(root, "import", "ftm", "--dataset", "second_list", "--authority", "ftm:ex-compiler", V1)
    assert result.exit_code == 2
    assert "example-sanctions.ftm.json:3: Sanction 'ex-sanction-wagner-office' is already imported by " \
        "imports/example_sanctions" in result.output
    assert tree(root / "imports") == before
    assert kb(root, *IMPORT, V1).exit_code == 0  # the same dataset imported again is not a conflict


def test_violation_names_the_ftm_file_and_line(tmp_path):
    root = make_project(tmp_path)
    assert kb(root, *IMPORT, V1).exit_code == 0
    nt_file = root / "imports" / "example_sanctions" / "entities.nt"
    kim = f"<{FTM}ex-person-kim> <http://www.w3.org/2000/01/rdf-schema#label>"
    nt_file.write_text("".join(line for line in nt_file.read_text(encoding="utf-8").splitlines(keepends=True)
                               if not line.startswith(kim)), encoding="utf-8")
    result = kb(root, "validate")
    assert result.exit_code == 1
    line = next(n for n, text in enumerate(V1.read_text(encoding="utf-8").splitlines(), 1) if '"ex-person-kim"' in text)
    assert f"imports/example_sanctions/entities.ftm.json\n  line {line}: Violation: Needs a non-empty label" \
        in result.output


def test_import_from_a_url(tmp_path):
    body = V1.read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    root = make_project(tmp_path)
    with thread_server(Handler) as server:
        url = f"{server.url}/entities.ftm.json"
        assert kb(root, *IMPORT, url).exit_code == 0
        small = kb(root, *IMPORT, "--max-bytes", "100", url)
    meta = (root / "imports" / "example_sanctions" / "dataset.yaml").read_text(encoding="utf-8")
    assert f"source: {url}" in meta
    assert small.exit_code == 2 and f"error: {url}: body is {len(body)} bytes, over the 100-byte limit" in small.output


def test_stream_gives_the_matcher_names_countries_dates_and_identifiers(imported):
    found = {e.id: e for e in ftm_entities.stream(Project.at(imported))}
    assert "ex-sanction-kim" not in found and "ex-membership-petrov" not in found
    petrov = found["ex-person-petrov"]
    assert ("Дмитрий Иванович Петров", "ru", "name") in petrov.names
    assert petrov.countries == ["ru"] and petrov.dates == ["1971-03-15"]
    assert petrov.identifiers["passportNumber"] == ["750000001"]
    assert found["ex-pmc-wagner"].wikidata == ["Q4115189"]
    assert found["ex-company-wagner-logistics"].dates == ["2009-04-01"]
    assert found["ex-vessel-star"].identifiers["imoNumber"] == ["IMO9123453"]


def test_newer_version_replaces_the_old_and_diff_tells_what_changed(tmp_path):
    root = make_project(tmp_path)
    assert kb(root, *IMPORT, V1).exit_code == 0
    assert kb(root, "build", "--out", root / "v1").exit_code == 0
    result = kb(root, *IMPORT, V2)
    assert result.exit_code == 0 and "version 2026-02-01" in result.output
    assert (root / "imports" / "example_sanctions" / "entities.ftm.json").read_bytes() == V2.read_bytes()
    assert kb(root, "build", "--out", root / "v2").exit_code == 0
    diff = kb(root, "diff", root / "v1", root / "v2").output
    assert "- sanctions measure “Sanction ex-sanction-delistov”" in diff
    assert "sanctions status: lifted" in diff and "end date: 2025-11-30" in diff
    assert "alternative label: “Wagner PMC”" in diff


def test_sanctions_query_gives_one_row_per_listing_with_its_date(built, imported):
    """An imported entity has a label in each of its scripts; the saved query
    still gives one row per measure, named in English or Latin script first,
    with the listing's start date as "since when" (it was empty)."""
    import csv
    import io
    assert kb(imported, "build").exit_code == 0
    result = kb(imported, "query", "sanctions", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = [r for r in csv.DictReader(io.StringIO(result.output)) if "/record/" in r["source"]]
    measures = [r["claim"] for r in rows]
    assert rows and len(measures) == len(set(measures))
    petrov = [r for r in rows if "Petrov" in r["target"] or "Петров" in r["target"]]
    assert [(r["target"], r["date"]) for r in petrov] == [("Dmitri Ivanovich Petrov", "2023-01-26")]
    kim = [r for r in rows if r["target"] in ("Kim Chol Su", "김철수")]
    assert [(r["target"], r["date"]) for r in kim] == [("Kim Chol Su", "2017-08-05")]


RELISTED = """\
{"id": "ex-compiler", "schema": "PublicBody", "properties": {"name": ["Example Sanctions Office"]}}
{"id": "rx-kestrel", "schema": "Company", "properties": {"name": ["Kestrel Example Freight"]}}
{"id": "rx-sanction-old", "schema": "Sanction", "properties": {"entity": ["rx-kestrel"], "authority": ["Example Sanctions Office"], "startDate": ["2010-01-05"], "endDate": ["2012-03-01"], "status": ["delisted"]}}
{"id": "rx-sanction-new", "schema": "Sanction", "properties": {"entity": ["rx-kestrel"], "authority": ["Example Sanctions Office"], "startDate": ["2020-06-01"], "listingDate": ["2020-06-01"], "status": ["active"]}}
"""


def test_an_old_delisting_does_not_cancel_a_newer_listing(tmp_path):
    """Lists keep old delisted entries beside current ones: the delisting
    (its end date, 2012) comes before the current listing (2020), which reads
    as current; the old entry reads as former."""
    root = make_project(tmp_path)
    data = tmp_path / "relisted.ftm.json"
    data.write_text(RELISTED, encoding="utf-8")
    result = kb(root, *IMPORT, str(data), "--authority-map", "Example Sanctions Office=ftm:ex-compiler",
                "--no-match")
    assert result.exit_code == 0, result.output
    g = compile_project(Project.at(root)).graph
    kestrel = URIRef(FTM + "rx-kestrel")
    assert list(g.subjects(AGKB.sanctions, kestrel)) == [URIRef(FTM + "ex-compiler")]
    assert g.value(URIRef(FTM + "rx-sanction-old"), AGKB.sanctionsStatus) == CONCEPT.Lifted


def test_imported_iris_resolve_in_kb_serve(imported, tmp_path):
    """An imported entity has no page; kb serve answers its IRI with a 303 to
    the DESCRIBE of it (a 404 before), and an IRI it holds nothing about stays 404."""
    import requests

    from kb.build import build
    from kb.serve import make_server

    root = tmp_path / "kb"
    shutil.copytree(imported, root)
    build(Project.at(root))
    server = make_server(Project.at(root), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        answer = requests.get(f"{url}/id/ftm/ex-person-delistov", headers={"Accept": "text/turtle"},
                              allow_redirects=False)
        assert answer.status_code == 303 and answer.headers["Location"].startswith("/sparql?query=DESCRIBE")
        described = requests.get(f"{url}{answer.headers['Location']}", headers={"Accept": "text/turtle"})
        assert described.status_code == 200
        graph = Graph().parse(data=described.text, format="turtle")
        assert (URIRef(FTM + "ex-person-delistov"), None, None) in graph
        assert requests.get(f"{url}/id/ftm/no-such-entity", allow_redirects=False).status_code == 404
    finally:
        server.shutdown()
        server.server_close()
