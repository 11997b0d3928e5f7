"""The framed JSON-LD built directly (kb.export.frames.direct) is byte for byte
what pyld's framing algorithm gives over the whole graph (frames.reference):
on the seed, a synthetic knowledge base, and random graphs shaped to hit the
corners of framing (labels in several languages, nodes lacking every property
of their frame, circular attributions, values of the wrong kind, several
types, reverse links from nodes that do not match)."""

from __future__ import annotations

import random

import pytest

from kb import nt
from kb.bench.generate import generate
from kb.build import compile as compile_project
from kb.export import frames
from kb.namespaces import AGKB
from kb.project import Project

NAME = "armed-groups.jsonld"
A = str(AGKB)
ID = "https://w3id.org/agkb/id/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
XSD = nt.XSD
I = nt.iri
L = nt.literal


def same(triples, ontology):
    fast = frames.direct(triples, ontology, NAME)
    assert fast == frames.reference(triples, ontology, NAME)
    return fast


def test_seed(compiled):
    out = same(compiled.triples, compiled.ontology)
    assert b"kb:wagner-group" in out and b'"armsReceived"' in out


def test_synthetic(tmp_path):
    compiled = compile_project(Project.at(generate(tmp_path / "kb", 4000, seed=11)))
    out = same(compiled.triples, compiled.ontology)
    assert out.count(b'"sanctionedBy"') > 3 and out.count(b'"statements"') > 3


def random_graph(seed: int) -> set:
    rng = random.Random(seed)
    groups = [I(f"{ID}group-{n}") for n in range(4)]
    actors = groups + [I(f"{ID}actor-{n}") for n in range(4)]
    facts = [I(f"{ID}fact-{n}") for n in range(6)]
    claims = [I(f"{ID}claim/c-{n}") for n in range(8)]
    statements = [I(f"{ID}statement/s-{n}") for n in range(6)]
    sources = [I(f"{ID}source/doc-{n}") for n in range(2)]
    excerpts = [I(f"{ID}excerpt/e-{n}") for n in range(4)]
    names = [L("Name"), L("Имя", lang="ru"), L("Nom", lang="fr"), L("Name 2", lang="en"), L("名前", lang="und-jpan"),
             L('quote " and \\ and\nline', lang="en")]
    triples = set()

    def maybe(p: float) -> bool:
        return rng.random() < p

    for g in groups:
        triples.add((g, nt.TYPE, I(f"{A}ArmedGroup")))
        if maybe(0.5):
            triples.add((g, nt.TYPE, I(f"{A}PrivateMilitaryCompany")))
        for label in rng.sample(names, rng.randint(0, 3)):
            triples.add((g, I(f"{RDFS}label"), label))
        if maybe(0.5):
            triples.add((g, I(f"{SKOS}altLabel"), rng.choice(names)))
        if maybe(0.5):
            triples.add((g, I(f"{DCT}description"), L("A group.", lang="en")))
        if maybe(0.6):  # a location with or without a label (framed only with one)
            triples.add((g, I("https://schema.org/location"), rng.choice(actors + [I(f"{ID}nowhere")])))
    for a in actors[4:]:
        if maybe(0.8):
            triples.add((a, I(f"{RDFS}label"), rng.choice(names)))
        triples.add((a, nt.TYPE, I(f"{A}Person")))
    for f in facts:
        kind = rng.choice(["SanctionsMeasure", "ArmsTransfer"])
        triples.add((f, nt.TYPE, I(f"{A}{kind}")))
        if maybe(0.8):
            triples.add((f, I(f"{RDFS}label"), L(f"fact {f}")))
        if kind == "SanctionsMeasure":
            triples.add((f, I(f"{A}target"), rng.choice(actors)))
            if maybe(0.6):  # without it (and a label), a measure does not match its frame
                triples.add((f, I(f"{A}imposedBy"), rng.choice(actors)))
            if maybe(0.5):
                triples.add((f, I(f"{A}sanctionsStatus"), I(f"{A}Imposed")))
            if maybe(0.3):
                triples.add((f, I(f"{DCT}date"), L("2022-11", datatype=f"{XSD}gYearMonth")))
        else:
            triples.add((f, I(f"{A}recipient"), rng.choice(groups)))
            triples.add((f, I(f"{A}supplier"), rng.choice(actors)))
            if maybe(0.5):
                triples.add((f, I(f"{A}paidFor"), L("true", datatype=f"{XSD}boolean")))
            if maybe(0.3):  # a value of the wrong kind: a literal where a node is framed
                triples.add((f, I(f"{A}item"), L("rockets")))
    for c in claims:
        triples.add((c, nt.TYPE, I(f"{A}Claim")))
        if maybe(0.9):
            triples.add((c, I(f"{RDFS}label"), L(f"claim {c}", lang=rng.choice(["en", "ru"]))))
        for target in rng.sample(actors + facts, rng.randint(1, 2)):
            triples.add((c, I(f"{A}about"), target))
        for who in rng.sample(actors, rng.randint(0, 2)):  # may be the group it is about: a circular embed
            triples.add((c, I(f"{PROV}wasAttributedTo"), who))
        source = rng.choice(sources)
        triples.add((c, I(f"{PROV}wasDerivedFrom"), source))
        if maybe(0.7):
            triples.add((c, I(f"{A}evidence"), rng.choice(excerpts)))
        if maybe(0.3):
            triples.add((c, I(f"{A}hedge"), L("reportedly")))
    for s in statements:
        triples.add((s, nt.TYPE, I(f"{A}Statement")))
        triples.add((s, I(f"{A}regarding"), rng.choice(claims)))
        triples.add((s, I(f"{A}stance"), I(f"{A}{rng.choice(['Asserts', 'Denies', 'Concurs'])}")))
        triples.add((s, I(f"{A}speaker"), rng.choice(actors + claims)))
        if maybe(0.5):
            triples.add((s, I(f"{A}quote"), L("We deny it.")))
        if maybe(0.3):
            triples.add((s, I(f"{DCT}date"), L("2022-12-22", datatype=f"{XSD}date")))
    for n, source in enumerate(sources):
        triples.add((source, I(f"{DCT}title"), L(f"Report {n}", lang="en")))
        triples.add((source, I(f"{DCT}issued"), L("2022-12-23", datatype=f"{XSD}date")))
        triples.add((source, I("https://schema.org/url"), I(f"https://example.org/report-{n}")))
    for e in excerpts:
        triples.add((e, I("http://www.w3.org/ns/oa#exact"), L("the exact words")))
        triples.add((e, nt.TYPE, I(f"{A}Excerpt")))
    return triples


@pytest.mark.parametrize("seed", range(40))
def test_random_graphs(compiled, seed):
    same(random_graph(seed), compiled.ontology)


def test_random_graphs_hit_the_corners(compiled):
    """The random graphs include circular references, dropped values and empty reverse lists."""
    outs = [frames.direct(random_graph(seed), compiled.ontology, NAME).decode() for seed in range(40)]
    assert any('"attributedTo": "kb:group-' in out for out in outs)  # a group given by reference only
    assert any('"sanctionedBy": []' in out or '"armsReceived": []' in out for out in outs)
    assert any('"@language": "ru"' in out for out in outs)


def test_unsupported_goes_to_pyld(compiled):
    """A source address that is itself described cannot be embedded once by
    the direct construction; serialize_triples then gives pyld's framing."""
    triples = random_graph(1)
    triples.add((I("https://example.org/report-0"), I(f"{RDFS}label"), L("a page")))
    with pytest.raises(frames.Unsupported):
        frames.direct(triples, compiled.ontology, NAME)
    assert frames.serialize_triples(triples, compiled.ontology, NAME) == \
        frames.reference(triples, compiled.ontology, NAME)
