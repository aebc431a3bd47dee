"""The year a month, day or period takes from its story: "this year" and "this month" are the writer's even after a
report's day, "the next week" in a quotation is the speaker's, the items of a list or range keep the first item's
year, a year that names a crop or a forecast frames nothing, a holiday follows the day its story is at, a year
right after a date only qualifies it, and "next weekend" on a Monday is the coming one."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _value(found: list, text: str) -> str:
    return next(expr.value for expr in found if expr.text == text)


@pytest.mark.parametrize(("dct", "sentence", "text", "expected"), [
    ("2026-01-02", "Lawmakers met on Monday and said they would vote later this year.", "later this year", "2026"),
    ("1998-02-02", "Republicans, who last week accused the Pentagon, said they would hold hearings later this month.",
     "later this month", "1998-02"),
])
def test_this_year_after_a_report_is_the_writers(tag: Tagger, dct: str, sentence: str, text: str,
                                                 expected: str) -> None:
    assert _value(tag(sentence, Day.parse(dct)), text) == expected


def test_a_day_after_a_report_still_counts_from_the_report(tag: Tagger) -> None:
    found = tag("Officials said on Friday that they would vote on Monday.", Day(2022, 3, 14))
    assert _value(found, "Monday") == "2022-03-14"


def test_the_next_week_in_a_quotation_is_the_speakers(tag: Tagger) -> None:
    found = tag('The tests would continue until March 15. "The next week will be a test of nerves," he said.',
                Day(1996, 3, 8))
    assert _value(found, "The next week") == "1996-W11"


def test_the_next_week_told_in_the_story_follows_its_date(tag: Tagger) -> None:
    found = tag("The tests began on March 1. The next week, the inspectors left.", Day(1996, 3, 8))
    assert _value(found, "The next week") == "1996-W10"


@pytest.mark.parametrize(("dct", "sentence", "text", "expected"), [
    ("2024-03-18", "The tour opens in Glasgow on Friday 27 September, followed by Birmingham on 29 September and "
     "Manchester on 1 October.", "1 October", "2024-10-01"),
    ("2024-03-18", "The tour opens in Glasgow on Friday 27 September, followed by Birmingham on 29 September and "
     "Manchester on 1 October.", "29 September", "2024-09-29"),
    ("2013-05-26", "Next year's festival will run from May 14 to May 25.", "May 25", "2014-05-25"),
    ("2019-10-09", "The show runs in Stockholm from 14 February to 17 May.", "17 May", "2020-05-17"),
])
def test_later_items_of_a_list_take_the_first_items_year(tag: Tagger, dct: str, sentence: str, text: str,
                                                        expected: str) -> None:
    assert _value(tag(sentence, Day.parse(dct)), text) == expected


def test_two_dates_ahead_keep_their_own_years(tag: Tagger) -> None:
    """"payable Jan. 3 to holders of record Nov. 16": the record date comes first, in the DCT's year."""
    found = tag("The dividend will be payable Jan. 3 to holders of record Nov. 16.", Day(1989, 11, 1))
    assert (_value(found, "Jan. 3"), _value(found, "Nov. 16")) == ("1990-01-03", "1989-11-16")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The rains failed last year and the April-June rains this year have wiped out harvests.",
     ["2010", "2011-04", "2011-06", "2011"]),
    ("The rains failed last year and the May rains this year were poor.", ["2010", "2011-05", "2011"]),
])
def test_months_before_this_year_are_of_this_year(tag: Tagger, sentence: str, expected: list[str]) -> None:
    assert [expr.value for expr in tag(sentence, Day(2011, 7, 20))] == expected


def test_months_compared_with_last_year_keep_their_own_year(tag: Tagger) -> None:
    found = tag("Exports rose in March from last year.", Day(2011, 7, 20))
    assert _value(found, "March") == "2011-03"


@pytest.mark.parametrize(("dct", "sentence", "text", "expected"), [
    ("2024-10-11", "The 2025 crop will flower in October.", "October", "2024-10"),
    ("2024-01-01", "The bank projected growth of 2% in 2024, down from its October forecast.", "October", "2023-10"),
])
def test_a_year_of_a_crop_or_a_forecast_frames_nothing(tag: Tagger, dct: str, sentence: str, text: str,
                                                       expected: str) -> None:
    assert _value(tag(sentence, Day.parse(dct)), text) == expected


def test_a_year_naming_an_edition_still_frames_its_days(tag: Tagger) -> None:
    found = tag("The 2020 edition will take place from May 12.", Day(2019, 1, 10))
    assert _value(found, "May 12") == "2020-05-12"


@pytest.mark.parametrize(("sentence", "text", "expected"), [
    ("He was hit on December 31, 2003 and died on New Year's Day.", "New Year's Day", "2004-01-01"),
    ("He was hit on December 20, 2003 and died on Christmas Day.", "Christmas Day", "2003-12-25"),
])
def test_a_holiday_follows_the_day_its_story_is_at(tag: Tagger, sentence: str, text: str, expected: str) -> None:
    assert _value(tag(sentence, Day(2005, 3, 16)), text) == expected


def test_a_holiday_long_after_the_day_named_is_not_moved(tag: Tagger) -> None:
    found = tag("He was hit on March 3, 2003 and died on Christmas Day.", Day(2005, 3, 16))
    assert _value(found, "Christmas Day") != "2003-12-25"


def test_a_year_right_after_a_date_leaves_the_date_as_the_reference(tag: Tagger) -> None:
    found = tag("He was found on November 18 last year. Milk had been left there since the previous Thursday.",
                Day(2014, 2, 27))
    assert _value(found, "the previous Thursday") == "2013-11-14"


@pytest.mark.parametrize(("dct", "expected"), [
    (Day(1998, 7, 27), "1998-W31-WE"),  # a Monday: the coming weekend
    (Day(1998, 7, 30), "1998-W32-WE"),  # a Thursday: the weekend after the coming one
    (Day(1998, 8, 1), "1998-W32-WE"),  # a Saturday
])
def test_next_weekend_depends_on_the_day_of_writing(tag: Tagger, dct: Day, expected: str) -> None:
    assert _value(tag("Next weekend's new releases include a remake.", dct), "Next weekend") == expected


def test_a_clause_of_its_own_after_a_list_item_keeps_its_year(tag: Tagger) -> None:
    found = tag("Pai became chairman in January, and by May he had launched the repeal.", Day(2017, 12, 14))
    assert _value(found, "May") == "2017-05"


@pytest.mark.parametrize(("dct", "sentence", "text", "expected"), [
    ("2005-02-15", "The opposition, which had been preparing for parliamentary elections due in May, blamed Damascus.",
     "May", "2005-05"),
    ("2003-09-04", "Brussels said on Tuesday that it would bring forward payments, normally made in December, to "
     "October 16.", "December", "XXXX-12"),  # a habit: every year's December
    ("2016-01-20", "The rainy season that usually begins in November has been delayed.", "November", "XXXX-11"),
])
def test_what_is_due_or_habitual_is_not_read_back_from_a_past_verb(tag: Tagger, dct: str, sentence: str, text: str,
                                                                    expected: str) -> None:
    assert _value(tag(sentence, Day.parse(dct)), text) == expected


def test_a_plan_due_in_a_month_told_in_the_past_is_the_nearest(tag: Tagger) -> None:
    assert _value(tag("The report was due in January.", Day(2005, 2, 15)), "January") == "2005-01"
