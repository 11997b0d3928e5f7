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
from followthemoney.value import string_list

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


SHOWN = 20  # dropped values named one by one (the others are counted: "and N more")


@dataclass
class Problems:
    """What a read could not take in, counted by kind (``counts``: values
    followthemoney rejects, properties its schema does not have, references to
    entities not in the file ...), and the first :data:`SHOWN` dropped values
    named one by one (``details``: ``<file>:<line>: <entity id>: <property>
    <value>: <why>``; ``noted`` counts them all). ``file`` is how they name
    the file."""

    counts: Counter = field(default_factory=Counter)
    file: str = ""
    details: list = field(default_factory=list)
    noted: int = 0

    def add(self, what: str, number: int = 1) -> None:
        self.counts[what] += number

    def note(self, line: int, ident: str, prop: str, value, why: str) -> None:
        """Name one dropped value: where it is (line of the file), the entity,
        the property as the file writes it, the value and why it was dropped."""
        self.noted += 1
        if len(self.details) < SHOWN:
            text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) or len(value) <= 80 \
                else json.dumps(value[:77] + "...", ensure_ascii=False)
            self.details.append(f"{self.file}:{line}: {ident}: {prop} {text}: {why}")

    def summary(self) -> list[str]:
        """The named values, and "and N more" when there were more than :data:`SHOWN`."""
        more = self.noted - len(self.details)
        return self.details + ([f"and {more} more dropped value{'s' if more != 1 else ''} (counted in dataset.yaml)"]
                               if more > 0 else [])


def nearest_property(schema, name: str) -> str | None:
    """The property of the FtM ``schema`` (``followthemoney.schema.Schema``;
    its ``properties`` include the inherited ones) whose name is nearest
    ``name``, for a misspelt property; None when none is close (difflib's
    ratio of 0.6 or more). Reverse (stub) properties are not offered: a file
    cannot set them."""
    from difflib import get_close_matches

    names = sorted(n for n, prop in schema.properties.items() if not prop.stub)
    close = get_close_matches(name, names, n=1) or get_close_matches(name.lower(), names, n=1)
    return close[0] if close else None


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
    line = text.rstrip("\r\n")
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        ended = " (the line ends there: is it cut short?)" if exc.pos >= len(line.rstrip()) else ""
        raise KBError(f"not valid JSON: {exc.msg} at column {exc.pos + 1}{ended}", *where) from None
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
        _check_values(schema, proxy, props, where[1], problems)
    context = {k: v for k, v in data.items() if k not in ("id", "schema", "properties", "statements")}
    return Record(where[1], proxy, langs, context)


def _check_values(schema, proxy: EntityProxy, props: dict, line: int, problems: Problems) -> None:
    """Count and name what followthemoney left out of ``proxy``: properties
    the schema does not have (with the nearest it has), reverse properties,
    values it rejects."""
    for prop_name, values in props.items():
        prop = schema.properties.get(prop_name)
        if prop is None:
            problems.add(f"property {schema.name}:{prop_name} (not in FollowTheMoney's schema)", len(values))
            near = nearest_property(schema, prop_name)
            hint = f"; did you mean {near}?" if near else ""
            for value in values:
                problems.note(line, proxy.id, prop_name, value, f"{schema.name} has no property {prop_name!r} in "
                              f"FollowTheMoney's model{hint}")
            continue
        kept = len(proxy.get(prop))
        given = len({v for v in values if isinstance(v, str) and v.strip()})
        if prop.stub:
            problems.add(f"property {prop.qname} (a reverse property; set on the other entity)", len(values))
            for value in values:
                problems.note(line, proxy.id, prop_name, value, "a reverse property; set it on the other entity")
        elif kept < given:
            problems.add(f"value of {prop.qname} (rejected by FollowTheMoney as not a valid {prop.type.name})",
                         given - kept)
            for value in values:  # cleaned as EntityProxy.add cleans them, to name the ones it rejected
                texts = string_list(value, sanitize=True)
                if texts and all(prop.type.clean_text(t, format=prop.format, proxy=proxy) is None for t in texts):
                    problems.note(line, proxy.id, prop_name, value,
                                  f"rejected by FollowTheMoney as not a valid {prop.type.name}")


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
