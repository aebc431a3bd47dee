""""- Oct. 31: Reformation Day", "Reformation Day on 31 October": a day named by its name next to its written date
is that date, in the year the date was read in; "Labour Day, 1 May": a date in apposition says which day is meant."""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.lexicon import FULL_WEEKDAYS, alternation
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import DAY_VALUE

_BETWEEN = re.compile(r"\s*(?::|,|\(|-|\u2013|\u2014|\s+on|\s+is|\s+falls\s+on|\s+fell\s+on)?\s*")
_DIGIT = re.compile(r"\d")
_WEEKDAY = re.compile(rf"(?i:{alternation(FULL_WEEKDAYS)})$")
# "Labour Day, 1 May, is a Friday", "Epiphany (6 January)": the date written straight after the name is its day
_APPOSED = re.compile(r",\s*|\s*\(")


def with_named_days_dated_alongside(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """A named day (no digits) read in another year than the written date beside it on the same month and day
    takes the written date's year."""
    result = list(expressions)
    for index, expr in enumerate(result):
        if not _is_named_day(expr):
            continue
        for other in (result[index - 1] if index else None, result[index + 1] if index + 1 < len(result) else None):
            if other is None or not _is_written_day(other) or other.value == expr.value:
                continue
            first, second = (other, expr) if other.start < expr.start else (expr, other)
            same_day = other.value[-5:] == expr.value[-5:] and _BETWEEN.fullmatch(text, first.end, second.start)
            if same_day or (first is expr and _APPOSED.fullmatch(text, first.end, second.start)):
                result[index] = redated(expr, other.value)
                break
    return result


def _is_named_day(expr: TemporalExpression) -> bool:
    """A holiday's name; not a weekday, which its bracket may contradict (see bracketed.py)."""
    return expr.type is TimexType.DATE and DAY_VALUE.fullmatch(expr.value) is not None and not _DIGIT.search(
        expr.text) and _WEEKDAY.search(expr.text) is None


def _is_written_day(expr: TemporalExpression) -> bool:
    return expr.type is TimexType.DATE and DAY_VALUE.fullmatch(expr.value) is not None and bool(_DIGIT.search(
        expr.text))
