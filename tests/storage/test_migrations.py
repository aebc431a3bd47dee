"""Start-up migrations: a database made by the first schema is upgraded, with a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from timeline_app.core import Day
from timeline_app.storage import engine, migrate, open_store

FIRST_SCHEMA_ROWS = (
    "INSERT INTO articles (pk, id, content_hash, title, source, published_day, published_origin, text, imported_at)"
    " VALUES (1, 'a1', 'h1', 'Rome talks', 'dw.txt', :day, 'metadata',"
    " 'Sullivan and Yang met in Rome on Monday to discuss Ukraine.', '2022-03-15 10:00:00')",
    "INSERT INTO events (pk, id, title, type, factuality, actors, location, confidence, user_created,"
    " when_value, when_granularity, when_start, when_end, when_mod, when_anchor, when_text,"
    " start_day, end_day, span_class, start_month, start_year, shown_title, shown_type)"
    " VALUES (1, 'e1', 'Sullivan and Yang hold talks', 'CONSULT', 'asserted', '[\"Yang\"]', 'Rome', 0.8, false,"
    " '2022-03-14', 'day', :day, :day, NULL, 'document_date', 'on Monday',"
    " :day, :day, 0, 24266, 2022, 'Sullivan meets Yang in Rome', 'CONSULT')",
    "INSERT INTO event_sources (event_pk, article_pk, sentence, sentence_start, sentence_end)"
    " VALUES (1, 1, 'Sullivan and Yang met in Rome on Monday to discuss Ukraine.', 0, 58)",
    "INSERT INTO event_corrections (event_pk, title, corrected_at)"
    " VALUES (1, 'Sullivan meets Yang in Rome', '2022-03-16 09:00:00')",
)


def _make_first_schema_database(url: str) -> None:
    db_engine = engine.create_store_engine(engine.parse_url(url), 5.0)
    try:
        migrate.upgrade(db_engine, "0001")
        with db_engine.begin() as connection:
            for statement in FIRST_SCHEMA_ROWS:
                connection.execute(text(statement), {"day": Day(2022, 3, 14).number})
    finally:
        db_engine.dispose()


def test_a_database_of_the_first_schema_is_upgraded_and_keeps_its_data(db_url: str) -> None:
    _make_first_schema_database(db_url)
    store = open_store(db_url)
    try:
        article = store.get_article("a1")
        assert article is not None and article.published == Day(2022, 3, 14)
        [event] = store.list_events(Day(2022, 3, 1), Day(2022, 3, 31))
        assert (event.id, event.title, event.when.text) == ("e1", "Sullivan meets Yang in Rome", "on Monday")
        assert [e.id for e in store.search("Ukraine")] == ["e1"]  # old article text is searchable
        assert [e.id for e in store.search("meets")] == ["e1"]  # and so are old (corrected) titles
        store.add_to_collection("Rome talks", "a1")
        assert [a.id for a in store.collection_articles("Rome talks")] == ["a1"]
    finally:
        store.close()


def test_a_sqlite_file_is_copied_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "timeline.db"
    _make_first_schema_database(f"sqlite:///{path}")
    open_store(f"sqlite:///{path}").close()
    [backup] = [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
    assert "before-0001" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert copy.execute("SELECT title FROM articles").fetchall() == [("Rome talks",)]
    copy.close()
    open_store(f"sqlite:///{path}").close()
    assert len([p for p in tmp_path.iterdir() if p.name.endswith(".bak")]) == 1  # no migration, no copy


def test_a_new_database_is_created_at_the_latest_schema_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "timeline.db"
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        journal = connection.execute("PRAGMA journal_mode").fetchone()
    connection.close()
    assert revision == (migrate.head_revision(),)
    assert journal == ("wal",)
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".bak")]


def test_the_models_match_the_migrations(db_url: str) -> None:
    """Alembic's autogenerate finds nothing to add: the migrations build the models' schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from timeline_app.storage.models import Base

    open_store(db_url).close()
    db_engine = engine.create_store_engine(engine.parse_url(db_url), 5.0)
    try:
        with db_engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        db_engine.dispose()
    search_only = ("article_fts", "event_fts", "alembic_version", "ix_articles_search", "ix_events_search")
    relevant = [d for d in differences if not (d[0] in ("remove_table", "remove_index")
                                               and d[1].name.startswith(search_only))
                and not (d[0] == "remove_column" and d[3].name == "search_vector")]
    assert relevant == []
