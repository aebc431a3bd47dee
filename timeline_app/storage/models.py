"""SQLAlchemy table models. These rows never leave the storage package.

Extracted values live in ``events``; what the user changed lives apart in
``event_corrections`` so re-extraction can never overwrite it. The ``events``
columns marked *effective* are derived (correction if any, else extracted) and
exist only so range queries, bucket counts and search can use indexes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(64), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    published_day: Mapped[int | None] = mapped_column(Integer)
    published_origin: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class EventRow(Base):
    __tablename__ = "events"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(64), unique=True)
    # extracted values
    title: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(32))
    factuality: Mapped[str] = mapped_column(String(16))
    actors: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of names
    location: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    user_created: Mapped[bool] = mapped_column(Boolean, default=False)
    when_value: Mapped[str] = mapped_column(String(64))
    when_granularity: Mapped[str] = mapped_column(String(16))
    when_start: Mapped[int] = mapped_column(Integer)
    when_end: Mapped[int] = mapped_column(Integer)
    when_mod: Mapped[str | None] = mapped_column(String(16))
    when_anchor: Mapped[str] = mapped_column(String(16))
    when_text: Mapped[str | None] = mapped_column(Text)
    # effective values (correction over extraction), kept in step by the repositories
    start_day: Mapped[int] = mapped_column(Integer)
    end_day: Mapped[int] = mapped_column(Integer)
    span_class: Mapped[int] = mapped_column(Integer)
    start_month: Mapped[int] = mapped_column(Integer)
    start_year: Mapped[int] = mapped_column(Integer)
    shown_title: Mapped[str] = mapped_column(Text)
    shown_type: Mapped[str] = mapped_column(String(32))

    correction: Mapped[CorrectionRow | None] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True, lazy="joined"
    )

    __table_args__ = (
        Index("ix_events_class_start", "span_class", "start_day"),
        Index("ix_events_start", "start_day"),
        Index("ix_events_month", "start_month"),
        Index("ix_events_year", "start_year"),
    )


class MatchKeyRow(Base):
    """Folded actor names, their last words and places (see ``convert.match_keys``),
    so reports that may describe the same event are found by index, not by
    reading every event of the period."""

    __tablename__ = "event_match_keys"

    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)


class CorrectionRow(Base):
    """What the user set by hand; a NULL column means "not corrected"."""

    __tablename__ = "event_corrections"

    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str | None] = mapped_column(String(32))
    when_value: Mapped[str | None] = mapped_column(String(64))
    when_granularity: Mapped[str | None] = mapped_column(String(16))
    when_start: Mapped[int | None] = mapped_column(Integer)
    when_end: Mapped[int | None] = mapped_column(Integer)
    when_mod: Mapped[str | None] = mapped_column(String(16))
    when_anchor: Mapped[str | None] = mapped_column(String(16))
    when_text: Mapped[str | None] = mapped_column(Text)
    corrected_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    event: Mapped[EventRow] = relationship(back_populates="correction")


class SourceRow(Base):
    """One report of an event: the article, its sentence and the words in it."""

    __tablename__ = "event_sources"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), index=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), index=True)
    sentence: Mapped[str] = mapped_column(Text)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    time_start: Mapped[int | None] = mapped_column(Integer)
    time_end: Mapped[int | None] = mapped_column(Integer)
    trigger: Mapped[str | None] = mapped_column(Text)
    trigger_start: Mapped[int | None] = mapped_column(Integer)
    trigger_end: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("event_pk", "article_pk", "sentence_start", "sentence_end"),)


class CollectionRow(Base):
    """A named timeline the user keeps; an article can be in several."""

    __tablename__ = "collections"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class CollectionArticleRow(Base):
    __tablename__ = "collection_articles"

    collection_pk: Mapped[int] = mapped_column(
        ForeignKey("collections.pk", ondelete="CASCADE"), primary_key=True
    )
    article_pk: Mapped[int] = mapped_column(
        ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True, index=True
    )


class TagRow(Base):
    __tablename__ = "tags"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class EventTagRow(Base):
    __tablename__ = "event_tags"

    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True)
    tag_pk: Mapped[int] = mapped_column(
        ForeignKey("tags.pk", ondelete="CASCADE"), primary_key=True, index=True
    )


class NoteRow(Base):
    __tablename__ = "event_notes"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
