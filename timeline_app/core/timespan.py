"""TimeSpan: every date in the system, from a TIMEX3 value to inclusive days."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from timeline_app.core.calendar import (
    Day,
    days_in_month,
    iso_week_start,
    iso_weeks_in_year,
)


class Granularity(StrEnum):
    """How wide a span is; ordered from narrow to wide in :data:`GRANULARITY_ORDER`."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"


GRANULARITY_ORDER = tuple(Granularity)


class Anchor(StrEnum):
    """How a span's date was found: stated, from the article date, the text's
    reference time, or guessed (no temporal expression at all)."""

    EXPLICIT = "explicit"
    DOCUMENT_DATE = "document_date"
    REFERENCE_TIME = "reference_time"
    INFERRED = "inferred"


# Seasons as (first month, first day, last month, last day); winter crosses the
# year boundary and is taken as starting in December of the value's year.
_SEASONS = {"SP": (3, 1, 5, 31), "SU": (6, 1, 8, 31), "FA": (9, 1, 11, 30), "AU": (9, 1, 11, 30)}
_QUARTER_MONTHS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
_HALF_MONTHS = {1: (1, 6), 2: (7, 12)}

_YEAR = r"(?P<year>[+-]?\d{4})"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("day", _YEAR + r"-(?P<month>\d\d)-(?P<day>\d\d)(?:T.*)?"),
        ("week", _YEAR + r"-W(?P<week>\d\d)(?:-WE)?"),
        ("month", _YEAR + r"-(?P<month>\d\d)"),
        ("quarter", _YEAR + r"-Q(?P<quarter>[1-4])"),
        ("half", _YEAR + r"-H(?P<half>[12])"),
        ("season", _YEAR + r"-(?P<season>SP|SU|FA|AU|WI)"),
        ("year", _YEAR),
        ("decade", r"(?P<decade>[+-]?\d{3})X?"),
        ("century", r"(?P<century>[+-]?\d{2})(?:XX)?"),
        ("millennium", r"(?P<millennium>[+-]?\d)(?:XXX)?"),
    )
)


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A TIMEX3 date value with the inclusive days it covers.

    ``text`` is the expression as written (None when the date was inferred).
    """

    value: str
    granularity: Granularity
    start: Day
    end: Day
    mod: str | None = None
    anchor: Anchor = Anchor.EXPLICIT
    text: str | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span ends before it starts: {self.value}")

    @classmethod
    def from_value(
        cls,
        value: str,
        mod: str | None = None,
        anchor: Anchor = Anchor.EXPLICIT,
        text: str | None = None,
    ) -> TimeSpan | None:
        """The span of a TIMEX3 date ``value``, or None for non-date values
        (durations ``P3D``, ``PRESENT_REF``, unresolved ``XXXX-10``)."""
        bounds = span_bounds(value)
        if bounds is None:
            return None
        granularity, start, end = bounds
        return cls(value, granularity, start, end, mod, anchor, text)

    @classmethod
    def of_day(cls, day: Day, anchor: Anchor = Anchor.EXPLICIT, text: str | None = None) -> TimeSpan:
        """A one-day span."""
        return cls(day.iso(), Granularity.DAY, day, day, None, anchor, text)

    @property
    def days(self) -> int:
        """Number of days covered (at least 1)."""
        return self.end.number - self.start.number + 1

    def overlaps(self, other: TimeSpan) -> bool:
        """True when the two spans share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def with_anchor(self, anchor: Anchor, text: str | None = None) -> TimeSpan:
        """The same span recorded as found another way."""
        return replace(self, anchor=anchor, text=text)


def span_bounds(value: str) -> tuple[Granularity, Day, Day] | None:
    """Granularity and inclusive first and last day of a TIMEX3 date value."""
    for name, pattern in _PATTERNS:
        match = pattern.fullmatch(value)
        if match:
            try:
                return _BOUNDS[name](match.groupdict())
            except ValueError:
                return None
    return None


def _year_bounds(year: int, first_month: int, last_month: int) -> tuple[Day, Day]:
    return Day(year, first_month, 1), Day(year, last_month, days_in_month(year, last_month))


def _day(g: dict[str, str]) -> tuple[Granularity, Day, Day]:
    day = Day(int(g["year"]), int(g["month"]), int(g["day"]))
    return Granularity.DAY, day, day


def _week(g: dict[str, str]) -> tuple[Granularity, Day, Day]:
    year, week = int(g["year"]), int(g["week"])
    if not 1 <= week <= iso_weeks_in_year(year):
        raise ValueError(f"no week {week} in {year}")
    start = iso_week_start(year, week)
    return Granularity.WEEK, start, start.plus_days(6)


def _month(g: dict[str, str]) -> tuple[Granularity, Day, Day]:
    month = int(g["month"])
    return (Granularity.MONTH, *_year_bounds(int(g["year"]), month, month))


def _quarter(g: dict[str, str]) -> tuple[Granularity, Day, Day]:
    first, last = _QUARTER_MONTHS[int(g["quarter"])]
    return (Granularity.QUARTER, *_year_bounds(int(g["year"]), first, last))


def _half(g: dict[str, str]) -> tuple[Granularity, Day, Day]:
    first, last = _HALF_MONTHS[int(g["half"])]
    return (Granularity.HALF, *_year_bounds(int(g["year"]), first, last))


def _season(g: dict[str, str]) -> tuple[Granularity, Day, Day]:
    year, season = int(g["year"]), g["season"]
    if season == "WI":
        end_year = year + 1
        return Granularity.SEASON, Day(year, 12, 1), Day(end_year, 2, days_in_month(end_year, 2))
    m1, d1, m2, d2 = _SEASONS[season]
    return Granularity.SEASON, Day(year, m1, d1), Day(year, m2, d2)


def _year(g: dict[str, str]) -> tuple[Granularity, Day, Day]:
    return (Granularity.YEAR, *_year_bounds(int(g["year"]), 1, 12))


def _multi_year(granularity: Granularity, digits: str, years: int) -> tuple[Granularity, Day, Day]:
    """A decade, century or millennium. BC values count backwards from their named year: "-09" (the tenth
    century BC, 1000-901 BC) runs from astronomical -0999 to -0900, as "-04" (the fifth) spans 500-401 BC."""
    number = int(digits) * years
    first_year = number - years + 1 if digits.startswith("-") else number
    return granularity, Day(first_year, 1, 1), Day(first_year + years - 1, 12, 31)


def _decade(g: dict[str, str]) -> tuple[Granularity, Day, Day]:
    return _multi_year(Granularity.DECADE, g["decade"], 10)


def _century(g: dict[str, str]) -> tuple[Granularity, Day, Day]:
    return _multi_year(Granularity.CENTURY, g["century"], 100)


def _millennium(g: dict[str, str]) -> tuple[Granularity, Day, Day]:
    return _multi_year(Granularity.MILLENNIUM, g["millennium"], 1000)


_BOUNDS = {
    "day": _day,
    "week": _week,
    "month": _month,
    "quarter": _quarter,
    "half": _half,
    "season": _season,
    "year": _year,
    "decade": _decade,
    "century": _century,
    "millennium": _millennium,
}
