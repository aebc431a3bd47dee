"""The headline names the news of the lede: its event words are further sources of the lede's event."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import Article, Event
from timeline_app.extraction.events.headline import stems
from timeline_app.extraction.pipeline import extract_events

DCT = Day(2023, 6, 10)  # a Saturday


def _events(headline: str, body: str) -> list[Event]:
    return extract_events(Article(text=headline + "\n\n" + body, title=headline, published=DCT))


def _headline_words(events: list[Event], headline: str) -> dict[str, str]:
    """Each headline word that is a source, with the date of its event."""
    return {s.trigger or "": e.when.value for e in events for s in e.sources if s.sentence == headline}


def test_a_title_case_headline_verb_joins_the_event_it_inflects(model_required: None) -> None:
    headline = "Gunman Kills Two Deputies Near Lakewood Station"
    events = _events(headline, "A gunman killed two sheriff's deputies near a station in Lakewood on Friday.")
    assert _headline_words(events, headline).get("Kills") == "2023-06-09"
    assert len(events) == 1, "the headline adds no event of its own"


def test_a_headline_happening_the_text_names_otherwise_joins_the_lede(model_required: None) -> None:
    headline = "Earthquake levels villages on Qeshm island"
    body = ("A powerful quake struck the island of Qeshm in the Gulf on Friday, killing ten people. "
            "Rescuers searched the rubble through the night.")
    words = _headline_words(_events(headline, body), headline)
    assert words.get("Earthquake") == "2023-06-09"


def test_background_dated_years_earlier_is_not_the_headline_news(model_required: None) -> None:
    headline = "Storm floods coastal towns"
    body = "In 2004 a tsunami killed thousands of people along the coast."
    assert _headline_words(_events(headline, body), headline) == {}


def test_inflections_lead_back_to_their_lemma() -> None:
    assert "check" in stems("checks") and "flee" in stems("fleeing") and "die" in stems("died")
    assert "rehire" in stems("rehires") and "stop" in stems("stopped")


def test_a_title_case_verb_the_text_does_not_repeat_joins_the_lede(model_required: None) -> None:
    headline = "Historic Dairy Building Burns Down In Palmer"
    events = _events(headline, "A fire destroyed the old dairy warehouse in Palmer on Tuesday. Nobody was hurt.")
    assert _headline_words(events, headline).get("Burns") == "2023-06-06"


def test_a_headline_in_capitals_is_read_as_words(model_required: None) -> None:
    headline = "HISTORIC DAIRY BUILDING BURNS DOWN IN PALMER"
    events = _events(headline, "A fire destroyed the old dairy warehouse in Palmer on Tuesday. Nobody was hurt.")
    assert _headline_words(events, headline).get("BURNS") == "2023-06-06"
