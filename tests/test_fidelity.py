"""One regression test per case of ../shared/cases/fidelity.md (F1-F10): the
value or file that was published wrong, and the right outcome. Each case stands
for a class; the property-based round trip (test_roundtrip.py) and the query
differential (test_query_paths.py) cover the classes more widely."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.bench.scratch import make_copy
from kb.build import build
from kb.cli import main
from kb.errors import KBError
from kb.project import Project

from . import rdfcheck
from .conftest import ROOT

SOURCE = "2026-02-03-northwind-gazette-kestrel"
TEXT = ("The Borealis Union lifted its sanctions on the Crescent Front on 14 March 2024, "
        "its council said. Kestrel Holdings was not named.\n")


@pytest.fixture
def root(tmp_path) -> Path:
    """A copy of the project's sources, with one more (fictional) source document."""
    for name in ("seeds", "facts", "ontology", "shapes", "queries"):
        shutil.copytree(ROOT / name, tmp_path / name)
    for name in ("VERSION", "CHANGELOG.md", "dataset.yaml"):
        shutil.copy2(ROOT / name, tmp_path / name)
    add_source(tmp_path, SOURCE, TEXT)
    write(tmp_path, "facts/entities/fictional.yaml", """\
- id: borealis-union
  type: InternationalOrganisation
  label: Borealis Union
- id: crescent-front
  type: ArmedGroup
  label: Crescent Front
""")
    return tmp_path


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def add_source(root: Path, ident: str, text: str, meta: str = "language: en\n") -> None:
    write(root, f"seeds/{ident}.txt", text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    write(root, f"seeds/{ident}.yaml", f"title: Northwind Gazette report\npublisher: the-moscow-times\n"
          f"author: agence-france-presse\ndate: 2026-02-03\n{meta}text: {ident}.txt\nsha256: {digest}\n")


def error_of(root: Path) -> str:
    with pytest.raises(KBError) as info:
        build(Project.at(root), root / "dist")
    return str(info.value)


def test_f1_text_ending_in_backslash_and_quote_is_valid_turtle_everywhere(root):
    write(root, "facts/entities/kestrel.yaml", r'''
- id: kestrel-holdings
  type: Company
  label: 'Kestrel "Blue" Holdings'
  aliases: ["Kestrel\\Blue", "Kestrel\tHoldings"]
  description: "Line one.\nStored under the folder \"D:\\kestrel\\\""
''')
    build(Project.at(root), root / "dist")
    published = rdfcheck.read("pyoxigraph", root / "dist" / "kb.nt", "ntriples")
    for path in (root / "dist" / "kb.ttl", root / "dist" / "entity" / "kestrel-holdings.ttl"):
        expected = published if path.name == "kb.ttl" else rdfcheck.read("rdflib", path, "turtle")
        for parser in rdfcheck.PARSERS:
            found = rdfcheck.read(parser, path, "turtle")
            assert rdfcheck.same_graph(found, expected), (parser, path.name, rdfcheck.difference(found, expected))
        assert ('"Line one.\\nStored under the folder \\"D:\\\\kestrel\\\\\\""@en' in
                "".join(o for _, _, o in expected))
    page = rdfcheck.read("pyld", root / "dist" / "entity" / "kestrel-holdings.jsonld", "json-ld")
    assert rdfcheck.same_graph(page, rdfcheck.read("pyoxigraph", root / "dist" / "entity" / "kestrel-holdings.ttl",
                                                   "turtle"))


def _estimate(value: str) -> str:
    return f"""\
source: {SOURCE}
claims:
  - id: borealis-estimate
    type: Estimate
    says: The council gave a figure for the Crescent Front.
    of: crescent-front
    measure: force-size
    value: {value}
    qualifier: exactly
    unit: people
    estimated_by: borealis-union
    date: 2024-03-14
    evidence: its council said
"""


@pytest.mark.parametrize("written, published", [("0120", "120"), ("1.50", "1.5"), ("300", "300"),
                                                ("12345678901234567890.123456789", "12345678901234567890.123456789"),
                                                ("'0.25'", "0.25")])
def test_f2_numbers_are_what_the_curator_wrote(root, written, published):
    write(root, f"facts/sources/{SOURCE}.yaml", _estimate(written))
    build(Project.at(root), root / "dist")
    text = (root / "dist" / "kb.nt").read_text(encoding="utf-8")
    assert (f'<https://w3id.org/agkb/id/borealis-estimate> <https://schema.org/value> '
            f'"{published}"^^<http://www.w3.org/2001/XMLSchema#decimal> .') in text


@pytest.mark.parametrize("written, fragment", [
    ("0x1F", "without separators"), ("1_000", "without separators"), ("yes", "must be a number"),
    ("0.1234567890123456789012", "at most 18 digits after the point")])
def test_f2_numbers_yaml_would_guess_are_refused(root, written, fragment):
    path = write(root, f"facts/sources/{SOURCE}.yaml", _estimate(written))
    message = error_of(root)
    line = path.read_text().splitlines().index(f"    value: {written}") + 1
    assert message.startswith(f"facts/sources/{SOURCE}.yaml:{line}: ") and fragment in message


@pytest.mark.parametrize("key, value", [("label", "no"), ("label", "1984"), ("description", "on"),
                                        ("aliases", "[yes]")])
def test_f2_text_yaml_reads_as_a_boolean_or_number_is_refused_with_the_fix(root, key, value):
    write(root, "facts/entities/odd.yaml", f"- id: odd-name\n  type: ArmedGroup\n  label: Odd\n  {key}: {value}\n"
          if key != "label" else f"- id: odd-name\n  type: ArmedGroup\n  label: {value}\n")
    message = error_of(root)
    assert message.startswith("facts/entities/odd.yaml:")
    assert "YAML reads" in message and "quote it" in message


def test_f3_a_language_code_yaml_read_as_false(root):
    add_source(root, SOURCE, TEXT, meta="language: no\n")
    message = error_of(root)
    assert message.startswith(f"seeds/{SOURCE}.yaml:5: ")
    assert "boolean" in message and 'quote it' in message and "BCP 47" not in message
    add_source(root, SOURCE, TEXT, meta='language: "no"\n')
    build(Project.at(root), root / "dist")
    assert f'<https://w3id.org/agkb/id/source/{SOURCE}> <http://www.w3.org/2000/01/rdf-schema#label> ' \
           '"Northwind Gazette report"@no .' in (root / "dist" / "kb.nt").read_text(encoding="utf-8")


F4 = """\
- id: arkady-voronin
  type: Person
  label: Arkady Voronin
  aliases: [{voronin}, Voronin]
- id: pak-chol-su
  type: Person
  label: Pak Chol-su
  aliases: [{pak}, Pak Chol Su]
"""


def test_f4_a_name_in_another_script_is_never_tagged_english(root):
    write(root, "facts/entities/people-f4.yaml", F4.format(voronin="Аркадий Воронин", pak="박철수"))
    message = error_of(root)
    assert message.startswith("facts/entities/people-f4.yaml:4: ")
    assert "Cyrillic" in message and "cannot be tagged en" in message and "{ru: Аркадий Воронин}" in message


def test_f4_names_keep_their_language_and_are_queried_and_shown(root):
    write(root, "facts/entities/people-f4.yaml",
          F4.format(voronin="{ru: Аркадий Воронин}", pak="{ko: 박철수}").replace(
              "  label: Pak Chol-su\n", "  label: {en: Pak Chol-su, ko: 박철수}\n"))
    build(Project.at(root), root / "dist")
    text = (root / "dist" / "kb.nt").read_text(encoding="utf-8")
    assert '<https://w3id.org/agkb/id/arkady-voronin> <http://www.w3.org/2004/02/skos/core#altLabel> ' \
           '"Аркадий Воронин"@ru .' in text
    assert '<https://w3id.org/agkb/id/pak-chol-su> <http://www.w3.org/2000/01/rdf-schema#label> "박철수"@ko .' in text
    assert '"박철수"@en' not in text and '"Аркадий Воронин"@en' not in text
    result = CliRunner().invoke(main, ["--root", str(root), "query", "--format", "csv",
                                       "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?name WHERE "
                                       "{ <https://w3id.org/agkb/id/arkady-voronin> skos:altLabel ?name "
                                       "FILTER(LANG(?name) = 'ru') }"])
    assert result.output == "name\nАркадий Воронин\n"
    page = (root / "dist" / "entity" / "pak-chol-su.html").read_text(encoding="utf-8")
    assert "<h1>Pak Chol-su</h1>" in page and '<span lang="ko" dir="auto">박철수</span>' in page


LIFTED = f"""\
source: {SOURCE}
claims:
  - id: borealis-lifts-crescent-sanctions
    type: SanctionsMeasure
    says: The Borealis Union lifted its sanctions on the Crescent Front on 14 March 2024.
    authority: borealis-union
    targets: [crescent-front]
    status: lifted
    date: 2024-03-14
    evidence: The Borealis Union lifted its sanctions on the Crescent Front on 14 March 2024
"""


def test_f5_a_lifted_sanction_never_reads_as_current(root):
    write(root, f"facts/sources/{SOURCE}.yaml", LIFTED)
    build(Project.at(root), root / "dist")
    text = (root / "dist" / "kb.nt").read_text(encoding="utf-8")
    union, front = "<https://w3id.org/agkb/id/borealis-union>", "<https://w3id.org/agkb/id/crescent-front>"
    assert f"{union} <https://w3id.org/agkb/ontology#sanctions> {front} ." not in text
    assert f"{union} <https://w3id.org/agkb/ontology#formerlySanctioned> {front} ." in text
    page = (root / "dist" / "entity" / "borealis-union.html").read_text(encoding="utf-8")
    assert ">sanctions</a>" not in page and "formerly sanctioned" in page  # no "sanctions" fact row
    assert "status-active" not in page and 'status-ended">lifted<' in page  # the summary box says lifted


def test_f5_an_earlier_measure_lifted_later_or_ended_is_not_current(root):
    imposed = LIFTED.replace("lifts", "imposes").replace("status: lifted", "status: imposed").replace(
        "date: 2024-03-14", "date: 2020")
    both = imposed + "\n".join(LIFTED.splitlines()[2:]) + "\n"
    write(root, f"facts/sources/{SOURCE}.yaml", both.replace(
        "    evidence: The Borealis Union lifted its sanctions on the Crescent Front on 14 March 2024\n",
        "    evidence: The Borealis Union lifted its sanctions\n", 1))
    build(Project.at(root), root / "dist")
    text = (root / "dist" / "kb.nt").read_text(encoding="utf-8")
    assert "<https://w3id.org/agkb/ontology#sanctions> <https://w3id.org/agkb/id/crescent-front>" not in text
    ended = imposed.replace("    date: 2020\n", "    date: 2020\n    end_date: 2023-06\n")
    write(root, f"facts/sources/{SOURCE}.yaml", ended)
    build(Project.at(root), root / "dist")
    text = (root / "dist" / "kb.nt").read_text(encoding="utf-8")
    assert "<https://w3id.org/agkb/ontology#sanctions> <https://w3id.org/agkb/id/crescent-front>" not in text
    assert "<https://w3id.org/agkb/ontology#formerlySanctioned> <https://w3id.org/agkb/id/crescent-front>" in text
    current = imposed.replace("    date: 2020\n", "    date: 2025\n")
    write(root, f"facts/sources/{SOURCE}.yaml", current + "\n".join(LIFTED.splitlines()[2:]).replace(
        "evidence: The Borealis Union lifted its sanctions on the Crescent Front on 14 March 2024",
        "evidence: its council said") + "\n")
    build(Project.at(root), root / "dist")  # imposed again after the lift: current
    text = (root / "dist" / "kb.nt").read_text(encoding="utf-8")
    assert "<https://w3id.org/agkb/ontology#sanctions> <https://w3id.org/agkb/id/crescent-front>" in text


@pytest.mark.parametrize("url, fragment", [
    ("https://example.org/northwind/report%zz", "'%' not followed by two hexadecimal digits"),
    ("https://example.org/northwind/report%", "'%' not followed by two hexadecimal digits"),
    ("https://[::1/x", "IPv6"),
    ("https://example.org/x#a#b", "second '#'"),
    ("https://example.org/a b", "must be percent-encoded"),
])
def test_f9_a_bad_source_url_is_one_line_with_file_and_line(root, url, fragment):
    add_source(root, SOURCE, TEXT, meta=f"language: en\nurl: {url}\n")
    result = CliRunner().invoke(main, ["--root", str(root), "build"])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: seeds/{SOURCE}.yaml:6: `url`") and fragment in result.output
    assert result.output.count("\n") == 1 and not (root / "dist").exists()


def test_f7_a_label_with_a_line_separator_is_refused_where_it_is_read(root):
    write(root, "facts/entities/odd.yaml", '- id: odd-name\n  type: ArmedGroup\n  label: "Odd\\u2028Name"\n')
    assert error_of(root).startswith("facts/entities/odd.yaml:3: `label` contains U+2028")


def test_f10_a_deleted_fact_file_rebuilds_and_its_pages_go(root):
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    make_copy(ROOT, root, ())  # the fixture's project, with the repository's Makefile, code and .venv
    write(root, "facts/entities/kestrel.yaml", "- id: kestrel-holdings\n  type: Company\n  label: Kestrel Holdings\n")
    build(Project.at(root), root / "dist")
    dry = lambda: subprocess.run([make, "-n"], cwd=root, capture_output=True, text=True).stdout  # noqa: E731
    dry()  # the first run writes the list of inputs
    for path in (root / "dist").rglob("*"):  # the outputs newer than every input, as after a build
        os.utime(path)
    assert "kb build" not in dry()
    (root / "facts" / "entities" / "kestrel.yaml").unlink()
    assert "kb build" in dry()  # make sees the deletion
    build(Project.at(root), root / "dist")  # what that make runs
    assert not list((root / "dist").rglob("kestrel-holdings.*"))
    assert "kestrel-holdings" not in (root / "dist" / "kb.nt").read_text(encoding="utf-8")


@pytest.mark.parametrize("written, read", [("0", 0), ("010", 10), ("25000", 25000), ("'7'", None), ("yes", None),
                                           ("-1", None), ("2.5", None)])
def test_static_pages_is_read_from_its_text(root, written, read):
    """F2 for dataset.yaml: a number is what the curator wrote (010 is ten, not
    YAML 1.1's octal 8); anything else is a one-line error naming the line."""
    from kb.dataset import read as read_dataset
    from kb.errors import KBError
    from kb.project import Project
    path = root / "dataset.yaml"
    path.write_text(path.read_text(encoding="utf-8") + f"static_pages: {written}\n", encoding="utf-8")
    if read is None:
        with pytest.raises(KBError, match="static_pages"):
            read_dataset(Project.at(root))
    else:
        assert read_dataset(Project.at(root)).static_pages == read


MEASURES = f"""\
source: {SOURCE}
claims:
  - id: borealis-sanctions-2020
    type: SanctionsMeasure
    says: The Borealis Union imposed sanctions on the Crescent Front and Kestrel Holdings in 2020.
    authority: borealis-union
    targets: [crescent-front, kestrel-holdings]
    status: imposed
    date: 2020
    evidence: The Borealis Union
  - id: borealis-lifts-crescent-sanctions
    type: SanctionsMeasure
    says: The Borealis Union lifted its sanctions on the Crescent Front on 14 March 2024.
    authority: borealis-union
    targets: [crescent-front]
    status: lifted
    date: 2024-03-14
    evidence: The Borealis Union lifted its sanctions on the Crescent Front on 14 March 2024
  - id: borealis-sanctions-2025
    type: SanctionsMeasure
    says: The Borealis Union sanctioned the Crescent Front again in 2025.
    authority: borealis-union
    targets: [crescent-front]
    status: imposed
    date: 2025
    evidence: its council said
"""


def summary_rows(page: str, fact: str) -> list[tuple[str, str]]:
    """(status class, the row's HTML) of each summary-box row citing ``fact``."""
    box = page.split('<section class="summary"', 1)[1].split("</section>", 1)[0]
    return [(re.search(r'status-(\w+)', li).group(1), li) for li in re.findall(r"<li>.*?</li>", box, re.S)
            if f"{fact}.html" in li]


def test_f5_each_target_of_a_measure_reads_its_own_status(root):
    """A measure later lifted for one of its targets reads 'lifted later' for
    that target only, and stays lifted though the same authority sanctions
    the target again by a newer measure (the summary box read both as in force)."""
    write(root, "facts/entities/kestrel.yaml", "- id: kestrel-holdings\n  type: Company\n  label: Kestrel Holdings\n")
    write(root, f"facts/sources/{SOURCE}.yaml", MEASURES)
    build(Project.at(root), root / "dist")
    text = (root / "dist" / "kb.nt").read_text(encoding="utf-8")
    union = "<https://w3id.org/agkb/id/borealis-union>"
    for target in ("crescent-front", "kestrel-holdings"):  # both sanctioned now (crescent by the 2025 measure)
        assert f"{union} <https://w3id.org/agkb/ontology#sanctions> <https://w3id.org/agkb/id/{target}> ." in text
    dist = root / "dist" / "entity"
    crescent = (dist / "crescent-front.html").read_text(encoding="utf-8")
    assert [s for s, _ in summary_rows(crescent, "borealis-sanctions-2020")] == ["ended"]
    assert [s for s, _ in summary_rows(crescent, "borealis-sanctions-2025")] == ["active"]
    kestrel = (dist / "kestrel-holdings.html").read_text(encoding="utf-8")
    assert [s for s, _ in summary_rows(kestrel, "borealis-sanctions-2020")] == ["active"]
    rows = summary_rows((dist / "borealis-union.html").read_text(encoding="utf-8"), "borealis-sanctions-2020")
    assert sorted((s, "Crescent Front" in li, "Kestrel Holdings" in li) for s, li in rows) == [
        ("active", False, True), ("ended", True, False)]


def test_f7_a_source_text_with_a_control_character_is_refused_with_its_line(root):
    """Excerpts of the text go into pages and SPARQL XML results, which cannot
    hold C0 controls (the build published them; the XML did not parse)."""
    add_source(root, SOURCE, TEXT + "Control \x01 char here.\n")
    assert error_of(root) == (f"seeds/{SOURCE}.txt:2: contains U+0001, a character that published text cannot hold "
                              "(HTML and XML refuse it); remove it from the text and record its new sha256")
