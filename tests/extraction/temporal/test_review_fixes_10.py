"""Review 10 of the clock rules for accounts told after the fact: progress reports of a day stay on it, a plan in
a quotation is not on the speaker's day gone by, an old day of a building is no account's day, a later event is
today's news, a dawn with its own day, a part of the day in another clause, and the last day of the calendar."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger

JUNE_10 = Day(2024, 6, 10)  # a Monday


def _values(expressions: list[TemporalExpression]) -> dict[str, str]:
    return {expr.text: expr.value for expr in expressions}


@pytest.mark.parametrize(("text", "clock", "value"), [
    ("Markets opened this morning. By 3 p.m. the index had fallen 2%.", "3 p.m.", "2024-06-10T15:00"),
    ("Polls opened at 7am this morning. By 8pm turnout had reached 60%.", "8pm", "2024-06-10T20:00"),
    ("Markets opened Wednesday morning. At 3 p.m. the index had fallen 2%.", "3 p.m.", "2024-06-05T15:00"),
    ("The Dow opened higher on Monday. By noon it had gained 300 points, and by 3 p.m. it had gained 400.",
     "3 p.m.", "2024-06-10T15:00"),
])
def test_a_progress_report_in_the_past_perfect_stays_on_the_day(tag: Tagger, text: str, clock: str,
                                                                 value: str) -> None:
    assert _values(tag(text, JUNE_10))[clock] == value


def test_exit_polls_after_polls_closed_on_a_day_are_that_day(tag: Tagger) -> None:
    values = _values(tag("Polls closed at 8 p.m. Eastern time on Tuesday. Exit polls at 10 p.m. had shown a tie.",
                         Day(2024, 11, 6)))
    assert values["10 p.m."] == "2024-11-05T22:00"


@pytest.mark.parametrize(("text", "clock", "value"), [
    ('"Since March 3 we have worked nonstop. We open at 9am tomorrow," the manager said.', "9am tomorrow",
     "2024-06-11T09:00"),
    ('"We signed the deal on Tuesday. The press conference is at 4pm," the CEO said.', "4pm", "2024-06-10T16:00"),
    ('"I last saw him on May 2. I will be at the station at 8pm," she said.', "8pm", "2024-06-10T20:00"),
    ('"He called me on Sunday at 11pm. He said he would come at 2am," the witness said.', "2am",
     "2024-06-10T02:00"),
])
def test_a_clock_of_a_plan_in_a_quotation_is_not_on_the_day_the_speaker_named(tag: Tagger, text: str, clock: str,
                                                                              value: str) -> None:
    assert _values(tag(text, JUNE_10))[clock] == value


def test_a_clock_told_in_the_past_in_a_quotation_is_still_on_the_quoted_day(tag: Tagger) -> None:
    values = _values(tag('"It was a busy Saturday night. I would urge anyone who was on Caroline Street between 10pm '
                         'and midnight to come forward," he said.', JUNE_10))
    assert values["10pm"] == "2024-06-08T22:00"


def test_a_clock_after_the_day_a_building_was_completed_long_ago_is_today(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("The tower was completed on April 11, 1931. At 10 a.m. it was evacuated after a "
                                "bomb threat.", JUNE_10))
    assert values["10 a.m."] == "2024-06-10T10:00"


def test_a_clock_opening_the_sentence_after_an_old_crash_is_still_on_its_day(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("The flight crashed on August 19, 2019. At 21:26, the crew declared an emergency.",
                                JUNE_10))
    assert values["21:26"] == "2019-08-19T21:26"


def test_a_later_event_after_a_day_weeks_back_is_today(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("The suspect fled on March 1. He was caught at 6 a.m. in Texas.", JUNE_10))
    assert values["6 a.m."] == "2024-06-10T06:00"


def test_a_small_hours_call_after_a_day_weeks_back_is_on_that_day(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("He was killed on May 26. A neighbor called 911 at 2:20 a.m.", JUNE_10))
    assert values["2:20 a.m."] == "2024-05-26T02:20"


def test_a_dawn_with_a_day_named_after_it_is_that_day(tag: Tagger) -> None:
    values = _values(tag("The curfew lasted from Friday night until dawn on Sunday.", JUNE_10))
    assert values["dawn"] == f"{values['Sunday']}TMO"
    assert values["dawn"] != "2024-06-08TMO"


def test_a_part_of_the_day_in_another_clause_is_not_on_the_day_named_after(tag: Tagger) -> None:
    values = _values(tag("The minister spoke in the morning and travels on Friday.", JUNE_10))
    assert values["the morning"] != "2024-06-14TMO"


def test_the_dawn_after_the_last_night_of_the_calendar_keeps_a_written_day(tag: Tagger) -> None:
    expressions = tag("Mourners held a vigil on Friday night that lasted until dawn.", Day(9999, 12, 31))
    dawn = next(expr for expr in expressions if expr.text == "dawn")
    assert dawn.value.startswith("9999-") and dawn.span is not None


def test_a_clock_telling_an_incident_on_is_on_its_day(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("Hamas fighters attacked on October 7. Sirens sounded at 7:04 a.m.", JUNE_10))
    assert values["7:04 a.m."] == "2023-10-07T07:04"


def test_a_quoted_clock_told_in_the_past_perfect_after_it_is_on_the_quoted_day(tag: Tagger) -> None:
    values = _values(tag('"On Friday we saw the worst flooding. By 6am the river had burst its banks," the mayor '
                         'said.', JUNE_10))
    assert values["6am"] == f"{values['Friday']}T06:00"
