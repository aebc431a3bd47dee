"""Years written once for several expressions: "in November and December 2022", "on Yom Kippur in 1973",
and the entries of a chronology ("24 February 2022: Russia invades. 2 April: Ukraine retakes Bucha.")."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression
from timeline_app.core.timespan import Anchor, Granularity, TimeSpan
from timeline_app.extraction.temporal.lexicon import FOUR_DIGIT_YEAR
from timeline_app.extraction.temporal.list_years import (
    later_items_in_the_first_year,
    months_of_the_year_after_them,
    range_ends_after_the_dct,
)
from timeline_app.extraction.temporal.normalise import normalise_cached
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import UNKNOWN

_IN_OF = re.compile(r"\s+(?:in|of)\s+")
_JOINED = re.compile(r"\s*(?:and|or|to|through|until|-|\u2013)\s*")
# A chronology entry: a date opening its line, then a colon or a dash.
_ENTRY_AFTER = re.compile(r"\s*(?::|[-\u2013\u2014]\s)")
_DATED_VALUE = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?")
_MONTH_OR_DAY = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?")
_DAY_WRITTEN = re.compile(r"\d")
_SEASON_VALUE = re.compile(r"(?P<year>\d{4})-(?P<season>SP|SU|FA|WI)")
_AND_OR = re.compile(r"\s*(?:,\s*)?(?:and|or|and\s+the|and\s+in)\s+", re.I)
_DAY_TO_SEASON = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.SEASON})


def with_years_written_nearby(expressions: list[TemporalExpression], text: str,
                              dct: Day | None = None) -> list[TemporalExpression]:
    """``expressions`` with the years that other expressions beside them write out (or the first of their list)."""
    dated = days_in_the_year_after(months_sharing_a_year(expressions, text), text)
    dated = months_of_the_year_after_them(chronology_years(seasons_of_one_year(dated, text), text), text)
    return range_ends_after_the_dct(later_items_in_the_first_year(dated, text, dct), text, dct)


def seasons_of_one_year(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"in summer and fall", "that spring and summer": a season joined to another is of the same year."""
    dated = list(expressions)
    for index in range(1, len(dated)):
        first, later = dated[index - 1], dated[index]
        before, after = _SEASON_VALUE.fullmatch(first.value), _SEASON_VALUE.fullmatch(later.value)
        if before is None or after is None or before["year"] == after["year"] or FOUR_DIGIT_YEAR.search(later.text):
            continue
        if _AND_OR.fullmatch(text, first.end, later.start):
            dated[index] = redated(later, f"{before['year']}-{after['season']}")
    return dated


def is_entry(text: str, expr: TemporalExpression) -> bool:
    """Whether ``expr`` opens a chronology entry ("2 April: ...", "- 11 November - ...")."""
    line_start = text.rfind("\n", 0, expr.start) + 1
    return text[line_start:expr.start].strip(" \t-*\u2022") == "" and _ENTRY_AFTER.match(text, expr.end) is not None


def chronology_years(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """In a chronology, an entry without a year follows the year of the entry before it, moving to the next
    year when its month comes earlier ("December 2021: ... / 2 April: ..." is April 2022)."""
    dated = list(expressions)
    year = month = None
    for index, expr in enumerate(dated):
        value = _DATED_VALUE.fullmatch(expr.value)
        if value is None or expr.span is None or not is_entry(text, expr):
            continue
        if FOUR_DIGIT_YEAR.search(expr.text):
            year, month = int(value.group(1)), int(value.group(2))
            continue
        if year is None or month is None:
            continue
        new_month = int(value.group(2))
        year, month = (year if new_month >= month else year + 1), new_month
        new_value = f"{year:04d}{expr.value[4:]}"
        span = TimeSpan.from_value(new_value, expr.mod, Anchor.REFERENCE_TIME, expr.text)
        if span is not None:  # not "29 February" of a year without one
            dated[index] = replace(expr, value=new_value, span=span)
    return dated


def months_sharing_a_year(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"in November and December 2022", "on Feb. 28 and March 1, 1992": the year written once is both's
    (the year before for "Dec. 28 to Jan. 3, 1992")."""
    dated = list(expressions)
    for index, (expr, later) in enumerate(pairwise(dated)):
        year = FOUR_DIGIT_YEAR.search(later.text)
        if year is None or FOUR_DIGIT_YEAR.search(expr.text) or not _JOINED.fullmatch(text, expr.end, later.start):
            continue
        first, second = _MONTH_OR_DAY.fullmatch(expr.value), _MONTH_OR_DAY.fullmatch(later.value)
        if first is None or second is None or second["year"] != year.group(0):
            continue
        if (first["day"] is None) != (second["day"] is None) or (first["day"] and not _DAY_WRITTEN.search(expr.text)):
            continue  # "Feb. 28 and March 1, 1992" and "November and December 2022", not "Monday and March 2"
        shared = int(year.group(0)) - (1 if int(first["month"]) > int(second["month"]) else 0)
        dated[index] = redated(expr, f"{shared:04d}{expr.value[4:]}", Anchor.EXPLICIT)
    return dated


def days_in_the_year_after(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"on Yom Kippur in 1973", "on July 4 of 1976", "a washout summer in 2009": a day, month or season written
    without its year, then the year."""
    dated = list(expressions)
    for index, (expr, later) in enumerate(pairwise(dated)):
        if expr.span is None or expr.span.anchor is Anchor.EXPLICIT or expr.span.granularity not in _DAY_TO_SEASON:
            continue
        if not _IN_OF.fullmatch(text, expr.end, later.start) or not re.fullmatch(r"\d{4}", later.value):
            continue
        found = normalise_cached(f"{expr.text} {later.value}", None, None, UNKNOWN)
        if found is not None and found.value.startswith(later.value):
            span = TimeSpan.from_value(found.value, found.mod, Anchor.EXPLICIT, expr.text)
            if span is not None and found.last is not None:
                span = replace(span, end=found.last)
            dated[index] = replace(expr, value=found.value, span=span)
    return dated


