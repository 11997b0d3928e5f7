"""What a new user met importing FollowTheMoney files: values dropped in
silence, an empty file imported as a dataset, data lost on import (an
ownership's share, a person's gender), and messages that sent them the wrong
way. Every FtM line here is fictional, written for these tests."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kb.cli import main

from .test_ftm_import import kb, make_project, tree

FTM = "https://w3id.org/agkb/id/ftm/"
XSD = "http://www.w3.org/2001/XMLSchema#"
NEW = ("import", "ftm", "--dataset", "fx_list", "--authority", "united-states", "--no-match")


def write(path, *entities) -> str:
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entities), encoding="utf-8")
    return str(path)


def kb_split(root, *args):
    """Like kb(), with standard output and standard error apart."""
    return CliRunner().invoke(main, ["--root", str(root), *[str(a) for a in args]], catch_exceptions=False)


DROZDOV = {"id": "fx-person-drozdov", "schema": "Person", "properties": {"nmae": ["Pavel Drozdov"]}}
LISTING = {"id": "fx-sanction-drozdov", "schema": "Sanction",
           "properties": {"entity": ["fx-person-drozdov"], "startDate": ["2025-13-01"], "authority": ["Fx Office"]}}
GHOST = {"id": "fx-sanction-ghost", "schema": "Sanction", "properties": {"entity": ["fx-person-nobody"]}}


def test_each_dropped_value_is_a_warning_naming_file_line_and_entity(tmp_path):
    """A bad date, a misspelt property and a sanction of an entity the file
    does not hold were only counted; each is now a warning on standard error
    naming the file, line, entity, property and value, and the import still
    succeeds (an official list's occasional bad value must not stop it)."""
    root = make_project(tmp_path / "p")
    source = write(tmp_path / "fx.ftm.json", DROZDOV, LISTING, GHOST)
    result = kb_split(root, *NEW, source)
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        f"warning: {source}:1: fx-person-drozdov: nmae \"Pavel Drozdov\": Person has no property 'nmae' in "
        "FollowTheMoney's model; did you mean name?",
        f"warning: {source}:2: fx-sanction-drozdov: startDate \"2025-13-01\": rejected by FollowTheMoney as not a "
        "valid date",
        f"warning: {source}:3: fx-sanction-ghost: entity \"fx-person-nobody\": no entity with this id in the file; "
        "the Sanction is not imported",
    ]
    assert "warning" not in result.stdout


def test_many_dropped_values_are_capped_with_and_n_more(tmp_path):
    root = make_project(tmp_path / "p")
    people = [{"id": f"fx-person-{n:02d}", "schema": "Person",
               "properties": {"name": [f"Fx Person {n}"], "birthDate": ["1970-02-30"]}} for n in range(25)]
    result = kb_split(root, *NEW, write(tmp_path / "fx.ftm.json", *people))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 21 and warnings[19].split(": ")[2] == "fx-person-19"
    assert warnings[20] == "warning: and 5 more dropped values (counted in dataset.yaml)"


def test_an_empty_file_is_refused_and_nothing_is_written(tmp_path):
    root = make_project(tmp_path / "p")
    before = tree(root)
    empty = tmp_path / "empty.ftm.json"
    empty.write_text("\n\n", encoding="utf-8")
    result = kb(root, *NEW, empty)
    assert result.exit_code == 2
    assert result.output == (f"error: {empty}: no FollowTheMoney entities in the file (it is empty or holds only "
                             "blank lines); nothing imported\n")
    assert tree(root) == before


def test_a_cut_short_line_names_the_real_column(tmp_path):
    """A cut-short line said "Expecting ',' delimiter at column 1" (the
    column after the line break); the column is now the one in the line."""
    root = make_project(tmp_path / "p")
    source = tmp_path / "cut.ftm.json"
    whole = json.dumps(DROZDOV)
    source.write_text(whole + "\n" + whole[:-1] + "\n", encoding="utf-8")  # the last brace lost
    result = kb(root, *NEW, source)
    assert result.exit_code == 2
    assert result.output == (f"error: {source}:2: not valid JSON: Expecting ',' delimiter at column {len(whole)} "
                             "(the line ends there: is it cut short?)\n"), result.output


def test_a_missing_file_is_named_before_the_options(tmp_path):
    root = make_project(tmp_path / "p")
    result = kb(root, "import", "ftm", tmp_path / "missing.json", "--dataset", "x1")
    assert result.exit_code == 2
    assert result.output == f"error: {tmp_path / 'missing.json'}: no such file\n"


def test_ownership_share_and_gender_are_imported_and_exported_back(tmp_path):
    """An ownership's percentage and number of shares and a person's gender
    were lost on import. They are now on the ownership node (a relationship
    with a quantity is a node) and on the person, in canonical form, valid
    under the shapes, and `kb export --format ftm` writes them back."""
    root = make_project(tmp_path / "p")
    source = write(tmp_path / "fx.ftm.json",
                   {"id": "fx-person-ilyin", "schema": "Person", "properties": {"name": ["Oleg Ilyin"],
                                                                                "gender": ["male"]}},
                   {"id": "fx-company-dusk", "schema": "Company", "properties": {"name": ["Northern Dusk LLC"]}},
                   {"id": "fx-company-dawn", "schema": "Company", "properties": {"name": ["Northern Dawn LLC"]}},
                   {"id": "fx-own-dusk", "schema": "Ownership", "properties": {
                       "owner": ["fx-person-ilyin"], "asset": ["fx-company-dusk"], "percentage": ["60%"],
                       "sharesCount": ["1,200"]}},
                   {"id": "fx-own-dawn", "schema": "Ownership", "properties": {
                       "owner": ["fx-person-ilyin"], "asset": ["fx-company-dawn"], "percentage": ["33.50"]}},
                   {"id": "fx-own-bad", "schema": "Ownership", "properties": {
                       "owner": ["fx-company-dusk"], "asset": ["fx-company-dawn"], "percentage": ["160"]}})
    result = kb_split(root, *NEW, source)
    assert result.exit_code == 0, result.output
    assert (f"warning: {source}:6: fx-own-bad: percentage \"160\": not a percentage from 0 to 100 (60, 60%, 33.5)"
            in result.stderr)
    triples = (root / "imports" / "fx_list" / "entities.nt").read_text(encoding="utf-8")
    agkb = "https://w3id.org/agkb/ontology#"
    for line in (f'<{FTM}fx-own-dusk> <{agkb}sharePercentage> "60"^^<{XSD}decimal> .',
                 f'<{FTM}fx-own-dusk> <{agkb}sharesCount> "1200"^^<{XSD}integer> .',
                 f'<{FTM}fx-own-dawn> <{agkb}sharePercentage> "33.5"^^<{XSD}decimal> .',
                 f'<{FTM}fx-person-ilyin> <https://schema.org/gender> "male" .'):
        assert line in triples.splitlines()
    assert f"<{FTM}fx-own-bad> <{agkb}sharePercentage>" not in triples
    result = kb(root, "build")
    assert result.exit_code == 0, result.output
    out = tmp_path / "out.ftm.json"
    assert kb(root, "export", "--format", "ftm", "-o", out).exit_code == 0
    back = {d["id"]: d["properties"] for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert back["fx-own-dusk"]["percentage"] == ["60"] and back["fx-own-dusk"]["sharesCount"] == ["1200"]
    assert back["fx-own-dawn"]["percentage"] == ["33.5"] and back["fx-person-ilyin"]["gender"] == ["male"]


def test_show_suggests_the_ftm_prefix_and_a_fact_citing_an_imported_entity_is_told_how(tmp_path):
    root = make_project(tmp_path / "p")
    assert kb(root, *NEW, write(tmp_path / "fx.ftm.json", {
        "id": "fx-person-drozdov", "schema": "Person", "properties": {"name": ["Pavel Drozdov"]}})).exit_code == 0
    assert kb(root, "build").exit_code == 0
    result = kb(root, "show", "fx-person-drozdov")
    assert result.exit_code == 2
    assert "did you mean ftm:fx-person-drozdov?" in result.output
    assert kb(root, "show", "ftm:fx-person-drozdov").exit_code == 0
    facts = root / "facts" / "sources" / "2022-12-23-moscow-times-north-korea-wagner.yaml"
    text = facts.read_text(encoding="utf-8")
    assert "\n    supplier: north-korea\n" in text
    facts.write_text(text.replace("\n    supplier: north-korea\n", "\n    supplier: ftm:fx-person-drozdov\n"),
                     encoding="utf-8")
    result = kb(root, "build")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "`supplier`: unknown id 'ftm:fx-person-drozdov'; a fact cannot cite an imported (FtM) entity" \
        in result.output and "match judgement (`kb match`" in result.output
