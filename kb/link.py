"""`kb link`: propose candidate Wikidata items for entities, with the Wikidata
API's wbsearchentities action. Proposals only: a link enters the knowledge base
when a curator writes an identity link record (facts/links/) that cites a
source stating the identifier. The build never uses the network."""

from __future__ import annotations

from dataclasses import dataclass, field

import requests

from . import __version__, yamlio
from .errors import KBError
from .project import Project

API = "https://www.wikidata.org/w/api.php"
USER_AGENT = f"agkb/{__version__} (Armed Groups Knowledge Base; https://w3id.org/agkb/)"
TIMEOUT = 30


@dataclass(frozen=True)
class Candidate:
    id: str
    iri: str
    label: str
    description: str
    matched: str  # the text that matched: a label or an alias
    match_type: str


@dataclass
class Proposal:
    entity: str
    label: str
    searched: list[str]
    candidates: list[Candidate] = field(default_factory=list)


@dataclass(frozen=True)
class Entity:
    id: str
    label: str
    aliases: tuple[str, ...]
    where: tuple[str, int]


def entities(project: Project) -> dict[str, Entity]:
    """The entities of facts/entities/, with their labels and aliases."""
    out = {}
    for path in sorted((project.facts / "entities").rglob("*.yaml")):
        doc = yamlio.load(path)
        if not isinstance(doc, yamlio.Seq):
            continue
        for item, line in zip(doc, doc.lines):
            if isinstance(item, yamlio.Map) and isinstance(item.get("id"), str) and isinstance(item.get("label"), str):
                aliases = item.get("aliases") or []
                out[item["id"]] = Entity(item["id"], item["label"],
                                         tuple(a for a in aliases if isinstance(a, str)),
                                         (project.relative(path), line))
    return out


def search(text: str, api: str = API, limit: int = 5, language: str = "en",
           session: requests.Session | None = None) -> list[Candidate]:
    """Wikidata items whose label or alias matches ``text``, best first."""
    params = {"action": "wbsearchentities", "search": text, "language": language, "uselang": language,
              "type": "item", "format": "json", "limit": str(limit)}
    http = session or requests
    try:
        response = http.get(api, params=params, timeout=TIMEOUT, headers={"User-Agent": USER_AGENT})
    except requests.RequestException as exc:
        raise KBError(f"cannot reach the Wikidata API ({type(exc).__name__})", api) from None
    if response.status_code != 200:
        raise KBError(f"the Wikidata API answered HTTP {response.status_code}", api)
    try:
        data = response.json()
    except ValueError:
        raise KBError("the Wikidata API did not answer with JSON", api) from None
    if "error" in data:
        error = data["error"]
        raise KBError(f"the Wikidata API refused the search: {error.get('code')}: {error.get('info')}", api)
    out = []
    for item in data.get("search", []):
        ident = item.get("id", "")
        if not ident.startswith("Q"):
            continue
        match = item.get("match") or {}
        out.append(Candidate(ident, item.get("concepturi") or f"http://www.wikidata.org/entity/{ident}",
                             item.get("label", ""), item.get("description", ""), match.get("text", ""),
                             match.get("type", "")))
    return out


def propose(project: Project, ids: list[str] | None = None, api: str = API, limit: int = 5,
            language: str = "en", aliases: bool = False) -> list[Proposal]:
    """Candidates for the given entity ids (all entities when none are given),
    searched by label (and by each alias with ``aliases``), duplicates merged."""
    known = entities(project)
    chosen = ids or sorted(known)
    missing = [i for i in chosen if i not in known]
    if missing:
        import difflib
        close = difflib.get_close_matches(missing[0], list(known), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise KBError(f"no entity '{missing[0]}' in facts/entities/{hint}")
    proposals = []
    with requests.Session() as session:
        for ident in chosen:
            entity = known[ident]
            texts = [entity.label] + (list(entity.aliases) if aliases else [])
            proposal = Proposal(ident, entity.label, texts)
            seen = set()
            for text in texts:
                for candidate in search(text, api, limit, language, session):
                    if candidate.id not in seen:
                        seen.add(candidate.id)
                        proposal.candidates.append(candidate)
            proposals.append(proposal)
    return proposals


def as_json(proposals: list[Proposal]) -> list[dict]:
    return [{"entity": p.entity, "label": p.label, "searched": p.searched,
             "candidates": [c.__dict__ for c in p.candidates]} for p in proposals]


