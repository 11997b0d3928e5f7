"""Safe YAML reading that keeps line numbers and refuses dangerous input.

Mappings come back as :class:`Map` and lists as :class:`Seq`; both know the line
they start on and the line of each key or item, so errors can point at it.
Anchors and aliases, duplicate keys, deep nesting, huge files and bytes that are
not UTF-8 are refused with a :class:`~kb.errors.KBError`.

Scalars keep the text the curator wrote. PyYAML follows YAML 1.1, which reads
``0120`` as the octal number 80, ``1.50`` as the float 1.5, ``no`` as false and
``2022-12-23`` as a date. Here a quoted or plain string is a ``str``; a plain
scalar that YAML 1.1 would turn into a boolean, number or date is a
:class:`Plain` (a ``str`` holding the exact text, with the kind YAML guessed),
so the loader reads it for the field it fills: as a number where a number is
meant, as a date where a date is meant, and refused with the advice to quote it
where text is meant. Keys are always their text (``no:`` is the key "no").
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .errors import KBError

MAX_BYTES = 5 * 1024 * 1024
# libyaml's parser when PyYAML was built with it (several times faster); its
# nodes carry the same line marks.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 32
_STR = "tag:yaml.org,2002:str"


_GUESSES = {"tag:yaml.org,2002:bool": "boolean", "tag:yaml.org,2002:int": "number",
            "tag:yaml.org,2002:float": "number", "tag:yaml.org,2002:timestamp": "date"}
_NULL = "tag:yaml.org,2002:null"


class Plain(str):
    """A plain (unquoted) scalar that YAML 1.1 would read as a boolean, a number
    or a date, kept as the exact text written. ``guess`` is "boolean",
    "number" or "date": what YAML would have made of it."""

    guess: str = ""

    def __new__(cls, text: str, guess: str):
        out = super().__new__(cls, text)
        out.guess = guess
        return out

    def __getnewargs__(self):  # pickled by the loader's second process (kb/parallel.py)
        return str(self), self.guess


class Map(dict):
    """A YAML mapping with ``line`` and per-key ``lines``."""

    line: int = 0
    lines: dict

    def line_of(self, key) -> int:
        return self.lines.get(key, self.line)


class Seq(list):
    """A YAML sequence with ``line`` and per-item ``lines``."""

    line: int = 0
    lines: list


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """Read a UTF-8 text file, with a clear error for size or encoding trouble."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise KBError(f"cannot read file: {exc.strerror}", path) from None
    if size > max_bytes:
        raise KBError(f"file is {size} bytes, over the {max_bytes}-byte limit; split it into smaller files", path)
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise KBError(f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as UTF-8", path, line) from None


def load(path: Path, exact: bool = False):
    """Parse one YAML file into Map/Seq/scalars. Empty files give ``None``.

    With ``exact`` (the fact loader), a plain scalar YAML 1.1 would take for a
    boolean, number or date is a :class:`Plain` holding the text written;
    without it, such a scalar is what PyYAML makes of it (tools that read
    their own files: candidates, review state)."""
    text = read_text(path)
    if text.startswith("\ufeff"):
        text = text[1:]
    loader = _Loader(text)
    try:
        # Anchors and aliases need '&' or '*'; most files have neither, and
        # then the second parse that looks for them is skipped.
        for event in (_events(text) if "&" in text or "*" in text else ()):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise KBError("YAML anchors and aliases (& and *) are not allowed in fact files; write values out",
                              path, event.start_mark.line + 1)
        node = loader.get_single_node()
        if node is None:
            return None
        return _convert(node, loader, path, 0, exact)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise KBError(f"malformed YAML: {exc.problem or exc.context}", path, line) from None
    except yaml.YAMLError as exc:
        raise KBError(f"malformed YAML: {exc}", path) from None
    finally:
        loader.dispose()


def _events(text: str):
    loader = _Loader(text)
    try:
        while loader.check_event():
            yield loader.get_event()
    finally:
        loader.dispose()


def _convert(node, loader, path, depth, exact=False):
    line = node.start_mark.line + 1
    if depth > MAX_DEPTH:
        raise KBError(f"nesting is deeper than {MAX_DEPTH} levels", path, line)
    if isinstance(node, MappingNode):
        out = Map()
        out.line, out.lines = line, {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise KBError("a mapping key must be a plain word", path, key_node.start_mark.line + 1)
            key = key_node.value  # the text: `no:` is the key "no", not False
            key_line = key_node.start_mark.line + 1
            if key in out:
                raise KBError(f"key '{key}' appears twice in the same mapping (first on line {out.lines[key]})",
                              path, key_line)
            out[key] = _convert(value_node, loader, path, depth + 1, exact)
            out.lines[key] = key_line
        return out
    if isinstance(node, SequenceNode):
        out = Seq()
        out.line, out.lines = line, []
        for item in node.value:
            out.append(_convert(item, loader, path, depth + 1, exact))
            out.lines.append(item.start_mark.line + 1)
        return out
    if node.tag == _STR:
        return node.value  # what construct_object gives for a string, without its bookkeeping
    if node.tag == _NULL:
        return None
    if not exact:
        try:
            return loader.construct_object(node)
        except (ValueError, TypeError, OverflowError):
            return node.value  # e.g. 2022-13-40 looks like a date but is none: keep the text
    guess = _GUESSES.get(node.tag)
    if guess is not None:
        return Plain(node.value, guess)
    raise KBError(f"unsupported YAML tag {node.tag}; write plain text, numbers and dates", path, line)
