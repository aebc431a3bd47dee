"""Event repository: window queries, merging on import, corrections."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, and_, delete, exists, or_, select, true
from sqlalchemy.orm import Session

from timeline_app.core import Day, Event, Source, TimeSpan
from timeline_app.core.merge import merge_into, same_event
from timeline_app.storage.convert import (
    MAX_SPAN_CLASS,
    event_from_row,
    new_event_row,
    refresh_effective,
    set_extracted,
    source_from_row,
    source_row,
    when_columns,
)
from timeline_app.storage.models import ArticleRow, CorrectionRow, EventRow, SourceRow, utc_now

CHUNK = 500  # ids per IN (...) list


def overlap_condition(start: int | None, end: int | None) -> ColumnElement[bool]:
    """Events whose effective span shares a day with [start, end] (day numbers).

    A span of length class c starts at most 2**c - 1 days before it ends, so
    each class is an index range on (span_class, start_day): no full scan even
    though overlap needs both ends.
    """
    if start is None:
        return true() if end is None else EventRow.start_day <= end
    branches = []
    for span_class in range(MAX_SPAN_CLASS + 1):
        parts = [EventRow.span_class == span_class]
        if span_class < MAX_SPAN_CLASS:
            parts.append(EventRow.start_day >= start - (2**span_class - 1))
        if end is not None:
            parts.append(EventRow.start_day <= end)
        branches.append(and_(*parts))
    return and_(or_(*branches), EventRow.end_day >= start)


def _chunks(items: Sequence[int]) -> Iterable[Sequence[int]]:
    for index in range(0, len(items), CHUNK):
        yield items[index:index + CHUNK]


class EventRepository:
    """Events of one session, returned as core :class:`Event` records."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # reading -------------------------------------------------------------
    def window(self, start: Day | None, end: Day | None, limit: int | None) -> list[Event]:
        condition = overlap_condition(start.number if start else None, end.number if end else None)
        query = select(EventRow).where(condition).order_by(EventRow.start_day, EventRow.pk).limit(limit)
        return self.to_events(list(self._session.scalars(query).unique()))

    def row(self, event_id: str) -> EventRow | None:
        return self._session.scalars(select(EventRow).where(EventRow.id == event_id)).unique().one_or_none()

    def get(self, event_id: str) -> Event | None:
        row = self.row(event_id)
        return self.to_events([row])[0] if row is not None else None

    def to_events(self, rows: Sequence[EventRow], *, corrected: bool = True) -> list[Event]:
        sources = self._sources_of([row.pk for row in rows])
        return [event_from_row(row, sources.get(row.pk, []), corrected=corrected) for row in rows]

    def _sources_of(self, event_pks: Sequence[int]) -> dict[int, list[Source]]:
        found: dict[int, list[Source]] = defaultdict(list)
        for chunk in _chunks(event_pks):
            query = (
                select(SourceRow, ArticleRow.id)
                .join(ArticleRow, ArticleRow.pk == SourceRow.article_pk)
                .where(SourceRow.event_pk.in_(chunk))
                .order_by(SourceRow.pk)
            )
            for source, article_id in self._session.execute(query):
                found[source.event_pk].append(source_from_row(source, article_id))
        return found

    def pks_of_article(self, article_pk: int) -> list[int]:
        query = select(SourceRow.event_pk).where(SourceRow.article_pk == article_pk).distinct()
        return list(self._session.scalars(query))

    def rows_by_pk(self, pks: Sequence[int]) -> list[EventRow]:
        rows: list[EventRow] = []
        for chunk in _chunks(pks):
            rows.extend(self._session.scalars(select(EventRow).where(EventRow.pk.in_(chunk))).unique())
        return rows

    # writing -------------------------------------------------------------
    def merge_or_insert(self, event: Event, article_pks: dict[str, int]) -> bool:
        """Store ``event``, merged into a stored report of the same real-world
        event when there is one. Returns True when it was merged."""
        target = self.row(event.id) or self._same_as(event)
        if target is None:
            self.insert(event, article_pks)
            return False
        extracted = self.to_events([target], corrected=False)[0]
        merge_into(extracted, event)
        set_extracted(target, extracted)
        self.add_sources(target, event.sources, article_pks)
        return True

    def insert(self, event: Event, article_pks: dict[str, int]) -> EventRow:
        row = new_event_row(event)
        self._session.add(row)
        self._session.flush()
        self.add_sources(row, event.sources, article_pks)
        return row

    def _same_as(self, event: Event) -> EventRow | None:
        """A stored event that :func:`same_event` says ``event`` reports again."""
        query = select(EventRow).where(
            overlap_condition(event.when.start.number, event.when.end.number),
            EventRow.shown_type == event.type,
            EventRow.factuality == str(event.factuality),
        )
        for row in self._session.scalars(query).unique():
            if same_event(event_from_row(row, []), event):
                return row
        return None

    def add_sources(self, row: EventRow, sources: Iterable[Source], article_pks: dict[str, int]) -> None:
        query = select(SourceRow.article_pk, SourceRow.sentence_start, SourceRow.sentence_end).where(
            SourceRow.event_pk == row.pk
        )
        known = {(found[0], found[1], found[2]) for found in self._session.execute(query)}
        for source in sources:
            article_pk = article_pks.get(source.article_id)
            if article_pk is None:
                raise ValueError(f"source refers to an article not in the store: {source.article_id}")
            key = (article_pk, source.start, source.end)
            if key not in known:
                known.add(key)
                self._session.add(source_row(source, row.pk, article_pk))

    def remove_sources(self, row: EventRow, article_pk: int) -> None:
        self._session.execute(
            delete(SourceRow).where(SourceRow.event_pk == row.pk, SourceRow.article_pk == article_pk)
        )

    def delete_sourceless(self, event_pks: Sequence[int]) -> int:
        """Delete those of ``event_pks`` left without a source, except user-created ones."""
        deleted = 0
        for chunk in _chunks(event_pks):
            result = self._session.execute(
                delete(EventRow).where(
                    EventRow.pk.in_(chunk),
                    EventRow.user_created.is_(False),
                    ~exists().where(SourceRow.event_pk == EventRow.pk),
                ).execution_options(synchronize_session=False)
            )
            deleted += result.rowcount  # type: ignore[attr-defined]
        return deleted

    def correct(self, row: EventRow, title: str | None, when: TimeSpan | None, type_: str | None) -> None:
        """Record the user's values apart from the extracted ones."""
        correction = row.correction or CorrectionRow()
        row.correction = correction
        if title is not None:
            correction.title = title
        if type_ is not None:
            correction.type = type_
        if when is not None:
            for name, value in when_columns(when).items():
                setattr(correction, name, value)
        correction.corrected_at = utc_now()
        refresh_effective(row)

    def revert(self, row: EventRow) -> None:
        """Forget the user's corrections: the extracted values show again."""
        row.correction = None
        self._session.flush()
        refresh_effective(row)
