"""Fast read path for events: plain column tuples straight into core records.

Loading ORM objects costs tens of microseconds per event; a timeline window of
hundreds of events is read many times a second while the user scrolls, so this
path selects columns and builds :class:`Event` records directly.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from timeline_app.core import Anchor, Day, Event, Factuality, Granularity, Source, TimeSpan
from timeline_app.storage.events import chunks
from timeline_app.storage.models import ArticleRow, CorrectionRow, EventRow, SourceRow
from timeline_app.storage.windows import overlap_condition, window_params

_WHEN = ("when_value", "when_granularity", "when_start", "when_end", "when_mod", "when_anchor", "when_text")
_EVENT_COLUMNS = [getattr(EventRow, name) for name in (
    "pk", "id", "title", "type", "actors", "location", "confidence", "factuality", "user_created", *_WHEN)]
_CORRECTION_COLUMNS = [getattr(CorrectionRow, name) for name in ("title", "type", *_WHEN)]
_SOURCE_COLUMNS = [SourceRow.event_pk, ArticleRow.id, SourceRow.sentence, SourceRow.sentence_start,
                   SourceRow.sentence_end, SourceRow.time_start, SourceRow.time_end, SourceRow.trigger,
                   SourceRow.trigger_start, SourceRow.trigger_end]


def _base() -> Select[Any]:
    return select(*_EVENT_COLUMNS, *_CORRECTION_COLUMNS, EventRow.start_day).outerjoin(
        CorrectionRow, CorrectionRow.event_pk == EventRow.pk
    )


def _span(values: Sequence[Any]) -> TimeSpan:
    value, granularity, start, end, mod, anchor, text = values
    return TimeSpan(value, Granularity(granularity), Day.from_number(start), Day.from_number(end), mod,
                    Anchor(anchor), text)


class EventReader:
    """Events as the user sees them (corrections applied), read in bulk."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def window(self, start: Day | None, end: Day | None, limit: int | None) -> list[Event]:
        query = _base().where(overlap_condition()).order_by(EventRow.start_day, EventRow.pk).limit(limit)
        params = window_params(start.number if start else None, end.number if end else None)
        return self._events(self._session.execute(query, params).all())

    def by_pks(self, pks: Sequence[int]) -> list[Event]:
        """Those events, by first day."""
        rows: list[Any] = []
        for chunk in chunks(pks):
            rows.extend(self._session.execute(_base().where(EventRow.pk.in_(chunk))).all())
        rows.sort(key=lambda row: (row[-1], row[0]))  # effective first day, then pk
        return self._events(rows)

    def by_id(self, event_id: str) -> Event | None:
        rows = self._session.execute(_base().where(EventRow.id == event_id)).all()
        return self._events(rows)[0] if rows else None

    def _events(self, rows: Sequence[Any]) -> list[Event]:
        sources = self._sources([row[0] for row in rows])
        return [self._event(row, sources.get(row[0], [])) for row in rows]

    @staticmethod
    def _event(row: Sequence[Any], sources: list[Source]) -> Event:
        (_pk, event_id, title, type_, actors, location, confidence, factuality, user_created) = row[:9]
        extracted_when, fixed_title, fixed_type, fixed_when = row[9:16], row[16], row[17], row[18:25]
        return Event(
            id=event_id,
            title=title if fixed_title is None else fixed_title,
            when=_span(extracted_when if fixed_when[0] is None else fixed_when),
            type=type_ if fixed_type is None else fixed_type,
            actors=json.loads(actors),
            location=location,
            confidence=confidence,
            sources=sources,
            factuality=Factuality(factuality),
            user_created=bool(user_created),
            corrected=fixed_title is not None or fixed_type is not None or fixed_when[0] is not None,
        )

    def _sources(self, event_pks: Sequence[int]) -> dict[int, list[Source]]:
        found: dict[int, list[Source]] = defaultdict(list)
        for chunk in chunks(event_pks):
            query = (
                select(*_SOURCE_COLUMNS)
                .join(ArticleRow, ArticleRow.pk == SourceRow.article_pk)
                .where(SourceRow.event_pk.in_(chunk))
                .order_by(SourceRow.pk)
            )
            for row in self._session.execute(query):
                values: Any = tuple(row)
                found[values[0]].append(Source(*values[1:]))
        return found
