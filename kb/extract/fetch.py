"""Fetching an article over HTTP(S), with the limits a crawler owes a server
and a clear one-line error for every way it can fail."""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass

import requests

from .. import http
from ..errors import KBError
from ..http import USER_AGENT
TEXT_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text", "text/markdown": "markdown"}
MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 15.0


@dataclass
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects
    kind: str  # html, text or markdown
    body: str
    retrieved_at: str  # ISO 8601, UTC


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, user_agent: str = USER_AGENT) -> Fetched:
    """GET an article (HTML, plain text or Markdown). Raises KBError naming the
    URL on any failure (kb.http.get's, a content type that is no article, a
    body over ``max_bytes`` or not received within twice ``timeout``, bytes
    that do not decode)."""
    deadline = time.monotonic() + timeout
    accept = "text/html, application/xhtml+xml, text/plain;q=0.9, text/markdown;q=0.9"
    with http.get(url, accept=accept, timeout=timeout, max_bytes=max_bytes, user_agent=user_agent) as got:
        response, current = got
        kind = _kind(response.headers.get("Content-Type", ""), url)
        body = _read(response, url, max_bytes, deadline, timeout)
        text = _decode(body, response.headers.get("Content-Type", ""), kind, url)
    retrieved = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return Fetched(url, current, kind, text, retrieved)


def _kind(content_type: str, url: str) -> str:
    media = content_type.split(";")[0].strip().lower()
    if media not in TEXT_TYPES:
        raise KBError(f"content type '{media or 'none'}' is not an article; expected HTML, plain text or Markdown", url)
    return TEXT_TYPES[media]


def _read(response, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    chunks, size = [], 0
    try:
        for chunk in response.iter_content(65536):
            size += len(chunk)
            if size > max_bytes:
                raise KBError(f"body is over the {max_bytes}-byte limit", url)
            if time.monotonic() > deadline + timeout:
                raise KBError(f"body not received within {2 * timeout:g} s", url)
            chunks.append(chunk)
    except requests.RequestException as exc:
        raise KBError(f"connection failed while reading: {http.reason(exc)}", url) from None
    return b"".join(chunks)


def _decode(body: bytes, content_type: str, kind: str, url: str) -> str:
    declared = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.I)
    if not declared and kind == "html":
        declared = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", body[:4096], re.I)
    charset = declared.group(1) if declared else "utf-8"
    charset = charset.decode("ascii") if isinstance(charset, bytes) else charset
    try:
        return body.decode(charset)
    except LookupError:
        raise KBError(f"unknown character set '{charset}'", url) from None
    except UnicodeDecodeError as exc:
        said = f"declared as {charset}" if declared else "not UTF-8 and declares no charset"
        raise KBError(f"text is {said} but byte 0x{body[exc.start]:02x} at offset {exc.start} does not decode", url) from None
