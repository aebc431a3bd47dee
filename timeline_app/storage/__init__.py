"""Local store of articles and events (SQLite by default, PostgreSQL for teams).

``from timeline_app.storage import StorageError`` does not load SQLAlchemy;
:func:`open_store` does, on first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.storage.errors import ImportResult, StorageError, default_database_url

if TYPE_CHECKING:
    from timeline_app.storage.store import Store


def open_store(url: str | None = None, *, busy_timeout: float = 5.0) -> Store:
    """Open (creating and migrating as needed) the store at ``url``.

    ``None`` means ``TIMELINE_APP_DB`` or the default SQLite file. Raises
    :class:`StorageError` for a database that cannot be used.
    """
    from timeline_app.storage.store import Store

    return Store.open(url or default_database_url(), busy_timeout=busy_timeout)


def __getattr__(name: str) -> object:
    if name == "Store":
        from timeline_app.storage.store import Store

        return Store
    raise AttributeError(name)


__all__ = ["ImportResult", "StorageError", "Store", "default_database_url", "open_store"]
