"""The timeline-app JSON document (ARCHITECTURE.md "JSON document"), for
`extract`, `export --json` and other tools."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from timeline_app.core import Article, Event, Source, TimeSpan

FORMAT_NAME = "timeline-app"
FORMAT_VERSION = 1


def timespan_to_json(when: TimeSpan) -> dict[str, Any]:
    """The ``when`` object: TIMEX3 value, granularity, inclusive ISO bounds."""
    return {
        "value": when.value,
        "granularity": str(when.granularity),
        "start": when.start.iso(),
        "end": when.end.iso(),
        "mod": when.mod,
        "text": when.text,
        "anchor": str(when.anchor),
    }


def source_to_json(source: Source) -> dict[str, Any]:
    """One source: the sentence and the offsets of its parts in the article."""
    return {
        "article_id": source.article_id,
        "sentence": source.sentence,
        "start": source.start,
        "end": source.end,
        "time_start": source.time_start,
        "time_end": source.time_end,
        "trigger": source.trigger,
        "trigger_start": source.trigger_start,
        "trigger_end": source.trigger_end,
    }


def event_to_json(event: Event) -> dict[str, Any]:
    """One event; ``factuality`` extends the version-1 contract compatibly."""
    return {
        "id": event.id,
        "title": event.title,
        "type": event.type,
        "when": timespan_to_json(event.when),
        "actors": list(event.actors),
        "location": event.location,
        "confidence": round(event.confidence, 3),
        "factuality": str(event.factuality),
        "sources": [source_to_json(s) for s in event.sources],
    }


def article_to_json(article: Article) -> dict[str, Any]:
    """One article with the full text its offsets index into."""
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "published": article.published.iso() if article.published else None,
        "published_origin": str(article.published_origin),
        "text": article.text,
    }


def to_document(articles: list[Article], events: list[Event]) -> dict[str, Any]:
    """The whole document, events in date order."""
    ordered = sorted(events, key=lambda e: (e.when.start, e.when.end, e.id))
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "articles": [article_to_json(a) for a in articles],
        "events": [event_to_json(e) for e in ordered],
    }


def dumps(articles: list[Article], events: list[Event]) -> str:
    """The document as pretty, UTF-8-friendly JSON text."""
    return json.dumps(to_document(articles, events), ensure_ascii=False, indent=2)


def write_json(path: Path, articles: list[Article], events: list[Event]) -> None:
    """Write the document atomically: a crash never leaves half a file."""
    temporary = path.with_name(path.name + ".part")
    temporary.write_text(dumps(articles, events) + "\n", encoding="utf-8")
    temporary.replace(path)
