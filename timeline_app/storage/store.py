"""The store: the one gateway through which the rest of the app reads and
writes articles and events. Each public call is one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from timeline_app.core import Article, Day, Event, Granularity, TimeSpan
from timeline_app.storage import buckets, engine, migrate, search
from timeline_app.storage.articles import ArticleRepository
from timeline_app.storage.engine import WRITE_OPTION
from timeline_app.storage.errors import ImportResult, StorageError
from timeline_app.storage.events import EventRepository
from timeline_app.storage.merging import EventWriter
from timeline_app.storage.models import ArticleRow, EventRow
from timeline_app.storage.organise import AnnotationRepository, CollectionRepository, Note
from timeline_app.storage.reading import EventReader

T = TypeVar("T")


class Store:
    """Articles and events in one database (see :func:`timeline_app.storage.open_store`)."""

    def __init__(self, db_engine: Engine) -> None:
        self._engine = db_engine
        self.url = db_engine.url.render_as_string(hide_password=True)

    @classmethod
    def open(cls, url: str, *, busy_timeout: float = 5.0) -> Store:
        """Open and migrate; any failure becomes one :class:`StorageError`."""
        parsed = engine.parse_url(url)
        path = engine.sqlite_path(parsed)
        if path is not None:
            engine.check_sqlite_file(path)
        db_engine = engine.create_store_engine(parsed, busy_timeout)
        try:
            migrate.check(db_engine)
            engine.enable_wal(db_engine)
            migrate.upgrade(db_engine)
            store = cls(db_engine)
            store._probe_write()
        except StorageError:
            db_engine.dispose()
            raise
        except (SQLAlchemyError, OSError) as error:
            db_engine.dispose()
            raise engine.storage_error(error, parsed) from error
        return store

    def close(self) -> None:
        if self._engine.dialect.name == "sqlite":
            self._optimize()
        self._engine.dispose()

    def _optimize(self) -> None:
        """SQLite's advice for long-lived connections: refresh the planner's
        statistics where they went stale (cheap; skipped when the file is busy)."""
        try:
            with self._engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA optimize")
        except SQLAlchemyError:
            pass

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # transactions ---------------------------------------------------------
    @contextmanager
    def _reading(self) -> Iterator[Session]:
        try:
            with Session(self._engine) as session:
                yield session
        except SQLAlchemyError as error:
            raise engine.storage_error(error, self._engine.url) from error

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """One write transaction: committed whole, or rolled back whole."""
        try:
            with self._engine.connect() as connection:
                connection.execution_options(**{WRITE_OPTION: True})
                with connection.begin(), Session(bind=connection, expire_on_commit=False) as session:
                    yield session
                    session.flush()
        except SQLAlchemyError as error:
            raise engine.storage_error(error, self._engine.url) from error

    def _write(self, work: Callable[[Session], T]) -> T:
        with self._writing() as session:
            return work(session)

    def _probe_write(self) -> None:
        """Take and release the write lock, so a read-only or locked database is
        reported at start-up rather than at the first import."""
        with self._writing():
            pass

    # articles -------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        with self._reading() as session:
            return session.scalar(select(ArticleRow.pk).where(ArticleRow.id == article_id)) is not None

    def import_article(self, article: Article, events: list[Event]) -> ImportResult:
        """Store the article and its events in one transaction (all or nothing)."""
        try:
            return self._write(lambda session: ArticleRepository(session).import_article(article, events))
        except StorageError as error:
            if isinstance(error.__cause__, IntegrityError) and self.has_article(article.id):
                # another process stored the same article at the same moment
                return ImportResult(article.id, already_present=True, events_added=0, events_merged=0)
            raise

    def reextract_article(self, article_id: str, events: list[Event]) -> ImportResult:
        """Replace the article's extracted events, keeping the user's corrections."""
        return self._write(lambda session: ArticleRepository(session).reextract(article_id, events))

    def list_articles(self) -> list[Article]:
        with self._reading() as session:
            return ArticleRepository(session).all()

    def get_article(self, article_id: str) -> Article | None:
        with self._reading() as session:
            return ArticleRepository(session).get(article_id)

    def delete_article(self, article_id: str) -> None:
        self._write(lambda session: ArticleRepository(session).delete(article_id))

    def delete_articles(self, article_ids: Sequence[str]) -> None:
        """Delete several articles in one transaction: all of them, or none when anything fails."""

        def work(session: Session) -> None:
            articles = ArticleRepository(session)
            for article_id in article_ids:
                articles.delete(article_id)

        self._write(work)

    # events ---------------------------------------------------------------
    def list_events(
        self, start: Day | None = None, end: Day | None = None, limit: int | None = None
    ) -> list[Event]:
        """Events overlapping [start, end], by first day, corrections applied."""
        with self._reading() as session:
            return EventReader(session).window(start, end, limit)

    def get_event(self, event_id: str) -> Event | None:
        with self._reading() as session:
            return EventReader(session).by_id(event_id)

    def correct_event(
        self,
        event_id: str,
        *,
        title: str | None = None,
        when: TimeSpan | None = None,
        type: str | None = None,
    ) -> Event:
        """Record the user's title, date or type; extraction never overwrites them."""

        def work(session: Session) -> Event:
            events = EventRepository(session)
            row = _event_row(events, event_id)
            events.correct(row, title, when, type)
            session.flush()
            return events.to_events([row])[0]

        return self._write(work)

    def revert_event(self, event_id: str) -> Event:
        """Drop the user's corrections of an event."""

        def work(session: Session) -> Event:
            events = EventRepository(session)
            row = _event_row(events, event_id)
            events.revert(row)
            session.flush()
            return events.to_events([row])[0]

        return self._write(work)

    def add_event(self, event: Event) -> Event:
        """Store an event the user made; deleting articles never removes it."""

        own = replace(event, user_created=True)

        def work(session: Session) -> Event:
            ids = {s.article_id for s in own.sources}
            query = select(ArticleRow.id, ArticleRow.pk).where(ArticleRow.id.in_(ids))
            pks = {row[0]: row[1] for row in session.execute(query)}
            pk = EventWriter(session).add([own], pks, merge=False).new_pks[own.id]
            return EventReader(session).by_pks([pk])[0]

        return self._write(work)

    def bucket_counts(
        self, granularity: Granularity, start: Day | None = None, end: Day | None = None
    ) -> list[tuple[Day, int]]:
        """Events per bucket (by first day), for zoomed-out views."""
        with self._reading() as session:
            return buckets.bucket_counts(session, granularity, start, end)

    def search(self, query: str) -> list[Event]:
        """Events whose title, or whose articles' text, holds the query's words."""
        with self._reading() as session:
            return EventReader(session).by_pks(search.matching_event_pks(session, query))


    # collections, tags, notes ----------------------------------------------
    def create_collection(self, name: str) -> None:
        self._write(lambda session: CollectionRepository(session).create(name))

    def list_collections(self) -> list[str]:
        with self._reading() as session:
            return CollectionRepository(session).names()

    def delete_collection(self, name: str) -> None:
        """Forget the collection; its articles stay."""
        self._write(lambda session: CollectionRepository(session).delete(name))

    def add_to_collection(self, name: str, article_id: str) -> None:
        """Put an article in a collection (created if new)."""
        self._write(lambda session: CollectionRepository(session).add(name, article_id))

    def remove_from_collection(self, name: str, article_id: str) -> None:
        self._write(lambda session: CollectionRepository(session).remove(name, article_id))

    def collection_articles(self, name: str) -> list[Article]:
        with self._reading() as session:
            return CollectionRepository(session).articles(name)

    def tag_event(self, event_id: str, tag: str) -> None:
        self._write(lambda session: AnnotationRepository(session).tag(event_id, tag))

    def untag_event(self, event_id: str, tag: str) -> None:
        self._write(lambda session: AnnotationRepository(session).untag(event_id, tag))

    def event_tags(self, event_id: str) -> list[str]:
        with self._reading() as session:
            return AnnotationRepository(session).tags(event_id)

    def events_tagged(self, tag: str) -> list[Event]:
        with self._reading() as session:
            return EventReader(session).by_pks(AnnotationRepository(session).tagged_event_pks(tag))

    def add_note(self, event_id: str, text: str) -> Note:
        return self._write(lambda session: AnnotationRepository(session).add_note(event_id, text))

    def event_notes(self, event_id: str) -> list[Note]:
        with self._reading() as session:
            return AnnotationRepository(session).notes(event_id)

    def delete_note(self, note_id: int) -> None:
        self._write(lambda session: AnnotationRepository(session).delete_note(note_id))


def _event_row(events: EventRepository, event_id: str) -> EventRow:
    row = events.row(event_id)
    if row is None:
        raise KeyError(f"no event {event_id} in the store")
    return row
