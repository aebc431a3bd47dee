"""Rows to core dataclasses and back; the only place that knows both shapes."""

from __future__ import annotations

import json

from timeline_app.core import (
    Anchor,
    Article,
    DateOrigin,
    Day,
    Event,
    Factuality,
    Granularity,
    Source,
    TimeSpan,
)
from timeline_app.core.merge import fold
from timeline_app.storage.models import ArticleRow, CorrectionRow, EventRow, SourceRow

MAX_SPAN_CLASS = 31


def span_class(start_day: int, end_day: int) -> int:
    """Length class of a span: a span of class c lasts fewer than 2**c days
    beyond its first, so a window query can bound each class's start."""
    return min(MAX_SPAN_CLASS, (end_day - start_day).bit_length())


def month_index(day: Day) -> int:
    """Months since year 0 (negative before): the key of monthly buckets."""
    return day.year * 12 + day.month - 1


def article_from_row(row: ArticleRow) -> Article:
    published = Day.from_number(row.published_day) if row.published_day is not None else None
    return Article(row.text, row.title, row.source, published, DateOrigin(row.published_origin), row.id)


def article_row(article: Article, content_hash: str) -> ArticleRow:
    published = article.published.number if article.published is not None else None
    return ArticleRow(
        id=article.id, content_hash=content_hash, title=article.title, source=article.source,
        published_day=published, published_origin=str(article.published_origin), text=article.text,
    )


def when_columns(when: TimeSpan) -> dict[str, object]:
    """The ``when_*`` columns of a span (same names in events and corrections)."""
    return {
        "when_value": when.value, "when_granularity": str(when.granularity),
        "when_start": when.start.number, "when_end": when.end.number, "when_mod": when.mod,
        "when_anchor": str(when.anchor), "when_text": when.text,
    }


def _span(value: str, granularity: str, start: int, end: int, mod: str | None, anchor: str,
          text: str | None) -> TimeSpan:
    return TimeSpan(value, Granularity(granularity), Day.from_number(start), Day.from_number(end), mod,
                    Anchor(anchor), text)


def extracted_when(row: EventRow) -> TimeSpan:
    return _span(row.when_value, row.when_granularity, row.when_start, row.when_end, row.when_mod,
                 row.when_anchor, row.when_text)


def corrected_when(correction: CorrectionRow | None) -> TimeSpan | None:
    if correction is None or correction.when_value is None:
        return None
    return _span(correction.when_value, correction.when_granularity or "day", correction.when_start or 0,
                 correction.when_end or 0, correction.when_mod, correction.when_anchor or "explicit",
                 correction.when_text)


def source_from_row(row: SourceRow, article_id: str) -> Source:
    return Source(
        article_id, row.sentence, row.sentence_start, row.sentence_end, row.time_start, row.time_end,
        row.trigger, row.trigger_start, row.trigger_end,
    )


def event_from_row(row: EventRow, sources: list[Source], *, corrected: bool = True) -> Event:
    """The event as the user sees it (corrections applied), or as extracted."""
    correction = row.correction if corrected else None
    return Event(
        id=row.id,
        title=(correction.title if correction and correction.title is not None else row.title),
        when=corrected_when(correction) or extracted_when(row),
        type=(correction.type if correction and correction.type is not None else row.type),
        actors=list(json.loads(row.actors)),
        location=row.location,
        confidence=row.confidence,
        sources=sources,
        factuality=Factuality(row.factuality),
        user_created=row.user_created,
        corrected=correction is not None and (correction.title is not None or correction.type is not None
                                              or correction.when_value is not None),
    )


def extracted_values(event: Event) -> dict[str, object]:
    """The ``events`` columns that hold what the extractor found."""
    return {
        "title": event.title, "type": event.type, "factuality": str(event.factuality),
        "actors": json.dumps(event.actors, ensure_ascii=False), "location": event.location,
        "confidence": event.confidence, **when_columns(event.when),
    }


def effective_values(when: TimeSpan, title: str, type_: str) -> dict[str, object]:
    """The indexed ``events`` columns for what the user sees."""
    start, end = when.start.number, when.end.number
    return {
        "start_day": start, "end_day": end, "span_class": span_class(start, end),
        "start_month": month_index(when.start), "start_year": when.start.year,
        "shown_title": title, "shown_type": type_,
    }


def new_event_values(event: Event) -> dict[str, object]:
    """All columns of a new, uncorrected event row."""
    return {"id": event.id, "user_created": event.user_created, **extracted_values(event),
            **effective_values(event.when, event.title, event.type)}


def set_extracted(row: EventRow, event: Event) -> None:
    """Write an event's extracted values into its row (never its correction)."""
    for name, value in extracted_values(event).items():
        setattr(row, name, value)
    refresh_effective(row)


def refresh_effective(row: EventRow) -> None:
    """Recompute the indexed effective columns from extraction and correction."""
    correction = row.correction
    title = correction.title if correction and correction.title is not None else row.title
    type_ = correction.type if correction and correction.type is not None else row.type
    when = corrected_when(correction) or extracted_when(row)
    for name, value in effective_values(when, title, type_).items():
        setattr(row, name, value)


def source_values(source: Source, event_pk: int, article_pk: int) -> dict[str, object]:
    return {
        "event_pk": event_pk, "article_pk": article_pk, "sentence": source.sentence,
        "sentence_start": source.start, "sentence_end": source.end, "time_start": source.time_start,
        "time_end": source.time_end, "trigger": source.trigger, "trigger_start": source.trigger_start,
        "trigger_end": source.trigger_end,
    }


def match_keys(event: Event) -> set[str]:
    """What two reports of one event must share for :func:`core.merge.same_event`
    to join them: a folded actor name or its last word ("Jake Sullivan" ->
    "sullivan"), or the folded place."""
    keys: set[str] = set()
    for actor in event.actors:
        folded = fold(actor)
        keys.add(f"actor:{folded}"[:200])
        words = folded.split()
        if words:
            keys.add(f"actor:{words[-1]}"[:200])
    if event.location:
        keys.add(f"place:{fold(event.location)}"[:200])
    return keys
