"""A four-digit clock that follows another: "talks resumed at 0930 and ended at 1715".

Alone, "at 1715" may be a year or a price ("the index closed at 1715"); after a wire clock in the same sentence
it is the next reading of the same clock, on the same day.
"""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_ON_ANY_DAY

_FOUR_DIGIT_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_WIRE_CLOCK_TEXT = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\b.*", re.S)
# What may stand between the two readings: one clause of the same sentence, ending in a word that takes a time.
_BETWEEN = re.compile(r"[^.;!?\n]{0,60}\b(?:at|until|till|to|and|by|before|after)\s+", re.I)


def with_wire_clock_series(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """Read a year-like "1715" as a clock when a wire clock reading came just before it."""
    result = list(expressions)
    for index in range(1, len(result)):
        expr, before = result[index], result[index - 1]
        if expr.type is not TimexType.DATE or not _FOUR_DIGIT_CLOCK.fullmatch(expr.text):
            continue
        if before.type is not TimexType.TIME or not _WIRE_CLOCK_TEXT.fullmatch(before.text):
            continue
        day = CLOCK_ON_ANY_DAY.match(before.value)
        if day is None or not _BETWEEN.fullmatch(text, before.end, expr.start):
            continue
        value = f"{day['day']}T{expr.text[:2]}:{expr.text[2:]}"
        anchor = before.span.anchor if before.span else Anchor.EXPLICIT
        result[index] = redated(expr, value, anchor, timex_type=TimexType.TIME, mod=None)
    return result
