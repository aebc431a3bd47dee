""""Orthodox believers celebrated Christmas on Sunday": the Christmas of the Julian calendar, 7 January in the
Gregorian (13 days after 25 December from 1900 to 2099, 12 days in the 1800s)."""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.redate import redated

_CHRISTMAS = re.compile(r"(?:(?:this|last|next)\s+)?Christmas(?:\s+Day)?", re.I)
# the churches named in the sentence or the one before it: "...still follows the Julian calendar. As a result,
# Christmas falls on Jan. 7."
_CHURCH_BEFORE = re.compile(r"\b(?:Orthodox|Coptic|Julian)\b[^.!?\n]*(?:[.!?]\s+[^.!?\n]*)?$")
_WESTERN_DAY_AFTER = re.compile(r"[^.!?\n]{0,40}?\b(?:Dec\.?\s+25|December\s+25|25\s+December)\b")
_CHRISTMAS_VALUE = re.compile(r"(?P<year>\d{4})-12-25")


def _julian_lag(year: int) -> int:
    return 13 if 1900 <= year < 2100 else 12 if 1800 <= year < 1900 else 0


def with_orthodox_christmas(expressions: list[TemporalExpression], text: str,
                            dct: Day | None) -> list[TemporalExpression]:
    """A Christmas of a sentence about the Orthodox or Coptic churches moves to its Julian day in January (the
    one still ahead, when a Christmas ahead was meant and the Julian one has not passed yet)."""
    result = []
    for expr in expressions:
        found = _CHRISTMAS_VALUE.fullmatch(expr.value) if expr.type is TimexType.DATE else None
        church = _CHURCH_BEFORE.search(text, max(0, expr.start - 300), expr.start) and not (
            _WESTERN_DAY_AFTER.match(text, expr.end))
        if found is None or not church or not _CHRISTMAS.fullmatch(expr.text) or not _julian_lag(
                int(found["year"]) + 1):
            result.append(expr)
            continue
        western = Day(int(found["year"]), 12, 25)
        day = western.plus_days(_julian_lag(western.year + 1))
        earlier = Day(day.year - 1, day.month, day.day)  # the Julian Christmas of the season before
        if dct is not None and western > dct and earlier >= dct:
            day = earlier
        result.append(redated(expr, day.iso()))
    return result
