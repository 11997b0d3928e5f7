"""Which earlier claims a denial or a concurrence is about, when the sentence
that carries it codes none of its own ("Kestrel Trading has repeatedly denied
the accusations", "it has no knowledge of how its products reached the lake",
"welcomed the sanctions").

A claim is a candidate when the speaker (or the body it speaks for, the state
it belongs to, the group it leads) takes part in it, when the sentence names
one of its parties, or when the sentence's words name the party whose findings
are rejected ("rejected the Panel's findings": the claims the Panel's
statements are about). Words of the sentence point at a kind of claim
(``claim_cues`` in ``lexicon/language.yaml``: "weapons", "received" for an
arms transfer; "attacking civilians" for an atrocity); kinds in
``secondary_claims`` (sanctions measures, estimates, posts) count only when a
word points at them; when words point at some kinds, only claims of those
kinds are candidates. The best-scored claims win; among equals, those of the
kind of the nearest one. With no tie to the speaker or the sentence, the
nearest claim of a kind the words name ("welcomed the sanctions").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language

# Kinds of claims a statement can deny or concur with; a bare "Claim" (a
# statement's own words) is never an earlier claim to be about.
_NOT_ABOUT = frozenset({"Claim"})


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset]:
    return {kind: frozenset(words) for kind, words in language()["claim_cues"].items()}


def claim_values(claim) -> set[str]:
    """The entity ids and other strings among a candidate's field values (lists flattened): who and what a claim
    names, for matching a statement's parties against it."""
    return {v for value in claim.fields.values() for v in (value if isinstance(value, list) else [value])
            if isinstance(v, str)}


def ranked(claims, parties: set, named: set, lemmas: set, said_by: list, here: list) -> list:
    """The claims of ``claims`` (candidates, in document order) a statement is
    about, best first; ``[]`` when none has a party in ``parties`` (the speaker
    and who it speaks for), an entity of ``named`` (other entities the sentence
    names) or is in ``said_by`` (claims of the party whose findings the
    statement names). ``lemmas`` are the sentence's lower-case lemmas; claims in
    ``here`` (coded from the sentence itself) are left out."""
    parties = {p for p in parties if p}
    secondary = set(language()["secondary_claims"])
    cues = _cues()
    cued = {kind for kind, words in cues.items() if lemmas & words}
    pool = [(order, claim) for order, claim in enumerate(claims) if claim.type not in _NOT_ABOUT and claim not in here]
    if cued:  # "denied attacking civilians": not the group's operations
        pool = [(order, claim) for order, claim in pool if claim.type in cued]
    scored = []
    for order, claim in pool:
        values = claim_values(claim)
        tied = bool(values & parties) or bool(values & named) or claim in said_by
        if not tied or claim.type in secondary and claim.type not in cued and claim not in said_by:
            continue  # "denied the accusations" is not about the sanctions on the speaker
        score = 2 * bool(values & parties) + len(values & named) + 2 * (claim in said_by) + \
            2 * (claim.type in cued)
        scored.append((score, order, claim))
    if not scored:
        # "welcomed the sanctions": the nearest claim of the kind the words name
        named_kind = [claim for _order, claim in pool if claim.type in cued]
        return named_kind[-1:]
    best = max(s for s, _o, _c in scored)
    top = [(o, c) for s, o, c in scored if s == best]
    nearest = max(top, key=lambda t: t[0])[1]
    return [c for _o, c in top if c.type == nearest.type]


def last_killing(claims, here: list) -> list:
    """The claims of the killing reported last before this sentence (its
    event, who took part, its tolls): what a speaker who calls the dead
    combatants denies when its words name no claim of it."""
    kinds = ("Atrocity", "Massacre", "Participation", "Estimate")
    events = [c for c in claims.values() if c.type in ("Atrocity", "Massacre") and c not in here and c.evidence]
    if not events:
        return []
    event = max(events, key=lambda c: c.evidence[0].index)
    return [c for c in claims.values() if c.type in kinds and c not in here and c.evidence and
            c.evidence[0].index == event.evidence[0].index]


def involvement_denied(claims, here: list, text: str) -> list:
    """What a denial of involvement in words naming no claim ("'We had nothing
    to do with it,' said X", "denied any involvement", ``involvement_denials``
    in lexicon/language.yaml) denies: who is said to have taken part in the
    killing reported last, else that killing; none for other words."""
    if not re.search(language()["involvement_denials"], text, re.IGNORECASE):
        return []
    killing = last_killing(claims, here)
    return [c for c in killing if c.type == "Participation"] or [c for c in killing if c.type in ("Atrocity", "Massacre")]
