"""Small articles and events for storage tests (no extraction involved)."""

from __future__ import annotations

from timeline_app.core import Article, Day, Event, Source, TimeSpan, event_id


def make_article(number: int, words: str = "") -> Article:
    text = (
        f"Report {number}. Delegation {number} met officials in city {number}. "
        f"Later they signed accord {number}. {words}"
    )
    return Article(text, title=f"Report {number}", source=f"report-{number}.txt", published=Day(2022, 3, 14))


def make_event(
    article: Article,
    sentence_start: int,
    when: str = "2022-03-14",
    *,
    title: str = "",
    type_: str = "CONSULT",
    actors: list[str] | None = None,
    location: str | None = None,
) -> Event:
    """An event reported in ``article``'s sentence starting at ``sentence_start``."""
    span = TimeSpan.from_value(when, text="on Monday")
    assert span is not None
    end = sentence_start + 10
    source = Source(article.id, article.text[sentence_start:end], sentence_start, end,
                    trigger="met", trigger_start=sentence_start + 2, trigger_end=sentence_start + 5)
    return Event(
        id=event_id(article.id, sentence_start, end),
        title=title or f"event at {sentence_start} of {article.title}",
        when=span,
        type=type_,
        actors=actors if actors is not None else [f"Actor-{article.id}-{sentence_start}"],
        location=location,
        confidence=0.7,
        sources=[source],
    )
