"""Forms of sports, arts and 'on this day' pieces."""

from __future__ import annotations

from timeline_app.core.calendar import Day

from .conftest import Tagger


def test_on_this_day_in_a_year(tag: Tagger) -> None:
    found = tag("On this day in 1966, England won the World Cup.", Day(2016, 7, 30))
    assert [e.value for e in found] == ["1966-07-30"]


def test_a_clock_after_a_day_of_history_is_on_that_day(tag: Tagger) -> None:
    found = tag("England won the World Cup on July 30, 1966. The match began at 3pm.", Day(2016, 7, 30))
    assert [e.value for e in found] == ["1966-07-30", "1966-07-30T15:00"]


def test_a_clock_after_a_recent_background_day_stays_on_the_article_date(tag: Tagger) -> None:
    found = tag("The quake on Sept. 7 killed 100. Flights resumed after 5 p.m.", Day(2023, 9, 19))
    assert found[-1].value == "2023-09-19T17:00"


def test_an_award_of_the_year_is_not_a_year(parsed_tag: Tagger) -> None:
    assert parsed_tag("Adele won album of the year at the Grammys.", Day(2012, 2, 13)) == []


def test_a_birthday_ahead_and_the_following_evening(parsed_tag: Tagger) -> None:
    assert [e.value for e in parsed_tag("Bolt turns 23 on Friday.", Day(2009, 8, 17))] == ["2009-08-21"]
    found = parsed_tag("The heats are on Saturday, Aug. 3, and the final is the following evening.",
                       Day(2024, 7, 24))
    assert [(e.type.value, e.value) for e in found] == [("DATE", "2024-08-03"), ("TIME", "2024-08-04TEV")]


def test_just_under_and_just_over(tag: Tagger) -> None:
    found = tag("The innings lasted just under three hours; the flight took just over two hours.")
    assert [(e.value, e.mod) for e in found] == [("PT3H", "LESS_THAN"), ("PT2H", "MORE_THAN")]


def test_a_morning_clock_after_this_evening_and_this_morning_stays_today(parsed_tag: Tagger) -> None:
    text = "England regained the Ashes this evening. Play had begun 20 minutes late this morning, at 10.50am."
    found = {e.text: (e.value, e.mod) for e in parsed_tag(text, Day(2005, 9, 12))}
    assert found["10.50am"] == ("2005-09-12T10:50", None)
    assert found["this morning"] == ("2005-09-12TMO", None)  # "20 minutes late" is a delay, not late morning
