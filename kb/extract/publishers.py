"""Who published a new document and who wrote it: ids the knowledge base must
hold, with the class its shapes require (``publisher``: a MediaOutlet;
``author``: an Actor), so a saved document never leaves the project
unbuildable.

A publisher the knowledge base does not know, named with ``--publisher``,
read from the site or from the wire agency a dateline credits, is registered as a new media outlet in
``facts/entities/media-outlets.yaml``, unless its name is close to a known
outlet's (then the user is asked to use that id). An unknown ``--author`` is
refused: a byline may be a person or an agency, and its class cannot be told.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from ..errors import KBError
from ..project import Project
from .mentions import slug

OUTLETS = Path("entities") / "media-outlets.yaml"  # under facts/


def choose(known, given: str | None, site: str | None, where: str) -> tuple[str, dict | None]:
    """The publisher's id, and the outlet record to register (None when known).

    ``known``: a :class:`kb.extract.Context`; ``given``: ``--publisher`` (an id,
    or the outlet's name); ``site``: the site's name or host name, for a URL.
    Raises KBError naming ``where`` with the fix."""
    if given:
        return _given(known, given, where)
    if not site:
        raise KBError("the document names no publisher; pass --publisher ID (a media outlet's id)", where)
    found = known.index.resolve(site, "MediaOutlet")
    if found:
        return found, None
    ident = slug(site)
    if ident in known.entities:
        if known.is_a(ident, "MediaOutlet"):
            return ident, None
        raise KBError(f"the site's name '{site}' is the id of a {known.entities[ident].get('type')}, not a media "
                      "outlet; pass --publisher ID (a media outlet's id)", where)
    host = urlsplit(where).hostname if "://" in where else None
    return ident, _outlet(ident, site, f"Publisher of {host}." if host else "Publisher of a saved source document.")


def _given(known, given: str, where: str) -> tuple[str, dict | None]:
    if given in known.entities:
        if known.is_a(given, "MediaOutlet"):
            return given, None
        raise KBError(f"--publisher '{given}' is a {known.entities[given].get('type')}, not a media outlet; "
                      "pass a media outlet's id", where)
    is_id = bool(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", given))
    name = given.replace("-", " ") if is_id else given
    near = known.index.resolve(name, "MediaOutlet") or known.index.resolve(name, "Organisation")
    if near:
        label = known.entities[near].get("label", near)
        raise KBError(f"--publisher '{given}' is not an id in the knowledge base; did you mean '{near}' ({label})? "
                      f"Pass --publisher {near}", where)
    ident = slug(given)
    if not ident:
        raise KBError(f"--publisher '{given}' has no letters or digits; pass a media outlet's id or name", where)
    if ident in known.entities:
        return _given(known, ident, where)
    label = name.title() if is_id else given
    return ident, _outlet(ident, label, "Publisher of a saved source document, registered by `kb extract` "
                                        "from --publisher; check its label.")


def check_author(known, given: str, publisher: str, outlet: dict | None, where: str) -> str:
    """``--author``'s id when the knowledge base holds it as an actor (or it is
    the publisher); raises KBError with the fix otherwise."""
    if given == publisher:
        return given
    if given in known.entities:
        if known.is_a(given, "Actor"):
            return given
        raise KBError(f"--author '{given}' is a {known.entities[given].get('type')}, not a person or agency; "
                      "pass the id of the byline's person or agency", where)
    near = known.index.resolve(given.replace("-", " "), "Actor")
    hint = f"did you mean '{near}'? " if near else ""
    raise KBError(f"--author '{given}' is not an id in the knowledge base; {hint}add the person or agency to "
                  "facts/entities/ first, or leave --author out to credit the publisher", where)


def outlet_file(project: Project, record: dict) -> tuple[Path, bytes]:
    """``facts/entities/media-outlets.yaml`` with ``record`` added at the end."""
    path = project.facts / OUTLETS
    current = path.read_text(encoding="utf-8") if path.is_file() else \
        "# Media outlets registered by `kb extract` as the publishers of saved documents.\n"
    block = yaml.safe_dump([record], sort_keys=False, allow_unicode=True, width=100)
    return path, (current.rstrip("\n") + "\n\n" + block).encode("utf-8")


def _outlet(ident: str, label: str, description: str) -> dict:
    return {"id": ident, "type": "MediaOutlet", "label": label, "description": description}


def dateline_agency(text: str) -> str | None:
    """The wire agency a dateline credits in parentheses ("N'DJAMENA, March 14,
    2026 (Reuters) -": "Reuters"), or None: the publisher of a local file that
    names no other (new-user trial: such a report was refused for want of
    ``--publisher``)."""
    from .dateline import find

    found = find(text)
    match = re.search(r"\(([^()\n]{2,60})\)\s*$", found.text) if found is not None else None
    return match.group(1).strip() if match and re.search(r"[A-Za-z]", match.group(1)) else None


def masthead_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the parts of a document that name its own
    publisher or author, not what it reports: the masthead (each segment, split
    at " | " or " - ", of the short lines before the first line that reads like
    a sentence, among the first ``masthead_lines`` non-empty lines: "Andean
    Review | Feature | 20 May 2027", "HORN CONFLICT MONITOR"), a wire's agency
    in its dateline ("GOMA, Sept 30, 2026 (Equator News Agency) -"), and a
    footer line that opens with one of ``footer_openers`` or holds one of
    ``disclaimer_cues``, up to its verb ("About us: The X| is an independent network ..."), and a wire's
    credit line that opens with one of ``credit_openers`` ("(Reporting by X; editing by Y)"), whole.
    A name met only there is the source's, proposed only when a fact needs it.
    Word lists: ``lexicon/language.yaml``."""
    from .lexicon import language

    lex = language()
    spans: list[tuple[int, int]] = []
    at, seen = 0, 0
    for line in text.splitlines(keepends=True):
        start, body = at, line.rstrip("\n")
        at += len(line)
        if not body.strip():
            continue
        seen += 1
        if seen <= lex["masthead_lines"] and len(body.split()) <= 12 and not re.search(r"[.!?:;\"”]\s*$", body):
            for part in re.finditer(r"[^|–—]+?(?=\s+[|–—-]\s+|\s*$)", body):
                lead = len(part.group()) - len(part.group().lstrip(" |–—-"))  # " - COAST GUARD": the name only
                if part.group().strip(" |–—-"):
                    spans.append((start + part.start() + lead, start + part.end()))
        dateline = re.match(r"^[A-ZÀ-Þ][A-ZÀ-Þ .,'’-]+,[^()]{0,40}\(([^)]{2,40})\)\s*[-–—]", body)  # "LOMÉ, Dec 2 (X) -"
        if dateline:
            spans.append((start + dateline.start(1), start + dateline.end(1)))
        low = body.lower()
        if low.lstrip("( ").startswith(tuple(o.lower() for o in lex["credit_openers"])):
            spans.append((start, start + len(body)))  # "(Reporting by X; additional reporting by Y; editing by Z)"
            continue
        if low.startswith(tuple(o.lower() for o in lex["footer_openers"])) or \
                any(cue in low for cue in lex["disclaimer_cues"]):
            subject = re.search(r"\s(?:is|are|was)\s", body)  # the footer's subject: "The X is an independent ..."
            spans.append((start, start + (subject.start() if subject else len(body))))
    return spans


_DATE_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s|\d{1,2}[\s./]"


def dateline_city(text: str, lines: int = 8) -> str | None:
    """The city a dateline opens with ("LOMÉ, Dec 2 (Meridian Wire) -", "Dakar,
    Tuesday 15 December 2026", "SANTARÉM, Brazil, November 5, 2026", "Port Elsa, Kora — 3 May 2027"), among the
    first ``lines`` non-empty lines, as written; ``None`` when there is none.
    It is where the writer files from: the city is proposed as a new place only
    when a fact needs it, not because the body names it again ("told reporters
    in Dakar"). Words of ``calendar_words`` (lexicon/language.yaml) or a
    publishing verb ("Published Thursday, 17 December") are no city."""
    from .lexicon import language

    calendar = set(language()["calendar_words"])
    seen = 0
    for body in text.splitlines():
        if not body.strip():
            continue
        seen += 1
        if seen > lines:
            break
        match = re.match(r"^(?:.{0,60}?\b(?:[Rr]elease|[Cc]ommuniqué)(?:\s+No\.\s*\S+)?\s+)?"
                         r"([A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,2})(?:, [A-Z][\w .]{1,30}?)?(?:,|\s+[—–-])\s+(?:" + _DATE_WORD +
                         ")",
                         body)
        if match and not any(w.title() in calendar or w in ("Published", "Updated", "Posted", "Issued")
                             for w in match.group(1).split()):
            return match.group(1)
    return None


def issuing_lines(text: str) -> list[str]:
    """(round 27) The masthead lines that name the body issuing a press release: each of the first lines before one
    that opens with a ``release_openers`` word ("Ministry of Foreign Affairs" over "Press release No. 147"). The
    body is the document's publisher, proposed only when a fact needs it. Word list: ``lexicon/language.yaml``."""
    from .lexicon import language

    lines = [line.strip() for line in text.splitlines() if line.strip()][:language()["masthead_lines"] + 3]
    openers = tuple(language()["release_openers"])
    return [line for line, after in zip(lines, lines[1:]) if after.lower().startswith(openers)
            and not line.lower().startswith(openers) and len(line.split()) <= 12]


def signoff_spans(text: str) -> list[tuple[int, int]]:
    """(round 38) (start, end) offsets of a release's sign-off: the short lines that close a document after its
    last sentence ("Issued by:" / "Communication Office" / "Directorate General of Customs"; "Office for
    Communication of the Government" / "Principality of Liechtenstein"), each of at most ``signoff_words`` words,
    neither a list item nor ending like a sentence, at most ``signoff_lines`` of them. They name the
    publisher's press office, proposed only when a fact needs it. Limits: ``lexicon/language.yaml``."""
    from .lexicon import language

    lex = language()
    spans: list[tuple[int, int]] = []
    end = len(text.rstrip())
    while end > 0 and len(spans) < lex["signoff_lines"]:
        start = text.rfind("\n", 0, end) + 1
        body = text[start:end].strip()
        if body.endswith(":") and spans:
            break  # "Issued by:" opens the sign-off
        if not body or len(body.split()) > lex["signoff_words"] or re.match(r"[-•*–\d(]", body) or \
                re.search(r"[.!?;,\"”’')]\s*$", body):
            return spans
        at = start + text[start:end].index(body)
        spans.append((at, at + len(body)))
        end = len(text[:max(0, start - 1)].rstrip())
    return spans if end > 0 else []
