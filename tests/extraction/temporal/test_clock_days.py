"""The day of a clock reading or part of day that names no day of its own: the story's day, the next morning,
the day of writing, or the day its clause names."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _values(found: list[TemporalExpression]) -> dict[str, str]:
    return {e.text: e.value for e in found}


# 1. A part of day or clock that names its day dates the clocks after it, even after "claimed victory".


def test_a_clock_after_an_evening_with_its_weekday_is_on_that_day(parsed_tag: Tagger) -> None:
    text = "Both candidates claimed victory on Wednesday evening. Widodo declared victory at about 4 p.m."
    assert _values(parsed_tag(text, Day(2014, 7, 10)))["4 p.m."] == "2014-07-09T16:00"


def test_a_clock_after_yesterday_evening_is_on_yesterday(parsed_tag: Tagger) -> None:
    text = "The rebels claimed responsibility yesterday evening. Their statement was posted at 9 p.m."
    assert _values(parsed_tag(text, Day(2019, 5, 8)))["9 p.m."] == "2019-05-07T21:00"


def test_a_clock_with_its_own_day_dates_the_next_clock(parsed_tag: Tagger) -> None:
    text = "The bomb went off at 2:45pm yesterday. Ambulances arrived at 3.10pm."
    assert _values(parsed_tag(text, Day(2016, 3, 23)))["3.10pm"] == "2016-03-22T15:10"


def test_a_claim_that_reports_is_still_the_day_of_a_report(parsed_tag: Tagger) -> None:
    text = "The quake on Sept. 7 killed 90 people. Officials claimed on Sunday that aid was arriving. " \
           "Flights resumed shortly after 5 p.m."
    assert _values(parsed_tag(text, Day(2017, 9, 19)))["5 p.m."] == "2017-09-19T17:00"


# 2. A morning clock after an afternoon of a day before the DCT is the next morning, up to the DCT.


def test_a_morning_clock_after_yesterdays_afternoon_clock_is_today(parsed_tag: Tagger) -> None:
    text = "A 5.5 aftershock struck at 1.04pm yesterday. The airport reopened at 6am."
    assert _values(parsed_tag(text, Day(2011, 2, 23)))["6am"] == "2011-02-23T06:00"


def test_a_morning_clock_after_yesterday_afternoon_is_today(parsed_tag: Tagger) -> None:
    text = ("Floods swept through the valley yesterday afternoon. Two people have died, the mayor told "
            "reporters at 9:00am.")
    assert _values(parsed_tag(text, Day(2003, 1, 19)))["9:00am"] == "2003-01-19T09:00"


def test_a_morning_clock_told_in_the_past_perfect_stays_on_the_day(parsed_tag: Tagger) -> None:
    text = "Bushfires swept into the western suburbs yesterday afternoon. Schools had opened at 7am."
    assert _values(parsed_tag(text, Day(2003, 1, 19)))["7am"] == "2003-01-18T07:00"


def test_an_afternoon_of_the_dct_moves_no_clock_past_it(tag: Tagger) -> None:
    text = "Protesters gathered at 2pm today. Police had been deployed, and the square was cleared. Trains ran at 8am."
    assert _values(tag(text, Day(2020, 6, 2)))["8am"] == "2020-06-02T08:00"


# 3. A clock in a present or present-perfect clause is on the DCT; a day inside a quotation is a memory.


def test_a_present_perfect_clock_after_a_quoted_day_is_today(parsed_tag: Tagger) -> None:
    text = "\"The water was cut off last Wednesday.\" The army has imposed a curfew in Omdurman from 6pm to 6am."
    found = _values(parsed_tag(text, Day(2023, 4, 25)))
    assert found["6pm"] == "2023-04-25T18:00"
    assert found["6am"] == "2023-04-26T06:00"


def test_a_present_perfect_clock_after_a_past_day_is_today(parsed_tag: Tagger) -> None:
    text = "Rebels entered the town on Saturday. Authorities have ordered shops to close at 4 p.m."
    assert _values(parsed_tag(text, Day(2021, 8, 17)))["4 p.m."] == "2021-08-17T16:00"


def test_a_day_in_a_quotation_does_not_date_a_past_clock(parsed_tag: Tagger) -> None:
    text = "\u201cWe last saw him on Friday,\u201d his sister said. Police found the car at 11 a.m."
    assert _values(parsed_tag(text, Day(2021, 8, 17)))["11 a.m."] == "2021-08-17T11:00"


def test_a_past_clock_after_the_storys_day_keeps_that_day(parsed_tag: Tagger) -> None:
    text = "Rebels entered the town on Saturday. Troops withdrew at 4 p.m."
    assert _values(parsed_tag(text, Day(2021, 8, 17)))["4 p.m."] == "2021-08-14T16:00"


# 4. A past midnight on the DCT began it; an ahead one ends it.


def test_a_past_midnight_began_the_article_day(parsed_tag: Tagger) -> None:
    found = parsed_tag("The ceasefire took effect at midnight. No shots have been fired since midnight.",
                       Day(2023, 4, 25))
    assert [e.value for e in found] == ["2023-04-25T00:00", "2023-04-25T00:00"]


def test_a_midnight_ahead_ends_the_article_day(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("The ceasefire expires at midnight.", Day(2023, 4, 25)))["midnight"] == (
        "2023-04-25T24:00")


def test_a_past_midnight_of_an_earlier_story_day_ends_it(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Fighting broke out on Monday. It ended at midnight.", Day(2023, 4, 25)))
    assert found["midnight"] == "2023-04-24T24:00"


# 5. A four-digit clock before "on <weekday>" is a clock, not a year (but a price after "closed at").


def test_a_four_digit_clock_before_its_weekday(tag: Tagger) -> None:
    found = tag("The truce began at 1930 on Friday.", Day(1999, 4, 7))
    assert [(e.text, e.type.value, e.value) for e in found] == [("1930 on Friday", "TIME", "1999-04-02T19:30")]


def test_an_index_closing_at_a_round_number_is_no_clock(tag: Tagger) -> None:
    found = tag("The index closed at 2000 on Tuesday.", Day(1999, 4, 7))
    assert all(e.type.value != "TIME" for e in found)


# 6. A reading in brackets in another zone does not date the clock before it, and is the same moment.


def test_a_bracketed_other_zone_day_does_not_date_the_clock(tag: Tagger) -> None:
    found = _values(tag("March 19 - The deadline expires at 8 p.m. EST (0100 GMT on Thursday).", Day(2003, 3, 20)))
    assert found["8 p.m. EST"] == "2003-03-19T20:00"
    assert found["0100 GMT on Thursday"] == "2003-03-20T01:00"


def test_a_bracketed_clock_without_a_day_still_takes_the_day_after(tag: Tagger) -> None:
    found = _values(tag("Polls opened at 7 a.m. (0500 GMT) on Sunday.", Day(2003, 3, 20)))
    assert found["7 a.m."] == "2003-03-16T07:00"


def test_a_line_opening_with_its_day_and_a_dash_is_the_storys_today(tag: Tagger) -> None:
    found = _values(tag("June 3 - Talks resumed yesterday in Geneva.", Day(2010, 6, 4)))
    assert found["yesterday"] == "2010-06-02"


# The day a story is at: not a report's day, not a day that describes a noun; the night goes on past a look back.


def test_a_day_right_after_said_is_a_reports_day_whatever_the_parse(parsed_tag: Tagger) -> None:
    text = ("Shelling resumed in the city on Wednesday. The aid office said on Tuesday it had received reports "
            "that troops had looted homes. Rebels said fighting started at about 10:45 a.m.")
    assert _values(parsed_tag(text, Day(2016, 12, 14)))["10:45 a.m."] == "2016-12-14T10:45"


def test_a_day_in_a_relative_clause_does_not_date_later_clocks(parsed_tag: Tagger) -> None:
    text = ("The two sides agreed early Saturday to a truce, following talks that began on Friday afternoon. "
            "The truce came into force at 12:00.")
    assert _values(parsed_tag(text, Day(2020, 10, 10)))["12:00"] == "2020-10-10T12:00"


def test_a_morning_clock_after_last_nights_overnight_is_the_next_morning(parsed_tag: Tagger) -> None:
    text = ("Hundreds fled the town on March 8. Overnight, missiles hit the suburbs. "
            "Sirens sounded at 5:40 a.m. and lasted an hour.")
    assert _values(parsed_tag(text, Day(2022, 3, 9)))["5:40 a.m."] == "2022-03-09T05:40"


def test_a_morning_looked_back_on_does_not_end_the_night(parsed_tag: Tagger) -> None:
    text = ("Polls closed at 8pm yesterday. Voting had been extended because of long queues in the morning. "
            "The prime minister spoke at a news conference at 3.30am.")
    assert _values(parsed_tag(text, Day(2020, 7, 11)))["3.30am"] == "2020-07-11T03:30"


def test_a_past_midnight_after_the_evening_of_the_dct_ends_that_day(parsed_tag: Tagger) -> None:
    text = "The Olympics opened Friday night. The emperor declared the Games open shortly before midnight."
    assert _values(parsed_tag(text, Day(2021, 7, 23)))["midnight"] == "2021-07-23T24:00"


def test_a_curfew_from_midnight_tonight_runs_into_the_next_morning(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The mayor has ordered a curfew tonight, from midnight to five a.m.", Day(2017, 8, 29)))
    assert (found["midnight"], found["five a.m."]) == ("2017-08-29T24:00", "2017-08-30T05:00")


def test_a_day_in_a_who_clause_is_the_storys_day(parsed_tag: Tagger) -> None:
    text = ("The first death was that of a climber who fell on Friday morning. His brother witnessed the fall "
            "and had to spend the night in a hut.")
    assert _values(parsed_tag(text, Day(2013, 9, 15)))["the night"] == "2013-09-13TNI"
