"""The dataset's own description, read from dataset.yaml: title, licence,
publisher, where the files are published, keywords and example resources.
The version and dates come from :mod:`kb.release`, the counts from the graph."""

from __future__ import annotations

from dataclasses import dataclass

from . import yamlio
from .iri import http_problem
from .errors import KBError
from .project import Project

KEYS = {"title", "description", "license", "publisher", "download_base", "keywords", "examples"}
OPTIONAL = {"static_pages"}
# The most per-resource pages dist/ holds as files; see README "Published files".
STATIC_PAGES = 10_000


@dataclass(frozen=True)
class Description:
    title: str
    description: str
    license: str
    publisher_iri: str
    publisher_name: str
    download_base: str
    keywords: tuple[str, ...]
    examples: tuple[str, ...]
    example_lines: tuple[int, ...] = ()
    path: str = "dataset.yaml"
    static_pages: int = STATIC_PAGES


def read(project: Project) -> Description:
    """Parse dataset.yaml; every problem is a KBError naming the file and line."""
    path = project.dataset
    where = project.relative(path)
    doc = yamlio.load(path, exact=True) if path.is_file() else None  # text as written: `no` stays no
    if not isinstance(doc, yamlio.Map):
        raise KBError("dataset.yaml is a mapping with title, description, license, publisher, "
                      "download_base, keywords and examples", where, 1)
    for key in sorted(set(doc) - KEYS - OPTIONAL):
        raise KBError(f"unknown key '{key}'; use {', '.join(sorted(KEYS | OPTIONAL))}", where, doc.line_of(key))
    for key in sorted(KEYS - set(doc)):
        raise KBError(f"dataset.yaml needs `{key}:`", where, doc.line)

    def text(key):
        value = doc[key]
        if not isinstance(value, str) or not value.strip():
            raise KBError(f"`{key}` is a non-empty text", where, doc.line_of(key))
        return " ".join(value.split())

    def iri(value, key, line):
        problem = http_problem(value)
        if problem is not None:
            raise KBError(f"`{key}` takes an http or https address (RFC 3987): {problem}", where, line)
        return value

    publisher = doc["publisher"]
    if not isinstance(publisher, yamlio.Map) or set(publisher) != {"iri", "name"}:
        raise KBError("`publisher` has `iri:` and `name:`", where, doc.line_of("publisher"))
    base = iri(doc["download_base"], "download_base", doc.line_of("download_base"))
    if not base.endswith("/"):
        raise KBError("`download_base` ends with /", where, doc.line_of("download_base"))
    lists = {}
    for key in ("keywords", "examples"):
        value = doc[key]
        if not isinstance(value, yamlio.Seq) or not value:
            raise KBError(f"`{key}` is a list", where, doc.line_of(key))
        lists[key] = value
    keywords = []
    for item, line in zip(lists["keywords"], lists["keywords"].lines):
        if not isinstance(item, str) or not item.strip():
            raise KBError("each keyword is a non-empty text", where, line)
        keywords.append(item)
    examples = [iri(item, "examples", line) for item, line in zip(lists["examples"], lists["examples"].lines)]
    static_pages = doc.get("static_pages", STATIC_PAGES)
    if isinstance(static_pages, yamlio.Plain) and static_pages.guess == "number" and static_pages.isdigit():
        static_pages = int(static_pages, 10)  # read from its text: 010 is ten, not octal
    if isinstance(static_pages, bool) or not isinstance(static_pages, int) or static_pages < 0:
        raise KBError("`static_pages` is a whole number (0 or more): the most per-resource pages written "
                      "into dist/; beyond it `kb serve` renders them", where, doc.line_of("static_pages"))
    return Description(text("title"), text("description"), iri(doc["license"], "license", doc.line_of("license")),
                       iri(publisher["iri"], "publisher", publisher.line_of("iri")),
                       " ".join(str(publisher["name"]).split()), base, tuple(keywords), tuple(examples),
                       tuple(lists["examples"].lines), where, static_pages)
