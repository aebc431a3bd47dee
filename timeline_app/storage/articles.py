"""Article repository and the article-wide operations: import, re-extraction, deletion."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from timeline_app.core import Article, Event
from timeline_app.storage.convert import article_from_row, article_row, set_extracted
from timeline_app.storage.errors import ImportResult
from timeline_app.storage.events import EventRepository
from timeline_app.storage.merging import EventWriter
from timeline_app.storage.models import ArticleRow, EventRow, SourceRow


def content_hash(text: str) -> str:
    """Full SHA-256 of the whitespace-normalised text: the same article under
    another name or with other line breaks is the same article."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class ArticleRepository:
    """Articles of one session, returned as core :class:`Article` records."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._events = EventRepository(session)

    def row(self, article_id: str) -> ArticleRow | None:
        return self._session.scalars(select(ArticleRow).where(ArticleRow.id == article_id)).one_or_none()

    def _stored_copy(self, article: Article) -> ArticleRow | None:
        query = select(ArticleRow).where(
            or_(ArticleRow.id == article.id, ArticleRow.content_hash == content_hash(article.text))
        )
        return self._session.scalars(query).first()

    def get(self, article_id: str) -> Article | None:
        row = self.row(article_id)
        return article_from_row(row) if row is not None else None

    def all(self) -> list[Article]:
        rows = self._session.scalars(select(ArticleRow).order_by(ArticleRow.pk))
        return [article_from_row(row) for row in rows]

    def import_article(self, article: Article, events: Sequence[Event]) -> ImportResult:
        """Store the article and its events (the caller commits or rolls back)."""
        stored = self._stored_copy(article)
        if stored is not None:
            return ImportResult(stored.id, already_present=True, events_added=0, events_merged=0)
        row = article_row(article, content_hash(article.text))
        self._session.add(row)
        self._session.flush()
        article_pks = self._article_pks(article, events, row.pk)
        result = EventWriter(self._session).add(events, article_pks)
        return ImportResult(article.id, False, result.added, result.merged)

    def _article_pks(self, article: Article, events: Sequence[Event], own_pk: int) -> dict[str, int]:
        """Primary keys of every article the events' sources name."""
        wanted = {source.article_id for event in events for source in event.sources} - {article.id}
        found = {article.id: own_pk}
        if wanted:
            query = select(ArticleRow.id, ArticleRow.pk).where(ArticleRow.id.in_(wanted))
            found.update({row[0]: row[1] for row in self._session.execute(query)})
        return found

    def delete(self, article_id: str) -> bool:
        """Delete the article, its sources, and events left without any source
        (never a user-created one). False when there was no such article."""
        row = self.row(article_id)
        if row is None:
            return False
        event_pks = self._events.pks_of_article(row.pk)
        self._session.execute(delete(ArticleRow).where(ArticleRow.pk == row.pk))
        self._events.delete_sourceless(event_pks)
        self._session.expunge_all()
        return True

    def reextract(self, article_id: str, events: Sequence[Event]) -> ImportResult:
        """Replace what the extractor stored for the article with ``events``,
        keeping every user correction and every event the user touched."""
        row = self.row(article_id)
        if row is None:
            raise KeyError(f"no article {article_id} in the store")
        article_pks = self._article_pks(article_from_row(row), events, row.pk)
        remaining = list(events)
        dropped: list[int] = []
        for old in self._events.rows_by_pk(self._events.pks_of_article(row.pk)):
            replacement = _match(old, remaining, self._source_keys(old.pk, row.pk))
            if replacement is not None:
                remaining.remove(replacement)
                set_extracted(old, replacement)
                self._events.remove_sources(old.pk, row.pk)
                self._events.add_sources(old.pk, replacement.sources, article_pks)
                self._events.set_match_keys(old.pk, replacement)
            elif old.correction is None and not old.user_created:
                self._events.remove_sources(old.pk, row.pk)
                dropped.append(old.pk)
        self._session.flush()
        self._events.delete_sourceless(dropped)
        self._session.expunge_all()  # rows deleted in SQL must not linger in the identity map
        result = EventWriter(self._session).add(remaining, article_pks)
        return ImportResult(article_id, False, result.added, result.merged)

    def _source_keys(self, event_pk: int, article_pk: int) -> set[SourceKey]:
        query = select(SourceRow.sentence_start, SourceRow.sentence_end, SourceRow.trigger_start).where(
            SourceRow.event_pk == event_pk, SourceRow.article_pk == article_pk
        )
        return {(row[0], row[1], row[2]) for row in self._session.execute(query)}


SourceKey = tuple[int, int, int | None]


def _match(old: EventRow, candidates: list[Event], old_keys: set[SourceKey]) -> Event | None:
    """The new extraction of an old event: same id, or same sentence and trigger."""
    for event in candidates:
        if event.id == old.id:
            return event
    for event in candidates:
        if any((s.start, s.end, s.trigger_start) in old_keys for s in event.sources):
            return event
    return None
