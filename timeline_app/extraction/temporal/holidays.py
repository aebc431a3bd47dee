"""The day of a named holiday in a given year: fixed dates, nth weekdays, Easter-based feasts, lunar holidays,
festivals of lunisolar calendars."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal.festivals import FESTIVAL_NAMES, festival_days
from timeline_app.extraction.temporal.lexicon import EASTER_OFFSETS, ELECTION_DAY, FLOATING_HOLIDAYS, HOLIDAYS
from timeline_app.extraction.temporal.lunar import LUNAR_NAMES, lunar_days
from timeline_app.extraction.temporal.resolve import nth_weekday

HOLIDAY_NAMES = (*HOLIDAYS, *FLOATING_HOLIDAYS, *EASTER_OFFSETS, ELECTION_DAY, *LUNAR_NAMES, *FESTIVAL_NAMES)


def easter_sunday(year: int) -> Day:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm; valid for astronomical years too)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return Day(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


def holiday_days(name: str, year: int) -> tuple[Day, ...]:
    """The days holiday ``name`` (canonical, one of :data:`HOLIDAY_NAMES`) falls on in ``year``: one for
    holidays of the Gregorian calendar, none to two for those of lunar calendars."""
    if name in LUNAR_NAMES:
        return lunar_days(name, year)
    if name in FESTIVAL_NAMES:
        return festival_days(name, year)
    return (holiday_day(name, year),)


def holiday_day(name: str, year: int) -> Day:
    """The day of a Gregorian-calendar holiday ``name`` (lower case) in ``year``."""
    if name in HOLIDAYS:
        month, day = HOLIDAYS[name]
        return Day(year, month, day)
    if name in FLOATING_HOLIDAYS:
        month, weekday, nth = FLOATING_HOLIDAYS[name]
        return nth_weekday(year, month, weekday, nth)
    if name == ELECTION_DAY:
        return nth_weekday(year, 11, 0, 1).plus_days(1)
    return easter_sunday(year).plus_days(EASTER_OFFSETS[name])
