"""Spoken dates counted from another: "a week from Tuesday" (the Tuesday after the coming one),
"two weeks from today", "the week after next", "the year before last"; and a coming weekday said with its
date ("this coming Sunday, March eighth")."""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.timespan import Anchor, Granularity
from timeline_app.extraction.temporal import dates
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date
from timeline_app.extraction.temporal.lexicon import WEEKDAYS
from timeline_app.extraction.temporal.resolve import FUTURE, plus_months_day, value_at, weekday_near

_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3}
_WEEKDAY_NAMES = "|".join(w for w in WEEKDAYS if w.endswith("day"))
_GRANULARITY = {"week": Granularity.WEEK, "weekend": Granularity.WEEK, "month": Granularity.MONTH,
                "year": Granularity.YEAR}


def _start_day(word: str, dct: Day) -> Day:
    """The day counted from: today, tomorrow, or the named weekday still to come."""
    if word == "today":
        return dct
    if word == "tomorrow":
        return dct.plus_days(1)
    return weekday_near(dct.plus_days(1), WEEKDAYS[word], FUTURE)


def _weeks_from(m: re.Match[str], ctx: Context) -> Normalised | None:
    if ctx.dct is None:
        return None
    day = _start_day(m["start"], ctx.dct).plus_days(7 * _COUNT[m["count"]])
    return date(day.iso(), Anchor.DOCUMENT_DATE)


def _after_next(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the week after next" is two weeks on from this one; "the month before last" two months back."""
    if ctx.dct is None:
        return None
    unit, step = m["unit"], (2 if m["side"] == "after next" else -2)
    if unit in ("week", "weekend"):
        day = ctx.dct.plus_days(7 * step)
    else:
        day = plus_months_day(ctx.dct, step * (12 if unit == "year" else 1))
    value = value_at(day, _GRANULARITY[unit])
    return date(value + "-WE" if unit == "weekend" else value, Anchor.DOCUMENT_DATE)


def _coming_weekday_with_date(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"this coming Sunday, March 8": the date says which Sunday; the words before it only that it is ahead."""
    pattern, handler = dates.WEEKDAY_MONTH_DAY
    inner = pattern.fullmatch(m["inner"])
    return handler(inner, ctx) if inner is not None and inner["weekday"] else None


RULES: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (re.compile(rf"(?P<count>a|one|two|three)\s+weeks?\s+from\s+(?P<start>today|tomorrow|{_WEEKDAY_NAMES})"),
     _weeks_from),
    (re.compile(r"the\s+(?P<unit>week|weekend|month|year)\s+(?P<side>after next|before last)"), _after_next),
    (re.compile(r"(?:this\s+coming|this|next)\s+(?P<inner>[a-z]+\.?,?\s+.+)"), _coming_weekday_with_date),
)
