""""- Oct. 31: Reformation Day", "Labour Day, 1 May, is a Friday", "Reformation Day on 31 October": a day named
by its name next to its written date is that date, in the year the date was read in."""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import DAY_VALUE

_BETWEEN = re.compile(r"\s*(?::|,|\(|-|\u2013|\u2014|\s+on|\s+is|\s+falls\s+on|\s+fell\s+on)?\s*")
_DIGIT = re.compile(r"\d")


def with_named_days_dated_alongside(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """A named day (no digits) read in another year than the written date beside it on the same month and day
    takes the written date's year."""
    result = list(expressions)
    for index, expr in enumerate(result):
        if not _is_named_day(expr):
            continue
        for other in (result[index - 1] if index else None, result[index + 1] if index + 1 < len(result) else None):
            if other is None or not _is_written_day(other) or other.value[-5:] != expr.value[-5:] or (
                    other.value == expr.value):
                continue
            first, second = (other, expr) if other.start < expr.start else (expr, other)
            if _BETWEEN.fullmatch(text, first.end, second.start) is not None:
                result[index] = redated(expr, other.value)
                break
    return result


def _is_named_day(expr: TemporalExpression) -> bool:
    return expr.type is TimexType.DATE and DAY_VALUE.fullmatch(expr.value) is not None and not _DIGIT.search(
        expr.text)


def _is_written_day(expr: TemporalExpression) -> bool:
    return expr.type is TimexType.DATE and DAY_VALUE.fullmatch(expr.value) is not None and bool(_DIGIT.search(
        expr.text))
