"""Festivals of South and East Asia and of Iran, and US shopping days, as Gregorian days.

The regional press dates by them ("crackers burst on Diwali night", "ahead of Chinese New Year"). Hindu,
Buddhist and Chinese festivals follow lunisolar calendars that only tables kept by the ``holidays`` package
get right; Nowruz is the first day of the Iranian solar year (``convertdate``). Outside the years a library
covers a festival has no day, and its expression stays unresolved rather than guessed.
"""

from __future__ import annotations

import warnings
from functools import lru_cache

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal.lexicon import FLOATING_HOLIDAYS
from timeline_app.extraction.temporal.national_days import (
    FREEDOM_DAYS,
    HERITAGE_DAYS,
    LIBERATION_DAYS,
    OWN_NAMED_DAYS,
    REPUBLIC_DAYS,
    YOUTH_DAYS,
)
from timeline_app.extraction.temporal.resolve import nth_weekday

# How each festival is written (capitalised, as a name) and the canonical name it stands for.
FESTIVAL_FORMS: dict[str, str] = {
    "Diwali": "diwali", "Deepavali": "diwali", "Divali": "diwali", "Holi": "holi",
    "Chinese New Year": "chinese new year", "Lunar New Year": "chinese new year",
    "Spring Festival": "chinese new year", "Nowruz": "nowruz", "Norouz": "nowruz", "Nowrouz": "nowruz",
    "Navruz": "nowruz", "Novruz": "nowruz", "Newroz": "nowruz", "Vesak": "vesak", "Wesak": "vesak",
    "Vesak Day": "vesak", "Republic Day": "republic day", "Liberation Day": "liberation day",
    "Black Friday": "black friday",
    "Cyber Monday": "cyber monday", "Madaraka Day": "madaraka day", "Jamhuri Day": "jamhuri day",
    "Mashujaa Day": "mashujaa day", "Freedom Day": "freedom day", "Youth Day": "youth day",
    "Heritage Day": "heritage day", "Democracy Day": "democracy day",
}
FESTIVAL_NAMES = tuple(dict.fromkeys(FESTIVAL_FORMS.values()))
FESTIVAL_VARIANTS = {form.lower(): name for form, name in FESTIVAL_FORMS.items()}
# (country code, holiday name as the ``holidays`` package spells it), tried in turn.
_TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "diwali": (("IN", "Diwali"),), "holi": (("IN", "Holi"),),
    "chinese new year": (("CN", "Chinese New Year (Spring Festival)"),),
    "vesak": (("LK", "Vesak Full Moon Poya Day"), ("SG", "Vesak Day")),
}
# National days read without a country: India's Republic Day, Italy's Liberation Day (national_days then moves
# each to the country the article names).
_DEFAULT_NATIONAL_DAYS = {"republic day": REPUBLIC_DAYS["India"], "liberation day": LIBERATION_DAYS["Italy"],
                          "freedom day": FREEDOM_DAYS["South Africa"], "youth day": YOUTH_DAYS["South Africa"],
                          "heritage day": HERITAGE_DAYS["South Africa"], **OWN_NAMED_DAYS}
# Nigeria's Democracy Day: 29 May (the 1999 handover) from 2000, 12 June (the 1993 election) from 2019.
_DEMOCRACY_DAY_MOVED, _DEMOCRACY_DAY_FIRST = 2019, 2000


@lru_cache(maxsize=512)
def festival_days(name: str, year: int) -> tuple[Day, ...]:
    """The day festival ``name`` (canonical) falls on in Gregorian ``year``; none where no table reaches."""
    if name == "nowruz":
        return _nowruz(year)
    if name in _DEFAULT_NATIONAL_DAYS:
        return (Day(year, *_DEFAULT_NATIONAL_DAYS[name]),)
    if name == "democracy day":
        if year < _DEMOCRACY_DAY_FIRST:
            return ()
        return (Day(year, 6, 12) if year >= _DEMOCRACY_DAY_MOVED else Day(year, 5, 29),)
    if name in ("black friday", "cyber monday"):
        month, weekday, nth = FLOATING_HOLIDAYS["thanksgiving"]
        return (nth_weekday(year, month, weekday, nth).plus_days(1 if name == "black friday" else 4),)
    for country, holiday in _TABLES[name]:
        found = _table_days(country, holiday, year)
        if found:
            return found
    return ()


def _table_days(country: str, holiday: str, year: int) -> tuple[Day, ...]:
    if not 1 <= year <= 9999:
        return ()
    import holidays

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "available only from 2001 to 2035": we then return nothing
        try:
            calendar = holidays.country_holidays(country, years=year)
        except (NotImplementedError, ValueError, KeyError):
            return ()
        days = sorted(day for day, names in calendar.items() if holiday in names.split("; "))
    return tuple(Day(day.year, day.month, day.day) for day in days[:1])


def _nowruz(year: int) -> tuple[Day, ...]:
    """1 Farvardin, the first day of the Iranian year that begins in ``year``."""
    from convertdate import persian

    if not 622 <= year <= 9999:
        return ()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return (Day(*persian.to_gregorian(year - 621, 1, 1)),)
