"""Full-text search: SQLite FTS5 tables, or PostgreSQL's own tsvector search."""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, func, literal_column, select, text
from sqlalchemy.orm import Session

from timeline_app.storage.models import ArticleRow, EventRow, SourceRow

_WORD = re.compile(r"\w+", re.UNICODE)


def fts5_query(query: str) -> str | None:
    """The user's words as an FTS5 query that cannot be a syntax error: every
    word must occur (prefix match on the last one, for search-as-you-type)."""
    words = _WORD.findall(query)
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def matching_event_pks(session: Session, query: str) -> list[int]:
    """Events whose title matches, and events of articles whose text matches."""
    if session.get_bind().dialect.name == "sqlite":
        return _sqlite(session, query)
    return _postgres(session, query)


def _sqlite(session: Session, query: str) -> list[int]:
    match = fts5_query(query)
    if match is None:
        return []
    by_title = text("SELECT rowid FROM event_fts WHERE event_fts MATCH :q")
    by_article = text(
        "SELECT DISTINCT s.event_pk FROM event_sources s "
        "JOIN article_fts ON article_fts.rowid = s.article_pk WHERE article_fts MATCH :q"
    )
    found = set(session.scalars(by_title, {"q": match}))
    found.update(session.scalars(by_article, {"q": match}))
    return sorted(found)


def _tsquery(query: str) -> ColumnElement[object]:
    return func.websearch_to_tsquery(literal_column("'english'"), query)


def _postgres(session: Session, query: str) -> list[int]:
    """Two indexed queries (an OR across them would defeat the GIN indexes)."""
    if not _WORD.search(query):
        return []
    tsquery = _tsquery(query)
    article_vector: ColumnElement[object] = literal_column("articles.search_vector")  # PostgreSQL only
    title_vector = func.to_tsvector(literal_column("'english'"), EventRow.shown_title)
    by_article = (
        select(SourceRow.event_pk)
        .join(ArticleRow, ArticleRow.pk == SourceRow.article_pk)
        .where(article_vector.op("@@")(tsquery))
    )
    by_title = select(EventRow.pk).where(title_vector.op("@@")(tsquery))
    found = set(session.scalars(by_title))
    found.update(session.scalars(by_article))
    return sorted(found)
