"""Direction and story days: dates in noun phrases, calls and forecasts, the day clock readings are on, curfews."""

from __future__ import annotations

import pytest
from spacy.language import Language

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression
from timeline_app.extraction.temporal import tag_doc

from .conftest import Tagger


def _values(found: list[TemporalExpression]) -> dict[str, str]:
    return {expr.text: expr.value for expr in found}


def _tagged(nlp: Language, text: str, dct: Day) -> dict[str, str]:
    return _values(tag_doc(nlp(text), dct))


# --- calls, forecasts and things set for a day: the day lies ahead (rule-only and with the model)


@pytest.mark.parametrize(("dct", "text", "expr", "value"), [
    (Day(1997, 1, 14), "Organizers have called for a rally Wednesday evening.", "Wednesday evening",
     "1997-01-15TEV"),
    (Day(2011, 1, 28), "Activists have called for a march of millions on Tuesday.", "Tuesday", "2011-02-01"),
    (Day(2017, 8, 18), "The forecast calls for clouds on Monday.", "Monday", "2017-08-21"),
    (Day(2026, 1, 21), "Forecasters said the strongest winds were likely on Friday.", "Friday", "2026-01-23"),
    (Day(2024, 4, 5), "Monday's launch is set for 9 a.m.", "Monday", "2024-04-08"),
    (Day(2017, 8, 18), "What you need to know before Monday", "Monday", "2017-08-21"),
])
def test_what_is_called_for_or_likely_lies_ahead(nlp: Language, dct: Day, text: str, expr: str, value: str) -> None:
    assert _tagged(nlp, text, dct)[expr] == value


def test_a_call_told_in_the_simple_past_takes_the_nearest_day(tag: Tagger) -> None:
    # DCT Friday 2011-01-28: "called for" may be for a day just gone or just ahead; Sunday is two days ahead
    assert _values(tag("Activists called for a march on Sunday.", Day(2011, 1, 28)))["Sunday"] == "2011-01-30"


def test_a_thing_set_for_a_clock_is_on_its_day(nlp: Language) -> None:
    assert _tagged(nlp, "Monday's launch is set for 9 a.m.", Day(2024, 4, 5))["9 a.m."] == "2024-04-08T09:00"


def test_a_likely_weekday_is_not_pushed_into_the_week_a_spell_continues_into(nlp: Language) -> None:
    found = _tagged(nlp, "The unsettled spell will continue into next week, with further heavy rain likely on "
                         "Sunday and Monday.", Day(2026, 1, 21))
    assert (found["Sunday"], found["Monday"]) == ("2026-01-25", "2026-01-26")


def test_a_weekday_framed_by_next_week_still_goes_there(tag: Tagger) -> None:
    # DCT Wednesday 2026-01-21: "Next week the board meets on Monday" is the Monday of next week
    assert _values(tag("Next week the board meets on Monday.", Day(2026, 1, 21)))["Monday"] == "2026-01-26"


# --- dates of things in noun phrases (with the model's parse)


@pytest.mark.parametrize(("dct", "text", "expr", "value"), [
    (Day(1995, 8, 28), "The offer is a premium to the stock's price on Friday.", "Friday", "1995-08-25"),
    (Day(2007, 5, 17), "The price is 38 per cent above the closing price on February 9.", "February 9",
     "2007-02-09"),
    (Day(2018, 3, 23), "The Voltra Two will ship in late May, with a European launch to follow in the third quarter.",
     "the third quarter", "2018-Q3"),
    (Day(2023, 3, 16), "The board proposed a dividend, subject to approval at the annual general meeting on May 24.",
     "May 24", "2023-05-24"),
])
def test_the_day_of_a_thing_is_read_from_the_thing(nlp: Language, dct: Day, text: str, expr: str,
                                                   value: str) -> None:
    assert _tagged(nlp, text, dct)[expr] == value


def test_an_event_said_to_be_on_a_day_is_still_ahead(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("The final is on Sunday.", Day(2022, 3, 16)))["Sunday"] == "2022-03-20"


def test_a_day_something_must_happen_before_is_the_coming_one(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Preorders placed before midnight on Sunday get a $100 discount.", Day(2018, 3, 23)))
    assert found["midnight on Sunday"] == "2018-03-25T24:00"


def test_a_day_before_which_something_happened_is_gone_by(nlp: Language) -> None:
    assert _tagged(nlp, "The troops had left before Monday.", Day(2017, 8, 18))["Monday"] == "2017-08-14"


def test_a_past_subordinate_verb_written_like_the_present_stays_past(nlp: Language) -> None:
    text = "Bowser ordered an 11 p.m. curfew after protesters set fires near the White House late Sunday."
    found = {expr.text: (expr.value, expr.mod) for expr in tag_doc(nlp(text), Day(2020, 6, 1))}
    assert found["late Sunday"] == ("2020-05-31", "END")


# --- the day clock readings are on


def test_a_day_counted_from_is_not_the_day_of_the_next_clock(nlp: Language) -> None:
    text = ("More than 1.5 million people had been ordered to evacuate since Monday. Forecasters said winds would "
            "arrive by midafternoon.")
    assert _tagged(nlp, text, Day(2018, 9, 13))["midafternoon"] == "2018-09-13TAF"


def test_a_present_timetable_after_a_sentence_ahead_is_on_the_day_ahead(nlp: Language) -> None:
    text = "In three days, the moon will cover the sun. The shadow touches Oregon at 10:16 a.m."
    assert _tagged(nlp, text, Day(2017, 8, 18))["10:16 a.m."] == "2017-08-21T10:16"


def test_a_present_state_after_a_past_day_stays_today(parsed_tag: Tagger) -> None:
    text = "Rioters burned cars on Monday. The army now patrols the streets from 6 p.m."
    assert _values(parsed_tag(text, Day(2022, 3, 16)))["6 p.m."] == "2022-03-16T18:00"


# --- curfews


def test_curfew_hours_are_not_on_the_day_the_curfew_lasts_until(nlp: Language) -> None:
    found = _tagged(nlp, "In Clamart, a curfew from 9pm to 6am will remain in place until Monday.", Day(2023, 7, 1))
    assert (found["9pm"], found["6am"], found["Monday"]) == ("2023-07-01T21:00", "2023-07-02T06:00", "2023-07-03")


def test_the_end_of_a_range_of_clocks_on_weekdays_follows_its_start(nlp: Language) -> None:
    text = "New York City imposed its first curfew in decades, from 11 p.m. Monday to 5 a.m. Tuesday."
    found = _tagged(nlp, text, Day(2020, 6, 1))
    assert (found["11 p.m. Monday"], found["5 a.m. Tuesday"]) == ("2020-06-01T23:00", "2020-06-02T05:00")


def test_a_clock_still_takes_the_day_its_clause_names_next(nlp: Language) -> None:
    found = _tagged(nlp, "The curfew will begin at 9pm on Monday.", Day(2023, 7, 1))
    assert found.get("9pm", found.get("9pm on Monday")) == "2023-07-03T21:00"
