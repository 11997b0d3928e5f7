"""The document to extract from: a seed already in the project, a local file,
or a URL. New documents are saved under seeds/ so that facts can cite them."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .. import yamlio
from ..errors import KBError
from ..project import Project
from . import fetch as fetching
from .mentions import slug
from .text import html_to_text, markdown_to_text


@dataclass
class Document:
    id: str
    text: str
    issued: dt.date | None
    author: str | None
    saved: list  # paths written under seeds/ and facts/
    existing: bool = False


@dataclass
class Metadata:
    """What the user may state on the command line; it wins over the page."""

    date: dt.date | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    language: str = "en"


def open_document(project: Project, source: str, meta: Metadata, *, save: bool = True,
                  timeout: float = fetching.TIMEOUT, max_bytes: int = fetching.MAX_BYTES) -> Document:
    """Find or create the source document for SOURCE (a seed id, path or URL)."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        existing = _find_seed(project, url=source)
        if existing:
            return _from_seed(project, existing)
        fetched = fetching.fetch(source, timeout=timeout, max_bytes=max_bytes)
        return _new(project, fetched.body, fetched.kind, meta, save, url=source, retrieved_at=fetched.retrieved_at)
    path = Path(source)
    seed_yaml = project.seeds / f"{source}.yaml"
    if seed_yaml.is_file():
        return _from_seed(project, seed_yaml)
    if not path.is_file():
        raise KBError("no such file, seed id or http(s) URL", source)
    if path.suffix == ".txt" and path.with_suffix(".yaml").is_file() and path.resolve().parent == project.seeds.resolve():
        return _from_seed(project, path.with_suffix(".yaml"))
    if path.suffix == ".yaml" and path.resolve().parent == project.seeds.resolve():
        return _from_seed(project, path)
    body = yamlio.read_text(path)
    kind = "html" if path.suffix.lower() in (".html", ".htm", ".xhtml") else \
        "markdown" if path.suffix.lower() in (".md", ".markdown") else "text"
    return _new(project, body, kind, meta, save, origin=str(path))


def _find_seed(project: Project, url: str | None = None, sha: str | None = None) -> Path | None:
    """The seed with this URL or this text sha256, if one is saved already."""
    for path in sorted(project.seeds.glob("*.yaml")):
        try:
            doc = yamlio.load(path)
        except KBError:
            continue
        if not isinstance(doc, dict):
            continue
        if url and str(doc.get("url", "")).rstrip("/") == url.rstrip("/") or sha and doc.get("sha256") == sha:
            return path
    return None


def _from_seed(project: Project, path: Path) -> Document:
    doc = yamlio.load(path)
    text = yamlio.read_text(path.parent / str(doc["text"]))
    issued = _date(doc.get("date"))  # the text as written (yamlio.Plain), read as a day
    return Document(path.stem, text, issued, str(doc.get("author")) if doc.get("author") else None, [], True)


def _new(project: Project, body: str, kind: str, meta: Metadata, save: bool, *, url: str | None = None,
         retrieved_at: str | None = None, origin: str | None = None) -> Document:
    where = url or origin
    page = {"text": body, "title": None, "sitename": None, "date": None, "author": None}
    if kind == "html":
        page = html_to_text(body, url)
        if not page["text"]:
            raise KBError("no article text found in the page", where)
    elif kind == "markdown":
        page["text"] = markdown_to_text(body)
    text = _normalise(page["text"])
    issued = meta.date or _date(page["date"])
    if issued is None:
        raise KBError("the document states no publication date; pass --date YYYY-MM-DD", where)
    title = meta.title or page["title"] or text.strip().splitlines()[0][:200]
    publisher_name = page["sitename"] or (urlsplit(url).hostname if url else None)
    publisher = meta.publisher or (slug(publisher_name) if publisher_name else None)
    if not publisher and not save:
        publisher = "unsaved"  # evaluation reads the text only; nothing cites it
    if not publisher:
        raise KBError("the document names no publisher; pass --publisher ID (a media outlet's id)", where)
    ident = slug(f"{issued.isoformat()} {publisher} {title}")[:90].strip("-")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = _find_seed(project, sha=sha)
    if existing:
        return _from_seed(project, existing)
    author = meta.author or publisher
    document = Document(ident, text, issued, author, [])
    if not save:
        return document
    record = {"title": title, "publisher": publisher, "author": author, "date": issued}
    if url:
        record["url"] = url
    if retrieved_at:
        record["retrieved_at"] = dt.datetime.fromisoformat(retrieved_at.replace("Z", "+00:00"))
    record.update({"language": meta.language, "text": f"{ident}.txt", "sha256": sha})
    header = f"# Saved by `kb extract` from {where}.\n# The text beside it is kept as extracted; its sha256 pins it.\n"
    yaml_text = header + yaml.safe_dump(record, sort_keys=False, allow_unicode=True, width=100)
    outlets = _outlet_entry(project, publisher, publisher_name, url) if not meta.publisher else None
    from ..build import write_file as write_atomically_file  # only when saving

    written = []
    if outlets:
        write_atomically_file(outlets[0], outlets[1])
        written.append(outlets[0])
    project.seeds.mkdir(parents=True, exist_ok=True)
    write_atomically_file(project.seeds / f"{ident}.txt", text.encode("utf-8"))
    write_atomically_file(project.seeds / f"{ident}.yaml", yaml_text.encode("utf-8"))
    document.saved = written + [project.seeds / f"{ident}.txt", project.seeds / f"{ident}.yaml"]
    return document


def _outlet_entry(project: Project, ident: str, name: str | None, url: str | None):
    """The media-outlets file with the publisher added, if the knowledge base lacks it."""
    for path in sorted((project.facts / "entities").rglob("*.yaml")):
        for item in yamlio.load(path) or []:
            if isinstance(item, dict) and item.get("id") == ident:
                return None
    path = project.facts / "entities" / "media-outlets.yaml"
    current = path.read_text(encoding="utf-8") if path.is_file() else \
        "# Media outlets registered by `kb extract` as the publishers of fetched documents.\n"
    entry = {"id": ident, "type": "MediaOutlet", "label": name or ident,
             "description": f"Publisher of {urlsplit(url).hostname if url else 'a saved source document'}."}
    block = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, width=100)
    return path, (current.rstrip("\n") + "\n\n" + block).encode("utf-8")


def _normalise(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
