"""Calendar arithmetic on TIMEX3 values: shifting days, weeks, months, quarters, years.

Everything works on astronomical years (``Day``), so BCE dates and any year
from -9999 to 9999 shift without ``datetime``.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day, days_in_month, iso_week_of
from timeline_app.core.timespan import Granularity, TimeSpan

PAST, UNKNOWN, FUTURE = -1, 0, 1
# A plan told in the past ("has scheduled a news conference Thursday"): the nearest date either way,
# where a bare UNKNOWN weekday defaults to the past one.
NEAREST = 2
# The future of a report ("said on Saturday that he would speak on Sunday"): after the report's day
# if the sentence names one, else after the DCT. The tagger turns it into FUTURE from the right day.
AFTER_REPORT = 3


# A value that starts on an ISO day: "2022-03-14", "2022-03-14T18:30", "2022-03-14TEV".
DAY_VALUE = re.compile(r"(?P<year>-?\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")
# A month's value: "2022-03".
MONTH_VALUE = re.compile(r"(?P<year>-?\d{4})-(?P<month>\d\d)")
# A time of day on an ISO day, the day and the rest apart: "2022-03-14T18:30", "2022-03-14TEV".
TIME_ON_DAY = re.compile(r"(?P<day>-?\d{4}-\d\d-\d\d)(?P<rest>T.+)")
# A TIME value read as day and clock: "2022-03-14T18:30" (clock "18:30").
CLOCK_VALUE = re.compile(r"(?P<day>-?\d{4}-\d\d-\d\d)T(?P<clock>(?P<hour>\d\d):(?P<minute>\d\d))")
# A clock reading on any day, also an unknown or recurring one: "XXXX-XX-XXT09:30".
CLOCK_ON_ANY_DAY = re.compile(r"(?P<day>.+)T(?P<hour>\d\d):(?P<minute>\d\d)")


def year_text(year: int) -> str:
    """A year as TIMEX3 writes it: four digits, minus sign for BCE (astronomical)."""
    return f"-{abs(year):04d}" if year < 0 else f"{year:04d}"


def month_value(year: int, month: int) -> str:
    return f"{year_text(year)}-{month:02d}"


def week_value(day: Day) -> str:
    year, week = iso_week_of(day)
    return f"{year_text(year)}-W{week:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def plus_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) ``months`` months later (earlier if negative)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def plus_months_day(day: Day, months: int) -> Day:
    """Same day of month ``months`` later, clipped to the month's length."""
    year, month = plus_months(day.year, day.month, months)
    return Day(year, month, min(day.day, days_in_month(year, month)))


def plus_quarters(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + quarters
    return index // 4, index % 4 + 1


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> Day:
    """The ``nth`` (1-based; -1 = last) ``weekday`` of a month."""
    if nth > 0:
        first = Day(year, month, 1)
        return first.plus_days((weekday - first.weekday) % 7 + 7 * (nth - 1))
    last = Day(year, month, days_in_month(year, month))
    return last.plus_days(-((last.weekday - weekday) % 7))


def weekday_near(anchor: Day, weekday: int, direction: int) -> Day:
    """The ``weekday`` nearest ``anchor`` in ``direction`` (the anchor's own day counts)."""
    if direction == FUTURE:
        return anchor.plus_days((weekday - anchor.weekday) % 7)
    if direction == PAST:
        return anchor.plus_days(-((anchor.weekday - weekday) % 7))
    forward = (weekday - anchor.weekday) % 7
    return anchor.plus_days(forward if forward <= 3 else forward - 7)


def month_year_near(anchor: Day, month: int, direction: int) -> int:
    """Year of the named ``month`` nearest ``anchor`` in ``direction`` (this month counts).

    The month just before or after the anchor's is taken whatever the tense:
    "expire Nov. 6" in a story of 2 November is days away, not a year.
    """
    here = anchor.year * 12 + anchor.month - 1
    options = [(year * 12 + month - 1 - here, year) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    close = [year for delta, year in options if abs(delta) <= 1]
    if close:
        return close[0]
    if direction == PAST:
        return max((delta, year) for delta, year in options if delta <= 0)[1]
    if direction == FUTURE:
        return min((delta, year) for delta, year in options if delta >= 0)[1]
    return min(options, key=lambda option: abs(option[0]))[1]


def shift_span(span: TimeSpan, amount: int, unit: str) -> str | None:
    """The value ``amount`` units (D, W, M, Q, Y) away from ``span`` at the span's granularity,
    or the unit's granularity when that is coarser."""
    start = span.start
    if unit == "D":
        moved = start.plus_days(amount)
    elif unit == "W":
        moved = start.plus_days(7 * amount)
    elif unit == "M":
        moved = plus_months_day(start, amount)
    elif unit == "Q":
        moved = plus_months_day(start, 3 * amount)
    elif unit == "Y":
        moved = plus_months_day(start, 12 * amount)
    else:
        return None
    granularity = span.granularity
    rank = {"D": 0, "W": 1, "M": 2, "Q": 3, "Y": 6}[unit]
    order = list(Granularity)
    if order.index(granularity) > rank and abs(moved.number - start.number) < span.days:
        return value_at(start, granularity)  # "two days earlier" than "February" is still about February
    if order.index(granularity) < rank:
        granularity = order[rank]
    return value_at(moved, granularity)


def value_at(day: Day, granularity: Granularity) -> str:
    """The TIMEX3 value of the ``granularity``-wide period that contains ``day``."""
    if granularity is Granularity.DAY:
        return day.iso()
    if granularity is Granularity.WEEK:
        return week_value(day)
    if granularity is Granularity.MONTH:
        return month_value(day.year, day.month)
    if granularity is Granularity.QUARTER:
        return f"{year_text(day.year)}-Q{quarter_of(day.month)}"
    if granularity is Granularity.HALF:
        return f"{year_text(day.year)}-H{1 if day.month <= 6 else 2}"
    if granularity is Granularity.DECADE:
        return year_text(day.year)[:-1]
    if granularity is Granularity.CENTURY:
        return year_text(day.year)[:-2]
    return year_text(day.year)


def parse_year(text: str, dct: Day | None) -> int:
    """A four-digit year or "'98" (century from the DCT, else 1900s/2000s around 1950)."""
    if text.startswith("'"):
        short = int(text[1:])
        century = (dct.year // 100) * 100 if dct else 1900
        year = century + short
        if dct and year > dct.year + 20:
            year -= 100
        return year
    return int(text)
