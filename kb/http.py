"""HTTP GET with the limits a client owes a server and a clear one-line error
for every way it can fail: the one way `kb extract` fetches an article and
`kb import ftm` downloads a dataset.

Redirects are followed by hand, at most five, and only to http(s); every
failure is a KBError naming the address asked for."""

from __future__ import annotations

import re
from contextlib import contextmanager
from urllib.parse import urljoin, urlsplit

import requests

from . import __version__
from .errors import KBError

USER_AGENT = f"agkb/{__version__} (+https://w3id.org/agkb; knowledge-base client)"
MAX_REDIRECTS = 5


def check_scheme(target: str, url: str, redirect: bool = False) -> None:
    """Refuse an address (or a redirect's target) that is not http(s)."""
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        what = f"redirects to a {scheme or 'relative'}: address ({target})" if redirect else \
            "is not an http or https address"
        raise KBError(what, url)


def reason(exc: Exception) -> str:
    """The useful words of a requests exception ("Connection refused")."""
    text = str(exc)
    match = re.search(r"\] ([^')\]]+)", text)
    return (match.group(1) if match else text.split(":")[-1]).strip() or exc.__class__.__name__


@contextmanager
def get(url: str, *, accept: str, timeout: float, max_bytes: int, user_agent: str = USER_AGENT):
    """GET ``url``, following redirects; yields (response, final address) with
    the body not yet read (``stream=True``). ``timeout`` is in seconds for the
    connection and each read; a declared Content-Length over ``max_bytes`` is
    refused before reading. Raises KBError naming ``url`` for a bad scheme or
    redirect, no connection, no answer in time, an HTTP error status, a body too
    large, or more than MAX_REDIRECTS redirects."""
    check_scheme(url, url)
    current = url
    with requests.Session() as session:
        session.headers.update({"User-Agent": user_agent, "Accept": accept})
        for _ in range(MAX_REDIRECTS + 1):
            try:
                response = session.get(current, stream=True, allow_redirects=False, timeout=(timeout, timeout))
            except requests.Timeout:
                raise KBError(f"no response within {timeout:g} s", url) from None
            except requests.RequestException as exc:
                raise KBError(f"cannot connect: {reason(exc)}", url) from None
            with response:
                if response.is_redirect:
                    target = urljoin(current, response.headers.get("Location", ""))
                    check_scheme(target, url, redirect=True)
                    current = target
                    continue
                if response.status_code >= 400:
                    raise KBError(f"HTTP {response.status_code} {response.reason or ''}".rstrip(), url)
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise KBError(f"body is {int(declared)} bytes, over the {max_bytes}-byte limit", url)
                yield response, current
                return
        raise KBError(f"more than {MAX_REDIRECTS} redirects", url)
