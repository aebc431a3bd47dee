"""Time-axis tick levels chosen from days per pixel (no Qt: tested directly).

Levels go from days to millennia; the axis picks the finest level whose ticks
are at least ``min_spacing`` pixels apart, as pyqtgraph's date axis does from
seconds per pixel. Years are astronomical, so BCE ranges tick like any other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from timeline_app.core.calendar import Day, day_number
from timeline_app.ui.format import MONTH_ABBR, MONTH_NAMES, year_label

DAYS_PER_YEAR = 365.2425
DAYS_PER_MONTH = DAYS_PER_YEAR / 12
DEFAULT_MIN_SPACING = 72.0


class Unit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class TickLevel:
    """Ticks every ``step`` ``unit``s; ``name`` is what a user would call it."""

    name: str
    unit: Unit
    step: int

    @property
    def approx_days(self) -> float:
        per_unit = {Unit.DAY: 1.0, Unit.WEEK: 7.0, Unit.MONTH: DAYS_PER_MONTH, Unit.YEAR: DAYS_PER_YEAR}
        return per_unit[self.unit] * self.step


LEVELS: tuple[TickLevel, ...] = (
    TickLevel("days", Unit.DAY, 1),
    TickLevel("weeks", Unit.WEEK, 1),
    TickLevel("months", Unit.MONTH, 1),
    TickLevel("months", Unit.MONTH, 3),
    TickLevel("months", Unit.MONTH, 6),
    TickLevel("years", Unit.YEAR, 1),
    TickLevel("years", Unit.YEAR, 2),
    TickLevel("years", Unit.YEAR, 5),
    TickLevel("decades", Unit.YEAR, 10),
    TickLevel("decades", Unit.YEAR, 20),
    TickLevel("decades", Unit.YEAR, 50),
    TickLevel("centuries", Unit.YEAR, 100),
    TickLevel("centuries", Unit.YEAR, 200),
    TickLevel("centuries", Unit.YEAR, 500),
    TickLevel("millennia", Unit.YEAR, 1000),
    TickLevel("millennia", Unit.YEAR, 2000),
    TickLevel("millennia", Unit.YEAR, 5000),
    TickLevel("millennia", Unit.YEAR, 10000),
)


@dataclass(frozen=True, slots=True)
class Tick:
    """A tick at the start of day ``day`` (a day number) with its label."""

    day: int
    label: str


def choose_level(days_per_pixel: float, min_spacing: float = DEFAULT_MIN_SPACING) -> TickLevel:
    """The finest level whose ticks are at least ``min_spacing`` pixels apart."""
    for level in LEVELS:
        if level.approx_days / days_per_pixel >= min_spacing:
            return level
    return LEVELS[-1]


def context_level(level: TickLevel) -> TickLevel | None:
    """The coarser level shown on the axis' upper row (``March 2022`` above day
    ticks, ``2022`` above month ticks); None when labels stand alone."""
    if level.unit in (Unit.DAY, Unit.WEEK):
        return TickLevel("months", Unit.MONTH, 1)
    if level.unit == Unit.MONTH:
        return TickLevel("years", Unit.YEAR, 1)
    return None


def ticks(level: TickLevel, first: float, last: float, *, context: bool = False) -> list[Tick]:
    """Ticks of ``level`` whose day lies in [first, last] (day numbers), plus
    the one just before ``first`` (so a caller can pin the current label)."""
    lo, hi = int(first // 1) - 1, int(last // 1) + 1
    if level.unit == Unit.DAY:
        return [Tick(n, _day_tick_label(n)) for n in range(lo, hi + 1, level.step)]
    if level.unit == Unit.WEEK:
        monday = lo - (lo + 3) % 7 - 7
        return [Tick(n, _day_tick_label(n, with_month=True)) for n in range(monday, hi + 1, 7)]
    if level.unit == Unit.MONTH:
        return _month_ticks(level.step, lo, hi, context)
    return _year_ticks(level.step, lo, hi)


def _day_tick_label(number: int, with_month: bool = False) -> str:
    day = Day.from_number(number)
    return f"{day.day} {MONTH_ABBR[day.month - 1]}" if with_month else str(day.day)


def _month_ticks(step: int, lo: int, hi: int, context: bool) -> list[Tick]:
    first = Day.from_number(lo)
    index = first.year * 12 + first.month - 1
    index -= index % step + step
    found: list[Tick] = []
    while True:
        year, month0 = divmod(index, 12)
        number = day_number(year, month0 + 1, 1)
        if number > hi:
            return found
        label = f"{MONTH_NAMES[month0]} {year_label(year)}" if context else MONTH_ABBR[month0]
        found.append(Tick(number, label))
        index += step


def _year_ticks(step: int, lo: int, hi: int) -> list[Tick]:
    """Year ticks aligned as people count: 10, 20 ... CE and 10, 20 ... BCE.

    Historical BCE year ``h`` is astronomical year ``1 - h``, so BCE ticks sit
    at astronomical years ``1 - k * step``; the step across year 1 is one year
    short, which keeps every label round.
    """
    first_year = Day.from_number(lo).year - step
    last_year = Day.from_number(hi).year + 1
    found: list[Tick] = []
    for year in _round_years(first_year, last_year, step):
        number = day_number(year, 1, 1)
        if number <= hi:
            found.append(Tick(number, year_label(year)))
    return found


def _round_years(first: int, last: int, step: int) -> list[int]:
    years: list[int] = []
    if first <= 0:
        # BCE: historical years (1 - astronomical) that are multiples of step.
        historical = (1 - first) // step * step
        while historical >= 1 and 1 - historical <= last:
            if 1 - historical >= first:
                years.append(1 - historical)
            historical -= step
    start = max(first, 1)
    year = -(-start // step) * step
    if step >= 10 and first <= 0 <= last:
        years.append(1)  # anchor "1" between 10 BCE and 10 so the era change is visible
    while year <= last:
        years.append(year)
        year += step
    return sorted(set(years))
