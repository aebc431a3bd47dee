"""Schema upgrades at start-up, with a copy of a SQLite file taken first."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from timeline_app.storage.engine import WRITE_OPTION, describe, sqlite_path
from timeline_app.storage.errors import StorageError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> tuple[str | None, list[str]]:
    """The database's revision and the tables it holds."""
    with engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
        tables = inspect(connection).get_table_names()
    return revision, tables


def check(engine: Engine) -> None:
    """Refuse databases of other programs and of newer versions of the app,
    before anything is written to them."""
    revision, tables = current_revision(engine)
    _refuse_unknown(engine, revision, tables)


def upgrade(engine: Engine, target: str = "head") -> Path | None:
    """Bring the schema to ``target``; returns the backup file taken, if any."""
    revision, tables = current_revision(engine)
    _refuse_unknown(engine, revision, tables)
    wanted = head_revision() if target == "head" else target
    if revision == wanted:
        return None
    backup = _backup_sqlite(engine, revision) if revision is not None else None
    config = alembic_config()
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    return backup


def _refuse_unknown(engine: Engine, revision: str | None, tables: list[str]) -> None:
    where = describe(engine.url)
    if revision is None and tables:
        raise StorageError(f"{where} holds tables of another program, not Timeline App's; left untouched")
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision is not None and revision not in known:
        raise StorageError(f"{where} was written by a newer Timeline App (schema {revision}); please upgrade")


def _backup_sqlite(engine: Engine, revision: str) -> Path | None:
    """A consistent copy (SQLite's backup API, so WAL content is included)."""
    path = sqlite_path(engine.url)
    if path is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    backup = path.with_name(f"{path.name}.before-{revision}-to-{head_revision()}.{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(backup)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return backup
