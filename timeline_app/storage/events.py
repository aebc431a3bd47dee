"""Event repository for writes: rows, sources, merge keys, corrections, deletion.

The read path that serves the timeline is :mod:`timeline_app.storage.reading`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TypeVar

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.orm import Session

from timeline_app.core import Event, Source, TimeSpan
from timeline_app.storage.convert import (
    event_from_row,
    match_keys,
    refresh_effective,
    source_from_row,
    source_values,
    when_columns,
)
from timeline_app.storage.models import ArticleRow, CorrectionRow, EventRow, MatchKeyRow, SourceRow, utc_now

CHUNK = 500  # ids per IN (...) list
T = TypeVar("T")


def chunks(items: Sequence[T]) -> Iterable[Sequence[T]]:
    for index in range(0, len(items), CHUNK):
        yield items[index:index + CHUNK]


class EventRepository:
    """Events of one session, returned as core :class:`Event` records."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # reading -------------------------------------------------------------
    def row(self, event_id: str) -> EventRow | None:
        return self._session.scalars(select(EventRow).where(EventRow.id == event_id)).unique().one_or_none()

    def to_events(self, rows: Sequence[EventRow], *, corrected: bool = True) -> list[Event]:
        sources = self._sources_of([row.pk for row in rows])
        return [event_from_row(row, sources.get(row.pk, []), corrected=corrected) for row in rows]

    def _sources_of(self, event_pks: Sequence[int]) -> dict[int, list[Source]]:
        found: dict[int, list[Source]] = defaultdict(list)
        for chunk in chunks(event_pks):
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
        for chunk in chunks(pks):
            rows.extend(self._session.scalars(select(EventRow).where(EventRow.pk.in_(chunk))).unique())
        return rows

    def rows_by_id(self, ids: Sequence[str]) -> dict[str, EventRow]:
        rows: dict[str, EventRow] = {}
        for chunk in chunks(ids):
            for row in self._session.scalars(select(EventRow).where(EventRow.id.in_(chunk))).unique():
                rows[row.id] = row
        return rows

    # sources and actor keys ----------------------------------------------
    def add_sources(self, event_pk: int, sources: Iterable[Source], article_pks: dict[str, int]) -> None:
        """Store the sources the event does not have yet."""
        query = select(SourceRow.article_pk, SourceRow.sentence_start, SourceRow.sentence_end).where(
            SourceRow.event_pk == event_pk
        )
        known = {(found[0], found[1], found[2]) for found in self._session.execute(query)}
        values = self.new_source_values(event_pk, sources, article_pks, known)
        if values:
            self._session.execute(insert(SourceRow), values)

    @staticmethod
    def new_source_values(event_pk: int, sources: Iterable[Source], article_pks: dict[str, int],
                          known: set[tuple[int, int, int]] | None = None) -> list[dict[str, object]]:
        """Column values of the sources not in ``known`` (article pk, sentence offsets)."""
        known = set() if known is None else known
        values = []
        for source in sources:
            article_pk = article_pks.get(source.article_id)
            if article_pk is None:
                raise ValueError(f"source refers to an article not in the store: {source.article_id}")
            key = (article_pk, source.start, source.end)
            if key not in known:
                known.add(key)
                values.append(source_values(source, event_pk, article_pk))
        return values

    def remove_sources(self, event_pk: int, article_pk: int) -> None:
        self._session.execute(
            delete(SourceRow).where(SourceRow.event_pk == event_pk, SourceRow.article_pk == article_pk)
        )

    def set_match_keys(self, event_pk: int, event: Event) -> None:
        """Replace the event's merge keys after its actors or place changed."""
        self._session.execute(delete(MatchKeyRow).where(MatchKeyRow.event_pk == event_pk))
        values = [{"event_pk": event_pk, "key": key} for key in sorted(match_keys(event))]
        if values:
            self._session.execute(insert(MatchKeyRow), values)

    # deleting and correcting ---------------------------------------------
    def delete_sourceless(self, event_pks: Sequence[int]) -> int:
        """Delete those of ``event_pks`` left without a source, except user-created ones."""
        deleted = 0
        for chunk in chunks(event_pks):
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
