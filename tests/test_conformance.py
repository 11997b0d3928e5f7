"""Every IRI in the published files is a valid absolute IRI (RFC 3987), and every
literal is valid for its datatype."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_PCT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_DURATION = re.compile(r"^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")


def iri_problem(iri: str) -> str | None:
    """Why ``iri`` is not a valid absolute IRI per RFC 3987, or None."""
    if not _SCHEME.match(iri):
        return "no scheme"
    if _FORBIDDEN.search(iri):
        return "a character IRIs may not contain"
    if _PCT.search(iri):
        return "a % not followed by two hex digits"
    if iri.lower().startswith(("http:", "https:")) and not re.match(r"^https?://[^/?#]+", iri, re.IGNORECASE):
        return "an http(s) IRI without a host"
    return None


def _gyearmonth(text):
    year, month = text.split("-")
    return len(year) == 4 and 1 <= int(month) <= 12 and len(month) == 2


CHECKS = {
    XSD.string: lambda t: True,
    XSD.date: lambda t: dt.date.fromisoformat(t).isoformat() == t,
    XSD.gYearMonth: lambda t: re.fullmatch(r"\d{4}-\d{2}", t) and _gyearmonth(t),
    XSD.gYear: lambda t: re.fullmatch(r"\d{4}", t),
    XSD.dateTime: lambda t: dt.datetime.fromisoformat(t.replace("Z", "+00:00")).tzinfo is not None,
    XSD.boolean: lambda t: t in ("true", "false"),
    XSD.decimal: lambda t: _DECIMAL.match(t),
    XSD.integer: lambda t: re.fullmatch(r"[+-]?\d+", t),
    XSD.nonNegativeInteger: lambda t: re.fullmatch(r"\+?\d+", t),
    XSD.duration: lambda t: _DURATION.match(t),
    XSD.hexBinary: lambda t: re.fullmatch(r"([0-9A-Fa-f]{2})*", t),
    XSD.language: lambda t: _LANG.match(t),
}


def literal_problem(literal: Literal) -> str | None:
    if literal.language is not None:
        return None if _LANG.match(literal.language) else f"bad language tag {literal.language}"
    datatype = literal.datatype or XSD.string
    check = CHECKS.get(datatype)
    if check is None:
        return f"datatype {datatype} has no validity check here: add one"
    try:
        return None if check(str(literal)) else f"not a valid {datatype}"
    except ValueError:
        return f"not a valid {datatype}"


def _graphs(compiled):
    return {"kb": compiled.graph, "ontology": compiled.ontology, "shapes": compiled.shapes}


@pytest.mark.parametrize("name", ["kb", "ontology", "shapes"])
def test_every_iri_is_valid(compiled, name):
    terms = {t for triple in _graphs(compiled)[name] for t in triple if isinstance(t, URIRef)}
    bad = sorted((str(t), iri_problem(str(t))) for t in terms if iri_problem(str(t)))
    assert not bad, bad[:10]


@pytest.mark.parametrize("name", ["kb", "ontology", "shapes"])
def test_every_literal_is_valid(compiled, name):
    literals = {o for _, _, o in _graphs(compiled)[name] if isinstance(o, Literal)}
    bad = sorted((o.n3(), literal_problem(o)) for o in literals if literal_problem(o))
    assert not bad, bad[:10]


@pytest.mark.parametrize("iri", ["https://w3id.org/agkb/id/a b", "no-scheme", "http:///path", "https://x/%zz",
                                 "https://x/<y>"])
def test_invalid_iris_are_caught(iri):
    assert iri_problem(iri)


@pytest.mark.parametrize("lexical, datatype", [("2022-13", XSD.gYearMonth), ("2022-02-30", XSD.date),
                                               ("yes", XSD.boolean), ("1,000", XSD.decimal), ("x", RDF.HTML)])
@pytest.mark.filterwarnings("ignore:Parsing weird boolean")
def test_invalid_literals_are_caught(lexical, datatype):
    assert literal_problem(Literal(lexical, datatype=datatype, normalize=False))
