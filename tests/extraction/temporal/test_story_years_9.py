"""The story's year for dates written without one: a clause that names its year first ("Last year Ramadan began on
March 11", "in 2019, when it fell on 21 April"), "the end of the year" promised in a past year, a month the story
moves on to ("December 2002. In January"), "since October" in the present perfect, "By 2001" as where the story
is, a weekday set beside a full date, and the days of a calendar rule, which have no year."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _value(found: list, text: str) -> str:
    return next(expr.value for expr in found if expr.text == text)


@pytest.mark.parametrize(("dct", "sentence", "text", "expected"), [
    ("2025-02-28", "Last year Ramadan began on March 11.", "March 11", "2024-03-11"),
    ("2023-06-15", "Last year the monsoon arrived on June 5.", "June 5", "2022-06-05"),
    ("2023-06-15", "In 2019 it was delayed until June 20.", "June 20", "2019-06-20"),
])
def test_a_day_in_a_sentence_opened_by_its_year(tag: Tagger, dct: str, sentence: str, text: str,
                                                expected: str) -> None:
    assert _value(tag(sentence, Day.parse(dct)), text) == expected


def test_a_year_opening_a_list_frames_nothing_alone(tag: Tagger) -> None:
    found = tag("In 2019 and 2020 the talks stalled. Prices rose on March 3.", Day(2023, 6, 15))
    assert _value(found, "March 3") == "2023-03-03"


@pytest.mark.parametrize(("dct", "sentence", "text", "expected"), [
    ("2024-03-29", "Easter is three weeks earlier than in 2019, when it fell on 21 April.", "21 April",
     "2019-04-21"),
    ("2026-03-01", "The festival was quiet last year, when it was on January 29.", "January 29", "2025-01-29"),
])
def test_a_day_in_the_when_clause_of_a_year(tag: Tagger, dct: str, sentence: str, text: str, expected: str) -> None:
    assert _value(tag(sentence, Day.parse(dct)), text) == expected


def test_the_end_of_the_year_promised_in_a_past_year(tag: Tagger) -> None:
    found = tag("In 1991 Hanlon promised the money would be returned by the end of the year.", Day(1996, 3, 17))
    end = next(expr for expr in found if "end of the year" in expr.text)
    assert (end.value, end.mod) == ("1991", "END")


def test_the_end_of_the_year_forecast_now_stays_this_years(parsed_tag: Tagger) -> None:
    found = parsed_tag("Since the war began in April 2023, the number could top 5 million by the end of the year.",
                       Day(2024, 6, 1))
    assert next(expr for expr in found if "end of the year" in expr.text).value == "2024"


def test_a_month_the_story_moves_on_to_is_the_next_years(parsed_tag: Tagger) -> None:
    found = parsed_tag("The first case was recorded in December 2002. In January, 19 patients died.",
                       Day(2005, 9, 25))
    assert _value(found, "January") == "2003-01"


def test_a_month_told_in_the_pluperfect_stays_in_the_storys_year(tag: Tagger) -> None:
    found = tag("The first case was recorded in December 2002. In March, nurses had warned of it.",
                Day(2005, 9, 25))
    assert _value(found, "March") != "2003-03"


def test_since_in_the_present_perfect_counts_from_the_dct(tag: Tagger) -> None:
    found = tag("The two sides last met in April 2015. The Tigers have not played a home ODI since October.",
                Day(2026, 3, 9))
    assert _value(found, "October") == "2025-10"


def test_a_year_opened_by_by_is_where_the_story_is(parsed_tag: Tagger) -> None:
    found = parsed_tag("The team was founded in 1998. By 2001 it had a new doctor. Riders who joined that year "
                       "describe injections.", Day(2013, 2, 14))
    assert _value(found, "that year") == "2001"


def test_a_weekday_beside_a_full_date_is_that_dates(tag: Tagger) -> None:
    found = tag("Kylie disappeared on the afternoon of 24 September 1989, a Sunday. Detectives interviewed him that "
                "October.", Day(2019, 9, 26))
    assert _value(found, "Sunday") == "1989-09-24"
    assert _value(found, "that October") == "1989-10"


def test_a_weekday_after_a_full_stop_is_no_apposition(tag: Tagger) -> None:
    found = tag("The raid came on 24 September 1989. On Monday, police said nothing.", Day(2019, 9, 26))
    assert _value(found, "Monday") != "1989-09-24"


@pytest.mark.parametrize(("dct", "sentence", "texts", "expected"), [
    ("2024-03-29", "Easter can fall anywhere between 22 March and 25 April.", ("22 March", "25 April"),
     ("XXXX-03-22", "XXXX-04-25")),
    ("2026-02-16", "It can occur on any date between January 21 and February 20.", ("January 21", "February 20"),
     ("XXXX-01-21", "XXXX-02-20")),
    ("2010-12-01", "The holiday can start as early as November 28 or as late as December 27.",
     ("November 28", "December 27"), ("XXXX-11-28", "XXXX-12-27")),
])
def test_the_days_of_a_calendar_rule_have_no_year(tag: Tagger, dct: str, sentence: str, texts: tuple[str, str],
                                                  expected: tuple[str, str]) -> None:
    found = tag(sentence, Day.parse(dct))
    assert tuple(_value(found, text) for text in texts) == expected


def test_a_planned_range_keeps_its_year(tag: Tagger) -> None:
    found = tag("The talks could start between June 1 and June 5.", Day(2024, 3, 29))
    assert _value(found, "June 1") == "2024-06-01"


def test_a_range_of_days_across_the_new_year_holds_the_dct(tag: Tagger) -> None:
    found = tag("The government had banned firecrackers from September 15 till January 1.", Day(2021, 11, 5))
    assert (_value(found, "September 15"), _value(found, "January 1")) == ("2021-09-15", "2022-01-01")


def test_a_memo_dated_in_the_story_is_of_its_year(parsed_tag: Tagger) -> None:
    found = parsed_tag("The first case was recorded on 9 December 2002. A memo dated 23 December advised staff to "
                       "keep quiet.", Day(2005, 9, 25))
    assert _value(found, "23 December") == "2002-12-23"


def test_the_end_of_the_month_after_a_date_told_in_the_past(parsed_tag: Tagger) -> None:
    found = parsed_tag("On 3 January 2020 a briefing described a cluster. By the end of the month, it had reached 18 "
                       "countries.", Day(2021, 3, 11))
    assert next(expr for expr in found if "end of the month" in expr.text).value == "2020-01"


def test_a_month_after_a_span_of_years_is_not_moved_on_by_one(parsed_tag: Tagger) -> None:
    found = parsed_tag("Lusaka defaulted in November 2020. The restructuring dragged on for almost four years, "
                       "finally concluding in March.", Day(2024, 10, 19))
    assert _value(found, "March") == "2024-03"


@pytest.mark.parametrize(("dct", "sentence", "texts", "expected"), [
    ("2012-06-08", "Exports fell in July.", ("July",), ("2011-07",)),
    ("2024-06-13", "Sales rose 5pc in July-March.", ("July", "March"), ("2023-07", "2024-03")),
])
def test_a_figure_told_in_the_past_for_next_month_is_last_years(tag: Tagger, dct: str, sentence: str,
                                                                texts: tuple[str, ...],
                                                                expected: tuple[str, ...]) -> None:
    found = tag(sentence, Day.parse(dct))
    assert tuple(_value(found, text) for text in texts) == expected


def test_a_plan_for_next_month_told_in_the_past_stays_ahead(tag: Tagger) -> None:
    assert _value(tag("The meeting was set for July.", Day(2012, 6, 8)), "July") == "2012-07"


def test_a_friday_in_a_month_named_after_it_is_some_friday_of_it(tag: Tagger) -> None:
    found = tag("It was a Friday in late November 2008 when the call came. Fifteen months later the bank collapsed.",
                Day(2011, 6, 27))
    assert (_value(found, "Friday"), _value(found, "Fifteen months later")) == ("XXXX-WXX-5", "2010-02")


def test_the_month_in_a_report_after_a_past_month_is_not_that_month(tag: Tagger) -> None:
    found = tag("It beat the previous record set in July 2019. Scientists say the month was roughly 1.5C warmer.",
                Day(2023, 8, 8))
    assert _value(found, "the month") != "2019-07"


def test_a_year_compared_with_dates_nothing_after_it(parsed_tag: Tagger) -> None:
    found = parsed_tag("It took five ballots, one more than in 2005, and came less than a month after Benedict "
                       "resigned on Feb. 11.", Day(2013, 3, 13))
    assert _value(found, "Feb. 11") == "2013-02-11"
