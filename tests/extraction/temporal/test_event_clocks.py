"""Clock readings of an event's day (press releases, listings, invitations) and clock readings that recur."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType

from .conftest import Tagger


def _values(found: list[TemporalExpression]) -> dict[str, str]:
    return {e.text: e.value for e in found}


# 1. A clock converted into another zone in brackets is the same moment, on the same day.


def test_a_bracketed_conversion_is_on_the_day_of_the_clock_before_it(tag: Tagger) -> None:
    text = ("The event is streamed live from Berlin on 27 January at 11:00 CET (10:00 GMT). "
            "Journalists can register until 5pm CET on Friday 23 January.")
    values = _values(tag(text, Day(2026, 1, 13)))
    assert values["27 January at 11:00 CET"] == "2026-01-27T11:00"
    assert values["10:00 GMT"] == "2026-01-27T10:00"


def test_a_range_and_its_conversion_share_the_day_named_before(parsed_tag: Tagger) -> None:
    text = "A call will be held on October 31 from 5:30 p.m. to 6:30 p.m. JST (9:30 a.m. to 10:30 a.m. BST)."
    found = [e for e in parsed_tag(text, Day(2017, 9, 21)) if e.type is TimexType.TIME]
    assert [e.value for e in found] == ["2017-10-31T17:30", "2017-10-31T18:30", "2017-10-31T09:30",
                                        "2017-10-31T10:30"]


def test_a_range_that_runs_past_midnight_ends_the_next_day(parsed_tag: Tagger) -> None:
    text = "The road will be closed on Friday, March 18, from 11 p.m. to 5 a.m."
    values = _values(parsed_tag(text, Day(2022, 3, 14)))
    assert values["11 p.m."] == "2022-03-18T23:00"
    assert values["5 a.m."] == "2022-03-19T05:00"


def test_a_bracketed_day_of_its_own_is_kept(tag: Tagger) -> None:
    values = _values(tag("The deadline expires at 8 p.m. EST on March 19 (0100 GMT on Thursday).", Day(2003, 3, 19)))
    assert values["0100 GMT on Thursday"] == "2003-03-20T01:00"


# 2. The day after a bracketed conversion dates the clock before the bracket.


def test_the_day_after_a_bracket_dates_the_clock_before_it(parsed_tag: Tagger) -> None:
    text = "The company will host a call at 2:00 p.m. PT (5:00 p.m. ET) on Thursday, Nov. 17."
    values = _values(parsed_tag(text, Day(2005, 10, 3)))
    assert values["2:00 p.m. PT"] == "2005-11-17T14:00"
    assert values["5:00 p.m. ET"] == "2005-11-17T17:00"


# 3. A reporting verb told ahead is an event: "that day" and its clocks are on its day.


def test_that_day_after_a_report_told_ahead_is_the_report_day(parsed_tag: Tagger) -> None:
    text = ("It will report results on Thursday, Nov. 17, and will host a conference call at 2:00 p.m. PT "
            "that day.")
    values = _values(parsed_tag(text, Day(2005, 10, 3)))
    assert values["that day"] == "2005-11-17"
    assert values["2:00 p.m. PT"] == "2005-11-17T14:00"


def test_that_day_after_a_past_report_is_still_the_story_day(parsed_tag: Tagger) -> None:
    text = "The storm hit the coast on Monday. Officials said on Tuesday that the port had closed that day."
    assert _values(parsed_tag(text, Day(2022, 3, 16)))["that day"] == "2022-03-14"


# 4. An invitation's "Time:" line is on its "Date:" line's day.


def test_the_time_line_of_an_invitation_is_on_its_date_line(tag: Tagger) -> None:
    text = "Date: Wednesday, September 16, 2009\nTime: 11:00 a.m. - 12:00 p.m. EDT\nPlace: The Hilton, New York"
    values = _values(tag(text, Day(2009, 8, 27)))
    assert values["11:00 a.m."] == "2009-09-16T11:00"
    assert values["12:00 p.m. EDT"] == "2009-09-16T12:00"


def test_a_clock_on_a_later_unlabelled_line_is_not_the_event_day(tag: Tagger) -> None:
    text = "Date: Wednesday, September 16, 2009\nThe office opened at 9 a.m. today."
    assert _values(tag(text, Day(2009, 8, 27)))["9 a.m. today"] == "2009-08-27T09:00"


# 5. A zone name between the clock and its day.


def test_noon_with_a_zone_is_on_the_day_after_it(tag: Tagger) -> None:
    found = tag("Registration closes at noon EDT on Monday, September 14.", Day(2009, 8, 27))
    noon = [e for e in found if e.type is TimexType.TIME]
    assert [e.value for e in noon] == ["2009-09-14T12:00"]


# 6. British order and an all-caps embargo line.


def test_a_clock_on_a_weekday_day_month_is_one_time(tag: Tagger) -> None:
    found = tag("Branches will reopen at 9:30 a.m. on Tuesday 14 December.", Day(1999, 11, 30))
    assert [(e.text, e.value) for e in found] == [("9:30 a.m. on Tuesday 14 December", "1999-12-14T09:30")]


def test_an_all_caps_embargo_line_is_one_time(tag: Tagger) -> None:
    found = tag("EMBARGOED UNTIL 00:01 BST, MONDAY 23 JUNE 2003\nA report shows rising poverty.", Day(2003, 6, 19))
    times = [e for e in found if e.type is TimexType.TIME]
    assert [e.value for e in times] == ["2003-06-23T00:01"]


# 7. A day ahead, however far, dates the clocks of the next sentence about it.


def test_a_far_event_day_dates_the_next_sentence_clock(parsed_tag: Tagger) -> None:
    text = "The event returns on Saturday, December 11. Candles go on sale from 5pm."
    assert _values(parsed_tag(text, Day(2010, 11, 25)))["5pm"] == "2010-12-11T17:00"


def test_a_far_event_day_dates_a_clock_after_sentences_that_still_look_ahead(parsed_tag: Tagger) -> None:
    text = ("The school will hold its fete on Saturday, November 18. Former students are expected to attend. "
            "A time capsule will be opened at 11am.")
    assert _values(parsed_tag(text, Day(2006, 10, 11)))["11am"] == "2006-11-18T11:00"


def test_a_far_event_day_does_not_reach_past_a_sentence_told_in_the_past(parsed_tag: Tagger) -> None:
    text = ("The school will hold its fete on Saturday, November 18. The last fete was held in 1996. "
            "A time capsule will be opened at 11am.")
    assert _values(parsed_tag(text, Day(2006, 10, 11)))["11am"] == "2006-10-11T11:00"


def test_a_far_event_day_does_not_date_the_next_paragraph(parsed_tag: Tagger) -> None:
    text = "The event returns on Saturday, December 11.\nThe market opens at 7am."
    assert _values(parsed_tag(text, Day(2010, 11, 25)))["7am"] == "2010-11-25T07:00"


def test_clocks_before_a_holiday_in_their_clause_are_on_it(parsed_tag: Tagger) -> None:
    text = "Crowds are expected for the 9pm and midnight displays on New Year's Eve."
    values = _values(parsed_tag(text, Day(2010, 10, 11)))
    assert values["9pm"] == "2010-12-31T21:00"
    assert values["midnight"] == "2010-12-31T24:00"


def test_a_midnight_that_opens_a_range_starts_the_day(tag: Tagger) -> None:
    text = "Reports will be published every two hours from midnight until noon on 1 January."
    values = _values(tag(text, Day(1999, 11, 30)))
    assert values["midnight"] == "2000-01-01T00:00"
    assert values["noon on 1 January"] == "2000-01-01T12:00"


def test_a_midnight_opening_a_range_into_tonight_is_tonights(tag: Tagger) -> None:
    assert _values(tag("The curfew runs from midnight to 5 a.m. tonight."))["midnight"] == "2022-03-14T24:00"


# 8. Two clocks sharing one day are on it, not carried through the night.


def test_two_clocks_of_one_day_after_that_evening_stay_on_it(parsed_tag: Tagger) -> None:
    text = ("Residents should secure bins before Saturday evening. High tides are forecast at 5.42am and 6.10pm "
            "on Saturday.")
    values = _values(parsed_tag(text, Day(2022, 1, 28)))
    assert values["5.42am"] == "2022-01-29T05:42"
    assert values["6.10pm on Saturday"] == "2022-01-29T18:10"


# 9. Recurring clocks are sets.


def test_a_weekday_clock_that_recurs_is_a_set(tag: Tagger) -> None:
    found = tag("Meetings are replayed each Sunday at noon. Ramblers meet every Wednesday at 9.30am.")
    assert [(e.text, e.type, e.value) for e in found] == [
        ("each Sunday at noon", TimexType.SET, "XXXX-WXX-7T12:00"),
        ("every Wednesday at 9.30am", TimexType.SET, "XXXX-WXX-3T09:30"),
    ]


def test_a_weekday_clock_without_every_is_still_one_day(tag: Tagger) -> None:
    found = tag("The club will meet on Wednesday at 9.30am.")
    assert [(e.type, e.value) for e in found] == [(TimexType.TIME, "2022-03-16T09:30")]


def test_clocks_of_a_recurring_day_are_on_no_one_date(parsed_tag: Tagger) -> None:
    found = parsed_tag("The farmers market runs every Saturday from 7am to noon in the car park.", Day(2010, 11, 25))
    assert [(e.text, e.value) for e in found] == [("every Saturday", "XXXX-WXX-6"), ("7am", "XXXX-XX-XXT07:00"),
                                                  ("noon", "XXXX-XX-XXT12:00")]


def test_a_clock_before_weekdays_that_recur_is_on_no_one_date(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("The plan would extend meter hours until 9 p.m. on Fridays and Saturdays."))
    assert values["9 p.m."] == "XXXX-XX-XXT21:00"


def test_a_clock_on_one_named_day_beside_a_daily_set_keeps_its_day(tag: Tagger) -> None:
    values = _values(tag("The pool opened at 6am on Friday. It is open every day."))
    assert values["6am on Friday"] == "2022-03-11T06:00"


@pytest.mark.parametrize(("text", "dct", "clock", "value"), [
    ("Pilgrims will spend Saturday on Mount Arafat before Eid al-Adha begins on Sunday. Saudi authorities have "
     "urged worshippers to avoid direct sunlight between 10am and 4pm.", Day(2024, 6, 14), "10am",
     "2024-06-14T10:00"),
    ("Schools will remain closed on Wednesday and Thursday. Rescuers worked through the night, digging with bare "
     "hands.", Day(2017, 9, 19), "the night", "2017-09-19TNI"),
])
def test_a_day_ahead_does_not_date_clocks_of_advice_or_of_the_past(parsed_tag: Tagger, text: str, dct: Day,
                                                                    clock: str, value: str) -> None:
    assert _values(parsed_tag(text, dct))[clock] == value
