"""Web addresses a curator writes (a source's ``url``, an identity link's
``same_as``): checked against RFC 3987 (IRIs, with RFC 3986's URI syntax) when
they are read, so that a bad one is refused with its file and line instead of
breaking a writer, a parser or a consumer later.

Only absolute http and https IRIs are accepted: what a source or an external
record is found at.
"""

from __future__ import annotations

import ipaddress
import re

# RFC 3987 section 2.2: iunreserved = ALPHA / DIGIT / "-" / "." / "_" / "~" / ucschar;
# sub-delims = "!" / "$" / "&" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "="
_UCSCHAR = ("\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef\U00010000-\U0001fffd\U00020000-\U0002fffd"
            "\U00030000-\U0003fffd\U00040000-\U0004fffd\U00050000-\U0005fffd\U00060000-\U0006fffd"
            "\U00070000-\U0007fffd\U00080000-\U0008fffd\U00090000-\U0009fffd\U000a0000-\U000afffd"
            "\U000b0000-\U000bfffd\U000c0000-\U000cfffd\U000d0000-\U000dfffd\U000e1000-\U000efffd")
_IPRIVATE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
_UNRESERVED = f"A-Za-z0-9\\-._~{_UCSCHAR}"
_SUB_DELIMS = "!$&'()*+,;="
_PCT = "%[0-9A-Fa-f]{2}"
_PCHAR = f"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
_REG_NAME = re.compile(f"(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})+")
_USERINFO = re.compile(f"(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*")
_PATH = re.compile(f"(?:/{_PCHAR}*)*")
_QUERY = re.compile(f"(?:{_PCHAR}|[/?{_IPRIVATE}])*")
_FRAGMENT = re.compile(f"(?:{_PCHAR}|[/?])*")
_SPLIT = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*):(?://(?P<authority>[^/?#]*))?(?P<path>[^?#]*)"
                    r"(?:\?(?P<query>[^#]*))?(?:#(?P<fragment>.*))?$", re.DOTALL)


def http_problem(value: object) -> str | None:
    """Why ``value`` is not an absolute http(s) IRI per RFC 3987, in a few
    words for a curator, or None when it is one. Checks the scheme, the host
    (a registered name, or an IPv4 or bracketed IPv6 address), the port, and
    that every character is allowed where it stands: ``%`` only as ``%HH``,
    ``#`` only once (it starts the fragment), no spaces, quotes or angle
    brackets."""
    if not isinstance(value, str):
        return "an address is text starting with http:// or https://"
    match = _SPLIT.match(value)
    if match is None or match["scheme"].lower() not in ("http", "https"):
        return "it must start with http:// or https://"
    authority = match["authority"]
    if authority is None:
        return "it must start with http:// or https:// and a host name"
    userinfo, _, hostport = authority.rpartition("@")
    if userinfo and not _USERINFO.fullmatch(userinfo):
        return "the user name before '@' has characters an address cannot hold"
    if hostport.startswith("["):
        end = hostport.find("]")
        if end < 0:
            return "an IPv6 host must be closed with ']'"
        host, port = hostport[1:end], hostport[end + 1:]
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return f"[{host}] is not an IPv6 address"
        if port and not re.fullmatch(r":[0-9]*", port):
            return "after the host comes ':' and a port number, or nothing"
    else:
        host, _, port = hostport.partition(":")
        if not host:
            return "the host name is missing"
        if not _REG_NAME.fullmatch(host):
            return f"the host {host!r} has characters a host name cannot hold"
        if port and not port.isdigit():
            return "the port after ':' must be a number"
    for part, pattern in (("path", _PATH), ("query", _QUERY), ("fragment", _FRAGMENT)):
        text = match[part]
        if text and not pattern.fullmatch(text):
            bad = _first_bad(text, pattern, part)
            return f"the {part} has {bad}"
    return None


def _first_bad(text: str, pattern, part: str) -> str:
    """Say which character breaks ``text``, for the message."""
    if part == "fragment" and "#" in text:
        return "a second '#' (write it as %23)"
    for match in re.finditer("%", text):
        if not re.fullmatch(_PCT, text[match.start():match.start() + 3]):
            return f"a '%' not followed by two hexadecimal digits ({text[match.start():match.start() + 3]!r}; write %25 for a percent sign)"
    for char in text:
        if not pattern.fullmatch("/" + char if part == "path" else char):
            return f"the character {char!r} (U+{ord(char):04X}), which must be percent-encoded"
    return "characters an address cannot hold"
