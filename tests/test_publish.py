"""Published files: fresh, byte-identical across runs and hash seeds, and read
back as the same graph by independent parsers (serdi, rapper, pyoxigraph, pyld)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kb.build import MANIFEST, OUTPUTS, outputs

from . import rdfcheck
from .conftest import ROOT

RDF_FILES = {"kb.ttl": "turtle", "kb.nt": "ntriples", "ontology.ttl": "turtle", "shapes.ttl": "turtle"}
SOURCE_GRAPH = {"kb.ttl": "graph", "kb.nt": "graph", "ontology.ttl": "ontology", "shapes.ttl": "shapes"}


def outputs_of_build():
    return [line.split("  ", 1)[1] for line in (ROOT / "dist" / MANIFEST).read_text(encoding="utf-8").splitlines()] \
        + [MANIFEST]


def _expected(compiled, name) -> Graph:
    return getattr(compiled, SOURCE_GRAPH[name])


def test_dist_is_fresh(compiled):
    """dist/ holds exactly what a build of the committed sources produces, and
    nothing the manifest does not list."""
    files = outputs(compiled)
    stale = [name for name, data in files.items()
             if not (ROOT / "dist" / name).is_file() or (ROOT / "dist" / name).read_bytes() != data]
    assert stale == [], f"dist/ is stale ({', '.join(stale[:5])}): run make"
    on_disk = {str(p.relative_to(ROOT / "dist")) for p in (ROOT / "dist").rglob("*") if p.is_file()}
    assert on_disk - {".built"} == set(files)


def test_manifest_checks_out():
    """`sha256sum -c SHA256SUMS` in dist/ passes: the manifest lists every file with its hash."""
    import hashlib
    lines = (ROOT / "dist" / MANIFEST).read_text(encoding="utf-8").splitlines()
    assert {line.split("  ", 1)[1] for line in lines} >= set(OUTPUTS)
    for line in lines:
        digest, name = line.split("  ", 1)
        assert hashlib.sha256((ROOT / "dist" / name).read_bytes()).hexdigest() == digest, name


def test_identical_across_hash_seeds(tmp_path):
    """Two builds with different PYTHONHASHSEED values write the same bytes."""
    written = []
    for seed in ("1", "4242"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kb.cli", "--root", str(ROOT), "build", "--out", str(out)],
                       check=True, env=env, capture_output=True)
        written.append({str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert written[0] == written[1]
    assert set(written[0]) == set(outputs_of_build())


@pytest.mark.parametrize("name", sorted(RDF_FILES))
def test_rdflib_reads_back(compiled, name):
    graph = Graph().parse(ROOT / "dist" / name, format=RDF_FILES[name])
    assert isomorphic(graph, _expected(compiled, name))


@pytest.mark.parametrize("name", sorted(RDF_FILES))
def test_pyoxigraph_reads_back(compiled, name):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    fmt = pyoxigraph.RdfFormat.TURTLE if RDF_FILES[name] == "turtle" else pyoxigraph.RdfFormat.N_TRIPLES
    quads = pyoxigraph.parse(path=str(ROOT / "dist" / name), format=fmt)
    text = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)
    assert isomorphic(Graph().parse(data=text, format="nt"), _expected(compiled, name))


@pytest.mark.parametrize("tool", ["serdi", "rapper"])
@pytest.mark.parametrize("name", sorted(RDF_FILES))
def test_command_line_parsers_read_back(compiled, name, tool):
    """serdi and rapper (Debian packages) parse each file to the same graph."""
    exe = rdfcheck.tool(tool)
    path = str(ROOT / "dist" / name)
    syntax = RDF_FILES[name]
    if tool == "serdi":
        cmd = [exe, "-i", syntax, "-o", "ntriples", path]
    else:
        cmd = [exe, "-q", "-i", syntax, "-o", "ntriples", path]
    result = subprocess.run(cmd, capture_output=True, check=True)
    graph = Graph().parse(data=result.stdout.decode("utf-8"), format="nt")
    assert isomorphic(graph, _expected(compiled, name))


def test_jsonld_expands_to_same_graph(compiled):
    """pyld expands the JSON-LD and converts it back to RDF: same triples."""
    from pyld import jsonld
    doc = json.loads((ROOT / "dist" / "kb.jsonld").read_text(encoding="utf-8"))
    nquads = jsonld.to_rdf(jsonld.expand(doc), {"format": "application/n-quads"})
    assert isomorphic(Graph().parse(data=nquads, format="nt"), compiled.graph)


def test_jsonld_uses_published_context():
    doc = json.loads((ROOT / "dist" / "kb.jsonld").read_text(encoding="utf-8"))
    context = json.loads((ROOT / "dist" / "context.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == context["@context"]
    ids = [node["@id"] for node in doc["@graph"]]
    assert ids == sorted(ids) and "kb:wagner-group" in ids


def test_no_blank_nodes(compiled):
    for graph in (compiled.graph, compiled.ontology, compiled.shapes):
        assert not [t for t in graph if any(type(x).__name__ == "BNode" for x in t)]


def test_ntriples_sorted():
    lines = (ROOT / "dist" / "kb.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) > 1000
