"""`kb export --format ftm`: our curated entities and relations, and the
imported ones, as FollowTheMoney JSON lines that the followthemoney library
loads; a file imported and exported again keeps every mapped property."""

from __future__ import annotations

import json

import pytest
from followthemoney import model

from kb.ftm.mapping import load as load_mapping

from .test_ftm_import import IMPORT, V1, kb, make_project


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("ftm-export"))
    assert kb(root, *IMPORT, V1).exit_code == 0
    out = root / "out.ftm.json"
    result = kb(root, "export", "--format", "ftm", "-o", out)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_every_line_is_a_valid_ftm_entity(exported):
    for data in exported:
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.schema.name == data["schema"]
        for prop, values in data["properties"].items():
            assert sorted(proxy.get(prop)) == sorted(values), (data["id"], prop)
    assert [d["id"] for d in exported] == sorted(d["id"] for d in exported)


def test_curated_entities_and_relations_with_sources_and_dates(exported):
    by_id = {d["id"]: d for d in exported}
    wagner = by_id["agkb-wagner-group"]
    assert wagner["schema"] == "Organization" and wagner["properties"]["name"] == ["Wagner Group"]
    boost = by_id["agkb-us-sanctions-boost-against-wagner-2022-12"]["properties"]
    assert boost["entity"] == ["agkb-wagner-group"] and boost["authority"] == ["United States"]
    assert boost["date"] == ["2022-12-22"] and boost["status"] == ["announced"]
    assert boost["sourceUrl"][0].startswith("https://www.themoscowtimes.com/2022/12/23/")
    transfer = by_id["agkb-north-korea-arms-delivery-to-wagner"]
    assert transfer["schema"] == "UnknownLink"
    assert transfer["properties"]["subject"] == ["agkb-north-korea"] and transfer["properties"]["date"] == ["2022-11"]
    assert by_id["agkb-north-korea"]["properties"]["country"] == ["kp"]


def test_round_trip_keeps_every_mapped_property(exported):
    """FtM -> RDF -> FtM: each property the mapping covers comes back with the
    values followthemoney gave it on import."""
    mapping = load_mapping()
    by_id = {d["id"]: d for d in exported}
    checked = 0
    for line in V1.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        if data["schema"] not in mapping.schemata:
            assert data["id"] not in by_id
            continue
        if "statements" in data:
            props = {}
            for stmt in data["statements"]:
                props.setdefault(stmt["prop"], []).append(stmt["value"])
            data = {"id": data["id"], "schema": data["schema"], "properties": props}
        original = model.get_proxy(data, cleaned=False)
        back = by_id[data["id"]]
        assert back["schema"] == data["schema"]
        for prop in original.iterprops():
            pm = mapping.properties.get(prop.qname)
            if pm is None:
                continue
            values = set(original.get(prop))
            if pm.kind == "country":
                values = {v for v in values if v in mapping.places and mapping.places[v].place}
            assert values <= set(back["properties"].get(prop.name, [])), (data["id"], prop.name)
            checked += 1
    assert checked > 80
