"""Opening a database: SQLite settings, early refusal of unusable files, and
database errors turned into one line a user can act on."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from timeline_app.storage.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
CACHE_KIB = 64 * 1024  # page cache per connection: index pages of a million events stay in memory
MMAP_BYTES = 1 << 30
WRITE_OPTION = "timeline_write"  # execution option: begin an SQLite transaction as a writer


def parse_url(url: str) -> URL:
    """The SQLAlchemy URL; a bare file path counts as a SQLite file."""
    if "://" not in url:
        return URL.create("sqlite", database=str(Path(url).expanduser()))
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise StorageError(f"not a database URL: {url!r}") from error
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL (None for other databases and in-memory SQLite)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database or "")


def describe(url: URL) -> str:
    """The database as shown in messages: a file path, or the URL without its password."""
    path = sqlite_path(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)


def check_sqlite_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a path that cannot hold our database."""
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a database file")
    if path.exists():
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise StorageError(f"{path} is not a Timeline App database (not an SQLite file); left untouched")
        if not os.access(path, os.W_OK):
            raise StorageError(f"{path} is read-only; Timeline App needs to write to its database")
        if not os.access(path.parent, os.W_OK):
            raise StorageError(f"the folder of {path} is read-only; SQLite needs to write its journal there")
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(f"cannot create the folder for the database {path}: {error.strerror}") from error


def create_store_engine(url: URL, busy_timeout: float) -> Engine:
    """An engine with the SQLite settings the store relies on (WAL, foreign keys,
    busy timeout, full sync) and explicit transactions."""
    if url.get_backend_name() != "sqlite":
        try:
            # JIT compilation costs PostgreSQL tens to hundreds of milliseconds on
            # the first run of a query it deems expensive: far more than our queries.
            no_jit = {"options": "-c jit=off"} if url.get_backend_name() == "postgresql" else {}
            # Small multi-row INSERT pages: psycopg parses each distinct statement
            # text in Python, and a 1000-row page of 24 columns takes it ~40 ms.
            return create_engine(url, pool_pre_ping=True, connect_args=no_jit, insertmanyvalues_page_size=100)
        except ImportError as error:
            raise StorageError(
                f"cannot use {describe(url)}: its driver is missing ({error.name}); "
                "install it with: pip install 'timeline-app[postgres]'"
            ) from error
        except SQLAlchemyError as error:
            raise StorageError(f"cannot use {describe(url)}: {error}") from error
    # The pool hands a connection to one thread at a time, so connections may
    # move between the GUI thread and workers; an in-memory database is one
    # shared connection (else each thread would see its own empty database).
    connect_args = {"timeout": busy_timeout, "check_same_thread": False}
    if sqlite_path(url) is None:
        engine = create_engine(url, connect_args=connect_args, poolclass=StaticPool)
    else:
        engine = create_engine(url, connect_args=connect_args)
    _configure_sqlite(engine, busy_timeout)
    return engine


def enable_wal(engine: Engine) -> None:
    """Switch a SQLite file to write-ahead logging (a setting stored in the file,
    so done once it is known to be ours: never on another program's database)."""
    if sqlite_path(engine.url) is None:
        return
    raw = engine.raw_connection()  # outside any transaction, as SQLite requires
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL")  # type: ignore[union-attr]
    finally:
        raw.close()


def _configure_sqlite(engine: Engine, busy_timeout: float) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see on_begin
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            # Reads through a memory map instead of one system call per page: a
            # window of a million-event store reads hundreds of scattered pages.
            cursor.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        # Writers take the write lock up front so a busy database waits for the
        # busy timeout instead of failing half-way through a transaction.
        writer = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")


def storage_error(error: Exception, url: URL) -> StorageError:
    """One clear line for a database error."""
    where = describe(url)
    lines = str(getattr(error, "orig", None) or error).strip().splitlines()
    message = lines[0] if lines else type(error).__name__
    lowered = message.lower()
    if "not a database" in lowered or "malformed" in lowered or "encrypted" in lowered:
        text = f"{where} is not a usable Timeline App database ({message}); it was left untouched"
    elif "readonly" in lowered or "read-only" in lowered:
        text = f"{where} is read-only; Timeline App needs to write to its database"
    elif "locked" in lowered or "busy" in lowered:
        text = f"{where} is locked by another program (another Timeline App?); close it and try again"
    elif "unable to open" in lowered:
        text = f"cannot open the database {where}: check that its folder exists and is writable"
    elif (isinstance(error, DBAPIError) and error.connection_invalidated) or "connect" in lowered:
        text = f"cannot connect to the database {where}: {message}"
    else:
        text = f"database error on {where}: {message}"
    return StorageError(text)
