""""withdrew in December and January" after 1915, "Sales rose in November, December and January": months listed
together follow one another, so a month named after a later one is of the next year. The list keeps the year of
the month dated by the story (its first), else of its last, which the tense placed against the DCT."""

from __future__ import annotations

import re
from itertools import pairwise

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.lexicon import BARE_MONTH, MONTHS
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import MONTH_VALUE

_LONGEST_GAP = 3  # months between two listed months of one stretch
_JOINED = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def with_listed_months_in_order(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """Each run of bare months joined by commas or "and" made one span of consecutive months."""
    result = list(expressions)
    for run in _runs(result, text):
        _in_order(result, run)
    return result


def _runs(expressions: list[TemporalExpression], text: str) -> list[list[int]]:
    runs: list[list[int]] = []
    current: list[int] = []
    for index, expr in enumerate(expressions):
        if not _is_bare_month(expr):
            current = []
            continue
        if current and _JOINED.fullmatch(text, expressions[current[-1]].end, expr.start):
            current.append(index)
        else:
            current = [index]
            runs.append(current)
    return [run for run in runs if len(run) > 1]


def _is_bare_month(expr: TemporalExpression) -> bool:
    return expr.type is TimexType.DATE and expr.mod is None and BARE_MONTH.fullmatch(expr.text) is not None and (
        MONTH_VALUE.fullmatch(expr.value) is not None)


def _in_order(expressions: list[TemporalExpression], run: list[int]) -> None:
    months = [MONTHS[expressions[i].text.rstrip(".").lower()] for i in run]
    gaps = [(later - earlier) % 12 for earlier, later in pairwise(months)]
    if 0 in gaps or max(gaps) > _LONGEST_GAP or sum(gaps) >= 12:
        return  # not one stretch of months in the calendar's order ("June and May", "January and December")
    first = expressions[run[0]]
    from_story = first.span is not None and first.span.anchor is Anchor.REFERENCE_TIME
    anchor = 0 if from_story else len(run) - 1
    year = int(MONTH_VALUE.fullmatch(expressions[run[anchor]].value)["year"])  # type: ignore[index]
    months_from_anchor = [sum(gaps[:k]) - sum(gaps[:anchor]) for k in range(len(run))]
    base = year * 12 + months[anchor] - 1
    for index, offset in zip(run, months_from_anchor, strict=True):
        total = base + offset
        value = f"{total // 12:04d}-{total % 12 + 1:02d}"
        if value != expressions[index].value:
            expressions[index] = redated(expressions[index], value)
