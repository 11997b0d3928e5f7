"""Figures that restate what an earlier estimate counted (round 16): a bare
second toll ("Local relief committees have put the toll at 52") counts what
the killing's first toll counted; "MINUSCA put it at about 1,200", "Community
sources put the figure at between 250 and 300" give another figure for the
estimate told just before (used by ``estimates``)."""

from __future__ import annotations

import re

# "put it at", "puts the figure at", "put their number higher, at": another figure for the estimate just told
# (round 17) or "told the Group the figure was closer to", "said the real number is nearer": another figure too
_AGAIN = re.compile(r"\bput(?:s|ting)?\s+(?:it|them|the figure|that figure|the number|their number|its number)"
                    r"(?:\s+(?:higher|lower))?,?\s+at\s+(?:[a-z]+\s+){0,3}$|"
                    r"\b(?:the|that|this|its|their)\s+(?:real\s+|true\s+|actual\s+)?(?:figure|number|total|strength)\s+"
                    r"(?:was|is|were|are|stood at|stands at)\s+(?:closer to|nearer(?: to)?|about|around|more like|"
                    r"at least|at most|nearly|almost|over|more than|well over|only|just)\s*$|"
                    # (round 32) "X's figure is lower: between 800 and 1,000 armed men"
                    r"\bfigure\s+is\s+(?:much\s+|far\s+|slightly\s+)?(?:lower|higher|smaller|larger)\s*[:,]\s*"
                    r"(?:[a-z]+\s+){0,2}$|"
                    # (round 32) "X puts it at 1,500, while Y speaks of \"no more than 700\"": a rival figure
                    r"\bwhile\s+[^,;.]{2,60}?\s+(?:speaks|spoke|talks|talked)\s+of\s+[\"“]?(?:[a-z]+\s+){0,3}$")


def bare_toll(before: str, after: str) -> bool:
    """True for a toll's number with no word after it counting who died ("have put the toll at 52.", "gave a
    toll of eight"; "a toll of 14 dead" names its own measure)."""
    return bool(re.search(r"\btoll\s+(?:at|of|to|stood at|rose to)\s+(?:\w+\s+)?$", before)) and \
        not re.match(r"^\s*[a-z]", after)


def first_toll_measure(event: str, claims: dict, told: bool = False) -> str | None:
    """The measure of the first toll given for ``event`` ("killed 37 villagers": civilians-killed), which a bare
    second toll of it counts too; with ``told``, only a toll given in the sentence that told the killing (round 18:
    "We confirmed the names of 14 civilians killed. The mayor gave a toll of 21": the mayor's counts people)."""
    killing = next((c for c in claims.values() if c.id == event), None)
    first = killing.evidence[0].index if told and killing is not None and killing.evidence else None
    return next((c.fields["measure"] for c in claims.values() if c.type == "Estimate" and
                 c.fields.get("of") == event and c.fields.get("measure", "").endswith("-killed") and
                 (first is None or c.evidence and c.evidence[0].index == first)), None)


# (round 27) "Military intelligence estimates between 2,200 and 2,600.": a verb of estimating with a bare figure
_ESTIMATES = re.compile(r"\b(?:estimates|estimated|reckons|reckoned|puts|put)\s+(?:(?:the\s+)?(?:figure|number|total)\s+"
                        r"(?:at\s+)?)?(?:[a-z]+\s+){0,2}$")
_RANGE_END = re.compile(r"^\s*(?:(?:and|to|-|–)\s*[\d,]+\s*)?(?:[.;]|$)")


def figure_again(before: str, claims: dict, sentence, after: str | None = None) -> object | None:
    """The estimate that "put it at N" / "put the figure at N" gives another figure for: the last one told in
    this sentence or the one before, or ``None``; (round 27) with ``after`` (the text after the number), also
    "estimates between N and M." with no noun after the figures."""
    if not _AGAIN.search(before) and not (after is not None and _ESTIMATES.search(before) and _RANGE_END.match(after)):
        return None
    told = [c for c in claims.values() if c.type == "Estimate" and c.evidence and
            0 <= sentence.index - c.evidence[0].index <= 1]
    return told[-1] if told else None
