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
