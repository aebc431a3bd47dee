"""Proleptic Gregorian calendar arithmetic with astronomical years.

``datetime.date`` stops at year 1, but timelines reach back to 44 BCE and
beyond, so dates here are plain ``(year, month, day)`` triples and the
timeline's x coordinate is a day number (days since 1970-01-01).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import total_ordering

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap_year(year: int) -> bool:
    """Gregorian leap-year rule, valid for astronomical (zero and negative) years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Number of days of ``month`` (1-12) in ``year``."""
    if month == 2 and is_leap_year(year):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def day_number(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date (negative before)."""
    y = year - (1 if month <= 2 else 0)
    era = y // 400  # floor division: valid for negative years
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_day_number(number: int) -> tuple[int, int, int]:
    """Inverse of :func:`day_number`: ``(year, month, day)``."""
    z = number + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (1 if month <= 2 else 0)
    return year, month, day


@total_ordering
@dataclass(frozen=True, slots=True)
class Day:
    """One calendar day; ``year`` is astronomical (1 BCE = 0, 44 BCE = -43)."""

    year: int
    month: int
    day: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if not 1 <= self.day <= days_in_month(self.year, self.month):
            raise ValueError(f"day out of range: {self.year}-{self.month}-{self.day}")

    @classmethod
    def from_number(cls, number: int) -> Day:
        """The day whose :attr:`number` is ``number``."""
        return cls(*civil_from_day_number(number))

    @classmethod
    def parse(cls, text: str) -> Day:
        """Parse ISO ``YYYY-MM-DD`` with an optional sign (``-0043-03-15``)."""
        sign = -1 if text.startswith("-") else 1
        body = text[1:] if text[:1] in "+-" else text
        parts = body.split("-")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"not an ISO date: {text!r}")
        return cls(sign * int(parts[0]), int(parts[1]), int(parts[2]))

    @property
    def number(self) -> int:
        """Days since 1970-01-01: the timeline's x coordinate."""
        return day_number(self.year, self.month, self.day)

    @property
    def weekday(self) -> int:
        """ISO weekday: Monday = 0 ... Sunday = 6."""
        return (self.number + 3) % 7

    def plus_days(self, days: int) -> Day:
        """The day ``days`` after this one (before, if negative)."""
        return Day.from_number(self.number + days)

    def iso(self) -> str:
        """ISO 8601 text with astronomical year, e.g. ``-0043-03-15``."""
        sign = "-" if self.year < 0 else ""
        return f"{sign}{abs(self.year):04d}-{self.month:02d}-{self.day:02d}"

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Day):
            return NotImplemented
        return (self.year, self.month, self.day) < (other.year, other.month, other.day)

    def __str__(self) -> str:
        return self.iso()


def iso_week_start(year: int, week: int) -> Day:
    """Monday of ISO week ``week`` of ISO year ``year``."""
    jan4 = Day(year, 1, 4)
    week1_monday = jan4.number - jan4.weekday
    return Day.from_number(week1_monday + 7 * (week - 1))


def iso_week_of(day: Day) -> tuple[int, int]:
    """ISO ``(year, week)`` that contains ``day``."""
    thursday = Day.from_number(day.number - day.weekday + 3)
    first = Day(thursday.year, 1, 1).number
    return thursday.year, (thursday.number - first) // 7 + 1


def iso_weeks_in_year(year: int) -> int:
    """52 or 53: the ISO week of 28 December."""
    return iso_week_of(Day(year, 12, 28))[1]
