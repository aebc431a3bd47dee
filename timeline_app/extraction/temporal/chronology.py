"""Dates that a chronology's layout gives: a heading line ("MARCH 11") dates the clock readings listed under
it, and an entry ("Summer 1989: Thousands flee through Hungary, which opened its border in May.") dates the
months and weekdays written on its line without a year. Without the layout they would fall to the DCT."""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, Granularity
from timeline_app.extraction.temporal.lexicon import FOUR_DIGIT_YEAR, MONTHS, WEEKDAYS, alternation
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import FUTURE, TIME_ON_DAY, weekday_near
from timeline_app.extraction.temporal.years import is_entry

_HEADING_END = re.compile(r"[ \t]*:?[ \t]*(?:\n|$)")
_MONTH_OR_DAY = re.compile(r"(?P<year>\d{4})(?P<rest>-\d\d(?:-\d\d)?|-(?:SP|SU|FA|WI))")
_OWN_DAY = re.compile(rf"\b(?:today|tonight|yesterday|tomorrow|{alternation(WEEKDAYS)}|{alternation(MONTHS)})\b", re.I)


def with_chronology_dates(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` with clock readings under a date heading and yearless dates in an entry redated."""
    return _inside_entries(_under_headings(expressions, text), text)


def is_heading(text: str, expr: TemporalExpression) -> bool:
    """A day alone on its line ("MARCH 11", "Saturday, 14 May:"): the day of the lines below it."""
    line_start = text.rfind("\n", 0, expr.start) + 1
    return (expr.span is not None and expr.span.granularity is Granularity.DAY and expr.type is TimexType.DATE
            and text[line_start:expr.start].strip() == "" and _HEADING_END.match(text, expr.end) is not None)


def _under_headings(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    result = list(expressions)
    heading: Day | None = None
    for index, expr in enumerate(result):
        if is_heading(text, expr) and expr.span is not None:
            heading = expr.span.start
            continue
        if expr.span is not None and expr.span.granularity is Granularity.DAY and (
                expr.type is TimexType.DATE or _OWN_DAY.search(expr.text)):
            heading = None  # a day told in the prose ("on Friday afternoon") ends the heading's reach
            continue
        clock = TIME_ON_DAY.fullmatch(expr.value) if expr.type is TimexType.TIME else None
        if heading is None or clock is None or _OWN_DAY.search(expr.text):
            continue
        result[index] = redated(expr, f"{heading.iso()}{clock['rest']}", Anchor.REFERENCE_TIME)
    return result


def _inside_entries(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    result = list(expressions)
    entry: TemporalExpression | None = None
    for index, expr in enumerate(result):
        if is_entry(text, expr) and expr.type is TimexType.DATE and expr.span is not None and FOUR_DIGIT_YEAR.search(
                expr.text):
            entry = expr
            continue
        if entry is None or entry.span is None or "\n" in text[entry.end:expr.start]:
            entry = None
            continue
        if FOUR_DIGIT_YEAR.search(expr.text) or expr.span is None:
            continue
        result[index] = _in_entry(expr, entry.span.start, entry.span.granularity is Granularity.DAY)
    return result


def _in_entry(expr: TemporalExpression, day: Day, of_a_day: bool) -> TemporalExpression:
    """A month or season in the entry's year; a weekday the first such day from the entry's day on (only an
    entry that names a day can place one: "2019: On Monday he quit" has no Monday to give)."""
    weekday = expr.text.lower().rstrip(".") in WEEKDAYS and expr.type is TimexType.DATE
    if weekday and not of_a_day:
        return expr
    if weekday and expr.span is not None and expr.span.granularity is Granularity.DAY:
        return redated(expr, weekday_near(day, WEEKDAYS[expr.text.lower().rstrip(".")], FUTURE).iso(),
                       Anchor.REFERENCE_TIME)
    dated = _MONTH_OR_DAY.fullmatch(expr.value)
    if dated is None or int(dated["year"]) == day.year:
        return expr
    return redated(expr, f"{day.year:04d}{dated['rest']}", Anchor.REFERENCE_TIME)
