"""The first or last day, night or weekend of something, and "the same month last year".

"the final weekend", "the first day of the exam": one day (or weekend) the story is at, a DATE, not a span of
one day or two; "the last weekend of May", "the last night of the millennium": the edge of the period named.
"Bookings for May were up on the same month last year": the month the story is at, a year before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline_app.core.calendar import Day
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor, Granularity, TimeSpan
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date, time
from timeline_app.extraction.temporal.month_forms import MONTH_FULL
from timeline_app.extraction.temporal.resolve import PAST, plus_months_day, value_at, week_value

_EDGE = r"(?:first|last|final|opening|closing)"
_PERIOD = (r"(?:the\s+(?:millennium|century|decade|year|month|week)\b|(?:this|last|next)\s+(?:year|month|week)\b"
           rf"|{MONTH_FULL}(?:,?\s+(?:1[0-9]{{3}}|20[0-9]{{2}}))?)")
# Recognition bodies for patterns.py: with "of" only when a period follows ("of the campaign" stays outside).
BODIES: dict[str, str] = {
    "period_edge": rf"the\s+{_EDGE}\s+(?:day|night|weekend)\s+of\s+{_PERIOD}"
                   r"|the\s+(?:first|last|final|opening|closing)\s+weekend|the\s+(?:final|opening|closing)\s+day",
    "same_unit_last_year": r"the\s+same\s+(?:month|week|day)\s+(?:(?:of\s+)?last\s+year"
                           r"|a\s+year\s+(?:ago|earlier|before)|of\s+the\s+previous\s+year)",
}
_FIRST = ("first", "opening")
# (quarters are left to the year-ago rules, which know the quarter a business story reports on)
_UNIT_GRANULARITY = {"month": Granularity.MONTH, "week": Granularity.WEEK, "day": Granularity.DAY}


def _weekend_of(day: Day) -> str:
    return week_value(day) + "-WE"


def _weekend_near(day: Day, direction: int) -> str:
    """The weekend of the day's week, or the one just past when the tense looks back from a weekday."""
    if direction == PAST and day.weekday < 5:
        day = day.plus_days(-7)
    return _weekend_of(day)


def _story_day(ctx: Context) -> tuple[Day, Anchor] | None:
    """The day the story is at: the reference day, else the DCT."""
    if ctx.reference is not None and ctx.reference.granularity is Granularity.DAY:
        return ctx.reference.start, Anchor.REFERENCE_TIME
    return (ctx.dct, Anchor.DOCUMENT_DATE) if ctx.dct is not None else None


def _millennium(ctx: Context) -> TimeSpan | None:
    """"the millennium" as people count it: the thousand years ending in a year ..999."""
    if ctx.dct is None:
        return None
    first = ctx.dct.year // 1000 * 1000
    return TimeSpan(f"{first // 1000}", Granularity.YEAR, Day(first, 1, 1), Day(first + 999, 12, 31))


def _edge_of(span: TimeSpan, edge: str, unit: str) -> Day:
    """The first or last day (or the Saturday of the first or last weekend) of ``span``."""
    if unit != "weekend":
        return span.start if edge in _FIRST else span.end
    if edge in _FIRST:
        return span.start.plus_days((5 - span.start.weekday) % 7)
    return span.end.plus_days(-((span.end.weekday - 5) % 7))


def make_rules(core: Callable[[str, Context], Normalised | None]) -> tuple[tuple[re.Pattern[str], Handler], ...]:
    """The rules, given the normaliser of the period named after "of" (they nest)."""

    def edge(m: re.Match[str], ctx: Context) -> Normalised | None:
        which, unit, rest = m["edge"], m["unit"], m["rest"]
        if rest is None:
            return _edge_of_story(which, unit, ctx)
        if rest == "the millennium":
            span, anchor = _millennium(ctx), Anchor.DOCUMENT_DATE
        else:
            found = core(rest, ctx)
            if found is None or found.type is not TimexType.DATE:
                return None
            span, anchor = TimeSpan.from_value(found.value), found.anchor
        if span is None or span.granularity is Granularity.DAY:
            return None
        day = _edge_of(span, which, unit)
        if unit == "weekend":
            return date(_weekend_of(day), anchor)
        return time(day.iso() + "TNI", anchor) if unit == "night" else date(day.iso(), anchor)

    return (
        (re.compile(rf"the\s+(?P<edge>{_EDGE})\s+(?P<unit>day|night|weekend)(?:\s+of\s+(?P<rest>.+))?"), edge),
        (re.compile(r"the\s+same\s+(?P<unit>month|week|day)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+"
                    r"(?:ago|earlier|before)|of\s+the\s+previous\s+year)"), _same_unit_last_year),
    )


def _edge_of_story(which: str, unit: str, ctx: Context) -> Normalised | None:
    """"the final weekend", "the first day (of the exam)": the weekend or day the story is at. "the last day"
    and "the last night" alone are left to other readings ("over the last day": a span; "last night")."""
    if unit == "night" or (which == "last" and unit == "day"):
        return None
    found = _story_day(ctx)
    if found is None:
        return None
    day, anchor = found
    if unit == "weekend":
        return date(_weekend_near(day, ctx.direction), anchor)
    return date(day.iso(), anchor)


def _same_unit_last_year(m: re.Match[str], ctx: Context) -> Normalised | None:
    """The month (week, day) the story is at, a year before; else the DCT's, a year before."""
    granularity = _UNIT_GRANULARITY[m["unit"]]
    reference = ctx.reference
    if reference is not None and reference.granularity is granularity:
        day, anchor = reference.start, Anchor.REFERENCE_TIME
    elif ctx.dct is not None:
        day, anchor = ctx.dct, Anchor.DOCUMENT_DATE
    else:
        return None
    before = day.plus_days(-364) if granularity is Granularity.WEEK else plus_months_day(day, -12)
    return date(value_at(before, granularity), anchor)
