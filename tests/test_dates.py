"""Dates keep their precision; relative dates resolve against the source's date."""

import datetime as dt

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from kb.dates import DateError, parse, resolve

FRIDAY = dt.date(2022, 12, 23)


@pytest.mark.parametrize("value, lexical, datatype", [
    (dt.date(2022, 12, 22), "2022-12-22", XSD.date),
    ("2022-11", "2022-11", XSD.gYearMonth),
    (2018, "2018", XSD.gYear),
    ("2016", "2016", XSD.gYear),
])
def test_parse_keeps_precision(value, lexical, datatype):
    assert parse(value) == Literal(lexical, datatype=datatype)


@pytest.mark.parametrize("value", ["2022-13-40", "2022-02-30", "2022-13", "last month", "22-11", True, 3.5,
                                   dt.datetime(2022, 1, 1, 12, 0)])
def test_parse_rejects(value):
    with pytest.raises(DateError):
        parse(value)


@pytest.mark.parametrize("expression, expected", [
    ("Thursday", Literal("2022-12-22", datatype=XSD.date)),
    ("on Friday", Literal("2022-12-23", datatype=XSD.date)),
    ("last Friday", Literal("2022-12-16", datatype=XSD.date)),
    ("yesterday", Literal("2022-12-22", datatype=XSD.date)),
    ("last month", Literal("2022-11", datatype=XSD.gYearMonth)),
    ("just last month", Literal("2022-11", datatype=XSD.gYearMonth)),
    ("earlier this month", Literal("2022-12", datatype=XSD.gYearMonth)),
    ("last year", Literal("2021", datatype=XSD.gYear)),
    ("in March 2022", Literal("2022-03", datatype=XSD.gYearMonth)),
    ("in March", Literal("2022-03", datatype=XSD.gYearMonth)),
    ("December 30", Literal("2021-12-30", datatype=XSD.date)),
    ("in 2018", Literal("2018", datatype=XSD.gYear)),
    # day first, as British, UN and EU texts write it
    ("30 September 2022", Literal("2022-09-30", datatype=XSD.date)),
    ("on 3 March", Literal("2022-03-03", datatype=XSD.date)),
    ("30 December", Literal("2021-12-30", datatype=XSD.date)),
    ("31 February 2022", None),
    ("3 March 4 2022", None),
])
def test_resolve(expression, expected):
    assert resolve(expression, FRIDAY) == expected


def test_resolve_january_last_month_crosses_year():
    assert resolve("last month", dt.date(2023, 1, 5)) == Literal("2022-12", datatype=XSD.gYearMonth)


def test_vague_expressions_stay_unresolved():
    assert resolve("in recent weeks", FRIDAY) is None
