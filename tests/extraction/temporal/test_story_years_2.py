"""The year or direction a month, day or period takes from its story and its clause: a story told in a past year
keeps that year into the next sentence, "that year" is the story's year, a comparison base or a year that names a
thing is no reference, a month of data is gone by and a meeting named by its month is the nearest one."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _value(found: list, text: str) -> str:
    return next(expr.value for expr in found if expr.text == text)


@pytest.mark.parametrize(("dct", "sentence", "text", "expected"), [
    # a month written out with its year carries its year into the next sentence
    ("2016-04-24", "The Rising began in April 1916. Fifteen leaders were executed in May.", "May", "1916-05"),
    ("2016-04-24", "The truce came in July 1921, and the Treaty signed that December was followed by civil war.",
     "December", "1921-12"),
    ("2026-07-04", "He arrived on May 3, 1962. He did not leave on Aug. 2.", "Aug. 2", "1962-08-02"),
])
def test_a_story_told_in_a_past_year_keeps_its_year(tag: Tagger, dct: str, sentence: str, text: str,
                                                    expected: str) -> None:
    assert _value(tag(sentence, Day.parse(dct)), text) == expected


def test_a_story_in_the_past_does_not_take_a_month_before_it(tag: Tagger) -> None:
    """"began in July 1921 ... in March": a month before the one named is no step on in the story."""
    found = tag("The truce came in July 1921. Talks had failed in March.", Day(2016, 4, 24))
    assert _value(found, "March") != "1921-03"


def test_a_plan_ahead_does_not_take_the_story_year(tag: Tagger) -> None:
    found = tag("The Rising began in April 1916. A new museum will open in May.", Day(2016, 4, 24))
    assert _value(found, "May") == "2016-05"


def test_until_after_a_story_year_with_the_parse(parsed_tag: Tagger) -> None:
    found = parsed_tag("He arrived on May 3, 1962. He stayed until Aug. 2.", Day(2026, 7, 4))
    assert _value(found, "Aug. 2") == "1962-08-02"


@pytest.mark.parametrize(("sentence", "text", "expected"), [
    ("The first summit was in 2016. They met again in November of that year.", "November of that year", "2016-11"),
    ("The first summit was in 2016. They met again in the autumn of that year.", "the autumn of that year",
     "2016-FA"),
    ("The first summit was in 2016. They met again in March of the same year.", "March of the same year", "2016-03"),
])
def test_a_month_or_season_of_that_year_is_one_date_in_the_story_year(tag: Tagger, sentence: str, text: str,
                                                                       expected: str) -> None:
    found = tag(sentence, Day(2019, 2, 28))
    assert _value(found, text) == expected
    assert "that year" not in [expr.text for expr in found]


@pytest.mark.parametrize(("dct", "sentence", "text", "expected"), [
    ("2010-04-08", "It replaces the 1991 treaty, which expired in December.", "December", "2009-12"),
    ("2010-04-08", "It builds on the 1994 Budapest Memorandum, which lapsed in March.", "March", "2010-03"),
])
def test_a_year_that_names_a_thing_whose_end_is_told_dates_nothing_else(tag: Tagger, dct: str, sentence: str,
                                                                       text: str, expected: str) -> None:
    assert _value(tag(sentence, Day.parse(dct)), text) == expected


def test_a_year_naming_an_edition_still_frames_its_days(tag: Tagger) -> None:
    found = tag("Organisers said the 2020 edition would take place from May 12.", Day(2019, 11, 1))
    assert _value(found, "May 12") == "2020-05-12"


def test_a_comparison_base_is_not_the_story_year(tag: Tagger) -> None:
    found = tag("Prices rose 2.6% from a year earlier, up from 2.4% in September.", Day(2024, 11, 13))
    assert _value(found, "a year earlier") == "2023"
    assert _value(found, "September") == "2024-09"


@pytest.mark.parametrize(("dct", "sentence", "text", "expected"), [
    ("2011-04-07", "German industrial output data for February is due on Friday.", "February", "2011-02"),
    ("2011-07-14", "Retail sales data for May will be released on Friday.", "May", "2011-05"),
    ("2011-07-14", "February's trade figures will be revised next week.", "February", "2011-02"),
])
def test_a_month_of_data_is_the_month_gone_by(tag: Tagger, dct: str, sentence: str, text: str, expected: str) -> None:
    assert _value(tag(sentence, Day.parse(dct)), text) == expected


@pytest.mark.parametrize(("dct", "sentence", "expected"), [
    ("2019-07-31", "The odds of a move at the September meeting fell to about 60%.", "2019-09"),
    ("2019-07-31", "Bets on a cut at the December meeting rose.", "2019-12"),
    ("2019-04-10", "Minutes of the March meeting showed policymakers were divided.", "2019-03"),
])
def test_a_meeting_named_by_its_month_is_the_nearest(tag: Tagger, dct: str, sentence: str, expected: str) -> None:
    found = tag(sentence, Day.parse(dct))
    assert [expr.value for expr in found] == [expected]


def test_a_meeting_compared_with_this_year_keeps_its_own_time(tag: Tagger) -> None:
    found = tag("GDP is forecast to shrink by 0.5% this year, compared with the 1.5% contraction pencilled in at the "
                "November meeting.", Day(2023, 2, 2))
    assert _value(found, "November") == "2022-11"


def test_the_decade_of_the_year_the_story_just_named(tag: Tagger) -> None:
    found = tag("The building opened in 1974. By the end of the decade it was a landmark.", Day(1998, 6, 18))
    assert _value(found, "the end of the decade") == "197"


def test_the_decade_two_sentences_on_is_no_longer_the_story_year(tag: Tagger) -> None:
    found = tag("The building opened in 1974. It is now a museum. Prices will rise by the end of the decade.",
                Day(1998, 6, 18))
    assert _value(found, "the end of the decade") == "199"


@pytest.mark.parametrize(("dct", "sentence", "text", "expected"), [
    ("2021-06-16", "The deal was due to expire on March 1.", "March 1", "2021-03-01"),
    ("2001-07-22", "Bush invited Putin to Washington in November.", "November", "2001-11"),
    ("2014-10-08", "The case was not confirmed until March.", "March", "2014-03"),
    ("1995-02-01", "Bond traders said they would be watching Friday's January employment report.", "Friday",
     "1995-02-03"),
    ("2003-03-18", "The allies abandoned efforts to win backing on Monday.", "Monday", "2003-03-17"),
])
def test_the_direction_comes_from_the_right_verb(parsed_tag: Tagger, dct: str, sentence: str, text: str,
                                                 expected: str) -> None:
    assert _value(parsed_tag(sentence, Day.parse(dct)), text) == expected


def test_a_bill_for_a_vote_ahead_is_still_ahead(parsed_tag: Tagger) -> None:
    found = parsed_tag("Lawmakers rejected a bill to hold the election in October.", Day(2023, 12, 20))
    assert _value(found, "October") == "2024-10"


def test_a_dated_thing_does_not_carry_its_year_on(parsed_tag: Tagger) -> None:
    found = parsed_tag("Saddam accepted a treaty he had rejected following the August 1988 cease-fire with Iran. "
                       "Iran had condemned Iraq's invasion of Kuwait on Aug. 2.", Day(1990, 8, 15))
    assert {e.text: e.value for e in found}["Aug. 2"] == "1990-08-02"
