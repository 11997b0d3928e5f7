"""The data of the site's pictures, computed at build time from the build's
triples (N-Triples strings, through :class:`kb.export.documents.Documents`):
the network of who supplies, sanctions, controls, owns, belongs to and
operates where (drawn by Cytoscape.js), the dated facts and statements (drawn
as SVG by :mod:`kb.export.timeline`), and the countries where actors operate
and events happened (drawn on world-atlas's shapes with d3-geo).

What is drawn and how is data: ``visuals.yaml`` (relations, colours, limits)
and ``countries.yaml`` (our State entities and their ISO 3166-1 numeric codes)
beside this module. Everything here returns plain data (dicts and lists, in
a fixed order, so pages are byte-identical run to run); :mod:`kb.export.
pictures` turns it into HTML.
"""

from __future__ import annotations

import datetime
from functools import cached_property
from pathlib import Path

import yaml

from .. import nt
from .documents import (ABOUT, DATE, LABEL, RDF_OBJECT, RDF_PREDICATE, RDF_SUBJECT, REGARDING, TYPE, Documents,
                        iri_key, local, slug_of, term)

_HERE = Path(__file__).resolve().parent
DENIES = term("denies")
SPEAKER = term("speaker")


def _load(name: str):
    with open(_HERE / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def config() -> dict:
    """visuals.yaml, with predicates and classes as N-Triples IRIs."""
    data = _load("visuals.yaml")
    for relation in data["relations"]:
        relation["predicate"] = f"<{relation['predicate']}>"
        relation.setdefault("style", "solid")
    for kind in data["node_types"]:
        kind["class"] = f"<{kind['class']}>"
    data["places"] = {k: f"<{v}>" for k, v in data["places"].items()}
    data["date"] = f"<{data['date']}>"
    return data


def country_codes() -> dict:
    """countries.yaml: entity id (the slug of https://w3id.org/agkb/id/<id>) -> ISO 3166-1 numeric code (str)."""
    return {str(k): str(v) for k, v in (_load("countries.yaml") or {}).items()}


def date_span(literal: str) -> tuple[str, str, str] | None:
    """(start, end, precision) of an xsd:date, gYearMonth or gYear literal: the
    first day it covers and the day after its last, as ISO dates, and "day",
    "month" or "year" (so "2022-11" spans 2022-11-01 to 2022-12-01, not one
    day). None for any other literal."""
    text = nt.lexical(literal)
    parts = text.split("-")
    try:
        if len(parts) == 1 and len(text) == 4:
            year = int(text)
            return f"{year:04d}-01-01", f"{year + 1:04d}-01-01", "year"
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            after = (year + 1, 1) if month == 12 else (year, month + 1)
            return f"{year:04d}-{month:02d}-01", f"{after[0]:04d}-{after[1]:02d}-01", "month"
        if len(parts) == 3:
            day = datetime.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
            return day.isoformat(), (day + datetime.timedelta(days=1)).isoformat(), "day"
    except ValueError:
        return None
    return None


class Visuals:
    """The pictures' data for one build. ``docs`` is the build's Documents;
    every method takes nodes as N-Triples IRIs (``<iri>``) and gives links
    relative to ``here`` (the page's path under dist/)."""

    def __init__(self, docs: Documents):
        self.docs = docs
        self.config = config()
        self.codes = country_codes()
        self.relations = {r["predicate"]: r for r in self.config["relations"]}

    # ------------------------------------------------------------ network
    @cached_property
    def edges(self) -> list[tuple[str, str, str]]:
        """Every (subject, predicate, object) of a drawn relation between two
        nodes that have a page, sorted."""
        out = []
        for s, p, o in self.docs.index.triples:
            if p in self.relations and o[0] == "<" and slug_of(s) and slug_of(o):
                out.append((s, p, o))
        return sorted(out, key=lambda t: (iri_key(t[0]), iri_key(t[1]), iri_key(t[2])))

    @cached_property
    def _by_node(self) -> dict:
        found: dict = {}
        for edge in self.edges:
            found.setdefault(edge[0], []).append(edge)
            if edge[2] != edge[0]:
                found.setdefault(edge[2], []).append(edge)
        return found

    @cached_property
    def denied_claims(self) -> set:
        """Claims someone denies (``agkb:denies``)."""
        return {t[2] for t in self.docs.index.triples if t[1] == DENIES}

    def claims_for(self, edge: tuple[str, str, str]) -> list[str]:
        """The claims that state ``edge``: a claim of exactly that triple
        (rdf:subject, rdf:predicate, rdf:object), or a claim about a fact that
        names both ends (the arms transfer naming supplier and recipient)."""
        g = self.docs.index
        s, p, o = edge
        found = {c for c in g.subjects(RDF_SUBJECT, s) if g.has(c, RDF_PREDICATE, p) and g.has(c, RDF_OBJECT, o)}
        ends = {s, o}
        for fact in self.docs.facts_of(s):
            if ends <= ({fact} | {t[2] for t in g.out.get(fact, ())}):
                found.update(g.subjects(ABOUT, fact))
        return sorted((c for c in found if self.docs.is_claim(c)), key=iri_key)

    def contested(self, edge) -> bool:
        """Whether someone denies a claim that states ``edge``."""
        return any(c in self.denied_claims for c in self.claims_for(edge))

    def node_type(self, node: str) -> dict:
        """The entry of visuals.yaml's node_types the node falls in, or {"group": "other", ...}."""
        types = set(self.docs.index.objects(node, TYPE))
        for kind in self.config["node_types"]:
            if kind["class"] in types:
                return kind
        return {"group": "other", "colour": self.config["other_colour"]}

    def network(self, here: str, centre: str | None = None) -> dict | None:
        """The network drawn on the page at ``here``: with ``centre``, its
        neighbourhood (the drawn relations it takes part in); without, the whole
        knowledge base. {"nodes": [{"id", "label", "href", "group", "colour",
        "centre"}], "edges": [{"id", "source", "target", "label", "kind",
        "colour", "style", "contested"}], "shown": n, "total": n} with nodes
        and edges in a fixed order; None when there is no edge to draw."""
        limits = self.config["limits"]
        if centre is None:
            edges, limit = self.edges, limits["index_edges"]
            if len(edges) > limit:
                degree: dict = {}
                for s, _, o in edges:
                    degree[s] = degree.get(s, 0) + 1
                    degree[o] = degree.get(o, 0) + 1
                edges = sorted(edges, key=lambda e: (-min(degree[e[0]], degree[e[2]]), e))[:limit]
        else:
            edges = self._by_node.get(centre, [])
            limit = limits["page_edges"]
            if len(edges) > limit:
                other = {e: e[2] if e[0] == centre else e[0] for e in edges}
                edges = sorted(edges, key=lambda e: (self.docs.label(other[e]).lower(), e))[:limit]
        total = len(self.edges) if centre is None else len(self._by_node.get(centre, []))
        if not edges:
            return None
        edges = sorted(edges, key=lambda t: (iri_key(t[0]), iri_key(t[1]), iri_key(t[2])))
        nodes = sorted({n for s, _, o in edges for n in (s, o)}, key=iri_key)
        out_nodes = []
        for node in nodes:
            kind = self.node_type(node)
            out_nodes.append({"id": local(node), "label": self.docs.label(node),
                              "href": self.docs.href(node, here), "group": kind["group"],
                              "colour": kind["colour"], "centre": node == centre})
        out_edges = []
        for s, p, o in edges:
            relation = self.relations[p]
            out_edges.append({"id": f"{local(s)} {relation['label']} {local(o)}", "source": local(s),
                              "target": local(o), "label": relation["label"], "kind": relation["kind"],
                              "colour": relation["colour"], "style": relation["style"],
                              "contested": self.contested((s, p, o))})
        return {"nodes": out_nodes, "edges": out_edges, "shown": len(out_edges), "total": total}

    # ------------------------------------------------------------ timeline
    def dated(self, node: str) -> str | None:
        """The node's date literal (dcterms:date), the least if several."""
        return self.docs.index.value(node, self.config["date"])

    def _item(self, node: str, here: str, kind: str) -> dict | None:
        literal = self.dated(node)
        span = date_span(literal) if literal is not None else None
        if span is None:
            return None
        g = self.docs.index
        if kind == "statement":
            speakers = sorted(self.docs.label(s) for s in g.objects(node, SPEAKER))
            claims = sorted(g.objects(node, REGARDING), key=iri_key)
            what = "; ".join(self.docs.label(c) for c in claims)
            label = f"{', '.join(speakers)}: {what}" if speakers else what
        else:
            label = self.docs.label(node)
        return {"id": local(node), "label": label, "date": nt.lexical(literal), "start": span[0],
                "end": span[1], "precision": span[2], "kind": kind, "href": self.docs.href(node, here)}

    def timeline(self, here: str, centre: str | None = None) -> list[dict]:
        """The dated items for the page at ``here``: for ``centre``, the node
        itself, the facts that name it and the statements on the claims of its
        page; without, every dated fact and statement. Each {"id", "label",
        "date" (as published), "start", "end" (ISO dates: the first day covered
        and the day after the last), "precision" (day, month, year), "kind"
        (fact, statement), "href"}, by start then label; the latest ``limits``
        when there are more."""
        docs = self.docs
        g = docs.index
        date = self.config["date"]
        if centre is None:
            statements = set(docs.statements)
            facts = {t[0] for t in g.triples if t[1] == date and slug_of(t[0])}
            limit = self.config["limits"]["index_timeline"]
        else:
            facts = {centre, *docs.facts_of(centre)}
            statements = {s for c in docs.claims_of(centre) for s in docs.statements_on(c)}
            limit = self.config["limits"]["page_timeline"]
        items = [i for i in (self._item(n, here, "fact") for n in sorted(facts, key=iri_key)) if i]
        items += [i for i in (self._item(n, here, "statement") for n in sorted(statements, key=iri_key)) if i]
        items.sort(key=lambda i: (i["start"], i["end"], i["label"], i["id"]))
        return items[-limit:]

    # ------------------------------------------------------------ map
    def country_of(self, place: str, seen: frozenset = frozenset()) -> str | None:
        """The ISO 3166-1 numeric code of the country ``place`` is or lies in
        (schema:containedInPlace, followed up), or None."""
        found = slug_of(place)
        if found and found[1] in self.codes:
            return self.codes[found[1]]
        within = self.config["places"]["within"]
        for parent in sorted(self.docs.index.objects(place, within), key=iri_key):
            if parent not in seen:
                code = self.country_of(parent, seen | {place})
                if code:
                    return code
        return None

    def places(self, here: str, centre: str | None = None) -> dict | None:
        """Where ``centre`` operates, is based, and where the events it took
        part in happened (without ``centre``: every actor's operations and
        every event's place). {"countries": [{"code", "roles": [...], "places":
        [{"label", "href", "role"}]}], "unmapped": [{"label", "href", "role"}]}
        (places with no country, such as a region); None when there is none."""
        cfg = self.config["places"]
        g = self.docs.index
        found: list[tuple[str, str]] = []  # (role, place)
        if centre is None:
            for s, p, o in g.triples:
                if p == cfg["operates"] and slug_of(o):
                    found.append(("operates", o))
                elif p == cfg["event"] and slug_of(o):
                    found += [("event", place) for place in g.objects(o, cfg["location"]) if slug_of(place)]
        else:
            found += [("operates", o) for o in g.objects(centre, cfg["operates"]) if slug_of(o)]
            # schema:location is where an event happened, or where anything else is based.
            where = "event" if self._is_event(centre) else "based"
            found += [(where, o) for o in g.objects(centre, cfg["based"]) if slug_of(o)]
            for event in g.objects(centre, cfg["event"]):
                found += [("event", place) for place in g.objects(event, cfg["location"]) if slug_of(place)]
        if not found:
            return None
        countries: dict = {}
        unmapped = []
        for role, place in sorted(set(found), key=lambda rp: (rp[0], iri_key(rp[1]))):
            entry = {"label": self.docs.label(place), "href": self.docs.href(place, here), "role": role}
            code = self.country_of(place)
            if code is None:
                unmapped.append(entry)
            else:
                country = countries.setdefault(code, {"code": code, "roles": [], "places": []})
                if role not in country["roles"]:
                    country["roles"].append(role)
                country["places"].append(entry)
        for country in countries.values():
            country["roles"].sort()
            country["places"].sort(key=lambda e: (e["label"], e["role"]))
        return {"countries": [countries[c] for c in sorted(countries)],
                "unmapped": sorted(unmapped, key=lambda e: (e["label"], e["role"]))}

    def _is_event(self, node: str) -> bool:
        return self.node_type(node)["group"] == "event"
