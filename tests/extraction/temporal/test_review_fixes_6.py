"""Cases a review and the court, weather, corporate, space and protest probes found: regressions of new rules and
general patterns they showed."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _values(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


@pytest.mark.parametrize(("sentence", "clock", "value"), [
    ("A man was stabbed early Wednesday. He died in hospital at 9 p.m., police said.", "9 p.m.", "2024-03-06T21:00"),
    ("Early Wednesday, the storm made landfall. By 6 p.m., 200,000 homes had lost power.", "6 p.m.",
     "2024-03-06T18:00"),
    ("Trading opened early Wednesday in Tokyo. The yen closed at 5 p.m. (0800 GMT).", "5 p.m.", "2024-03-06T17:00"),
])
def test_the_day_goes_on_after_early_hours_outside_election_nights(parsed_tag: Tagger, sentence: str, clock: str,
                                                                    value: str) -> None:
    assert _values(parsed_tag(sentence, Day(2024, 3, 7)))[clock] == value


def test_a_clock_ahead_after_early_hours_stays_on_the_day(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The vote count continued early Wednesday and officials said results would come by "
                               "6 p.m.", Day(2024, 11, 6)))
    assert found["6 p.m."] == "2024-11-06T18:00"


@pytest.mark.parametrize(("sentence", "value"), [
    ("The Fed began raising rates at the March meeting.", "2022-03"),
    ("At the March meeting, officials lifted rates by a quarter point.", "2022-03"),
])
def test_a_meeting_month_told_in_the_past_is_gone_by(parsed_tag: Tagger, sentence: str, value: str) -> None:
    assert _values(parsed_tag(sentence, Day(2022, 12, 15)))["March"] == value


def test_testimony_of_a_past_day_does_not_date_the_trial_day(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The victim was attacked at 11pm on January 5, the court heard. The jury retired at "
                               "2.30pm.", Day(2022, 6, 10)))
    assert found["2.30pm"] == "2022-06-10T14:30"


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The court on Friday gave him until midnight on Tuesday to present his defense.", "midnight on Tuesday",
     "2022-10-04T24:00"),
    ("The case was adjourned to Thursday.", "Thursday", "2022-10-06"),
    ("The court is expected to rule after Sunday's election.", "Sunday", "2022-10-02"),
    ("He wants to overturn Tuesday's ruling.", "Tuesday", "2022-09-27"),
])
def test_days_a_court_puts_things_off_to(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _values(parsed_tag(sentence, Day(2022, 9, 30)))[text] == value


def test_a_look_back_of_days_in_a_past_story_keeps_its_year(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("He was killed on December 23rd, 2015. He was last seen on December 20th.",
                               Day(2018, 10, 24)))
    assert found["December 20th"] == "2015-12-20"


def test_weekdays_listed_after_every_recur(tag: Tagger) -> None:
    found = tag("Plenary sessions are held every Wednesday and Thursday.", Day(2022, 9, 30))
    assert [(e.text, e.type.value, e.value) for e in found] == [("every Wednesday", "SET", "XXXX-WXX-3"),
                                                               ("Thursday", "SET", "XXXX-WXX-4")]


@pytest.mark.parametrize(("sentence", "word"), [
    ("The daily newspaper Le Monde reported the ruling.", "daily"),
    ("The Crown had waited until the last minute to act.", "last minute"),
    ("The company reported another fall in half-year profits.", "fall"),
    ("Never look directly at the Sun. It burns.", "Sun."),
    ("A cyclone with winds of up to 230 kilometres (143 miles) per hour slammed into the coast.", "per hour"),
])
def test_words_that_are_not_times_here(parsed_tag: Tagger, sentence: str, word: str) -> None:
    assert not any(word in e.text for e in parsed_tag(sentence, Day(2022, 9, 30)))


def test_the_fall_of_a_year_is_still_a_season(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("They met in the fall of 2019.", Day(2022, 9, 30)))["fall of 2019"] == "2019-FA"


def test_a_day_of_a_month_does_not_start_a_count(tag: Tagger) -> None:
    found = _values(tag("Suu Kyi was sentenced on Jan. 10 to four more years in prison.", Day(2022, 2, 1)))
    assert (found["Jan. 10"], found["four more years"]) == ("2022-01-10", "P4Y")


def test_a_dated_thing_is_not_the_day_of_later_clocks(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Odinga, who says Kibaki stole the Dec. 27 election, told reporters at midday that he "
                               "would not be cowed.", Day(2008, 1, 3)))
    assert (found["Dec. 27"], found["midday"]) == ("2007-12-27", "2008-01-03T12:00")


def test_overnight_after_a_day_far_back_is_last_night(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The drafts were vetoed on Wednesday. Israel's envoy said talks would follow. Israel "
                               "expanded ground operations overnight.", Day(2023, 10, 28)))
    assert found["overnight"] in ("2023-10-27TNI", "2023-10-28TNI")
    yesterday = _values(parsed_tag("Voters went to the polls yesterday. Counting began overnight.", Day(1995, 11, 2)))
    assert yesterday["overnight"] == "1995-11-01TNI"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Nick Clegg told the BBC's Today programme that he would not do a deal.", "Today"),
    ("Hakuho won the Spring Grand Sumo Tournament.", "Spring"),
    ("England play in the Autumn Nations Series.", "Autumn"),
    ("They have lost the past five games.", "past"),
    ("The number of 18-year-olds is expected to fall.", "18-year"),
    ("She is a second-year history student.", "second"),
])
def test_names_counts_and_ages_are_not_times(tag: Tagger, sentence: str, word: str) -> None:
    assert not any(word in e.text for e in tag(sentence, Day(2019, 1, 14)))


def test_seasons_festivals_and_spans_still_read(tag: Tagger) -> None:
    found = _values(tag("Summer 2019 was hot. Prices rose over the past two years.", Day(2019, 11, 10)))
    assert (found["Summer 2019"], found["the past two years"]) == ("2019-SU", "P2Y")
