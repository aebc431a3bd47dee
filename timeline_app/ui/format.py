"""Human-readable dates for the GUI, safe for astronomical (BCE) years.

``datetime`` cannot show year 0 or below, so everything is formatted by hand.
"""

from __future__ import annotations

from timeline_app.core import Day, Granularity, TimeSpan
from timeline_app.core.calendar import iso_week_of

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_SEASON_NAMES = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}
_MOD_PREFIX = {"APPROX": "about ", "BEFORE": "before ", "AFTER": "after ", "START": "early ",
               "MID": "mid ", "END": "late ", "ON_OR_BEFORE": "by ", "ON_OR_AFTER": "from "}


def year_label(year: int) -> str:
    """Astronomical year as people write it: 2022, 44 BCE (year -43), 1 BCE (year 0)."""
    return str(year) if year > 0 else f"{1 - year} BCE"


def day_label(day: Day) -> str:
    """``14 Mar 2022``."""
    return f"{day.day} {MONTH_ABBR[day.month - 1]} {year_label(day.year)}"


def month_label(year: int, month: int, full: bool = False) -> str:
    """``Mar 2022`` (``March 2022`` when ``full``)."""
    names = MONTH_NAMES if full else MONTH_ABBR
    return f"{names[month - 1]} {year_label(year)}"


def span_label(span: TimeSpan) -> str:
    """A span as a reader would say it: ``14 Mar 2022``, ``Oct 2021``, ``week 10, 2022``,
    ``2021``, ``1990s``, with ``about``/``before`` ... for modifiers."""
    return _MOD_PREFIX.get(span.mod or "", "") + _bare_span_label(span)


def _bare_span_label(span: TimeSpan) -> str:
    start, end = span.start, span.end
    granularity = span.granularity
    if granularity == Granularity.DAY:
        return day_label(start)
    if granularity == Granularity.WEEK:
        year, week = iso_week_of(start)
        return f"week {week}, {year_label(year)}"
    if granularity == Granularity.MONTH:
        return month_label(start.year, start.month)
    if granularity == Granularity.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {year_label(start.year)}"
    if granularity == Granularity.HALF:
        return f"H{1 if start.month <= 6 else 2} {year_label(start.year)}"
    if granularity == Granularity.SEASON:
        return f"{_SEASON_NAMES.get(span.value[-2:], 'Season')} {year_label(start.year)}"
    if granularity == Granularity.YEAR:
        return year_label(start.year)
    if granularity == Granularity.DECADE and start.year > 0:
        return f"{start.year}s"
    if granularity == Granularity.CENTURY:
        return _century_label(start.year)
    return f"{year_label(start.year)} – {year_label(end.year)}"


def _century_label(first_year: int) -> str:
    """Century label; TIMEX3 ``19`` (1900-1999) is "1900s" rather than an ordinal,
    which would be off by one against the common reading."""
    if first_year >= 0:
        return f"{first_year}s" if first_year else "0s"
    return f"{year_label(first_year)} – {year_label(first_year + 99)}"


def span_sort_key(span: TimeSpan) -> tuple[int, int]:
    """Chronological order: first day, then shorter spans first."""
    return span.start.number, span.end.number


def plural(count: int, noun: str) -> str:
    """``1 event``, ``2 events``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
