""""Anyone who saw her at 2am that Friday should call police", after "She was last seen on Friday 29 September":
"that Friday" points back to the Friday the story has named, not to the coming one, and the clock written
straight before it is on that day, as one expression."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.clock_days import names_a_day
from timeline_app.extraction.temporal.lexicon import WEEKDAYS
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE, DAY_VALUE

_THAT_BEFORE = re.compile(r"\b[Tt]hat\s+$")
_REACH = 1500  # characters: a few paragraphs of the same account


def with_weekdays_named_before(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """Date "that Friday" to the last Friday named before it, with "2am" written just before it."""
    result: list[TemporalExpression] = []
    for expr in expressions:
        that = _THAT_BEFORE.search(text, max(0, expr.start - 8), expr.start)
        weekday = WEEKDAYS.get(expr.text.lower().rstrip(".")) if expr.type is TimexType.DATE else None
        named = _last_named(result, weekday, expr.start) if that is not None and weekday is not None else None
        if that is None or named is None:
            result.append(expr)
            continue
        day = redated(expr, named)
        day = replace(day, start=that.start(), text=text[that.start():expr.end])
        clock = result[-1] if result else None
        reading = CLOCK_VALUE.fullmatch(clock.value) if clock is not None else None
        if clock is not None and reading is not None and _bare_clock_just_before(clock, text, that.start()):
            merged = replace(clock, end=day.end, text=text[clock.start:day.end])
            result[-1] = redated(merged, f"{named}T{reading['clock']}")
            continue
        result.append(day)
    return result


def _last_named(earlier: list[TemporalExpression], weekday: int, start: int) -> str | None:
    for other in reversed(earlier):
        if start - other.end > _REACH:
            return None
        day = DAY_VALUE.match(other.value)
        if day is not None and other.span is not None and other.span.days <= 1 and names_a_day(other.text) and (
                Day.parse(day.group(0)).weekday == weekday):
            return day.group(0)
    return None


def _bare_clock_just_before(clock: TemporalExpression, text: str, start: int) -> bool:
    return clock.type is TimexType.TIME and CLOCK_VALUE.fullmatch(clock.value) is not None and (
        not names_a_day(clock.text)) and text[clock.end:start].strip() == ""
