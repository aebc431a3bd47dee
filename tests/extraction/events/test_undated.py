"""Undated actions: which ones get the paragraph's day (inferred, low confidence) and which none."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import Article, Event
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.pipeline import extract_events

DCT = Day(2023, 6, 9)  # a Friday
LEDE = "Police arrested a man in Leeds on Wednesday. "


def _triggers(text: str) -> dict[str, Event]:
    return {s.trigger or "": e for e in extract_events(Article(text=text, published=DCT)) for s in e.sources}


def test_an_action_of_the_main_clause_needs_no_named_participant(model_required: None) -> None:
    escaped = _triggers(LEDE + "Everyone inside escaped through the back door.")["escaped"]
    assert escaped.when.value == "2023-06-07" and escaped.when.anchor is Anchor.INFERRED
    assert escaped.confidence < 0.5


def test_an_action_a_relative_clause_tells_as_fact_is_kept(model_required: None) -> None:
    events = _triggers(LEDE + "The mayor praised Sarah Jones, who rescued John Smith from the river.")
    rescued = events["rescued"]
    assert rescued.when.value == "2023-06-07" and rescued.when.anchor is Anchor.INFERRED
    assert rescued.sources[0].trigger == "rescued"


def test_no_date_for_clauses_at_another_time_or_in_another_world(model_required: None) -> None:
    for text in ("The mayor praised Sarah Jones after she rescued John Smith from the river.",
                 "The mayor said Sarah Jones would face charges for rescuing John Smith without a licence.",
                 "Sarah Jones met the mayor, who told reporters that she rescued John Smith."):
        own = {e.sources[0].trigger for e in extract_events(Article(text=LEDE + text, published=DCT))}
        assert not own & {"rescued", "rescuing"}, text
