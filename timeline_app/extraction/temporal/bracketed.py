"""A weekday in brackets after a full date ("June 28, 2019 (Friday)") repeats that date's day of the week; a
date in brackets after a weekday ("on Tuesday (6 January)") says which one it is.

South Asian papers write dates so; the weekday is a gloss on the date before it, not a second date (read on
its own it would be the Friday nearest the story, often another day).
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import DAY_VALUE

_WEEKDAY = re.compile(r"(?-i:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?")


def without_bracketed_weekdays(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` without a bare weekday that stands in brackets straight after a dated day."""
    kept: list[TemporalExpression] = []
    for expr in expressions:
        before = kept[-1] if kept else None
        if (before is not None and before.type is TimexType.DATE and DAY_VALUE.fullmatch(before.value)
                and _WEEKDAY.fullmatch(expr.text) and re.fullmatch(r"\s*\(\s*", text[before.end:expr.start])
                and re.match(r"\s*\)", text[expr.end:])):
            continue
        kept.append(expr)
    return kept


_FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def with_weekdays_dated_in_brackets(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` with a bare weekday followed by its date in brackets ("on Tuesday (6 January)") on that
    date, when the weekday agrees with it: the bracket says which Tuesday."""
    dated = list(expressions)
    for index, expr in enumerate(dated[:-1]):
        gloss = dated[index + 1]
        name = expr.text.lower()
        if expr.type is not TimexType.DATE or name not in _FULL_WEEKDAYS or not DAY_VALUE.fullmatch(gloss.value):
            continue
        if not re.fullmatch(r"\s*\(\s*", text[expr.end:gloss.start]) or not re.match(r"\s*\)", text[gloss.end:]):
            continue
        day = Day.parse(gloss.value)
        anchor = gloss.span.anchor if gloss.span is not None else None
        if day.weekday == _FULL_WEEKDAYS.index(name) and anchor is not None and day.iso() != expr.value:
            dated[index] = redated(expr, day.iso(), anchor)
    return dated
