"""The document to extract from: a seed already in the project, a local file,
or a URL. New documents are saved under seeds/ so that facts can cite them."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .. import yamlio
from ..errors import KBError
from ..project import Project
from . import dateline as datelines
from . import fetch as fetching
from ..langtag import TagError, normalize as normalize_tag
from . import publishers
from .mentions import slug
from .text import html_to_text, markdown_to_text


@dataclass
class Document:
    id: str
    text: str
    issued: dt.date | None
    author: str | None
    saved: list  # paths written under seeds/ and facts/
    existing: bool = False  # already in seeds/ before this run
    date_from: str = ""  # where the date came from: "--date", "the page's metadata", 'its dateline "..."'
    registered: list = field(default_factory=list)  # ids of media outlets added to facts/entities/


@dataclass
class Metadata:
    """What the user may state on the command line; it wins over the page."""

    date: dt.date | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    language: str = "en"


def open_document(project: Project, source: str, meta: Metadata, *, save: bool = True, known=None,
                  timeout: float = fetching.TIMEOUT, max_bytes: int = fetching.MAX_BYTES) -> Document:
    """Find or create the source document for SOURCE (a seed id, path or URL).

    ``known`` (a :class:`kb.extract.Context`) gives the knowledge base's
    entities for checking ``--publisher`` and ``--author``; it is read from
    the project when not given. Raises KBError (one line, naming SOURCE) when
    the document cannot be read, states no date and none is given, or names a
    publisher or author the knowledge base cannot hold; nothing is written then.
    """
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        existing = _find_seed(project, url=source)
        if existing:
            return _from_seed(project, existing)
        fetched = fetching.fetch(source, timeout=timeout, max_bytes=max_bytes)
        return _new(project, fetched.body, fetched.kind, meta, save, known, url=source,
                    retrieved_at=fetched.retrieved_at)
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
    return _new(project, body, kind, meta, save, known, origin=str(path))


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
    issued = _date(doc.get("date"))
    return Document(path.stem, text, issued, str(doc.get("author")) if doc.get("author") else None, [], True,
                    f"seeds/{path.name}")


def _new(project: Project, body: str, kind: str, meta: Metadata, save: bool, known, *, url: str | None = None,
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
    if not text.strip():  # an empty seed would leave every later build failing on its empty title
        raise KBError("the document has no text", where)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = _find_seed(project, sha=sha)
    if existing:
        return _from_seed(project, existing)
    issued, date_from = _issued(meta, page, text)
    if issued is None:
        raise KBError("the document states no publication date (no dateline found); pass --date YYYY-MM-DD", where)
    title = meta.title or page["title"] or title_line(text)
    if not save:  # evaluation reads the text only; nothing cites it
        ident = slug(f"{issued.isoformat()} {meta.publisher or 'unsaved'} {title}")[:90].strip("-")
        return Document(ident, text, issued, meta.author, [], False, date_from)
    if known is None:
        from . import Context
        known = Context(project)
    site = page["sitename"] or (urlsplit(url).hostname if url else None) or publishers.dateline_agency(text)
    publisher, outlet = publishers.choose(known, meta.publisher, site, where)
    author = publishers.check_author(known, meta.author, publisher, outlet, where) if meta.author else publisher
    try:
        language = normalize_tag(meta.language)
    except TagError as error:
        raise KBError(f"--language: {error}", where) from None
    ident = _free_id(project, slug(f"{issued.isoformat()} {publisher} {title}")[:90].strip("-"))
    document = Document(ident, text, issued, author, [], False, date_from)
    record = {"title": title, "publisher": publisher, "author": author, "date": issued}
    if url:
        record["url"] = url
    if retrieved_at:
        record["retrieved_at"] = dt.datetime.fromisoformat(retrieved_at.replace("Z", "+00:00"))
    record.update({"language": language, "text": f"{ident}.txt", "sha256": sha})
    header = f"# Saved by `kb extract` from {where}.\n# The text beside it is kept as extracted; its sha256 pins it.\n"
    if date_from.startswith("its dateline"):
        header += f"# The date is read from {date_from}.\n"
    yaml_text = header + yaml.safe_dump(record, sort_keys=False, allow_unicode=True, width=100)
    from ..build import write_file  # only when saving

    written = []
    if outlet:
        path, data = publishers.outlet_file(project, outlet)
        write_file(path, data)
        written.append(path)
        known.add_entity(outlet)
        document.registered.append(outlet["id"])
    project.seeds.mkdir(parents=True, exist_ok=True)
    write_file(project.seeds / f"{ident}.txt", text.encode("utf-8"))
    write_file(project.seeds / f"{ident}.yaml", yaml_text.encode("utf-8"))
    document.saved = written + [project.seeds / f"{ident}.txt", project.seeds / f"{ident}.yaml"]
    return document


def title_line(text: str) -> str:
    """The title of a document that states none in its metadata: the first of
    its first lines that reads like a headline (4 to 30 words, not all in
    capitals, not ending like a sentence), else the first line that is no
    boilerplate, else the first line; cut to 200 characters.

    Boilerplate (``boilerplate`` in datelines.yaml: disclaimers such as "This
    release is provided for information only", release labels, contacts,
    links), datelines and lines that only give a date are never the title.
    """
    lines = [line.strip(" \t*#_>") for line in text.strip().splitlines()]
    lines = [line for line in lines if line][:12]
    if not lines:
        return ""
    skip = _boilerplate()
    found = datelines.find(text)
    usable = [line for line in lines if not skip.match(line) and not (found and found.text.strip() in line and
                                                                     len(line) - len(found.text) < 12)]
    for line in usable:
        words = line.split()
        if 4 <= len(words) <= 30 and not line.isupper() and not re.search(r"[.;:]$", line):
            return line[:200]
    return (usable or lines)[0][:200]


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern:
    with open(Path(__file__).with_name("datelines.yaml"), encoding="utf-8") as handle:
        patterns = yaml.safe_load(handle)["boilerplate"]
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.I)


def _issued(meta: Metadata, page: dict, text: str) -> tuple[dt.date | None, str]:
    """The publication date and where it came from: the command line, the
    page's metadata, or the dateline at the start of the text."""
    if meta.date:
        return meta.date, "--date"
    stated = _date(page["date"])
    if stated:
        return stated, "the page's metadata"
    found = datelines.find(text)
    if found:
        return found.date, f'its dateline "{" ".join(found.text.split())}"'
    return None, ""


def _free_id(project: Project, ident: str) -> str:
    """``ident``, or ``ident-2``, ... when another document has that id already."""
    base, n = ident, 2
    while (project.seeds / f"{ident}.yaml").exists() or (project.seeds / f"{ident}.txt").exists():
        ident, n = f"{base}-{n}", n + 1
    return ident


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
