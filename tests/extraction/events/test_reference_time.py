"""Undated events take the day the paragraph last named, never a year mentioned in passing."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import Article, Event
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.pipeline import extract_events

DCT = Day(2023, 6, 9)  # a Friday


def _event_of(text: str, trigger: str) -> Event:
    events = extract_events(Article(text=text, published=DCT))
    return next(e for e in events if any(s.trigger == trigger for s in e.sources))


def test_an_undated_action_takes_the_day_named_before_it(model_required: None) -> None:
    searched = _event_of("Police arrested a man in Leeds on Wednesday. Officers searched his house.", "searched")
    assert searched.when.value == "2023-06-07" and searched.when.anchor is Anchor.INFERRED


def test_a_year_named_in_passing_is_no_reference_time(model_required: None) -> None:
    text = "The town was flooded in 2004, officials recalled. Soldiers evacuated the village."
    evacuated = _event_of(text, "evacuated")
    assert evacuated.when.value == "2023-06-09" and evacuated.when.anchor is Anchor.INFERRED


def test_the_trigger_takes_the_nearest_of_two_equally_precise_days(model_required: None) -> None:
    text = "On June 8, a jury in Leeds on Tuesday convicted the former mayor of fraud."
    convicted = _event_of(text, "convicted")
    assert convicted.when.value == "2023-06-06"


def test_a_verb_in_the_present_tells_the_time_of_writing(model_required: None) -> None:
    text = ("Police arrested a man in Leeds on Wednesday. Officers searched his house. "
            "The company is investigating the loss.")
    assert _event_of(text, "searched").when.value == "2023-06-07"
    investigating = _event_of(text, "investigating")
    assert investigating.when.value == "2023-06-09" and investigating.when.anchor is Anchor.INFERRED


def test_the_article_dateline_dates_no_event(model_required: None) -> None:
    text = "Floods in Leeds\n\nJune 9, 2023 Rescuers evacuated the village near the dam."
    evacuated = _event_of(text, "evacuated")
    assert evacuated.when.value == "2023-06-09" and evacuated.when.anchor is Anchor.INFERRED
    assert evacuated.sources[0].time_start is None, "the dateline is not the time of the evacuation"
