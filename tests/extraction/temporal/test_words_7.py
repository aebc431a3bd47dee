"""Words and forms testers found misread: "worst"/"best" as superlatives, titles of works and brands with a time
word, fractions, falls, counts and compounds that are no times, and forms that were missed: "last season", "its
hottest summer", "five centuries ago", clocks to the second, "Saturday 20th", "years late", a year in a title-case
headline, "the last Wednesday of the Iranian year" and Hijri days ("Ramadan 29")."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _found(expressions: list[TemporalExpression]) -> list[tuple[str, str, str, str | None]]:
    return [(e.text, e.type.value, e.value, e.mod) for e in expressions]


def test_worst_and_best_are_superlatives_so_in_n_years_is_a_span(tag: Tagger) -> None:
    found = tag("The worst heatwave in 40 years is threatening crops.", Day(2024, 10, 11))
    assert _found(found) == [("40 years", "DURATION", "P40Y", None)]
    found = tag("It will be the best harvest in 20 years.", Day(2024, 10, 11))
    assert _found(found) == [("20 years", "DURATION", "P20Y", None)]


def test_worst_before_more_than_half_a_century_keeps_the_span(tag: Tagger) -> None:
    found = tag("The worst drought in more than half a century will shrink the corn harvest.", Day(2012, 8, 10))
    assert _found(found) == [("more than half a century", "DURATION", "P50Y", "MORE_THAN")]


def test_quoted_titles_of_works_are_no_dates(tag: Tagger) -> None:
    assert tag('The drama "Last Summer in Tangier" earned eight nominations.', Day(2016, 1, 14)) == []
    assert tag('Her single "Every Other Weekend" topped the chart.', Day(2020, 1, 27)) == []
    assert tag("\u201cThe Winter's Tale\u201d returns to the Lyttelton.", Day(2017, 2, 22)) == []
    found = tag('Netflix will drop the thriller "Midnight in Lisbon" on Feb. 6.', Day(2026, 1, 20))
    assert _found(found) == [("Feb. 6", "DATE", "2026-02-06", None)]


def test_a_time_word_capitalised_mid_sentence_names_a_work(tag: Tagger) -> None:
    assert tag("She performed her single Every Other Weekend on piano.", Day(2020, 1, 27)) == []
    assert tag("They watched the thriller Midnight in Lisbon at home.", Day(2020, 1, 27)) == []


def test_a_weekday_glued_to_a_name_is_a_brand(tag: Tagger) -> None:
    assert tag("Friday Rush tickets will continue to be released online.", Day(2017, 2, 22)) == []


def test_quoted_speech_and_named_days_stay_dates(tag: Tagger) -> None:
    found = tag('"Last Friday we won," he said. Black Friday sales rose. Good Friday is a holiday.',
                Day(2017, 2, 22))
    assert [e.text for e in found] == ["Last Friday", "Black Friday", "Good Friday"]
    assert found[0].value == "2017-02-17"
    assert [e.value for e in tag("Friday Trump said he would sign.", Day(2017, 2, 22))] == ["2017-02-17"]
    found = tag("Turnout in Tuesday's General Election stood at 65 per cent.", Day(2022, 8, 10))
    assert [e.text for e in found] == ["Tuesday"]
    found = tag("Growth slowed in the second quarter. The Autumn Forecast projects growth of 0.6%.", Day(2023, 11, 15))
    assert [e.text for e in found] == ["the second quarter", "The Autumn"]


def test_fractions_falls_counts_and_compounds_are_no_times(tag: Tagger) -> None:
    assert tag("Yields fell by a third and exports by a quarter.", Day(2022, 6, 10)) == []
    assert _found(tag("He died within 48 hours of the fall, which caused a fractured hip.", Day(2014, 2, 27))) == [
        ("48 hours", "DURATION", "PT48H", None)]
    assert tag("There is a backlog of more than 1000 jury trials.", Day(2020, 11, 26)) == []
    assert tag("Disruption will spill over into the days after each strike.", Day(2022, 6, 20)) == []
    found = tag("The drills will end in a night-time river crossing on June 16.", Day(2016, 6, 7))
    assert _found(found) == [("June 16", "DATE", "2016-06-16", None)]


def test_the_fall_as_a_season_and_a_year_after_more_than_a_count_of_years_remain(tag: Tagger) -> None:
    assert [e.value[4:] for e in tag("Sales slowed in the fall.", Day(2014, 2, 27))] == ["-FA"]
    assert [e.value for e in tag("Prices rose in 1998 and fell in 1999.", Day(2014, 2, 27))] == ["1998", "1999"]


def test_seasons_of_crops_and_sport(tag: Tagger) -> None:
    found = tag("Output fell to 10 million tonnes, down from 36 million tonnes last season.", Day(2006, 10, 23))
    assert _found(found) == [("last season", "DATE", "PAST_REF", None)]
    assert [e.value for e in tag("Farmers have sown 8 million hectares so far this season.", Day(2019, 6, 17))] == [
        "PRESENT_REF"]
    assert [e.value for e in tag("The club hopes to do better next season.", Day(2019, 6, 17))] == ["FUTURE_REF"]
    assert tag("This season of the show was its best.", Day(2019, 6, 17)) == []


def test_a_season_after_a_superlative_is_the_story_season(tag: Tagger) -> None:
    found = tag("The northern hemisphere has just had its hottest summer on record.", Day(2023, 9, 6))
    assert [(e.type.value, e.value) for e in found] == [("DATE", "2023-SU")]
    found = tag("The region has had its driest winter on record.", Day(2006, 10, 11))
    assert [e.value for e in found] == ["2006-WI"]  # as "this winter" is read
    found = tag("It was the wettest spring on record.", Day(2024, 2, 10))
    assert [e.value for e in found] == ["2023-SP"]  # this year's has not begun


def test_centuries_ago_is_a_year_back(tag: Tagger) -> None:
    found = tag("The parade marked the fall of Tenochtitlan five centuries ago.", Day(2021, 9, 17))
    assert _found(found) == [("five centuries ago", "DATE", "1521", None)]


def test_a_clock_keeps_its_seconds(tag: Tagger) -> None:
    found = tag("The new year begins at 18:15:59 Tehran time on Friday.", Day(2026, 3, 18))
    assert [e.value for e in found if e.type.value == "TIME"] == ["2026-03-20T18:15:59"]
    assert [e.value for e in tag("The launch came at 2:05:30 p.m. on Monday.", Day(2022, 3, 14))] == [
        "2022-03-14T14:05:30"]


def test_a_weekday_with_its_ordinal_day_finds_the_month(tag: Tagger) -> None:
    found = tag("Steve Earle performs in the Big Top on Saturday 20th.", Day(2002, 7, 4))
    assert _found(found) == [("Saturday 20th", "DATE", "2002-07-20", None)]
    found = tag("The band played on Friday 28th.", Day(2022, 3, 14))  # 28 January 2022 was a Friday
    assert [e.value for e in found] == ["2022-01-28"]


def test_units_late_is_an_unstated_delay(tag: Tagger) -> None:
    assert _found(tag("The renovation ran years late.", Day(2012, 11, 30))) == [("years", "DURATION", "PXY", None)]


def test_a_year_in_a_title_case_headline_is_a_date(tag: Tagger) -> None:
    found = tag("Police Reopen 1979 Killing of Teenage Waitress", Day(2016, 4, 19))
    assert _found(found) == [("1979", "DATE", "1979", None)]
    assert tag("Saudi Vision 2030 Plan Unveiled By Prince", Day(2016, 4, 19)) == []


def test_a_weekday_counted_in_another_period_is_not_last_week(tag: Tagger) -> None:
    assert tag("The festival is held on the eve of the last Wednesday of the Iranian year.", Day(2026, 3, 18)) == []
    found = tag("The fair is on the last Sunday of October.", Day(2026, 3, 18))
    assert [e.value[4:8] for e in found] == ["-10-"]  # the rule for a month's weekday still reads it


def test_days_of_hijri_months(tag: Tagger) -> None:
    found = tag("Staff will be off from Ramadan 29 until Shawwal 3.", Day(2024, 4, 8))
    assert [(e.text, e.value) for e in found] == [("Ramadan 29", "2024-04-08"), ("Shawwal 3", "2024-04-12")]
    found = tag("The ministry said 1 Muharram would be a holiday.", Day(2024, 7, 1))
    assert [(e.text, e.value) for e in found] == [("1 Muharram", "2024-07-07")]
