"""`kb link` proposes Wikidata items through the wbsearchentities API; here the
API is a local server on 127.0.0.1 answering from tests/fixtures/wikidata/."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from kb.cli import main

from .conftest import ROOT
from .servers import free_port, thread_server
from .wikidata_standin import WikidataHandler

_Wikidata = WikidataHandler


@pytest.fixture
def wikidata():
    _Wikidata.requests.clear()
    with thread_server(_Wikidata) as server:
        yield f"{server.url}/w/api.php"


@pytest.fixture
def project(tmp_path):
    shutil.copytree(ROOT / "facts", tmp_path / "facts")
    (tmp_path / "facts" / "entities" / "test.yaml").write_text(
        "- id: wikidata-sandbox\n  type: Organisation\n  label: Wikidata Sandbox\n  aliases: [Sandbox]\n"
        "- id: broken\n  type: Organisation\n  label: Broken\n", encoding="utf-8")
    return tmp_path


def kb(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_proposes_items_by_label(project, wikidata):
    result = kb("--root", project, "link", "wikidata-sandbox", "--api", wikidata)
    assert result.exit_code == 0, result.output
    assert result.output == (
        "wikidata-sandbox (Wikidata Sandbox): 2 candidates\n"
        "  Q4115189     Wikidata Sandbox — item for testing edits\n"
        "               http://www.wikidata.org/entity/Q4115189\n"
        "  Q13406268    Wikidata Sandbox 2 [matched alias 'Sandbox 2']\n"
        "               http://www.wikidata.org/entity/Q13406268\n")
    path, params, agent = _Wikidata.requests[0]
    assert params == {"action": "wbsearchentities", "search": "Wikidata Sandbox", "language": "en",
                      "uselang": "en", "type": "item", "format": "json", "limit": "5"}
    assert agent.startswith("agkb/")


def test_aliases_and_json(project, wikidata):
    result = kb("--root", project, "link", "wikidata-sandbox", "--api", wikidata, "--aliases", "--format", "json",
                "--limit", "3")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data[0]["searched"] == ["Wikidata Sandbox", "Sandbox"]
    assert [c["id"] for c in data[0]["candidates"]] == ["Q4115189", "Q13406268"]  # merged, no duplicate
    assert [r[1]["search"] for r in _Wikidata.requests] == ["Wikidata Sandbox", "Sandbox"]


def test_no_candidates(project, wikidata):
    result = kb("--root", project, "link", "wagner-group", "--api", wikidata)
    assert result.exit_code == 0
    assert result.output == "wagner-group (Wagner Group): 0 candidates\n"


def test_api_failure_is_one_line_error(project, wikidata):
    result = kb("--root", project, "link", "broken", "--api", wikidata)
    assert result.exit_code == 2
    assert result.output == f"error: {wikidata}: the Wikidata API answered HTTP 503\n"


def test_unreachable_api_is_one_line_error(project):
    api = f"http://127.0.0.1:{free_port()}/w/api.php"
    result = kb("--root", project, "link", "wikidata-sandbox", "--api", api)
    assert result.exit_code == 2 and result.output.count("\n") == 1
    assert "cannot reach the Wikidata API" in result.output


def test_unknown_entity(project, wikidata):
    result = kb("--root", project, "link", "wagner-grup", "--api", wikidata)
    assert result.exit_code == 2
    assert result.output == "error: no entity 'wagner-grup' in facts/entities/ (did you mean 'wagner-group'?)\n"
    assert _Wikidata.requests == []
