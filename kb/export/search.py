"""The site's search: an index of every page's names (labels and aliases in
every script), built at build time as a MiniSearch index and published as a
script, ``assets/search-index.js``, that sets ``window.AGKB_SEARCH_INDEX``
(a page opened from ``file://`` cannot fetch a JSON file, but can load a
script). ``assets/search.js`` (the file ``site_search.js`` beside this module)
loads MiniSearch (vendored by kb/export/assets.py) and the index when a reader
first uses the search box, and searches with prefixes and fuzzy matching.

The index is MiniSearch's own serialized form (``MiniSearch.loadJS``,
serializationVersion 2, MiniSearch 7: ``toJSON`` in its source), so the
browser does not index anything. Terms are made as MiniSearch's default
tokenizer makes them (split at runs of spaces, line breaks and punctuation,
Unicode categories Z* and P*) and then as ``site_search.js``'s ``processTerm``
makes them: lower-cased, decomposed (NFD) and stripped of combining marks
(category M*), so "prigozhin" finds "Prigozhin" and "Pérez" finds "Perez".
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from .documents import Documents
from .summary import names

INDEX_PATH = "assets/search-index.js"
SCRIPT_PATH = "assets/search.js"
MINISEARCH = "assets/vendor/minisearch/index.js"  # where kb/export/vendor.yaml has it copied
GLOBAL = "AGKB_SEARCH_INDEX"
FIELDS = ("label", "aliases")
SCRIPT = Path(__file__).with_name("site_search.js")


def tokens(text: str) -> list[str]:
    """``text`` split as MiniSearch's default tokenizer splits it
    (``text.split(/[\\n\\r\\p{Z}\\p{P}]+/u)``), empty strings at the ends included."""
    out, current, in_sep = [], [], False
    for char in text:
        sep = char in "\n\r" or unicodedata.category(char)[0] in "ZP"
        if sep:
            if not in_sep:
                out.append("".join(current))
                current = []
            in_sep = True
        else:
            current.append(char)
            in_sep = False
    out.append("".join(current))
    return out


def process(term: str) -> str:
    """A term as the index and the search box keep it: lower case, without
    diacritics (NFD, combining marks removed)."""
    decomposed = unicodedata.normalize("NFD", term.lower())
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


def documents(docs: Documents, kind_of) -> list[dict]:
    """One record per page: ``id`` (its path in dist/), ``label`` (the name
    shown), ``aliases`` (its other names, one a line), and the stored
    ``l`` (label), ``k`` (kind, from ``kind_of(node)``), ``n`` (other names).
    Sorted by path, so the index is the same bytes run to run."""
    out = []
    for node in docs.subjects:
        path = docs.path(node, "html")
        label = docs.label(node)
        others = []
        for name in names(docs, node):
            if name.text != label and name.text not in others:
                others.append(name.text)
        out.append({"id": path, "label": label, "aliases": "\n".join(others), "l": label, "k": kind_of(node),
                    "n": others})
    return sorted(out, key=lambda d: d["id"])


def build_index(records: list[dict]) -> dict:
    """The MiniSearch serialized index (``MiniSearch.loadJS`` input) of
    ``records`` (:func:`documents`) over FIELDS, storing ``l``, ``k``, ``n``."""
    field_ids = {f: i for i, f in enumerate(FIELDS)}
    index: dict = {}
    field_length: dict = {}
    average = [0.0] * len(FIELDS)
    for short, record in enumerate(records):
        lengths = []
        for field, fid in field_ids.items():
            found = tokens(record[field])
            unique = len(set(found))
            lengths.append(unique)
            average[fid] = (average[fid] * short + unique) / (short + 1)
            for token in found:
                term = process(token)
                if term:
                    per_doc = index.setdefault(term, {}).setdefault(str(fid), {})
                    per_doc[str(short)] = per_doc.get(str(short), 0) + 1
        field_length[str(short)] = lengths
    return {
        "documentCount": len(records),
        "nextId": len(records),
        "documentIds": {str(i): r["id"] for i, r in enumerate(records)},
        "fieldIds": field_ids,
        "fieldLength": field_length,
        "averageFieldLength": average,
        "storedFields": {str(i): {"l": r["l"], "k": r["k"], "n": r["n"]} for i, r in enumerate(records)},
        "dirtCount": 0,
        "index": [[term, index[term]] for term in sorted(index)],
        "serializationVersion": 2,
    }


def index_script(docs: Documents, kind_of) -> bytes:
    """``assets/search-index.js``: a script setting ``window.AGKB_SEARCH_INDEX``
    to the index of every page (compact JSON, keys in a fixed order)."""
    data = json.dumps(build_index(documents(docs, kind_of)), ensure_ascii=False, separators=(",", ":"))
    return f"window.{GLOBAL} = {data};\n".encode("utf-8")


def files(site) -> list[tuple[str, bytes]]:
    """The search files of the site, as (path in dist/, bytes)."""
    docs = site.docs

    def kind_of(node: str) -> str:
        kinds = site.types(node)
        return docs.label(kinds[0]) if kinds else ""
    return [(INDEX_PATH, index_script(docs, kind_of)), (SCRIPT_PATH, SCRIPT.read_bytes())]


def box(up: str) -> str:
    """The search box and its scripts for a page ``up`` (``../`` per level) below dist/."""
    return (f'<form class="search" role="search" action="{up}index.html" data-site="{up}">'
            '<input type="search" name="q" autocomplete="off" placeholder="Search names, any script"'
            ' aria-label="Search names and aliases"><ol class="search-results" hidden></ol></form>'
            f'<script src="{up}{SCRIPT_PATH}" defer></script>')


STYLE = """\
form.search { position: relative; margin-left: auto; }
form.search input { font: inherit; font-size: 14px; padding: .2rem .5rem; width: 16rem; border: 1px solid var(--line); border-radius: .3rem; }
ol.search-results { position: absolute; right: 0; z-index: 10; width: 24rem; max-height: 24rem; overflow-y: auto; margin: .2rem 0 0;
  padding: .25rem 0; list-style: none; background: #fff; border: 1px solid var(--line); border-radius: .3rem; box-shadow: 0 4px 12px #0002; }
ol.search-results li { padding: .2rem .6rem; } ol.search-results li.empty { color: var(--muted); }
ol.search-results .kind, ol.search-results .alias { color: var(--muted); font-size: 13px; }
"""
