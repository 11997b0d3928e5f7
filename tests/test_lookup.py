"""`kb search` finds resources by label, alias or nickname in any script and
despite misspellings; `kb show` gives an entity's names, relations, the facts
that name it and every claim on it with its stances, source and evidence."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from kb.cli import main
from kb.lookup import fold, forms, iri_of, search
from kb.project import Project
from kb.query import published_store
from kb.show import show

from .conftest import ROOT


@pytest.fixture(scope="module")
def store():
    return published_store(Project.at(ROOT))


def kb(*args, root=ROOT):
    return CliRunner().invoke(main, ["--root", str(root), *[str(a) for a in args]], catch_exceptions=False)


def ids(hits):
    return [h.as_json()["id"] for h in hits]


@pytest.mark.parametrize("text, first", [
    ("Yevgeny Prigozhin", "kb:yevgeny-prigozhin"),
    ("prigozin", "kb:yevgeny-prigozhin"),            # a letter missing
    ("PRIGOZHIN", "kb:yevgeny-prigozhin"),           # case
    ("Prigožin", "kb:yevgeny-prigozhin"),            # a diacritic
    ("Пригожин", "kb:yevgeny-prigozhin"),            # Cyrillic, compared in Latin letters
    ("Evgeniy Prigojin", "kb:yevgeny-prigozhin"),    # another romanization
    ("putin's chef", "kb:yevgeny-prigozhin"),        # a nickname
    ("AFP", "kb:agence-france-presse"),              # an alias
    ("Kremlin", "kb:kremlin"),
    ("wagner", "kb:wagner-group"),
    ("north korea", "kb:north-korea"),
    ("north korea sold arms", "source:2022-12-23-moscow-times-north-korea-wagner"),
    ("prig", "kb:yevgeny-prigozhin"),                # the start of a name
])
def test_search_finds(store, text, first):
    hits = search(store, text)
    assert hits and ids(hits)[0] == first, ids(hits)


def test_search_leaves_out_claims_and_statements(store):
    for hit in search(store, "North Korea completed an initial arms delivery", limit=50):
        assert not hit.iri.startswith(("https://w3id.org/agkb/id/claim/", "https://w3id.org/agkb/id/statement/"))


def test_search_nothing_alike(store):
    assert search(store, "zzqxj vvbnm") == []
    # every word searched must be in the name: a long search does not find
    # the short names it contains, nor names holding only one of its words
    assert ids(search(store, "Moscow Times North Korea arms sale")) == []
    assert "kb:wagner-operations-in-libya" not in ids(search(store, "PMC Wagner"))


def test_search_by_class(store):
    assert ids(search(store, "wagner", kind="Person")) == []
    assert ids(search(store, "kirby", kind="Person")) == ["kb:john-kirby"]
    assert set(ids(search(store, "wagner", kind="Operation", limit=50))) == {
        f"kb:wagner-operations-in-{p}" for p in ("africa", "central-african-republic", "libya", "sudan", "syria",
                                                 "ukraine")}


def test_folding_and_scripts():
    assert fold("  Prigožin,  Yevgeny! ") == "prigozin yevgeny"
    assert forms("Пригожин") == {"пригожин", "prigozin"}
    assert forms("Yevgeny Prigozhin") == {"yevgeny prigozhin", "evgeni prigozin"}  # kb/spellings.yaml


def test_search_in_a_non_latin_script(tmp_path):
    """A name the knowledge base holds only in Cyrillic is found in Cyrillic
    and in Latin letters, and shown with its language tag."""
    for folder in ("seeds", "facts"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    (tmp_path / "facts" / "entities" / "cyrillic.yaml").write_text(
        "- id: example-lisitsyn\n  type: Person\n  label: {ru: Аркадий Лисицын}\n", encoding="utf-8")
    assert kb("build", root=tmp_path).exit_code == 0
    for text in ("Лисицын", "Arkadij Lisicyn", "lisitsyn"):
        result = kb("search", text, "--format", "json", root=tmp_path)
        assert result.exit_code == 0, result.output
        found = json.loads(result.output)
        assert found[0]["id"] == "kb:example-lisitsyn", (text, found)
        assert found[0]["labels"] == [{"value": "Аркадий Лисицын", "language": "ru"}]
    table = kb("search", "Lisitsyn", root=tmp_path).output
    assert "kb:example-lisitsyn  Person  Аркадий Лисицын (ru)" in table


def test_search_command_table():
    result = kb("search", "prigozin", "--type", "Person")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "id                    type    labels             matched",
        "--------------------  ------  -----------------  -----------------",
        "kb:yevgeny-prigozhin  Person  Yevgeny Prigozhin  alias “Prigozhin”",
        "(1 row)"]
    lines = kb("search", "prigozin").output.splitlines()
    assert lines[2].startswith("kb:yevgeny-prigozhin ")  # the person before the facts that name him
    assert all("Prigozhin" in line for line in lines[2:-1])


def test_search_unknown_class_is_one_line():
    result = kb("search", "wagner", "--type", "Militia")
    assert result.exit_code == 2
    assert result.output.startswith("error: no class 'Militia' in the ontology")


@pytest.mark.parametrize("ident", ["wagner-group", "kb:wagner-group", "https://w3id.org/agkb/id/wagner-group",
                                   "<https://w3id.org/agkb/id/wagner-group>"])
def test_ids_in_every_form(ident):
    assert iri_of(ident) == "https://w3id.org/agkb/id/wagner-group"


@pytest.mark.parametrize("ident", ["ftm:ex-pmc-wagner", "ftm/ex-pmc-wagner", "kb:ftm/ex-pmc-wagner"])
def test_imported_ids_as_kb_match_writes_them(ident):
    assert iri_of(ident) == "https://w3id.org/agkb/id/ftm/ex-pmc-wagner"


def test_show_entity(store):
    data = show(store, "yevgeny-prigozhin")
    assert data["kind"] == "entity" and data["type"] == "Person"
    assert data["labels"] == [{"value": "Yevgeny Prigozhin", "language": "en"}]
    assert {p["name"]: p["value"] for p in data["properties"]}["nickname"] == "Putin's chef"
    relations = {(r["direction"], r["name"], r["id"]) for r in data["relations"]}
    assert ("out", "controls", "kb:wagner-group") in relations
    assert ("in", "sanctions", "kb:european-union") in relations
    facts = {(f["id"], f["role"]) for f in data["facts"]}
    assert ("kb:prigozhin-indictment-2018", "defendant") in facts
    assert ("kb:us-sanctions-against-prigozhin", "target") in facts
    claims = {c["id"]: c for c in data["claims"]}
    age = claims["claim:prigozhin-age"]
    assert age["attribute"]["value"] == {"value": "61", "datatype": "xsd:integer"}
    assert age["attribute"]["asOf"] == "2022-12-23"
    assert age["attributedTo"] == ["Agence France-Presse"]
    assert age["source"] == {"id": "source:2022-12-23-moscow-times-north-korea-wagner",
                             "label": "North Korea Sold Arms to Russia's Wagner Group, U.S. Says", "date": "2022-12-23"}
    assert [(e["exact"], e["start"], e["end"]) for e in age["evidence"]] == [("Prigozhin, 61,", 2199, 2213)]
    # every claim about him, about a fact naming him, or with him as the subject of an attribute
    assert {"claim:prigozhin-indictment-2018", "claim:prigozhin-nickname", "claim:us-sanctions-against-prigozhin",
            "claim:prigozhin-throws-bodies-into-bakhmut"} <= set(claims)
    assert [s["id"] for s in data["statements"]] == ["statement:prigozhin-boasts-of-interference",
                                                      "statement:prigozhin-bakhmut-meat-grinder"]


def test_show_fact_gives_every_stance_with_its_passages(store):
    data = show(store, "north-korea-arms-delivery-to-wagner")
    assert data["kind"] == "fact" and data["type"] == "ArmsTransfer"
    [claim] = data["claims"]
    stances = {(s["stance"], s["speaker"], s["onBehalfOf"]) for s in claim["statements"]}
    assert stances == {("asserts", "John Kirby", "White House"), ("concurs", "James Cleverly", "United Kingdom"),
                       ("denies", "Ministry of Foreign Affairs of North Korea", "North Korea")}
    denial = next(s for s in claim["statements"] if s["stance"] == "denies")
    assert denial["channel"] == "state media" and denial["carriedBy"] == "Korean Central News Agency"
    assert denial["quotes"] == ["cooked up by some dishonest forces for different purposes."]
    text = (ROOT / "seeds" / "2022-12-23-moscow-times-north-korea-wagner.txt").read_text(encoding="utf-8")
    for statement in claim["statements"]:
        for e in statement["evidence"]:
            assert text[e["start"]:e["end"]] == e["exact"]
    for e in claim["evidence"]:
        assert text[e["start"]:e["end"]] == e["exact"]


def test_show_claim_statement_and_source(store):
    assert show(store, "claim:prigozhin-nickname")["claims"][0]["attribute"]["value"]["value"] == "Putin's chef"
    statement = show(store, "statement/north-korea-denies-arms-deal")["statements"][0]
    assert statement["regarding"] == [{"id": "claim:north-korea-arms-delivery-to-wagner", "says": (
        "North Korea completed an initial arms delivery of infantry rockets and missiles to the Wagner Group in "
        "November 2022, which Wagner paid for, in violation of UN Security Council resolutions.")}]
    source = show(store, "source:2022-12-23-moscow-times-north-korea-wagner")
    assert source["kind"] == "source" and len(source["claims"]) == 56 and len(source["statements"]) == 16


def test_show_the_same_through_json_and_text():
    data = json.loads(kb("show", "wagner-group", "--format", "json").output)
    text = kb("show", "wagner-group").output
    assert text.startswith("kb:wagner-group: Wagner Group (PrivateMilitaryCompany)\n")
    for claim in data["claims"]:
        assert f"  {claim['id']}\n" in text and claim["says"] in text


def test_show_unknown_suggests():
    result = kb("show", "wagner-grup")
    assert result.exit_code == 2
    assert result.output == ("error: the published knowledge base has no 'wagner-grup'; did you mean "
                             "kb:wagner-group? (`kb search NAME` finds ids)\n")


def test_show_gives_published_literals(store):
    """Values are the published terms: "300"^^xsd:decimal, not 300.0."""
    data = show(store, "moura-civilians-killed")
    value = next(p for p in data["properties"] if p["property"] == "schema:value")
    assert (value["value"], value["datatype"]) == ("300", "xsd:decimal")


def test_imported_list_entities_are_found_and_shown(tmp_path):
    """An entity of an imported FollowTheMoney list: found by its names in
    any script, shown with the list's claims, each named by the list."""
    from .test_ftm_import import IMPORT, V1, kb as kb_at, make_project

    root = make_project(tmp_path / "p")
    assert kb_at(root, *IMPORT, V1).exit_code == 0
    assert kb_at(root, "build", "-q").exit_code == 0
    found = json.loads(kb("search", "ЧВК Вагнер", "--format", "json", root=root).output)
    assert found[0]["id"] == "https://w3id.org/agkb/id/ftm/ex-pmc-wagner"
    assert {"value": "ЧВК Вагнер", "language": "und-cyrl"} in found[0]["aliases"]
    data = json.loads(kb("show", "ftm/ex-pmc-wagner", "--format", "json", root=root).output)
    claims = {c["id"]: c for c in data["claims"]}
    listing = claims["https://w3id.org/agkb/id/claim/ftm/example_sanctions/ex-sanction-wagner-office"]
    assert listing["attributedTo"] == ["Office of Example Sanctions"]
    assert listing["source"] == {"id": "https://w3id.org/agkb/id/record/example_sanctions/ex-sanction-wagner-office",
                                 "label": "Example consolidated sanctions list", "date": "2026-01-15"}
    assert ("in", "sanctions") in {(r["direction"], r["name"]) for r in data["relations"]}
    # ad-hoc SPARQL gets the ftm: prefix `kb show ftm:<id>` takes
    asked = kb("query", "SELECT ?name WHERE { ftm:ex-company-wagner-logistics rdfs:label ?name }", "--format", "csv",
               root=root)
    assert asked.exit_code == 0, asked.output
    assert asked.output.splitlines() == ["name", "Wagner Logistics GmbH"]
    # by name: a name of one imported entity shows it; a name shared with ours names both
    assert kb("show", "Wagner Logistics GmbH", root=root).output.startswith(
        "https://w3id.org/agkb/id/ftm/ex-company-wagner-logistics: Wagner Logistics GmbH")
    shared = CliRunner().invoke(main, ["--root", str(root), "show", "Wagner Group"])
    assert shared.exit_code == 2
    assert shared.output == ("error: 'Wagner Group' is a name of 2 resources: https://w3id.org/agkb/id/ftm/ex-pmc-wagner"
                             " and kb:wagner-group; give one of their ids\n")


@pytest.mark.parametrize("name", ["Wagner Group", "wagner<group", "WAGNER GROUP", "Prigozhin", "Пригожин"])
def test_show_by_name(name):
    """A name (label, alias or nickname, in any script, folded as `kb search`
    folds names) of one resource shows it, even when it is no IRI."""
    result = kb("show", name)
    assert result.exit_code == 0, result.output
    expected = "kb:wagner-group: Wagner Group" if "agner" in name.lower() else "kb:yevgeny-prigozhin: Yevgeny"
    assert result.output.startswith(expected)


@pytest.mark.parametrize("name, hint", [("Wagner Grup", "; did you mean kb:wagner-group? ("),
                                        ("no such<thing", " (")])
def test_show_unknown_name_is_one_line(name, hint):
    result = CliRunner().invoke(main, ["--root", str(ROOT), "show", name])
    assert result.exit_code == 2
    assert result.output == f"error: the published knowledge base has no {name!r}{hint}`kb search NAME` finds ids)\n"
