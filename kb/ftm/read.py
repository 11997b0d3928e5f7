"""Reading FollowTheMoney (FtM) entities, one JSON object a line, with the
``followthemoney`` library's model: it knows the schemata, their properties
and the types of their values, and cleans every value (a date, a country code,
a URL) or rejects it. We never re-implement that.

A line is an entity as ``EntityProxy.to_dict()`` writes it (what OpenSanctions
publishes as ``entities.ftm.json``: ``id``, ``schema``, ``properties`` and,
from OpenSanctions, ``first_seen``, ``last_seen``, ``datasets``), or as
``to_statement_dict()`` writes it (``statements``, each with ``prop``,
``value`` and ``lang``): the only FtM form that says which language a name is
in. Files are read as a stream, one line at a time.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from followthemoney import model
from followthemoney.proxy import EntityProxy

from ..errors import KBError

MAX_BYTES = 2 * 1024 ** 3  # a download larger than this is refused (--max-bytes)
TIMEOUT = 60.0  # seconds without data before a download is given up (--timeout)


@dataclass
class Record:
    """One FtM entity read from a file: its line number, the entity (values
    cleaned by followthemoney), the language of each (property, value) where
    the line gives one (ISO 639 codes as FtM writes them), and the line's
    other keys (``first_seen``, ``last_seen``, ...)."""

    line: int
    proxy: EntityProxy
    langs: dict = field(default_factory=dict)  # (property name, value) -> FtM language code
    context: dict = field(default_factory=dict)


@dataclass
class Problems:
    """What a read could not take in, counted by kind: values followthemoney
    rejects, properties its schema does not have."""

    counts: Counter = field(default_factory=Counter)

    def add(self, what: str, number: int = 1) -> None:
        self.counts[what] += number


def _properties(data: dict, where: tuple) -> tuple[dict, dict]:
    """The ``properties`` of a line, and the languages its statements give."""
    if "statements" in data:
        statements = data["statements"]
        if not isinstance(statements, list):
            raise KBError("`statements` must be a list of {prop, value, lang}", *where)
        props: dict = {}
        langs: dict = {}
        for stmt in statements:
            if not isinstance(stmt, dict) or "prop" not in stmt or "value" not in stmt:
                raise KBError("each statement needs `prop` and `value`", *where)
            if stmt["prop"] == "id":
                continue
            props.setdefault(stmt["prop"], []).append(stmt["value"])
            if stmt.get("lang"):
                langs[(stmt["prop"], stmt["value"])] = stmt["lang"]
        return props, langs
    props = data.get("properties", {})
    if not isinstance(props, dict) or not all(isinstance(v, list) for v in props.values()):
        raise KBError("`properties` must map each property name to a list of values", *where)
    return props, {}


def parse_line(text: str, where: tuple, problems: Problems | None = None) -> Record | None:
    """One line as a Record (None for a blank line). ``where`` is (file, line)
    for errors. Raises KBError for a line that is not a JSON object, has no
    ``id`` or names a schema FtM does not have."""
    if not text.strip():
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KBError(f"not a JSON object: {exc.msg} at column {exc.colno}", *where) from None
    if not isinstance(data, dict):
        raise KBError("not a JSON object: each line is one FollowTheMoney entity", *where)
    ident, name = data.get("id"), data.get("schema")
    if not isinstance(ident, str) or not ident.strip():
        raise KBError("the entity has no `id`", *where)
    schema = model.get(name) if isinstance(name, str) else None
    if schema is None:
        raise KBError(f"unknown FollowTheMoney schema {name!r} for entity {ident!r}", *where)
    if schema.abstract:
        raise KBError(f"schema {name!r} is abstract; entity {ident!r} needs a concrete schema such as "
                      "Person or Company", *where)
    props, langs = _properties(data, where)
    proxy = model.get_proxy({"id": ident, "schema": schema.name, "properties": props}, cleaned=False)
    if problems is not None:
        for prop_name, values in props.items():
            prop = schema.properties.get(prop_name)
            if prop is None:
                problems.add(f"property {schema.name}:{prop_name} (not in FollowTheMoney's schema)", len(values))
                continue
            kept = len(proxy.get(prop))
            given = len({v for v in values if isinstance(v, str) and v.strip()})
            if prop.stub:
                problems.add(f"property {prop.qname} (a reverse property; set on the other entity)", len(values))
            elif kept < given:
                problems.add(f"value of {prop.qname} (rejected by FollowTheMoney as not a valid {prop.type.name})",
                             given - kept)
    context = {k: v for k, v in data.items() if k not in ("id", "schema", "properties", "statements")}
    return Record(where[1], proxy, langs, context)


def records(path: Path, name: str, problems: Problems | None = None):
    """Every Record of a JSON-lines file, streamed; ``name`` is how errors name
    the file. Raises KBError (name, line) at the first bad line."""
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise KBError(f"cannot read: {exc.strerror}", name) from None
    with handle:
        number = 0
        try:
            for number, text in enumerate(handle, start=1):
                record = parse_line(text, (name, number), problems)
                if record is not None:
                    yield record
        except UnicodeDecodeError:
            raise KBError("not UTF-8 text", name, number + 1) from None


def download(url: str, dest: Path, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> str:
    """GET ``url`` into the file ``dest``, a chunk at a time (never the whole
    body in memory). Returns the address after redirects. Raises KBError naming
    the URL on any failure: no connection, HTTP error, more than ``max_bytes``,
    no data for ``timeout`` seconds. The limits follow kb/extract/fetch.py."""
    import requests

    from .. import http

    accept = "application/json, application/x-ndjson, */*"
    with http.get(url, accept=accept, timeout=timeout, max_bytes=max_bytes) as (response, current):
        size, last = 0, time.monotonic()
        try:
            with open(dest, "wb") as out:
                for chunk in response.iter_content(1 << 20):
                    size += len(chunk)
                    if size > max_bytes:
                        raise KBError(f"body is over the {max_bytes}-byte limit", url)
                    if time.monotonic() - last > timeout:
                        raise KBError(f"no data for {timeout:g} s", url)
                    last = time.monotonic()
                    out.write(chunk)
        except requests.RequestException as exc:
            raise KBError(f"connection failed while reading: {http.reason(exc)}", url) from None
    return current
