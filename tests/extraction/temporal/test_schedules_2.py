"""Schedules told in the present or the future, and the days of their clocks: fixtures, a day's thing that starts,
things starting on a day, a present conjunct after a past one, "will ... from", and clocks that stay on the day
their clause set."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger

if TYPE_CHECKING:
    from spacy.language import Language


def _values(found: list[TemporalExpression]) -> dict[str, str]:
    return {e.text: e.value for e in found}


SUNDAY = Day(2019, 11, 10)


# 1. Fixtures and timetables in the present are ahead, whatever the parser makes of the verb.


@pytest.mark.parametrize("verb", ["travel to", "host", "face", "play", "visit"])
def test_a_fixture_in_the_present_is_the_coming_day(tag: Tagger, verb: str) -> None:
    assert _values(tag(f"Arsenal {verb} Norwich on Saturday.", SUNDAY))["Saturday"] == "2019-11-16"


@pytest.mark.parametrize("verb", ["travel to", "host"])
def test_a_fixture_in_the_present_is_ahead_with_the_model(parsed_tag: Tagger, verb: str) -> None:
    assert _values(parsed_tag(f"Arsenal {verb} Norwich on Saturday.", SUNDAY))["Saturday"] == "2019-11-16"


def test_a_fixture_told_in_the_past_is_the_day_gone_by(tag: Tagger) -> None:
    assert _values(tag("Arsenal travelled to Norwich on Saturday.", SUNDAY))["Saturday"] == "2019-11-09"


def test_a_days_thing_that_starts_at_a_clock_is_ahead(tag: Tagger) -> None:
    found = _values(tag("Wednesday's stage from Nice to Marseille starts at 11.30 am.", SUNDAY))
    assert found["Wednesday"] == "2019-11-13"
    assert found["11.30 am"] == "2019-11-13T11:30"


def test_a_days_thing_that_happened_is_still_past(tag: Tagger) -> None:
    assert _values(tag("Wednesday's stage was won by Ewan.", SUNDAY))["Wednesday"] == "2019-11-06"


def test_being_able_to_do_something_from_a_day_is_ahead(nlp_tag: Tagger) -> None:
    text = "Children of key workers will still be able to attend from Monday."
    assert _values(nlp_tag(text, Day(2020, 3, 18)))["Monday"] == "2020-03-23"


def test_a_thing_starting_in_a_month_is_the_coming_one(nlp_tag: Tagger) -> None:
    text = "Many applicants for courses starting in September have not applied."
    assert _values(nlp_tag(text, Day(2019, 1, 14)))["September"] == "2019-09"


def test_what_is_prepared_for_is_ahead(nlp_tag: Tagger) -> None:
    found = _values(nlp_tag("Dole spent Sunday preparing for Wednesday's debate.", Day(1996, 10, 14)))
    assert found["Wednesday"] == "1996-10-16"
    assert found["Sunday"] == "1996-10-13"


def test_a_reduced_passive_before_a_future_clause_is_the_nearest_day(parsed_tag: Tagger) -> None:
    text = "The surveys released on Friday will be the last before the vote."
    assert _values(parsed_tag(text, Day(1995, 4, 18)))["Friday"] == "1995-04-21"


def test_a_reduced_passive_a_verb_acts_on_is_done(parsed_tag: Tagger) -> None:
    text = "He wants the appeals court to suspend the temporary injunction issued Thursday."
    assert _values(parsed_tag(text, Day(2000, 4, 17)))["Thursday"] == "2000-04-13"


# 2. "will ... from", things starting on a day, "and would", a present conjunct after a past one.


def test_a_decision_told_with_will_starts_on_the_coming_day(nlp_tag: Tagger) -> None:
    found = _values(nlp_tag("The airline will suspend flights from Friday.", Day(2016, 3, 21)))
    assert found["Friday"] == "2016-03-25"


def test_an_event_starting_on_a_day_is_ahead_of_its_announcement(nlp_tag: Tagger) -> None:
    found = _values(nlp_tag("Crew announced a strike starting at 6am on Friday.", Day(2016, 3, 21)))
    assert found["6am on Friday"] == "2016-03-25T06:00"


def test_would_joined_by_and_to_a_past_day_plans_from_today(parsed_tag: Tagger) -> None:
    text = "The ballot papers arrived last Wednesday and would be distributed from Thursday."
    found = _values(parsed_tag(text, Day(2022, 8, 2)))
    assert found["last Wednesday"] == "2022-07-27"
    assert found["Thursday"] == "2022-08-04"


def test_a_present_conjunct_after_a_past_one_is_ahead(parsed_tag: Tagger) -> None:
    text = "Campaign broadcasts began on April 7 and end at midnight on Friday."
    assert _values(parsed_tag(text, Day(1995, 4, 18)))["midnight on Friday"] == "1995-04-21T24:00"


def test_a_past_conjunct_after_a_past_one_stays_past(parsed_tag: Tagger) -> None:
    text = "Campaign broadcasts began on April 7 and ended at midnight on Friday."
    assert _values(parsed_tag(text, Day(1995, 4, 18)))["midnight on Friday"] == "1995-04-14T24:00"


# 3. The clocks of a schedule stay on the day their clause set.


def test_a_clock_keeps_its_clauses_day_not_a_later_clauses(nlp_tag: Tagger) -> None:
    text = "On Tuesday, sites open at 7 a.m., while on Sunday they close at 4 p.m."
    found = _values(nlp_tag(text, Day(2025, 10, 27)))
    assert found["7 a.m."] == "2025-10-28T07:00"
    assert found["4 p.m."] == "2025-11-02T16:00"


def test_a_closing_clock_is_on_the_opening_clocks_day(nlp_tag: Tagger) -> None:
    text = "On Tuesday, sites open at 7 a.m. and stay open until 8 p.m."
    found = _values(nlp_tag(text, Day(2025, 10, 27)))
    assert found["7 a.m."] == "2025-10-28T07:00"
    assert found["8 p.m."] == "2025-10-28T20:00"


def test_a_clock_in_a_when_clause_is_on_the_day_before_it(parsed_tag: Tagger) -> None:
    text = "Voting ends on Sunday evening, when Italy closes its polls at 11 p.m."
    assert _values(parsed_tag(text, Day(2024, 6, 3)))["11 p.m."] == "2024-06-09T23:00"


def test_a_clock_does_not_take_the_day_of_a_with_phrase(nlp_tag: Tagger) -> None:
    text = "The heats start on Tuesday morning at 10.05, with the final on Thursday."
    assert _values(nlp_tag(text, Day(2009, 8, 17)))["10.05"] == "2009-08-18T10:05"


# 4. "next Tuesday at 8pm" is one expression.


def test_next_weekday_at_a_clock_is_one_expression_a_week_ahead(tag: Tagger) -> None:
    found = tag("The debate will be broadcast next Tuesday at 8pm.", Day(2026, 4, 14))
    assert [(e.text, e.value) for e in found] == [("next Tuesday at 8pm", "2026-04-21T20:00")]


def test_last_weekday_at_a_clock_is_one_expression_a_week_back(tag: Tagger) -> None:
    found = tag("They met last Tuesday at 8pm.", Day(2026, 4, 14))
    assert [(e.text, e.value) for e in found] == [("last Tuesday at 8pm", "2026-04-07T20:00")]


@pytest.fixture
def nlp_tag(nlp: Language) -> Tagger:
    """Tag with each pipeline the ``nlp`` fixture gives (blank, and the model when installed)."""
    from timeline_app.extraction.temporal import tag_doc

    def run(text: str, dct: Day | None = None) -> list[TemporalExpression]:
        return tag_doc(nlp(text), dct)

    return run
