""""On this day" after a sentence that gives a full date ("The Titanic sank on April 15, 1912. On this day, more
than 1,500 people died.") is that date; alone, a history column's "On this day" is the article's day."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression
from timeline_app.core.timespan import Anchor, TimeSpan
from timeline_app.extraction.temporal.resolve import DAY_VALUE

_SENTENCE_END = re.compile(r"[.!?](?=[\"'”’)]*\s)")


def _sentence_start(text: str, before: int) -> int:
    """Where the sentence holding offset ``before`` begins."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, before)), default=0)


def with_this_day_of_the_story(expressions: list[TemporalExpression], text: str,
                               dct: Day | None) -> list[TemporalExpression]:
    """``expressions`` with each "this day" read as the DCT moved to the last full date of the sentence before."""
    if dct is None:
        return expressions
    result = list(expressions)
    for index, expression in enumerate(result):
        if expression.text.lower() != "this day" or expression.value != dct.iso():
            continue
        start = _sentence_start(text, expression.start)
        if start == 0:
            continue
        previous_start = _sentence_start(text, start - 1)
        days = [e for e in result[:index] if previous_start <= e.start and e.end <= start and DAY_VALUE.fullmatch(
            e.value)]
        if days:
            value = days[-1].value
            span = TimeSpan.from_value(value, expression.mod, Anchor.REFERENCE_TIME, expression.text)
            result[index] = replace(expression, value=value, span=span)
    return result
