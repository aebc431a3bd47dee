"""What users add on top of extraction: collections of articles, tags and notes on events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from timeline_app.core import Article
from timeline_app.storage.convert import article_from_row
from timeline_app.storage.models import (
    ArticleRow,
    CollectionArticleRow,
    CollectionRow,
    EventRow,
    EventTagRow,
    NoteRow,
    TagRow,
)


@dataclass(frozen=True, slots=True)
class Note:
    """A user's note on an event."""

    id: int
    event_id: str
    text: str
    created_at: datetime


def _required(session: Session, row_type: type[ArticleRow] | type[EventRow], key: str) -> int:
    pk = session.scalar(select(row_type.pk).where(row_type.id == key))
    if pk is None:
        kind = "article" if row_type is ArticleRow else "event"
        raise KeyError(f"no {kind} {key} in the store")
    return pk


class CollectionRepository:
    """Named timelines; an article can be in several."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _pk(self, name: str, *, create: bool) -> int | None:
        pk = self._session.scalar(select(CollectionRow.pk).where(CollectionRow.name == name))
        if pk is None and create:
            row = CollectionRow(name=name)
            self._session.add(row)
            self._session.flush()
            pk = row.pk
        return pk

    def create(self, name: str) -> None:
        self._pk(name, create=True)

    def names(self) -> list[str]:
        return list(self._session.scalars(select(CollectionRow.name).order_by(CollectionRow.name)))

    def delete(self, name: str) -> None:
        """Forget the collection; its articles stay in the store."""
        self._session.execute(delete(CollectionRow).where(CollectionRow.name == name))

    def add(self, name: str, article_id: str) -> None:
        collection_pk = self._pk(name, create=True)
        article_pk = _required(self._session, ArticleRow, article_id)
        key = {"collection_pk": collection_pk, "article_pk": article_pk}
        if self._session.get(CollectionArticleRow, key) is None:
            self._session.add(CollectionArticleRow(**key))

    def remove(self, name: str, article_id: str) -> None:
        collection_pk = self._pk(name, create=False)
        article_pk = self._session.scalar(select(ArticleRow.pk).where(ArticleRow.id == article_id))
        self._session.execute(delete(CollectionArticleRow).where(
            CollectionArticleRow.collection_pk == collection_pk, CollectionArticleRow.article_pk == article_pk
        ))

    def articles(self, name: str) -> list[Article]:
        query = (
            select(ArticleRow)
            .join(CollectionArticleRow, CollectionArticleRow.article_pk == ArticleRow.pk)
            .join(CollectionRow, CollectionRow.pk == CollectionArticleRow.collection_pk)
            .where(CollectionRow.name == name)
            .order_by(ArticleRow.pk)
        )
        return [article_from_row(row) for row in self._session.scalars(query)]


class AnnotationRepository:
    """Tags and notes on events."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def tag(self, event_id: str, tag: str) -> None:
        event_pk = _required(self._session, EventRow, event_id)
        tag_pk = self._session.scalar(select(TagRow.pk).where(TagRow.name == tag))
        if tag_pk is None:
            row = TagRow(name=tag)
            self._session.add(row)
            self._session.flush()
            tag_pk = row.pk
        key = {"event_pk": event_pk, "tag_pk": tag_pk}
        if self._session.get(EventTagRow, key) is None:
            self._session.add(EventTagRow(**key))

    def untag(self, event_id: str, tag: str) -> None:
        event_pk = _required(self._session, EventRow, event_id)
        tag_pk = select(TagRow.pk).where(TagRow.name == tag).scalar_subquery()
        self._session.execute(delete(EventTagRow).where(EventTagRow.event_pk == event_pk,
                                                        EventTagRow.tag_pk == tag_pk))

    def tags(self, event_id: str) -> list[str]:
        query = (
            select(TagRow.name)
            .join(EventTagRow, EventTagRow.tag_pk == TagRow.pk)
            .join(EventRow, EventRow.pk == EventTagRow.event_pk)
            .where(EventRow.id == event_id)
            .order_by(TagRow.name)
        )
        return list(self._session.scalars(query))

    def tagged_event_pks(self, tag: str) -> list[int]:
        query = (
            select(EventTagRow.event_pk)
            .join(TagRow, TagRow.pk == EventTagRow.tag_pk)
            .where(TagRow.name == tag)
        )
        return list(self._session.scalars(query))

    def add_note(self, event_id: str, text: str) -> Note:
        row = NoteRow(event_pk=_required(self._session, EventRow, event_id), text=text)
        self._session.add(row)
        self._session.flush()
        return Note(row.pk, event_id, row.text, row.created_at)

    def notes(self, event_id: str) -> list[Note]:
        query = (
            select(NoteRow)
            .join(EventRow, EventRow.pk == NoteRow.event_pk)
            .where(EventRow.id == event_id)
            .order_by(NoteRow.pk)
        )
        return [Note(row.pk, event_id, row.text, row.created_at) for row in self._session.scalars(query)]

    def delete_note(self, note_id: int) -> None:
        self._session.execute(delete(NoteRow).where(NoteRow.pk == note_id))
