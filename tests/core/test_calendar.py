"""Calendar arithmetic, checked against the standard library where it reaches."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.calendar import Day, iso_week_of, iso_week_start

UNIX_EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()


@given(st.dates())
def test_day_numbers_agree_with_datetime(date: datetime.date) -> None:
    day = Day(date.year, date.month, date.day)
    assert day.number == date.toordinal() - UNIX_EPOCH_ORDINAL
    assert day.weekday == date.weekday()
    assert iso_week_of(day) == tuple(date.isocalendar())[:2]


@given(st.integers(min_value=-5_000_000, max_value=5_000_000))
def test_day_number_round_trips_across_bce(number: int) -> None:
    assert Day.from_number(number).number == number


def test_bce_dates_use_astronomical_years() -> None:
    ides = Day(-43, 3, 15)  # 15 March 44 BCE
    assert ides.iso() == "-0043-03-15"
    assert Day.parse("-0043-03-15") == ides
    assert Day(-1, 12, 31).plus_days(1) == Day(0, 1, 1)
    assert Day(0, 2, 29)  # year 0 (1 BCE) is a leap year


def test_invalid_days_are_refused() -> None:
    with pytest.raises(ValueError):
        Day(2022, 2, 29)
    with pytest.raises(ValueError):
        Day.parse("14 March 2022")


def test_iso_week_start() -> None:
    assert iso_week_start(2022, 10) == Day(2022, 3, 7)
    assert iso_week_start(2021, 1) == Day(2021, 1, 4)
