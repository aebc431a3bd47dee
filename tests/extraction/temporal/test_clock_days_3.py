"""The day of clock readings and weekdays, third round: named events, phases, deadlines, election days, nights
past midnight, clocks looked back on, plans told in the past and what "earlier in the day" looks back to."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _values(found: list[TemporalExpression]) -> dict[str, str]:
    return {e.text: e.value for e in found}


def _all_values(found: list[TemporalExpression], text: str) -> list[str]:
    return [e.value for e in found if e.text == text]


# A possessive weekday names an event; the sentence's own day stays the story's day.


def test_a_clock_after_a_named_event_is_on_the_day_of_the_declaration(parsed_tag: Tagger) -> None:
    text = ("President Moi was yesterday declared the winner of Monday's election. The chairman announced the "
            "results at 6.45pm.")
    assert _values(parsed_tag(text, Day(1997, 12, 31)))["6.45pm"] == "1997-12-30T18:45"


def test_a_possessive_weekday_alone_still_dates_its_clocks(parsed_tag: Tagger) -> None:
    text = "Monday's attack began at dawn. Police arrived at 6.30am."
    assert _values(parsed_tag(text, Day(1997, 12, 31)))["6.30am"] == "1997-12-29T06:30"


# The end of one phase followed by the next is the day the next one starts on.


def test_clocks_after_a_phase_that_ends_on_the_next_day_are_on_that_day(tag: Tagger) -> None:
    text = ("Eskom will implement Stage 6 from 4pm on Tuesday until 5am on Wednesday, followed by Stage 4 from "
            "5am until 4pm.")
    found = tag(text, Day(2023, 2, 13))
    assert _all_values(found, "5am") == ["2023-02-15T05:00"]
    assert _all_values(found, "4pm") == ["2023-02-15T16:00"]


def test_clocks_of_the_next_sentence_are_not_the_next_phase(parsed_tag: Tagger) -> None:
    text = ("Stage 6 runs from 4pm on Tuesday until 5am on Wednesday, followed by Stage 4 from 5am until 4pm. "
            "City Power customers will be off from 8pm to 10.30pm tonight. Cape Town moves to Stage 5 between 10pm "
            "and midnight.")
    assert _values(parsed_tag(text, Day(2023, 2, 14)))["10pm"] == "2023-02-14T22:00"


def test_a_bound_not_followed_by_a_next_phase_does_not_date_later_clocks(tag: Tagger) -> None:
    text = "The road is closed from 8am on Tuesday until 5am on Wednesday. A meeting is set for 4pm."
    assert _values(tag(text, Day(2023, 2, 13)))["4pm"] != "2023-02-15T16:00"


# A bound told in the past is on the story's day gone by.


def test_an_extension_told_in_the_past_is_on_the_day_of_the_vote(parsed_tag: Tagger) -> None:
    text = "Voters went to the polls yesterday. Voting was extended until 9pm."
    assert _values(parsed_tag(text, Day(1995, 11, 2)))["9pm"] == "1995-11-01T21:00"


# A timetable in the present after a day ahead is that day's, even after a date from history.


def test_a_timetable_after_a_day_ahead_and_a_date_in_history_is_on_the_day_ahead(parsed_tag: Tagger) -> None:
    text = "The rally will be on Saturday, 25 years after the vote of 27 April 1994. It starts at 10:00."
    assert _values(parsed_tag(text, Day(2019, 4, 26)))["10:00"] == "2019-04-27T10:00"


# "election day" when the story names its election's day.


def test_election_day_is_the_day_the_story_gives_its_vote(tag: Tagger) -> None:
    text = ("South Africans vote on 8 May. Voting stations will open at 07:00 and close at 21:00 on "
            "election day.")
    found = tag(text, Day(2019, 4, 26))
    assert [e.value for e in found if "07:00" in e.text] == ["2019-05-08T07:00"]
    assert [e.value for e in found if "21:00" in e.text] == ["2019-05-08T21:00"]
    assert all(e.value.startswith("2019-05-08") for e in found if "election day" in e.text)


def test_polling_day_is_the_day_of_the_election_named(tag: Tagger) -> None:
    text = "Ghana holds its general election on 7 December. Counting starts after polling day."
    assert _values(tag(text, Day(2020, 11, 30)))["polling day"] == "2020-12-07"


def test_a_clock_on_polling_day_after_a_named_election_is_on_its_day(tag: Tagger) -> None:
    text = ("Museveni was declared winner of last Thursday's presidential election. Materials arrived as late as "
            "3pm on polling day.")
    assert _values(tag(text, Day(2016, 2, 22)))["3pm on polling day"] == "2016-02-18T15:00"


def test_polling_day_being_set_is_not_taken_as_a_day_of_its_own(tag: Tagger) -> None:
    text = "The Conservatives held the seat in Thursday's by-election. The party moved the writ, setting polling day " \
           "for October 20."
    assert "polling day" not in _values(tag(text, Day(2016, 10, 21)))


def test_election_day_without_a_stated_day_keeps_the_us_rule(tag: Tagger) -> None:
    text = "Voting stations will open at 07:00 and close at 21:00 on Election Day."
    assert _values(tag(text, Day(2019, 4, 26)))["Election Day"] == "2019-11-05"


# "past midnight" carries the next clock into the next day.


def test_a_clock_after_past_midnight_is_on_the_next_day(tag: Tagger) -> None:
    text = "The debate on Tuesday ran past midnight and the Commons was adjourned at 1.17am."
    assert _values(tag(text, Day(1997, 7, 16)))["1.17am"] == "1997-07-16T01:17"


def test_a_clock_before_midnight_in_one_sentence_stays_on_the_day(tag: Tagger) -> None:
    text = "The debate on Tuesday ended at midnight after it opened at 9am."
    assert _values(tag(text, Day(1997, 7, 16)))["9am"] == "1997-07-15T09:00"


# A deadline is a bound, not the story's day.


def test_a_clock_after_a_deadline_is_not_on_the_deadline(tag: Tagger) -> None:
    text = "The report is due by Christmas. Decision time was moved to 5.40pm."
    assert _values(tag(text, Day(2014, 11, 20)))["5.40pm"] == "2014-11-20T17:40"


# What can be done, and a present timetable, name a day ahead.


def test_can_and_a_verb_names_the_friday_ahead(parsed_tag: Tagger) -> None:
    text = "Customers can pre-order the phone starting at 12:01 a.m. Pacific time on Friday."
    found = parsed_tag(text, Day(2012, 9, 13))
    assert [e.value for e in found if "Friday" in e.text] == ["2012-09-14T00:01"]


def test_a_present_opening_time_names_the_friday_ahead(parsed_tag: Tagger) -> None:
    found = parsed_tag("Pre-orders open at 8 a.m. Friday.", Day(2012, 9, 13))
    assert [e.value for e in found if "Friday" in e.text] == ["2012-09-14T08:00"]


# A past-perfect clock later in the day than the clock told before it is the day before.


def test_a_past_perfect_clock_later_than_todays_is_the_day_before(tag: Tagger) -> None:
    text = "An update was posted at 01:20 UTC today, after engineers had restored most volumes by 18:30 UTC."
    assert _values(tag(text, Day(2011, 4, 22)))["18:30 UTC"] == "2011-04-21T18:30"


def test_a_past_perfect_clock_earlier_than_todays_stays_today(tag: Tagger) -> None:
    text = "An update was posted at 11:20 UTC today, after engineers had restored most volumes by 08:30 UTC."
    assert _values(tag(text, Day(2011, 4, 22)))["08:30 UTC"] == "2011-04-22T08:30"


# Plans told in the past: ahead of the report.


def test_was_certain_to_and_a_verb_names_the_monday_ahead(parsed_tag: Tagger) -> None:
    found = parsed_tag("The government was certain to lose a confidence vote on Monday.", Day(2008, 12, 4))
    assert _values(found)["Monday"] == "2008-12-08"


def test_was_expected_to_names_the_weekday_ahead_without_a_parse(tag: Tagger) -> None:
    found = tag("The minister was expected to resign on Monday.", Day(2008, 12, 4))
    assert _values(found)["Monday"] == "2008-12-08"


def test_weekdays_listed_before_next_week_are_in_next_week(parsed_tag: Tagger) -> None:
    text = "MPs agreed to hold the report stage on Monday and Tuesday next week."
    assert _values(parsed_tag(text, Day(1997, 7, 16)))["Monday"] == "1997-07-21"


# "earlier in the day" looks back to the last day gone by.


def test_earlier_in_the_day_looks_back_past_a_day_ahead(tag: Tagger) -> None:
    text = ("Mrs Mensa yesterday declared Akufo-Addo the winner. He will be sworn in on January 7, 2021. Earlier "
            "in the day, supporters clashed in Techiman.")
    assert _values(tag(text, Day(2020, 12, 10)))["Earlier in the day"] == "2020-12-09"


def test_earlier_in_the_day_after_a_past_day_is_that_day(tag: Tagger) -> None:
    text = "The floods hit on Monday. Earlier in the day, schools were closed."
    assert _values(tag(text, Day(2020, 12, 10)))["Earlier in the day"] == "2020-12-07"


def test_a_plan_whose_outcome_is_told_stays_on_the_nearest_day(parsed_tag: Tagger) -> None:
    found = parsed_tag("The vote was widely expected to pass on Monday but was delayed.", Day(2008, 12, 4))
    assert _values(found)["Monday"] == "2008-12-01"


def test_an_adverb_before_expected_still_names_the_day_ahead(parsed_tag: Tagger) -> None:
    found = parsed_tag("The vote was widely expected to pass on Monday.", Day(2008, 12, 4))
    assert _values(found)["Monday"] == "2008-12-08"


def test_almost_certain_to_names_the_weekday_ahead_and_the_clock_stays_on_the_report_day(parsed_tag: Tagger) -> None:
    text = ("The Governor General agreed Thursday to suspend Parliament, sparing the government a confidence vote it "
            "was almost certain to lose on Monday. Harper emerged from Rideau Hall at 11:30 a.m.")
    found = _values(parsed_tag(text, Day(2008, 12, 4)))
    assert (found["Monday"], found["11:30 a.m."]) == ("2008-12-08", "2008-12-04T11:30")


def test_a_passive_clock_told_in_the_past_is_not_on_a_far_day_ahead(parsed_tag: Tagger) -> None:
    text = ("Ministers want assent before the summer recess, which begins on 27 June next year. Parliament has sat "
            "for 23 weeks this year. The debate overran, and decision time was moved to 5.40pm.")
    assert _values(parsed_tag(text, Day(2014, 11, 20)))["5.40pm"] == "2014-11-20T17:40"


def test_a_clock_opening_the_next_sentence_of_a_story_told_weeks_later(parsed_tag: Tagger) -> None:
    text = "The flight crashed on August 19. At 21:26, the crew declared an emergency."
    assert {e.text: e.value for e in parsed_tag(text, Day(2006, 9, 8))}["21:26"] == "2006-08-19T21:26"


def test_a_day_in_a_noun_phrase_weeks_ago_does_not_date_the_next_clock(parsed_tag: Tagger) -> None:
    text = "The quake on August 19 killed 100. Flights resumed after 5 p.m."
    assert {e.text: e.value for e in parsed_tag(text, Day(2006, 9, 8))}["5 p.m."] == "2006-09-08T17:00"


def test_election_day_after_the_election_was_held_on_a_day(tag: Tagger) -> None:
    found = tag("Nigeria's election was held on February 25. On election day, turnout was low.", Day(2023, 3, 1))
    assert {e.text: e.value for e in found}["election day"] == "2023-02-25"


def test_shortly_after_a_morning_clock_the_night_goes_on(parsed_tag: Tagger) -> None:
    text = "Polls closed at 10pm on Thursday. Portillo lost his seat shortly after 3am."
    assert {e.text: e.value for e in parsed_tag(text, Day(1997, 5, 2))}["3am"] == "1997-05-02T03:00"


def test_a_morning_told_in_the_past_perfect_stays_on_its_day(parsed_tag: Tagger) -> None:
    text = "The rally ended at 10pm. He had left shortly after 9am."
    assert {e.text: e.value for e in parsed_tag(text, Day(1997, 5, 2))}["9am"] == "1997-05-02T09:00"
