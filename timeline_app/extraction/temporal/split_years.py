"""A period written across two years: "the 2009-10 season", "the 2025/26 crop", "winter 2026-27".

The tagger sees two years ("2009" and "10"); the text names one period that starts in the first year and runs
into the second. It becomes one DATE valued by its first year (TIMEX3 has no value for a span across years),
whose span runs to the end of the second year so that the timeline draws the whole period. A story that states
its fiscal calendar reads its "2017-18" again as a fiscal year afterwards (fiscal_story).
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, TimeSpan

_SPLIT_YEAR = re.compile(r"(?<![\w/.,-])(?:(?P<season>[Ww]inter|[Ss]ummer)\s+)?(?P<first>(?:1[6-9]|20)\d\d)"
                         r"\s?[-/\u2013]\s?(?P<second>\d\d)(?![\w/.,%-]|\s*(?:per\s*cent|percent))")
_SEASON_CODES = {"winter": "WI", "summer": "SU"}


def with_split_years(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` with each period written across two years as one expression."""
    result = list(expressions)
    for match in _SPLIT_YEAR.finditer(text):
        first = int(match["first"])
        if int(match["second"]) != (first + 1) % 100:
            continue  # "1990-95" is a range of years, "2009-08" nothing
        start, end = match.start(), match.end()
        inside = [e for e in result if e.start < end and start < e.end]
        if not inside or any(e.start < start or e.end > end for e in inside):
            continue  # "between 2009 and 2010-11 levels", or a longer expression holds it
        result = [e for e in result if e not in inside] + [_one_period(match, first, text)]
    return sorted(result, key=lambda e: e.start)


def _one_period(match: re.Match[str], first: int, text: str) -> TemporalExpression:
    season = match["season"]
    value = f"{first:04d}-{_SEASON_CODES[season.lower()]}" if season else f"{first:04d}"
    surface = text[match.start():match.end()]
    span = TimeSpan.from_value(value, None, Anchor.EXPLICIT, surface)
    if span is not None and season is None:
        span = replace(span, end=Day(first + 1, 12, 31))
    return TemporalExpression(match.start(), match.end(), surface, TimexType.DATE, value, None, span)
