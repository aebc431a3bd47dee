"""The simple present of a timetable or a rule coming into force points ahead (parsed with the model)."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger

MONDAY = Day(2018, 3, 12)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The decision enters into force on Friday.", "2018-03-16"),
    ("The minister presents the budget on Wednesday.", "2018-03-14"),
    ("Apple unveils its new phone on Wednesday.", "2018-03-14"),
])
def test_a_timetable_in_the_present_is_ahead(parsed_tag: Tagger, sentence: str, expected: str) -> None:
    assert [e.value for e in parsed_tag(sentence, MONDAY)] == [expected]


def test_a_headline_in_the_present_tells_what_happened(parsed_tag: Tagger) -> None:
    assert [e.value for e in parsed_tag("Apple unveils new phone on Wednesday", MONDAY)] == ["2018-03-07"]


@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    ("The truce was initially due to begin on Thursday morning but was delayed.", Day(2023, 11, 24),
     "2023-11-23TMO"),
    ("The talks were due to resume on Monday but never did.", Day(2019, 4, 11), "2019-04-08"),
    ("On Sunday, the party gave him until noon on Monday to step down.", Day(2017, 11, 21), "2017-11-20T12:00"),
    ("The ministry extended the deadline until Friday.", Day(2019, 4, 11), "2019-04-12"),
])
def test_a_plan_told_in_the_past_is_for_the_nearest_such_day(parsed_tag: Tagger, sentence: str, dct: Day,
                                                              expected: str) -> None:
    assert parsed_tag(sentence, dct)[-1].value == expected


def test_a_plan_told_in_the_present_is_ahead(parsed_tag: Tagger) -> None:
    assert [e.value for e in parsed_tag("The talks are due to resume on Monday.", Day(2019, 4, 11))] == [
        "2019-04-15"]


def test_a_morning_clock_after_last_night_is_this_morning(parsed_tag: Tagger) -> None:
    text = "India won the World Cup last night, sparking celebrations that went on till 4am."
    found = {e.text: e.value for e in parsed_tag(text, Day(2011, 4, 3))}
    assert found == {"last night": "2011-04-02TNI", "4am": "2011-04-03T04:00"}


def test_a_forecast_in_the_passive_points_ahead_but_a_forecasts_comparison_does_not(parsed_tag: Tagger) -> None:
    assert [e.value for e in parsed_tag("Temperatures are forecast to fall on Thursday.", Day(2022, 7, 20))] == [
        "2022-07-21"]
    text = "The forecast projects growth of 0.6% in 2023, down from 0.8% in the summer interim forecast."
    assert {e.text: e.value for e in parsed_tag(text, Day(2023, 11, 15))}["the summer"] == "2023-SU"


def test_the_writers_today_and_tomorrow_in_reported_speech(parsed_tag: Tagger) -> None:
    text = "On Monday the government said schools would close tomorrow."
    assert {e.text: e.value for e in parsed_tag(text, Day(2020, 3, 20))}["tomorrow"] == "2020-03-21"


def test_overnight_in_a_forecast_is_tonight(parsed_tag: Tagger) -> None:
    text = "Rescue work will go on until sunset on Sunday. Temperatures are forecast to drop overnight."
    assert {e.text: e.value for e in parsed_tag(text, Day(2023, 2, 6))}["overnight"] == "2023-02-06TNI"


def test_an_event_named_by_its_day_has_happened(parsed_tag: Tagger) -> None:
    text = "Security will be tightened in the wake of the Easter Sunday attacks."
    assert [e.value for e in parsed_tag(text, Day(2020, 1, 10))] == ["2019-04-21"]


def test_what_someone_was_urged_to_do_is_on_the_nearest_such_day(parsed_tag: Tagger) -> None:
    found = parsed_tag("The embassy urged travelers to leave before Wednesday.", Day(2019, 5, 6))
    assert [e.value for e in found] == ["2019-05-08"]


def test_a_datelines_day_is_the_storys_today(parsed_tag: Tagger) -> None:
    text = "NEW DELHI, Aug. 15 (PTI) -- The Prime Minister hoisted the flag this morning."
    found = {e.text: e.value for e in parsed_tag(text, Day(1997, 8, 16))}
    assert found["this morning"] == "1997-08-15TMO"
