"""Collections, tags and notes; full-text search over article text and event titles.

SQLite gets FTS5 tables (English stemming, like PostgreSQL's 'english'
configuration) kept in step by triggers and filled here from the rows an older
database already holds; PostgreSQL gets GIN indexes over tsvectors (a stored one for article text).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_STAMP = sa.DateTime(timezone=True)

_SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='pk', "
    "tokenize='porter unicode61')",
    "CREATE TRIGGER article_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END",
    "CREATE TRIGGER article_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) "
    "VALUES ('delete', old.pk, old.title, old.text); END",
    "CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, title, text) "
    "VALUES ('delete', old.pk, old.title, old.text); "
    "INSERT INTO article_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END",
    "CREATE VIRTUAL TABLE event_fts USING fts5(shown_title, content='events', content_rowid='pk', "
    "tokenize='porter unicode61')",
    "CREATE TRIGGER event_fts_insert AFTER INSERT ON events BEGIN "
    "INSERT INTO event_fts(rowid, shown_title) VALUES (new.pk, new.shown_title); END",
    "CREATE TRIGGER event_fts_delete AFTER DELETE ON events BEGIN "
    "INSERT INTO event_fts(event_fts, rowid, shown_title) VALUES ('delete', old.pk, old.shown_title); END",
    "CREATE TRIGGER event_fts_update AFTER UPDATE OF shown_title ON events BEGIN "
    "INSERT INTO event_fts(event_fts, rowid, shown_title) VALUES ('delete', old.pk, old.shown_title); "
    "INSERT INTO event_fts(rowid, shown_title) VALUES (new.pk, new.shown_title); END",
    "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
    "INSERT INTO event_fts(event_fts) VALUES ('rebuild')",
)

_POSTGRES_SEARCH = (
    # stored, so a scan never re-parses whole articles
    "ALTER TABLE articles ADD COLUMN search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || text)) STORED",
    "CREATE INDEX ix_articles_search ON articles USING gin (search_vector)",
    "CREATE INDEX ix_events_search ON events USING gin (to_tsvector('english', shown_title))",
)


def upgrade() -> None:
    op.create_table(
        "collections",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("created_at", _STAMP, nullable=False),
    )
    op.create_table(
        "collection_articles",
        sa.Column("collection_pk", sa.Integer, sa.ForeignKey("collections.pk", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_index("ix_collection_articles_article_pk", "collection_articles", ["article_pk"])
    op.create_table(
        "tags",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
    )
    op.create_table(
        "event_tags",
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("tag_pk", sa.Integer, sa.ForeignKey("tags.pk", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_event_tags_tag_pk", "event_tags", ["tag_pk"])
    op.create_table(
        "event_notes",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", _STAMP, nullable=False),
    )
    op.create_index("ix_event_notes_event_pk", "event_notes", ["event_pk"])
    statements = _SQLITE_SEARCH if op.get_bind().dialect.name == "sqlite" else _POSTGRES_SEARCH
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("article_fts_insert", "article_fts_delete", "article_fts_update",
                        "event_fts_insert", "event_fts_delete", "event_fts_update"):
            op.execute(f"DROP TRIGGER {trigger}")
        op.execute("DROP TABLE article_fts")
        op.execute("DROP TABLE event_fts")
    else:
        op.execute("DROP INDEX ix_articles_search")
        op.execute("ALTER TABLE articles DROP COLUMN search_vector")
        op.execute("DROP INDEX ix_events_search")
    for table in ("event_notes", "event_tags", "tags", "collection_articles", "collections"):
        op.drop_table(table)
