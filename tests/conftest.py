"""Shared fixtures: the repository as a project, and its knowledge base compiled
once per test session (in memory, independent of dist/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kb.build import compile as compile_project
from kb.project import Project

ROOT = Path(__file__).resolve().parent.parent
SEED_ID = "2022-12-23-moscow-times-north-korea-wagner"


@pytest.fixture(scope="session")
def project() -> Project:
    return Project.at(ROOT)


@pytest.fixture(scope="session")
def compiled(project):
    """The seed knowledge base: load, rules and validation, nothing written."""
    return compile_project(project)


@pytest.fixture(scope="session")
def kb_graph(compiled) -> Graph:
    """The knowledge base graph (as published in dist/kb.*)."""
    return compiled.graph


@pytest.fixture(scope="session")
def query_graph(project) -> Graph:
    """What `kb query` and `kb serve` run over, by their own code: the published
    dist/kb.nt and ontology in an Oxigraph store under an rdflib graph."""
    from kb.query import published_graph
    return published_graph(project)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / f"{SEED_ID}.txt").read_text(encoding="utf-8")
