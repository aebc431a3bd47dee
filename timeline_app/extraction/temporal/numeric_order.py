"""Whether "03/05/2022" is 3 May or March 5: the document decides, not a fixed rule.

British, European, Indian and most other sources write day/month/year; American ones month/day/year. A text
shows its habit in dates that can only be read one way ("14/03/2022"), or in how it writes months out ("3 May"
against "May 3"); failing both, a reading that falls near the article's own date is the likelier one.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day, days_in_month
from timeline_app.core.model import TemporalExpression
from timeline_app.extraction.temporal.redate import redated

_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)(?![\d/])")
_MONTH = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![a-z])")
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w)")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)")
_NEAR_DCT_DAYS = 31


def with_numeric_dates_ordered(expressions: list[TemporalExpression], text: str,
                               dct: Day | None) -> list[TemporalExpression]:
    """Read the document's ambiguous slashed dates day-first when the document writes day first."""
    ambiguous = [i for i, e in enumerate(expressions) if _is_ambiguous(e.text)]
    if not ambiguous:
        return expressions
    habit = _written_habit(text)
    result = list(expressions)
    for index in ambiguous:
        expr = result[index]
        swapped = _day_first(expr)
        if swapped is None:
            continue
        if habit == "day" or (habit is None and _nearer_the_dct(swapped, expr, dct)):
            result[index] = swapped
    return result


def _is_ambiguous(text: str) -> bool:
    found = _SLASHED.fullmatch(text)
    return found is not None and int(found.group(1)) <= 12 and int(found.group(2)) <= 12


def _written_habit(text: str) -> str | None:
    """"day" or "month" first, from dates that can be read one way only, then from months written out."""
    day_first = month_first = 0
    for found in _SLASHED.finditer(text):
        first, second = int(found.group(1)), int(found.group(2))
        day_first += first > 12 >= second
        month_first += second > 12 >= first
    if day_first != month_first:
        return "day" if day_first > month_first else "month"
    day_month, month_day = len(_DAY_MONTH.findall(text)), len(_MONTH_DAY.findall(text))
    if day_month != month_day:
        return "day" if day_month > month_day else "month"
    return None


def _day_first(expr: TemporalExpression) -> TemporalExpression | None:
    found = _SLASHED.fullmatch(expr.text)
    if found is None or not re.match(r"-?\d{4}-\d\d-\d\d$", expr.value):
        return None
    day, month, year = int(found.group(1)), int(found.group(2)), int(expr.value[:-6])
    if day > days_in_month(year, month):
        return None
    value = f"{expr.value[:-6]}-{month:02d}-{day:02d}"
    return redated(expr, value)


def _nearer_the_dct(swapped: TemporalExpression, kept: TemporalExpression, dct: Day | None) -> bool:
    if dct is None or swapped.span is None or kept.span is None:
        return False
    gap_swapped = abs(swapped.span.start.number - dct.number)
    return gap_swapped <= _NEAR_DCT_DAYS and gap_swapped < abs(kept.span.start.number - dct.number)
