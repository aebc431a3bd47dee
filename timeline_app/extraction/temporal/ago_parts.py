"""Parts of "ago" phrases: "half a century ago" (fifty years) and "Sixty years ago this month" (that month, years
back)."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor, Granularity
from timeline_app.extraction.temporal.base import Normalised, date
from timeline_app.extraction.temporal.halves import HALF_UNITS
from timeline_app.extraction.temporal.lexicon import SEASONS
from timeline_app.extraction.temporal.resolve import value_at, year_text

# half of each unit in the next smaller one, from the table "a year and a half ago" is counted with
_HALF_OF = {unit: (smaller.rstrip("s"), per // 2) for unit, (smaller, per) in HALF_UNITS.items() if unit != "minute"}


def halved(unit: str, amount: int | None, number: str) -> tuple[str, int | None]:
    """"half a century ago" is fifty years ago ("half a" counts as 0 in the number words)."""
    if amount == 0 and "half" in number.lower() and unit in _HALF_OF:
        return _HALF_OF[unit]
    return unit, amount


_THIS_PART = {"month": Granularity.MONTH, "week": Granularity.WEEK}


def ago_this(when: str, day: Day, anchor: Anchor) -> Normalised:
    """The part of the year named after "ago" ("today", "tonight", "this month", "this spring") on ``day``."""
    word = when.split()[-1]
    if word == "tonight":
        return Normalised(TimexType.TIME, f"{day.iso()}TNI", None, anchor)
    if word in _THIS_PART:
        return date(value_at(day, _THIS_PART[word]), anchor)
    if word in SEASONS:
        return date(f"{year_text(day.year)}-{SEASONS[word]}", anchor)
    return date(day.iso(), anchor)
