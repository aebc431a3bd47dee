"""Acceptance on the DW article of 14 March 2022: the events a careful reader puts on a timeline."""

from __future__ import annotations

import pytest

from timeline_app.core.model import Article, Event, Factuality
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.pipeline import extract_events


@pytest.fixture
def events(dw_article: Article) -> list[Event]:
    return extract_events(dw_article)


def _find(events: list[Event], value: str, *words: str) -> list[Event]:
    """Events dated ``value`` whose sources or place mention all ``words``."""
    found = []
    for event in events:
        text = " ".join(s.sentence for s in event.sources) + " " + (event.location or "")
        if event.when.value == value and all(w.lower() in text.lower() for w in words):
            found.append(event)
    return found


def test_rome_talks_are_one_consult_with_lede_and_body(events: list[Event], dw_article: Article) -> None:
    rome = [e for e in events if e.location == "Rome"]
    assert len(rome) == 1
    talks = rome[0]
    assert talks.when.value == "2022-03-14" and talks.type == "CONSULT"
    assert {"Jake Sullivan", "Yang Jiechi"} <= set(talks.actors)
    sentences = {s.sentence for s in talks.sources}  # further words of a sentence are secondary mentions
    assert dw_article.title in sentences, "the headline names these talks"
    assert len(sentences) == 3
    assert any("have met in Rome" in s for s in sentences)
    assert any("met with China's top diplomat" in s and "on Monday" in s for s in sentences)
    body = next(s for s in talks.sources if s.time_start is not None)
    assert dw_article.text[body.time_start:body.time_end] == "Monday"


def test_earlier_meetings_in_zurich_and_alaska(events: list[Event]) -> None:
    zurich = [e for e in events if e.location and e.location.lower().replace("ü", "u") == "zurich"]
    assert len(zurich) == 1
    assert zurich[0].when.value == "2021-10" and zurich[0].type == "CONSULT"
    alaska = [e for e in events if e.location == "Alaska"]
    assert len(alaska) == 1 and alaska[0].when.value == "2021"
    assert alaska[0].actors == ["Jake Sullivan", "Yang Jiechi"]
    assert alaska[0].title == "Sullivan and Yang hold talks in Alaska"


def test_no_limits_partnership(events: list[Event]) -> None:
    partnership = _find(events, "2022-02", "no limits")
    assert len(partnership) == 1
    event = partnership[0]
    assert event.type in ("AGREE", "COOPERATE")
    assert {"Xi Jinping", "Vladimir Putin"} <= set(event.actors)
    assert "Xi" in event.title and "Putin" in event.title


def test_statements_of_raimondo_and_sullivan(events: list[Event]) -> None:
    raimondo = [e for e in events if "Gina Raimondo" in e.actors]
    assert [(e.when.value, e.type) for e in raimondo] == [("2022-W10", "STATEMENT")]
    cnn = [e for e in events if e.when.value == "2022-03-13"]
    assert len(cnn) == 1 and cnn[0].type == "STATEMENT" and "Jake Sullivan" in cnn[0].actors


def test_each_event_once_and_nothing_invented(events: list[Event], dw_article: Article) -> None:
    keys = [(e.type, e.when.value, e.location) for e in events]
    assert len(keys) == len(set(keys))
    for event in events:
        for source in event.sources:
            trigger = (source.trigger or "").lower()
            assert trigger != "invasion", "the invasion is mentioned, never dated"
            if source.time_start is not None:
                assert "hour" not in dw_article.text[source.time_start:source.time_end]
    # A careful reader's timeline: the six dated events (and flagged possibilities), not every "said".
    asserted = [e for e in events if e.factuality is Factuality.ASSERTED]
    assert len(asserted) == 6
    assert not [e for e in events if e.type == "STATEMENT" and e.when.anchor is Anchor.INFERRED]


def test_every_source_points_at_its_sentence_time_and_trigger(events: list[Event], dw_article: Article) -> None:
    text = dw_article.text
    for event in events:
        for source in event.sources:
            assert text[source.start:source.end] == source.sentence
            assert source.sentence == source.sentence.strip() and source.sentence
            if source.trigger is not None:
                assert text[source.trigger_start:source.trigger_end] == source.trigger
                assert source.start <= source.trigger_start < source.end
            if source.time_start is not None:
                assert event.when.text == text[source.time_start:source.time_end] or event.when.text is None
                assert source.start <= source.time_start < source.time_end <= source.end


def test_titles_are_short_present_tense_headlines(events: list[Event]) -> None:
    rome = next(e for e in events if e.location == "Rome")
    assert rome.title.startswith("Sullivan and Yang") and "Rome" in rome.title
    for event in events:
        assert 2 <= len(event.title.split()) <= 13
        assert event.title[0].isupper()


def test_same_input_same_events_and_ids(dw_article: Article, events: list[Event]) -> None:
    again = extract_events(Article(dw_article.text, dw_article.title, published=dw_article.published))
    assert [(e.id, e.title, e.when.value) for e in again] == [(e.id, e.title, e.when.value) for e in events]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("would face", Factuality.POSSIBLE),
    ("could include", Factuality.POSSIBLE),
    ("has not publicly supported", Factuality.NEGATED),
])
def test_unasserted_events_are_kept_but_flagged(events: list[Event], dw_article: Article, phrase: str,
                                                expected: Factuality) -> None:
    at = dw_article.text.index(phrase)
    near = range(at, at + len(phrase) + len(" withdrawing"))  # the verb or the action it introduces
    flagged = [e for e in events for s in e.sources if s.trigger_start in near]
    assert flagged, f"no event for {phrase!r}"
    assert all(e.factuality is expected for e in flagged)
    assert all(e.when.anchor is Anchor.INFERRED and e.confidence <= 0.4 for e in flagged)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("would face", Factuality.POSSIBLE),
    ("could include", Factuality.POSSIBLE),
    ("has not publicly supported", Factuality.NEGATED),
    ("have met", Factuality.ASSERTED),
])
def test_factuality_of_dw_verbs(dw_article: Article, phrase: str, expected: Factuality) -> None:
    from timeline_app.extraction.events.factuality import factuality_of
    from timeline_app.extraction.events.parse import parse
    from timeline_app.extraction.nlp import base_pipeline

    doc = parse(base_pipeline(), dw_article.text)
    start = dw_article.text.index(phrase)
    verb_start = start + len(phrase) - len(phrase.split()[-1])
    verb = next(t for t in doc if t.idx == verb_start)
    assert factuality_of(verb) is expected
