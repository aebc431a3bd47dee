"""Company reporting periods and wire clocks in business copy, DCT 2022-03-14 unless stated."""

from __future__ import annotations

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _values(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


def test_a_quarter_named_by_its_last_day_is_the_calendar_quarter_it_mostly_covers(tag: Tagger) -> None:
    assert _values(tag("In the quarter ended July 31, Jayark had a loss."))["the quarter"] == "2021-Q2"
    assert _values(tag("For the quarter ended Sept. 30, Delta posted net income."))["the quarter"] == "2021-Q3"
    assert _values(tag("Sales in the quarter ended Oct. 1, 2023 were weak."))["the quarter"] == "2023-Q3"


def test_a_numbered_quarter_keeps_its_number_whatever_day_it_ends(tag: Tagger) -> None:
    found = _values(tag("Oshkosh estimated earnings for its fourth quarter ended Sept. 30 fell 50%."))
    assert found["fourth quarter"] == "2021-Q4"


def test_the_first_two_quarters_of_a_year_are_its_first_half(tag: Tagger) -> None:
    found = _values(tag("The slump will last through the first two quarters of 2023.", Day(2022, 10, 26)))
    assert found == {"the first two quarters of 2023": "2023-H1"}


def test_the_year_earlier_nine_months_is_one_duration(tag: Tagger) -> None:
    found = tag("Net for the year-earlier nine months included a gain.")
    assert [(e.text, e.type.value, e.value) for e in found] == [("the year-earlier nine months", "DURATION", "P9M")]


def test_a_forecast_quarter_does_not_become_the_period_reported(tag: Tagger) -> None:
    text = ("Bethlehem posted a drop in third-quarter profit. Analysts expect the decline to continue into the "
            "fourth quarter. In the year-ago period, Bethlehem earned $101.4 million.")
    assert _values(tag(text, Day(1989, 10, 26)))["the year-ago period"] == "1988-Q3"


def test_a_four_digit_clock_after_another_is_a_time_on_the_same_day(tag: Tagger) -> None:
    found = tag("Talks resumed at 0930 and ended at 1715.", Day(2009, 12, 18))
    assert [(e.text, e.type.value, e.value) for e in found] == [
        ("0930", "TIME", "2009-12-18T09:30"), ("1715", "TIME", "2009-12-18T17:15")]


def test_a_four_digit_number_alone_after_at_is_not_made_a_clock(tag: Tagger) -> None:
    found = tag("The index opened at 0930 and closed at 1715 points.", Day(2009, 12, 18))
    assert [e.text for e in found] == ["0930"]



def test_year_to_date_is_the_year_so_far(tag: Tagger) -> None:
    assert _values(tag("Shares are up 12% year to date.", Day(2023, 11, 15))) == {"year to date": "2023"}


def test_hyphenated_points_of_the_financial_press(tag: Tagger) -> None:
    found = {e.text: (e.value, e.mod) for e in tag("The deficit falls by end-2025 and rates rise by end-June 2026.")}
    assert found == {"end-2025": ("2025", "END"), "end-June 2026": ("2026-06", "END")}
    assert tag("The end-user pays.") == []


def test_a_numbered_week_is_dated_only_when_it_is_a_calendar_week(tag: Tagger) -> None:
    assert _values(tag("In epidemiological week 31, 68 new cases were reported.", Day(2014, 8, 8))) == {
        "epidemiological week 31": "2014-W31"}
    assert tag("In week 3 of the trial, he testified.") == []


def test_the_end_of_the_financial_year(tag: Tagger) -> None:
    found = tag("The cut takes effect at the end of the financial year.", Day(2023, 11, 22))
    assert [(e.value, e.mod) for e in found] == [("2023", "END")]


def test_no_later_than_is_a_bound_not_a_time(parsed_tag: Tagger) -> None:
    found = parsed_tag("They must pay no later than 31 January, so that programmes can start.", Day(2023, 11, 22))
    assert [e.text for e in found] == ["31 January"]


def test_a_future_quarter_earlier_in_the_year_is_next_years(parsed_tag: Tagger) -> None:
    assert [e.value for e in parsed_tag("The feature will arrive in Q1.", Day(2024, 9, 10))] == ["2025-Q1"]
    text = "The company expects to report a third-quarter net loss."
    assert [e.value for e in parsed_tag(text, Day(1989, 10, 27))] == ["1989-Q3"]


def test_the_week_ending_a_day_is_that_days_week(tag: Tagger) -> None:
    assert _values(tag("Cases rose in the week ending 19 April.", Day(2019, 4, 26)))["the week"] == "2019-W16"


def test_far_years_after_a_word_that_takes_a_year(tag: Tagger) -> None:
    assert _values(tag("Such days could occur by 2100.", Day(2022, 7, 20))) == {"2100": "2100"}
    assert tag("Prices climbed in 2150 stores.", Day(2022, 7, 20)) == []


def test_spans_of_geological_time_are_durations(tag: Tagger) -> None:
    found = tag("Ice cores cover the last 800,000 years; dinosaurs died out 66 million years ago.", Day(2008, 5, 15))
    assert [(e.type.value, e.value) for e in found] == [("DURATION", "P800000Y"), ("DURATION", "P66000000Y")]
