"""The day of a bare clock reading: not a date of a neighbouring clause it does not belong to, the morning after a
night the story went through, past midnight in a range, and the clocks of diaries, key-date lists, bullets and
the notes after a wire story."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _values(found: list[TemporalExpression]) -> dict[str, str]:
    return {e.text: e.value for e in found}


# 1. A date a clock does not belong to leaves the clock on its own day.


def test_a_clock_before_a_day_something_lasts_until_stays_on_its_day(tag: Tagger) -> None:
    values = _values(tag("The airport will close at 2 p.m. and will not reopen until Monday evening.",
                         Day(2023, 9, 24)))
    assert values["2 p.m."] == "2023-09-24T14:00"
    assert values["Monday evening"] == "2023-09-25TEV"


def test_a_range_of_days_naming_a_meeting_does_not_date_the_clock_after_it(tag: Tagger) -> None:
    text = ("Stocks fell on Wednesday. Minutes of the Fed's April 30-May 1 meeting were released at 2 p.m. EDT. "
            "Bernanke's testimony began at 10 a.m.")
    values = _values(tag(text, Day(2013, 5, 22)))
    assert values["April 30"] == "2013-04-30"
    assert values["2 p.m. EDT"] == "2013-05-22T14:00"
    assert values["10 a.m."] == "2013-05-22T10:00"


def test_a_wire_market_time_is_on_the_day_of_the_report(parsed_tag: Tagger) -> None:
    text = ("The regulator agreed the recall plan on Tuesday. Fenwick shares fell 4.5 percent to 612 pence "
            "by 1130 GMT.")
    values = _values(parsed_tag(text, Day(1999, 6, 10)))
    assert values["Tuesday"] == "1999-06-08"
    assert values["1130 GMT"] == "1999-06-10T11:30"


def test_a_market_time_keeps_the_day_its_own_sentence_names(tag: Tagger) -> None:
    values = _values(tag("Fenwick shares fell 4.5 percent on Tuesday by 1130 GMT.", Day(1999, 6, 10)))
    assert values["1130 GMT"] == "1999-06-08T11:30"


def test_a_past_clock_passes_over_days_ahead_back_to_the_day_of_the_story(parsed_tag: Tagger) -> None:
    text = ("Macron spoke on Sunday night. The first round is on 30 June, the second on 7 July and the Olympics "
            "open on 26 July. He made the announcement at 9pm.")
    values = _values(parsed_tag(text, Day(2024, 6, 10)))
    assert values["7 July"] == "2024-07-07"
    assert values["9pm"] == "2024-06-09T21:00"


# 2. The night and the event a clock goes with.


def test_a_morning_after_a_night_worked_through_is_the_next_day(parsed_tag: Tagger) -> None:
    text = ("Tariffs take effect at 12:01 a.m. EDT on Wednesday. Negotiators in Geneva worked through Monday night "
            "and were expected to resume talks at 9 a.m. local time.")
    values = _values(parsed_tag(text, Day(1995, 6, 27)))
    assert values["Monday night"] == "1995-06-26TNI"
    assert values["9 a.m. local time"] == "1995-06-27T09:00"


def test_a_clock_of_an_event_a_possessive_day_named_is_on_that_day(tag: Tagger) -> None:
    text = "The death toll from Saturday's earthquake rose on Sunday. The quake struck at 8.50am PKT."
    assert _values(tag(text, Day(2005, 10, 10)))["8.50am PKT"] == "2005-10-08T08:50"


def test_a_clock_of_something_else_stays_on_the_day_the_story_is_at(tag: Tagger) -> None:
    text = "The death toll from Saturday's earthquake rose on Sunday. Rescuers arrived at 8.50am."
    assert _values(tag(text, Day(2005, 10, 10)))["8.50am"] == "2005-10-09T08:50"


# 3. Past midnight.


def test_a_range_between_an_evening_and_a_small_hour_ends_the_next_day(tag: Tagger) -> None:
    values = _values(tag("The muhurat is between 8.57pm and 12.28am.", Day(2019, 3, 20)))
    assert values["8.57pm"] == "2019-03-20T20:57"
    assert values["12.28am"] == "2019-03-21T00:28"


# 4. Diaries, key dates, bullets and notes after the story.


def test_a_diary_clock_opening_a_line_under_a_day_heading_is_on_that_day(tag: Tagger) -> None:
    text = ("Following are the main events. All times GMT.\nMONDAY, JANUARY 12\n"
            "0700 - Germany industrial output for November\n1330 - U.S. Treasury budget statement for December\n"
            "WEDNESDAY, JANUARY 14\n1000 - Euro zone industrial production for November")
    values = _values(tag(text, Day(2026, 1, 9)))
    assert values["WEDNESDAY, JANUARY 14"] == "2026-01-14"
    assert values["0700"] == "2026-01-12T07:00"
    assert values["1330"] == "2026-01-12T13:30"
    assert values["1000"] == "2026-01-14T10:00"
    assert values["November"] == "2025-11"  # no false year 1000 spreads to the months after it


def test_a_clock_on_a_key_date_line_is_on_that_date(tag: Tagger) -> None:
    values = _values(tag("KEY DATES\nSept. 22: BOE rate decision, 12 p.m.\nOct. 31: Budget", Day(2022, 9, 14)))
    assert values["12 p.m."] == "2022-09-22T12:00"


def test_a_clock_on_a_bulleted_key_date_line_is_on_that_date(tag: Tagger) -> None:
    text = "KEY DATES\n- Sept. 19: State funeral\n- Sept. 22: BOE rate decision, 12 p.m.\n- Oct. 19: CPI data"
    assert _values(tag(text, Day(2022, 9, 14)))["12 p.m."] == "2022-09-22T12:00"


def test_bullets_without_final_stops_date_their_clocks_like_sentences(parsed_tag: Tagger) -> None:
    text = ("Results in brief:\n- Polls closed at 10:00 pm (2100 GMT) Thursday\n"
            "- First result declared at 10:45 pm in Sunderland South")
    values = _values(parsed_tag(text, Day(2005, 5, 6)))
    assert values["10:00 pm"] == "2005-05-05T22:00"
    assert values["2100 GMT"] == "2005-05-05T21:00"
    assert values["10:45 pm"] == "2005-05-05T22:45"


def test_a_correction_note_after_the_story_is_on_the_day_of_the_report(tag: Tagger) -> None:
    values = _values(tag("The Dow slid on Thursday. (Corrects time reference to 0630 GMT from 0530 GMT)",
                         Day(2008, 10, 10)))
    assert values["0630 GMT"] == "2008-10-10T06:30"
    assert values["0530 GMT"] == "2008-10-10T05:30"


def test_the_time_of_the_next_summary_is_on_the_day_of_the_report(tag: Tagger) -> None:
    values = _values(tag("The two leaders will meet next Monday.\nNEXT SUMMARY AT 1200 GMT", Day(1997, 7, 1)))
    assert values["next Monday"] == "1997-07-07"
    assert values["1200 GMT"] == "1997-07-01T12:00"


def test_a_market_clock_is_not_on_the_weekend_day_of_the_story(tag: Tagger) -> None:
    text = ("Voters went to the polls on Sunday. The runoff is on October 30 and the new president takes office "
            "on January 1. Markets rallied in the morning.")
    assert _values(tag(text, Day(2022, 10, 3)))["the morning"] == "2022-10-03TMO"


def test_a_day_long_ago_is_no_day_of_a_clock_after_two_days_ahead(parsed_tag: Tagger) -> None:
    text = ("The partisans rose on 25 April 1945. A ceremony is planned for April 28 and a concert for May 2. "
            "The president laid a wreath at 9.30am.")
    assert _values(parsed_tag(text, Day(2016, 4, 25)))["9.30am"] == "2016-04-25T09:30"


def test_a_market_clock_is_not_on_a_far_day_a_plan_named_before(parsed_tag: Tagger) -> None:
    text = "The session will begin on April 16. Markets will close at 3.30 pm."
    assert _values(parsed_tag(text, Day(2001, 2, 28)))["3.30 pm"] == "2001-02-28T15:30"


def test_no_day_is_reached_back_to_past_a_day_gone_by_the_story_passed_over(parsed_tag: Tagger) -> None:
    text = ("Parliament was adjourned till 2 pm today after soldiers were killed on Monday night. The session is to "
            "end on August 30. The bill would replace an ordinance promulgated on July 5, which lapses on "
            "September 16. The House was adjourned for the day at 3.40 pm.")
    assert _values(parsed_tag(text, Day(2013, 8, 6)))["3.40 pm"] == "2013-08-06T15:40"
