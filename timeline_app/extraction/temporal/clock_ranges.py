"""The far end of a range of clock readings on named weekdays runs forward from its start.

"imposed a curfew from 11 p.m. Monday to 5 a.m. Tuesday": the end, read on its own with the past verb, would be
the Tuesday before; a range cannot end before it begins, so it is the Tuesday after the Monday.
"""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression
from timeline_app.extraction.temporal.redate import redated

_TO = re.compile(r"\s*(?:to|until|till|through|[-\u2013])\s*", re.I)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_CLOCK_ON_DAY = re.compile(r"-?\d{4}-\d\d-\d\dT[\d:]+")
_WEEK = 7


def with_clock_range_ends_forward(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` with the end of "<clock> <weekday> to <clock> <weekday>" moved on by weeks until it is
    after its start."""
    result = list(expressions)
    for index in range(1, len(result)):
        first, last = result[index - 1], result[index]
        if not (_is_clock_on_weekday(first) and _is_clock_on_weekday(last)) or not _TO.fullmatch(
                text, first.end, last.start):
            continue
        if first.span is None or last.span is None or not last.span.start < first.span.start:
            continue
        weeks = (first.span.start.number - last.span.start.number) // _WEEK + 1
        day = last.span.start.plus_days(_WEEK * weeks).iso()
        result[index] = redated(last, day + last.value[last.value.index("T"):])
    return result


def _is_clock_on_weekday(expr: TemporalExpression) -> bool:
    return _CLOCK_ON_DAY.fullmatch(expr.value) is not None and _WEEKDAY.search(expr.text) is not None
