"""Round 25, trade: seized arms given "for tracing", "for testing" or "for marking and tracing" go into custody
and are supplied to no one; a sanctions list whose parse keeps only its last name ("on the armed group A, its
commander B and the transport company C") gives every listed name, never a name in an "of" phrase before it;
"known as" is a listed person's alias; "the weapons were shipped to the group" after a
transfer with a supplier is that transfer told again; the commissioner of a named state service controls it; arms
that come "from" places the group overran, raided or looted are taken, not supplied."""

from __future__ import annotations

from .extract_cases import extract, claims, measures  # noqa: F401 - extract is a fixture


def _transfers(doc) -> set:
    return {(c.get("supplier"), c.get("recipient")) for c in claims(doc, "ArmsTransfer")}


# ---------------------------------------------------------------- 1. arms handed on for tracing
def test_arms_given_for_tracing_or_testing_go_into_custody(extract):
    for text, body in (
            ("Customs seized 40 rifles bound for the Varn Liberation Front. The weapons have been handed over to "
             "the National Commission for Small Arms for tracing.", "national-commission-for-small-arms"),
            ("Customs seized 40 rifles bound for the Varn Liberation Front. The rifles were handed to the Kestrian "
             "Ballistics Laboratory for tracing.", "kestrian-ballistics-laboratory"),
            ("Customs seized 40 rifles at the port. Officers later shipped the weapons to the Regional Arms "
             "Registry for marking and tracing.", "regional-arms-registry")):
        doc = extract(text)
        assert not any(r == body for _, r in _transfers(doc)), (text, _transfers(doc))


def test_arms_sent_for_another_purpose_are_still_supplied(extract):
    doc = extract("Customs seized 40 rifles at the port. The Tarvo Company had sent the rifles to the Varn Front "
                  "for training and combat.")
    assert ("tarvo-company", "varn-front") in _transfers(doc), _transfers(doc)
