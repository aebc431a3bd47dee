""""the eve of Yom Kippur", "Lunar New Year's Eve": the day before a holiday or dated day, as one expression."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import DAY_VALUE

_EVE_OF_BEFORE = re.compile(r"\b[Tt]he\s+eve\s+of\s+$")
_EVE_AFTER = re.compile(r"(?:['\u2019]s)?\s+Eve\b")


def with_eves(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """A day named after "the eve of", or before "'s Eve", becomes the day before it, its words taken in."""
    result = []
    for expr in expressions:
        before = _EVE_OF_BEFORE.search(text, max(0, expr.start - 16), expr.start)
        after = _EVE_AFTER.match(text, expr.end)
        if expr.type is not TimexType.DATE or DAY_VALUE.fullmatch(expr.value) is None or (
                before is None and after is None):
            result.append(expr)
            continue
        start, end = before.start() if before else expr.start, after.end() if after else expr.end
        widened = replace(expr, start=start, end=end, text=text[start:end])
        result.append(redated(widened, Day.parse(expr.value).plus_days(-1).iso()))
    return result
