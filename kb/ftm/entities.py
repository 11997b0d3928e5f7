"""Imported entities as a matcher wants them: ``stream(project)`` yields one
``Entity`` per imported actor or asset, with its names in every script (each
with the language tag the knowledge base publishes it with), its class,
country codes, dates of birth or incorporation and identifiers, read as a
stream from each imports/<dataset>/entities.ftm.json with the same reader and
mapping as the import."""

from __future__ import annotations

from dataclasses import dataclass, field

from .imports import FTM_FILE
from .load import folders
from .mapping import load as load_mapping
from .read import records
from .to_rdf import entity_iri, language_tag

NAME_KINDS = ("names", "name")
IDENTIFIERS = ("string",)
DATES = {"Person:birthDate", "LegalEntity:incorporationDate"}


@dataclass
class Entity:
    """One imported entity. ``iri`` is its node in the knowledge base;
    ``names`` are (text, language tag, FtM property) in file order;
    ``countries`` FtM country codes (from country, nationality, citizenship,
    jurisdiction and flag); ``dates`` birth or incorporation dates as the file
    gives them; ``identifiers`` FtM property -> values (IMO, INN, passport, ...);
    ``line`` the line of its record in the dataset's file; ``properties`` every
    value above by its FtM property name (what a matcher needs to make the
    entity again with followthemoney)."""

    id: str
    iri: str
    dataset: str
    schema: str
    cls: str
    names: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    identifiers: dict = field(default_factory=dict)
    wikidata: list = field(default_factory=list)
    line: int = 0
    properties: dict = field(default_factory=dict)


def stream(project, datasets: list[str] | None = None):
    """Every imported entity that is not a relationship, dataset by dataset in
    name order, each file read a line at a time."""
    maps = load_mapping()
    for folder in folders(project.root):
        if datasets is not None and folder.name not in datasets:
            continue
        for record in records(folder / FTM_FILE, f"imports/{folder.name}/{FTM_FILE}"):
            proxy = record.proxy
            sm = maps.schemata.get(proxy.schema.name)
            if sm is None or sm.fact:
                continue
            entity = Entity(proxy.id, entity_iri(proxy.id)[1:-1], folder.name, proxy.schema.name, sm.cls,
                            line=record.line)
            for prop, value in proxy.itervalues():
                pm = maps.properties.get(prop.qname)
                if pm is None:
                    continue
                if pm.kind in NAME_KINDS or pm.kind in ("country", "wikidata") + IDENTIFIERS or prop.qname in DATES:
                    entity.properties.setdefault(prop.name, []).append(value)
                if pm.kind in NAME_KINDS:
                    entity.names.append((value, language_tag(value, record.langs.get((prop.name, value))),
                                         prop.name))
                elif pm.kind == "country":
                    entity.countries.append(value)
                elif prop.qname in DATES:
                    entity.dates.append(value)
                elif pm.kind in IDENTIFIERS:
                    entity.identifiers.setdefault(prop.name, []).append(value)
                elif pm.kind == "wikidata":
                    entity.wikidata.append(value)
            yield entity
