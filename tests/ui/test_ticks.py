"""Axis tick levels from days per pixel, in CE and BCE ranges."""

from __future__ import annotations

import itertools

import pytest

from timeline_app.core import Day
from timeline_app.ui.format import span_label, year_label
from timeline_app.ui.timeline.ticks import LEVELS, choose_level, ticks


@pytest.mark.parametrize(
    ("days_per_pixel", "name"),
    [(1 / 200, "days"), (1 / 20, "weeks"), (0.3, "months"), (3.0, "years"), (30.0, "decades"),
     (400.0, "centuries"), (5000.0, "millennia")],
)
def test_tick_level_follows_the_zoom(days_per_pixel: float, name: str) -> None:
    assert choose_level(days_per_pixel).name == name


@pytest.mark.parametrize("days_per_pixel", [1 / 400, 0.01, 0.1, 1.0, 10.0, 100.0, 1000.0])
def test_ticks_of_the_chosen_level_are_far_enough_apart_to_label(days_per_pixel: float) -> None:
    level = choose_level(days_per_pixel, min_spacing=70)
    start = Day(2022, 3, 14).number
    found = ticks(level, start, start + 1200 * days_per_pixel)
    gaps = [(b.day - a.day) / days_per_pixel for a, b in itertools.pairwise(found)]
    assert len(found) >= 2
    assert min(gaps) >= 70 * 0.9  # months and years vary in length


def test_day_ticks_name_each_day_and_context_names_the_month() -> None:
    start = Day(2022, 3, 13).number
    level = choose_level(1 / 200)
    assert [t.label for t in ticks(level, start, start + 3)][1:5] == ["13", "14", "15", "16"]
    month_level = LEVELS[2]
    labels = [t.label for t in ticks(month_level, start, start + 40, context=True)]
    assert "March 2022" in labels and "April 2022" in labels


def test_week_ticks_fall_on_mondays() -> None:
    start = Day(2022, 3, 1).number
    for tick in ticks(choose_level(1 / 20), start, start + 60):
        assert Day.from_number(tick.day).weekday == 0


def test_century_ticks_in_bce_are_round_historical_years() -> None:
    level = choose_level(400.0)
    first, last = Day(-799, 1, 1).number, Day(-199, 1, 1).number  # 800 BCE .. 200 BCE
    found = ticks(level, first, last)
    labels = [t.label for t in found if first <= t.day <= last]
    assert labels == ["800 BCE", "700 BCE", "600 BCE", "500 BCE", "400 BCE", "300 BCE", "200 BCE"]
    assert [t.day for t in found] == sorted(t.day for t in found)


def test_ticks_across_year_one_stay_ordered_and_readable() -> None:
    level = choose_level(400.0)  # centuries
    found = ticks(level, Day(-500, 1, 1).number, Day(500, 1, 1).number)
    labels = [t.label for t in found]
    assert "100 BCE" in labels and "100" in labels
    assert "0" not in labels  # there is no year zero in historical numbering
    assert [t.day for t in found] == sorted({t.day for t in found})


def test_month_ticks_in_bce() -> None:
    level = choose_level(0.3)
    found = ticks(level, Day(-43, 3, 1).number, Day(-43, 6, 1).number, context=True)
    assert "March 44 BCE" in [t.label for t in found]


def test_year_and_span_labels_use_bce() -> None:
    assert year_label(-43) == "44 BCE"
    assert year_label(0) == "1 BCE"
    assert year_label(2022) == "2022"
    span = Day(-43, 3, 15)
    from timeline_app.core import TimeSpan

    assert span_label(TimeSpan.of_day(span)) == "15 Mar 44 BCE"
    assert span_label(TimeSpan.from_value("2021-10")) == "Oct 2021"  # type: ignore[arg-type]
    assert span_label(TimeSpan.from_value("2022-W10")) == "week 10, 2022"  # type: ignore[arg-type]
