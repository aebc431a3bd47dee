"""Ranges written once ("March 14-16", "14-16 March", "9am-5pm"): TimeML tags each end, DCT 2022-03-14."""

from __future__ import annotations

from .conftest import Tagger


def _values(found: list) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in found]


def test_the_bare_far_end_of_a_day_range_takes_the_month_and_year(tag: Tagger) -> None:
    found = tag("Leaders meet in Brussels on March 14-16, 2023, and again on June 1 and 2, 2023.")
    assert _values(found) == [("March 14", "2023-03-14"), ("16, 2023", "2023-03-16"), ("June 1", "2023-06-01"),
                              ("2, 2023", "2023-06-02")]
    assert found[1].span is not None and found[1].span.start.iso() == "2023-03-16"


def test_the_bare_near_end_of_a_day_first_range_takes_the_month(tag: Tagger) -> None:
    found = tag("The festival ran from 3 to 5 March 2021.")
    assert _values(found) == [("3", "2021-03-03"), ("5 March 2021", "2021-03-05")]


def test_numbers_after_a_date_that_count_something_are_not_days(tag: Tagger) -> None:
    found = tag("On March 14, 2021 and 15 people were hurt. Shares rose on March 3 - 40 percent.")
    assert _values(found) == [("March 14, 2021", "2021-03-14"), ("March 3", "2022-03-03")]


def test_a_range_end_must_be_a_later_day_of_that_month(tag: Tagger) -> None:
    assert _values(tag("Voting ran on Feb. 27-31.")) == [("Feb. 27", "2022-02-27")]
    assert _values(tag("Voting ran on March 4-2.")) == [("March 4", "2022-03-04")]


def test_the_far_end_of_a_clock_range_is_on_the_same_day(tag: Tagger) -> None:
    found = tag("Polls were open on March 10, 2022 from 9am-5pm.")
    assert _values(found) == [("March 10, 2022", "2022-03-10"), ("9am", "2022-03-10T09:00"),
                              ("5pm", "2022-03-10T17:00")]


def test_a_list_of_days_after_a_date_takes_its_month(tag: Tagger) -> None:
    found = tag("Tax offices will remain open on March 29, 30 and 31. On March 29, 30 people died.")
    assert _values(found) == [("March 29", "2022-03-29"), ("30", "2022-03-30"), ("31", "2022-03-31"),
                              ("March 29", "2022-03-29")]


def test_a_split_year_is_one_period_from_its_first_year(tag: Tagger) -> None:
    assert _values(tag("Growth of 6.5% is forecast for 2023-24 and for the 2018/19 season.")) == [
        ("2023-24", "2023"), ("2018/19", "2018")]
    assert _values(tag("Sales rose 2019-20 percent.")) == [("2019", "2019")]


def test_the_far_end_of_a_day_pair_before_via_or_across(tag: Tagger) -> None:
    found = tag("Around 5,000 civilians were evacuated on March 8 and 9 via a corridor to Poltava.")
    assert _values(found) == [("March 8", "2022-03-08"), ("9", "2022-03-09")]
