"""First schema: articles, events, their sources and user corrections.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_STAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(64), nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("published_day", sa.Integer),
        sa.Column("published_origin", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("imported_at", _STAMP, nullable=False),
    )
    _create_events()
    op.create_table(
        "event_corrections",
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("type", sa.String(32)),
        *_when_columns(nullable=True),
        sa.Column("corrected_at", _STAMP, nullable=False),
    )
    op.create_table(
        "event_sources",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
        sa.Column("time_start", sa.Integer),
        sa.Column("time_end", sa.Integer),
        sa.Column("trigger", sa.Text),
        sa.Column("trigger_start", sa.Integer),
        sa.Column("trigger_end", sa.Integer),
        sa.UniqueConstraint("event_pk", "article_pk", "sentence_start", "sentence_end"),
    )
    op.create_index("ix_event_sources_event_pk", "event_sources", ["event_pk"])
    op.create_index("ix_event_sources_article_pk", "event_sources", ["article_pk"])


def _when_columns(nullable: bool) -> list[sa.Column[object]]:
    return [
        sa.Column("when_value", sa.String(64), nullable=nullable),
        sa.Column("when_granularity", sa.String(16), nullable=nullable),
        sa.Column("when_start", sa.Integer, nullable=nullable),
        sa.Column("when_end", sa.Integer, nullable=nullable),
        sa.Column("when_mod", sa.String(16)),
        sa.Column("when_anchor", sa.String(16), nullable=nullable),
        sa.Column("when_text", sa.Text),
    ]


def _create_events() -> None:
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("factuality", sa.String(16), nullable=False),
        sa.Column("actors", sa.Text, nullable=False),
        sa.Column("location", sa.Text),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("user_created", sa.Boolean, nullable=False),
        *_when_columns(nullable=False),
        sa.Column("start_day", sa.Integer, nullable=False),
        sa.Column("end_day", sa.Integer, nullable=False),
        sa.Column("span_class", sa.Integer, nullable=False),
        sa.Column("start_month", sa.Integer, nullable=False),
        sa.Column("start_year", sa.Integer, nullable=False),
        sa.Column("shown_title", sa.Text, nullable=False),
        sa.Column("shown_type", sa.String(32), nullable=False),
    )
    op.create_index("ix_events_class_start", "events", ["span_class", "start_day"])
    op.create_index("ix_events_start", "events", ["start_day"])
    op.create_index("ix_events_month", "events", ["start_month"])
    op.create_index("ix_events_year", "events", ["start_year"])
    op.create_table(
        "event_match_keys",
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
        sa.Column("key", sa.String(200), primary_key=True),
    )
    op.create_index("ix_event_match_keys_key", "event_match_keys", ["key"])


def downgrade() -> None:
    for table in ("event_sources", "event_corrections", "event_match_keys", "events", "articles"):
        op.drop_table(table)
