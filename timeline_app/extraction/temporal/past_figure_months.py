"""A figure told in the past for the month right after the DCT's is last year's: "Exports fell in July" written on
8 June, "Sales rose 5pc in July-March" (a fiscal year to date in South Asian business news) written in June. The
month next to the DCT's is otherwise taken whatever the tense, for a plan ("was set for July") may be ahead."""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.lexicon import BARE_MONTH
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import MONTH_VALUE, year_text

# "fell 2.1 percent in", "rose 5pc year-on-year in", "grew by only 14 percent in": a figure's change, told as done.
_CHANGED_IN = re.compile(r"\b(?:rose|fell|grew|declined|increased|decreased|dropped|jumped|slipped|climbed|surged"
                         r"|plunged|plummeted|expanded|contracted|shrank|gained|slumped|soared|dipped|totall?ed"
                         r"|amounted\s+to|stood\s+at|widened|narrowed)\b[^.;:!?]{0,60}?\b(?:in|during)\s+(?:the\s+)?$",
                         re.I)
_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|to|through|till|until)\s*", re.I)


def with_past_figure_months(expressions: list[TemporalExpression], text: str,
                            dct: Day | None) -> list[TemporalExpression]:
    """``expressions`` with a figure's past month (and the month that closes its range) a year back."""
    if dct is None:
        return expressions
    dated = list(expressions)
    for index, expr in enumerate(dated):
        if not _next_months_figure(expr, text, dct):
            continue
        dated[index] = redated(expr, f"{year_text(int(expr.value[:-3]) - 1)}{expr.value[-3:]}")
        if index + 1 < len(dated) and _closes_range(dated[index], dated[index + 1], text):
            later = dated[index + 1]
            year = int(dated[index].value[:-3]) + (1 if later.value[-2:] < dated[index].value[-2:] else 0)
            dated[index + 1] = redated(later, f"{year_text(year)}{later.value[-3:]}")
    return dated


def _next_months_figure(expr: TemporalExpression, text: str, dct: Day) -> bool:
    value = MONTH_VALUE.fullmatch(expr.value)
    if expr.type is not TimexType.DATE or value is None or BARE_MONTH.fullmatch(expr.text) is None:
        return False
    if int(value["year"]) * 12 + int(value["month"]) != dct.year * 12 + dct.month + 1:
        return False
    return _CHANGED_IN.search(text, max(0, expr.start - 100), expr.start) is not None


def _closes_range(first: TemporalExpression, later: TemporalExpression, text: str) -> bool:
    return MONTH_VALUE.fullmatch(later.value) is not None and BARE_MONTH.fullmatch(later.text) is not None and (
        _RANGE_JOIN.fullmatch(text, first.end, later.start) is not None)
