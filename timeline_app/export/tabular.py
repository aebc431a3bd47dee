"""CSV (one row per event) and TimelineJS JSON exporters."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from timeline_app.core import Article, Day, Event, Granularity

CSV_COLUMNS = ("id", "date", "start", "end", "granularity", "title", "type", "actors", "location",
               "factuality", "confidence", "sources", "sentence")


def _row(event: Event) -> list[str]:
    first = event.sources[0].sentence if event.sources else ""
    return [event.id, event.when.value, event.when.start.iso(), event.when.end.iso(), str(event.when.granularity),
            event.title, event.type, "; ".join(event.actors), event.location or "", str(event.factuality),
            f"{event.confidence:.2f}", str(len(event.sources)), first]


def to_csv(events: list[Event]) -> str:
    """Spreadsheet-friendly text, events in date order."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for event in sorted(events, key=lambda e: (e.when.start, e.id)):
        writer.writerow(_row(event))
    return buffer.getvalue()


def _tljs_date(day: Day, granularity: Granularity) -> dict[str, Any]:
    date: dict[str, Any] = {"year": day.year}
    if granularity not in (Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY, Granularity.MILLENNIUM):
        date["month"] = day.month
    if granularity in (Granularity.DAY, Granularity.WEEK):
        date["day"] = day.day
    return date


def to_timelinejs(articles: list[Article], events: list[Event]) -> dict[str, Any]:
    """A TimelineJS 3 document; spans wider than a day get an end date."""
    titles = {a.id: a.title for a in articles}
    slides = []
    for event in sorted(events, key=lambda e: (e.when.start, e.id)):
        slide: dict[str, Any] = {
            "unique_id": event.id,
            "start_date": _tljs_date(event.when.start, event.when.granularity),
            "text": {"headline": event.title, "text": _slide_text(event, titles)},
            "group": event.type,
        }
        if event.when.days > 1:
            slide["end_date"] = _tljs_date(event.when.end, event.when.granularity)
        slides.append(slide)
    return {"events": slides}


def _slide_text(event: Event, titles: dict[str, str]) -> str:
    quotes = [f"<p>{s.sentence}</p><p><i>{titles.get(s.article_id, '')}</i></p>" for s in event.sources]
    return "".join(quotes)


def write_csv(path: Path, events: list[Event]) -> None:
    path.write_text(to_csv(events), encoding="utf-8", newline="")


def write_timelinejs(path: Path, articles: list[Article], events: list[Event]) -> None:
    path.write_text(json.dumps(to_timelinejs(articles, events), ensure_ascii=False, indent=2), encoding="utf-8")
