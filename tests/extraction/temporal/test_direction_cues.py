"""Which way a relative date points when cue words, a timetable present or a framing week outweigh the verb."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _value(found: list[TemporalExpression], text: str) -> str:
    return {e.text: e.value for e in found}[text]


@pytest.mark.parametrize(("dct", "sentence", "text", "value"), [
    # a traded month is the coming one, whatever the tense of the price move
    (Day(1998, 3, 23), "Brent crude for May delivery rose $1.40 on Monday.", "May", "1998-05"),
    (Day(2005, 10, 4), "The February contract fell 3 cents in New York.", "February", "2006-02"),
    (Day(2011, 6, 20), "Wheat for delivery in September lost 2%.", "September", "2011-09"),
    # what something happened ahead of is still ahead, or just gone (the nearest)
    (Day(2021, 10, 6), "Buyers scrambled to secure cargoes ahead of the winter.", "the winter", "2021-WI"),
    (Day(2022, 8, 30), "Storage reached 80% two months ahead of a Nov. 1 target.", "Nov. 1", "2022-11-01"),
    (Day(2019, 2, 14), "Traders bought dollars ahead of the March deadline.", "March", "2019-03"),
    # a bound with "at least" is still a bound ahead
    (Day(2003, 1, 19), "The ban remains until at least Tuesday.", "Tuesday", "2003-01-21"),
    # a record, high or low reached is behind us
    (Day(2010, 9, 15), "Demand is close to the record set in January.", "January", "2010-01"),
    (Day(2014, 5, 2), "The index is 8% below the high reached in December.", "December", "2013-12"),
])
def test_cue_words_outweigh_the_verb(tag: Tagger, dct: Day, sentence: str, text: str, value: str) -> None:
    assert _value(tag(sentence, dct), text) == value


@pytest.mark.parametrize(("dct", "sentence", "text", "value"), [
    # the present of a timetable or a calendar event points ahead
    (Day(2016, 12, 9), "The sleeper services make their last runs on Saturday night.", "Saturday night",
     "2016-12-10TNI"),
    (Day(2026, 7, 2), "The United States marks 250 years since the Declaration of Independence on Saturday.",
     "Saturday", "2026-07-04"),
    (Day(1999, 12, 30), "The clocks strike midnight on Friday.", "midnight on Friday", "1999-12-31T24:00"),
    (Day(2021, 10, 6), "Buyers scrambled to secure cargoes ahead of the northern hemisphere winter.", "winter",
     "2021-WI"),
    # an -ing form describing a noun does not take over from "will vote"
    (Day(2018, 12, 18), "The Council will vote on a resolution backing the deal on Wednesday.", "Wednesday",
     "2018-12-19"),
    (Day(2018, 12, 18), "Police arrested a man carrying a knife on Sunday.", "Sunday", "2018-12-16"),
])
def test_present_and_participles_follow_the_event(parsed_tag: Tagger, dct: Day, sentence: str, text: str,
                                                  value: str) -> None:
    assert _value(parsed_tag(sentence, dct), text) == value


def test_timetable_present_before_a_paragraph_break(parsed_tag: Tagger) -> None:
    """The line break after a paragraph is not what ends its last sentence."""
    found = parsed_tag("Tall ships return to New York on Sunday.\n\nCrowds are expected.", Day(2026, 7, 2))
    assert _value(found, "Sunday") == "2026-07-05"


@pytest.mark.parametrize(("sentence", "value"), [
    ("The agency forecast heavy snow on Sunday.", "2026-07-05"),  # the forecast is for the coming Sunday
    ("The agency forecast heavy snow on Tuesday.", "2026-06-30"),  # or was made on the Tuesday just gone
])
def test_a_forecast_told_in_the_past_dates_the_nearest_day(parsed_tag: Tagger, sentence: str, value: str) -> None:
    found = parsed_tag(sentence, Day(2026, 7, 2))
    assert [e.value for e in found] == [value]


def test_part_of_a_season_is_not_a_timetable(parsed_tag: Tagger) -> None:
    """"comes at the end of the summer season" told in September: the summer just over."""
    found = parsed_tag("The strike comes at the end of the peak summer season.", Day(2019, 9, 9))
    assert _value(found, "summer") == "2019-SU"


@pytest.mark.parametrize(("dct", "sentence", "text", "value"), [
    (Day(2008, 9, 16), "Last week its shares lost 45% on Tuesday.", "Tuesday", "2008-09-09"),
    (Day(2008, 9, 16), "Next week the board meets on Monday and votes on Thursday.", "Thursday", "2008-09-25"),
    # "the last week" is the seven days up to now, not the calendar week before
    (Day(2008, 9, 18), "Over the last week the shares fell on Tuesday.", "Tuesday", "2008-09-16"),
    # a new sentence leaves the frame
    (Day(2008, 9, 18), "Talks stalled last week. The shares fell on Tuesday.", "Tuesday", "2008-09-16"),
])
def test_weekday_in_a_sentence_framed_by_a_week(tag: Tagger, dct: Day, sentence: str, text: str, value: str) -> None:
    assert _value(tag(sentence, dct), text) == value


@pytest.mark.parametrize(("dct", "sentence", "value"), [
    (Day(2017, 4, 12), "Demand slowed in the second half of the year.", "2016-H2"),
    (Day(2017, 8, 12), "Demand slowed in the second half of the year.", "2017-H2"),
    (Day(2017, 4, 12), "Demand will slow in the second half of the year.", "2017-H2"),
    (Day(2017, 4, 12), "Sales rose in the first half of the year.", "2017-H1"),
])
def test_half_not_begun_told_in_the_past_is_last_years(tag: Tagger, dct: Day, sentence: str, value: str) -> None:
    assert _value(tag(sentence, dct), "the second half of the year" if "second" in sentence
                  else "the first half of the year") == value


@pytest.mark.parametrize(("dct", "sentence", "text", "value"), [
    (Day(1989, 10, 30), "The offer was extended to Nov. 16.", "Nov. 16", "1989-11-16"),
    (Day(1998, 1, 22), "The grand jury subpoenaed him to testify on Feb. 10.", "Feb. 10", "1998-02-10"),
    (Day(1989, 10, 25), "The company declared a dividend payable Dec. 7 to stock of record Nov. 22.", "Nov. 22",
     "1989-11-22"),
    (Day(2022, 3, 14), "Prices hit a record in January and fell on Friday.", "January", "2022-01"),
])
def test_past_verbs_with_dates_ahead_stay(parsed_tag: Tagger, dct: Day, sentence: str, text: str, value: str) -> None:
    assert _value(parsed_tag(sentence, dct), text) == value


def test_last_week_in_a_relative_clause_does_not_frame_the_weekday(parsed_tag: Tagger) -> None:
    found = parsed_tag("An employee who was fired last week shot and killed a woman Monday.", Day(2007, 4, 12))
    assert {e.text: e.value for e in found}["Monday"] == "2007-04-09"
