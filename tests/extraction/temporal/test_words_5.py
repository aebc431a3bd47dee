"""Words, durations and periods testers found missed or misread: "a half hour", spans on another planet, unstated
spans ("years in the making", "months of rains", "minutes before"), a number glued to "bn" before years, yearly
days, "five days a week", "2100Z", "early in the third quarter", straight sessions, the nth week of a month and the
nth day of a year."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _found(expressions: list[TemporalExpression]) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.value, e.mod) for e in expressions]


def test_a_half_unit_is_half_of_it(tag: Tagger) -> None:
    assert _found(tag("Astronauts had a half hour to spare.")) == [("a half hour", "PT30M", None)]
    assert _found(tag("They took a half day off.")) == [("a half day", "PT12H", None)]
    assert _found(tag("The shutter stays open for a half-second.")) == [("a half-second", "PT0.5S", None)]


def test_days_counted_on_a_planet_are_days(tag: Tagger) -> None:
    assert _found(tag("There is a window of roughly 31 Earth days.")) == [("roughly 31 Earth days", "P31D", "APPROX")]
    assert _found(tag("The rover lasted 90 Martian days.")) == [("90 Martian days", "P90D", None)]


def test_unstated_spans_in_the_making_of_and_before(tag: Tagger) -> None:
    assert _found(tag("The mission has been years in the making.")) == [("years", "PXY", None)]
    assert _found(tag("The floods caused by months of monsoon rains.")) == [("months", "PXM", None)]
    assert _found(tag("The video showed him paying minutes before he was killed.")) == [("minutes", "PTXM", None)]
    assert tag("The minutes of the meeting were published.") == []


def test_a_hedged_second_span_is_a_span_too(tag: Tagger) -> None:
    found = tag("Aftershocks could continue for months, perhaps years.")
    assert _found(found) == [("months", "PXM", None), ("years", "PXY", None)]


def test_years_after_a_glued_amount_are_not_a_vague_span(tag: Tagger) -> None:
    assert [e for e in tag("The solar system formed 4.6bn years ago.", Day(2004, 1, 3)) if e.value == "PXY"] == []


def test_every_year_on_a_day_is_that_day_yearly(tag: Tagger) -> None:
    assert _found(tag("Every year on 15 March a small crowd gathers.", Day(2004, 3, 15))) == [
        ("Every year on 15 March", "XXXX-03-15", None)]
    assert _found(tag("The town celebrates each year on July 4th.")) == [("each year on July 4th", "XXXX-07-04", None)]


def test_months_named_after_every_year_are_every_years_months(tag: Tagger) -> None:
    found = tag("Bangladesh is hit by cyclones almost every year between April and December.", Day(1997, 5, 20))
    assert _found(found) == [("every year", "P1Y", None), ("April", "XXXX-04", None), ("December", "XXXX-12", None)]
    found = tag("Every year the river floods. In April 1997 it broke its banks.", Day(1997, 5, 20))
    assert ("April 1997", "1997-04", None) in _found(found)


def test_days_a_week_is_a_schedule(tag: Tagger) -> None:
    found = tag("The crew will work five days a week.", Day(2000, 11, 2))
    assert [(e.text, e.type.value, e.value) for e in found] == [("five days a week", "SET", "P1W")]


def test_a_military_z_clock_is_a_time(tag: Tagger) -> None:
    found = tag("AT 4 PM CDT...2100Z...THE CENTER WAS LOCATED NEAR 28.2 NORTH.", Day(2004, 9, 15))
    assert ("2100Z", "2004-09-15T21:00", None) in _found(found)


def test_early_and_late_in_a_period_mark_its_start_and_end(tag: Tagger) -> None:
    dct = Day(2022, 6, 9)
    assert _found(tag("The deal closed early in 2021.", dct)) == [("early in 2021", "2021", "START")]
    early = _found(tag("The deal should close early in the third quarter.", dct))
    late = _found(tag("The deal should close late in the third quarter.", dct))
    assert [(text, mod) for text, _, mod in early] == [("early in the third quarter", "START")]
    assert [(text, mod) for text, _, mod in late] == [("late in the third quarter", "END")]


def test_straight_sessions_are_trading_days(tag: Tagger) -> None:
    assert _found(tag("The index had fallen for three straight sessions.", Day(2001, 9, 17))) == [
        ("three straight sessions", "P3D", None)]
    assert tag("The talks took three sessions.") == []


def test_the_nth_week_of_a_month_is_the_iso_week_holding_most_of_it(tag: Tagger) -> None:
    found = tag("The accord will be signed in the second week of December.", Day(1995, 11, 22))
    assert _found(found) == [("the second week of December", "1995-W50", None)]
    found = tag("Talks resume in the third week of March 2023.", Day(2022, 11, 1))
    assert _found(found) == [("the third week of March 2023", "2023-W11", None)]


def test_the_nth_day_of_a_year_is_that_date(tag: Tagger) -> None:
    assert _found(tag("It was the 13th day of the new year.", Day(2026, 1, 13))) == [
        ("the 13th day of the new year", "2026-01-13", None)]
    assert _found(tag("It fell on the 60th day of 2024.")) == [("the 60th day of 2024", "2024-02-29", None)]


def test_the_rest_of_a_period_is_that_period(tag: Tagger) -> None:
    dct = Day(1995, 8, 28)
    assert _found(tag("Deals would continue through the rest of the decade.", dct)) == [
        ("the rest of the decade", "199", None)]
    assert _found(tag("Sales were flat for the rest of the year.", dct)) == [("the rest of the year", "1995", None)]
    assert tag("He spent the rest of his life in exile.", dct) == []


def test_an_indian_quarter_of_a_short_fy_label_is_its_calendar_quarter(tag: Tagger) -> None:
    dct = Day(2013, 10, 25)
    assert _found(tag("Net profit for Q2 FY14 came in at Rs 412 crore.", dct)) == [("Q2 FY14", "2013-Q3", None)]
    assert _found(tag("Net profit for Q2 FY14 came in at $41 million.", dct)) == [("Q2 FY14", "2014-Q2", None)]


def test_a_quarter_of_a_numbered_financial_year_is_one_date(tag: Tagger) -> None:
    found = tag("Trading in the first quarter of the 2021 financial year had been volatile.", Day(2020, 10, 21))
    assert _found(found) == [("the first quarter of the 2021 financial year", "2021-Q1", None)]
