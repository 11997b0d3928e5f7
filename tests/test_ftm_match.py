"""Matching imported entities with ours and across datasets (`kb match`,
kb/ftm/match.py), reviewing the candidates (`kb review`, kb/review_matches.py),
the judgements file (kb/judgements.py) and what an accepted match publishes.
Real files throughout: the fictional lists in tests/fixtures/ftm/ are
imported into a copy of the project, matched, reviewed and built."""

from __future__ import annotations

import csv
import json
import re

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, SH

from kb import judgements
from kb.ftm import match
from kb.namespaces import ID
from kb.project import Project
from kb.query import published_graph, rows, run

from .conftest import ROOT
from .test_ftm_import import FIXTURES, IMPORT, V1, V2, kb, make_project

UN = FIXTURES / "example-un-list.ftm.json"
IMPORT_UN = ("import", "ftm", "--dataset", "example_un", "--title", "Example UN list",
             "--authority", "ftm:exun-committee")
FTM = "https://w3id.org/agkb/id/ftm/"
EXPECTED = ROOT / "tests" / "expected" / "queries" / "ftm"


def candidates(root) -> dict:
    return {(c["left"], c["right"]): c for c in match.read(Project.at(root))}


def listed(root) -> list[list[str]]:
    result = kb(root, "review", "list")
    assert result.exit_code == 0, result.output
    return [line.split("\t") for line in result.output.splitlines()[1:]]  # under the header row


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The project with the first list imported: `kb import ftm` then matches."""
    root = make_project(tmp_path_factory.mktemp("match"))
    result = kb(root, *IMPORT, V1)
    assert result.exit_code == 0, result.output
    assert " to review" in result.output
    return root


def test_the_entity_that_is_ours_is_proposed_with_names_in_two_scripts(project):
    found = candidates(project)
    wagner = found[("wagner-group", "ftm:ex-pmc-wagner")]
    assert wagner["score"] >= 0.9 and wagner["review"] == "unreviewed"
    reasons = wagner["reasons"]
    assert "name “PMC Wagner” (Latin) = “PMC Wagner” (Latin): 1.00" in reasons
    cyrillic = [r for r in reasons if "“ЧВК Вагнер” (Cyrillic)" in r]
    assert cyrillic and "(Latin)" in cyrillic[0]  # the Russian name matched one of our Latin names
    assert "type: Organization (PrivateMilitaryCompany, ours) / Organization (Organisation, example_sanctions)" \
        in reasons
    assert "country: ru / ru (shared)" in reasons
    sides = {s["ref"]: s for s in wagner["sides"]}
    assert sides["ftm:ex-pmc-wagner"]["where"] == "imports/example_sanctions/entities.ftm.json:2"
    assert sides["wagner-group"]["where"] == "facts/entities/organisations.yaml:4"
    assert {"name": "ЧВК Вагнер", "lang": "und-cyrl", "script": "Cyrillic", "property": "alias"} \
        in sides["ftm:ex-pmc-wagner"]["names"]


def test_the_look_alike_scores_lower_or_is_not_proposed(project):
    found = candidates(project)
    wagner = found[("wagner-group", "ftm:ex-pmc-wagner")]
    lookalike = found.get(("wagner-group", "ftm:ex-company-wagner-logistics"))
    assert lookalike is None or lookalike["score"] < wagner["score"] - 0.3
    assert ("wagner-group", "ftm:ex-company-wagner-logistics") not in found  # 0.33 < propose (0.5)


def test_review_show_puts_both_sides_side_by_side(project):
    ident = match.candidate_id("wagner-group", "ftm:ex-pmc-wagner")
    out = kb(project, "review", "show", ident).output
    assert f"{ident} (matches, unreviewed): score 1.00" in out
    row = next(line for line in out.splitlines() if line.startswith("record"))
    assert re.search(r"facts/entities/organisations\.yaml:4\s+imports/example_sanctions/entities\.ftm\.json:2", row)
    assert "ЧВК Вагнер [Cyrillic, und-cyrl, alias]" in out and "Wagner Group [Latin, en, name]" in out
    assert "Organization (PrivateMilitaryCompany)" in out and "wikidata" in out and "Q4115189" in out
    assert "reasons:" in out
    (line,) = [x for x in listed(project) if x[0] == ident]
    assert line[1:3] == ["unreviewed", "matches"] and "Wagner Group (ours) = PMC Wagner (example_sanctions)" in line[4]


def test_candidates_are_the_same_bytes_on_every_run(project):
    path = match.path_of(Project.at(project))
    before = path.read_bytes()
    assert kb(project, "match").exit_code == 0
    assert path.read_bytes() == before


def test_a_rejected_pair_is_never_proposed_again(tmp_path):
    root = make_project(tmp_path)
    assert kb(root, *IMPORT, V1, "--no-match").exit_code == 0
    assert not match.path_of(Project.at(root)).exists()
    result = kb(root, "match", "--propose", "0.3")  # low enough to see the look-alike
    assert result.exit_code == 0, result.output
    pair = ("wagner-group", "ftm:ex-company-wagner-logistics")
    lookalike = candidates(root)[pair]
    assert 0.3 <= lookalike["score"] < 0.5
    assert "country: ru / de (different)" in lookalike["reasons"]
    result = kb(root, "review", "reject", lookalike["id"], "--by", "Test Curator", "--note", "a German haulier")
    assert result.exit_code == 0, result.output
    (decision,) = judgements.read(Project.at(root))
    assert (decision.pair, decision.verdict, decision.by, decision.note) == \
        (pair, "different", "Test Curator", "a German haulier")
    assert decision.reasons == lookalike["reasons"] and decision.score == lookalike["score"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", decision.at)
    for threshold in ("0.3", "0"):
        assert kb(root, "match", "--propose", threshold).exit_code == 0
        assert pair not in candidates(root)
    assert ("wagner-group", "ftm:ex-pmc-wagner") in candidates(root)
    # a rejected pair publishes nothing
    assert kb(root, "build").exit_code == 0
    assert not list(published_graph(Project.at(root)).triples((None, OWL.sameAs, None)))


def test_unsure_stays_listed_out_of_the_way(tmp_path):
    root = make_project(tmp_path)
    assert kb(root, *IMPORT, V1, "--no-match").exit_code == 0
    assert kb(root, "match", "--propose", "0.3").exit_code == 0
    ident = match.candidate_id("wagner-group", "ftm:ex-company-wagner-logistics")
    result = kb(root, "review", "unsure", ident, "--by", "Test Curator", "--note", "ask the desk")
    assert result.exit_code == 0, result.output
    rows_ = {x[0]: x for x in listed(root)}
    assert rows_[ident][1] == "unsure"
    # unsure pairs come after the pairs waiting for a first look
    order = [x[0] for x in listed(root)]
    assert order.index(ident) > order.index(match.candidate_id("wagner-group", "ftm:ex-pmc-wagner"))
    assert "judged unsure by Test Curator" in kb(root, "review", "show", ident).output
    assert kb(root, "match").exit_code == 0  # at the default threshold too: listed, not proposed as new
    again = {x[0]: x for x in listed(root)}
    assert again[ident][1] == "unsure"
    (decision,) = judgements.read(Project.at(root))
    assert decision.verdict == "unsure"
    # then decided: the judgement is replaced, not added
    assert kb(root, "review", "reject", ident, "--by", "Test Curator").exit_code == 0
    (decision,) = judgements.read(Project.at(root))
    assert decision.verdict == "different"
    assert ident not in {x[0] for x in listed(root)}


def _query(graph, name):
    path = ROOT / "queries" / f"{name}.rq"
    names, data = rows(graph, run(graph, path.read_text(encoding="utf-8"), str(path)))
    return [names] + data


@pytest.fixture(scope="module")
def accepted(tmp_path_factory):
    """A project with the first list imported, the Wagner match accepted, built."""
    root = make_project(tmp_path_factory.mktemp("accepted"))
    assert kb(root, *IMPORT, V1).exit_code == 0
    ident = match.candidate_id("wagner-group", "ftm:ex-pmc-wagner")
    result = kb(root, "review", "accept", ident, "--by", "Test Curator", "--note", "the list's Russian name")
    assert result.exit_code == 0, result.output
    assert "accepted" in result.output and "facts/links/judgements.yaml" in result.output
    result = kb(root, "build")
    assert result.exit_code == 0, result.output
    return root


@pytest.mark.parametrize("name", ["listed-news-sanctions", "listed-arms-transfers", "listed-contested-claims"])
def test_accept_rebuild_and_the_saved_queries_join(accepted, name):
    graph = published_graph(Project.at(accepted))
    with open(EXPECTED / f"{name}.csv", newline="", encoding="utf-8") as handle:
        assert _query(graph, name) == list(csv.reader(handle))


def test_an_accepted_match_publishes_one_canonical_iri_with_its_evidence(accepted):
    graph = published_graph(Project.at(accepted))
    ours, theirs = ID["wagner-group"], URIRef(FTM + "ex-pmc-wagner")
    assert set(graph.triples((None, OWL.sameAs, None))) == {(ours, OWL.sameAs, theirs)}
    rows_ = list(graph.query("""
        PREFIX agkb: <https://w3id.org/agkb/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?record ?judgement ?by ?at ?score ?note WHERE {
          ?record a agkb:IdentityMatch ; agkb:canonicalEntity ?c ; agkb:matchedEntity ?m ; prov:wasDerivedFrom ?judgement .
          ?judgement a agkb:MatchJudgement ; agkb:verdict agkb:Same ; agkb:judgedBy ?by ;
                     prov:generatedAtTime ?at ; agkb:matchScore ?score ; rdfs:comment ?note .
        }"""))
    assert len(rows_) == 1
    record, judgement, by, at, score, note = rows_[0]
    assert str(record) == "https://w3id.org/agkb/id/link/match/ftm/ex-pmc-wagner"
    assert str(judgement) == "https://w3id.org/agkb/id/judgement/wagner-group/ftm/ex-pmc-wagner"
    assert (str(by), str(note), str(score)) == ("Test Curator", "the list's Russian name", "1")
    reasons = {str(o) for o in graph.objects(judgement, URIRef("https://w3id.org/agkb/ontology#matchReason"))}
    assert any("(Cyrillic)" in r for r in reasons)
    # and the accepted pair is not proposed again
    assert kb(accepted, "match").exit_code == 0
    assert ("wagner-group", "ftm:ex-pmc-wagner") not in candidates(accepted)


def test_judgements_survive_reimport_of_a_newer_version(accepted, tmp_path):
    path = judgements.path_of(Project.at(accepted))
    before = path.read_bytes()
    result = kb(accepted, *IMPORT, V2)
    assert result.exit_code == 0, result.output
    assert "imported:" in result.output and path.read_bytes() == before
    assert ("wagner-group", "ftm:ex-pmc-wagner") not in candidates(accepted)
    assert kb(accepted, "build").exit_code == 0
    graph = published_graph(Project.at(accepted))
    assert (ID["wagner-group"], OWL.sameAs, URIRef(FTM + "ex-pmc-wagner")) in graph
    assert kb(accepted, *IMPORT, V1).exit_code == 0  # back to the first version for the other tests
    assert kb(accepted, "build").exit_code == 0


def test_matches_across_datasets_and_transitive_merges(tmp_path):
    root = make_project(tmp_path)
    assert kb(root, *IMPORT, V1).exit_code == 0
    assert kb(root, "review", "accept", match.candidate_id("wagner-group", "ftm:ex-pmc-wagner"),
              "--by", "T").exit_code == 0
    result = kb(root, *IMPORT_UN, UN)
    assert result.exit_code == 0, result.output
    found = candidates(root)
    # the UN list's Wagner Group joins the group already judged: one candidate, with our entity
    wagner = [c for c in found.values() if "ftm:exun-wagner" in (c["left"], c["right"])]
    assert [(c["left"], c["right"]) for c in wagner] == [("wagner-group", "ftm:exun-wagner")]
    kim = found[("ftm:ex-person-kim", "ftm:exun-kim")]  # two datasets, names in Latin and Hangul
    assert kim["score"] >= 0.9
    assert "name “김철수” (Hangul) = “김철수” (Hangul): 1.00" in kim["reasons"]
    assert "birth date: 1965 / 1965-04-02 (same year)" in kim["reasons"]
    assert ("ftm:ex-person-petrov", "ftm:exun-petrov") not in found  # same name, other birth date and country
    result = kb(root, "review", "accept", wagner[0]["id"], kim["id"], "--by", "T")
    assert result.exit_code == 0, result.output
    assert kb(root, "build").exit_code == 0
    graph = published_graph(Project.at(root))
    assert set(graph.triples((None, OWL.sameAs, None))) == {
        (ID["wagner-group"], OWL.sameAs, URIRef(FTM + "ex-pmc-wagner")),
        (ID["wagner-group"], OWL.sameAs, URIRef(FTM + "exun-wagner")),
        (URIRef(FTM + "ex-person-kim"), OWL.sameAs, URIRef(FTM + "exun-kim")),  # the id that sorts first
    }
    names, *news = _query(graph, "listed-news-sanctions")
    wanted = ("actor", "newsAuthority", "newsStatus", "newsDate", "list", "listAuthority", "listedSince",
              "listStatus")
    picked = [[row[names.index(n)] for n in wanted] for row in news]
    assert ["Wagner Group", "United States", "announced", "2022-12-22", "Example UN list",
            "Example Sanctions Committee", "2024-02-29", "imposed"] in picked


def test_judgements_keys_are_the_shapes_names():
    shapes = Graph().parse(ROOT / "shapes" / "judgements.ttl")
    shape = URIRef("https://w3id.org/agkb/shapes#MatchJudgementShape")
    names = {str(shapes.value(p, SH.name)) for p in shapes.objects(shape, SH.property)}
    assert names == set(judgements.KEYS)


GOOD = ("- entities: [wagner-group, 'ftm:ex-pmc-wagner']\n  judgement: same\n  by: T\n"
        "  at: '2026-11-25T10:00:00Z'\n")


@pytest.mark.parametrize("text, line, words", [
    (GOOD.replace("judgement: same", "judgement: maybe"), 2, "`judgement` is one of same, different, unsure"),
    (GOOD.replace("by: T", "bye: T"), 3, "unknown key 'bye'; did you mean 'by'?"),
    (GOOD.replace("'2026-11-25T10:00:00Z'", "yesterday"), 4, "`at` is when the judgement was made"),
    (GOOD + "  score: 7\n", 5, "`score` is the matcher's score"),
    (GOOD.replace("wagner-group", "wagner-grop"), 1, "'wagner-grop' is not an entity in facts/entities/; did you "
                                                     "mean 'wagner-group'?"),
    (GOOD + GOOD, 5, "is judged twice (first at line 1)"),
    (GOOD + "- entities: [wagner-group, 'ftm:ex-pmc-wagner'\n", 6, "malformed YAML"),
    (GOOD + "- entities: [ftm:ex-pmc-wagner, north-korea]\n  judgement: same\n  by: T\n"
     "  at: '2026-11-25T10:00:00Z'\n", 5, "makes north-korea and wagner-group (both in facts/entities/) the same"),
])
def test_a_malformed_judgements_file_is_a_one_line_error(accepted, text, line, words):
    path = judgements.path_of(Project.at(accepted))
    dist = (accepted / "dist" / "kb.nt").read_bytes()
    good = path.read_bytes()
    try:
        path.write_text(text, encoding="utf-8")
        result = kb(accepted, "build")
        if words is None:
            assert result.exit_code == 0, result.output
            return
        assert result.exit_code == 2
        message = result.output.strip()
        assert "\n" not in message
        assert message.startswith(f"error: facts/links/judgements.yaml:{line}: "), message
        assert words in message
        assert (accepted / "dist" / "kb.nt").read_bytes() == dist
        assert kb(accepted, "match").exit_code == 2  # the matcher reads the same file
    finally:
        path.write_bytes(good)
        assert kb(accepted, "build").exit_code == 0


def test_a_judgement_of_an_imported_id_no_import_holds_is_refused(accepted):
    """A misspelt FtM id in a judgement made `kb build` drop the same-as link
    in silence (exit 0); the build now refuses it like a misspelt id of ours,
    naming the line and the nearest imported id, and dist/ is unchanged.
    `kb match` still runs, and says which judgement the build refuses."""
    path = judgements.path_of(Project.at(accepted))
    good = path.read_bytes()
    dist = (accepted / "dist" / "kb.nt").read_bytes()
    assert b"ftm:ex-pmc-wagner" in good
    try:
        path.write_bytes(good.replace(b"ftm:ex-pmc-wagner", b"ftm:ex-pmc-wagnr"))
        line = next(n for n, text in enumerate(good.decode().splitlines(), 1) if text.startswith("- entities:"))
        result = kb(accepted, "build")
        assert result.exit_code == 2
        assert result.output == (f"error: facts/links/judgements.yaml:{line}: unknown imported entity ftm:ex-pmc-wagnr; "
                                 "did you mean ftm:ex-pmc-wagner?\n"), result.output
        assert (accepted / "dist" / "kb.nt").read_bytes() == dist
        result = kb(accepted, "match")
        assert result.exit_code == 0 and "the build refuses it" in result.output
    finally:
        path.write_bytes(good)
    assert kb(accepted, "build").exit_code == 0


def test_accepting_a_person_as_an_organisation_is_refused(tmp_path):
    root = make_project(tmp_path)
    assert kb(root, *IMPORT, V1, "--no-match").exit_code == 0
    assert kb(root, "match").exit_code == 0
    path = match.path_of(Project.at(root))
    records = match.read(Project.at(root))
    odd = json.loads(json.dumps(records[0]))
    odd["id"], odd["right"] = "match-test000000", "ftm:ex-person-kim"
    odd["sides"][1] = {**odd["sides"][1], "ref": "ftm:ex-person-kim", "schema": "Person"}
    path.write_text(match.text(records + [odd]), encoding="utf-8")
    result = kb(root, "review", "accept", "match-test000000")
    assert result.exit_code == 2 and "cannot be one actor" in result.output
    assert not judgements.path_of(Project.at(root)).exists()
